"""The faults of issue #19 a hostile tester found, one test (or more) each: killed ingests resume,
analyze and ingest read every format alike, big texts stay linear, concurrent creation is atomic,
deep HTML keeps its article, and the smaller CLI faults."""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import cli
from rasd.errors import StoreError
from rasd.ingest.readers import Article, Problem, read
from rasd.ingest.run import ingest
from rasd.store import queries as Q

ROOT = Path(__file__).resolve().parents[1]
FIX = Path(__file__).parent / "fixtures" / "corpus" / "inputs"
STAGES = ["normalize", "sentences", "tokens"]

# Invented SaudiNewsNet-style records (the real corpus is non-commercial and never copied here).
SNN = [
    {"source": "okaz", "url": "http://okaz.example/1", "date_extracted": "2015-07-21 02:51:32", "title": "طريق جديد",
     "author": "جدة: محمد", "content": "افتتح أمير المنطقة طريقا جديدا يربط المدينة بالمطار بطول أربعين كيلومترا."},
    {"source": "alriyadh", "url": "http://alriyadh.example/2", "date_extracted": "2015-07-22 08:00:00",
     "title": "الأمطار", "author": "", "content": "توقعت هيئة الأرصاد هطول أمطار رعدية على المرتفعات الجنوبية."},
    {"source": "sabq", "url": "http://sabq.example/3", "date_extracted": "2015-07-22", "title": "", "author": "",
     "content": "أعلنت وزارة الصحة تسجيل حالات جديدة في المنطقة الشرقية خلال الأسبوع الماضي."},
]


