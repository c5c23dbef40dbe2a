"""``rasd ingest``: read articles, analyse them in a pool of worker processes, write them with one
writer in batched transactions.

- Workers each build the pipeline once (models load once per process) and return ready-made
  rows (``rasd.store.rows.prepare``); the main process only reads inputs and writes.
- Bounded: at most ``2 x workers`` batches are in flight, inputs are streamed, so memory stays
  flat however large the corpus.
- Stable: results are written in input order whatever the number of workers, so doc_ids, story
  ids and exports are identical with 1 or N workers.
- Idempotent and resumable: an article whose content hash is stored is not analysed again (its
  source is recorded, once); each batch is one transaction, so a kill leaves whole articles only.
- Killable: workers are forked before the database is opened (they hold none of its files) and
  die with the main process (``rasd.parallel.die_with_parent``), whose lock the kernel drops when
  it dies; SIGTERM stops the run like Ctrl-C. The rerun takes the lock over and resumes.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from ..document import Document
from ..errors import RasdError
from ..parallel import die_with_parent
from ..store.db import Store
from ..store.rows import content_hash, prepare
from .readers import Article, Limits, Problem, Reader

_PIPELINE = None
# Problems kept in IngestStats.messages (all are printed): enough to inspect, bounded for huge runs.
MAX_KEPT_MESSAGES = 1000


def _init_worker(stages: Sequence[str] | None, child: bool = False, config: dict | None = None,
                 parent: int | None = None) -> None:
    global _PIPELINE
    from ..pipeline import Pipeline

    if child:  # Ctrl-C is handled by the main process, which stops the pool
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if parent is not None:
            die_with_parent(parent)

    _PIPELINE = Pipeline(stages=stages, config=config).warm()


def _analyze(payloads: list[tuple[str, str, dict, str]]) -> list[tuple[str, object]]:
    """Run the pipeline on (id, text, meta, hash) items; ("ok", Prepared) or ("err", message) each."""
    out = []
    for aid, text, meta, chash in payloads:
        try:
            doc = _PIPELINE(Document(text, id=aid, meta=meta))
            out.append(("ok", prepare(doc, chash)))
        except RasdError as exc:
            out.append(("err", str(exc)))
        except Exception as exc:  # one article's failure must not stop a corpus run
            out.append(("err", f"pipeline failed: {type(exc).__name__}: {exc}"))
    return out


@dataclass
class IngestStats:
    read: int = 0          # articles read from the inputs
    stored: int = 0        # new documents written
    duplicates: int = 0    # exact copies of an article read earlier in this run (source added)
    present: int = 0       # already in the database before this run (skipped, source recorded)
    failed: int = 0        # articles the pipeline could not analyse
    problems: int = 0      # inputs that did not become articles (errors + skipped)
    skipped: int = 0       # of which not articles, nothing wrong (blank records, readmes, index pages)
    warnings: int = 0      # articles read with a warning (little Arabic, a date that is no date)
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)  # ("error" | "skipped" | "warning", reason) -> count

    @property
    def errors(self) -> int:
        return self.problems - self.skipped

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (f"{self.read} articles read: {self.stored} stored, {self.duplicates} exact duplicates, "
                f"{self.present} already in the database, {self.failed} failed; {self.problems} inputs not read "
                f"({self.errors} errors, {self.skipped} skipped); {self.seconds:.1f} s ({self.rate:.1f} articles/s)")

    def note(self, msg: str, kind: str, reason: str) -> None:
        """Count a problem or warning by kind and reason; keep its message (up to a bound)."""
        self.reasons[kind, reason or "other"] += 1
        if len(self.messages) < MAX_KEPT_MESSAGES:
            self.messages.append(msg)

    def problem_summary(self, verbose: bool = False) -> list[str]:
        """One line per kind (errors, skipped, warnings) with counts by reason; the line that says
        how to see them one by one when they were not listed."""
        out = []
        for kind, head in (("error", "could not read"), ("failed", "could not analyse"),
                           ("skipped", "skipped (not articles)"), ("warning", "read with a warning")):
            got = sorted(((r, n) for (k, r), n in self.reasons.items() if k == kind), key=lambda x: (-x[1], x[0]))
            if got:
                total = sum(n for _, n in got)
                out.append(f"{head}: {total} ({', '.join(f'{r} {n}' for r, n in got)})")
        if not out:
            return []
        return ["; ".join(out) + ("" if verbose else " - rasd ingest --verbose lists them")]


class Progress:
    """Progress on stderr: a redrawn bar on a terminal, a plain line every 10 s otherwise."""

    def __init__(self, reader: Reader, stream=None, enabled: bool = True):
        self.reader = reader
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.enabled = enabled
        self.t0 = time.monotonic()
        self.last = 0.0
        # A terminal redraws cheaply; a log file should get a line every 10 s, not thousands.
        self.every = 0.2 if self.tty else 10.0

    def update(self, stats: IngestStats, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < self.every:
            return
        self.last = now
        el = now - self.t0
        total = self.reader.total_bytes or 1
        frac = min(1.0, self.reader.done_bytes / total)
        rate = stats.read / el if el > 0 else 0.0
        eta = (el / frac - el) if frac > 0.01 else None
        eta_s = "--:--" if eta is None else time.strftime("%H:%M:%S" if eta >= 3600 else "%M:%S", time.gmtime(eta))
        msg = (f"{frac * 100:5.1f}% {stats.read} articles ({stats.stored} new) {rate:.1f}/s "
               f"elapsed {time.strftime('%M:%S', time.gmtime(el))} ETA {eta_s}")
        if self.tty:
            width = 24
            bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
            self.stream.write(f"\r[{bar}] {msg}\x1b[K")
        else:
            self.stream.write(msg + "\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        if self.tty and self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self, stats: IngestStats) -> None:
        self.update(stats, force=True)
        if self.tty and self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _stop_pool(pool: ProcessPoolExecutor | None, finished: bool) -> None:
    """After a whole run every task is drained, so waiting only joins idle workers; not waiting
    leaves the pool's manager thread to close its wake-up pipe while the interpreter's exit hook
    still writes to it (CPython 3.11 prints "OSError: Bad file descriptor" at exit). On an error or
    a signal the pool is not waited for."""
    if pool is not None:
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _start_pool(workers: int, stages: Sequence[str] | None, config: dict | None) -> ProcessPoolExecutor:
    # fork: workers share the parent's loaded code and models.
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"), initializer=_init_worker,
                               initargs=(list(stages) if stages else None, True, config, os.getpid()))
    # The pool forks its workers on the first task: start them now, before the writer lock and
    # the database are opened, so no worker holds a descriptor of either.
    pool.submit(os.getpid).result()
    return pool


def _source(art: Article) -> dict:
    """Where an article was found, as doc_sources records it (with its page, if any)."""
    return {"origin": art.origin, "source": art.meta.get("source"), "url": art.meta.get("url"),
            "title": art.meta.get("title"), "published": art.meta.get("published"),
            "html": art.html, "html_sha256": art.html_sha256}


def ingest(paths: Iterable[str], db: str, workers: int | None = None, batch: int = 64,
           stages: Sequence[str] | None = None, limits: Limits | None = None, progress: bool = True,
           stream=None, on_problem: Callable[[str], None] | None = None,
           config: dict | None = None, verbose: bool = False) -> IngestStats:
    """Ingest files/folders into the database at ``db``; returns the counts. Raises StoreError
    when the database cannot be written (read-only, locked, disk full): what was committed stays.
    ``config`` overrides the stages' defaults (e.g. ``{"ner": {"model": "ensemble"}}``). Inputs that
    are skipped or fail are counted by reason (``IngestStats.problem_summary``); each is passed to
    ``on_problem``, or printed as it happens when ``verbose``."""
    workers = max(1, workers or os.cpu_count() or 1)
    batch = max(1, batch)
    reader = Reader(paths, limits, exclude=[db + suffix for suffix in ("", "-wal", "-shm", "-journal", ".lock")])
    stats, finished = IngestStats(), False
    prog = Progress(reader, stream, progress)
    t0 = time.monotonic()

    def report(msg: str, kind: str = "error", reason: str = "") -> None:
        stats.note(msg, kind, reason)
        if on_problem:
            on_problem(msg)
        elif verbose:
            prog.message(f"rasd: {'error' if kind == 'failed' else kind}: {msg}")

    # Models load in this process first: a missing or corrupt model stops the run with its own
    # message (a worker's failing initialiser would only say "broken pool"), and forked workers
    # inherit the loaded models.
    _init_worker(list(stages) if stages else None, config=config)
    pool = _start_pool(workers, stages, config) if workers > 1 else None
    try:
        with Store(db) as store:
            if store.taken_over:
                prev = store.taken_over
                prog.message(f"rasd: the ingest into {db} started {prev.get('started')} (pid {prev.get('pid')}) "
                             f"stopped before it finished; resuming it (stored articles are kept, not analysed again)")
            pending: deque = deque()
            inflight: set[str] = set()
            failed: set[str] = set()
            max_pending = 2 * workers
            # Documents above this doc_id were stored by this run (their copies are duplicates).
            first_new = store.con.execute("SELECT coalesce(max(doc_id), 0) FROM documents").fetchone()[0]

            def submit(entries: list) -> None:
                payloads = [e[1] for e in entries if e[0] == "new"]
                if pool is not None:
                    res = pool.submit(_analyze, payloads)
                else:
                    res = _analyze(payloads)
                pending.append((entries, res))

            def drain_one() -> None:
                entries, res = pending.popleft()
                try:
                    results = iter(res.result() if pool is not None else res)
                except BrokenProcessPool:
                    raise RasdError("a worker process died (out of memory?); what was committed is kept: "
                                    "run the same command again to resume, with fewer --workers") from None
                items = []
                for e in entries:
                    if e[0] == "new":
                        status, obj = next(results)
                        chash = e[1][3]
                        if status == "ok":
                            items.append(("doc", obj, e[2]))
                        else:
                            failed.add(chash)
                            stats.failed += 1
                            report(f"{e[2]['origin']}: {obj}", "failed", "pipeline error")
                    elif e[0] == "dup":
                        if e[1] in failed:
                            continue
                        items.append(("dup", e[1], e[2]))
                store.write_batch(items)
                for e in entries:
                    if e[0] == "new":
                        inflight.discard(e[1][3])
                stats.stored += sum(1 for it in items if it[0] == "doc")
                prog.update(stats)

            cur: list = []
            for item in reader:
                if isinstance(item, Problem):
                    stats.problems += 1
                    stats.skipped += item.skip
                    report(str(item), "skipped" if item.skip else "error", item.reason)
                    continue
                stats.read += 1
                art: Article = item
                if art.warnings:
                    stats.warnings += 1
                    for w in art.warnings:
                        report(f"{art.origin}: {w}", "warning",
                               "little or no Arabic" if "Arabic" in w else "no publication day")
                chash = content_hash(art.text)
                src = _source(art)
                known = None if chash in inflight else store.doc_for_hash(chash)
                if chash in inflight or (known is not None and known > first_new):
                    stats.duplicates += 1
                    cur.append(("dup", chash, src))
                elif known is not None:
                    stats.present += 1
                    cur.append(("dup", chash, src))
                else:
                    inflight.add(chash)
                    cur.append(("new", (art.id, art.text, art.meta, chash), src))
                if len(cur) >= batch:
                    submit(cur)
                    cur = []
                    while len(pending) > max_pending:
                        drain_one()
                prog.update(stats)
            if cur:
                submit(cur)
            while pending:
                drain_one()
        finished = True
    finally:
        _stop_pool(pool, finished)
        stats.seconds = time.monotonic() - t0
        prog.close(stats)
    return stats
