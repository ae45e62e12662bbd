"""Stacking measured on a dev fold (docs/models.md, *Tenth pass*). Training and
measurement only; nothing here runs when an article is analysed.

The network of the ensemble normally meets the CRF only at its output (the CRF's
log-marginals are added to its tag scores). Stacking also feeds the CRF's per-token tag
marginals to the network's BiLSTM as 9 more inputs. For the training sentences they must
be *out of fold*: 5 CRFs, each trained on four contiguous parts of the fit sentences,
give the marginals of the fifth (a CRF's marginals on its own training sentences are
near-certain and would teach the network to copy them). At dev (and run) time the
marginals come from the CRF trained on all the fit sentences, the ensemble's own.

    python -m khabar.ner.stacking crf --dev 0.9:1 --out /tmp/foldA      # the 6 CRFs, marginals
    python -m khabar.ner.stacking net /tmp/foldA --seed 1 --stack 0     # baseline ensemble
    python -m khabar.ner.stacking net /tmp/foldA --seed 1 --stack 9     # stacked ensemble
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite

from ..eval.ner import score
from .conll import Sentence
from .consistency import propagate
from .devfold import parse_dev, split
from .features import FeatureExtractor
from .lexicon import Lexicon
from .neural_train import TAGS, viterbi_tags
from .tagger import ENSEMBLE_WEIGHT, MODEL_DIR
from .train import (
    DEFAULT_PARAMS,
    DOC_WINDOW,
    build_memory,
    document_features,
    featurize,
    load_corpora,
)

__all__ = ["crf_stage", "export_fold", "marginals", "net_stage", "out_of_fold", "out_of_fold_and_full",
           "score_fold_net", "train_fold_net"]

FOLDS = 5


def marginals(model: bytes, feats: list[list[list[str]]]) -> list[np.ndarray]:
    """Per sentence, the CRF's (tokens, 9) tag marginals in the network's tag order."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)
    labels = set(tagger.labels())
    out: list[np.ndarray] = []
    for xseq in feats:
        m = np.zeros((len(xseq), len(TAGS)), np.float32)
        if xseq:
            tagger.set(xseq)
            for j, t in enumerate(TAGS):
                if t in labels:
                    m[:, j] = [tagger.marginal(t, i) for i in range(len(xseq))]
        out.append(m)
    return out


def _train(rows: Sequence[Sentence], feats: Sequence[list[list[str]]]) -> bytes:
    """A CRF (the shipped parameters) on already featurised sentences, as bytes."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, (_, tags) in zip(feats, rows, strict=True):
        trainer.append(xseq, tags)
    trainer.set_params({"c1": DEFAULT_PARAMS["c1"], "c2": DEFAULT_PARAMS["c2"],
                        "max_iterations": int(DEFAULT_PARAMS["max_iterations"]),
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        trainer.train(str(path))
        return path.read_bytes()


#: the sentences and features the worker processes read (inherited by fork, not pickled)
_SHARED: tuple[list[Sentence], list[list[list[str]]]] = ([], [])


def _part(j: int) -> tuple[bytes, list[np.ndarray]]:
    """Part ``j``'s CRF (trained on the other parts) and its marginals on part ``j``; part
    ``FOLDS``: the CRF of all the sentences (no marginals)."""
    rows, feats = _SHARED
    n = len(rows)
    a, b = (n * j // FOLDS, n * (j + 1) // FOLDS) if j < FOLDS else (n, n)
    model = _train(rows[:a] + rows[b:], feats[:a] + feats[b:])
    return model, (marginals(model, feats[a:b]) if j < FOLDS else [])


def _run_parts(rows: list[Sentence], feats: list[list[list[str]]], parts: list[int], workers: int,
               log: Any) -> list[tuple[bytes, list[np.ndarray]]]:
    """:func:`_part` for each of ``parts``, in ``workers`` processes when > 1."""
    global _SHARED
    _SHARED = (rows, feats)
    t0 = time.time()
    try:
        if workers > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(min(workers, len(parts))) as pool:
                got = pool.map(_part, parts, chunksize=1)
        else:
            got = []
            for j in parts:
                got.append(_part(j))
                log(f"CRF {j + 1}/{len(parts)}: {time.time() - t0:.0f}s")
    finally:
        _SHARED = ([], [])
    log(f"{len(parts)} CRFs in {time.time() - t0:.0f}s")
    return got


def out_of_fold(rows: list[Sentence], feats: list[list[list[str]]], log: Any = print,
                workers: int = 1) -> list[np.ndarray]:
    """The marginals of each training sentence from a CRF that never saw it (5 contiguous
    parts, the same parts as the label memory's in :func:`khabar.ner.train.featurize`).
    ``workers`` > 1 trains the CRFs in that many processes (same results)."""
    got = _run_parts(rows, feats, list(range(FOLDS)), workers, log)
    return [m for _, ms in got for m in ms]


def out_of_fold_and_full(rows: list[Sentence], feats: list[list[list[str]]], log: Any = print,
                         workers: int = 1) -> tuple[list[np.ndarray], bytes]:
    """:func:`out_of_fold`'s marginals and the CRF of all the sentences (its bytes), the
    six CRFs trained side by side with ``workers``."""
    got = _run_parts(rows, feats, list(range(FOLDS + 1)), workers, log)
    return [m for _, ms in got[:FOLDS] for m in ms], got[FOLDS][0]


def crf_stage(data: Path, lo: float, hi: float, out: Path, log: Any = print, workers: int = 1,
              oof: bool = True) -> None:
    """Fit features, out-of-fold marginals, the fit CRF and its dev marginals → ``out``;
    ``oof`` False: the fit CRF alone (enough for networks with ``stack`` 0)."""
    fit, dev = split(load_corpora(data)[0], lo, hi)
    lex = Lexicon.load(MODEL_DIR / "lexicon.json.gz")  # the shipped lexicon: memory replaced below
    fx = FeatureExtractor(lex)
    feats = featurize(fit, fx)
    if oof:
        margs, model = out_of_fold_and_full(fit, feats, log, workers)
    else:
        margs, model = [], _train(fit, feats)
    fx.memory = build_memory(fit)
    dev_feats = document_features(fx, [w for w, _ in dev])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "stage.pkl", "wb") as f:
        pickle.dump({"fit": fit, "feats": feats, "oof": margs, "dev": dev, "dev_feats": dev_feats,
                     "dev_marg": marginals(model, dev_feats), "lo": lo, "hi": hi}, f)
    (out / "ner.crfsuite").write_bytes(model)


def ensemble_prior(p: np.ndarray) -> np.ndarray:
    """The CRF's log-marginals as the shipped ensemble adds them (:class:`Tagger`: where O
    is ≥ 0.999 the other tags share what O leaves)."""
    p_o = p[:, 0]
    m = np.repeat(((1.0 - p_o) / (len(TAGS) - 1))[:, None], len(TAGS), axis=1)
    m[:, 0] = p_o
    unsure = p_o < 0.999
    m[unsure, 1:] = p[unsure, 1:]
    return np.log(m + 1e-6)


def tag_dev(net: Any, vocab: Any, st: Any, sents: list[Sentence], feats: list[list[list[str]]],
            marg: list[np.ndarray], weight: float = ENSEMBLE_WEIGHT,
            lm_states: list[np.ndarray] | None = None) -> list[list[str]]:
    """The ensemble's tags (torch emissions + weight × CRF log-marginals, constrained
    Viterbi); ``lm_states``: the language model's states, for a network with ``lm``."""
    def prior(j: int, e: np.ndarray) -> np.ndarray:
        e = e.astype(np.float64)
        return e + weight * ensemble_prior(marg[j]) if weight else e

    return viterbi_tags(net, vocab.encode(sents, feats, _dense(st, marg, lm_states)), prior)


