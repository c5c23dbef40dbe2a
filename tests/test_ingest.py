"""Reading every input format, bad inputs, and the ingest run (dedup, resume, workers)."""
from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from rasd.errors import StoreError
from rasd.ingest import Article, Limits, Problem, read, sniff
from rasd.ingest.run import ingest
from rasd.store import queries as Q

FIX = Path(__file__).parent / "fixtures" / "corpus" / "inputs"
STAGES = ["normalize", "sentences", "tokens"]
ROOT = Path(__file__).resolve().parents[1]

# Invented SaudiNewsNet-style records (the real corpus is non-commercial and never copied here).
SNN = [
    {"source": "okaz", "url": "http://okaz.example/1", "date_extracted": "2015-07-21 02:51:32",
     "title": "افتتاح طريق جديد", "author": "جدة: محمد",
     "content": "افتتح أمير المنطقة طريقا جديدا يربط المدينة بالمطار بطول أربعين كيلومترا، ويخدم أكثر من مئة ألف مسافر يوميا."},
    {"source": "alriyadh", "url": "http://alriyadh.example/2", "date_extracted": "2015-07-22 08:00:00",
     "title": "الأمطار تعود", "author": "",
     "content": "توقعت هيئة الأرصاد هطول أمطار رعدية على المرتفعات الجنوبية الغربية خلال الأيام الثلاثة المقبلة."},
    {"source": "sabq", "url": "http://sabq.example/3", "date_extracted": "2015-07-22 09:00:00",
     "title": "", "author": "", "content": ""},
]


def arts(items):
    return [x for x in items if isinstance(x, Article)]


def probs(items):
    return [x for x in items if isinstance(x, Problem)]


def snn_zip(path: Path, records=SNN, name="2015-07-21.json") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, json.dumps(records, ensure_ascii=False))
    return path


# --- formats -------------------------------------------------------------------------------
def test_text_with_bom_is_read_without_the_bom():
    a, = arts(read([FIX / "article_bom.txt"]))
    assert a.text.startswith("قالت وزارة الطاقة") and "\ufeff" not in a.text
    assert a.id == "article_bom"


def test_invalid_utf8_reports_the_byte_offset(tmp_path):
    p = tmp_path / "cp1256.txt"
    p.write_bytes("قال الوزير".encode("utf-8") + b" \xc7\xe1\xd1\xed\xc7\xd6")
    pr, = probs(read([p]))
    assert "invalid UTF-8 at byte offset 20" in pr.message and "Windows-1256" in pr.message


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    pr, = probs(read([p]))
    assert "binary file" in pr.message


def test_rtl_news_page_yields_body_without_boilerplate_and_metadata():
    a, = arts(read([FIX / "article_rtl.html"]))
    assert a.text.startswith("بحث وزير الخارجية الأمير فيصل بن فرحان")
    assert "وتبادل الأسرى" in a.text
    for junk in ("محليات", "اقرأ أيضاً", "التعليقات", "جميع الحقوق محفوظة", "فيسبوك", "الرئيسية", "عاجل"):
        assert junk not in a.text, junk
    assert a.meta["title"] == "وزير الخارجية يبحث مع نظيره العماني تطورات الأزمة اليمنية"
    assert a.meta["published"] == "2024-03-05"
    assert a.meta["author"] == "سامي العتيبي"
    assert a.meta["source"] == "صحيفة الخليج اليوم"
    assert a.meta["url"] == "https://khaleej-today.example/news/2024/03/yemen-talks"
    assert a.meta["language"] == "ar"
    assert a.html == (FIX / "article_rtl.html").read_bytes() and len(a.html_sha256) == 64


def test_old_div_layout_page_keeps_the_three_paragraphs_only():
    a, = arts(read([FIX / "article_div_layout.html"]))
    assert a.text.count("\n") == 2 and "4.2 مليار ريال" in a.text
    assert "أخبار ذات صلة" not in a.text and "الأكثر قراءة" not in a.text


def test_html_without_article_is_skipped_with_a_clear_message():
    pr, = probs(read([FIX / "index_page.html"]))
    assert "no article text found" in pr.message


def test_malformed_html_still_yields_its_text():
    a, = arts(read([FIX / "malformed.html"]))
    assert "ثلاثة مستشفيات جديدة" in a.text and "ألف طبيب" in a.text


