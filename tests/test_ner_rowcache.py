"""The taggers' per-type row cache (``khabar.ner.rowcache``) and the per-article memo of
type features: rows come back for the right keys, new keys are computed once per call and
in one batch, the cache stays within its limit (keys past it still get correct rows for
the call), and the padded sums equal the sums added one after another."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.ner.features import FeatureExtractor, TypeFeatureMemo
from khabar.ner.lexicon import Lexicon
from khabar.ner.rowcache import (
    _SCRATCH,
    CHUNK,
    RowCache,
    add_in_order,
    padded_index,
    padded_sums,
    ragged_sums,
)


def _value(k: str) -> np.ndarray:
    return np.full(3, float(len(k)) + ord(k[0]) / 1000)


class _Counting:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, keys: list[str]) -> np.ndarray:
        self.calls.append(keys)
        return np.stack([_value(k) for k in keys])


@pytest.mark.parametrize("keys", [
    ["قال", "الرئيس", "قال"],  # a repeated key
    ["a"],
    [],  # nothing asked: nothing computed
])
def test_rows_hold_each_keys_value(keys: list[str]) -> None:
    cache = RowCache((3,), np.float64, limit=100, capacity=1)
    compute = _Counting()
    rows = cache.rows(keys, compute)
    assert [cache.array[r].tolist() for r in rows] == [_value(k).tolist() for k in keys]
    assert compute.calls == ([list(dict.fromkeys(keys))] if keys else [])


def test_new_keys_are_computed_once_in_one_call() -> None:
    cache = RowCache((3,), np.float64, limit=100, capacity=2)
    compute = _Counting()
    cache.rows(["x", "y"], compute)
    rows = cache.rows(["y", "z", "x", "w", "z"], compute)
    assert compute.calls == [["x", "y"], ["z", "w"]]
    # growing the array (capacity 2 -> 4) kept the earlier rows
    assert [cache.array[r][0] for r in rows] == [_value(k)[0] for k in ["y", "z", "x", "w", "z"]]


def test_keys_past_the_limit_get_rows_but_are_not_kept() -> None:
    cache = RowCache((3,), np.float64, limit=2)
    compute = _Counting()
    rows = cache.rows(["a", "bb", "ccc", "a"], compute)
    assert [cache.array[r][0] for r in rows] == [_value(k)[0] for k in ["a", "bb", "ccc", "a"]]
    assert len(cache) == 2
    assert sorted(cache.index) == ["a", "bb"]
    cache.rows(["ccc"], compute)  # computed again: it was never kept
    assert compute.calls[-1] == ["ccc"]
    assert len(cache) == 2


@pytest.mark.parametrize("lists", [
    [[0, 1, 2], [3], []],  # an empty list sums to zeros
    [[4, 4, 4, 4, 1], [2, 0]],
    [[]],
])
def test_padded_sums_equal_the_sums_added_in_order(lists: list[list[int]]) -> None:
    rng = np.random.default_rng(3)
    for dtype in (np.float32, np.float64):
        m = rng.normal(size=(5, 7)).astype(dtype)
        padded = np.vstack([m, np.zeros((1, 7), dtype)])
        got = padded_sums(padded, lists)
        for row, lst in zip(got, lists, strict=True):
            want = np.zeros(7, dtype)
            if lst:
                want = m[lst[0]].copy()
                for i in lst[1:]:
                    want = want + m[i]
            assert np.array_equal(row, want)


def test_add_in_order_keeps_each_rows_order() -> None:
    rng = np.random.default_rng(4)
    m = rng.normal(size=(4, 3)).astype(np.float32)
    s = rng.normal(size=(3, 3)).astype(np.float32)
    tok, row = [2, 0, 2, 2, 1], [1, 3, 0, 2, 2]
    want = s.copy()
    for t, r in zip(tok, row, strict=True):
        want[t] = want[t] + m[r]
    add_in_order(s, tok, row, m)
    assert np.array_equal(s, want)


def test_type_feature_memo_computes_each_word_once() -> None:
    fx = FeatureExtractor(Lexicon())
    calls: list[str] = []
    real = fx._type_features

    def counting(w: str) -> tuple[list[str], list[str]]:
        calls.append(w)
        return real(w)

    fx._type_features = counting  # type: ignore[method-assign]
    memo = TypeFeatureMemo(fx)
    assert memo["دمشق"] == real("دمشق")
    assert memo["دمشق"] == memo["دمشق"]
    assert calls == ["دمشق"]
    assert "بغداد" not in memo  # reading membership computes nothing


@pytest.mark.parametrize(("flat", "lens", "expected"), [
    ([1, 2, 3, 4, 5], [2, 0, 3], [[1, 2, 9], [9, 9, 9], [3, 4, 5]]),  # an empty list: all fill
    ([7], [1], [[7]]),
    ([], [0, 0], [[9], [9]]),  # nothing at all: one column of fill
    ([], [], np.zeros((0, 1), dtype=np.int64)),
])
def test_padded_index_lays_out_each_list_in_order(flat: list[int], lens: list[int], expected: list[list[int]]) -> None:
    assert np.array_equal(padded_index(flat, lens, 9), np.asarray(expected))


def test_ragged_sums_equal_padded_sums() -> None:
    rng = np.random.default_rng(5)
    padded = np.vstack([rng.normal(size=(5, 4)), np.zeros((1, 4))])
    lists = [[0, 1, 2], [3], [], [4, 5, 2]]  # 5: the zero row named inside a list (x + 0 = x)
    got = ragged_sums(padded, [i for x in lists for i in x], [len(x) for x in lists])
    assert np.array_equal(got, padded_sums(padded, lists))


def test_rows_come_back_as_one_array() -> None:
    cache = RowCache((3,), np.float64, limit=100)
    rows = cache.rows(["a", "bb", "a"], _Counting())
    assert isinstance(rows, np.ndarray) and rows.tolist() == [0, 1, 0]


def test_first_growth_reserves_the_limit() -> None:
    """No copies while the cache fills: the first growth makes room for the limit and one
    call's keys past it."""
    cache = RowCache((3,), np.float64, limit=50, capacity=2)
    cache.rows([f"k{i}" for i in range(3)], _Counting())
    assert len(cache.array) == 50 + _SCRATCH
    before = cache.array
    cache.rows([f"k{i}" for i in range(3, 50)], _Counting())
    assert cache.array is before


def test_many_new_keys_are_computed_in_chunks() -> None:
    cache = RowCache((3,), np.float64, limit=10 * CHUNK)
    compute = _Counting()
    keys = [f"k{i}" for i in range(CHUNK + 5)]
    rows = cache.rows(keys, compute)
    assert [len(c) for c in compute.calls] == [CHUNK, 5]
    assert [cache.array[r][0] for r in rows[-3:]] == [_value(k)[0] for k in keys[-3:]]
