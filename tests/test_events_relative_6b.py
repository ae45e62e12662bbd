"""Past acts told in a relative clause (events-6b, session 6; the recall classes of audit K
that events-6d sent): a dated killing after «الذي» is no victims described; a past act in a
relative clause inside a demand or a promise happened. Each class: two instances and one of
the same shape that must yield nothing. (The class of a weak attack noun after «تعرض لـ/إلى»
was measured and removed by events-6f: docs/events.md.)"""

from __future__ import annotations

import pytest
from tests._events import triggers


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت ألمانيا إنها ستراجع حالات طالبي اللجوء بعد قضية المهاجر أنيس العامري الذي قتل 12 شخصا الشهر"
     " الماضي في سوق لعيد الميلاد في برلين.", ["قتل"]),
    # must stay empty: the victims described, no date
    ("وقالت المنظمة إن الضحايا الذين قتلوا دفنوا في مقبرة جماعية.", []),
])
def test_dated_killing_in_a_relative_clause(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وطالبت النقابة بإطلاق سراح المراسل الذي جرى اختطافه على أيدي مسلحين في الأول من يونيو.", ["جرى اختطافه"]),
    ("وطالبت العائلة بالإفراج عن الطبيب الذي تم اختطافه أمس في المدينة.", ["تم اختطافه"]),
    ("وتعهد القضاء العسكري بفتح تحقيق في مقتل خليفة السلطاني، شقيق مبروك الذي قتله إرهابيون في نفس المنطقة"
     " في نوفمبر 2015.", ["قتله"]),
    # must stay empty: what is demanded itself
    ("وطالبت النقابة بوقف الاعتداءات على الصحفيين.", []),
])
def test_past_act_in_a_relative_clause_of_a_demand(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected
