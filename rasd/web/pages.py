"""The browser pages: search, reader, entities, events, map, stories, quotes, feeds, analyse a
text, API docs.

Server-rendered (Jinja2, autoescaped); every query goes through ``rasd.store.queries``. A user
error (bad query syntax, unknown event type, bad date) is shown in Arabic on the page it came from
with status 400, the English original in a tooltip; a page number beyond the last shows the last
page and says so.
"""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import QueryError, RasdError
from ..store import queries as Q
from . import export, svg
from .analysis import CsrfRefused, SaveRefused, in_analysis_thread, status_of
from .api import MAX_PARAM, Filt, Str
from .messages import arabic
from .render import render_reader

router = APIRouter(include_in_schema=False)
PAGE = 20
EVENTS_PAGE = 50
QUOTES_PAGE = 30
ENTITIES_PAGE = 40
STORIES_PAGE = 30
FEED_ENTRIES = 30
# A pasted text is taken for Arabic when at least this share of its letters are Arabic: news in
# Arabic quotes Latin names and acronyms (a few percent of letters), never half of them.
ARABIC_SHARE = 0.5
CSRF_COOKIE = "rasd_csrf"

Page = Annotated[int, Query(ge=1, le=100_000)]
Sort = Annotated[str, Query(pattern="^(rank|date)$")]
Fmt = Annotated[str, PathParam(pattern="^(csv|jsonl)$")]


def ctx(request: Request):
    return request.app.state.ctx


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    c = ctx(request)
    context.setdefault("allow_save", c.allow_save)
    context.setdefault("has_db", c.db_path is not None)
    context.setdefault("path", request.url.path)
    context.setdefault("notice", None)
    html = request.app.state.env.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=arabic(message), english=message)


def _filters(f: dict) -> Q.Filters:
    """Validated filters (QueryError with the reason otherwise)."""
    return Q.Filters.of(f)


def _last_page(total: int, size: int) -> int:
    return max(1, (total + size - 1) // size)


def _clamp(page: int, total: int, size: int) -> tuple[int, str | None]:
    """The page to show and, when the asked one is past the end, a notice saying so."""
    last = _last_page(total, size)
    if page > last:
        return last, f"لا صفحة {page}: النتائج في {last} صفحة، وهذه آخرها."
    return page, None


# --- search -------------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, f: Filt, q: Str = None, page: Page = 1, sort: Sort = "rank"):
    c = ctx(request)
    params = {"q": q, **f, "sort": sort if sort != "rank" else None}
    context = {"q": q or "", "filters": f, "params": params, "page": page, "result": None, "facets": None,
               "error": None, "english": None, "stats": None, "sort": sort, "page_size": PAGE}
    if c.db_path is None:
        return render(request, "search.html", **context)
    con = c.con()
    try:
        flt = _filters(f)
        query = q if q and q.strip() else None
        res = Q.search(con, query, flt, limit=PAGE, offset=(page - 1) * PAGE, mark=("\ue000", "\ue001"),
                       sort=sort, group=True)
        shown, context["notice"] = _clamp(page, res["total"], PAGE)
        if shown != page:
            page = context["page"] = shown
            res = Q.search(con, query, flt, limit=PAGE, offset=(page - 1) * PAGE, mark=("\ue000", "\ue001"),
                           sort=sort, group=True)
        context["result"] = res
        context["facets"] = Q.facets(con, query, flt)
        if not query and not flt.any():
            context["stats"] = Q.stats(con)
    except QueryError as exc:
        context["error"], context["english"] = arabic(str(exc)), str(exc)
        return render(request, "search.html", status=400, **context)
    return render(request, "search.html", **context)


@router.get("/search.{fmt}")
def search_export(request: Request, fmt: Fmt, f: Filt, q: Str = None, sort: Sort = "rank"):
    c = ctx(request)
    flt = _filters(f)
    Q.search(c.con(), q, flt, limit=1, sort=sort, group=True)  # validate before the 200 goes out
    return export.response(fmt, export.SEARCH_COLUMNS, export.search_rows(c.db_path, q, f, sort), "rasd-search")


# --- reader -------------------------------------------------------------------------------------
@router.get("/doc/{doc:path}", response_class=HTMLResponse)
def reader_page(request: Request, doc: str, hl: Str = None):
    if len(doc) > MAX_PARAM:
        raise HTTPException(422, "document id too long")
    got = Q.get_document(ctx(request).con(), doc)
    if got is None:
        raise HTTPException(404, f"no document {doc!r} in this database")
    d = got["doc"]
    hits = Q.match_offsets(d.get("text") or "", hl)
    return render(request, "reader.html", doc=d, got=got, reader=render_reader(d, hits), meta=d.get("meta") or {},
                  title=(d.get("meta") or {}).get("title") or got["id"], hl=hl or "")


# --- entities -----------------------------------------------------------------------------------
Label = Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)?$")]


