"""Twelfth pass (events-7e, docs/events.md): forces advancing towards a place are a movement of
forces; the rows «تقدم نحو/باتجاه/صوب» are verbs of going (``objects.MOVING``) whose mover is any
armed word next to them. Sentences written for these tests (not taken from an article)."""

from __future__ import annotations

import pytest

from _events import doc_of
from khabar.events import extract_events


def _moves(text: str) -> list[str]:
    return [e.trigger.text for e in extract_events(doc_of(text)) if e.subtype == "movement_of_forces"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("وقال مصدر عسكري إن قوات الجيش تقدمت أمس باتجاه مطار المدينة.", "تقدمت أمس باتجاه"),
    ("وأكدت المصادر أن المقاومة الشعبية تتقدم نحو مركز مديرية لودر.", "تتقدم نحو"),
    ("وأضاف أن الحوثيين تقدموا صوب الميناء مساء الخميس.", "تقدموا صوب"),
    # the goal may be a headquarters: forces advance on it, police go to a scene
    ("وقال الناطق إن القوات الحكومية تقدمت باتجاه مقر المحافظة.", "تقدمت باتجاه"),
])
def test_forces_advancing_towards_a_place(text: str, trigger: str) -> None:
    assert _moves(text) == [trigger]


@pytest.mark.parametrize("text", [
    # no armed mover: progress of talks, a party, a request
    "وقال الوزير إن المفاوضات تتقدم نحو حل سياسي للأزمة.",
    "وتقدم الحزب باتجاه الانتخابات البلدية بقائمة جديدة.",
    "وتقدم المواطن بشكوى إلى مركز الشرطة.",
    # an abstract goal even with armed men in the sentence
    "وقال قائد الجيش إن المفاوضات تتقدم نحو حل ينهي القتال.",
])
def test_no_armed_advance_is_none(text: str) -> None:
    assert _moves(text) == []
