"""Bounded load test of the web API on loopback: N concurrent clients, a fixed number of searches;
or (--pages) the latency of every page of the reader, one client, page by page.

    python bench/load.py                         # builds a db from the dev articles
    python bench/load.py --db news.db --clients 50 --requests 2000 --deadline 300
    python bench/load.py --db news.db --pages    # p50/p95 of each page, first visits and repeats

--pages: for each kind of page (search, reader, entity, events, map, stories, quotes, entities,
feeds, exports' first bytes excluded), about 12 different URLs built from the database itself
(real article ids, entity names, event types, days), each requested --rounds times (default 5)
in turn by one client. Round 1 is every URL's first visit (nothing of it computed before: the
server keeps aggregates per database state, rasd.store.queries._cached); the table gives its p95
apart from the p95 over all rounds. The server is started fresh (rasd serve), so only what it
precomputes at start (the front pages' aggregates) is warm.

Starts `rasd serve` (uvicorn, one process) in a subprocess on 127.0.0.1 with a free port, waits
for it, then runs ``--clients`` concurrent clients that share ``--requests`` GET /api/search
calls (realistic queries, with and without filters, cycling). It stops by itself: when the
requests are done or when ``--deadline`` seconds have passed, whichever is first, and always
stops the server. Prints throughput, p50/p95/p99/max latency and errors (any non-200 answer or
failed connection); exits 1 if there was any error or the deadline cut the run short.
Only 127.0.0.1 is ever contacted.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"

# Twenty searches an analyst of Arabic news would type: names, places, phrases, OR, exclusion,
# prefixes, and filters by event type, entity and date.
QUERIES: list[dict] = [
    {"q": "بوتين"}, {"q": "أوكرانيا"}, {"q": "وزير الخارجية"}, {"q": "\"إطلاق النار\""},
    {"q": "المفاوضات"}, {"q": "داعش OR الدولة"}, {"q": "روسيا -أوكرانيا"}, {"q": "كيري الخليج"},
    {"q": "السعودية"}, {"q": "الأمم المتحدة"}, {"q": "اللاجئين"}, {"q": "البرلمان"},
    {"q": "الرئيس", "type": "CONSULT"}, {"q": "قال", "since": "2015-01", "until": "2015-12"},
    {"q": "الحكومة"}, {"q": "تركيا"}, {"q": "مفاوض*"}, {"q": "العراق", "entity": "العراق"},
    {"q": "الجيش"}, {"q": "إيران"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def build_dev_db(path: Path) -> None:
    dev = sorted(str(p) for p in (ROOT / "tests" / "fixtures" / "dev").glob("*.txt"))
    subprocess.run([sys.executable, "-m", "rasd", "ingest", *dev, "--db", str(path), "--workers", "1", "--quiet"],
                   cwd=ROOT, check=True)


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(db), "--host", HOST,
                             "--port", str(port), "--workers", str(workers)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


class Conn:
    """One keep-alive HTTP/1.1 connection with the least client work per request (asyncio
    streams; the server answers with Content-Length). httpx's pool costs more CPU than the
    server itself at 50 connections on 2 cores, which would measure the client, not the server."""

    def __init__(self, port: int):
        self.port = port
        self.reader = self.writer = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length, close = 0, False
        for line in lines[1:]:
            k, _, v = line.partition(":")
            if k.lower() == "content-length":
                length = int(v)
            elif k.lower() == "connection" and v.strip().lower() == "close":
                close = True
        body = await self.reader.readexactly(length)
        if close:
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def run_load(port: int, clients: int, total: int, deadline_s: float) -> dict:
    from urllib.parse import urlencode

    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(total))
    stop_at = time.monotonic() + deadline_s
    targets = ["/api/search?" + urlencode({**q, "limit": 10}) for q in QUERIES]

    async def client() -> None:
        conn = Conn(port)
        try:
            for i in counter:
                if time.monotonic() > stop_at:
                    return
                target = targets[i % len(targets)]
                t = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(conn.get(target), timeout=30)
                    latencies.append(time.perf_counter() - t)
                    if status != 200:
                        errors.append(f"{status} {target} {body[:120]!r}")
                except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as exc:
                    errors.append(f"{type(exc).__name__} {target}")
                    await conn.close()
        finally:
            await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - t0
    return {"latencies": latencies, "errors": errors, "wall": wall, "cut": time.monotonic() > stop_at}


def page_urls(db: Path, per_kind: int = 12) -> dict[str, list[str]]:
    """Representative URLs of each page, from the database's own ids, names, types and days."""
    import sqlite3
    from urllib.parse import quote, urlencode

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    q = lambda sql, *a: [r[0] for r in con.execute(sql, a)]  # noqa: E731
    n = per_kind
    docs = q("SELECT id FROM documents WHERE doc_id % 97 = 0 ORDER BY doc_id LIMIT ?", n)
    ents = q("SELECT name FROM entity_stats WHERE label IN ('PER', 'ORG', 'LOC') ORDER BY docs DESC LIMIT ?", n)
    types = q("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT ?", n)
    days = q("SELECT DISTINCT substr(published, 1, 10) FROM documents WHERE published IS NOT NULL ORDER BY 1 DESC LIMIT ?", n)
    speakers = q("SELECT speaker_name FROM quotes WHERE speaker_key IS NOT NULL GROUP BY speaker_key ORDER BY count(*) DESC LIMIT ?", n)
    words = [x["q"] for x in QUERIES][:n]
    con.close()
    u = lambda path, **kw: path + ("?" + urlencode(kw) if kw else "")  # noqa: E731
    return {
        "/ (home)": ["/"] + [u("/", page=k) for k in range(2, n + 1)],
        "/?q= (search)": [u("/", q=w) for w in words],
        "/doc/ID (reader)": ["/doc/" + quote(d, safe="") for d in docs],
        "/entity?name=": [u("/entity", name=e) for e in ents],
        "/entities": ["/entities"] + [u("/entities", label=lab) for lab in ("PER", "ORG", "LOC", "MISC")]
                     + [u("/entities", q=e.split()[0]) for e in ents[:n - 5]],
        "/events": ["/events"] + [u("/events", type=t) for t in types[:n - 1]],
        "/map": ["/map"] + [u("/map", type=t) for t in types[:n - 1]],
        "/stories": ["/stories"] + [u("/stories", day=d) for d in days[:n - 1]],
        "/quotes": ["/quotes"] + [u("/quotes", speaker=s) for s in speakers[:n - 1]],
        "/feed.atom": [u("/feed.atom", q=w) for w in words[:n // 2]] + [u("/feed.atom", entity=e) for e in ents[:n // 2]],
        "/analyze (form)": ["/analyze"],
        "/api/search": [u("/api/search", q=w) for w in words],
    }


async def run_pages(port: int, kinds: dict[str, list[str]], rounds: int) -> dict:
    conn = Conn(port)
    out = {}
    try:
        for kind, urls in kinds.items():
            first, all_ = [], []
            errors = []
            for r in range(rounds):
                for url in urls:
                    t = time.perf_counter()
                    status, body = await conn.get(url)
                    ms = (time.perf_counter() - t) * 1000
                    all_.append(ms)
                    if r == 0:
                        first.append(ms)
                    if status != 200:
                        errors.append(f"{status} {url}")
            out[kind] = {"urls": len(urls), "first": first, "all": all_, "errors": errors}
    finally:
        await conn.close()
    return out


def main_pages(db: Path, rounds: int) -> int:
    kinds = page_urls(db)
    # Targets are sent raw in the request line: percent-encode what is not ASCII.
    from urllib.parse import quote
    kinds = {k: [quote(u, safe="/?=&%:~") for u in v] for k, v in kinds.items()}
    port = free_port()
    proc = start_server(db, port)
    try:
        time.sleep(2)  # let the server's start-up precomputation run as it would for a user
        res = asyncio.run(run_pages(port, kinds, rounds))
    finally:
        stop_server(proc)
    print(f"database: {db}; one client on {HOST}; {rounds} rounds; cores: {os.cpu_count()}; "
          f"load average at the end: {os.getloadavg()[0]:.1f}")
    print(f"{'page':<22} {'urls':>4} {'first p50':>10} {'first p95':>10} {'repeat p50':>11} {'repeat p95':>11} "
          f"{'all p95':>8} {'max':>7}  errors   (ms)")
    bad = 0
    for kind, r in res.items():
        rep = r["all"][len(r["first"]):] or r["first"]
        print(f"{kind:<22} {r['urls']:>4} {pct(r['first'], 50):>10.1f} {pct(r['first'], 95):>10.1f} "
              f"{pct(rep, 50):>11.1f} {pct(rep, 95):>11.1f} {pct(r['all'], 95):>8.1f} {max(r['all']):>7.1f}  {len(r['errors'])}")
        for e in r["errors"][:3]:
            print("    ", e)
        bad += len(r["errors"])
    return 1 if bad else 0


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="database to serve (default: build one from the dev articles)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1, help="server processes (rasd serve --workers)")
    ap.add_argument("--deadline", type=float, default=300, help="seconds after which the run stops (default 300)")
    ap.add_argument("--pages", action="store_true", help="latency of each page, one client (needs --db)")
    ap.add_argument("--rounds", type=int, default=5, help="--pages: requests of each URL (default 5)")
    args = ap.parse_args()
    if args.pages:
        if not args.db:
            ap.error("--pages needs --db (a database made by rasd ingest)")
        return main_pages(Path(args.db), args.rounds)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "dev.db"
        if not args.db:
            t = time.perf_counter()
            build_dev_db(db)
            print(f"built {db} from the dev articles in {time.perf_counter() - t:.1f} s")
        port = free_port()
        proc = start_server(db, port, args.workers)
        try:
            n_docs = httpx.get(f"http://{HOST}:{port}/api/stats", timeout=10).json()["documents"]
            res = asyncio.run(run_load(port, args.clients, args.requests, args.deadline))
        finally:
            stop_server(proc)
    lat = [x * 1000 for x in res["latencies"]]
    done = len(lat)
    print(f"database: {db if args.db else 'dev articles'} ({n_docs} documents); {args.clients} clients on {HOST}; "
          f"server workers: {args.workers}; "
          f"cores: {os.cpu_count()}")
    print(f"requests: {done} answered of {args.requests} in {res['wall']:.2f} s = {done / res['wall']:.1f} req/s")
    if lat:
        print(f"latency ms: p50 {pct(lat, 50):.1f}  p95 {pct(lat, 95):.1f}  p99 {pct(lat, 99):.1f}  "
              f"max {max(lat):.1f}  mean {statistics.fmean(lat):.1f}")
    print(f"errors: {len(res['errors'])}" + (" (stopped by the deadline)" if res["cut"] else ""))
    for e in res["errors"][:10]:
        print("  ", e)
    return 1 if res["errors"] or res["cut"] or done < args.requests else 0


if __name__ == "__main__":
    sys.exit(main())
