"""The decoding bias (khabar.ner.tagger.bias_vector / decode_bias, NeuralModel.tag_document's
``bias``): numbers added to the non-O tags' scores before the Viterbi, read from the model's
``meta.json`` (0 where it says nothing: the tags as before), per type or for all types.
Checked on the small random network of test_ner_neural."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from khabar.errors import ModelError
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon
from khabar.ner.neural import NeuralModel
from khabar.ner.tagger import Tagger, bias_vector, decode_bias
from test_ner_neural import SENTENCES, TAGS, _write_model


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> NeuralModel:
    path = tmp_path_factory.mktemp("nn") / "ner.npz"
    _write_model(path)
    return NeuralModel(path, FeatureExtractor(Lexicon()))


@pytest.mark.parametrize(("bias", "expected"), [
    (1.5, [0.0, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]),
    ({"ORG": 2.0}, [0.0, 0.0, 0.0, 2.0, 2.0, 0.0, 0.0, 0.0, 0.0]),
    ({"PER": 1.0, "LOC": -0.5}, [0.0, 1.0, 1.0, 0.0, 0.0, -0.5, -0.5, 0.0, 0.0]),
])
def test_bias_vector_gives_each_non_o_tag_its_type_bias(bias: float | dict[str, float], expected: list[float]) -> None:
    vec = bias_vector(TAGS, bias)
    assert vec is not None
    assert vec.tolist() == expected


@pytest.mark.parametrize("bias", [0.0, {}, {"PER": 0.0}])
def test_zero_bias_is_no_bias(bias: float | dict[str, float]) -> None:
    assert bias_vector(TAGS, bias) is None


def test_unknown_type_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="PERS"):
        bias_vector(TAGS, {"PERS": 1.0})


@pytest.mark.parametrize(("meta", "expected"), [
    (None, 0.0),  # no meta.json: models built before the option
    ({"model": "ensemble"}, 0.0),  # no key: the shipped behaviour before the option
    ({"decode_bias": 0.75}, 0.75),
    ({"decode_bias": {"ORG": 1.5}}, {"ORG": 1.5}),
])
def test_decode_bias_reads_meta_json(tmp_path: Path, meta: dict[str, object] | None,
                                     expected: float | dict[str, float]) -> None:
    if meta is not None:
        (tmp_path / "meta.json").write_text(json.dumps(meta))
    assert decode_bias(tmp_path) == expected


def test_large_positive_bias_tags_every_token(model: NeuralModel) -> None:
    vec = bias_vector(model.tags, 1e3)
    for tags in model.tag_document(SENTENCES, bias=vec):
        assert "O" not in tags


def test_large_negative_bias_tags_nothing(model: NeuralModel) -> None:
    vec = bias_vector(model.tags, -1e3)
    for words, tags in zip(SENTENCES, model.tag_document(SENTENCES, bias=vec), strict=True):
        assert tags == ["O"] * len(words)


def test_type_bias_moves_only_towards_that_type(model: NeuralModel) -> None:
    vec = bias_vector(model.tags, {"MISC": 1e3})
    for tags in model.tag_document(SENTENCES, bias=vec):
        assert {t[2:] for t in tags} == {"MISC"}


def test_bias_equals_adding_to_the_emissions(model: NeuralModel) -> None:
    """The bias is the same as adding it to each token's tag scores (here through the
    ``prior`` path, as the ensemble adds the CRF's marginals)."""
    vec = bias_vector(model.tags, {"PER": 0.8, "LOC": -0.3})
    assert vec is not None
    prior = [np.tile(vec, (len(s), 1)) for s in SENTENCES]
    assert model.tag_document(SENTENCES, bias=vec) == model.tag_document(SENTENCES, prior)


def _tagger_dir(path: Path, meta: dict[str, object] | None) -> Path:
    path.mkdir()
    Lexicon().save(path / "lexicon.json.gz")
    _write_model(path / "ner.npz")
    if meta is not None:
        (path / "meta.json").write_text(json.dumps(meta))
    return path


def test_tagger_applies_the_meta_bias(tmp_path: Path) -> None:
    plain = Tagger(_tagger_dir(tmp_path / "plain", None))
    biased = Tagger(_tagger_dir(tmp_path / "biased", {"decode_bias": 1e3}))
    assert biased.bias == 1e3
    assert biased.tag_document(SENTENCES) == plain.tag_document(SENTENCES, bias=1e3)
    assert biased.tag_document(SENTENCES) != plain.tag_document(SENTENCES)


def test_tag_document_bias_overrides_the_meta_bias(tmp_path: Path) -> None:
    plain = Tagger(_tagger_dir(tmp_path / "plain", None))
    biased = Tagger(_tagger_dir(tmp_path / "biased", {"decode_bias": 1e3}))
    tags = plain.tag_document(SENTENCES)
    assert any(t != "O" for sent in tags for t in sent)  # the toy tagger tags something (review-19a)
    assert biased.tag_document(SENTENCES, bias=0.0) == tags
