"""``rasd export``: documents, events, quotes or entities of a database as JSON Lines, CSV or Parquet.

Rows come from ``rasd.export.columns`` (shared with the Spark job). Documents are streamed in
doc_id order (input order), so memory stays flat and the output is stable.
"""
from __future__ import annotations

import csv
import json
import sqlite3
import sys
import zlib
from pathlib import Path
from typing import IO, Iterator

from ..errors import RasdError
from .columns import COLUMNS, TABLES, arrow_schema, names, rows

FORMATS = ("jsonl", "csv", "parquet")
# Output file extensions and the format each means; any other extension is refused rather than
# silently written as JSON Lines (an .xlsx of JSON text is worse than an error).
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
              ".pq": "parquet"}


def format_for_path(path: str | Path | None) -> str:
    """The export format an output file's extension names (jsonl for standard output or no
    extension); RasdError for an extension Rasd does not write."""
    if path is None or str(path) == "-":
        return "jsonl"
    ext = Path(str(path)).suffix.lower()
    if not ext:
        return "jsonl"
    if ext not in EXTENSIONS:
        raise RasdError(f"cannot write {ext} files: export writes JSON Lines (.jsonl), CSV (.csv) or Parquet "
                        f"(.parquet); a spreadsheet opens the CSV (or give --format)")
    return EXTENSIONS[ext]
# Rows per Parquet row group: ~10-50 MB of text per group keeps memory bounded and readers fast.
PARQUET_ROWS = 10_000


def iter_docs(con: sqlite3.Connection) -> Iterator[tuple[dict, dict]]:
    """(document dict, corpus context) for every stored document, in doc_id order."""
    last = 0
    while True:  # keyset pagination: no long-lived cursor, constant memory
        batch = con.execute(
            """SELECT d.doc_id, d.id, d.story_id, d.published, d.source, d.url, d.doc_json,
               (SELECT count(*) FROM doc_sources s WHERE s.doc_id=d.doc_id) AS n
               FROM documents d WHERE d.doc_id > ? ORDER BY d.doc_id LIMIT 500""", (last,)).fetchall()
        if not batch:
            return
        for r in batch:
            d = json.loads(zlib.decompress(r[6]).decode("utf-8"))
            yield d, {"doc_id": r[1], "story_id": r[2], "published": r[3], "source": r[4], "url": r[5],
                      "num_sources": r[7]}
        last = batch[-1][0]


def table_rows(con: sqlite3.Connection, table: str) -> Iterator[dict]:
    for d, ctx in iter_docs(con):
        yield from rows(table, d, ctx)


def export(db, table: str, fmt: str = "jsonl", out: str | Path | IO | None = None) -> int:
    """Write ``table`` of the database to ``out`` (path, text stream, or None = stdout); returns rows."""
    from ..store.db import connect

    if table not in TABLES:
        raise RasdError(f"unknown export {table!r}; one of {', '.join(TABLES)}")
    if fmt not in FORMATS:
        raise RasdError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    con = db if isinstance(db, sqlite3.Connection) else connect(db, readonly=True)
    if fmt == "parquet":
        if out is None or not isinstance(out, (str, Path)):
            raise RasdError("Parquet is binary: give an output file with -o FILE.parquet")
        return _parquet(con, table, Path(out))
    if out is None:
        return _write_text(con, table, fmt, sys.stdout)
    if isinstance(out, (str, Path)):
        tmp = Path(str(out) + ".part")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                n = _write_text(con, table, fmt, f)
            tmp.replace(out)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise RasdError(f"cannot write {out}: {exc.strerror or exc}") from None
        return n
    return _write_text(con, table, fmt, out)


def _write_text(con, table: str, fmt: str, f: IO) -> int:
    n = 0
    if fmt == "jsonl":
        if table == "documents":
            # Documents are the JSON contract itself, exactly as analysed.
            for d, _ in iter_docs(con):
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
            return n
        for row in table_rows(con, table):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    w = csv.DictWriter(f, fieldnames=names(table), extrasaction="ignore")
    w.writeheader()
    for row in table_rows(con, table):
        w.writerow(row)
        n += 1
    return n


def _parquet(con, table: str, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    tmp = Path(str(out) + ".part")
    n = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
            buf: list[dict] = []
            for row in table_rows(con, table):
                buf.append(row)
                if len(buf) >= PARQUET_ROWS:
                    w.write_table(pa.Table.from_pylist(buf, schema=schema))
                    n += len(buf)
                    buf = []
            if buf or n == 0:
                w.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RasdError(f"cannot write {out}: {exc.strerror or exc}") from None
    return n


__all__ = ["export", "format_for_path", "EXTENSIONS", "table_rows", "iter_docs", "rows", "COLUMNS", "TABLES", "FORMATS", "arrow_schema"]
