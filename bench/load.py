"""Bounded load test of the web API on loopback: N concurrent clients, a fixed number of searches.

    python bench/load.py                         # builds a db from the dev articles
    python bench/load.py --db news.db --clients 50 --requests 2000 --deadline 300

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
    args = ap.parse_args()
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
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
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
