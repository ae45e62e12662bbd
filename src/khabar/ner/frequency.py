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

import re
import threading

import numpy as np

from ..errors import ModelError
from ..normalize import CHAR_TABLE as _TABLE

__all__ = ["FEATURE_NONE", "HashedBuckets", "bucket_feature", "buckets"]

#: centibels per feature bucket (16 buckets over the list's 800, as measured in session 3)
STEP = 50
FEATURE_NONE = "zf=none"

#: any character the normalisation changes or deletes
_CHANGED = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
_LOCK = threading.Lock()
_BUCKETS: HashedBuckets | None = None


class HashedBuckets:
    """Normalised word -> bucket, kept as two numpy arrays (the words' ``hash()``es, sorted,
    and their buckets): ~5 MB where a dict of the 559,706 words took ~137 MB of every
    process's memory. The hash is that of the word's UTF-8 bytes (a ``str``'s own hash
    reads its internal buffer, so «g0» and «で» share one), 64 bits and salted per
    process: two words share one only by chance (about 560k / 2**64 per lookup); the
    table is built in the process that reads it, so the salt never matters."""

    def __init__(self, hashes: np.ndarray, values: np.ndarray) -> None:
        self.hashes = hashes
        self.values = values

    @classmethod
    def from_items(cls, items: dict[str, int]) -> HashedBuckets:
        """The table of ``items`` (word -> bucket; for tests and small lists)."""
        pairs = sorted((_hash(w), b) for w, b in items.items())
        return cls(np.array([h for h, _ in pairs], dtype=np.int64), np.array([b for _, b in pairs], dtype=np.int8))

    def __len__(self) -> int:
        return len(self.hashes)

    def get(self, w: str) -> int | None:
        h = _hash(w)
        i = int(self.hashes.searchsorted(h))
        if i < len(self.hashes) and int(self.hashes[i]) == h:
            return int(self.values[i])
        return None


def _hash(w: str) -> int:
    return hash(w.encode())


def _load() -> HashedBuckets:
    try:
        from wordfreq import available_languages, read_cBpack
    except ImportError as exc:  # a model built with the feature needs the package
        raise ModelError("this NER model reads word frequencies from the wordfreq package: "
                         "pip install wordfreq (or reinstall khabar)") from exc
    hashes: list[np.ndarray] = []
    values: list[np.ndarray] = []
    # read_cBpack, not get_frequency_list: that one caches the 620,700 strings for the
    # life of the process
    for i, words in enumerate(read_cBpack(available_languages("large")["ar"])):
        if words:
            keys = [k for k in _normalized("\n".join(words)).split("\n") if k]
            hashes.append(np.fromiter(map(_hash, keys), dtype=np.int64, count=len(keys)))
            values.append(np.full(len(keys), i // STEP, dtype=np.int8))
    h, v = np.concatenate(hashes), np.concatenate(values)
    # by hash, then bucket: the first of each hash is the commonest spelling's bucket
    order = np.lexsort((v, h))
    h, v = h[order], v[order]
    first = np.ones(len(h), dtype=bool)
    first[1:] = h[1:] != h[:-1]
    return HashedBuckets(h[first], v[first])


def _normalized(joined: str) -> str:
    """:func:`normalize_text` of a bucket's words joined by newlines, by one ``str.replace``
    per character of the table that occurs (36 in the list): 0.31 s instead of 0.47 s for
    the whole list (one translate call per character). Same result: no replacement
    holds a character the table maps."""
    for ch in set(_CHANGED.findall(joined)):
        joined = joined.replace(ch, _TABLE[ord(ch)] or "")
    return joined


def buckets() -> HashedBuckets:
    """Normalised word -> centibel bucket // :data:`STEP` (``.get(word)``), loaded once
    per process."""
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
