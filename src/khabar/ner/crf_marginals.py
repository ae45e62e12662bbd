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

from .features import FeatureExtractor

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

    def _sum(self, feats: list[str]) -> np.ndarray:
        rows = [i for i in map(self._row.get, feats) if i is not None]
        return self._matrix[rows].sum(axis=0) if rows else self._zero

    def _type_rows(self, w: str) -> np.ndarray:
        """``(5, tags)``: the summed weights of ``w``'s own features (with the bias) and of
        its features as the neighbour at −2, −1, +1, +2."""
        got = self._types.get(w)
        if got is None:
            own, *ctx = self.fx.type_features(w)
            got = np.stack([self._sum(["b", *own]), *(self._sum(c) for c in ctx)])
            if len(self._types) < _CACHE_LIMIT:
                self._types[w] = got
        return got

    def scores(self, words: list[str], extras: list[list[str]]) -> np.ndarray:
        """``(tokens, tags)``: the state score of each tag at each token of one sentence."""
        n = len(words)
        t = np.stack([self._type_rows(w) for w in words])
        s = t[:, 0].copy()
        s[2:] += t[:-2, 1]
        s[1:] += t[:-1, 2]
        s[:-1] += t[1:, 3]
        s[:-2] += t[2:, 4]
        get = self.weights.get
        if n > 1:
            v = get("-2BOS")
            if v is not None:
                s[1] += v
        for i in range(n):
            fs = extras[i]
            if i:
                v = get("bg-=" + words[i - 1] + "|" + words[i])
                if v is not None:
                    s[i] += v
            if i + 1 < n:
                v = get("bg+=" + words[i] + "|" + words[i + 1])
                if v is not None:
                    s[i] += v
            for f in fs:
                v = get(f)
                if v is not None:
                    s[i] += v
        return s

    def marginals(self, sents: list[list[str]], extras: list[list[list[str]]]) -> list[np.ndarray]:
        """One ``(tokens, tags)`` array of marginals per sentence (all non-empty), ``extras``
        their place features (:meth:`FeatureExtractor.document_extras`)."""
        lens = np.array([len(s) for s in sents])
        n_s, n_t, k = len(sents), int(lens.max()), len(self.tags)
        # exp of the state scores, each token's shifted by its maximum (cancels out)
        ex = np.zeros((n_s, n_t, k))
        for si, (words, fs) in enumerate(zip(sents, extras, strict=True)):
            s = self.scores(words, fs)
            ex[si, :len(words)] = np.exp(s - s.max(axis=1, keepdims=True)) * self.known
        trans = self.exp_trans
        alpha = np.empty((n_s, n_t, k))
        a = ex[:, 0]
        alpha[:, 0] = a = a / a.sum(axis=1, keepdims=True)
        for t in range(1, n_t):
            nxt = (a @ trans) * ex[:, t]
            z = nxt.sum(axis=1, keepdims=True)
            # past a sentence's end the values are never read: keep them finite
            a = nxt / np.where(z > 0, z, 1.0)
            alpha[:, t] = a
        beta = np.empty((n_s, n_t, k))
        b = np.ones((n_s, k))
        last = (lens - 1)[:, None]
        for t in range(n_t - 1, -1, -1):
            if t < n_t - 1:
                nxt = (ex[:, t + 1] * b) @ trans.T
                z = nxt.sum(axis=1, keepdims=True)
                nxt /= np.where(z > 0, z, 1.0)
                # a sentence's last token (and the padding after it) starts afresh at 1
                b = np.where(t >= last, 1.0, nxt)
            beta[:, t] = b
        m = alpha * beta
        out = []
        for si, n in enumerate(lens):
            x = m[si, :n]
            out.append(x / x.sum(axis=1, keepdims=True))
        return out
