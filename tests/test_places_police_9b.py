"""A police force named after the place it serves (``khabar.places.services``; docs/annotation.md,
places rule 6c): the place written right after the force's word, in construct, even an area
with its cue, is no place record; the same place named elsewhere is one (its record at that
mention); with ب or في the place is where the force sits (rule 6a) and stays. Sentences
written for these tests, on the forms of the read development parts and fresh articles."""

from __future__ import annotations

import pytest

from _places import places
from khabar.places.services import in_police_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وكشف مدير شرطة منطقة مكة المكرمة أن أربعة أشخاص قبض عليهم.", "مكة"),
        ("أقامت شرطة منطقة جازان حفلا للجنود.", "جازان"),
        ("وأوضح الناطق الإعلامي بشرطة منطقة القصيم أن الجاني قبض عليه.", "القصيم"),
        ("وذكرت شرطة منطقة تبوك في بيان أن التحقيق جار.", "تبوك"),
        ("ووفقا للناطق الإعلامي لشرطة منطقة القصيم فإن البلاغ ورد أمس.", "القصيم"),
        ("نجحت فرقة الشرطة العدلية سوسة المدينة في الإطاحة بعصابة.", "سوسة"),
        ("وقال مركز شرطة جنوب الهفوف إنه تلقى بلاغا.", "الهفوف"),
    ],
)
def test_the_place_of_a_police_name_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # named again outside the police's name: a place, at that mention
        ("قالت شرطة منطقة جازان إن القذائف سقطت على منطقة جازان أمس.", "جازان", "منطقة جازان"),
        ("وأوضحت شرطة المنطقة الشرقية أن الحادث وقع في المنطقة الشرقية.", "الشرقية", "المنطقة الشرقية"),
        # with ب: where the force sits (rule 6a)
        ("أوقف أعوان مركز الشرطة بجربة شابا.", "جربة", "جربة"),
        ("ألقت الشرطة العدلية بصفاقس القبض على مروج.", "صفاقس", "صفاقس"),
        # the police as a subject, then a place
        ("داهمت الشرطة منزلا في مدينة القطيف.", "القطيف", "القطيف"),
    ],
)
def test_a_place_outside_a_police_name_stays(text: str, name: str, mention: str) -> None:
    recs = [r for r in places(text) if name in r.text]
    assert recs and recs[0].text == mention and text.rindex(mention) == recs[0].start


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("شرطة منطقة جازان", 5, True),
        ("وشرطة الرياض", 6, True),
        ("الشرطة العدلية سوسة", 15, True),
        ("مدير مرور جدة", 10, True),
        ("العدلية سوسة", 8, False),  # «العدلية» without «الشرطة»
        ("شرطة  جازان", 6, False),  # two spaces: not read as one name
        ("الشرطة في جدة", 10, False),
        ("مدير جدة", 5, False),
    ],
)
def test_in_police_name(text: str, start: int, expected: bool) -> None:
    assert in_police_name(text, start) is expected
