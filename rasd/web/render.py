"""The reader view of a Document dict (the public JSON contract) as safe HTML.

The text is never edited: it is cut at every span boundary (entity mentions, quotes and their
cues and speakers, event triggers and arguments, boilerplate, MT flags, dates, query matches),
at every paragraph and at every sentence, and each piece is escaped on its own, then wrapped in
one ``<span>`` whose classes say what covers it and whose ``data-refs`` name every item covering
it (``ent:e1 quote:0 ev:2``), so the side panel can light up an item's words.

- Paragraphs are blocks with ``dir="auto"`` (a paragraph that starts in Latin lays out left to
  right, the rest right to left); sentences are spans with ``id="sN"`` so facts elsewhere can
  link to ``/doc/ID#sN``.
- An event lights exactly its own words: its trigger and the mentions of its source, target
  and place in its sentence (not every mention of those actors in the article). A quote lights
  its words, its cue and the mention of its speaker nearest to it.
- Badges (a quote's speaker, the types of the events on a word, a collapsed boilerplate marker)
  are separate elements marked ``data-badge``; they are never part of the text. Several events
  on one word get one badge listing each type once.

Spans whose offsets do not fit the text (a damaged record) are dropped, not trusted.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Mapping

from markupsafe import Markup, escape

from ..ontology import EVENT_COUNTS, type_label
from .views import BOILERPLATE_AR, FLAG_AR

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
# Days before publication beyond which an event is background (rasd.store.queries.HISTORICAL_DAYS).
HISTORICAL_DAYS = 365
# Longest speaker name shown whole in a badge; longer ones are cut (the full name is its title).
BADGE_CHARS = 28


@dataclass
class _Mark:
    start: int
    end: int
    classes: tuple[str, ...]
    ref: str | None = None
    title: str = ""


@dataclass
class Reader:
    """What a reader template needs: the marked-up body and the side-panel items."""

    html: Markup
    entities: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    flags: list[dict] = field(default_factory=list)
    boilerplate: list[dict] = field(default_factory=list)
    hits: int = 0


def _ok(span: Any, n: int) -> bool:
    if not isinstance(span, Mapping):
        return False
    s, e = span.get("start"), span.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n


def _label(v: Any) -> str:
    """A class-safe token from a label (letters, digits, dash only)."""
    return "".join(ch for ch in str(v or "") if ch.isascii() and (ch.isalnum() or ch == "-"))[:20] or "X"


def _date_end(value: Any) -> date | None:
    s = str(value or "")
    if "/" in s:
        s = s.split("/", 1)[1]
    try:
        if len(s) >= 10:
            return date.fromisoformat(s[:10])
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:7])
            return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
        if len(s) == 4:
            return date(int(s), 12, 31)
    except ValueError:
        return None
    return None


def is_historical(event_date: Any, published: Any, context: Any = None) -> bool:
    """Background: marked so, or dated (to its last possible day) over HISTORICAL_DAYS before
    the article's publication (the rule of rasd.store.queries, in Python)."""
    ctxs = context if isinstance(context, list) else [context]
    if "historical" in ctxs:
        return True
    end = _date_end(event_date)
    try:
        pub = date.fromisoformat(str(published or "")[:10])
    except ValueError:
        return False
    return end is not None and end < pub - timedelta(days=HISTORICAL_DAYS)


def contexts_of(ev: Mapping, published: Any) -> list[str]:
    ctx = ev.get("context")
    out = [c for c in (ctx if isinstance(ctx, list) else [ctx]) if isinstance(c, str) and c]
    if "historical" not in out and is_historical(ev.get("date"), published, ctx):
        out.append("historical")
    return out


def counts_of(ev: Mapping) -> dict:
    out = dict(ev.get("counts")) if isinstance(ev.get("counts"), Mapping) else {}
    for k in EVENT_COUNTS:
        if ev.get(k) is not None:
            out.setdefault(k, ev[k])
    return out


