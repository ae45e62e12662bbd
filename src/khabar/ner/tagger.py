"""The shipped tagger, loaded lazily once per process (never at import time).

>>> from khabar.ner.tagger import get_tagger
>>> get_tagger().tag(["قال", "الرئيس", "بشار", "الاسد"])  # doctest: +SKIP
['O', 'O', 'B-PER', 'I-PER']
"""

from __future__ import annotations

import gzip
import threading
import zipfile
from pathlib import Path

import pycrfsuite

from ..errors import ModelError
from .features import FeatureExtractor
from .lexicon import Lexicon
from .neural import NeuralModel

__all__ = ["MODEL_DIR", "Tagger", "get_tagger"]

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"


class Tagger:
    """The NER model and the lexicon its features need: the neural tagger (``ner.npz``,
    :mod:`khabar.ner.neural`) where the model directory has one, else the CRF
    (``ner.crfsuite.gz``). Not thread-safe (CRFsuite's tagger and the neural tagger's
    caches keep state): use one per thread or process."""

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
        try:
            self.features = FeatureExtractor(Lexicon.load(lexicon))
            if neural.exists():
                self._neural = NeuralModel(neural, self.features)
            else:
                # CRFsuite reads the model in place: keep the bytes alive as long as the tagger
                self._model_bytes = gzip.decompress(model.read_bytes())
                self._crf = pycrfsuite.Tagger()
                self._crf.open_inmemory(self._model_bytes)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ModelError(f"cannot read the NER model in {model_dir} ({exc}); rebuild it with `khabar train ner`") from exc

    @property
    def kind(self) -> str:
        """``neural`` or ``crf``."""
        return "neural" if self._neural is not None else "crf"

    @property
    def lexicon(self) -> Lexicon:
        return self.features.lex

    def tag(self, words: list[str]) -> list[str]:
        """IOB tags (``B-PER``, ``I-ORG``, ``O``...) of one sentence of normalised tokens."""
        return self.tag_document([words])[0]

    def tag_document(self, sents: list[list[str]]) -> list[list[str]]:
        """IOB tags of each sentence of one document (an article): the features share
        evidence across the document (see :meth:`FeatureExtractor.document`)."""
        if self._neural is not None:
            return self._neural.tag_document(sents)
        assert self._crf is not None
        crf = self._crf
        return [list(crf.tag(x)) if x else [] for x in self.features.document(sents)]


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
