"""Quality gates for the events step (floors measured, never lowered silently).

* the no-event set: 217 sentences of Wikinews/ANT checked by hand to hold no event
  (tests/data/no_event_sentences.jsonl); measured 2/217 (0.9%) with an event;
* the report half of the UniversalPetrarch gold sentences: recall measured 0.6622, type
  accuracy 0.9933 (full pipeline, second pass, docs/events.md); the floors sit just under them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.eval.events import evaluate, load_gold, split_of
from khabar.options import data_dir
from khabar.pipeline import analyze

NO_EVENT = Path(__file__).parent / "data" / "no_event_sentences.jsonl"
FP_FLOOR = 0.01  # share of no-event sentences with an event: measured 2/217
RECALL_FLOOR = 0.65  # report half: measured 0.6622 (second pass; was 0.64 at 0.6578; slack for other steps)
TYPE_FLOOR = 0.95  # report half: measured 0.9933


def test_no_event_sentences_are_checked_text() -> None:
    rows = [json.loads(line) for line in NO_EVENT.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 200
    assert {r["corpus"] for r in rows} <= {"wikinews", "ant"}
    assert len({r["id"] for r in rows}) == len(rows)


def test_false_positive_rate_on_no_event_sentences() -> None:
    rows = [json.loads(line) for line in NO_EVENT.read_text(encoding="utf-8").splitlines()]
    with_event = [r["id"] for r in rows if analyze(r["text"]).events]
    assert len(with_event) / len(rows) <= FP_FLOOR, with_event


@pytest.mark.shared_data
def test_split_is_deterministic_and_halves_the_gold() -> None:
    gold = load_gold(data_dir() / "events" / "upetrarch-arabic")
    assert len(gold) == 645
    tune = sum(split_of(g.id) == "tune" for g in gold)
    assert 0.4 < tune / len(gold) < 0.6


@pytest.mark.shared_data
def test_report_recall_and_typing_stay_above_floor() -> None:
    result = evaluate(data_dir() / "events" / "upetrarch-arabic", parts=("report",))["report"]
    assert isinstance(result, dict)
    assert result["recall"] >= RECALL_FLOOR
    assert result["type_accuracy"] >= TYPE_FLOOR
