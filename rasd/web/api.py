"""The REST API under /api/: JSON over the same query functions the pages use.

Bad parameters are 4xx JSON ``{"error": message, "status": code}`` (``rasd.web.app`` maps
QueryError to 400, validation failures to 422, a missing item to 404).
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from ..store import queries as Q
from .analysis import SaveRefused, in_analysis_thread

router = APIRouter(prefix="/api", tags=["api"])

# Longest accepted query or filter string: far beyond any real query (queries.MAX_TERMS words),
# short enough that a hostile parameter costs nothing to reject.
MAX_PARAM = 500

Str = Annotated[str | None, Query(max_length=MAX_PARAM)]


def ctx(request: Request):
    return request.app.state.ctx


def _q(description: str):
    return Query(max_length=MAX_PARAM, description=description)


def filters(source: Annotated[str | None, _q("outlet, as stored (e.g. aawsat)")] = None,
            since: Annotated[str | None, _q("on or after: YYYY, YYYY-MM or YYYY-MM-DD (events: the event's date, "
                                            "see dates; otherwise the publication date)")] = None,
            until: Annotated[str | None, _q("on or before (inclusive): YYYY, YYYY-MM or YYYY-MM-DD")] = None,
            entity: Annotated[str | None, _q("an entity's name (any spelling) or actor code")] = None,
            type: Annotated[str | None, _q("PLOVER event type, e.g. CONSULT")] = None,
            speaker: Annotated[str | None, _q("who is quoted")] = None,
            country: Annotated[str | None, _q("ISO 3166 alpha-3 code of an event's place, e.g. SYR")] = None,
            location: Annotated[str | None, _q("an event's place name, as listed by /map")] = None,
            dates: Annotated[str | None, Query(pattern="^(event|published)?$",
                                               description="events: filter by the event's date (default) or the publication date")] = None) -> dict:
    """Filters shared by every list endpoint (see rasd.store.queries.Filters)."""
    f = {"source": source, "since": since, "until": until, "entity": entity, "type": type, "speaker": speaker,
         "country": country, "location": location, "dates": dates}
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


@router.get("/documents/{doc:path}", summary="One document by its article id (an internal number N as ~N): "
            "the analysed-document JSON plus its sources and story")
def document(request: Request, doc: Annotated[str, Path(max_length=MAX_PARAM)]):
    out = Q.get_document(ctx(request).con(), doc)
    if out is None:
        raise HTTPException(404, f"no document {doc!r}")
    return out


@router.get("/search", summary="Full-text search with filters; ranked hits with highlighted snippets")
def search(request: Request, f: Filt,
           q: Annotated[str | None, _q('words; "phrase" or «phrase»; a OR b; -word; word*')] = None, limit: Limit = 20,
           offset: Offset = 0, sort: Annotated[str, Query(pattern="^(rank|date)$", description="rank or date (newest first)")] = "rank",
           group: Annotated[bool, Query(description="one hit per near-duplicate story, with its number of copies")] = False):
    return Q.search(ctx(request).con(), q, f, limit=limit, offset=offset, mark=("<mark>", "</mark>"), sort=sort,
                    group=group)


@router.get("/facets", summary="Stories by outlet, event type, entity, speaker and date for a query (each count is "
                               "what the matching filter shows)")
def facets(request: Request, f: Filt, q: Str = None, top: Annotated[int, Query(ge=1, le=50)] = 10):
    return Q.facets(ctx(request).con(), q, f, top=top)


@router.get("/entities", summary="Entities across documents, most frequent first")
def entities(request: Request, f: Filt, q: Str = None, label: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
             code: Annotated[str | None, Query(max_length=12, description="actor code or its start, e.g. SAU")] = None,
             limit: Limit = 50, offset: Offset = 0):
    return Q.list_entities(ctx(request).con(), q=q, label=label, filters=f, limit=limit, offset=offset, code=code)


@router.get("/entities/{name}", summary="One entity: codes, variants, timeline, quotes, events, co-occurring actors")
def entity(request: Request, name: Annotated[str, Path(max_length=MAX_PARAM)], label: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
           limit: Limit = 50):
    con = ctx(request).con()
    out = Q.get_entity(con, name, label=label, limit=limit)
    if out is None:
        raise HTTPException(404, f"no entity {name!r} in this database")
    out["variants"] = [{"text": t, "mentions": n} for t, n in Q.entity_variants(con, out["key"], label)]
    return out


def csv_response(c, f: dict) -> StreamingResponse:
    """The CSV download of events for context ``c``: the columns of `rasd export events`
    (rasd.export.columns). Validates the filters before the 200 goes out."""
    from . import export
    Q.count_events(c.con(), f)
    return export.response("csv", export.EVENT_COLUMNS, export.event_rows(c.db_path, f), "rasd-events")


@router.get("/events", summary="Events (who did what to whom), filterable; format=csv downloads them all")
def events(request: Request, f: Filt, limit: Limit = 100, offset: Offset = 0,
           format: Annotated[str, Query(pattern="^(json|csv)$")] = "json"):
    if format == "csv":
        return csv_response(ctx(request), f)
    con = ctx(request).con()
    return {"total": Q.count_events(con, f), "offset": offset,
            "events": Q.list_events(con, f, limit=limit, offset=offset)}


@router.get("/quotes", summary="Quotes with their speakers, filterable")
def quotes(request: Request, f: Filt, limit: Limit = 100, offset: Offset = 0,
           group: Annotated[bool, Query(description="one row per story, speaker and words, with its number of copies")] = False):
    if group:
        return Q.quote_groups(ctx(request).con(), f, limit=limit, offset=offset)
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
    c = ctx(request)
    if body.save and not c.allow_save:
        raise SaveRefused("this server is read-only; restart it with rasd serve --allow-save to save texts")
    meta = {k: v for k, v in (("title", body.title), ("source", body.source), ("url", body.url)) if v}
    doc = await in_analysis_thread(request, c.analyze, body.text, published=body.published, doc_id=body.id, meta=meta)
    out = doc.to_dict(tokens=body.tokens)
    if body.save:
        doc_id = await in_analysis_thread(request, c.save, doc)
        return JSONResponse(out, status_code=201, headers={"Location": f"/api/documents/{Q.doc_ref(doc_id)}"})
    return out
