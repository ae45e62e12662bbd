"""The gold scorer's match rules and metrics (docs/annotation.md), on hand-made pairs."""

from __future__ import annotations

import pytest

from khabar.eval.gold import coverage, match, overlap, score_article_pairs

TEXT = "قال وزير الخارجية عادل الجبير إن الهجوم أسفر عن مقتل 12 شخصا في مدينة حلب يوم الأحد."


def sp(snippet: str, n: int = 1) -> dict:
    """Span of the n-th occurrence of ``snippet`` in TEXT."""
    i = -1
    for _ in range(n):
        i = TEXT.index(snippet, i + 1)
    return {"start": i, "end": i + len(snippet), "text": snippet}


def layers(**kw: list) -> dict:
    base: dict[str, list] = {k: [] for k in ("entities", "claims", "quantities", "dates", "places", "events")}
    base.update(kw)
    return base


def run(gold: dict, pred: dict) -> dict:
    return score_article_pairs([(TEXT, gold, pred)])


def claim(content: str, cue: str | None = "قال", speaker: str | None = "وزير الخارجية عادل الجبير",
          certainty: str = "asserted", chain: list[str] | None = None) -> dict:
    spk = sp(speaker) if speaker else None
    return {"content": sp(content), "cue": sp(cue) if cue else None, "speaker": spk,
            "chain": [sp(c) for c in chain] if chain else ([spk] if spk else []),
            "kind": "indirect", "certainty": certainty}


GOLD_CONTENT = "الهجوم أسفر عن مقتل 12 شخصا في مدينة حلب يوم الأحد"


@pytest.mark.parametrize(("a", "b", "expected"), [
    ({"start": 0, "end": 5}, {"start": 3, "end": 8}, 2),
    ({"start": 0, "end": 5}, {"start": 5, "end": 8}, 0),  # touching is not overlapping
    ({"start": 0, "end": 5}, None, 0),
])
def test_overlap(a: dict, b: dict | None, expected: int) -> None:
    assert overlap(a, b) == expected


def test_coverage_counts_gold_tokens() -> None:
    half = sp("الهجوم أسفر عن مقتل 12")  # 5 of the 11 gold tokens
    assert coverage(TEXT, half, sp(GOLD_CONTENT)) == pytest.approx(5 / 11)


def test_match_is_one_to_one() -> None:
    gold = [{"start": 0, "end": 10}]
    pred = [{"start": 0, "end": 10}, {"start": 2, "end": 8}]
    assert match(gold, pred, overlap) == [(0, 0)]


def test_match_prefers_the_larger_overlap() -> None:
    gold = [{"start": 0, "end": 4}, {"start": 4, "end": 10}]
    pred = [{"start": 3, "end": 10}]
    assert match(gold, pred, overlap) == [(1, 0)]


@pytest.mark.parametrize(("pred", "matched"), [
    (claim(GOLD_CONTENT), True),
    (claim("الهجوم أسفر عن مقتل 12 شخصا في"), True),  # 7/11 tokens covered
    (claim("الهجوم أسفر عن مقتل"), False),  # 4/11 < half
    (claim(GOLD_CONTENT, cue="إن", speaker="حلب"), False),  # neither cue nor speaker agrees
    (claim(GOLD_CONTENT, cue="إن"), True),  # speaker agrees
    (claim(GOLD_CONTENT, speaker="حلب"), True),  # cue agrees
])
def test_claim_match_rule(pred: dict, matched: bool) -> None:
    r = run(layers(claims=[claim(GOLD_CONTENT)]), layers(claims=[pred]))
    assert r["scores"]["claims"]["recall"] == (1.0 if matched else 0.0)


def test_claim_speaker_chain_and_certainty_accuracy() -> None:
    gold = [claim(GOLD_CONTENT, certainty="alleged", chain=["عادل الجبير"])]
    pred = [claim(GOLD_CONTENT, speaker="عادل الجبير", certainty="asserted", chain=["حلب", "عادل الجبير"])]
    s = run(layers(claims=gold), layers(claims=pred))["scores"]["claims"]
    assert (s["recall"], s["precision"]) == (1.0, 1.0)
    assert s["speaker_accuracy"] == 1.0  # overlapping speaker spans
    assert s["chain_root_accuracy"] == 0.0  # predicted root «حلب» is not the gold root
    assert s["certainty_accuracy"] == 0.0
    assert s["certainty_accuracy_non_asserted"] == 0.0


