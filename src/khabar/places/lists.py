"""Lists of places joined by «و»: one walker for every list the places step reads.

Arabic news names places in lists: «محافظات حماه وحلب وحمص»، «مناطق عسير و الباحة و نجران»،
«قرى سيعة، وذي مهنة، ومحزف»، «منطقة طياب والجماجم والسوداء». An item after the first is
joined by و written on the word («وحلب») or apart («و الباحة»), with a comma before it
or not («سيعة، وذي مهنة»). ``previous_end`` looks back from an item to where the item
before it must end; ``next_item`` looks forward from the end of one item to the next.
Both stay within one sentence.

Used by ``khabar.places`` (a plural cue shared by its list), ``regions`` (a list of Saudi
regions) and ``listed`` (the names of a list that the index lacks).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..normalize import fold
from ..segment import Token
from .lexicon import fold_all

__all__ = ["AND", "COMMAS", "LIST_CUES", "next_item", "previous_end"]

AND = fold("و")
#: «مناطق عسير ، والباحة»: a comma may stand before the و of the next name
COMMAS = frozenset("،,")
#: Plural and dual cues whose name is the first of a list, each name of the list a place of
#: that kind («محافظات حماه وحلب»، «بلدات صدد وفيروزة»، «جبال الطوي وهرمز والحمة»، «مدينتا
#: قدسيا والهامة»; nominative duals in -ا, genitive in -ي). SaudiNewsNet and ANT usage.
LIST_CUES = fold_all(
    "محافظات مديريات بلدات قرى مدن محافظتي مدينتي بلدتي قريتي مدينتا بلدتا قريتا محافظتا "
    "مناطق منطقتي منطقتا جبال أحياء حارتي"
)


def previous_end(toks: Sequence[Token], folded: Sequence[str], first: int, nstart: int) -> int | None:
    """The token index where the list item before the one starting at token ``first``
    (normalised offset ``nstart``) must end, when that item is joined by «و»; else None."""
    if nstart != toks[first].nstart and folded[first].startswith(AND):
        k = first  # «وحلب»: و written on the name
    elif first > 0 and folded[first - 1] == AND and toks[first - 1].sent == toks[first].sent:
        k = first - 1  # «و الباحة»: و written apart
    else:
        return None
    if k > 0 and folded[k - 1] in COMMAS and toks[k - 1].sent == toks[first].sent:
        k -= 1
    return k


def next_item(toks: Sequence[Token], folded: Sequence[str], end: int) -> tuple[int, int] | None:
    """``(token, proclitic length)`` of the next list item after an item ending at token
    ``end`` (exclusive): «، وذي مهنة» -> the token «وذي» and 1 (the و). None at the end of a
    list or sentence."""
    if end <= 0 or end >= len(folded):
        return None
    sent = toks[end - 1].sent
    k = end
    if folded[k] in COMMAS:
        k += 1
    if k >= len(folded) or toks[k].sent != sent:
        return None
    if folded[k] == AND:
        return (k + 1, 0) if k + 1 < len(folded) and toks[k + 1].sent == sent else None
    if folded[k].startswith(AND) and len(folded[k]) > 2 and toks[k].is_arabic:
        return k, 1
    return None
