"""scripts/events_audit_survey.py (events-15a): the audits' free-text classes grouped, and the
audits it reads (A-Q only: R and S are the lead's clean reserve)."""

from __future__ import annotations

import pytest
from tests._scripts import script_module

survey = script_module("events_audit_survey")


@pytest.mark.parametrize(("verdict", "klass", "expected"), [
    ("right", "-", "right"),
    ("wrong_type", "killing_in_battle_as_attack", "wrong_type"),
    ("duplicate", "retelling kept apart", "dup: retelling (incl. lead summary)"),  # «apart» is no «part»
    ("duplicate", "retold>49", "dup: retelling (incl. lead summary)"),
    ("duplicate", "part_of_same_act>587", "dup: part of same act"),
    ("duplicate", "coordinated verbs of one act (khutif wa-ududhib)", "dup: part of same act"),
    ("duplicate", "air_cover", "dup: part of same act"),
    ("not_event", "undated background: a suspect who fought in Mosul", "undated background"),
    ("not_event", "plan_or_general_policy", "plan/prediction/unfinished"),
    ("not_event", "general situation: a year's wave of violence in a statistic", "general situation/practice"),
    ("not_event", "tally over a period (a monthly or quarterly police report)", "tally/aggregate"),
    ("not_event", "alleged_version_denied", "statement/hypothetical/denied/charge"),
    ("not_event", "other sense: slaughter of poultry (dhabh)", "other sense/ordinary language/non-conflict"),
    ("not_event", "word in a name (Yasser read as asr)", "other sense/ordinary language/non-conflict"),
    # a class no keyword names stays visible as itself
    ("not_event", "circumstance of another event", "other: circumstance of another event"),
])
def test_klass(verdict: str, klass: str, expected: str) -> None:
    assert survey.klass(verdict, klass) == expected


def test_reads_audits_a_to_q_only() -> None:
    assert sorted(survey.FILES) == [chr(c) for c in range(ord("A"), ord("Q") + 1)]
    files = {f for fs in survey.FILES.values() for f in fs}
    assert not any(f.startswith(("r", "s")) for f in files)


def test_every_audit_row_is_read_and_grouped() -> None:
    groups = {g: survey.ids_of(g) for g in survey.FILES}
    verd = survey.verdicts(groups)
    assert len(verd) > 700
    others = {c for v, c, _ in verd.values() if survey.klass(v, c).startswith("other:")}
    assert len(others) <= 2, others  # the search after a blast; a circumstance of another event
