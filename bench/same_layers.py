"""Prove that a speed change left the text-core, entity, quote, date and count layers unchanged.

    # 1. the committed code (a private copy of HEAD) writes its layers and its NER mentions
    mkdir -p /tmp/base && git archive HEAD | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base python bench/same_layers.py --n 1000 --skip 20000 \
        --ner-out /tmp/ner.jsonl --dump /tmp/before.jsonl
    # 2. the working tree writes its layers from the same NER mentions
    python bench/same_layers.py --n 1000 --skip 20000 --ner-in /tmp/ner.jsonl --dump /tmp/after.jsonl
    # 3. compare (exit status 1 and the first differences when any layer differs)
    python bench/same_layers.py --compare /tmp/before.jsonl /tmp/after.jsonl

Runs normalize -> sentences -> tokens -> boilerplate -> mtflags -> ner -> gazetteer -> entities ->
quotes -> dates, then the counts scanner (``QuantityFinder.add_layer`` over the document and
``QuantityFinder.find`` over every sentence, as the events stage calls it), on SaudiNewsNet articles,
and writes per article every layer those stages add (tokens with their clitic parts, the
normalised view, NER and gazetteer mentions, entities, quotes and quote terms, dates, quantities)
as one JSON line, attribute order kept. ``--ner-in`` replaces the NER stage by the mentions
another run wrote with ``--ner-out``, so the layers after NER can be compared while the NER code
itself is being changed. ``--events`` also runs the events stage (compare it only when neither
version's event code differs). The package is whatever ``import rasd`` finds: PYTHONPATH decides.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# appended, not prepended: a PYTHONPATH naming another copy of the package wins
sys.path.append(str(Path(__file__).resolve().parents[1]))

import rasd  # noqa: E402
from rasd.document import Document, Span, _jsonable  # noqa: E402
from rasd.config import DEFAULT_STAGES  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.shared import shared_path  # noqa: E402
from rasd.train.saudinewsnet import iter_articles  # noqa: E402

STAGES = [s for s in DEFAULT_STAGES if s != "events"]  # events are compared only with --events


def _layer_json(items: list) -> list:
    return [_jsonable(x) if isinstance(x, Span) else x.to_json() for x in items]


def _view_json(nt) -> dict:
    # the normalised text and its offset map, read through the public mapping functions
    n = len(nt.text)
    return {"text": nt.text, "map": [nt.to_original(p) for p in range(0, n + 1)]}


def run(args) -> int:
    from rasd.events.counts import QuantityFinder

    names = STAGES + (["events"] if args.events else [])
    pipe = Pipeline(stages=names)
    funcs = dict(pipe.components())
    counts = QuantityFinder.shared(pipe.resources)
    ner_in = open(args.ner_in, encoding="utf-8") if args.ner_in else None
    ner_out = open(args.ner_out, "w", encoding="utf-8") if args.ner_out else None
    out = open(args.dump, "w", encoding="utf-8")
    k = 0
    for i, a in enumerate(iter_articles(args.data, limit=args.n + args.skip)):
        text = a.get("content") or ""
        if i < args.skip or not text.strip():
            continue
        published = (a.get("date_extracted") or "")[:10] or None
        doc = Document(text, id=f"snn-{i}", meta={"published": published})
        for name in names:
            if name == "ner" and ner_in is not None:
                rec = json.loads(ner_in.readline())
                assert rec["id"] == doc.id, (rec["id"], doc.id)
                doc.set_layer("ner_mentions", [doc.span(s, e, label, **attrs) for s, e, label, attrs in rec["ner"]])
                continue
            funcs[name](doc)
        if ner_out is not None:
            ner_out.write(json.dumps({"id": doc.id, "ner": [[m.start, m.end, m.label, dict(m.attrs)]
                                                           for m in doc.layer("ner_mentions")]},
                                     ensure_ascii=False) + "\n")
        counts.add_layer(doc)
        per_sentence = [[q.start, q.end, q.kind, q.value, q.unit, q.approx, q.cue, q.joined]
                        for s in doc.sentences for q in counts.find(s.text)]
        d = doc.to_dict(tokens=True)
        if not args.events:
            d.pop("events", None)
        d["normalized"] = _view_json(doc.view("normalized"))
        for name in ("ner_mentions", "gazetteer_mentions", "quote_terms"):
            d[name] = _layer_json(doc.layer(name))
        d["sentence_quantities"] = per_sentence
        out.write(json.dumps(d, ensure_ascii=False, default=repr) + "\n")
        k += 1
    out.close()
    print(f"{k} articles written to {args.dump} by rasd at {rasd.__file__}")
    return 0


def compare(a_path: str, b_path: str, show: int = 5) -> int:
    diffs: dict[str, int] = {}
    shown = 0
    n = 0
    with open(a_path, encoding="utf-8") as fa, open(b_path, encoding="utf-8") as fb:
        for la, lb in zip(fa, fb, strict=True):
            n += 1
            if la == lb:
                continue
            a, b = json.loads(la), json.loads(lb)
            for key in sorted(set(a) | set(b)):
                if a.get(key) != b.get(key) or list(a) != list(b):
                    diffs[key] = diffs.get(key, 0) + 1
                    if shown < show:
                        shown += 1
                        print(f"{a.get('id')}: layer {key!r} differs")
                        xa, xb = a.get(key), b.get(key)
                        if isinstance(xa, list) and isinstance(xb, list):
                            for j, (u, v) in enumerate(zip(xa, xb)):
                                if u != v:
                                    print(f"  item {j}:\n    before {json.dumps(u, ensure_ascii=False)[:400]}\n"
                                          f"    after  {json.dumps(v, ensure_ascii=False)[:400]}")
                                    break
                            else:
                                print(f"  lengths {len(xa)} vs {len(xb)}")
    if diffs:
        print(f"{n} articles compared; differing articles per layer: {diffs}")
        return 1
    print(f"{n} articles compared: every layer identical")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--skip", type=int, default=20000)
    ap.add_argument("--data", default=str(shared_path("data", "saudinewsnet")),
                    help="SaudiNewsNet folder (default: data/saudinewsnet of the shared folder, rasd.shared)")
    ap.add_argument("--dump", help="write the layers here (JSON Lines)")
    ap.add_argument("--ner-in", help="take NER mentions from this file (written by --ner-out)")
    ap.add_argument("--ner-out", help="write the NER mentions here")
    ap.add_argument("--events", action="store_true", help="also run and write the events stage")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if not args.dump:
        ap.error("--dump or --compare is needed")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
