"""Throughput of the full pipeline locally (1 and 2 workers) and on Spark (local[1], local[2]) on the
same SaudiNewsNet sample, and whether the outputs are identical.

    python bench/scale.py --n 500 [--no-spark]

Prints articles/second (wall) and per core for each configuration. The machine has 2 cores;
other load on it lowers every figure alike.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.parallel import analyze_stream  # noqa: E402
from rasd.ingest.readers import Article  # noqa: E402
from rasd.train.saudinewsnet import iter_articles  # noqa: E402


def sample(n: int) -> list[Article]:
    return [Article(r["content"], str(i), {"published": r["date_extracted"][:10], "source": r["source"]})
            for i, r in enumerate(iter_articles(limit=n)) if r.get("content", "").strip()]


def run_local(arts, workers):
    t = time.perf_counter()
    out = [json.dumps(d, ensure_ascii=False, sort_keys=True) for d in analyze_stream(arts, workers)]
    return time.perf_counter() - t, out


def run_spark(arts, cores, path):
    from pyspark.sql import SparkSession

    from rasd.spark import analyze_dataframe, read_articles

    spark = (SparkSession.builder.master(f"local[{cores}]").appName("rasd-bench")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        df = read_articles(spark, str(path)).repartition(cores * 4).cache()
        df.count()
        t = time.perf_counter()
        tables = analyze_dataframe(df)
        n_docs = tables["documents"].count()
        rows = {k: sorted(tuple(r) for r in v.collect()) for k, v in tables.items()}
        dt = time.perf_counter() - t
    finally:
        spark.stop()
    return dt, n_docs, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--no-spark", action="store_true")
    a = ap.parse_args()
    arts = sample(a.n)
    words = sum(len(x.text.split()) for x in arts)
    print(f"sample: {len(arts)} SaudiNewsNet articles, {words / len(arts):.0f} words each on average")
    dt1, out1 = run_local(arts, 1)
    print(f"local, 1 worker : {len(arts) / dt1:7.1f} articles/s  ({len(arts) / dt1:.1f} per core)")
    dt2, out2 = run_local(arts, 2)
    print(f"local, 2 workers: {len(arts) / dt2:7.1f} articles/s  ({len(arts) / dt2 / 2:.1f} per core)")
    print(f"outputs identical with 1 and 2 workers: {out1 == out2}")
    if not a.no_spark:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "sample.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for x in arts:
                    f.write(json.dumps({"id": x.id, "text": x.text, **x.meta}, ensure_ascii=False) + "\n")
            results = {}
            for cores in (1, 2):
                dt, n, rows = run_spark(arts, cores, path)
                results[cores] = rows
                print(f"spark local[{cores}]: {n / dt:7.1f} articles/s  ({n / dt / cores:.1f} per core)")
            print(f"spark outputs identical with 1 and 2 cores: {results[1] == results[2]}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB (Spark and worker processes not included)")


if __name__ == "__main__":
    main()