@router.get("/entity", response_class=HTMLResponse)
def entity_page(request: Request, name: Annotated[str, Query(min_length=1, max_length=MAX_PARAM)], label: Label = None):
    con = ctx(request).con()
    ent = Q.get_entity(con, name, label=label or None)
    if ent is None:
        raise HTTPException(404, f"no entity {name!r} in this database")
    variants = Q.entity_variants(con, ent["key"], label or None)
    chart = svg.day_bars([(t["date"], t["stories"]) for t in ent["timeline"]], label="قصص في اليوم")
    edges = Q.event_edges(con, {"entity": ent["name"]})
    return render(request, "entity.html", ent=ent, variants=variants, chart=chart, network=svg.network(edges))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: Str = None, label: Label = None,
                  code: Annotated[str | None, Query(max_length=12)] = None, page: Page = 1):
    con = ctx(request).con()
    params = {"q": q, "label": label, "code": code}
    context = {"q": q or "", "label": label or "", "code": code or "", "params": params, "page": page,
               "entities": [], "error": None, "english": None, "page_size": ENTITIES_PAGE, "has_more": False}
    try:
        rows = Q.list_entities(con, q=q, label=label or None, code=code, limit=ENTITIES_PAGE + 1,
                               offset=(page - 1) * ENTITIES_PAGE)
        if not rows and page > 1:
            context["notice"] = f"لا صفحة {page}: هذه أول صفحة."
            page = context["page"] = 1
            rows = Q.list_entities(con, q=q, label=label or None, code=code, limit=ENTITIES_PAGE + 1)
        context["has_more"] = len(rows) > ENTITIES_PAGE
        context["entities"] = rows[:ENTITIES_PAGE]
    except QueryError as exc:
        context["error"], context["english"] = arabic(str(exc)), str(exc)
        return render(request, "entities.html", status=400, **context)
    return render(request, "entities.html", **context)


@router.get("/entities.{fmt}")
def entities_export(request: Request, fmt: Fmt, q: Str = None, label: Label = None,
                    code: Annotated[str | None, Query(max_length=12)] = None):
    c = ctx(request)
    Q.list_entities(c.con(), q=q, label=label or None, code=code, limit=1)
    return export.response(fmt, export.ENTITY_COLUMNS, export.entity_rows(c.db_path, q, label or None, code),
                           "rasd-entities")


# --- events and the map -------------------------------------------------------------------------
def _events_context(request: Request, f: dict, page: int) -> dict:
    con = ctx(request).con()
    flt = _filters(f)
    basis = flt.dates or "event"
    total = Q.count_events(con, flt, historical=False)
    page, notice = _clamp(page, total, EVENTS_PAGE)
    rows = Q.list_events(con, flt, limit=EVENTS_PAGE, offset=(page - 1) * EVENTS_PAGE, historical=False,
                         order="date" if basis == "event" else "published")
    hist_total = Q.count_events(con, flt, historical=True)
    return {"events": rows, "total": total, "page": page, "notice": notice, "basis": basis,
            "timeline": svg.timeline(Q.event_days(con, flt, dates=basis), params=f),
            "network": svg.network(Q.event_edges(con, flt)),
            "historical": Q.list_events(con, flt, limit=30, historical=True) if hist_total else [],
            "hist_total": hist_total}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, f: Filt, page: Page = 1):
    context = {"filters": f, "params": dict(f), "page": page, "page_size": EVENTS_PAGE, "error": None,
               "english": None, "events": [], "total": 0, "timeline": None, "network": None, "historical": [],
               "hist_total": 0, "basis": f.get("dates") or "event"}
    try:
        context.update(_events_context(request, f, page))
    except QueryError as exc:
        context["error"], context["english"] = arabic(str(exc)), str(exc)
        return render(request, "events.html", status=400, **context)
    return render(request, "events.html", **context)


