"""A town said to lie in a province or region (stage 4d of :mod:`khabar.places`, read by
``anchors._contained``; helper places-12c, session 12).

«ميامي بولاية فلوريدا»، «بنغازي في شرق ليبيا»، «الزلفي بمنطقة الرياض»: ``_contained`` holds a place
within ``anchors.CONTAINED_KM`` (150 km) of the place it is said to lie in, and with no
namesake that near made it an unknown local place at the container's point. A province or
region has no radius (a US state, a Saudi region, «جنوب مصر» reach far past 150 km), so a
town of the index in that area's country is kept instead, up to ``AREA_KM`` from its point.
"""

from __future__ import annotations

from .index import PlaceEntry, distance_km
from .mentions import Match

__all__ = ["AREA_KM", "town_of_area"]

#: How far a town of the area's country may lie from the point of the province or region it is
#: said to lie in («ميامي بولاية فلوريدا»: 383 km from Florida's centre; «المنيا في جنوب مصر»:
#: 317 km; «الخفجي بالمنطقة الشرقية»: 629 km). On
#: 2,400 unlabelled articles the right towns lay 158 to 629 km from the area's point, the one
#: wrong (a namesake: the Qassim «تنومة» for Asir's) 887 km (docs/places.md, "Session 12: a
#: region's centre taken by its towns (places-12c)").
AREA_KM = 700.0


def town_of_area(m: Match, p: PlaceEntry, q: PlaceEntry) -> PlaceEntry | None:
    """«ميامي بولاية فلوريدا»، «بنغازي في شرق ليبيا»، «باسادينا بكاليفورنيا»: a place said to lie
    in a province or region ``q`` (an area with no radius) farther than ``anchors.CONTAINED_KM``
    from its centre is still the town of that name in the area's country, within ``AREA_KM`` of it
    (the pick when it is one, else the biggest: Pasadena, California, not Texas), rather than
    the area's centre (stage 4d); None when the name has no such town. The pick is kept as
    well when it is a governorate of the area's country within ``AREA_KM``: the area has no
    radius for it either («محافظة السليمانية في شمال العراق», 163 km from northern Iraq's
    point; places-19a). Not a village: a hamlet's namesakes are many («مدينة السلمة بريف
    محافظة حماة» would be As Salmah, 295 km east of the Hama countryside)."""
    if q.precision not in ("admin", "region"):
        return None
    if p.country == q.country and p.precision == "admin" \
            and distance_km(p.lat, p.lon, q.lat, q.lon) <= AREA_KM:
        return p
    towns = [c for c in m.candidates if c.country == q.country and c.precision == "city"
             and distance_km(c.lat, c.lon, q.lat, q.lon) <= AREA_KM]
    if not towns:
        return None
    return p if p in towns else max(towns, key=lambda c: c.population)
