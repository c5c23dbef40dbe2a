"""The SQLite schema of a Rasd database, versioned, with the migrations that build it.

``schema_version`` holds one row: the version the file is at. Opening a database applies every
migration above that version in one transaction (an older database is upgraded in place); a
database newer than this Rasd is refused with a message saying so. Migrations only ever append:
a released step is never edited, a change is a new step.

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
                (rasd.store.textindex), rowid = documents.doc_id
  lsh_bands     MinHash LSH band keys per document (v2), to find near-duplicate candidates
  entity_stats  per (normalised name, label): documents, mentions, first and last date (v3)
"""
from __future__ import annotations

SCHEMA_VERSION = 3

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
}
