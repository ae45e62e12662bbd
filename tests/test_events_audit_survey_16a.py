"""scripts/events_audit_survey.py (events-16a): a ``wrong_type`` verdict whose event carries another
type today than the audited one is no longer counted wrong_type (its new type was never judged)."""

from __future__ import annotations

import pytest
from tests._scripts import script_module

survey = script_module("events_audit_survey")

_EV = {"trigger": {"start": 0, "end": 3, "text": "قتل"}, "mentions": [], "type": "battles"}
_KEY = ("saudinewsnet-000000", 0, 3, survey.sha8("قتل"))


@pytest.mark.parametrize(("verdict", "audited_type", "expected"), [
    ("wrong_type", "violence_against_civilians", survey.RETYPED),  # typed battles since
    ("wrong_type", "battles", "wrong_type"),  # the type judged wrong is still the type
    ("wrong_type", None, "wrong_type"),  # no audited type known: the verdict stands
    ("right", "violence_against_civilians", "right"),  # only wrong_type verdicts are set aside
])
def test_retyped_since(verdict: str, audited_type: str | None, expected: str) -> None:
    verd = {_KEY: (verdict, "killing_in_battle_as_attack", "A")}
    types = {} if audited_type is None else {_KEY: audited_type}
    rows, _, _ = survey.label({_KEY[0]: [_EV]}, verd, types)
    assert [r[0] for r in rows] == [expected]


def test_without_types_nothing_is_set_aside() -> None:
    verd = {_KEY: ("wrong_type", "killing_in_battle_as_attack", "A")}
    rows, _, _ = survey.label({_KEY[0]: [_EV]}, verd)
    assert [r[0] for r in rows] == ["wrong_type"]


def test_audited_types_cover_every_judged_row() -> None:
    groups = {g: survey.ids_of(g) for g in survey.FILES}
    types = survey.audited_types(groups)
    assert set(types) == set(survey.verdicts(groups))
    assert set(types.values()) <= {"battles", "explosions_remote_violence", "violence_against_civilians",
                                   "protests", "riots", "strategic_developments"}