@router.get("/events.{fmt}")
def events_export(request: Request, fmt: Fmt, f: Filt):
    c = ctx(request)
    Q.count_events(c.con(), _filters(f))  # validate before the 200 goes out
    return export.response(fmt, export.EVENT_COLUMNS, export.event_rows(c.db_path, f), "rasd-events")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, f: Filt):
    context = {"filters": f, "params": dict(f), "error": None, "english": None, "places": [], "map": None}
    try:
        flt = _filters(f)
        places = Q.event_places(ctx(request).con(), flt)
        context.update(places=places, map=svg.event_map(places, params=f))
    except QueryError as exc:
        context["error"], context["english"] = arabic(str(exc)), str(exc)
        return render(request, "map.html", status=400, **context)
    return render(request, "map.html", **context)


# --- stories and quotes ---------------------------------------------------------------------------
@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, day: Annotated[str | None, Query(max_length=10)] = None, page: Page = 1):
    con = ctx(request).con()
    context = {"day": day, "page": page, "stories": None, "error": None, "english": None, "page_size": STORIES_PAGE,
               "prev_day": None, "next_day": None, "params": {"day": day}}
    try:
        if not day:
            day = con.execute("SELECT max(published) FROM documents").fetchone()[0]
            day = day[:10] if day else None
            context["day"] = day
        if day:
            res = Q.stories(con, None, day=day, limit=STORIES_PAGE, offset=(page - 1) * STORIES_PAGE)
            shown, context["notice"] = _clamp(page, res["total"], STORIES_PAGE)
            if shown != page:
                page = context["page"] = shown
                res = Q.stories(con, None, day=day, limit=STORIES_PAGE, offset=(page - 1) * STORIES_PAGE)
            context["stories"] = res
            context["params"] = {"day": day}
            context["prev_day"] = (con.execute("SELECT max(published) FROM documents WHERE published < ?",
                                               (day,)).fetchone()[0] or "")[:10] or None
            context["next_day"] = (con.execute("SELECT min(published) FROM documents WHERE published > ?",
                                               (day + "~",)).fetchone()[0] or "")[:10] or None
    except QueryError as exc:
        context["error"], context["english"] = arabic(str(exc)), str(exc)
        return render(request, "stories.html", status=400, **context)
    return render(request, "stories.html", **context)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: Annotated[int, PathParam(ge=0, le=2 ** 62)]):
    con = ctx(request).con()
    docs = Q.story(con, story_id)
    if not docs:
        raise HTTPException(404, f"no story {story_id} in this database")
    events = Q.story_events(con, story_id)
    return render(request, "story.html", docs=docs, story_id=story_id, events=events)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, f: Filt, page: Page = 1):
    con = ctx(request).con()
    context = {"filters": f, "params": dict(f), "page": page, "page_size": QUOTES_PAGE, "result": None,
               "error": None, "english": None}
    try:
        flt = _filters(f)
        res = Q.quote_groups(con, flt, limit=QUOTES_PAGE, offset=(page - 1) * QUOTES_PAGE)
        shown, context["notice"] = _clamp(page, res["total"], QUOTES_PAGE)
        if shown != page:
            page = context["page"] = shown
            res = Q.quote_groups(con, flt, limit=QUOTES_PAGE, offset=(page - 1) * QUOTES_PAGE)
        context["result"] = res
    except QueryError as exc:
        context["error"], context["english"] = arabic(str(exc)), str(exc)
        return render(request, "quotes.html", status=400, **context)
    return render(request, "quotes.html", **context)


