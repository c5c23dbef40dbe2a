"""Write the fixed fresh-reading samples (docs/fresh-reading.md) and Rasd's default output on them.

    python bench/fresh_sample.py OUT_DIR [--sample A|B|…|I] [--data ../shared/data/saudinewsnet]

For each article of the sample: OUT_DIR/NN-<outlet>.txt (title + newline + content, as the dev
set stores articles), NN-<outlet>.jsonl (the record as a corpus gives it: text, publication date,
outlet, address), NN-<outlet>.json (what the default `rasd analyze` prints for that record) and
NN-<outlet>.view.txt (`--format text`, for reading). The samples
are fixed by day and index so that anyone can rebuild them; they are read once to measure, and
never used to tune Rasd.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.shared import shared_path  # noqa: E402

# name -> (day file, first index, step, count): see docs/fresh-reading.md
SAMPLES = {
    "A": ("2015-08-04", 13, 44, 30),
    "B": ("2015-08-09", 7, 42, 30),
    "C": ("2015-07-23", 0, 43, 30),
    "D": ("2015-07-24", 17, 47, 30),
    # E: sample A's day (already reserved), indexes disjoint from A's (31 + 37k never equals 13 + 44j)
    "E": ("2015-08-04", 31, 37, 30),
    # F: sample D's day (already reserved), indexes disjoint from D's (9 + 67k never equals 17 + 47j)
    "F": ("2015-07-24", 9, 67, 30),
    # G: sample B's day (already reserved), indexes disjoint from B's (3 + 41k never equals 7 + 42j)
    "G": ("2015-08-09", 3, 41, 30),
    # H: sample C's day (already reserved), indexes disjoint from C's (7 + 40k never equals 43j)
    "H": ("2015-07-23", 7, 40, 30),
    # I: sample A's and E's day (already reserved), indexes disjoint from both (1 + 37k never equals
    # 13 + 44j or 31 + 37j for k, j < 30)
    "I": ("2015-08-04", 1, 37, 30),
    # J: sample B's and G's day (already reserved), indexes disjoint from both (4 + 37k never equals
    # 7 + 42j or 3 + 41j for k, j < 30)
    "J": ("2015-08-09", 4, 37, 30),
    # K: sample D's and F's day (already reserved), indexes disjoint from both (1 + 37k never equals
    # 17 + 47j or 9 + 67j for k, j < 30)
    "K": ("2015-07-24", 1, 37, 30),
}


def articles(data: Path, sample: str) -> list[tuple[int, dict]]:
    day, first, step, count = SAMPLES[sample]
    with zipfile.ZipFile(data / f"{day}.zip") as zf:
        recs = json.loads(zf.read(f"{day}.json").decode("utf-8"))
    return [(i, recs[i]) for i in range(first, first + step * count, step)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sample", choices=sorted(SAMPLES), default="A")
    ap.add_argument("--data", type=Path, default=shared_path("data", "saudinewsnet"))
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"no SaudiNewsNet folder at {args.data} (give --data)")
    args.out.mkdir(parents=True, exist_ok=True)
    for n, (i, rec) in enumerate(articles(args.data, args.sample)):
        stem = args.out / f"{n:02d}-{rec.get('source') or 'unknown'}-{i}"
        text = (rec.get("title") or "") + "\n" + (rec.get("content") or "")
        stem.with_suffix(".txt").write_text(text, encoding="utf-8")
        published = (rec.get("date_extracted") or "")[:10]
        # the record as users feed a corpus (JSON Lines with its outlet and address), so that what
        # Rasd reads from them (an outlet's country) is there as in `rasd analyze day.jsonl`
        record = {"id": stem.name, "text": text, "published": published, "title": rec.get("title"),
                  "source": rec.get("source"), "url": rec.get("url")}
        stem.with_suffix(".jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        for fmt, suffix in (("jsonl", ".json"), ("text", ".view.txt")):
            res = subprocess.run(["rasd", "analyze", str(stem.with_suffix(".jsonl")), "--format", fmt],
                                 capture_output=True, text=True)
            if res.returncode != 0:
                print(f"{stem.name}: rasd analyze failed: {res.stderr.strip()}", file=sys.stderr)
            out = res.stdout
            if fmt == "jsonl" and out.strip():
                out = json.dumps(json.loads(out), ensure_ascii=False, indent=1) + "\n"
            stem.with_suffix(suffix).write_text(out, encoding="utf-8")
        print(stem.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
