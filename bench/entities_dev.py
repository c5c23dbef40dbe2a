"""Entity predictions for the dev set, to be scored with the evaluation kit's scorer.

    python bench/entities_dev.py [--no-ner] [--gold GOLD_DIR] [--out OUT.jsonl]
    python ../shared/eval/score.py ../shared/eval/dev OUT.jsonl --verbose
    python bench/entities_dev.py --anercorp     (NER alone vs lists alone vs the entities layer)

Runs normalize -> sentences -> tokens -> boilerplate -> ner -> gazetteer -> entities on each
NAME.txt with the gold's publication date (without ner with ``--no-ner``) and writes one analysed
document per line (doc.to_dict()). Prints the stages used and the time taken.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd import Pipeline  # noqa: E402
from rasd.document import Document  # noqa: E402
from rasd.shared import shared_path  # noqa: E402

DEFAULT_GOLD = shared_path("eval", "dev")


def stages(ner: bool = True) -> list[str]:
    """The stages run on each article."""
    return ["normalize", "sentences", "tokens", "boilerplate"] + (["ner"] if ner else []) + ["gazetteer", "entities"]


def run(gold_dir: Path = DEFAULT_GOLD, out: Path = Path("preds.jsonl"), ner: bool = True) -> Path:
    names = stages(ner)
    pipe = Pipeline(stages=names)
    t0 = time.perf_counter()
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for txt in sorted(gold_dir.glob("*.txt")):
            name = txt.name[:-4]
            gold = json.loads((gold_dir / f"{name}.gold.json").read_text(encoding="utf-8"))
            doc = Document(txt.read_text(encoding="utf-8"), name, {"published": gold.get("published")})
            pipe(doc)
            f.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    print(f"stages: {' -> '.join(names)}; {n} documents in {time.perf_counter() - t0:.2f}s -> {out}")
    return out


ANERCORP_TEST = shared_path("data", "anercorp", "ANERCorp_CamelLab_test.txt")


def anercorp(path: Path = ANERCORP_TEST, per_doc: int = 40) -> dict:
    """Exact-span P/R/F1 per label on the ANERcorp test split, token level (a mention covers the
    tokens it touches, so a fused proclitic counts as inside), for three mention sources: the
    NER layer, the gazetteer's names, and the names of the resolved entities. ANERcorp's
    conventions differ from the evaluation kit's (it tags currencies as MISC, keeps descriptive
    heads), so this measures what resolution adds to or takes from NER, not the product target."""
    from rasd.entities.bio import chunks

    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        w, _, t = line.rpartition(" ")
        cur.append((w, t.replace("PERS", "PER")))
    if cur:
        sents.append(cur)
    pipe = Pipeline(stages=["normalize", "sentences", "tokens", "ner"])
    # the entity stages run on the NER layer with an empty boilerplate layer (ANERcorp has none)
    lists = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "gazetteer", "entities"])
    labels = ("PER", "ORG", "LOC", "MISC")
    stats = {k: {lab: [0, 0, 0] for lab in labels} for k in ("ner", "lists", "entities")}

    def tok_span(offs, s, e):
        hit = [i for i, (a, b) in enumerate(offs) if a < e and s < b]
        return (hit[0], hit[-1] + 1) if hit else None

    for k in range(0, len(sents), per_doc):
        text, offs, gold, base = "", [], set(), 0
        for sent in sents[k:k + per_doc]:
            gold |= {(a + base, b + base, lab) for a, b, lab in chunks([t for _, t in sent])}
            for w, _ in sent:
                offs.append((len(text), len(text) + len(w)))
                text += w + " "
            text = text[:-1] + "\n"
            base += len(sent)
        doc = Document(text, "anercorp")
        pipe(doc)
        doc.set_layer("boilerplate", [])
        lists.stage("gazetteer")(doc)
        lists.stage("entities")(doc)
        preds = {"ner": [(m, m.label) for m in doc.layer("ner_mentions")],
                 "lists": [(m, m.label) for m in doc.layer("gazetteer_mentions") if m.get("kind") == "name"],
                 "entities": [(m, e.label) for e in doc.entities for m in e.mentions if m.get("kind") == "name"]}
        for name, items in preds.items():
            pred = set()
            for m, lab in items:
                t = tok_span(offs, m.start, m.end)
                if t:
                    pred.add((*t, lab))
            for lab in labels:
                g = {x for x in gold if x[2] == lab}
                p = {x for x in pred if x[2] == lab}
                st = stats[name][lab]
                st[0] += len(g & p)
                st[1] += len(p)
                st[2] += len(g)

    def prf(c, p, g):
        pr, rc = (c / p if p else 0.0), (c / g if g else 0.0)
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    out = {}
    for name, per in stats.items():
        tot = [sum(per[lab][i] for lab in labels) for i in range(3)]
        out[name] = {"ALL": prf(*tot), **{lab: prf(*per[lab]) for lab in labels}}
        print(f"{name:9s}", "  ".join(f"{lab} P{v[0]:.3f} R{v[1]:.3f} F{v[2]:.3f}" for lab, v in out[name].items()))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--out", type=Path, default=Path("preds.jsonl"))
    ap.add_argument("--no-ner", action="store_true", help="gazetteer only (measure what the lists alone find)")
    ap.add_argument("--anercorp", action="store_true", help="compare NER, lists and entities on ANERcorp test")
    a = ap.parse_args()
    if a.anercorp:
        anercorp()
    else:
        run(a.gold, a.out, ner=not a.no_ner)
