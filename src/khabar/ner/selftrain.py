"""Self-training data for the neural tagger (``khabar train ner --self-train``): the
unannotated ANT and Wikinews text (the shipping policy allows both; SaudiNewsNet never
feeds a model) tagged by a trained ensemble, keeping only the sentences the ensemble, the
CRF alone and the neural tagger alone tag the same way, with a confident CRF, and that
name a person or an organisation (the types unseen names hurt most). See docs/models.md,
*Fourth pass*, for the dev scores.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..normalize import normalize_text
from ..segment import split_sentences, tokenize
from .conll import Sentence
from .features import FeatureExtractor
from .tagger import Tagger

__all__ = ["confident", "dev_scores", "pseudo_label", "unlabelled_documents"]

#: every entity token's CRF marginal (of the tag on the CRF's own path) at least this
MIN_MARGINAL = 0.9
#: sentence lengths kept (shorter ones are headlines and fragments, longer run-ons)
MIN_TOKENS, MAX_TOKENS = 5, 60
#: a kept sentence names at least one of these
KEEP_TYPES = frozenset({"PER", "ORG"})
#: sentences of an article read as one document (the features share evidence across it)
DOC_SENTENCES = 30
#: longer "sentences" (unpunctuated radio transcripts) are not read at all
_READ_MAX = 120


def unlabelled_documents(data: Path) -> Iterator[list[list[str]]]:
    """Wikinews then ANT articles as documents of normalised, tokenised sentences (khabar's
    own tokens), at most DOC_SENTENCES sentences each."""
    for name in ("wikinews.jsonl.gz", "ant.jsonl.gz"):
        with gzip.open(data / "news" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                norm = normalize_text(json.loads(line)["text"])
                sents = [[t for t, _, _ in tokenize(norm, s, e)] for s, e in split_sentences(norm)]
                sents = [s for s in sents if 0 < len(s) <= _READ_MAX]
                for k in range(0, len(sents), DOC_SENTENCES):
                    yield sents[k:k + DOC_SENTENCES]


def confident(ensemble: list[str], crf: list[str], neural: list[str], marginals: list[float]) -> bool:
    """Whether one sentence's ensemble tags may serve as training data: the three taggers
    agree, its length is ordinary, it names a person or an organisation, and the CRF is
    sure of every entity token (``marginals``: the CRF's marginal of its own tag, per token)."""
    if not MIN_TOKENS <= len(ensemble) <= MAX_TOKENS or not ensemble == crf == neural:
        return False
    if not any(t[2:] in KEEP_TYPES for t in ensemble if t.startswith("B-")):
        return False
    return all(m >= MIN_MARGINAL for m, t in zip(marginals, ensemble, strict=True) if t != "O")


def pseudo_label(tagger: Tagger, docs: Iterable[list[list[str]]]) -> list[list[Sentence]]:
    """The confident sentences of each document (documents left with none are dropped),
    tagged by ``tagger`` (an ensemble; its label memory is the caller's choice)."""
    crf, neural = tagger._crf, tagger._neural
    if crf is None or neural is None:
        raise ValueError("self-training needs the CRF + neural ensemble")
    fx = tagger.features
    col = {t: i for i, t in enumerate(neural.tags)}
    out: list[list[Sentence]] = []
    for sents in docs:
        if not sents:
            continue
        ens = tagger.tag_document(sents, consistent=False)  # the ensemble's own tags, as measured
        alone = neural.tag_document(sents)
        feats, extras = fx.document_and_extras(sents)
        margs = tagger.crf_marginals().marginals(sents, extras)
        keep: list[Sentence] = []
        for words, e, n, x, m in zip(sents, ens, alone, feats, margs, strict=True):
            c = list(crf.tag(x))
            if confident(e, c, n, [float(m[i, col[t]]) for i, t in enumerate(c)]):
                keep.append((words, e))
        if keep:
            out.append(keep)
    return out


def _ensemble_dev(tagger: Tagger, dev: list[Sentence]) -> dict[str, object]:
    from ..eval.ner import score
    from .train import DOC_WINDOW

    words = [w for w, _ in dev]
    pred: list[list[str]] = []
    for k in range(0, len(words), DOC_WINDOW):
        pred += tagger.tag_document(words[k:k + DOC_WINDOW])
    return score([t for _, t in dev], pred)


def dev_scores(
    data: Path,
    fit: tuple[list[Sentence], list[list[list[str]]]],
    dev: list[Sentence],
    fx: FeatureExtractor,
    network: tuple[Any, Any],
    settings: Any,
    log: Callable[[str], None],
    pre: Any = None,
) -> dict[str, float]:
    """The dev micro-F1 of the ensemble before and after self-training, all on the first
    90% (``fit`` = its sentences and features; ``network`` = the neural tagger trained on
    them): a CRF is trained on ``fit``, the two make the ensemble (label memory of ``fit``
    only, so no dev name leaks into the pseudo-labels), it tags ANT and Wikinews, and the
    network is trained again on ``fit`` plus the kept sentences (``settings`` and ``pre``:
    as for :func:`khabar.ner.neural_train.train_network`)."""
    from .neural_train import export, train_network
    from .train import DEFAULT_PARAMS, build_memory, train_model

    sents, feats = fit
    saved = fx.lex.memory
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        train_model(sents, fx, DEFAULT_PARAMS, d / "m.crfsuite")
        (d / "ner.crfsuite.gz").write_bytes(gzip.compress((d / "m.crfsuite").read_bytes(), mtime=0))
        export(*network, d / "ner.npz")
        fx.lex.memory = build_memory(sents)
        fx.lex.save(d / "lexicon.json.gz")
        fx.lex.memory = saved
        # the tagger reads the optional feature groups from meta.json, as the shipped one
        (d / "meta.json").write_text(json.dumps({"features": list(fx.options)}))
        before = float(_ensemble_dev(Tagger(d), dev)["micro_f1"])  # type: ignore[arg-type]
        log(f"self-training, dev: ensemble before {before}")
        extra = pseudo_label(Tagger(d), unlabelled_documents(data))
        xsents = [s for doc in extra for s in doc]
        fx.memory = build_memory(sents)
        xfeats = [f for doc in extra for f in fx.document([w for w, _ in doc])]
        log(f"self-training, dev: {len(xsents)} sentences kept")
        net, vocab, _ = train_network((sents + xsents, feats + xfeats), settings, pre, None, log)
        export(net, vocab, d / "ner.npz")
        after = float(_ensemble_dev(Tagger(d), dev)["micro_f1"])  # type: ignore[arg-type]
        log(f"self-training, dev: ensemble after {after}")
    return {"ensemble_before": before, "ensemble_after": after, "sentences": float(len(xsents))}
