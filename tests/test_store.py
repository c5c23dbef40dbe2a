"""The SQLite store: schema versions and migrations, every layer stored, exact JSON, stories."""
from __future__ import annotations

import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

from rasd.errors import StoreError
from rasd.store import SCHEMA_VERSION, Store, connect, minhash, prepare
from rasd.store import queries as Q
from rasd.store.db import migrate

_spec = importlib.util.spec_from_file_location("layered_doc", Path(__file__).parent / "fixtures" / "corpus" / "layered_doc.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
layered_doc = _mod.layered_doc


def _src(origin="test", **kw):
    return {"origin": origin, **kw}


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "s.db")
    with Store(path) as s:
        s.write_batch([("doc", prepare(layered_doc()), _src("dev/istanbul-talks.txt", source="reuters-ar"))])
    return path


def test_document_json_is_stored_exactly(db):
    got = Q.get_document(db, "istanbul-talks")
    assert got["doc"] == json.loads(json.dumps(layered_doc().to_dict()))


def test_every_layer_is_stored_with_its_attributes(db):
    con = sqlite3.connect(db)
    ents = con.execute("SELECT eid, label, name, code, country, n_mentions FROM entities ORDER BY eid").fetchall()
    assert ents == [("e1", "PER", "فلاديمير بوتين", "RUSGOV", "RUS", 4), ("e2", "LOC", "أوكرانيا", "UKR", "UKR", 1),
                    ("e3", "LOC", "إسطنبول", None, "TUR", 1)]
    assert con.execute("SELECT count(*) FROM mentions WHERE kind='nominal'").fetchone()[0] == 1
    q = con.execute("SELECT kind, speaker, speaker_name, cue_text, sentence_text FROM quotes").fetchone()
    assert q[:4] == ("direct", "e1", "فلاديمير بوتين", "وقال") and q[4].startswith("وقال بوتين في بيان")
    ev = con.execute("SELECT type, mode, context, source_name, source_code, target_text, target_code, date, location,"
                     " counts, trigger_text, sentence_text FROM events").fetchone()
    assert ev[:9] == ("CONSULT", "proposed", '["diplomatic"]', "فلاديمير بوتين", "RUSGOV", "المسؤولين الأوكرانيين",
                      "UKR", "2025-05-15", "إسطنبول")
    assert json.loads(ev[9]) == {"talks": 1} and ev[10] == "اقترح" and ev[11].startswith("اقترح الرئيس الروسي")
    assert con.execute("SELECT text, value FROM dates").fetchall() == [("يوم الأحد", "2025-05-11")]
    assert con.execute("SELECT text, kind FROM flags").fetchall() == [("KYIV", "latin-in-arabic")]
    assert con.execute("SELECT count(*) FROM sentences").fetchone()[0] == len(layered_doc().sentences)
    assert con.execute("SELECT published, source, title FROM documents").fetchone()[:2] == ("2025-05-11", "reuters-ar")


def test_original_html_is_kept_by_hash(tmp_path):
    path = str(tmp_path / "h.db")
    page = "<html><body><p>نص</p></body></html>".encode()
    with Store(path) as s:
        s.write_batch([("doc", prepare(layered_doc()), _src("a.html", html=page, html_sha256="ab" * 32)),
                       ("dup", prepare(layered_doc()).content_hash, _src("b.html", html=page, html_sha256="ab" * 32))])
    assert Q.get_html(path, "ab" * 32) == page
    assert Q.stats(path)["html_pages"] == 1


def test_new_database_is_at_the_current_schema_version(db):
    assert Q.stats(db)["schema_version"] == SCHEMA_VERSION


def test_older_database_is_upgraded_in_place_keeping_its_data(tmp_path):
    path = str(tmp_path / "old.db")
    con = sqlite3.connect(path, isolation_level=None)
    migrate(con, path, upto=1)  # a database written by the first release
    con.execute("INSERT INTO documents(id, content_hash, chars, doc_json, published) "
                "VALUES ('x', 'h', 3, x'00', '2015-07-21')")
    con.execute("INSERT INTO entities(doc_id, eid, label, name, name_key, n_mentions) "
                "VALUES (1, 'e1', 'LOC', 'العراق', 'عراق', 2)")
    con.close()
    with pytest.raises(StoreError, match="schema version 1.*rasd ingest --db"):
        Q.open_db(path)  # readers never write: they say how to upgrade
    connect(path).close()  # a writer upgrades
    con = sqlite3.connect(path)
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT id, story_id FROM documents").fetchall() == [("x", 1)]
    # v3 backfills the per-entity totals from what is stored
    assert [(e["name"], e["docs"], e["mentions"], e["first"]) for e in Q.list_entities(path)] == [
        ("العراق", 1, 2, "2015-07-21")]