def test_jsonl_bad_line_is_reported_by_number_and_the_rest_read():
    items = list(read([FIX / "records.jsonl"]))
    assert [a.id for a in arts(items)] == ["rec-1", "rec-2", "rec-4"]
    pr, = probs(items)
    assert pr.origin.endswith("records.jsonl:3") and "invalid JSON" in pr.message
    rec2 = arts(items)[1]
    assert rec2.meta == {"published": "2024-02-11", "source": "wakala"}


def test_json_array_and_saudinewsnet_zip_layout(tmp_path):
    z = snn_zip(tmp_path / "2015-07-21.zip")
    items = list(read([z]))
    a = arts(items)
    assert [x.meta["source"] for x in a] == ["okaz", "alriyadh"]
    assert a[0].meta["published"] == "2015-07-21" and a[0].meta["published_raw"] == "2015-07-21 02:51:32"
    assert a[0].meta["title"] == "افتتاح طريق جديد"
    assert a[0].origin.endswith("2015-07-21.zip::2015-07-21.json#1")
    assert "empty" in probs(items)[0].message  # record 3 has no text
    j = tmp_path / "day.json"
    j.write_text(json.dumps(SNN[:2], ensure_ascii=False), encoding="utf-8")
    assert [x.text for x in arts(read([j]))] == [x.text for x in a]


def test_format_is_detected_by_content_not_extension(tmp_path):
    (tmp_path / "page.txt").write_bytes((FIX / "article_rtl.html").read_bytes())
    (tmp_path / "records.dat").write_bytes((FIX / "records.jsonl").read_bytes())
    snn_zip(tmp_path / "archive.bin")
    got = arts(read([tmp_path]))
    assert any(x.text.startswith("بحث وزير الخارجية") for x in got)  # HTML extracted, not raw tags
    assert not any("<html" in x.text for x in got)
    assert {"rec-1", "rec-4"} <= {x.id for x in got}
    assert any(x.meta.get("source") == "okaz" for x in got)
    assert sniff(b"WARC/1.0\r\n") == "warc" and sniff(b"\x1f\x8b\x08") == "gzip"


def test_warc_response_records_with_html_are_read(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    page = (FIX / "article_rtl.html").read_bytes()
    with open(p, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, body, ctype in [("https://khaleej-today.example/a", page, "text/html; charset=utf-8"),
                                 ("https://khaleej-today.example/logo.png", b"\x89PNG....", "image/png"),
                                 ("https://khaleej-today.example/b", (FIX / "article_div_layout.html").read_bytes(),
                                  "text/html")]:
            hdrs = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hdrs))
    got = list(read([p]))
    a = arts(got)
    assert len(a) == 2 and not probs(got)
    assert a[0].text.startswith("بحث وزير الخارجية") and a[0].html == page
    assert "4.2 مليار ريال" in a[1].text


def test_folders_are_walked_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "x.txt").write_text("خبر ثان عن افتتاح معرض الكتاب في العاصمة.", encoding="utf-8")
    (tmp_path / "a" / "deep" / "y.txt").write_text("خبر أول عن الطقس في المرتفعات الجنوبية.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    assert [x.id for x in arts(read([tmp_path]))] == ["y", "x"]


# --- bad inputs -------------------------------------------------------------------------------
def test_zip_bomb_member_is_refused_without_expanding_it(tmp_path):
    p = tmp_path / "bomb.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", b"\x20" * (30 * 1024 * 1024))  # 30 MB of spaces -> ~30 KB
        z.writestr("b.json", json.dumps(SNN[:1], ensure_ascii=False))
    items = list(read([p]))
    pr = probs(items)
    assert len(pr) == 1 and "zip bomb" in pr[0].message and pr[0].origin.endswith("::a.txt")
    assert len(arts(items)) == 1  # the honest member is still read


def test_zip_member_over_the_size_limit_is_refused(tmp_path):
    p = snn_zip(tmp_path / "day.zip")
    pr = probs(read([p], Limits(max_bytes=100)))
    assert "over the" in pr[0].message and "limit" in pr[0].message


