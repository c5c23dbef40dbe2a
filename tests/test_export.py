"""Exports: documents exact, events/quotes/entities with their columns, in JSONL, CSV, Parquet."""
from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.errors import RasdError
from rasd.export import export
from rasd.export.columns import COLUMNS, arrow_schema, names
from rasd.store import Store, prepare

_spec = importlib.util.spec_from_file_location("layered_doc", Path(__file__).parent / "fixtures" / "corpus" / "layered_doc.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("export") / "e.db")
    d1 = _mod.layered_doc("istanbul")
    with Store(path) as s:
        s.write_batch([("doc", prepare(d1), {"origin": "a", "source": "reuters-ar"}),
                       ("dup", prepare(d1).content_hash, {"origin": "b", "source": "aawsat"})])
    return path


def _jsonl(db, table):
    buf = io.StringIO()
    export(db, table, "jsonl", buf)
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def test_documents_export_is_the_json_contract_exactly(db):
    doc, = _jsonl(db, "documents")
    assert doc == json.loads(json.dumps(_mod.layered_doc("istanbul").to_dict()))


def test_events_have_gdelt_polecat_like_columns(db):
    ev, = _jsonl(db, "events")
    assert list(ev) == names("events")
    text = _mod.layered_doc().text
    assert ev["event_id"] == "istanbul:0" and ev["event_type"] == "CONSULT" and ev["event_mode"] == "proposed"
    assert ev["event_date"] == "2025-05-15" and ev["story_date"] == "2025-05-11" and ev["story_id"] == 1
    assert (ev["source_actor"], ev["source_actor_code"], ev["source_actor_entity"]) == ("فلاديمير بوتين", "RUSGOV", "e1")
    assert (ev["target_actor"], ev["target_actor_code"]) == ("أوكرانيا", "UKR")
    assert ev["target_actor_text"] == "المسؤولين الأوكرانيين"
    assert (ev["location"], ev["location_country"]) == ("إسطنبول", "TUR") and json.loads(ev["counts"]) == {"talks": 1}
    assert json.loads(ev["event_context"]) == ["diplomatic"]
    assert ev["publisher"] == "reuters-ar" and ev["url"] == "https://example.org/istanbul" and ev["num_sources"] == 2
    assert text[ev["trigger_start"]:ev["trigger_end"]] == ev["trigger_text"] == "اقترح"
    assert ev["sentence"].startswith("اقترح الرئيس الروسي فلاديمير بوتين")


def test_quotes_and_entities_rows(db):
    q, = _jsonl(db, "quotes")
    assert (q["speaker"], q["speaker_code"], q["kind"], q["cue"]) == ("فلاديمير بوتين", "RUSGOV", "direct", "وقال")
    assert q["text"].startswith("نقترح") and q["story_date"] == "2025-05-11" and q["url"]
    ents = _jsonl(db, "entities")
    assert [(e["entity_id"], e["label"], e["code"], e["num_mentions"]) for e in ents] == [
        ("istanbul:e1", "PER", "RUSGOV", 4), ("istanbul:e2", "LOC", "UKR", 1), ("istanbul:e3", "LOC", None, 1)]
    assert json.loads(ents[0]["mentions"])[0] == "فلاديمير بوتين"


@pytest.mark.parametrize("table", list(COLUMNS))
def test_csv_and_parquet_hold_the_same_rows_as_jsonl(db, tmp_path, table):
    js = _jsonl(db, table) if table != "documents" else None
    out_csv = tmp_path / f"{table}.csv"
    export(db, table, "csv", out_csv)
    with open(out_csv, encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    assert list(got[0]) == names(table)
    out_pq = tmp_path / f"{table}.parquet"
    export(db, table, "parquet", out_pq)
    t = pq.read_table(out_pq)
    assert t.schema.equals(arrow_schema(table)) and t.num_rows == len(got)
    if js is not None:
        assert t.to_pylist() == js
        assert [r[names(table)[0]] for r in got] == [str(r[names(table)[0]]) for r in js]


def test_parquet_needs_a_file_and_unknown_tables_are_refused(db):
    with pytest.raises(RasdError, match="-o FILE"):
        export(db, "events", "parquet", None)
    with pytest.raises(RasdError, match="unknown export"):
        export(db, "tweets", "jsonl", io.StringIO())


def test_cli_export_picks_the_format_from_the_extension(db, tmp_path):
    from click.testing import CliRunner
    from rasd.cli import cli

    out = tmp_path / "ev.parquet"
    r = CliRunner().invoke(cli, ["export", "events", "--db", db, "-o", str(out)])
    assert r.exit_code == 0 and "wrote 1 events rows" in r.output
    assert pq.read_table(out).column("event_type").to_pylist() == ["CONSULT"]
    r = CliRunner().invoke(cli, ["export", "quotes", "--db", db, "--format", "csv"])
    assert r.output.splitlines()[0] == ",".join(names("quotes"))


def test_empty_database_exports_headers_only(tmp_path):
    path = str(tmp_path / "empty.db")
    Store(path).close()
    out = tmp_path / "ev.parquet"
    assert export(path, "events", "parquet", out) == 0
    assert pq.read_table(out).schema.equals(arrow_schema("events"))


@pytest.fixture(scope="module")
def example_db(tmp_path_factory):
    """The bundled example article analysed by the default pipeline (English names included)."""
    import rasd

    text = (Path(__file__).resolve().parents[1] / "rasd" / "resources" / "examples" / "istanbul-talks.txt").read_text(
        encoding="utf-8")
    path = str(tmp_path_factory.mktemp("export-en") / "e.db")
    with Store(path) as s:
        s.write_batch([("doc", prepare(rasd.analyze(text, id="ex", published="2025-05-11")), {"origin": "ex"})])
    return path


def test_events_csv_and_parquet_carry_the_actors_english_names(example_db, tmp_path):
    out_csv, out_pq = tmp_path / "ev.csv", tmp_path / "ev.parquet"
    export(example_db, "events", "csv", out_csv)
    export(example_db, "events", "parquet", out_pq)
    with open(out_csv, encoding="utf-8", newline="") as f:
        rows_csv = list(csv.DictReader(f))
    pairs = {(r["source_actor"], r["source_name_en"]) for r in rows_csv} | {(r["target_actor"], r["target_name_en"])
                                                                           for r in rows_csv}
    assert {("فلاديمير بوتين", "Vladimir Putin"), ("أوكرانيا", "Ukraine"), ("روسيا", "Russia")} <= pairs
    t = pq.read_table(out_pq).to_pylist()
    assert [r["source_name_en"] for r in t] == [r["source_name_en"] or None for r in rows_csv]
    # an actor that is no entity has no English name (not an invented one)
    assert all(not r["target_name_en"] for r in rows_csv if not r["target_actor_entity"])


def test_entities_and_quotes_export_english_names_with_their_source(example_db):
    ents = {e["name"]: e for e in _jsonl(example_db, "entities")}
    assert (ents["روسيا"]["name_en"], ents["روسيا"]["name_en_source"]) == ("Russia", "list")
    assert all(e["name_en"] and e["name_en_source"] in ("list", "translation", "transliteration") for e in ents.values())
    assert "name_en" not in (json.loads(ents["روسيا"]["attrs"] or "{}"))  # a column of its own, not an attribute
    assert {q["speaker_name_en"] for q in _jsonl(example_db, "quotes") if q["speaker"] == "فلاديمير بوتين"} == {
        "Vladimir Putin"}
