"""The flags of ``scripts/places_country_survey.py`` (places-18c, session 18): a record outside the
article's countries, a far pick with a namesake in them, a country whose name is also a town; and
records that get no flag. Points are rough (Suruç 36.98, 38.43; a Syrian «سروج» 37.08, 41.55;
Tunis 36.82, 10.17)."""

from __future__ import annotations

from collections import Counter

import pytest

from _scripts import script_module
from khabar.places.index import PlaceEntry
from khabar.schema import Place

survey = script_module("places_country_survey")

SURUC = PlaceEntry("gn:1", "TR", "city", 36.98, 38.43, 101_178, "Suruç", "geonames")
SURUJ = PlaceEntry("wof:2", "SY", "village", 37.08, 41.55, 0, "Suruj", "wof")
TUNISIA = PlaceEntry("cc:TN", "TN", "country", 36.82, 10.17, 11_565_204, "Tunisia", "cldr+geonames")
TUNIS = PlaceEntry("gn:3", "TN", "city", 36.82, 10.17, 693_210, "Tunis", "geonames")


def _rec(p: PlaceEntry) -> Place:
    return Place(id="p1", text="x", start=0, end=1, entity=None, name_en=p.name_en, lat=p.lat, lon=p.lon,
                 country=p.country, precision=p.precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(("pick", "cands", "others", "expected"), [
    # the Syrian hamlet in a story naming only Turkey: outside, and Suruç of Turkey is far from it
    (SURUJ, [SURUC, SURUJ], {"TR": 2}, ["OUT", "FAR"]),
    # Suruç in a story naming Syria too: the Syrian namesake is 300 km away
    (SURUC, [SURUC, SURUJ], {"TR": 1, "SY": 2}, ["FAR"]),
    # Tunisia, whose name is also Tunis (a town of its own country)
    (TUNISIA, [TUNISIA, TUNIS], {"SA": 1}, ["CTRYTOWN"]),
    # no flag: Suruç in a story on Turkey alone; a country named once with no town of its name
    (SURUC, [SURUC, SURUJ], {"TR": 1}, []),
    (TUNISIA, [TUNISIA], {"SA": 1}, []),
])
def test_flags(pick: PlaceEntry, cands: list[PlaceEntry], others: dict[str, int], expected: list[str]) -> None:
    assert survey.flags(_rec(pick), cands, Counter(others)) == expected
