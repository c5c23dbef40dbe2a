"""Throughput of the Arabic text core on SaudiNewsNet, per stage and in total, on one core.

    nice python bench/text_core.py [--n 2000] [--skip 0] [--profile STAGE] [--show K]

Runs normalize -> sentences -> tokens -> boilerplate -> mtflags on N SaudiNewsNet articles (read
into memory first, so reading the zip files is not timed), timing each stage separately, and
prints characters per second and articles per second per stage and for the whole core (from the
CPU time of the analysing thread, so that other processes on a shared machine do not count), with
the process's peak resident memory. The text core is single-threaded: these are per-core figures
(target: >= 2 MB/s of text). ``--profile STAGE`` prints the cProfile of one stage's functions.
``--show K`` prints K random boilerplate spans and every MT flag with their context, to check
by eye that little article body is marked. SaudiNewsNet lives in ../shared/data (not shipped; used
to measure only).
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.train.saudinewsnet import iter_articles  # noqa: E402

from measure import peak_mb  # noqa: E402

STAGES = ["normalize", "sentences", "tokens", "boilerplate", "mtflags"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles to analyse")
    ap.add_argument("--skip", type=int, default=0, help="articles to skip first (another sample)")
    ap.add_argument("--profile", choices=STAGES, help="print a cProfile of this stage")
    ap.add_argument("--show", type=int, default=0, help="print K random boilerplate spans and all flags")
    args = ap.parse_args()

    funcs = Pipeline(stages=STAGES).components()
    texts = []
    for i, a in enumerate(iter_articles(limit=args.n + args.skip)):
        if i >= args.skip and (a.get("content") or "").strip():
            texts.append(a["content"])
    chars = sum(len(t) for t in texts)
    utf8 = sum(len(t.encode("utf-8")) for t in texts)
    # warm-up on one article: lexicons and data files are loaded once per process, not per text
    warm = Document(texts[0])
    for _, f in funcs:
        f(warm)
    mem0 = peak_mb()

    # CPU time of this thread, not wall time: on a shared machine other processes' load would
    # otherwise count against the text core (the wall time of the whole run is printed too)
    spent = {name: 0.0 for name in STAGES}
    wall0 = time.perf_counter()
    prof = cProfile.Profile() if args.profile else None
    found = {"boilerplate": 0, "flags": 0}
    kinds: collections.Counter = collections.Counter()
    marked_chars = 0
    samples: list[tuple[str, str, str]] = []
    flag_samples: list[tuple[str, str]] = []
    for t in texts:
        doc = Document(t)
        for name, f in funcs:
            if prof is not None and name == args.profile:
                prof.enable()
            t0 = time.thread_time()
            f(doc)
            spent[name] += time.thread_time() - t0
            if prof is not None and name == args.profile:
                prof.disable()
        found["boilerplate"] += len(doc.layer("boilerplate"))
        found["flags"] += len(doc.layer("flags"))
        for b in doc.layer("boilerplate"):
            kinds[b.label] += 1
            marked_chars += b.end - b.start
            samples.append((b.label, b.text[:100], b.get("reason", "")[:60]))
        for f in doc.layer("flags"):
            kinds["flag:" + f.label] += 1
            flag_samples.append((f.label, f"{t[max(0, f.start - 40):f.start]}[[{f.text}]]{t[f.end:f.end + 30]}".replace("\n", " ")))
    wall = time.perf_counter() - wall0
    total = sum(spent.values())
    n = len(texts)

    print(f"articles: {n} ({chars:,} characters, {utf8 / 1e6:.2f} MB of UTF-8, {chars / n:.0f} chars/article)")
    print(f"boilerplate spans: {found['boilerplate']} ({marked_chars / chars:.2%} of the characters), "
          f"MT flags: {found['flags']}")
    print("by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"{'stage':<12} {'s':>7} {'ms/article':>11} {'Mchars/s':>9} {'MB/s':>7} {'articles/s':>11} {'share':>6}")
    for name in STAGES + ["TOTAL"]:
        s = total if name == "TOTAL" else spent[name]
        print(f"{name:<12} {s:7.2f} {1000 * s / n:11.3f} {chars / s / 1e6:9.2f} {utf8 / s / 1e6:7.2f} "
              f"{n / s:11.0f} {s / total:6.0%}")
    print(f"(CPU seconds of the analysing thread; wall time of the run {wall:.2f} s)")
    print(f"peak resident memory: {peak_mb():.0f} MB ({mem0:.0f} MB after loading the texts and the data files)")
    if args.show:
        random.seed(0)
        print(f"\n{min(args.show, len(samples))} random boilerplate spans:")
        for kind, text, reason in random.sample(samples, min(args.show, len(samples))):
            print(f"  {kind:<16} {text}")
        print(f"\nall {len(flag_samples)} MT flags:")
        for kind, ctx in flag_samples:
            print(f"  {kind:<16} {ctx}")
    if prof is not None:
        print(f"\nprofile of {args.profile}:")
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
