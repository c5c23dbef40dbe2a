"""How entities get their English names on SaudiNewsNet: list names vs transliterations.

    nice python bench/english_names.py [--days 2015-07-22,2015-08-02,2015-08-07] [--n 500]
                                       [--data ../shared/data/saudinewsnet] [--show 20]

Analyses the first articles of each day (an equal share of ``--n``; text = ``content``, date =
``date_extracted``) with the default pipeline and prints, over their entities: the share named from
a list and by transliteration (all, by label, and among entities with an actor code), and, for the
transliterated ones, the share of name words read from the known-spellings table rather than
letter by letter. ``--show`` prints that many transliterated names, drawn at random (seed 18).
SaudiNewsNet is not shipped: it is only measured here. The fresh-reading days
(``rasd.train.FRESH_READING_DAYS``) are kept apart; the defaults avoid them.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.document import Document  # noqa: E402
from rasd.entities.english import TRANSLITERATION, load_english_names, split_name_words  # noqa: E402
from rasd.entities.gazetteer import nkey  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.resources import Resources  # noqa: E402
from rasd.shared import shared_path  # noqa: E402
from rasd.train import FRESH_READING_DAYS  # noqa: E402


def articles(folder: Path, days: list[str], n: int) -> list[tuple[str, str]]:
    per_day = -(-n // len(days))
    out: list[tuple[str, str]] = []
    for day in days:
        with zipfile.ZipFile(folder / f"{day}.zip") as z:
            recs = [r for name in sorted(z.namelist()) if name.endswith(".json")
                    for r in json.loads(z.read(name).decode("utf-8"))]
        out += [(r["content"], (r.get("date_extracted") or "")[:10]) for r in recs
                if (r.get("content") or "").strip()][:per_day]
    return out[:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--days", default="2015-07-22,2015-08-02,2015-08-07")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--data", default=str(shared_path("data", "saudinewsnet")))
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    days = [d for d in args.days.split(",") if d]
    if set(FRESH_READING_DAYS) & set(days):
        print(f"the fresh-reading days ({', '.join(FRESH_READING_DAYS)}) are kept apart: choose other days")
        return 2
    arts = articles(Path(args.data), days, args.n)
    pipe = Pipeline()
    spellings = load_english_names(Resources.default()).data.spellings
    source, by_label, coded = Counter(), Counter(), Counter()
    words = Counter()
    translit: list[str] = []
    for text, date in arts:
        doc = pipe(Document(text, meta={"published": date or None}))
        for e in doc.layer("entities"):
            src = e.attrs["name_en_source"]
            source[src] += 1
            by_label[(e.label, src)] += 1
            if e.attrs.get("code"):
                coded[src] += 1
            if src == TRANSLITERATION:
                translit.append(f"{e.label} {e.name} -> {e.attrs['name_en']}")
                for w in split_name_words(e.name):
                    k = nkey(w)
                    known = (k,) in spellings or k.startswith("ال") and (k[2:],) in spellings
                    words["table" if known else "letters"] += 1
    total = sum(source.values())

    def share(c: Counter) -> str:
        t = sum(c.values()) or 1
        return ", ".join(f"{k} {v} ({v / t:.1%})" for k, v in sorted(c.items()))

    print(f"{len(arts)} articles of {', '.join(days)}: {total} entities")
    print(f"  all: {share(source)}")
    for label in ("PER", "ORG", "LOC", "MISC"):
        print(f"  {label}: {share(Counter({s: v for (lab, s), v in by_label.items() if lab == label}))}")
    print(f"  with an actor code: {share(coded)}")
    print(f"  words of transliterated names: {share(words)}")
    if args.show:
        random.seed(18)
        for line in random.sample(translit, min(args.show, len(translit))):
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