@router.get("/quotes.{fmt}")
def quotes_export(request: Request, fmt: Fmt, f: Filt):
    c = ctx(request)
    Q.quote_groups(c.con(), _filters(f), limit=1)
    return export.response(fmt, export.QUOTE_COLUMNS, export.quote_rows(c.db_path, f), "rasd-quotes")


# --- feeds --------------------------------------------------------------------------------------
@router.get("/feed.atom")
def feed(request: Request, f: Filt, q: Str = None):
    """An Atom feed of a saved search (words and/or filters: an entity, an event type, ...): the
    newest matching stories, so an analyst can follow it in a feed reader."""
    con = ctx(request).con()
    flt = _filters(f)
    query = q if q and q.strip() else None
    if not query and not flt.any():
        raise QueryError("give a query or at least one filter (q=, entity=, type=, ...) for a feed")
    res = Q.search(con, query, flt, limit=FEED_ENTRIES, sort="date", group=True)
    base = str(request.base_url).rstrip("/")
    what = " · ".join([x for x in [query] + [f"{k}: {v}" for k, v in f.items()] if x])
    self_url = base + str(request.url.path) + ("?" + request.url.query if request.url.query else "")
    xml = request.app.state.env.get_template("feed.atom").render(
        hits=res["hits"], what=what, base=base, self_url=self_url, q=query or "", params={"q": query, **f},
        updated=max((h["published"] or "1970-01-01" for h in res["hits"]), default="1970-01-01"))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


# --- analyse a text -------------------------------------------------------------------------------
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_LETTER = re.compile(r"[^\W\d_]")


def arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def _form(request: Request, status: int = 200, **context) -> HTMLResponse:
    """The analyse form with a token bound to this browser's cookie (a new cookie if it has none)."""
    import secrets

    c = ctx(request)
    cookie = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
    resp = render(request, "analyze.html", status=status, csrf=c.csrf_token(cookie), **context)
    resp.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/analyze")
    return resp


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return _form(request, text="", published="", reader=None, doc=None, error=None, english=None, saved=None,
                 warning=None)


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_post(request: Request, text: Annotated[str, Form()] = "", published: Annotated[str, Form()] = "",
                       save: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = ""):
    c = ctx(request)
    context = {"text": text, "published": published, "reader": None, "doc": None, "error": None, "english": None,
               "saved": None, "warning": None}
    try:
        if not c.csrf_ok(request.cookies.get(CSRF_COOKIE), csrf):
            raise CsrfRefused("the form has expired or did not come from this server; reload the page and send again")
        if save and not c.allow_save:
            raise SaveRefused("this server is read-only; restart it with rasd serve --allow-save to save texts")
        if text.strip() and arabic_share(text) < ARABIC_SHARE:
            context["warning"] = (f"النص ليس عربياً في معظمه ({round(100 * arabic_share(text))}٪ فقط من حروفه عربية)؛ "
                                  "رصد يحلل الأخبار العربية، فقد تأتي النتائج فارغة أو خاطئة.")
        doc = await in_analysis_thread(request, c.analyze, text, published=published.strip() or None)
        d = doc.to_dict()
        context.update(doc=d, reader=render_reader(d))
        if save:
            doc_id = await in_analysis_thread(request, c.save, doc)
            context["saved"] = Q.doc_ref(doc_id)
    except RasdError as exc:
        context["error"], context["english"] = arabic(str(exc)), str(exc)
        return _form(request, status=status_of(exc), **context)
    return _form(request, **context)


# --- API reference ---------------------------------------------------------------------------------
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


def warm_cache(c) -> None:
    """Compute the aggregates of the front pages (kept per database state by rasd.store.queries)."""
    con = c.con()
    Q.facets(con, None, Q.Filters())
    Q.list_entities(con, limit=ENTITIES_PAGE + 1)
    Q.quote_groups(con, Q.Filters(), limit=QUOTES_PAGE)
    day = con.execute("SELECT max(published) FROM documents").fetchone()[0]
    if day:
        Q.stories(con, None, day=day[:10], limit=STORIES_PAGE)
