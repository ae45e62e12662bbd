"""A town said to lie in a province or region (``places.areas.town_of_area``, session 12,
places-12c): «ميامي بولاية فلوريدا»، «بنغازي في شرق ليبيا», farther than ``CONTAINED_KM`` from
the area's centre, is the town of that name in the area's country (within ``AREA_KM``), not
the area's centre; a namesake elsewhere gives way to it («باسادينا بكاليفورنيا»: Pasadena,
California, not Texas). A container that is a town, a name with no town in the area's
country, or a town farther than ``AREA_KM`` keeps the old reading: the container's point."""

from __future__ import annotations

import pytest

from _places import assert_place, find, near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # a hand region of a country (Cyrenaica's centre is 180 km from Benghazi)
        ("قتل ثلاثة في بنغازي في شرق ليبيا.", "بنغازي", 32.11, 20.07),
        ("استهدف الهجوم حافلة متجهة إلى دير بمحافظة المنيا في جنوب مصر.", "المنيا", 28.09, 30.76),
        ("وفيلة اسم جزيرة بنهر النيل قرب مدينة أسوان بصعيد مصر.", "أسوان", 24.09, 32.90),
        # US states (hand admin rows at their centres)
        ("وقع الحادث في ميامي بولاية فلوريدا الأمريكية.", "ميامي", 25.77, -80.19),
        ("قتل رجل مسن على رصيف في مدينة كليفلاند بولاية أوهايو الأمريكية.", "كليفلاند", 41.50, -81.70),
        ("قالت السلطات إن حية كوبرا قتلت صاحبها في أوستن بولاية تكساس.", "أوستن", 30.27, -97.74),
        # a namesake in another state gives way to the town of the state named
        ("كشف العلماء في مختبر الدفع النفاث التابع لناسا في باسادينا بكاليفورنيا.", "باسادينا", 34.15, -118.14),
        ("قالت الشرطة في منطقة ريتشموند بولاية كاليفورنيا الامريكية.", "ريتشموند", 37.94, -122.35),
        # Saudi regions (Riyadh Region at Riyadh, the others at their centres)
        ("وقع حادث مروري بالقرب من محافظة الزلفي بمنطقة الرياض.", "الزلفي", 26.30, 44.82),
        ("وشمل العقد تشغيل وصيانة المياه بمدينة الخفجي بالمنطقة الشرقية.", "الخفجي", 28.44, 48.49),
    ],
)
def test_town_of_an_area_keeps_its_point(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon)


@pytest.mark.parametrize(
    ("text", "surface", "container"),
    [
        # the container is a town: an unknown local place at its point (Suez is no quarter of Sousse)
        ("وقع حادث في منطقة سويس بسوسة أمس.", "سويس", "سوسة"),
        # no town of that name in the area's country: the area's point
        ("اندلع حريق في قرية العزيزية بمنطقة جازان.", "قرية العزيزية", "منطقة جازان"),
        ("وقعت الحادثة في حي الخالدية بمنطقة جازان.", "حي الخالدية", "منطقة جازان"),
    ],
)
def test_no_town_of_the_area(text: str, surface: str, container: str) -> None:
    got = places(text)
    r, c = find(got, surface), find(got, container)
    assert (r.lat, r.lon, r.country) == (c.lat, c.lon, c.country)
    assert r.name_en is None


def test_town_inside_a_small_radius_is_unchanged() -> None:
    # within CONTAINED_KM of the region's point: the pick stands, as before
    r = find(places("قتل جندي في الرقة بشمال سوريا."), "الرقة")
    assert near(r, 35.95, 39.01)
    assert r.name_en == "Ar Raqqah"


def test_town_farther_than_the_cap_is_a_local_place() -> None:
    # the index's «تنومة» is Qassim's, 887 km from Asir's point (AREA_KM 700): Asir's Tanumah
    # is an unknown local place of the region, not the Qassim town
    r = find(places("وقعت الحادثة بأحد الأسواق المركزية بمحافظة تنومة بمنطقة عسير."), "تنومة")
    assert r.name_en is None and r.country == "SA"
    assert not near(r, 27.10, 44.13, km=300)  # the Qassim town

