"""A per-process cache of one array row per word type, for the taggers' per-type sums.

The CRF's summed weights and the neural tagger's input projections depend on the word type
alone; they used to sit in a dict of small arrays, stacked into a table for each article
(one ``np.stack`` over a Python list). Here they live as the rows of one growing array: an
article's table is one fancy-indexed gather, and the types an article adds are computed
together by the caller's ``compute`` (one call per article, not one per word).

Bounded: past ``limit`` cached types, the new types of a call still get rows (scratch rows
past the cached ones, valid until the next call) but are not kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import repeat

import numpy as np

__all__ = ["CHUNK", "RowCache", "TypeFeatures", "add_in_order", "padded_index", "padded_sums", "ragged_sums"]

#: Most new keys one ``compute`` call gets (a call's new keys past it are computed in pieces).
CHUNK = 4096

#: rows past the limit the array has room for before it grows again: a call's new keys once the
#: cache is full (their rows are scratch, valid until the next call)
_SCRATCH = 4096

#: word type -> :meth:`FeatureExtractor._type_features` (own features, context features),
#: e.g. a :class:`~khabar.ner.features.TypeFeatureMemo`: an article's new types' features,
#: computed once and read by both halves of the ensemble
TypeFeatures = Mapping[str, tuple[list[str], list[str]]]


def padded_sums(padded: np.ndarray, lists: list[list[int]]) -> np.ndarray:
    """``(len(lists), *row)``: for each list of row indices, ``padded[i0] + padded[i1] + ...``
    added one after another (``padded[-1]`` must be a zero row; an empty list sums to it).
    The lists are padded with that zero row (``x + 0 = x``) and summed along the padded
    axis, which numpy adds in order: the same numbers as ``padded[lst].sum(axis=0)``
    (checked bit for bit in ``tests/test_ner_speed.py``)."""
    width = max((len(x) for x in lists), default=0) or 1
    zero = len(padded) - 1
    idx = np.array([x + [zero] * (width - len(x)) for x in lists], dtype=np.int64).reshape(len(lists), width)
    return padded[idx].sum(axis=1)


def padded_index(flat: list[int] | np.ndarray, lens: list[int] | np.ndarray, fill: int) -> np.ndarray:
    """``(len(lens), longest)``: ``flat`` cut into consecutive lists of ``lens[i]`` items
    (``sum(lens) == len(flat)``), one per row, each padded with ``fill`` (the lists built
    as one flat list and laid out by numpy, not padded one by one in Python)."""
    n = np.asarray(lens, dtype=np.int64)
    width = int(n.max(initial=0)) or 1
    idx = np.full((len(n), width), fill, dtype=np.int64)
    # a boolean mask assigns in row-major order: each row's items, in order
    idx[np.arange(width)[None, :] < n[:, None]] = flat
    return idx


def ragged_sums(padded: np.ndarray, flat: list[int] | np.ndarray, lens: list[int] | np.ndarray) -> np.ndarray:
    """:func:`padded_sums` of the lists ``flat`` cut into ``lens`` (see :func:`padded_index`):
    for each, ``padded[i0] + padded[i1] + ...`` added one after another (``padded[-1]`` a zero
    row, which a list may also name anywhere: ``x + 0 = x``)."""
    return padded[padded_index(flat, lens, len(padded) - 1)].sum(axis=1)


class RowCache:
    """Rows of shape ``shape`` (dtype ``dtype``) keyed by word type, at most ``limit`` kept."""

    def __init__(self, shape: tuple[int, ...], dtype: type, limit: int, capacity: int = 1024) -> None:
        self.index: dict[str, int] = {}
        self.array: np.ndarray = np.empty((max(capacity, 1), *shape), dtype=dtype)
        self.limit = limit

    def __len__(self) -> int:
        return len(self.index)

    def _reserve(self, n: int) -> None:
        """Room for ``n`` rows. The first growth goes straight to the limit (and room for
        one call's new keys past it), the next ones double: the rows are never copied
        while the cache fills up. The array is virtual memory until rows are written
        (``np.empty``): it costs the rows kept, not the limit."""
        if n > len(self.array):
            full = self.limit + _SCRATCH
            size = max(n, full) if len(self.array) < full else max(n, 2 * len(self.array))
            grown = np.empty((size, *self.array.shape[1:]), dtype=self.array.dtype)
            grown[:len(self.index)] = self.array[:len(self.index)]
            self.array = grown

    def rows(self, keys: Sequence[str], compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """The row of each of ``keys`` in :attr:`array`; the keys not cached yet are
        computed by one ``compute(missing)`` call (``(len(missing), *shape)``, in order),
        or one per :data:`CHUNK` of them.
        Rows of keys past the limit are only valid until the next call."""
        index = self.index
        # one lookup per key (-1: not cached), in C (map and fromiter)
        got = np.fromiter(map(index.get, keys, repeat(-1)), dtype=np.int64, count=len(keys))
        miss = np.flatnonzero(got < 0).tolist()
        if not miss:
            return got
        missing = list(dict.fromkeys([keys[i] for i in miss]))
        n = len(index)
        self._reserve(n + len(missing))
        # in pieces of at most CHUNK keys: the batch's scratch arrays stay small on a huge
        # article (the char CNN's of 100,000 new types would take ~2 GB at once)
        for i in range(0, len(missing), CHUNK):
            part = missing[i:i + CHUNK]
            self.array[n + i:n + i + len(part)] = compute(part)
        keep = max(0, min(len(missing), self.limit - n))
        for j, k in enumerate(missing[:keep]):
            index[k] = n + j
        new = {k: n + j for j, k in enumerate(missing)}
        got[miss] = [new[keys[i]] for i in miss]
        return got


def add_in_order(s: np.ndarray, tok: list[int], row: list[int], matrix: np.ndarray) -> None:
    """``s[tok[j]] += matrix[row[j]]`` for each j in turn, in rounds (the first attribute
    of every token, then the second...): each token's additions keep their order, so the
    sums are those of one addition after another."""
    t = np.asarray(tok)
    r = np.asarray(row)
    order = np.argsort(t, kind="stable")
    t, r = t[order], r[order]
    # rank of each entry among its token's entries
    first = np.r_[True, t[1:] != t[:-1]]
    starts = np.flatnonzero(first)
    rank = np.arange(len(t)) - np.repeat(starts, np.diff(np.r_[starts, len(t)]))
    for q in range(int(rank.max()) + 1):
        sel = rank == q
        s[t[sel]] += matrix[r[sel]]
