"""Session 9 (places-9a): Yemeni districts and war-news areas, and the most frequent cued
Saudi names, that the index lacked (hand rows at the end of data/places/regions.tsv).

A district whose name is an ordinary word («صالة» hall, «التعزية» condolence, «المضاربة»
speculation, «منبه» alarm) has only its «مديرية X» row: the bare word names no place."""

from __future__ import annotations

import pytest

from _places import assert_place, places
from khabar.places.index import gazetteer


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("ردفان", "YE", 13.52, 44.85),
        ("مديرية حالمين", "YE", 13.60, 44.95),
        ("مديرية قطابر", "YE", 17.15, 43.55),
        ("مديرية التعزية", "YE", 13.65, 44.05),
        ("مديرية المضاربة", "YE", 12.85, 43.90),
        ("مريس", "YE", 13.95, 44.70),
        ("رازح", "YE", 16.90, 43.28),
        ("مديرية منبه", "YE", 17.20, 43.35),
        ("بلحاف", "YE", 13.98, 48.18),
        ("المفتاحة", "SA", 18.22, 42.50),
        ("حوطة سدير", "SA", 25.59, 45.62),
        ("الصوابر", "KW", 29.37, 47.99),
    ],
)
def test_hand_rows_in_index(name: str, country: str, lat: float, lon: float) -> None:
    rows = [p for p in gazetteer().lookup(name) if p.source == "hand" and p.country == country]
    assert [(p.lat, p.lon) for p in rows] == [(lat, lon)]


@pytest.mark.parametrize("word", ["صالة", "التعزية", "المضاربة", "منبه", "الحيمة", "برع", "شدا", "حيران",
                                  "عتمة"])
def test_ordinary_words_get_only_the_cued_row(word: str) -> None:
    assert not [p for p in gazetteer().lookup(word) if p.source == "hand" and p.country == "YE"]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("قصف طيران التحالف مواقع للحوثيين في مديرية رازح بمحافظة صعدة.", "مديرية رازح", 16.90, 43.28),
        ("اندلعت مواجهات عنيفة في مديرية الوازعية غرب مدينة تعز.", "مديرية الوازعية", 13.25, 43.65),
        ("تقدمت المقاومة في جبهة مريس شمال محافظة الضالع.", "جبهة مريس", 13.95, 44.70),
        ("وصل المحافظ إلى قرية المفتاحة في أبها.", "قرية المفتاحة", 18.22, 42.50),
        ("سقطت قذائف على مديرية الحالي بمدينة الحديدة.", "مديرية الحالي", 14.82, 42.96),
    ],
)
def test_district_records(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon, km=10)


@pytest.mark.parametrize(
    "text",
    [
        "قال إن المضاربة في سوق الأسهم تراجعت هذا الأسبوع.",
        "وقدم التعزية لأسرة الفقيد في صالة الأفراح.",
        "ضبط المنبه على الساعة السادسة صباحا.",
        "كان شغفي بالعمل يشد جفوني شدا قويا ويطرد النعاس من عيني.",
        "وقف حيران لا يدري ما يفعل في عتمة الليل.",
    ],
)
def test_ordinary_words_yield_no_place(text: str) -> None:
    assert places(text) == []


def test_joint_district_name_stays_two_places() -> None:
    # The gold tuning split annotates «مشرعة» and «حدنان» of «مشرعة وحدنان» as two places:
    # no joint row may swallow the second name.
    surfaces = [r.text for r in places("وفي تعز استعادت القوات مواقع عدة، منها قبة مشرعة وحدنان التي شهدت معارك.")]
    assert any("حدنان" in s and "مشرعة" not in s for s in surfaces), surfaces
