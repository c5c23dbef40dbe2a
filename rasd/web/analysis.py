"""Analysing texts for the web: the request context (database connections, the pipeline, form
tokens) and the two lanes analyses run in, so that no analysis starves another — texts up to
``SHORT_CHARS`` run in the server process, shortest first; longer ones run one at a time in a child
process that is killed after ``ANALYZE_TIMEOUT_S`` seconds. Also the errors these raise and the
HTTP status of each. Used by the app, the API and the pages alike (they import this module; it
imports none of them).
"""
from __future__ import annotations

import functools
import hashlib
import heapq
import hmac
import logging
import multiprocessing as mp
import os
import secrets
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
from fastapi import Request

import rasd

from ..document import Document
from ..errors import InputError, PipelineError, QueryError, RasdError, StoreError
from ..isodate import check_day
from ..store import queries
from ..store.db import Store, connect
from ..store.rows import prepare

log = logging.getLogger("rasd.web")

# Longest text /api/analyze accepts, in characters: about 60 pages of prose, far beyond an article;
# the pipeline's time grows with length, and one request must not hold the analyser for minutes.
MAX_ANALYZE_CHARS = 200_000

# Texts up to this many characters (a long news article is 3,000-15,000) are analysed in the
# server process at once, shortest first; longer ones go to the child process (see LongLane).
SHORT_CHARS = 20_000
# Longest a long analysis may run before its child process is killed: the pipeline is linear in
# the text length, and MAX_ANALYZE_CHARS characters take a few seconds on one core, so a minute
# only cuts off a runaway.
ANALYZE_TIMEOUT_S = 60


class Context:
    """What every request handler needs: the database (per-thread read-only connections), whether
    saving is allowed, the analysis pipeline (loaded once, used by one request at a time), the
    secret that signs form tokens."""

    def __init__(self, db: str | Path | None, allow_save: bool, pipeline: Any = None):

        self.db_path = str(db) if db is not None else None
        self.allow_save = allow_save
        self._pipeline = pipeline
        self._local = threading.local()
        self._analyze_lock = threading.Lock()
        self._pipeline_lock = threading.Lock()
        self.short_lane = ShortestFirst()
        self.long_lane = LongLane()
        # Worker processes of one server share the secret through the environment (rasd serve
        # sets it); a lone app makes its own.
        env = os.environ.get("RASD_WEB_SECRET")
        self.secret = env.encode() if env else secrets.token_bytes(32)

    def con(self):

        if self.db_path is None:
            raise StoreError("no database is open; start the server with rasd serve --db FILE")
        c = getattr(self._local, "con", None)
        if c is None:
            if not Path(self.db_path).is_file() and self.allow_save:
                # --allow-save on a new file: create the empty database so reads work at once.

                connect(self.db_path).close()
            c = queries.open_db(self.db_path)
            self._local.con = c
        return c

    def pipeline(self):
        with self._pipeline_lock:
            if self._pipeline is None:

                self._pipeline = rasd.default_pipeline()
            return self._pipeline

    # -- form tokens ---------------------------------------------------------------------------
    def csrf_token(self, cookie: str) -> str:
        """The form token for this browser's cookie: only a page of this server, which the
        browser shows with its cookie, can carry it."""

        return hmac.new(self.secret, cookie.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, cookie: str | None, token: str | None) -> bool:

        return bool(cookie and token) and hmac.compare_digest(self.csrf_token(cookie), token)

    # -- analysis ------------------------------------------------------------------------------
    def check_text(self, text: str, published: str | None) -> str | None:
        if not isinstance(text, str) or not text.strip():
            raise InputError("the text is empty; paste an Arabic article")
        if len(text) > MAX_ANALYZE_CHARS:
            raise TextTooLong(f"the text has {len(text)} characters; at most {MAX_ANALYZE_CHARS} are analysed "
                              f"in one request (use rasd ingest for long files)")

        return check_day(published, "published")

    def analyze(self, text: str, published: str | None = None, doc_id: str | None = None,
                meta: dict | None = None):
        """Analyse a pasted text (blocking; call it from a worker thread, see in_analysis_thread).
        Short texts run here, one at a time, shortest first; long ones in the child process."""

        published = self.check_text(text, published)
        if len(text) > SHORT_CHARS:
            return self.long_lane.analyze(text, published=published, id=doc_id, meta=meta)
        with self.short_lane.turn(len(text)):
            return rasd.analyze(text, published=published or None, id=doc_id or None, meta=meta,
                                pipeline=self.pipeline())

    def save(self, doc, origin: str = "web") -> int:
        """Write an analysed document into the database (only with allow_save); its doc_id."""
        if not self.allow_save:
            raise SaveRefused("this server is read-only; restart it with rasd serve --allow-save to save texts")
        if self.db_path is None:
            raise StoreError("no database is open to save into")

        with self._analyze_lock:
            with Store(self.db_path) as store:
                meta = doc.meta
                (doc_id,) = store.write_batch([("doc", prepare(doc), {
                    "origin": origin, "source": meta.get("source"), "url": meta.get("url"),
                    "title": meta.get("title"), "published": meta.get("published")})])
        return doc_id


