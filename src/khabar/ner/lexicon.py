"""The word lists, phrase gazetteer and word clusters the tagger's features look up.

Built at training time (:mod:`khabar.ner.build`) from shippable sources and saved next to
the CRF model as ``lexicon.json.gz``; at run time it is loaded once per process with the
model. Every entry is normalised (:func:`khabar.normalize.normalize_text`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ..segment import split_clitics

__all__ = ["MAX_PHRASE", "Lexicon", "lookup_first", "lookup_keys"]

_V = TypeVar("_V")

#: Longest gazetteer phrase matched, in tokens.
MAX_PHRASE = 5


def lookup_keys(w: str) -> tuple[str, ...]:
    """The forms of ``w`` to look up in a word list: the word, its stem without the article
    and its proclitics (وبالعراق → عراق), and the word without a leading و/ف conjunction
    (ومحمد → محمد). A list entry is stored under the same keys, so «الأردن» in a list
    matches «والأردن» and «أردن» in text."""
    keys = [w]
    pre, stem = split_clitics(w)
    if pre:
        keys.append(stem)
    if len(w) > 3 and w[0] in "وف":
        keys.append(w[1:])
    return tuple(dict.fromkeys(keys))


def lookup_first(table: Mapping[str, _V], w: str) -> _V | None:
    """What ``table`` holds for the first of :func:`lookup_keys` of ``w`` it holds (the
    word, else its stem without proclitics, else the word without a leading و/ف), or None:
    how the word clusters, the pretrained vectors and the neural tagger's training
    vocabulary read a word (one helper for all three since review-18a, so that training
    and tagging cannot read a word two ways)."""
    got = table.get(w)
    if got is None:
        for k in lookup_keys(w)[1:]:
            got = table.get(k)
            if got is not None:
                break
    return got


@dataclass
class Lexicon:
    """``sets``: named word lists (keys as :func:`lookup_keys` gives); ``phrases``:
    multi-token gazetteer entries (space-joined normalised tokens → type); ``clusters``:
    word → (c50, c200, c1000); ``memory``: names the training data tags as entities
    more often than not (one to five tokens → type)."""

    sets: dict[str, set[str]] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    #: entity strings of the training data (space-joined tokens → majority type)
    memory: dict[str, str] = field(default_factory=dict)

    def add_words(self, name: str, words: list[str] | set[str]) -> None:
        target = self.sets.setdefault(name, set())
        for w in words:
            if w:
                target.update(lookup_keys(w))

    def memberships(self, w: str) -> list[str]:
        """Names of the lists that hold ``w`` (under any of its lookup keys)."""
        keys = lookup_keys(w)
        return [name for name, s in self.sets.items() if any(k in s for k in keys)]

    def save(self, path: Path) -> None:
        data = {
            "sets": {k: sorted(v) for k, v in sorted(self.sets.items())},
            "phrases": dict(sorted(self.phrases.items())),
            "clusters": {k: list(v) for k, v in sorted(self.clusters.items())},
            "memory": dict(sorted(self.memory.items())),
        }
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # mtime=0: the same lexicon gives the same bytes (deterministic rebuilds)
        path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        data = json.loads(gzip.decompress(path.read_bytes()))
        return cls(
            sets={k: set(v) for k, v in data["sets"].items()},
            phrases=data["phrases"],
            clusters={k: (v[0], v[1], v[2]) for k, v in data["clusters"].items()},
            memory=data.get("memory", {}),
        )
