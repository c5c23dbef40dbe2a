"""Dump every quote Rasd outputs on a fixed sample of non-reserved SaudiNewsNet days, for reading.

    nice python bench/quotes_sample.py OUT.tsv [--days 2015-07-25,...] [--first 3] [--step 41] [--per-day 30]

The sample of docs/quotes.md ("Issue 16, sixth round"): on each day, the articles at indexes
first + step·k for k < per-day (articles with no text are skipped, not replaced). One row per
quote: sample key (day:index), quote number, kind, cue, speaker text, linked entity name, the
quote's text and the 160 characters before it (where the cue and the speaker are). The reserved
days of docs/fresh-reading.md (``rasd.train.FRESH_READING_DAYS``) are refused.
"""
from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.shared import shared_path  # noqa: E402
from rasd.train import FRESH_READING_DAYS  # noqa: E402

RESERVED = frozenset(FRESH_READING_DAYS)
DAYS = "2015-07-25,2015-07-26,2015-07-27,2015-08-02,2015-08-06"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--data", default=str(shared_path("data", "saudinewsnet")))
    ap.add_argument("--days", default=DAYS)
    ap.add_argument("--first", type=int, default=3)
    ap.add_argument("--step", type=int, default=41)
    ap.add_argument("--per-day", type=int, default=30)
    args = ap.parse_args()
    days = args.days.split(",")
    bad = sorted(RESERVED & set(days))
    if bad:
        print(f"reserved days may not be read: {', '.join(bad)}", file=sys.stderr)
        return 1
    pipe = Pipeline()
    n_art = n_q = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for day in days:
            with zipfile.ZipFile(Path(args.data) / f"{day}.zip") as zf:
                recs = json.loads(zf.read(f"{day}.json").decode("utf-8"))
            for k in range(args.per_day):
                i = args.first + args.step * k
                if i >= len(recs):
                    break
                rec = recs[i]
                text = rec.get("content") or ""
                if not text.strip():
                    continue
                doc = Document(text, id=f"{day}:{i}",
                               meta={"published": (rec.get("date_extracted") or "")[:10] or None})
                pipe(doc)
                n_art += 1
                ents = {e.id: e for e in doc.layer("entities")}
                for j, q in enumerate(doc.layer("quotes")):
                    n_q += 1
                    e = ents.get(q.get("speaker"))
                    cue = q.get("cue")
                    before = text[max(0, q.start - 160):q.start]
                    row = [f"{day}:{i}", str(j), q.label, cue.text if cue else "",
                           q.get("speaker_text") or "", e.name if e else "",
                           before, q.text[:200]]
                    out.write("\t".join(c.replace("\n", " ").replace("\t", " ") for c in row) + "\n")
    print(f"{n_art} articles, {n_q} quotes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
