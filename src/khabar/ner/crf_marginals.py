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

from . import kernels
from .features import _OFFSETS, FeatureExtractor
from .rowcache import RowCache, TypeFeatures, add_in_order, ragged_sums

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
        #: each word type's ``(5, tags)`` summed rows (see :meth:`_type_rows`); row 0 is
        #: zeros (the key "" is no token): the padding of :meth:`_doc_scores` points at it
        self._types = RowCache((5, k), np.float64, _CACHE_LIMIT)
        self._types.rows([""], lambda _: np.zeros((1, 5, k)))
        #: the weight matrix with a zero row after it, for sums of padded index lists
        self._padded = np.vstack([self._matrix, np.zeros((1, k))])
        #: a context feature ``f`` -> the rows of its attributes at -2, -1, +1, +2
        #: (``-2f``, ``-1f``, ``1f``, ``2f``; the zero row after the matrix where the model
        #: lacks one): one lookup per feature instead of four strings and four lookups. The
        #: own features never start with a sign or a digit (features._type_features), so
        #: the offset prefix reads unambiguously.
        zero = len(self._matrix)
        self._ctx_rows: dict[str, tuple[int, int, int, int]] = {}
        slot = {o: j for j, o in enumerate(_OFFSETS)}
        for attr, i in self._row.items():
            cut = 2 if attr[:1] == "-" else 1 if attr[:1] in ("1", "2") else 0
            if cut and attr[:cut] in ("-2", "-1", "1", "2"):
                got = list(self._ctx_rows.get(attr[cut:], (zero,) * 4))
                got[slot[int(attr[:cut])]] = i
                self._ctx_rows[attr[cut:]] = (got[0], got[1], got[2], got[3])
        #: ``"a|b"`` -> the rows of the bigram attributes ``bg-=a|b`` (read at b) and
        #: ``bg+=a|b`` (read at a), -1 where the model lacks one: one lookup per word pair
        self._bigrams: dict[str, tuple[int, int]] = {}
        for attr, i in self._row.items():
            if attr.startswith(("bg-=", "bg+=")):
                mi, pl = self._bigrams.get(attr[4:], (-1, -1))
                self._bigrams[attr[4:]] = (i, pl) if attr[2] == "-" else (mi, i)

    def _type_rows(self, w: str) -> np.ndarray:
        """``(5, tags)``: the summed weights of ``w``'s own features (with the bias) and of
        its features as the neighbour at −2, −1, +1, +2."""
        i = self._types.rows([w], self._compute_types)[0]
        return self._types.array[i]

    def _compute_types(self, words: list[str], typefeats: TypeFeatures | None = None) -> np.ndarray:
        """``(len(words), 5, tags)``: :meth:`_type_rows` of new word types, at once. Each
        sum is the rows of its attributes added one after another, as CRFsuite adds them:
        an attribute the model lacks adds the zero row after the matrix (``x + 0 = x``);
        the lists are laid out padded with it and summed along the padded axis (numpy adds
        along a middle axis in order; ``tests/test_ner_speed.py`` checks the sums bit for
        bit): the own features' lists as one array, the context features' as another, a
        column per offset (one lookup of :attr:`_ctx_rows` per feature)."""
        own_row = self._row.get
        ctx_row = self._ctx_rows.get
        zero = len(self._matrix)
        none = (zero, zero, zero, zero)
        own_flat: list[int] = []
        own_lens: list[int] = []
        ctx_flat: list[tuple[int, int, int, int]] = []
        ctx_lens: list[int] = []
        for w in words:
            # the extractor's uncached features: its per-type cache (lists of strings, which
            # the garbage collector walks at every full collection) would only duplicate
            # this one and the neural tagger's (~6% of a long run's CPU time, docs/models.md)
            own, ctx = typefeats[w] if typefeats is not None else self.fx._type_features(w)
            own_flat.append(own_row("b", zero))
            own_flat.extend([own_row(f, zero) for f in own])
            own_lens.append(len(own) + 1)
            ctx_flat.extend([ctx_row(f, none) for f in ctx])
            ctx_lens.append(len(ctx))
        out = np.empty((len(words), 5, len(self.tags)))
        out[:, 0] = ragged_sums(self._padded, own_flat, own_lens)
        # (words, longest, 4): each offset's rows in a column, summed along the lists
        idx = np.full((len(words), max(ctx_lens, default=0) or 1, 4), zero, dtype=np.int64)
        idx[np.arange(idx.shape[1])[None, :] < np.array(ctx_lens)[:, None]] = ctx_flat
        out[:, 1:] = self._padded[idx].sum(axis=1)
        return out

    def scores(self, words: list[str], extras: list[list[str]]) -> np.ndarray:
        """``(tokens, tags)``: the state score of each tag at each token of one sentence."""
        return self._doc_scores([words], [extras])[0, :len(words)]

    def _doc_scores(self, sents: list[list[str]], extras: list[list[list[str]]],
                    typefeats: TypeFeatures | None = None) -> np.ndarray:
        """``(sentences, longest, tags)``: the state scores of a document's (non-empty)
        sentences (past a sentence's end: leftovers, never read). Per token, the same additions in the
        same order as CRFsuite's attribute list: its type's own row, the rows of its
        neighbours at -2, -1, +1, +2 (a missing neighbour adds a zero row: x + 0 = x),
        then ``-2BOS``, the two bigrams and the place features. ``typefeats``: the
        extractor's features of word types the caches may lack, where the caller has them."""
        n_s, n_t = len(sents), max(len(w) for w in sents)
        cache = self._types
        rows = cache.rows([w for words in sents for w in words],
                          lambda new: self._compute_types(new, typefeats))
        # token -> its type's row in the cache; padding points at the zero row 0
        idx = np.zeros((n_s, n_t + 2), dtype=np.int64)
        idx[np.arange(n_t + 2)[None, :] < np.array([len(w) for w in sents])[:, None]] = rows
        # the sparse attributes of each token, in CRFsuite's order: (flat token, row)
        sp_tok: list[int] = []
        sp_row: list[int] = []
        row_of = self._row.get
        bigrams = self._bigrams.get
        bos2 = row_of("-2BOS")
        for si, words in enumerate(sents):
            base = si * n_t
            if bos2 is not None and len(words) > 1:
                sp_tok.append(base + 1)
                sp_row.append(bos2)
            # the bigram of tokens i-1 and i: bg- belongs to i, bg+ to i-1, added after
            # i-1's own bg- (appended at i-1's turn) and before i's
            for i, bg in enumerate(map(bigrams, [a + "|" + b for a, b in zip(words, words[1:], strict=False)]), 1):
                if bg is not None:
                    if bg[0] >= 0:
                        sp_tok.append(base + i)
                        sp_row.append(bg[0])
                    if bg[1] >= 0:
                        sp_tok.append(base + i - 1)
                        sp_row.append(bg[1])
        table = cache.array
        s = table[idx[:, :n_t], 0]
        if n_t > 2:
            s[:, 2:] += table[idx[:, :n_t - 2], 1]
        if n_t > 1:
            s[:, 1:] += table[idx[:, :n_t - 1], 2]
        s += table[idx[:, 1:n_t + 1], 3]
        s += table[idx[:, 2:n_t + 2], 4]
        # the place features come last
        for si, fs in enumerate(extras):
            base = si * n_t
            for i, f in enumerate(fs):
                for a in f:
                    r = row_of(a)
                    if r is not None:
                        sp_tok.append(base + i)
                        sp_row.append(r)
        if sp_tok:
            add_in_order(s.reshape(n_s * n_t, -1), sp_tok, sp_row, self._matrix)
        return s

    def marginals(self, sents: list[list[str]], extras: list[list[list[str]]]) -> list[np.ndarray]:
        """One ``(tokens, tags)`` array of marginals per sentence (all non-empty), ``extras``
        their place features (:meth:`FeatureExtractor.document_extras`)."""
        m = self.marginals_array(sents, extras)
        return [m[si, :len(w)] for si, w in enumerate(sents)]

    def marginals_array(self, sents: list[list[str]], extras: list[list[list[str]]],
                        typefeats: TypeFeatures | None = None) -> np.ndarray:
        """The marginals of :meth:`marginals` as one ``(sentences, longest, tags)`` array,
        zero past each sentence's end (``typefeats``: see :meth:`_doc_scores`)."""
        lens = np.array([len(s) for s in sents])
        n_s, n_t, k = len(sents), int(lens.max()), len(self.tags)
        # exp of the state scores, each token's shifted by its maximum (cancels out)
        s = self._doc_scores(sents, extras, typefeats)
        ex = np.exp(s - s.max(axis=2, keepdims=True)) * self.known
        ex[np.arange(n_t)[None, :] >= lens[:, None]] = 0.0
        trans = self.exp_trans
        trans_t = trans.T
        # step-major copies (step, sentence, tag): each step reads and writes contiguous rows
        ex = np.ascontiguousarray(ex.transpose(1, 0, 2))
        if kernels.ENABLED:  # the same pass, compiled (khabar.ner.kernels.forward_backward)
            return kernels.forward_backward(ex, lens, trans)
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
            # a sentence's last token (and the padding after it) starts afresh at 1: beta
            # starts as ones, and each step writes only the sentences still running
            running = np.arange(n_t)[:, None, None] < (lens - 1)[None, :, None]
            beta[:] = 1.0
            u = np.empty((n_s, k))
            nxt = np.empty((n_s, k))
            for t in range(n_t - 2, -1, -1):
                np.multiply(ex[t + 1], beta[t + 1], out=u)
                np.matmul(u, trans_t, out=nxt)
                nxt /= nxt.sum(axis=1, keepdims=True)
                np.copyto(beta[t], nxt, where=running[t])
            m = alpha * beta
            m /= m.sum(axis=2, keepdims=True)
        m[np.arange(n_t)[:, None] >= lens[None, :]] = 0.0
        return m.transpose(1, 0, 2)

