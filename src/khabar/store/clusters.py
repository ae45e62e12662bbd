"""Claim corroboration: the same claim by the same speaker in several articles.

A claim's content is reduced to its search terms (``khabar.store.keys``: folded, clitics
stripped), cut into character 5-grams (shingles), and summarised by a MinHash (datasketch,
MIT). Two claims by the same speaker key whose estimated Jaccard similarity is at least
:data:`THRESHOLD` are one claim cluster.

Candidates are found with locality-sensitive hashing kept in the database itself, so it
works across runs and processes: the 64 MinHash values are cut into 16 bands of 4; each
band is hashed with the speaker key into one 64-bit integer kept in ``claim_bands``
(indexed), and a new claim is compared
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
    return np.asarray(m.hashvalues)


def _encode(sig: np.ndarray) -> bytes:
    # affine32 values fit 4 bytes (older datasketch schemes need 8): stored little-endian.
    dtype = "<u4" if sig.dtype.itemsize <= 4 else "<u8"
    return sig.astype(dtype).tobytes()


def _decode(blob: bytes) -> np.ndarray:
    data = bytes(blob)
    return np.frombuffer(data, dtype="<u4" if len(data) == NUM_PERM * 4 else "<u8")


def encoded_signature(content: str) -> bytes:
    """:func:`signature` as stored; ingest workers compute it, the writer reuses it."""
    return _encode(signature(content))


def _bands(speaker_key: str, sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band, of the speaker key, the band's index and values:
    one indexed integer column finds the candidates of a speaker."""
    out = []
    raw = sig.astype("<u8").tobytes()
    key = speaker_key.encode("utf-8")
    for b in range(BANDS):
        chunk = raw[b * ROWS * 8:(b + 1) * ROWS * 8]
        digest = hashlib.blake2b(key + b"\x00" + bytes([b]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a.astype("<u8") == b.astype("<u8")))


def assign_cluster(db: Database, speaker_key: str, content: str, encoded: bytes | None = None) -> int:
    """The id of the claim cluster for this speaker and content, created when none is
    similar enough (``encoded``: the content's :func:`encoded_signature`, if known). Runs
    inside the caller's transaction."""
    sig = _decode(encoded) if encoded else signature(content)
    bands = _bands(speaker_key, sig)
    marks = ", ".join("?" * len(bands))
    rows = db.all(
        f"SELECT DISTINCT c.id, c.signature FROM claim_bands b JOIN claim_clusters c "
        f"ON c.id = b.cluster_id WHERE b.band IN ({marks}) AND c.speaker_key = ?",
        (*bands, speaker_key),
    )
    best_id, best = None, THRESHOLD
    for cid, blob in rows:
        s = similarity(sig, _decode(blob))
        if s >= best:
            best_id, best = int(cid), s
    if best_id is not None:
        return best_id
    cid = db.insert_id(
        "INSERT INTO claim_clusters (speaker_key, signature) VALUES (?, ?) RETURNING id",
        (speaker_key, _encode(sig)),
    )
    db.executemany(
        "INSERT INTO claim_bands (cluster_id, band) VALUES (?, ?)", [(cid, b) for b in bands]
    )
    return cid
