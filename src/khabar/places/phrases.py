"""Directional phrases: «شمال سوريا»، «جنوب دمشق»، «ريف حلب الشمالي»، «شمال غربي البلاد».

The hand table (``regions.tsv``) names the common ones outright («شرق سوريا» is a region
there, matched like any name). Others are built here from an anchor place and compass words
around it, and placed by moving from the anchor toward that direction:

1. a country anchor: the centre of the named region where ``country_directions.tsv`` has
   one (a map reading: «شمال شرق نيجيريا» is the North East zone, «وسط البلاد» of Mali the
   Mopti region); else the median point of the third of its towns farthest that way (built
   into the index: «شمال ليبيا» is its northern towns, the coast); for a country with too
   few towns, from the middle of its box toward the edge, 60% of the way
   (``COUNTRY_SHIFT``);
2. a governorate (admin) anchor: ``ADMIN_KM`` from its centre;
3. a city or village: ``CITY_KM`` («شرق حلب»), or ``RURAL_KM`` for «ريف حلب الشمالي»;
   plain «ريف X» is the anchor's own point (the countryside all around it).

Every result has precision ``region``: the offsets are rough by design (a region around
the anchor), but they keep «شرق سوريا» in eastern Syria instead of at its capital.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .datafiles import data_rows
from .index import PlaceEntry
from .lexicon import DIRECTIONS, RURAL

__all__ = ["ARABIC_DIRECTION", "Direction", "compass_name", "elided_directions", "offset", "read_direction"]

#: English direction label -> the Arabic words of the hand table's region names
#: («شمال غرب سوريا»), to prefer a hand-made region over a computed offset.
ARABIC_DIRECTION = {
    "north": "شمال", "south": "جنوب", "east": "شرق", "west": "غرب", "centre": "وسط",
    "north-east": "شمال شرق", "north-west": "شمال غرب",
    "south-east": "جنوب شرق", "south-west": "جنوب غرب",
}

COUNTRY_SHIFT = 0.6
ADMIN_KM = 40.0
CITY_KM = 15.0
RURAL_KM = 30.0
_KM_PER_DEG = 111.2
#: Read ``country_directions.tsv`` (a switch for ``scripts/places_switch_diff.py``)
COUNTRY_POINTS = True


@dataclass(frozen=True, slots=True)
class Direction:
    """Compass words around an anchor: ``vector`` = (north, east), ``rural`` for «ريف»."""

    vector: tuple[float, float]
    rural: bool
    words: str  # for name_en: "north", "north-east", "" (plain countryside)


def _word(word: str) -> tuple[float, float] | None:
    """A compass noun before an anchor, with a conjunction or preposition in front («وشمال»،
    «بشرق»); adjectives with the article («الشرقية») only follow a name."""
    if word.startswith("ال"):
        return None
    if word in DIRECTIONS:
        return DIRECTIONS[word]
    if len(word) > 3 and word[0] in "وفبل" and word[1:] in DIRECTIONS:
        return DIRECTIONS[word[1:]]
    return None


def read_direction(before: list[str], after: list[str]) -> tuple[Direction | None, int, int]:
    """Compass words just before an anchor («شمال شرق X»، «ريف X») and adjectives just after
    it («ريف X الشمالي الشرقي»). ``before``/``after`` are folded words, nearest first.
    Returns the direction (or None) and how many words it took on each side."""
    vec = [0.0, 0.0]
    nb = 0
    rural = False
    found = False
    for w in before[:2]:
        v = _word(w)
        if v is None:
            break
        vec[0] += v[0]
        vec[1] += v[1]
        nb += 1
        found = True
        if w.startswith("و") and w not in DIRECTIONS:
            break  # «شرق ووسط المملكة»: «ووسط» starts its own phrase (the centre)
    if nb == 0 and before:
        w = before[0]
        bare = w[1:] if len(w) > 3 and w[0] in "وفبل" and w[1:] in RURAL else w
        if bare in RURAL:
            rural, nb, found = True, 1, True
    na = 0
    if rural:  # «ريف حلب الشمالي الشرقي»
        for w in after[:2]:
            if w in DIRECTIONS and w.startswith("ال"):
                v = DIRECTIONS[w]
                vec[0] += v[0]
                vec[1] += v[1]
                na += 1
            else:
                break
    if not found:
        return None, 0, 0
    norm = math.hypot(*vec)
    unit = (vec[0] / norm, vec[1] / norm) if norm else (0.0, 0.0)
    return Direction(unit, rural, "" if rural and not norm else compass_name(unit)), nb, na


def elided_directions(folded: list[str], first: int, sent: list[int]) -> list[tuple[int, int, Direction]]:
    """«جنوب غرب وغرب المملكة»، «شمال شرق وشرق ووسط المملكة» (the weather reports of Saudi
    news): when the compass words of a phrase start with و at token ``first``, the compass
    words before them are directions of the same anchor, written without it. Each group
    (one or two words; only its first may carry و) continues the chain leftwards when it
    starts with و. Returns ``(tok_start, tok_end, direction)`` of each such group."""
    out: list[tuple[int, int, Direction]] = []
    j = first
    while j > 0 and folded[j].startswith("و") and folded[j] not in DIRECTIONS:
        k = j - 1
        words: list[int] = []
        while k >= 0 and len(words) < 2 and sent[k] == sent[first] and _word(folded[k]) is not None:
            words.insert(0, k)
            if folded[k].startswith("و") and folded[k] not in DIRECTIONS:
                break  # «وشرق»: the group's first word
            k -= 1
        if not words:
            break
        vec = [0.0, 0.0]
        for w in words:
            v = _word(folded[w])
            assert v is not None
            vec[0] += v[0]
            vec[1] += v[1]
        norm = math.hypot(*vec)
        unit = (vec[0] / norm, vec[1] / norm) if norm else (0.0, 0.0)
        out.append((words[0], words[-1] + 1, Direction(unit, False, compass_name(unit))))
        j = words[0]
    return out


def compass_name(unit: tuple[float, float]) -> str:
    n, e = unit
    ns = "north" if n > 0.3 else "south" if n < -0.3 else ""
    ew = "east" if e > 0.3 else "west" if e < -0.3 else ""
    return "-".join(p for p in (ns, ew) if p) or ("centre" if (n, e) == (0.0, 0.0) else "")


@lru_cache(maxsize=1)
def country_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(country, direction key) -> the centre of that region: ``data/places/country_directions.tsv``
    (session 13, places-13c), loaded once."""
    return {(cc, key): (float(lat), float(lon)) for cc, key, lat, lon, *_ in data_rows("country_directions.tsv")}


