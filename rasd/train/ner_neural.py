"""Train the neural NER tagger (rasd/resources/ner/ner_neural.npz) from the ANERcorp CAMeL Lab
train split; needs PyTorch (``pip install -e .[train]``), which tagging does not.

    python -m rasd.train.ner_neural [--train PATH] [--dev-fraction 0.1] [--epochs 30] [--out PATH] [--seed N]

Steps (single-threaded, seeded: a rebuild gives the same model; about 15 minutes on one core,
twice that with --self-train):
1. Word vectors: PPMI-SVD vectors of SaudiNewsNet words (rasd.train.clusters.svd_vectors, about
   a minute); the VEC_WORDS most frequent words keep their first VEC_DIM dimensions (the largest
   singular values), stored in the model as float16. Derived statistics only, no text.
2. Hold out the last ``--dev-fraction`` of the training sentences (as rasd.train.ner does); build
   the cue and character vocabularies on the fit part.
3. Self-training (``--self-train ARTICLES``, default SELF_TRAIN_ARTICLES; 0: skip): a CRF (as
   rasd.train.ner's, without the self-training lexicon) and a network (step 4's training
   without self-training sentences), both trained on the fit part only, tag SaudiNewsNet
   articles as an ensemble; the sentences they tag confidently (rasd.train.ner_selftrain) join
   the training data of steps 4 and 5 with loss weight SELF_TRAIN_WEIGHT. They stay in memory:
   no SaudiNewsNet text is written.
4. Train the BiLSTM-CRF (rasd.entities.neural describes it) with Adam on the fit part, scoring
   the dev part after each epoch with the NumPy tagger itself; keep the epoch that scores best.
5. Unless ``--no-final``: train again on all training sentences for that many epochs and write
   the model and its checksum file.
The test split is never read here (``python -m rasd.eval.ner --kind neural`` scores it).
``--dev-fraction 0 --epochs N --self-train-crf C --self-train-net F`` runs step 5 alone: with C
and F built as step 3 builds them (F: the output of ``--self-train 0 --no-final``), it writes the
model a full run writes when its dev part chose N epochs.

Several networks: the taggers average the scores of the files in rasd.entities.neural.NETWORKS
(file -> seed; now only ner_neural.npz, seed 7). Another file is the same network with another
``--seed`` (about 15 minutes on one core), e.g.

    python -m rasd.train.ner_neural --seed 8 --out rasd/resources/ner/ner_neural_2.npz

``--no-cues`` trains a variation without the CRF's word cues (word vectors and characters only).
To choose the number of networks and the ensemble weight on the dev part, keep each run's
fit-part network (``--no-final --out`` or ``--dev-out``) and score their mixes there
(``python -m rasd.eval.ner --dev-part --kind ensemble --model FIT_CRF --ensemble-with A.npz
--ensemble-with B.npz --weight W``; docs/ner.md, "Several networks").
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import io  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from ..entities import neural  # noqa: E402
from ..entities.ner_features import NerFeatures  # noqa: E402
from ..resources import ROOT as RESOURCES, Resources  # noqa: E402
from ..eval.ner import DEV_FRACTION, evaluate_conll, format_table, read_conll, split_dev  # noqa: E402
from . import command_line  # noqa: E402
from .ner import TRAIN  # noqa: E402

MODEL = RESOURCES / "ner" / neural.FILE

# The default seed: the first shipped network's (the others': rasd.entities.neural.NETWORKS).
SEED = 7
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# Shipped word vectors: 50,000 words (seen about 12 times or more in SaudiNewsNet) x 64
# dimensions in float16 is 6.4 MB, within the model's size budget; rarer words still have their
# char-CNN and cue inputs. The whole table (--vec-words 100000 --vec-dim 100, a 23 MB model)
# scored better on the dev part (ensemble 0.7683 vs 0.7573, network alone 0.7473 vs 0.7264) but
# not on the test split (ensemble 0.7300 vs 0.7352), so it is not shipped (docs/ner.md, "Larger
# word vectors and self-training").
VEC_WORDS = 50_000
VEC_DIM = 64
# Cues and characters seen fewer times than this in the fit part are noise (as the CRF's
# feature.minfreq).
MIN_FREQ = 2
# Network sizes: the usual small BiLSTM-CRF for a corpus of ~100k tokens.
CUE_DIM = 64
CHAR_DIM = 24
CHAR_FILTERS = 50
CHAR_WIDTH = 3
HIDDEN = 100
DROPOUT = 0.5
# Word-identity cues (w=, s=) of a training token are hidden with this probability, so that the
# network learns to tag from context and word shape, as it must for words unseen in training.
IDENTITY_DROP = 0.25
IDENTITY = ("w=", "s=")
# Adam on mini-batches of 16 sentences at 2e-3: the dev F1 still rose at epoch 28 of 30 on the
# fit part (0.7326), so 30 is the most epochs tried; the dev part picks the epoch.
BATCH = 16
LR = 2e-3
EPOCHS = 30
# Self-training (rasd.train.ner_selftrain; tried, off by default): SaudiNewsNet articles whose
# confidently tagged sentences join the training data (``--self-train 1000``: about 1,700
# sentences, 47k tokens, under half the gold fit part, so gold still dominates), and the loss
# weight of such a sentence (a gold one: 1; half, as its labels are a model's guesses). Two runs
# on the dev part moved the ensemble by +0.8 and -0.04 points (within the noise of one run) for
# twice the training time, so the shipped network is trained without (docs/ner.md, "Larger
# word vectors and self-training").
SELF_TRAIN_ARTICLES = 0
SELF_TRAIN_WEIGHT = 0.5


def _vectors(cache: str | None = None, log=print, n_words: int = VEC_WORDS,
             dim: int = VEC_DIM) -> tuple[list[str], np.ndarray]:
    """The shipped word-vector table: the ``n_words`` most frequent words' first ``dim``
    dimensions; ``cache``: an .npz to reuse between runs (not shipped; it keeps the table it was
    made with, so a later run can take fewer words or dimensions from it, not more)."""
    from .clusters import svd_vectors

    if cache and Path(cache).is_file():
        z = np.load(cache)
        words, vec = str(z["words"]).split("\n"), z["vec"]
        if len(words) < n_words or vec.shape[1] < dim:
            raise SystemExit(f"error: --vectors-cache {cache} holds {len(words):,} x {vec.shape[1]} vectors, "
                             f"fewer than the {n_words:,} x {dim} asked for: delete it or pass another file")
        return words[:n_words], vec[:n_words, :dim]
    vocab, X = svd_vectors(log=log)
    if n_words > len(vocab) or dim > X.shape[1]:
        raise SystemExit(f"error: the word vectors have {len(vocab):,} words x {X.shape[1]} dimensions "
                         f"(rasd.train.clusters.VOCAB, DIM); {n_words:,} x {dim} asked for")
    if cache:  # the whole table, so that runs with other --vec-words / --vec-dim can share it
        np.savez(cache, words=np.array("\n".join(vocab)), vec=X.astype(np.float16))
    return vocab[:n_words], X[:n_words, :dim].astype(np.float16)


class Vocab:
    """Cue and character vocabularies (fit part) and each token's input ids."""

    def __init__(self, sents, vec_words: list[str], use_cues: bool = True, features: NerFeatures | None = None):
        """``use_cues`` False: no CRF word cues at all (a network of word vectors and characters only);
        ``features``: the CRF features the cues are (default: those of the shipped data)."""
        self.features = features or NerFeatures(Resources.default())
        cue_n: Counter = Counter()
        char_n: Counter = Counter()
        for toks, _ in sents:
            for t in toks:
                _, _, cues, chars = neural.token_inputs(t, self.features)
                cue_n.update(cues)
                char_n.update(chars)
        self.cues = sorted(c for c, n in cue_n.items() if n >= MIN_FREQ and not neural.skipped_cue(c)) if use_cues else []
        self.chars = "".join(sorted(c for c, n in char_n.items() if n >= MIN_FREQ and c != "\n"))
        self.cue_id = {c: i + 1 for i, c in enumerate(self.cues)}
        self.char_id = {c: i + 2 for i, c in enumerate(self.chars)}
        self.vec_words = vec_words
        self.vec_id = {w: i + 1 for i, w in enumerate(vec_words)}
        self._memo: dict = {}

    def token(self, t: str):
        """(vector ids, identity cue ids, other cue ids, char ids) of a token."""
        r = self._memo.get(t)
        if r is None:
            n, s, cues, chars = neural.token_inputs(t, self.features)
            ident = [self.cue_id[c] for c in cues if c in self.cue_id and c.startswith(IDENTITY)]
            other = [self.cue_id[c] for c in cues if c in self.cue_id and not c.startswith(IDENTITY)]
            ch = [self.char_id.get(c, 1) for c in chars] or [1]
            r = ([self.vec_id.get(n, 0), self.vec_id.get(s, 0)], ident, other, ch)
            self._memo[t] = r
        return r


