"""Which gazetteer matches are places, and which place each one is.

Selection (:func:`accept`), for a name the entity tagger did not mark LOC; a name it marked
LOC is always kept. Tiers, each a heuristic against the many village names that are also
words («علي»، «سنة»، «الحكومة» are all villages somewhere):

1. countries and hand-table regions: always (a country name that is also a common word,
   «مالي», only after a cue such as «دولة»; «مصر على» is "insists on", not Egypt);
2. a name with a place of 50,000+ people (in the Arab world and its neighbours; 300,000+
   elsewhere: «نارا»، «تاما» are words too) that is not a common word
   (``Gazetteer.common``), or a name of ``notcommon.txt`` («جنيف»);
3. a name of two or more words with a place of 15,000+ people;
4. any other name with a candidate in a country the article is about (:class:`Context`),
   if it has 10,000+ people (100,000+ outside the Arab world and its neighbours), has two
   words or more, or follows a place cue («قرية»، «مدينة»، «محافظة»...); a common word
   needs the cue. A name the tagger marked LOC is kept, unless it is a common word naming
   only small places (< 100,000) outside the article's countries.

Disambiguation (:func:`score`): the candidate with the highest score wins. The score adds
(weights chosen by hand on development articles, see docs/places.md):

1. the article's countries: +5 for a place of 10,000+ people, +2 for a smaller one or one
   twenty times smaller than its biggest namesake, +1 per other mention (up to +3);
2. nearness to the article's other places: +2 within 150 km, +1 more within 50 km;
3. population: 0.6 per power of ten; +5 for a capital, +2 for a city of a million;
4. the cue before the name («محافظة» -> admin, «مدينة» -> city, «قرية» -> village,
   «حي» -> a neighbourhood);
5. the place type: a country +8 (a name shared by a country and its capital, «تونس», is the
   country unless «مدينة»/«العاصمة» precedes it); a city +1.5, an admin +0.5 (a bare «حمص» is
   the city, not its governorate, whose centre lies 200 km away in the desert: Arabic news
   writes «محافظة حمص» for the governorate), a hand-table row +6 (it is curated).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .index import Gazetteer, PlaceEntry, distance_km
from .lexicon import ADMIN_CUES, CITY_CUES, COUNTRY_CUES, PLACE_CUES, QUARTER_CUES, VILLAGE_CUES
from .mentions import Match

__all__ = ["Context", "accept", "best_candidate", "score"]

BIG = 50_000
FAR_BIG = 300_000
#: The Arab world and its neighbours (as in scripts/build_gazetteer.py).
NEAR = frozenset(
    "SA YE EG LY LB JO PS IL KW QA BH AE OM SD SS TN DZ MA MR SO DJ TR IR SY IQ AF".split()
)
MULTI_BIG = 15_000
TOWN = 10_000
FAR_TOWN = 100_000
#: after a locative preposition («معلما في الأرطاوية»), a village of the article's main
#: country this big is the place (GeoNames' Saudi villages of 5,000-10,000 people are
#: towns with a school and a market; a word would rarely match one exactly)
LOCATIVE_VILLAGE = 5_000
#: a far city reached only through a ب/ل/ك proclitic («باكورة» = ب + Akure) needs this
#: many people, or to be a capital, or its country named elsewhere in the article
FAR_CLITIC_BIG = 1_000_000
# First words of multi-word names that are person names far more often («عبد الله»، «أبو بكر»).
_PERSON_FIRST = frozenset({"عبد", "ابو", "ابن", "بن", "بنت", "ام", "بني"})
_DEFINITE = re.compile(r"^[وف]?[بلك]?ال..|^[وف]?لل..")
#: A candidate this near a resolved place of the article scores more (:func:`score`), in km.
NEAR_KM, CLOSE_KM = 150.0, 50.0
_EARTH_KM = 6371.0  # the radius of ``index.distance_km``


# Common words that are also country names: countries only after a country cue.
# «مصر» before «على» is the participle "insisting" (مُصِرّ على).


@dataclass
class Context:
    """What the article is about: how often each country is named or implied by a place
    with a single country, and the points of places already resolved."""

    countries: Counter[str] = field(default_factory=Counter)
    points: list[tuple[float, float, int]] = field(default_factory=list)  # lat, lon, match index
    # the distinct points by latitude, each with the matches placed there (``set_points``)
    _at: list[tuple[float, float, frozenset[int]]] = field(default_factory=list, repr=False)
    _lats: list[float] = field(default_factory=list, repr=False)

    def set_points(self, points: list[tuple[float, float, int]]) -> None:
        """The resolved places' points (lat, lon, match index) that :func:`score` measures from."""
        self.points = points
        at: defaultdict[tuple[float, float], set[int]] = defaultdict(set)
        for lat, lon, j in points:
            at[(lat, lon)].add(j)
        self._at = sorted((lat, lon, frozenset(js)) for (lat, lon), js in at.items())
        self._lats = [p[0] for p in self._at]

    def nearest(self, lat: float, lon: float, index: int, within: float) -> float:
        """The distance to the nearest point of a match other than ``index`` when one is
        within ``within`` km, else infinity. Only the points of the latitude band that can be
        that near are measured (the great-circle distance is at least the Earth's radius times
        the difference of latitudes): once per distinct point, where measuring every point of
        every match from every candidate took 56 s on 2,000 place names in a list (qa-16a)."""
        band = math.degrees(within / _EARTH_KM) + 1e-6
        lo, hi = bisect_left(self._lats, lat - band), bisect_right(self._lats, lat + band)
        near = min((distance_km(lat, lon, plat, plon) for plat, plon, js in self._at[lo:hi]
                    if js != {index}), default=math.inf)
        return near if near <= within else math.inf


