"""Saudi regions named in lists: «مناطق الرياض وعسير والحدود الشمالية».

A region written with its cue («منطقة نجران»، «إمارة منطقة الباحة») is a name of the index
itself (hand rows of ``data/places/regions.tsv``, at the region's centre as
docs/annotation.md asks). A plural cue covers a whole list, «مناطق عسير و الباحة و جازان و
نجران»: each name of the list that has a «منطقة X» row is that region, not the town X
(Najran's region centre is 340 km from the town).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..normalize import fold
from ..segment import Token
from .index import Gazetteer
from .lists import previous_end
from .mentions import Match

__all__ = ["region_lists"]

#: the plural and dual cues of a list of regions (SaudiNewsNet usage: «على مناطق تبوك
#: والجوف»، «منطقتي مكة المكرمة والمدينة المنورة»)
_REGIONS = frozenset({fold("مناطق"), fold("منطقتي")})
#: the singular, as the index spells a region's own row («منطقة نجران»)
_REGION = fold("منطقة")
#: «مناطق( تبوك»: an opening bracket or quotation mark between cue and list
_OPENERS = frozenset("(«\"“")


def region_lists(matches: Sequence[Match], toks: Sequence[Token], folded: Sequence[str],
                 gaz: Gazetteer) -> None:
    """Give each name of a «مناطق X وY» list its region's candidates, in place."""
    by_end = {m.tok_end: m for m in matches}
    in_list: set[int] = set()  # ids of the matches that belong to a list of regions
    for m in sorted(matches, key=lambda x: x.tok_start):
        j = m.tok_start - 1
        while j >= 0 and folded[j] in _OPENERS:
            j -= 1
        joined = False
        if j >= 0 and toks[j].sent == toks[m.tok_start].sent:
            if folded[j] in _REGIONS:
                joined = True
            else:
                # «وعسير»، «، والباحة»، «و الباحة»: the next name of a list already started
                k = previous_end(toks, folded, m.tok_start, m.nstart)
                prev = by_end.get(k) if k is not None else None
                joined = prev is not None and id(prev) in in_list
        # admin rows only: the Saudi regions («منطقة الساحل» is the Sahel, «منطقة الضباب» a
        # village of Taiz: a list after «مناطق» does not make «الساحل» the Sahel)
        rows = [c for c in gaz.get(_REGION + " " + m.key) if c.source == "hand" and c.precision == "admin"]
        # «في عسير والباحة وجازان ونجران»: a name that is only a region's («عسير»،
        # «القصيم»، «الحدود الشمالية») starts a list of regions too
        # (its own candidates stay: «الجوف» is also Yemen's governorate)
        if not joined and rows and {c.pid for c in rows} <= {c.pid for c in m.candidates}:
            in_list.add(id(m))
            continue
        if not joined:
            continue
        if rows:
            m.candidates = rows
            m.cue = _REGION
        in_list.add(id(m))