def _key(n: float, e: float) -> str:
    """The direction key of a unit vector: "n", "se"..., "c" for the centre."""
    key = ("n" if n > 0.3 else "s" if n < -0.3 else "") + ("e" if e > 0.3 else "w" if e < -0.3 else "")
    return key or "c"


def offset(anchor: PlaceEntry, d: Direction) -> tuple[float, float]:
    """The point a direction from ``anchor`` stands for (see the module docstring)."""
    n, e = d.vector
    if anchor.precision == "country" and COUNTRY_POINTS and not d.rural \
            and (anchor.country or "", _key(n, e)) in country_points():
        return country_points()[(anchor.country or "", _key(n, e))]
    if anchor.precision == "country" and anchor.directions and (n, e) != (0.0, 0.0):
        key = _key(n, e)
        for name, lat, lon in anchor.directions:
            if name == key:
                return lat, lon
    if anchor.precision == "country" and anchor.bbox:
        s, w, no, ea = anchor.bbox
        clat, clon = (s + no) / 2, (w + ea) / 2
        return (clat + n * COUNTRY_SHIFT * (no - s) / 2, clon + e * COUNTRY_SHIFT * (ea - w) / 2)
    if d.rural and (n, e) == (0.0, 0.0):
        return anchor.lat, anchor.lon
    km = ADMIN_KM if anchor.precision in ("admin", "region") else RURAL_KM if d.rural else CITY_KM
    dlat = n * km / _KM_PER_DEG
    dlon = e * km / (_KM_PER_DEG * max(0.2, math.cos(math.radians(anchor.lat))))
    return anchor.lat + dlat, anchor.lon + dlon
