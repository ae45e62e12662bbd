"""Spans looked up by offset (:class:`SpanIndex`), for the steps that ask, for every name of an
article, which entity spans or gazetteer names overlap it or hold it: a pass over every span for
every name made a list of 2,000 place names quadratic (qa-16a, docs/places.md)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Generic, TypeVar

__all__ = ["SpanIndex"]

L = TypeVar("L")


class SpanIndex(Generic[L]):
    """Spans ``(start, end, label)`` looked up near an offset: sorted by start, only those whose
    start lies within the longest span's length of it can touch it. Answers keep the spans'
    given order, so a caller taking the first answer takes what a pass over the list took."""

    def __init__(self, spans: list[tuple[int, int, L]]) -> None:
        self.spans = spans
        self.by_start = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self.starts = [spans[k][0] for k in self.by_start]
        self.longest = max((ne - ns for ns, ne, _ in spans), default=0)
        self.exact = set(spans)

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, L]]:
        """The spans whose start is in ``[lo, hi]``, in the given order."""
        a, b = bisect_left(self.starts, lo), bisect_right(self.starts, hi)
        return [self.spans[k] for k in sorted(self.by_start[a:b])]

    def overlapping(self, ns: int, ne: int) -> list[tuple[int, int, L]]:
        """The spans that share a character with ``[ns, ne)``."""
        return [x for x in self.starting_in(ns - self.longest, ne - 1) if ns < x[1] and x[0] < ne]

    def holding(self, ns: int, ne: int) -> list[tuple[int, int, L]]:
        """The spans that hold all of ``[ns, ne)``."""
        return [x for x in self.starting_in(ne - self.longest, ns) if x[0] <= ns and ne <= x[1]]
