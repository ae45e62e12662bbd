"""Digits set off in brackets or quotation marks before a scale word: «(300) ألف ريال» is
300,000 riyals and «“20″ ألف ريال» 20,000, as «300 ألف ريال» is (docs/units.md: digits with
scale words). Without this the scale word alone was read (1,000) and the digits, when not
taken for a list number, made a second record."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import APPROX_BEFORE, LOWER_BOUND, SCALES, UPPER_BOUND, key

if TYPE_CHECKING:
    from .extract import QMatch

__all__ = ["bracketed_scale"]

_BEFORE = re.compile(r"[(“\"«]\s*(\d+(?:\.\d+)?)\s*[)″”\"»]\s*$")


def _scale(norm: str, q: QMatch) -> tuple[int, bool] | None:
    """The value of the scale word that opens ``q`` when ``q`` is that word alone («ألف
    ريال»، «آلاف كشاف»), and whether it is a plural (vague alone), else None."""
    word = norm[q.start:q.end].split(" ", 1)[0]
    low_high = SCALES.get(word)
    if low_high is None or q.lo != low_high[0] or q.best != low_high[0]:
        return None
    return low_high[0], low_high[1] is None


def _bound_before(norm: str, start: int) -> tuple[str, int]:
    """A bound or approximation phrase right before ``start`` («أكثر من (45) ألف بلاغ»،
    «لا تتجاوز(135) ألف طن»، «نحو (7.18) مليار»): its kind and where it starts."""
    words = [(m.start(), key(m.group())) for m in re.finditer(r"\S+", norm[max(0, start - 40):start])]
    base = max(0, start - 40)
    for kind, phrases in (("upper", UPPER_BOUND), ("lower", LOWER_BOUND), ("approx", APPROX_BEFORE)):
        for p in sorted(phrases, key=len, reverse=True):
            if len(words) < len(p):
                continue
            tail = [w for _, w in words[-len(p):]]
            first = words[-len(p)][0]
            if tail[0][:1] in ("و", "ف", "ب", "ل") and tail[0][1:] == p[0]:
                tail[0], first = p[0], first + 1  # «لأكثر من (36) ألف منزل»
            if tuple(tail) == p:
                return kind, base + first
    return "", start


def bracketed_scale(norm: str, found: list[QMatch]) -> list[QMatch]:
    """Join digits in brackets or quotation marks to the scale word right after them."""
    out: list[QMatch] = []
    for q in found:
        scale = _scale(norm, q)
        m = _BEFORE.search(norm, max(0, q.start - 20), q.start) if scale else None
        if m and scale:
            v = float(m.group(1)) * scale[0]
            if out and out[-1].start >= m.start() and out[-1].end <= m.end():
                out.pop()  # the digits read alone («(300)» → 300, other)
            # «(5) آلاف» is 5,000, no longer the vague «آلاف»
            kind, start = _bound_before(norm, m.start())
            lo, hi = (None if kind == "upper" else v), (None if kind == "lower" else v)
            out.append(replace(q, start=start, lo=lo, best=lo, hi=hi,
                               approximate=bool(kind) or (q.approximate and not scale[1])))
            continue
        out.append(q)
    return out
