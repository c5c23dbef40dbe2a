"""BIO tag sequences: the mentions they encode. Shared by the NER stage (tags -> mentions) and the
NER evaluation (gold and predicted tags -> spans to compare)."""
from __future__ import annotations

from typing import Sequence


def chunks(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) of every mention in a BIO tag sequence (end exclusive). An I- tag that
    does not continue a mention of its label starts one (CoNLL's lenient reading)."""
    # Called twice per sentence by the NER stage, where most tags are "O": those cost one
    # comparison here (the plain version split every tag).
    out = set()
    start, label = -1, ""
    for i, t in enumerate(tags):
        if t == "O":
            if start >= 0:
                out.add((start, i, label))
                start = -1
            continue
        kind, _, lab = t.partition("-")
        if kind == "I" and lab == label and start >= 0:
            continue
        if start >= 0:
            out.add((start, i, label))
            start = -1
        if kind in ("B", "I"):
            start, label = i, lab
    if start >= 0:
        out.add((start, len(tags), label))
    return out
