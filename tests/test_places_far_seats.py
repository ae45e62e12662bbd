"""Areas with a name of their own (put at their centre, docs/annotation.md rule 2) and the
places inside them: an unknown place anchored on such an area lies at its seat town
(``places.seats``), and a known place named inside it («X بالمنطقة الشرقية») is measured from
the seat as well as from the centre (``anchors._contained``).

Expected points are the places' real ones (Wikipedia / GeoNames coordinates, not khabar's
output); all sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from _places import find, near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # Dufas and al-Kud lie beside Zinjibar (13.13, 45.38), Abyan's centre 77 km inland
        ("سيطرت المقاومة على منطقة دوفس والكود بمحافظة أبين بعد معارك عنيفة.", "منطقة دوفس", 13.10, 45.42),
        ("قصفت الطائرات مواقع في منطقة الكود بمحافظة أبين.", "منطقة الكود", 13.08, 45.35),
        # a village of Asir: at Abha (18.22, 42.51), not at the region's centre (19.2, 42.9)
        ("نشب حريق في قاعة أفراح بقرية الحفير بمنطقة عسير مساء أمس.", "قرية الحفير", 18.22, 42.51),
    ],
)
def test_unknown_place_in_a_named_area_is_at_its_seat(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon)


@pytest.mark.parametrize(
    ("text", "surface", "name_en"),
    [
        # Qatif is 398 km from the Eastern Province's centre, 15 km from Dammam
        ("نظمت الجمعية حملة في محافظة القطيف بالمنطقة الشرقية.", "القطيف", "Al Qaţīf"),
        ("افتتح المحافظ مشروعا في محافظة الجبيل بالمنطقة الشرقية.", "الجبيل", "Al Jubayl"),
    ],
)
def test_known_place_in_a_named_area_keeps_its_point(text: str, surface: str, name_en: str) -> None:
    assert find(places(text), surface).name_en == name_en


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # the area itself stays at its centre (rule 2)
        ("أعلنت السلطات في محافظة أبين حظر التجول.", "محافظة أبين", 13.6, 45.9),
        ("قال أمير منطقة عسير إن المهرجان ناجح.", "منطقة عسير", 19.2, 42.9),
        # an unknown place anchored on a town stays at the town
        ("نشب حريق في قاعة أفراح بقرية الحفير بمحافظة خميس مشيط مساء أمس.", "قرية الحفير", 18.30, 42.73),
    ],
)
def test_nothing_moves_otherwise(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon, km=5)
