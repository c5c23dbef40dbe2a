"""Events on the dev articles: run the whole pipeline and write predictions.

    python bench/events_dev.py [--gold ../shared/eval/dev] [--out preds.jsonl]
    python ../shared/eval/score.py ../shared/eval/dev preds.jsonl --verbose
    python bench/events_dev.py --speed 300 [--skip 20000] [--profile]   # CPU ms/article of the events stage alone
    python bench/events_dev.py --doers 2015-08-01:2015-08-09     # events done by an outlet, an anonymous source or God

``--doers`` analyses every SaudiNewsNet article of the days given (first:last, inclusive) with the
default pipeline and prints only counts (articles, events, and the events whose source is a news
outlet, an anonymous source or God: ``rasd.eval.events.non_doer_events``); it prints no article
text, so it may run over the days kept for the fresh reading.

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
    ap.add_argument("--doers", metavar="FIRST:LAST", help="count events done by outlets, anonymous sources or God")
    a = ap.parse_args()
    if a.doers:
        return doers(*a.doers.split(":"))
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


def doers(first: str, last: str) -> int:
    """Counts only, per day and in all: articles, events, events done by a non-doer."""
    import zipfile

    from rasd.eval.events import non_doer_events

    pipe = Pipeline(stages=DEFAULT_STAGES)
    total = [0, 0, 0]
    for path in sorted(shared_path("data", "saudinewsnet").glob("*.zip")):
        day = path.stem
        if not first <= day <= last:
            continue
        counts = [0, 0, 0]
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    text = (rec.get("title") or "") + "\n" + (rec.get("content") or "")
                    doc = pipe(Document(text, meta={"published": day}))
                    counts[0] += 1
                    counts[1] += len(doc.layer("events"))
                    counts[2] += len(non_doer_events(doc))
        print(f"{day}: {counts[0]} articles, {counts[1]} events, {counts[2]} done by an outlet, an anonymous source or God")
        total = [t + c for t, c in zip(total, counts)]
    print(f"all: {total[0]} articles, {total[1]} events, {total[2]} done by an outlet, an anonymous source or God")
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
