"""A police force named after the place it serves («شرطة منطقة جازان»، «الناطق الإعلامي بشرطة
منطقة مكة المكرمة»، «فرقة الشرطة العدلية سوسة»): the place written right after the force's
name, in construct, even an area with its cue, is part of that name (docs/annotation.md, places
rule 6c: «شرطة المنطقة الشرقية»), no mention of a place; written with ب or في («مركز الشرطة
بجربة») it is where the force sits (rule 6a), left alone. The name still tells the story's
region (it anchors and disambiguates the others, as before); only its record goes, or moves to
the place's next mention outside a police name. Word lists: ``data/places/services.tsv``.

A public service or a chamber of commerce named after its area («صحة الرياض»، «إدارة تعليم
جازان»، «جوازات جدة»، «غرفة أبها»; the ``service`` row) is read the same way (rule 6c).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..normalize import fold
from ..schema import Place
from .datafiles import data_rows

__all__ = ["drop_inside", "drop_police_names", "in_police_name", "is_head", "words_in_construct"]

#: proclitics the force's word may carry («وشرطة»، «بشرطة»، «لشرطة»)
_CLITICS = ("وب", "ول", "وف", "و", "ف", "ب", "ل")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return {kind: frozenset(fold(w) for w in words.split())
            for kind, words in data_rows("services.tsv", 1)}


def words_in_construct(text: str, start: int) -> list[str]:
    """The words before the mention at ``start`` when one space, and nothing else, stands
    between them and it (a name in construct); else none: a clitic on the name («بشرطة بجربة»،
    «مؤتمر بجنيف»), a line break or two spaces."""
    before = text[max(0, start - 40):start]
    if not before.endswith(" ") or before.rstrip() != before[:-1]:
        return []
    return before.split()


def is_head(word: str, heads: frozenset[str]) -> bool:
    """Is ``word``, folded, one of ``heads``, maybe with و/ف/ب/ل before it?"""
    w = fold(word)
    return w in heads or any(w.startswith(c) and w[len(c):] in heads for c in _CLITICS)


def in_police_name(text: str, start: int) -> bool:
    """Does the mention at ``start`` follow a police force's or a public service's word in
    construct («شرطة X»، «بشرطة X»، «الشرطة العدلية X»، «بصحة X»، «غرفة X»), nothing but a
    space between?"""
    words = words_in_construct(text, start)
    if not words:
        return False
    lists = _lists()
    if is_head(words[-1], lists["police"] | lists["service"]):
        return True
    return fold(words[-1]) in lists["unit"] and len(words) > 1 and fold(words[-2]) == fold("الشرطة")


def drop_inside(text: str, records: list[Place], positions: list[tuple[int, int, Place]],
                inside: Callable[[int, int, Place], bool]) -> list[Place]:
    """The records less those whose every mention lies inside a name (``inside(start, end,
    record)``); a record whose first mention does moves to its next mention outside one."""
    out = []
    for r in records:
        if not inside(r.start, r.end, r):
            out.append(r)
            continue
        later = sorted((s, e) for s, e, p in positions if p is r and s > r.start and not inside(s, e, r))
        if later:
            r.start, r.end = later[0]
            r.text = text[r.start:r.end]
            out.append(r)
    return out


def drop_police_names(text: str, records: list[Place], positions: list[tuple[int, int, Place]]) -> list[Place]:
    """The records less those named only inside a police force's name; a record whose first
    mention is such a name moves to its next mention outside one."""
    return drop_inside(text, records, positions, lambda s, e, r: in_police_name(text, s))
