"""Open, upgrade and write a Rasd SQLite database (WAL mode, one writer).

Readers (search, export, the web app) open it read-only and may run while an ingest writes.
The writer holds the writer lock (:class:`WriterLock`, a POSIX record lock on ``<db>.lock``) for
its lifetime, taken before the database is created or upgraded: a second ``rasd ingest`` on the
same file is refused with the pid of the one writing instead of interleaving. Each batch of
articles is one transaction: a kill leaves every article either complete or absent.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import sqlite3
import sys
import time
from pathlib import Path
from typing import Iterable

from ..errors import StoreError
from . import minhash
from .rows import Prepared
from .schema import MIGRATIONS, SCHEMA_VERSION, STEPS

# How long a reader or the writer waits for a lock held by another connection before failing:
# a batch commit takes well under a second, so 10 s only expires when something is stuck.
BUSY_TIMEOUT_MS = 10_000


def _explain(exc: sqlite3.Error, path: str) -> StoreError:
    msg = str(exc)
    low = msg.lower()
    if "readonly" in low or "read-only" in low:
        return StoreError(f"database {path} is read-only: {msg}; open a writable copy or fix its permissions")
    if "locked" in low or "busy" in low:
        return StoreError(f"database {path} is locked by another process: {msg}; wait for it to finish")
    if "disk is full" in low or "disk full" in low or "no space" in low:
        return StoreError(f"disk full while writing {path}: the database keeps every batch committed before "
                          f"this one; free some space and run the same command again to resume")
    if "not a database" in low or "malformed" in low or "file is encrypted" in low:
        return StoreError(f"{path} is not a Rasd database or is damaged: {msg}")
    if "unable to open" in low:
        return StoreError(f"cannot open database {path}: {msg} (does its folder exist and is it writable?)")
    return StoreError(f"database {path}: {msg}")


def connect(path: str | os.PathLike, readonly: bool = False) -> sqlite3.Connection:
    """A connection to an existing (readonly=True) or new/existing database, upgraded to the
    current schema (a read-only connection refuses an outdated schema and says how to upgrade)."""
    path = str(path)
    try:
        if readonly:
            if not Path(path).is_file():
                raise StoreError(f"no database at {path}; create one with: rasd ingest FILES --db {path}")
            con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                  check_same_thread=False)
        else:
            con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        con.row_factory = sqlite3.Row
        version = _version(con)
        if readonly:
            if version < SCHEMA_VERSION:
                if version == 0:
                    raise StoreError(f"{path} is not a Rasd database (no schema_version table)")
                raise StoreError(f"database {path} has schema version {version}, this Rasd needs "
                                 f"{SCHEMA_VERSION}; upgrade it with: rasd ingest --db {path} (no files needed)")
        else:
            _wal(con)
            # NORMAL in WAL mode: a power cut may lose the last commits but never corrupts.
            con.execute("PRAGMA synchronous=NORMAL")
            migrate(con, path)
        if version > SCHEMA_VERSION:
            raise StoreError(f"database {path} has schema version {version}, newer than this Rasd supports "
                             f"({SCHEMA_VERSION}); upgrade Rasd to read it")
        return con
    except sqlite3.Error as exc:
        raise _explain(exc, path) from None


# How often a new database's switch to WAL is tried again while another process holds it.
WAL_RETRY_S = 0.05


def _wal(con: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. On a database that several processes open at once for the
    first time, the switch needs a lock that SQLite does not wait for (busy_timeout is not
    applied): try again until BUSY_TIMEOUT_MS has passed, as for any other lock."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            con.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


def _version(con: sqlite3.Connection) -> int:
    has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    if not has:
        other = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        return 0 if other == 0 else -1
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(con: sqlite3.Connection, path: str = "", upto: int = SCHEMA_VERSION) -> int:
    """Apply the migrations above the database's version, all in one transaction."""
    version = _version(con)
    if version == -1:
        raise StoreError(f"{path} is an SQLite database but not a Rasd one (it has tables and no "
                         f"schema_version); choose another --db file")
    if version >= upto:
        return version
    con.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the write lock: another process may have created or upgraded the
        # database since (two first ingests into a new file both saw version 0).
        version = _version(con)
        if version >= upto:
            con.execute("COMMIT")
            return version
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        for v in range(version + 1, upto + 1):
            for stmt in MIGRATIONS[v]:
                if stmt in STEPS:
                    STEPS[stmt](con)
                else:
                    con.execute(stmt)
        con.execute("DELETE FROM schema_version")
        con.execute("INSERT INTO schema_version VALUES (?)", (upto,))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return upto


