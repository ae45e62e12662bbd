"""A place followed by the place it lies in (``anchors._contained``, ``areas.town_of_area``;
places-19a, session 19, read on fresh conflict news): a namesake that replaces a far pick lies
in the container's country («الطيبة بالغوطة الغربية» was Jordan's Tayyibah, 110 km from the
Ghouta but across the border). places-19a's second fix (a governorate of a province's or
region's country kept as a town is, «محافظة السليمانية في شمال العراق») stays on branch
places-19a, under its bar (one fresh change); the rows below pin what main does."""

from __future__ import annotations

import pytest

from _places import find, near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon", "country"),
    [
        # a village is not kept: an unknown place at the area (Al-Abr at Hadramawt's seat,
        # Mukalla, 290 km from the right pick; but As Salmah would be a namesake 295 km
        # from the Hama countryside)
        ("تحركت أربعة ألوية من منطقة العبر بحضرموت إلى مدينة شبوة.", "العبر", 14.54, 49.12, "YE"),
        ("يعيش الطفل في مدينة السلمة بريف محافظة حماة في وسط سوريا.", "السلمة", 35.24, 37.29, "SY"),
        # a town, as before
        ("وصل الوفد إلى مدينة ميامي بولاية فلوريدا.", "ميامي", 25.77, -80.19, "US"),
        ("وقع الحادث في محافظة القطيف بالمنطقة الشرقية.", "القطيف", 26.57, 50.01, "SA"),
        # a pick in another country than the container's: an unknown place at the container
        ("دفن الشهيد في قريته ميسان في محافظة الطائف.", "ميسان", 21.27, 40.42, "SA"),
        ("تقدمت القوات باتجاه قرية الزيادية في ريف إدلب الغربي.", "قرية الزيادية", 34.75, 35.96, "SY"),
    ],
)
def test_contained_point(text: str, surface: str, lat: float, lon: float, country: str) -> None:
    r = find(places(text), surface)
    assert r.country == country
    assert near(r, lat, lon), f"{surface!r} is at ({r.lat}, {r.lon})"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # the namesake near the container lies in its country, not across the border
        ("جددت قوات النظام قصفها لمناطق في بلدة الطيبة بالغوطة الغربية دون أنباء عن إصابات.",
         "الطيبة", "SY"),
    ],
)
def test_contained_namesake_country(text: str, surface: str, country: str) -> None:
    assert find(places(text), surface).country == country


@pytest.mark.parametrize(
    "text",
    [
        "قال المسؤول إن الوضع في المنطقة هادئ منذ أيام.",
        "تقدمت القوات باتجاه القرية في الريف الغربي.",
    ],
)
def test_no_place(text: str) -> None:
    assert places(text) == []
