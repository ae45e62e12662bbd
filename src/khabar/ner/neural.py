"""The neural tagger's forward pass in numpy (run time needs no torch).

Architecture (trained by :mod:`khabar.ner.neural_train`, weights in ``ner.npz``):

* per token, the sum of the embeddings of its sparse features (the CRF's per-word
  features: word, affixes, stem, shape, word lists, clusters; plus the features of its place
  in the sentence and document: ``BOS``/``EOS``, gazetteer phrase, label memory, document
  evidence; see :meth:`FeatureExtractor.document_extras`), a character CNN over the word
  (3-wide convolution, ReLU, max-pool) and, when the model has them, the word's pretrained
  vector (PPMI-SVD over ANT, Wikinews and the training text);
* a bidirectional LSTM over the sentence, a linear layer to tag scores, and a linear-chain
  CRF (Viterbi; ``I-X`` may only follow ``B-X``/``I-X``).

Speed: everything before the LSTM is linear in the per-word parts, so each word type's
LSTM input projection (both directions, ``8H`` values) is computed once and cached, and so
is each sentence-level feature's; a token's projection is then a sum of a few cached
vectors. The LSTM and Viterbi run vectorised over all the sentences of a document at once.
"""

from __future__ import annotations

import io
import os
import threading
import zipfile
from pathlib import Path

import numpy as np

from . import kernels
from .features import FeatureExtractor
from .lexicon import lookup_first
from .rowcache import RowCache, TypeFeatures, add_in_order, ragged_sums

__all__ = ["NeuralModel", "gate_order", "lstm_steps", "one_blas_thread"]

#: Word types whose input projections are kept (3,200 bytes each: 8H float32 values, H = 100;
#: 320 MB when full). The news corpus (39,289 articles, 10.9 million tokens) has 281,673
#: types: kept first come, 100,000 of them leave 15.0 types an article to compute against
#: 7.2 with all kept (900 MB), ~10 µs each (session 18, docs/models.md).
_CACHE_LIMIT = 100_000


def _blas_threads_wanted() -> int | None:
    """BLAS threads the tagger sets: ``$KHABAR_BLAS_THREADS`` (a positive number; default 1),
    or None where it is ``keep`` (leave them as the process has them)."""
    raw = os.environ.get("KHABAR_BLAS_THREADS", "").strip()
    if raw == "":
        return 1
    if raw == "keep":
        return None
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    raise ValueError(f"KHABAR_BLAS_THREADS={raw!r}: give a number of threads (1, the default) or 'keep'")


def one_blas_thread() -> None:
    """Set BLAS to one thread for the whole process, once: at the first document the tagger
    tags, in whichever thread tags it (``$KHABAR_BLAS_THREADS``: another number, or ``keep``
    to leave BLAS as it is). The tagger's products are small and a run's parallelism is
    across documents (processes, threads, Dask), so OpenBLAS's own threads only spin against
    the other workers (session 19, docs/models.md).

    Set once and never restored because a per-call limit cannot hold with threads: OpenBLAS's
    thread count is process-wide, and threadpoolctl 3.8 lets only one "controlling" thread set
    it (the first to set one, until a ``with`` block or ``clear_controlling_thread`` releases
    it): a limit set with ``limit()`` in one thread made every other thread's limit a silent
    no-op. So the limit is set here, then control is released (where threadpoolctl has
    control), leaving the caller's own threadpoolctl limits working. A limit held by another
    thread that never released it wins (the set is a no-op there). Without threadpoolctl this
    does nothing (same tags, slower where OpenBLAS's threads compete)."""
    global _BLAS_SET
    if _BLAS_SET:
        return
    with _BLAS_LOCK:
        if _BLAS_SET:
            return
        n = _blas_threads_wanted()  # a bad value raises here, at every document
        if n is not None:
            _limit_blas(n)
        # set only once the limit holds: a thread that finds it set skips the lock and tags
        # at once (two threads' first documents at the same time: the second waits here)
        _BLAS_SET = True


