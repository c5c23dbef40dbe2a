"""How much time the quote stage adds to the pipeline, per article, on SaudiNewsNet.

    nice python bench/quotes_speed.py [--n 500] [--stages normalize,sentences,...]

Runs the pipeline before quotes (by default the text core and, when installed, the entity
stages) on the first N SaudiNewsNet articles, then the quote stage, timing each separately, and
prints per-article times and the quote stage's time as a share of the pipeline before it (target:
at most 20% added). SaudiNewsNet lives in ../shared/data (not shipped; used to measure only).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd import Pipeline  # noqa: E402
from rasd.document import Document  # noqa: E402
from rasd.quotes.stage import QuotesConfig, QuotesStage  # noqa: E402
from rasd.resources import Resources  # noqa: E402
from rasd.train.saudinewsnet import iter_articles  # noqa: E402

DEFAULT = ["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--stages", default=",".join(DEFAULT))
    args = ap.parse_args()
    stages = [s for s in args.stages.split(",") if s]
    try:
        pipe = Pipeline(stages=stages).warm()
    except Exception as exc:  # entity stages not installed: fall back to the text core
        print(f"(pipeline {stages} unavailable: {exc}; using the text core)")
        stages = ["normalize", "sentences", "tokens", "boilerplate"]
        pipe = Pipeline(stages=stages).warm()
    arts = [a for a in iter_articles(limit=args.n) if (a.get("content") or "").strip()]
    quotes = QuotesStage(QuotesConfig(), Resources.default())  # loads its lexicon once, here
    # warm-up: caches, models
    d = Document(arts[0]["content"]); pipe(d); quotes(d)
    base, quote, ratios, nq, chars = [], [], [], 0, 0
    for a in arts:
        doc = Document(a["content"])
        t0 = time.perf_counter()
        pipe(doc)
        t1 = time.perf_counter()
        quotes(doc)
        t2 = time.perf_counter()
        base.append(t1 - t0)
        quote.append(t2 - t1)
        ratios.append((t2 - t1) / (t1 - t0) if t1 > t0 else 0.0)
        nq += len(doc.layer("quotes"))
        chars += len(doc.text)
    tb, tq = sum(base), sum(quote)
    print(f"articles: {len(arts)} ({chars / len(arts):.0f} chars on average), quotes found: {nq}")
    print(f"pipeline before quotes ({' -> '.join(stages)}): {1000 * tb / len(arts):.2f} ms/article")
    print(f"quote stage: {1000 * tq / len(arts):.2f} ms/article "
          f"(median {1000 * statistics.median(quote):.2f} ms, max {1000 * max(quote):.1f} ms)")
    print(f"quote stage adds {100 * tq / tb:.1f}% to the pipeline's time "
          f"(median per article {100 * statistics.median(ratios):.1f}%); target <= 20%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
