"""Scale of one machine: a store of N articles (SaudiNewsNet repeated), its ingest time, size and
search latency.

    nice python bench/store_scale.py build --n 300000 --dir /tmp/rasd-300k     # input + rasd ingest
    nice python bench/store_scale.py search --dir /tmp/rasd-300k               # search p50/p95

``build`` writes the SaudiNewsNet articles again and again as gzipped JSON Lines (one file per
copy) until there are N: copy k gets the id ``c<k>-<original id>``, a publication date k years
(k x 365 days) after the original, and a last line ``(k)`` so that its content hash differs
(otherwise the store would rightly keep one document and count the rest as exact duplicates).
Then it runs ``rasd ingest`` on the folder in a subprocess (all cores) and prints the wall time,
the database size and the summary line. Keep the folder outside the repository (it is large).

``search`` times ``rasd.store.queries.search`` (limit 10, snippets, as the CLI and the web call
it) for a rare word, a common word and a phrase, each run once to warm the page cache then
``--repeat`` times, and prints total matches, p50 and p95.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
QUERIES = [("rare word", "الكوليرا"), ("common word", "الرئيس"), ("phrase", '"وزير الخارجية"'),
           ("common word + filter", "الرئيس"), ("two common words", "الرئيس السعودية")]


def build_input(n: int, out: Path, data: str) -> int:
    from rasd.train.saudinewsnet import iter_articles

    base = [r for r in iter_articles(data) if isinstance(r.get("content"), str) and r["content"].strip()]
    if not base:
        raise SystemExit(f"no SaudiNewsNet articles in {data} (give --data)")
    out.mkdir(parents=True, exist_ok=True)
    written, k = 0, 0
    while written < n:
        with gzip.open(out / f"copy-{k:02d}.jsonl.gz", "wt", encoding="utf-8", compresslevel=3) as f:
            for i, r in enumerate(base):
                if written >= n:
                    break
                day = dt.date.fromisoformat(str(r.get("date_extracted", "2015-07-21"))[:10]) + dt.timedelta(days=365 * k)
                text = r["content"] if k == 0 else r["content"].rstrip() + f"\n\n({k})"
                rec = {"id": f"c{k}-{i}", "text": text, "published": day.isoformat(),
                       "title": r.get("title"), "url": r.get("url"), "source": r.get("source")}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
        k += 1
    return written


def cmd_build(a) -> None:
    d = Path(a.dir)
    inp = d / "input"
    if not inp.exists():
        t = time.monotonic()
        n = build_input(a.n, inp, a.data)
        print(f"input: {n} articles in {len(list(inp.glob('*.gz')))} files, {time.monotonic() - t:.0f} s", flush=True)
    db = d / "store.db"
    cmd = [sys.executable, "-m", "rasd", "ingest", str(inp), "--db", str(db), "-q"]
    if a.workers:
        cmd += ["--workers", str(a.workers)]
    t = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    secs = time.monotonic() - t
    summary = [line for line in proc.stderr.splitlines() if "articles read" in line]
    print(f"ingest exit {proc.returncode} in {secs:.0f} s ({secs / 3600:.2f} h)")
    print(summary[-1] if summary else proc.stderr[-2000:])
    size = sum(p.stat().st_size for p in d.glob("store.db*"))
    print(f"database {db}: {size / 1e9:.2f} GB (with -wal/-shm)", flush=True)


def cmd_search(a) -> None:
    from rasd.store import queries as Q

    con = Q.open_db(str(Path(a.dir) / "store.db"))
    print(f"documents: {con.execute('SELECT count(*) FROM documents').fetchone()[0]}")
    for label, q in QUERIES:
        filters = {"since": "2020-01", "source": "aawsat"} if "filter" in label else {}
        res = Q.search(con, q, filters, limit=10)
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            res = Q.search(con, q, filters, limit=10)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{label:22} {q!r:24} {filters or ''} total {res['total']:>7}  p50 {times[len(times) // 2]:7.1f} ms"
              f"  p95 {p95:7.1f} ms  max {times[-1]:7.1f} ms", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--n", type=int, default=300_000)
    b.add_argument("--dir", required=True, help="working folder outside the repository")
    b.add_argument("--workers", type=int, default=None)
    b.add_argument("--data", default=str(DATA), help="folder of SaudiNewsNet zips (default: %(default)s)")
    s = sub.add_parser("search")
    s.add_argument("--dir", required=True)
    s.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    {"build": cmd_build, "search": cmd_search}[a.cmd](a)


if __name__ == "__main__":
    main()
