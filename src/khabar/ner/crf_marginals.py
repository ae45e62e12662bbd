"""The CRF's per-token tag marginals in numpy, for the ensemble (same numbers as CRFsuite's
``Tagger.marginal``, several times cheaper).

CRFsuite scores a token's tags with the sum of the weights of its attributes (strings,
value 1) and a sequence with the transition weights between consecutive tags. The
tagger's attributes are, per token (see :meth:`FeatureExtractor._sentence`): the bias
``b`` and the word type's own features; the reduced features of the words at −2, −1, +1,
+2, prefixed with the offset; ``-2BOS`` on the second token; the two bigrams; and the
place features (``BOS``/``EOS``, gazetteer phrase, label memory, document evidence: the
neural tagger's :meth:`FeatureExtractor.document_extras`). Everything but the bigrams and
the place features depends on one word type, so each type's summed weights (its own
row and one row per offset) are computed once and cached; a document's scores are then a
few array additions, and the forward-backward pass runs over all its sentences at once
(scaled, in probability space, as CRFsuite does).

The weights are read from the CRFsuite model at load time (``Tagger.info()``, ~0.15 s).
"""

from __future__ import annotations

import numpy as np
import pycrfsuite

from .features import _OFFSETS, FeatureExtractor

__all__ = ["CrfMarginals"]

_CACHE_LIMIT = 500_000


