"""The quantities step: every count, amount and measure as a range with a unit.

Digits (Western, Eastern Arabic, Persian: ``doc.norm`` has ASCII digits), number words
(masculine/feminine, case endings, tanween, compounds, duals), scale words («20 ألف»،
«1.5 مليون»), ranges, approximations, open bounds and vague quantities («عشرات»، «بضعة
آلاف») become :class:`~khabar.schema.Quantity` records; the unit is a key of
:data:`khabar.schema.UNITS`. Years, dates, times, ages, ordinals, phone numbers and labels
(«المادة 5») are not quantities. Conventions: docs/units.md.
"""

from __future__ import annotations

from ..dates.patterns import find_dates
from ..document import Doc
from ..options import Options
from ..schema import Quantity
from .bidi import swapped_ratio
from .extract import QMatch, find_quantities

__all__ = ["QMatch", "find_quantities", "quantities_in", "step"]


def quantities_in(norm: str, dates: list[tuple[int, int]] | None = None) -> list[QMatch]:
    """Quantities of a normalised text, date expressions (``dates``: spans in ``norm``, found
    here when not given) masked out."""
    if dates is None:
        dates = [(d.start, d.end) for d in find_dates(norm, relative=False)]
    return find_quantities(norm, dates)


def _num(v: float | None, ratio: float = 1.0) -> float | None:
    if v is None:
        return None
    return float(v) if ratio == 1.0 else float(f"{float(v) * ratio:.12g}")  # no float noise


def step(doc: Doc, options: Options) -> Doc:
    for q in quantities_in(doc.norm, doc.extra.get("dates.norm_spans")):
        span = doc.span_from_norm(q.start, q.end)
        # «7.‏0 في المائة» is 0.7 (bidi.py); not in a range, whose other bound was read right
        ranged = q.lo is not None and q.hi is not None and q.lo != q.hi
        ratio = 1.0 if ranged else swapped_ratio(span.text) or 1.0
        doc.quantities.append(
            Quantity(
                id=doc.next_id("q", doc.quantities),
                text=span.text,
                start=span.start,
                end=span.end,
                min=_num(q.lo, ratio),
                best=_num(q.best, ratio),
                max=_num(q.hi, ratio),
                unit=q.unit,  # type: ignore[arg-type]
                approximate=q.approximate,
            )
        )
    return doc
