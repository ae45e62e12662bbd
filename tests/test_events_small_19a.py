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
