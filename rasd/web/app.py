"""The web reader and REST API: one FastAPI app over a Rasd database.

``create_app(db, allow_save=False)`` builds it; ``rasd serve`` runs it with uvicorn on
127.0.0.1. Pages (``rasd.web.pages``) and the API (``rasd.web.api``) read the database only
through ``rasd.store.queries``,
each worker thread with its own read-only connection.

Safety, in one place:
- every request body is limited (``max_body`` bytes, 1 MB by default; 413 beyond);
- responses carry a strict Content-Security-Policy (scripts and styles only from this server,
  no inline script), so even a mistake in escaping could not run injected script; templates
  autoescape, and the reader escapes each piece of article text itself;
- user errors (bad query syntax, unknown filter values, bad parameters) are 4xx JSON for the API
  and an error page for the browser, never a 500 with a traceback;
- the database is opened read-only; saving an analysed text needs ``allow_save``;
- no cross-site writes: a POST whose ``Sec-Fetch-Site`` says another site, or whose ``Origin``
  is not this server, is refused (403) before any handler runs, and the "analyse a text" form
  carries a token bound to a cookie of this site (``csrf_token``), so a form on another site
  cannot save into the database;
- analyses cannot starve each other: texts up to ``SHORT_CHARS`` run in this process, shortest
  first; longer ones run one at a time in a child process that is killed after
  ``ANALYZE_TIMEOUT_S`` seconds, so a long paste neither blocks short ones nor runs unbounded;
- ``HEAD`` is answered wherever ``GET`` is (the same headers, no body).
"""
from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import RasdError
from . import api, pages
from .analysis import ANALYZE_TIMEOUT_S, SHORT_CHARS, Context, status_of  # noqa: F401  (named in the docs above)

log = logging.getLogger("rasd.web")
HERE = Path(__file__).resolve().parent

# 1 MB: a long news article is 10-50 kB of UTF-8; a megabyte is room for any article and small
# enough that a flood of large posts cannot exhaust memory.
MAX_BODY = 1_000_000

# Request handlers running at once per process (see create_app's lifespan): enough to overlap
# SQLite I/O with Python work, few enough that requests are served roughly in arrival order.
HANDLER_THREADS = 4

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class BodyTooLarge(StarletteHTTPException):
    """Raised while reading a body past the limit (an HTTPException, so the framework's body
    parsing passes it through and the handlers answer 413)."""

    def __init__(self, limit: int):
        super().__init__(413, f"request body larger than {limit} bytes")


SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def _header(scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k == name:
            return v.decode("latin-1")
    return None


def cross_site(scope) -> str | None:
    """Why a state-changing request comes from another site, or None. Browsers say where a
    request comes from (Sec-Fetch-Site, Origin); programs (curl, Python) send neither and are
    not browsers a page could abuse."""
    site = _header(scope, b"sec-fetch-site")
    if site:  # every current browser sends it; it is the browser's own word, not the page's
        return None if site in ("same-origin", "none") else f"Sec-Fetch-Site: {site}"
    origin = _header(scope, b"origin")
    if origin is not None:
        host = _header(scope, b"host") or ""
        if origin == "null" or origin.split("://", 1)[-1].rstrip("/") != host:
            return f"Origin {origin} is not {host}"
    return None


class Guard:
    """ASGI middleware: request body limit, security headers on every response, no cross-site
    writes, HEAD answered as GET without a body."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False
        head = scope.get("method") == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def send_wrapped(message):
            nonlocal started
            if head and message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b""}
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
                         (b"x-frame-options", b"DENY")]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers + [h for h in extra if h[0] not in names]}
            await send(message)

        if scope.get("method") not in SAFE_METHODS:
            why = cross_site(scope)
            if why:
                log.warning("refused a cross-site %s %s (%s)", scope.get("method"), scope.get("path"), why)
                return await _refuse(scope, send_wrapped, 403, f"cross-site request refused ({why})")
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    n = int(v)
                except ValueError:
                    return await _too_large(scope, send_wrapped, self.max_body, "bad Content-Length")
                if n > self.max_body:
                    return await _too_large(scope, send_wrapped, self.max_body)
        seen = 0

        async def receive_limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, receive_limited, send_wrapped)
        except BodyTooLarge:
            if not started:
                await _too_large(scope, send_wrapped, self.max_body)


async def _too_large(scope, send, limit: int, why: str = "") -> None:
    await _refuse(scope, send, 413, why or f"request body larger than {limit} bytes")


async def _refuse(scope, send, status: int, msg: str) -> None:
    """An error answered before the app runs: JSON for the API, an Arabic page for the browser."""
    if scope.get("path", "").startswith("/api/"):
        resp = JSONResponse({"error": msg, "status": status}, status_code=status)
    else:
        from fastapi.responses import HTMLResponse
        from markupsafe import escape
        from .messages import arabic
        resp = HTMLResponse(
            f'<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>خطأ {status}</title>'
            f'<link rel="stylesheet" href="/static/rasd.css"></head><body><main><h1>خطأ {status}</h1>'
            f'<p class="error" id="error-message" title="{escape(msg)}">{escape(arabic(msg))}</p>'
            f'<p><a href="/">العودة إلى البحث</a></p></main></body></html>', status_code=status)
    await resp(scope, _noreceive, send)


async def _noreceive():
    return {"type": "http.disconnect"}


def make_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(["html", "xml", "svg"], default_for_string=True, default=True),
                      trim_blocks=True, lstrip_blocks=True)
    from . import views
    env.globals.update(views.template_globals())
    env.filters.update(views.template_filters())
    return env


def create_app(db: str | Path | None = None, allow_save: bool = False, pipeline: Any = None,
               max_body: int = MAX_BODY, warm: bool = False) -> FastAPI:
    """The web app over database ``db`` (None: only "analyse a text" works). ``warm`` loads the
    analysis pipeline (its models) in the background now instead of on the first analysis."""

    @asynccontextmanager
    async def lifespan(_app):
        # Few threads run handlers at once; the rest wait in line (anyio's limiter is first come,
        # first served). Handlers are CPU-bound Python under one GIL: forty threads taking turns
        # only make every request slow and the unlucky ones very slow.
        anyio.to_thread.current_default_thread_limiter().total_tokens = HANDLER_THREADS
        yield
        _app.state.ctx.long_lane.stop()

    app = FastAPI(title="Rasd", version=__version__, lifespan=lifespan,
                  description="Read Arabic news like an analyst: entities, quotes, PLOVER events and dates, "
                              "each traced to the words of the source.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.ctx = Context(db, allow_save, pipeline)
    app.state.env = make_env()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path.endswith((".json", ".csv", ".jsonl", ".atom"))

    def error(request: Request, status: int, message: str, detail: Any = None):
        if wants_json(request):
            body = {"error": message, "status": status}
            if detail is not None:
                body["detail"] = detail
            return JSONResponse(body, status_code=status)
        return pages.error_page(request, status, message)

    @app.exception_handler(RasdError)
    async def rasd_error(request: Request, exc: RasdError):
        return error(request, status_of(exc), str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            details.append({"parameter": loc, "problem": e.get("msg", "")})
        msg = "; ".join(f"{d['parameter'] or 'request'}: {d['problem']}" for d in details) or "invalid request"
        return error(request, 422, msg, details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error(request, 500, f"internal error ({type(exc).__name__}); the server log has details")

    if max_body:
        app.add_middleware(Guard, max_body=max_body)
    if warm:
        threading.Thread(target=_warm, args=(app.state.ctx,), daemon=True, name="rasd-warm").start()
    return app


def _warm(ctx: Context) -> None:
    if ctx.db_path is not None:
        # The aggregates of the pages everyone opens first (facets of the whole corpus, the day's
        # stories, the entity directory) are computed now, not on the first visitor's clock.
        try:
            pages.warm_cache(ctx)
        except RasdError as exc:
            log.warning("could not precompute the front pages: %s", exc)
    try:
        ctx.pipeline().warm()
    except RasdError as exc:  # reported again, as a 503, when someone asks for an analysis
        log.warning("the analysis pipeline cannot load: %s", exc)


def app_from_env() -> FastAPI:
    """The app for uvicorn's worker processes (``rasd serve --workers N``): settings from the
    environment that ``rasd serve`` sets, since each worker builds its own app."""
    import os

    db = os.environ.get("RASD_WEB_DB") or None
    return create_app(db, allow_save=os.environ.get("RASD_WEB_ALLOW_SAVE") == "1", warm=True)
