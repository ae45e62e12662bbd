"""The features and the threshold pick of the learned event filter experiment
(scripts/event_filter_features.py, scripts/train_event_filter.py; events-7b, session 7)."""

from __future__ import annotations

import pytest
from tests._scripts import script_module

from khabar.document import RawArticle
from khabar.options import Options
from khabar.pipeline import get_pipeline
from khabar.schema import Event, Span

features_mod = script_module("event_filter_features")
train = script_module("train_event_filter")


def _features(text: str, trigger: str) -> dict[str, float]:
    """The features of an event whose trigger is the first occurrence of ``trigger`` (built by
    hand on the Doc the steps before events fill, so that the test reads the features alone)."""
    pipe = get_pipeline(Options(disable=frozenset({"events"})))
    doc = pipe.run(pipe.make_doc(RawArticle(text=text, source="test")))
    start = text.index(trigger)
    event = Event(id="v1", type="battles", subtype="armed_clash", trigger=doc.span(start, start + len(trigger)))
    return features_mod.features(doc, [event], 0)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("اندلعت اشتباكات عنيفة في تعز بعد مقتل قائد ميداني في كمين.", "مقتل", 1.0),
    ("تظاهر مئات الطلاب في صفاقس إثر اعتقال زميل لهم.", "اعتقال", 1.0),
    ("اعتقلت الشرطة ثلاثة مشتبه بهم في الرياض يوم الأحد.", "اعتقلت", 0.0),
])
def test_background_word_before_the_trigger(text: str, trigger: str, expected: float) -> None:
    assert _features(text, trigger).get("background", 0.0) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("نفذت طائرات التحالف غارات على صنعاء خلال الأشهر الستة الماضية.", "غارات", 1.0),
    ("اندلعت اشتباكات عنيفة في تعز بعد مقتل قائد ميداني في كمين.", "اشتباكات", 1.0),
    ("اعتقلت الشرطة ثلاثة مشتبه بهم في الرياض يوم الأحد.", "اعتقلت", 0.0),
])
def test_plural_noun_trigger(text: str, trigger: str, expected: float) -> None:
    assert _features(text, trigger).get("plural", 0.0) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("نفذت طائرات التحالف غارات على صنعاء خلال الأشهر الستة الماضية.", "غارات", 1.0),
    ("اعتقلت الشرطة ثلاثة مشتبه بهم في الرياض يوم الأحد.", "اعتقلت", 0.0),
])
def test_span_of_time_in_the_sentence(text: str, trigger: str, expected: float) -> None:
    assert _features(text, trigger).get("period", 0.0) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("والهجوم", "هجوم"),
    ("بالغارات", "غارات"),
    ("اعتقلت الشرطة", "اعتقلت"),
    ("", ""),
])
def test_trigger_word_stem(text: str, expected: str) -> None:
    assert features_mod._stem(text) == expected


def _rows(labels_probs: list[tuple[int, float]]) -> tuple[list[dict], list[float]]:
    return [{"group": "g", "label": y} for y, _ in labels_probs], [p for _, p in labels_probs]


@pytest.mark.parametrize(("labels_probs", "expected"), [
    # five wrong events under 0.3, no right one: the lowest threshold that drops them all
    ([(0, 0.12), (0, 0.18), (0, 0.22), (0, 0.27), (0, 0.28), (1, 0.9), (1, 0.8)], 0.3),
    # one wrong and one right at the bottom: dropping costs more (COST) than it gains
    ([(0, 0.12), (1, 0.13), (1, 0.9)], 0.0),
    # nothing wrong: no threshold
    ([(1, 0.1), (1, 0.9)], 0.0),
])
def test_threshold_pick(labels_probs: list[tuple[int, float]], expected: float) -> None:
    rows, probs = _rows(labels_probs)
    assert train._pick(rows, probs) == expected


def test_summary_counts_dropped_and_precision() -> None:
    rows = [{"group": "dev", "label": y} for y in (1, 1, 1, 0)]
    out = train._summary(rows, [True, True, False, False], {"dev": 5})
    assert (out["dropped_wrong"], out["dropped_right"]) == (1, 1)
    assert (out["precision_before"], out["precision_after"]) == (0.75, 1.0)
    assert (out["gold_recall_before"], out["gold_recall_after"]) == (0.6, 0.4)


def _event(start: int, type_: str = "battles") -> Event:
    return Event(id=f"v{start}", type=type_, trigger=Span(text="x" * 5, start=start, end=start + 5))  # type: ignore[arg-type]


@pytest.mark.parametrize(("others", "repeats", "expected"), [
    ([_event(100)], 100, True),  # the event it repeats is still predicted
    ([_event(98)], 100, True),  # its trigger still covers that start
    ([_event(300)], 100, False),  # gone: the occurrence is told once now
    ([_event(300)], -1, True),  # the audit names none: another event of the type will do
    ([_event(300, "protests")], -1, False),
    ([], -1, False),
])
def test_still_duplicate(others: list[Event], repeats: int, expected: bool) -> None:
    ev = _event(500)
    assert train._still_duplicate(ev, [*others, ev], repeats) is expected
