"""A readable terminal view of a Document: the article with boilerplate greyed, MT flags and
entity mentions marked, then what Rasd found (entities, quotes, events, dates)."""
from __future__ import annotations

DIM, UNDER, BOLD, RESET = "\x1b[2m", "\x1b[4m", "\x1b[1m", "\x1b[0m"
LABEL_COLOR = {"PER": "\x1b[36m", "ORG": "\x1b[35m", "LOC": "\x1b[32m", "MISC": "\x1b[33m"}


def _marks(doc, color: bool):
    """(start, end, open, close) markers for the text, outermost first."""
    out = []
    for b in doc.layer("boilerplate"):
        out.append((b.start, b.end, DIM if color else "⟦", RESET if color else f"⟧[{b.label}]"))
    for f in doc.layer("flags"):
        out.append((f.start, f.end, UNDER if color else "⟨", RESET if color else "⟩[MT]"))
    if color:
        for e in doc.entities:
            for m in e.mentions:
                out.append((m.start, m.end, LABEL_COLOR.get(e.label, BOLD), RESET))
    return out


def render_text(doc, color: bool = False) -> str:
    text = doc.text
    marks = sorted(_marks(doc, color), key=lambda m: (m[0], -m[1]))
    pieces, pos = [], 0
    # Non-overlapping rendering: a mark inside an open one is skipped unless it nests cleanly.
    events = []
    for s, e, o, c in marks:
        events.append((s, 1, o))
        events.append((e, 0, c))
    events.sort(key=lambda x: (x[0], x[1]))
    for at, is_open, code in events:
        pieces.append(text[pos:at])
        pos = at
        pieces.append(code)
        if color and not is_open:
            # re-apply marks still open (ANSI reset closes all of them)
            pieces.extend(o for s, e, o, c in marks if s < at < e)
    pieces.append(text[pos:])
    body = "".join(pieces)
    head = f"{BOLD if color else ''}{doc.id or 'document'}{RESET if color else ''}"
    meta = ", ".join(f"{k}: {v}" for k, v in doc.meta.items())
    lines = [head + (f"  ({meta})" if meta else ""), "", body, "", "—" * 40,
             f"{len(doc.sentences)} sentences, {len(doc.layer('boilerplate'))} boilerplate lines, "
             f"{len(doc.layer('flags'))} MT flags, {len(doc.entities)} entities, {len(doc.layer('quotes'))} quotes, "
             f"{len(doc.layer('events'))} events, {len(doc.layer('dates'))} dates"]
    for f in doc.layer("flags"):
        lines.append(f"  MT  {f.text}  ({f.get('reason', f.label)})")
    for e in doc.entities:
        code = f" [{e.attrs['code']}]" if e.attrs.get("code") else ""
        names = sorted({m.text for m in e.mentions})
        lines.append(f"  {e.label:<4} {e.name}{code}  ×{len(e.mentions)}  ({'، '.join(names[:5])})")
    for q in doc.layer("quotes"):
        if q.label == "term":
            continue
        who = q.get("speaker_text") or "?"
        lines.append(f"  QUOTE ({q.label}) {who}: {q.text[:100]}{'…' if len(q.text) > 100 else ''}")
    for ev in doc.layer("events"):
        lines.append(f"  EVENT {ev.label:<9} {ev.get('source_text') or '?'} → {ev.get('target_text') or '-'}"
                     f"  «{ev.text}»  {ev.get('date') or ''} {ev.get('context') or ''}".rstrip())
    for d in doc.layer("dates"):
        lines.append(f"  DATE  {d.text} = {d.get('value')}")
    return "\n".join(lines)
