"""Session 13 (events-13c, docs/events.md): a recruitment or joining event with no date is a
person's or a unit's past told as background, not an occurrence reported
(``practices.undated_joinings``, read at the end of the events step). Sentences written for these
tests after the phrasing of SaudiNewsNet 2015 and ANT articles."""

from __future__ import annotations

import pytest

from _events import doc_of
from khabar.events import extract_events
from khabar.events.practices import undated_joinings
from khabar.pipeline import analyze


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.subtype) for e in analyze(text).events]


@pytest.mark.parametrize("text", [
    # a unit's or a person's past, told without a date
    "وكان اللواء الخامس عشر الذي انضم قادته إلى الحوثيين يتمركز في المدينة.",
    "وقالت ابنته إن والدها توجه إلى فلسطين وانضم إلى الجيش العربي.",
    "وكانت قوات من كينيا قد انضمت إلى قوة الاتحاد الأفريقي في الصومال.",
    "وذكر أحد الأسرى في التسجيل أنه تم تجنيده عبر وسطاء.",
])
def test_an_undated_joining_yields_nothing(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    # a date or a time reference read by the dates layer: the joining is told as an occurrence
    ("وذكرت الصحيفة أمس أن المهاجم التحق بصفوف التنظيم قبل شهرين.", [("التحق بصفوف", "recruitment")]),
    ("وانضم الشاب إلى التنظيم في 12 يوليو الماضي.", [("وانضم الشاب إلى", "recruitment")]),
    # other subtypes without a date stay
    ("واعتقلت الشرطة رجلين بتهمة الصيد غير المشروع.", [("واعتقلت", "arrests")]),
])
def test_dated_joinings_and_other_events_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_the_step_drops_what_extraction_found() -> None:
    # extraction still finds the joining; the step's last filter drops it and numbers the rest again
    text = "واعتقلت الشرطة رجلين. وكان اللواء الخامس عشر الذي انضم قادته إلى الحوثيين قد انسحب."
    found = extract_events(doc_of(text))
    assert [e.subtype for e in found if e.subtype == "recruitment"] == ["recruitment"]
    kept = undated_joinings(found)
    assert "recruitment" not in [e.subtype for e in kept]
    # the step numbers what it keeps again
    stepped = analyze(text).events
    assert [e.subtype for e in stepped] == [e.subtype for e in kept]
    assert [e.id for e in stepped] == [f"v{i}" for i in range(1, len(stepped) + 1)]
