"""The CI quality gate: held-back gold scores must stay at or above tests/gold/baseline.json.

Runs ``khabar.analyze`` on every annotated held-back article (SaudiNewsNet text is read from
the shared news corpus via ``khabar.options.data_dir()``) once per session, then checks each
floor in its own test so a failure names the metric. Floors are raised when khabar improves
and never lowered without a dated reason in the baseline file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.eval.gold import score

GOLD = Path(__file__).parent / "gold"
BASELINE = json.loads((GOLD / "baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> dict:
    return score(GOLD, BASELINE["split"])


def test_gate_scores_articles_without_errors(report: dict) -> None:
    assert report["articles"] > 0
    assert report.get("errors", []) == []


@pytest.mark.parametrize("metric", sorted(BASELINE["floors"]))
def test_score_at_or_above_floor(report: dict, metric: str) -> None:
    layer, name = metric.split(".")
    # A metric with an empty denominator (e.g. precision when nothing is predicted) is null
    # in the report and counts as 0 here.
    value = report["scores"][layer][name] or 0.0
    floor = BASELINE["floors"][metric]
    assert value >= floor, f"{metric} = {value} fell under its floor {floor} (tests/gold/baseline.json)"
