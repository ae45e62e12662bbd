"""Document-level consistency of the tagger's output (one sense per document).

A name the tagger tags in one sentence of a document usually names the same thing at its
other occurrences in that document, where the tagger may miss it (a surname alone after a
verb, «جوزيه» in a sports report). After tagging a document, a run of untagged tokens
equal to a name tagged elsewhere in it becomes that name, with the type the document
gives it most often (longest name first). Tags already given are never changed:
re-typing the minority occurrences of a name gained +0.001 on dev and, on SaudiNewsNet
articles, overrode types that the entities step had right («هوانج», «رين»).

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


def _names(sents: list[list[str]], tags: list[list[str]]) -> dict[tuple[str, ...], str]:
    """Each tagged name of the document (its token string) → its majority type."""
    types: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for words, ts in zip(sents, tags, strict=True):
        for typ, a, b in entities_of(ts):
            types[tuple(words[a:b + 1])][typ] += 1
    return {k: _majority(c) for k, c in types.items()}


def _fill(words: list[str], ts: list[str], names: dict[tuple[str, ...], str], firsts: set[str]) -> None:
    i = 0
    while i < len(words):
        # most tokens start no name (``firsts``: the names' first tokens): one set lookup
        if ts[i] != "O" or words[i] not in firsts:
            i += 1
            continue
        for n in range(min(MAX_NAME, len(words) - i), 0, -1):
            typ = names.get(tuple(words[i:i + n]))
            if typ is not None and all(t == "O" for t in ts[i:i + n]):
                for j in range(i, i + n):
                    ts[j] = ("B-" if j == i else "I-") + typ
                i += n - 1
                break
        i += 1


def propagate(sents: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """The tags of one document's sentences with the missed occurrences of its names
    filled (see the module docstring); ``tags`` is not changed."""
    out = [list(ts) for ts in tags]
    names = _names(sents, out)
    if names:
        firsts = {key[0] for key in names}
        for words, ts in zip(sents, out, strict=True):
            _fill(words, ts, names, firsts)
    return out
