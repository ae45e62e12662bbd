"""Claim corroboration: the same claim by the same speaker in several articles.

A claim's content is reduced to its search terms (``khabar.store.keys``: folded, clitics
stripped), cut into character 5-grams (shingles), and summarised by a MinHash (datasketch,
MIT). Two claims by the same speaker key whose estimated Jaccard similarity is at least
:data:`THRESHOLD` are one claim cluster.

Candidates are found with locality-sensitive hashing kept in the database itself, so it
works across runs and processes: the 64 MinHash values are cut into 16 bands of 4; each
band's hash is stored in ``claim_bands`` with the speaker key, and a new claim is compared
only with clusters sharing at least one band (with 16×4 bands, pairs at Jaccard 0.5 collide
with probability 1-(1-0.5⁴)¹⁶ ≈ 0.64, at 0.7 ≈ 0.98; at 0.2 ≈ 0.03).
"""

from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash

from .db import Database
from .keys import index_terms

__all__ = ["THRESHOLD", "assign_cluster", "signature"]

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
#: Estimated Jaccard similarity of shingles from which two claims are the same claim.
#: Reworded reports of one statement («قال إن القوات سيطرت على المدينة» / «إن قواته
#: سيطرت على المدينة») score 0.5-0.8 in our tests; different statements under 0.3.
THRESHOLD = 0.5
_SEED = 7


_TEMPLATE: list[MinHash] = []


def _minhash() -> MinHash:
    """An empty MinHash; copying one template saves drawing the permutations every time."""
    if not _TEMPLATE:
        try:  # datasketch ≥ 2.0: pin the hashing scheme so stored signatures stay comparable
            _TEMPLATE.append(MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32"))
        except TypeError:  # older datasketch has one scheme only
            _TEMPLATE.append(MinHash(num_perm=NUM_PERM, seed=_SEED))
    return _TEMPLATE[0].copy()


def shingles(content: str) -> set[bytes]:
    """Character 5-grams of a claim's normalised words (the whole key when shorter)."""
    key = " ".join(index_terms(content))
    if len(key) <= SHINGLE:
        return {key.encode("utf-8")}
    return {key[i:i + SHINGLE].encode("utf-8") for i in range(len(key) - SHINGLE + 1)}


def signature(content: str) -> np.ndarray:
    m = _minhash()
    m.update_batch(list(shingles(content)))
    return np.asarray(m.hashvalues, dtype=np.uint64)


def encoded_signature(content: str) -> str:
    """:func:`signature` as stored (hex); ingest workers compute it, the writer reuses it."""
    return _encode(signature(content))


def _bands(sig: np.ndarray) -> list[str]:
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(f"{b}:{hashlib.sha1(chunk).hexdigest()[:16]}")
    return out


def _encode(sig: np.ndarray) -> str:
    return sig.astype("<u8").tobytes().hex()


def _decode(text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(text), dtype="<u8")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def assign_cluster(db: Database, speaker_key: str, content: str, encoded: str | None = None) -> int:
    """The id of the claim cluster for this speaker and content, created when none is
    similar enough (``encoded``: the content's :func:`encoded_signature`, if known). Runs
    inside the caller's transaction."""
    sig = _decode(encoded) if encoded else signature(content)
    bands = _bands(sig)
    marks = ", ".join("?" * len(bands))
    rows = db.all(
        f"SELECT DISTINCT c.id, c.signature FROM claim_bands b JOIN claim_clusters c "
        f"ON c.id = b.cluster_id WHERE b.speaker_key = ? AND b.band IN ({marks})",
        (speaker_key, *bands),
    )
    best_id, best = None, THRESHOLD
    for cid, sig_text in rows:
        s = similarity(sig, _decode(sig_text))
        if s >= best:
            best_id, best = int(cid), s
    if best_id is not None:
        return best_id
    cid = db.insert_id(
        "INSERT INTO claim_clusters (speaker_key, signature) VALUES (?, ?) RETURNING id",
        (speaker_key, _encode(sig)),
    )
    db.executemany(
        "INSERT INTO claim_bands (cluster_id, speaker_key, band) VALUES (?, ?, ?)",
        [(cid, speaker_key, b) for b in bands],
    )
    return cid
