"""A small bidirectional language model's states as extra inputs of the neural tagger
(TagLM-style contextual features; docs/models.md, *Eleventh pass*). Run time, numpy.

The model (trained by :mod:`khabar.ner.lm_train` on ANT + Wikinews, then frozen) reads
per token the sum of embeddings of the tagger's own per-word features (word, affixes,
stem, shape, word lists, clusters: :meth:`FeatureExtractor._type_features`), so a name it
never saw still gets an input; a forward LSTM learned to predict the next word's
1000-level cluster, a backward one the previous word's. A tagger network trained with
``lm`` > 0 reads both directions' hidden states at each token (``2H`` values) as extra
LSTM inputs. The file is ``lm.npz`` beside ``ner.npz``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .features import FeatureExtractor
from .neural import gate_order, lstm_steps, read_arrays
from .rowcache import RowCache, TypeFeatures, padded_sums

__all__ = ["LanguageModel"]

_CACHE_LIMIT = 500_000


class LanguageModel:
    """The frozen LM's weights and its per-word-type input projections (cached)."""

    def __init__(self, path: Path, fx: FeatureExtractor) -> None:
        arrays = read_arrays(path)
        f32 = {k: v.astype(np.float32) for k, v in arrays.items() if v.dtype.kind == "f"}
        self.fx = fx
        self.feat_index = {str(f): i + 1 for i, f in enumerate(arrays["feats"])}
        emb = f32["emb"]  # (V + 1, E), row 0 the padding
        self._emb_padded = np.vstack([emb, np.zeros((1, emb.shape[1]), np.float32)])
        self.hidden = h = f32["w_hh_f"].shape[1]
        perm = gate_order(h)
        self.w_in = np.vstack([f32["w_ih_f"][perm], f32["w_ih_b"][perm]]).T.copy()  # (E, 8H)
        self.bias = np.concatenate([f32["b_f"][perm], f32["b_b"][perm]])
        # the sigmoid gates' columns halved (see khabar.ner.neural.lstm_steps)
        for m in (self.w_in, self.bias):
            m[..., :3 * h] *= 0.5
            m[..., 4 * h:7 * h] *= 0.5
        self.w_hh = np.stack([f32["w_hh_f"][perm].T, f32["w_hh_b"][perm].T])
        self.w_hh[:, :, :3 * h] *= 0.5
        self._types = RowCache((8 * h,), np.float32, _CACHE_LIMIT)

    @property
    def width(self) -> int:
        """Values per token (both directions' hidden states)."""
        return 2 * self.hidden

    def _compute(self, words: list[str], typefeats: TypeFeatures | None = None) -> np.ndarray:
        index = self.feat_index
        lists = []
        for w in words:
            own = (typefeats[w] if typefeats is not None else self.fx._type_features(w))[0]
            lists.append([index[f] for f in own if f in index])
        sums = padded_sums(self._emb_padded, lists)
        out = np.empty((len(words), self.w_in.shape[1]), dtype=np.float32)
        for j in range(len(words)):  # one vector at a time: the same bits in any batch
            out[j] = sums[j] @ self.w_in + self.bias
        return out

    def _run(self, todo: list[list[str]], typefeats: TypeFeatures | None) -> tuple[np.ndarray, ...]:
        """Both LSTM directions over the non-empty sentences ``todo``, longest first:
        ``(xs, order, lens, valid, fwd, bwd)``: ``xs[d, step, k, :H]`` the hidden state of
        direction d at a step of the k-th longest sentence, ``order`` that sentence's index,
        ``valid[k, step]`` whether the step is in it, ``fwd``/``bwd[k, step]`` the token
        (an index into the sentences' tokens, read in order) each direction read there."""
        lens = np.array([len(s) for s in todo])
        n_s, n_t, h = len(todo), int(lens.max()), self.hidden
        rows = np.array(self._types.rows([w for s in todo for w in s],
                                         lambda new: self._compute(new, typefeats)))
        table = self._types.array[rows]
        order = np.argsort(-lens, kind="stable")
        ls = lens[order]
        starts = np.r_[0, np.cumsum(lens)[:-1]]
        # token index of each (sentence longest first, step); backward reads reversed
        steps = np.arange(n_t)[None, :]
        valid = steps < ls[:, None]
        fwd = np.where(valid, starts[order][:, None] + steps, 0)
        bwd = np.where(valid, starts[order][:, None] + ls[:, None] - 1 - steps, 0)
        xs = np.empty((2, n_t, n_s, 4 * h), dtype=np.float32)
        xs[0] = table[:, :4 * h][fwd.T]
        xs[1] = table[:, 4 * h:][bwd.T]
        lstm_steps(xs, valid.sum(axis=0), self.w_hh)
        return xs, order, ls, valid, fwd, bwd

    def states(self, todo: list[list[str]], typefeats: TypeFeatures | None = None) -> np.ndarray:
        """``(sentences, longest, 2H)``: forward then backward hidden state at each token of
        the non-empty sentences ``todo`` (zero past each sentence's end)."""
        xs, order, ls, valid, _, _ = self._run(todo, typefeats)
        n_t, n_s, h = xs.shape[1], xs.shape[2], self.hidden
        steps = np.arange(n_t)[None, :]
        out = np.zeros((n_s, n_t, 2 * h), dtype=np.float32)
        back = np.maximum(ls[:, None] - 1 - steps, 0)  # step of the backward pass at token t
        got_f = xs[0, :, :, :h].transpose(1, 0, 2)
        got_b = xs[1, :, :, :h].transpose(1, 0, 2)
        out_sorted = np.concatenate([got_f, np.take_along_axis(got_b, back[:, :, None], axis=1)], axis=2)
        out_sorted[~valid] = 0.0
        out[order] = out_sorted
        return out

    def packed_states(self, todo: list[list[str]], typefeats: TypeFeatures | None = None) -> np.ndarray:
        """``(tokens, 2H)``: :meth:`states` without the padding, the tokens of ``todo`` in
        reading order (the same numbers; what the tagger reads, without reordering)."""
        xs, _, _, valid, fwd, bwd = self._run(todo, typefeats)
        h = self.hidden
        out = np.empty((int(valid.sum()), 2 * h), dtype=np.float32)
        out[fwd[valid], :h] = xs[0, :, :, :h].transpose(1, 0, 2)[valid]
        out[bwd[valid], h:] = xs[1, :, :, :h].transpose(1, 0, 2)[valid]
        return out