class _Collector:
    """The marks, badges and side-panel items of one analysed document, layer by layer."""

    def __init__(self, doc: Mapping[str, Any]):
        self.doc = doc
        self.text = doc.get("text") or ""
        self.n = len(self.text)
        self.marks: list[_Mark] = []
        self.badges: dict[int, list[Markup]] = {}
        self.reader = Reader(Markup(""))
        self.published = (doc.get("meta") or {}).get("published")
        self.sents = [(s["start"], s["end"]) for s in doc.get("sentences") or [] if _ok(s, self.n)]
        self.starts = [s for s, _ in self.sents]
        self.ent_names: dict[str, str] = {}
        self.ent_mentions: dict[str, list[tuple[int, int]]] = {}

    def sentence_of(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.sents[i][1] else None

    def bounds(self, pos: int, wide: int = 0) -> tuple[int, int]:
        i = self.sentence_of(pos)
        if i is None:
            return max(0, pos - 300), min(self.n, pos + 300)
        return self.sents[max(0, i - wide)][0], self.sents[min(len(self.sents) - 1, i + wide)][1]

    def badge(self, at: int, html: Markup) -> None:
        self.badges.setdefault(at, []).append(html)

    def nearest(self, eid: Any, pos: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The mention of entity ``eid`` within [lo, hi) nearest to ``pos``."""
        best = None
        for s, e in self.ent_mentions.get(str(eid), []) if eid else []:
            if s >= lo and e <= hi and (best is None or abs(s - pos) < abs(best[0] - pos)):
                best = (s, e)
        return best

    def find_text(self, phrase: Any, pos: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The occurrence of ``phrase`` within [lo, hi) nearest to ``pos`` (an unresolved actor)."""
        if not isinstance(phrase, str) or not phrase.strip():
            return None
        best, i = None, self.text.find(phrase, lo, hi)
        while i >= 0:
            if best is None or abs(i - pos) < abs(best[0] - pos):
                best = (i, i + len(phrase))
            i = self.text.find(phrase, i + 1, hi)
        return best

    def entities(self) -> None:
        for ent in self.doc.get("entities") or []:
            if not isinstance(ent, Mapping):
                continue
            eid = str(ent.get("id") or "")
            label = _label(ent.get("label"))
            self.ent_names[eid] = str(ent.get("name") or "")
            mentions = [m for m in ent.get("mentions") or [] if _ok(m, self.n)]
            self.ent_mentions[eid] = [(m["start"], m["end"]) for m in mentions]
            for m in mentions:
                nominal = m.get("kind") == "nominal"
                self.marks.append(_Mark(m["start"], m["end"], ("ent", f"ent-{label}") + (("nominal",) if nominal else ()),
                                        f"ent:{eid}", f"{label} {ent.get('name') or ''}"))
            self.reader.entities.append({
                "id": eid, "label": label, "name": ent.get("name") or "", "code": ent.get("code"),
                "country": ent.get("country"), "n": len(mentions),
                "variants": sorted({m.get("text") or "" for m in mentions if m.get("kind") != "nominal"} - {""}),
            })

    def quotes(self) -> None:
        text, n = self.text, self.n
        for i, q in enumerate(self.doc.get("quotes") or []):
            if not _ok(q, n):
                continue
            speaker = q.get("speaker")
            who = q.get("speaker_text") or self.ent_names.get(str(speaker), "") or "؟"
            kind = _label(q.get("kind"))
            self.marks.append(_Mark(q["start"], q["end"], ("quote", f"quote-{kind}"), f"quote:{i}",
                                    f"{q.get('kind') or ''}: {who}"))
            cue = q.get("cue")
            if _ok(cue, n):
                self.marks.append(_Mark(cue["start"], cue["end"], ("cue",), f"quote:{i}"))
            lo, hi = self.bounds(q["start"], 1)
            spk = self.nearest(speaker, q["start"], lo, hi) or self.find_text(q.get("speaker_text"), q["start"], lo, hi)
            if spk:
                self.marks.append(_Mark(spk[0], spk[1], ("spk",), f"quote:{i}"))
            short = who if len(who) <= BADGE_CHARS else who[: BADGE_CHARS - 1] + "…"
            self.badge(q["start"], Markup('<span class="badge badge-quote" data-badge="1" data-ref="quote:{}" '
                                          'title="{}">{}</span>').format(i, who, short))
            self.reader.quotes.append({"i": i, "kind": q.get("kind") or "", "speaker": speaker, "who": who,
                                       "text": q.get("text") or text[q["start"]:q["end"]],
                                       "sentence": self.sentence_of(q["start"])})

    def events(self) -> None:
        text, n = self.text, self.n
        ev_badges: dict[int, list[tuple[int, str]]] = {}
        for i, ev in enumerate(self.doc.get("events") or []):
            trig = ev.get("trigger") if isinstance(ev, Mapping) else None
            if not _ok(trig, n):
                continue
            typ = _label(ev.get("type"))
            self.marks.append(_Mark(trig["start"], trig["end"], ("trig", f"trig-{typ}"), f"ev:{i}",
                                    f"{type_label(typ)} ({typ}): {ev.get('source_text') or '؟'} ← "
                                    f"{ev.get('target_text') or '—'}"))
            self.event_arguments(i, ev, trig)
            ev_badges.setdefault(trig["end"], []).append((i, typ))
            loc = ev.get("location")
            location_text = ev.get("location_text") or (self.ent_names.get(loc) if isinstance(loc, str) else None)
            self.reader.events.append({
                "i": i, "type": typ, "mode": ev.get("mode"), "contexts": contexts_of(ev, self.published),
                "source": ev.get("source"), "target": ev.get("target"),
                "source_text": ev.get("source_text") or "", "target_text": ev.get("target_text") or "",
                "trigger": trig.get("text") or text[trig["start"]:trig["end"]], "date": ev.get("date"),
                "location": location_text, "counts": counts_of(ev), "sentence": self.sentence_of(trig["start"])})
        for at, evs in ev_badges.items():
            types = list(dict.fromkeys(t for _, t in evs))
            self.badge(at, Markup('<sup class="badge badge-ev" data-badge="1" data-ref="{}" title="{}">{}</sup>').format(
                " ".join(f"ev:{i}" for i, _ in evs), ", ".join(types), "·".join(type_label(t) for t in types)))

    def event_arguments(self, i: int, ev: Mapping[str, Any], trig: Mapping[str, Any]) -> None:
        """Marks on the words of the event's source, target and place in its sentence."""
        lo, hi = self.bounds(trig["start"])
        for role in ("source", "target"):
            span = self.nearest(ev.get(role), trig["start"], lo, hi) or self.find_text(
                ev.get(f"{role}_text"), trig["start"], lo, hi)
            if span and not (span[0] < trig["end"] and trig["start"] < span[1]):
                self.marks.append(_Mark(span[0], span[1], ("arg", f"arg-{role}"), f"ev:{i}"))
        loc = ev.get("location")
        place = self.nearest(loc, trig["start"], lo, hi) if isinstance(loc, str) else None
        place = place or self.find_text(ev.get("location_text"), trig["start"], lo, hi)
        if place and not (place[0] < trig["end"] and trig["start"] < place[1]):
            self.marks.append(_Mark(place[0], place[1], ("arg", "arg-place"), f"ev:{i}"))

    def text_layers(self, hl: list | None) -> None:
        """Boilerplate, machine-translation flags, dates and search hits."""
        text, n = self.text, self.n
        for i, b in enumerate(self.doc.get("boilerplate") or []):
            if not _ok(b, n):
                continue
            kind = b.get("kind") or "boilerplate"
            self.marks.append(_Mark(b["start"], b["end"], ("bp",), f"bp:{i}", f"{BOILERPLATE_AR.get(kind, kind)} ({kind})"))
            self.badge(b["start"], Markup('<label class="badge badge-bp" data-badge="1" for="show-bp" title="{}">⋯ {}'
                                          '</label>').format(kind, BOILERPLATE_AR.get(kind, kind)))
            self.reader.boilerplate.append({"i": i, "kind": kind, "text": text[b["start"]:b["end"]]})
        for i, f in enumerate(self.doc.get("flags") or []):
            if not _ok(f, n):
                continue
            kind = f.get("kind") or ""
            self.marks.append(_Mark(f["start"], f["end"], ("mt",), f"mt:{i}", f"{FLAG_AR.get(kind, kind)} ({kind})"))
            self.reader.flags.append({"i": i, "kind": kind, "text": text[f["start"]:f["end"]]})
        for i, d in enumerate(self.doc.get("dates") or []):
            if not _ok(d, n):
                continue
            self.marks.append(_Mark(d["start"], d["end"], ("date",), f"date:{i}", f"تاريخ: {d.get('value') or ''}"))
            self.reader.dates.append({"i": i, "value": d.get("value") or "", "text": text[d["start"]:d["end"]]})
        for s, e in hl or []:
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n:
                self.marks.append(_Mark(s, e, ("qhit",), None))
                self.reader.hits += 1


def collect(doc: Mapping[str, Any], hl: list | None = None) -> tuple[list[_Mark], dict[int, list[Markup]], Reader]:
    c = _Collector(doc)
    c.entities()
    c.quotes()
    c.events()
    c.text_layers(hl)
    return c.marks, c.badges, c.reader


def render_reader(doc: Mapping[str, Any], hl: list | None = None) -> Reader:
    """Cut the text at every span, paragraph and sentence boundary and wrap each escaped piece
    in its marks. ``hl``: [start, end] offsets of words to light as search matches."""
    text = doc.get("text") or ""
    n = len(text)
    marks, badges, reader = collect(doc, hl)
    sents = [(s["start"], s["end"]) for s in doc.get("sentences") or [] if _ok(s, n)]
    paras, p0 = [], 0
    for k, ch in enumerate(text):
        if ch == "\n":
            paras.append((p0, k + 1))
            p0 = k + 1
    if p0 < n or not paras:
        paras.append((p0, n))
    cuts = {0, n}
    for m in marks:
        cuts.add(m.start)
        cuts.add(m.end)
    for s, e in sents + paras:
        cuts.add(s)
        cuts.add(e)
    cuts.update(b for b in badges if 0 <= b <= n)
    points = sorted(cuts)
    s_starts = [s for s, _ in sents]
    p_starts = [s for s, _ in paras]
    by_start = sorted(marks, key=lambda m: m.start)
    out: list[str] = []
    active: list[_Mark] = []
    j = 0
    cur_p: int | None = None
    cur_s: int | None = None
    seen_s: set[int] = set()

    def close_sentence():
        nonlocal cur_s
        if cur_s is not None:
            out.append("</span>")
            cur_s = None

    for a, b in zip(points, points[1:] + [None]):
        if b is not None:
            p = bisect.bisect_right(p_starts, a) - 1
            si = bisect.bisect_right(s_starts, a) - 1
            s = si if si >= 0 and a < sents[si][1] else None
            if p != cur_p:
                close_sentence()
                if cur_p is not None:
                    out.append("</span>")
                out.append(f'<span class="para" dir="auto">')
                cur_p = p
            if s != cur_s:
                close_sentence()
                if s is not None:
                    out.append(f'<span class="sent" id="s{s}">' if s not in seen_s else f'<span class="sent" data-s="{s}">')
                    seen_s.add(s)
                    cur_s = s
        out.extend(str(x) for x in badges.get(a, ()))
        if b is None:
            break
        while j < len(by_start) and by_start[j].start <= a:
            active.append(by_start[j])
            j += 1
        active = [m for m in active if m.end > a]
        piece = escape(text[a:b])
        if not active:
            out.append(str(piece))
            continue
        classes: list[str] = []
        refs: list[str] = []
        titles: list[str] = []
        for m in active:
            for c in m.classes:
                if c not in classes:
                    classes.append(c)
            if m.ref and m.ref not in refs:
                refs.append(m.ref)
            if m.title:
                titles.append(m.title)
        attrs = Markup(' data-refs="{}"').format(" ".join(refs)) if refs else Markup("")
        out.append(str(Markup('<span class="{}"{} title="{}">{}</span>').format(
            " ".join(classes), attrs, " | ".join(titles), piece)))
    close_sentence()
    if cur_p is not None:
        out.append("</span>")
    reader.html = Markup("".join(out))
    return reader
