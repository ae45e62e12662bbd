"""Speakers: the subject noun phrase of a cue, and its link to the entity layer.

1. :func:`parse_np` reads a noun phrase forward from a token, stopping at complementisers,
   prepositions that open an adjunct («في بيان»، «خلال»), punctuation, a long quotation or
   another cue (heuristic: Arabic news puts the subject right after the reporting verb).
2. :class:`Linker` links a speaker span to ``doc.entities``: an entity mention inside the
   phrase (a person first, then an organisation; a place only when the phrase starts with
   it: «أعلنت روسيا» but not «مسؤول عراقي»); else a described subject («الصحيفة»،
   «الوزير»، «المتحدث باسم الخارجية») resolved to the entity named earlier.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..document import Doc
from ..segment import Token
from .lexicon import Lexicon
from .quotes import Quotes
from .words import (
    CLAUSE_PUNCT,
    COMPLEMENTISERS,
    MEDIA_HEADS,
    NP_STOPPERS,
    OPEN_QUOTES,
    SENTENCE_PUNCT,
)

__all__ = ["Linker", "parse_np", "stem"]

#: Longest subject phrase kept (tokens); longer ones are cut (heuristic).
MAX_NP = 14

# Heads a quoted name of several words may follow inside a speaker phrase.
_NAMED_HEADS = MEDIA_HEADS | frozenset({"مراسل", "مراسلة", "حركة", "تنظيم", "جبهة", "حزب", "جماعة", "منظمة", "جمعية", "شركة"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هؤلاء"})
# ب-words that belong inside a name phrase: «المتحدث باسم الجيش»، «خالد بن عبدالعزيز».
_B_INSIDE = frozenset({"باسم", "بن", "بنت", "ابن"})


def stem(word: str) -> str:
    """The word without و/ف and the article (وللصحيفة → صحيفة); for matching heads."""
    w = word
    # و/ف only before the article: «وزير» keeps its و, «والوزير» loses it
    rest = w[1:]
    if len(w) > 3 and w[0] in "وف" and (
            rest.startswith(("ال", "لل")) or (rest.startswith(("بال", "كال")) and len(rest) >= 6)):
        w = w[1:]
    for pre in ("بال", "لل", "كال", "ال"):
        if w.startswith(pre) and len(w) - len(pre) >= 2:
            return w[len(pre):]
    return w


def is_media_recipient(
    tokens: list[Token], j: int, end: int, quotes: Quotes, credits: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """``(first, last)`` tokens of a medium the statement was made to, when token ``j``
    opens one: «لـ"الوطن"», «لـ«عكاظ»», «لـ(عكاظ)», «لصحيفة الوطن», «لوكالة رويترز»،
    «لرويترز» (an agency of ``credits``)."""
    w = tokens[j].norm
    if len(w) > 3 and w[0] == "ل" and w[1:] in credits:
        return j, j
    if w == "ل" and j + 1 < end:
        nxt = tokens[j + 1].norm
        if nxt == "(":
            for k in range(j + 2, min(end, j + 6)):
                if tokens[k].norm == ")":
                    return (j + 2, k - 1) if k > j + 2 else None
            return None
        if nxt in OPEN_QUOTES and (j + 1) in quotes.close and 0 < quotes.words(j + 1) <= 5:
            # «لـ"الوطن"»، «لـ "الجوهرة اف أم"»: a quoted name of a few words
            return j + 2, quotes.close[j + 1] - 1
        if stem(nxt) in MEDIA_HEADS:
            last = _np_end(tokens, j + 1, end, quotes)
            return j + 1, last
        return None
    if len(w) > 3 and w[0] == "ل" and w[1:] in MEDIA_HEADS:
        return j, _np_end(tokens, j, end, quotes)
    return None


def _np_end(tokens: list[Token], j: int, end: int, quotes: Quotes) -> int:
    """Last token of a short name phrase from ``j`` (a head and up to 3 words or a quoted
    name)."""
    last = j
    k = j + 1
    while k < end and k <= j + 4:
        w = tokens[k].norm
        if w in OPEN_QUOTES and k in quotes.close and quotes.close[k] - k <= 5:
            last = quotes.close[k]  # «لراديو "إس إف آر"»: a quoted name of a few words
            break
        if w in NP_STOPPERS or w in COMPLEMENTISERS or w in CLAUSE_PUNCT or w in SENTENCE_PUNCT or not tokens[k].norm[0].isalpha():
            break
        last = k
        k += 1
    return last


def parse_np(
    tokens: list[Token], j: int, end: int, lex: Lexicon, quotes: Quotes, stop_b: bool = False
) -> tuple[int, int] | None:
    """``(first, last)`` token indexes of the noun phrase starting at ``j`` (see module
    docstring), or None when ``j`` cannot start one. ``stop_b``: a word with ب ends it
    (the cue's content opens with ب: «طالب الوزير بالإفراج»)."""
    k = j
    last = -1
    while k < end and k - j < MAX_NP:
        t = tokens[k]
        w = t.norm
        if w in OPEN_QUOTES:
            c = quotes.close.get(k)
            if c is None or (quotes.is_speech(k) and not (
                    last >= 0 and stem(tokens[last].norm) in _NAMED_HEADS and quotes.words(k) <= 5)):
                break  # speech, unless a short name after its head: «مراسل "الجوهرة أف أم"»
            last = k = c  # a quoted name: «وكالة "سانا"»
            k += 1
            continue
        if w in COMPLEMENTISERS or w in NP_STOPPERS:
            break
        if w == "." and last == k - 1 and len(tokens[k - 1].norm) == 1 and tokens[k - 1].is_arabic:
            k += 1  # «د.العاصمي»: an abbreviated title
            continue
        if w in CLAUSE_PUNCT or w in SENTENCE_PUNCT or w == ":" or w == "(" or w == "-":
            break
        if last >= 0 and w in _DEMONSTRATIVES:
            break
        if not (t.is_arabic or t.norm[0].isalpha()):
            break
        if w == "ل" or (last >= 0 and is_media_recipient(tokens, k, end, quotes, lex.credits)):
            break
        if last >= 0 and w.startswith("ب") and w not in _B_INSIDE and not w.startswith("بن") and (
                stop_b or w.startswith("بال")):
            break  # «الرئيس ... الحكومةَ بالاستمرار»: a ب with the article opens an adjunct
        hit = lex.lookup(w)
        if hit is not None and (hit[0].pos == "verb" or (last >= 0 and hit[0].pos in ("masdar", "participle"))):
            break
        if w in lex.preps or (len(w) > 3 and w[0] in "وف" and w[1:] in lex.preps):
            break
        last = k
        k += 1
    if last < 0:
        return None
    return j, last


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: str
    type: str
    subtype: str | None


_TYPE_RANK = {"PER": 0, "ORG": 1, "MISC": 3, "LOC": 2}


class Linker:
    """Entity links for speaker spans, from ``doc.entities`` and their mentions."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        seen: set[tuple[int, int]] = set()
        ms: list[_Mention] = []
        for e in doc.entities:
            for sp in [e, *e.mentions]:
                key = (sp.start, sp.end)
                if key in seen:
                    continue
                seen.add(key)
                ms.append(_Mention(sp.start, sp.end, e.id, e.type, e.subtype))
        ms.sort(key=lambda m: m.start)
        self.mentions = ms
        self.starts = [m.start for m in ms]

    def inside(self, start: int, end: int) -> list[_Mention]:
        """Mentions overlapping ``[start, end)``."""
        i = bisect_left(self.starts, start)
        # a mention starting a little before the span may still overlap it
        while i > 0 and self.mentions[i - 1].end > start:
            i -= 1
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end > start:
                out.append(m)
            i += 1
        return out

    def link(self, start: int, end: int, head: str, tokens: list[Token], first_tok: int) -> str | None:
        """Entity id of the speaker phrase ``[start, end)`` whose first word's stem is
        ``head`` (see module docstring), or None."""
        cands = [
            m for m in self.inside(start, end)
            if m.type in ("PER", "ORG") or (m.type == "LOC" and m.start <= start + 1)
        ]
        if cands:
            person_role = self.lex.anaphors.get(head, ("", False))[1]
            cands.sort(key=lambda m: (_TYPE_RANK.get(m.type, 9), m.start))
            best = cands[0]
            if person_role and best.type != "PER":
                # «المتحدث باسم الخارجية»: the person the article named in that role
                person = self._earlier_person(self._words(start, end, tokens), start, tokens)
                if person is not None:
                    return person
            return best.entity
        if head in self.lex.anaphors:
            return self._described(head, self._words(start, end, tokens), start, tokens)
        return None

    @staticmethod
    def _words(start: int, end: int, tokens: list[Token]) -> list[str]:
        """Stems of the words of ``[start, end)``."""
        k = _token_at(tokens, start)
        out = []
        while k < len(tokens) and tokens[k].start < end:
            if tokens[k].is_arabic:
                out.append(stem(tokens[k].norm))
            k += 1
        return out

    def _stem_before(self, pos: int, tokens: list[Token], window: int) -> list[str]:
        """Stems of the ``window`` tokens before original offset ``pos``."""
        k = _token_at(tokens, pos)
        return [stem(tokens[x].norm) for x in range(max(0, k - window), k)]

    def _earlier_person(self, words: list[str], before: int, tokens: list[Token]) -> str | None:
        """The person named earlier right after the same description: «المتحدث باسم
        الخارجية» → «المتحدث باسم الخارجية مارك تونر» (every word of a short description
        found in the 8 words before the name; heuristic)."""
        if not words or len(words) > 4:
            return None
        for m in reversed(self.mentions[: bisect_left(self.starts, before)]):
            if m.type == "PER":
                ctx = set(self._stem_before(m.start, tokens, 8))
                if all(w in ctx for w in words):
                    return m.entity
        return None

    def _described(self, head: str, words: list[str], before: int, tokens: list[Token]) -> str | None:
        """«الصحيفة» → the entity written right after «صحيفة» earlier, or the nearest
        earlier entity of the expected kind (heuristic: the last one named)."""
        etype, person = self.lex.anaphors[head]
        if person:
            return self._earlier_person(words, before, tokens)
        earlier = self.mentions[: bisect_left(self.starts, before)]
        for m in reversed(earlier):
            if m.type != etype:
                continue
            k = _token_at(tokens, m.start)
            if stem(tokens[k].norm) == head or head in self._stem_before(m.start, tokens, 2 if not person else 6):
                return m.entity
        if not person and head in MEDIA_HEADS:
            for m in reversed(earlier):
                if m.type == "ORG" and m.subtype == "media":
                    return m.entity
        return None


def _token_at(tokens: list[Token], pos: int) -> int:
    """Index of the token starting at or after original offset ``pos``."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(tokens) - 1)
