"""khabar.ner.devfold: the held-out slice of a dev fold, the bias specs of a sweep, and the
sweep's rows (on the small random network of test_ner_neural)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ner.devfold import parse_bias, parse_dev, split, sweep
from khabar.ner.lexicon import Lexicon
from test_ner_neural import _write_model

SENTS = [([str(i)], ["O"]) for i in range(20)]


@pytest.mark.parametrize(("lo", "hi", "dev", "fit_len"), [
    (0.9, 1.0, ["18", "19"], 18),  # the last 10%: every pass's tuning part
    (0.8, 0.9, ["16", "17"], 18),  # the eighth pass's second fold
    (0.0, 0.1, ["0", "1"], 18),
])
def test_split_holds_out_the_slice(lo: float, hi: float, dev: list[str], fit_len: int) -> None:
    fit, held = split(SENTS, lo, hi)
    assert [w[0] for w, _ in held] == dev
    assert len(fit) == fit_len
    assert not {w[0] for w, _ in fit} & set(dev)


@pytest.mark.parametrize(("spec", "expected"), [("0.9:1", (0.9, 1.0)), ("0.8:0.9", (0.8, 0.9))])
def test_parse_dev(spec: str, expected: tuple[float, float]) -> None:
    assert parse_dev(spec) == expected


@pytest.mark.parametrize("spec", ["0.9:0.8", "0.5:1.5", "-0.1:0.2"])
def test_parse_dev_rejects_bad_slices(spec: str) -> None:
    with pytest.raises(ValueError, match="LO:HI"):
        parse_dev(spec)


@pytest.mark.parametrize(("spec", "expected"), [
    ("1.5", 1.5), ("3", 3.0), ('{"ORG": 2}', {"ORG": 2.0}), ('{"PER": 1, "LOC": -0.5}', {"PER": 1.0, "LOC": -0.5}),
])
def test_parse_bias(spec: str, expected: float | dict[str, float]) -> None:
    assert parse_bias(spec) == expected


def test_sweep_rows(tmp_path: Path) -> None:
    Lexicon().save(tmp_path / "lexicon.json.gz")
    _write_model(tmp_path / "ner.npz")
    dev = [(["قال", "بشار", "الاسد"], ["O", "B-PER", "I-PER"]), (["في", "دمشق"], ["O", "B-LOC"])]
    rows = sweep(tmp_path, dev, [0.0, -1e3])
    assert [r["bias"] for r in rows] == [0.0, -1e3]
    # with no bias the toy model finds some entities (review-19a: only the empty row was checked)
    assert rows[0]["raw"][1] > 0.0  # type: ignore[index]
    # a huge negative bias tags nothing: no entity found, recall 0
    assert rows[1]["raw"][1] == 0.0  # type: ignore[index]
    assert rows[1]["pass"][1] == 0.0  # type: ignore[index]


def test_steps_reads_three_ways_and_restores_the_default(tmp_path: Path) -> None:
    """``steps`` (ner-20a): the tagger with and without its pass, and the entities step, all
    on the fold's model; the default model folder and the step's stripper are put back."""
    from khabar import entities
    from khabar.ner import tagger
    from khabar.ner.devfold import default_model, steps

    Lexicon().save(tmp_path / "lexicon.json.gz")
    _write_model(tmp_path / "ner.npz")
    before = tagger.get_tagger.__defaults__
    dev = [(["قال", "بشار", "الاسد"], ["O", "B-PER", "I-PER"]), (["في", "دمشق"], ["O", "B-LOC"])]
    rows = steps(tmp_path, dev)
    assert list(rows) == ["tagger", "tagger_raw", "entities"]
    assert all("micro_f1" in r for r in rows.values())
    assert tagger.get_tagger.__defaults__ == before
    with default_model(tmp_path):
        assert tagger.get_tagger().lexicon.sets == Lexicon().sets  # the toy model's, not the shipped one
        assert entities._STRIP == []
    assert tagger.get_tagger.__defaults__ == before