def _countries(m: Match) -> set[str]:
    return {c.country for c in m.candidates if c.country}


def unambiguous_country(m: Match) -> str | None:
    """The one country of a confident match: a country name, or a big place whose
    candidates all lie in one country."""
    cs = _countries(m)
    if len(cs) == 1:
        return next(iter(cs))
    countries = [c for c in m.candidates if c.precision == "country"]
    if len(countries) == 1:
        return countries[0].country
    # «عدن»، «صعدة»، «الدمام»: a city of 50,000+ people (or a hand-table row) whose
    # namesakes elsewhere are all small villages (< 10,000, most with no population at all:
    # WOF hamlets of Syria and Iraq) names that city's country
    strong = [c for c in m.candidates if c.country and (c.population >= BIG or c.source == "hand")]
    if len(strong) == 1 and all(c is strong[0] or c.population < TOWN for c in m.candidates):
        return strong[0].country
    return None


def accept(m: Match, gaz: Gazetteer, ctx: Context | None, next_word: str | None,
           prev_word: str | None = None) -> bool:
    """Is a match a place? (tiers 1-4 of the module docstring; ``ctx`` None skips tier 4)."""
    key = m.key
    # «السعودية» after a definite noun is the adjective («الحكومة السعودية»), not the
    # country («في السعودية»); demonym adjectives are not places (docs/annotation.md), even
    # when the tagger says LOC.
    if key == "السعوديه" and prev_word and _DEFINITE.match(prev_word):
        return False
    common = key in gaz.common
    cands = m.candidates
    if m.entity is not None:
        return _tagged_place(m, common, ctx)
    # tier 1
    if any(c.precision == "country" for c in cands):
        if key == "مصر" and next_word == "علي":
            return False
        return not common or m.cue in COUNTRY_CUES
    if any(c.source == "hand" for c in cands) or key in gaz.known:
        return True
    words = key.split(" ")
    if len(words) > 1 and words[-1] in _PERSON_FIRST:
        return False  # «بدر عبد» of «بدر عبد الله»: a person's name cut short
    by_size = _by_size(m, common, ctx)
    if by_size is not None:
        return by_size
    if ctx is None:
        return False
    return _in_the_story(m, common, ctx, next_word)


