"""Build the generated English-name file under rasd/resources/english/ from shared source data.

    python -m rasd.train.english_names [SHARED_DATA_DIR]     (default: data/ of the shared folder)

Writes ``demonyms.tsv``, deterministically (sorted rows, no timestamps): the CAMEO code of each
country of ``countries/countries.json`` (ODbL; the codes of rasd.train.gazetteers) and the English
adjective of its people (``demonym_en``; the first of a pair such as "Antiguan, Barbudan"), read
before an office or an actor's role ("Turkish military"). Hand-written files of the area
(curated_en.tsv, known_spellings.tsv, ...) are not touched.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..shared import need, shared_path
from . import command_line, shipped, source_folder
from .gazetteers import CAMEO_OVERRIDES

OUT = shipped("english")
DEFAULT_DATA = shared_path("data")


def build(data: Path = DEFAULT_DATA, out: Path = OUT) -> dict[str, int]:
    source = need(data / "countries" / "countries.json", "country data")
    rows = []
    for c in json.loads(source.read_text(encoding="utf-8")):
        demonym = (c.get("demonym_en") or "").split(",")[0].strip()
        if demonym:
            rows.append((CAMEO_OVERRIDES.get(c["cca3"], c["cca3"]), demonym))
    rows.sort()
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "demonyms.tsv", "w", encoding="utf-8") as f:
        f.write("# Built by rasd.train.english_names from countries/countries.json (ODbL 1.0, see SOURCES.md)\n")
        f.write("# code (CAMEO)\tenglish adjective\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return {"demonyms": len(rows)}


def main(argv=None) -> int:
    folder = source_folder("python -m rasd.train.english_names", __doc__, "the shared data folder (default: the shared one)", argv)
    print(build(folder or DEFAULT_DATA))
    return 0


if __name__ == "__main__":
    command_line(main)
