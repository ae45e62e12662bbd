"""Things named after a place that are no place of the story (docs/annotation.md, places rule
6c): a conference, treaty, charter, document or cup named in construct after a place
(«مؤتمر الرياض»، «وثيقة قرطاج»، «اتفاقية باريس»، «كأس تونس»; «إعلان القاهرة»، «اتفاق مكة»،
«بيان جنيف» before a city only), and a foreign football club whose name holds a place
(«باريس سان جيرمان»، «ريال مدريد»، «بروسيا دورتموند»). Such a place's record goes, or moves to
the place's next mention outside such a name, as a police force's place does
(``services.drop_inside``). With ب or في («مؤتمر في جنيف») the place is where the thing was
held, left alone; a name joined by و to another («اتفاق واشنطن وطهران») names the parties.
Word lists: ``data/places/named.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..normalize import fold
from ..schema import Place
from .services import drop_inside

__all__ = ["club_spans", "drop_named", "in_document_name"]

#: proclitics the head may carry («بوثيقة قرطاج»، «لمؤتمر الرياض»)
_CLITICS = ("وب", "ول", "وف", "و", "ف", "ب", "ل")
_WORD = re.compile(r"\S+")
#: «و» after a name, maybe after a comma: the next name is joined to it
_JOINED = re.compile(r"\s*،?\s*و")
_PUNCT = "()[]«»\"'“”:،,.؛;!؟?-–ـ"


@lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, frozenset[str]], frozenset[tuple[str, ...]]]:
    text = resources.files("khabar").joinpath("data", "places", "named.tsv").read_text(encoding="utf-8")
    heads: dict[str, frozenset[str]] = {}
    clubs: set[tuple[str, ...]] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, words = line.split("\t", 1)
        if kind == "club":
            clubs.add(tuple(fold(w) for w in words.split()))
        else:
            heads[kind] = frozenset(fold(w) for w in words.split())
    return heads, frozenset(clubs)


def _head(word: str, heads: frozenset[str]) -> bool:
    w = fold(word)
    return w in heads or any(w.startswith(c) and w[len(c):] in heads for c in _CLITICS)


def in_document_name(text: str, start: int, end: int, precision: str | None,
                     starts: frozenset[int] = frozenset()) -> bool:
    """Does the mention ``text[start:end]`` (of a place of ``precision``) follow the head of a
    conference's, treaty's, document's or cup's name in construct, one space between, and not
    go on with «و» + another place's mention (one of ``starts``)?"""
    before = text[max(0, start - 40):start]
    if not before.endswith(" ") or before.rstrip() != before[:-1]:
        return False  # a clitic on the name («مؤتمر بجنيف»), a line break or two spaces
    words = before.split()
    if not words:
        return False
    joined = _JOINED.match(text, end)
    if joined and joined.end() in starts:
        return False  # «اتفاق واشنطن وطهران»: the parties to it
    heads, _ = _lists()
    if _head(words[-1], heads["document"]):
        return True
    return precision == "city" and _head(words[-1], heads["declaration"])


def club_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the foreign clubs' names of ``data/places/named.tsv`` in ``text`` (the
    first word may carry و/ب/ل/ف: «وباريس سان جيرمان»، «لباريس سان جرمان»)."""
    _, clubs = _lists()
    if not clubs:
        return []
    longest = max(len(c) for c in clubs)
    words = [(m.start() + len(g) - len(g.lstrip(_PUNCT)), m.end() - len(g) + len(g.rstrip(_PUNCT)), fold(g.strip(_PUNCT)))
             for m in _WORD.finditer(text) if (g := m.group()).strip(_PUNCT)]
    out = []
    for i in range(len(words)):
        first = words[i][2]
        firsts = [first] + [first[len(c):] for c in _CLITICS if first.startswith(c)]
        for k in range(longest, 1, -1):
            rest = tuple(w for _, _, w in words[i + 1:i + k])
            if len(rest) == k - 1 and any((f, *rest) in clubs for f in firsts):
                out.append((words[i][0], words[i + k - 1][1]))
                break
    return out


def drop_named(text: str, records: list[Place], positions: list[tuple[int, int, Place]]) -> list[Place]:
    """The records less those named only inside a document's, conference's, cup's or foreign
    club's name; a record whose first mention is such a name moves to its next mention outside
    one."""
    clubs = club_spans(text)
    starts = frozenset(s for s, _, _ in positions) | frozenset(r.start for r in records)

    def inside(s: int, e: int, r: Place) -> bool:
        return in_document_name(text, s, e, r.precision, starts) or any(cs <= s and e <= ce for cs, ce in clubs)

    return drop_inside(text, records, positions, inside)
