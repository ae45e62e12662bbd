"""The CRF's marginals in numpy (khabar.ner.crf_marginals) against CRFsuite's own
``Tagger.marginal``, on a small CRF trained here: every sentence of a batch, whatever its
length, gets CRFsuite's numbers (to the 6 decimals of the model dump the weights are read
from)."""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from _ner import TAGS, train_crf
from khabar.ner.crf_marginals import CrfMarginals
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon


@pytest.fixture(scope="module")
def crf(tmp_path_factory: pytest.TempPathFactory) -> tuple[pycrfsuite.Tagger, FeatureExtractor]:
    fx = FeatureExtractor(Lexicon(phrases={"وزارة الخارجية": "ORG"}))
    tagger = train_crf(fx, tmp_path_factory.mktemp("crf"), iterations=50)
    return tagger, fx


def _crfsuite_marginals(tagger: pycrfsuite.Tagger, x: list[list[str]]) -> np.ndarray:
    tagger.set(x)
    known = set(tagger.labels())
    return np.array([[tagger.marginal(t, i) if t in known else 0.0 for t in TAGS] for i in range(len(x))])


@pytest.mark.parametrize(
    "doc",
    [
        [["قال", "الرئيس", "محمد", "في", "بغداد"]],
        # sentences of other lengths in one batch (padding), one of a single token
        [["اعلنت", "وزارة", "الخارجية"], ["دمشق"], ["وصل", "بشار", "الاسد", "الى", "عمان", "امس", "مساء"]],
        # words the model never saw
        [["زار", "فلان", "مدينة", "طرابلس"]],
    ],
)
def test_marginals_equal_crfsuites(crf: tuple[pycrfsuite.Tagger, FeatureExtractor], doc: list[list[str]]) -> None:
    tagger, fx = crf
    feats, extras = fx.document_and_extras(doc)
    got = CrfMarginals(tagger, fx, TAGS).marginals(doc, extras)
    assert len(got) == len(doc)
    for x, m in zip(feats, got, strict=True):
        assert np.abs(m - _crfsuite_marginals(tagger, x)).max() < 1e-4


def test_marginals_sum_to_one(crf: tuple[pycrfsuite.Tagger, FeatureExtractor]) -> None:
    tagger, fx = crf
    doc = [["قال", "بشار", "في", "دمشق"], ["امس"]]
    for m in CrfMarginals(tagger, fx, TAGS).marginals(doc, fx.document_extras(doc)):
        assert np.allclose(m.sum(axis=1), 1.0)


def test_tags_the_model_lacks_get_nothing(crf: tuple[pycrfsuite.Tagger, FeatureExtractor]) -> None:
    tagger, fx = crf
    doc = [["قال", "بشار", "في", "دمشق"]]
    (m,) = CrfMarginals(tagger, fx, TAGS).marginals(doc, fx.document_extras(doc))
    assert "B-MISC" not in tagger.labels()
    assert m[:, TAGS.index("B-MISC")].max() == 0.0


def test_shipped_ensemble_tags_as_with_crfsuites_marginals() -> None:
    """The shipped ensemble (numpy marginals) tags as it did when it asked CRFsuite for
    the marginals (the reference below is that former code path)."""
    from khabar.ner.tagger import ENSEMBLE_WEIGHT, MODEL_DIR, Tagger

    tagger = Tagger(MODEL_DIR)
    if tagger.kind != "ensemble":
        pytest.skip("the shipped model is no ensemble")
    crf, neural = tagger._crf, tagger._neural
    assert crf is not None and neural is not None
    doc = [
        ["قال", "الرئيس", "السوري", "بشار", "الاسد", "في", "دمشق", "ان", "الامم", "المتحدة", "تدعم", "الحل"],
        ["واعلن", "المتحدث", "باسم", "التحالف", "العميد", "احمد", "عسيري", "عن", "غارات", "على", "صعدة"],
        ["امس"],
    ]
    feats, extras = tagger.features.document_and_extras(doc)
    labels = [t for t in crf.labels() if t != "O"]
    prior = []
    for x in feats:
        m = _crfsuite_marginals(crf, x)
        p_o = m[:, 0]
        sure = p_o >= 0.999
        m[sure, 1:] = ((1.0 - p_o[sure]) / len(labels))[:, None]
        prior.append(np.log(m + 1e-6))
    assert neural.tags == TAGS
    # the model's own tags: the document consistency pass is not part of the ensemble
    assert tagger.tag_document(doc, consistent=False) == neural.tag_document(doc, prior, ENSEMBLE_WEIGHT, extras)
