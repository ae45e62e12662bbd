"""Quoted snippets → character offsets, for the gold annotation tool.

An annotator never types offsets. Each span in a draft is a *reference* (a "ref"):

* ``"نص"``: the snippet, found in the article at word boundaries (see :func:`occurrences`);
  it must occur once, unless the ref has an *anchor* (claim cue/speaker, event actors...),
  in which case the occurrence nearest to the anchor is taken.
* ``"نص#3"``: the third occurrence (1-based) of the snippet.
* ``"قبل [[نص]] بعد"``: a context snippet; the part inside ``[[ ]]`` is the span, the
  whole string (brackets removed) is what must be found.
* ``"نص#*"``: every occurrence (entities only: one record per occurrence).

Snippets are matched exactly first; when that finds nothing they are matched on the
normalised text (khabar.normalize: hamza/alef forms, harakat, digits), mapped back to the
original offsets, so a snippet copied without diacritics still resolves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import normalize, normalize_text

__all__ = ["RefError", "occurrences", "parse_ref", "resolve", "resolve_all", "ref_for"]

_OCC = re.compile(r"^(?P<snip>.*?)#(?P<n>\d+|\*)$", re.S)
_CTX = re.compile(r"\[\[(.+?)\]\]", re.S)
# Arabic proclitics that may stand before a snippet's first letter without breaking the
# word boundary (و ف ب ل ك, at most two: «وبالجيش» still has «الجيش» at a boundary).
_PROCLITICS = "وفبلك"


class RefError(ValueError):
    """A ref that does not resolve to exactly one span (the message says why)."""


@dataclass(frozen=True)
class Ref:
    snippet: str  # what is searched (context included, brackets removed)
    inner_start: int  # the span inside the snippet
    inner_end: int
    nth: int | None  # 1-based occurrence, or None
    every: bool  # "#*"


def parse_ref(ref: str) -> Ref:
    if not isinstance(ref, str) or not ref.strip():
        raise RefError(f"empty or non-string ref {ref!r}")
    nth: int | None = None
    every = False
    m = _OCC.match(ref)
    if m and m.group("snip"):
        ref = m.group("snip")
        if m.group("n") == "*":
            every = True
        else:
            nth = int(m.group("n"))
    ctx = list(_CTX.finditer(ref))
    if len(ctx) > 1:
        raise RefError(f"{ref!r}: at most one [[...]] per ref")
    if ctx:
        c = ctx[0]
        snippet = ref[: c.start()] + c.group(1) + ref[c.end():]
        return Ref(snippet, c.start(), c.start() + len(c.group(1)), nth, every)
    return Ref(ref, 0, len(ref), nth, every)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or "\u064b" <= ch <= "\u065f" or ch == "\u0640"


def _left_ok(text: str, i: int) -> bool:
    """True when ``i`` starts a word, possibly after one or two proclitics."""
    j = i
    for _ in range(3):
        if j == 0 or not _is_word(text[j - 1]):
            return True
        if i - j >= 2 or text[j - 1] not in _PROCLITICS:
            return False
        j -= 1
    return False


def _right_ok(text: str, j: int) -> bool:
    return j >= len(text) or not _is_word(text[j])


def occurrences(text: str, snippet: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` of ``snippet`` in ``text`` at word boundaries (an edge of the
    snippet that is not a word character needs no boundary). Exact match first, else on
    the normalised text mapped back to original offsets."""
    found = _scan(text, snippet, text)
    if found:
        return found
    norm = normalize(text)
    spans = _scan(norm.text, normalize_text(snippet), norm.text)
    return [norm.span_to_original(s, e) for s, e in spans]


def _scan(hay: str, needle: str, check: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    i = hay.find(needle)
    while i >= 0:
        j = i + len(needle)
        left = not _is_word(needle[0]) or _left_ok(check, i)
        right = not _is_word(needle[-1]) or _right_ok(check, j)
        if left and right:
            out.append((i, j))
        i = hay.find(needle, i + 1)
    return out


def _inner(text: str, ref: Ref, occ: tuple[int, int]) -> tuple[int, int]:
    s, e = occ
    if (ref.inner_start, ref.inner_end) == (0, len(ref.snippet)):
        return s, e
    # Context refs: the occurrence may have been found on the normalised text, whose
    # length can differ; locate the inner part by searching inside the occurrence.
    inner = ref.snippet[ref.inner_start : ref.inner_end]
    hits = occurrences(text[s:e], inner) or [(ref.inner_start, ref.inner_end)]
    before = len(ref.snippet[: ref.inner_start])
    best = min(hits, key=lambda h: abs(h[0] - before))
    return s + best[0], s + best[1]


def resolve(text: str, ref_str: str, anchor: int | None = None) -> tuple[int, int]:
    """The one ``(start, end)`` that ``ref_str`` names (see the module docstring)."""
    ref = parse_ref(ref_str)
    if ref.every:
        raise RefError(f"{ref_str!r}: '#*' is allowed for entities only")
    occ = occurrences(text, ref.snippet)
    if not occ:
        raise RefError(f"{ref_str!r}: not found in the article")
    if ref.nth is not None:
        if ref.nth < 1 or ref.nth > len(occ):
            raise RefError(f"{ref_str!r}: asks for occurrence {ref.nth}, found {len(occ)}")
        return _inner(text, ref, occ[ref.nth - 1])
    if len(occ) == 1:
        return _inner(text, ref, occ[0])
    if anchor is None:
        raise RefError(
            f"{ref_str!r}: found {len(occ)} times; add '#n' (1..{len(occ)}) or context [[...]]"
        )
    # Anchored: the occurrence nearest to the anchor (ties: the earlier one).
    best = min(occ, key=lambda o: (min(abs(o[0] - anchor), abs(o[1] - anchor)), o[0]))
    return _inner(text, ref, best)


def resolve_all(text: str, ref_str: str) -> list[tuple[int, int]]:
    """Spans of an entity ref: every occurrence for ``#*``, else the one :func:`resolve` gives."""
    ref = parse_ref(ref_str)
    if not ref.every:
        return [resolve(text, ref_str)]
    occ = occurrences(text, ref.snippet)
    if not occ:
        raise RefError(f"{ref_str!r}: not found in the article")
    return [_inner(text, ref, o) for o in occ]


def ref_for(text: str, start: int, end: int, anchor: int | None = None) -> str:
    """The shortest ref that resolves back to ``(start, end)`` (used to render drafts)."""
    snippet = text[start:end]
    candidates = [snippet]
    occ = occurrences(text, snippet)
    if (start, end) in occ:
        candidates.append(f"{snippet}#{occ.index((start, end)) + 1}")
    for width in (15, 30, 60):
        ls, re_ = max(0, start - width), min(len(text), end + width)
        candidates.append(f"{text[ls:start]}[[{snippet}]]{text[end:re_]}")
    for cand in candidates:
        try:
            if resolve(text, cand, anchor) == (start, end):
                return cand
        except RefError:
            continue
    raise RefError(f"no ref resolves to {start}:{end} {snippet!r}")
