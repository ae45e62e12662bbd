"""Twelfth pass (events-7g, docs/events.md): a weak noun governed by a past verb before it, with
the verb's subject, a place or a date between (``filters._governed_before``), and a date or a time
between a support and its noun not counted in the support windows (``filters._words_around``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from _events import typed_triggers


@pytest.mark.parametrize("text, expected", [
    # an undergone act: the noun after «إلى» or with «لـ»
    ("تعرضت معلمة تدرس بمدرسة الأمل بقابس يوم الاثنين 6 مارس 2017، إلى اعتداء من طرف ولي تلميذ.",
     [("اعتداء", "attack")]),
    ("تعرض تلميذ بمدينة نابل صباح اليوم الأحد لاعتداء من قبل منحرف.", [("لاعتداء", "attack")]),
    # an agentive verb, its bare object right after the date
    ("نفذ أعوان البلدية بجندوبة صباح اليوم الخميس إضرابا بكامل المصالح.", [("إضرابا", "peaceful_protest")]),
    ("نفذ أطباء المستشفى الجهوي بالقصرين اليوم الأربعاء، إضرابا احتجاجا على الاعتداءات.",
     [("إضرابا", "peaceful_protest")]),
    # went on strike: a protest noun after «في»
    ("دخل عمال شركة النقل بصفاقس بداية من اليوم الاثنين في إضراب مفتوح.", [("إضراب", "peaceful_protest")]),
    ("دخلت ممرضات المستشفى صباح اليوم في إضراب احتجاجا على نقص التجهيزات.", [("إضراب", "peaceful_protest")]),
])
def test_weak_noun_governed_across_subject_and_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == expected


@pytest.mark.parametrize("text", [
    # a date to come
    "دخل الأساتذة بداية من الأسبوع المقبل في إضراب.",
    # negated, or the verb's object is another noun
    "لم يتعرض أي عون يوم أمس الأحد إلى اعتداء.",
    "نفذت وحدات الجيش، اليوم السبت، عملية بيضاء لمحاكاة حجز سيارة تهريب.",
    # «في» with a verb that governs no protest
    "دخل الوزير صباح اليوم في اجتماع حول الإضراب.",
    # a strike that is no act of the verb's subject: «نظم» then another noun
    "نظمت النقابة اليوم الجمعة ندوة حول إضراب.",
])
def test_not_governed_yields_nothing(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize("text, expected", [
    ("تم مساء اليوم الخميس 2 فيفري 2017 إيقاف شاب مفتش عنه بمدينة سوسة.", [("إيقاف", "arrests")]),
    ("تم صباح أمس الثلاثاء إيقاف ثلاثة أشخاص بحوزتهم أسلحة بيضاء.", [("إيقاف", "arrests")]),
])
def test_date_between_tamma_and_its_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == expected


def test_date_not_next_to_the_noun_counts() -> None:
    # «تم» governs the finding, not the shell: the date does not touch the noun
    assert typed_triggers("تم عشية اليوم الثلاثاء، اكتشاف قذيفة من مخلفات الحرب في عرض البحر.") == []
