"""Quality gates for the events step (floors measured, never lowered silently).

* the no-event set: 217 sentences of Wikinews/ANT checked by hand to hold no event
  (tests/data/no_event_sentences.jsonl); measured 2/217 (0.9%) with an event;
* the SaudiNewsNet no-event set: 66 sentences with conflict words kept by hand (stand-off,
  tests/data/no_event_sentences_saudinewsnet.jsonl); measured 5/66 when picked, 3/66 (4.5%) after;
* the report half of the UniversalPetrarch gold sentences: recall measured 0.6711, type
  accuracy 0.9934, source accuracy 0.7391 (full pipeline, third pass, docs/events.md), target
  accuracy 0.5455 (session 15); the floors sit just under them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from khabar.eval.events import evaluate, load_gold, split_of
from khabar.options import data_dir
from khabar.pipeline import analyze

NO_EVENT = Path(__file__).parent / "data" / "no_event_sentences.jsonl"
# Stand-off (article id, offsets, sha256; no text: CC BY-NC-SA) SaudiNewsNet 2015 sentences with
# conflict words, picked at random (seed 20261126) and kept by hand when they report no event.
NO_EVENT_SNN = Path(__file__).parent / "data" / "no_event_sentences_saudinewsnet.jsonl"
SNN_FP_FLOOR = 0.05  # measured 5/66 when picked, 3/66 after the events-articles fixes
FP_FLOOR = 0.01  # share of no-event sentences with an event: measured 2/217
RECALL_FLOOR = 0.69  # report half: measured 0.7022 (session 7; 0.6933 sessions 5-6, 0.6844 session 4, 0.6711 third pass)
TYPE_FLOOR = 0.95  # report half: measured 0.9934
SOURCE_FLOOR = 0.71  # report half: measured 0.7391 (third pass; issue 7's target is 0.70)
TARGET_FLOOR = 0.53  # report half: measured 0.5455, 42 of 77 (session 15; 0.5195 before its argument fixes)


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
    assert result["source_accuracy"] >= SOURCE_FLOOR
    assert result["target_accuracy"] >= TARGET_FLOOR


def _saudinewsnet_no_event_texts() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in NO_EVENT_SNN.read_text(encoding="utf-8").splitlines()]
    need = {r["article"] for r in rows}
    texts: dict[str, str] = {}
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            if art["id"] in need:
                texts[art["id"]] = art["text"]
    out = []
    for r in rows:
        text = texts[r["article"]][r["start"]: r["end"]]
        assert hashlib.sha256(text.encode()).hexdigest() == r["sha256"], r["id"]
        out.append((r["id"], text))
    return out


def test_saudinewsnet_no_event_sentences_are_stand_off() -> None:
    rows = [json.loads(line) for line in NO_EVENT_SNN.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 60
    assert all(set(r) == {"corpus", "id", "article", "start", "end", "sha256"} for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)


@pytest.mark.shared_data
def test_false_positive_rate_on_saudinewsnet_no_event_sentences() -> None:
    sents = _saudinewsnet_no_event_texts()
    with_event = [sid for sid, text in sents if analyze(text).events]
    assert len(with_event) / len(sents) <= SNN_FP_FLOOR, with_event
