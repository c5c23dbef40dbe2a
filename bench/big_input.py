"""Time and memory of `rasd analyze` on one big text: does every stage stay linear in its length?

    nice python bench/big_input.py                     # 1, 2, 4, 8 and 16 MB
    nice python bench/big_input.py --sizes 1,4 --stages

The text is SaudiNewsNet articles joined with blank lines, cut at the size (a real mixture of
news, not one article repeated). Each size runs the default `rasd analyze FILE --format jsonl
--workers 1` in its own process; the figures are wall time, CPU time (user + system: steadier than
wall time on a shared machine) and the peak resident memory of that process. Per-MB columns make
growth visible: a linear pipeline keeps them flat. ``--stages`` also prints the CPU time of each
stage (in this process, after loading the models once).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def make_text(data: str, size: int) -> str:
    from rasd.train.saudinewsnet import iter_articles

    parts, n = [], 0
    for r in iter_articles(data):
        c = (r.get("content") or "").strip()
        if c:
            parts.append(c)
            n += len(c.encode("utf-8")) + 2
            if n > size:
                break
    if n < size:
        raise SystemExit(f"not enough SaudiNewsNet text in {data} for {size} bytes")
    return "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def run_cli(path: Path) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak RSS MB, exit status) of one `rasd analyze` process."""
    t = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "rasd", "analyze", str(path), "--format", "jsonl",
                             "--workers", "1", "-o", os.devnull], cwd=ROOT, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t
    err = proc.stderr.read().decode(errors="replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        print(err[-2000:], file=sys.stderr)
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, proc.returncode


def stage_times(text: str) -> dict[str, float]:
    from rasd.document import Document
    from rasd.pipeline import Pipeline

    p = Pipeline().warm()
    doc = Document(text, id="big", meta={"published": "2015-07-21"})
    out = {}
    for spec, f in zip(p.specs, p._load()):
        t = time.process_time()
        f(doc, p.config)
        out[spec.name] = time.process_time() - t
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,2,4,8,16", help="sizes in MB (default: %(default)s)")
    ap.add_argument("--data", default=str(DATA), help="folder of SaudiNewsNet zips")
    ap.add_argument("--stages", action="store_true", help="also CPU time per stage, in this process")
    a = ap.parse_args()
    sizes = [float(x) for x in a.sizes.split(",")]
    full = make_text(a.data, int(max(sizes) * 2**20))
    print(f"{'MB':>5} {'chars':>10} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>9} {'peak MB':>8} {'MB/MB':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            text = full.encode("utf-8")[:int(mb * 2**20)].decode("utf-8", "ignore")
            path = Path(tmp) / f"{mb:g}mb.txt"
            path.write_text(text, encoding="utf-8")
            wall, cpu, peak, rc = run_cli(path)
            print(f"{mb:5g} {len(text):10,} {wall:8.1f} {cpu:8.1f} {cpu / mb:9.2f} {peak:8.0f} {peak / mb:6.0f}"
                  + ("" if rc == 0 else f"  exit {rc}"), flush=True)
            if a.stages:
                st = stage_times(text)
                print("      " + " ".join(f"{k} {v / mb:.2f}" for k, v in st.items()) + "  (CPU s per MB)", flush=True)


if __name__ == "__main__":
    main()
