"""The far-record surveys of ``scripts/places_far_survey.py`` (places-14d, session 14): which
records of a dump each listing prints, and the dumps that must list nothing.

Records are the dicts of ``places_switch_diff.py --dump``; points from the shared index
(Riyadh 24.69, 46.72; Ar Riyad, Egypt 31.24, 30.95; Al Malikiyah, Syria: the town 37.18, 42.14
and the village near Azaz 36.54, 36.99)."""

from __future__ import annotations

import pytest

from _scripts import script_module

survey = script_module("places_far_survey")


def _rec(text: str, start: int, lat: float, lon: float, country: str, precision: str = "city",
         name_en: str | None = "X") -> dict:
    return {"text": text, "start": start, "end": start + len(text), "lat": lat, "lon": lon,
            "country": country, "precision": precision, "name_en": name_en}


def _art(*recs: dict) -> list[dict]:
    return [{"id": "a1", "text": "x" * 400, "places": list(recs)}]


RIYADH = _rec("الرياض", 10, 24.69, 46.72, "SA")
CAIRO = _rec("القاهرة", 40, 30.06, 31.25, "EG")
TANTA = _rec("طنطا", 60, 30.79, 31.0, "EG")
JEDDAH = _rec("جدة", 80, 21.54, 39.17, "SA")


@pytest.mark.parametrize(
    ("arts", "towns", "listed"),
    [
        # Cairo is 1,600 km from Riyadh, and Egypt is named by no other record: both listed
        (_art(RIYADH, CAIRO), False, 2),
        # Tanta names Egypt too: Cairo is no stranger; Riyadh has Jeddah
        (_art(RIYADH, CAIRO, TANTA, JEDDAH), False, 0),
        # a country record is left out with --towns
        (_art(RIYADH, _rec("مصر", 40, 30.06, 31.25, "EG", "country")), True, 1),
        # a lone record has nothing to be far from
        (_art(RIYADH), False, 0),
        # a record with no point is no record here
        (_art(RIYADH, _rec("مجهول", 40, None, None, "EG")), False, 0),
    ],
)
def test_far(arts: list[dict], towns: bool, listed: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert survey.far(arts, 500.0, towns) == listed
    assert len(capsys.readouterr().out.splitlines()) == listed


@pytest.mark.parametrize(
    ("arts", "listed"),
    [
        # «الرياض» at Riyadh, 1,690 km from Tanta; the index's Ar Riyad (Egypt) lies 50 km from Tanta
        (_art(RIYADH, TANTA), 1),
        # Riyadh is 850 km from Jeddah, but no namesake of «الرياض» lies within 150 km of Jeddah
        (_art(RIYADH, JEDDAH), 0),
        # «قرية المالكية» at the Hasakah town, 460 km from Azaz; the village lies 8 km from it
        (_art(_rec("المالكية", 10, 37.18, 42.14, "SY"), _rec("اعزاز", 40, 36.59, 37.05, "SY")), 1),
        # the pick near the article's other places: nothing to list
        (_art(_rec("المالكية", 10, 36.54, 36.99, "SY"), _rec("اعزاز", 40, 36.59, 37.05, "SY")), 0),
        # a name the index does not hold has no namesake
        (_art(_rec("زززز", 10, 37.18, 42.14, "SY"), _rec("اعزاز", 40, 36.59, 37.05, "SY")), 0),
    ],
)
def test_namesakes(arts: list[dict], listed: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert survey.namesakes(arts, 300.0, 150.0) == listed
    capsys.readouterr()


@pytest.mark.parametrize(
    ("arts", "listed"),
    [
        # «قرية دوما» (West Bank) and «في دوما» (Syria): one name, two points 190 km apart
        (_art(_rec("دوما", 10, 32.06, 35.37, "PS"), _rec("دوما", 90, 33.57, 36.40, "SY")), 1),
        # «بالرياض» is «الرياض» with a proclitic: the same key as a later «الرياض» 850 km away
        (_art(_rec("بالرياض", 10, 24.69, 46.72, "SA"), _rec("الرياض", 90, 21.54, 39.17, "SA")), 1),
        # two mentions at one point
        (_art(_rec("دوما", 10, 33.57, 36.40, "SY"), _rec("دوما", 90, 33.58, 36.41, "SY")), 0),
        # two names, two points
        (_art(RIYADH, JEDDAH), 0),
    ],
)
def test_samekey(arts: list[dict], listed: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert survey.samekey(arts) == listed
    capsys.readouterr()


@pytest.mark.parametrize(
    ("text", "key"),
    [("بالرياض", "الرياض"), ("الرياض", "الرياض"), ("وسروج", "سروج"), ("زززز", "زززز")],
)
def test_index_key(text: str, key: str) -> None:
    assert survey._index_key(text) == key
