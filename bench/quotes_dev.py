"""Run the pipeline up to quotes over the dev articles and write predictions as JSONL.

    python bench/quotes_dev.py [--out preds.jsonl] [--dev DIR] [--no-entities | --oracle-entities]
    python ../shared/eval/score.py ../shared/eval/dev preds.jsonl --verbose

Uses the entity stages when they are installed (rasd.entities.resolve); otherwise quotes run with
no entities (speakers are then matched by speaker_text alone); ``--no-entities`` forces that.
``--oracle-entities`` replaces the
entity stages with entities built from the gold actors (every alias found in the text), to measure
the quote stage alone, apart from entity errors; it is a diagnostic, not a result.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd import Pipeline  # noqa: E402
from rasd.document import Document, Entity  # noqa: E402
from rasd.quotes.stage import QuotesConfig, QuotesStage  # noqa: E402
from rasd.resources import Resources  # noqa: E402
from rasd.shared import shared_path  # noqa: E402

DEV = shared_path("eval", "dev")
TEXT = ["normalize", "sentences", "tokens", "boilerplate"]
ENTITY = ["ner", "gazetteer", "entities"]


def available(stages: list[str]) -> list[str]:
    out = []
    from rasd.pipeline import registry
    reg = registry()
    for s in stages:
        mod = reg[s].target.split(":")[0]
        if importlib.util.find_spec(mod.rsplit(".", 1)[0]) is None:
            continue
        try:
            if importlib.util.find_spec(mod) is None:
                continue
        except ModuleNotFoundError:
            continue
        out.append(s)
    return out


def oracle_entities(doc: Document, gold: dict) -> None:
    ents = []
    taken: list[tuple[int, int]] = []
    for k, (key, aliases) in enumerate(gold.get("actors", {}).items(), 1):
        mentions = []
        for a in sorted(set(aliases), key=len, reverse=True):
            i = doc.text.find(a)
            while i >= 0:
                j = i + len(a)
                if not any(s < j and i < e for s, e in taken):
                    taken.append((i, j))
                    mentions.append(doc.span(i, j, "PER", kind="name"))
                i = doc.text.find(a, i + 1)
        if mentions:
            mentions.sort(key=lambda m: m.start)
            ents.append(Entity(f"e{k}", "PER", aliases[0], mentions))
    doc.set_layer("entities", ents)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--out", type=Path, default=Path("preds.jsonl"))
    ap.add_argument("--oracle-entities", action="store_true")
    ap.add_argument("--no-entities", action="store_true")
    args = ap.parse_args()
    stages = available(TEXT)
    if not (args.oracle_entities or args.no_entities):
        stages += available(ENTITY)
    direct = args.oracle_entities or "entities" not in stages
    if not direct:
        stages.append("quotes")  # the registered stage, run by the pipeline like any other
    pipe = Pipeline(stages=stages)
    # the registry requires entities before quotes: without the entity stages, run the component
    quotes = QuotesStage(QuotesConfig(), Resources.default()) if direct else None
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for path in sorted(args.dev.glob("*.txt")):
            gold_path = path.with_name(path.name[:-4] + ".gold.json")
            gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
            doc = Document(path.read_text(encoding="utf-8"), id=path.name[:-4],
                           meta={"published": gold.get("published")})
            pipe(doc)
            if args.oracle_entities:
                oracle_entities(doc, gold)
            if quotes is not None:
                quotes(doc)
            f.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    shown = stages + (["(oracle entities)"] if args.oracle_entities else []) + (["quotes"] if direct else [])
    print(f"stages: {' -> '.join(shown)}; wrote {n} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
