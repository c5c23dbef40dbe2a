"""Linear-chain CRF decoding in NumPy over the weights of a CRFsuite model (rasd.entities.ner).

CRFsuite's tagger takes each token's ~60 feature strings and looks every one up, which is most of
the cost of tagging. The score of a label at a token is a sum of weights, one per feature, and a
token's features are its own plus those its neighbours lend it (rasd.entities.ner_features):
so each distinct word's contribution is summed once (own, and as seen from each window offset),
cached, and a sentence's scores are a few array additions. Viterbi (ties to the lower label id,
as CRFsuite) and scaled forward-backward (marginals) then run over all sentences at once.
Labels equal CRFsuite's; marginals agree to rounding (under 1e-14 on 300 SaudiNewsNet articles).
"""
from __future__ import annotations

from itertools import repeat
from typing import Callable

import numpy as np

from . import ner_features as nf


# Forward-backward rescales its vectors every this many positions: exp scores are at most 1 (each
# position's scores minus their maximum) and a step multiplies by at most 9 * e^|transition|,
# so four steps stay far from overflow, and the labels that matter far from underflow.
RESCALE = 4
# Words whose label scores the decoder keeps (then it starts again): 50,000 distinct tokens are
# about two thousand news articles' worth; 150,000 keep a long corpus run from emptying the table
# every two thousand articles (measured: ner 3.63-3.93 -> 3.38-3.66 ms/article over 2,000
# SaudiNewsNet articles) for a table of 5 * 9 * 8 bytes a word (54 MB; peak +10 MB on that run).
CACHE_WORDS = 150_000


def _padded(lists: list[list[int]], pad: int) -> np.ndarray:
    """The lists as the rows of one array, each padded with ``pad`` to the longest one."""
    K = max(1, max(map(len, lists)))
    flat: list[int] = []
    for ids in lists:
        flat += ids
        flat += [pad] * (K - len(ids))
    return np.array(flat, dtype=np.intp).reshape(len(lists), K)


# Sequences decoded together: news articles have 10-60 sentence windows, so an article is still
# decoded in one batch; 512 windows of up to 250 tokens bound the batch arrays to ~10 MB each.
DECODE_BATCH = 512


class ScoreDecoder:
    """A linear-chain decoder: ``scores(seqs)`` gives a padded batch of label scores and their
    lengths, ``T`` (with ``ET``/``ETt`` = exp(T) and its transpose) the transition scores. The CRF,
    the networks, their average and the CRF-network mix all decode this way."""

    def decode(self, seqs, marginals: bool = True):
        """For each token sequence: (label indices, marginal of each chosen label or None)."""
        out: list = []
        # in batches: the forward-backward arrays are (longest sequence x batch x labels), so one
        # batch for a whole multi-megabyte text took gigabytes; an article is one batch as before
        for i in range(0, len(seqs), DECODE_BATCH):
            S, lens = self.scores(seqs[i:i + DECODE_BATCH])
            out += decode_scores(S, lens, self.T, marginals, self.ET, self.ETt)
        return out


