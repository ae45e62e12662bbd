"""An execution is never a battle (ACLED: killing captives is violence against civilians), even
when those executed are soldiers; an attack on soldiers stays a battle (khabar.events.acled_type)."""

from __future__ import annotations

import pytest

from khabar import analyze

CASES = [
    # (text, expected (type, subtype) of the sentence's event)
    ("وقال المرصد إن مسلحي التنظيم أعدموا أمس خمسة جنود استسلموا في قرية قرب حلب.",
     ("violence_against_civilians", "attack")),
    ("وأعدم تنظيم داعش ثلاثة جنود عراقيين أسرى في الموصل أمس.",
     ("violence_against_civilians", "attack")),
    ("وأكد المصدر أن الحوثيين أعدموا جنديين بعد أسرهما في تعز.",
     ("violence_against_civilians", "attack")),
    # the span holds the support verb (events-16a, a bug fix: the execution test read «قاموا»/«تم»
    # as the act; audit J's «قاموا بإعدام العشرات من الجنود ... ضد المقاومة» was typed battles)
    ("وأكد المصدر أن الحوثيين قاموا بإعدام العشرات من الجنود الذين رفضوا القتال ضد المقاومة في عدن أمس.",
     ("violence_against_civilians", "attack")),
    ("وأكد المصدر أن الحوثيين قاموا بإعدام جنديين في عدن أمس.", ("violence_against_civilians", "attack")),
    ("وأكد المصدر أنه تم إعدام جنديين في عدن أمس.", ("violence_against_civilians", "attack")),
    # must stay: a killing of soldiers in an attack on an army post is a battle
    ("وقتل المسلحون خمسة جنود في هجوم على حاجز للجيش قرب حلب أمس.", ("battles", "armed_clash")),
    # must stay: a killing (not an execution) with a support verb, and an attack launched on fighters
    ("وأكد المصدر أن الحوثيين قاموا بقتل جنديين في عدن أمس.", ("battles", "armed_clash")),
    ("وشنت القوات هجوما على مواقع المسلحين في عدن أمس.", ("battles", "armed_clash")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_execution_typing(text: str, expected: tuple[str, str]) -> None:
    events = analyze(text).events
    assert [(e.type, e.subtype) for e in events] == [expected]
