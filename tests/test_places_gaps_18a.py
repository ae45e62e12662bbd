"""Session 18 (places-18a): places that fresh news name and the index lacked — country spellings
CLDR does not list (countries.tsv: «بيلاروسيا»، «روسيا البيضاء»، «مقدونيا»، «نيوزلندا»،
«الأوروغواي»...), city spellings GeoNames does not list (aliases.tsv: «جاكرتا»، «مكسيكو سيتي»،
«كراكاس»...), and hand rows (regions.tsv): «إقليم تهامة» (Yemen), «تهامة عسير» (Saudi Arabia),
«مخيم الزعتري» (Jordan), «سان مورتيز» (Switzerland), «سيفاري» (Mali), and «ذهيبة» as a name of
Dhehiba (Tunisia).

Bare «تهامة» stays unkeyed: in the news it is Asir's and Al-Baha's lowland, Yemen's coastal
plain, a listed company and a word of poetry by turns. The sentences are written for these
tests (SaudiNewsNet text is not committed), except the ANT ones, marked."""

from __future__ import annotations

import pytest

from _places import assert_place, places
from khabar.places.index import gazetteer


@pytest.mark.parametrize(
    ("name", "pid"),
    [
        ("بيلاروسيا", "cc:BY"),
        ("روسيا البيضاء", "cc:BY"),
        ("قازاخستان", "cc:KZ"),
        ("انقلترا", "cc:GB"),
        ("مولدافيا", "cc:MD"),
        ("مونتينيغرو", "cc:ME"),
        ("تشيكيا", "cc:CZ"),
        ("نيوزلندا", "cc:NZ"),
        ("زمبابوي", "cc:ZW"),
        ("الباراغواي", "cc:PY"),
        ("الأوروغواي", "cc:UY"),
        ("مقدونيا", "cc:MK"),
        ("طاجكستان", "cc:TJ"),
        ("سيرلانكا", "cc:LK"),
        ("جاكرتا", "gn:1642911"),  # Jakarta (GeoNames: «جاكارتا»)
        ("مكسيكو سيتي", "gn:3530597"),  # Mexico City
        ("كوالامبور", "gn:1735161"),  # Kuala Lumpur
        ("كراكاس", "gn:3646738"),  # Caracas
        ("جوهانسبورغ", "gn:993800"),  # Johannesburg
        ("شيبرغان", "gn:1125444"),  # Sheberghan
        ("مزار الشريف", "gn:1133616"),  # Mazar-i-Sharif
        ("كرمنشاه", "gn:128226"),  # Kermanshah
    ],
)
def test_spellings(name: str, pid: str) -> None:
    assert pid in [p.pid for p in gazetteer().lookup(name)]


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("إقليم تهامة", "YE", 15.00, 43.20),
        ("تهامة عسير", "SA", 18.30, 42.10),
        ("مخيم الزعتري", "JO", 32.29, 36.32),
        ("سان مورتيز", "CH", 46.50, 9.84),
        ("سيفاري", "ML", 14.53, -4.10),
        ("ذهيبة", "TN", 32.01, 10.70),
        ("نيوجرسي", "US", 40.15, -74.50),
    ],
)
def test_hand_rows_in_index(name: str, country: str, lat: float, lon: float) -> None:
    rows = [p for p in gazetteer().lookup(name) if p.source == "hand" and p.country == country]
    assert [(p.lat, p.lon) for p in rows] == [(lat, lon)]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("أعلنت المقاومة في إقليم تهامة غرب اليمن أنها هاجمت نقطة للمسلحين.", "إقليم تهامة", 15.00, 43.20),
        ("شنت المقاومة الشعبية بإقليم تهامة هجمات على مواقع الحوثيين.", "إقليم تهامة", 15.00, 43.20),
        ("هطلت أمطار غزيرة على قرى تهامة عسير مساء أمس.", "تهامة عسير", 18.30, 42.10),
        ("افتتحت الحملة مدرسة جديدة في مخيم الزعتري للاجئين السوريين.", "مخيم الزعتري", 32.29, 36.32),
        ("وزعت الجمعية الحقائب المدرسية على الأطفال بمخيم الزعتري في الأردن.", "مخيم الزعتري", 32.29, 36.32),
        ("يواصل الفريق معسكره الصيفي في مدينة سان مورتيز السويسرية.", "سان مورتيز", 46.50, 9.84),
        ("حاصر مسلحون فندقا في بلدة سيفاري وسط مالي.", "سيفاري", 14.53, -4.10),
        ("تعود الرحلات المباشرة إلى جاكرتا بعد توقف دام شهرين.", "جاكرتا", -6.21, 106.85),
        # ANT (ant-005629, Jawhara FM)
        ("تجددت الاحتجاجات لليوم الثالث على التوالي بمعتمدية ذهيبة، من ولاية تطاوين", "ذهيبة", 32.01, 10.70),
        # ANT (ant-005623, Jawhara FM)
        ("يتواصل غلق المعبر الحدودي ذهيبة وازن اليوم من الجانب الليّبي.", "ذهيبة", 32.01, 10.70),
        ("وصل وزير الخارجية إلى روسيا البيضاء في زيارة تستغرق يومين.", "روسيا البيضاء", 53.90, 27.57),
        ("تلعب إسبانيا مع مقدونيا وألبانيا في المجموعة نفسها.", "مقدونيا", 42.00, 21.43),
    ],
)
def test_records(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon, km=10)


@pytest.mark.parametrize(
    "text",
    [
        # bare «تهامة» is no key: a company, a lowland of two countries, poetry
        "ارتفع سهم تهامة للإعلان في تداولات اليوم.",
        "قال الباحث الزعتري إن النتائج مشجعة.",
        "أكد الدكتور أحمد الزعتري أهمية البرنامج.",
        # «أديلايد» is no key: the footballer Jeff Reine-Adélaïde, 2 of 3 read
        "ضمت القائمة الفرنسي جيف رين-أديلايد ولاعبين آخرين.",
    ],
)
def test_no_place(text: str) -> None:
    assert places(text) == []


def test_san_is_read_inside_st_moritz_only() -> None:
    # «سان» alone is no place (test_places_wordsense_10d); «سان مورتيز» is the town
    recs = places("عقب نهاية المرحلة السابقة في مدينة سان مورتيز السويسرية.")
    assert [(r.text, r.name_en) for r in recs] == [("سان مورتيز", "St. Moritz")]