class CrfWeights:
    """The weights of one CRFsuite model as arrays, read once per model file and shared by the
    decoders of that model (each keeps its own per-word table)."""

    def __init__(self, info, model: bytes):
        """``info``: the model's Tagger.info() (names and ids); ``model``: the model file's bytes,
        whose feature chunk holds the weights in full precision (info() prints them to 6 places)."""
        ids = sorted(((int(i), lab) for lab, i in info.labels.items()))
        if [i for i, _ in ids] != list(range(len(ids))):
            raise ValueError("label ids are not 0..L-1")
        self.labels = [lab for _, lab in ids]
        L = len(self.labels)
        attrs = {a: int(i) for a, i in info.attributes.items()}
        off = int.from_bytes(model[28:32], "little")  # header: offset of the feature chunk
        if model[off:off + 4] != b"FEAT":
            raise ValueError("no feature chunk")
        num = int.from_bytes(model[off + 8:off + 12], "little")
        feats = np.frombuffer(model, dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]),
                              count=num, offset=off + 12)
        W = np.zeros((len(attrs), L))
        st = feats[feats["type"] == 0]
        W[st["src"].astype(np.intp), st["dst"].astype(np.intp)] = st["w"]
        T = np.zeros((L, L))
        tr = feats[feats["type"] == 1]
        T[tr["src"].astype(np.intp), tr["dst"].astype(np.intp)] = tr["w"]
        if len(st) + len(tr) != num:
            raise ValueError("unknown feature type")
        self.attrs = attrs
        self.T = T
        self.ET = np.exp(T)
        self.ETt = np.ascontiguousarray(self.ET.T)
        # a neighbour feature -> its attribute id at each window offset (the zero row if absent)
        zero_row = len(attrs)
        self.W = W = np.vstack([W, np.zeros((1, L))])
        ctxmap: dict[str, list[int]] = {}
        for k, off in enumerate(nf.WINDOW):
            p = f"{off:+d}"
            for a, i in attrs.items():
                if a.startswith(p):
                    ctxmap.setdefault(a[len(p):], [zero_row] * len(nf.WINDOW))[k] = i
        # ... and the weights it lends at each offset, (4, L) per feature, by feature row
        self.ctxmap = {f: r for r, f in enumerate(ctxmap)}
        self.CW = np.stack([W[v] for v in ctxmap.values()] + [np.zeros((len(nf.WINDOW), L))])
        self.zero_row, self.zero_ctx = zero_row, len(ctxmap)
        # word bigram features ("b-1=" + previous + "|" + word, "b+1=" + word + "|" + next) by
        # their (first, second) pair, so that tagging looks pairs up without joining strings:
        # every split at a "|" is kept, and each one rebuilds the feature exactly
        self.bigrams: dict[str, dict[tuple[str, str], int]] = {"b-1=": {}, "b+1=": {}}
        for a, i in attrs.items():
            pairs = self.bigrams.get(a[:4])
            if pairs is not None:
                body = a[4:]
                k = body.find("|")
                while k >= 0:
                    pairs[body[:k], body[k + 1:]] = i
                    k = body.find("|", k + 1)
        zero = np.zeros(L)
        self.bos = W[attrs[nf.BOS[0]]] if nf.BOS[0] in attrs else zero
        self.eos = W[attrs[nf.EOS[0]]] if nf.EOS[0] in attrs else zero