def _dense(st: Any, marg: list[np.ndarray], lm_states: list[np.ndarray] | None) -> list[np.ndarray] | None:
    """Per sentence, the network's dense inputs: the marginals (``stack``), then the LM's
    states (``lm``); None for a network without either."""
    parts = ([marg] if int(st.get("stack", 0)) else []) + ([lm_states] if int(st.get("lm", 0)) and lm_states else [])
    if not parts:
        return None
    return [np.concatenate(row, axis=1) for row in zip(*parts, strict=True)]


def _scores(gold: list[list[str]], words: list[list[str]], pred: list[list[str]]) -> dict[str, Any]:
    passed: list[list[str]] = []
    for k in range(0, len(words), DOC_WINDOW):
        passed += propagate(words[k:k + DOC_WINDOW], pred[k:k + DOC_WINDOW])
    r, q = score(gold, pred), score(gold, passed)
    return {"raw": [r["micro_precision"], r["micro_recall"], r["micro_f1"]],
            "pass": q["micro_f1"], "per_type": {k: v["f1"] for k, v in r["per_type"].items()}}  # type: ignore[attr-defined]


def _weighted(weights: Sequence[float]) -> list[tuple[str, float]]:
    """The readings a fold's network is scored under: alone (CRF weight 0), the shipped
    ensemble, then each other CRF weight asked for (``ensemble@W``), each once."""
    named = [("network", 0.0), ("ensemble", ENSEMBLE_WEIGHT)]
    for w in weights:
        if w not in [v for _, v in named]:
            named.append((f"ensemble@{w:g}", float(w)))
    return named


def net_stage(folder: Path, seed: int, stack: int, log: Any = print, out: Path | None = None,
              lm: Path | None = None, weights: Sequence[float] = ()) -> dict[str, Any]:
    """Train the fold's network (``stack`` 0: as shipped; 9: reading the marginals;
    ``lm``: an ``lm.npz`` whose states it also reads, :mod:`khabar.ner.lm`) and score the
    network alone and the ensemble on the fold's dev sentences (``ensemble``: the CRF's
    log-marginals at :data:`ENSEMBLE_WEIGHT`; ``ensemble@W``: at each other weight W of
    ``weights``, from the same network); ``out``: also write the fold's ensemble there as
    a model folder (for :class:`Tagger`)."""
    with open(folder / "stage.pkl", "rb") as f:
        s = pickle.load(f)
    net, vocab, st, model = train_fold_net(s, seed, stack, log, lm)
    if out is not None:
        export_fold(s, net, vocab, st, folder, out, lm)
    return score_fold_net(s, net, vocab, st, model, weights)


