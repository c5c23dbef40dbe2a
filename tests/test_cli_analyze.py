"""`rasd analyze` end to end, including every kind of bad input: clear message, no traceback."""
import json
import subprocess
import sys

import pytest

from conftest import DEV

TEXT_STAGES = "normalize,sentences,tokens"


def rasd(*args, stdin=b""):
    p = subprocess.run([sys.executable, "-m", "rasd", *args], input=stdin, capture_output=True, timeout=120)
    assert b"Traceback" not in p.stderr, p.stderr.decode()
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def test_example_is_analysed_to_the_json_contract():
    rc, out, err = rasd("analyze", "--example", "--stages", TEXT_STAGES)
    assert rc == 0, err
    d = json.loads(out)
    assert d["id"] == "istanbul-talks" and d["meta"]["published"] == "2025-05-11"
    assert {"text", "boilerplate", "sentences", "entities", "quotes", "events", "dates", "flags"} <= set(d)
    assert all(d["text"][s["start"]:s["end"]] == s["text"] for s in d["sentences"])


def test_text_view_shows_the_article_and_counts():
    rc, out, _ = rasd("analyze", "--example", "--stages", TEXT_STAGES, "--format", "text")
    assert rc == 0
    assert "شاركها." in out and "sentences" in out


def test_stdin_text_with_published_date(tmp_path):
    rc, out, _ = rasd("analyze", "-", "--published", "2025-05-11", "--stages", TEXT_STAGES, stdin="قال بوتين إن المحادثات ستبدأ.".encode())
    assert rc == 0 and json.loads(out)["meta"] == {"published": "2025-05-11"}


def test_empty_input_is_an_error():
    rc, _, err = rasd("analyze", "-", stdin=b"")
    assert rc != 0 and "empty input" in err


def test_binary_input_is_refused():
    rc, _, err = rasd("analyze", "-", stdin=bytes(range(256)) * 10)
    assert rc != 0 and "binary" in err


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes("قال بوتين".encode() + b"\xff\xfe" + " نعم".encode())
    rc, _, err = rasd("analyze", str(f))
    assert rc != 0 and "byte offset 17" in err


def test_utf8_bom_is_dropped_and_crlf_kept(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + "السطر الأول\r\nالسطر الثاني\r\n".encode())
    rc, out, _ = rasd("analyze", str(f), "--stages", TEXT_STAGES)
    d = json.loads(out)
    assert rc == 0 and d["text"].startswith("السطر") and "\r\n" in d["text"]
    assert [s["text"] for s in d["sentences"]] == ["السطر الأول", "السطر الثاني"]


def test_non_arabic_text_warns_but_still_produces_a_document():
    rc, out, err = rasd("analyze", "-", "--stages", TEXT_STAGES, stdin=b"The talks start on Thursday in Istanbul.")
    assert rc == 0 and "little or no Arabic" in err
    assert json.loads(out)["sentences"]


def test_malformed_jsonl_record_reports_its_line_and_keeps_the_others(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "text": "قال بوتين"}\n{"id": "b", "text": \n{"id": "c", "text": "مرحبا", "published": "2025-05-11"}\n', encoding="utf-8")
    rc, out, err = rasd("analyze", str(f), "--stages", TEXT_STAGES)
    assert rc != 0 and "in.jsonl:2" in err
    docs = [json.loads(x) for x in out.splitlines()]
    assert [d["id"] for d in docs] == ["a", "c"] and docs[1]["meta"]["published"] == "2025-05-11"


def test_a_jsonl_record_without_text_is_reported():
    rc, out, err = rasd("analyze", "-", "--stages", TEXT_STAGES, stdin=b'{"id": 1, "title": "x"}\n')
    assert rc != 0 and ":1: record has no 'text'" in err


def test_bad_published_date_is_refused():
    rc, _, err = rasd("analyze", "--example", "--published", "11/05/2025")
    assert rc != 0 and "YYYY-MM-DD" in err


def test_missing_file_is_reported():
    rc, _, err = rasd("analyze", "/nonexistent/a.txt")
    assert rc != 0 and "no such file" in err


def test_a_20_mb_text_is_analysed(tmp_path):
    para = (DEV / "istanbul-talks.txt").read_text(encoding="utf-8")
    f = tmp_path / "big.txt"
    f.write_text((para + "\n") * (20_000_000 // len(para.encode())), encoding="utf-8")
    rc, out, err = rasd("analyze", str(f), "--stages", "normalize,sentences", "--format", "jsonl")
    assert rc == 0, err
    assert len(json.loads(out)["sentences"]) > 50_000


def test_deeply_nested_json_record_is_reported_and_the_next_one_analysed():
    data = b"[" * 200_000 + b"]" * 200_000 + b"\n" + '{"id": "ok", "text": "قال بوتين"}\n'.encode()
    rc, out, err = rasd("analyze", "-", "--stages", TEXT_STAGES, stdin=b'{"id": "a", "text": "\xd9\x86\xd8\xb5"}\n' + data)
    assert rc != 0 and "nested too deeply" in err
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a", "ok"]


def test_lone_surrogate_escape_in_a_record_is_reported_once_with_its_line():
    rc, out, err = rasd("analyze", "-", "--stages", TEXT_STAGES, stdin=b'{"id": "x", "text": "\\ud800 abc"}\n')
    assert rc != 0 and "<stdin>:1: field 'text' holds an invalid Unicode escape" in err
    assert "<stdin>:1: <stdin>:1" not in err


def test_a_txt_file_starting_with_a_brace_is_text(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("{ملاحظة} قال بوتين إن المحادثات ستبدأ.", encoding="utf-8")
    rc, out, _ = rasd("analyze", str(f), "--stages", TEXT_STAGES)
    assert rc == 0 and json.loads(out)["text"].startswith("{ملاحظة}")


def test_only_no_break_spaces_is_empty_input():
    rc, _, err = rasd("analyze", "-", stdin="\u00a0\u00a0\n".encode())
    assert rc != 0 and "empty input" in err


@pytest.mark.parametrize("model,label", [("crf", "LOC"), ("neural", "ORG")])
def test_ner_model_option_reaches_every_worker(model, label):
    # The village زركال in a dev article is a place to the CRF and (wrongly) an organisation to the
    # neural tagger: the label shows which tagger the two worker processes really ran.
    # 20 records: two batches, so two worker processes analyse them (one batch runs in-process)
    text = (DEV / "kurds-barracks.txt").read_text(encoding="utf-8")
    records = "".join(json.dumps({"id": f"k{i}", "text": text}, ensure_ascii=False) + "\n" for i in range(20))
    rc, out, err = rasd("analyze", "-", "--ner-model", model, "-w", "2", stdin=records.encode())
    assert rc == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 20
    for d in docs:
        assert {e["label"] for e in d["entities"] if e.get("name") == "زركال"} == {label}


def test_unknown_ner_model_is_refused_without_traceback():
    rc, _, err = rasd("analyze", "--example", "--ner-model", "bert")
    assert rc != 0 and "bert" in err