def build_model(vocab: Vocab, vec: np.ndarray):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            L = len(LABELS)
            self.vec = nn.Embedding.from_pretrained(
                torch.cat([torch.zeros(1, vec.shape[1]), torch.tensor(vec.astype(np.float32))]), freeze=True)
            self.cue = nn.EmbeddingBag(len(vocab.cues) + 1, CUE_DIM, mode="sum", padding_idx=0)
            self.char = nn.Embedding(len(vocab.chars) + 2, CHAR_DIM, padding_idx=0)
            self.conv = nn.Conv1d(CHAR_DIM, CHAR_FILTERS, CHAR_WIDTH, padding=CHAR_WIDTH // 2)
            din = 2 * vec.shape[1] + CHAR_FILTERS + CUE_DIM
            self.lstm = nn.LSTM(din, HIDDEN, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * HIDDEN, L)
            self.drop = nn.Dropout(DROPOUT)
            self.trans = nn.Parameter(torch.zeros(L, L))
            self.start = nn.Parameter(torch.zeros(L))
            self.end = nn.Parameter(torch.zeros(L))

        def emissions(self, b):
            vid, cue_flat, cue_off, ch, chlen, lens = b
            M = vid.shape[0]
            wv = self.vec(vid).reshape(M, -1)
            cue = self.cue(cue_flat, cue_off)
            e = self.char(ch).transpose(1, 2)  # (M, C, K)
            conv = self.conv(e)  # (M, F, K)
            K = ch.shape[1]
            pad = torch.arange(K)[None, :] >= chlen[:, None]
            conv = conv.masked_fill(pad[:, None, :], -1e4)
            chv = torch.tanh(conv.max(2).values)
            x = self.drop(torch.cat([wv, chv, cue], 1))
            # scatter the flat tokens into a padded (B, N, D) batch
            B, N = len(lens), int(max(lens))
            X = x.new_zeros(B, N, x.shape[1])
            bi = torch.repeat_interleave(torch.arange(B), torch.tensor(lens))
            pos = torch.cat([torch.arange(n) for n in lens])
            X[bi, pos] = x
            packed = nn.utils.rnn.pack_padded_sequence(X, torch.tensor(lens), batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=N)
            return self.out(self.drop(h))

        def nll(self, b, tags, mask, weights=None):
            """Negative log-likelihood of the gold tags, summed over the batch's sentences
            (each times its weight when ``weights`` is given)."""
            S = self.emissions(b)
            B, N, L = S.shape
            # gold path score
            gold = self.start[tags[:, 0]] + S[:, 0].gather(1, tags[:, :1]).squeeze(1)
            for t in range(1, N):
                step = S[:, t].gather(1, tags[:, t:t + 1]).squeeze(1) + self.trans[tags[:, t - 1], tags[:, t]]
                gold = gold + step * mask[:, t]
            last = tags.gather(1, (mask.sum(1).long() - 1)[:, None]).squeeze(1)
            gold = gold + self.end[last]
            # partition function
            alpha = self.start + S[:, 0]
            for t in range(1, N):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans + S[:, t, None, :], 1)
                m = mask[:, t, None]
                alpha = nxt * m + alpha * (1 - m)
            logz = torch.logsumexp(alpha + self.end, 1)
            if weights is not None:
                return ((logz - gold) * weights).sum()
            return (logz - gold).sum()

    return Net()


