"""Export tables: column definitions and the functions that make rows from a document.

The one place that says what ``rasd export`` and the Spark job write. Rows are made from the
public JSON contract of a document (``Document.to_dict()``) plus a little corpus context
(story id, number of sources, publisher), so the database export and the Spark job (which has
no database) produce the same columns from the same code.

Names follow GDELT/POLECAT usage where one exists: ``event_date``, ``story_date``,
``event_type``, ``event_mode``, ``event_context``, ``source_actor``/``target_actor`` and their
``_code``, ``publisher``, ``num_sources``, ``story_id``. Lists and objects (context, counts) are
JSON strings so that CSV, JSON Lines and Parquet hold the same values.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Any, Iterator, Mapping


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # "string" | "int64"
    doc: str


def _c(name: str, type_: str, doc: str) -> Column:
    return Column(name, type_, doc)


_DOC_CTX = [
    _c("doc_id", "string", "document id (the article id in the JSON contract)"),
    _c("story_id", "int64", "near-duplicate story: copies of one wire story share it (null outside a database)"),
    _c("story_date", "string", "publication date of the article, YYYY-MM-DD"),
    _c("publisher", "string", "outlet the article came from (SaudiNewsNet source, site name)"),
    _c("url", "string", "article URL"),
    _c("num_sources", "int64", "how many places the identical article was found (exact duplicates)"),
]

COLUMNS: dict[str, list[Column]] = {
    "events": [
        _c("event_id", "string", "doc_id:index of the event in the document"),
        _c("event_date", "string", "date of the event (ISO 8601, may be YYYY-MM or an interval); story_date if unknown"),
        *_DOC_CTX,
        _c("event_type", "string", "PLOVER event type (AGREE ... ASSAULT)"),
        _c("event_mode", "string", "PLOVER mode (e.g. verbal, threat, future, negated), when given"),
        _c("event_context", "string", "PLOVER context(s), JSON list when several"),
        _c("source_actor", "string", "source actor: entity name, or the text when unresolved"),
        _c("source_actor_text", "string", "source actor as written in the sentence"),
        _c("source_actor_code", "string", "source actor code (CAMEO/Petrarch style, e.g. SAUGOV)"),
        _c("source_actor_entity", "string", "entity id of the source inside the document (e1 ...)"),
        _c("source_name_en", "string", "English name of the source entity (a list's name, else a transliteration)"),
        _c("target_actor", "string", "target actor: entity name, or the text when unresolved"),
        _c("target_actor_text", "string", "target actor as written in the sentence"),
        _c("target_actor_code", "string", "target actor code"),
        _c("target_actor_entity", "string", "entity id of the target inside the document"),
        _c("target_name_en", "string", "English name of the target entity"),
        _c("location", "string", "place of the event, when found"),
        _c("location_country", "string", "country code of the place, when known"),
        _c("counts", "string", "numbers attached to the event (killed, wounded, ...), JSON"),
        _c("sentence", "string", "the sentence holding the trigger"),
        _c("trigger_text", "string", "the word(s) that express the event"),
        _c("trigger_start", "int64", "character offset of the trigger in the document text"),
        _c("trigger_end", "int64", "end offset (exclusive) of the trigger"),
    ],
    "quotes": [
        _c("quote_id", "string", "doc_id:index of the quote in the document"),
        *_DOC_CTX,
        _c("kind", "string", "direct (in quotation marks) or indirect (reported speech)"),
        _c("speaker", "string", "speaker: entity name, or the text when unresolved"),
        _c("speaker_text", "string", "speaker as written"),
        _c("speaker_entity", "string", "entity id of the speaker inside the document"),
        _c("speaker_code", "string", "actor code of the speaker entity"),
        _c("speaker_name_en", "string", "English name of the speaker entity"),
        _c("text", "string", "what was said, exact from the article"),
        _c("cue", "string", "reporting verb (قال، أكد ...)"),
        _c("start", "int64", "character offset of the quote"),
        _c("end", "int64", "end offset (exclusive) of the quote"),
        _c("sentence", "string", "sentence where the quote starts"),
    ],
    "entities": [
        _c("entity_id", "string", "doc_id:entity id"),
        *_DOC_CTX,
        _c("label", "string", "PER, ORG, LOC or MISC"),
        _c("name", "string", "canonical name in this document"),
        _c("name_en", "string", "English name: a list's, a translation of an institution's name, or a transliteration"),
        _c("name_en_source", "string", "list, translation or transliteration (docs/english-names.md)"),
        _c("code", "string", "actor code, when known"),
        _c("country", "string", "country code, when known"),
        _c("num_mentions", "int64", "mentions in the document (names and nominal)"),
        _c("mentions", "string", "JSON list of the mention texts in order"),
        _c("attrs", "string", "other attributes of the entity, JSON"),
    ],
    "documents": [
        *_DOC_CTX,
        _c("title", "string", "headline"),
        _c("author", "string", "author or byline"),
        _c("language", "string", "language code of the page, when known"),
        _c("text", "string", "the document text (all offsets index into it)"),
        _c("num_entities", "int64", "entities found"),
        _c("num_quotes", "int64", "quotes found"),
        _c("num_events", "int64", "events found"),
        _c("document", "string", "the full analysed document, JSON contract"),
    ],
}
TABLES = tuple(COLUMNS)


def cell(v: Any) -> Any:
    """A cell value: scalars as they are, lists/objects as JSON strings."""
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def event_location(ev: Mapping, ents: Mapping) -> tuple[Any, Any]:
    """(place name, country) of an event whose location is an entity id, a place object or a name."""
    v = ev.get("location")
    if isinstance(v, str) and v in ents:
        e = ents[v]
        return e.get("name") or ev.get("location_text"), cell(e.get("country") or e.get("code"))
    if isinstance(v, Mapping):
        return v.get("name") or v.get("text") or cell(v), cell(v.get("country"))
    return (cell(v) if v is not None else ev.get("location_text")), None


def _context(d: Mapping, ctx: Mapping | None) -> dict:
    meta = d.get("meta") or {}
    ctx = ctx or {}
    pub = ctx.get("published") or meta.get("published")
    return {
        "doc_id": ctx["doc_id"] if ctx.get("doc_id") is not None else (None if d.get("id") is None else str(d["id"])),
        "story_id": ctx.get("story_id"),
        "story_date": str(pub)[:10] if pub else None,
        "publisher": ctx.get("source") or meta.get("source"),
        "url": ctx.get("url") or meta.get("url"),
        "num_sources": ctx.get("num_sources"),
    }


def _sentence_lookup(d: Mapping):
    text = d.get("text") or ""
    sents = [(s["start"], s["end"]) for s in d.get("sentences") or []]
    starts = [s for s, _ in sents]

    def sentence(pos: int | None) -> str | None:
        if pos is None:
            return None
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sents[i][1]:
            return text[sents[i][0]:sents[i][1]]
        return None
    return sentence


def rows(table: str, d: Mapping, ctx: Mapping | None = None) -> Iterator[dict]:
    """Rows of ``table`` for one document dict (JSON contract); ``ctx`` may give doc_id,
    story_id, published, source, url, num_sources from the corpus."""
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}")
    base = _context(d, ctx)
    ents = {e.get("id"): e for e in d.get("entities") or []}
    if table == "documents":
        meta = d.get("meta") or {}
        yield {**base, "title": meta.get("title"), "author": meta.get("author"), "language": meta.get("language"),
               "text": d.get("text"), "num_entities": len(d.get("entities") or []),
               "num_quotes": len(d.get("quotes") or []), "num_events": len(d.get("events") or []),
               "document": json.dumps(d, ensure_ascii=False)}
        return
    if table == "entities":
        for e in d.get("entities") or []:
            core = ("id", "label", "name", "code", "country", "mentions", "name_en", "name_en_source")
            attrs = {k: v for k, v in e.items() if k not in core}
            yield {"entity_id": f"{base['doc_id']}:{e.get('id')}", **base, "label": e.get("label"),
                   "name": e.get("name"), "name_en": e.get("name_en"), "name_en_source": e.get("name_en_source"),
                   "code": cell(e.get("code")), "country": cell(e.get("country")),
                   "num_mentions": len(e.get("mentions") or []),
                   "mentions": cell([m.get("text") for m in e.get("mentions") or []]),
                   "attrs": cell(attrs) if attrs else None}
        return
    sentence = _sentence_lookup(d)
    if table == "quotes":
        for i, q in enumerate(d.get("quotes") or []):
            spk = ents.get(q.get("speaker")) if q.get("speaker") else None
            cue = q.get("cue") or {}
            yield {"quote_id": f"{base['doc_id']}:{i}", **base, "kind": q.get("kind"),
                   "speaker": (spk or {}).get("name") or q.get("speaker_text"), "speaker_text": q.get("speaker_text"),
                   "speaker_entity": q.get("speaker"), "speaker_code": cell((spk or {}).get("code")),
                   "speaker_name_en": (spk or {}).get("name_en"),
                   "text": q.get("text"), "cue": cue.get("text") if isinstance(cue, Mapping) else cell(cue),
                   "start": q.get("start"), "end": q.get("end"), "sentence": sentence(q.get("start"))}
        return
    for i, ev in enumerate(d.get("events") or []):
        trig = ev.get("trigger") or {}
        row = {"event_id": f"{base['doc_id']}:{i}", "event_date": cell(ev.get("date")) or base["story_date"], **base,
               "event_type": ev.get("type"), "event_mode": cell(ev.get("mode")), "event_context": cell(ev.get("context"))}
        for role in ("source", "target"):
            eid = ev.get(role) if isinstance(ev.get(role), str) else None
            ent = ents.get(eid) if eid else None
            row[f"{role}_actor"] = (ent or {}).get("name") or ev.get(f"{role}_text")
            row[f"{role}_actor_text"] = ev.get(f"{role}_text")
            row[f"{role}_actor_code"] = cell(ev.get(f"{role}_code") or (ent or {}).get("code"))
            row[f"{role}_actor_entity"] = eid
            row[f"{role}_name_en"] = (ent or {}).get("name_en")
        loc, loc_country = event_location(ev, ents)
        row.update({"location": loc, "location_country": loc_country, "counts": cell(ev.get("counts")),
                    "sentence": sentence(trig.get("start")), "trigger_text": trig.get("text"),
                    "trigger_start": trig.get("start"), "trigger_end": trig.get("end")})
        yield row


def arrow_schema(table: str):
    """The pyarrow schema of a table (for Parquet writers, here and in the Spark job)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in COLUMNS[table]])


def names(table: str) -> list[str]:
    return [c.name for c in COLUMNS[table]]
