"""The browser pages: search, reader, entity, events explorer, analyse a text, API docs.

Server-rendered (Jinja2, autoescaped); every query goes through ``rasd.store.queries``. A user error (bad query syntax, unknown event type, bad date) is shown on
the page it came from with status 400, not a traceback.
"""
from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..errors import QueryError, RasdError
from ..store import queries as Q
from . import svg
from .api import MAX_PARAM, Filt, Str, csv_response
from .render import render_reader

router = APIRouter(include_in_schema=False)
PAGE = 20
EVENTS_PAGE = 100


def ctx(request: Request):
    return request.app.state.ctx


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    c = ctx(request)
    context.setdefault("allow_save", c.allow_save)
    context.setdefault("has_db", c.db_path is not None)
    context.setdefault("path", request.url.path)
    html = request.app.state.env.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _months(dates: list) -> list[tuple[str, int]]:
    c: Counter = Counter()
    for d, n in dates:
        if d:
            c[str(d)[:7]] += n
    return sorted(c.items(), reverse=True)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, f: Filt, q: Str = None, page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    c = ctx(request)
    params = {"q": q, **f}
    context = {"q": q or "", "filters": f, "params": params, "page": page, "result": None, "docs": None,
               "facets": None, "error": None, "stats": None}
    if c.db_path is None:
        return render(request, "search.html", **context)
    con = c.con()
    try:
        if (q and q.strip()) or f:
            context["result"] = Q.search(con, q, f, limit=PAGE, offset=(page - 1) * PAGE, mark=("\ue000", "\ue001"))
        else:
            context["docs"] = Q.list_documents(con, limit=PAGE, offset=(page - 1) * PAGE)
            context["stats"] = Q.stats(con)
        context["facets"] = Q.facets(con, q, f)
        context["months"] = _months(context["facets"]["dates"])
    except QueryError as exc:
        context["error"] = str(exc)
        return render(request, "search.html", status=400, **context)
    return render(request, "search.html", **context)


@router.get("/doc/{doc}", response_class=HTMLResponse)
def reader_page(request: Request, doc: str):
    if len(doc) > MAX_PARAM:
        raise HTTPException(422, "document id too long")
    got = Q.get_document(ctx(request).con(), doc)
    if got is None:
        raise HTTPException(404, f"no document {doc!r} in this database")
    d = got["doc"]
    return render(request, "reader.html", doc=d, got=got, reader=render_reader(d), meta=d.get("meta") or {},
                  title=(d.get("meta") or {}).get("title") or got["id"])


@router.get("/entity", response_class=HTMLResponse)
def entity_page(request: Request, name: Annotated[str, Query(min_length=1, max_length=MAX_PARAM)],
                label: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)?$")] = None):
    con = ctx(request).con()
    ent = Q.get_entity(con, name, label=label or None)
    if ent is None:
        raise HTTPException(404, f"no entity {name!r} in this database")
    variants = Q.entity_variants(con, ent["key"], label or None)
    chart = svg.day_bars([(t["date"], t["mentions"]) for t in ent["timeline"]], label="mentions")
    edges = [(e.get("source_name") or e.get("source_text"), e.get("target_name") or e.get("target_text"),
              e.get("type"), 1) for e in ent["events_as_source"] + ent["events_as_target"]]
    return render(request, "entity.html", ent=ent, variants=variants, chart=chart,
                  network=svg.network(edges, width=700, height=420, max_nodes=20))


def _events_context(request: Request, f: dict, page: int) -> dict:
    con = ctx(request).con()
    total = Q.count_events(con, f)
    rows = Q.list_events(con, f, limit=EVENTS_PAGE, offset=(page - 1) * EVENTS_PAGE)
    return {"events": rows, "total": total, "timeline": svg.timeline(Q.event_days(con, f)),
            "network": svg.network(Q.event_edges(con, f))}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, f: Filt, page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    context = {"filters": f, "params": dict(f), "page": page, "page_size": EVENTS_PAGE, "error": None,
               "events": [], "total": 0, "timeline": None, "network": None}
    try:
        context.update(_events_context(request, f, page))
    except QueryError as exc:
        context["error"] = str(exc)
        return render(request, "events.html", status=400, **context)
    return render(request, "events.html", **context)


@router.get("/events.csv")
def events_csv(request: Request, f: Filt):
    return csv_response(ctx(request), f)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return render(request, "analyze.html", text="", published="", reader=None, doc=None, error=None, saved=None)


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_post(request: Request, text: Annotated[str, Form()] = "", published: Annotated[str, Form()] = "",
                       save: Annotated[str, Form()] = ""):
    from .app import SaveRefused, in_analysis_thread, status_of

    c = ctx(request)
    context = {"text": text, "published": published, "reader": None, "doc": None, "error": None, "saved": None}
    try:
        if save and not c.allow_save:
            raise SaveRefused("this server is read-only; restart it with rasd serve --allow-save to save texts")
        doc = await in_analysis_thread(request, c.analyze, text, published=published.strip() or None)
        d = doc.to_dict()
        context.update(doc=d, reader=render_reader(d))
        if save:
            context["saved"] = await in_analysis_thread(request, c.save, doc)
    except RasdError as exc:
        context["error"] = str(exc)
        return render(request, "analyze.html", status=status_of(exc), **context)
    return render(request, "analyze.html", **context)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The API reference, rendered from the OpenAPI schema (no CDN: FastAPI's Swagger UI is off)."""
    schema = request.app.openapi()
    endpoints = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type_of(p.get("schema", {})), "description": p.get("description", ""),
                       "constraints": _constraints(p.get("schema", {}))}
                      for p in op.get("parameters", [])]
            body = None
            ref = (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")
            if ref and "$ref" in ref:
                body = schema["components"]["schemas"][ref["$ref"].rsplit("/", 1)[-1]]
            endpoints.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                              "params": params, "body": body, "responses": sorted(op.get("responses", {}))})
    return render(request, "apidocs.html", endpoints=endpoints, info=schema.get("info", {}))


def _type_of(s: dict) -> str:
    if "anyOf" in s:
        return " | ".join(_type_of(x) for x in s["anyOf"] if x.get("type") != "null")
    return s.get("type", "")


def _constraints(s: dict) -> str:
    parts = []
    for alt in [s, *s.get("anyOf", [])]:
        for k, label in (("minimum", "≥"), ("maximum", "≤"), ("maxLength", "max length"), ("pattern", "pattern")):
            if k in alt:
                parts.append(f"{label} {alt[k]}")
        if "default" in alt:
            parts.append(f"default {alt['default']}")
    return ", ".join(dict.fromkeys(parts))


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg")
