"""Named word lists of the event filters, kept apart from the code in
``src/khabar/data/events/*.tsv`` (rows ``list<TAB>word``, each list with a comment saying
where it is used and where it came from). A file is read once, on the first use of one of
its lists (never at import time), and every entry is folded with
:func:`khabar.events.lexicon.ffold`, as the tokens it is compared with are.

    FILTER_WORDS = WordLists("filter_words.tsv")
    if word in FILTER_WORDS.future_adj: ...
"""

from __future__ import annotations

from importlib import resources

from .lexicon import ffold

__all__ = ["ARGUMENT_WORDS", "FILTER_WORDS", "MERGE_WORDS", "OCCURRENCE_WORDS", "WordLists", "read_lists"]


def read_lists(name: str) -> dict[str, frozenset[str]]:
    """The lists of one TSV file of ``khabar.data.events``, folded."""
    text = resources.files("khabar.data.events").joinpath(name).read_text(encoding="utf-8")
    lists: dict[str, set[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, sep, word = line.partition("\t")
        if not sep or not word.strip():
            raise ValueError(f"{name}:{n}: expected 'list<TAB>word', got {line!r}")
        lists.setdefault(key.strip(), set()).add(ffold(word.strip()))
    return {key: frozenset(words) for key, words in lists.items()}


class WordLists:
    """The lists of one data file as attributes (``WORDS.sending``), loaded on first use."""

    def __init__(self, filename: str) -> None:
        self._filename = filename

    def __getattr__(self, name: str) -> frozenset[str]:
        # Called only for an attribute not yet set: the first use loads every list of the file.
        if name.startswith("_"):
            raise AttributeError(name)
        lists = read_lists(self._filename)
        self.__dict__.update(lists)
        if name not in lists:
            raise AttributeError(f"{self._filename} has no word list {name!r}")
        return lists[name]


#: The lists of filters.py and its stage modules.
FILTER_WORDS = WordLists("filter_words.tsv")
#: The lists of the merges (merge.py, anaphora.py, homes.py).
MERGE_WORDS = WordLists("merge_words.tsv")
#: The lists of occurrences.py (tallies, periods, time references, campaigns).
OCCURRENCE_WORDS = WordLists("occurrence_words.tsv")
#: The lists of the actor/target phrases and the place of an event (phrases.py, where.py).
ARGUMENT_WORDS = WordLists("argument_words.tsv")
