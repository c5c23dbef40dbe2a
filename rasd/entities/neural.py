"""Neural NER tagger run in NumPy: a BiLSTM-CRF over word vectors, a character CNN and the CRF
tagger's discrete word cues (trained with PyTorch by rasd.train.ner_neural; PyTorch is not needed
here).

Each token is described by (``token_inputs``, shared with the trainer):
- two SaudiNewsNet PPMI-SVD word vectors (rasd.train.clusters.svd_vectors): of the normalised
  word and of its form without conjunction/preposition proclitics (article kept), zero for words
  outside the shipped table;
- a character CNN over the token's letters (affixes of names, nisbas, foreign spellings);
- the sum of learnt embeddings of the CRF's own word features (rasd.entities.ner_features:
  word, stem, clitics, affixes, shape, frequency classes, clusters, gazetteer classes), without
  the self-training lexicon (it was built by CRFs that saw the training words).
A bidirectional LSTM reads the sentence, a linear layer gives label scores, and a linear-chain
CRF (with start and end scores) decodes them (rasd.entities.crf_decode.decode_scores).

Inference batches all sentences of a document: everything that depends on one word only (its
input vector and both LSTM directions' input projections) is computed once per distinct word and
cached; each time step is then one (sentences x hidden) matrix product per direction.

The model file (resources/ner/ner_neural.npz) holds the arrays named in ``ARRAYS``: the label,
cue, character and word-vector vocabularies and the float16 weights; ``ner_neural.npz.json``
next to it holds its checksum and the settings it was trained with (whether it reads the CRF's
cues, the word-vector table's size, the characters read, the data files the cues come from;
``Network.settings``), checked when it is loaded (rasd.entities.model_meta).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Mapping

import numpy as np

from ..errors import ModelError
from ..text.normalize import normalize
from ..text.tokens import split_clitics
from .clusters import FILE as CLUSTERS
from .crf_decode import ScoreDecoder
from .model_meta import check_settings, read_model
from .ner_features import CACHE_WORDS, FEATURES_VERSION, GAZETTEER, NerFeatures, token_shape

FILE = "ner_neural.npz"
REBUILD = "rasd train ner-neural (or: python -m rasd.train.ner_neural; needs the train extra, PyTorch)"
# The shipped networks (files of resources/ner), file -> the seed it was trained with (initial
# weights, batch order, dropout); the neural and ensemble taggers average the networks' scores
# (NetworkAverage). One network: a second seed (ner_neural_2.npz, seed 8; chosen on the dev part)
# gained 0.06 point of test F1 for the ensemble (0.7352 -> 0.7358; +1.1 for the network alone)
# for 11 MB more and 1.7 times the ensemble's tagging time (docs/ner.md, "Several networks").
NETWORKS: Mapping[str, int] = {FILE: 7}


def rebuild_command(name: str, networks: Mapping[str, int] = NETWORKS) -> str:
    """How to rebuild the shipped network file ``name`` (one of ``networks``: with its own seed)."""
    seed = networks.get(name)
    if seed is None or name == FILE:
        return REBUILD
    return (f"python -m rasd.train.ner_neural --seed {seed} --out rasd/resources/ner/{name} "
            f"(needs the train extra, PyTorch)")


# Characters of a token seen by the character CNN: the first MAX_CHARS (Arabic news words are
# rarely longer; the end of a longer token still shows in the CRF's suffix cues).
MAX_CHARS = 16
ARRAYS = ("labels", "cues", "chars", "vec_words", "vec", "cue_emb", "char_emb", "conv_w", "conv_b",
          "wih_f", "whh_f", "b_f", "wih_b", "whh_b", "b_b", "out_w", "out_b", "trans", "start", "end")


def skipped_cue(cue: str) -> bool:
    """CRF features the network does not use: the self-training lexicon (see above) and "b", the
    CRF's bias feature (the network has biases of its own)."""
    return cue == "b" or cue.startswith("sv=")