class CrfMarginals:
    """Marginals ``p(tag | sentence)`` of a trained CRFsuite model, tags in ``tags`` order
    (a tag the model lacks gets probability 0)."""

    def __init__(self, crf: pycrfsuite.Tagger, fx: FeatureExtractor, tags: list[str]) -> None:
        info = crf.info()
        self.fx = fx
        self.tags = tags
        col = {t: i for i, t in enumerate(tags)}
        k = len(tags)
        weights: dict[str, np.ndarray] = {}
        for (attr, label), w in info.state_features.items():
            v = weights.get(attr)
            if v is None:
                v = weights[attr] = np.zeros(k)
            v[col[label]] += w
        self.weights = weights
        # the same weights as one matrix, a row per attribute: a word type's features sum as
        # one fancy-indexed reduction instead of a Python list of small arrays
        self._row = {attr: i for i, attr in enumerate(weights)}
        self._matrix = np.stack(list(weights.values())) if weights else np.zeros((0, k))
        # the dict's values become views of the matrix's rows (no second copy)
        for attr, i in self._row.items():
            weights[attr] = self._matrix[i]
        trans = np.zeros((k, k))
        for (a, b), w in info.transitions.items():
            trans[col[a], col[b]] += w
        self.exp_trans = np.exp(trans)
        #: tags the model knows (the others stay at probability 0)
        self.known = np.array([t in crf.labels() for t in tags])
        self._zero = np.zeros(k)
        self._types: dict[str, np.ndarray] = {}
        #: ``"a|b"`` -> the rows of the bigram attributes ``bg-=a|b`` (read at b) and
        #: ``bg+=a|b`` (read at a), -1 where the model lacks one: one lookup per word pair
        self._bigrams: dict[str, tuple[int, int]] = {}
        for attr, i in self._row.items():
            if attr.startswith(("bg-=", "bg+=")):
                mi, pl = self._bigrams.get(attr[4:], (-1, -1))
                self._bigrams[attr[4:]] = (i, pl) if attr[2] == "-" else (mi, i)

    def _sum(self, feats: list[str]) -> np.ndarray:
        rows = [i for i in map(self._row.get, feats) if i is not None]
        return self._matrix[rows].sum(axis=0) if rows else self._zero

    def _type_rows(self, w: str) -> np.ndarray:
        """``(5, tags)``: the summed weights of ``w``'s own features (with the bias) and of
        its features as the neighbour at −2, −1, +1, +2."""
        got = self._types.get(w)
        if got is None:
            # the extractor's uncached features: its per-type cache (lists of strings, which
            # the garbage collector walks at every full collection) would only duplicate
            # this one and the neural tagger's (~6% of a long run's CPU time, docs/models.md)
            own, ctx = self.fx._type_features(w)
            got = np.stack([self._sum(["b", *own]), *(self._sum([f"{o}{f}" for f in ctx]) for o in _OFFSETS)])
            if len(self._types) < _CACHE_LIMIT:
                self._types[w] = got
        return got

    def scores(self, words: list[str], extras: list[list[str]]) -> np.ndarray:
        """``(tokens, tags)``: the state score of each tag at each token of one sentence."""
        return self._doc_scores([words], [extras])[0, :len(words)]

    def _doc_scores(self, sents: list[list[str]], extras: list[list[list[str]]]) -> np.ndarray:
        """``(sentences, longest, tags)``: the state scores of a document's (non-empty)
        sentences (past a sentence's end: leftovers, never read). Per token, the same additions in the
        same order as CRFsuite's attribute list: its type's own row, the rows of its
        neighbours at -2, -1, +1, +2 (a missing neighbour adds a zero row: x + 0 = x),
        then ``-2BOS``, the two bigrams and the place features."""
        n_s, n_t = len(sents), max(len(w) for w in sents)
        types: dict[str, int] = {}
        rows: list[np.ndarray] = []
        # token -> its type's row in `table`; padding points at the appended zero rows
        idx = np.empty((n_s, n_t + 2), dtype=np.int64)
        # the sparse attributes of each token, in CRFsuite's order: (flat token, row)
        sp_tok: list[int] = []
        sp_row: list[int] = []
        row_of = self._row.get
        bigrams = self._bigrams.get
        bos2 = row_of("-2BOS")
        for si, words in enumerate(sents):
            ix = idx[si]
            base = si * n_t
            prev = ""
            for i, w in enumerate(words):
                k = types.get(w)
                if k is None:
                    k = types[w] = len(rows)
                    rows.append(self._type_rows(w))
                ix[i] = k
                if i == 1 and bos2 is not None:
                    sp_tok.append(base + 1)
                    sp_row.append(bos2)
                if i:
                    bg = bigrams(prev + "|" + w)
                    if bg is not None:
                        # bg+ belongs to the previous token: after its bg- (added before)
                        if bg[0] >= 0:
                            sp_tok.append(base + i)
                            sp_row.append(bg[0])
                        if bg[1] >= 0:
                            sp_tok.append(base + i - 1)
                            sp_row.append(bg[1])
                prev = w
            ix[len(words):] = -1
        rows.append(np.zeros_like(rows[0]))
        idx[idx < 0] = len(rows) - 1
        table = np.stack(rows)  # (types + 1, 5, tags)
        s = table[idx[:, :n_t], 0]
        if n_t > 2:
            s[:, 2:] += table[idx[:, :n_t - 2], 1]
        if n_t > 1:
            s[:, 1:] += table[idx[:, :n_t - 1], 2]
        s += table[idx[:, 1:n_t + 1], 3]
        s += table[idx[:, 2:n_t + 2], 4]
        # the place features come last (the loop above kept -2BOS, bg- and bg+ in order:
        # a token's bg+ is appended at the next token's turn, after its own bg-)
        for si, fs in enumerate(extras):
            base = si * n_t
            for i, f in enumerate(fs):
                for a in f:
                    r = row_of(a)
                    if r is not None:
                        sp_tok.append(base + i)
                        sp_row.append(r)
        if sp_tok:
            _add_in_order(s.reshape(n_s * n_t, -1), sp_tok, sp_row, self._matrix)
        return s

    def marginals(self, sents: list[list[str]], extras: list[list[list[str]]]) -> list[np.ndarray]:
        """One ``(tokens, tags)`` array of marginals per sentence (all non-empty), ``extras``
        their place features (:meth:`FeatureExtractor.document_extras`)."""
        m = self.marginals_array(sents, extras)
        return [m[si, :len(w)] for si, w in enumerate(sents)]

    def marginals_array(self, sents: list[list[str]], extras: list[list[list[str]]]) -> np.ndarray:
        """The marginals of :meth:`marginals` as one ``(sentences, longest, tags)`` array,
        zero past each sentence's end."""
        lens = np.array([len(s) for s in sents])
        n_s, n_t, k = len(sents), int(lens.max()), len(self.tags)
        # exp of the state scores, each token's shifted by its maximum (cancels out)
        s = self._doc_scores(sents, extras)
        ex = np.exp(s - s.max(axis=2, keepdims=True)) * self.known
        ex[np.arange(n_t)[None, :] >= lens[:, None]] = 0.0
        trans = self.exp_trans
        trans_t = trans.T
        # step-major copies (step, sentence, tag): each step reads and writes contiguous rows
        ex = np.ascontiguousarray(ex.transpose(1, 0, 2))
        alpha = np.empty((n_t, n_s, k))
        beta = np.empty((n_t, n_s, k))
        # past a sentence's end ex is 0, so the scaled values there are 0/0 (never read,
        # the warnings silenced); each step writes into preallocated rows (fewer calls)
        with np.errstate(invalid="ignore", divide="ignore"):
            a = ex[0]
            alpha[0] = a / a.sum(axis=1, keepdims=True)
            for t in range(1, n_t):
                nxt = alpha[t]
                np.matmul(alpha[t - 1], trans, out=nxt)
                nxt *= ex[t]
                nxt /= nxt.sum(axis=1, keepdims=True)
            # a sentence's last token (and the padding after it) starts afresh at 1
            fresh = np.arange(n_t)[:, None, None] >= (lens - 1)[None, :, None]
            beta[n_t - 1] = 1.0
            u = np.empty((n_s, k))
            nxt = np.empty((n_s, k))
            for t in range(n_t - 2, -1, -1):
                np.multiply(ex[t + 1], beta[t + 1], out=u)
                np.matmul(u, trans_t, out=nxt)
                nxt /= nxt.sum(axis=1, keepdims=True)
                beta[t] = np.where(fresh[t], 1.0, nxt)
            m = alpha * beta
            m /= m.sum(axis=2, keepdims=True)
        m[np.arange(n_t)[:, None] >= lens[None, :]] = 0.0
        return m.transpose(1, 0, 2)


def _add_in_order(s: np.ndarray, tok: list[int], row: list[int], matrix: np.ndarray) -> None:
    """``s[tok[j]] += matrix[row[j]]`` for each j in turn, in rounds (the first attribute
    of every token, then the second...): each token's additions keep their order, so the
    sums are those of one addition after another."""
    t = np.asarray(tok)
    r = np.asarray(row)
    order = np.argsort(t, kind="stable")
    t, r = t[order], r[order]
    # rank of each entry among its token's entries
    first = np.r_[True, t[1:] != t[:-1]]
    starts = np.flatnonzero(first)
    rank = np.arange(len(t)) - np.repeat(starts, np.diff(np.r_[starts, len(t)]))
    for q in range(int(rank.max()) + 1):
        sel = rank == q
        s[t[sel]] += matrix[r[sel]]
