"""Queries the web layer needs that ``rasd.store.queries`` does not have yet.

Kept apart so the store's owner can move them into ``rasd.store.queries`` (same conventions:
``db`` is a connection or a path, user input only as bound parameters, QueryError for bad
input). Nothing else in ``rasd.web`` writes SQL. (list_documents, count_events, event_days,
event_edges and entity_variants started here and have moved to the store.)
"""
from __future__ import annotations

import sqlite3

from ..store.queries import open_db


def _con(db) -> sqlite3.Connection:
    if isinstance(db, sqlite3.Connection):
        db.row_factory = sqlite3.Row
        return db
    return open_db(db)


def variants_by_mention(db, key: str, label: str | None = None, limit: int = 30) -> list[tuple[str, int]]:
    """(spelling, mentions) of the named mentions of the entities that have a mention with name
    key ``key``, most frequent first. ``queries.get_entity`` falls back to a mention when no
    entity has that name (بوتين finds فلاديمير بوتين); ``queries.entity_variants`` matches the
    name only, so for such an entity it finds nothing: this is the same fallback for variants
    (suggested: make it ``entity_variants``'s second step)."""
    con = _con(db)
    lab, lp = ("AND e.label=?", [label.upper()]) if label else ("", [])
    rows = con.execute(
        f"""SELECT m.text, count(*) AS n FROM mentions m WHERE m.ent_pk IN (
                SELECT DISTINCT e.ent_pk FROM mentions m2 JOIN entities e ON e.ent_pk=m2.ent_pk
                WHERE m2.text_key=? {lab})
            AND coalesce(m.kind, 'name') <> 'nominal' GROUP BY m.text ORDER BY n DESC, m.text LIMIT ?""",
        [key, *lp, max(1, min(int(limit), 1000))])
    return [(r[0], r[1]) for r in rows]


def entity_variants(db, key: str, label: str | None = None, limit: int = 30) -> list[tuple[str, int]]:
    """The store's variants by name, else by mention (see ``variants_by_mention``)."""
    from ..store import queries as Q

    return Q.entity_variants(db, key, label, limit=limit) or variants_by_mention(db, key, label, limit)
