"""Document-level consistency of the tagger's output (one sense per document).

A name the tagger tags in one sentence of a document usually names the same thing at its
other occurrences in that document, where the tagger may miss it (a surname alone after a
verb, «جوزيه» in a sports report) or give it another type. After tagging a document:

1. *retype*: an entity whose exact token string the document tags more often with another
   type takes that type (a tie keeps each occurrence's own);
2. *fill*: a run of untagged tokens equal to a tagged name becomes that name with its
   majority type (longest name first).

Only exact token strings: a token with a proclitic («بأفغانستان» after «أفغانستان») is
left to the entities step's own one-sense-per-article merging
(:func:`khabar.entities.merge.propagate`), which reads clitics and leaves them out of the
span; filled here, the whole token would be tagged and the entities step cannot always
strip the clitic from an unknown name («لفيتامين»). Measured on the dev part of
camel-split-train and on SaudiNewsNet articles (docs/models.md, fifth pass).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..eval.ner import entities_of

__all__ = ["propagate"]

#: the longest name (tokens) looked for in untagged runs
MAX_NAME = 4


def _majority(c: Counter[str]) -> str:
    """The commonest type (a tie goes to the alphabetically last: deterministic)."""
    return max(c, key=lambda t: (c[t], t))


def _names(sents: list[list[str]], tags: list[list[str]]) -> dict[tuple[str, ...], Counter[str]]:
    names: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for words, ts in zip(sents, tags, strict=True):
        for typ, a, b in sorted(entities_of(ts)):
            names[tuple(words[a:b + 1])][typ] += 1
    return names


def _label(ts: list[str], a: int, b: int, typ: str) -> None:
    for i in range(a, b + 1):
        ts[i] = ("B-" if i == a else "I-") + typ


def _retype(words: list[str], ts: list[str], names: dict[tuple[str, ...], Counter[str]]) -> None:
    for typ, a, b in sorted(entities_of(ts)):
        c = names[tuple(words[a:b + 1])]
        best = _majority(c)
        if best != typ and c[best] > c[typ]:
            _label(ts, a, b, best)


def _fill(words: list[str], ts: list[str], names: dict[tuple[str, ...], Counter[str]],
          firsts: set[str]) -> None:
    i = 0
    while i < len(words):
        # most tokens start no name (``firsts``: the names' first tokens): one set lookup
        if ts[i] != "O" or words[i] not in firsts:
            i += 1
            continue
        for n in range(min(MAX_NAME, len(words) - i), 0, -1):
            if any(t != "O" for t in ts[i:i + n]):
                continue
            key = tuple(words[i:i + n])
            if key in names:
                _label(ts, i, i + n - 1, _majority(names[key]))
                i += n - 1
                break
        i += 1


def propagate(sents: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The tags of one document's sentences made consistent (see the module docstring);
    ``tags`` is not changed."""
    out = [list(ts) for ts in tags]
    names = _names(sents, out)
    if not names:
        return out
    firsts = {key[0] for key in names}
    mixed = any(len(c) > 1 for c in names.values())  # most documents give a name one type
    for words, ts in zip(sents, out, strict=True):
        if mixed:
            _retype(words, ts, names)
        _fill(words, ts, names, firsts)
    return out
