"""Build rasd/resources/ner/clusters.tsv.gz: distributional word clusters from SaudiNewsNet.

    python -m rasd.train.clusters [--data SAUDINEWSNET_DIR] [--out PATH]

Method (NumPy only, about 4 minutes on one core; the float32 matrix alone is 1.6 GB):
1. Read every article, normalise it (rasd.text.normalize) and keep its Arabic words in order,
   one sequence per line (a line break is a hard context boundary).
2. Count, for the VOCAB most frequent words, the word immediately to the left and to the right
   among the CONTEXTS most frequent words (two separate blocks, so "before" and "after" differ).
3. Positive PMI with context-distribution smoothing (0.75), then a seeded randomised truncated
   SVD to DIM dimensions; rows are length-normalised.
4. Spherical k-means (k-means++ seeding, fixed seed) at four granularities (GRAINS); each word
   gets one cluster id per granularity. The NER features use the ids as word classes, like Brown
   clusters at several prefix lengths.

Only derived statistics are written (word -> four integers), never text: SaudiNewsNet is
non-commercial, see the README's licence section. Everything is seeded; BLAS is held to one
thread so that a rebuild gives the same file (any difference is within floating-point noise).
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from ..text.normalize import normalize  # noqa: E402
from . import command_line, shipped  # noqa: E402
from .saudinewsnet import DEFAULT_DIR, iter_articles  # noqa: E402

OUT = shipped("ner", "clusters.tsv.gz")
# 100k words (seen about 6 times or more) cover most names in news; rarer words have too few
# contexts for a useful vector.
VOCAB = 100_000
# Context words: the 2,000 most frequent carry most of the syntactic/semantic signal (function
# words, titles, verbs of saying, place prepositions) and keep the matrix at 100k x 4k float32 (1.6 GB).
CONTEXTS = 2_000
# 100 dimensions is the usual sweet spot for SVD word vectors of a corpus this size.
DIM = 100
GRAINS = (64, 256, 1024, 4096)
SEED = 13
WORD = re.compile(r"[\u0621-\u064A]+")


def read_corpus(folder) -> list[list[str]]:
    lines: list[list[str]] = []
    for rec in iter_articles(folder):
        text = normalize((rec.get("title") or "") + "\n" + (rec.get("content") or ""))
        for line in text.split("\n"):
            ws = WORD.findall(line)
            if len(ws) > 1:
                lines.append(ws)
    return lines


def cooccurrence(lines, vocab: list[str], contexts: list[str]) -> np.ndarray:
    wid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(contexts)}
    V, C = len(vocab), len(contexts)
    # one flat id sequence, lines separated by -1 (which matches no word and no context)
    flat_w: list[int] = []
    flat_c: list[int] = []
    for ws in lines:
        flat_w.extend(wid.get(w, -1) for w in ws)
        flat_c.extend(cid.get(w, -1) for w in ws)
        flat_w.append(-1)
        flat_c.append(-1)
    ids = np.array(flat_w, dtype=np.int64)
    cids = np.array(flat_c, dtype=np.int64)
    del flat_w, flat_c
    keys = []
    # left context of word i is word i-1 (block 0), right context is word i+1 (block 1)
    t, c = ids[1:], cids[:-1]
    ok = (t >= 0) & (c >= 0)
    keys.append(t[ok] * (2 * C) + c[ok])
    t, c = ids[:-1], cids[1:]
    ok = (t >= 0) & (c >= 0)
    keys.append(t[ok] * (2 * C) + C + c[ok])
    allk = np.concatenate(keys)
    uk, cnt = np.unique(allk, return_counts=True)
    M = np.zeros(V * 2 * C, dtype=np.float32)
    M[uk] = cnt
    return M.reshape(V, 2 * C)


def ppmi(M: np.ndarray, alpha: float = 0.75) -> np.ndarray:
    """Positive PMI, computed in place on the float32 count matrix (it is large)."""
    row = M.sum(axis=1, dtype=np.float64)
    col = M.sum(axis=0, dtype=np.float64) ** alpha
    col = col / col.sum()
    # pmi = log(P(w,c) / (P(w) P_alpha(c))) = log(count / rowsum / P_alpha(c))
    M *= (1.0 / np.maximum(row, 1)).astype(np.float32)[:, None]
    M *= (1.0 / np.maximum(col, 1e-30)).astype(np.float32)[None, :]
    np.log(M, out=M, where=M > 0)
    np.maximum(M, 0, out=M)
    return M


def randomized_svd(A: np.ndarray, k: int, rng: np.random.Generator, oversample: int = 20, iters: int = 3):
    Omega = rng.standard_normal((A.shape[1], k + oversample)).astype(np.float32)
    Y = A @ Omega
    for _ in range(iters):
        Q, _ = np.linalg.qr(Y)
        Z, _ = np.linalg.qr(A.T @ Q)
        Y = A @ Z
    Q, _ = np.linalg.qr(Y)
    B = Q.T @ A
    Ub, S, _ = np.linalg.svd(B.astype(np.float64), full_matrices=False)
    U = Q.astype(np.float64) @ Ub[:, :k]
    # fix signs so the result does not depend on LAPACK's choice
    signs = np.sign(U[np.argmax(np.abs(U), axis=0), range(k)])
    return U * signs, S[:k]


def kmeans(X: np.ndarray, k: int, rng: np.random.Generator, iters: int = 25) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++ seeding; X rows are unit length."""
    n = X.shape[0]
    centers = np.empty((k, X.shape[1]), dtype=X.dtype)
    centers[0] = X[rng.integers(n)]
    d2 = 2 - 2 * (X @ centers[0])
    for j in range(1, k):
        p = np.maximum(d2, 0)
        p = p / p.sum()
        centers[j] = X[rng.choice(n, p=p)]
        d2 = np.minimum(d2, 2 - 2 * (X @ centers[j]))
    assign = np.full(n, -1)
    for _ in range(iters):
        new = np.argmax(X @ centers.T, axis=1)
        if np.array_equal(new, assign):
            break
        assign = new
        sums = np.zeros_like(centers)
        np.add.at(sums, assign, X)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[~empty] /= norms[~empty]
        sums[empty] = centers[empty]
        centers = sums
    return assign


