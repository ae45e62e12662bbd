"""Tokens of normalised text (:func:`tokenize`), their stems without proclitics
(:func:`stems`), and word phrases matched before or after a token (:func:`match_before`,
:func:`match_after`): what the quantities layer reads numbers and units from."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from .lexicon import key

__all__ = ["Tok", "match_after", "match_before", "stems", "tokenize"]


class Tok(NamedTuple):
    """A token (a named tuple: built for every word of every article, about 3x cheaper
    than a frozen dataclass)."""

    text: str  # as in the normalised text
    key: str  # lookup key (lexicon.key)
    start: int  # offsets in the normalised text
    end: int


@cache
def _token_re() -> re.Pattern[str]:
    # a digit group with separators («20,000»، «1.5»), a run of letters, or one other mark
    # «7ر3»: the Tunisian press writes decimals with ر, digits in reverse order (= 3.7)
    # «14،5»: an Arabic comma between digits (no space) is a decimal separator in the Maghreb
    return re.compile(r"\d+ر\d+|\d+(?:[.,،]\d+)*|[^\W\d_]+|\S")


_key = lru_cache(maxsize=200_000)(key)


def tokenize(norm: str) -> list[Tok]:
    out: list[Tok] = []
    add = out.append
    for m in _token_re().finditer(norm):
        g = m.group()
        add(Tok(g, _key(g), m.start(), m.end()))
    return out


_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def stems(k: str, article: bool = False) -> tuple[str, ...]:
    """``k`` and ``k`` without proclitics (و/ف, then ب/ل/ك, then ال when ``article``).
    Cached: the same words come back in every article."""
    out = [k]
    cur = [k]
    for group in (_CONJ, _PREP):
        nxt = []
        for c in cur:
            if len(c) > 2 and c[0] in group:
                nxt.append(c[1:])
        out.extend(nxt)
        cur = cur + nxt
    if article:
        for c in list(out):
            if c.startswith("ال") and len(c) > 3:
                out.append(c[2:])
            elif c.startswith("لل") and len(c) > 3:  # لل = ل + ال
                out.append(c[2:])
    return tuple(out)


_BY_LAST: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]], list[tuple[str, ...]]]] = {}


def _by_last(phrases: tuple[tuple[str, ...], ...]) -> tuple[dict[str, list[tuple[str, ...]]], list[tuple[str, ...]]]:
    """``phrases`` of two words or more indexed by their last word, and the one-word ones
    (built once per phrase table: a phrase ending before a token must end with its key)."""
    got = _BY_LAST.get(id(phrases))
    if got is None or got[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            if len(p) > 1:
                index.setdefault(p[-1], []).append(p)
        got = _BY_LAST[id(phrases)] = (phrases, index, [p for p in phrases if len(p) == 1])
    return got[1], got[2]


def match_before(toks: list[Tok], end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase ending just before token ``end`` (0 if none); its first
    word may carry proclitics («بنحو»، «وأكثر من»)."""
    best = 0
    if end < 1:
        return 0
    index, single = _by_last(phrases)
    for p in (*index.get(toks[end - 1].key, ()), *single):
        k = len(p)
        s = end - k
        if s < 0 or k <= best:
            continue
        if all(toks[s + m].key == p[m] for m in range(1, k)) and p[0] in stems(toks[s].key):
            best = k
    return best


def match_after(toks: list[Tok], start: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    best = 0
    for p in phrases:
        k = len(p)
        if start + k <= len(toks) and k > best and all(
            toks[start + m].key == p[m] for m in range(k)
        ):
            best = k
    return best
