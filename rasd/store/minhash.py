"""Near-duplicate detection: MinHash signatures over normalised word shingles, LSH banding.

Wire stories reappear in several outlets with a different headline, dateline or closing line.
Their word 3-shingles overlap heavily (Jaccard well above 0.5) while two different articles on
the same topic share few (below 0.2), so a 0.5 cut-off separates them with margin.
"""
from __future__ import annotations

import hashlib
import zlib
from functools import lru_cache

import numpy as np

from .textindex import index_terms
from ..config import WORD_CACHE_SIZE

# 100 permutations = 20 bands x 5 rows: the LSH S-curve crosses 50% candidate probability at
# Jaccard (1/20)^(1/5) = 0.55, and a pair at 0.8 is a candidate with probability > 0.999.
NUM_PERM = 100
BANDS = 20
ROWS = NUM_PERM // BANDS
# Shingle size 3: long enough that common phrases (قال وزير الخارجية) alone do not match.
SHINGLE = 3
# Estimated Jaccard above which two documents are the same story (see module docstring).
THRESHOLD = 0.5
# Texts with fewer shingles than this (a one-line brief) are too short to group reliably.
MIN_SHINGLES = 8

# Permutations by multiply-shift hashing: h(x) = ((a*x + b) mod 2^64) >> 32 with random odd a
# (Dietzfelbinger et al.): 2-universal for 32-bit x, and no modulo, which numpy does slowly.
_rng = np.random.RandomState(20150721)  # fixed seed: signatures must be identical across runs
_A = (_rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64) << np.uint64(1)) | np.uint64(1)
_B = _rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_MASK32 = np.uint64(0xFFFFFFFF)


def shingles(text: str | list[str]) -> set[str]:
    """Word 3-shingles of a text (or of its search keys, already computed)."""
    terms = index_terms(text) if isinstance(text, str) else text
    return {" ".join(terms[i:i + SHINGLE]) for i in range(len(terms) - SHINGLE + 1)}


@lru_cache(maxsize=WORD_CACHE_SIZE)  # search keys (stems) are fewer than word forms
def _word_hash(k: str) -> int:
    # crc32: stable across processes and runs (unlike hash()); 32 bits per word.
    return zlib.crc32(k.encode("utf-8"))


def signature(text: str | list[str]) -> np.ndarray | None:
    """MinHash signature (NUM_PERM uint64) of a text or its search keys, or None when it is too
    short to compare. Shingles are hashed by combining their word hashes (no string building)."""
    terms = index_terms(text) if isinstance(text, str) else text
    if len(terms) < SHINGLE:
        return None
    h = np.fromiter(map(_word_hash, terms), dtype=np.uint64, count=len(terms))
    m = np.uint64(1_000_003)  # odd multiplier: mixes word order into the shingle hash
    with np.errstate(over="ignore"):  # uint64 wrap-around is intended
        sh = ((h[:-2] * m) ^ h[1:-1]) * m ^ h[2:]
    if len(sh) < MIN_SHINGLES:  # repeated shingles do not change a minimum: no need to dedupe
        return None
    x = sh & _MASK32
    with np.errstate(over="ignore"):
        hv = (_A[:, None] * x[None, :] + _B[:, None]) >> np.uint64(32)
    return hv.min(axis=1)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (what the store indexes to find candidates)."""
    out = []
    for b in range(BANDS):
        d = hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(d, "little", signed=True))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray | None) -> bytes | None:
    """400 bytes: every value is below 2^32 (the multiply-shift hash keeps the high 32 bits)."""
    return None if sig is None else sig.astype("<u4").tobytes()


def from_bytes(b: bytes | None) -> np.ndarray | None:
    return None if b is None else np.frombuffer(b, dtype="<u4").astype(np.uint64)
