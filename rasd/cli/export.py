"""rasd export {documents,events,quotes,entities}: tables of a database as JSONL, CSV or Parquet."""
from __future__ import annotations

import click


@click.command("export")
@click.argument("table", type=click.Choice(["documents", "events", "quotes", "entities"]))
@click.option("--db", default="rasd.db", show_default=True, help="database file")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default=None,
              help="output format [default: from the -o extension (.jsonl, .csv, .parquet); "
                   "jsonl for standard output]")
@click.option("-o", "--output", default=None, help="output file [default: standard output]")
def command(table, db, fmt, output):
    """Export TABLE: documents (the JSON document format), events (one row per event, GDELT/POLECAT-
    like columns), quotes, or entities (one row per entity per document). Columns: docs/corpus.md."""
    from ..export import export, format_for_path

    if fmt is None:
        fmt = format_for_path(output)
    n = export(db, table, fmt, output)
    if output:
        click.echo(f"rasd: wrote {n} {table} rows to {output}", err=True)
