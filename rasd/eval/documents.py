"""Score analysed documents against gold annotations in the evaluation-kit format.

Gold folder: NAME.txt (the article as received) + NAME.gold.json (published, actors, entities,
optional_entities, quotes, optional_quotes, events, optional_events, boilerplate, dates,
mt_artifacts). Users annotate their own articles the same way and run `rasd evaluate DIR`.

Matching rules (the same contract as the evaluation kit's independent scorer):
- names are compared on an orthographic key (no diacritics/tatweel, one alef, ya for alef
  maqsura, ha for ta marbuta) and may carry a fused و/ف/ب/ل/ك;
- entities: a named mention (kind != nominal) matches an unused gold [surface, label];
- quotes: found when a prediction covers >= half of the gold quote's words; attributed when the
  speaker (entity name, its mentions, or speaker_text) is one of the gold actor's names;
- events: type among the gold types, source (and target when gold has one) match actor names;
- boilerplate: a gold line is found when >= 80% of it is covered; a predicted span that is
  mostly outside gold lines is a false positive;
- dates: recall of gold surfaces with the exact ISO value; mt flags: recall of gold strings.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import InputError
from ..text.normalize import normalize

_WORD = re.compile(r"\w+")
_LEAD_ARTICLE = re.compile(r"^(?:[وف])?(?:[بلك])?(?=ال)")
_LEAD_CLITIC = re.compile(r"^(?:[وف][بلك]?|[بلك])(?=\w{3,})")


def name_key(s: str) -> str:
    """Orthographic key of a name (the normalised, lower-cased, space-collapsed form)."""
    import unicodedata

    return " ".join(normalize(unicodedata.normalize("NFKC", s or "")).lower().split())


def name_keys(s: str) -> set[str]:
    """Keys of a surface with and without a fused conjunction/preposition."""
    k = name_key(s)
    keys = {k}
    if k.startswith("لل"):
        keys.add("ال" + k[2:])
    for pat in (_LEAD_ARTICLE, _LEAD_CLITIC):
        m = pat.match(k)
        if m and m.end():
            keys.add(k[m.end():])
    return keys


def same_name(a: str, b: str) -> bool:
    return not name_keys(a).isdisjoint(name_keys(b))


def word_coverage(gold: str, pred: str) -> float:
    """Share of the gold text's words (as a multiset) present in the prediction."""
    g = _WORD.findall(name_key(gold))
    if not g:
        return 0.0
    pool = Counter(_WORD.findall(name_key(pred)))
    hit = 0
    for w in g:
        if pool[w] > 0:
            pool[w] -= 1
            hit += 1
    return hit / len(g)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, o: "PRF") -> "PRF":
        self.tp += o.tp
        self.fp += o.fp
        self.fn += o.fn
        return self

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (0.0 if self.fn else 1.0)

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict:
        return {"p": round(self.p, 3), "r": round(self.r, 3), "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Recall:
    hit: int = 0
    n: int = 0

    def __iadd__(self, o: "Recall") -> "Recall":
        self.hit += o.hit
        self.n += o.n
        return self

    @property
    def r(self) -> float:
        return self.hit / self.n if self.n else 1.0


METRICS = ("entities", "quotes", "attributed", "events", "boilerplate")


@dataclass
class DocScore:
    name: str
    prf: dict[str, PRF] = field(default_factory=lambda: {m: PRF() for m in METRICS})
    dates: Recall = field(default_factory=Recall)
    flags: Recall = field(default_factory=Recall)
    spans: Recall = field(default_factory=Recall)  # hit = misplaced spans, n = spans checked
    misses: list[tuple] = field(default_factory=list)


class _Pred:
    """A predicted document (JSON contract) with tolerant access."""

    def __init__(self, d: Mapping[str, Any]):
        self.d = d
        self.text = d.get("text") or ""
        self.entities = {e.get("id"): e for e in d.get("entities") or [] if isinstance(e, dict)}

    def names(self, entity_id, surface) -> set[str]:
        out = {surface} if surface else set()
        e = self.entities.get(entity_id)
        if e:
            out.add(e.get("name") or "")
            out.update(m.get("text") or "" for m in e.get("mentions") or [])
        out.discard("")
        return out

    def layer(self, name):
        return [x for x in self.d.get(name) or [] if isinstance(x, dict)]


def _actor_ok(gold, key, names) -> bool:
    if key is None:
        return True
    aliases = gold.get("actors", {}).get(key, [key])
    return any(same_name(a, n) for a in aliases for n in names)


def score_document(name: str, text: str, gold: Mapping, pred: Mapping) -> DocScore:
    sc = DocScore(name)
    doc = _Pred(pred)
    ptext = doc.text or text

    # entities
    gold_ents = [tuple(x) for x in gold.get("entities", [])]
    optional = [tuple(x) for x in gold.get("optional_entities", [])]
    used = [False] * len(gold_ents)
    for e in doc.entities.values():
        for m in e.get("mentions") or []:
            if m.get("kind", "name") != "name":
                continue
            t = m.get("text") or ""
            i = next((i for i, (gt, gl) in enumerate(gold_ents) if not used[i] and gl == e.get("label") and same_name(gt, t)), None)
            if i is not None:
                used[i] = True
                sc.prf["entities"].tp += 1
            elif not any(same_name(ot, t) for ot, _ in optional):
                sc.prf["entities"].fp += 1
                sc.misses.append(("entity FP", t, e.get("label")))
    sc.prf["entities"].fn = used.count(False)
    sc.misses += [("entity FN", t, l) for (t, l), u in zip(gold_ents, used) if not u]

    # quotes
    preds = doc.layer("quotes")
    gq, oq = gold.get("quotes", []), gold.get("optional_quotes", [])
    for g in gq:
        best = max(preds, key=lambda q: word_coverage(g["text"], q.get("text") or ""), default=None)
        if best is None or word_coverage(g["text"], best.get("text") or "") < 0.5:
            sc.prf["quotes"].fn += 1
            sc.prf["attributed"].fn += 1
            sc.misses.append(("quote FN", g["speaker"], g["text"][:60]))
            continue
        sc.prf["quotes"].tp += 1
        names = doc.names(best.get("speaker"), best.get("speaker_text"))
        if _actor_ok(gold, g["speaker"], names):
            sc.prf["attributed"].tp += 1
        else:
            sc.prf["attributed"].fn += 1
            sc.prf["attributed"].fp += 1
            sc.misses.append(("quote SPEAKER", g["speaker"], sorted(names)[:3], g["text"][:40]))
    for q in preds:
        t = q.get("text") or ""
        if not any(word_coverage(g["text"], t) >= 0.5 or word_coverage(t, g["text"]) >= 0.5 for g in gq + oq):
            sc.prf["quotes"].fp += 1
            sc.prf["attributed"].fp += 1
            sc.misses.append(("quote FP", q.get("speaker_text"), t[:60]))

    # events
    pe = doc.layer("events")

    def ev_ok(g, p):
        if p.get("type") not in g["types"]:
            return False
        return (_actor_ok(gold, g["source"], doc.names(p.get("source"), p.get("source_text")))
                and (g.get("target") is None or _actor_ok(gold, g["target"], doc.names(p.get("target"), p.get("target_text")))))

    taken: set[int] = set()
    for g in gold.get("events", []):
        i = next((i for i, p in enumerate(pe) if i not in taken and ev_ok(g, p)), None)
        if i is None:
            sc.prf["events"].fn += 1
            sc.misses.append(("event FN", g["types"][0], g["source"], g.get("target")))
        else:
            taken.add(i)
            sc.prf["events"].tp += 1
    for i, p in enumerate(pe):
        if i not in taken and not any(ev_ok(o, p) for o in gold.get("optional_events", [])):
            sc.prf["events"].fp += 1
            sc.misses.append(("event FP", p.get("type"), p.get("source_text"), p.get("target_text")))

    # boilerplate
    pb = [(b.get("start", 0), b.get("end", 0)) for b in doc.layer("boilerplate")]
    gb = []
    for line in gold.get("boilerplate", []):
        i = ptext.find(line)
        if i >= 0:
            gb.append((i, i + len(line)))

    def overlap(s, e, spans):
        return sum(max(0, min(e, b) - max(s, a)) for a, b in spans)

    for s, e in gb:
        if overlap(s, e, pb) >= 0.8 * (e - s):
            sc.prf["boilerplate"].tp += 1
        else:
            sc.prf["boilerplate"].fn += 1
            sc.misses.append(("boilerplate FN", ptext[s:e][:60]))
    for s, e in pb:
        if e > s and ptext[s:e].strip() and overlap(s, e, gb) < 0.5 * (e - s):
            sc.prf["boilerplate"].fp += 1
            sc.misses.append(("boilerplate FP", ptext[s:e][:60]))

    # dates
    pd = doc.layer("dates")
    for surface, value in gold.get("dates", []):
        sc.dates.n += 1
        if any(word_coverage(surface, p.get("text") or "") >= 0.5 and str(p.get("value")) == value for p in pd):
            sc.dates.hit += 1
        else:
            sc.misses.append(("date FN", surface, value))

    # mt flags
    pf = [(f.get("start", 0), f.get("end", 0)) for f in doc.layer("flags")]
    for art in gold.get("mt_artifacts", []):
        sc.flags.n += 1
        i = ptext.find(art)
        if i >= 0 and any(s <= i + len(art) and e >= i for s, e in pf):
            sc.flags.hit += 1
        else:
            sc.misses.append(("mt-flag FN", art))

    # provenance: every span must quote the text at its offsets
    for span in _all_spans(doc):
        sc.spans.n += 1
        if ptext[span["start"]:span["end"]] != span["text"]:
            sc.spans.hit += 1
    return sc


def _all_spans(doc: _Pred) -> Iterable[dict]:
    for e in doc.entities.values():
        yield from (m for m in e.get("mentions") or [] if {"start", "end", "text"} <= set(m))
    for name in ("quotes", "dates", "flags", "quantities", "boilerplate", "sentences"):
        for s in doc.layer(name):
            if {"start", "end", "text"} <= set(s):
                yield s
    for ev in doc.layer("events"):
        if isinstance(ev.get("trigger"), dict):
            yield ev["trigger"]
    for q in doc.layer("quotes"):
        if isinstance(q.get("cue"), dict):
            yield q["cue"]


def load_gold(gold_dir: str | Path) -> list[tuple[str, str, dict]]:
    """(name, text, gold) for every NAME.gold.json with its NAME.txt in ``gold_dir``."""
    d = Path(gold_dir)
    if not d.is_dir():
        raise InputError(f"{gold_dir}: not a folder of gold annotations")
    out = []
    for g in sorted(d.glob("*.gold.json")):
        name = g.name[: -len(".gold.json")]
        txt = d / f"{name}.txt"
        if not txt.exists():
            raise InputError(f"{g}: no {txt.name} beside it")
        try:
            gold = json.loads(g.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{g}: invalid JSON ({exc.msg}, line {exc.lineno})") from None
        out.append((name, txt.read_text(encoding="utf-8"), gold))
    if not out:
        raise InputError(f"{gold_dir}: no *.gold.json files")
    return out


def predict(gold_items, pipeline=None) -> dict[str, dict]:
    """Run Rasd on each gold article (with its publication date) and return documents by name."""
    from .. import analyze

    return {name: analyze(text, published=gold.get("published"), id=name, pipeline=pipeline).to_dict()
            for name, text, gold in gold_items}


def evaluate(gold_dir, predictions: Mapping[str, Mapping] | None = None, pipeline=None) -> dict:
    """Score predictions (or Rasd itself when None) against a gold folder; returns a summary."""
    items = load_gold(gold_dir)
    preds = predictions if predictions is not None else predict(items, pipeline)
    totals = {m: PRF() for m in METRICS}
    dates, flags, spans = Recall(), Recall(), Recall()
    per_doc = []
    for name, text, gold in items:
        sc = score_document(name, text, gold, preds.get(name) or {})
        for m in METRICS:
            totals[m] += sc.prf[m]
        dates += sc.dates
        flags += sc.flags
        spans += sc.spans
        per_doc.append(sc)
    return {
        "summary": {**{m: totals[m].as_dict() for m in METRICS},
                    "dates_recall": round(dates.r, 3), "mt_flags_recall": round(flags.r, 3),
                    "spans_checked": spans.n, "spans_misplaced": spans.hit,
                    "documents": len(items), "documents_missing": [n for n, _, _ in items if n not in preds]},
        "documents": per_doc,
    }


def read_predictions(path: str | Path) -> dict[str, dict]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{i}: invalid JSON ({exc.msg})") from None
                out[str(d.get("id"))] = d
    return out


def format_report(result: dict, verbose: bool = False) -> str:
    lines = []
    for sc in result["documents"]:
        p = sc.prf
        lines.append(f"{sc.name}: entities F1 {p['entities'].f1:.3f}  quotes {p['quotes'].f1:.3f} "
                     f"attributed {p['attributed'].f1:.3f}  events {p['events'].f1:.3f}  "
                     f"boilerplate {p['boilerplate'].f1:.3f}  dates {sc.dates.hit}/{sc.dates.n}  "
                     f"mt-flags {sc.flags.hit}/{sc.flags.n}  spans off {sc.spans.hit}/{sc.spans.n}")
        if verbose:
            lines += ["    " + "  ".join(str(x) for x in m) for m in sc.misses]
    s = result["summary"]
    lines.append("ALL: " + "  ".join(f"{m} F1 {s[m]['f1']}" for m in METRICS)
                 + f"  dates {s['dates_recall']}  mt-flags {s['mt_flags_recall']}"
                 + f"  spans off {s['spans_misplaced']}/{s['spans_checked']}")
    return "\n".join(lines)
