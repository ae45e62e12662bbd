"""The neural tagger's numpy forward pass (khabar.ner.neural), on a small random model
written here: the batched, cached forward pass equals a plain one-sentence reference, the
output is valid IOB, and padding (sentences of other lengths in the same batch) changes
nothing."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import numpy as np
import pytest

from conftest import require
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon
from khabar.ner.neural import NeuralModel

TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
D, C, CF, H, PD = 6, 4, 5, 3, 2


def _write_model(path: Path, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    fx = FeatureExtractor(Lexicon())
    words = ["قال", "الرئيس", "بشار", "الاسد", "في", "دمشق", "امس", "والاردن"]
    feats = sorted({f for w in words for f in ["b", *fx.own(w)]} | {"BOS", "EOS"})
    chars = sorted({c for w in words for c in w})

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.8, shape).astype(np.float32)

    arrays = {
        "tags": np.array(TAGS), "feats": np.array(feats), "chars": np.array(chars),
        "pre_words": np.array(["الرئيس", "دمشق", "اردن"]), "pre_emb": r(4, PD),
        "feat_emb": r(len(feats) + 1, D), "char_emb": r(len(chars) + 2, C),
        "conv_w": r(CF, C, 3), "conv_b": r(CF),
        "w_ih_f": r(4 * H, D + CF + PD), "w_hh_f": r(4 * H, H), "b_f": r(4 * H),
        "w_ih_b": r(4 * H, D + CF + PD), "w_hh_b": r(4 * H, H), "b_b": r(4 * H),
        "out_w": r(len(TAGS), 2 * H), "out_b": r(len(TAGS)),
        "trans": r(len(TAGS), len(TAGS)), "start": r(len(TAGS)), "end": r(len(TAGS)),
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, a in arrays.items():
            buf = io.BytesIO()
            np.save(buf, a.astype(np.float16) if a.dtype.kind == "f" else a, allow_pickle=False)
            z.writestr(name + ".npy", buf.getvalue())


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> NeuralModel:
    path = tmp_path_factory.mktemp("nn") / "ner.npz"
    _write_model(path)
    return NeuralModel(path, FeatureExtractor(Lexicon()))


def _reference_emissions(m: NeuralModel, words: list[str]) -> np.ndarray:
    """One sentence, token by token, straight from the architecture's definition."""
    ex = m.fx.document_extras([words])[0]
    h = m.hidden
    xs = []
    for w, fs in zip(words, ex, strict=True):
        ids = [m.feat_index[f] for f in ["b", *m.fx.own(w), *fs] if f in m.feat_index]
        assert m.pre_emb is not None
        xs.append(np.concatenate([m.feat_emb[ids].sum(0), m._chars(w), m.pre_emb[m._pre_id(w)]]))
    w_in = np.concatenate([m.w_feat, m.w_char, m.w_pre]).T  # type: ignore[list-item]

    def run(seq: list[np.ndarray], w_ih: np.ndarray, w_hh: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
        hs, c, out = np.zeros(h), np.zeros(h), []
        for x in seq:
            g = w_ih @ x + w_hh @ hs + b
            i, f, o, cc = (g[k * h:(k + 1) * h] for k in range(4))  # the model's gate order
            sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
            c = sig(f) * c + sig(i) * np.tanh(cc)
            hs = sig(o) * np.tanh(c)
            out.append(hs)
        return out

    fwd = run(xs, w_in[:4 * h], m.w_hh[0].T, m.bias[:4 * h])
    bwd = run(xs[::-1], w_in[4 * h:], m.w_hh[1].T, m.bias[4 * h:])[::-1]
    return np.stack([np.concatenate([a, b]) @ m.out_w + m.out_b for a, b in zip(fwd, bwd, strict=True)])


def _reference_tags(m: NeuralModel, words: list[str]) -> list[str]:
    em = _reference_emissions(m, words)
    paths = m._viterbi(em[None], np.array([len(words)]))
    return [m.tags[k] for k in paths[0]]


SENTENCES = [
    ["قال", "الرئيس", "بشار", "الاسد"],
    ["في", "دمشق", "امس", "والاردن", "كلمة_جديدة"],
    ["دمشق"],
]


@pytest.mark.parametrize("words", SENTENCES)
def test_batched_forward_equals_reference(model: NeuralModel, words: list[str]) -> None:
    assert model.tag_document([words]) == [_reference_tags(model, words)]


def test_padding_changes_nothing(model: NeuralModel) -> None:
    together = model.tag_document(SENTENCES)
    alone = [model.tag_document([s])[0] for s in SENTENCES]
    assert together == alone


def test_empty_sentences_give_empty_tags(model: NeuralModel) -> None:
    assert model.tag_document([[], ["دمشق"], []])[0::2] == [[], []]
    assert model.tag_document([]) == []


@pytest.mark.parametrize("words", SENTENCES)
def test_output_is_valid_iob(model: NeuralModel, words: list[str]) -> None:
    tags = model.tag_document([words])[0]
    prev = "O"
    for t in tags:
        assert not (t.startswith("I-") and prev[2:] != t[2:])
        prev = t


def _reference_chars(m: NeuralModel, w: str) -> np.ndarray:
    """The character CNN of one word, as computed one word at a time before session 18."""
    ids = [m.char_index.get(c, 1) for c in w[:20]]
    e = np.zeros((len(ids) + 2, m.char_emb.shape[1]), dtype=np.float32)
    e[1:-1] = m.char_emb[ids]
    conv = e[:-2] @ m._conv_t[0] + e[1:-1] @ m._conv_t[1] + e[2:] @ m._conv_t[2] + m.conv_b
    return np.maximum(conv, 0.0).max(axis=0)


def _reference_projection(m: NeuralModel, w: str) -> np.ndarray:
    """A word type's input projection from the definition, one vector at a time, the
    sigmoid gates' columns halved (as the cache keeps them)."""
    ids = [m.feat_index[f] for f in ["b", *m.fx.own(w)] if f in m.feat_index]
    assert m.w_pre is not None and m.pre_emb is not None
    got = (m.feat_emb[ids].sum(0) @ m.w_feat + _reference_chars(m, w) @ m.w_char + m.bias
           + m.pre_emb[m._pre_id(w)] @ m.w_pre)
    got[:3 * H] *= 0.5
    got[4 * H:7 * H] *= 0.5
    return got


BATCHES = [
    ["دمشق"],  # one word alone (computed beside an empty row)
    ["قال", "الرئيس", "بشار", "الاسد"],
    ["د", "والاردن", "كلمة_جديدة", "x" * 30],  # one character; unknown characters; past 20
    [*SENTENCES[0], *SENTENCES[1], *(f"كلمة{i}" for i in range(40))],  # a long batch
]


@pytest.mark.parametrize("words", BATCHES)
def test_char_cnn_of_a_batch_equals_one_word_at_a_time(model: NeuralModel, words: list[str]) -> None:
    want = np.stack([_reference_chars(model, w) for w in words])
    np.testing.assert_allclose(model._char_vectors(words), want, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("words", BATCHES)
def test_type_projections_of_a_batch_follow_the_definition(model: NeuralModel, words: list[str]) -> None:
    want = np.stack([_reference_projection(model, w) for w in words])
    np.testing.assert_allclose(model._compute_types(words), want, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("words", BATCHES)
def test_a_type_projection_does_not_depend_on_its_batch(model: NeuralModel, words: list[str]) -> None:
    """The same bits alone, in a pair and in any batch (so the tags never depend on which
    article met a word first)."""
    batch = model._compute_types(words)
    for j, w in enumerate(words):
        assert np.array_equal(model._compute_types([w])[0], batch[j])
        assert np.array_equal(model._compute_types([w, "امس"])[0], batch[j])


def _write_crf(path: Path) -> None:
    import gzip

    import pycrfsuite

    fx = FeatureExtractor(Lexicon())
    trainer = pycrfsuite.Trainer(verbose=False)
    data = [(["قال", "بشار", "الاسد"], ["O", "B-PER", "I-PER"]), (["في", "دمشق"], ["O", "B-LOC"])]
    for words, tags in data * 3:
        trainer.append(fx.sentence(words), tags)
    trainer.set_params({"max_iterations": 20})
    raw = path.with_suffix(".tmp")
    trainer.train(str(raw))
    path.write_bytes(gzip.compress(raw.read_bytes(), mtime=0))


@pytest.mark.parametrize(("files", "kind"), [
    (("ner.npz",), "neural"),
    (("ner.crfsuite.gz",), "crf"),
    (("ner.npz", "ner.crfsuite.gz"), "ensemble"),
])
def test_tagger_kind_follows_the_model_files(tmp_path: Path, files: tuple[str, ...], kind: str) -> None:
    from khabar.ner.tagger import Tagger

    Lexicon().save(tmp_path / "lexicon.json.gz")
    if "ner.npz" in files:
        _write_model(tmp_path / "ner.npz")
    if "ner.crfsuite.gz" in files:
        _write_crf(tmp_path / "ner.crfsuite.gz")
    tagger = Tagger(tmp_path)
    assert tagger.kind == kind
    tags = tagger.tag_document([SENTENCES[0], [], SENTENCES[1]])
    assert [len(t) for t in tags] == [len(SENTENCES[0]), 0, len(SENTENCES[1])]


def test_training_export_and_numpy_forward_agree(tmp_path: Path) -> None:
    """A network trained for two epochs on a toy corpus, exported and read back with
    numpy, tags as torch does (needs torch, a training-only dependency)."""
    require(importlib.util.find_spec("torch") is not None, "torch is not installed (pip install 'khabar[train]')")
    from khabar.ner.neural_train import (
        DEFAULT_SETTINGS,
        NeuralSettings,
        export,
        torch_tagger,
        train_network,
    )

    fx = FeatureExtractor(Lexicon())
    sents = [(["قال", "الرئيس", "بشار", "الاسد"], ["O", "O", "B-PER", "I-PER"]),
             (["وصل", "الى", "دمشق", "امس"], ["O", "O", "B-LOC", "O"]),
             (["اعلنت", "الامم", "المتحدة"], ["O", "B-ORG", "I-ORG"])] * 4
    feats = [fx.sentence(w) for w, _ in sents]
    st = NeuralSettings(DEFAULT_SETTINGS)
    st.update(epochs=2, feat_dim=8, char_dim=4, char_filters=6, hidden=5, min_count=1)
    net, vocab, _ = train_network((sents, feats), st, log=lambda _: None)
    export(net, vocab, tmp_path / "ner.npz")
    model = NeuralModel(tmp_path / "ner.npz", fx)
    expected = torch_tagger(sents, feats)((net, vocab))
    assert [model.tag_document([w])[0] for w, _ in sents] == expected

    # the stacking measurement's ensemble path reads the same emissions: with no CRF weight it
    # gives torch's tags; with a CRF prior sure of B-LOC everywhere, B-LOC wins
    from khabar.ner import stacking
    from khabar.ner.neural_train import TAGS

    marg = [np.full((len(w), len(TAGS)), 1e-6) for w, _ in sents]
    for m in marg:
        m[:, TAGS.index("B-LOC")] = 1.0
    assert stacking.tag_dev(net, vocab, st, sents, feats, marg, 0.0) == expected
    assert stacking.tag_dev(net, vocab, st, sents, feats, marg, 50.0) == [["B-LOC"] * len(w) for w, _ in sents]
