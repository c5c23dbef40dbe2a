"""Resident memory of one worker over a long stream of articles: it must level off, not grow.

    nice python bench/memory.py --n 8000 --every 1000

Prints the process's current RSS (from /proc/self/statm) after every ``--every`` articles.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd import Pipeline  # noqa: E402
from rasd.document import Document  # noqa: E402
from rasd.train.saudinewsnet import iter_articles  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=8000)
    ap.add_argument("--every", type=int, default=1000)
    a = ap.parse_args()
    p = Pipeline().warm()
    print(f"after loading models: {rss_mb():.0f} MB")
    t = time.perf_counter()
    for i, rec in enumerate(iter_articles(limit=a.n), 1):
        if rec.get("content", "").strip():
            p(Document(rec["content"], str(i), {"published": rec["date_extracted"][:10]}))
        if i % a.every == 0:
            print(f"{i:6d} articles: {rss_mb():6.0f} MB  ({i / (time.perf_counter() - t):.0f} articles/s wall)", flush=True)


if __name__ == "__main__":
    main()