def batch_tensors(vocab: Vocab, sents, rng: random.Random | None):
    """Input tensors of a batch of (tokens, tags); ``rng`` set: training (identity cue dropout)."""
    import torch

    vid, cue_flat, cue_off, chars, lens = [], [], [], [], []
    for toks, _ in sents:
        lens.append(len(toks))
        for t in toks:
            v, ident, other, ch = vocab.token(t)
            vid.append(v)
            cue_off.append(len(cue_flat))
            if rng is None or rng.random() >= IDENTITY_DROP:
                cue_flat.extend(ident)
            cue_flat.extend(other)
            chars.append(ch)
    K = neural.MAX_CHARS
    ch = torch.zeros(len(chars), K, dtype=torch.long)
    for i, c in enumerate(chars):
        ch[i, :len(c)] = torch.tensor(c)
    chlen = torch.tensor([len(c) for c in chars])
    b = (torch.tensor(vid), torch.tensor(cue_flat, dtype=torch.long), torch.tensor(cue_off), ch, chlen, lens)
    N = max(lens)
    tags = torch.zeros(len(sents), N, dtype=torch.long)
    mask = torch.zeros(len(sents), N)
    lab = {y: i for i, y in enumerate(LABELS)}
    for i, (toks, ys) in enumerate(sents):
        if ys is not None:
            tags[i, :len(ys)] = torch.tensor([lab[y] for y in ys])
        mask[i, :len(toks)] = 1
    return b, tags, mask


