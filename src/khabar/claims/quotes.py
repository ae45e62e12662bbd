"""Quotations: pair the quote marks of a sentence list into token ranges.

A quotation opens with « “ " or „ and closes with its partner within the same paragraph
(never across a blank line, so an unclosed mark cannot swallow the article). Only quotations
of at least :data:`MIN_SPEECH_WORDS` words count as reported speech; shorter ones quote a
name or a term («داعش»، "الوطن") and belong to the phrase around them.
"""

from __future__ import annotations

from bisect import bisect_right

from ..segment import Token

__all__ = ["MIN_SPEECH_WORDS", "Quotes", "find_quotes"]

#: Fewest words inside quote marks for the quotation to be speech (heuristic: names of
#: outlets and groups are one or two words).
MIN_SPEECH_WORDS = 3

# «{» before a closing «»» is how one Saudi outlet's feed renders an opening guillemet.
_PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“", "”": "“", "{": "»"}
_MARKS = frozenset(_PAIRS) | frozenset(_PAIRS.values())


class Quotes:
    """``close[i]``: index of the closing mark of the quotation opened by token ``i``;
    ``inside[k]``: (open, close) of the innermost speech quotation holding token ``k``."""

    def __init__(self) -> None:
        self.close: dict[int, int] = {}
        self.open_of: dict[int, int] = {}
        self.n_words: dict[int, int] = {}
        self.speech: set[int] = set()
        self.inside: dict[int, tuple[int, int]] = {}

    def is_speech(self, open_i: int) -> bool:
        return open_i in self.speech

    def words(self, open_i: int) -> int:
        """Words inside the quotation opened at ``open_i``."""
        return self.n_words.get(open_i, 0)

    def speech_at(self, k: int) -> tuple[int, int] | None:
        return self.inside.get(k)


def _next(positions: list[int], i: int, n: int) -> int:
    """The first of the sorted ``positions`` after ``i``, else ``n``."""
    k = bisect_right(positions, i)
    return positions[k] if k < len(positions) else n


def _line_breaks(tokens: list[Token], norm: str) -> list[int]:
    """The tokens ``j`` (ascending) with a line end between tokens ``j - 1`` and ``j``: each
    newline of ``norm`` placed by bisection on the tokens' starts (slicing the text between
    every two tokens cost more than the rest of the pairing: qa-17a)."""
    out: list[int] = []
    p = norm.find("\n")
    if p < 0:
        return out
    n = len(tokens)
    starts = [t.nstart for t in tokens]
    while p >= 0:
        j = bisect_right(starts, p)  # the first token after the newline
        if j == n:
            break
        if j and tokens[j - 1].nend <= p:
            if not out or out[-1] != j:
                out.append(j)
            p = norm.find("\n", tokens[j].nstart)
        else:  # before the first token or inside a token: no line end between two tokens
            p = norm.find("\n", tokens[j - 1].nend if j else p + 1)
    return out


def find_quotes(tokens: list[Token], norm: str) -> Quotes:
    """Pair quote marks token by token; each mark closes with the first partner after it
    unless a paragraph ends first. The marks and the paragraph ends are listed once and each
    mark's partner found by bisection (looking ahead token by token took 4 s on 1,500
    unclosed marks in one paragraph: qa-16a)."""
    q = Quotes()
    if not any(m in norm for m in _MARKS):
        return q  # (most of the time of an article without quotations went to listing none)
    n = len(tokens)
    marks: dict[str, list[int]] = {}
    opens: list[int] = []  # tokens that may open a quotation, in order
    for j, t in enumerate(tokens):
        if t.norm in _MARKS:
            marks.setdefault(t.norm, []).append(j)
            if t.norm in _PAIRS:
                opens.append(j)
    breaks = _line_breaks(tokens, norm) if opens else []
    resume = 0  # the token after the last quotation paired
    for i in opens:
        if i < resume:
            continue
        close = _PAIRS[tokens[i].norm]
        # «”رويترز”»: a right quote used on both sides closes with itself or with “
        closers = (close, "”") if tokens[i].norm == "”" else (close,)
        found = min(_next(marks.get(c, []), i, n) for c in closers)
        if found >= _next(breaks, i, n):  # no partner before the paragraph ends
            continue
        q.close[i] = found
        q.open_of[found] = i
        # words, not punctuation: «"سي.إن.إن"» is one name, not speech
        n_words = sum(1 for k in range(i + 1, found) if tokens[k].norm[0].isalnum())
        q.n_words[i] = n_words
        if n_words >= MIN_SPEECH_WORDS:
            q.speech.add(i)
            for k in range(i + 1, found):
                q.inside[k] = (i, found)
        resume = found + 1
    return q
