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

from ..normalize import fold, normalize_text
from ..schema import Place
from .datafiles import data_rows
from .services import drop_inside, is_head, words_in_construct

__all__ = ["club_spans", "drop_named", "in_document_name"]

#: «و» after a name, maybe after a comma: the next name is joined to it
_JOINED = re.compile(r"\s*،?\s*و")


#: letters that spell the same name («أتلتيكو»، «اتلتيكو»): the classes ``fold`` merges
_VARIANTS = {c: "[اأإآ]" for c in "اأإآ"} | {c: "[هة]" for c in "هة"} | {c: "[يىئ]" for c in "يىئ"} | {
    c: "[وؤ]" for c in "وؤ"}


@lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, frozenset[str]], re.Pattern[str], frozenset[str]]:
    """The head words by kind, folded; one pattern for every club's name (each letter with
    its spelling variants, the first word with its proclitics); and their last words alone,
    normalised (a quick test that an article names no club)."""
    heads: dict[str, frozenset[str]] = {}
    clubs: list[str] = []
    last: set[str] = set()  # each club's last word, normalised, without a final ة/ه
    for kind, words in data_rows("named.tsv", 1):
        if kind == "club":
            spelt = ["".join(_VARIANTS.get(c, re.escape(c)) for c in w) for w in words.split()]
            clubs.append(r"\s+".join(spelt))
            last.add(normalize_text(words.split()[-1]).rstrip("ةه"))
        else:
            heads[kind] = frozenset(fold(w) for w in words.split())
    clubs.sort(key=len, reverse=True)
    return (heads, re.compile(r"(?<!\w)(?:وب|ول|وف|و|ف|ب|ل)?(?:" + "|".join(clubs) + r")(?!\w)"),
            frozenset(last))


def in_document_name(text: str, start: int, end: int, precision: str | None,
                     starts: frozenset[int] = frozenset()) -> bool:
    """Does the mention ``text[start:end]`` (of a place of ``precision``) follow the head of a
    conference's, treaty's, document's or cup's name in construct, one space between, and not
    go on with «و» + another place's mention (one of ``starts``)?"""
    words = words_in_construct(text, start)
    if not words:
        return False
    joined = _JOINED.match(text, end)
    if joined and joined.end() in starts:
        return False  # «اتفاق واشنطن وطهران»: the parties to it
    heads = _lists()[0]
    if is_head(words[-1], heads["document"]):
        return True
    return precision == "city" and is_head(words[-1], heads["declaration"])


def club_spans(text: str, normalized: str | None = None) -> list[tuple[int, int]]:
    """The spans of the foreign clubs' names of ``data/places/named.tsv`` in ``text`` (the
    first word may carry و/ب/ل/ف: «وباريس سان جيرمان»، «لباريس سان جرمان»); ``normalized``,
    the text's ``normalize_text`` when the caller has it."""
    _, clubs, last = _lists()
    norm = normalize_text(text) if normalized is None else normalized
    if not any(w in norm for w in last):
        return []
    return [m.span() for m in clubs.finditer(text)]


def drop_named(text: str, records: list[Place], positions: list[tuple[int, int, Place]],
               normalized: str | None = None) -> list[Place]:
    """The records less those named only inside a document's, conference's, cup's or foreign
    club's name; a record whose first mention is such a name moves to its next mention outside
    one."""
    clubs = club_spans(text, normalized)
    starts = frozenset(s for s, _, _ in positions) | frozenset(r.start for r in records)

    def inside(s: int, e: int, r: Place) -> bool:
        return in_document_name(text, s, e, r.precision, starts) or any(cs <= s and e <= ce for cs, ce in clubs)

    return drop_inside(text, records, positions, inside)
