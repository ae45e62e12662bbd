"""Mention replacement (Dai & Adel 2020, "An analysis of simple data augmentation for
named entity recognition"): copies of training sentences in which entity mentions are
replaced by other names of the same type, so that the context, not the name, must carry
the decision (docs/models.md, *Ninth pass*). Training only; nothing here runs when an
article is analysed.

Names come from the training mentions themselves (``"train"``) and/or from the shippable
name lists (``"lists"``: Wikidata given names and surnames of ``person_names.tsv``, the
actor table's organisations, the lexicon's country, city and place names). A replacement
name never holds a word sequence of the label memory in use (the fold's memory while the
training features are made, :func:`khabar.ner.train.featurize`): the copy must look like a
name the tagger has never seen, as at run time.

A mention's proclitics (و، ف، ب، ل، ك and their pairs, written on its first token in
ANERcorp: «وايران», «بلبنان») stay in place and the new name is written after them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..eval.ner import entities_of
from ..segment import split_clitics
from .conll import Sentence
from .lexicon import Lexicon

__all__ = ["Augmenter", "applies", "bare_name", "mention_names", "list_names", "rewrite"]

TYPES = ("PER", "ORG", "LOC", "MISC")
#: Proclitic letters and pairs that may be written on a name's first token (conjunction,
#: preposition, or both), longest first.
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def bare_name(first: str, known: set[str]) -> tuple[str, str]:
    """``(proclitics, bare first token)`` of a mention's first token. With the article,
    :func:`split_clitics` decides («وبالعراق» → و + ب + العراق; «للحكومة» → ل + الحكومة);
    without it, a proclitic is split off only when the rest is itself a known name's first
    token («بلبنان» → ب + لبنان when «لبنان» is known; «بغداد» stays whole)."""
    pre, stem = split_clitics(first)
    if pre:
        # pre ends with the article, written «ال» or, after ل, «ل» (لل = ل + ال)
        head = pre[:-2] if pre.endswith("ال") else pre[:-1]
        if head.endswith("ل") and pre.endswith("لل"):
            head = pre[:-1]
        return head, "ال" + stem
    for p in _PROCLITICS:
        rest = first[len(p):]
        if first.startswith(p) and len(rest) >= 3 and rest in known:
            return p, rest
    return "", first


def attach(pre: str, first: str) -> str:
    """``pre`` written onto ``first`` (ل + الحكومة → للحكومة)."""
    if pre.endswith("ل") and first.startswith("ال"):
        return pre + first[1:]
    return pre + first


def mention_names(sents: Iterable[Sentence]) -> dict[str, list[tuple[str, ...]]]:
    """The distinct mentions of each type in ``sents``, proclitics removed, sorted."""
    raw: list[tuple[str, tuple[str, ...]]] = []
    for words, tags in sents:
        for typ, a, b in sorted(entities_of(tags)):
            raw.append((typ, tuple(words[a:b + 1])))
    known = {m[0] for _, m in raw}
    out: dict[str, set[tuple[str, ...]]] = {t: set() for t in TYPES}
    for typ, m in raw:
        _, first = bare_name(m[0], known)
        if typ in out:
            out[typ].add((first, *m[1:]))
    return {t: sorted(v) for t, v in out.items()}


def list_names(lex: Lexicon, person_rows: Sequence[tuple[str, int, int]],
               actor_rows: Sequence[tuple[str, str]]) -> dict[str, list[tuple[str, ...]]]:
    """Names from the shippable lists: PER from given names + surnames (``person_rows``:
    ``(arabic, given count, surname count)``, ``person_names.tsv``), composed when the copy
    is made (see :meth:`Augmenter.person`; here the one-token names), ORG from the actor
    table (``actor_rows``: ``(name, type)``), LOC from the lexicon's country, city and
    place lists and LOC phrases. MISC has no list."""
    out: dict[str, set[tuple[str, ...]]] = {t: set() for t in TYPES}
    for name, typ in actor_rows:
        if typ in ("ORG", "LOC"):
            toks = tuple(name.split())
            if 0 < len(toks) <= 5:
                out[typ].add(toks)
    for key, typ in lex.phrases.items():
        if typ == "LOC":
            out["LOC"].add(tuple(key.split()))
    for name in ("country", "city", "place"):
        keys = lex.sets.get(name, set())
        for w in keys:
            # the lists hold lookup keys: «العراق» is stored with «عراق», «وهران» with
            # «هران»; keep the written names only
            if "ال" + w in keys or "و" + w in keys or "ف" + w in keys:
                continue
            out["LOC"].add((w,))
    for w, g, s in person_rows:
        if s >= 2 and s > g:
            out["PER"].add((w,))
    # list entries with punctuation or digits («سان ميغيل ، بوينس ايرس») are not one name
    return {t: sorted(m for m in v if all(any(c.isalpha() for c in w) for w in m)) for t, v in out.items()}


def rewrite(sent: Sentence, spans: Sequence[tuple[str, int, int]],
            names: Sequence[tuple[str, ...]], known: set[str]) -> Sentence:
    """``sent`` with each ``(type, a, b)`` span replaced by the matching name of ``names``
    (tags B-/I- of the span's type), the original proclitics kept on the first token."""
    words, tags = list(sent[0]), list(sent[1])
    for (typ, a, b), name in sorted(zip(spans, names, strict=True), key=lambda x: -x[0][1]):
        pre, _ = bare_name(words[a], known)
        new = [attach(pre, name[0]), *name[1:]]
        words[a:b + 1] = new
        tags[a:b + 1] = ["B-" + typ] + ["I-" + typ] * (len(new) - 1)
    return words, tags


def applies(settings: dict[str, Any] | None, model: str) -> bool:
    """Whether ``settings`` augment ``model`` (``crf`` or ``net``): the key ``models``
    names them (default both)."""
    return bool(settings) and model in (settings or {}).get("models", ("crf", "net"))


@dataclass
class Augmenter:
    """Makes the replaced copies of a fold's sentences (deterministic: seeded per fold).

    ``sources``: ``"train"`` and/or ``"lists"``; ``types``: the entity types replaced;
    ``copies``: copies made of each sentence holding a replaceable mention; ``p``: the
    chance that each such mention is replaced in a copy (at least one always is)."""

    pools: dict[str, list[tuple[str, ...]]]
    given: list[str] = field(default_factory=list)
    types: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
    copies: int = 1
    p: float = 0.5
    seed: int = 13
    known: set[str] = field(default_factory=set)

    @classmethod
    def from_settings(cls, settings: dict[str, Any], fit: Sequence[Sentence], lex: Lexicon) -> Augmenter:
        """An augmenter for training on ``fit`` with ``settings`` (keys ``sources``,
        ``types``, ``copies``, ``p``, ``seed``; ``models`` is read by :func:`applies`; see
        docs/models.md)."""
        sources = tuple(settings.get("sources", ("train",)))
        pools: dict[str, set[tuple[str, ...]]] = {t: set() for t in TYPES}
        given: list[str] = []
        if "train" in sources:
            for t, v in mention_names(fit).items():
                pools[t].update(v)
        if "lists" in sources:
            from ..normalize import normalize_text
            from .build import DATA_PKG, phrase_key, read_tsv

            persons = [(normalize_text(r["arabic"]), int(r["given"]), int(r["surname"]))
                       for r in read_tsv(DATA_PKG / "person_names.tsv")]
            actors = [(phrase_key(n), r["type"]) for r in read_tsv(DATA_PKG / "actors.tsv")
                      for n in [r["arabic"], *[v for v in r["variants"].split("|") if v]]]
            for t, v in list_names(lex, persons, actors).items():
                pools[t].update(v)
            given = sorted(w for w, g, s in persons if g >= 2 and g >= s)
        known = {m[0] for v in pools.values() for m in v}
        known |= {words[a] for words, tags in fit for _, a, _ in entities_of(tags)}
        return cls({t: sorted(v) for t, v in pools.items()}, given,
                   tuple(settings.get("types", TYPES)), int(settings.get("copies", 1)),
                   float(settings.get("p", 0.5)), int(settings.get("seed", 13)), known)

    def _allowed(self, memory: dict[str, str]) -> dict[str, list[tuple[str, ...]]]:
        """Each type's names holding no word sequence of ``memory`` (the fold's label memory)."""
        def free(name: tuple[str, ...]) -> bool:
            n = len(name)
            return not any(" ".join(name[i:j]) in memory for i in range(n) for j in range(i + 1, n + 1))
        return {t: [m for m in self.pools.get(t, []) if free(m)] for t in self.types}

    def person(self, rng: random.Random, length: int, pool: list[tuple[str, ...]],
               memory: dict[str, str]) -> tuple[str, ...]:
        """A person name of about ``length`` tokens: a pool name, preceded (for two or more
        tokens) by given names of the list when there are any."""
        name = pool[rng.randrange(len(pool))]
        if self.given and length > len(name):
            extra = [self.given[rng.randrange(len(self.given))] for _ in range(length - len(name))]
            if not any(w in memory for w in extra):
                return (*extra, *name)
        return name

    def augment(self, sents: Sequence[Sentence], memory: dict[str, str], fold: int) -> list[Sentence]:
        """The replaced copies of ``sents`` (one fold's sentences, in order)."""
        rng = random.Random(self.seed * 1000 + fold)
        allowed = self._allowed(memory)
        out: list[Sentence] = []
        for sent in sents:
            spans = [s for s in sorted(entities_of(sent[1])) if allowed.get(s[0])]
            if not spans:
                continue
            for _ in range(self.copies):
                pick = [s for s in spans if rng.random() < self.p] or [spans[rng.randrange(len(spans))]]
                names = []
                for typ, a, b in pick:
                    pool = allowed[typ]
                    if typ == "PER":
                        names.append(self.person(rng, b - a + 1, pool, memory))
                    else:
                        names.append(pool[rng.randrange(len(pool))])
                out.append(rewrite(sent, pick, names, self.known))
        return out
