"""The shipped tagger, loaded lazily once per process (never at import time).

>>> from khabar.ner.tagger import get_tagger
>>> get_tagger().tag(["قال", "الرئيس", "بشار", "الاسد"])  # doctest: +SKIP
['O', 'O', 'B-PER', 'I-PER']
"""

from __future__ import annotations

import gzip
import json
import threading
import zipfile
from pathlib import Path

import numpy as np
import pycrfsuite

from ..errors import ModelError
from .consistency import propagate
from .crf_marginals import CrfMarginals
from .features import FeatureExtractor, TypeFeatureMemo
from .lexicon import Lexicon
from .neural import NeuralModel

__all__ = ["ENSEMBLE_WEIGHT", "MAX_TAG_TOKENS", "MODEL_DIR", "PAD_BUDGET", "Bias", "Tagger", "bias_vector", "decode_bias",
           "clear_taggers", "ensemble_weight", "feature_options", "get_tagger", "pad_batches"]

#: How much the CRF's log-marginals weigh against the neural tag scores in the ensemble
#: (dev micro-F1 of two ensembles: 0.7126/0.7089 at 0.5, 0.7145/0.7141 at 1, 0.7120/0.7175
#: at 2; docs/models.md).
ENSEMBLE_WEIGHT = 1.0

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"


#: A decoding bias: one number added to the score of every non-O tag (B-X and I-X of each
#: type), or one per entity type (``{"PER": 0.5}``; a type left out gets 0).
Bias = float | dict[str, float]


def _meta(model_dir: Path) -> dict[str, object]:
    meta = model_dir / "meta.json"
    return json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}


def feature_options(model_dir: Path) -> list[str]:
    """The optional feature groups the model in ``model_dir`` was trained with (its
    ``meta.json``'s ``features``; none where the file or the key is missing: models built
    before the option existed)."""
    return list(_meta(model_dir).get("features", []))  # type: ignore[call-overload]


def decode_bias(model_dir: Path) -> Bias:
    """The decoding bias of the model in ``model_dir`` (its ``meta.json``'s
    ``decode_bias``; 0 where the file or the key is missing: the tags as before)."""
    got = _meta(model_dir).get("decode_bias", 0.0)
    if isinstance(got, dict):
        return {str(k): float(v) for k, v in got.items()}
    return float(got)  # type: ignore[arg-type]


def ensemble_weight(model_dir: Path) -> float:
    """The CRF's weight in the ensemble of the model in ``model_dir`` (its ``meta.json``'s
    ``ensemble_weight``; :data:`ENSEMBLE_WEIGHT` where the file or the key is missing: the
    shipped models). A setting of the model, so that a network that reads more than the
    CRF (docs/models.md, *Twelfth pass*) can carry a weight of its own."""
    return float(_meta(model_dir).get("ensemble_weight", ENSEMBLE_WEIGHT))  # type: ignore[arg-type]


def bias_vector(tags: list[str], bias: Bias) -> np.ndarray | None:
    """``bias`` as one number per tag of ``tags`` (O gets 0), None where it is all 0.
    Added to every token's tag scores before the Viterbi, a positive bias moves the
    balance from O towards names (more recall, less precision). The shipped model has
    none: on two dev folds the F1 curve is flat (global) or does not carry (per type),
    docs/models.md, *Eighth pass*."""
    if isinstance(bias, dict):
        unknown = set(bias) - {t[2:] for t in tags if t != "O"}
        if unknown:
            raise ModelError(f"decode_bias names types the model lacks: {sorted(unknown)}; "
                             f"use {sorted({t[2:] for t in tags if t != 'O'})}")
        vec = np.array([0.0 if t == "O" else bias.get(t[2:], 0.0) for t in tags], dtype=np.float32)
    else:
        vec = np.array([0.0 if t == "O" else bias for t in tags], dtype=np.float32)
    return vec if vec.any() else None


