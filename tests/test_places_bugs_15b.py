"""Places bugs of session 15 (places-15b; docs/places.md, "Session 15: places bugs noticed and
left (places-15b)"), each a rule that did not do what docs/annotation.md says:

- «بلدية X» (a municipality) governs the place it names: rule 6(b) annotates the place, and
  ``inside_names`` no longer drops it as an organisation's name;
- a stock exchange or index named after its place («مؤشر شنغهاي»، «سوق دبي المالي»، «مؤشر سوق
  مسقط»، «المؤشر العام لسوق أبوظبي») is an organisation's name, rule 6(c): no place record;
- La Réunion, as SaudiNewsNet and ANT spell it («لاريونيون»، «ريونيون»), is the index's
  country row RE (CLDR spells it «روينيون»).

Sentences written for these tests on the forms of the fresh articles measured (seed 15701).
"""

from __future__ import annotations

import pytest

from _places import find, near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("وأكد رئيس النيابة الخصوصية لبلدية سوسة أن الأشغال ستنطلق قريبا.", "سوسة", 35.83, 10.64),
        ("قال كاتب عام بلدية سوسة إن البلدية ستزيل الأكشاك.", "سوسة", 35.83, 10.64),
        ("وقامت بلدية قرمدة في صفاقس بتسمية القاعة الرياضية باسم الشهيد.", "قرمدة", 34.79, 10.72),
        ("من جهتها أنهت بلدية سراة عبيدة إنشاء متنزه السد.", "سراة عبيدة", 18.09, 43.13),
        ("وصادق المجلس البلدي لبلدية صفاقس الكبرى على المشروع.", "صفاقس", 34.74, 10.76),
    ],
)
def test_the_place_a_municipality_governs_is_a_place(text: str, surface: str, lat: float, lon: float) -> None:
    r = find(places(text), surface)
    assert near(r, lat, lon), f"{surface!r} is at ({r.lat}, {r.lon})"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # rule 6(c): the place inside another organisation's name is still no place
        ("وقال المتحدث باسم جامعة دمشق إن الامتحانات ستجري في موعدها.", "دمشق"),
        ("وأعلنت شرطة دبي القبض على المتهمين.", "دبي"),
        # a stock exchange and its indices
        ("وصعد مؤشر سوق دبي 0.5 في المائة بعد الإعلان.", "دبي"),
        ("وارتفع المؤشر العام لسوق أبوظبي 1 في المائة إلى 4902 نقطة.", "أبوظبي"),
        ("وتراجع مؤشر شنغهاي المركب 2.1 في المائة.", "شنغهاي"),
        ("وتراجعت أسهم الشركات المدرجة في سوق دبي المالي أمس.", "دبي"),
        ("وأغلق مؤشر سوق مسقط للأوراق المالية على ارتفاع.", "مسقط"),
        ("وارتفع مؤشر بورصة قطر 0.3 في المائة.", "قطر"),
    ],
)
def test_the_place_of_an_organisation_name_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a market place stays a site of its town; an exchange named with ب is where it sits
        ("وتجول الزوار في سوق الحميدية بدمشق.", "دمشق"),
        ("وارتفع المؤشر العام للسوق في دبي بنسبة طفيفة.", "دبي"),
        ("وزار الوفد أسواق دبي ومراكزها التجارية.", "دبي"),
    ],
)
def test_a_market_or_an_index_beside_a_place_leaves_it(text: str, surface: str) -> None:
    assert [r for r in places(text) if r.text.endswith(surface)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن حطام الطائرة عثر عليه في جزيرة لاريونيون الفرنسية.",
        "وجرفت المياه قطعة من جناح الطائرة إلى جزيرة ريونيون بالمحيط الهندي.",
        "وأرسلت فرنسا فريقا إلى لا ريونيون للتحقق من الحطام.",
        "وعثر على الحطام قرب جزيرة رينيون الفرنسية.",
    ],
)
def test_la_reunion(text: str) -> None:
    recs = [r for r in places(text) if "ريونيون" in r.text or "رينيون" in r.text]
    assert recs and recs[0].country == "RE" and near(recs[0], -21.1, 55.5, 100)


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن لا أحد يعرف مصير الطائرة حتى الآن.",  # «لا» alone is no part of the name
        "وطالب البحرينيون بسحب السفير.",  # «رينيون» inside another word
    ],
)
def test_no_reunion(text: str) -> None:
    assert not [r for r in places(text) if r.country == "RE"]

