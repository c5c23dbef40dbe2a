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
- the database is opened read-only; saving an analysed text needs ``allow_save``.
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
from ..errors import InputError, PipelineError, QueryError, RasdError, StoreError

log = logging.getLogger("rasd.web")
HERE = Path(__file__).resolve().parent

# 1 MB: a long news article is 10-50 kB of UTF-8; a megabyte is room for any article and small
# enough that a flood of large posts cannot exhaust memory.
MAX_BODY = 1_000_000
# Longest text /api/analyze accepts, in characters: about 60 pages of prose, far beyond an article;
# the pipeline's time grows with length, and one request must not hold the analyser for minutes.
MAX_ANALYZE_CHARS = 200_000

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


class Guard:
    """ASGI middleware: request body limit and security headers on every response."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def send_wrapped(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                         (b"x-frame-options", b"DENY")]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers + [h for h in extra if h[0] not in names]}
            await send(message)

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
    msg = why or f"request body larger than {limit} bytes"
    resp = JSONResponse({"error": msg, "status": 413}, status_code=413)
    await resp(scope, _noreceive, send)


async def _noreceive():
    return {"type": "http.disconnect"}


class Context:
    """What every request handler needs: the database (per-thread read-only connections), whether
    saving is allowed, the analysis pipeline (loaded once, used by one request at a time)."""

    def __init__(self, db: str | Path | None, allow_save: bool, pipeline: Any = None):
        self.db_path = str(db) if db is not None else None
        self.allow_save = allow_save
        self._pipeline = pipeline
        self._local = threading.local()
        self._analyze_lock = threading.Lock()
        self._pipeline_lock = threading.Lock()

    def con(self):
        from ..store import queries

        if self.db_path is None:
            raise StoreError("no database is open; start the server with rasd serve --db FILE")
        c = getattr(self._local, "con", None)
        if c is None:
            if not Path(self.db_path).is_file() and self.allow_save:
                # --allow-save on a new file: create the empty database so reads work at once.
                from ..store.db import connect
                connect(self.db_path).close()
            c = queries.open_db(self.db_path)
            self._local.con = c
        return c

    def pipeline(self):
        with self._pipeline_lock:
            if self._pipeline is None:
                import rasd
                self._pipeline = rasd.default_pipeline()
            return self._pipeline

    def analyze(self, text: str, published: str | None = None, doc_id: str | None = None,
                meta: dict | None = None):
        """Analyse a pasted text; one at a time (stages share models and caches)."""
        import rasd

        if not isinstance(text, str) or not text.strip():
            raise InputError("the text is empty; paste an Arabic article")
        if len(text) > MAX_ANALYZE_CHARS:
            raise TextTooLong(f"the text has {len(text)} characters; at most {MAX_ANALYZE_CHARS} are analysed "
                              f"in one request (use rasd ingest for long files)")
        if published:
            from datetime import date
            try:
                date.fromisoformat(published.strip())
                ok = len(published.strip()) == 10
            except ValueError:
                ok = False
            if not ok:
                raise InputError(f"published {published!r} is not a date; use YYYY-MM-DD")
            published = published.strip()
        with self._analyze_lock:
            return rasd.analyze(text, published=published or None, id=doc_id or None, meta=meta,
                                pipeline=self.pipeline())

    def save(self, doc, origin: str = "web") -> int:
        """Write an analysed document into the database (only with allow_save); its doc_id."""
        if not self.allow_save:
            raise SaveRefused("this server is read-only; restart it with rasd serve --allow-save to save texts")
        if self.db_path is None:
            raise StoreError("no database is open to save into")
        from ..store.db import Store
        from ..store.rows import prepare

        with self._analyze_lock:
            with Store(self.db_path) as store:
                meta = doc.meta
                (doc_id,) = store.write_batch([("doc", prepare(doc), {
                    "origin": origin, "source": meta.get("source"), "url": meta.get("url"),
                    "title": meta.get("title"), "published": meta.get("published")})])
        return doc_id


async def in_analysis_thread(request: Request, fn, *args, **kwargs):
    """Run ``fn`` (an analysis, a save) on its own single thread, outside the handler threads:
    analyses take a second or more and run one at a time, and waiting for one must not occupy a
    thread that searches need."""
    import functools

    lim = getattr(request.app.state, "analysis_limiter", None)
    if lim is None:
        lim = request.app.state.analysis_limiter = anyio.CapacityLimiter(1)
    return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs), limiter=lim)


class TextTooLong(InputError):
    pass


class SaveRefused(RasdError):
    pass


STATUS_OF: list[tuple[type, int]] = [
    (TextTooLong, 413), (SaveRefused, 403), (QueryError, 400), (InputError, 400),
    (StoreError, 503), (PipelineError, 503), (RasdError, 400),
]


def status_of(exc: Exception) -> int:
    for cls, code in STATUS_OF:
        if isinstance(exc, cls):
            return code
    return 500


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
    from . import api, pages

    @asynccontextmanager
    async def lifespan(_app):
        # Few threads run handlers at once; the rest wait in line (anyio's limiter is first come,
        # first served). Handlers are CPU-bound Python under one GIL: forty threads taking turns
        # only make every request slow and the unlucky ones very slow.
        anyio.to_thread.current_default_thread_limiter().total_tokens = HANDLER_THREADS
        yield

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
        return request.url.path.startswith("/api/") or request.url.path.endswith((".json", ".csv"))

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
