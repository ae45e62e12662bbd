"""Session 14 (events-14c, docs/events.md): an act named only inside a relative clause that
describes a person, a group, a place or a thing, with no date of its own, is background, not an
event of the article (``described.undated_descriptions``, read at the end of the events step).
Sentences written for these tests after the phrasing of SaudiNewsNet 2015 and ANT articles."""

from __future__ import annotations

import pytest

from _events import doc_of
from khabar.events import extract_events
from khabar.events.described import undated_descriptions
from khabar.pipeline import analyze
from khabar.schema import Fatalities


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.subtype) for e in analyze(text).events]


@pytest.mark.parametrize("text", [
    # detainees, a signatory, a daughter, a group described by an act told without a date
    "وقالت المصادر إن عددا من المعتقلين الذين تم احتجازهم من الحوثيين نقلوا إلى السجن.",
    "وقال الوزير إن الحكومة التي وقعت الاتفاق مع المتمردين لم تلتزم ببنوده.",
    "وقدمت الأسرة شكوى بعد أن تعرضت ابنتها التي اختطفتها العصابة للابتزاز.",
    "وأكد أن الحوثيين الذين انسحبت ميليشياتهم من عدة محافظات يزودون المنظمات بالسلاح.",
    "وقال إن أهالي الجنود الذين فروا من جبهات القتال حملوا السلاح.",
])
def test_an_undated_description_yields_nothing(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    # 1. a date read by the dates layer: a dated background occurrence counts
    ("وقالت المصادر إن المعتقلين الذين تم احتجازهم أمس نقلوا إلى السجن.", [("تم احتجازهم", "arrests")]),
    # 1. a place of its own anchors it (the article's own news: a withdrawal told in passing)
    ("وذكرت المصادر أن القوات تحاصر المتمردين الذين انسحبوا من مدينة الحوطة.", [("انسحبوا", "movement_of_forces")]),
    # 2. the clause describes an act named before it (often the article's own news)
    ("وتعتقد الشرطة أن المتهم سيقودها إلى منفذي العملية الإرهابية التي تم فيها إحراق منزل العائلة.",
     [("العملية الإرهابية", "attack"), ("تم فيها إحراق", "violent_demonstration")]),
    # ... or at the head of a construct, up to three words back (dev part J's gold: an air strike)
    ("وتحدث المسؤول عن ضربات طيران التحالف التي دكت مواقع المتمردين.",
     [("دكت", "shelling_artillery_missile_attack")]),
    # 3. a time ago in the clause: dated
    ("وأطلقت السلطات اسم النائب العام الذي قتل في تفجير سيارة قبل أكثر من شهر على الشارع.",
     [("قتل في تفجير", "remote_explosive")]),
    # 4. a relative clause on the people who demonstrated tells the protest
    ("وخرج السكان الغاضبون الذين تظاهروا أمام مقر الولاية.", [("تظاهروا", "peaceful_protest")]),
    # an act told outside a relative clause, undated, stays
    ("واعتقلت الشرطة رجلين في بغداد.", [("واعتقلت", "arrests")]),
])
def test_dated_or_told_acts_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


_TWO = "وتظاهر مئات الطلاب في بغداد. وقال إن عددا من المعتقلين الذين تم احتجازهم من الحوثيين نقلوا إلى السجن."


def test_a_told_mention_a_date_a_place_or_a_toll_keeps_the_description() -> None:
    doc = doc_of(_TWO)
    told, described = extract_events(doc)
    assert undated_descriptions([described], doc.tokens) == []
    # the merge joined a telling outside a relative clause: not every telling describes
    joined = described.model_copy(update={"mentions": [told.trigger]})
    dated = described.model_copy(update={"date": "d1"})
    placed = described.model_copy(update={"place": "p1"})
    tolled = described.model_copy(update={"fatalities": Fatalities(min=1, best=1, max=1)})
    for e in (joined, dated, placed, tolled):
        assert undated_descriptions([e], doc.tokens) == [e]


def test_a_retelling_joined_by_the_merge_stays_a_mention() -> None:
    # the detention told again in a relative clause is merged into the arrest told before it
    text = "واعتقلت الشرطة رجلين في بغداد. وقال إن عددا من المعتقلين الذين تم احتجازهم من الحوثيين نقلوا إلى السجن."
    assert [(e.trigger.text, [m.text for m in e.mentions]) for e in analyze(text).events] == [
        ("واعتقلت", ["تم احتجازهم"])]


def test_the_step_drops_what_extraction_found() -> None:
    # extraction still finds the detention; the step's last filter drops it and numbers the rest again
    text = _TWO
    doc = doc_of(text)
    found = extract_events(doc)
    assert [e.trigger.text for e in found] == ["وتظاهر", "تم احتجازهم"]
    kept = undated_descriptions(found, doc.tokens)
    assert [e.trigger.text for e in kept] == ["وتظاهر"]
    stepped = analyze(text).events
    assert [e.trigger.text for e in stepped] == ["وتظاهر"]
    assert [e.id for e in stepped] == ["v1"]
