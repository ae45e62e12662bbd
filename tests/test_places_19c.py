"""Session 18's kept places changes that passed their bars on fresh text in session 19
(places-19c; docs/places.md, "Session 19: session 18's kept branches measured again
(places-19c)").

- ``anchors._contained``: a namesake that replaces a pick too far from its container lies in
  the container's country («بلدة سروج بجنوب شرق تركيا» is Suruç, not a Syrian hamlet);
- ``unknown._index_place``: a country's name the tagger marks LOC, missed by the gazetteer's
  matcher because a ك stands before it («كقطر»، «وكسنغافورة»), gets the country, not the point
  of the nearest other place; a capital's or a city's name so read keeps the borrowed point
  (it was a person or a place the index lacks as often as the city);
- ``unknown._not_a_name``: a tagged bare «المملكة» (the article's country, no place by
  docs/annotation.md) gets no record.

Sentences written for these tests on the forms of fresh SaudiNewsNet 2015 articles.
"""

from __future__ import annotations

import pytest

from _places import find, near, places, tagged


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon", "country"),
    [
        # a region of Turkey contains Suruç (195 km from the region's point), not «سروج» of Syria
        ("قالت وزارة الداخلية التركية إن انفجارا في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا "
         "أسفر عن مقتل 27 شخصا.", "سروج", 36.976, 38.425, "TR"),
        ("قتل أكثر من 27 شخصا في انفجار هز بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا اليوم.",
         "سروج", 36.976, 38.425, "TR"),
        # unchanged: a container of the pick's own country
        ("قتل جنديان في بلدة سروج التركية المجاورة لمدينة أورفة.", "سروج", 36.976, 38.425, "TR"),
    ],
)
def test_a_namesake_lies_in_its_container_country(text: str, surface: str, lat: float, lon: float,
                                                 country: str) -> None:
    r = find(places(text), surface)
    assert r.country == country and near(r, lat, lon), f"{surface!r} is {r.name_en} ({r.lat}, {r.lon})"


@pytest.mark.parametrize(
    ("text", "loc", "name_en", "lat", "lon"),
    [
        ("تحولت بانكوك إلى أجمل مدن العالم، وكسنغافورة كأنظف بلد في العالم.", "سنغافورة",
         "Singapore", 1.29, 103.85),
        ("وقعت المملكة مع دول عربية كمصر وسوريا ضحية للإرهاب في الموصل.", "مصر", "Egypt", 30.06, 31.25),
        ("توجهت الجماهير من لندن وليفربول، وكذلك من الدول القريبة كإيرلندا وويلز.", "إيرلندا",
         "Ireland", 53.33, -6.25),
        ("وخاطب الوزير في طرابلس الليبيين قائلا إن بلادهم ستصبح كتونس وستتجاوز أزمتها.", "تونس",
         "Tunisia", 36.82, 10.17),
    ],
)
def test_a_tagged_country_read_through_kaf_is_the_country(text: str, loc: str, name_en: str,
                                                         lat: float, lon: float) -> None:
    r = find(tagged(text, loc), loc)
    assert r.name_en == name_en and r.precision == "country"
    assert near(r, lat, lon), f"{loc!r} is at ({r.lat}, {r.lon})"


@pytest.mark.parametrize(
    ("text", "loc"),
    [
        # a capital's or a city's key read through ك: as often a person («كاسلو»: Kaslow;
        # «كوين»: Niall Quinn) or a place the index lacks («كاتو» in Burundi, not Itō):
        # the borrowed point of before, no index place
        ("تحولت بانكوك إلى أجمل مدن العالم، وكلندن كأفضل مدينة مواصلات.", "لندن"),
        ("قتل ثمانية مهاجمين في بوجمبورا، واثنين في كاتو، كما صودرت أسلحة.", "اتو"),
    ],
)
def test_a_tagged_city_read_through_kaf_keeps_the_borrowed_point(text: str, loc: str) -> None:
    assert all(r.name_en is None for r in tagged(text, loc) if r.text == loc)


@pytest.mark.parametrize(
    ("text", "loc"),
    [
        # a bare «المملكة» is the article's country, no place (docs/annotation.md), tagged or not
        ("يؤثر المنخفض على المنطقة الشرقية بالمملكة والكويت والعراق.", "المملكة"),
        ("وصل الوفد إلى جدة قادما من خارج المملكة أمس.", "المملكة"),
        ("تهدف الخطة إلى تنمية متوازية في جميع مناطق المملكة انطلاقا من الرياض.", "المملكة"),
    ],
)
def test_a_tagged_word_for_the_country_is_no_place(text: str, loc: str) -> None:
    assert not [r for r in tagged(text, loc) if r.text == loc]


@pytest.mark.parametrize("text", [
    "قال المسؤول إن الاجتماع كان مثمرا.",
    "وأشار إلى إمكانية تكرار التجربة في مدن المملكة كافة.",
])
def test_no_place(text: str) -> None:
    assert places(text) == []