def token_inputs(tok: str, features: NerFeatures) -> tuple[str, str, tuple[str, ...], str]:
    """(normalised word, its form without conjunction/preposition, cue feature strings (all the
    CRF's own features, by ``features``: the skipped_cue ones are not in the model's vocabulary),
    the characters the CNN reads) of one token."""
    n = normalize(tok)
    cues, _ = features.word_features(tok)  # skipped_cue ones: not in the cue vocabulary
    name = n
    if token_shape(tok) == "ar":
        parts = split_clitics(tok)
        pre = [r for _, _, r in parts if r not in ("stem", "pron")]
        stem = normalize("".join(tok[a:b] for a, b, r in parts if r == "stem"))
        name = ("ال" if "art" in pre else "") + stem
    return n, name, cues, n[:MAX_CHARS]


class Network:
    """The weights of one network file, in the form the decoder runs them (read once per file and
    shared by the decoders of that file; each keeps its own per-word memo)."""

    def __init__(self, path: Path, data: bytes, rebuild: str = REBUILD):
        """``data``: the bytes of the file ``path``; a ModelError names it and ``rebuild`` when
        they are not a network file."""
        self.path = Path(path)
        try:
            z = np.load(io.BytesIO(data), allow_pickle=False)
            arr = {k: z[k] for k in ARRAYS}
        except (ValueError, KeyError, OSError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelError(f"neural NER model file {self.path} cannot be read ({exc}); rebuild it with {rebuild}") from None
        self.labels = [str(x) for x in arr["labels"]]
        allowed = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC", "MISC")}
        if not self.labels or not set(self.labels) <= allowed:
            raise ModelError(f"neural NER model file {self.path} has unexpected labels {self.labels}; rebuild it with {rebuild}")
        f = {k: v.astype(np.float32) for k, v in arr.items() if v.dtype.kind == "f"}
        # id 0 of each vocabulary is "none/unknown" (a zero row)
        self.cue_id = {c: i + 1 for i, c in enumerate(str(arr["cues"]).split("\n")) if c}
        self.char_id = {c: i + 2 for i, c in enumerate(str(arr["chars"]))}  # 0 pad, 1 unknown
        self.vec_id = {w: i + 1 for i, w in enumerate(str(arr["vec_words"]).split("\n")) if w}
        self.vec_words, self.vec_dim = f["vec"].shape
        self.vec = np.vstack([np.zeros((1, f["vec"].shape[1]), np.float32), f["vec"]])
        self.cue_emb0 = np.vstack([np.zeros((1, f["cue_emb"].shape[1]), np.float32), f["cue_emb"]])  # row 0: none
        self.char_emb = f["char_emb"]
        self.conv_w, self.conv_b = f["conv_w"], f["conv_b"]  # (F, char_dim, width), (F,)
        self.H = H = f["whh_f"].shape[1]
        # Both LSTM directions run in one loop, as one (B, 2H) state [forward ; backward] with
        # gate columns [i_f i_b | f_f f_b | o_f o_b | g_f g_b] (PyTorch's rows are i, f, g, o per
        # direction); the i, f, o weights are halved so that sigmoid(x) = (tanh(x/2) + 1) / 2
        # comes from one tanh over all gates. A word's (8H) input projection row is cached.
        self.wih = np.zeros((f["wih_f"].shape[1], 8 * H), np.float32)
        self.bih = np.zeros(8 * H, np.float32)
        self.whh = np.zeros((2 * H, 8 * H), np.float32)
        self.fwd_cols = np.zeros(8 * H, np.float32)
        for d, (wih, whh, b) in enumerate(((f["wih_f"], f["whh_f"], f["b_f"]), (f["wih_b"], f["whh_b"], f["b_b"]))):
            for torch_block, new_block in ((0, 0), (1, 2), (2, 6), (3, 4)):  # i, f, g, o
                scale = 1.0 if torch_block == 2 else 0.5
                rows = slice(torch_block * H, (torch_block + 1) * H)
                cols = slice((new_block + d) * H, (new_block + d + 1) * H)
                self.wih[:, cols] = wih[rows].T * scale
                self.bih[cols] = b[rows] * scale
                self.whh[d * H:(d + 1) * H, cols] = whh[rows].T * scale
                if d == 0:
                    self.fwd_cols[cols] = 1.0
        self.out_w, self.out_b = f["out_w"].T.copy(), f["out_b"]
        self.T = f["trans"].astype(np.float64)
        self.start, self.end = f["start"].astype(np.float64), f["end"].astype(np.float64)
        self.ET = np.exp(self.T)
        self.ETt = np.ascontiguousarray(self.ET.T)

    def settings(self, features: NerFeatures) -> dict:
        """What the network's side file records of its inputs: the CRF feature-set version and
        whether it reads the CRF's cues (then the checksums of the data files the cues come from),
        the size of its word-vector table and the characters the CNN reads."""
        out = {"features": FEATURES_VERSION, "cues": bool(self.cue_id), "vec_words": self.vec_words,
               "vec_dim": self.vec_dim, "max_chars": MAX_CHARS}
        if self.cue_id:
            out.update(features.data_settings((CLUSTERS, GAZETTEER)))
        return out


def load_network(path: str | Path, features: NerFeatures, rebuild: str = REBUILD) -> Network:
    """The network of file ``path``, checked against its side file: its checksum and the settings
    it was trained with (ModelError naming the file and ``rebuild`` otherwise)."""
    data, record = read_model(Path(path), "neural NER model", rebuild)
    net = Network(Path(path), data, rebuild)
    check_settings(record, net.settings(features), path, "neural NER model", rebuild)
    return net


class NeuralDecoder(ScoreDecoder):
    """Label scores and CRF decoding of a padded batch of sentences (``decode`` as CrfDecoder's)
    with one ``Network`` and the cue features of ``features``; remembers the input projections
    of up to ``CACHE_WORDS`` words, then starts again."""

    def __init__(self, net: Network, features: NerFeatures):
        self.net = net
        self.features = features
        self.path = net.path
        self.labels = net.labels
        self.T, self.ET, self.ETt = net.T, net.ET, net.ETt
        self._proj: dict[str, np.ndarray] = {}  # token -> (8H,) input projections

    @classmethod
    def from_file(cls, path: str | Path, features: NerFeatures, rebuild: str = REBUILD) -> "NeuralDecoder":
        """A decoder of the network file ``path`` (checked as ``load_network`` does)."""
        return cls(load_network(path, features, rebuild), features)

    def word_vectors(self, tokens: list[str]) -> np.ndarray:
        """The network's input vector of each token (M, D): word vectors, char CNN, cue sum."""
        net = self.net
        M = len(tokens)
        ins = [token_inputs(t, self.features) for t in tokens]
        vid = np.array([[net.vec_id.get(n, 0), net.vec_id.get(s, 0)] for n, s, _, _ in ins], dtype=np.intp)
        wv = net.vec[vid].reshape(M, -1)
        # cue sum: one gather over all cues of all tokens, summed per token by reduceat; each
        # token's run starts with the zero row 0, so that a token without known cues sums to 0
        get = net.cue_id.get
        ids: list[int] = []
        starts = []
        for _, _, cues, _ in ins:
            starts.append(len(ids))
            ids.append(0)
            ids += [i for c in cues if (i := get(c))]
        cue = np.add.reduceat(net.cue_emb0[np.array(ids, dtype=np.intp)], np.array(starts, dtype=np.intp), axis=0)
        # char CNN: width-w convolution with zero padding, max over the token's characters
        F, C, W = net.conv_w.shape
        ch = np.zeros((M, MAX_CHARS), dtype=np.intp)
        lens = np.zeros(M, dtype=np.intp)
        for k, (_, _, _, chars) in enumerate(ins):
            ch[k, :len(chars)] = [net.char_id.get(c, 1) for c in chars]
            lens[k] = max(1, len(chars))
        E = np.vstack([np.zeros((1, C), np.float32), net.char_emb])[ch]  # row 0: padding
        pad = W // 2
        Ep = np.zeros((M, MAX_CHARS + 2 * pad, C), np.float32)
        Ep[:, pad:pad + MAX_CHARS] = E
        conv = np.broadcast_to(net.conv_b, (M, MAX_CHARS, F)).copy()
        for j in range(W):
            conv += Ep[:, j:j + MAX_CHARS] @ net.conv_w[:, :, j].T
        conv[np.arange(MAX_CHARS)[None, :] >= lens[:, None]] = -1e4
        chv = np.tanh(conv.max(1))
        return np.concatenate([wv, chv, cue], axis=1)

    def _project(self, tokens: list[str]) -> None:
        new = [t for t in dict.fromkeys(tokens) if t not in self._proj]
        if not new:
            return
        if len(self._proj) + len(new) > CACHE_WORDS:
            self._proj.clear()
            new = list(dict.fromkeys(tokens))
        P = self.word_vectors(new) @ self.net.wih + self.net.bih
        for t, row in zip(new, P):
            self._proj[t] = row

    def scores(self, seqs) -> tuple[np.ndarray, list[int]]:
        """Label scores (B, N, L), zero-padded, with CRF start/end scores folded in, and lengths."""
        net = self.net
        flat = [t for s in seqs for t in s]
        self._project(flat)
        lens = [len(s) for s in seqs]
        B, N, H = len(seqs), max(lens), net.H
        # the document's distinct words' input projections (row 0: padding), and each position's
        # row: each time step gathers its (B, 8H) rows instead of a (B, N, 8H) padded copy
        uniq = list(dict.fromkeys(flat))
        row = {t: i + 1 for i, t in enumerate(uniq)}
        U = np.zeros((len(uniq) + 1, 8 * H), np.float32)
        U[1:] = np.stack([self._proj[t] for t in uniq])
        idx = np.zeros((B, N), np.intp)
        ridx = np.zeros((B, N), np.intp)  # backward direction: each sequence reversed
        for b, s in enumerate(seqs):
            ids = [row[t] for t in s]
            idx[b, :len(s)] = ids
            ridx[b, :len(s)] = ids[::-1]
        out = self._run(U * net.fwd_cols, U * (1.0 - net.fwd_cols), idx, ridx, np.array(lens, np.intp))
        hb = np.zeros((B, N, H), np.float32)
        for b, n in enumerate(lens):
            hb[b, :n] = out[b, n - 1::-1, H:]
        S = (out[:, :, :H] @ net.out_w[:H] + hb @ net.out_w[H:] + net.out_b).astype(np.float64)
        mask = np.arange(N)[None, :] < np.array(lens)[:, None]
        S[~mask] = 0.0
        S[:, 0] += net.start
        S[np.arange(B), np.array(lens) - 1] += net.end
        return S, lens

    def _run(self, Uf: np.ndarray, Ub: np.ndarray, idx: np.ndarray, ridx: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Both LSTM directions over a padded batch: ``Uf``/``Ub`` the words' input projections
        (forward / backward gate columns), ``idx``/``ridx`` (B, N) each position's row, in order
        and reversed. Returns (B, N, 2H): the forward state at t, the backward state at n-1-t."""
        B, N = idx.shape
        H = self.net.H
        whh = self.net.whh
        # Sequences are run longest first, and at step t only the b sequences longer than t are
        # computed (a packed batch): an article's one 200-word sentence no longer makes its twenty
        # short ones run 200 steps. Each active sequence's arithmetic is the same as padded.
        order = np.argsort(-lens, kind="stable")
        idx, ridx, lens = idx[order], ridx[order], lens[order]
        active = np.searchsorted(-lens, -np.arange(N), side="left")  # sequences longer than t
        h = np.zeros((B, 2 * H), np.float32)
        c = np.zeros((B, 2 * H), np.float32)
        out = np.zeros((B, N, 2 * H), np.float32)
        for t in range(N):
            b = int(active[t])
            g = Uf[idx[:b, t]]
            g += Ub[ridx[:b, t]]
            g += h[:b] @ whh
            np.tanh(g, out=g)
            sig = g[:, :6 * H]
            sig *= 0.5
            sig += 0.5
            cb = c[:b]
            cb *= g[:, 2 * H:4 * H]
            cb += g[:, :2 * H] * g[:, 6 * H:]
            hb = g[:, 4 * H:6 * H] * np.tanh(cb)
            h[:b] = hb
            out[:b, t] = hb
        back = np.empty_like(order)
        back[order] = np.arange(B)
        return out[back]


class NetworkAverage(ScoreDecoder):
    """Several neural taggers (the same network trained with different seeds) decoded as one CRF:
    the mean of their label scores and of their transition scores (a normalised product of their
    distributions, as EnsembleDecoder mixes the CRF and a network); ``decode`` as NeuralDecoder's,
    in the first network's label order."""

    def __init__(self, nets: list[NeuralDecoder]):
        if not nets:
            raise ValueError("no neural model to average")
        self.nets = list(nets)
        self.path = self.nets[0].path
        self.labels = list(self.nets[0].labels)
        self.perms = []
        for net in self.nets:
            if set(net.labels) != set(self.labels):
                raise ValueError(f"label sets differ: {sorted(self.labels)} ({self.path}) vs "
                                 f"{sorted(net.labels)} ({net.path})")
            self.perms.append(np.array([net.labels.index(y) for y in self.labels]))
        k = len(self.nets)
        self.T = sum(net.T[np.ix_(p, p)] for net, p in zip(self.nets, self.perms)) / k
        self.ET = np.exp(self.T)
        self.ETt = np.ascontiguousarray(self.ET.T)

    def scores(self, seqs) -> tuple[np.ndarray, list[int]]:
        S, lens = self.nets[0].scores(seqs)
        S = S[:, :, self.perms[0]]
        for net, p in zip(self.nets[1:], self.perms[1:]):
            S += net.scores(seqs)[0][:, :, p]
        S /= len(self.nets)
        return S, lens


def average(decoders: list[NeuralDecoder]) -> NeuralDecoder | NetworkAverage:
    """One network's decoder, or several networks' NetworkAverage (ModelError naming the files
    when they do not fit together)."""
    if len(decoders) == 1:
        return decoders[0]
    try:
        return NetworkAverage(decoders)
    except ValueError as exc:
        raise ModelError(f"neural NER models {', '.join(str(d.path) for d in decoders)} do not fit together "
                         f"({exc})") from None


class EnsembleDecoder(ScoreDecoder):
    """The CRF and the neural tagger decoded as one CRF: their label scores and transition scores
    are mixed with weights ``weight`` (CRF) and 1 - ``weight`` (neural), a product of the two
    models' distributions; ``decode`` as CrfDecoder's, in the CRF's label order."""

    def __init__(self, crf, net: "NeuralDecoder | NetworkAverage", weight: float):
        self.crf, self.net, self.w = crf, net, weight
        self.labels = list(crf.labels)
        if set(self.labels) != set(net.labels):
            raise ValueError(f"label sets differ: {sorted(self.labels)} vs {sorted(net.labels)}")
        self.perm = np.array([net.labels.index(y) for y in self.labels])
        self.T = weight * crf.T + (1 - weight) * net.T[np.ix_(self.perm, self.perm)]
        self.ET = np.exp(self.T)
        self.ETt = np.ascontiguousarray(self.ET.T)

    def scores(self, seqs) -> tuple[np.ndarray, list[int]]:
        """The mixed label scores (B, N, L) and lengths (as NeuralDecoder.scores)."""
        S1, lens = self.crf.scores(seqs)
        S2, _ = self.net.scores(seqs)
        return self.w * S1 + (1 - self.w) * S2[:, :, self.perm], lens