class Tagger:
    """The NER model and the lexicon its features need. The model directory holds the CRF
    (``ner.crfsuite.gz``), the neural tagger (``ner.npz``, :mod:`khabar.ner.neural`) or
    both: then the two are combined (the CRF's log-marginals added to the neural tag
    scores, times the model's :func:`ensemble_weight`, :data:`ENSEMBLE_WEIGHT` unless its
    ``meta.json`` says another, before the neural CRF layer's Viterbi). Not
    thread-safe (CRFsuite's tagger and the neural tagger's caches keep state): use one per
    thread or process. The neural and ensemble taggers add the model's decoding bias
    (:func:`decode_bias`) to the tag scores before the Viterbi; the CRF alone decodes in
    CRFsuite, without it."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        neural = model_dir / "ner.npz"
        model = model_dir / "ner.crfsuite.gz"
        lexicon = model_dir / "lexicon.json.gz"
        if not (neural.exists() or model.exists()) or not lexicon.exists():
            raise ModelError(
                f"the NER model is missing from {model_dir}; reinstall khabar, or rebuild it "
                "with `khabar train ner` (needs ../shared/data or KHABAR_DATA)"
            )
        self._crf: pycrfsuite.Tagger | None = None
        self._neural: NeuralModel | None = None
        self._marginals: CrfMarginals | None = None  # built on the ensemble's first use
        try:
            #: the model's decoding bias (``meta.json``), which :meth:`tag_document` applies
            #: unless told another
            self.bias: Bias = decode_bias(model_dir)
            #: the CRF's weight in the ensemble (``meta.json``, :func:`ensemble_weight`)
            self.ensemble_weight = ensemble_weight(model_dir)
            self.features = FeatureExtractor(Lexicon.load(lexicon), feature_options(model_dir))
            if neural.exists():
                self._neural = NeuralModel(neural, self.features)
            if model.exists():
                # CRFsuite reads the model in place: keep the bytes alive as long as the tagger
                self._model_bytes = gzip.decompress(model.read_bytes())
                self._crf = pycrfsuite.Tagger()
                self._crf.open_inmemory(self._model_bytes)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ModelError(f"cannot read the NER model in {model_dir} ({exc}); rebuild it with `khabar train ner`") from exc

    @property
    def kind(self) -> str:
        """``crf``, ``neural`` or ``ensemble``."""
        if self._neural is None:
            return "crf"
        return "neural" if self._crf is None else "ensemble"

    @property
    def lexicon(self) -> Lexicon:
        return self.features.lex

    def crf_marginals(self) -> CrfMarginals:
        """The CRF's marginals in numpy, in the neural tagger's tag order (ensemble only;
        built on first use: reading the CRF's weights takes ~0.2 s)."""
        if self._marginals is None:
            if self._crf is None or self._neural is None:
                raise ModelError("the CRF's marginals are computed for the ensemble only")
            self._marginals = CrfMarginals(self._crf, self.features, self._neural.tags)
        return self._marginals

    def tag(self, words: list[str]) -> list[str]:
        """IOB tags (``B-PER``, ``I-ORG``, ``O``...) of one sentence of normalised tokens."""
        return self.tag_document([words])[0]

    def tag_document(self, sents: list[list[str]], consistent: bool = True,
                     bias: Bias | None = None) -> list[list[str]]:
        """IOB tags of each sentence of one document (an article): the features share
        evidence across the document (see :meth:`FeatureExtractor.document`), and a name's
        missed occurrences are filled (:mod:`khabar.ner.consistency`; dev +0.005).
        ``consistent=False``: the model's tags alone (the entities step merges a name's
        occurrences itself, with its tables; filled copies would count as votes there).
        ``bias``: the decoding bias to use instead of the model's (:attr:`bias`)."""
        tags = self._tag_document(sents, self.bias if bias is None else bias)
        return propagate(sents, tags) if consistent else tags

    def _tag_document(self, sents: list[list[str]], bias: Bias = 0.0) -> list[list[str]]:
        """The model's tags, before the consistency pass. The network reads the sentences
        as one array padded to the longest; when that array would pass ``PAD_BUDGET`` token
        slots, they are read in batches of similar length (:func:`pad_batches`), with the
        document's features computed once for all of them."""
        crf, neural = self._crf, self._neural
        if neural is None:
            assert crf is not None
            return [list(crf.tag(x)) if x else [] for x in self.features.document(sents)]
        vec = bias_vector(neural.tags, bias)
        if any(len(s) > MAX_TAG_TOKENS for s in sents):
            return _joined(sents, self._tag_document(_pieces(sents), bias))
        todo = [s for s in sents if s]
        if not todo:
            return [[] for _ in sents]
        batches = pad_batches([len(s) for s in todo])
        if len(batches) == 1:
            tags = self._network_tags(todo, None, vec)
        else:
            extras = self.features.document_extras(todo)
            tags = [[] for _ in todo]
            for batch in batches:
                got = self._network_tags([todo[k] for k in batch], [extras[k] for k in batch], vec)
                for k, t in zip(batch, got, strict=True):
                    tags[k] = t
        result = iter(tags)
        return [next(result) if s else [] for s in sents]

    def _network_tags(self, todo: list[list[str]], extras: list[list[list[str]]] | None,
                      vec: np.ndarray | None) -> list[list[str]]:
        """The tags of the non-empty sentences ``todo`` read as one padded array: the
        network's, with the CRF's marginals added in the ensemble; ``extras``: their
        ``document_extras`` (computed here when None)."""
        crf, neural = self._crf, self._neural
        assert neural is not None
        if crf is None:
            return neural.tag_document(todo, extras=extras, bias=vec)
        labels = [t for t in crf.labels() if t != "O"]
        # column of each CRF label in the neural tag order (a tag the CRF lacks keeps 0)
        cols = np.array([neural.tags.index(t) for t in labels], dtype=np.int64)
        col_o = neural.tags.index("O")
        if extras is None:
            extras = self.features.document_extras(todo)
        # the features of the article's new word types, computed once for both models' caches
        typefeats = TypeFeatureMemo(self.features)
        # all the sentences at once: (sentences, longest, tags), zero past each one's end
        p = self.crf_marginals().marginals_array(todo, extras, typefeats)
        p_o = p[:, :, col_o]
        # most tokens are surely outside any name: the other tags then share what O
        # leaves (< 0.001), as when CRFsuite was asked only where O was unsure (the
        # shipped model's dev score was chosen so)
        m = np.repeat(((1.0 - p_o) / len(labels))[:, :, None], len(neural.tags), axis=2)
        m[:, :, col_o] = p_o
        unsure = (p_o < 0.999)[:, :, None]
        m[:, :, cols] = np.where(unsure, p[:, :, cols], m[:, :, cols])
        # a stacked network also reads the marginals themselves (khabar.ner.stacking)
        dense = p if neural.stack else None
        return neural.tag_document(todo, np.log(m + 1e-6), self.ensemble_weight, extras, typefeats, vec, dense)


#: Most token slots (sentences x longest sentence) the taggers' padded arrays may hold for one
#: call: past it the sentences are read in batches of similar length. A slot costs about 5 KB
#: of arrays: a 33 KB page of one 3,400-token sentence and 500 short ones took 8.5 GB and
#: 170 s read at once, 0.2 GB and 2.5 s in batches (qa-16a). About 1 in 100 articles of
#: over 6,000 characters passes 20,000 (549 sentences, the longest of 216 tokens: 118,000
#: slots for 6,659 tokens); read in batches, their tags are the same and come 4 times faster.
PAD_BUDGET = 20_000


#: Longest sentence the taggers read whole, in tokens: a longer one is read in pieces of this
#: many tokens (each with its own start and end) and their tags joined. The networks read a
#: sentence one token after another, so a 200,000-character sentence of 34,000 tokens took
#: 20 s, where the same tokens in sentences take about 2 (qa-16a). The longest sentence of
#: the news corpus (39,289 articles) has 1,385 tokens.
MAX_TAG_TOKENS = 2_000


def _pieces(sents: list[list[str]]) -> list[list[str]]:
    """Each sentence cut into pieces of at most ``MAX_TAG_TOKENS`` (an empty one kept)."""
    return [s[k:k + MAX_TAG_TOKENS] for s in sents for k in range(0, max(len(s), 1), MAX_TAG_TOKENS)]


def _joined(sents: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The tags of :func:`_pieces`' pieces joined back into one list per sentence."""
    out, it = [], iter(tags)
    for s in sents:
        out.append([t for _ in range(0, max(len(s), 1), MAX_TAG_TOKENS) for t in next(it)])
    return out


def pad_batches(lengths: list[int], budget: int | None = None) -> list[list[int]]:
    """Indices of ``lengths`` in batches whose count times longest stays within ``budget``
    (default ``PAD_BUDGET``; a sentence longer than it alone): all in one batch, in order,
    when they fit; else by length, shortest first."""
    budget = PAD_BUDGET if budget is None else budget
    if not lengths or len(lengths) * max(lengths) <= budget:
        return [list(range(len(lengths)))]
    batches: list[list[int]] = []
    for k in sorted(range(len(lengths)), key=lambda k: lengths[k]):
        if batches and (len(batches[-1]) + 1) * lengths[k] <= budget:
            batches[-1].append(k)
        else:
            batches.append([k])
    return batches


_LOCK = threading.Lock()
_TAGGERS: dict[tuple[Path, int], Tagger] = {}


def get_tagger(model_dir: Path = MODEL_DIR) -> Tagger:
    """The process's tagger for ``model_dir`` (one per thread), loaded on first use."""
    key = (model_dir, threading.get_ident())
    tagger = _TAGGERS.get(key)
    if tagger is None:
        with _LOCK:
            tagger = _TAGGERS.get(key)
            if tagger is None:
                tagger = _TAGGERS[key] = Tagger(model_dir)
    return tagger


def clear_taggers() -> None:
    """Drop this process's taggers (every thread's): the next :func:`get_tagger` loads
    anew (after an article stopped half-way, ``khabar.store.time_limit.reset_caches``)."""
    with _LOCK:
        _TAGGERS.clear()
