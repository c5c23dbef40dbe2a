"""Events on the dev articles: run the whole pipeline and write predictions.

    python bench/events_dev.py [--gold ../shared/eval/dev] [--out preds.jsonl]
    python ../shared/eval/score.py ../shared/eval/dev preds.jsonl --verbose
    python bench/events_dev.py --speed 300 [--skip 20000] [--profile]   # CPU ms/article of the events stage alone

Each article NAME.txt is analysed with its publication date taken from NAME.gold.json, by the
default stages (rasd.config.DEFAULT_STAGES). ``--speed`` times the events component alone
(``Pipeline.components()``) on SaudiNewsNet articles the other stages have analysed first.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.config import DEFAULT_STAGES  # noqa: E402
from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.shared import shared_path  # noqa: E402



def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=shared_path("eval", "dev"), help="default: ../shared/eval/dev")
    ap.add_argument("--out", type=Path, default=Path("preds.jsonl"))
    ap.add_argument("--speed", type=int, default=0, metavar="N",
                    help="time the events stage alone on N SaudiNewsNet articles (after the other stages)")
    ap.add_argument("--skip", type=int, default=0, help="with --speed: SaudiNewsNet articles to skip first")
    ap.add_argument("--profile", action="store_true", help="with --speed: print the top of a cProfile")
    a = ap.parse_args()
    if a.speed:
        return speed(a.speed, a.profile, a.skip)
    pipe = Pipeline(stages=DEFAULT_STAGES)
    print("stages:", " -> ".join(pipe.names))
    t0 = time.time()
    n_events = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for txt in sorted(a.gold.glob("*.txt")):
            name = txt.name[:-4]
            gold_path = a.gold / f"{name}.gold.json"
            published = json.loads(gold_path.read_text(encoding="utf-8")).get("published") if gold_path.exists() else None
            doc = pipe(Document(txt.read_text(encoding="utf-8"), id=name, meta={"published": published}))
            n_events += len(doc.layer("events"))
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    print(f"{n_events} events in {time.time() - t0:.1f}s -> {a.out}")
    return 0


def speed(n: int, profile: bool, skip: int = 0) -> int:
    """CPU time of the events component per article on n SaudiNewsNet articles (after the first
    ``skip``), the other stages run first. The first pass meets most words for the first time
    (per-word memos empty, as in bench/pipeline.py); a second pass shows the cost once they are
    filled."""
    from rasd.train.saudinewsnet import iter_articles

    pipe = Pipeline(stages=DEFAULT_STAGES)
    components = pipe.components()
    before = [c for name, c in components if name != "events"]
    events = pipe.stage("events")
    docs = []
    for k, art in enumerate(iter_articles(limit=n + skip)):
        if k < skip:
            continue
        doc = Document(art.get("content") or "", meta={"published": (art.get("date_extracted") or "")[:10] or None})
        for c in before:
            c(doc)
        docs.append(doc)
    if not docs:
        raise SystemExit("no SaudiNewsNet articles found")
    events(docs[0])  # load the argument ranker outside the timing
    for run in ("first pass", "second pass"):
        t0 = time.thread_time()
        n_events = 0
        for doc in docs:
            events(doc)
            n_events += len(doc.layer("events"))
        ms = 1000 * (time.thread_time() - t0) / len(docs)
        print(f"events stage, {run}: {ms:.2f} ms/article CPU over {len(docs)} articles ({n_events} events)")
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for doc in docs:
            events(doc)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
