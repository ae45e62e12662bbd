"""The taggers' per-step loops compiled with numba (optional: ``pip install 'khabar[fast]'``).

Three loops run once per token position over an article's longest sentence: the LSTM's
steps (:func:`khabar.ner.neural.lstm_steps`), the neural CRF layer's Viterbi
(:meth:`khabar.ner.neural.NeuralModel._viterbi`) and the CRF's forward-backward pass
(:meth:`khabar.ner.crf_marginals.CrfMarginals.marginals_array`). In numpy each step is ten
or so calls on arrays of a few rows, and the calls' overhead is most of the time
(docs/models.md, *Speed*). Here each loop is one compiled function with the same operations
in the same order per number, with two exceptions, both in the last bits of a float:

* the LSTM's recurrent product sums ``h[0] * w[0] + h[1] * w[1] + ...`` in that order (BLAS
  sums in blocks of its own), and its ``tanh`` is a rational approximation that compiles to
  vector instructions (:func:`_tanh32`; within 7 ulp of the exact value, numpy's within 1.4);
* the forward-backward pass's 9-by-9 products and row sums are summed in index order.

The Viterbi's additions, maxima and first-maximum ``argmax`` are exact: its paths are the
numpy code's on the same scores. docs/models.md ("Session 17: compiled step loops") lists
what the differences did to the tags.

Without numba, or with ``KHABAR_NO_JIT`` set to anything but ``0`` in the environment (read
once, at import), :data:`ENABLED` is False and the callers keep their numpy code. Compiled functions are
cached on disk (``cache=True``: beside this module, or in the user's cache folder where that
is read-only), so only a process that finds no cache pays the compile time.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import numpy as np

__all__ = ["ENABLED", "forward_backward", "lstm_steps", "viterbi"]

numba: Any
try:  # pragma: no cover - depends on the environment
    import numba as _numba
    numba = _numba
except ImportError:  # pragma: no cover
    numba = None

#: True when the compiled kernels are used: numba importable and ``KHABAR_NO_JIT`` unset
#: (or "0"/"")
ENABLED = numba is not None and os.environ.get("KHABAR_NO_JIT", "") in ("", "0")


def _jit(f: Callable[..., Any]) -> Callable[..., Any]:
    """``f`` compiled (nopython, cached on disk), or ``f`` itself where numba is missing."""
    if numba is None:  # pragma: no cover
        return f
    return numba.njit(cache=True, nogil=True, error_model="numpy")(f)  # type: ignore[no-any-return]


#: The rational approximation of tanh that Eigen uses for float32 (``ptanh_float``, Eigen
#: 3.4, MPL-2.0; the same 13/6 form as XLA's): only multiplications, additions and one
#: division, so a loop of them compiles to vector instructions (libm's ``tanhf`` is a call
#: per number, 12 times slower here). Within 7 ulp of the exact value on [-10, 10] (numpy's
#: own float32 tanh: within 1.4).
_TANH_CLAMP = np.float32(7.90531110763549805)
_TANH_P = tuple(np.float32(v) for v in (
    -2.76076847742355e-16, 2.00018790482477e-13, -8.60467152213735e-11, 5.12229709037114e-08,
    1.48572235717979e-05, 6.37261928875436e-04, 4.89352455891786e-03))
_TANH_Q = tuple(np.float32(v) for v in (
    1.19825839466702e-06, 1.18534705686654e-04, 2.26843463243900e-03, 4.89352518554385e-03))


def _tanh32(x: Any) -> Any:  # pragma: no cover - compiled (inlined into the loops)
    if x > _TANH_CLAMP:
        x = _TANH_CLAMP
    if x < -_TANH_CLAMP:
        x = -_TANH_CLAMP
    x2 = x * x
    p = x2 * _TANH_P[0] + _TANH_P[1]
    for c in _TANH_P[2:]:
        p = p * x2 + c
    q = x2 * _TANH_Q[0] + _TANH_Q[1]
    for c in _TANH_Q[2:]:
        q = q * x2 + c
    return x * p / q


if numba is not None:  # pragma: no cover
    _tanh32 = numba.njit(inline="always", error_model="numpy")(_tanh32)


@_jit
def lstm_steps(xs: np.ndarray, active: np.ndarray, w_hh: np.ndarray) -> None:  # pragma: no cover - compiled
    """:func:`khabar.ner.neural.lstm_steps`, compiled: the same arguments, the same
    in-place result (each step's hidden state over its first H columns)."""
    n_d, n_t, n_s, h4 = xs.shape
    h = h4 // 4
    one = np.float32(1.0)
    half = np.float32(0.5)
    cs = np.zeros((n_d, n_s, h), dtype=np.float32)
    acc = np.empty((n_s, h4), dtype=np.float32)
    for d in range(n_d):
        w = w_hh[d]
        for t in range(n_t):
            a = active[t]
            g = xs[d, t]
            if t > 0:
                # g = x + h_prev @ W: the product first (each row of W read once for all
                # the running sentences), then added to the input
                prev = xs[d, t - 1]
                acc[:a] = 0.0
                for k in range(h):
                    wk = w[k]
                    for s in range(a):
                        hk = prev[s, k]
                        row = acc[s]
                        for j in range(h4):
                            row[j] += hk * wk[j]
                for s in range(a):
                    for j in range(h4):
                        g[s, j] += acc[s, j]
            for s in range(a):
                gs = g[s]
                for j in range(h4):
                    gs[j] = _tanh32(gs[j])
                for j in range(3 * h):
                    gs[j] = (gs[j] + one) * half  # sigmoid of the input, forget, output gates
                c = cs[d, s]
                for j in range(h):
                    cj = c[j] * gs[h + j]
                    cj += gs[j] * gs[3 * h + j]
                    c[j] = cj
                    # the hidden state replaces the input gate's column (read above)
                    gs[j] = gs[2 * h + j] * _tanh32(cj)


@_jit
def viterbi(em: np.ndarray, lens: np.ndarray, start: np.ndarray, trans: np.ndarray,
            end: np.ndarray) -> np.ndarray:  # pragma: no cover - compiled
    """Best tag paths ``(sentences, longest)`` of tag scores ``em`` ``(sentences, longest,
    tags)`` (float32), each sentence's path in its first ``lens[s]`` cells: the numpy
    Viterbi's additions, maxima and first-maximum argmax, one sentence at a time."""
    n_s, n_t, k = em.shape
    paths = np.zeros((n_s, n_t), dtype=np.int64)
    back = np.zeros((n_t, k), dtype=np.int64)
    score = np.empty(k, dtype=em.dtype)
    new = np.empty(k, dtype=em.dtype)
    for s in range(n_s):
        n = lens[s]
        for j in range(k):
            score[j] = start[j] + em[s, 0, j]
        for t in range(1, n):
            for j in range(k):
                best = score[0] + trans[0, j]
                arg = 0
                for i in range(1, k):
                    v = score[i] + trans[i, j]
                    if v > best:
                        best = v
                        arg = i
                back[t, j] = arg
                new[j] = best
            for j in range(k):
                score[j] = new[j] + em[s, t, j]
        best = score[0] + end[0]
        j = 0
        for i in range(1, k):
            v = score[i] + end[i]
            if v > best:
                best = v
                j = i
        paths[s, n - 1] = j
        for t in range(n - 1, 0, -1):
            j = back[t, j]
            paths[s, t - 1] = j
    return paths


@_jit
def forward_backward(ex: np.ndarray, lens: np.ndarray, trans: np.ndarray) -> np.ndarray:  # pragma: no cover - compiled
    """Scaled forward-backward marginals ``(sentences, longest, tags)`` (float64) of the
    step-major exponentiated state scores ``ex`` ``(longest, sentences, tags)`` (0 past a
    sentence's end) and exponentiated transitions ``trans``, zero past each sentence's end:
    the numpy pass of :meth:`CrfMarginals.marginals_array`, one sentence at a time."""
    n_t, n_s, k = ex.shape
    out = np.zeros((n_s, n_t, k))
    alpha = np.empty((n_t, k))
    beta = np.empty((n_t, k))
    u = np.empty(k)
    for s in range(n_s):
        n = lens[s]
        tot = 0.0
        for j in range(k):
            tot += ex[0, s, j]
        for j in range(k):
            alpha[0, j] = ex[0, s, j] / tot
        for t in range(1, n):
            tot = 0.0
            for j in range(k):
                v = 0.0
                for i in range(k):
                    v += alpha[t - 1, i] * trans[i, j]
                v *= ex[t, s, j]
                alpha[t, j] = v
                tot += v
            for j in range(k):
                alpha[t, j] /= tot
        for j in range(k):
            beta[n - 1, j] = 1.0
        for t in range(n - 2, -1, -1):
            for i in range(k):
                u[i] = ex[t + 1, s, i] * beta[t + 1, i]
            tot = 0.0
            for j in range(k):
                v = 0.0
                for i in range(k):
                    v += u[i] * trans[j, i]
                beta[t, j] = v
                tot += v
            for j in range(k):
                beta[t, j] /= tot
        for t in range(n):
            tot = 0.0
            for j in range(k):
                v = alpha[t, j] * beta[t, j]
                out[s, t, j] = v
                tot += v
            for j in range(k):
                out[s, t, j] /= tot
    return out
