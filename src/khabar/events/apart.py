"""When two events' places or dates keep them apart: the comparisons :mod:`khabar.events.retellings`
makes between a later mention and an occurrence told before (distances between place
records, a province and a place in it, dates a day apart, a month and a day in it)."""

from __future__ import annotations

import datetime as dt
import math

from ..schema import Event

__all__ = ["PlaceKey", "anchored", "dates_differ", "family_of", "km", "least_km", "next_day", "places_conflict",
           "wide", "with_provinces"]

# (name key, precision, country, lat, lon[, wide[, anchored[, province]]]): ``wide`` marks a
# directional region of a whole country («جنوب شرق تركيا»، «جنوب البلاد»), far larger than a
# province's countryside; ``anchored`` an unknown place put at the centre of the place it is told
# by a direction from («ولاية لوغار جنوب كابول»); ``province`` the article's province whose
# centre is nearest to the place (:func:`with_provinces`)
PlaceKey = tuple

# Two places farther apart than this are two occurrences (ACLED codes events to a location;
# the gold's place match allows 50 km).
_FAR_KM = 50.0
# A directional region of a whole country and a place in it may be this far apart (centres).
_REGION_KM = 350.0
# How far an unknown place may lie from the place that locates it (its coordinates' anchor).
_ANCHOR_KM = 75.0
# A province holds the places up to this far from its centre (Aden is 112 km from Dhale's).
_PROVINCE_KM = 150.0
# Two provinces of an article whose centres lie farther apart than this are not nested (a Saudi
# region and a governorate in it lie nearer: Jazan and al-Harth, 64 km): neighbours (events-7d).
_NEIGHBOUR_KM = 100.0


def family_of(e: Event) -> str:
    """The family an event is merged within: abduction, violence, protest, or its subtype."""
    if e.subtype == "abduction_forced_disappearance":
        return "abduction"
    if e.type in ("battles", "explosions_remote_violence", "violence_against_civilians"):
        return "violence"
    if e.type in ("protests", "riots"):
        return "protest"
    return e.subtype or e.type


def km(a: PlaceKey, b: PlaceKey) -> float | None:
    if a[3] is None or a[4] is None or b[3] is None or b[4] is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a[3], a[4], b[3], b[4]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def least_km(a: PlaceKey, b: PlaceKey) -> float | None:
    """The least distance two places may be apart: a place the gazetteer does not know stands at
    the place that locates it («ولاية لوغار جنوب كابول» at Kabul) and lies somewhere near that
    anchor, so it may be 75 km nearer than its coordinates say."""
    d = km(a, b)
    return None if d is None else max(0.0, d - _ANCHOR_KM) if anchored(a) or anchored(b) else d


def anchored(p: PlaceKey) -> bool:
    return len(p) > 6 and bool(p[6])


def wide(p: PlaceKey) -> bool:
    return len(p) > 5 and bool(p[5])


def places_conflict(a: PlaceKey | None, b: PlaceKey | None) -> bool:
    """Two places conflict when they are in different countries, or are different places of
    the same level (two cities), or below country level more than 50 km apart («ريف حمص»
    and «الزبداني»); «جسر لندن» and «بورو ماركت», or a province and a district in it, may
    be one occurrence."""
    if a is None or b is None or a[0] == b[0]:
        return False
    if a[2] and b[2] and a[2] != b[2]:
        return True
    if a[1] != "country" and b[1] != "country":
        d = km(a, b)
        if d is not None and a[2] == b[2] and ("admin" in (a[1], b[1]) or "region" in (a[1], b[1])) \
                and a[1] != b[1] and d <= (_REGION_KM if wide(a) or wide(b) else _PROVINCE_KM) \
                and not _in_neighbour(a, b):
            # a province and a place in it («بمنطقة جازان», «بمحافظة الحرث»): its centre is far;
            # a directional region («جنوب شرق تركيا») is larger still (Midyat is 165 km from its centre)
            return False
        if d is not None:
            # a province and a district of one name level may be one occurrence («ولاية
            # قندوز»، «مقاطعة خان آباد», 25 km): the distance decides when it is known
            return (least_km(a, b) or 0.0) > _FAR_KM
    # two cities, two provinces; two sites («جسر لندن», «بورو ماركت») may be one occurrence
    return a[1] in ("city", "admin", "country") and a[1] == b[1]


def with_provinces(places: dict[str, PlaceKey]) -> dict[str, PlaceKey]:
    """Each place key with the article's province (a place record of precision ``admin``, with
    coordinates) whose centre is nearest to it, in its country, as its eighth field: a Yemeni
    roundup goes governorate by governorate, and the governorate a place lies in is the one
    named nearest to it («وفي جبهة محافظة مأرب ...» ... «في منطقة خارف» of «محافظة عمران»)."""
    provinces = [k for k in places.values() if k[1] == "admin" and k[3] is not None and k[4] is not None]
    out = {}
    for pid, k in places.items():
        near = [(km(q, k) or 0.0, q[:5]) for q in provinces if q[2] == k[2] and k[1] != "admin" and k[3] is not None]
        base = tuple(k) + (False,) * (7 - len(k))
        out[pid] = base[:7] + (min(near)[1] if near else None,)
    return out


def _in_neighbour(a: PlaceKey, b: PlaceKey) -> bool:
    """Is the place of the pair nearer to another province of the article, a neighbour of the
    province of the pair (centres more than 100 km apart), than to it? «محافظة مأرب» and
    «منطقة خارف» (146 km), «محافظة حجة» and «الحديدة» (132 km), «محافظة أبين» and «شمال عدن»
    (120 km): the article names «محافظة عمران»، «محافظة الحديدة»، «محافظة لحج» too, each nearer.
    A governorate and a place in it stay one place («بمحافظة الحرث» and a village of it)."""
    p, x = (a, b) if a[1] == "admin" else (b, a)
    if p[1] != "admin" or len(x) < 8 or x[7] is None:
        return False
    q = x[7]
    if q[0] == p[0]:
        return False
    pq = km(p, q)
    return pq is not None and pq > _NEIGHBOUR_KM


def next_day(a: str, b: str) -> bool:
    """Two day dates at most one day apart: a reference back may give the night before
    («قتل 21 شخصا ... اليوم»، «الهجوم الذي وقع مساء السبت»)."""
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    except ValueError:
        return False


def dates_differ(va: str | None, vb: str | None) -> bool:
    """Two date values that name different times: not a month and a day in it («في يوليو»,
    «في 20 يوليو»), nor a year and a day in it."""
    if not va or not vb or va == vb:
        return False
    return not (va.startswith(vb) or vb.startswith(va))
