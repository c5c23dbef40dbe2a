"""CoNLL-style evaluation of the NER tagger: exact-span precision, recall and F1 per label.

    python -m rasd.eval.ner [--test PATH] [--kind crf|neural|ensemble] [--model PATH]   (or: rasd train ner-eval)
        [--ensemble-with NPZ ...] [--weight W]   (ensemble only; --model is then its CRF model)

    python -m rasd.eval.ner --through-pipeline [--dev-part] [--kind ...] [--block N]

``--through-pipeline`` measures the product rather than the tagger: each block of sentences is
fed as plain text (tokens joined by spaces, one sentence a line) to the default pipeline that
``rasd analyze`` runs (``--kind`` sets its ``ner.model``), the named mentions of its entities
(kind "name"; titles and descriptions are not names) are mapped back to the tokens they touch,
and the result is scored like the tagger's tags; the tagger alone is scored beside it.

``--model`` (neural kind) and ``--ensemble-with`` may be given several times: several networks,
their scores averaged (rasd.entities.neural.NetworkAverage). ``--dev-part`` scores the last tenth
of the train split instead of the test split: where settings are chosen, with models trained on
the rest of train (``--no-final`` models of the trainers).

A predicted mention counts only when its label and both token boundaries equal a gold mention
(conlleval semantics: an I- tag that does not continue a mention of its label opens one). The
overall figure is micro-averaged over all mentions.
"""
from __future__ import annotations

import argparse
import bisect
import sys
import time
from pathlib import Path
from typing import Iterable, Sequence

from ..entities.bio import chunks
from ..errors import InputError, RasdError
from ..shared import need, shared_path

LABELS = ("PER", "ORG", "LOC", "MISC")
DATA = shared_path("data", "anercorp")
TEST = DATA / "ANERCorp_CamelLab_test.txt"
TRAIN = DATA / "ANERCorp_CamelLab_train.txt"
# The dev part of train: its last tenth, where the trainers (rasd.train.ner, .ner_neural) choose
# their settings; the corpus is split sequentially, as its test split is.
DEV_FRACTION = 0.1


def split_dev(sents: list, fraction: float = DEV_FRACTION) -> tuple[list, list]:
    """(fit part, dev part) of the training sentences: the last ``fraction`` is the dev part
    (none when ``fraction`` is 0)."""
    cut = int(len(sents) * (1 - fraction)) if fraction > 0 else len(sents)
    return sents[:cut], sents[cut:]


def evaluate_conll(gold_tags: Iterable[Sequence[str]], pred_tags: Iterable[Sequence[str]]) -> dict:
    """Scores over sentences of BIO tags: {label: {p, r, f1, gold, pred, correct}, 'overall': ...}."""
    stats: dict[str, list[int]] = {}
    for g, p in zip(gold_tags, pred_tags, strict=True):
        if len(g) != len(p):
            raise ValueError("gold and predicted sentences differ in length")
        gs, ps = chunks(g), chunks(p)
        for lab in {c[2] for c in gs | ps}:
            s = stats.setdefault(lab, [0, 0, 0])
            s[0] += sum(1 for c in gs if c[2] == lab)
            s[1] += sum(1 for c in ps if c[2] == lab)
            s[2] += sum(1 for c in gs & ps if c[2] == lab)

    def prf(gold: int, pred: int, ok: int) -> dict:
        p = ok / pred if pred else 0.0
        r = ok / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f, "gold": gold, "pred": pred, "correct": ok}

    out = {lab: prf(*stats[lab]) for lab in sorted(stats, key=lambda x: (x not in LABELS, LABELS.index(x) if x in LABELS else 0, x))}
    out["overall"] = prf(*(sum(s[i] for s in stats.values()) for i in range(3)))
    return out


