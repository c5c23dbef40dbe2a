"""Ingest throughput, database size and memory over time: `rasd ingest` on SaudiNewsNet.

    nice python bench/ingest.py                      # all zips, 1 and 2 workers
    nice python bench/ingest.py --zips 3 --workers 1  # a quick subset

Runs `python -m rasd ingest` in a subprocess per worker count on a fresh database, samples the
resident memory of the whole process tree (main + workers) every 0.5 s, and prints
articles/second, database size, peak memory, memory at 25/50/75/100% of the run (flat = no
growth with corpus size), and the exact-duplicate and story counts.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.shared import shared_path  # noqa: E402

DATA = shared_path("data", "saudinewsnet")


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (from /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def stored(db: Path) -> int | None:
    """Documents committed so far (read-only peek at the database being written)."""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None


def run(paths: list[str], workers: int, stages: str | None, batch: int, keep: str | None) -> dict:
    from rasd.store import queries as Q

    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    db = tmp / "bench.db"
    cmd = [sys.executable, "-m", "rasd", "ingest", *paths, "--db", str(db), "--workers", str(workers),
           "--batch", str(batch), "-q"]
    if stages:
        cmd += ["--stages", stages]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    samples = []
    while proc.poll() is None:
        samples.append((time.monotonic() - t0, tree_rss(proc.pid), stored(db)))
        time.sleep(0.5)
    err = proc.stderr.read()
    secs = time.monotonic() - t0
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{err[-2000:]}")
    st = Q.stats(str(db))
    size = db.stat().st_size
    out = {"workers": workers, "seconds": secs, "stats": st, "db_bytes": size, "samples": samples,
           "summary": [line for line in err.splitlines() if "articles read" in line][-1:]}
    if keep:
        shutil.copy(db, keep)
    shutil.rmtree(tmp)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--zips", type=int, default=None, help="only the first N zip files")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--stages", default=None, help="pipeline stages (default: the configured pipeline)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--keep", default=None, help="copy the last database here (for bench/search.py)")
    ap.add_argument("--sample", type=int, default=None,
                    help="only the first N records of the first zip (for slow full-pipeline runs)")
    a = ap.parse_args()
    zips = sorted(str(p) for p in Path(a.data).glob("*.zip"))[: a.zips]
    if a.sample:
        import json
        import zipfile

        with zipfile.ZipFile(zips[0]) as zf:
            name = sorted(zf.namelist())[0]
            recs = json.loads(zf.read(name))[: a.sample]
        sample = Path(tempfile.mkdtemp(prefix="rasd-sample-")) / Path(zips[0]).name
        with zipfile.ZipFile(sample, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(name, json.dumps(recs, ensure_ascii=False))
        zips = [str(sample)]
    print(f"input: {len(zips)} zip files from {a.data}{f' (first {a.sample} records)' if a.sample else ''}; "
          f"stages: {a.stages or 'configured pipeline'}")
    for w in [int(x) for x in a.workers.split(",")]:
        r = run(zips, w, a.stages, a.batch, a.keep)
        st = r["stats"]
        smp = [s for s in r["samples"] if s[1] > 0] or [(0, 0, 0)]
        rss = [s[1] for s in smp]
        print(f"\nworkers={w}: {st['documents']} documents in {r['seconds']:.1f} s = "
              f"{st['documents'] / r['seconds']:.1f} articles/s (wall, incl. start-up)")
        print(f"  {r['summary'][0] if r['summary'] else ''}")
        print(f"  database {r['db_bytes'] / 1e6:.1f} MB; exact duplicates {st['duplicates']} "
              f"(sources {st['doc_sources']}); stories {st['stories']} "
              f"({st['documents'] - st['stories']} near-duplicate copies grouped)")
        print(f"  entities {st['entities']}, mentions {st['mentions']}, quotes {st['quotes']}, events {st['events']}")
        print(f"  peak RSS (main + workers) {max(rss) / 1e6:.0f} MB; over the run (documents stored: MB):")
        deciles = [smp[min(len(smp) - 1, int(len(smp) * q / 10))] for q in range(1, 11)]
        print("   " + ", ".join(f"{d or 0}: {m / 1e6:.0f}" for _, m, d in deciles))


if __name__ == "__main__":
    main()