# Seconds a refused writer waits for the lock holder's record (written right after the lock is
# taken) before it reports the refusal without the holder's pid.
OWNER_RECORD_WAIT = 1.0


class WriterLock:
    """The one-writer lock of a database: an exclusive POSIX record lock (``fcntl.lockf``) on
    ``<db>.lock``, which holds the owner's pid, host and start time for messages.

    A record lock belongs to the process that took it: forked workers do not inherit it, and the
    kernel drops it when the owner dies however it dies (SIGKILL included), so a lock whose owner
    is gone is free and the next writer takes it over (saying whose run it resumes). Another
    writer in this process is refused too (record locks do not exclude their own process)."""

    _held: set[str] = set()  # real paths of the locks this process holds

    def __init__(self, db_path: str):
        self.path = db_path + ".lock"
        self.key = os.path.realpath(self.path)
        self.fd: int | None = None
        self.previous: dict | None = None  # the record a stopped writer left, when taken over

    def acquire(self) -> "WriterLock":
        if self.key in WriterLock._held:
            raise StoreError(f"another rasd ingest is writing to {self.path[:-5]} (in this process); wait for it to finish")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            raise StoreError(f"cannot create the writer lock {self.path}: {exc.strerror} "
                             f"(does the folder exist and is it writable?)") from None
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                os.close(fd)
                raise StoreError(f"cannot lock {self.path}: {exc.strerror} (a file system without locks?)") from None
            # the holder writes its record just after taking the lock: a writer started at the
            # same moment waits a little for it, so that the message says who writes
            owner = self._read(fd)
            deadline = time.monotonic() + OWNER_RECORD_WAIT
            while not (owner and owner.get("state") == "writing") and time.monotonic() < deadline:
                time.sleep(0.02)
                owner = self._read(fd)
            os.close(fd)
            who = ""
            if owner:
                who = f" (pid {owner.get('pid')} on {owner.get('host')}, started {owner.get('started')})"
            raise StoreError(f"another rasd ingest{who} is writing to {self.path[:-5]}; "
                             f"wait for it to finish") from None
        prev = self._read(fd)
        if prev and prev.get("pid") and prev.get("state") == "writing":
            self.previous = prev  # it never released: killed, or the machine stopped
        record = {"pid": os.getpid(), "host": socket.gethostname(), "state": "writing",
                  "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
                  "command": " ".join(sys.argv[:3])}
        self._write(fd, record)
        self.fd = fd
        WriterLock._held.add(self.key)
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            rec = self._read(self.fd) or {}
            rec["state"] = "done"
            self._write(self.fd, rec)
        except OSError:
            pass
        finally:
            os.close(self.fd)  # closing drops the record lock
            self.fd = None
            WriterLock._held.discard(self.key)

    @staticmethod
    def _read(fd: int) -> dict | None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            data = os.read(fd, 4096)
            return json.loads(data) if data.strip() else None
        except (OSError, ValueError):
            return None

    @staticmethod
    def _write(fd: int, record: dict) -> None:
        data = json.dumps(record).encode() + b"\n"
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)


