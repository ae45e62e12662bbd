"""Word-frequency buckets from the ``wordfreq`` package, read at run time (an NER feature).

Source: wordfreq (PyPI, Robyn Speer et al.; code Apache-2.0, word lists CC BY-SA 4.0),
its ``large`` Arabic list: 620,700 words in 800 buckets of one centibel each (bucket ``i``
holds the words of frequency about ``10 ** (-i / 100)``; Wikipedia, subtitles, news, web
text). khabar never copies the list into its own files: it is read from the installed
package once per process, on first use, and keyed by khabar's normalisation
(:func:`khabar.normalize.normalize_text`; a key several spellings share keeps the most
frequent one's bucket).

The feature (``zf=`` + bucket // 50, ``zf=none`` for a word the list lacks) tells the
tagger how common a word is beyond the training corpus: a frequent word is seldom a name,
an unseen transliterated one often is. docs/models.md, *Fourth pass* and *Sixth pass*.
"""

from __future__ import annotations

import threading
from itertools import repeat

from ..errors import ModelError
from ..normalize import normalize_text

__all__ = ["FEATURE_NONE", "bucket_feature", "buckets"]

#: centibels per feature bucket (16 buckets over the list's 800, as measured in session 3)
STEP = 50
FEATURE_NONE = "zf=none"

_LOCK = threading.Lock()
_BUCKETS: dict[str, int] | None = None


def _load() -> dict[str, int]:
    try:
        from wordfreq import get_frequency_list
    except ImportError as exc:  # a model built with the feature needs the package
        raise ModelError("this NER model reads word frequencies from the wordfreq package: "
                         "pip install wordfreq (or reinstall khabar)") from exc
    table: dict[str, int] = {}
    lists = get_frequency_list("ar", "large")
    # rarest bucket first, so that a key several spellings share ends with the commonest
    # one's bucket; each bucket normalised as one string (one translate call, not 600k)
    for i in range(len(lists) - 1, -1, -1):
        if lists[i]:
            words = normalize_text("\n".join(lists[i])).split("\n")
            table.update(zip(words, repeat(i // STEP)))
    table.pop("", None)
    return table


def buckets() -> dict[str, int]:
    """Normalised word -> centibel bucket // :data:`STEP`, loaded once per process."""
    global _BUCKETS
    if _BUCKETS is None:
        with _LOCK:
            if _BUCKETS is None:
                _BUCKETS = _load()
    return _BUCKETS


def bucket_feature(w: str) -> str:
    """``zf=<bucket>`` of the normalised token ``w`` (the word itself, no clitic
    stripping), or :data:`FEATURE_NONE`."""
    b = buckets().get(w)
    return FEATURE_NONE if b is None else f"zf={b}"
