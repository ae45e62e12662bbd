"""Session 11 (events-11b, docs/events.md): a noun of an act right after «قبل/قبيل/عند/لدى/حين/
منذ/حتى» in a sentence with no date, no time word and no number, with no dead or wounded in its
clause, is the time reference of what is told, not an occurrence (``practices._reference_point``,
stage 1g of ``filters.keep_mentions``; list ``reference_points``). Sentences written for these
tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers


@pytest.mark.parametrize("text", [
    # an undated act as the time of what is told, or of a plan
    "وقالت النقابة إنه منذ اجتياح الميليشيات للعاصمة جرى إغلاق مقرات الصحف.",
    "وقال الوزير إنه عند انسحابهم من القاعدة لن يتم التعرض لهم.",
    "وتتعرض الحكومة منذ هجوم سوروتش لانتقادات شديدة من المعارضة.",
    "وأضافوا أن الميليشيات بدأت، قبل انسحابها، في عمليات نهب واسعة للمحلات.",
])
def test_an_undated_reference_point_yields_nothing(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize("text, expected", [
    # the acts told by their own verbs stay beside their reference point
    ("وفجرت الميليشيات مبنى البلدية وأضرمت النيران في السوق قبل انسحابها منه.", [("وفجرت", "remote_explosive")]),
    ("وقال إن الحوثيين أضرموا النيران في مبنى الاتصالات وحطموا الكوابل قبل انسحابهم منه.",
     [("أضرموا النيران", "attack")]),
    ("وأحرق المسلحون المدرسة قبل انسحابهم، ثم قصفوا الحي بقذائف الهاون.",
     [("قصفوا", "shelling_artillery_missile_attack")]),
    ("وأعدم التنظيم عشرة أسرى قبيل انسحابه من البلدة.", [("وأعدم", "attack")]),
    # a date in the sentence: the reference is an occurrence told
    ("وأعدم التنظيم عشرة أسرى يوم الجمعة قبيل انسحابه من البلدة.",
     [("وأعدم", "attack"), ("انسحابه", "movement_of_forces")]),
    # a relative clause after the noun tells the act
    ("وفر السكان من القرية قبل الهجوم الذي شنه المسلحون على المعسكر.", [("الهجوم", "attack")]),
    # the dead in its clause
    ("وتعيش المدينة حالة من الحزن منذ مقتل الشاب برصاص الشرطة.", [("برصاص", "armed_clash")]),
])
def test_reference_points_that_tell_an_occurrence_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == expected