def train_fold_net(s: dict[str, Any], seed: int, stack: int, log: Any = print,
                   lm: Path | None = None) -> tuple[Any, Any, Any, Any]:
    """``(net, vocab, settings, language model or None)``: the network of :func:`net_stage`,
    trained on a stage's ``fit``, ``feats`` (and ``oof`` when stacked) alone."""
    from .neural_train import DEFAULT_SETTINGS, NeuralSettings, train_network

    st = NeuralSettings(DEFAULT_SETTINGS)
    st.update(seed=seed, stack=stack)
    fit_lm = model = None
    if lm is not None:
        from .lm import LanguageModel
        from .lm_train import lm_dense

        model = LanguageModel(lm, FeatureExtractor(Lexicon.load(MODEL_DIR / "lexicon.json.gz")))
        st.update(lm=model.width)
        t0 = time.time()
        fit_lm = lm_dense(model, [w for w, _ in s["fit"]])
        log(f"LM states of {len(fit_lm)} sentences ({time.time() - t0:.0f}s)")
    net, vocab, _ = train_network((s["fit"], s["feats"]), st, None, None, log,
                                  _dense(st, s["oof"] if stack else [], fit_lm))
    net.eval()
    return net, vocab, st, model


def export_fold(s: dict[str, Any], net: Any, vocab: Any, st: Any, folder: Path, out: Path,
                lm: Path | None = None) -> None:
    """The fold's ensemble as a model folder (for :class:`Tagger`)."""
    import shutil

    from .neural_train import export

    out.mkdir(parents=True, exist_ok=True)
    export(net, vocab, out / "ner.npz")
    (out / "ner.crfsuite.gz").write_bytes(gzip.compress((folder / "ner.crfsuite").read_bytes(), mtime=0))
    lex = Lexicon.load(MODEL_DIR / "lexicon.json.gz")
    lex.memory = build_memory(s["fit"])
    lex.save(out / "lexicon.json.gz")
    if lm is not None:
        shutil.copyfile(lm, out / "lm.npz")
    (out / "meta.json").write_text(json.dumps({"model": "ensemble", "dev": [s["lo"], s["hi"]],
                                               "settings": dict(st)}) + "\n")


def score_fold_net(s: dict[str, Any], net: Any, vocab: Any, st: Any, model: Any = None,
                   weights: Sequence[float] = ()) -> dict[str, Any]:
    """The scores :func:`net_stage` prints, on a stage's ``dev``, ``dev_feats``, ``dev_marg``
    (``model``: the language model the network reads, or None)."""
    dev_lm = None
    if model is not None:
        from .lm_train import lm_dense

        dev_lm = lm_dense(model, [w for w, _ in s["dev"]])
    words = [w for w, _ in s["dev"]]
    gold = [t for _, t in s["dev"]]
    res: dict[str, Any] = {"dev": [s["lo"], s["hi"]], "seed": int(st["seed"]), "stack": int(st["stack"]),
                           "lm": int(st["lm"])}
    for name, w in _weighted(weights):
        res[name] = _scores(gold, words, tag_dev(net, vocab, st, s["dev"], s["dev_feats"], s["dev_marg"], w, dev_lm))
    crf = [[TAGS[int(j)] for j in m.argmax(1)] for m in s["dev_marg"]]  # max-marginal tags, a check only
    res["crf_maxmarginal"] = _scores(gold, words, crf)["raw"]
    return res


def main(argv: Sequence[str] | None = None) -> None:
    from ..options import data_dir

    ap = argparse.ArgumentParser(prog="python -m khabar.ner.stacking", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("crf", help="the fold's CRFs and marginals")
    c.add_argument("--dev", default="0.9:1")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--workers", type=int, default=1, help="processes for the 6 CRFs")
    c.add_argument("--no-oof", action="store_true", help="the fit CRF only (networks without stacking)")
    n = sub.add_parser("net", help="train a network on a fold and score it")
    n.add_argument("folder", type=Path)
    n.add_argument("--seed", type=int, default=1)
    n.add_argument("--stack", type=int, default=len(TAGS), help="0: the shipped network")
    n.add_argument("--out", type=Path, default=None, help="also write the fold's ensemble here")
    n.add_argument("--lm", type=Path, default=None, help="an lm.npz whose states the network also reads")
    n.add_argument("--weight", type=float, action="append", default=[],
                   help="also score the ensemble with the CRF's log-marginals at this weight (repeatable)")
    args = ap.parse_args(argv)
    if args.cmd == "crf":
        crf_stage(data_dir(), *parse_dev(args.dev), args.out, workers=args.workers, oof=not args.no_oof)
        return
    print(json.dumps(net_stage(args.folder, args.seed, args.stack, out=args.out, lm=args.lm,
                                      weights=args.weight)), flush=True)


if __name__ == "__main__":
    main()