def run_rasd(*args, stdin: bytes = b"", timeout: int = 120):
    p = subprocess.run([sys.executable, "-m", "rasd", *args], input=stdin, capture_output=True, timeout=timeout,
                       cwd=ROOT)
    assert b"Traceback" not in p.stderr, p.stderr.decode()
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def corpus(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = (f"أعلنت وزارة النقل رقم {i} عن مشروع جديد لتطوير الطرق في المنطقة {i % 13} بتكلفة {i * 7} مليون ريال. "
                    f"وقال المتحدث إن المشروع يشمل {i % 5} جسور و{i % 11} أنفاق.")
            f.write(json.dumps({"id": f"n{i}", "text": text, "published": f"2015-07-{1 + i % 28:02d}"},
                               ensure_ascii=False) + "\n")
    return path


def processes_with(marker: str) -> list[int]:
    """Pids of live processes whose command line contains ``marker`` (zombies excluded)."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            if marker.encode() in (d / "cmdline").read_bytes() and "\nState:\tZ" not in (d / "status").read_text():
                out.append(int(d.name))
        except OSError:
            continue
    return out


def table_counts(db) -> dict:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "doc_sources", "sentences", "entities", "lsh_bands")}
    finally:
        con.close()


# --- 1. a killed ingest leaves no workers and resumes --------------------------------------------
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the workers through /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_killed_ingest_leaves_no_workers_and_the_rerun_resumes_to_the_counts_of_a_clean_run(tmp_path, sig):
    src = corpus(tmp_path / "corpus.jsonl", 1200)
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "rasd", "ingest", str(src), "--db", str(db), "--workers", "2", "--batch", "10",
           "--stages", ",".join(STAGES), "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    n = 0
    while time.monotonic() < deadline and proc.poll() is None and n < 60:
        time.sleep(0.05)
        try:
            n = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
    assert proc.poll() is None, "the ingest finished before it could be killed"
    assert len(processes_with(str(db))) >= 3  # the main process and its two workers
    proc.send_signal(sig)
    proc.wait(timeout=30)
    gone = time.monotonic() + 10
    while processes_with(str(db)) and time.monotonic() < gone:
        time.sleep(0.1)
    assert processes_with(str(db)) == []  # no worker outlives its parent
    if sig == signal.SIGTERM:
        assert proc.returncode == 143 and b"terminated" in proc.stderr.read()
    rc, _, err = run_rasd(*cmd[3:], timeout=180)
    assert rc == 0, err
    if sig == signal.SIGKILL:
        assert "stopped before it finished; resuming" in err
    clean = tmp_path / "clean.db"
    ingest([src], str(clean), workers=1, batch=10, stages=STAGES, progress=False)
    assert table_counts(db) == table_counts(clean)
    assert Q.stats(str(db)) == Q.stats(str(clean))


def test_a_writer_that_died_leaves_its_lock_to_the_next_and_a_live_one_is_named(tmp_path):
    from rasd.store.db import Store

    db = str(tmp_path / "d.db")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from rasd.store.db import Store; s = Store(sys.argv[1]); print('ready', flush=True); "
        "time.sleep(60)"), db], stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        with pytest.raises(StoreError, match=f"another rasd ingest \\(pid {holder.pid} on .*\\) is writing"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()
    with Store(db) as s:  # the kernel dropped the dead owner's lock: taken over, and said so
        assert s.taken_over and s.taken_over["pid"] == holder.pid
    with Store(db) as s:  # released cleanly: nothing to take over
        assert s.taken_over is None


# --- 2. analyze and ingest read every format alike --------------------------------------------------
def _formats(tmp_path: Path) -> dict[str, Path]:
    day = tmp_path / "2015-07-21.json"
    day.write_text(json.dumps(SNN, ensure_ascii=False), encoding="utf-8")
    z = tmp_path / "2015-07-22.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2015-07-22.json", json.dumps(SNN[1:], ensure_ascii=False))
    return {"json array": day, "zip": z, "jsonl": FIX / "records.jsonl", "html": FIX / "article_rtl.html",
            "text": FIX / "article_bom.txt"}


@pytest.mark.parametrize("fmt", ["json array", "zip", "jsonl", "html", "text"])
def test_analyze_and_ingest_read_every_format_alike(tmp_path, fmt):
    path = _formats(tmp_path)[fmt]
    r = CliRunner().invoke(cli, ["analyze", str(path), "--stages", "normalize", "--format", "jsonl", "-w", "1"])
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    db = str(tmp_path / "f.db")
    ingest([path], db, workers=1, stages=["normalize"], progress=False, on_problem=lambda m: None)
    con = sqlite3.connect(db)
    import zlib
    stored = [json.loads(zlib.decompress(b)) for (b,) in con.execute("SELECT doc_json FROM documents ORDER BY doc_id")]
    assert docs and [(d["id"], d["text"], d["meta"]) for d in docs] == [(d["id"], d["text"], d["meta"]) for d in stored]


def test_analyze_reads_a_saudinewsnet_day_as_its_articles_not_one_document(tmp_path):
    day = _formats(tmp_path)["json array"]
    rc, out, err = run_rasd("analyze", str(day), "--stages", ",".join(STAGES))
    assert rc == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["2015-07-21-1", "2015-07-21-2", "2015-07-21-3"]
    assert [d["text"] for d in docs] == [r["content"] for r in SNN]
    assert docs[0]["meta"] == {"published": "2015-07-21", "published_raw": "2015-07-21 02:51:32", "title": "طريق جديد",
                               "url": "http://okaz.example/1", "source": "okaz", "author": "جدة: محمد"}


@pytest.mark.parametrize("name,content,says", [
    ("notes.jsonl", "قال الوزير إن المحادثات ستبدأ.".encode(), "named .jsonl but holds plain text"),
    ("day.json", b"<html><body><p>x</p></body></html>", "named .json but holds HTML"),
    ("archive.zip", "نص عادي".encode(), "named .zip but holds plain text"),
    ("page.html", json.dumps(SNN).encode(), "named .html but holds JSON"),
])
def test_a_file_that_is_not_what_its_name_says_is_a_clear_error(tmp_path, name, content, says):
    p = tmp_path / name
    p.write_bytes(content)
    rc, out, err = run_rasd("analyze", str(p), "--stages", "normalize")
    assert rc != 0 and says in err and out == ""
    st = ingest([p], str(tmp_path / "x.db"), workers=1, stages=["normalize"], progress=False, on_problem=lambda m: None)
    assert st.read == 0 and st.errors == 1 and says in st.messages[0]


# --- 3. big inputs stay linear ------------------------------------------------------------------------
class _CountingList(list):
    """A layer that counts how often it is scanned."""

    scans = 0

    def __iter__(self):
        _CountingList.scans += 1
        return super().__iter__()


def test_boilerplate_is_not_scanned_per_token_by_the_stages_after_it():
    from rasd.pipeline import Pipeline

    para = ("قال وزير الخارجية الأمريكي جون كيري إن المحادثات مع إيران ستبدأ يوم الخميس في فيينا بحضور الوفود. "
            "وأكد مسؤول في الأمم المتحدة أن مقتل ثلاثة أشخاص في هجوم على بغداد أمس يهدد الاتفاق.\n")
    junk = "شارك هذا الخبر على تويتر\nاقرأ أيضا: أخبار ذات صلة\n"
    text = (para * 3 + junk) * 60
    pipe = Pipeline()
    names = pipe.names
    cut = names.index("boilerplate") + 1
    doc = Pipeline(names[:cut])(rasd_document(text))
    doc._layers["boilerplate"] = _CountingList(doc.layer("boilerplate"))  # set_layer would copy it
    assert len(doc.layer("boilerplate")) >= 60 and len(doc.tokens) > 5000
    _CountingList.scans = 0
    for _, stage in pipe.components()[cut:]:
        stage(doc)
    # a scan per token (or mention) made a 4 MB text quadratic; a few whole scans are linear
    assert _CountingList.scans < 30, _CountingList.scans


def rasd_document(text: str):
    from rasd.document import Document

    return Document(text, id="big", meta={"published": "2015-07-21"})


def test_boilerplate_look_ups_agree_with_a_scan_of_every_span():
    import random

    from rasd.document import Document

    rng = random.Random(7)
    doc = Document("x" * 1000)
    spans = []
    for _ in range(80):  # nested and overlapping spans too
        a = rng.randrange(0, 990)
        spans.append(doc.span(a, a + rng.randrange(0, 60)))
    doc.set_layer("boilerplate", spans)
    for _ in range(3000):
        s = rng.randrange(0, 1000)
        e = min(1000, s + rng.randrange(0, 30))
        assert doc.in_boilerplate(s, e) == any(b.start <= s and e <= b.end for b in spans)
        assert doc.overlaps_boilerplate(s, e) == any(b.start < e and s < b.end for b in spans)


def test_decoding_in_batches_gives_what_one_batch_gives():
    from rasd.entities import crf_decode
    from rasd.entities.ner import NerTagger
    from rasd.resources import Resources

    dec = NerTagger.shipped("crf", Resources.default()).decoder
    sents = [["قال", "الرئيس", "باراك", "أوباما", "إن", "واشنطن", "ستدعم", "الاتفاق", "."][: 3 + i % 7] for i in range(40)]
    whole = dec.decode(sents, True)
    old = crf_decode.DECODE_BATCH
    try:
        crf_decode.DECODE_BATCH = 7
        batched = dec.decode(sents, True)
    finally:
        crf_decode.DECODE_BATCH = old
    assert [y for y, _ in whole] == [y for y, _ in batched]
    assert all(abs(a - b) < 1e-12 for (_, m1), (_, m2) in zip(whole, batched) for a, b in zip(m1, m2))


# --- 7. concurrent ingest into a new database -----------------------------------------------------
def _open_new(path: str, barrier, results) -> None:
    from rasd.store.db import connect

    barrier.wait()
    try:
        connect(path).close()
        results.put("ok")
    except Exception as exc:  # the test wants to see every failure
        results.put(f"{type(exc).__name__}: {exc}")


def test_databases_created_at_once_by_several_processes_are_created_once(tmp_path):
    ctx = mp.get_context("fork")
    for trial in range(3):
        path = str(tmp_path / f"new{trial}.db")
        barrier, results = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_open_new, args=(path, barrier, results)) for _ in range(4)]
        for p in procs:
            p.start()
        got = [results.get(timeout=60) for _ in procs]
        for p in procs:
            p.join()
        assert got == ["ok"] * 4
        assert sqlite3.connect(path).execute("SELECT version FROM schema_version").fetchall() == [(3,)]


def test_two_ingests_started_together_into_a_new_database_one_writes_the_other_is_told_who(tmp_path):
    src = corpus(tmp_path / "c.jsonl", 300)
    for trial in range(2):
        db = tmp_path / f"t{trial}.db"
        cmd = [sys.executable, "-m", "rasd", "ingest", str(src), "--db", str(db), "-w", "1", "--batch", "10",
               "--stages", ",".join(STAGES), "-q"]
        procs = [subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        for rc, err in results:
            assert "already exists" not in err and "Traceback" not in err, err
            assert rc == 0 or (rc == 5 and "another rasd ingest (pid " in err and "is writing to" in err), err
        assert any(rc == 0 for rc, _ in results)
        assert Q.stats(str(db))["documents"] == 300


# --- 8. deeply nested HTML ---------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_the_parser_goes_keeps_its_article(tmp_path, depth):
    body = ("<p>قال وزير الخارجية إن المحادثات ستبدأ يوم الخميس في إسطنبول بحضور الوفود الثلاثة.</p>"
            "<p>وأضاف أن الجولة الثانية ستعقد في الرياض الشهر المقبل.</p>")
    page = tmp_path / "deep.html"
    page.write_text("<html><head><title>خبر</title></head><body>" + "<div>" * depth + body + "</div>" * depth
                    + "</body></html>", encoding="utf-8")
    a, = list(read([page]))
    assert isinstance(a, Article), a
    assert "ستبدأ يوم الخميس" in a.text and "الجولة الثانية" in a.text


# --- 9. the smaller faults -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    d = tmp_path_factory.mktemp("s")
    (d / "a.txt").write_text("قال الوزير إن روسيا وأوكرانيا ستبدآن المحادثات.", encoding="utf-8")
    (d / "b.txt").write_text("أكدت روسيا أن الاجتماع سيعقد في موسكو مع داعش.", encoding="utf-8")
    db = str(d / "s.db")
    ingest([d], db, workers=1, stages=STAGES, progress=False)
    return db


def test_search_takes_minus_words_as_exclusions_not_options(small_db):
    r = CliRunner().invoke(cli, ["search", "روسيا", "-أوكرانيا", "--db", small_db])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("1 documents") and "b" in r.output
    rc, _, err = run_rasd("search", "-داعش", "--db", small_db)
    assert rc == 2 and "No such option" not in err and "only excludes words" in err


def test_search_refuses_a_month_that_does_not_exist(small_db):
    rc, _, err = run_rasd("search", "روسيا", "--db", small_db, "--since", "2016-13")
    assert rc == 2 and "2016-13" in err and "YYYY-MM" in err


def test_search_options_have_help(small_db):
    r = CliRunner().invoke(cli, ["search", "--help"])
    assert "how many documents" in r.output and "skip this many" in r.output


def test_export_to_an_extension_it_cannot_write_is_an_error(small_db, tmp_path):
    out = tmp_path / "x.xlsx"
    rc, _, err = run_rasd("export", "events", "--db", small_db, "-o", str(out))
    assert rc != 0 and ".xlsx" in err and not out.exists()


def test_non_news_zip_members_are_skipped_with_a_warning(tmp_path):
    z = tmp_path / "corpus.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(SNN[:2], ensure_ascii=False))
        zf.writestr("index.csv", "id,title\n1,x\n")
        zf.writestr("README.txt", "SaudiNewsNet: a corpus of Saudi newspaper articles. Licence: non-commercial.\n")
        zf.writestr("notes.txt", "This folder holds the July files.\n")
    items = list(read([z]))
    assert [x.id for x in items if isinstance(x, Article)] == ["2015-07-21-1", "2015-07-21-2"]
    skipped = [x for x in items if isinstance(x, Problem)]
    assert [Path(x.origin).name for x in skipped] == ["corpus.zip::README.txt", "corpus.zip::index.csv",
                                                      "corpus.zip::notes.txt"]
    assert all(x.skip for x in skipped)
    st = ingest([z], str(tmp_path / "z.db"), workers=1, stages=STAGES, progress=False, on_problem=lambda m: None)
    assert (st.stored, st.skipped, st.errors) == (2, 3, 0)


def test_a_blank_record_is_a_warning_and_a_skip_not_a_failed_batch():
    data = '{"id": "a", "text": "قال بوتين إن المحادثات ستبدأ."}\n{"id": "b", "text": "  \\n\\t "}\n'.encode()
    rc, out, err = run_rasd("analyze", "-", "--stages", ",".join(STAGES), stdin=data)
    assert rc == 0, err
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a"]
    assert "warning" in err and "<stdin>:2" in err and "blank" in err and "has no 'text'" not in err


def test_a_json_lines_file_of_blank_lines_is_an_error(tmp_path):
    p = tmp_path / "empty.jsonl"
    p.write_text("\n\n   \n\n", encoding="utf-8")
    rc, out, err = run_rasd("analyze", str(p), "--stages", "normalize")
    assert rc != 0 and "only blank lines" in err and out == ""
    r = CliRunner().invoke(cli, ["ingest", str(p), "--db", str(tmp_path / "e.db"), "-q", "--verbose"])
    assert r.exit_code != 0 and "only blank lines" in r.output


def test_the_workers_option_is_the_same_in_analyze_and_ingest(tmp_path):
    for cmd in ("analyze", "ingest"):
        for flag in ("-w", "-j", "--workers"):
            extra = ["--db", str(tmp_path / f"{cmd}{flag}.db"), "-q"] if cmd == "ingest" else ["--format", "jsonl"]
            r = CliRunner().invoke(cli, [cmd, str(FIX / "article_bom.txt"), flag, "1", "--stages", "normalize", *extra])
            assert r.exit_code == 0, (cmd, flag, r.output)
        help_text = CliRunner().invoke(cli, [cmd, "--help"]).output
        assert "-w, --workers" in help_text and "-j" not in help_text.replace("-json", "")


def test_a_common_word_is_counted_in_full_but_only_the_newest_matches_are_ranked(tmp_path, monkeypatch):
    src = tmp_path / "c.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(8):
            text = "قال الرئيس " * (1 + i % 3) + f"إن الاجتماع رقم {i} سيعقد في الرياض."
            f.write(json.dumps({"id": f"d{i}", "text": text, "published": f"2015-07-{10 + i}"}, ensure_ascii=False) + "\n")
    db = str(tmp_path / "c.db")
    ingest([src], db, workers=1, stages=STAGES, progress=False)
    full = Q.search(db, "الرئيس", limit=20)
    full_f = Q.search(db, "الرئيس", {"since": "2015-07-12"}, limit=20)
    monkeypatch.setattr(Q, "RANK_LIMIT", 3)
    capped = Q.search(db, "الرئيس", limit=20)
    assert (full["total"], capped["total"]) == (8, 8)
    ids = [h["id"] for h in capped["hits"]]
    # the three stored last are scored, in their ranked order; the others follow, newest first
    assert ids[:3] == [h["id"] for h in full["hits"] if h["id"] in ("d5", "d6", "d7")]
    assert ids[3:] == ["d4", "d3", "d2", "d1", "d0"] and capped["hits"][3]["score"] is None
    capped_f = Q.search(db, "الرئيس", {"since": "2015-07-12"}, limit=20)
    assert (full_f["total"], capped_f["total"]) == (6, 6)  # scored 3, the other 3 listed after them
    assert {h["id"] for h in capped_f["hits"][:3]} == {"d5", "d6", "d7"}
    monkeypatch.setattr(Q, "RANK_LIMIT", 100)  # under the limit every match is ranked, as before
    assert Q.search(db, "الرئيس", limit=20)["hits"] == full["hits"]
