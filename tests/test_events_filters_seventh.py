"""Seventh pass on articles (events-4a): filter classes read on the pooled SaudiNewsNet 2015
dev parts A-H (docs/events.md, "Seventh pass")."""

from __future__ import annotations

import pytest

from khabar import analyze


def told(text: str) -> list[tuple[str | None, str]]:
    return [(e.subtype, e.trigger.text) for e in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «مرارا» repeats what its own clause tells (the reports), not the attack told after it
        ("وتمت الإشارة مرارا إلى وجود جنود من دول التحالف في عدن، وبدأت القوات الموالية لهادي بدعم من "
         "طيران التحالف هجوما واسعا الاثنين لاستعادة قاعدة العند.", [("armed_clash", "هجوما")]),
        # (armed_clash since events-6b: a regular force's attack is a battle, acled_type.py; the
        # development part types this sentence of saudinewsnet-018188 so)
        ("وتكررت الدعوات مرارا لوقف القتال، وشنت طائرات التحالف غارات على صعدة أمس.",
         [("air_drone_strike", "غارات")]),
        # in the mention's own clause it is a history
        ("واعتقل مرارا خلال السنوات الماضية.", []),
    ],
)
def test_repeated_is_read_in_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the getaway «قبل أن» after an act told in the sentence is part of that act, even when
        # the act itself is not kept there (it is told elsewhere in the article)
        ("تسلل أربعة مستوطنين إلى القرية وأضرموا النار في منزل قبل أن يهربوا إلى مستوطنة مجاورة.", []),
        ("اقتحم ملثمون متجرا في المدينة وسرقوا محتوياته قبل أن يفروا.", []),
        # a flight told alone is one
        ("فر مئات المسلحين من المدينة أمس.", [("flight_escape", "فر")]),
    ],
)
def test_getaway_is_part_of_the_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strikes or attacks that caused a toll to date, counted in their clause: a sum
        ("وقالت الوكالة إن الغارات الجوية التركية على مواقع للمتمردين الاكراد في شمال العراق اوقعت حتى "
         "الان اكثر من 400 قتيلا.", []),
        ("وأسفرت الهجمات على مواقع الجيش حتى الآن عن مقتل 30 جنديا.", []),
        # the toll of one bombing rising («حصيلة») is that bombing
        ("وارتفعت حصيلة التفجير الانتحاري في المسجد حتى الآن إلى 30 قتيلا.", [("suicide_bomb", "التفجير")]),
    ],
)
def test_attacks_with_a_toll_to_date_are_a_sum(text: str, expected: list[tuple[str, str]]) -> None:
    assert told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present verb of violence with nothing that tells an occurrence: what people do
        ("ومنعهم من أن يكونوا جيوبا عسكرية لطهران يعتدون على اليمن ويهددون المملكة.", []),
        ("إن هؤلاء يقتلون المسلمين ويستهدفون المساجد باسم الدين.", []),
        # a weapon named with it tells no act («بالرصاص»)
        ("وأعلن المجلس أن تنظيم داعش يستهدف مدنيين بالرصاص ويقتلهم خلال محاولتهم الفرار من المدينة.", []),
        # with a time word it is told as happening
        ("ويقصف الطيران الحربي اليوم أحياء مدينة حلب.", [("shelling_artillery_missile_attack", "ويقصف")]),
    ],
)
def test_present_violence_without_an_occurrence_is_comment(text: str, expected: list[tuple[str, str]]) -> None:
    assert told(text) == expected
