"""Tallies over a period that are no occurrence (events-6b, session 6: practices._recorded_count,
_over_named_months; _counted_since was measured and removed by events-6f, docs/events.md).
Each class: two instances that must yield nothing and an occurrence of the same shape that
must keep its event."""

from __future__ import annotations

import pytest
from tests._events import triggers


@pytest.mark.parametrize(("text", "expected"), [
    # a report records a count of acts or of the dead
    ("وأضاف أنه تم تسجيل 80 اعتداء على أملاك أعوان الحرس الوطني خلال جانفي.", []),
    ("وأفاد أنه تم تسجيل نحو 110 اعتداءات بالعنف في منوبة و50 في بن عروس.", []),
    ("فيما سجلت محافظة صلاح الدين مقتل 64 واصابة 74 اخرين.", []),
    # must stay: one case recorded without a count; the toll of one attack
    ("كما تمّ تسجيل إصابة عون أمن جرّاء ركله على مستوى البطن، وفق البلاغ.", ["تمّ تسجيل إصابة"]),
    ("وارتفعت حصيلة الهجمات الصاروخية التي استهدفت منطقة الحديد أمس إلى 11 قتيلا.", ["الهجمات"]),
])
def test_recorded_count(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acts counted over named months
    ("وقالت البعثة إن 1332 عراقيا لقوا مصرعهم خلال يوليو الماضي.", []),
    ("وقتل 40 مدنيا في غارات جوية خلال شهري مايو ويونيو في المحافظة.", []),
    # (the arrest told after the months is one occurrence and stays)
    ("وأوضحت الوزارة أنه تم حرق 4 سيارات بجهة حمام الأنف خلال شهري أكتوبر ونوفمبر 2016 والقبض على"
     " مقترفي عمليات الحرق.", ["والقبض على"]),
    # must stay: a month as the date of one attack («في»), one death in a month without a count
    ("وفي نوفمبر، قتل 55 شخصا في هجوم على سوق المدينة.", ["قتل 55 شخصا في هجوم"]),
    # (the naming noun six tokens after the killing: past the reach, a mention, events-14f)
    ("وقتل الرقيب خلال شهر نوفمبر المنقضي في هجوم إرهابي.", ["وقتل"]),
    # must stay: a wave of arrests (the gold annotates «اعتقلت 851 شخصا ... خلال الأيام الثلاثة»)
    ("واعتقلت الشرطة 120 شخصا خلال جانفي وفيفري في قضايا إرهابية.", ["واعتقلت"]),
])
def test_over_named_months(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected
