"""Downloads of what a page shows: CSV (UTF-8 with BOM, so spreadsheets read Arabic right) and
JSON Lines.

Events and quotes are exported with the rows and columns of ``rasd export`` — the same
``rasd.export.columns.rows`` over the same stored documents — so a CSV from the web and one from
the command line have one set of columns. Search hits and the entity directory are lists the
command line does not export; their columns reuse the document-context names of that module
(doc_id, story_id, story_date, publisher, url).
"""
from __future__ import annotations

import csv
import io
import json
import zlib
from typing import Iterable, Iterator

from fastapi.responses import StreamingResponse

from ..export.columns import names, rows as export_rows
from ..store import queries as Q

# A download stops after this many rows (a spreadsheet's comfortable size); beyond, use rasd export.
MAX_ROWS = 100_000

SEARCH_COLUMNS = ("doc_id", "story_id", "story_date", "publisher", "url", "title", "copies", "score", "snippet")
ENTITY_COLUMNS = ("name", "label", "codes", "docs", "stories", "mentions", "first", "last")


def csv_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        v = json.dumps(v, ensure_ascii=False)
    s = str(v)
    # Spreadsheet formula injection: a cell starting with = + - @ is text, not a formula.
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def _csv(columns: Iterable[str], rows: Iterable[dict]) -> Iterator[str]:
    columns = list(columns)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    yield "\ufeff" + buf.getvalue()
    for i, r in enumerate(rows):
        buf = io.StringIO()
        csv.writer(buf).writerow([csv_cell(r.get(c)) for c in columns])
        yield buf.getvalue()


def _jsonl(columns: Iterable[str], rows: Iterable[dict]) -> Iterator[str]:
    columns = list(columns)
    for r in rows:
        yield json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False) + "\n"


def response(fmt: str, columns, rows: Iterable[dict], name: str) -> StreamingResponse:
    if fmt == "csv":
        return StreamingResponse(_csv(columns, rows), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return StreamingResponse(_jsonl(columns, rows), media_type="application/x-ndjson; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})


def _docs_rows(db_path: str, table: str, picks: Iterator[tuple[int, int]]) -> Iterator[dict]:
    """Export rows of ``table`` for (doc_id, item index) pairs, grouped by document in the order
    given: each document is read once and turned into rows by rasd.export.columns."""
    con = Q.open_db(db_path)
    try:
        cur_doc, wanted = None, set()
        n = 0

        def flush(doc_id, idxs):
            r = con.execute(
                """SELECT d.id, d.story_id, d.published, d.source, d.url, d.doc_json,
                   (SELECT count(*) FROM doc_sources s WHERE s.doc_id=d.doc_id) AS n FROM documents d WHERE d.doc_id=?""",
                (doc_id,)).fetchone()
            if r is None:
                return []
            d = json.loads(zlib.decompress(r["doc_json"]).decode("utf-8"))
            ctx = {"doc_id": r["id"], "story_id": r["story_id"], "published": r["published"], "source": r["source"],
                   "url": r["url"], "num_sources": r["n"]}
            return [row for i, row in enumerate(export_rows(table, d, ctx)) if i in idxs]

        for doc_id, idx in picks:
            if doc_id != cur_doc and cur_doc is not None:
                for row in flush(cur_doc, wanted):
                    yield row
                    n += 1
                wanted = set()
            cur_doc = doc_id
            wanted.add(idx)
            if n >= MAX_ROWS:
                return
        if cur_doc is not None:
            yield from flush(cur_doc, wanted)
    finally:
        con.close()


def _picks(db_path: str, sql: str, params: list) -> Iterator[tuple[int, int]]:
    """(doc_id, index) pairs of a selection, read on a connection of the generator's own (the
    rows are produced while the response streams, possibly on several threads)."""
    con = Q.open_db(db_path)
    try:
        yield from con.execute(f"{sql} LIMIT ?", [*params, MAX_ROWS])
    finally:
        con.close()


def event_rows(db_path: str, f: dict) -> Iterator[dict]:
    """The `rasd export events` rows of every event matching ``f``, in document order."""
    where, params = Q.event_where(Q.Filters.of(f))
    sql = (f"SELECT v.doc_id, v.idx FROM events v JOIN documents d ON d.doc_id=v.doc_id WHERE {where} "
           f"ORDER BY v.doc_id, v.idx")
    return _docs_rows(db_path, "events", _picks(db_path, sql, params))


def quote_rows(db_path: str, f: dict) -> Iterator[dict]:
    """The `rasd export quotes` rows of every quote matching ``f`` (each copy of a story's quote)."""
    where, params = Q.quote_where(Q.Filters.of(f))
    sql = (f"SELECT q.doc_id, q.idx FROM quotes q JOIN documents d ON d.doc_id=q.doc_id WHERE {where} "
           f"ORDER BY q.doc_id, q.idx")
    return _docs_rows(db_path, "quotes", _picks(db_path, sql, params))


EVENT_COLUMNS = tuple(names("events"))
QUOTE_COLUMNS = tuple(names("quotes"))


def search_rows(db_path: str, q: str | None, f: dict, sort: str) -> Iterator[dict]:
    """One row per story of a search (as the page groups it), in the page's order."""
    con = Q.open_db(db_path)
    try:
        offset = 0
        while offset < MAX_ROWS:
            res = Q.search(con, q, f, limit=Q.MAX_LIMIT, offset=offset, sort=sort, group=True)
            for h in res["hits"]:
                yield {"doc_id": h["id"], "story_id": h["story_id"], "story_date": h["published"],
                       "publisher": h["source"], "url": h["url"], "title": h["title"], "copies": h.get("copies", 0),
                       "score": h["score"], "snippet": h["snippet"]}
            offset += len(res["hits"])
            if not res["hits"] or offset >= res["total"]:
                return
    finally:
        con.close()


def entity_rows(db_path: str, q: str | None, label: str | None, code: str | None) -> Iterator[dict]:
    con = Q.open_db(db_path)
    try:
        offset = 0
        while offset < MAX_ROWS:
            page = Q.list_entities(con, q=q, label=label, code=code, limit=Q.MAX_LIMIT, offset=offset)
            for e in page:
                yield {**e, "codes": ",".join(e.get("codes") or [])}
            if len(page) < Q.MAX_LIMIT:
                return
            offset += len(page)
    finally:
        con.close()
