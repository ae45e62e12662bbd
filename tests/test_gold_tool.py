"""The gold annotation tool: snippets → offsets, draft validation, licence rule, hashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.errors import DataError
from khabar.eval.goldfile import (
    DraftError,
    GoldArticle,
    build_annotation,
    draft_from_annotation,
    load_annotation,
)
from khabar.eval.snippets import RefError, occurrences, ref_for, resolve, resolve_all

TEXT = "قال الوزير إن حلب هادئة. وقال مسؤول إن حلبة السباق مغلقة، وبحلب قتيل. قال الوزير إن الوضع جيد."


def at(snippet: str, n: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(n):
        i = TEXT.index(snippet, i + 1)
    return i, i + len(snippet)


@pytest.mark.parametrize(("snippet", "expected"), [
    ("حلب", [at("حلب"), at("حلب", 3)]),  # «وبحلب»: proclitics allowed; «حلبة» is another word
    ("قال", [at("قال"), at("قال", 2), at("قال", 3)]),  # «وقال» counts
    ("لوزير", []),  # not at a word start
    ("غزة", []),
])
def test_occurrences_at_word_boundaries(snippet: str, expected: list) -> None:
    assert occurrences(TEXT, snippet) == expected


@pytest.mark.parametrize(("ref", "anchor", "expected"), [
    ("مسؤول", None, at("مسؤول")),
    ("الوزير#2", None, at("الوزير", 2)),
    ("وقال [[مسؤول]] إن", None, at("مسؤول")),
    ("قال", at("مسؤول")[0], at("قال", 2)),  # anchored: nearest occurrence
])
def test_resolve(ref: str, anchor: int | None, expected: tuple[int, int]) -> None:
    assert resolve(TEXT, ref, anchor) == expected


@pytest.mark.parametrize(("ref", "message"), [
    ("الوزير", "found 2 times"),  # ambiguous without anchor
    ("الوزير#3", "asks for occurrence 3"),
    ("دمشق", "not found"),
    ("حلب#*", "entities only"),
])
def test_resolve_refuses(ref: str, message: str) -> None:
    with pytest.raises(RefError, match=message):
        resolve(TEXT, ref)


@pytest.mark.parametrize(("text", "found"), [
    ("وبحلب هدوء", True),  # two proclitics
    ("فوبحلب هدوء", False),  # three letters before: not proclitics, another word
    ("سحلب ساخن", False),
])
def test_at_most_two_proclitics(text: str, found: bool) -> None:
    assert bool(occurrences(text, "حلب")) == found


def test_normalised_fallback_maps_back_to_original_offsets() -> None:
    text = "قالَ الوزيرُ إنَّ الأمرَ انتهى"
    s, e = resolve(text, "الامر")
    assert text[s:e] == "الأمرَ"


def test_resolve_all_every_occurrence() -> None:
    assert resolve_all(TEXT, "الوزير#*") == [at("الوزير"), at("الوزير", 2)]


@pytest.mark.parametrize("snippet", ["الوزير", "قال", "حلب", "مسؤول"])
def test_ref_for_round_trips(snippet: str) -> None:
    for s, e in occurrences(TEXT, snippet):
        assert resolve(TEXT, ref_for(TEXT, s, e)) == (s, e)


DRAFT = {
    "id": "ant-000001", "annotator": "t",
    "entities": [["LOC", "حلب#*", "city"]],
    "claims": [{"content": "حلب هادئة", "cue": "قال", "speaker": "الوزير",
                "kind": "indirect", "certainty": "asserted"}],
    "quantities": [["قتيل", 1, 1, 1, "killed"]],
    "dates": [],
    "places": [["حلب#*", 36.2, 37.13, "SY", "city", "Aleppo"]],
    "events": [{"trigger": "قتيل", "type": "violence_against_civilians", "subtype": "attack",
                "actors": [], "targets": [], "place": "حلب", "date": None,
                "fatalities": 1, "claim": None}],
}


def build(draft: dict, aid: str = "ant-000001") -> dict:
    return build_annotation(draft | {"id": aid}, TEXT, {"id": aid, "outlet": "x", "date": None, "title": "t"})


def test_build_resolves_every_layer() -> None:
    ann = build(DRAFT)
    assert [(e["start"], e["end"]) for e in ann["entities"]] == [at("حلب"), at("حلب", 3)]
    c = ann["claims"][0]
    assert (c["cue"]["start"], c["speaker"]["start"]) == (at("قال")[0], at("الوزير")[0])
    assert c["chain"] == [c["speaker"]]
    assert ann["events"][0]["place"] == "p1"
    assert len(ann["places"][0]["mentions"]) == 2


@pytest.mark.parametrize(("patch", "message"), [
    ({"entities": [["PERSON", "مسؤول"]]}, "PERSON"),
    ({"claims": [{"content": "حلب هادئة", "cue": "قال", "speaker": "الوزير", "kind": "direct",
                  "certainty": "sure"}]}, "sure"),
    ({"quantities": [["قتيل", 1, 1, 1, "dead"]]}, "dead"),
    ({"quantities": [["قتيل", 5, 5, 1, "killed"]]}, "min 5 > max 1"),
    ({"dates": [["قتيل", "2015-7-1", "day"]]}, "not an ISO day"),
    ({"places": [["حلب#*", 36.2, 37.13, "Syria", "city", "Aleppo"]]}, "alpha-2"),
    ({"events": [{"trigger": "قتيل", "type": "massacre"}]}, "massacre"),
    ({"events": [{"trigger": "قتيل", "type": "battles", "place": "مسؤول"}]}, "not a span of that layer"),
    ({"events": [{"trigger": "قتيل", "type": "battles", "claim": 4}]}, "not a claim number"),
    ({"entities": [["LOC", "حلب"]]}, "found 2 times"),
    ({"entities": [["LOC", "حلب#1"], ["LOC", "حلب#1"]]}, "annotated twice"),
])
def test_build_rejects_bad_labels(patch: dict, message: str) -> None:
    with pytest.raises(DraftError, match=message):
        build(DRAFT | patch)


def test_saudinewsnet_annotation_holds_no_text() -> None:
    ann = build(DRAFT, aid="saudinewsnet-000001")
    blob = json.dumps(ann, ensure_ascii=False)
    assert "text" not in ann and "title" not in ann
    assert "حلب" not in blob and "الوزير" not in blob
    assert all("sha" in e and "text" not in e for e in ann["entities"])


def test_free_annotation_holds_text() -> None:
    ann = build(DRAFT)
    assert ann["text"] == TEXT
    assert ann["entities"][0]["text"] == "حلب"


def test_render_builds_back_to_the_same_annotation(tmp_path: Path) -> None:
    ann = build(DRAFT)
    p = tmp_path / "ant-000001.json"
    p.write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    g = load_annotation(p)
    assert build(draft_from_annotation(g) | {"annotator": "t"}) == ann


def test_load_refuses_a_changed_span(tmp_path: Path) -> None:
    ann = build(DRAFT)
    ann["entities"][0]["start"] += 1
    p = tmp_path / "ant-000001.json"
    p.write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataError, match="no longer matches its hash"):
        load_annotation(p)


def test_load_refuses_a_changed_text(tmp_path: Path) -> None:
    ann = build(DRAFT)
    ann["text"] = TEXT + " "
    p = tmp_path / "ant-000001.json"
    p.write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataError, match="text of ant-000001 changed"):
        load_annotation(p)


def test_gold_article_counts() -> None:
    g = GoldArticle("x", TEXT, None, None, None, None, {"claims": [{}, {}]})
    assert (g.count("claims"), g.count("events")) == (2, 0)
