"""The SQLite schema of a Rasd database, versioned, with the migrations that build it.

``schema_version`` holds one row: the version the file is at. Opening a database applies every
migration above that version in one transaction (an older database is upgraded in place); a
database newer than this Rasd is refused with a message saying so. Migrations only ever append:
a released step is never edited, a change is a new step. A step is an SQL statement or the name of
a Python function of ``STEPS`` (run on the same connection, inside the same transaction).

Tables (one row per ...):
  documents     analysed article, unique by content hash; ``doc_json`` is the zlib-compressed
                ``Document.to_dict()`` (the public JSON contract, exact), the other columns are
                its metadata for filtering; ``story_id`` groups near-duplicates (v2)
  doc_sources   place an article was found (file/record, outlet, URL): exact duplicates are
                stored once with all their sources
  html_pages    original HTML of pages, zlib-compressed, by sha256 (referenced by doc_sources)
  sentences, boilerplate, dates, flags   span layers (offsets into the document text)
  entities      entity of one document (id e1.. inside it, label, name, code, country, attrs)
  mentions      mention of an entity (offsets, kind name/nominal, sentence)
  quotes        quote (kind, speaker entity and text, cue, sentence text)
  events        PLOVER event (type, mode, context, source/target ids, texts, codes, date,
                location, counts, trigger offsets, sentence text)
  doc_fts       FTS5 index (contentless) over the search form of title and text
                (rasd.store.textindex) and, from v4, the English names and actor codes of the
                document's entities (``names``), rowid = documents.doc_id
  lsh_bands     MinHash LSH band keys per document (v2), to find near-duplicate candidates
  entity_stats  per (normalised name, label): documents, mentions, first and last date (v3),
                English name (v4)
  doc_facets    per document, the values its filters and facets match (v4): kind 'e' the name
                keys of its entities and the keys of their mentions, 'c' their actor codes, 'q' its
                speakers' keys, 't' its event types, 'o' its outlets (lower case); with the
                document's story, so a facet's exact story count is one index range
  entity_spellings  per entity (normalised name, label): each written form of its named
                mentions, its search key and how often it is written so (v4)
"""
from __future__ import annotations

import json
import logging
import sqlite3
import zlib

