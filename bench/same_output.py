"""Prove that a speed change left the default pipeline's output byte for byte the same.

    # 1. the committed code before the change (a private copy) writes its output
    mkdir -p /tmp/base && git archive main | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base python bench/same_output.py --dump /tmp/before.jsonl
    # 2. the working tree writes its output
    python bench/same_output.py --dump /tmp/after.jsonl
    # 3. compare (exit status 1 and the first differing documents when any line differs)
    python bench/same_output.py --compare /tmp/before.jsonl /tmp/after.jsonl

Runs the default pipeline (``Pipeline()``, as ``rasd analyze`` builds it) on the shared dev
articles (``eval/dev/*.txt``, publication date from their ``.meta.json``) and on the first ``--n``
non-empty articles of one SaudiNewsNet day (``--day``, default 2015-08-01: an ordinary day that
is none of the reserved fresh samples), and writes each document's ``to_dict(tokens=True)`` as
one JSON line: every layer, attribute and score, tokens with their clitic parts. The package is
whatever ``import rasd`` finds: PYTHONPATH decides.
"""
from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

# appended, not prepended: a PYTHONPATH naming another copy of the package wins
sys.path.append(str(Path(__file__).resolve().parents[1]))

import rasd  # noqa: E402
from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.shared import require_shared  # noqa: E402


def inputs(day: str, n: int) -> list[tuple[str, str, str | None]]:
    """(id, text, publication date) of the dev articles, then of ``n`` articles of ``day``."""
    out = []
    for txt in sorted(require_shared("eval", "dev", what="the shared dev set").glob("*.txt")):
        meta = txt.with_suffix(".meta.json")
        info = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
        out.append((txt.stem, txt.read_text(encoding="utf-8"), (info.get("date_extracted") or "")[:10] or None))
    path = require_shared("data", "saudinewsnet", what="SaudiNewsNet") / f"{day}.zip"
    k = 0
    with zipfile.ZipFile(path) as zf:
        for name in sorted(zf.namelist()):
            if not name.endswith(".json"):
                continue
            for i, rec in enumerate(json.loads(zf.read(name).decode("utf-8"))):
                if k < n and (rec.get("content") or "").strip():
                    out.append((f"{day}/{name}/{i}", rec["content"], (rec.get("date_extracted") or "")[:10] or None))
                    k += 1
    return out


def dump(args) -> int:
    pipe = Pipeline()
    docs = inputs(args.day, args.n)
    with open(args.dump, "w", encoding="utf-8") as f:
        for id_, text, published in docs:
            doc = Document(text, id=id_, meta={"published": published})
            pipe(doc)
            f.write(json.dumps(doc.to_dict(tokens=True), ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents by {Path(rasd.__file__).parent} -> {args.dump}")
    return 0


def compare(a: str, b: str) -> int:
    la = Path(a).read_text(encoding="utf-8").splitlines()
    lb = Path(b).read_text(encoding="utf-8").splitlines()
    differ = [k for k, (x, y) in enumerate(zip(la, lb)) if x != y]
    if len(la) != len(lb):
        print(f"{a}: {len(la)} documents, {b}: {len(lb)}")
    same = len(la) - len(differ)
    print(f"identical {same}/{len(la)}" + (f"; first differing lines: {differ[:10]}" if differ else ""))
    return 0 if not differ and len(la) == len(lb) else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", help="write the output of this package to this JSONL file")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two dumps")
    ap.add_argument("--day", default="2015-08-01", help="SaudiNewsNet day (its .zip file)")
    ap.add_argument("--n", type=int, default=500, help="articles of that day")
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.dump:
        return dump(args)
    ap.error("give --dump FILE or --compare BEFORE AFTER")
    return 2


if __name__ == "__main__":
    sys.exit(main())
