"""The REST API under /api/: JSON over the same query functions the pages use.

Bad parameters are 4xx JSON ``{"error": message, "status": code}`` (``rasd.web.app`` maps
QueryError to 400, validation failures to 422, a missing item to 404).
"""
from __future__ import annotations

import csv
import io
from typing import Annotated, Iterator

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from ..store import queries as Q

router = APIRouter(prefix="/api", tags=["api"])

# Longest accepted query or filter string: far beyond any real query (queries.MAX_TERMS words),
# short enough that a hostile parameter costs nothing to reject.
MAX_PARAM = 500
# CSV exports stream every matching event up to this many rows (a spreadsheet's comfortable size);
# beyond it use `rasd export events`.
MAX_CSV_ROWS = 100_000

Str = Annotated[str | None, Query(max_length=MAX_PARAM)]


def ctx(request: Request):
    return request.app.state.ctx


def _q(description: str):
    return Query(max_length=MAX_PARAM, description=description)


def filters(source: Annotated[str | None, _q("outlet, as stored (e.g. aawsat)")] = None,
            since: Annotated[str | None, _q("published on or after: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
            until: Annotated[str | None, _q("published on or before (inclusive): YYYY, YYYY-MM or YYYY-MM-DD")] = None,
            entity: Annotated[str | None, _q("an entity's name (any spelling) or actor code")] = None,
            type: Annotated[str | None, _q("PLOVER event type, e.g. CONSULT")] = None,
            speaker: Annotated[str | None, _q("who is quoted")] = None) -> dict:
    """Document filters shared by every list endpoint (see rasd.store.queries.Filters)."""
    f = {"source": source, "since": since, "until": until, "entity": entity, "type": type, "speaker": speaker}
    return {k: v.strip() for k, v in f.items() if v is not None and v.strip()}


Filt = Annotated[dict, Depends(filters)]
Limit = Annotated[int, Query(ge=1, le=Q.MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


@router.get("/stats", summary="Corpus totals (documents, stories, entities, quotes, events)")
def stats(request: Request):
    return Q.stats(ctx(request).con())


@router.get("/documents", summary="List documents, newest first, with optional filters")
def documents(request: Request, f: Filt, limit: Limit = 20, offset: Offset = 0):
    return Q.list_documents(ctx(request).con(), f, limit=limit, offset=offset)


@router.get("/documents/{doc}", summary="One document: the analysed-document JSON plus its sources and story")
def document(request: Request, doc: Annotated[str, Path(max_length=MAX_PARAM)]):
    out = Q.get_document(ctx(request).con(), doc)
    if out is None:
        raise HTTPException(404, f"no document {doc!r}")
    return out


@router.get("/search", summary="Full-text search with filters; ranked hits with highlighted snippets")
def search(request: Request, f: Filt,
           q: Annotated[str | None, _q('words; "phrase" or «phrase»; a OR b; -word; word*')] = None, limit: Limit = 20, offset: Offset = 0):
    return Q.search(ctx(request).con(), q, f, limit=limit, offset=offset, mark=("<mark>", "</mark>"))


@router.get("/facets", summary="Counts by outlet, event type, entity, speaker and date for a query")
def facets(request: Request, f: Filt, q: Str = None, top: Annotated[int, Query(ge=1, le=200)] = 20):
    return Q.facets(ctx(request).con(), q, f, top=top)


@router.get("/entities", summary="Entities across documents, most frequent first")
def entities(request: Request, f: Filt, q: Str = None, label: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
             limit: Limit = 50, offset: Offset = 0):
    return Q.list_entities(ctx(request).con(), q=q, label=label, filters=f, limit=limit, offset=offset)


@router.get("/entities/{name}", summary="One entity: codes, variants, timeline, quotes, events, co-occurring actors")
def entity(request: Request, name: Annotated[str, Path(max_length=MAX_PARAM)], label: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
           limit: Limit = 50):
    con = ctx(request).con()
    out = Q.get_entity(con, name, label=label, limit=limit)
    if out is None:
        raise HTTPException(404, f"no entity {name!r} in this database")
    out["variants"] = [{"text": t, "mentions": n} for t, n in Q.entity_variants(con, out["key"], label)]
    return out


EVENT_COLUMNS = ("doc", "published", "outlet", "url", "story_id", "date", "type", "mode", "context",
                 "source_name", "source_code", "source_text", "target_name", "target_code", "target_text",
                 "location", "counts", "trigger_text", "trigger_start", "trigger_end", "sentence_text")


def _csv_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        import json
        v = json.dumps(v, ensure_ascii=False)
    s = str(v)
    # Spreadsheet formula injection: a cell starting with = + - @ is text, not a formula.
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def events_csv(db_path: str, f: dict) -> Iterator[str]:
    """Every matching event as CSV rows (UTF-8 with BOM so spreadsheets read Arabic right).
    The rows are produced while the response streams, possibly on several threads, so the
    generator has its own connection rather than a request thread's."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(EVENT_COLUMNS)
    yield "\ufeff" + buf.getvalue()
    con = Q.open_db(db_path)
    try:
        offset = 0
        while offset < MAX_CSV_ROWS:
            rows = Q.list_events(con, f, limit=min(Q.MAX_LIMIT, MAX_CSV_ROWS - offset), offset=offset)
            if not rows:
                break
            buf = io.StringIO()
            w = csv.writer(buf)
            for r in rows:
                w.writerow([_csv_cell(r.get(c)) for c in EVENT_COLUMNS])
            yield buf.getvalue()
            offset += len(rows)
    finally:
        con.close()


def csv_response(c, f: dict) -> StreamingResponse:
    """The CSV download of events for context ``c`` (validates the filters before the 200 goes out)."""
    Q.list_events(c.con(), f, limit=1)
    return StreamingResponse(events_csv(c.db_path, f), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="rasd-events.csv"'})


@router.get("/events", summary="Events (who did what to whom), filterable; format=csv downloads them all")
def events(request: Request, f: Filt, limit: Limit = 100, offset: Offset = 0,
           format: Annotated[str, Query(pattern="^(json|csv)$")] = "json"):
    if format == "csv":
        return csv_response(ctx(request), f)
    con = ctx(request).con()
    return {"total": Q.count_events(con, f), "offset": offset,
            "events": Q.list_events(con, f, limit=limit, offset=offset)}


@router.get("/quotes", summary="Quotes with their speakers, filterable")
def quotes(request: Request, f: Filt, limit: Limit = 100, offset: Offset = 0):
    return Q.list_quotes(ctx(request).con(), f, limit=limit, offset=offset)


class AnalyzeIn(BaseModel):
    text: str = Field(..., description="the article text (Arabic), verbatim")
    published: str | None = Field(None, description="publication date YYYY-MM-DD (resolves relative dates)",
                                  max_length=10)
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200, description="outlet")
    url: str | None = Field(None, max_length=2000)
    save: bool = Field(False, description="store the result in the database (server started with --allow-save)")
    tokens: bool = Field(False, description="include tokens in the JSON")


@router.post("/analyze", summary="Analyse a text and return the analysed-document JSON",
             responses={201: {"description": "analysed and saved; Location names the stored document"},
                        413: {"description": "body over 1 MB or text too long"},
                        403: {"description": "saving requested on a read-only server"}})
async def analyze(request: Request, body: AnalyzeIn):
    from .app import SaveRefused, in_analysis_thread

    c = ctx(request)
    if body.save and not c.allow_save:
        raise SaveRefused("this server is read-only; restart it with rasd serve --allow-save to save texts")
    meta = {k: v for k, v in (("title", body.title), ("source", body.source), ("url", body.url)) if v}
    doc = await in_analysis_thread(request, c.analyze, body.text, published=body.published, doc_id=body.id, meta=meta)
    out = doc.to_dict(tokens=body.tokens)
    if body.save:
        doc_id = await in_analysis_thread(request, c.save, doc)
        return JSONResponse(out, status_code=201, headers={"Location": f"/api/documents/{doc_id}"})
    return out
