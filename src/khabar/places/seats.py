"""Places the index does not know, anchored on a large area, go to the area's seat town.

An area with a name of its own («أبين»، «عسير»، «المنطقة الشرقية»، «الأنبار») is put at its
centre (docs/annotation.md, "Places", rule 2), and the places the index lacks are put at the
place that locates them (``near``, ``anchors._contained``): «وادي دوفس» and «مثلث العلم»
beside «محافظة أبين» landed at Abyan's centre, in the mountains 77 km from Zinjibar, near the
coast where the fronts of 2015 lay; «وادي عتود بمركز مربه بتهامة عسير» at Asir's centre,
138 km from the wadi. People, and with them the villages, wadis, junctions and fronts that
news names, cluster around an area's seat, so an unknown place anchored on such an area is
put at its seat (``data/places/seats.tsv``). The area's own record stays at its centre.

On the pooled development parts A–M (session 5) this moved 5 unknown places: 4 came within
50 km of the annotated point (parts C, L, M), 1 left it (a village of northern Abyan).
"""

from __future__ import annotations

from functools import lru_cache

from ..schema import Place
from .datafiles import data_rows

__all__ = ["at_seats", "seats"]


@lru_cache(maxsize=1)
def seats() -> dict[tuple[str, str], tuple[float, float]]:
    """``(area name_en, country) -> (lat, lon)`` of its seat town (``data/places/seats.tsv``)."""
    return {(area, country): (float(lat), float(lon))
            for area, country, _seat, lat, lon in data_rows("seats.tsv")}


def at_seats(records: list[Place]) -> None:
    """Move, in place, each record of a place the index does not know (no English name) that
    stands at the point of an area of ``seats()`` named in the article to that area's seat."""
    table = seats()
    centres: dict[tuple[float | None, float | None, str | None], tuple[float, float]] = {
        (r.lat, r.lon, r.country): table[(r.name_en, r.country)] for r in records
        if r.precision == "admin" and r.name_en and r.country and (r.name_en, r.country) in table}
    if not centres:
        return
    for r in records:
        seat = centres.get((r.lat, r.lon, r.country)) if r.name_en is None else None
        if seat is not None:
            r.lat, r.lon = seat
