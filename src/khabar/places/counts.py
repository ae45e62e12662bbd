"""A country name after a number counts that country's people: «مقتل 30 بريطانيا» (thirty
Britons), «أصيب 3 ألمانيا و4 روسيا». Arabic writes the accusative of a nisba («بريطانيٌّ»
a Briton) as «بريطانيًّا», and Tunisian and much other news drops the tanween, which leaves
the country's name: after a count it is the counted people, not the place (stage 2 of
``khabar.places``; a written tanween is already refused by ``words.drop_words``).
"""

from __future__ import annotations

from typing import Any

from ..quantities.lexicon import NUMBER_WORDS
from .mentions import Match

__all__ = ["drop_counted_nationals"]


def _is_count(word: str) -> bool:
    """A cardinal: digits that are no year (1900-2099: «في 2015 سوريا» is a date), or a
    number word, with at most one proclitic و («و4 روسيا»)."""
    w = word[1:] if len(word) > 1 and word[0] == "و" else word
    if w.isdigit():
        return not (len(w) == 4 and w[:2] in ("19", "20"))
    return w in NUMBER_WORDS


def drop_counted_nationals(toks: list[Any], folded: list[str], matches: list[Match]) -> list[Match]:
    """Drop country names written right after a count, bare (no proclitic, no cue), whose
    name ends in «يا» like the accusative of its nisba (بريطانيا، ألمانيا، روسيا، إيطاليا،
    ليبيا، سوريا، تركيا)."""
    out = []
    for m in matches:
        i = m.tok_start
        counted = (
            i > 0 and toks[i - 1].sent == toks[i].sent and m.nstart == toks[i].nstart
            and m.key.endswith("يا") and " " not in m.key
            and any(c.precision == "country" for c in m.candidates)
            and _is_count(folded[i - 1])
        )
        if not counted:
            out.append(m)
    return out
