"""The compiled step loops (``khabar.ner.kernels``, numba) give the numpy code's numbers:

* the LSTM's hidden states within float32 rounding (another summation order in the
  recurrent product, another tanh), on random arrays of several shapes;
* the Viterbi's paths exactly, ties included (first maximum, as ``np.argmax``);
* the CRF's forward-backward marginals within float64 rounding;
* the shipped tagger's tags on real sentences, kernels on and off.

Each comparison runs the callers twice in one process, ``kernels.ENABLED`` switched off for
the numpy run. Without numba these tests skip, and fail with ``CI=true`` (the ``test``
extra installs ``khabar[fast]``).
"""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from _ner import TAGS, train_crf
from conftest import require
from khabar.ner import kernels
from khabar.ner.crf_marginals import CrfMarginals
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon
from khabar.ner.neural import NeuralModel, lstm_steps


@pytest.fixture(autouse=True)
def _numba(monkeypatch: pytest.MonkeyPatch) -> None:
    require(kernels.numba is not None, "numba is not installed (pip install 'khabar[fast]')")
    monkeypatch.setattr(kernels, "ENABLED", True)  # on even under KHABAR_NO_JIT=1


def _numpy(monkeypatch: pytest.MonkeyPatch, f, *args):  # type: ignore[no-untyped-def]
    """``f(*args)`` with the kernels switched off."""
    with monkeypatch.context() as m:
        m.setattr(kernels, "ENABLED", False)
        return f(*args)


# (sentence lengths, hidden size): one sentence, one token, sentences of one length, ragged
LSTM_CASES = [([7], 4), ([1], 3), ([5, 5, 5], 8), ([12, 9, 3, 1], 100), ([40, 33, 20, 6, 2, 1], 16)]


@pytest.mark.parametrize(("lens", "hidden"), LSTM_CASES)
def test_lstm_steps_match_numpy(monkeypatch: pytest.MonkeyPatch, lens: list[int], hidden: int) -> None:
    rng = np.random.default_rng(len(lens) * 100 + hidden)
    ls = np.array(sorted(lens, reverse=True))
    n_t = int(ls.max())
    active = (ls[None, :] > np.arange(n_t)[:, None]).sum(axis=1)
    xs = rng.normal(0, 1.5, (2, n_t, len(ls), 4 * hidden)).astype(np.float32)
    w = rng.normal(0, 0.3, (2, hidden, 4 * hidden)).astype(np.float32)
    fast, slow = xs.copy(), xs.copy()
    lstm_steps(fast, active, w)
    _numpy(monkeypatch, lstm_steps, slow, active, w)
    valid = np.arange(n_t)[:, None] < ls[None, :]
    got, want = fast[..., :hidden][:, valid], slow[..., :hidden][:, valid]
    np.testing.assert_allclose(got, want, rtol=0, atol=2e-5)
    assert not np.array_equal(xs[..., :hidden][:, valid], got)  # it did run


class _Decoder:
    """The parts of a NeuralModel its Viterbi reads."""

    _viterbi = NeuralModel._viterbi

    def __init__(self, rng: np.random.Generator, k: int, zeros: bool) -> None:
        draw = (lambda *s: np.zeros(s, np.float32)) if zeros else (lambda *s: rng.normal(0, 2, s).astype(np.float32))
        self.start, self.trans, self.end = draw(k), draw(k, k), draw(k)


# (sentence lengths, tags, all scores zero: every step a tie)
VITERBI_CASES = [([1], 9, False), ([6], 9, False), ([8, 3, 1, 8], 9, False), ([30, 2, 17], 5, False),
                 ([4, 2], 9, True), ([1, 1], 3, True)]


@pytest.mark.parametrize(("lens", "k", "zeros"), VITERBI_CASES)
def test_viterbi_paths_are_numpys(monkeypatch: pytest.MonkeyPatch, lens: list[int], k: int, zeros: bool) -> None:
    rng = np.random.default_rng(sum(lens) + k)
    dec = _Decoder(rng, k, zeros)
    ls = np.array(lens)
    em = np.zeros((len(lens), max(lens), k), np.float32) if zeros else rng.normal(0, 3, (len(lens), max(lens), k)).astype(np.float32)
    got = dec._viterbi(em, ls)
    assert got == _numpy(monkeypatch, dec._viterbi, em, ls)
    assert [len(p) for p in got] == lens
    if zeros:
        assert got == [[0] * n for n in lens]  # ties go to the first tag


@pytest.fixture(scope="module")
def marginals(tmp_path_factory: pytest.TempPathFactory) -> CrfMarginals:
    fx = FeatureExtractor(Lexicon(phrases={"وزارة الخارجية": "ORG"}, memory={"بشار الاسد": "B-PER"}))
    return CrfMarginals(train_crf(fx, tmp_path_factory.mktemp("crf"), iterations=30), fx, TAGS)


DOCS = [
    [["قال", "الرئيس", "بشار", "الاسد", "في", "دمشق"]],
    [["اعلنت", "وزارة", "الخارجية", "الاردنية"], ["دمشق"], ["قال", "محمد"], ["وصل", "الوفد", "الى", "بغداد", "امس"]],
    [["زار", "فلان", "مدينة", "طرابلس", "وعاد"]],
]


@pytest.mark.parametrize("sents", DOCS)
def test_forward_backward_matches_numpy(monkeypatch: pytest.MonkeyPatch, marginals: CrfMarginals,
                                        sents: list[list[str]]) -> None:
    extras = marginals.fx.document_extras(sents)
    got = marginals.marginals_array(sents, extras)
    want = _numpy(monkeypatch, marginals.marginals_array, sents, extras)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
    for si, s in enumerate(sents):  # each token's marginals sum to 1, zero past the end
        np.testing.assert_allclose(got[si, :len(s)].sum(axis=1), 1.0)
        assert not got[si, len(s):].any()


# real sentences for the shipped model (normalised tokens), with one that must yield no name
SENTENCES = [
    ["قال", "الرئيس", "بشار", "الاسد", "في", "دمشق", "امس"],
    ["اعلنت", "وزارة", "الخارجية", "السعودية", "ان", "الوفد", "وصل", "الى", "الرياض"],
    ["و", "هذا", "امر", "طبيعي"],
    ["التقى", "الامين", "العام", "للامم", "المتحدة", "انطونيو", "غوتيريش", "وزير", "الخارجية", "الايراني"],
]


def test_shipped_tagger_same_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.ner.tagger import Tagger

    tagger = Tagger()
    got = tagger.tag_document(SENTENCES)
    assert got == _numpy(monkeypatch, Tagger().tag_document, SENTENCES)
    assert all(t == "O" for t in got[2])
    assert any(t != "O" for t in got[0])


@pytest.mark.parametrize(("value", "enabled"), [("1", False), ("yes", False), ("0", True), ("", True)])
def test_switch(value: str, enabled: bool) -> None:
    env = {**os.environ, "KHABAR_NO_JIT": value}
    out = subprocess.run([sys.executable, "-c", "import khabar.ner.kernels as k; print(k.ENABLED)"],
                         env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert out == str(enabled)
