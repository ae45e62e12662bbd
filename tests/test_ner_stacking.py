"""Stacking (khabar.ner.stacking, docs/models.md *Tenth pass*): the out-of-fold marginals
of a training sentence never come from a CRF that trained on it, the CRF prior is the
shipped ensemble's, and the network reads the extra inputs only when told to."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

import khabar.ner.stacking as stacking
from khabar.ner.neural_train import DEFAULT_SETTINGS, TAGS, NeuralSettings, _Vocab


def _sents(n: int) -> list[tuple[list[str], list[str]]]:
    return [([f"w{i}", "قال"], ["B-PER", "O"]) for i in range(n)]


@pytest.mark.parametrize("n", [5, 12, 23])
def test_out_of_fold_never_marks_its_own_training_sentences(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    trained: list[set[str]] = []
    marked: list[list[str]] = []

    def fake_train(rows, feats):  # type: ignore[no-untyped-def]
        trained.append({w[0] for w, _ in rows})
        return b"model"

    def fake_marginals(model, feats):  # type: ignore[no-untyped-def]
        marked.append([x[0][0] for x in feats])
        return [np.zeros((len(x), len(TAGS)), np.float32) for x in feats]

    monkeypatch.setattr(stacking, "_train", fake_train)
    monkeypatch.setattr(stacking, "marginals", fake_marginals)
    rows = _sents(n)
    feats = [[[w[0]], ["x"]] for w, _ in rows]
    out = stacking.out_of_fold(rows, feats, log=lambda _: None)
    assert len(out) == n  # one array per sentence, in order
    assert [w for part in marked for w in part] == [w[0] for w, _ in rows]
    for seen, part in zip(trained, marked, strict=True):
        assert not seen & set(part)  # a CRF never marks a sentence it trained on
        assert len(seen) + len(part) == n


@pytest.mark.parametrize(("p", "expected"), [
    # O sure (≥ 0.999): the other tags share what O leaves, as the shipped ensemble does
    ([0.9995, 0.0005, 0, 0, 0, 0, 0, 0, 0], [0.9995] + [0.0005 / 8] * 8),
    # O unsure: the marginals as they are
    ([0.5, 0.4, 0.1, 0, 0, 0, 0, 0, 0], [0.5, 0.4, 0.1, 0, 0, 0, 0, 0, 0]),
])
def test_ensemble_prior(p: list[float], expected: list[float]) -> None:
    got = stacking.ensemble_prior(np.array([p], np.float64))
    assert np.allclose(got[0], np.log(np.array(expected) + 1e-6))


def test_encode_adds_the_dense_inputs_only_when_given() -> None:
    sents = [(["قال", "بشار"], ["O", "B-PER"])]
    feats = [[["w=قال"], ["w=بشار"]]]
    vocab = _Vocab(sents, feats, 1, None)
    assert len(vocab.encode(sents, feats)[0]) == 4
    dense = [np.ones((2, len(TAGS)), np.float32)]
    row = vocab.encode(sents, feats, dense)[0]
    assert len(row) == 5 and row[4] is dense[0]


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed")
@pytest.mark.parametrize(("stack", "width"), [(0, 100 + 50), (9, 100 + 50 + 9)])
def test_network_input_width(stack: int, width: int) -> None:
    from khabar.ner.neural_train import _net

    net = _net(10, 10, None, NeuralSettings(DEFAULT_SETTINGS, stack=stack))
    assert net.lstm.input_size == width


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed")
def test_stacked_network_numpy_forward_agrees_with_torch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A stacked network trained two epochs on a toy corpus, exported and read back with
    numpy, gives torch's emissions (to float16 rounding), and its inputs matter."""
    import torch

    from khabar.ner.features import FeatureExtractor
    from khabar.ner.lexicon import Lexicon
    from khabar.ner.neural import NeuralModel
    from khabar.ner.neural_train import export, train_network

    fx = FeatureExtractor(Lexicon())
    sents = [(["قال", "الرئيس", "بشار", "الاسد"], ["O", "O", "B-PER", "I-PER"]),
             (["وصل", "الى", "دمشق", "امس"], ["O", "O", "B-LOC", "O"]),
             (["اعلنت", "الامم", "المتحدة"], ["O", "B-ORG", "I-ORG"])] * 4
    feats = [fx.sentence(w) for w, _ in sents]
    rng = np.random.default_rng(0)
    dense = [rng.dirichlet(np.ones(len(TAGS)), len(w)).astype(np.float32) for w, _ in sents]
    st = NeuralSettings(DEFAULT_SETTINGS)
    st.update(epochs=2, feat_dim=8, char_dim=4, char_filters=6, hidden=5, min_count=1, stack=len(TAGS))
    net, vocab, _ = train_network((sents, feats), st, log=lambda _: None, dense=dense)
    export(net, vocab, tmp_path / "ner.npz")
    model = NeuralModel(tmp_path / "ner.npz", fx)
    assert model.stack == len(TAGS)
    words = [w for w, _ in sents[:3]]
    arr = np.zeros((3, 4, len(TAGS)), np.float32)
    for i in range(3):
        arr[i, :len(words[i])] = dense[i]
    got, _ = model.emissions(words, dense=arr)
    with torch.no_grad():
        em, _ = net.emissions(vocab.encode(sents[:3], feats[:3], dense[:3]))
    for i, w in enumerate(words):
        assert np.allclose(got[i, :len(w)], em[i, :len(w)].numpy(), atol=0.02)
    other, _ = model.emissions(words, dense=arr[:, :, ::-1].copy())
    assert not np.allclose(other[0, :4], got[0, :4], atol=0.02)  # the marginals are read
    with pytest.raises(ValueError, match="stacking"):
        model.emissions(words)


def _fake_crf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "CRF" whose bytes name its training words and whose marginals depend on them."""
    def fake_train(rows, feats):  # type: ignore[no-untyped-def]
        return ",".join(sorted(w[0] for w, _ in rows)).encode()

    def fake_marginals(model, feats):  # type: ignore[no-untyped-def]
        return [np.full((len(x), len(TAGS)), len(model) + len(x[0][0]), np.float32) for x in feats]

    monkeypatch.setattr(stacking, "_train", fake_train)
    monkeypatch.setattr(stacking, "marginals", fake_marginals)


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_give_the_same_marginals_and_full_model(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    _fake_crf(monkeypatch)
    rows = _sents(17)
    feats = [[[w[0]], ["x"]] for w, _ in rows]
    one, full1 = stacking.out_of_fold_and_full(rows, feats, log=lambda _: None)
    many, full2 = stacking.out_of_fold_and_full(rows, feats, log=lambda _: None, workers=workers)
    assert all(np.array_equal(a, b) for a, b in zip(one, many, strict=True))
    assert full1 == full2 == ",".join(sorted(w[0] for w, _ in rows)).encode()  # trained on all
    assert all(np.array_equal(a, b) for a, b in zip(one, stacking.out_of_fold(rows, feats, log=lambda _: None), strict=True))