def format_table(scores: dict) -> str:
    lines = [f"{'label':8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
    for lab, s in scores.items():
        lines.append(f"{lab:8} {s['p']:7.4f} {s['r']:7.4f} {s['f1']:7.4f} {s['gold']:6d} {s['pred']:6d}")
    return "\n".join(lines)


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of an ANERcorp file ("token LABEL" lines, blank line between sentences), with
    the corpus's PERS label written PER like the rest of Rasd."""
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            tok, tag = (parts[0], parts[-1]) if len(parts) >= 2 else (parts[0], "O")
            toks.append(tok)
            tags.append(tag.replace("PERS", "PER"))
    if toks:
        sents.append((toks, tags))
    return sents


# ANERcorp has no document boundaries; consecutive sentences come from the same article, so
# blocks of this many sentences stand in for documents (50 scored best on the dev part of
# train: a few articles; whole-file blocks let unrelated articles vote).
BLOCK = 50


def tag_blocks(tagger, sentences: list[list[str]], block: int = BLOCK) -> list[list[str]]:
    if block <= 0:
        return [tagger.tag(s) for s in sentences]
    out: list[list[str]] = []
    for i in range(0, len(sentences), block):
        out.extend(tagger.tag_document(sentences[i:i + block]))
    return out


def pipeline_tags(pipeline, sentences: list[list[str]], block: int = BLOCK) -> list[list[str]]:
    """BIO tags of each sentence from the entities ``pipeline`` finds when each block of
    ``block`` sentences is one plain-text document (tokens joined by a space, a sentence a line):
    every named mention (kind "name") of an entity labels the tokens it touches with the
    entity's label. Mentions that would overlap an earlier-placed one are skipped (longest
    first), so the tags stay well-formed BIO."""
    from ..document import Document

    out: list[list[str]] = []
    size = block if block > 0 else 1
    for i in range(0, len(sentences), size):
        part = sentences[i:i + size]
        lines, offs = [], []  # offs: (sentence in block, token index, start, end)
        pos = 0
        for k, toks in enumerate(part):
            for j, tok in enumerate(toks):
                offs.append((k, j, pos, pos + len(tok)))
                pos += len(tok) + 1
            lines.append(" ".join(toks))
            pos += 0 if toks else 1
        doc = pipeline(Document("\n".join(lines), f"anercorp-{i}"))
        tags = [["O"] * len(toks) for toks in part]
        starts = [o[2] for o in offs]
        mentions = sorted(((m.start, m.end, e.label) for e in doc.entities for m in e.mentions
                           if m.get("kind", "name") == "name"), key=lambda x: (x[0] - x[1], x[0]))
        for s, e, label in mentions:
            a = bisect.bisect_right(starts, s) - 1
            if a < 0 or offs[a][3] <= s:
                a += 1
            b = bisect.bisect_left(starts, e)  # tokens a..b-1 touch the mention
            hit = offs[a:b]
            if not hit or len({o[0] for o in hit}) > 1:
                continue  # outside every token, or across a sentence's end
            k = hit[0][0]
            row = tags[k]
            if any(row[o[1]] != "O" for o in hit):
                continue
            for n, o in enumerate(hit):
                row[o[1]] = ("B-" if n == 0 else "I-") + label
        out.extend(tags)
    return out


def check_model_choice(kind: str, models: Sequence[str] | None, ensemble_with: Sequence[str] | None,
                       weight: float | None) -> None:
    """InputError when the model files (``--model``, ``--ensemble-with``: lists, each option may
    be repeated) or the weight given do not fit the tagger ``kind`` (a file's kind is read from
    its name, rasd.entities.ner.model_kind): refused, never silently switched."""
    from ..entities.ner import model_kind

    want = "neural" if kind == "neural" else "crf"  # an ensemble's --model is its CRF
    for model in models or ():
        if model_kind(model) != want:
            role = "the CRF model of the mix (the neural one is --ensemble-with)" if kind == "ensemble" else f"a {want} model"
            raise InputError(f"--model {model} is a {model_kind(model)} model file (by its suffix) but --kind {kind} "
                             f"needs {role}")
    if models and len(models) > 1 and kind != "neural":
        raise InputError(f"--model given {len(models)} times: only --kind neural averages several models "
                         f"(the networks of --kind ensemble are --ensemble-with)")
    if kind != "ensemble" and (ensemble_with or weight is not None):
        raise InputError(f"--ensemble-with and --weight set up a mix of the CRF and the neural tagger: "
                         f"pass --kind ensemble (not --kind {kind})")
    for net in ensemble_with or ():
        if model_kind(net) != "neural":
            raise InputError(f"--ensemble-with {net} is not a neural model file (.npz)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.eval.ner", description=__doc__.splitlines()[0])
    ap.add_argument("--test", default=str(TEST), help="CoNLL file to tag and score (ANERcorp CAMeL Lab test split)")
    ap.add_argument("--model", action="append", default=None,
                    help="model file (default: the shipped one(s) of --kind; a .npz file is a neural model; "
                    "repeated with --kind neural: several networks averaged)")
    ap.add_argument("--kind", default="crf", choices=("crf", "neural", "ensemble"),
                    help="which shipped tagger to score: the CRF, the neural BiLSTM-CRF or both mixed")
    ap.add_argument("--ensemble-with", action="append", default=None,
                    help="with --kind ensemble: the neural model (.npz) to mix with the CRF --model (repeat it for "
                    "several networks, averaged; default: the shipped ones)")
    ap.add_argument("--weight", type=float, default=None, help="with --kind ensemble: the CRF's weight in the mix (default: the shipped one)")
    ap.add_argument("--dev-part", action="store_true",
                    help=f"score the dev part of --train (its last {round(DEV_FRACTION * 100)}%%) instead of --test")
    ap.add_argument("--train", default=str(TRAIN), help="with --dev-part: the ANERcorp CAMeL Lab train split")
    ap.add_argument("--block", type=int, default=BLOCK,
                    help="sentences per pseudo-document for the document-level pass (0: tag sentences alone)")
    ap.add_argument("--through-pipeline", action="store_true",
                    help="score the entities of the default pipeline (rasd analyze) fed the sentences as text, "
                    "beside the tagger alone")
    a = ap.parse_args(argv)
    from ..entities import neural, ner
    from ..entities.ner import ENSEMBLE_WEIGHT, NerTagger
    from ..resources import Resources

    check_model_choice(a.kind, a.model, a.ensemble_with, a.weight)
    if a.dev_part and a.test != str(TEST):
        raise InputError("--dev-part scores the dev part of --train: pass --test or --dev-part, not both")
    need(a.train, "ANERcorp train split") if a.dev_part else need(a.test, "ANERcorp test split")
    if a.dev_part:
        sents = split_dev(read_conll(a.train))[1]
    else:
        sents = read_conll(a.test)
    if a.model or a.ensemble_with or a.weight is not None:
        nets = [Resources.default().path(ner.AREA, name) for name in neural.NETWORKS]
        path = a.model or (nets if a.kind == "neural" else [Resources.default().path(ner.AREA, ner.FILE)])
        mix = a.ensemble_with or (nets if a.kind == "ensemble" else None)
        tagger = NerTagger.from_files(path, mix, ENSEMBLE_WEIGHT if a.weight is None else a.weight)
    else:
        tagger = NerTagger.shipped(a.kind)
    t0 = time.perf_counter()
    pred = tag_blocks(tagger, [t for t, _ in sents], a.block)
    dt = time.perf_counter() - t0
    scored = f"{a.train} (dev part)" if a.dev_part else a.test
    print(f"{scored}: {len(sents)} sentences, {sum(len(t) for t, _ in sents)} tokens, tagged in {dt:.1f}s")
    if a.through_pipeline:
        print(f"the tagger alone ({tagger.kind}):")
    print(format_table(evaluate_conll([g for _, g in sents], pred)))
    if a.through_pipeline:
        if a.model or a.ensemble_with or a.weight is not None:
            raise InputError("--through-pipeline runs the shipped models (the pipeline's ner.model is --kind): "
                             "--model, --ensemble-with and --weight do not apply")
        from ..pipeline import Pipeline

        pipe = Pipeline(config={"ner": {"model": a.kind}})
        t0 = time.perf_counter()
        pred = pipeline_tags(pipe, [t for t, _ in sents], a.block)
        print(f"through the default pipeline (ner.model {a.kind}), entity mentions mapped back to tokens, "
              f"{time.perf_counter() - t0:.1f}s:")
        print(format_table(evaluate_conll([g for _, g in sents], pred)))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RasdError as exc:  # a bad choice of model: its message, no traceback
        print(f"python -m rasd.eval.ner: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
