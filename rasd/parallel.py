"""Analyse a stream of articles on several cores, in input order, with bounded memory.

Each worker process builds the pipeline once (models load once per worker) and analyses batches
of articles; results come back in input order whatever the number of workers, so output is
identical with 1 or N workers. At most ``workers * PREFETCH_BATCHES`` batches are in flight, so
memory stays flat however long the input is.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from typing import Any, Iterable, Iterator, Sequence

from .document import Document
from .textio import Article

# Articles per task: large enough that inter-process overhead (pickling a batch) is small next to
# the analysis (a few ms per article), small enough that a slow batch does not stall the stream.
BATCH_SIZE = 16
# Batches queued per worker: two keeps every worker busy while the parent writes results.
PREFETCH_BATCHES = 2

_PIPELINE = None
_INIT_ERROR: BaseException | None = None  # why this worker could not build its pipeline


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _init(stages: Sequence[str] | None, config: dict | None = None) -> None:
    global _PIPELINE, _INIT_ERROR
    from .pipeline import Pipeline

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
    if workers <= 1:
        for b in batches:
            yield from _analyze_batch(b, tokens)
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(stages, config)) as pool:
        pending: list[Any] = []
        for b in batches:
            pending.append(pool.apply_async(_analyze_batch, (b, tokens)))
            if len(pending) >= workers * PREFETCH_BATCHES:
                yield from pending.pop(0).get()
        for r in pending:
            yield from r.get()


def _batched(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(itertools.islice(it, n)):
        yield batch
