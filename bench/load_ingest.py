"""Loopback load test while an ingest writes: concurrent clients over search, pages and the API of
`rasd serve` while `rasd ingest` adds articles to the same database.

    nice python bench/load_ingest.py                        # 50 clients, 3000 requests, SaudiNewsNet ingest
    nice python bench/load_ingest.py --clients 50 --requests 3000 --deadline 300 --ingest FILES...

Builds a database from the dev articles (or copies --db), starts `rasd serve` on it (read-only, as
users run it), starts `rasd ingest` of ``--ingest`` (default: the first two SaudiNewsNet zips)
into the same file, waits until the ingest has committed its first batch, then runs ``--clients``
concurrent keep-alive clients that share ``--requests`` requests cycling over searches (API and
page), reader pages, entity and event pages, and API lists and documents. It stops by itself when
the requests are done or ``--deadline`` seconds have passed, and always stops the server and the
ingest. Prints latency p50/p95/p99 per kind and overall, the documents the ingest committed
during the run, and errors (any answer other than 200, or a failed connection); exits 1 on any
error. Only 127.0.0.1 is contacted. Uses bench/load.py's client and server helpers.
"""
from __future__ import annotations

import argparse
import asyncio
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import HOST, QUERIES, ROOT, Conn, build_dev_db, free_port, pct, start_server  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def targets(db: Path) -> list[tuple[str, str]]:
    """(kind, path) requests: what readers of the web app and API clients ask for."""
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY doc_id LIMIT 20")]
    con.close()
    out: list[tuple[str, str]] = []
    for i, q in enumerate(QUERIES):
        out.append(("api search", "/api/search?" + urlencode({**q, "limit": 10})))
        out.append(("page search", "/?" + urlencode({"q": q["q"]})))
        out.append(("page doc", f"/doc/{quote(ids[i % len(ids)])}"))
        out.append(("api doc", f"/api/documents/{quote(ids[(i + 7) % len(ids)])}"))
    for name in ("روسيا", "أوكرانيا", "بوتين", "إسطنبول"):
        out.append(("page entity", "/entity?" + urlencode({"name": name})))
        out.append(("api entity", "/api/entities/" + quote(name)))
    out += [("page events", "/events"), ("api list", "/api/events?limit=20"), ("api list", "/api/quotes?limit=20"),
            ("api list", "/api/entities?limit=20"), ("api list", "/api/documents?limit=20"), ("api list", "/api/stats"),
            ("api list", "/api/facets?" + urlencode({"q": "الرئيس"}))]
    return out


def documents(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


async def run_load(port: int, clients: int, total: int, deadline_s: float, plan: list[tuple[str, str]]) -> dict:
    lat: dict[str, list[float]] = {}
    errors: list[str] = []
    counter = iter(range(total))
    stop_at = time.monotonic() + deadline_s

    async def client() -> None:
        conn = Conn(port)
        try:
            for i in counter:
                if time.monotonic() > stop_at:
                    return
                kind, target = plan[i % len(plan)]
                t = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(conn.get(target), timeout=60)
                    lat.setdefault(kind, []).append(time.perf_counter() - t)
                    if status != 200:
                        errors.append(f"{status} {target} {body[:160]!r}")
                except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as exc:
                    errors.append(f"{type(exc).__name__} {target}")
                    await conn.close()
        finally:
            await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return {"lat": lat, "errors": errors, "wall": time.perf_counter() - t0, "cut": time.monotonic() > stop_at}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="database to start from (copied; default: built from the dev articles)")
    ap.add_argument("--ingest", nargs="*", help="what the ingest writes during the run (default: 2 SaudiNewsNet zips)")
    ap.add_argument("--data", default=str(DATA), help="SaudiNewsNet folder for the default --ingest")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--ingest-workers", type=int, default=1, help="rasd ingest --workers (default 1: a core for the server)")
    ap.add_argument("--deadline", type=float, default=300, help="seconds after which the run stops (default 300)")
    a = ap.parse_args()
    feed = a.ingest or [str(p) for p in sorted(Path(a.data).glob("*.zip"))[:2]]
    if not feed:
        raise SystemExit(f"nothing to ingest during the run: no zips in {a.data} (give --ingest FILES)")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        if a.db:
            shutil.copy(a.db, db)
        else:
            build_dev_db(db)
        plan = targets(db)
        before = documents(db)
        port = free_port()
        server = start_server(db, port)
        ingest = subprocess.Popen([sys.executable, "-m", "rasd", "ingest", *feed, "--db", str(db), "-q",
                                   "--workers", str(a.ingest_workers)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        try:
            wait = time.monotonic() + 120
            while documents(db) == before and ingest.poll() is None and time.monotonic() < wait:
                time.sleep(0.5)
            if ingest.poll() is not None and documents(db) == before:
                raise SystemExit(f"the ingest wrote nothing: {ingest.stderr.read()[-2000:]}")
            start_docs = documents(db)
            res = asyncio.run(run_load(port, a.clients, a.requests, a.deadline, plan))
            end_docs = documents(db)
            still = ingest.poll() is None
        finally:
            for proc in (ingest, server):
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
    all_lat = [x * 1000 for xs in res["lat"].values() for x in xs]
    done = len(all_lat)
    print(f"{a.clients} clients on {HOST}, one server process; ingest of {len(feed)} input(s) with "
          f"{a.ingest_workers} worker(s) into the same database")
    print(f"documents: {before} at start, {start_docs} when the clients started, {end_docs} at the end "
          f"({end_docs - start_docs} committed during the run; ingest {'still running' if still else 'finished'})")
    print(f"requests: {done} answered of {a.requests} in {res['wall']:.1f} s = {done / res['wall']:.1f} req/s")
    for kind in sorted(res["lat"]):
        xs = [x * 1000 for x in res["lat"][kind]]
        print(f"  {kind:12} n {len(xs):5}  p50 {pct(xs, 50):7.1f}  p95 {pct(xs, 95):7.1f}  p99 {pct(xs, 99):7.1f}  "
              f"max {max(xs):7.1f} ms")
    if all_lat:
        print(f"  {'all':12} n {done:5}  p50 {pct(all_lat, 50):7.1f}  p95 {pct(all_lat, 95):7.1f}  "
              f"p99 {pct(all_lat, 99):7.1f}  max {max(all_lat):7.1f} ms  mean {statistics.fmean(all_lat):.1f}")
    print(f"errors: {len(res['errors'])}" + (" (stopped by the deadline)" if res["cut"] else ""))
    for e in res["errors"][:10]:
        print("  ", e)
    return 1 if res["errors"] or res["cut"] or done < a.requests else 0


if __name__ == "__main__":
    sys.exit(main())