from .textindex import entity_names_text, index_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE documents (
            doc_id INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT, published TEXT, source TEXT, url TEXT, author TEXT, language TEXT,
            chars INTEGER NOT NULL,
            doc_json BLOB NOT NULL,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        )""",
        "CREATE INDEX documents_published ON documents(published)",
        "CREATE INDEX documents_source ON documents(source)",
        """CREATE TABLE doc_sources (
            doc_id INTEGER NOT NULL REFERENCES documents(doc_id),
            origin TEXT NOT NULL,
            source TEXT, url TEXT, title TEXT, published TEXT, html_sha256 TEXT,
            UNIQUE (doc_id, origin)
        )""",
        "CREATE INDEX doc_sources_origin ON doc_sources(origin)",
        "CREATE TABLE html_pages (sha256 TEXT PRIMARY KEY, html BLOB NOT NULL) WITHOUT ROWID",
        """CREATE TABLE sentences (doc_id INTEGER NOT NULL, idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (doc_id, idx)) WITHOUT ROWID""",
        """CREATE TABLE boilerplate (doc_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            kind TEXT)""",
        "CREATE INDEX boilerplate_doc ON boilerplate(doc_id)",
        """CREATE TABLE entities (
            ent_pk INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, eid TEXT NOT NULL,
            label TEXT, name TEXT, name_key TEXT, code TEXT, country TEXT,
            n_mentions INTEGER NOT NULL, attrs TEXT
        )""",
        "CREATE INDEX entities_doc ON entities(doc_id)",
        "CREATE INDEX entities_key ON entities(name_key)",
        "CREATE INDEX entities_code ON entities(code)",
        """CREATE TABLE mentions (
            ent_pk INTEGER NOT NULL, doc_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT, kind TEXT, text_key TEXT, sentence INTEGER
        )""",
        "CREATE INDEX mentions_ent ON mentions(ent_pk)",
        "CREATE INDEX mentions_key ON mentions(text_key)",
        """CREATE TABLE quotes (
            quote_pk INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT, kind TEXT,
            speaker TEXT, speaker_ent_pk INTEGER, speaker_text TEXT, speaker_name TEXT, speaker_key TEXT,
            cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
            sentence INTEGER, sentence_text TEXT, attrs TEXT
        )""",
        "CREATE INDEX quotes_doc ON quotes(doc_id)",
        "CREATE INDEX quotes_speaker_key ON quotes(speaker_key)",
        "CREATE INDEX quotes_speaker_ent ON quotes(speaker_ent_pk)",
        """CREATE TABLE events (
            event_pk INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, idx INTEGER NOT NULL,
            type TEXT, mode TEXT, context TEXT,
            source TEXT, source_ent_pk INTEGER, source_text TEXT, source_name TEXT, source_code TEXT,
            target TEXT, target_ent_pk INTEGER, target_text TEXT, target_name TEXT, target_code TEXT,
            date TEXT, location TEXT, location_country TEXT, counts TEXT,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
            sentence INTEGER, sentence_text TEXT, attrs TEXT
        )""",
        "CREATE INDEX events_doc ON events(doc_id)",
        "CREATE INDEX events_type ON events(type)",
        "CREATE INDEX events_source ON events(source_ent_pk)",
        "CREATE INDEX events_target ON events(target_ent_pk)",
        """CREATE TABLE dates (doc_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT, value TEXT)""",
        "CREATE INDEX dates_doc ON dates(doc_id)",
        """CREATE TABLE flags (doc_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT, kind TEXT)""",
        "CREATE INDEX flags_doc ON flags(doc_id)",
        # Contentless: the search form is only needed for matching and ranking (bm25); snippets
        # are cut from the original text, so storing the search form again would double the size.
        "CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, content='', tokenize='unicode61')",
    ],
    2: [
        # Near-duplicate stories. Existing documents each start as their own story.
        "ALTER TABLE documents ADD COLUMN story_id INTEGER",
        "ALTER TABLE documents ADD COLUMN minhash BLOB",
        "UPDATE documents SET story_id = doc_id WHERE story_id IS NULL",
        "CREATE INDEX documents_story ON documents(story_id)",
        """CREATE TABLE lsh_bands (band INTEGER NOT NULL, key INTEGER NOT NULL, doc_id INTEGER NOT NULL,
            PRIMARY KEY (band, key, doc_id)) WITHOUT ROWID""",
    ],
    3: [
        # Outlet filters compare case-insensitively: index them that way.
        "DROP INDEX documents_source",
        "CREATE INDEX documents_source ON documents(source COLLATE NOCASE)",
        "CREATE INDEX doc_sources_source ON doc_sources(source COLLATE NOCASE)",
        # Per-entity totals kept by the writer, so the corpus-wide entity list is a page read,
        # not a GROUP BY over every entity row. Existing databases are backfilled.
        """CREATE TABLE entity_stats (name_key TEXT NOT NULL, label TEXT NOT NULL, name TEXT,
            docs INTEGER NOT NULL, mentions INTEGER NOT NULL, first TEXT, last TEXT,
            PRIMARY KEY (name_key, label)) WITHOUT ROWID""",
        "CREATE INDEX entity_stats_docs ON entity_stats(docs DESC, mentions DESC)",
        """INSERT INTO entity_stats SELECT e.name_key, coalesce(e.label, ''), min(e.name), count(DISTINCT e.doc_id),
            sum(e.n_mentions), min(d.published), max(d.published) FROM entities e JOIN documents d ON d.doc_id=e.doc_id
            WHERE e.name_key IS NOT NULL GROUP BY e.name_key, coalesce(e.label, '')""",
    ],
    4: [
        # English names of entities (issue 18): their own indexed column, so an English name or a
        # list of them is an index lookup. Entities stored before keep theirs in attrs, if any.
        "ALTER TABLE entities ADD COLUMN name_en TEXT",
        "ALTER TABLE entities ADD COLUMN name_en_source TEXT",
        """UPDATE entities SET name_en = json_extract(attrs, '$.name_en'),
            name_en_source = json_extract(attrs, '$.name_en_source') WHERE attrs LIKE '%"name_en"%'""",
        "CREATE INDEX entities_name_en ON entities(name_en COLLATE NOCASE)",
        # An entity group's rows, its documents and mention counts read from one index.
        "DROP INDEX entities_key",
        "CREATE INDEX entities_key ON entities(name_key, label, doc_id, n_mentions, code)",
        "ALTER TABLE entity_stats ADD COLUMN name_en TEXT",
        """UPDATE entity_stats SET name_en = (SELECT max(e.name_en) FROM entities e WHERE e.name_key=entity_stats.name_key
            AND e.label=entity_stats.label)""",
        # The story, day and outlet of a document without reading its row: story_id sits after the
        # compressed JSON, in the row's overflow pages.
        "CREATE INDEX documents_cover ON documents(doc_id, story_id, published, source)",
        """CREATE TABLE doc_facets (kind TEXT NOT NULL, value TEXT NOT NULL, doc_id INTEGER NOT NULL,
            story_id INTEGER, PRIMARY KEY (kind, value, doc_id)) WITHOUT ROWID""",
        "CREATE INDEX doc_facets_doc ON doc_facets(doc_id, kind, value)",
        """INSERT OR IGNORE INTO doc_facets SELECT 'e', e.name_key, e.doc_id, d.story_id FROM entities e
            JOIN documents d ON d.doc_id=e.doc_id WHERE coalesce(e.name_key, '') <> ''""",
        """INSERT OR IGNORE INTO doc_facets SELECT 'e', m.text_key, m.doc_id, d.story_id FROM mentions m
            JOIN documents d ON d.doc_id=m.doc_id WHERE coalesce(m.text_key, '') <> ''""",
        """INSERT OR IGNORE INTO doc_facets SELECT 'c', e.code, e.doc_id, d.story_id FROM entities e
            JOIN documents d ON d.doc_id=e.doc_id WHERE coalesce(e.code, '') <> ''""",
        """INSERT OR IGNORE INTO doc_facets SELECT 'q', q.speaker_key, q.doc_id, d.story_id FROM quotes q
            JOIN documents d ON d.doc_id=q.doc_id WHERE coalesce(q.speaker_key, '') <> ''""",
        """INSERT OR IGNORE INTO doc_facets SELECT 'q', m.text_key, q.doc_id, d.story_id FROM quotes q
            JOIN mentions m ON m.ent_pk=q.speaker_ent_pk JOIN documents d ON d.doc_id=q.doc_id
            WHERE coalesce(m.text_key, '') <> ''""",
        """INSERT OR IGNORE INTO doc_facets SELECT 't', v.type, v.doc_id, d.story_id FROM events v
            JOIN documents d ON d.doc_id=v.doc_id WHERE coalesce(v.type, '') <> ''""",
        """INSERT OR IGNORE INTO doc_facets SELECT 'o', lower(d.source), d.doc_id, d.story_id FROM documents d
            WHERE coalesce(d.source, '') <> ''""",
        """INSERT OR IGNORE INTO doc_facets SELECT 'o', lower(s.source), s.doc_id, d.story_id FROM doc_sources s
            JOIN documents d ON d.doc_id=s.doc_id WHERE coalesce(s.source, '') <> ''""",
        """CREATE TABLE entity_spellings (name_key TEXT NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL,
            text_key TEXT, mentions INTEGER NOT NULL, PRIMARY KEY (name_key, label, text)) WITHOUT ROWID""",
        "CREATE INDEX entity_spellings_key ON entity_spellings(text_key)",
        """INSERT INTO entity_spellings SELECT e.name_key, coalesce(e.label, ''), m.text, min(m.text_key), count(*)
            FROM mentions m JOIN entities e ON e.ent_pk=m.ent_pk WHERE coalesce(m.kind, 'name') <> 'nominal'
            AND e.name_key IS NOT NULL AND m.text IS NOT NULL GROUP BY e.name_key, coalesce(e.label, ''), m.text""",
        # An event's first day and whether it is background, computed once by the writer (events
        # pages sort, count and split a whole result by them). Frozen copies of the expressions
        # queries.py used before: the day of coalesce(date, published) before any '/', and
        # historical = context 'historical' or a date ending over 365 days before publication.
        "ALTER TABLE events ADD COLUMN day TEXT",
        "ALTER TABLE events ADD COLUMN historical INTEGER NOT NULL DEFAULT 0",
        """UPDATE events AS v SET day = substr(CASE WHEN instr(coalesce(v.date, d.published), '/') > 0
            THEN substr(coalesce(v.date, d.published), 1, instr(coalesce(v.date, d.published), '/') - 1)
            ELSE coalesce(v.date, d.published) END, 1, 10),
            historical = (coalesce(v.context, '') = 'historical' OR (v.date IS NOT NULL AND d.published IS NOT NULL AND
              (CASE length(x.last) WHEN 4 THEN x.last || '-12-31' WHEN 7 THEN x.last || '-31' ELSE substr(x.last, 1, 10) END)
              < date(substr(d.published, 1, 10), '-365 days')))
            FROM documents AS d, (SELECT event_pk AS pk, CASE WHEN instr(date, '/') > 0 THEN substr(date, instr(date, '/') + 1)
              ELSE date END AS last FROM events) AS x
            WHERE d.doc_id = v.doc_id AND x.pk = v.event_pk""",
        # An events page's whole selection (day order, type, background flag) from one index,
        # never the wide rows with their sentences.
        "CREATE INDEX events_day ON events(day, doc_id, idx, historical, type)",
        # The search index gains the entities' English names and codes: a new column of a
        # contentless index means indexing every document again (reindex_search).
        "DROP TABLE doc_fts",
        "CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, names, content='', tokenize='unicode61')",
        "reindex_search",  # a Python step: see STEPS
    ],
}


def reindex_search(con: sqlite3.Connection, batch: int = 500) -> int:
    """Index every stored document again (title, text, entities' English names and codes) into
    an empty ``doc_fts``. A document whose stored JSON cannot be read keeps its title in the
    index and is logged by number, rather than stopping the upgrade."""
    last, n = 0, 0
    while True:
        rows = con.execute("SELECT doc_id, title, doc_json FROM documents WHERE doc_id > ? ORDER BY doc_id LIMIT ?",
                           (last, batch)).fetchall()
        if not rows:
            return n
        for doc_id, title, blob in rows:
            try:
                text = json.loads(zlib.decompress(blob).decode("utf-8")).get("text") or ""
            except (zlib.error, ValueError, UnicodeDecodeError, AttributeError) as exc:
                log.warning("document %s: stored JSON unreadable (%s); only its title is searchable", doc_id, exc)
                text = ""
            ents = con.execute("SELECT name_en, code FROM entities WHERE doc_id=? ORDER BY ent_pk", (doc_id,)).fetchall()
            con.execute("INSERT INTO doc_fts(rowid, title, body, names) VALUES (?,?,?,?)",
                        (doc_id, index_text(title or ""), index_text(text), entity_names_text(ents)))
            n += 1
        last = rows[-1][0]


# Migration steps that are Python functions, named in MIGRATIONS by these keys.
STEPS = {"reindex_search": reindex_search}
