"""Turn an analysed Document into the rows the store writes (runs in the worker processes).

Everything costly (JSON, compression, search form, MinHash) is computed here, so the single
writer only executes INSERTs. Layers are read from the public JSON contract (``to_dict``), so
the store keeps whatever layers the pipeline produced, and unknown attributes are kept as JSON.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import zlib
from dataclasses import dataclass, field

from ..document import Document
from ..export.columns import cell, event_location
from ..isodate import day_prefix
from . import minhash
from .textindex import index_terms, index_text, name_key

# zlib level 3: on SaudiNewsNet JSON 10% larger than level 6 at less than half its time.
ZLIB_LEVEL = 3


def content_hash(text: str) -> str:
    """Identity of an article's content: sha256 of its text with whitespace runs collapsed
    (re-scraped copies differ in trailing spaces and blank lines, never in words)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Prepared:
    id: str
    content_hash: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    author: str | None
    language: str | None
    chars: int
    doc_json: bytes
    fts_title: str
    fts_body: str
    minhash: bytes | None
    bands: list[int]
    sentences: list[tuple] = field(default_factory=list)
    boilerplate: list[tuple] = field(default_factory=list)
    entities: list[tuple] = field(default_factory=list)  # (eid, label, name, key, code, country, n, attrs, mentions)
    quotes: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)
    dates: list[tuple] = field(default_factory=list)
    flags: list[tuple] = field(default_factory=list)


_ENT_CORE = {"id", "label", "name", "mentions", "code", "country"}
_QUOTE_CORE = {"start", "end", "text", "kind", "speaker", "speaker_text", "cue"}
_EVENT_CORE = {"type", "mode", "context", "source", "source_text", "source_code", "target", "target_text",
               "target_code", "date", "location", "counts", "trigger"}


def prepare(doc: Document, chash: str | None = None) -> Prepared:
    d = doc.to_dict()
    text = doc.text
    meta = d.get("meta") or {}
    sent = [(s["start"], s["end"]) for s in d.get("sentences") or []]
    starts = [s for s, _ in sent]

    def sidx(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sent[i][1] else None

    def stext(i: int | None) -> str | None:
        return text[sent[i][0]:sent[i][1]] if i is not None else None

    title = meta.get("title")
    keys = index_terms(text)
    sig = minhash.signature(keys)
    p = Prepared(
        id=str(doc.id) if doc.id is not None else "",
        content_hash=chash or content_hash(text),
        title=title, published=day_prefix(meta.get("published")), source=meta.get("source"),
        url=meta.get("url"), author=meta.get("author"), language=meta.get("language"),
        chars=len(text),
        doc_json=zlib.compress(json.dumps(d, ensure_ascii=False).encode("utf-8"), ZLIB_LEVEL),
        fts_title=index_text(title or ""), fts_body=" ".join(keys),
        minhash=minhash.to_bytes(sig), bands=minhash.band_keys(sig) if sig is not None else [],
    )
    p.sentences = [(i, s, e) for i, (s, e) in enumerate(sent)]
    p.boilerplate = [(b["start"], b["end"], b.get("kind")) for b in d.get("boilerplate") or []]
    names: dict[str, tuple[str, str | None]] = {}
    ents = {e.get("id"): e for e in d.get("entities") or []}
    for e in d.get("entities") or []:
        ments = [(m["start"], m["end"], m.get("text"), m.get("kind") or "name", name_key(m.get("text") or ""),
                  sidx(m["start"])) for m in e.get("mentions") or []]
        attrs = {k: v for k, v in e.items() if k not in _ENT_CORE}
        code = e.get("code")
        names[e["id"]] = (e.get("name") or "", code if isinstance(code, str) else cell(code))
        p.entities.append((e["id"], e.get("label"), e.get("name"), name_key(e.get("name") or ""),
                           cell(code), cell(e.get("country")), len(ments),
                           json.dumps(attrs, ensure_ascii=False) if attrs else None, ments))
    for i, q in enumerate(d.get("quotes") or []):
        cue = q.get("cue") or {}
        spk = q.get("speaker")
        sname = names.get(spk, (None,))[0] if spk else None
        sname = sname or q.get("speaker_text")
        si = sidx(q["start"])
        attrs = {k: v for k, v in q.items() if k not in _QUOTE_CORE}
        p.quotes.append((i, q["start"], q["end"], q.get("text"), q.get("kind"), spk, q.get("speaker_text"),
                         sname, name_key(sname or "") or None, cue.get("start"), cue.get("end"), cue.get("text"),
                         si, stext(si), json.dumps(attrs, ensure_ascii=False) if attrs else None))
    for i, ev in enumerate(d.get("events") or []):
        trig = ev.get("trigger") or {}
        si = sidx(trig.get("start", 0))
        row = [i, ev.get("type"), cell(ev.get("mode")), cell(ev.get("context"))]
        for role in ("source", "target"):
            eid = ev.get(role)
            eid = eid if isinstance(eid, str) else None
            nm, code = names.get(eid, (None, None)) if eid else (None, None)
            row += [eid, ev.get(f"{role}_text"), nm or ev.get(f"{role}_text"),
                    cell(ev.get(f"{role}_code")) or code]
        attrs = {k: v for k, v in ev.items() if k not in _EVENT_CORE}
        loc, loc_country = event_location(ev, ents)
        date = ev.get("date")  # the ISO value the dates stage wrote (a day, month, year or interval)
        row += [date if isinstance(date, str) and date else None, loc, loc_country, cell(ev.get("counts")),
                trig.get("start"), trig.get("end"), trig.get("text"), si, stext(si),
                json.dumps(attrs, ensure_ascii=False) if attrs else None]
        p.events.append(tuple(row))
    p.dates = [(x["start"], x["end"], x.get("text"), cell(x.get("value"))) for x in d.get("dates") or []]
    p.flags = [(x["start"], x["end"], x.get("text"), x.get("kind")) for x in d.get("flags") or []]
    return p