def export(net, vocab: Vocab, vec: np.ndarray) -> bytes:
    """The model file's bytes (float16 weights; np.savez of the arrays neural.ARRAYS names)."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    f16 = lambda a: np.asarray(a, dtype=np.float16)  # noqa: E731
    arrays = {
        "labels": np.array(LABELS),
        "cues": np.array("\n".join(vocab.cues)),
        "chars": np.array(vocab.chars),
        "vec_words": np.array("\n".join(vocab.vec_words)),
        "vec": f16(vec),
        "cue_emb": f16(sd["cue.weight"][1:]),
        "char_emb": f16(sd["char.weight"][1:]),
        "conv_w": f16(sd["conv.weight"]), "conv_b": f16(sd["conv.bias"]),
        "wih_f": f16(sd["lstm.weight_ih_l0"]), "whh_f": f16(sd["lstm.weight_hh_l0"]),
        "b_f": f16(sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"]),
        "wih_b": f16(sd["lstm.weight_ih_l0_reverse"]), "whh_b": f16(sd["lstm.weight_hh_l0_reverse"]),
        "b_b": f16(sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"]),
        "out_w": f16(sd["out.weight"]), "out_b": f16(sd["out.bias"]),
        "trans": f16(sd["trans"]), "start": f16(sd["start"]), "end": f16(sd["end"]),
    }
    assert set(arrays) == set(neural.ARRAYS)
    buf = io.BytesIO()
    np.savez_compressed(buf, **{k: arrays[k] for k in neural.ARRAYS})
    return buf.getvalue()


def write_model(data: bytes, path: Path, **info) -> None:
    """Write the model file and its side file: checksum, ``info`` and the settings of the network's
    inputs (rasd.entities.neural.Network.settings, which the taggers check)."""
    from ..entities.model_meta import meta_path, write_meta

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    write_meta(tmp, neural.Network(tmp, data).settings(NerFeatures(Resources.default())), **info)
    tmp.replace(path)
    meta_path(tmp).replace(meta_path(path))


def score_sentences(path: Path, sents) -> dict:
    dec = neural.NeuralDecoder.from_file(path, NerFeatures(Resources.default()))
    pred = []
    for i in range(0, len(sents), 50):
        part = [t for t, _ in sents[i:i + 50]]
        pred += [[dec.labels[y] for y in ys] for ys, _ in dec.decode(part, False)]
    return evaluate_conll([g for _, g in sents], pred)


def train(sents, vocab: Vocab, vec: np.ndarray, epochs: int, dev=None, tmp: Path | None = None, log=print,
          seed: int = SEED, extra=(), extra_weight: float = 1.0):
    """Train on ``sents`` (and the self-training sentences ``extra``, whose loss counts
    ``extra_weight`` times a gold sentence's); with ``dev``, score it after each epoch. Returns
    (net, best epoch, best dev F1)."""
    import torch

    weights = None
    if extra:
        weights = [1.0] * len(sents) + [extra_weight] * len(extra)
        sents = list(sents) + list(extra)

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = random.Random(seed)
    net = build_model(vocab, vec)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=LR)
    # batches of sentences of similar length (less padding), shuffled each epoch
    order = sorted(range(len(sents)), key=lambda i: (len(sents[i][0]), i))
    batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
    best = (-1.0, 0, None)
    for ep in range(1, epochs + 1):
        t0 = time.time()
        net.train()
        rng.shuffle(batches)
        total = 0.0
        for bi in batches:
            b, tags, mask = batch_tensors(vocab, [sents[i] for i in bi], rng)
            w = None if weights is None else torch.tensor([weights[i] for i in bi])
            loss = net.nll(b, tags, mask, w)
            opt.zero_grad()
            (loss / len(bi)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        net.eval()
        msg = f"epoch {ep}: loss {total / len(sents):.3f} ({time.time() - t0:.0f}s)"
        if dev:
            write_model(export(net, vocab, vec), tmp)
            f1 = score_sentences(tmp, dev)["overall"]["f1"]
            msg += f", dev F1 {f1:.4f}"
            if f1 > best[0]:
                best = (f1, ep, {k: v.clone() for k, v in net.state_dict().items()})
        log(msg)
    if dev:
        net.load_state_dict(best[2])
    return net, best[1] or epochs, best[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.train.ner_neural", description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=str(TRAIN), help="ANERcorp CAMeL Lab train split")
    ap.add_argument("--out", default=str(MODEL), help="model file to write")
    ap.add_argument("--dev-fraction", type=float, default=DEV_FRACTION, help="last part of train held out for epoch choice")
    ap.add_argument("--epochs", type=int, default=EPOCHS, help="most epochs (the dev part picks the best)")
    ap.add_argument("--vectors-cache", default=None, help="keep the word vectors in this .npz between runs")
    ap.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)  # smoke runs: first N sentences
    ap.add_argument("--dev-out", default=None,
                    help="also keep the dev-chosen model trained on the fit part (to tune the ensemble weight on dev)")
    ap.add_argument("--no-final", action="store_true", help="write the dev-chosen model trained on the fit part only")
    ap.add_argument("--seed", type=int, default=SEED,
                    help=f"random seed of the initial weights and batch order (default {SEED})")
    ap.add_argument("--no-cues", action="store_true",
                    help="a variation: no CRF word cues (word vectors and the character CNN only)")
    ap.add_argument("--vec-words", type=int, default=VEC_WORDS,
                    help=f"word vectors of this many most frequent SaudiNewsNet words (default {VEC_WORDS:,})")
    ap.add_argument("--vec-dim", type=int, default=VEC_DIM,
                    help=f"dimensions kept of each word vector (default {VEC_DIM}, at most 100)")
    ap.add_argument("--self-train", type=int, default=SELF_TRAIN_ARTICLES, metavar="ARTICLES",
                    help="also train on the confidently tagged sentences of this many SaudiNewsNet articles "
                         f"(rasd.train.ner_selftrain; default {SELF_TRAIN_ARTICLES}: none)")
    ap.add_argument("--self-train-weight", type=float, default=SELF_TRAIN_WEIGHT,
                    help=f"loss weight of a self-training sentence (a gold one: 1; default {SELF_TRAIN_WEIGHT})")
    ap.add_argument("--self-train-crf", default=None,
                    help="with --self-train: a CRF trained on the fit part without the self-training lexicon "
                         "to tag the news with (default: train one here, 1-6 minutes)")
    ap.add_argument("--self-train-net", default=None,
                    help="with --self-train: a network trained on the fit part (e.g. an earlier run's --dev-out) "
                         "to tag the news with (default: train one here first)")
    a = ap.parse_args(argv)
    return run(a.train, a.out, a.dev_fraction, a.epochs, not a.no_final, vectors_cache=a.vectors_cache, limit=a.limit,
               dev_out=a.dev_out, seed=a.seed, cues=not a.no_cues, vec_words=a.vec_words, vec_dim=a.vec_dim,
               self_train=a.self_train, self_train_weight=a.self_train_weight, self_train_crf=a.self_train_crf,
               self_train_net=a.self_train_net)


def run(train_path=str(TRAIN), out=str(MODEL), dev_fraction=DEV_FRACTION, epochs=EPOCHS, final=True, log=print,
        vectors_cache=None, limit=0, dev_out=None, seed=SEED, cues=True, vec_words=VEC_WORDS, vec_dim=VEC_DIM,
        self_train=SELF_TRAIN_ARTICLES, self_train_weight=SELF_TRAIN_WEIGHT, self_train_crf=None,
        self_train_net=None) -> int:
    # fail before the minute of word vectors, not after it
    if importlib.util.find_spec("torch") is None:
        raise SystemExit("error: training the neural tagger needs PyTorch: pip install -e '.[train]'")
    if not Path(train_path).is_file():
        raise SystemExit(f"error: no training file {train_path} (the ANERcorp CAMeL Lab train split); pass --train")
    if Path(out).suffix != ".npz":
        raise SystemExit(f"error: --out {out} must end in .npz (the neural tagger is chosen by that suffix)")
    if self_train and not dev_fraction and not (self_train_crf and self_train_net):
        raise SystemExit("error: --self-train without a dev part needs --self-train-crf and --self-train-net")
    t0 = time.time()
    words, vec = _vectors(vectors_cache, log, vec_words, vec_dim)
    log(f"word vectors: {vec.shape[0]:,} x {vec.shape[1]} in {time.time() - t0:.0f}s")
    sents = read_conll(train_path)
    if limit:
        sents = sents[:limit]
    fit, dev = split_dev(sents, dev_fraction)
    out = Path(out)
    n_ep = epochs
    # the per-epoch scratch model lives outside the package (an interrupted run leaves nothing there)
    scratch = tempfile.TemporaryDirectory(prefix="rasd-ner-neural-")
    info = {"self_train": self_train, "self_train_weight": self_train_weight} if self_train else {}
    extra: list = []
    if self_train:
        from . import ner_selftrain

        if not self_train_crf:
            from .ner import C1, C2, train_model

            self_train_crf = Path(scratch.name) / "fit.crfsuite"
            train_model([(fit, {})], self_train_crf, C1, C2, log=log)
        if not self_train_net:
            vocab = Vocab(fit, words, cues)
            log("self-training: first a network on the fit part alone")
            tmp = Path(scratch.name) / "dev.npz"
            net, n0, _ = train(fit, vocab, vec, epochs, dev, tmp, log, seed)
            self_train_net = Path(scratch.name) / "fit.npz"
            write_model(export(net, vocab, vec), self_train_net, epochs=n0, seed=seed)
        extra = ner_selftrain.sentences(self_train_crf, self_train_net, self_train, log=log)
    if dev:
        vocab = Vocab(fit, words, cues)
        log(f"fit: {len(fit)} sentences, dev: {len(dev)}; {len(vocab.cues):,} cues, {len(vocab.chars)} chars"
            + (f"; {len(extra):,} self-training sentences at weight {self_train_weight}" if extra else ""))
        tmp = Path(scratch.name) / "dev.npz"
        net, n_ep, f1 = train(fit, vocab, vec, epochs, dev, tmp, log, seed, extra, self_train_weight)
        log(f"best dev epoch {n_ep} (F1 {f1:.4f})")
        data = export(net, vocab, vec)
        write_model(data, tmp)
        log(f"dev (last {len(dev)} train sentences), sentence by sentence:\n{format_table(score_sentences(tmp, dev))}")
        for path in ([out] if not final else []) + ([Path(dev_out)] if dev_out else []):
            write_model(data, path, epochs=n_ep, dev_f1=round(f1, 4), sentences=len(fit), seed=seed, **info)
    scratch.cleanup()
    if final:
        vocab = Vocab(sents, words, cues)
        net, _, _ = train(sents, vocab, vec, n_ep, log=log, seed=seed, extra=extra, extra_weight=self_train_weight)
        write_model(export(net, vocab, vec), out, epochs=n_ep, sentences=len(sents), seed=seed, **info)
    log(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    command_line(main)
