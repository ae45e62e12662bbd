"""Word vectors for the neural tagger, learned at training time from the unannotated text
the shipping policy allows (ANT, Wikinews, the training corpora's tokens: the same text as
the word clusters, :func:`khabar.ner.build.corpus_sentences`).

Method: positive PMI of each word with the words at offsets −2, −1, +1, +2 (the 5,000
most frequent words as contexts, context counts smoothed to the power 0.75), reduced by a
truncated SVD (scipy's ``svds``, seeded) to 100 dimensions, rows scaled by √σ and
normalised. Training-time only (needs scipy); the vectors ship inside ``ner.npz``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np

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

    sents = [s for s in sentences if s]
    counts: Counter[str] = Counter(w for s in sents for w in s)
    vocab = [w for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_count][:max_vocab]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        for j, wi in enumerate(ids):
            if wi < 0:
                continue
            for slot, d in enumerate((-2, -1, 1, 2)):
                k = j + d
                if 0 <= k < len(s) and cids[k] >= 0:
                    rows.append(wi)
                    cols.append(slot * n_context + cids[k])
    shape = (len(vocab), 4 * n_context)
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
