"""Places inside an organisation's name (``khabar.places.inside_names._in_org_name``): a town in
construct after a university, police force, company or school, with or without a proclitic
on the head noun («بجامعة تعز»), even a region of the hand table («شرطة المنطقة الشرقية»), is
part of the name, no place of its own; the same town named elsewhere in the article is a
place, and so is an area named with its cue («جامعة منطقة الباحة»; not after a police
force's word: ``places.services``). The schools of a place («مدارس محافظة فيفاء») and a hospital written with ب
(«مستشفى بدمشق») hold a place."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a proclitic on the head noun
        ("وقال أستاذ العلوم السياسية بجامعة تعز إن الوضع خطير.", "تعز"),
        ("وقال الباحث بجامعة الكويت إن الحل سياسي.", "الكويت"),
        ("وأوضحت وشرطة القطيف أن التحقيق جار.", "القطيف"),
        # a region of the hand table
        ("وأوضح الناطق باسم شرطة المنطقة الشرقية أن الجاني قبض عليه.", "المنطقة الشرقية"),
        # a school or college named after its town
        ("وقال عميد كلية الدمام إن التسجيل بدأ.", "الدمام"),
    ],
)
def test_a_town_inside_an_organisation_name_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # named elsewhere in the article: a place (its record at the other mention)
        ("وقال أستاذ بجامعة تعز إن القتال في تعز مستمر.", "تعز"),
        ("وأوضحت شرطة المنطقة الشرقية أن الحادث وقع في المنطقة الشرقية.", "المنطقة الشرقية"),
        # an area named with its cue after a head other than a police force's
        # («شرطة منطقة مكة المكرمة» is no place since session 9: tests/test_places_police_9b.py)
        ("وقال مدير جامعة منطقة الباحة إن التسجيل بدأ.", "الباحة"),
        # the schools of a place, not a school's name
        ("علقت الدراسة في مدارس محافظة فيفاء بمنطقة جازان أمس.", "فيفاء"),
        # a hospital in a town, with ب
        ("نقل المصابون إلى مستشفى بدمشق.", "دمشق"),
    ],
)
def test_a_town_outside_an_organisation_name_is_a_place(text: str, name: str) -> None:
    assert [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    "text",
    [
        # a road named by the towns it joins (``words._road_names``)
        "ضبطت الدوريات مطلوبا على طريق الطائف الرياض أمس.",
        "وقع الحادث على طريق الرياض-الدمام السريع أمس.",
        "أزيلت الأحواش بطريق الرياض الأحساء أمس.",
    ],
)
def test_the_towns_of_a_road_name_are_no_places(text: str) -> None:
    assert not [r for r in places(text) if r.name_en]


def test_a_road_town_named_elsewhere_is_a_place_at_its_other_mention() -> None:
    text = "وقع الحادث على طريق الرياض-الدمام قبل وصوله إلى الدمام."
    hits = [r for r in places(text) if r.name_en == "Dammam"]
    assert len(hits) == 1 and hits[0].start > text.index("إلى")