class ShortestFirst:
    """One analysis at a time, the shortest waiting text next (a paste of a paragraph is not kept
    waiting behind a queue of long articles)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._busy = False
        self._waiting: list[tuple[int, int]] = []
        self._seq = 0

    def turn(self, size: int):

        @contextmanager
        def held():
            with self._cond:
                self._seq += 1
                me = (size, self._seq)
                heapq.heappush(self._waiting, me)
                while self._busy or self._waiting[0] != me:
                    self._cond.wait()
                heapq.heappop(self._waiting)
                self._busy = True
            try:
                yield
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()
        return held()


def _long_worker(conn) -> None:
    """The child process of LongLane: analyse each text it is sent, send back its JSON."""

    pipeline = rasd.default_pipeline()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        try:
            doc = rasd.analyze(job["text"], published=job.get("published"), id=job.get("id"),
                               meta=job.get("meta"), pipeline=pipeline)
            conn.send(("ok", doc.to_dict()))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises it
            conn.send(("error", type(exc).__name__, str(exc), isinstance(exc, RasdError)))


class LongLane:
    """Long texts, one at a time, in a child process with its own pipeline: the server's own
    analyses go on meanwhile (on another core), and one that runs past ANALYZE_TIMEOUT_S is
    killed. The child is started on first use and kept for the next long text."""

    def __init__(self, timeout: float | None = None):
        self._lock = threading.Lock()
        self._proc = None
        self._conn = None
        self.timeout = timeout

    def _start(self):

        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_long_worker, args=(child,), daemon=True, name="rasd-long-analysis")
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
        self._proc = self._conn = None

    def analyze(self, text: str, **kw):

        timeout = self.timeout if self.timeout is not None else ANALYZE_TIMEOUT_S
        if not self._lock.acquire(timeout=timeout):
            raise AnalyzerBusy("the analyser is busy with another long text; try again in a minute")
        try:
            if self._proc is None or not self._proc.is_alive():
                self._start()
            self._conn.send({"text": text, **kw})
            if not self._conn.poll(timeout):
                self.stop()
                raise AnalysisTimeout(f"the analysis took longer than {int(timeout)} s and was stopped; "
                                      f"split the text or use rasd ingest")
            try:
                got = self._conn.recv()
            except EOFError:
                self.stop()
                raise PipelineError("the analysis process ended unexpectedly") from None
        finally:
            self._lock.release()
        if got[0] == "ok":
            return Document.from_dict(got[1])
        _, name, msg, user_error = got
        raise (InputError if user_error else PipelineError)(msg if user_error else f"analysis failed ({name}: {msg})")


async def in_analysis_thread(request: Request, fn, *args, **kwargs):
    """Run ``fn`` (an analysis, a save) on a thread of its own, outside the handler threads:
    waiting for an analysis must not occupy a thread that searches need."""

    lim = getattr(request.app.state, "analysis_limiter", None)
    if lim is None:
        # Short analyses queue inside Context (shortest first) and one long one runs in the
        # child: a few threads suffice to hold them.
        lim = request.app.state.analysis_limiter = anyio.CapacityLimiter(8)
    return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs), limiter=lim)


class TextTooLong(InputError):
    pass


class SaveRefused(RasdError):
    pass


class CsrfRefused(RasdError):
    pass


class AnalysisTimeout(RasdError):
    pass


class AnalyzerBusy(RasdError):
    pass


STATUS_OF: list[tuple[type, int]] = [
    (TextTooLong, 413), (SaveRefused, 403), (CsrfRefused, 403), (AnalysisTimeout, 503), (AnalyzerBusy, 503),
    (QueryError, 400), (InputError, 400),
    (StoreError, 503), (PipelineError, 503), (RasdError, 400),
]


def status_of(exc: Exception) -> int:
    for cls, code in STATUS_OF:
        if isinstance(exc, cls):
            return code
    return 500
