"""Search latency: p50/p95 of 20 realistic Arabic queries (some with filters) over a database.

    nice python bench/search.py --db news.db      # e.g. the database kept by bench/ingest.py --keep

Each query runs once to warm the page cache, then 5 times; latency is wall time of
``rasd.store.queries.search`` (limit 10, with snippets), as the CLI and the web app call it.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUERIES = [
    ("وزير الخارجية", {}),
    ("مجلس الأمن", {}),
    ('"الاتفاق النووي"', {}),
    ("إيران", {}),
    ("الحوثيين صنعاء", {}),
    ("داعش OR الدولة الإسلامية", {}),
    ("عاصفة الحزم", {}),
    ("ولي العهد", {}),
    ("أسعار النفط", {}),
    ("سوق الأسهم", {"source": "aleqtisadiya"}),
    ("الهلال النصر", {}),
    ("التحالف العربي اليمن", {"since": "2015-07-25"}),
    ("اللاجئين السوريين", {}),
    ("هجوم انتحاري", {}),
    ("وزارة الصحة كورونا", {}),
    ("الأمم المتحدة -سوريا", {}),
    ("أوباما", {"until": "2015-07-28"}),
    ("رئيس الوزراء العراقي", {}),
    ("الملك سلمان", {"source": "aawsat"}),
    ("تعز*", {}),
]


def main() -> None:
    from rasd.store import queries as Q

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="rasd.db")
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    db = Q.open_db(a.db)
    st = Q.stats(db)
    print(f"database {a.db}: {st['documents']} documents, {st['stories']} stories")
    lat, cpu = [], []
    per = []
    for q, f in QUERIES:
        Q.search(db, q, f, limit=10)
        ts = []
        for _ in range(a.runs):
            t, c = time.perf_counter(), time.process_time()
            res = Q.search(db, q, f, limit=10)
            ts.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        lat += ts
        per.append((statistics.median(ts), q, f, res["total"]))
    def pct(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, max(0, int(round(p * len(xs))) - 1))]

    lat.sort()
    p50, p95 = statistics.median(lat), pct(lat, 0.95)
    for ms, q, f, n in per:
        print(f"  {ms:7.1f} ms  {n:6d} hits  {q} {f or ''}")
    print(f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {lat[-1]:.1f} ms over {len(lat)} searches "
          f"({len(QUERIES)} queries x {a.runs} runs)")
    # CPU time is what the search costs; wall time also counts waiting for a busy machine.
    print(f"CPU time: p50 {statistics.median(cpu):.1f} ms, p95 {pct(cpu, 0.95):.1f} ms; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
