"""Build rasd/resources/lexicon/word_freq.tsv: normalised word counts from SaudiNewsNet.

    python -m rasd.train.wordfreq [SAUDINEWSNET_DIR]

The clitic splitter uses these counts to decide whether "و" at the start of a word is a
conjunction (وأوكرانيا: أوكرانيا is far more frequent than the whole) or part of the stem (وزير).
Only words seen at least MIN_COUNT times are kept: rarer forms carry no reliable evidence and
would bloat the file. Derived statistics, not text: see the README's licence section.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..text.normalize import normalize
from . import command_line, shipped, source_folder
from .saudinewsnet import DEFAULT_DIR, iter_articles

MIN_COUNT = 3
OUT = shipped("lexicon", "word_freq.tsv")
WORD = re.compile(r"[\u0621-\u064A]+")


def build(folder=DEFAULT_DIR, out: Path = OUT) -> int:
    c: Counter = Counter()
    for rec in iter_articles(folder):
        c.update(WORD.findall(normalize((rec.get("title") or "") + "\n" + (rec.get("content") or ""))))
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted(((w, n) for w, n in c.items() if n >= MIN_COUNT), key=lambda x: (-x[1], x[0]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# normalised word\tcount in SaudiNewsNet (derived statistics; built by rasd.train.wordfreq)\n")
        for w, n in rows:
            f.write(f"{w}\t{n}\n")
    return len(rows)


def main(argv=None) -> int:
    folder = source_folder("python -m rasd.train.wordfreq", __doc__, "the SaudiNewsNet folder (default: the shared one)", argv)
    print(build(folder or DEFAULT_DIR), "words")
    return 0


if __name__ == "__main__":
    command_line(main)
