"""Session 18 (events-18b, docs/events.md "Session 18: audit T (events-18b)"): bug fixes found
while judging audit T.

1. ``sentence_view._strip_clitic``: list ``mixed_sports`` of ``filter_words.tsv`` holds words of
   sport that name other things too, "folded, after one clitic و/ف/ب/ل"; the code stripped the
   clitic only before a rest of four letters or more, so «بهدف» (with the aim of), «وهدف» stayed
   words of sport and a war sentence holding one lost its violence as sport.

Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers as _events


@pytest.mark.parametrize(("text", "expected"), [
    # «بهدف» (with the aim of) in a sentence telling war: the violence stays (nothing on main)
    ("قتل خمسة جنود أمس في هجوم شنه مسلحون على نقطة تفتيش بهدف السيطرة عليها.",
     [("قتل خمسة جنود أمس في هجوم", "armed_clash")]),
    ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في صعدة بهدف تدميرها.",
     [("غارات", "air_drone_strike")]),
    ("وقتل ثلاثة مدنيين أمس في قصف استهدف السوق وهدف المهاجمون إلى ترويع السكان.",
     [("وقتل", "shelling_artillery_missile_attack")]),
])
def test_with_the_aim_of_is_no_word_of_sport_where_war_is_told(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a match won by a goal: still sport, no event
    "فاز الهلال على النصر بهدف نظيف في المباراة التي جرت أمس.",
    "تقدم الفريق بهدف في الدقيقة العاشرة بعد هجوم منظم.",
    "وسجل المهاجم هدف الفوز بعد هجوم مرتد سريع في الشوط الثاني.",
    # «بهدف» before the violence word: a purpose, no occurrence
    "عقد الوزراء اجتماعا أمس بهدف منع الهجمات على المدنيين.",
])
def test_sport_and_purposes_stay_without_events(text: str) -> None:
    assert _events(text) == []
