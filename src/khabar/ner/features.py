"""Feature extraction for the CRF tagger, kept lean for speed.

Everything that depends on a word alone (its form, affixes, clitic-stripped stem, shape,
list memberships, clusters) is computed once per word type and cached, already prefixed
for each position of the window (-2..+2) it may appear in; a token's features are then a
few list concatenations plus the bigrams and gazetteer-phrase tags that need the sentence.
"""

from __future__ import annotations

from ..segment import split_clitics
from .frequency import bucket_feature
from .lexicon import MAX_PHRASE, Lexicon, lookup_first, lookup_keys

__all__ = ["OPTIONAL_FEATURES", "FeatureExtractor", "TypeFeatureMemo"]

#: Feature groups a model may add to the base set, recorded in its ``meta.json``
#: (``"features": [...]``; a model without the key reads the base set only):
#: ``wordfreq``: the word's frequency bucket in the wordfreq package's Arabic list
#: (``zf=``, :mod:`khabar.ner.frequency`), for the CRF only (the neural tagger skips it).
OPTIONAL_FEATURES = ("wordfreq",)

_OFFSETS = (-2, -1, 1, 2)


def _shape(w: str) -> str:
    c = w[0]
    if "\u0621" <= c <= "\u06d3":
        return "ar"
    if c.isdigit():
        return "dig"
    if c.isalpha():
        return "lat"
    return "p" + c if len(w) == 1 else "sym"


class TypeFeatureMemo(dict[str, tuple[list[str], list[str]]]):
    """Word type -> :meth:`FeatureExtractor._type_features`, computed on first reading: one
    article's new word types, whose features both halves of the ensemble need (their own
    caches keep the sums, not the strings)."""

    def __init__(self, fx: FeatureExtractor) -> None:
        super().__init__()
        self.fx = fx

    def __missing__(self, w: str) -> tuple[list[str], list[str]]:
        got = self[w] = self.fx._type_features(w)
        return got


