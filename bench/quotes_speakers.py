"""How often Rasd's quotes name a linked speaker, over whole SaudiNewsNet days (aggregate counts).

    nice python bench/quotes_speakers.py [--data ../shared/data/saudinewsnet]
                                         [--days 2015-08-01..2015-08-09] [--limit N]
                                         [--examples OUT.tsv]

Runs the default pipeline (what ``rasd analyze`` runs, with each article's ``date_extracted`` as
its publication date) over every article of the given days and prints, per day and in total:
articles, quotes, the share of quotes whose ``speaker`` is an entity id (a linked speaker), the
share with no speaker at all, and the count of quotes whose speaker entity is named by a generic
word (تقرير، مصادر، البيان، الوزارة، الله، د، سموه … : ``GENERIC`` below, with the quote stage's own
``generic_speakers`` word class) — a speaker that is no actor.

The days of the fresh-reading samples (docs/fresh-reading.md, ``rasd.train.FRESH_READING_DAYS``) are only
ever counted: ``--examples`` writes one row per quote (day, article index, speaker text, entity
name and label, cue) for the other days only, to find error kinds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.quotes.lexicon import load_lexicon  # noqa: E402
from rasd.resources import Resources  # noqa: E402
from rasd.text.normalize import normalize  # noqa: E402
from rasd.shared import shared_path  # noqa: E402
from rasd.train import FRESH_READING_DAYS  # noqa: E402

# docs/fresh-reading.md: never read article by article
RESERVED_DAYS = frozenset(FRESH_READING_DAYS)
# The words issue 16 found as speaker entities in the web reader's speakers facet, and their
# article forms: a report, sources, the statement, the ministry, God, "Dr" cut from its name, "His
# Highness" (normalised when compared).
GENERIC = ("تقرير", "التقرير", "مصادر", "المصادر", "مصدر", "المصدر", "بيان", "البيان", "الوزارة",
           "الله", "د", "سموه", "سمو")


def generic_names(resources: Resources) -> frozenset[str]:
    """Normalised words that name no actor when they are a speaker entity's whole name."""
    return frozenset(normalize(w) for w in GENERIC) | load_lexicon(resources).generic_speakers


def day_articles(folder: Path, day: str):
    """(index in the day's array, record) for every article of one day file."""
    path = folder / f"{day}.zip"
    if not path.exists():
        return
    with zipfile.ZipFile(path) as zf:
        k = 0
        for name in sorted(zf.namelist()):
            if name.endswith(".json"):
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    yield k, rec
                    k += 1


def days_in(spec: str) -> list[str]:
    a, _, b = spec.partition("..")
    d0 = dt.date.fromisoformat(a)
    d1 = dt.date.fromisoformat(b or a)
    return [(d0 + dt.timedelta(days=i)).isoformat() for i in range((d1 - d0).days + 1)]


def count_day(pipe: Pipeline, folder: Path, day: str, generic: frozenset[str], limit: int | None,
              examples=None) -> dict:
    c = {"articles": 0, "quotes": 0, "linked": 0, "no_speaker": 0, "generic": 0}
    for k, rec in day_articles(folder, day):
        if limit is not None and c["articles"] >= limit:
            break
        text = rec.get("content") or ""
        if not text.strip():
            continue
        doc = Document(text, id=f"{day}-{k}", meta={"published": (rec.get("date_extracted") or "")[:10] or None})
        pipe(doc)
        c["articles"] += 1
        ents = {e.id: e for e in doc.layer("entities")}
        for q in doc.layer("quotes"):
            c["quotes"] += 1
            e = ents.get(q.get("speaker"))
            if e is not None:
                c["linked"] += 1
                if normalize(e.name) in generic:
                    c["generic"] += 1
            elif not q.get("speaker_text"):
                c["no_speaker"] += 1
            if examples is not None and day not in RESERVED_DAYS:
                cue = q.get("cue")
                examples.write("\t".join([day, str(k), q.get("speaker_text") or "", e.name if e else "",
                                          e.label if e else "", cue.text if cue else "",
                                          q.text[:80].replace("\n", " ")]) + "\n")
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(shared_path("data", "saudinewsnet")),
                    help="SaudiNewsNet folder of day zip files (default: the shared data folder's)")
    ap.add_argument("--days", default="2015-08-01..2015-08-09", help="DAY or FIRST..LAST")
    ap.add_argument("--limit", type=int, help="articles per day (default: all)")
    ap.add_argument("--examples", help="write one TSV row per quote of the non-reserved days here")
    args = ap.parse_args()
    folder = Path(args.data)
    if not folder.is_dir():
        print(f"no SaudiNewsNet folder at {folder}", file=sys.stderr)
        return 1
    pipe = Pipeline()
    generic = generic_names(Resources.default())
    out = open(args.examples, "w", encoding="utf-8") if args.examples else None
    total = {"articles": 0, "quotes": 0, "linked": 0, "no_speaker": 0, "generic": 0}
    print(f"{'day':<11} {'articles':>8} {'quotes':>7} {'linked':>7} {'no speaker':>10} {'generic':>8}")
    for day in days_in(args.days):
        c = count_day(pipe, folder, day, generic, args.limit, out)
        if not c["articles"]:
            continue
        for k in total:
            total[k] += c[k]
        print(_row(day, c))
    print(_row("ALL", total))
    if out is not None:
        out.close()
    return 0


def _row(name: str, c: dict) -> str:
    q = max(c["quotes"], 1)
    return (f"{name:<11} {c['articles']:8d} {c['quotes']:7d} {c['linked'] / q:7.1%} "
            f"{c['no_speaker'] / q:10.1%} {c['generic']:8d}")


if __name__ == "__main__":
    sys.exit(main())
