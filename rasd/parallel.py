"""Analyse a stream of articles on several cores, in input order, with bounded memory.

Each worker process builds the pipeline once (models load once per worker) and analyses batches
of articles; results come back in input order whatever the number of workers, so output is
identical with 1 or N workers. At most ``workers * PREFETCH_BATCHES`` batches are in flight, so
memory stays flat however long the input is. Workers die with their parent (``die_with_parent``):
a killed `rasd analyze` or `rasd ingest` leaves no process behind.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from typing import Any, Iterable, Iterator, Sequence

from .document import Document
from .ingest.readers import Article

# Articles per task: large enough that inter-process overhead (pickling a batch) is small next to
# the analysis (a few ms per article), small enough that a slow batch does not stall the stream.
BATCH_SIZE = 16
# Batches queued per worker: two keeps every worker busy while the parent writes results.
PREFETCH_BATCHES = 2

_PIPELINE = None
_INIT_ERROR: BaseException | None = None  # why this worker could not build its pipeline


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h
# How often a worker without prctl checks that its parent is alive: a killed parent's workers
# stop within this time instead of running (and holding memory) for ever as orphans.
PARENT_POLL_S = 1.0


def die_with_parent(parent: int) -> str:
    """Make this (worker) process die when ``parent`` dies, however it dies (SIGKILL included):
    on Linux the kernel sends SIGKILL (prctl PR_SET_PDEATHSIG); elsewhere a daemon thread polls
    the parent pid. Returns the means used. Called first thing in every worker."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's stop-like-Ctrl-C handler
    how = "watchdog"
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                how = "prctl"
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
    if how == "watchdog":
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(PARENT_POLL_S)
            os._exit(1)
        threading.Thread(target=watch, name="rasd-parent-watchdog", daemon=True).start()
    return how


def _init(stages: Sequence[str] | None, config: dict | None = None, parent: int | None = None) -> None:
    global _PIPELINE, _INIT_ERROR
    from .pipeline import Pipeline

    if parent is not None:
        die_with_parent(parent)
    _INIT_ERROR = None
    try:
        _PIPELINE = Pipeline(stages, config).warm()
    except Exception as exc:  # noqa: BLE001 - re-raised by the first batch (see _analyze_batch)
        # A Pool replaces a worker whose initializer raises, forever: keep the error and report it
        # from the first batch instead, so the parent stops with the message.
        _INIT_ERROR = exc


def _analyze_batch(batch: list[tuple[str, str | None, dict]], tokens: bool = False) -> list[dict | str]:
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    out: list[dict | str] = []
    for text, aid, meta in batch:
        try:
            out.append(_PIPELINE(Document(text, aid, meta)).to_dict(tokens=tokens))
        except Exception as exc:  # one failing article must not lose the batch: report it instead
            out.append(f"{aid or 'article'}: analysis failed ({type(exc).__name__}: {exc})")
    return out


def analyze_stream(articles: Iterable[Article], workers: int | None = None, stages: Sequence[str] | None = None,
                   tokens: bool = False, config: dict | None = None) -> Iterator[dict | str]:
    """Yield each article's document dict (or an error string) in input order. ``config``
    overrides the stages' default settings (``rasd.pipeline.Pipeline``) in every worker."""
    workers = workers or default_workers()
    batches = _batched(((a.text, a.id, a.meta) for a in articles), BATCH_SIZE)
    # Models load here first: a missing or corrupt model stops the run with its message before any
    # worker starts, and forked workers inherit the loaded models instead of reading them again.
    _init(stages, config)
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    first = next(batches, None)
    if first is None:
        return
    if workers <= 1 or len(first) < BATCH_SIZE:  # one batch only: no process is worth starting
        for b in itertools.chain([first], batches):
            yield from _analyze_batch(b, tokens)
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    pool = ctx.Pool(workers, initializer=_init, initargs=(stages, config, os.getpid()))
    try:
        pending: list[Any] = []
        for b in itertools.chain([first], batches):
            pending.append(pool.apply_async(_analyze_batch, (b, tokens)))
            if len(pending) >= workers * PREFETCH_BATCHES:
                yield from pending.pop(0).get()
        for r in pending:
            yield from r.get()
        # Done: the workers finish their loop and exit. Pool.terminate() (what `with Pool` does)
        # signals workers that may still be starting and could hang joining one of them.
        pool.close()
        pool.join()
    except BaseException:
        pool.terminate()
        raise


def _batched(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(itertools.islice(it, n)):
        yield batch