def _limit_blas(n: int) -> None:
    """Set BLAS to ``n`` threads process-wide and release threadpoolctl's control."""
    try:
        import threadpoolctl
    except ImportError:  # pragma: no cover
        return
    threadpoolctl.ThreadpoolController().limit(limits=n, user_api="blas")
    release = getattr(threadpoolctl.OpenBLASController, "clear_controlling_thread", None)
    if release is not None:  # threadpoolctl >= 3.8; releases only what this thread holds
        release()


_BLAS_SET = False
_BLAS_LOCK = threading.Lock()

_MAX_CHARS = 20  # characters of a word the CNN reads (as in training)


def lstm_steps(xs: np.ndarray, active: np.ndarray, w_hh: np.ndarray) -> None:
    """Both LSTM directions over ``xs`` ``(2, steps, sentences, 4H)`` (input projections,
    gate columns halved; sentences longest first, ``active[t]`` of them still running at
    step t; ``w_hh``: ``(2, H, 4H)`` recurrent weights in the (input, forget, output, cell)
    gate order, sigmoid gates' columns halved), in place: each step's hidden state is
    written over its first H columns. The operations and their order are the textbook ones
    (c = f*c + i*g, h = o*tanh(c)), written into preallocated buffers: a step costs ~10
    numpy calls on tiny arrays. Shared by the tagger and the language model
    (:mod:`khabar.ner.lm`). Compiled (:func:`khabar.ner.kernels.lstm_steps`) where numba
    is installed and :data:`khabar.ner.kernels.ENABLED`."""
    if kernels.ENABLED:
        kernels.lstm_steps(xs, active, w_hh)
        return
    h = w_hh.shape[1]
    n_s = xs.shape[2]
    cs = np.zeros((2, n_s, h), dtype=np.float32)
    tmp = np.empty((2, n_s, h), dtype=np.float32)
    prev: np.ndarray | None = None
    for t in range(xs.shape[1]):
        a = int(active[t])
        g = xs[:, t, :a]
        if prev is not None:
            # g = x + h_prev @ W (the input projection read before it is overwritten)
            g += np.matmul(prev[:, :a], w_hh)
        np.tanh(g, out=g)
        gates = g[:, :, :3 * h]
        gates += 1.0
        gates *= 0.5  # sigmoid of the input, forget, output gates
        c = cs[:, :a]
        c *= g[:, :, h:2 * h]
        tm = tmp[:, :a]
        np.multiply(g[:, :, :h], g[:, :, 3 * h:], out=tm)
        c += tm
        np.tanh(c, out=tm)
        # the hidden state replaces the step's input gate columns (no longer read)
        np.multiply(g[:, :, 2 * h:3 * h], tm, out=g[:, :, :h])
        prev = g[:, :, :h]


def gate_order(h: int) -> np.ndarray:
    """torch's gate order (input, forget, cell, output) → (input, forget, output, cell), as
    row indices of an LSTM's ``4H`` gate rows (the tagger's and the language model's)."""
    return np.concatenate([np.arange(0, 2 * h), np.arange(3 * h, 4 * h), np.arange(2 * h, 3 * h)])


def read_arrays(path: Path) -> dict[str, np.ndarray]:
    """The named arrays of a model file written by :func:`write_arrays`."""
    with zipfile.ZipFile(path) as z:
        return {name[:-4]: np.load(io.BytesIO(z.read(name)), allow_pickle=False)
                for name in z.namelist()}


