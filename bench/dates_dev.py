"""Date recall on the dev set, and the predicted dates the gold does not list (for judging precision).

    python bench/dates_dev.py [--gold ../shared/eval/dev] [--out /tmp/rasd_dates_dev.jsonl]

Runs the text stages and the dates stage on every dev article with the gold's publication date,
writes the analysed documents as JSONL, runs the evaluation kit's score.py on them (dates recall
is its figure for this stage), and lists predictions that match no gold date.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.shared import shared_path  # noqa: E402

DEFAULT_GOLD = shared_path("eval", "dev")
if not DEFAULT_GOLD.exists():
    DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "dev"


def make_pipeline():
    """The text stages + dates."""
    return Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "dates"]).warm()


def _scorer():
    """The evaluation kit's own tokenisation and coverage (score.py), or a fallback copy of its rule."""
    sys.path.insert(0, str(shared_path("eval")))
    try:
        import score

        return score.tokens, score.coverage
    except ImportError:
        import re

        def tokens(s):
            return re.findall(r"\w+", s)

        def coverage(g, p):
            gt, pt = tokens(g), tokens(p)
            return sum(1 for t in gt if t in pt) / len(gt) if gt else 0.0

        return tokens, coverage


_tokens, _coverage = _scorer()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--out", type=Path, default=Path("/tmp/rasd_dates_dev.jsonl"))
    args = ap.parse_args()

    pipe = make_pipeline()
    print("stages:", " -> ".join(pipe.names))
    rows = []
    missed: dict[str, list] = {}
    unmatched = []
    n_pred = 0
    for gpath in sorted(args.gold.glob("*.gold.json")):
        name = gpath.name[: -len(".gold.json")]
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (args.gold / f"{name}.txt").read_text(encoding="utf-8")
        doc = Document(text, id=name, meta={"published": gold.get("published")})
        pipe(doc)
        assert not doc.check_spans(), "a date span does not match the text"
        rows.append(json.dumps(doc.to_dict(), ensure_ascii=False))
        golds = gold.get("dates", [])
        preds = doc.layer("dates")
        missed[name] = [(g, v) for g, v in golds
                        if not any(_coverage(g, p.text) >= 0.5 and str(p.get("value")) == v for p in preds)]
        for sp in doc.layer("dates"):
            n_pred += 1
            ok = any(str(sp.get("value")) == v and set(_tokens(g)) & set(_tokens(sp.text)) for g, v in golds)
            if not ok:
                ctx = text[max(0, sp.start - 40):sp.start] + "[" + sp.text + "]" + text[sp.end:sp.end + 30]
                unmatched.append((name, sp.get("value"), sp.get("kind"), ctx.replace("\n", " ")))
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} documents to {args.out}")
    score = Path(args.gold).parent / "score.py"
    if score.exists():
        res = subprocess.run([sys.executable, str(score), str(args.gold), str(args.out), "--verbose", "--json"],
                             capture_output=True, text=True)
        lines = res.stdout.strip().splitlines()
        summary = json.loads(lines[-1]) if lines else {}
        for line in lines[:-1]:
            if ": entities" in line:
                name = line.split(":")[0]
                print(name + ":", line[line.index("dates"):].split("  ")[0])
                for m in missed.get(name, []):
                    print("  MISSED", *m)
        print("dates recall:", summary.get("dates_recall"), " spans misplaced:", summary.get("spans_misplaced"))
    print(f"predicted dates: {n_pred}; not in gold: {len(unmatched)}")
    for u in unmatched:
        print("  NOT IN GOLD", *u)
    return 0


if __name__ == "__main__":
    sys.exit(main())