def _tagged_place(m: Match, common: bool, ctx: Context | None) -> bool:
    """A name the tagger marked LOC is a place, unless it is a common word naming only
    small places abroad: that is more often the word («المالي» = financial, tagged LOC;
    Elmalı is a Turkish town)."""
    cands = m.candidates
    return not (common and ctx is not None and max(c.population for c in cands) < 100_000 and not any(
        c.country and ctx.countries.get(c.country, 0) > 0 for c in cands
    ) and not any(c.source == "hand" or c.precision == "country" for c in cands))


def _by_size(m: Match, common: bool, ctx: Context | None) -> bool | None:
    """Tiers 2 and 3: a name of a big place is a place; a word read through a proclitic
    that names only mid-sized cities far away is not; None when size does not decide."""
    key = m.key
    cands = m.candidates
    pop = max(c.population for c in cands)
    near_pop = max((c.population for c in cands if c.country in NEAR), default=0)
    # Far away, a mid-sized city is often a person's name or a word in Arabic script
    # («مارتن»، «ناراً»): outside the Arab world and its neighbours, a name alone needs
    # 300,000 people.
    # «باكورة أعمال» (the first fruits) is not ب + Akure, «للشفاء» not ل + a village: an
    # indefinite stem read through a preposition proclitic, naming only mid-sized cities far
    # from the Arab world, is a word far more often, unless the article names that country
    if ("proclitic" in m.notes and not key.startswith("ال") and near_pop == 0 and pop < FAR_CLITIC_BIG
            and not any(c.source.endswith("+capital") for c in cands)
            and not (ctx is not None and any(ctx.countries.get(c.country or "", 0) > 0 for c in cands))):
        return False
    if not common and (near_pop >= BIG or pop >= FAR_BIG):
        return True
    if " " in key and pop >= MULTI_BIG and key.split(" ", 1)[0] not in _PERSON_FIRST:
        return True
    return None


def _in_the_story(m: Match, common: bool, ctx: Context, next_word: str | None) -> bool:
    """Tier 4: a name with a candidate in a country the article is about."""
    key = m.key
    local = [c for c in m.candidates if c.country and ctx.countries.get(c.country, 0) > 0]
    if not local:
        return False
    strong_cue = m.cue in VILLAGE_CUES or m.cue in CITY_CUES or m.cue in ADMIN_CUES
    if common:
        # «في حجة»، «للبيضاء» in a story about Yemen: after a locative preposition (not ب:
        # «بحجة» is "on the pretext"), a town of 10,000+ people of the country the article
        # names most (at least twice)
        return strong_cue or ("locative" in m.notes and any(
            c.population >= TOWN and _of_main_country(c, ctx) for c in local))
    if m.cue in PLACE_CUES:
        return True
    if " " in key and key.split(" ", 1)[0] not in _PERSON_FIRST:
        return True
    # a one-word name with no cue: 10,000 people in the Arab world and its neighbours,
    # 100,000 elsewhere («مكن», a verb, is also Mâcon in an article about France)
    if any(c.population >= (TOWN if c.country in NEAR else FAR_TOWN) for c in local):
        return True
    # «في رداع»، «إلى جعار»: GeoNames lists the seats of districts whatever their size, most
    # Yemeni ones with no population at all (257 of 316); after a locative preposition, such
    # a seat of the country the article names most (at least twice) is that town
    # ... and so is a village of 5,000+ people there (``LOCATIVE_VILLAGE``), unless a
    # definite noun follows it in construct («في مجلسي النواب والشيوخ»: "in both houses")
    construct = next_word is not None and next_word.startswith("ال")
    return "locative" in m.notes and any(
        (_seat(c) or (c.population >= LOCATIVE_VILLAGE and not construct))
        and c.country in NEAR and _of_main_country(c, ctx)
        for c in local)


def _of_main_country(c: PlaceEntry, ctx: Context) -> bool:
    """``c`` lies in the country the article names most, named at least twice."""
    return ctx.countries.get(c.country or "", 0) >= max(2, *ctx.countries.values())