class CrfDecoder(ScoreDecoder):
    """Decodes with the weights of a CRF model (``CrfWeights``) and the features of its tagger
    (``word_features``: token -> (own features, features lent to neighbours), computed, not
    remembered: the table of label scores below is the memo). Keeps the label scores of up to
    ``cache_words`` words, then starts again."""

    def __init__(self, weights: CrfWeights, word_features: Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]],
                 cache_words: int = CACHE_WORDS):
        self.weights = weights
        self.labels = weights.labels
        self.attrs, self.ctxmap, self.bigrams = weights.attrs, weights.ctxmap, weights.bigrams
        self.W, self.CW, self.T, self.ET, self.ETt = weights.W, weights.CW, weights.T, weights.ET, weights.ETt
        self.zero_row, self.zero_ctx, self.bos, self.eos = weights.zero_row, weights.zero_ctx, weights.bos, weights.eos
        self._features = word_features
        self._cache_words = cache_words
        # per-word cache: token -> (row of self._table, its "w=" word feature for the bigrams);
        # the table holds each word's (5, L) label scores (see _vectors); emptied when full
        self._rows: dict[str, tuple[int, str]] = {}
        self._table = np.zeros((cache_words, 5, len(self.labels)))

    def _vectors(self, tokens) -> None:
        """Cache, for each token not seen yet, a (5, L) array: the word's own label scores, then
        what it lends its neighbours at offsets -2, -1, +1, +2 (all new words in one gather)."""
        rows = self._rows
        new = [t for t in dict.fromkeys(tokens) if t not in rows]
        if not new:
            return
        if len(rows) + len(new) > self._cache_words:
            rows.clear()
            new = list(dict.fromkeys(tokens))
            if len(new) > len(self._table):  # one document with more distinct words than that
                self._table = np.zeros((len(new),) + self._table.shape[1:])
        get, cget = self.attrs.get, self.ctxmap.get
        pad_own, pad_ctx = self.zero_row, self.zero_ctx
        # each word's feature ids, padded with the zero row to one length K, as a (K, words)
        # array: summing the gathered weights over its first axis adds them in feature order,
        # one position after the other, as one running sum per word would. A feature the model
        # lacks reads as the zero row in its place (adding 0.0 leaves a running sum unchanged),
        # so the ids are looked up without a Python step per feature.
        own_ids: list[list[int]] = []
        ctx_ids: list[list[int]] = []
        keys: list[str] = []
        features = self._features  # computed once per word: the rows are the cache
        own_pad, ctx_pad = repeat(pad_own), repeat(pad_ctx)
        for tok in new:
            own, ctx = features(tok)
            own_ids.append(list(map(get, own, own_pad)))
            ctx_ids.append(list(map(cget, ctx, ctx_pad)))
            keys.append(ctx[0])
        n0, nw = len(rows), len(new)
        out = self._table[n0:n0 + nw]
        out[:, 0] = self.W[_padded(own_ids, pad_own).T].sum(0)
        out[:, 1:] = self.CW[_padded(ctx_ids, pad_ctx).T].sum(0)
        rows.update(zip(new, zip(range(n0, n0 + len(new)), keys)))

    def scores(self, seqs) -> tuple[np.ndarray, list[int]]:
        """State scores of the sequences, (B, N, L) padded with zeros, and their lengths: the
        sum of the weights of each token's features (as rasd.entities.ner_features builds them)."""
        flat = [t for s in seqs for t in s]
        self._vectors(flat)
        rows = self._rows
        got = list(map(rows.__getitem__, flat))
        A = self._table[[r for r, _ in got]]
        words = [w for _, w in got]
        lens = [len(s) for s in seqs]
        pos_l: list[int] = []
        rem_l: list[int] = []
        for n in lens:
            pos_l += range(n)
            rem_l += range(n - 1, -1, -1)
        pos = np.array(pos_l)
        rem = np.array(rem_l)
        S = A[:, 0].copy()
        # what the neighbours at -2, -1, +1, +2 lend, within the sequence
        i = np.flatnonzero(pos >= 2)
        S[i] += A[i - 2, 1]
        i = np.flatnonzero(pos >= 1)
        S[i] += A[i - 1, 2]
        i = np.flatnonzero(rem >= 1)
        S[i] += A[i + 1, 3]
        i = np.flatnonzero(rem >= 2)
        S[i] += A[i + 2, 4]
        S[pos <= 1] += self.bos  # the sentence start seen from the first two tokens
        S[rem <= 1] += self.eos
        # word bigrams with the previous and next token
        prev_get, next_get = self.bigrams["b-1="].get, self.bigrams["b+1="].get
        idx, brows = [], []
        M = len(flat)
        for k in range(M):
            w = words[k]
            a = prev_get((words[k - 1] if pos_l[k] else "^", w))
            if a is not None:
                idx.append(k)
                brows.append(a)
            a = next_get((w, words[k + 1] if rem_l[k] else "$"))
            if a is not None:
                idx.append(k)
                brows.append(a)
        if idx:
            np.add.at(S, np.array(idx, dtype=np.intp), self.W[brows])
        B, N = len(seqs), max(lens)
        out = np.zeros((B, N, S.shape[1]))
        out[np.repeat(np.arange(B), lens), pos] = S
        return out, lens

