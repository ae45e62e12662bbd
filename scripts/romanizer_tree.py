"""A learned letter-context romaniser for Arabic name words that no table knows.

The model (a TSV file built by ``scripts/build_romanizer.py`` from the Wikidata spellings of
``person_names.tsv``) is a pruned context tree (IGTree): each line maps
a prefix of a letter's context — the letter, then its neighbours in the order left 1, right 1,
left 2, right 2, left 3, right 3, ``#`` outside the word — to the Latin chunk the letter spells
(``""`` for a silent letter, ``"mo"`` for a consonant with its unwritten vowel). A letter is spelt
by the deepest prefix the file holds: a few dict look-ups a letter, no search.

Measured in session 12 (docs/models.md, "Session 12: romanisation"): on held-out table rows it
lowered the character error rate of the letter-by-letter fallback by 14% relative, short of the
pre-registered 20%, so no model ships and ``romanize_name`` does not use this module; it stays
for the build script and for a later attempt.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["Romanizer", "features", "read_model", "write_model"]

#: neighbour offsets in the order the tree asks them (centre first)
ORDER = (0, -1, 1, -2, 2, -3, 3)
PAD = "#"

_HEADER = (
    "# Learned romaniser of Arabic name words: context prefix -> Latin chunk (IGTree).\n"
    "# Context: the letter, then its neighbours at offsets -1 +1 -2 +2 -3 +3 ('#' outside the word).\n"
    "# Trained on person_names.tsv (Wikidata, CC0 1.0) by scripts/build_romanizer.py; do not edit.\n"
    "context\tchunk\n"
)


def features(word: str, i: int) -> str:
    """The context string of letter ``i`` of ``word`` (one character per feature)."""
    n = len(word)
    return "".join(word[i + d] if 0 <= i + d < n else PAD for d in ORDER)


class Romanizer:
    """Spells a folded Arabic word with a context tree (``prefix → chunk``)."""

    def __init__(self, tree: dict[str, str]):
        self.tree = tree

    def __call__(self, word: str) -> str | None:
        """The capitalised spelling, or None when a letter is unknown to the tree."""
        out = []
        tree = self.tree
        for i in range(len(word)):
            f = features(word, i)
            chunk = tree.get(f[0])
            if chunk is None:
                return None
            for d in range(2, len(f) + 1):
                deeper = tree.get(f[:d])
                if deeper is None:
                    break
                chunk = deeper
            out.append(chunk)
        s = "".join(out)
        return s[:1].upper() + s[1:] if s else None


def read_model(path: Path) -> dict[str, str]:
    tree = {}
    with open(path, encoding="utf-8") as fh:
        for ln in fh:
            if ln.startswith("#") or ln.startswith("context\t"):
                continue
            key, _, chunk = ln.rstrip("\n").partition("\t")
            tree[key] = chunk
    return tree


def write_model(tree: dict[str, str], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(_HEADER)
        for key in sorted(tree):
            fh.write(f"{key}\t{tree[key]}\n")
