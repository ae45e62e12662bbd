"""Word clusters learned from unannotated text (ANT + Wikinews + the training corpora's own
text; never SaudiNewsNet, never the test sets), for the tagger's features.

Method (a cheap stand-in for Brown clusters, numpy only, deterministic):

1. count each frequent word's left and right neighbours among the most frequent words;
2. weight the counts by positive PMI and reduce them to 96 dimensions with a seeded
   randomized SVD;
3. spherical k-means into 1,000 clusters, then k-means of those centroids into 200 and
   50, giving three nested granularities (``c50/c200/c1000``), like Brown-cluster prefixes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np

__all__ = ["context_counts", "learn_clusters"]


def context_counts(
    sentences: Iterable[list[str]],
    min_count: int,
    max_vocab: int,
    n_context: int,
    offsets: tuple[int, ...],
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Co-occurrence counts of the frequent words with their neighbours (shared by the
    clusters and :mod:`khabar.ner.embeddings`): ``(vocab, rows, cols)``, one pair per
    occurrence of word ``vocab[row]`` with, at the ``k``-th offset of ``offsets``, the
    context word ``vocab[c]`` (one of the ``n_context`` most frequent), ``col = k * n_ctx + c``
    (``n_ctx = min(n_context, len(vocab))``). ``vocab``: words seen ``min_count`` times,
    most frequent first (ties alphabetical), at most ``max_vocab``."""
    counts: Counter[str] = Counter()
    sents = [s for s in sentences if s]
    for s in sents:
        counts.update(s)
    vocab = [w for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_count][:max_vocab]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    n_ctx = len(ctx)
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        n = len(s)
        for j, wi in enumerate(ids):
            if wi < 0:
                continue
            for slot, d in enumerate(offsets):
                k = j + d
                if 0 <= k < n and cids[k] >= 0:
                    rows.append(wi)
                    cols.append(slot * n_ctx + cids[k])
    return vocab, np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def _kmeans(x: np.ndarray, k: int, iters: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Spherical k-means (rows of ``x`` are unit vectors); deterministic k-means++-lite init
    (a seeded sample of rows)."""
    rng = np.random.default_rng(seed)
    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        labels = np.argmax(x @ centers.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centers[c] = v / (np.linalg.norm(v) or 1.0)
    return labels, centers


def learn_clusters(
    sentences: Iterable[list[str]],
    min_count: int = 4,
    max_vocab: int = 60_000,
    n_context: int = 2_000,
    dims: int = 96,
    ks: tuple[int, int, int] = (50, 200, 1000),
    seed: int = 13,
) -> dict[str, tuple[int, int, int]]:
    """``word -> (c50, c200, c1000)`` for the frequent words of ``sentences``."""
    vocab, rows, cols = context_counts(sentences, min_count, max_vocab, n_context, (-1, 1))
    n_ctx = min(n_context, len(vocab))
    m = np.zeros((len(vocab), 2 * n_ctx), dtype=np.float32)
    np.add.at(m, (rows, cols), 1.0)
    # positive PMI
    total = m.sum()
    pw = m.sum(axis=1, keepdims=True) / total
    pc = (m.sum(axis=0, keepdims=True) / total) ** 0.75
    pc /= pc.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(np.maximum(m / total, 1e-30) / np.maximum(pw * pc, 1e-30))
    m = np.maximum(pmi, 0.0).astype(np.float32) * (m > 0)
    # randomized SVD (Halko et al. 2011), seeded
    rng = np.random.default_rng(seed)
    omega = rng.standard_normal((m.shape[1], dims + 20)).astype(np.float32)
    y = m @ omega
    y = m @ (m.T @ y)
    q, _ = np.linalg.qr(y)
    b = q.T @ m
    ub, sigma, _ = np.linalg.svd(b, full_matrices=False)
    emb = (q @ ub[:, :dims]) * np.sqrt(sigma[:dims])
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    k_small, k_mid, k_big = ks
    big, centers = _kmeans(emb, min(k_big, len(vocab)), iters=12, seed=seed)
    mid_of_big, mid_centers = _kmeans(centers, min(k_mid, len(centers)), iters=20, seed=seed)
    small_of_mid, _ = _kmeans(mid_centers, min(k_small, len(mid_centers)), iters=20, seed=seed)
    return {
        w: (int(small_of_mid[mid_of_big[big[i]]]), int(mid_of_big[big[i]]), int(big[i]))
        for i, w in enumerate(vocab)
    }