def test_newer_database_is_refused_with_a_clear_message(db):
    con = sqlite3.connect(db)
    con.execute("UPDATE schema_version SET version=?", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    for opener in (Q.open_db, connect):
        with pytest.raises(StoreError, match="newer than this Rasd"):
            opener(db)


def test_foreign_sqlite_file_and_non_database_are_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a Rasd one"):
        Store(str(other))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Rasd database or is damaged"):
        Store(str(junk))
    with pytest.raises(StoreError, match="no database at"):
        Q.open_db(tmp_path / "missing.db")


def test_failed_batch_leaves_nothing_behind(tmp_path):
    path = str(tmp_path / "b.db")
    good = prepare(layered_doc())
    bad = prepare(layered_doc("other"))
    bad.content_hash = "0" * 64
    bad.sentences = [("not", "a", "row", "at all", "too many")]  # makes the INSERT fail mid-article
    with Store(path) as s:
        with pytest.raises(Exception):
            s.write_batch([("doc", good, _src("a")), ("doc", bad, _src("b"))])
        assert s.count() == 0 and s.count("entities") == 0 and s.count("doc_sources") == 0


def test_minhash_estimates_jaccard_and_ignores_short_texts():
    a = layered_doc().text
    b = "مقدمة مختلفة تماما. " + a.replace("يوم الأحد", "الأحد")
    sa, sb = minhash.signature(a), minhash.signature(b)
    sh_a, sh_b = minhash.shingles(a), minhash.shingles(b)
    true = len(sh_a & sh_b) / len(sh_a | sh_b)
    assert abs(minhash.similarity(sa, sb) - true) < 0.15 and true > minhash.THRESHOLD
    assert minhash.signature("خبر قصير جدا") is None
    assert (minhash.signature(a) == sa).all()  # deterministic across calls (and processes: fixed seed)


def test_a_version_3_database_is_upgraded_to_english_names_facets_and_a_new_search_index(tmp_path):
    import zlib

    from rasd.store.rows import event_day, is_historical

    path = str(tmp_path / "v3.db")
    con = sqlite3.connect(path, isolation_level=None)
    migrate(con, path, upto=3)  # a database of the release before English names
    text = "قال الرئيس الروسي فلاديمير بوتين إن الحوثيين في صنعاء رفضوا المحادثات."
    doc = {"id": "a", "text": text, "meta": {"published": "2015-08-07", "title": "بوتين والحوثيون"}}
    con.execute("INSERT INTO documents(id, content_hash, title, published, source, chars, doc_json, story_id) "
                "VALUES ('a', 'h', 'بوتين والحوثيون', '2015-08-07', 'Okaz', ?, ?, 1)",
                (len(text), zlib.compress(json.dumps(doc, ensure_ascii=False).encode())))
    con.execute("INSERT INTO doc_sources(doc_id, origin, source) VALUES (1, 'x', 'aawsat')")
    con.execute("INSERT INTO entities(doc_id, eid, label, name, name_key, code, n_mentions, attrs) VALUES "
                "(1, 'e1', 'PER', 'فلاديمير بوتين', 'فلاديمير بوتين', 'RUSGOV', 1, ?)",
                (json.dumps({"name_en": "Vladimir Putin", "name_en_source": "list"}),))
    con.execute("INSERT INTO mentions VALUES (1, 1, 18, 32, 'فلاديمير بوتين', 'name', 'فلاديمير بوتين', 0)")
    con.execute("INSERT INTO entity_stats VALUES ('فلاديمير بوتين', 'PER', 'فلاديمير بوتين', 1, 1, '2015-08-07', "
                "'2015-08-07')")  # as the v3 writer kept it
    con.execute("INSERT INTO events(doc_id, idx, type, source_ent_pk, date) VALUES (1, 0, 'REJECT', 1, '2014-05')")
    con.execute("INSERT INTO events(doc_id, idx, type, context) VALUES (1, 1, 'CONSULT', 'historical')")
    con.execute("INSERT INTO events(doc_id, idx, type, date) VALUES (1, 2, 'CONSULT', '2015-08-01/2015-08-03')")
    con.close()
    connect(path).close()  # the writer upgrades, in one transaction
    db = Q.open_db(path)
    assert Q.stats(db)["schema_version"] == SCHEMA_VERSION
    assert [tuple(r) for r in db.execute("SELECT name_en, name_en_source FROM entities")] == [("Vladimir Putin", "list")]
    # the text is indexed again, with the entity's English name
    assert [h["id"] for h in Q.search(db, "الحوثي")["hits"]] == ["a"]
    assert Q.search(db, "Vladimir Putin")["total"] == 1 and Q.search(db, "RUSGOV")["total"] == 1
    # the facet rows the filters read now, outlets of every copy included, lower case
    assert Q.search(db, None, {"source": "OKAZ"})["total"] == Q.search(db, None, {"source": "aawsat"})["total"] == 1
    assert Q.search(db, None, {"entity": "فلاديمير بوتين"})["total"] == Q.search(db, None, {"entity": "RUSGOV"})["total"] == 1
    # events' day and background flag computed as the writer computes them for new articles
    got = [tuple(r) for r in db.execute("SELECT date, context, day, historical FROM events ORDER BY idx")]
    assert [(day, bool(h)) for _, _, day, h in got] == [
        (event_day(d, "2015-08-07"), is_historical(c, d, "2015-08-07")) for d, c, _, _ in got]
    assert [(r[2], r[3]) for r in got] == [("2014-05", 1), ("2015-08-07", 1), ("2015-08-01", 0)]
    ent = Q.get_entity(db, "Vladimir Putin")
    assert (ent["name"], ent["name_en"], ent["docs"]) == ("فلاديمير بوتين", "Vladimir Putin", 1)
