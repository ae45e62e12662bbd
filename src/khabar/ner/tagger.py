"""The shipped tagger, loaded lazily once per process (never at import time).

>>> from khabar.ner.tagger import get_tagger
>>> get_tagger().tag(["قال", "الرئيس", "بشار", "الاسد"])  # doctest: +SKIP
['O', 'O', 'B-PER', 'I-PER']
"""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

import pycrfsuite

from ..errors import ModelError
from .features import FeatureExtractor
from .lexicon import Lexicon

__all__ = ["MODEL_DIR", "Tagger", "get_tagger"]

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"


class Tagger:
    """A CRF model and the lexicon its features need. Not thread-safe (CRFsuite's tagger
    keeps state): use one per thread or process."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        model = model_dir / "ner.crfsuite.gz"
        lexicon = model_dir / "lexicon.json.gz"
        if not model.exists() or not lexicon.exists():
            raise ModelError(
                f"the NER model is missing from {model_dir}; reinstall khabar, or rebuild it "
                "with `khabar train ner` (needs ../shared/data or KHABAR_DATA)"
            )
        try:
            # CRFsuite reads the model in place: keep the bytes alive as long as the tagger
            self._model_bytes = gzip.decompress(model.read_bytes())
            self._crf = pycrfsuite.Tagger()
            self._crf.open_inmemory(self._model_bytes)
            self.features = FeatureExtractor(Lexicon.load(lexicon))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read the NER model in {model_dir} ({exc}); rebuild it with `khabar train ner`") from exc

    @property
    def lexicon(self) -> Lexicon:
        return self.features.lex

    def tag(self, words: list[str]) -> list[str]:
        """IOB tags (``B-PER``, ``I-ORG``, ``O``...) of one sentence of normalised tokens."""
        return self.tag_document([words])[0]

    def tag_document(self, sents: list[list[str]]) -> list[list[str]]:
        """IOB tags of each sentence of one document (an article): the features share
        evidence across the document (see :meth:`FeatureExtractor.document`)."""
        return [list(self._crf.tag(x)) if x else [] for x in self.features.document(sents)]


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
