"""Train the sentence-level PLOVER detector (``rasd/resources/events/detector.json``).

    python -m rasd.train.event_detector [--data DIR] [--snn FILE | --no-snn] [--out DIR] [--seed 0]
    rasd train event-detector [same arguments]

This is the one trainer of ``detector.json`` (written to ``rasd/resources/events`` unless
``--out`` says otherwise; seeded and deterministic: the same data and lexicon give the same file;
about ten minutes on one core). One logistic regression per type with labelled sentences, numpy
only: ASSAULT and PROTEST from the 70% build split of the openeventdata sentences
(``rasd.eval.events.split_of``; the 30% held-out split is never read here) and the build part of
events-snn (``rasd.eval.events.snn_split_of``: SaudiNewsNet sentences labelled with events of all
16 types; its held-out part is never read here, nor are the records of the fresh-reading days
``rasd.train.FRESH_READING_DAYS``), and every other type with at least
MIN_POSITIVES sentences that report it in that build part. A sentence of events-snn is positive for
a type when one of its events has the type (or lists it among its ``alt_types``). The model
trained on events-snn is derived from SaudiNewsNet text (non-commercial licence): the README's
licence section names it.

Choices made per type by repeated 5-fold cross-validation on the build split only (``--repeats``
different fold assignments, F1 averaged): the feature set (``sentence_features`` versions 1-4),
the L2 strength and the decision threshold. The cross-validated F1 counts a sentence as detected
only when the events stage itself (``rasd.eval.events.analyse`` without the detector) finds
an event of the type in it, as in the measurement: the detector vetoes lexicon triggers. Then, on
the same out-of-fold probabilities of that choice, the **floor** (``FLOOR_GRID``): the share of the
threshold under which the default pipeline drops a trigger even with a named doer. It is chosen by
the cross-validated F1 of the default pipeline's own decision (``default_decision``): an event of
the type when the sentence reaches the threshold and the default stage finds one, or reaches the
floor and the stage finds one with a named doer. Which events the default stage keeps at each
probability is learnt by running it with two stand-in detectors of constant probability
(``_stand_in_stages``), so the floors hold for the model being written, not one shipped earlier. That
gate runs the whole events stage, the argument ranker included: retrain the ranker first
(``python -m rasd.train.event_arguments``), then this. A folder without ``*_sentences.jsonl`` or
without labelled build-split sentences is refused before anything is written, and a pipeline stage
that fails stops the training (``analyse`` raises).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from ..shared import need, shared_path
from . import FRESH_READING_DAYS, shipped

OUT = shipped("events")
VERSIONS = (1, 2, 3, 4)  # feature sets tried (rasd.events.detector.DetectorFeatures)
# Searched by cross-validation per type: L2 strengths a factor ~3 apart, and decision thresholds
# in steps of 0.025 (finer steps move F1 by less than one fold's noise).
L2_GRID = (1e-2, 3e-2, 1e-1, 3e-1)
THRESHOLDS = np.arange(0.2, 0.9, 0.025)
FOLDS = 5
# Fold assignments averaged over: with 35 PROTEST positives one split's F1 moves by 0.05 between
# seeds, which is more than most differences between the choices. With 3, a small lexicon change
# flipped the ASSAULT choice between feature sets 2 and 4 (cross-validated 0.671 and 0.672); 10
# cut the noise of the mean by almost half (a training run takes about three times as long).
REPEATS = 10
# A feature seen in fewer sentences than this carries no reliable weight (and bloats the file).
MIN_COUNT = 2
# Weights smaller than this change no decision at 3 decimals of probability: not written.
MIN_WEIGHT = 1e-3
# A type of events-snn gets a detector of its own with at least this many positive build sentences
# (with fewer, a cross-validated threshold is noise: a model that says nothing is better).
MIN_POSITIVES = 15
# A type whose best cross-validated F1 is below this gets no detector (it would gate its events by
# noise: COOPERATE, with its alt_types, reached 0.22 on the events-snn build part).
MIN_CV_F1 = 0.4
# The floors searched per type (share of the threshold under which the default pipeline drops a
# trigger though a doer is named: ``EventsConfig.reject_below``), chosen by the cross-validated F1
# of the default pipeline's own decision; ties go to the lowest floor (most events kept), as the
# detector is trained on other text than most articles it reads. Never above one half: over it the
# build sentences favour higher floors for ASSAULT (openeventdata: F1 0.604 at 0.5, 0.646 at 1.0;
# events-snn: no change), but in articles the acts so dropped are background acts by named doers
# that the article gold counts (massacres and abductions by ISIS told as background, claims of
# responsibility: dev articles' events F1 0.466 at 0.5, 0.427 at 0.7, 0.419 at 1.0). The
# openeventdata labels call such a sentence "no", the articles' gold an event: a convention to
# settle (docs/events.md, "Statistical detector") before a higher floor is searched.
FLOOR_GRID = tuple(round(0.1 * k, 1) for k in range(6))
# The stand-in detectors' probabilities (threshold 0.5, floor 0.5): over the threshold, and between
# the floor and the threshold (``_default_gates``).
STAND_IN_HIGH, STAND_IN_MID = 0.9, 0.4


def fit_logistic(rows: list[list[int]], y: np.ndarray, d: int, l2: float, epochs: int = 300, lr: float = 0.05):
    """L2-regularised, class-balanced logistic regression on sparse binary rows (lists of
    feature indices): Adam steps on the full batch. Returns (weights, bias)."""
    n = len(rows)
    idx = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows]) if n else np.zeros(0, np.int64)
    row_of = np.concatenate([np.full(len(r), i, dtype=np.int64) for i, r in enumerate(rows)])
    starts = np.cumsum([0] + [len(r) for r in rows])[:-1]
    empty = np.array([len(r) == 0 for r in rows])
    w = np.zeros(d)
    b = 0.0
    pos = max(y.sum(), 1)
    # class weights: positives are rare (one sentence in nine for ASSAULT, one in 27 for PROTEST)
    sw = np.where(y == 1, n / (2 * pos), n / (2 * max(n - pos, 1)))
    m = np.zeros(d); v = np.zeros(d); mb = vb = 0.0
    for t in range(1, epochs + 1):
        z = np.add.reduceat(w[idx], starts) if len(idx) else np.zeros(n)
        z = np.where(empty, 0.0, z) + b
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * sw
        gw = np.bincount(idx, weights=g[row_of], minlength=d) / n + l2 * w
        gb = g.mean()
        m = 0.9 * m + 0.1 * gw; v = 0.999 * v + 0.001 * gw * gw
        mb = 0.9 * mb + 0.1 * gb; vb = 0.999 * vb + 0.001 * gb * gb
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        b -= lr * (mb / (1 - 0.9 ** t)) / (np.sqrt(vb / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def predict(rows: list[list[int]], w: np.ndarray, b: float) -> np.ndarray:
    return np.array([1 / (1 + np.exp(-np.clip(w[r].sum() + b, -30, 30))) for r in rows])


def _records(data: Path, snn: Path | None = None) -> dict[str, list[dict]]:
    """TYPE -> build-split records with tokens, lexicon triggers and the stage's own verdict: the
    openeventdata sentences of the type, and (``snn``) the events-snn build sentences."""
    from ..eval.events import analyse, load_sentences
    from ..events.triggers import detect
    from ..text.tokens import tokenize

    lexicon = _events_stage().lexicon
    high, mid = _stand_in_stages()
    seen: dict[str, tuple] = {}

    def record(text: str, typ: str, y: float) -> dict:
        if text not in seen:
            toks = tokenize(text)
            # a stage that fails raises: it would silently change the gate the detector is fitted with
            doc = analyse(text, detector=False)
            stage_types = {e.label for e in doc.layer("events")}
            seen[text] = (toks, detect(toks, lexicon), stage_types, {e.type for e in high.events(doc)},
                          {e.type for e in mid.events(doc)})
        toks, triggers, stage_types, high_types, mid_types = seen[text]
        return {"text": text, "tokens": toks, "triggers": triggers, "gate": typ in stage_types,
                "high": typ in high_types, "mid": typ in mid_types, "y": y}

    out: dict[str, list[dict]] = {}
    for typ, rows in sorted(load_sentences(data, "dev").items()):
        out[typ] = [record(r["text"], typ, 1.0 if r["gold"] else 0.0) for r in rows]
    if snn is not None:
        rows = snn_build_sentences(snn)
        for typ in sorted({t for r in rows for t in r["types"]}):
            if typ not in out and sum(typ in r["types"] for r in rows) < MIN_POSITIVES:
                continue
            out.setdefault(typ, []).extend(record(r["text"], typ, float(typ in r["types"])) for r in rows)
    return out


def snn_build_sentences(path: Path) -> list[dict]:
    """events-snn build sentences (not of the fresh-reading days) as {"text", "types"}: the types
    of their events, alternative types included."""
    from ..eval.events import load_snn

    out = []
    for r in load_snn(path, "build"):
        if r.get("published") in FRESH_READING_DAYS:
            continue
        out.append({"text": r["text"], "types": {t for e in r["events"] for t in (e["type"], *(e.get("alt_types") or []))}})
    return out


def _design(feats: list[list[str]], min_count: int = MIN_COUNT):
    counts: dict[str, int] = {}
    for fs in feats:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    return vocab, [sorted({index[f] for f in fs if f in index}) for fs in feats]


def _scores(probs: np.ndarray, gate: np.ndarray, y: np.ndarray, th: float) -> tuple[float, float, float]:
    """(precision, recall, F1) of 'detected' = probability over the threshold and the stage fires."""
    pred = (probs >= th) & gate
    return _f1(pred, y)


def _cv_probs(feats: list[list[str]], y: np.ndarray, l2: float, folds: np.ndarray) -> np.ndarray:
    """Out-of-fold probabilities, one row per fold assignment."""
    out = np.zeros(folds.shape)
    for rep, fold in enumerate(folds):
        for k in range(FOLDS):
            tr = np.flatnonzero(fold != k)
            te = np.flatnonzero(fold == k)
            vocab, idx = _design([feats[i] for i in tr])
            w, b = fit_logistic(idx, y[tr], len(vocab), l2)
            pos = {f: n for n, f in enumerate(vocab)}
            out[rep, te] = predict([[pos[f] for f in set(feats[i]) if f in pos] for i in te], w, b)
    return out


def _events_stage():
    """The events stage with the detector off (the file being trained is not read): its lexicon
    and detector features."""
    from ..events.stage import EventsConfig, EventsStage
    from ..resources import Resources

    return EventsStage(EventsConfig(detector="off"), Resources.default())


def _stand_in_stages():
    """Two events stages with the default settings and a stand-in detector of one constant
    probability for every type: over the threshold (``high``: the events the default pipeline
    keeps in a sentence the detector confirms) and between the floor and the threshold (``mid``:
    those it keeps only for a named doer). Run on a sentence the pipeline read, they tell which
    types the default decision finds at each probability, without reading the file being trained."""
    from ..events.detector import Detector
    from ..events.stage import EventsConfig, EventsStage
    from ..ontology import PLOVER_TYPES
    from ..resources import Resources

    def stage(p: float):
        logit = float(np.log(p / (1 - p)))
        det = Detector({t: {"": logit} for t in PLOVER_TYPES}, {t: 0.5 for t in PLOVER_TYPES}, 1,
                       {t: 0.5 for t in PLOVER_TYPES})
        return EventsStage(EventsConfig(), Resources.default(), detector=det)

    return stage(STAND_IN_HIGH), stage(STAND_IN_MID)


def default_decision(probs: np.ndarray, high: np.ndarray, mid: np.ndarray, th: float, floor: float) -> np.ndarray:
    """The default pipeline's verdict per sentence: an event of the type at or over the threshold
    where the stage finds one (``high``), between ``floor`` x threshold and the threshold only
    where it finds one with a named doer (``mid``), none under."""
    return np.where(probs >= th, high, (probs >= floor * th) & mid)


def _f1(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    gold = y == 1
    tp = float((pred & gold).sum()); fp = float((pred & ~gold).sum()); fn = float((~pred & gold).sum())
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0,
            2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def choose_floor(probs: np.ndarray, high: np.ndarray, mid: np.ndarray, y: np.ndarray, th: float) -> tuple:
    """(floor, mean F1, P, R) of the default decision over the fold assignments' out-of-fold
    ``probs`` (one row each), the best of FLOOR_GRID (ties to 3 decimals: the lowest)."""
    rows = []
    for floor in FLOOR_GRID:
        prf = np.mean([_f1(default_decision(p, high, mid, th, floor), y) for p in probs], axis=0)
        rows.append((round(float(prf[2]), 3), -floor, floor, float(prf[2]), float(prf[0]), float(prf[1])))
    print("    default decision by floor: " + ", ".join(f"{r[2]}: F1 {r[3]:.3f}" for r in rows), file=sys.stderr, flush=True)
    best = max(rows)
    return best[2], best[3], best[4], best[5]


def _require_sentences(data: Path) -> None:
    if not any(Path(data).glob("*_sentences.jsonl")):
        raise SystemExit(f"error: no *_sentences.jsonl in {data}: nothing to train the detector on")


def train(data: Path, out: Path, seed: int = 0, repeats: int = REPEATS, versions=VERSIONS, l2_grid=L2_GRID,
          snn: Path | None = None) -> Path:
    stage = _events_stage()
    sentence_features = stage.features

    _require_sentences(data)
    records = _records(data, snn)
    if not any(records.values()):
        raise SystemExit(f"error: no labelled build-split sentences in {data}: detector.json not written")
    weights: dict[str, dict[str, float]] = {}
    thresholds: dict[str, float] = {}
    floors: dict[str, float] = {}
    chosen_versions: dict[str, int] = {}
    report = {}
    rng = np.random.default_rng(seed)
    for typ, recs in records.items():
        y = np.array([r["y"] for r in recs])
        gate = np.array([r["gate"] for r in recs])
        high = np.array([r["high"] for r in recs])
        mid = np.array([r["mid"] for r in recs])
        folds = np.stack([rng.permutation(len(recs)) % FOLDS for _ in range(repeats)])
        feats_of = {v: [sentence_features(r["tokens"], r["triggers"], v, typ) for r in recs] for v in versions}
        results = []  # (mean F1, version, l2, threshold, precision, recall)
        cv_probs = {}
        for version in versions:
            for l2 in l2_grid:
                probs = cv_probs[version, l2] = _cv_probs(feats_of[version], y, l2, folds)
                best = max(((np.mean([_scores(p, gate, y, th)[2] for p in probs]), th) for th in THRESHOLDS),
                           key=lambda x: (round(x[0], 6), -x[1]))
                f1, th = best
                p_r = np.mean([_scores(p, gate, y, th)[:2] for p in probs], axis=0)
                results.append((float(f1), version, l2, float(th), float(p_r[0]), float(p_r[1])))
                print(f"  {typ} features={version} l2={l2}: cross-validated F1 {f1:.3f} (P {p_r[0]:.3f} R {p_r[1]:.3f}, "
                      f"threshold {th:.3f})", file=sys.stderr, flush=True)
        # ties (to 3 decimals) go to the stronger L2, then the smaller feature set
        f1, version, l2, th, prec, rec = max(results, key=lambda r: (round(r[0], 3), r[2], -r[1]))
        if f1 < MIN_CV_F1:
            print(f"  {typ}: best cross-validated F1 {f1:.3f} < {MIN_CV_F1}: no detector for the type")
            continue
        floor, d_f1, d_p, d_r = choose_floor(cv_probs[version, l2], high, mid, y, th)
        vocab, idx = _design(feats_of[version])
        w, bias = fit_logistic(idx, y, len(vocab), l2)
        weights[typ] = {"": round(float(bias), 4)} | {f: round(float(x), 4) for f, x in zip(vocab, w)
                                                      if abs(x) >= MIN_WEIGHT}
        thresholds[typ] = round(th, 3)
        floors[typ] = floor
        chosen_versions[typ] = version
        report[typ] = {"cv_f1": round(f1, 3), "cv_p": round(prec, 3), "cv_r": round(rec, 3), "features": version,
                       "l2": l2, "threshold": round(th, 3), "weights": len(weights[typ]),
                       "sentences": len(recs), "positives": int(y.sum()), "floor": floor,
                       "cv_default_f1": round(d_f1, 3), "cv_default_p": round(d_p, 3), "cv_default_r": round(d_r, 3)}
        print(f"  {typ}: chose features={version} l2={l2} threshold {th:.3f}, cross-validated F1 {f1:.3f} "
              f"(P {prec:.3f} R {rec:.3f}), {len(weights[typ])} weights; floor {floor} (default decision: "
              f"cross-validated F1 {d_f1:.3f}, P {d_p:.3f} R {d_r:.3f})")
    out.mkdir(parents=True, exist_ok=True)
    path = out / "detector.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"about": "Rasd sentence-level PLOVER detector: logistic regression trained by "
                            "python -m rasd.train.event_detector on the 70% build split of the "
                            "openeventdata Arabic event sentences (MIT)"
                            + (" and the build part of events-snn (SaudiNewsNet sentences, non-commercial: "
                               "see the README's licence section)" if snn is not None else ""),
                   "features": chosen_versions, "floors": floors, "snn": snn is not None,
                   "seed": seed, "repeats": repeats, "report": report, "settings": stage.trigger_settings(),
                   "thresholds": thresholds, "weights": weights},
                  fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=shared_path("data", "events"),
                    help="folder of the openeventdata TYPE_sentences.jsonl files (default: data/events of the shared folder)")
    ap.add_argument("--snn", type=Path, default=shared_path("data", "events-snn", "sentences.jsonl"),
                    help="events-snn sentences.jsonl (its build part is trained on; default: the shared folder's)")
    ap.add_argument("--no-snn", action="store_true", help="train on the openeventdata sentences alone")
    ap.add_argument("--out", type=Path, default=OUT, help="folder for detector.json (default: the shipped one)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=REPEATS, help="cross-validation fold assignments averaged")
    ap.add_argument("--versions", default=",".join(map(str, VERSIONS)), help="feature set versions to try")
    a = ap.parse_args(argv)
    _require_sentences(a.data)  # the sentences named first are checked first, the shared folder's next
    snn = None if a.no_snn else need(a.snn, "events-snn sentences")
    path = train(a.data, a.out, a.seed, a.repeats, tuple(int(v) for v in a.versions.split(",")), snn=snn)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
