"""List mates (stage 4b): a list names places of one kind in one country.

«في مناطق كريتر، ودار سعد، والتواهي، وخور مكسر، والمعلا، والمنصورة، والبريقة» lists the
districts of Aden: its «المنصورة» is Aden's Al Mansura, not Mansoura in Egypt, although
the article names Cairo (where the agency sits) and the Egyptian city is far bigger. The
scores of ``resolve`` weigh a country the article names and a city's size; they cannot see
that a name stands among places of one country. Here, when every list neighbour of a name
(the place named right before it, or right after it, joined by «و»/«،»: ``lists``) lies in
one country and the name's pick does not, the name's namesake in that country replaces it
(the biggest within ``CONTAINED_KM`` of a neighbour, else the nearest), at every mention of
the name read as the old pick. A capital or a city of a million (``LIST_CITY``) is never
moved, nor is a name listed beside a capital («دور القاهرة والرياض»: a list of capitals
names countries). ``foreign.list_stranger`` reads the item with no namesake there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .anchors import CONTAINED_KM
from .index import PlaceEntry, distance_km
from .lists import next_item, previous_end
from .mentions import Match
from .phrases import Direction

__all__ = ["LIST_CITY", "Ends", "list_namesakes", "list_neighbours", "match_ends"]

#: a list item this big (or a capital) is named for itself even among local places («الرياض
#: وجدة والقاهرة»); Mansoura (Egypt) has 420,000 people, Nador 160,000
LIST_CITY = 1_000_000


#: The chosen names by their end token and by their first token, in text order.
Ends = tuple[dict[int, list[Match]], dict[int, list[Match]]]


def match_ends(chosen: Sequence[Match]) -> Ends:
    """``chosen`` by end token and by first token, built once for :func:`list_neighbours`."""
    ends: dict[int, list[Match]] = {}
    begins: dict[int, list[Match]] = {}
    for x in chosen:
        ends.setdefault(x.tok_end, []).append(x)
        begins.setdefault(x.tok_start, []).append(x)
    return ends, begins


def _last_other(found: list[Match] | None, m: Match) -> Match | None:
    return next((x for x in reversed(found or ()) if x is not m), None)


def list_neighbours(m: Match, chosen: Sequence[Match], toks: Sequence[Any],
                    folded: Sequence[str], at: Ends | None = None) -> list[Match]:
    """The places named right before and right after ``m`` in its list («و»، «،»); ``at``:
    ``match_ends(chosen)``, passed by a caller asking for every name's neighbours (built for
    each name, the maps made a list of 2,000 names quadratic: qa-16a)."""
    ends, begins = at or match_ends(chosen)
    out = []
    j = previous_end(toks, folded, m.tok_start, m.nstart)
    if j is not None and (x := _last_other(ends.get(j), m)) is not None:
        out.append(x)
    item = next_item(toks, folded, m.tok_end)
    if item is not None and (x := _last_other(begins.get(item[0]), m)) is not None:
        out.append(x)
    return out


def _big(p: PlaceEntry) -> bool:
    return p.source.endswith("+capital") or p.population >= LIST_CITY


def list_namesakes(chosen: Sequence[Match], picks: list[PlaceEntry], toks: Sequence[Any],
                   folded: Sequence[str], directions: Sequence[tuple[Direction | None, int, int]]) -> None:
    """Move a list item to its namesake in the country of its list neighbours (module
    docstring); ``picks`` is changed in place."""
    index = {id(x): n for n, x in enumerate(chosen)}
    at = match_ends(chosen)
    for k, m in enumerate(chosen):
        p = picks[k]
        # «دور القاهرة والرياض»: capitals and cities of a million are named for themselves,
        # and a list of capitals is a list of countries
        if directions[k][0] is not None or p.precision in ("country", "region") or _big(p):
            continue
        mates = [picks[n] for n in (index[id(x)] for x in list_neighbours(m, chosen, toks, folded, at))
                 if directions[n][0] is None and picks[n].precision not in ("country", "region")]
        if any(q.source.endswith("+capital") for q in mates):
            continue
        countries = {q.country for q in mates}
        if len(countries) != 1 or p.country in countries or None in countries:
            continue
        home = [c for c in m.candidates if c.country in countries]
        if not home:
            continue
        near = [c for c in home if any(
            distance_km(c.lat, c.lon, q.lat, q.lon) <= CONTAINED_KM for q in mates)]
        # the biggest namesake near the list, else the nearest one of its country
        new = max(near, key=lambda c: c.population) if near else min(home, key=lambda c: min(
            distance_km(c.lat, c.lon, q.lat, q.lon) for q in mates))
        # the same name elsewhere in the article, read the same way, is the same place
        # («... والمنصورة، والبريقة ... باستثناء واحدة، وهي المنصورة»)
        for j, x in enumerate(chosen):
            if j == k or (x.key == m.key and picks[j].pid == p.pid and directions[j][0] is None):
                picks[j] = new
