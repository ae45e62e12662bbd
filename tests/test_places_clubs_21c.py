"""A club named after its town, followed by a masculine demonym (session 21, places-21c;
docs/places.md, "Session 21: spurious places on fresh news (places-21c)"): docs/annotation.md
rule 6(c) makes a club named after its town no place. A town or a country is feminine in
Arabic («مدينة سروج التركية»); a masculine demonym right after it («ميلان الإيطالي»، «الريان
القطري») agrees with the club. The article's other mentions of that place are the club's too,
unless written where a place is named («في روما»، «بمدينة روما»).

Sentences written for these tests on the forms of fresh sample A (``pool21.py 21200 1000``).
"""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وخسر الهلال من أمام غازي عنتاب التركي بهدف في المعسكر.", "عنتاب"),
        ("تنتظره المواجهة الأقوى بعد ثلاثة أيام أمام فيرونا الإيطالي.", "فيرونا"),
        ("ولعب المدافع لنيوشاتل السويسري والمحرق البحريني قبل عودته.", "المحرق"),
        ("خاض الفريق مباراته الودية الثالثة أمام الكويت الكويتي بمعسكره.", "الكويت"),
        ("انتقل المهاجم من زينيت سان بطرسبورغ الروسي مقابل مبلغ قياسي.", "بطرسبورغ"),
        ("يلاقي الفريق الريان القطري اليوم على ستاد المدينة.", "الريان"),
        ("أعلن الوكرة القطري أن البرتغالي سيصل الأسبوع المقبل.", "الوكرة"),
        ("خسر في مباراتين أمام كولجك التركي ودبي الإماراتي.", "دبي"),
        ("ومنذ انتقاله من ميلان الإيطالي إلى ليفربول في الصيف لم يسجل.", "ميلان"),
        ("تعاقد النادي مع لاعب القادسية الكويتي لموسم واحد.", "القادسية"),
        # the club's other mentions in the article
        ("فاز برشلونة على روما الإيطالي بثلاثة أهداف. وتألق حارس مرمى روما رغم الخسارة.", "روما"),
        ("خسر الفريق أمام مرسيليا الفرنسي. وأصيب اللاعب إثر تدخل من مدافع مرسيليا.", "مرسيليا"),
    ],
)
def test_a_club_named_after_its_town_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a feminine adjective: the town
        ("وصل الوفد إلى مدينة سروج التركية أمس.", "سروج"),
        ("وصلت البعثة إلى ميلان الإيطالية صباح اليوم.", "ميلان"),
        # a place cue, a site's word or a region before the adjective
        ("وقعت الاشتباكات في إقليم كردستان العراقي.", "كردستان"),
        ("قصفت الطائرات البقاع اللبناني أمس.", "البقاع"),
        ("احتلت إسرائيل الجولان السوري عام 1967.", "الجولان"),
        ("قتل جنود في الجنوب اللبناني.", "الجنوب اللبناني"),
        # the club, and the city where the match was played
        ("فاز الهلال على روما الإيطالي. وأقيمت المباراة في روما أمس.", "روما"),
    ],
)
def test_a_place_before_a_feminine_or_no_demonym_stays(text: str, name: str) -> None:
    assert [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    "text",
    [
        "خسر أمام مرسيليا الفرنسي بهدفين.",
        "وتعاقد الاتحاد مع مهاجم زيورخ السويسري.",
        "أعلن الفريق فوزه على المباراة أمس.",
    ],
)
def test_no_place(text: str) -> None:
    assert places(text) == []
