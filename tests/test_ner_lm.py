"""The tagger's language-model features (khabar.ner.lm, lm_train; docs/models.md *Eleventh
pass*): the numpy LM gives torch's states, a sentence's states do not depend on the other
sentences read with it, the LM's targets, and a network reads the states only when built
with ``lm`` (off by default: the shipped network is unchanged)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

import khabar.ner.stacking as stacking
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon
from khabar.ner.neural_train import DEFAULT_SETTINGS, TAGS, NeuralSettings

needs_torch = pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed")

SENTS = [["قال", "الرئيس", "بشار", "الاسد"], ["في", "دمشق"], ["x"],
         ["وزارة", "الخارجية", "الامريكية", "اعلنت", "اليوم", "ان"]]


def _fx() -> FeatureExtractor:
    lex = Lexicon()
    lex.clusters = {"الرئيس": (1, 2, 3), "دمشق": (4, 5, 999)}
    return FeatureExtractor(lex)


@pytest.mark.parametrize(("word", "expected"), [
    ("الرئيس", 3), ("دمشق", 999),
    ("والرئيس", 3),  # the clitic-stripped word's cluster, as the tagger's features
    ("كازنوف", 1000), ("", 1000),  # no cluster: the OOV class
])
def test_target(word: str, expected: int) -> None:
    from khabar.ner.lm_train import OOV, target

    assert OOV == 1000
    assert target(_fx(), word) == expected


def test_dense_inputs_order_and_absence() -> None:
    marg = [np.zeros((2, len(TAGS)), np.float32)]
    lm = [np.ones((2, 4), np.float32)]
    assert stacking._dense({"stack": 0, "lm": 0}, marg, lm) is None
    assert stacking._dense({"stack": 0, "lm": 4}, [], lm)[0].tolist() == lm[0].tolist()  # type: ignore[index]
    both = stacking._dense({"stack": 9, "lm": 4}, marg, lm)
    assert both is not None and both[0].shape == (2, 13) and both[0][:, 9:].all() and not both[0][:, :9].any()


def _lm(tmp_path: Path, fx: FeatureExtractor):  # type: ignore[no-untyped-def]
    import torch

    from khabar.ner.lm_train import LM_SETTINGS, _Data, _lm_net, export_lm

    d = _Data(SENTS, fx, 1000, 1)
    torch.manual_seed(0)
    net = _lm_net(len(d.feats), dict(LM_SETTINGS, emb=8, hidden=6))
    net.eval()
    with torch.no_grad():  # float16 weights on both sides: the exported numbers
        for p in net.parameters():
            p.copy_(p.half().float())
    export_lm(net, d.feats, tmp_path / "lm.npz")
    return net, d


@needs_torch
def test_numpy_lm_states_equal_torch(tmp_path: Path) -> None:
    import torch

    from khabar.ner.lm import LanguageModel
    from khabar.ner.lm_train import lm_dense

    fx = _fx()
    net, d = _lm(tmp_path, fx)
    lm = LanguageModel(tmp_path / "lm.npz", fx)
    assert lm.width == 12
    got = lm_dense(lm, SENTS)
    alone = [lm_dense(lm, [s])[0] for s in SENTS]
    for s, g, a in zip(SENTS, got, alone, strict=True):
        ids = [d.type_feats[d.type_id[w]] for w in s]
        offs = np.cumsum([0] + [len(x) for x in ids[:-1]]).tolist()
        with torch.no_grad():
            out, _ = net.lstm(net.fe(torch.tensor([i for x in ids for i in x]), torch.tensor(offs))[None])
        assert g.shape == (len(s), 12)
        assert np.allclose(g, out[0].numpy(), atol=1e-4)
        assert np.array_equal(g, a)  # the other sentences of the window change nothing
    # the forward half reads the left context only, the backward half the right
    a, b = lm_dense(lm, [["قال", "الرئيس", "بشار"], ["قال", "الرئيس", "دمشق"]])
    assert np.array_equal(a[:2, :6], b[:2, :6]) and not np.allclose(a[2, :6], b[2, :6])
    assert not np.allclose(a[:2, 6:], b[:2, 6:])


@needs_torch
def test_network_reads_the_lm_only_when_built_with_it(tmp_path: Path) -> None:
    import torch

    from khabar.ner.lm import LanguageModel
    from khabar.ner.lm_train import lm_dense
    from khabar.ner.neural import NeuralModel
    from khabar.ner.neural_train import _net, export, train_network

    assert DEFAULT_SETTINGS["lm"] == 0
    assert _net(10, 10, None, NeuralSettings(DEFAULT_SETTINGS)).lstm.input_size == 150
    fx = _fx()
    _lm(tmp_path, fx)
    lm = LanguageModel(tmp_path / "lm.npz", fx)
    sents = [(["قال", "الرئيس", "بشار", "الاسد"], ["O", "O", "B-PER", "I-PER"]),
             (["وصل", "الى", "دمشق", "امس"], ["O", "O", "B-LOC", "O"]),
             (["اعلنت", "الامم", "المتحدة"], ["O", "B-ORG", "I-ORG"])] * 4
    feats = [fx.sentence(w) for w, _ in sents]
    states = lm_dense(lm, [w for w, _ in sents])
    st = NeuralSettings(DEFAULT_SETTINGS)
    st.update(epochs=2, feat_dim=8, char_dim=4, char_filters=6, hidden=5, min_count=1, lm=lm.width)
    net, vocab, _ = train_network((sents, feats), st, log=lambda _: None, dense=states)
    assert net.lstm.input_size == 8 + 6 + 12
    export(net, vocab, tmp_path / "ner.npz")
    model = NeuralModel(tmp_path / "ner.npz", fx)
    assert model.lm == 12 and model.stack == 0
    words = [w for w, _ in sents[:3]]
    got, _ = model.emissions(words)  # the states come from lm.npz beside ner.npz
    with torch.no_grad():
        em, _ = net.emissions(vocab.encode(sents[:3], feats[:3], states[:3]))
    for i, w in enumerate(words):
        assert np.allclose(got[i, :len(w)], em[i, :len(w)].numpy(), atol=0.02)
    (tmp_path / "lm.npz").unlink()
    with pytest.raises(FileNotFoundError):
        NeuralModel(tmp_path / "ner.npz", fx)
    # a network without the setting has no ``lm`` array and reads no lm.npz
    st.update(lm=0)
    net, vocab, _ = train_network((sents, feats), st, log=lambda _: None)
    export(net, vocab, tmp_path / "plain.npz")
    plain = NeuralModel(tmp_path / "plain.npz", fx)
    assert plain.lm == 0 and plain.lm_model is None and plain.w_dense is None


@pytest.mark.parametrize(("oof", "crfs"), [(False, ["fit"]), (True, ["oof+fit"])])
def test_crf_stage_without_out_of_fold_trains_the_fit_crf_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oof: bool, crfs: list[str]) -> None:
    import pickle

    rows = [(["قال", "بشار"], ["O", "B-PER"])] * 10
    calls: list[str] = []
    monkeypatch.setattr(stacking, "load_corpora", lambda data: (rows, []))
    monkeypatch.setattr(stacking.Lexicon, "load", staticmethod(lambda path: Lexicon()))
    monkeypatch.setattr(stacking, "featurize", lambda fit, fx: [[["x"], ["y"]] for _ in fit])
    monkeypatch.setattr(stacking, "document_features", lambda fx, words: [[["x"], ["y"]] for _ in words])
    monkeypatch.setattr(stacking, "_train", lambda r, f: calls.append("fit") or b"m")  # type: ignore[func-returns-value]
    monkeypatch.setattr(stacking, "out_of_fold_and_full",
                        lambda r, f, log, w: calls.append("oof+fit") or ([np.zeros((2, 9))] * len(r), b"m"))  # type: ignore[func-returns-value]
    monkeypatch.setattr(stacking, "marginals", lambda model, feats: [np.zeros((2, 9))] * len(feats))
    stacking.crf_stage(tmp_path, 0.8, 1.0, tmp_path / "s", log=lambda _: None, oof=oof)
    assert calls == crfs
    with open(tmp_path / "s" / "stage.pkl", "rb") as f:
        got = pickle.load(f)
    assert len(got["oof"]) == (len(got["fit"]) if oof else 0) and len(got["dev"]) == 2


def test_build_lm_needs_an_even_width(tmp_path: Path) -> None:
    from khabar.ner.lm_train import build_lm

    with pytest.raises(ValueError, match="even"):
        build_lm(tmp_path, _fx(), tmp_path / "lm.npz", [["x"]], 7, log=lambda _: None)


@pytest.mark.parametrize(("weights", "names"), [
    ((), ["network", "ensemble"]),
    ((0.5,), ["network", "ensemble", "ensemble@0.5"]),
    ((1.0, 0.0, 0.5, 0.5), ["network", "ensemble", "ensemble@0.5"]),  # shipped weight, alone: once each
    ((2.0, 0.25), ["network", "ensemble", "ensemble@2", "ensemble@0.25"]),
])
def test_weighted_readings(weights: tuple[float, ...], names: list[str]) -> None:
    got = stacking._weighted(weights)
    assert [n for n, _ in got] == names
    assert dict(got)["network"] == 0.0 and dict(got)["ensemble"] == stacking.ENSEMBLE_WEIGHT


def test_net_stage_scores_each_crf_weight_from_one_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    import khabar.ner.neural_train as neural_train

    dev = [(["قال", "بشار", "الاسد"], ["O", "B-PER", "I-PER"]), (["في", "دمشق"], ["O", "B-LOC"])]
    stage = {"fit": dev, "feats": [], "oof": [], "dev": dev, "dev_feats": [], "lo": 0.7, "hi": 0.8,
             "dev_marg": [np.zeros((len(w), len(TAGS))) for w, _ in dev]}
    (tmp_path / "stage.pkl").write_bytes(pickle.dumps(stage))
    trained: list[int] = []

    class Net:
        def eval(self) -> None:
            pass

    monkeypatch.setattr(neural_train, "train_network", lambda *a, **k: trained.append(1) or (Net(), None, None))
    seen: list[float] = []

    def tag_dev(net, vocab, st, sents, feats, marg, weight, lm_states):  # type: ignore[no-untyped-def]
        seen.append(weight)  # gold at weight 0.5 only, nothing found otherwise
        return [t if weight == 0.5 else ["O"] * len(t) for _, t in sents]

    monkeypatch.setattr(stacking, "tag_dev", tag_dev)
    res = stacking.net_stage(tmp_path, 1, 0, log=lambda _: None, weights=[0.5])
    assert trained == [1] and seen == [0.0, stacking.ENSEMBLE_WEIGHT, 0.5]
    assert res["ensemble@0.5"]["raw"][2] == 1.0 and res["ensemble@0.5"]["pass"] == 1.0
    assert res["ensemble"]["raw"][2] == 0.0 and res["network"]["raw"][2] == 0.0


@needs_torch
@pytest.mark.parametrize("window", [SENTS, SENTS[1:3], [SENTS[2]], [SENTS[3], SENTS[0], SENTS[3]]])
def test_packed_states_are_the_padded_states_without_padding(tmp_path: Path, window: list[list[str]]) -> None:
    from khabar.ner.lm import LanguageModel

    fx = _fx()
    _lm(tmp_path, fx)
    lm = LanguageModel(tmp_path / "lm.npz", fx)
    padded = lm.states(window)
    mask = np.arange(padded.shape[1])[None, :] < np.array([len(s) for s in window])[:, None]
    packed = lm.packed_states(window)
    assert packed.shape == (sum(map(len, window)), 12)
    assert np.array_equal(packed, padded[mask])  # the same bits, in reading order
    assert not padded[~mask].any()


@needs_torch
def test_lm_network_emissions_equal_the_padded_dense_path(tmp_path: Path) -> None:
    """The LM network's per-token input rows (packed states) give the emissions the
    padded dense path (the stacking path, states reordered and added per step) gives."""
    from khabar.ner.lm import LanguageModel
    from khabar.ner.lm_train import lm_dense
    from khabar.ner.neural import NeuralModel
    from khabar.ner.neural_train import export, train_network

    fx = _fx()
    _lm(tmp_path, fx)
    lm = LanguageModel(tmp_path / "lm.npz", fx)
    sents = [(["قال", "الرئيس", "بشار", "الاسد"], ["O", "O", "B-PER", "I-PER"]),
             (["وصل", "دمشق"], ["O", "B-LOC"]), (["الامم"], ["B-ORG"])] * 3
    feats = [fx.sentence(w) for w, _ in sents]
    st = NeuralSettings(DEFAULT_SETTINGS)
    st.update(epochs=1, feat_dim=8, char_dim=4, char_filters=6, hidden=5, min_count=1, lm=lm.width)
    net, vocab, _ = train_network((sents, feats), st, log=lambda _: None, dense=lm_dense(lm, [w for w, _ in sents]))
    export(net, vocab, tmp_path / "ner.npz")
    model = NeuralModel(tmp_path / "ner.npz", fx)
    words = [w for w, _ in sents[:4]]
    got, lens = model.emissions(words)
    model.stack = 1  # the padded path: the states passed through _add_dense
    old, _ = model.emissions(words, dense=np.zeros((4, 4, 0), np.float32))
    for i, n in enumerate(lens):
        assert np.allclose(got[i, :n], old[i, :n], atol=1e-5)