def decode_scores(S: np.ndarray, lens_l: list[int], T: np.ndarray, marginals: bool = True,
                  ET: np.ndarray | None = None, ETt: np.ndarray | None = None):
    """Viterbi labels (and marginals) of a padded batch of state scores S (B, N, L) of sequences
    of lengths ``lens_l`` under transition scores T (L, L); shared by the CRF and the neural tagger
    (rasd.entities.neural). Returns, per sequence, (label indices, marginal of each chosen label
    or None)."""
    B, N, L = S.shape
    # time-major (N, B, L): each step reads and writes one contiguous block
    St = np.ascontiguousarray(S.transpose(1, 0, 2))
    ends: dict[int, list[int]] = {}  # position -> the sequences that end there
    for b, n in enumerate(lens_l):
        ends.setdefault(n - 1, []).append(b)
    # Viterbi (past a sequence's end its rows run on over zeros and are not read)
    delta = St[0].copy()
    last = [0] * B
    e = ends.get(0)
    if e:
        for b, y in zip(e, delta[e].argmax(1).tolist()):
            last[b] = y
    # bp[t - 1]: the best previous label of each label at step t, (B, L), written in place
    bp = np.empty((max(N - 1, 0), B, L), dtype=np.intp)
    Tt = np.ascontiguousarray(T.T)
    cand = np.empty((B, L, L))  # [b, label, previous label]
    flat = cand.reshape(B * L, L)
    rows = np.arange(B * L)
    add = np.add
    for t in range(1, N):
        add(delta[:, None, :], Tt, out=cand)
        best = cand.argmax(2, out=bp[t - 1])
        # the best scores picked by index: the same values as cand.max(2), a faster call
        delta = flat[rows, best.ravel()].reshape(B, L)
        delta += St[t]
        e = ends.get(t)
        if e:
            for b, y in zip(e, delta[e].argmax(1).tolist()):
                last[b] = y
    bp = bp.transpose(1, 0, 2)  # (B, N - 1, L)
    paths = []
    for b, n in enumerate(lens_l):
        y = [0] * n
        y[n - 1] = last[b]
        bpb = bp[b, :n - 1].tolist()
        for t in range(n - 1, 0, -1):
            y[t - 1] = bpb[t - 1][y[t]]
        paths.append(y)
    if not marginals:
        return [(y, None) for y in paths]
    # forward-backward on exp scores, rescaled every RESCALE steps (the marginals are
    # normalised at the end, so the scale of each position cancels out)
    E = np.exp(St - St.max(2, keepdims=True))
    if ET is None:
        ET = np.exp(T)
    if ETt is None:
        ETt = np.ascontiguousarray(ET.T)
    # np.dot of two 2-D float arrays is the same BLAS product as np.matmul (bit for bit: checked
    # on 1..600 rows), with less call overhead; these loops make ~4 such calls per token position
    dot, mul = np.dot, np.multiply
    alpha = np.empty((N, B, L))
    a = alpha[0]
    a[...] = E[0]
    for t in range(1, N):
        a = dot(a, ET, out=alpha[t])
        a *= E[t]
        if t % RESCALE == 0:
            a /= a.sum(1, keepdims=True)
    beta = np.empty((N, B, L))
    bt = beta[N - 1]
    bt[...] = 1.0
    tmp = np.empty((B, L))
    for t in range(N - 2, -1, -1):
        mul(E[t + 1], bt, out=tmp)
        bt = dot(tmp, ETt, out=beta[t])
        if t % RESCALE == 0:
            bt /= bt.sum(1, keepdims=True)
        e = ends.get(t)
        if e:
            bt[e] = 1.0
    m = alpha
    m *= beta
    m /= m.sum(2, keepdims=True)
    # the marginal of each chosen label, all sequences in one gather
    ts = [t for n in lens_l for t in range(n)]
    bs = [b for b, n in enumerate(lens_l) for _ in range(n)]
    got = m[ts, bs, [y for p in paths for y in p]].tolist()
    out = []
    k = 0
    for y in paths:
        out.append((y, got[k:k + len(y)]))
        k += len(y)
    return out