class FeatureExtractor:
    """Turns a sentence (normalised tokens) into CRFsuite item features."""

    def __init__(self, lexicon: Lexicon, options: tuple[str, ...] | list[str] = ()) -> None:
        unknown = set(options) - set(OPTIONAL_FEATURES)
        if unknown:
            raise ValueError(f"unknown NER feature groups {sorted(unknown)}; known: {OPTIONAL_FEATURES}")
        self.lex = lexicon
        #: the optional feature groups in use, in OPTIONAL_FEATURES order
        self.options = tuple(o for o in OPTIONAL_FEATURES if o in options)
        self._wordfreq = "wordfreq" in self.options
        #: the label memory in use (training swaps in each fold's own, see khabar.ner.train)
        self.memory = lexicon.memory
        self._triggers: set[str] = set().union(*(v for k, v in lexicon.sets.items() if k.startswith("tr_")))
        self._ctx: dict[str, tuple[list[str], ...]] = {}
        self._firsts: dict[int, tuple[dict[str, str], int, dict[str, int]]] = {}
        #: list names of each lookup key (the lexicon's lists are complete by now)
        self._inverted: dict[str, tuple[str, ...]] | None = None

    def _memberships(self, w: str) -> list[str]:
        """:meth:`Lexicon.memberships` through an inverted index (key -> list names), built
        on first use: one dict lookup per lookup key instead of one per list. The names are
        tuples, not sets: ~41k sets would stay tracked by the garbage collector and be
        walked at every full collection for the life of the process, where tuples of
        strings are untracked after the first one."""
        if self._inverted is None:
            inv: dict[str, list[str]] = {}
            for name, s in self.lex.sets.items():
                for k in s:
                    inv.setdefault(k, []).append(name)
            self._inverted = {k: tuple(v) for k, v in inv.items()}
        found: set[str] = set()
        for k in lookup_keys(w):
            got = self._inverted.get(k)
            if got:
                found.update(got)
        return [name for name in self.lex.sets if name in found] if found else []

    def _cluster(self, w: str) -> tuple[int, int, int] | None:
        return lookup_first(self.lex.clusters, w)

    def _type_features(self, w: str) -> tuple[list[str], list[str]]:
        """(features of ``w`` as the current token, reduced features for its neighbours)."""
        shape = _shape(w)
        pre, stem = split_clitics(w)
        own = [
            "w=" + w, "sh=" + shape, "len=" + str(min(len(w), 8)),
            "p2=" + w[:2], "p3=" + w[:3], "p4=" + w[:4],
            "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:],
        ]
        if pre:
            own += ["st=" + stem, "pre=" + pre, "sp2=" + stem[:2], "sp3=" + stem[:3],
                    "ss2=" + stem[-2:], "ss3=" + stem[-3:]]
        if len(w) > 3 and w[0] in "وف":
            own.append("nw=" + w[1:])
        # long vowels written inside a word mark transliterated foreign names (جوزيه، فينغر)
        own.append("vow=" + str(min(sum(1 for c in stem if c in "اوي"), 4)))
        ctx = ["w=" + w, "sh=" + shape, "s2=" + w[-2:]]
        if pre:
            ctx.append("st=" + stem)
        for name in self._memberships(w):
            own.append("g=" + name)
            ctx.append("g=" + name)
        cl = self._cluster(w)
        if cl is None:
            own.append("c=oov")
            ctx.append("c=oov")
        else:
            a, b, c = cl
            own += [f"ca={a}", f"cb={b}", f"cc={c}"]
            ctx += [f"ca={a}", f"cb={b}"]
        if self._wordfreq:
            # how common the word is in general text (own token only: the neighbours'
            # buckets lowered the CRF's dev score in session 3, docs/models.md)
            own.append(bucket_feature(w))
        return own, ctx

    def _cached(self, w: str) -> tuple[list[str], ...]:
        got = self._ctx.get(w)
        if got is None:
            own, ctx = self._type_features(w)
            got = (own, *([f"{o}{f}" for f in ctx] for o in _OFFSETS))
            if len(self._ctx) < 500_000:
                self._ctx[w] = got
        return got

    def _first_words(self, phrases: dict[str, str]) -> dict[str, int]:
        """First word of each phrase -> the most words of a phrase starting with it, built
        once per phrase table (the lexicon's phrases, each label memory in use)."""
        got = self._firsts.get(id(phrases))
        if got is None or got[0] is not phrases or got[1] != len(phrases):
            first: dict[str, int] = {}
            for key in phrases:
                w, k = key.split(" ", 1)[0], key.count(" ") + 1
                if k > first.get(w, 0):
                    first[w] = k
            got = self._firsts[id(phrases)] = (phrases, len(phrases), first)
        return got[2]

    def _phrase_tags(self, words: list[str], phrases: dict[str, str], shortest: int) -> list[str | None]:
        """Longest match of ``phrases`` at each position: ``B:TYPE`` / ``I:TYPE``."""
        n = len(words)
        out: list[str | None] = [None] * n
        first = self._first_words(phrases)
        free = 0  # the first position not inside a match
        # only phrases starting with a phrase's first word can match, none longer than
        # first[word]: the other positions are skipped in one pass
        for i in [j for j, w in enumerate(words) if w in first]:
            if i < free:
                continue
            for k in range(min(MAX_PHRASE, n - i, first[words[i]]), shortest - 1, -1):
                t = phrases.get(" ".join(words[i:i + k]))
                if t is not None:
                    out[i] = "B:" + t
                    for j in range(i + 1, i + k):
                        out[j] = "I:" + t
                    free = i + k
                    break
        return out

    def sentence(self, words: list[str]) -> list[list[str]]:
        """CRFsuite features of each token of one sentence (normalised token strings)."""
        return self.document([words])[0]

    def document(self, sents: list[list[str]]) -> list[list[list[str]]]:
        """Features of each token of a document's sentences: the sentence features plus
        document evidence about each word, shared by all its occurrences (one sense per
        document): ``d:aftPER`` when the word follows a person trigger or a given name
        somewhere in the document, ``d:mem=TYPE`` when it is inside a label-memory name
        somewhere (so «البنزرتي» alone inherits the evidence of «المدرب فوزي البنزرتي»)."""
        feats: list[list[list[str]]] = []
        mems: list[list[str | None]] = []
        for words in sents:
            f, mem, _ = self._sentence(words)
            feats.append(f)
            mems.append(mem)
        self._add_evidence(sents, mems, feats)
        return feats

    def document_and_extras(self, sents: list[list[str]]) -> tuple[list[list[list[str]]], list[list[list[str]]]]:
        """:meth:`document` and :meth:`document_extras` at once (the phrase matches and the
        document evidence computed once; for the CRF + neural ensemble)."""
        feats: list[list[list[str]]] = []
        extras: list[list[list[str]]] = []
        mems: list[list[str | None]] = []
        for words in sents:
            f, mem, phr = self._sentence(words)
            feats.append(f)
            mems.append(mem)
            extras.append(self._place_features(len(words), phr, mem))
        self._add_evidence(sents, mems, feats, extras)
        return feats, extras

    @staticmethod
    def _place_features(n: int, phr: list[str | None], mem: list[str | None]) -> list[list[str]]:
        f: list[list[str]] = [[] for _ in range(n)]
        if n:
            f[0].append("BOS")
            f[-1].append("EOS")
        for i in range(n):
            p = phr[i]
            if p is not None:
                f[i].append("ph=" + p)
            p = mem[i]
            if p is not None:
                f[i].append("mem=" + p)
        return f

    def _add_evidence(self, sents: list[list[str]], mems: list[list[str | None]],
                      *targets: list[list[list[str]]]) -> None:
        """Append the document evidence (see :meth:`document`) to each token's features
        (in each of ``targets``)."""
        evidence: dict[str, set[str]] = {}
        per_trig = self.lex.sets.get("tr_PER", set())
        given = self.lex.sets.get("given", set())
        for words, mem in zip(sents, mems, strict=True):
            for i, w in enumerate(words):
                if len(w) < 3 or not ("\u0621" <= w[0] <= "\u06d3") or w in self._triggers:
                    continue
                if i and (words[i - 1] in per_trig or words[i - 1] in given):
                    evidence.setdefault(w, set()).add("d:aftPER")
                m = mem[i]
                if m is not None:
                    evidence.setdefault(w, set()).add("d:mem=" + m[2:])
        if evidence:
            ordered = {w: sorted(ev) for w, ev in evidence.items()}
            for feats in targets:
                for words, f in zip(sents, feats, strict=True):
                    for i, w in enumerate(words):
                        ev = ordered.get(w)
                        if ev:
                            f[i].extend(ev)

    def type_features(self, w: str) -> tuple[list[str], ...]:
        """The features of word type ``w`` (cached): its own, then its reduced features as
        the neighbour at −2, −1, +1, +2, each prefixed with the offset."""
        return self._cached(w)

    def own(self, w: str) -> list[str]:
        """The features of word type ``w`` as the current token (no context): the part of
        :meth:`sentence`'s features that depends on the word alone."""
        return self._cached(w)[0]

    def document_extras(self, sents: list[list[str]]) -> list[list[list[str]]]:
        """The token features of :meth:`document` that depend on the token's place in the
        sentence and document (``BOS``/``EOS``, gazetteer phrase, label memory, document
        evidence), without the neighbours' features: with :meth:`own` and the bias ``b``,
        what the neural tagger reads (it sees the neighbours through its LSTM)."""
        feats: list[list[list[str]]] = []
        mems: list[list[str | None]] = []
        for words in sents:
            n = len(words)
            none: list[str | None] = [None] * n
            phr = self._phrase_tags(words, self.lex.phrases, 2) if n > 1 else none
            mem = self._phrase_tags(words, self.memory, 1) if self.memory else none
            feats.append(self._place_features(n, phr, mem))
            mems.append(mem)
        self._add_evidence(sents, mems, feats)
        return feats

    def _sentence(self, words: list[str]) -> tuple[list[list[str]], list[str | None], list[str | None]]:
        n = len(words)
        cached = [self._cached(w) for w in words]
        none: list[str | None] = [None] * n
        phr = self._phrase_tags(words, self.lex.phrases, 2) if n > 1 else none
        mem = self._phrase_tags(words, self.memory, 1) if self.memory else none
        feats: list[list[str]] = []
        for i in range(n):
            f = ["b"] + cached[i][0]
            if i >= 2:
                f += cached[i - 2][1]
            elif i == 1:
                f.append("-2BOS")
            if i >= 1:
                f += cached[i - 1][2]
                f.append("bg-=" + words[i - 1] + "|" + words[i])
            else:
                f.append("BOS")
            if i + 1 < n:
                f += cached[i + 1][3]
                f.append("bg+=" + words[i] + "|" + words[i + 1])
            else:
                f.append("EOS")
            if i + 2 < n:
                f += cached[i + 2][4]
            p = phr[i]
            if p is not None:
                f.append("ph=" + p)
            p = mem[i]
            if p is not None:
                f.append("mem=" + p)
            feats.append(f)
        return feats, mem, phr