#: The population scripts/build_gazetteer.py gives a WOF locality that GeoNames lists as a
#: district seat with no population (below the 10,000 of a town: it ranks seats above
#: hamlets, nothing more); :func:`_seat` reads it back
SEAT_POP = 1_000


def _seat(c: PlaceEntry) -> bool:
    """A district seat of unknown size (GeoNames lists seats whatever their population)."""
    return (c.source == "geonames" and c.population == 0) or (c.source == "wof" and c.population == SEAT_POP)


def score(c: PlaceEntry, m: Match, ctx: Context, self_country: str | None, index: int) -> float:
    """The disambiguation score of candidate ``c`` for match ``m`` (module docstring)."""
    s = 0.0
    if c.country:
        n = ctx.countries.get(c.country, 0) - (1 if self_country == c.country else 0)
        if n > 0:
            # a town of the article's country beats a bigger namesake abroad («طرابلس» in
            # an article about Lebanon); a village, or a place twenty times smaller than the
            # biggest namesake, gets less, so Amsterdam stays in the Netherlands in an
            # article about the United States
            biggest = max(k.population for k in m.candidates)
            # a hand-table row (a governorate, a town the gazetteers lack) has no population
            # but is no hamlet: bare «لحج» is the governorate, not GeoNames' town of that name
            small = c.source != "hand" and (c.population < TOWN or c.population * 20 < biggest)
            s += (2 if small else 5) + min(n, 3)
    near = ctx.nearest(c.lat, c.lon, index, NEAR_KM)
    if near <= NEAR_KM:
        s += 2 + (1 if near <= CLOSE_KM else 0)
    s += 0.6 * math.log10(c.population + 1)
    # A capital or a metropolis is what a bare name means far more often than a namesake
    # village nearby («القاهرة» is Cairo even in an article about Diyala, which has a
    # neighbourhood of that name; «الدوحة» is Doha even next to Gaza's al-Dawha).
    if c.source.endswith("+capital"):
        s += 5
    elif c.population >= 1_000_000 and c.precision == "city":
        s += 2
    cue = m.cue
    if cue in ADMIN_CUES:
        s += 4 if c.precision == "admin" else 0
    elif cue in CITY_CUES:
        s += 2 if c.precision == "city" else -5 if c.precision == "country" else 0
    elif cue in VILLAGE_CUES:
        s += 1 if c.precision in ("village", "city") else 0
    elif cue in QUARTER_CUES:
        s += 4 if c.precision == "site" else 0
    if c.precision == "country":
        s += 8
    elif c.precision == "city":
        s += 1.5
    elif c.precision in ("admin", "region"):
        s += 0.5
    if c.source == "hand":
        s += 6
    return s


def best_candidate(m: Match, ctx: Context, index: int, known: frozenset[str] = frozenset()) -> PlaceEntry:
    """The winning candidate; ties go to the first in the index's (sorted) order."""
    own = unambiguous_country(m)
    cands = m.candidates
    if m.key in known:
        # a hand-listed well-known city («جنيف»، «الموصل») is the biggest city of that name,
        # whatever the article's
        # countries (Geneva, not Geneva NY in an article about the United States)
        return max(cands, key=lambda c: (c.precision == "city", c.population, c.pid))
    # «عمان»: Oman, or Amman when the article is about Jordan and not Oman. A country name
    # gives way to a big city of another country the article names (the country's own
    # mentions, this one excluded, would keep it).
    countries = [c for c in cands if c.precision == "country"]
    if countries and m.cue not in COUNTRY_CUES:
        rival = [c for c in cands if c.precision == "city" and c.population >= 100_000
                 and c.country and ctx.countries.get(c.country, 0) > 0
                 and c.country not in {k.country for k in countries}]
        if rival and all(ctx.countries.get(k.country or "", 0) <= (1 if own == k.country else 0)
                         for k in countries):
            cands = rival
    return max(cands, key=lambda c: score(c, m, ctx, own, index))
