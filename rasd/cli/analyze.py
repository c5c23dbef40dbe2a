"""`rasd analyze`: analyse files, folders or standard input and print documents.

Inputs are read by the one reader (rasd.ingest.readers), exactly as `rasd ingest` reads them:
text, HTML, JSON Lines, JSON arrays, zip, gzip, WARC, folders and ``-``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import InputError
from ..ingest.readers import DEFAULT_MAX_BYTES, Article, Limits, Problem, Reader
from ..isodate import check_day
from . import workers_option
from .render import render_text

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "istanbul-talks.txt"
EXAMPLE_PUBLISHED = "2025-05-11"
# `rasd analyze` is given its inputs by name, so it takes far longer texts than a corpus (every
# stage is linear in the length; docs/scale.md): up to 20 million characters, ~36 MB of Arabic,
# which take ~5 GB of memory at the measured ~130 MB per MB; a longer one is refused, not swapped.
MAX_DOCUMENT_CHARS = 20_000_000
ANALYZE_LIMITS = Limits(max_bytes=DEFAULT_MAX_BYTES, max_chars=MAX_DOCUMENT_CHARS)


@click.command("analyze")
@click.argument("paths", nargs=-1)
@click.option("--example", is_flag=True, help="Analyse the bundled founding example article.")
@click.option("--published", help="Publication date YYYY-MM-DD of articles that carry none (resolves relative dates).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default=None,
              help="json (pretty, default for one text or page), jsonl (default for records and many inputs), "
                   "text (readable view).")
@click.option("--tokens", is_flag=True, help="Include tokens (with clitic parts) in the JSON.")
@click.option("--stages", help="Comma-separated stage names to run instead of the default pipeline.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to a file instead of stdout.")
@workers_option("Output order is the input order.")
@click.option("--ner-model", type=click.Choice(["crf", "neural", "ensemble"]), default=None,
              help="NER tagger: crf (default, fastest), neural, or ensemble (most accurate, ~2x slower).")
@click.option("--color/--no-color", default=None, help="Colour the text view (default: when stdout is a terminal).")
def command(paths, example, published, fmt, tokens, stages, output, workers, ner_model, color):
    """Analyse articles: PATHS are files or folders (text, HTML, JSON Lines, JSON arrays, zip,
    gzip, WARC), or - for standard input, read exactly as `rasd ingest` reads them.

    Records carry text (or content), and optionally id, published, title, url, source, author.
    """
    from ..document import Document
    from ..parallel import analyze_stream
    from ..pipeline import Pipeline

    published = check_day(published)
    if example:
        paths = (str(EXAMPLE),) + tuple(paths)
        published = published or EXAMPLE_PUBLISHED
    if not paths:
        raise InputError("nothing to analyse: give PATHS, - for standard input, or --example")
    stage_list = stages.split(",") if stages else None
    config = {"ner": {"model": ner_model}} if ner_model else None
    Pipeline(stage_list, config)  # validate the stage order here, before any worker starts
    errors: list[str] = []
    skipped = [0]
    # One pretty JSON document for one text or page named alone; JSON Lines for records and many.
    single_origin = Reader.origin_of(paths[0]) if len(paths) == 1 and not Path(paths[0]).is_dir() else None
    state = {"many": single_origin is None}

    def articles():
        for item in Reader(paths, ANALYZE_LIMITS):
            if isinstance(item, Problem):
                if item.skip:
                    skipped[0] += 1
                    click.echo(f"rasd: warning: {item}", err=True)
                else:
                    errors.append(str(item))
                    click.echo(f"rasd: error: {item}", err=True)
                continue
            art: Article = item
            state["many"] = state["many"] or art.origin != single_origin
            for w in art.warnings:
                click.echo(f"rasd: warning: {art.origin}: {w}", err=True)
            if published and not art.meta.get("published"):
                art.meta["published"] = published
            yield art

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    n = 0
    try:
        for result in analyze_stream(articles(), workers, stage_list, tokens, config):
            if isinstance(result, str):
                errors.append(result)
                click.echo(f"rasd: error: {result}", err=True)
                continue
            n += 1
            mode = fmt or ("jsonl" if state["many"] or n > 1 else "json")
            if mode == "text":
                use_color = color if color is not None else (out is sys.stdout and sys.stdout.isatty())
                out.write(render_text(Document.from_dict(result), color=use_color) + "\n")
            elif mode == "jsonl":
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
            else:
                out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    finally:
        if output:
            out.close()
    if errors or skipped[0]:
        click.echo(f"rasd: {n} document(s) analysed, {len(errors)} input(s) failed, {skipped[0]} skipped", err=True)
    if errors:
        raise SystemExit(1)
    if n == 0:
        raise InputError("no article to analyse in the input")
