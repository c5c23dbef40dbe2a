"""The reader view of a Document dict (the public JSON contract) as safe HTML.

The text is never edited: it is cut at every span boundary (entity mentions, quotes and their
cues, event triggers, boilerplate, MT flags, dates) and each piece is escaped on its own, then
wrapped in one ``<span>`` whose classes say what covers it and whose ``data-refs`` name every
item covering it (``ent:e1 quote:0 ev:2``), so the side panel can light up an item's words.
Badges (a quote's speaker, an event's type, a collapsed boilerplate marker) are inserted between
pieces as separate elements marked ``data-badge``; they are never part of the text.

Spans whose offsets do not fit the text (a damaged record) are dropped, not trusted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from markupsafe import Markup, escape

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")


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


def _ok(span: Any, n: int) -> bool:
    if not isinstance(span, Mapping):
        return False
    s, e = span.get("start"), span.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n


def _label(v: Any) -> str:
    """A class-safe token from a label (letters, digits, dash only)."""
    return "".join(ch for ch in str(v or "") if ch.isascii() and (ch.isalnum() or ch == "-"))[:20] or "X"


def collect(doc: Mapping[str, Any]) -> tuple[list[_Mark], dict[int, list[Markup]], Reader]:
    text = doc.get("text") or ""
    n = len(text)
    marks: list[_Mark] = []
    badges: dict[int, list[Markup]] = {}
    reader = Reader(Markup(""))

    def badge(at: int, html: Markup) -> None:
        badges.setdefault(at, []).append(html)

    ent_names: dict[str, str] = {}
    for ent in doc.get("entities") or []:
        if not isinstance(ent, Mapping):
            continue
        eid = str(ent.get("id") or "")
        label = _label(ent.get("label"))
        ent_names[eid] = str(ent.get("name") or "")
        mentions = [m for m in ent.get("mentions") or [] if _ok(m, n)]
        for m in mentions:
            nominal = m.get("kind") == "nominal"
            marks.append(_Mark(m["start"], m["end"], ("ent", f"ent-{label}") + (("nominal",) if nominal else ()),
                               f"ent:{eid}", f"{label} {ent.get('name') or ''}"))
        reader.entities.append({
            "id": eid, "label": label, "name": ent.get("name") or "", "code": ent.get("code"),
            "country": ent.get("country"), "n": len(mentions),
            "variants": sorted({m.get("text") or "" for m in mentions if m.get("kind") != "nominal"} - {""}),
        })
    for i, q in enumerate(doc.get("quotes") or []):
        if not _ok(q, n):
            continue
        speaker = q.get("speaker")
        who = q.get("speaker_text") or ent_names.get(str(speaker), "") or "?"
        marks.append(_Mark(q["start"], q["end"], ("quote", f"quote-{_label(q.get('kind'))}"), f"quote:{i}",
                           f"{q.get('kind') or ''}: {who}"))
        cue = q.get("cue")
        if _ok(cue, n):
            marks.append(_Mark(cue["start"], cue["end"], ("cue",), f"quote:{i}"))
        badge(q["start"], Markup('<span class="badge badge-quote" data-badge="1" data-ref="quote:{}">{}</span>')
              .format(i, who))
        reader.quotes.append({"i": i, "kind": q.get("kind") or "", "speaker": speaker, "who": who,
                              "text": q.get("text") or text[q["start"]:q["end"]]})
    for i, ev in enumerate(doc.get("events") or []):
        trig = ev.get("trigger") if isinstance(ev, Mapping) else None
        if not _ok(trig, n):
            continue
        typ = _label(ev.get("type"))
        marks.append(_Mark(trig["start"], trig["end"], ("trig", f"trig-{typ}"), f"ev:{i}",
                           f"{typ}: {ev.get('source_text') or '?'} → {ev.get('target_text') or '-'}"))
        badge(trig["end"], Markup('<sup class="badge badge-ev" data-badge="1" data-ref="ev:{}">{}</sup>').format(i, typ))
        reader.events.append({"i": i, "type": typ, "mode": ev.get("mode"), "context": ev.get("context"),
                              "source": ev.get("source"), "target": ev.get("target"),
                              "source_text": ev.get("source_text") or "", "target_text": ev.get("target_text") or "",
                              "trigger": trig.get("text") or text[trig["start"]:trig["end"]], "date": ev.get("date")})
    for i, b in enumerate(doc.get("boilerplate") or []):
        if not _ok(b, n):
            continue
        marks.append(_Mark(b["start"], b["end"], ("bp",), f"bp:{i}", f"boilerplate: {b.get('kind') or ''}"))
        badge(b["start"], Markup('<label class="badge badge-bp" data-badge="1" for="show-bp" title="{}">⋯ {}</label>')
              .format(b.get("kind") or "", b.get("kind") or "boilerplate"))
        reader.boilerplate.append({"i": i, "kind": b.get("kind") or "", "text": text[b["start"]:b["end"]]})
    for i, f in enumerate(doc.get("flags") or []):
        if not _ok(f, n):
            continue
        marks.append(_Mark(f["start"], f["end"], ("mt",), f"mt:{i}", f"MT: {f.get('kind') or ''}"))
        reader.flags.append({"i": i, "kind": f.get("kind") or "", "text": text[f["start"]:f["end"]]})
    for i, d in enumerate(doc.get("dates") or []):
        if not _ok(d, n):
            continue
        marks.append(_Mark(d["start"], d["end"], ("date",), f"date:{i}", f"date: {d.get('value') or ''}"))
        reader.dates.append({"i": i, "value": d.get("value") or "", "text": text[d["start"]:d["end"]]})
    return marks, badges, reader


def render_reader(doc: Mapping[str, Any]) -> Reader:
    """Cut the text at every span boundary and wrap each escaped piece in its marks."""
    text = doc.get("text") or ""
    marks, badges, reader = collect(doc)
    cuts = {0, len(text)}
    for m in marks:
        cuts.add(m.start)
        cuts.add(m.end)
    cuts.update(b for b in badges if 0 <= b <= len(text))
    points = sorted(cuts)
    # Sweep: which marks cover [a, b). Marks sorted by start; active set pruned by end.
    by_start = sorted(marks, key=lambda m: m.start)
    out: list[str] = []
    active: list[_Mark] = []
    j = 0
    for a, b in zip(points, points[1:] + [None]):
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
        out.append(str(Markup('<span class="{}" data-refs="{}" title="{}">{}</span>').format(
            " ".join(classes), " ".join(refs), " | ".join(titles), piece)))
    reader.html = Markup("".join(out))
    return reader
