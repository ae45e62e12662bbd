"""Sentences and tokens for Arabic news, on the normalised copy, with original offsets.

Sentences end at ``.`` ``؟`` ``?`` ``!`` (and ``…``) followed by a space, and always at a
paragraph break; never inside a quotation «...», “...” or "..." that closes within the same
paragraph (an unclosed quote is ignored, so it cannot swallow the rest of an article). A
period between digits (3.5) or after a one-letter abbreviation (د. for doctor, أ. for
professor) does not end a sentence.

Tokens are runs of Arabic letters, of Latin letters, numbers with their separators (1,500.5),
or single punctuation marks. :func:`split_clitics` and :func:`clitic_candidates` split
proclitics (و ف ب ل ك س ال) and pronoun suffixes off a normalised word for lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "Token", "clitic_candidates", "split_clitics", "split_sentences", "tokenize"]


@dataclass(slots=True)
class Token:
    """One token. ``start``/``end`` index the original text, ``nstart``/``nend`` the
    normalised copy; ``norm`` is the normalised form; ``sent`` the sentence index."""

    norm: str
    start: int
    end: int
    nstart: int
    nend: int
    sent: int = 0
    i: int = 0

    @property
    def is_arabic(self) -> bool:
        return "\u0621" <= self.norm[0] <= "\u06d3"

    @property
    def is_digit(self) -> bool:
        return self.norm[0].isdigit()


@dataclass(slots=True)
class Sentence:
    """One sentence: original ``start``/``end``, normalised ``nstart``/``nend``, and the
    half-open token range ``[tok_start, tok_end)``."""

    start: int
    end: int
    nstart: int
    nend: int
    tok_start: int = 0
    tok_end: int = 0


_TOKEN_RE = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+"  # Arabic letters (normalised: no harakat)
    r"|\d+(?:[.,]\d+)*"  # numbers with separators
    r"|[^\W\d_]+"  # other letters (Latin...)
    r"|\S",  # anything else, one character at a time
)

# The quotation marks Arabic news uses around quoted words and names, as tokens (one shared set:
# places, events and claims test membership in it).
QUOTE_MARKS: frozenset[str] = frozenset('«»"“”')
_OPEN_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "“"}
_SENT_END_RE = re.compile(r"[.؟?!…]+(?=\s|$|[»”\"')\]])|\n\s*")


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of quotations that close within their paragraph."""
    ranges: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        close = _OPEN_CLOSE.get(c)
        if close is None:
            i += 1
            continue
        para_end = text.find("\n", i)
        if para_end < 0:
            para_end = n
        j = text.find(close, i + 1, para_end)
        if j < 0:
            i += 1
            continue
        ranges.append((i, j + 1))
        i = j + 1
    return ranges


def split_sentences(norm: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in the normalised text, stripped of blanks."""
    quotes = _quote_ranges(norm)
    qi = 0
    cuts: list[int] = []
    for m in _SENT_END_RE.finditer(norm):
        s, e = m.start(), m.end()
        newline = "\n" in m.group()
        if not newline:
            while qi < len(quotes) and quotes[qi][1] <= s:
                qi += 1
            if qi < len(quotes) and quotes[qi][0] < s < quotes[qi][1]:
                continue  # inside a quotation
            if norm[s] == "." and e - s == 1:
                if s > 0 and norm[s - 1].isdigit() and e < len(norm) and norm[e:e + 1].isdigit():
                    continue
                # one-letter abbreviation: «د. محمد»
                if s >= 1 and (s == 1 or not norm[s - 2].isalnum()) and norm[s - 1].isalpha():
                    continue
        # keep closing quotes/brackets that follow the ender with the sentence
        while e < len(norm) and norm[e] in "»”\"')]":
            e += 1
        cuts.append(e)
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*cuts, len(norm)]:
        s, e = prev, cut
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        prev = max(prev, cut)
    return spans


def tokenize(norm: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` in the normalised text between ``start`` and ``end``."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(norm, start, len(norm) if end is None else end)]


# Proclitics in the order they stack: conjunction, preposition/future, article.
_PROCLITIC_RE = re.compile(r"^(?P<pre>[وف]?(?:[بكل]?ال|لل))(?P<stem>..+)$")
_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")


def split_clitics(norm: str) -> tuple[str, str]:
    """``(proclitics, stem)`` of a normalised word for the unambiguous case only: the
    article with optional و/ف and ب/ك/ل in front (وبالمدينة → وبال + مدينة; للحكومة → لل +
    حكومة). Anything else is returned whole: «وزير» and «بيروت» start with clitic letters but
    carry none. Use :func:`clitic_candidates` with a lexicon for the ambiguous cases.

    >>> split_clitics("وبالمدينة")
    ('وبال', 'مدينة')
    """
    m = _PROCLITIC_RE.match(norm)
    if m:
        return m.group("pre"), m.group("stem")
    return "", norm


def clitic_candidates(norm: str) -> list[tuple[str, str, str]]:
    """Every ``(proclitics, stem, suffix)`` reading of a word, the whole word first: the
    caller keeps the first whose stem its lexicon knows (e.g. ``وقال`` → و + قال)."""
    out = [("", norm, "")]
    pres = [""]
    if len(norm) > 2 and norm[0] in "وف":
        pres.append(norm[0])
    for p in list(pres):
        rest = norm[len(p):]
        if len(rest) > 2 and rest[0] in "بلكس":
            pres.append(p + rest[0])
    pre_a, _ = split_clitics(norm)
    if pre_a:
        pres.append(pre_a)
    seen = {("", norm, "")}
    for p in pres:
        stem = norm[len(p):]
        for suf in ("", *_SUFFIXES):
            if suf and not stem.endswith(suf):
                continue
            st = stem[: len(stem) - len(suf)] if suf else stem
            if len(st) < 2 or (p, st, suf) in seen:
                continue
            seen.add((p, st, suf))
            out.append((p, st, suf))
    return out
