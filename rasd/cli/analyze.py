"""`rasd analyze`: analyse .txt / .jsonl files or standard input and print documents."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import InputError
from ..textio import MIN_ARABIC_SHARE, Article, arabic_share, check_published, decode_bytes, iter_jsonl
from .render import render_text

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "istanbul-talks.txt"
EXAMPLE_PUBLISHED = "2025-05-11"
# Reading more than this from one plain-text file is refused: a news article is kilobytes, and a
# multi-gigabyte "article" is a wrong file, not something to hold in memory.
MAX_TEXT_BYTES = 200 * 1024 * 1024


def _read_articles(paths, published, errors):
    """Yield (label, Article) for each input; bad records go to ``errors`` and are skipped."""
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            label = "<stdin>"
            if _looks_jsonl(data):
                yield from ((label, a, True) for a in iter_jsonl(data.splitlines(), label, errors))
                continue
            try:
                yield label, Article(decode_bytes(data, label), "stdin", _meta(published)), False
            except InputError as exc:
                errors.append(str(exc))
            continue
        path = Path(p)
        if not path.exists():
            errors.append(f"{p}: no such file")
            continue
        if path.is_dir():
            errors.append(f"{p}: is a directory (use `rasd ingest` for folders)")
            continue
        try:
            if path.stat().st_size > MAX_TEXT_BYTES:
                raise InputError(f"{p}: file is larger than {MAX_TEXT_BYTES // 2**20} MB")
            suffix = path.suffix.lower()
            if suffix in (".jsonl", ".ndjson") or (suffix != ".txt" and _looks_jsonl(_head(path))):
                with open(path, "rb") as f:
                    yield from ((p, a, True) for a in iter_jsonl(f, p, errors))
                continue
            text = decode_bytes(path.read_bytes(), p)
        except OSError as exc:
            errors.append(f"{p}: cannot read ({exc.strerror})")
            continue
        except InputError as exc:
            errors.append(str(exc))
            continue
        yield p, Article(text, path.stem, _meta(published)), False


def _meta(published):
    return {"published": published} if published else {}


def _head(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(4096)


def _looks_jsonl(data: bytes) -> bool:
    """Sniff JSON Lines: the first line must parse as a JSON object (a text that merely starts
    with "{" is still text)."""
    first = data.lstrip(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return first.rstrip().endswith(b"}")  # a malformed record is still a JSON Lines file


@click.command("analyze")
@click.argument("paths", nargs=-1)
@click.option("--example", is_flag=True, help="Analyse the bundled founding example article.")
@click.option("--published", help="Publication date YYYY-MM-DD of a single text (resolves relative dates).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default=None,
              help="json (pretty, default for one input), jsonl (default for many), text (readable view).")
@click.option("--tokens", is_flag=True, help="Include tokens (with clitic parts) in the JSON.")
@click.option("--stages", help="Comma-separated stage names to run instead of the default pipeline.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to a file instead of stdout.")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores). Output order is the input order.")
@click.option("--ner-model", type=click.Choice(["crf", "neural", "ensemble"]), default=None,
              help="NER tagger: crf (default, fastest), neural, or ensemble (most accurate, ~2x slower).")
@click.option("--color/--no-color", default=None, help="Colour the text view (default: when stdout is a terminal).")
def command(paths, example, published, fmt, tokens, stages, output, workers, ner_model, color):
    """Analyse articles: PATHS are .txt or .jsonl files, or - for standard input.

    JSON Lines records carry id, text, and optionally published, title, url, source.
    """
    from ..document import Document
    from ..parallel import analyze_stream
    from ..pipeline import Pipeline

    published = check_published(published)
    if example:
        paths = (str(EXAMPLE),) + tuple(paths)
        published = published or EXAMPLE_PUBLISHED
    if not paths:
        raise InputError("nothing to analyse: give PATHS, - for standard input, or --example")
    stage_list = stages.split(",") if stages else None
    config = {"ner": {"model": ner_model}} if ner_model else None
    Pipeline(stage_list, config)  # validate the stage order here, before any worker starts
    errors: list[str] = []
    state = {"many": len(paths) > 1}

    def articles():
        for label, art, from_jsonl in _read_articles(paths, published, errors):
            state["many"] = state["many"] or from_jsonl
            if arabic_share(art.text) < MIN_ARABIC_SHARE:
                click.echo(f"rasd: warning: {label}: little or no Arabic text; analysing anyway", err=True)
            yield art

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    n = 0
    try:
        for result in analyze_stream(articles(), workers, stage_list, tokens, config):
            if isinstance(result, str):
                errors.append(result)
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
    for e in errors:
        click.echo(f"rasd: error: {e}", err=True)
    if errors:
        click.echo(f"rasd: {n} document(s) analysed, {len(errors)} input(s) failed", err=True)
        raise SystemExit(1)
