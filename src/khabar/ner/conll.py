"""Reading CoNLL-style NER files (one ``token TAG`` a line, blank line between sentences)
and mapping each corpus' tags onto khabar's PER / ORG / LOC / MISC.

Tokens are normalised (:func:`khabar.normalize.normalize_text`) and re-split with khabar's
own tokenizer, so training and scoring see exactly the tokens ``analyze`` produces: a
corpus token that khabar splits in several pieces gives its tag to the first piece and
``I-`` to the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..normalize import normalize_text
from ..segment import tokenize

__all__ = ["Sentence", "map_aqmar", "map_newsfane", "map_standard", "map_wojood", "read_conll", "retokenize"]

Sentence = tuple[list[str], list[str]]
TagMap = Callable[[str], str]

_STANDARD = {"PERS": "PER", "PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC",
             "GPE": "LOC", "MISC": "MISC", "MIS": "MISC"}


def _split(tag: str) -> tuple[str, str]:
    tag = tag.strip()
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BI":
        return tag[0], tag[2:]
    return "", tag


def map_standard(tag: str) -> str:
    """ANERcorp / CoNLL tags: PERS→PER, GPE→LOC, anything unknown → O."""
    bi, typ = _split(tag)
    t = _STANDARD.get(typ.upper())
    return f"{bi}-{t}" if bi and t else "O"


def map_aqmar(tag: str) -> str:
    """AQMAR: only PER/LOC/ORG count; its article-specific MIS0–MIS3 and malformed tags → O."""
    bi, typ = _split(tag)
    return f"{bi}-{typ}" if bi and typ in ("PER", "LOC", "ORG") else "O"


# NewsFANE fine types (Alotaibi & Lee 2014, ACE-like) onto khabar's coarse types. Its PER
# "Group" (groups of people) and "Police" are persons in that taxonomy; facilities
# (Building-Grounds, Airport, Path...) are places as in ANERcorp; works and products MISC.
_NEWSFANE = {
    **dict.fromkeys(["Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                     "Businessperson", "Lawyer", "Engineer", "Police"], "PER"),
    **dict.fromkeys(["Government", "Non-Governmental", "Commercial", "Educational", "Media",
                     "Religious_ORG", "Sports", "Medical-Science", "Entertainment"], "ORG"),
    **dict.fromkeys(["Nation", "Population-Center", "State-or-Province", "County-or-District",
                     "GPE-Cluster", "Continent", "Water-Body", "Land", "Land-Region-Natural",
                     "Building-Grounds", "Airport", "Path", "Subarea-Facility"], "LOC"),
    **dict.fromkeys(["Book", "Movie", "Software", "Hardware"], "MISC"),
}


def map_newsfane(tag: str) -> str:
    bi, typ = _split(tag)
    t = _NEWSFANE.get(typ)
    return f"{bi}-{t}" if bi and t else "O"


# Wojood (SinaLab) flat layer: PERS, ORG, GPE, LOC, FAC → khabar types; NORP, EVENT... → O
# (ANERcorp does not tag nationalities consistently either).
_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def map_wojood(tag: str) -> str:
    bi, typ = _split(tag)
    t = _WOJOOD.get(typ)
    return f"{bi}-{t}" if bi and t else "O"


def retokenize(words: list[str], tags: list[str]) -> Sentence:
    """Normalise and re-split a corpus sentence with khabar's tokenizer. An entity token
    split in pieces keeps its tag on its first word piece and ``I-`` on the next ones; the
    punctuation split off its ends is outside the entity («لأفغانستان؛» B-LOC →
    «لأفغانستان» B-LOC, «؛» O), punctuation inside it stays in (``عبد-الله``)."""
    out_w: list[str] = []
    out_t: list[str] = []
    for w, t in zip(words, tags, strict=True):
        pieces = [p for p, _, _ in tokenize(normalize_text(w))]
        words_at = [k for k, p in enumerate(pieces) if any(c.isalnum() for c in p)]
        if t == "O" or not words_at:  # all punctuation: as the corpus tags it
            first, last = 0, len(pieces) - 1
        else:
            first, last = words_at[0], words_at[-1]
        for k, p in enumerate(pieces):
            out_w.append(p)
            if t == "O" or k < first or k > last:
                out_t.append("O" if k != first else t)
            else:
                out_t.append(t if k == first else "I-" + t[2:])
    return out_w, out_t


def read_conll(path: Path | str, tag_map: TagMap = map_standard, retok: bool = True) -> Iterator[Sentence]:
    """Sentences of ``path`` as ``(tokens, tags)``, tags mapped and IOB-repaired (an ``I-X``
    that does not continue an ``X`` becomes ``B-X``, as conlleval reads it)."""
    words: list[str] = []
    tags: list[str] = []

    def flush() -> Iterator[Sentence]:
        if words:
            ws, ts = retokenize(words, tags) if retok else (list(words), list(tags))
            prev = "O"
            for i, t in enumerate(ts):
                if t.startswith("I-") and prev[2:] != t[2:]:
                    ts[i] = t = "B-" + t[2:]
                prev = t
            if ws:
                yield ws, ts
        words.clear()
        tags.clear()

    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                yield from flush()
                continue
            if len(parts) == 1:  # a token with no tag (a stray mark): O
                parts.append("O")
            words.append(parts[0])
            tags.append(tag_map(parts[1]))
    yield from flush()