def test_truncated_zip_gives_a_clear_error(tmp_path):
    recs = SNN[:2] * 200
    full = snn_zip(tmp_path / "full.zip", recs).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(full[: len(full) // 2])
    pr, = probs(read([cut]))
    assert "truncated or corrupt zip" in pr.message


def test_one_gigabyte_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.write(("نص عربي طويل " * 400).encode("utf-8"))
        f.truncate(1024 ** 3)  # sparse: costs no disk
    t = time.monotonic()
    pr, = probs(read([p]))
    assert time.monotonic() - t < 2
    assert "1.0 GB" in pr.message and "limit" in pr.message


def test_unreadable_files_are_reported_and_the_rest_ingested(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المناطق الريفية.", encoding="utf-8")
    (src / "gone.txt").symlink_to(tmp_path / "missing.txt")
    locked = src / "locked.txt"
    locked.write_text("نص", encoding="utf-8")
    locked.chmod(0)
    items = list(read([src]))
    assert [a.id for a in arts(items)] == (["good"] if os.geteuid() != 0 else ["good", "locked"])
    assert any(p.origin.endswith("gone.txt") and "cannot read" in p.message for p in probs(items))
    st = ingest([src], str(tmp_path / "x.db"), workers=1, stages=STAGES, progress=False, on_problem=lambda m: None)
    assert st.stored >= 1 and st.problems >= 1


# --- ingest runs ------------------------------------------------------------------------------
def _corpus(tmp_path: Path, n: int) -> Path:
    p = tmp_path / "corpus.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        for i in range(n):
            text = (f"أعلنت وزارة النقل رقم {i} عن مشروع جديد لتطوير الطرق في المنطقة {i % 13} بتكلفة {i * 7} مليون ريال. "
                    f"وقال المتحدث إن المشروع يشمل {i % 5} جسور و{i % 11} أنفاق.")
            f.write(json.dumps({"id": f"n{i}", "text": text, "published": f"2015-07-{1 + i % 28:02d}",
                                "source": "wakala"}, ensure_ascii=False) + "\n")
    return p


def test_exact_duplicates_are_stored_once_with_all_sources(tmp_path):
    z1 = snn_zip(tmp_path / "a.zip")
    z2 = snn_zip(tmp_path / "b.zip", [dict(SNN[0], source="aawsat", url="http://aawsat.example/9")])
    db = str(tmp_path / "d.db")
    st = ingest([z1, z2], db, workers=1, stages=STAGES, progress=False, on_problem=lambda m: None)
    assert (st.stored, st.duplicates) == (2, 1)
    doc = Q.get_document(db, "2015-07-21-1")
    assert [s["source"] for s in doc["sources"]] == ["okaz", "aawsat"]
    assert Q.stats(db)["duplicates"] == 1


def test_rerun_is_idempotent(tmp_path):
    src = _corpus(tmp_path, 30)
    db = str(tmp_path / "d.db")
    ingest([src], db, workers=1, stages=STAGES, progress=False)
    before = Q.stats(db)
    st = ingest([src], db, workers=1, stages=STAGES, progress=False)
    assert (st.stored, st.present) == (0, 30)
    assert Q.stats(db) == before


def test_near_duplicates_are_grouped_into_one_story(tmp_path):
    base = ("أعلنت وزارة الخارجية اليوم أن المحادثات بين الوفدين ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط "
            "بمشاركة ممثلين عن الأمم المتحدة، وأن جدول الأعمال يشمل تبادل الأسرى وفتح الطرق بين المحافظات "
            "واستئناف الرحلات التجارية من المطار الدولي وصرف رواتب الموظفين في جميع المناطق.")
    recs = [{"id": "wire", "text": base, "source": "spa"},
            {"id": "copy", "text": "الرياض - واس: " + base + " وكانت الهدنة قد بدأت قبل شهرين.", "source": "okaz"},
            {"id": "other", "text": "توقعت هيئة الأرصاد هطول أمطار رعدية على المرتفعات الجنوبية الغربية خلال الأيام "
                                    "الثلاثة المقبلة مع رياح نشطة تثير الغبار والأتربة على الطرق السريعة.", "source": "okaz"}]
    p = tmp_path / "r.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    db = str(tmp_path / "d.db")
    ingest([p], db, workers=1, stages=STAGES, progress=False)
    s = {r: Q.get_document(db, r)["story_id"] for r in ("wire", "copy", "other")}
    assert s["wire"] == s["copy"] != s["other"]
    assert Q.stats(db)["stories"] == 2


def test_two_workers_give_the_same_database_as_one(tmp_path):
    src = _corpus(tmp_path, 120)
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    ingest([src], a, workers=1, batch=7, stages=STAGES, progress=False)
    ingest([src], b, workers=2, batch=7, stages=STAGES, progress=False)
    q = "SELECT doc_id, id, content_hash, story_id, doc_json FROM documents ORDER BY doc_id"
    assert sqlite3.connect(a).execute(q).fetchall() == sqlite3.connect(b).execute(q).fetchall()


def test_killed_ingest_leaves_whole_articles_and_resumes(tmp_path):
    src = _corpus(tmp_path, 1500)
    db = tmp_path / "d.db"
    cmd = [sys.executable, "-m", "rasd", "ingest", str(src), "--db", str(db), "--workers", "1", "--batch", "20",
           "--stages", ",".join(STAGES), "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.DEVNULL)
    n = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            n = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if n >= 100:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < n_docs < 1500 and n_docs % 20 == 0  # whole batches only
    # every stored article is complete: its sentences, its index row and its source are there
    assert con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s "
                       "WHERE s.doc_id=d.doc_id)").fetchone()[0] == 0
    assert con.execute("SELECT count(DISTINCT doc_id) FROM doc_sources").fetchone()[0] == n_docs
    con.close()
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert f"{n_docs} already in the database" in out.stderr
    st = Q.stats(str(db))
    assert st["documents"] == 1500 and st["doc_sources"] == 1500


def test_full_disk_keeps_committed_batches_and_resumes(tmp_path, monkeypatch):
    from rasd.store import db as dbmod

    src = _corpus(tmp_path, 50)
    path = str(tmp_path / "d.db")
    real = dbmod.Store._insert
    calls = {"n": 0}

    def failing(self, p):
        calls["n"] += 1
        if calls["n"] == 25:
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, p)

    monkeypatch.setattr(dbmod.Store, "_insert", failing)
    with pytest.raises(StoreError, match="disk full.*run the same command again"):
        ingest([src], path, workers=1, batch=10, stages=STAGES, progress=False)
    monkeypatch.setattr(dbmod.Store, "_insert", real)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 20
    con.close()
    st = ingest([src], path, workers=1, batch=10, stages=STAGES, progress=False)
    assert (st.present, st.stored) == (20, 30)


def test_a_second_writer_is_refused(tmp_path):
    from rasd.store import Store

    db = str(tmp_path / "d.db")
    with Store(db):
        with pytest.raises(StoreError, match="another rasd ingest .*is writing"):
            ingest([FIX / "article_bom.txt"], db, workers=1, stages=STAGES, progress=False)


def test_read_only_database_is_reported(tmp_path, monkeypatch):
    from rasd.store import db as dbmod

    path = str(tmp_path / "d.db")
    ingest([FIX / "article_bom.txt"], path, workers=1, stages=STAGES, progress=False)
    real = dbmod.connect

    def ro(p, readonly=False):
        con = real(p, readonly)
        con.execute("PRAGMA query_only=ON")  # what a read-only file looks like to SQLite writes
        return con

    monkeypatch.setattr(dbmod, "connect", ro)
    with pytest.raises(StoreError, match="read-only"):
        ingest([FIX / "records.jsonl"], path, workers=1, stages=STAGES, progress=False)


def test_cli_ingest_reports_problems_in_one_line_and_lists_them_with_verbose(tmp_path):
    from click.testing import CliRunner
    from rasd.cli import cli

    args = ["ingest", str(FIX), "--workers", "1", "--stages", ",".join(STAGES), "-q"]
    r = CliRunner().invoke(cli, args + ["--db", str(tmp_path / "c.db")])
    assert r.exit_code == 0, r.output
    assert "7 stored" in r.output
    assert "index_page.html" not in r.output and "records.jsonl:3" not in r.output
    summary = [line for line in r.output.splitlines() if "--verbose lists them" in line]
    assert len(summary) == 1 and "invalid JSON 1" in summary[0] and "page without an article 1" in summary[0]
    r = CliRunner().invoke(cli, args + ["--db", str(tmp_path / "v.db"), "--verbose"])
    assert "index_page.html: no article text found" in r.output
    assert "records.jsonl:3: invalid JSON line" in r.output


def test_ingest_without_paths_creates_or_upgrades_the_database_only(tmp_path):
    from rasd.cli import main

    db = tmp_path / "new.db"
    assert main(["ingest", "--db", str(db), "-q"]) == 0
    assert Q.stats(str(db))["documents"] == 0


def test_progress_is_plain_lines_when_not_a_terminal(tmp_path):
    buf = io.StringIO()
    ingest([FIX / "records.jsonl"], str(tmp_path / "p.db"), workers=1, stages=STAGES, stream=buf,
           on_problem=lambda m: None)
    last = buf.getvalue().splitlines()[-1]
    assert "\r" not in buf.getvalue() and last.startswith("100.0% 3 articles (3 new)") and "ETA" in last


def test_database_locked_by_another_program_is_reported(tmp_path, monkeypatch):
    from rasd.store import db as dbmod

    path = str(tmp_path / "d.db")
    ingest([FIX / "article_bom.txt"], path, workers=1, stages=STAGES, progress=False)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # e.g. a DB browser in the middle of a write
    try:
        with pytest.raises(StoreError, match="locked by another process"):
            ingest([FIX / "records.jsonl"], path, workers=1, stages=STAGES, progress=False)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Q.stats(path)["documents"] == 1


def test_oversized_html_page_is_refused_before_parsing(tmp_path):
    p = tmp_path / "big.html"
    p.write_bytes((FIX / "article_rtl.html").read_bytes())
    pr, = probs(read([p], Limits(max_html_bytes=1000)))
    assert "HTML page is" in pr.message and "limit" in pr.message


@pytest.fixture
def tiny_fs(tmp_path):
    """A 1 MB tmpfs (needs root and mount permission; skipped elsewhere)."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root or no permission)")
    yield mnt
    subprocess.run(["umount", str(mnt)], capture_output=True)


def test_real_full_disk_keeps_the_database_intact_and_resumes(tmp_path, tiny_fs):
    src = _corpus(tmp_path, 400)
    db = str(tiny_fs / "d.db")
    with pytest.raises(StoreError, match="disk full"):
        ingest([src], db, workers=1, batch=20, stages=STAGES, progress=False)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert 0 < n < 400 and n % 20 == 0
    subprocess.run(["mount", "-o", "remount,size=8m", str(tiny_fs)], check=True)
    st = ingest([src], db, workers=1, batch=20, stages=STAGES, progress=False)
    assert (st.present, st.stored) == (n, 400 - n)


def test_gzip_compressed_jsonl_and_html_are_read(tmp_path):
    import gzip

    (tmp_path / "records.jsonl.gz").write_bytes(gzip.compress((FIX / "records.jsonl").read_bytes()))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress((FIX / "article_rtl.html").read_bytes()))
    items = list(read([tmp_path]))
    assert [a.id for a in arts(items)] == ["page", "rec-1", "rec-2", "rec-4"]
    assert arts(items)[0].text.startswith("بحث وزير الخارجية")
    assert len(probs(items)) == 1  # the broken JSONL line


def test_a_database_inside_the_ingested_folder_is_not_read_as_input(tmp_path):
    from rasd.ingest.run import ingest

    (tmp_path / "a.txt").write_text("قال الرئيس إن المحادثات ستبدأ يوم الخميس في إسطنبول.", encoding="utf-8")
    db = str(tmp_path / "news.db")
    ingest([str(tmp_path)], db, workers=1, progress=False, stages=["normalize", "sentences", "tokens"])
    (tmp_path / "b.txt").write_text("وأكد الوزير أن الاجتماع سيعقد في الرياض.", encoding="utf-8")
    stats = ingest([str(tmp_path)], db, workers=1, progress=False, stages=["normalize", "sentences", "tokens"])
    assert not any("news.db" in m for m in stats.messages), stats.messages


@pytest.mark.parametrize("workers", [1, 2])
def test_a_model_that_cannot_load_stops_ingest_with_its_message(tmp_path, monkeypatch, workers):
    # With two workers the failing initialiser used to surface only as "a worker process died".
    from rasd.errors import ModelError
    from rasd.ingest.run import ingest
    from rasd.pipeline import Pipeline

    def broken_warm(self):
        raise ModelError("NER model /x/ner.crfsuite is corrupt; rebuild it with rasd train ner")

    monkeypatch.setattr(Pipeline, "warm", broken_warm)
    with pytest.raises(ModelError, match="ner.crfsuite"):
        ingest([str(_corpus(tmp_path, 5))], str(tmp_path / "d.db"), workers=workers, stages=STAGES, progress=False)
