"""Session 10 (events-10b, docs/events.md "Session 10: protest look-alikes"): «تظاهر ب» is to pretend,
and slogans, flags or pictures raised or chanted and people or forces gathered tell a protest only
where the sentence tells one (``unreal._no_protest_told``, stage 1c of ``filters.keep_mentions``).
Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers


@pytest.mark.parametrize("text", [
    # pretending
    "وبعد خروجه من السجن يبدي الندم ويتظاهر بالصلاح والتقوى ثم يعود إلى نشاطه.",
    "ونجا الجريح الثاني بأعجوبة إذ تظاهر بأنه ميت فتركه المهاجمون.",
    # slogans, flags and pictures with no protest told
    "وقال إن التنظيم يبرر أعماله بأنها نصرة للإسلام ورفع شعارات براقة زائفة.",
    "وكان أول من رفع هذه الشعارات لخداع الجهلة من الناس.",
    "وقال المحلل إن الانقلابيين كانوا يرددون شعارات مثل اليمن مقبرة الغزاة.",
    "وقال إن ذلك أدى إلى رفع المعنويات «بصورة» كبيرة لدى المقاتلين.",
    # a gathering that is no protest: fans, forces, people fetching water
    "وأمتع نجوم الفريق الجماهير الغفيرة التي احتشدت في المدرجات.",
    "وقالت المصادر إن الأرتال وصلت إلى المدينة في حين احتشدت قوات من الجيش جنوبها استعدادا لاقتحام المعسكر.",
])
def test_protest_look_alikes_yield_nothing(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize("text, expected", [
    # protesters, another protest word, a purpose or a demand in the sentence: the protest stays
    ("ورفع المتظاهرون لافتات أمام مقر الحكومة أمس.", [("ورفع المتظاهرون لافتات", "peaceful_protest")]),
    ("وتجمع المحتجون أمام مقر الولاية أمس.", [("وتجمع", "peaceful_protest")]),
    ("واحتشد المئات في ساحة المدينة أمس مطالبين بالإفراج عن المعتقلين.", [("واحتشد", "peaceful_protest")]),
    ("ورفع المشاركون في المسيرة شعارات ضد الحكومة أمس.", [("ورفع", "peaceful_protest")]),
    # «تظاهر» with its subject stays a protest
    ("وتظاهر مئات الطلاب أمس أمام وزارة التعليم.", [("وتظاهر", "peaceful_protest")]),
])
def test_protests_told_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == expected
