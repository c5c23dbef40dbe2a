"""Train the sentence-level PLOVER detector (``rasd/resources/events/detector.json``).

    python -m rasd.train.event_detector [--data DIR] [--out DIR (default: .)] [--seed 0]

One logistic regression per type with labelled sentences (ASSAULT, PROTEST), numpy only, trained
on the 70% build split of the openeventdata sentences (``rasd.evaluate_events.split_of``); the 30%
held-out split is never read here. Features: ``rasd.events.triggers.sentence_features`` (words
and word pairs without clitics, lexicon triggers with position and number, word clusters, counts).

Choices made by 5-fold cross-validation on the build split only, per type: a model of its own
or one trained jointly on both files (every feature twice, shared and conjoined with the type,
so that what tells a report of a specific event from a mention carries across types), the L2
strength, and the decision threshold. The cross-validated F1 counts a sentence as detected only
when the lexicon also fires for the type, as in the stage (the detector vetoes lexicon triggers).
Seeded and deterministic: the same data gives the same file.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .plover_lexicon import _fit_lr, _predict

L2_GRID = (1e-3, 3e-3, 1e-2, 3e-2, 1e-1)
THRESHOLDS = np.arange(0.2, 0.95, 0.025)
# A feature seen in fewer sentences than this carries no reliable weight (and bloats the file).
MIN_COUNT = 2
# Weights smaller than this change no decision at 3 decimals of probability: not written.
MIN_WEIGHT = 1e-3


VERSIONS = (1, 2)  # feature sets tried (rasd.events.triggers.sentence_features)


def _rows(data: Path, version: int):
    from ..evaluate_events import load_sentences
    from ..events.stage import _heads
    from ..events.triggers import detect, sentence_features
    from ..text.tokens import tokenize

    out = {}
    for typ, rows in sorted(load_sentences(data, "dev").items()):
        recs = []
        for r in rows:
            toks = tokenize(r["text"])
            trig = detect(toks)
            gate = typ in {t.type for t in _heads(trig, toks)}
            recs.append((sentence_features(toks, trig, r["text"], version), gate, 1.0 if r["gold"] else 0.0))
        out[typ] = recs
    return out


def _design(feats: list[list[str]], min_count: int = MIN_COUNT):
    counts: dict[str, int] = {}
    for fs in feats:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    return vocab, [sorted({index[f] for f in fs if f in index}) for fs in feats]


def _expand(fs: list[str], typ: str, joint: bool) -> list[str]:
    return fs + [f"{typ}|{f}" for f in fs] + [f"type|{typ}"] if joint else fs


def _best_threshold(probs, gate, y):
    best = (0.0, 0.5)
    for th in THRESHOLDS:
        pred = (probs >= th) & gate
        tp = float((pred & (y == 1)).sum()); fp = float((pred & (y == 0)).sum()); fn = float((~pred & (y == 1)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[0] + 1e-9:
            best = (f1, float(th))
    return best


def train(data: Path, out: Path, seed: int = 0, folds: int = 5) -> Path:
    by_version = {v: _rows(data, v) for v in VERSIONS}
    types = sorted(by_version[VERSIONS[0]])
    data_rows = by_version[VERSIONS[0]]
    rng = np.random.default_rng(seed)
    fold = {t: rng.permutation(len(data_rows[t])) % folds for t in types}
    y = {t: np.array([r[2] for r in data_rows[t]]) for t in types}
    gate = {t: np.array([r[1] for r in data_rows[t]]) for t in types}
    results = {t: [] for t in types}  # (f1, joint, l2, threshold, version)
    for version, joint, l2 in [(v, j, l) for v in VERSIONS for j in (False, True) for l in L2_GRID]:
        data_rows = by_version[version]
        probs = {t: np.zeros(len(data_rows[t])) for t in types}
        for k in range(folds):
            if joint:
                tr = [(t, i) for t in types for i in range(len(data_rows[t])) if fold[t][i] != k]
                vocab, idx = _design([_expand(data_rows[t][i][0], t, True) for t, i in tr])
                w, b = _fit_lr(idx, np.array([y[t][i] for t, i in tr]), len(vocab), l2)
                pos = {f: n for n, f in enumerate(vocab)}
                for t in types:
                    te = [i for i in range(len(data_rows[t])) if fold[t][i] == k]
                    rows = [[pos[f] for f in set(_expand(data_rows[t][i][0], t, True)) if f in pos] for i in te]
                    probs[t][te] = _predict(rows, w, b)
            else:
                for t in types:
                    tr = [i for i in range(len(data_rows[t])) if fold[t][i] != k]
                    te = [i for i in range(len(data_rows[t])) if fold[t][i] == k]
                    vocab, idx = _design([data_rows[t][i][0] for i in tr])
                    w, b = _fit_lr(idx, y[t][tr], len(vocab), l2)
                    pos = {f: n for n, f in enumerate(vocab)}
                    rows = [[pos[f] for f in set(data_rows[t][i][0]) if f in pos] for i in te]
                    probs[t][te] = _predict(rows, w, b)
        for t in types:
            f1, th = _best_threshold(probs[t], gate[t], y[t])
            results[t].append((f1, joint, l2, th, version))
            print(f"  {t} features={version} joint={joint} l2={l2}: cross-validated F1 {f1:.3f} (threshold {th:.3f})", file=sys.stderr)
    weights: dict[str, dict[str, float]] = {}
    thresholds: dict[str, float] = {}
    versions: dict[str, int] = {}
    report = {}
    for t in types:
        f1, joint, l2, th, version = max(results[t], key=lambda r: (round(r[0], 6), -r[4], -r[2]))
        data_rows = by_version[version]
        if joint:
            tr = [(u, i) for u in types for i in range(len(data_rows[u]))]
            vocab, idx = _design([_expand(data_rows[u][i][0], u, True) for u, i in tr])
            w, b = _fit_lr(idx, np.array([y[u][i] for u, i in tr]), len(vocab), l2)
            full = dict(zip(vocab, w))
            # fold the type's own copy of each feature and its type bias into one table
            wt: dict[str, float] = {}
            for f, x in full.items():
                if "|" in f and not f.startswith(t + "|"):
                    continue
                key = f[len(t) + 1:] if f.startswith(t + "|") else f
                if key.startswith("type|"):
                    continue
                wt[key] = wt.get(key, 0.0) + float(x)
            bias = float(b) + float(full.get(f"type|{t}", 0.0))
        else:
            vocab, idx = _design([r[0] for r in data_rows[t]])
            w, bias = _fit_lr(idx, y[t], len(vocab), l2)
            wt = {f: float(x) for f, x in zip(vocab, w)}
        weights[t] = {"": round(float(bias), 4)} | {f: round(x, 4) for f, x in sorted(wt.items()) if abs(x) >= MIN_WEIGHT}
        thresholds[t] = round(th, 3)
        versions[t] = version
        report[t] = {"cv_f1": round(f1, 3), "joint": joint, "features": version, "l2": l2, "threshold": round(th, 3),
                     "weights": len(weights[t])}
        print(f"  {t}: chose features={version} joint={joint} l2={l2} threshold {th:.3f}, cross-validated F1 {f1:.3f}, "
              f"{len(weights[t])} weights")
    path = out / "detector.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"about": "Rasd sentence-level PLOVER detector: logistic regression trained by "
                            "python -m rasd.train.event_detector on the 70% build split of the "
                            "openeventdata Arabic event sentences (MIT)", "features": versions,
                   "seed": seed, "report": report, "thresholds": thresholds, "weights": weights},
                  fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data/events"))
    # experimental: written to the current folder unless asked (the shipped detector.json comes
    # from plover_lexicon --detector; pass --out rasd/resources/events to replace it)
    ap.add_argument("--out", type=Path, default=Path("."))
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    print(f"wrote {train(a.data, a.out, a.seed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
