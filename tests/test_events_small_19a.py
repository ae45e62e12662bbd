"""Small events bugs left by session 18 (events-19a; docs/events.md, "Session 19: small bugs left
by session 18"). Probe sentences written for this file (the forms of the news, not its sentences),
each class with the sentences that must keep their reading.
"""

from __future__ import annotations

import pytest

from khabar import RawArticle, analyze

_TAKINGS = {"non_state_actor_overtakes_territory", "government_regains_territory"}


def _events(text: str) -> list[tuple[str, str]]:
    doc = analyze(RawArticle(text=text, source="t", id="t", date="2015-06-01"))
    return [(e.subtype or "", e.trigger.text) for e in doc.events]


def _takings(text: str) -> list[str]:
    return [t for s, t in _events(text) if s in _TAKINGS]


# 1. `objects.object_ok`: the phrases of `_TAKING_NEAR` read a named place of the places layer
#    near them, as «سيطر على» does (its comment: "the same with the place anywhere in a few
#    words around"; audit T's miss of IS taking Anbar).
NAMED_PLACE_TAKEN = [
    "يذكر أن داعش استولى على الأنبار في 17 مايو الماضي.",
    "وسقطت الرمادي بيد تنظيم داعش الأحد الماضي.",
    "واستولى الحوثيون على صنعاء في سبتمبر الماضي.",
]


@pytest.mark.parametrize("text", NAMED_PLACE_TAKEN)
def test_taking_near_reads_a_named_place(text: str) -> None:
    assert _takings(text)


# kept: no armed men (a fraud), no place, a state in the present
NO_TAKING = [
    "استولى رجل على أموال في الرياض.",
    "واستولى المسلحون على مبالغ مالية من البنك.",
    "ويحكم التنظيم سيطرته على الموصل منذ عام.",
]


@pytest.mark.parametrize("text", NO_TAKING)
def test_taking_near_without_place_or_armed_men(text: str) -> None:
    assert _takings(text) == []


def _killings(text: str) -> list[str]:
    """Trigger texts and mentions of every event (the suicide's verb must be in none)."""
    doc = analyze(RawArticle(text=text, source="t", id="t", date="2015-06-01"))
    return [x.text for e in doc.events for x in (e.trigger, *e.mentions)]


# 2. `other_senses._self`: «نفسه» past the verb's subject (verb, subject, object) is the doer
#    himself, a suicide, in the present («قبل أن يقتل»; audit T's gunman).
SUICIDE_PAST_SUBJECT = [
    ("وقال قائد الشرطة إن شخصين قتلا جراء إطلاق النار قبل أن يقتل المسلح (58 عاما) نفسه بمسدس.", "يقتل"),
    ("وأوضح أن المهاجم أطلق النار على الحضور قبل أن يقتل الرجل نفسه.", "يقتل"),
]


@pytest.mark.parametrize(("text", "verb"), SUICIDE_PAST_SUBJECT)
def test_suicide_past_the_subject(text: str, verb: str) -> None:
    assert not any(verb in t for t in _killings(text))


# kept: the past (as often the passive «قُتل القائد نفسه», the commander himself killed), the same
# attack or day after a preposition
KEPT_KILLING = [
    ("قتل القائد نفسه في غارة جوية على مدينة الرقة.", "قتل"),
    ("وقتل ثلاثة جنود في الهجوم نفسه.", "وقتل"),
    ("وقتل ثلاثة جنود في اليوم نفسه في مدينة حلب.", "وقتل"),
]


@pytest.mark.parametrize(("text", "verb"), KEPT_KILLING)
def test_killing_kept_with_the_same(text: str, verb: str) -> None:
    assert any(verb in t for t in _killings(text))
