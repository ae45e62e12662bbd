"""Entity-level NER scoring (conlleval's reading) and the ``khabar eval ner`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.eval.ner import entities_of, score
from khabar.ner.conll import map_aqmar, map_newsfane, map_standard, read_conll


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["O", "O"], set()),
        (["B-PER", "I-PER", "O", "B-LOC"], {("PER", 0, 1), ("LOC", 3, 3)}),
        (["I-ORG", "I-ORG"], {("ORG", 0, 1)}),  # I- without B- starts an entity
        (["B-PER", "I-LOC"], {("PER", 0, 0), ("LOC", 1, 1)}),  # type change splits
        (["B-PER", "B-PER"], {("PER", 0, 0), ("PER", 1, 1)}),
    ],
)
def test_entities_of(tags: list[str], expected: set[tuple[str, int, int]]) -> None:
    assert entities_of(tags) == expected


def test_score_exact_match_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]  # PER boundary wrong, LOC right
    r = score(gold, pred)
    assert r["micro_f1"] == 0.5
    assert r["per_type"]["LOC"]["f1"] == 1.0  # type: ignore[index]
    assert r["per_type"]["PER"]["f1"] == 0.0  # type: ignore[index]
    assert r["macro_f1"] == 0.5


def test_score_types_filter_ignores_other_types() -> None:
    gold = [["B-MISC", "O", "B-LOC"]]
    pred = [["O", "B-MISC", "B-LOC"]]
    assert score(gold, pred, types=("LOC",))["micro_f1"] == 1.0


def test_score_nothing_predicted() -> None:
    assert score([["B-LOC"]], [["O"]])["micro_f1"] == 0.0


@pytest.mark.parametrize(
    ("func", "tag", "expected"),
    [
        (map_standard, "B-PERS", "B-PER"),
        (map_standard, "I-GPE", "I-LOC"),
        (map_standard, "O", "O"),
        (map_aqmar, "B-MIS1", "O"),
        (map_aqmar, "I--ORG", "O"),
        (map_aqmar, "B-ORG", "B-ORG"),
        (map_newsfane, "B-Politician", "B-PER"),
        (map_newsfane, "I-Media", "I-ORG"),
        (map_newsfane, "B-Nation", "B-LOC"),
    ],
)
def test_tag_maps(func, tag: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert func(tag) == expected


_CONLL = """قال O
الرئيس O
بشار B-PERS
الأسد I-PERS
في O
دمشق B-LOC
. O

أعلنت O
الأمم B-ORG
المتحدة I-ORG
. O
"""


def test_read_conll_normalises_and_maps(tmp_path: Path) -> None:
    f = tmp_path / "tiny.txt"
    f.write_text(_CONLL, encoding="utf-8")
    sents = list(read_conll(f))
    assert len(sents) == 2
    assert sents[0][0][3] == "الاسد"  # normalised like khabar's tokens
    assert sents[0][1][2:4] == ["B-PER", "I-PER"]


@pytest.mark.parametrize(
    ("line", "words", "tags"),
    [
        # punctuation split off an entity token's ends is outside the entity
        ("(قسد) B-ORG", ["(", "قسد", ")"], ["O", "B-ORG", "O"]),
        ("كابول؛ B-LOC", ["كابول", "؛"], ["B-LOC", "O"]),
        ("لادن؛ I-PERS", ["لادن", "؛"], ["B-PER", "O"]),  # I- with nothing before: B- (IOB repair)
        # punctuation inside it stays in
        ("عبد-الله B-PERS", ["عبد", "-", "الله"], ["B-PER", "I-PER", "I-PER"]),
        # a token that is only punctuation keeps the corpus tag
        ("- B-MISC", ["-"], ["B-MISC"]),
        ("8% O", ["8", "%"], ["O", "O"]),
    ],
)
def test_read_conll_retokenises_like_khabar(tmp_path: Path, line: str, words: list[str], tags: list[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text(line + "\n", encoding="utf-8")
    [(got_words, got_tags)] = list(read_conll(f))
    assert got_words == words
    assert got_tags == tags


def test_cli_eval_ner_json(tmp_path: Path) -> None:
    f = tmp_path / "tiny.txt"
    f.write_text(_CONLL, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", str(f), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"micro_f1", "macro_f1", "per_type", "tokens_per_s"} <= set(data)
    assert data["per_type"]["PER"]["gold"] == 1


def test_cli_eval_ner_missing_file() -> None:
    result = CliRunner().invoke(main, ["eval", "ner", "/nonexistent/file.txt"])
    assert result.exit_code != 0
