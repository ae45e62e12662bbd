"""Gazetteer names set aside as common words that the phrase puts inside a unit named right
after them (``khabar.places.local.contained_names``): «ب[معبر] في محافظة ذمار» is Ma'bar,
a village of Dhamar; a namesake far from the unit, a country, or a generic noun gives
nothing."""

from __future__ import annotations

import pytest

from _places import find, near, places


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية بمعبر في محافظة ذمار.", "معبر"),
        # the name in quotation marks, the unit written with ب
        ("واستهدفت الغارات معسكرا في منطقة «معبر» بمحافظة ذمار.", "معبر"),
    ],
)
def test_common_word_name_inside_a_named_unit(text: str, surface: str) -> None:
    r = find(places(text), surface)
    assert near(r, 14.79, 44.29)  # Ma'bar, 28 km north of Dhamar's centre


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("قتل شخص في منطقة بمحافظة ذمار.", "منطقة"),  # a generic noun
        ("بدأ العرض على مسرح مدارس المملكة بمدينة الرياض.", "المملكة"),  # a country
        ("عبرت الشاحنات معبر في محافظة حضرموت.", "معبر"),  # no namesake near Hadramawt
    ],
)
def test_no_contained_name(text: str, word: str) -> None:
    recs = places(text)
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    assert not [r for r in recs if r.text == word]