class Store:
    """The single writer of a database. Use as a context manager; call ``write_batch``.

    The writer lock is taken first, then the database is created or upgraded: of two ingests
    started together into a new file one creates it and the other is told who is writing."""

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)
        self._lock = WriterLock(self.path).acquire()
        self.taken_over = self._lock.previous
        try:
            self.con = connect(self.path)
        except BaseException:
            self._lock.release()
            raise
        try:
            self.con.execute("SELECT count(*) FROM schema_version").fetchone()
            # Probe write access now, so a read-only file fails before any article is analysed.
            self.con.execute("BEGIN IMMEDIATE")
            self.con.execute("ROLLBACK")
        except sqlite3.Error as exc:
            self.close()
            raise _explain(exc, self.path) from None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            if getattr(self, "con", None) is not None:
                self.con.close()
                self.con = None
        finally:
            self._lock.release()

    # -- reading what is there -------------------------------------------------------------
    def doc_for_hash(self, chash: str) -> int | None:
        row = self.con.execute("SELECT doc_id FROM documents WHERE content_hash=?", (chash,)).fetchone()
        return row[0] if row else None

    def count(self, table: str = "documents") -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table is never user input

    # -- writing -----------------------------------------------------------------------------
    def write_batch(self, items: Iterable[tuple]) -> list[int]:
        """Write a batch in one transaction. Each item is ``("doc", Prepared, source)`` or
        ``("dup", content_hash, source)`` where source is a dict (origin, source, url, title,
        published, html). Returns the doc_id of each item. All or nothing."""
        con = self.con
        out = []
        try:
            con.execute("BEGIN IMMEDIATE")
            for kind, obj, src in items:
                if kind == "doc":
                    existing = self.doc_for_hash(obj.content_hash)
                    doc_id = existing if existing is not None else self._insert(obj)
                else:
                    doc_id = self.doc_for_hash(obj)
                    if doc_id is None:
                        raise StoreError(f"internal: duplicate of an unknown article {obj[:12]}")
                self._add_source(doc_id, src)
                out.append(doc_id)
            con.execute("COMMIT")
        except BaseException as exc:
            try:
                con.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if isinstance(exc, sqlite3.Error):
                raise _explain(exc, self.path) from None
            raise
        return out

    def _add_source(self, doc_id: int, src: dict | None) -> None:
        if not src:
            return
        html = src.get("html")
        sha = src.get("html_sha256")
        if html is not None and sha:
            import zlib
            self.con.execute("INSERT OR IGNORE INTO html_pages VALUES (?, ?)", (sha, zlib.compress(html, 6)))
        self.con.execute(
            "INSERT OR IGNORE INTO doc_sources(doc_id, origin, source, url, title, published, html_sha256) "
            "VALUES (?,?,?,?,?,?,?)",
            (doc_id, src.get("origin") or "", src.get("source"), src.get("url"), src.get("title"),
             src.get("published"), sha))
        if src.get("source"):  # an outlet that printed a copy is an outlet of the article
            self.con.execute("INSERT OR IGNORE INTO doc_facets SELECT 'o', lower(?), doc_id, story_id FROM documents "
                             "WHERE doc_id=?", (src["source"], doc_id))

    def _unique_id(self, want: str, chash: str) -> str:
        want = want or chash[:16]
        if not self.con.execute("SELECT 1 FROM documents WHERE id=?", (want,)).fetchone():
            return want
        return f"{want}~{chash[:8]}"

    def _insert(self, p: Prepared) -> int:
        con = self.con
        cur = con.execute(
            "INSERT INTO documents(id, content_hash, title, published, source, url, author, language, chars,"
            " doc_json, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (self._unique_id(p.id, p.content_hash), p.content_hash, p.title, p.published, p.source, p.url,
             p.author, p.language, p.chars, p.doc_json, p.minhash))
        doc_id = cur.lastrowid
        story = self._story_for(doc_id, p)
        con.execute("UPDATE documents SET story_id=? WHERE doc_id=?", (story, doc_id))
        con.execute("INSERT INTO doc_fts(rowid, title, body, names) VALUES (?,?,?,?)",
                    (doc_id, p.fts_title, p.fts_body, p.fts_names))
        con.executemany("INSERT INTO sentences VALUES (?,?,?,?)", [(doc_id, *r) for r in p.sentences])
        con.executemany('INSERT INTO boilerplate VALUES (?,?,?,?)', [(doc_id, *r) for r in p.boilerplate])
        ent_pk: dict[str, int] = {}
        for eid, label, name, key, code, country, n, attrs, ments, name_en, name_en_source in p.entities:
            c = con.execute("INSERT INTO entities(doc_id, eid, label, name, name_key, code, country, n_mentions, attrs,"
                            " name_en, name_en_source) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                            (doc_id, eid, label, name, key, code, country, n, attrs, name_en, name_en_source))
            ent_pk[eid] = c.lastrowid
            con.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)",
                            [(c.lastrowid, doc_id, *m) for m in ments])
        self._entity_totals(p)
        con.executemany("INSERT OR IGNORE INTO doc_facets VALUES (?,?,?,?)",
                        [(kind, value, doc_id, story) for kind, value in sorted(p.facets)])
        for q in p.quotes:
            con.execute("INSERT INTO quotes(doc_id, idx, start, \"end\", text, kind, speaker, speaker_ent_pk,"
                        " speaker_text, speaker_name, speaker_key, cue_start, cue_end, cue_text, sentence,"
                        " sentence_text, attrs) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (doc_id, *q[:6], ent_pk.get(q[5]) if q[5] else None, *q[6:]))
        for ev in p.events:
            (i, typ, mode, ctx, s_id, s_text, s_name, s_code, t_id, t_text, t_name, t_code, *rest) = ev
            con.execute("INSERT INTO events(doc_id, idx, type, mode, context, source, source_ent_pk, source_text,"
                        " source_name, source_code, target, target_ent_pk, target_text, target_name, target_code,"
                        " date, location, location_country, counts, trigger_start, trigger_end, trigger_text, sentence,"
                        " sentence_text, attrs, day, historical) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (doc_id, i, typ, mode, ctx, s_id, ent_pk.get(s_id), s_text, s_name, s_code,
                         t_id, ent_pk.get(t_id), t_text, t_name, t_code, *rest))
        con.executemany("INSERT INTO dates VALUES (?,?,?,?,?)", [(doc_id, *r) for r in p.dates])
        con.executemany("INSERT INTO flags VALUES (?,?,?,?,?)", [(doc_id, *r) for r in p.flags])
        return doc_id

    def _entity_totals(self, p: Prepared) -> None:
        """Add one document's entities to the per-entity totals (entity_stats) and spellings."""
        stats: dict[tuple[str, str], list] = {}
        spell: dict[tuple[str, str, str], list] = {}
        for _eid, label, name, key, _code, _country, n, _attrs, ments, name_en, _src in p.entities:
            if not key:
                continue
            st = stats.setdefault((key, label or ""), [name, 0, name_en])
            st[1] += n
            st[2] = st[2] or name_en
            for _s, _e, text, kind, text_key, _sent in ments:
                if kind != "nominal" and text is not None:
                    sp = spell.setdefault((key, label or "", text), [text_key, 0])
                    sp[1] += 1
        self.con.executemany(
            "INSERT INTO entity_stats(name_key, label, name, docs, mentions, first, last, name_en) VALUES (?,?,?,1,?,?,?,?) "
            "ON CONFLICT(name_key, label) DO UPDATE SET "
            "docs=docs+1, mentions=mentions+excluded.mentions, name=min(name, excluded.name), "
            "first=min(coalesce(first, excluded.first), coalesce(excluded.first, first)), "
            "last=max(coalesce(last, excluded.last), coalesce(excluded.last, last)), "
            "name_en=coalesce(name_en, excluded.name_en)",
            [(k, lab, nm, n, p.published, p.published, en) for (k, lab), (nm, n, en) in stats.items()])
        self.con.executemany(
            "INSERT INTO entity_spellings VALUES (?,?,?,?,?) ON CONFLICT(name_key, label, text) DO UPDATE SET "
            "mentions=mentions+excluded.mentions",
            [(k, lab, text, tk, n) for (k, lab, text), (tk, n) in spell.items()])

    def _story_for(self, doc_id: int, p: Prepared) -> int:
        """The story of the most similar earlier document above the threshold, else a new one."""
        if p.minhash is None:
            return doc_id
        sig = minhash.from_bytes(p.minhash)
        cands = set()
        for band, key in enumerate(p.bands):
            for (other,) in self.con.execute("SELECT doc_id FROM lsh_bands WHERE band=? AND key=?", (band, key)):
                cands.add(other)
        self.con.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?,?,?)",
                             [(b, k, doc_id) for b, k in enumerate(p.bands)])
        best, best_sim = doc_id, minhash.THRESHOLD
        for other in sorted(cands):
            row = self.con.execute("SELECT minhash, story_id FROM documents WHERE doc_id=?", (other,)).fetchone()
            if row is None or row[0] is None:
                continue
            sim = minhash.similarity(sig, minhash.from_bytes(row[0]))
            if sim >= best_sim and (best == doc_id or sim > best_sim):
                best, best_sim = row[1], sim
        return best