def test_unmatched_prediction_lowers_precision_only() -> None:
    pred = [claim(GOLD_CONTENT), claim("مدينة حلب يوم الأحد", cue="إن", speaker="حلب")]
    s = run(layers(claims=[claim(GOLD_CONTENT)]), layers(claims=pred))["scores"]["claims"]
    assert (s["recall"], s["precision"]) == (1.0, 0.5)


def ent(snippet: str, type_: str, n: int = 1) -> dict:
    return sp(snippet, n) | {"type": type_}


@pytest.mark.parametrize(("pred", "f1"), [
    ([ent("عادل الجبير", "PER")], 1.0),
    ([ent("الجبير", "PER")], 1.0),  # overlapping span is enough
    ([ent("عادل الجبير", "ORG")], 0.0),  # wrong type: no match
    ([ent("وزير", "PER")], 0.0),  # no overlap
    ([], 0.0),
])
def test_entity_match_rule(pred: list, f1: float) -> None:
    s = run(layers(entities=[ent("عادل الجبير", "PER")]), layers(entities=pred))["scores"]["entities"]
    assert s["micro_f1"] == f1


def test_entity_mentions_count_as_predictions() -> None:
    pred = [ent("حلب", "LOC") | {"mentions": [sp("حلب"), sp("الخارجية")]}]
    gold = [ent("حلب", "LOC"), ent("الخارجية", "LOC")]
    s = run(layers(entities=gold), layers(entities=pred))["scores"]["entities"]
    assert s["micro_f1"] == 1.0
    assert s["per_type"]["LOC"]["gold"] == 2


def qty(snippet: str, lo: float | None, best: float | None, hi: float | None, unit: str) -> dict:
    return sp(snippet) | {"min": lo, "best": best, "max": hi, "unit": unit}


@pytest.mark.parametrize(("pred", "range_ok", "unit_ok"), [
    (qty("12 شخصا", 12, 12, 12, "people"), 1.0, 1.0),
    (qty("12", 12, 12, 12, "killed"), 1.0, 0.0),
    (qty("12 شخصا", 12, 12, None, "people"), 0.0, 1.0),  # open max is not 12
    (qty("الأحد", 12, 12, 12, "people"), 0.0, 0.0),  # no overlap: unmatched
])
def test_quantity_range_and_unit(pred: dict, range_ok: float, unit_ok: float) -> None:
    gold = [qty("12 شخصا", 12, 12, 12, "people")]
    s = run(layers(quantities=gold), layers(quantities=[pred]))["scores"]["quantities"]
    assert (s["range_accuracy"], s["unit_accuracy"]) == (range_ok, unit_ok)


@pytest.mark.parametrize(("gold_value", "precision", "pred_value", "ok"), [
    ("2015-07-19", "day", "2015-07-19", 1.0),
    ("2015-07-19", "day", "2015-07-20", 0.0),
    ("2015-07", "month", "2015-07-19", 1.0),  # compared at the gold precision
    ("2015", "year", "2016-01-01", 0.0),
    (None, "day", None, 1.0),
    (None, "day", "2015-07-19", 0.0),
    ("2015-07-19", "day", None, 0.0),
])
def test_date_value_at_gold_precision(gold_value: str | None, precision: str, pred_value: str | None,
                                      ok: float) -> None:
    gold = [sp("يوم الأحد") | {"value": gold_value, "precision": precision}]
    pred = [sp("الأحد") | {"value": pred_value, "precision": "day"}]
    assert run(layers(dates=gold), layers(dates=pred))["scores"]["dates"]["value_accuracy"] == ok


ALEPPO = {"lat": 36.2021, "lon": 37.1343, "country": "SY", "precision": "city"}


