"""Stage 2b of :func:`khabar.quantities.extract._quantity`: what follows a measure.

1. A square written with a digit glued to the measure: «76.000م2»، «500 كم2». ``units.tsv``
   lists «كم2»، «كلم2» as `km2` and «متر مربع» as `other`, but the tokenizer splits «كم2»
   into «كم» and «2», so the measure was read as `km` / `m` and a lone «2» after «م» made a
   record of its own. The key of the measure with the digit is looked up in the unit table.
2. A speed: «15-35 كم/ساعة»، «50 كلم/س»، «120 كيلومترا في الساعة» is no length; its unit is
   `other` (``khabar.schema.UNITS`` has no speed) and the span takes the «/ساعة»."""

from __future__ import annotations

from .lexicon import UNITS_LEX
from .lexicon_context import SPEED_AFTER, SPEED_UNITS
from .numbers import Tok, match_after
from .reading import _Reading

__all__ = ["measure_suffix"]


def measure_suffix(toks: list[Tok], unit_key: str, r: _Reading) -> None:
    """Read a square's «2» or a speed's «/ساعة» after the measure ending at token ``r.j``."""
    j = r.j
    if not unit_key or j >= len(toks) or r.unit not in SPEED_UNITS:
        return
    if toks[j].text in ("2", "٢") and toks[j].start == toks[j - 1].end:
        square = UNITS_LEX.get(unit_key + "2")
        if square is not None:
            r.unit, r.j = square, j + 1  # «3460م2»: square metres
            return
    speed = match_after(toks, j, SPEED_AFTER)
    if speed and j + speed < len(toks) and toks[j + speed - 1].key.startswith("ال") \
            and toks[j + speed].key.startswith("ال"):
        speed = 0  # «200 متر في الساعة الأولى»: a time, not "per hour"
    if speed:
        r.unit, r.j = "other", j + speed  # «40كم/ساعة»: a speed
