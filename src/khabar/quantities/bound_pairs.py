"""A range written as two open bounds joined by «و»: «لا تقل عن 250 ألف درهم ولا تتجاوز
مليون درهم», «أكثر من 20 وأقل من 30 شخصا» are one quantity from the lower to the upper bound,
as «بين 250 ألف ومليون درهم» is (docs/units.md, min/best/max)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import QMatch

__all__ = ["join_bounds"]


def _kind(q: QMatch) -> str:
    if q.lo is not None and q.hi is None:
        return "lower"
    if q.lo is None and q.hi is not None:
        return "upper"
    return ""


def _joined(norm: str, a: QMatch, b: QMatch) -> bool:
    """``b`` follows ``a`` with only «و» (and spaces or a comma) between them."""
    gap = norm[a.end:b.start]
    if gap.strip(" ،,") == "و":
        return True
    return not gap.strip(" ،,") and norm[b.start:b.start + 1] == "و"


def join_bounds(norm: str, found: list[QMatch]) -> list[QMatch]:
    """Join each lower bound and the upper bound right after it (either order) into one range
    when their units agree (a unit ``other`` takes the other's: the noun written once)."""
    out: list[QMatch] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        kinds = {_kind(a), _kind(b)} if b is not None else set()
        if b is not None and kinds == {"lower", "upper"} and _joined(norm, a, b):
            lo = a.lo if a.lo is not None else b.lo
            hi = a.hi if a.hi is not None else b.hi
            unit = a.unit if b.unit in ("other", a.unit) else b.unit if a.unit == "other" else ""
            if unit and lo is not None and hi is not None and lo < hi:
                out.append(replace(a, end=b.end, lo=lo, best=(lo + hi) / 2, hi=hi, unit=unit,
                                   approximate=False))
                k += 2
                continue
        out.append(a)
        k += 1
    return out