@pytest.mark.parametrize(("pred", "ok"), [
    (sp("حلب") | {"lat": 36.3, "lon": 37.0, "country": "SY"}, 1.0),  # ~17 km away
    (sp("حلب") | {"lat": 35.5, "lon": 36.9, "country": "SY"}, 0.0),  # ~80 km away
    (sp("حلب") | {"lat": None, "lon": None, "country": "SY"}, 0.0),
    (sp("مدينة") | {"lat": 36.2, "lon": 37.13, "country": "SY"}, 0.0),  # no overlap
])
def test_place_within_50km(pred: dict, ok: float) -> None:
    gold = [sp("حلب") | ALEPPO | {"mentions": [sp("حلب")]}]
    assert run(layers(places=gold), layers(places=[pred]))["scores"]["places"]["within_50km"] == ok


def test_country_place_needs_the_right_country_only() -> None:
    gold = [sp("حلب") | {"lat": 35.0, "lon": 38.0, "country": "SY", "precision": "country"}]
    pred = [sp("حلب") | {"lat": 34.0, "lon": 40.0, "country": "SY"}]
    assert run(layers(places=gold), layers(places=pred))["scores"]["places"]["within_50km"] == 1.0


def ev(trigger: str, type_: str, also: list[str] | None = None) -> dict:
    return {"trigger": sp(trigger), "type": type_, "subtype": None,
            "also": [sp(a) for a in also or []]}


@pytest.mark.parametrize(("pred", "recall", "type_acc"), [
    (ev("الهجوم", "battles"), 1.0, 1.0),
    (ev("الهجوم", "protests"), 1.0, 0.0),
    (ev("مقتل", "battles"), 1.0, 1.0),  # overlaps an `also` mention of the gold event
    (ev("قال", "battles"), 0.0, None),
    # a predicted event's `mentions` (its other words and merged retellings) count like its trigger
    (ev("قال", "battles") | {"mentions": [sp("الهجوم")]}, 1.0, 1.0),
    (ev("قال", "battles") | {"mentions": [sp("مقتل")]}, 1.0, 1.0),
    (ev("قال", "battles") | {"mentions": [sp("الخارجية")]}, 0.0, None),
    # a prediction's `also` is not part of the contract and is not read
    (ev("قال", "battles", also=["الهجوم"]), 0.0, None),
])
def test_event_trigger_match(pred: dict, recall: float, type_acc: float | None) -> None:
    gold = [ev("الهجوم", "battles", also=["مقتل"])]
    s = run(layers(events=gold), layers(events=[pred]))["scores"]["events"]
    assert (s["recall"], s["type_accuracy"]) == (recall, type_acc)


def test_empty_denominators_are_null() -> None:
    s = run(layers(), layers())["scores"]
    assert s["claims"]["recall"] is None
    assert s["entities"]["micro_f1"] is None
    assert s["places"]["within_50km"] is None


def test_report_has_the_fixed_keys() -> None:
    r = run(layers(), layers())
    assert set(r) >= {"articles", "counts", "scores"}
    required = {
        "claims": {"recall", "precision", "speaker_accuracy", "chain_root_accuracy",
                   "certainty_accuracy", "certainty_accuracy_non_asserted"},
        "entities": {"micro_f1", "per_type"},
        "quantities": {"range_accuracy", "unit_accuracy"},
        "dates": {"value_accuracy"},
        "places": {"within_50km"},
        "events": {"recall", "precision", "type_accuracy"},
    }
    for layer, keys in required.items():
        assert keys <= set(r["scores"][layer]), layer


def test_error_log_lists_missed_and_spurious() -> None:
    from khabar.eval.gold import _score_one, _Tally

    log: list[dict] = []
    gold = layers(entities=[ent("عادل الجبير", "PER")])
    pred = layers(entities=[ent("حلب", "LOC")])
    _score_one(_Tally(), TEXT, gold, pred, log)
    assert log == [{"layer": "entities", "error": "missed", "text": "عادل الجبير"},
                   {"layer": "entities", "error": "spurious", "text": "حلب"}]
