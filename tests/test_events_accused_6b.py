"""Acts of a kind someone is accused of are charges, not occurrences (events-6b, session 6:
unreal._accused_kind): two instances that must yield nothing, and the named act one is accused
of and a plain strike of the same shape that must keep their event."""

from __future__ import annotations

import pytest
from tests._events import triggers


@pytest.mark.parametrize(("text", "expected"), [
    ("وتتهم أنقرة حزب العمال الكردستاني بشن هجمات على قواتها.", []),
    ("واتهمت منظمة العفو الدولية أمس الحوثيين بشن هجمات عشوائية على المدنيين.", []),
    ("وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور لكن موسكو تنفي.", []),
    # must stay: one named act (definite) someone is accused of; a strike told
    ("واتهمت الحكومة المتمردين بشن الهجوم الذي وقع أمس على مركز الشرطة.", ["بشن الهجوم"]),
    ("وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في صعدة.", ["غارات"]),
])
def test_accused_kind_of_act(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected
