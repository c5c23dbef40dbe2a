"""rasd ingest PATH... : analyse files or folders into a SQLite database."""
from __future__ import annotations

import os

import click

from ..errors import RasdError
from . import workers_option


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--db", default="rasd.db", show_default=True, help="database file (created if missing)")
@workers_option("Each runs the pipeline; one process writes.")
@click.option("--batch", type=click.IntRange(min=1), default=64, show_default=True,
              help="articles per transaction")
@click.option("--stages", default=None, help="comma-separated pipeline stages [default: the configured pipeline]")
@click.option("--max-size", default="256MB", show_default=True,
              help="largest file, zip member, WARC record or JSONL line read (e.g. 50MB, 1GB)")
@click.option("--ner-model", type=click.Choice(["crf", "neural", "ensemble"]), default=None,
              help="NER tagger: crf (default, fastest), neural, or ensemble (most accurate, ~2x slower).")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.option("--verbose", "-v", is_flag=True, help="list every input skipped or failed (default: one summary line)")
def command(paths, db, workers, batch, stages, max_size, ner_model, quiet, verbose):
    """Analyse PATHs (.txt, .html, .jsonl, JSON arrays, .zip, gzip, WARC, folders, - for standard
    input) into the database, read exactly as `rasd analyze` reads them.

    Re-running is safe: stored articles (same content) are skipped, an interrupted run resumes.
    Without PATHs, creates or upgrades the database only.
    """
    from ..ingest.readers import Limits
    from ..ingest.run import ingest

    limits = Limits(max_bytes=_size(max_size))
    stage_list = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    if stage_list is not None:
        from ..pipeline import Pipeline
        Pipeline(stages=stage_list)  # validate before starting workers
    stats = ingest(paths, db, workers=workers or os.cpu_count(), batch=batch, stages=stage_list,
                   limits=limits, progress=not quiet, config={"ner": {"model": ner_model}} if ner_model else None,
                   verbose=verbose)
    click.echo(f"rasd: {stats.summary()}", err=True)
    for line in stats.problem_summary(verbose):
        click.echo(f"rasd: {line}", err=True)
    if stats.read == 0 and paths and stats.errors:
        raise RasdError(f"no article could be read from {', '.join(paths)}")


def _size(s: str) -> int:
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", s.lower())
    if not m:
        raise click.BadParameter(f"{s!r} is not a size (e.g. 50MB, 1GB)", param_hint="--max-size")
    mult = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3, "t": 1024 ** 4}[m.group(2)]
    return int(float(m.group(1)) * mult)
