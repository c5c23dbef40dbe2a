"""A fixed random sample of quotes, half with a linked speaker and half without, for reading.

    nice python bench/quotes_speakers.py --days 2015-08-01..2015-08-03 --examples ALL.tsv
    nice python bench/quotes_pick.py ALL.tsv OUT.tsv [--n 40] [--seed 12]

Reads the ``--examples`` rows of bench/quotes_speakers.py (one per quote, in article order), draws
``--n`` quotes whose speaker is an entity and ``--n`` whose speaker is not (seeded, so the sample is
the same on every run of the same code), runs the default pipeline again on each drawn quote's
article and writes one row per drawn quote: sample key (day:index), quote number in the article,
linked or not, kind, cue, speaker text, entity name and label, the 200 characters before the quote
and the quote. Issue 16, round 12 (docs/quotes.md) judged such a sample of 2015-08-01..03. The
reserved days of docs/fresh-reading.md are refused.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.shared import shared_path  # noqa: E402
from rasd.train import FRESH_READING_DAYS  # noqa: E402

RESERVED = frozenset(FRESH_READING_DAYS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("examples")
    ap.add_argument("out")
    ap.add_argument("--data", default=str(shared_path("data", "saudinewsnet")))
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    linked, unlinked = [], []
    seen: dict[tuple[str, str], int] = {}
    with open(args.examples, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) < 7:
                continue
            day, k = row[0], row[1]
            if day in RESERVED:
                print(f"reserved day in the examples: {day}", file=sys.stderr)
                return 1
            j = seen.get((day, k), 0)
            seen[(day, k)] = j + 1
            (linked if row[3] else unlinked).append((day, int(k), j))
    rng = random.Random(args.seed)
    picked = sorted([(*x, "linked") for x in rng.sample(linked, min(args.n, len(linked)))]
                    + [(*x, "unlinked") for x in rng.sample(unlinked, min(args.n, len(unlinked)))])
    pipe = Pipeline()
    cache: dict[str, list] = {}
    with open(args.out, "w", encoding="utf-8") as out:
        for day, k, j, which in picked:
            if day not in cache:
                with zipfile.ZipFile(Path(args.data) / f"{day}.zip") as zf:
                    cache[day] = json.loads(zf.read(f"{day}.json").decode("utf-8"))
            rec = cache[day][k]
            text = rec.get("content") or ""
            doc = Document(text, id=f"{day}:{k}",
                           meta={"published": (rec.get("date_extracted") or "")[:10] or None})
            pipe(doc)
            ents = {e.id: e for e in doc.layer("entities")}
            q = doc.layer("quotes")[j]
            e = ents.get(q.get("speaker"))
            cue = q.get("cue")
            row = [f"{day}:{k}", str(j), which, q.label, cue.text if cue else "",
                   q.get("speaker_text") or "", e.name if e else "", e.label if e else "",
                   text[max(0, q.start - 200):q.start], q.text[:240]]
            out.write("\t".join(c.replace("\n", " ").replace("\t", " ") for c in row) + "\n")
    print(f"{len(picked)} quotes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
