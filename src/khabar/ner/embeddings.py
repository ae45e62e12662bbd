"""Word vectors for the neural tagger, learned at training time from the unannotated text
the shipping policy allows (ANT, Wikinews, the training corpora's tokens: the same text as
the word clusters, :func:`khabar.ner.build.corpus_sentences`).

Method: positive PMI of each word with the words at offsets −2, −1, +1, +2 (the 5,000
most frequent words as contexts, context counts smoothed to the power 0.75), reduced by a
truncated SVD (scipy's ``svds``, seeded) to 100 dimensions, rows scaled by √σ and
normalised; the counting is the clusters' (:func:`khabar.ner.clusters.context_counts`).
Training-time only (needs scipy); the vectors ship inside ``ner.npz`` when a model uses
them (the shipped one does not: they did not help, see docs/models.md).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from .clusters import context_counts

__all__ = ["learn_vectors"]


def learn_vectors(
    sentences: Iterable[list[str]],
    min_count: int = 3,
    max_vocab: int = 80_000,
    n_context: int = 5_000,
    dims: int = 100,
    seed: int = 13,
) -> tuple[list[str], np.ndarray]:
    """``(words, vectors)``: one unit-length float32 row per word seen ``min_count`` times."""
    import scipy.sparse as sp
    from scipy.sparse.linalg import svds

    vocab, rows, cols = context_counts(sentences, min_count, max_vocab, n_context, (-2, -1, 1, 2))
    shape = (len(vocab), 4 * min(n_context, len(vocab)))
    m = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=shape)
    m.sum_duplicates()
    total = m.sum()
    pw = np.asarray(m.sum(1)).ravel() / total
    pc = (np.asarray(m.sum(0)).ravel() / total) ** 0.75
    pc /= pc.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total / (pw[coo.row] * pc[coo.col]))
    pos = pmi > 0
    m = sp.csr_matrix((pmi[pos].astype(np.float32), (coo.row[pos], coo.col[pos])), shape=shape)
    u, sigma, _ = svds(m, k=dims, random_state=seed)
    emb = u * np.sqrt(sigma)
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    return vocab, emb.astype(np.float32)
