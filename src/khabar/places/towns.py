"""The town named as a town beside the area named after it (rule 3 of docs/annotation.md;
helper places-17a, session 17).

Rule 3 makes «محافظة لحج» and «مدينة لحج» two records: the area, and its seat town named as
a town. ``records.area_idents`` keeps them apart when they resolve to two places of the index
(«محافظة الضالع» the governorate row, «مدينة الضالع» the town row), but a town cue before a
name whose best place is the area's own row («مدينة لحج»: the hand row of Lahij governorate
outranks GeoNames' town of Laḩij) gave one record, and the town was lost.
:func:`town_picks` gives such a town its town row.
"""

from __future__ import annotations

from .index import PlaceEntry, distance_km
from .mentions import Match
from .phrases import Direction
from .records import AREA_TOWN_KM, area_kinds

__all__ = ["town_picks"]

#: the rows a town named as a town may take
_TOWN_ROWS = ("city", "village")


def town_picks(chosen: list[Match], picks: list[PlaceEntry],
               directions: list[tuple[Direction | None, int, int]]) -> None:
    """In place: a name after a town cue («مدينة لحج») whose pick is the very admin row that
    an area named with its cue in the same article («محافظة لحج») picked takes instead the
    largest town row among its candidates, of the area's country and within
    ``AREA_TOWN_KM`` of it; with no such row the pick stays."""
    kinds = area_kinds(chosen, picks, directions)
    area_pids = {picks[i].pid for i, (_, k) in kinds.items() if k == "area"}
    for i, (_, k) in kinds.items():
        p = picks[i]
        if k != "town" or p.precision != "admin" or p.pid not in area_pids:
            continue
        towns = [c for c in chosen[i].candidates if c.precision in _TOWN_ROWS and c.country == p.country
                 and distance_km(c.lat, c.lon, p.lat, p.lon) <= AREA_TOWN_KM]
        if towns:
            picks[i] = max(towns, key=lambda c: (c.population, c.pid))

