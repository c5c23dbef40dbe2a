"""Why the default pipeline misses events-snn gold events: one cause per missed gold event.

    python bench/events_miss_causes.py [--part build] [--words]

Only the build part may be read this way (docs/SPLITS: the held-out part is measured, never
read); ``--part heldout`` is refused. A gold event is missed when no event of its type (or an
alt type) stands at its trigger (``rasd.eval.events.snn_match``). Its cause is the first that
holds:

- ``no entry``: no lexicon trigger at all within ``SNN_NEAR`` characters of the gold trigger;
- ``other type``: lexicon triggers there, none of the gold type (the types found are named);
- ``in a name``: the trigger is inside an entity mention (``stage._name_tokens``);
- ``head rule``: dropped by ``stage._heads`` (the content of a light verb, of a request, a casualty);
- then the settings of the events stage are relaxed one at a time, cumulatively, and the first
  that makes the gold event match names the cause: ``reject_below`` (the detector's floor),
  ``unnamed_doer`` (no doer named), ``negation``, ``dedupe``, ``detector off``;
- ``other rule``: still not made (roles DROP, a meeting with no counterpart, an abstract target,
  God as a party).

The counts are what docs/events.md reports ("Trigger recall on the events-snn build part").
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.document import Document  # noqa: E402
from rasd.eval import events as E  # noqa: E402
from rasd.events import stage as S  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.text.normalize import normalize  # noqa: E402

RELAXED_STEPS = [
    ("reject_below", {"reject_below": 0.0}),
    ("unnamed_doer", {"unnamed_doer": "keep"}),
    ("negation", {"keep_negated": True}),
    ("dedupe", {"dedupe": False}),
    ("detector off", {"detector": "off"}),
]


class Trace:
    """The lexicon's triggers and what ``_heads`` kept, for the sentence being read (the stage's
    functions wrapped for this measurement only)."""

    def __init__(self):
        self.found, self.head_in, self.head_out = [], [], []
        detect, heads = S.detect, S._heads

        def traced_detect(tokens, lex, norm=None):
            out = detect(tokens, lex, norm=norm)
            self.found.extend(out)
            return out

        def traced_heads(s, triggers, norm):
            out = heads(s, triggers, norm)
            self.head_in.extend(triggers)
            self.head_out.extend(out)
            return out

        S.detect, S._heads = traced_detect, traced_heads

    def clear(self):
        self.found, self.head_in, self.head_out = [], [], []


def _near(t, spans) -> bool:
    return any(t.start < b + E.SNN_NEAR and a - E.SNN_NEAR < t.end for a, b in spans)


def causes(records: list[dict]) -> list[tuple[str, str, str, str]]:
    """(gold type, cause, gold trigger, record id) of each missed gold event."""
    trace = Trace()
    default = Pipeline()
    ladder, config = [], {}
    for name, step in RELAXED_STEPS:
        config = {**config, **step}
        ladder.append((name, Pipeline(config={"events": dict(config)})))
    out = []
    for r in records:
        trace.clear()
        doc = default(Document(r["text"], meta={"published": r.get("published")}))
        matched, _extra = E.snn_match(r, doc)
        found, head_in, head_out = trace.found, trace.head_in, trace.head_out
        for g, e, _full in matched:
            if e is not None:
                continue
            types = {g["type"], *(g.get("alt_types") or [])}
            spans = E._spans_of(r["text"], g["trigger"])
            near = [t for t in found if _near(t, spans)]
            typed = [t for t in near if t.type in types]
            if not near:
                cause = "no entry"
            elif not typed:
                cause = "other type: " + "/".join(sorted({t.type for t in near}))
            elif not any(t in head_in for t in typed):
                cause = "in a name"
            elif not any(t in head_out for t in typed):
                cause = "head rule"
            else:
                cause = "other rule"
                for name, pipe in ladder:
                    relaxed, _ = E.snn_match(r, pipe(Document(r["text"], meta={"published": r.get("published")})))
                    if any(gg is g and ee is not None for gg, ee, _f in relaxed):
                        cause = name
                        break
            out.append((g["type"], cause, g["trigger"], r["id"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", default="build", choices=("build",), help="events-snn part (build only)")
    ap.add_argument("--words", action="store_true", help="also list the gold triggers of each type and cause")
    a = ap.parse_args(argv)
    missed = causes(E.load_snn(E.need(E.SNN_DATA, "events-snn sentences"), a.part))
    by_cause = collections.Counter(c.split(":")[0] for _t, c, _w, _r in missed)
    print(f"missed gold events: {len(missed)}")
    for cause, n in by_cause.most_common():
        print(f"  {cause:14} {n}")
    per_type = collections.defaultdict(collections.Counter)
    words = collections.defaultdict(collections.Counter)
    for typ, cause, trig, _rid in missed:
        per_type[typ][cause.split(":")[0]] += 1
        words[(typ, cause)][normalize(trig)] += 1
    for typ in sorted(per_type):
        print(f"{typ:10} " + ", ".join(f"{c} {n}" for c, n in per_type[typ].most_common()))
    if a.words:
        for (typ, cause), c in sorted(words.items()):
            print(f"{typ} / {cause}: " + "، ".join(f"{w} {n}" if n > 1 else w for w, n in c.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
