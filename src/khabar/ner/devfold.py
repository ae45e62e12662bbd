"""Dev folds of camel-split-train and decoding-bias sweeps on them (docs/models.md, *Eighth
pass*). Training and measurement only; nothing here runs when an article is analysed.

A fold holds out the sentences ``[lo, hi)`` (fractions of camel-split-train): ``build``
trains the ensemble (CRF with the shipped parameters, network with the shipped settings)
on the others, with their label memory, into a model folder; ``sweep`` tags the held-out
sentences in windows of ``DOC_WINDOW`` (as ``khabar eval ner``) with each bias and prints
micro P / R / F1 with and without the consistency pass; ``steps`` scores the same windows
three ways: the tagger with its pass (what ``khabar eval ner`` scores), without it, and the
mentions ``analyze``'s entities step keeps (:func:`khabar.eval.ner.entities_step_tags`).

    python -m khabar.ner.devfold build --dev 0.8:0.9 --out /tmp/fold2
    python -m khabar.ner.devfold sweep /tmp/fold2 --dev 0.8:0.9 0 1.5 3 '{"ORG": 2}'
    python -m khabar.ner.devfold steps /tmp/fold1 --dev 0.9:1
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..eval.ner import entities_step_tags, score
from .conll import Sentence
from .tagger import Bias, Tagger
from .train import DEFAULT_PARAMS, DOC_WINDOW, build_memory, load_corpora, train_model

__all__ = ["build", "default_model", "parse_bias", "parse_dev", "split", "steps", "sweep"]


def parse_dev(spec: str) -> tuple[float, float]:
    """``"0.8:0.9"`` → ``(0.8, 0.9)``: the held-out slice as fractions of the corpus."""
    lo, _, hi = spec.partition(":")
    a, b = float(lo), float(hi)
    if not 0.0 <= a < b <= 1.0:
        raise ValueError(f"--dev {spec!r}: write LO:HI with 0 <= LO < HI <= 1, e.g. 0.9:1")
    return a, b


def parse_bias(spec: str) -> Bias:
    """``"1.5"`` → 1.5 (every type); ``'{"ORG": 2}'`` → per type."""
    got = json.loads(spec)
    if isinstance(got, dict):
        return {str(k): float(v) for k, v in got.items()}
    return float(got)


def split(sents: Sequence[Sentence], lo: float, hi: float) -> tuple[list[Sentence], list[Sentence]]:
    """``(fit, dev)``: dev = the sentences from ``int(lo*n)`` to ``int(hi*n)``, fit = the
    rest in corpus order (``0.9:1`` is the last 10%, the tuning part of every pass)."""
    n = len(sents)
    a, b = int(n * lo), int(n * hi)
    return [*sents[:a], *sents[b:]], list(sents[a:b])


def build(data: Path, lo: float, hi: float, out: Path, clusters_cache: Path | None = None,
          augment: dict[str, object] | None = None, parts: str = "crf,net") -> None:
    """Train the fold's ensemble (torch needed) and write it to ``out`` as a model folder.
    ``augment``: mention-replacement settings (:mod:`khabar.ner.augment`), applied to the
    models named in ``parts`` (``crf``, ``net``); ``parts`` may also leave one model out
    (``crf``: the CRF alone, no torch needed)."""
    from .augment import Augmenter
    from .build import build_lexicon
    from .features import FeatureExtractor
    from .neural_train import DEFAULT_SETTINGS, NeuralSettings, export, train_network
    from .train import featurize_with_copies

    fit, _ = split(load_corpora(data)[0], lo, hi)
    lex = build_lexicon(data, clusters_cache)
    fx = FeatureExtractor(lex)
    aug = Augmenter.from_settings(augment, fit, lex) if augment else None
    out.mkdir(parents=True, exist_ok=True)
    models = parts.split(",")
    if "crf" in models or "crf0" in models:
        with tempfile.TemporaryDirectory() as tmp:
            crf = Path(tmp) / "crf.crfsuite"
            train_model(fit, fx, DEFAULT_PARAMS, crf, augment=aug if "crf" in models else None)
            (out / "ner.crfsuite.gz").write_bytes(gzip.compress(crf.read_bytes(), mtime=0))
    if "net" in models or "net0" in models:
        rows = featurize_with_copies(fit, fx, aug if "net" in models else None)
        net, vocab, _ = train_network(rows, NeuralSettings(DEFAULT_SETTINGS))
        export(net, vocab, out / "ner.npz")
    lex.memory = build_memory(fit)
    lex.save(out / "lexicon.json.gz")
    meta: dict[str, object] = {"model": "ensemble", "dev": [lo, hi]}
    if augment:
        meta.update(augment=augment, augmented=parts)
    (out / "meta.json").write_text(json.dumps(meta) + "\n")


def sweep(model: Path, dev: Sequence[Sentence], biases: Sequence[Bias]) -> list[dict[str, object]]:
    """Micro P / R / F1 of the model's tags on ``dev`` for each bias, without and with the
    consistency pass (one row per bias)."""
    tagger = Tagger(model)
    words = [w for w, _ in dev]
    gold = [t for _, t in dev]
    rows: list[dict[str, object]] = []
    for bias in biases:
        row: dict[str, object] = {"bias": bias}
        for name, consistent in (("raw", False), ("pass", True)):
            pred: list[list[str]] = []
            for k in range(0, len(words), DOC_WINDOW):
                pred += tagger.tag_document(words[k:k + DOC_WINDOW], consistent=consistent, bias=bias)
            r = score(gold, pred)
            row[name] = [r["micro_precision"], r["micro_recall"], r["micro_f1"]]
        rows.append(row)
    return rows


@contextmanager
def default_model(model: Path) -> Iterator[None]:
    """Inside the block, ``get_tagger()`` loads ``model`` (the entities step asks for the
    default folder), and the entities step's proclitic stripper is built from its lexicon;
    both are put back on exit. Measurement only."""
    from .. import entities
    from . import tagger

    old = tagger.get_tagger.__defaults__
    saved = list(entities._STRIP)
    tagger.get_tagger.__defaults__ = (model,)
    entities._STRIP.clear()
    try:
        yield
    finally:
        tagger.get_tagger.__defaults__ = old
        entities._STRIP[:] = saved


def steps(model: Path, dev: Sequence[Sentence]) -> dict[str, dict[str, object]]:
    """Scores of the model on ``dev`` (windows of ``DOC_WINDOW`` sentences) read three ways:
    ``tagger`` (with the consistency pass, as ``khabar eval ner``), ``tagger_raw`` (without
    it: what the entities step reads) and ``entities`` (the mentions the entities step keeps,
    typed as its entities)."""
    words = [w for w, _ in dev]
    gold = [t for _, t in dev]
    pred: dict[str, list[list[str]]] = {"tagger": [], "tagger_raw": [], "entities": []}
    with default_model(model):
        from .tagger import get_tagger

        tagger = get_tagger(model)
        for k in range(0, len(words), DOC_WINDOW):
            window = words[k:k + DOC_WINDOW]
            pred["tagger"] += tagger.tag_document(window)
            pred["tagger_raw"] += tagger.tag_document(window, consistent=False)
            pred["entities"] += entities_step_tags(window)
    return {name: score(gold, p) for name, p in pred.items()}


def main(argv: Sequence[str] | None = None) -> None:
    from ..options import data_dir

    ap = argparse.ArgumentParser(prog="python -m khabar.ner.devfold", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="train a fold's ensemble into a model folder")
    b.add_argument("--dev", default="0.9:1", help="held-out slice LO:HI (default 0.9:1)")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--clusters-cache", type=Path, default=None)
    b.add_argument("--augment", type=json.loads, default=None,
                   help='mention replacement, e.g. \'{"sources": ["train"], "copies": 1}\'')
    b.add_argument("--parts", default="crf,net",
                   help="models to train, comma-separated: crf / net (augmented when --augment "
                        "is given) or crf0 / net0 (not augmented); default crf,net")
    s = sub.add_parser("sweep", help="score a fold's model on its held-out slice per bias")
    s.add_argument("model", type=Path)
    s.add_argument("biases", nargs="+", help='numbers or JSON objects such as {"ORG": 2}')
    s.add_argument("--dev", default="0.9:1")
    t = sub.add_parser("steps", help="score a fold's model on its held-out slice: tagger with and "
                                     "without its pass, and the entities step's mentions")
    t.add_argument("model", type=Path)
    t.add_argument("--dev", default="0.9:1")
    args = ap.parse_args(argv)
    lo, hi = parse_dev(args.dev)
    if args.cmd == "build":
        build(data_dir(), lo, hi, args.out, args.clusters_cache, args.augment, args.parts)
        return
    _, dev = split(load_corpora(data_dir())[0], lo, hi)
    if args.cmd == "steps":
        for name, result in steps(args.model, dev).items():
            print(json.dumps({"read": name, **result}))
        return
    for row in sweep(args.model, dev, [parse_bias(x) for x in args.biases]):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
