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

import numpy as np

from . import ner_features as nf


# Forward-backward rescales its vectors every this many positions: exp scores are at most 1 (each
# position's scores minus their maximum) and a step multiplies by at most 9 * e^|transition|,
# so four steps stay far from overflow, and the labels that matter far from underflow.
RESCALE = 4


class CrfDecoder:
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
        self.ctxmap = {f: tuple(v) for f, v in ctxmap.items()}
        zero = np.zeros(L)
        self.bos = W[attrs[nf._BOS[0]]] if nf._BOS[0] in attrs else zero
        self.eos = W[attrs[nf._EOS[0]]] if nf._EOS[0] in attrs else zero
        self._gen = nf.generation()
        self._vecs: dict[str, np.ndarray] = {}  # token -> _vectors row; emptied past CACHE_WORDS

    def _vectors(self, tokens) -> None:
        """Cache, for each token not seen yet, a (5, L) array: the word's own label scores, then
        what it lends its neighbours at offsets -2, -1, +1, +2 (all new words in one gather)."""
        if nf.generation() != self._gen:
            self._vecs.clear()
            self._gen = nf.generation()
        vecs = self._vecs
        new = [t for t in dict.fromkeys(tokens) if t not in vecs]
        if not new:
            return
        if len(vecs) + len(new) > nf.CACHE_WORDS:
            vecs.clear()
            new = list(dict.fromkeys(tokens))
        get, cget = self.attrs.get, self.ctxmap.get
        own_ids: list[int] = []
        own_seg: list[int] = []
        ctx_ids: list[tuple[int, ...]] = []
        ctx_seg: list[int] = []
        for w, tok in enumerate(new):
            own, ctx = nf.word_features(tok)
            g = [i for f in own if (i := get(f)) is not None]
            own_ids += g
            own_seg += [w] * len(g)
            c = [i for f in ctx if (i := cget(f)) is not None]
            ctx_ids += c
            ctx_seg += [w] * len(c)
        W = self.W
        out = np.zeros((len(new), 5, W.shape[1]))
        np.add.at(out[:, 0], np.array(own_seg, dtype=np.intp), W[np.array(own_ids, dtype=np.intp)])
        if ctx_ids:
            seg = np.array(ctx_seg, dtype=np.intp)
            cid = np.array(ctx_ids, dtype=np.intp)
            for k in range(1, 5):
                np.add.at(out[:, k], seg, W[cid[:, k - 1]])
        for w, tok in enumerate(new):
            vecs[tok] = out[w]

    def scores(self, seqs) -> tuple[np.ndarray, list[int]]:
        """State scores of the sequences, (B, N, L) padded with zeros, and their lengths: the
        sum of the weights of each token's features (as rasd.entities.ner_features builds them)."""
        flat = [t for s in seqs for t in s]
        self._vectors(flat)
        vecs = self._vecs
        A = np.stack([vecs[t] for t in flat])
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
        words = [nf.word_features(t)[1][0] for t in flat]
        attrs = self.attrs
        idx, rows = [], []
        M = len(flat)
        for k in range(M):
            w = words[k]
            a = attrs.get("b-1=" + (words[k - 1] if pos_l[k] else "^") + "|" + w)
            if a is not None:
                idx.append(k)
                rows.append(a)
            a = attrs.get("b+1=" + w + "|" + (words[k + 1] if rem_l[k] else "$"))
            if a is not None:
                idx.append(k)
                rows.append(a)
        if idx:
            np.add.at(S, np.array(idx, dtype=np.intp), self.W[rows])
        B, N = len(seqs), max(lens)
        out = np.zeros((B, N, S.shape[1]))
        out[np.repeat(np.arange(B), lens), pos] = S
        return out, lens

    def decode(self, seqs, marginals: bool = True):
        """For each token sequence: (label indices, marginal of each chosen label or None)."""
        if not seqs:
            return []
        S, lens_l = self.scores(seqs)
        return decode_scores(S, lens_l, self.T, marginals, self.ET, self.ETt)


def decode_scores(S: np.ndarray, lens_l: list[int], T: np.ndarray, marginals: bool = True,
                  ET: np.ndarray | None = None, ETt: np.ndarray | None = None):
    """Viterbi labels (and marginals) of a padded batch of state scores S (B, N, L) of sequences
    of lengths ``lens_l`` under transition scores T (L, L); shared by the CRF and the neural tagger
    (rasd.entities.neural). Returns, per sequence, (label indices, marginal of each chosen label
    or None)."""
    B, N, L = S.shape
    lens = np.array(lens_l)
    ends: dict[int, list[int]] = {}  # position -> the sequences that end there
    for b, n in enumerate(lens.tolist()):
        ends.setdefault(n - 1, []).append(b)
    # Viterbi (past a sequence's end its rows run on over zeros and are not read)
    delta = S[:, 0].copy()
    last = [0] * B
    for b in ends.get(0, ()):
        last[b] = int(delta[b].argmax())
    bp = np.zeros((B, N, L), dtype=np.intp)
    for t in range(1, N):
        cand = delta[:, :, None] + T
        bp[:, t] = cand.argmax(1)
        delta = cand.max(1)
        delta += S[:, t]
        for b in ends.get(t, ()):
            last[b] = int(delta[b].argmax())
    paths = []
    for b in range(B):
        n = int(lens[b])
        y = [0] * n
        y[n - 1] = last[b]
        bpb = bp[b, :n].tolist()
        for t in range(n - 1, 0, -1):
            y[t - 1] = bpb[t][y[t]]
        paths.append(y)
    if not marginals:
        return [(y, None) for y in paths]
    # forward-backward on exp scores, rescaled every RESCALE steps (the marginals are
    # normalised at the end, so the scale of each position cancels out)
    E = np.exp(S - S.max(2, keepdims=True))
    if ET is None:
        ET = np.exp(T)
    if ETt is None:
        ETt = np.ascontiguousarray(ET.T)
    alpha = np.empty((B, N, L))
    a = E[:, 0].copy()
    alpha[:, 0] = a
    for t in range(1, N):
        a = a @ ET
        a *= E[:, t]
        if t % RESCALE == 0:
            a /= a.sum(1, keepdims=True)
        alpha[:, t] = a
    beta = np.empty((B, N, L))
    bt = np.ones((B, L))
    beta[:, N - 1] = bt
    for t in range(N - 2, -1, -1):
        bt = (E[:, t + 1] * bt) @ ETt
        if t % RESCALE == 0:
            bt /= bt.sum(1, keepdims=True)
        e = ends.get(t)
        if e:
            bt[e] = 1.0
        beta[:, t] = bt
    m = alpha * beta
    m /= m.sum(2, keepdims=True)
    out = []
    for b, y in enumerate(paths):
        n = len(y)
        out.append((y, m[b, np.arange(n), y].tolist()))
    return out