def write_arrays(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write named arrays as a zip of ``.npy`` files, floats as float16, with fixed timestamps
    and names in order, so that the same weights give the same bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name in sorted(arrays):
            a = arrays[name]
            if a.dtype.kind == "f":
                a = a.astype(np.float16)
            buf = io.BytesIO()
            np.save(buf, a, allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, buf.getvalue())


class NeuralModel:
    """Weights of the neural tagger and its per-type caches."""

    def __init__(self, path: Path, fx: FeatureExtractor) -> None:
        arrays = read_arrays(path)
        f32 = {k: v.astype(np.float32) for k, v in arrays.items() if v.dtype.kind == "f"}
        self.fx = fx
        self.tags: list[str] = [str(t) for t in arrays["tags"]]
        self.feat_index = {str(f): i + 1 for i, f in enumerate(arrays["feats"])}
        self.char_index = {str(c): i + 2 for i, c in enumerate(arrays["chars"])}
        self.pre_index = {str(w): i + 1 for i, w in enumerate(arrays["pre_words"])} if "pre_words" in arrays else {}
        self.feat_emb = f32["feat_emb"]
        self.char_emb = f32["char_emb"]
        self.conv_w = f32["conv_w"]  # (CF, C, 3)
        self.conv_b = f32["conv_b"]
        self.pre_emb = f32.get("pre_emb")
        self.hidden = h = f32["w_hh_f"].shape[1]
        # one sigmoid over the first three gate blocks, one tanh over the last
        perm = gate_order(h)
        w_ih = np.vstack([f32["w_ih_f"][perm], f32["w_ih_b"][perm]])  # (8H, In)
        self.bias = np.concatenate([f32["b_f"][perm], f32["b_b"][perm]])
        #: recurrent weights of both directions, (2, H, 4H), gates reordered
        self.w_hh = np.stack([f32["w_hh_f"][perm].T, f32["w_hh_b"][perm].T])
        d = self.feat_emb.shape[1]
        cf = self.conv_w.shape[0]
        self.w_feat = w_ih[:, :d].T.copy()  # (D, 8H)
        self.w_char = w_ih[:, d:d + cf].T.copy()
        pd = self.pre_emb.shape[1] if self.pre_emb is not None else 0
        self.w_pre = w_ih[:, d + cf:d + cf + pd].T.copy() if self.pre_emb is not None else None
        #: stacking (:mod:`khabar.ner.stacking`): the LSTM also reads the CRF's marginals,
        #: ``(stack, 8H)`` input weights; None for a network without them
        self.stack = int(arrays["stack"][0]) if "stack" in arrays else 0
        #: a frozen language model's states after them (``lm`` values, :mod:`khabar.ner.lm`,
        #: read from ``lm.npz`` beside ``ner.npz``); 0 and None for a network without them
        self.lm = int(arrays["lm"][0]) if "lm" in arrays else 0
        self.lm_model = None
        if self.lm:
            from .lm import LanguageModel

            self.lm_model = LanguageModel(path.parent / "lm.npz", fx)
            if self.lm_model.width != self.lm:
                raise ValueError(f"lm.npz gives {self.lm_model.width} values a token, ner.npz reads {self.lm}")
        self.w_dense = w_ih[:, d + cf + pd:].T.copy() if self.stack or self.lm else None
        if self.w_dense is not None:  # gate columns halved once, as the inputs' (see emissions)
            self.w_dense[:, :3 * h] *= 0.5
            self.w_dense[:, 4 * h:7 * h] *= 0.5
        self.out_w = f32["out_w"].T.copy()  # (2H, K)
        self.out_b = f32["out_b"]
        k = len(self.tags)
        ban = np.zeros((k, k), dtype=np.float32)
        start_ban = np.zeros(k, dtype=np.float32)
        for j, t in enumerate(self.tags):
            if t.startswith("I-"):
                start_ban[j] = -1e4
                for i, u in enumerate(self.tags):
                    if u[2:] != t[2:]:
                        ban[i, j] = -1e4
        self.trans = f32["trans"] + ban
        self.start = f32["start"] + start_ban
        self.end = f32["end"]
        #: each word type's input projection (both directions, ``8H``), see _compute_types
        self._types = RowCache((8 * h,), np.float32, _CACHE_LIMIT)
        #: each place feature's projection; :attr:`_feat_row` maps a feature to its row
        #: (-1: a feature the model lacks)
        self._feats = RowCache((8 * h,), np.float32, len(self.feat_index) + 1)
        self._feat_row: dict[str, int] = {}
        #: the feature embeddings with a zero row after them, for padded sums
        self._feat_padded = np.vstack([self.feat_emb, np.zeros((1, self.feat_emb.shape[1]), np.float32)])
        #: the convolution's three taps as (chars, filters) matrices, for plain matmuls
        self._conv_t = [np.ascontiguousarray(self.conv_w[:, :, j].T) for j in range(3)]
        #: the character embeddings with a zero row after them (the CNN's padding)
        self._char_padded = np.vstack([self.char_emb, np.zeros((1, self.char_emb.shape[1]), np.float32)])
        #: ``w_hh`` with the three sigmoid gates' columns halved: sigmoid(x) = (tanh(x/2) + 1)/2,
        #: so one tanh over all four blocks serves the gates and the cell (halving is exact
        #: in floating point: the same numbers as halving each gate's input, see emissions)
        self._w_hh_half = self.w_hh.copy()
        self._w_hh_half[:, :, :3 * h] *= 0.5

    # -- per-type and per-feature input projections (cached) --------------------------

    def _chars(self, w: str) -> np.ndarray:
        """The character CNN's output for one word (see :meth:`_char_vectors`)."""
        return self._char_vectors([w])[0]

    def _char_vectors(self, words: list[str]) -> np.ndarray:
        """``(len(words), filters)``: the character CNN of each word (its first
        ``_MAX_CHARS`` characters), all the words at once: their characters' embeddings
        laid out as one ``(words, longest + 2, C)`` array (one zero row each side of each
        word, as torch's ``Conv1d(padding=1)``, and zero rows after a shorter word), each
        of the three taps one matrix product over all its rows, summed tap by tap and
        biased as one word at a time; ReLU, then the maximum over each word's own positions
        (the positions past its end are set to 0, which a maximum of ReLU outputs ignores).
        A row's product does not depend on the other rows of the product (BLAS computes
        each output element as the same dot product): the same numbers as one word at a
        time (``tests/test_ner_neural.py``)."""
        index = self.char_index.get
        flat = [index(c, 1) for w in words for c in w[:_MAX_CHARS]]
        lens = np.fromiter((min(len(w), _MAX_CHARS) for w in words), dtype=np.int64, count=len(words))
        width = int(lens.max(initial=0)) + 2
        ids = np.full((len(words), width), len(self.char_emb), dtype=np.int64)  # the zero row
        pos = np.arange(width)[None, :]
        ids[(pos >= 1) & (pos <= lens[:, None])] = flat
        e = self._char_padded[ids].reshape(-1, self.char_emb.shape[1])
        taps = [(e @ t).reshape(len(words), width, -1) for t in self._conv_t]
        conv = taps[0][:, :-2] + taps[1][:, 1:-1] + taps[2][:, 2:] + self.conv_b
        np.maximum(conv, 0.0, out=conv)
        conv[pos[:, :-2] >= lens[:, None]] = 0.0
        return conv.max(axis=1)

    def _pre_id(self, w: str) -> int:
        return lookup_first(self.pre_index, w) or 0

    def _halve_gates(self, a: np.ndarray) -> np.ndarray:
        """``a`` (rows of ``8H`` input projections) with the sigmoid gates' columns halved
        (0:3H of each direction, see :attr:`_w_hh_half`), in place. The caches keep the
        projections so: a token's row is then a sum of halved rows, the same numbers as
        halving the sum (halving is exact in floating point)."""
        h = self.hidden
        a[:, :3 * h] *= 0.5
        a[:, 4 * h:7 * h] *= 0.5
        return a

    def _type_vector(self, w: str) -> np.ndarray:
        """The input projection of word type ``w`` (both directions, ``8H``, the sigmoid
        gates' columns halved: :meth:`_halve_gates`; cached)."""
        i = self._types.rows([w], self._compute_types)[0]
        return self._types.array[i]

    def _compute_types(self, words: list[str], typefeats: TypeFeatures | None = None) -> np.ndarray:
        """``(len(words), 8H)``: the input projections of new word types: the sum of the
        embeddings of the word's features (added in order, see :func:`ragged_sums`; a
        feature the model lacks adds the zero row) times the input weights, plus its
        character CNN's (:meth:`_char_vectors`) and pretrained vector's projections and the
        bias (the sigmoid gates' columns halved: :meth:`_halve_gates`), all the words at
        once: one matrix product per input part. A row's product
        does not depend on the other rows (OpenBLAS computes each output element as the
        same dot product for any number of rows from 2 up; one row alone goes to another
        routine, so a single word is computed beside a zero row): each type's projection is
        the same whatever the batch it comes in. (They differ in the last bits from a
        vector-matrix product per word, the way they were computed before session 18: the
        same tags, docs/models.md.)"""
        index = self.feat_index.get
        zero = len(self.feat_emb)  # the zero row of _feat_padded
        flat: list[int] = []
        lens: list[int] = []
        for w in words:
            own = (typefeats[w] if typefeats is not None else self.fx._type_features(w))[0]
            flat.append(index("b", zero))
            flat.extend([index(f, zero) for f in own])
            lens.append(len(own) + 1)
        one = len(words) == 1
        if one:  # a second, empty row: see above
            lens.append(0)
        sums = ragged_sums(self._feat_padded, flat, lens)
        chars = self._char_vectors([*words, ""] if one else words)
        out = sums @ self.w_feat + chars @ self.w_char + self.bias
        if self.w_pre is not None and self.pre_emb is not None:
            pre = [self._pre_id(w) for w in words] + ([0] if one else [])
            out = out + self.pre_emb[pre] @ self.w_pre
        return self._halve_gates(out[:1] if one else out)

    def _feat_vector_row(self, f: str) -> int:
        """Row of place feature ``f``'s projection (gates halved, :meth:`_halve_gates`) in
        ``self._feats.array``, -1 where the model lacks the feature."""
        r = self._feat_row.get(f)
        if r is None:
            i = self.feat_index.get(f)
            r = -1 if i is None else int(self._feats.rows(
                [f], lambda _: self._halve_gates((self.feat_emb[i] @ self.w_feat)[None]))[0])
            self._feat_row[f] = r
        return r

    # -- forward pass ---------------------------------------------------------------------

    def tag_document(self, sents: list[list[str]], prior: list[np.ndarray] | np.ndarray | None = None,
                     weight: float = 1.0, extras: list[list[list[str]]] | None = None,
                     typefeats: TypeFeatures | None = None,
                     bias: np.ndarray | None = None, dense: np.ndarray | None = None) -> list[list[str]]:
        """IOB tags of each sentence of one document (normalised tokens). ``prior``: one
        ``(tokens, tags)`` array of log-probabilities per non-empty sentence (another
        model's marginals, in :attr:`tags` order), or all of them as one ``(sentences,
        longest, tags)`` array (zero past each sentence's end), added to the tag scores
        times ``weight`` before decoding (the CRF + neural ensemble); ``extras``: the
        non-empty sentences' :meth:`FeatureExtractor.document_extras` where the caller
        has them; ``typefeats``: see :meth:`emissions`; ``bias``: one number per tag (in
        :attr:`tags` order) added to every token's score for that tag before decoding (the
        decoding bias, see :func:`khabar.ner.tagger.bias_vector`); ``dense``: a stacked
        network's extra inputs, ``(sentences, longest, stack)`` (see :meth:`emissions`)."""
        one_blas_thread()  # once per process: see one_blas_thread
        return self._tag_document(sents, prior, weight, extras, typefeats, bias, dense)

    def _tag_document(self, sents: list[list[str]], prior: list[np.ndarray] | np.ndarray | None,
                      weight: float, extras: list[list[list[str]]] | None,
                      typefeats: TypeFeatures | None = None,
                      bias: np.ndarray | None = None, dense: np.ndarray | None = None) -> list[list[str]]:
        todo = [s for s in sents if s]
        if not todo:
            return [[] for _ in sents]
        em, lens = self.emissions(todo, extras, typefeats, dense)
        if isinstance(prior, np.ndarray):
            em += weight * prior
        elif prior is not None:
            for si, p in enumerate(prior):
                em[si, :len(p)] += weight * p
        if bias is not None:
            em += bias.astype(em.dtype)
        paths = self._viterbi(em, lens)
        result = iter(paths)
        return [[self.tags[k] for k in next(result)] if s else [] for s in sents]

    def emissions(self, todo: list[list[str]], extras: list[list[list[str]]] | None = None,
                  typefeats: TypeFeatures | None = None,
                  dense: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Tag scores ``(sentences, max length, tags)`` of non-empty sentences, and their
        lengths. ``typefeats``: the extractor's features of word types the cache may lack,
        where the caller has them; ``dense``: a stacked network's per-token inputs
        ``(sentences, max length, stack)`` (the CRF's marginals; required by such a
        network, ignored by the others)."""
        if self.stack and dense is None:
            raise ValueError("this network reads the CRF's marginals (stacking): tag with the ensemble")
        if extras is None:
            extras = self.fx.document_extras(todo)
        lens = np.array([len(s) for s in todo])
        n_s, n_t, h = len(todo), int(lens.max()), self.hidden
        # each token's input projection is its word type's cached row, or (a token with
        # place features) a row of its own: its type's plus those features', added in order
        # (the cached rows have their sigmoid gates' columns halved already: _halve_gates)
        rows = self._types.rows([w for s in todo for w in s], lambda new: self._compute_types(new, typefeats))
        own: list[int] = []  # tokens with place features
        sp_tok: list[int] = []
        sp_row: list[int] = []
        pos = 0
        for ex in extras:
            for fs in ex:
                if fs:
                    for f in fs:
                        r = self._feat_vector_row(f)
                        if r >= 0:
                            sp_tok.append(len(own))
                            sp_row.append(r)
                    own.append(pos)
                pos += 1
        src = self._types.array  # token j reads src[rows[j]], a token of own its own_rows row
        own_rows = src[rows[own]]
        if sp_tok:
            add_in_order(own_rows, sp_tok, sp_row, self._feats.array)
        if self.lm_model is not None and not self.stack:
            # one row per token: its projection plus its LM states' (no padding)
            src = src[rows]
            src[own] = own_rows
            src += self.lm_model.packed_states(todo, typefeats) @ self.w_dense
            rows = np.arange(len(rows))
            own = []
        # longest sentences first: at step t only the first active[t] are still running
        order = np.argsort(-lens, kind="stable")
        ls = lens[order]
        # the backward direction reads each sentence reversed, right-aligned to the same steps
        idx_b = np.maximum(ls[:, None] - 1 - np.arange(n_t)[None, :], 0)
        # step-major layout (direction, step, sentence, ...): each step reads and writes
        # contiguous blocks, and a step's hidden state is the previous step's output row.
        # Each token's rows are written straight from the cache to its step of each
        # direction (step i forwards, length - 1 - i backwards, in its sentence's slot);
        # the padding (~half the slots of a news article) stays zero: the LSTM never reads
        # it, decoding never reads what it leads to
        slot = np.empty(n_s, dtype=np.int64)
        slot[order] = np.arange(n_s)
        sent = np.repeat(np.arange(n_s), lens)
        at = np.arange(len(rows)) - np.repeat(np.cumsum(lens) - lens, lens)  # place in its sentence
        fwd = at * n_s + slot[sent]
        bwd = (lens[sent] - 1 - at) * n_s + slot[sent]
        xs = np.zeros((2, n_t, n_s, 4 * h), dtype=np.float32)
        for d, steps in ((0, fwd), (1, bwd)):
            x = xs[d].reshape(n_t * n_s, 4 * h)
            x[steps] = src[rows, 4 * h * d:4 * h * (d + 1)]
            if own:
                x[steps[own]] = own_rows[:, 4 * h * d:4 * h * (d + 1)]
        if self.lm_model is not None and self.stack:
            states = self.lm_model.states(todo, typefeats)
            dense = states if dense is None or not self.stack else np.concatenate([dense[:, :n_t], states], axis=2)
        if self.w_dense is not None and dense is not None:
            self._add_dense(xs, dense[order, :n_t], idx_b)
        active = (ls[None, :] > np.arange(n_t)[:, None]).sum(axis=1)
        self._lstm(xs, active)
        out = xs[..., :h]  # _lstm leaves each step's hidden state in the first H columns
        # put the backward states back in reading order, the sentences back in theirs
        # (past a sentence's end the rows hold finite leftovers that decoding never reads)
        both = np.empty((n_s, n_t, 2 * h), dtype=np.float32)
        both[..., :h] = out[0].transpose(1, 0, 2)
        both[..., h:] = out[1][idx_b, np.arange(n_s)[:, None]]
        em = both @ self.out_w + self.out_b
        return em[np.argsort(order)], lens

    def _add_dense(self, xs: np.ndarray, dense: np.ndarray, idx_b: np.ndarray) -> None:
        """Add the projections of the stacked inputs (``dense``: sentences longest first,
        ``(sentences, steps, stack)``) to both directions' inputs (:attr:`w_dense` has its
        gate columns halved already)."""
        assert self.w_dense is not None
        h = self.hidden
        k = dense.shape[2]
        # the k-wide inputs are laid out step-major (and reversed for the backward
        # direction) before the product, so each direction is one 2-D product added to a
        # contiguous block
        fwd = np.ascontiguousarray(dense.astype(np.float32).transpose(1, 0, 2)).reshape(-1, k)
        bwd = np.take_along_axis(dense.astype(np.float32), idx_b[:, :, None], axis=1)
        bwd = np.ascontiguousarray(bwd.transpose(1, 0, 2)).reshape(-1, k)
        xs[0].reshape(-1, 4 * h)[:] += fwd @ self.w_dense[:, :4 * h]
        xs[1].reshape(-1, 4 * h)[:] += bwd @ self.w_dense[:, 4 * h:]

    def _lstm(self, xs: np.ndarray, active: np.ndarray) -> None:
        lstm_steps(xs, active, self._w_hh_half)

    def _viterbi(self, em: np.ndarray, lens: np.ndarray) -> list[list[int]]:
        if kernels.ENABLED:  # the same paths, compiled (khabar.ner.kernels.viterbi)
            best = kernels.viterbi(em, lens, self.start, self.trans, self.end)
            return [best[s, :n].tolist() for s, n in enumerate(lens.tolist())]
        n_s, n_t, k = em.shape
        score = self.start[None] + em[:, 0]
        back = np.zeros((n_s, n_t, k), dtype=np.int64)
        cand = np.empty((n_s, k, k), dtype=score.dtype)
        # each sentence's score at its last token is kept aside (the running scores of the
        # sentences already ended go on over leftovers, never read): one numpy call less
        # per step than masking the update
        ends_at: dict[int, list[int]] = {}
        for si, n in enumerate(lens.tolist()):
            ends_at.setdefault(n - 1, []).append(si)
        final = np.empty_like(score)
        trans = self.trans[None]
        for t in range(n_t):
            if t:
                np.add(score[:, :, None], trans, out=cand)
                np.argmax(cand, axis=1, out=back[:, t])
                np.max(cand, axis=1, out=score)
                score += em[:, t]
            done = ends_at.get(t)
            if done is not None:
                final[done] = score[done]
        last = (final + self.end[None]).argmax(axis=1).tolist()
        paths: list[list[int]] = []
        for s in range(n_s):
            b = back[s].tolist()
            j = last[s]
            path = [j]
            for t in range(int(lens[s]) - 1, 0, -1):
                j = b[t][j]
                path.append(j)
            paths.append(path[::-1])
        return paths
