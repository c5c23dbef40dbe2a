"""The Spark job over SaudiNewsNet against the local pipeline: the same records, and the time of each.

    nice python bench/spark_snn.py --master 'local[2]' --out /tmp/rasd-spark      # all 27k articles
    nice python bench/spark_snn.py --zips 1 --out /tmp/rasd-spark                  # one day, quickly

1. Local: the zips are read by the one reader and analysed by ``rasd.parallel.analyze_stream`` with
   ``--workers`` processes; every table's rows are made by ``rasd.export.columns.rows``.
2. Spark: ``rasd.spark.run`` (what `rasd spark INPUT OUTPUT --master M` runs) reads the same zips
   on its executors and writes Parquet under ``--out``; the rows are read back with pyarrow.
Each table's rows are compared as multisets (a hash per row, so 27k documents fit in memory) and
the wall time of each run is printed. Keep ``--out`` outside the repository.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def _key(t: tuple) -> bytes:
    return hashlib.sha1(repr(t).encode("utf-8")).digest()


def local_rows(paths: list[str], workers: int) -> tuple[dict[str, Counter], int, float]:
    from rasd.export.columns import COLUMNS, TABLES, rows
    from rasd.ingest.readers import Article, Reader
    from rasd.parallel import analyze_stream

    t = time.monotonic()
    arts = (a for a in Reader(paths) if isinstance(a, Article))
    out = {table: Counter() for table in TABLES}
    n = 0
    for d in analyze_stream(arts, workers):
        if isinstance(d, str):
            print("local failure:", d, file=sys.stderr)
            continue
        n += 1
        for table in TABLES:
            cols = [c.name for c in COLUMNS[table]]
            for r in rows(table, d):
                out[table][_key(tuple(r.get(c) for c in cols))] += 1
    return out, n, time.monotonic() - t


def spark_rows(inp: str, out: Path, master: str) -> tuple[dict[str, Counter], dict, float]:
    import pyarrow.parquet as pq

    from rasd.export.columns import COLUMNS, TABLES
    from rasd.spark import run

    t = time.monotonic()
    counts = run(inp, str(out), master)
    secs = time.monotonic() - t
    got = {}
    for table in TABLES:
        cols = [c.name for c in COLUMNS[table]]
        c = Counter()
        tab = pq.read_table(out / table, columns=cols)
        for rec in tab.to_pylist():
            c[_key(tuple(rec.get(x) for x in cols))] += 1
        got[table] = c
    return got, counts, secs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--zips", type=int, default=None, help="only the first N zips")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    ap.add_argument("--out", default=None, help="folder for Spark's Parquet output (default: a temporary one)")
    ap.add_argument("--skip-local", action="store_true")
    a = ap.parse_args()
    zips = sorted(Path(a.data).glob("*.zip"))[: a.zips]
    if not zips:
        raise SystemExit(f"no zips in {a.data}")
    tmp = None
    if a.out:
        out = Path(a.out)
    else:
        tmp = tempfile.mkdtemp(prefix="rasd-spark-")
        out = Path(tmp)
    inp = out / "input"
    shutil.rmtree(inp, ignore_errors=True)
    inp.mkdir(parents=True)
    for z in zips:
        (inp / z.name).symlink_to(z.resolve())
    print(f"input: {len(zips)} SaudiNewsNet zips", flush=True)
    sgot, counts, ssecs = spark_rows(str(inp), out / "tables", a.master)
    print(f"spark {a.master}: {counts['documents']} documents in {ssecs:.0f} s "
          f"({counts['documents'] / ssecs:.1f} articles/s); rows {counts}", flush=True)
    if not a.skip_local:
        lgot, n, lsecs = local_rows([str(z) for z in zips], a.workers)
        print(f"local, {a.workers} workers: {n} documents in {lsecs:.0f} s ({n / lsecs:.1f} articles/s)", flush=True)
        same = True
        for table in lgot:
            eq = lgot[table] == sgot[table]
            same &= eq
            print(f"  {table:10} local {sum(lgot[table].values()):7}  spark {sum(sgot[table].values()):7}  "
                  f"{'identical' if eq else 'DIFFERENT'}")
        print("records identical" if same else "records differ")
    if tmp:
        shutil.rmtree(tmp)
    return 0 if a.skip_local or same else 1


if __name__ == "__main__":
    sys.exit(main())
