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
from itertools import repeat

from ..errors import ModelError
from ..normalize import _TABLE

__all__ = ["FEATURE_NONE", "bucket_feature", "buckets"]

#: centibels per feature bucket (16 buckets over the list's 800, as measured in session 3)
STEP = 50
FEATURE_NONE = "zf=none"

#: any character the normalisation changes or deletes
_CHANGED = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
_LOCK = threading.Lock()
_BUCKETS: dict[str, int] | None = None


def _load() -> dict[str, int]:
    try:
        from wordfreq import get_frequency_list
    except ImportError as exc:  # a model built with the feature needs the package
        raise ModelError("this NER model reads word frequencies from the wordfreq package: "
                         "pip install wordfreq (or reinstall khabar)") from exc
    lists = get_frequency_list("ar", "large")
    table: dict[str, int] = {}
    # rarest bucket first, so that a key several spellings share ends with the commonest
    # one's bucket
    for i in range(len(lists) - 1, -1, -1):
        if lists[i]:
            table.update(zip(_normalized("\n".join(lists[i])).split("\n"), repeat(i // STEP)))
    table.pop("", None)
    return table


def _normalized(joined: str) -> str:
    """:func:`normalize_text` of a bucket's words joined by newlines, by one ``str.replace``
    per character of the table that occurs (36 in the list): 0.31 s instead of 0.47 s for
    the whole list (one translate call per character). Same result: no replacement
    holds a character the table maps."""
    for ch in set(_CHANGED.findall(joined)):
        joined = joined.replace(ch, _TABLE[ord(ch)] or "")
    return joined


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
