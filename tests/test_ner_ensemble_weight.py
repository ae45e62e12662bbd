"""The CRF's weight in the ensemble as a model setting (khabar.ner.tagger.ensemble_weight,
docs/models.md *Twelfth pass*): read from ``meta.json``, ENSEMBLE_WEIGHT where it says
nothing (the shipped models: their tags as before); 0 gives the network's own tags."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from _ner import train_crf
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon
from khabar.ner.tagger import ENSEMBLE_WEIGHT, MODEL_DIR, Tagger, ensemble_weight
from test_ner_neural import SENTENCES, _write_model


@pytest.mark.parametrize(("meta", "expected"), [
    (None, ENSEMBLE_WEIGHT),  # no meta.json
    ({"model": "ensemble", "decode_bias": 0.5}, ENSEMBLE_WEIGHT),  # no key: as before the setting
    ({"ensemble_weight": 0.5}, 0.5),
    ({"ensemble_weight": 0}, 0.0),
    ({"ensemble_weight": 2}, 2.0),
])
def test_ensemble_weight_reads_meta_json(tmp_path: Path, meta: dict[str, object] | None, expected: float) -> None:
    if meta is not None:
        (tmp_path / "meta.json").write_text(json.dumps(meta))
    assert ensemble_weight(tmp_path) == expected


def test_shipped_model_keeps_the_constant() -> None:
    assert ENSEMBLE_WEIGHT == 1.0 and ensemble_weight(MODEL_DIR) == ENSEMBLE_WEIGHT


def _ensemble_dir(path: Path, meta: dict[str, object] | None, crf: bool = True) -> Path:
    path.mkdir()
    Lexicon().save(path / "lexicon.json.gz")
    _write_model(path / "ner.npz")
    if crf:
        train_crf(FeatureExtractor(Lexicon()), path, 30)
        (path / "ner.crfsuite.gz").write_bytes(gzip.compress((path / "m.crfsuite").read_bytes()))
    if meta is not None:
        (path / "meta.json").write_text(json.dumps(meta))
    return path


def test_tagger_applies_the_meta_weight(tmp_path: Path) -> None:
    net = Tagger(_ensemble_dir(tmp_path / "net", None, crf=False)).tag_document(SENTENCES, consistent=False)
    by_weight = {}
    for name, meta in (("none", None), ("w0", {"ensemble_weight": 0}), ("w1", {"ensemble_weight": 1.0}),
                       ("w1000", {"ensemble_weight": 1e3})):
        t = Tagger(_ensemble_dir(tmp_path / name, meta))
        assert t.kind == "ensemble"
        by_weight[name] = t.tag_document(SENTENCES, consistent=False)
    assert by_weight["w0"] == net  # weight 0: the network alone
    assert by_weight["none"] == by_weight["w1"] != net  # no key: the constant, which moves the tags
    assert by_weight["w1000"] != net  # the CRF's evidence, weighed heavily, changes the tags
