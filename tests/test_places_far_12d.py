"""Session 12 (places-12d): first-level regions abroad that conflict news names after «ولاية»،
«إقليم»، «مقاطعة»، «جمهورية» and that no gazetteer names in Arabic (hand rows at the end of
data/places/regions.tsv, each at the region's centre). Before them, «ولاية زابل» was Zabol
(Iran), «ولاية يوبي» Ube (Japan), and «ولاية لوغار»، «ولاية بورنو»، «ولاية لويزيانا» unknown
places put at whatever town was named near them (docs/places.md, "Session 12: far places").

Keys that are also words or names are not keyed: «ميسوري الحال» (well-off), «فوكنر»
(Faulkner, which reads ف + و + «كنر»), «هيرمان هيسه»."""

from __future__ import annotations

import pytest

from _places import assert_place, places
from khabar.places.index import gazetteer


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("لوغار", "AF", 34.00, 69.15),
        ("لوجار", "AF", 34.00, 69.15),
        ("زابل", "AF", 32.20, 67.20),
        ("بكتيكا", "AF", 32.40, 68.80),
        ("فارياب", "AF", 35.90, 64.80),
        ("بورنو", "NG", 11.75, 13.05),
        ("يوبي", "NG", 12.10, 11.40),
        ("لويزيانا", "US", 31.00, -92.00),
        ("كولورادو", "US", 39.00, -105.50),
        ("تتارستان", "RU", 55.40, 50.90),
        ("شينجيانغ", "CN", 41.00, 85.00),
        ("هيسن", "DE", 50.55, 9.00),
    ],
)
def test_hand_rows_in_index(name: str, country: str, lat: float, lon: float) -> None:
    rows = [p for p in gazetteer().lookup(name) if p.source == "hand" and p.country == country]
    assert [(p.lat, p.lon) for p in rows] == [(lat, lon)]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("قتل سبعة جنود في هجوم لطالبان على حاجز للجيش في ولاية لوغار جنوب كابول.", "لوغار", 34.00, 69.15),
        ("تحطمت مروحية عسكرية أفغانية في ولاية زابل جنوب البلاد.", "زابل", 32.20, 67.20),
        ("هاجم مسلحو بوكو حرام قرية في ولاية بورنو شمال شرق نيجيريا.", "بورنو", 11.75, 13.05),
        ("فجرت انتحاريتان نفسيهما في سوق بولاية يوبي في نيجيريا.", "يوبي", 12.10, 11.40),
        ("أطلق مسلح النار داخل صالة سينما بمدينة لافاييت في ولاية لويزيانا الأمريكية.", "لويزيانا", 31.00, -92.00),
        ("وقعت عملية دهم استهدفت أوساطا جهادية في ولاية هيسن الألمانية.", "هيسن", 50.55, 9.00),
        ("اعتقلت الشرطة الروسية ثلاثة مسلحين في جمهورية داغستان.", "داغستان", 43.00, 47.00),
    ],
)
def test_region_records(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon, precision="admin", km=10)


def test_kansas_city_is_the_city() -> None:
    """«كنساس سيتي» is Kansas City (an alias), not the state then a word."""
    text = "انطلقت الجولة من سانت لويس وكنساس سيتي نحو الغرب."
    assert_place(text, "كنساس سيتي", 39.10, -94.58, km=10)


def test_zabol_of_iran_stays_in_iran() -> None:
    """In a story about Iran, «زابل» is still the Iranian city (GeoNames' key is kept)."""
    text = "أعلنت السلطات الإيرانية مقتل جنديين في اشتباك قرب مدينة زابل في جنوب شرق إيران."
    assert_place(text, "زابل", 31.03, 61.49, km=10)


@pytest.mark.parametrize(
    "text",
    [
        "يعيش أغلب سكان الحي الميسوري الحال في منازل كبيرة.",
        "وكان من بين الحاضرين عدد من ميسوري الحال من رجال الأعمال.",
        "قرأ الطلاب روايات وليم فوكنر وهيرمان هيسه في الصيف.",
    ],
)
def test_no_place(text: str) -> None:
    assert places(text) == []