def svd_vectors(folder=DEFAULT_DIR, log=print) -> tuple[list[str], np.ndarray]:
    """(vocabulary, unit-length PPMI-SVD word vectors): steps 1-3 above, shared by the clusters
    and by the neural NER tagger's word vectors (rasd.train.ner_neural)."""
    t0 = time.time()
    lines = read_corpus(folder)
    counts = Counter(w for ws in lines for w in ws)
    log(f"read {sum(map(len, lines)):,} words, {len(counts):,} types in {time.time() - t0:.0f}s")
    ranked = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
    vocab, contexts = ranked[:VOCAB], ranked[:CONTEXTS]
    M = cooccurrence(lines, vocab, contexts)
    del lines
    log(f"co-occurrence {M.shape} in {time.time() - t0:.0f}s")
    P = ppmi(M)
    del M
    rng = np.random.default_rng(SEED)
    U, S = randomized_svd(P, DIM, rng)
    del P
    X = U * np.sqrt(S)
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)
    X = X.astype(np.float64)
    log(f"svd in {time.time() - t0:.0f}s")
    return vocab, X


def build(folder=DEFAULT_DIR, out: Path = OUT, log=print) -> int:
    t0 = time.time()
    vocab, X = svd_vectors(folder, log)
    ids = []
    for g in GRAINS:
        ids.append(kmeans(X, g, np.random.default_rng(SEED + g)))
        log(f"k-means {g} in {time.time() - t0:.0f}s")
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# normalised word\tcluster ids at k=" + ",".join(map(str, GRAINS))
             + " (derived from SaudiNewsNet by rasd.train.clusters; statistics only)"]
    lines += [w + "\t" + "\t".join(str(int(a[i])) for a in ids) for i, w in enumerate(vocab)]
    # no file name and no time in the gzip header: a rebuild gives the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    log(f"wrote {out} ({len(vocab):,} words) in {time.time() - t0:.0f}s")
    return len(vocab)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.train.clusters", description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DIR), help="SaudiNewsNet folder of *.zip files")
    ap.add_argument("--out", default=str(OUT), help="output clusters file (.tsv.gz)")
    a = ap.parse_args(argv)
    build(a.data, Path(a.out))
    return 0


if __name__ == "__main__":
    command_line(main)
