"""The REST API and the server-rendered pages, over a small database of the dev articles.

The database holds the nine dev articles, each analysed by the text stages of the pipeline and
given the layers of its gold annotation (entities, quotes, events, dates, boilerplate, MT
debris) so that every page has real content whatever stages exist yet, plus one hostile
article whose text, title, entity name and URL carry script. It is written with the store's
own writer (rasd.store.db.Store + rasd.store.rows.prepare).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from rasd.config import TEXT_STAGES  # noqa: E402
from rasd.document import Document, Entity  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.store.db import Store  # noqa: E402
from rasd.store.rows import prepare  # noqa: E402
from rasd.web.app import create_app  # noqa: E402

DEV = Path(__file__).parent / "fixtures" / "dev"
DEV_NAMES = sorted(p.name[: -len(".gold.json")] for p in DEV.glob("*.gold.json"))

HOSTILE_TEXT = ("قال الرئيس <script>window.__pwned = 1</script> إن الاجتماع انتهى.\n"
                "<img src=x onerror=\"window.__pwned = 2\"> وأضاف المتحدث أن الوفد غادر القاهرة.\n"
                "<a href=\"javascript:window.__pwned=3\" onmouseover=\"window.__pwned=4\">اضغط</a>\n")
HOSTILE_TITLE = "<script>window.__pwned = 5</script>عنوان خبيث"


def _occurrences(text: str, needle: str):
    i = text.find(needle)
    while needle and i >= 0:
        yield i, i + len(needle)
        i = text.find(needle, i + 1)


def gold_document(name: str, pipeline: Pipeline) -> Document:
    """A dev article with the text stages' layers and the gold's annotations as layers."""
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
    meta_path = DEV / f"{name}.meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    m = {"published": gold["published"], "source": meta.get("source") or "dev", "url": meta.get("url"),
         "title": meta.get("title") or name}
    doc = pipeline(Document(text, id=name, meta={k: v for k, v in m.items() if v}))
    labels = {s: lab for s, lab in gold.get("entities", []) + gold.get("optional_entities", [])}
    # Entities: every name of every gold actor, longest first, never overlapping.
    cands = []
    for key, names in gold.get("actors", {}).items():
        for nm in names:
            for s, e in _occurrences(text, nm):
                cands.append((e - s, s, e, key, nm))
    taken: list[tuple[int, int]] = []
    by_actor: dict[str, list] = {}
    for _, s, e, key, nm in sorted(cands, key=lambda c: (-c[0], c[1])):
        if any(s < b and a < e for a, b in taken):
            continue
        taken.append((s, e))
        by_actor.setdefault(key, []).append(doc.span(s, e, kind="name" if nm in labels else "nominal"))
    ents, eid = [], {}
    for key, names in gold.get("actors", {}).items():
        label = next((labels[n] for n in names if n in labels), None)
        if not label or key not in by_actor:
            continue
        eid[key] = f"e{len(ents) + 1}"
        ents.append(Entity(eid[key], label, names[0], sorted(by_actor[key], key=lambda sp: sp.start),
                           {"code": key.upper()[:3]}))
    doc.set_layer("entities", ents)
    quotes = []
    for q in gold.get("quotes", []):
        for s, e in list(_occurrences(text, q["text"]))[:1]:
            spk = q.get("speaker")
            quotes.append(doc.span(s, e, q["kind"], speaker=eid.get(spk),
                                   speaker_text=gold["actors"].get(spk, [None])[0]))
    doc.set_layer("quotes", quotes)
    events = []
    for ev in gold.get("events", []):
        for s, e in list(_occurrences(text, ev["trigger"]))[:1]:
            src, tgt = ev.get("source"), ev.get("target")
            events.append(doc.span(s, e, ev["types"][0], source=eid.get(src),
                                   source_text=gold["actors"].get(src, [None])[0] if src else None,
                                   target=eid.get(tgt), target_text=gold["actors"].get(tgt, [None])[0] if tgt else None,
                                   date=gold["published"]))
    doc.set_layer("events", events)
    doc.set_layer("boilerplate", [doc.span(s, e, "boilerplate") for b in gold.get("boilerplate", [])
                                  for s, e in list(_occurrences(text, b))[:1]])
    doc.set_layer("flags", [doc.span(s, e, "mt") for f in gold.get("mt_artifacts", [])
                            for s, e in list(_occurrences(text, f))[:1]])
    doc.set_layer("dates", [doc.span(s, e, "", value=v) for t, v in gold.get("dates", [])
                            for s, e in list(_occurrences(text, t))[:1]])
    assert not doc.check_spans()
    return doc


def hostile_document(pipeline: Pipeline) -> Document:
    doc = pipeline(Document(HOSTILE_TEXT, id="hostile", meta={
        "published": "2025-05-12", "source": "<b>evil</b>", "url": "javascript:window.__pwned=6",
        "title": HOSTILE_TITLE}))
    s = HOSTILE_TEXT.index("<img")
    e = HOSTILE_TEXT.index(">", s) + 1
    cairo = HOSTILE_TEXT.index("القاهرة")
    doc.set_layer("entities", [
        Entity("e1", "MISC", HOSTILE_TEXT[s:e], [doc.span(s, e)]),
        Entity("e2", "LOC", "القاهرة", [doc.span(cairo, cairo + len("القاهرة"))]),
    ])
    q0 = HOSTILE_TEXT.index("<script>")
    doc.set_layer("quotes", [doc.span(q0, HOSTILE_TEXT.index("</script>") + 9, "direct", speaker="e1",
                                      speaker_text="<script>window.__pwned=7</script>")])
    return doc


def build_corpus(path: Path) -> Path:
    """Write the dev articles (with gold layers) and the hostile article into a new database."""
    pipeline = Pipeline(stages=TEXT_STAGES)
    docs = [gold_document(n, pipeline) for n in DEV_NAMES] + [hostile_document(pipeline)]
    with Store(path) as store:
        store.write_batch([("doc", prepare(d), {"origin": f"tests/fixtures/dev/{d.id}.txt", "source": d.meta.get("source"),
                                                "url": d.meta.get("url"), "title": d.meta.get("title"),
                                                "published": d.meta.get("published")}) for d in docs])
    return path


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("web") / "dev.db")


@pytest.fixture(scope="session")
def client(corpus_db) -> TestClient:
    return TestClient(create_app(corpus_db), raise_server_exceptions=False)


def form_token(c: TestClient) -> str:
    """The analyse form's token for this client's cookie (a GET of the form sets both)."""
    html = c.get("/analyze").text
    return re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)


def assert_json_error(r, status: int) -> dict:
    assert r.status_code == status, (r.status_code, r.text[:300])
    body = r.json()
    assert body["status"] == status and body["error"], body
    assert "Traceback" not in r.text
    return body


# --- documents ---------------------------------------------------------------------------------
def test_documents_lists_every_stored_article_newest_first(client):
    r = client.get("/api/documents", params={"limit": 50})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(DEV_NAMES) + 1
    dates = [d["published"] for d in body["documents"]]
    assert dates == sorted(dates, reverse=True)


def test_documents_filters_by_outlet(client):
    body = client.get("/api/documents", params={"source": "alriyadh"}).json()
    assert body["total"] >= 1 and all(d["source"] == "alriyadh" for d in body["documents"])


def test_document_by_id_returns_the_json_contract_exactly(client):
    body = client.get("/api/documents/istanbul-talks").json()
    doc = body["doc"]
    assert doc["id"] == "istanbul-talks"
    assert doc["text"] == (DEV / "istanbul-talks.txt").read_text(encoding="utf-8")
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            assert doc["text"][m["start"]:m["end"]] == m["text"]
    assert client.get(f"/api/documents/~{body['doc_id']}").json()["id"] == "istanbul-talks"


def test_unknown_document_is_404_json(client):
    assert_json_error(client.get("/api/documents/no-such-article"), 404)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 5000}, {"limit": "ten"}, {"offset": -1},
                                    {"since": "yesterday"}, {"type": "HUG"}])
def test_documents_bad_parameters_are_4xx_json(client, params):
    r = client.get("/api/documents", params=params)
    assert 400 <= r.status_code < 500, r.text
    assert r.json()["error"]


# --- search -----------------------------------------------------------------------------------
def test_search_finds_word_with_hamza_and_clitic_and_highlights_it(client):
    body = client.get("/api/search", params={"q": "أوكرانيا"}).json()
    ids = [h["id"] for h in body["hits"]]
    assert "istanbul-talks" in ids
    hit = body["hits"][ids.index("istanbul-talks")]
    assert "<mark>" in hit["snippet"]


def test_search_with_filters_narrows_results(client):
    all_hits = client.get("/api/search", params={"q": "قال"}).json()["total"]
    some = client.get("/api/search", params={"q": "قال", "type": "CONSULT"}).json()
    assert 0 < some["total"] <= all_hits


@pytest.mark.parametrize("q", ['"unclosed phrase', "OR", "NOT", "(a OR b)", "-only"])
def test_search_syntax_errors_are_400_with_a_message(client, q):
    assert_json_error(client.get("/api/search", params={"q": q}), 400)


@pytest.mark.parametrize("q", ["x' OR 1=1 --", "\"; DROP TABLE documents; --", "a* * NEAR(b c)", "doc_fts:text",
                               "'\"\\%_", "{title}: x"])
def test_search_cannot_break_or_inject_sql(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code in (200, 400), r.text
    assert "Traceback" not in r.text
    assert client.get("/api/stats").json()["documents"] == len(DEV_NAMES) + 1


def test_search_query_too_long_is_4xx(client):
    assert 400 <= client.get("/api/search", params={"q": "كلمة " * 200}).status_code < 500


def test_facets_count_outlets_types_entities_speakers(client):
    body = client.get("/api/facets").json()
    assert body["total"] == len(DEV_NAMES) + 1
    assert any(t == "CONSULT" for t, _ in body["types"])
    assert body["entities"] and body["speakers"]


# --- entities, events, quotes ------------------------------------------------------------------
def test_entities_list_and_one_entity_with_variants_quotes_events(client):
    ents = client.get("/api/entities", params={"label": "PER", "limit": 100}).json()
    assert all(e["label"] == "PER" for e in ents)
    names = [e["name"] for e in ents]
    assert "فلاديمير بوتين" in names
    body = client.get("/api/entities/فلاديمير بوتين").json()
    assert body["docs"] >= 1
    assert {"فلاديمير بوتين", "بوتين"} <= {v["text"] for v in body["variants"]}
    assert body["quotes"] and body["events_as_source"]
    assert body["cooccurring"]
    by_mention = client.get("/api/entities/بوتين").json()  # a spelling, not the full name
    assert by_mention["name"] == "فلاديمير بوتين" and "فلاديمير بوتين" in {v["text"] for v in by_mention["variants"]}


def test_unknown_entity_is_404_and_bad_label_is_422(client):
    assert_json_error(client.get("/api/entities/لا أحد بهذا الاسم"), 404)
    assert_json_error(client.get("/api/entities", params={"label": "PERSON"}), 422)


def test_events_filter_by_type_and_entity(client):
    body = client.get("/api/events", params={"type": "CONSULT"}).json()
    assert body["total"] == len(body["events"]) > 0
    assert all(e["type"] == "CONSULT" for e in body["events"])
    putin = client.get("/api/events", params={"entity": "بوتين"}).json()["events"]
    assert putin and all("بوتين" in (e["source_text"] or "") + (e["target_text"] or "") for e in putin)


def test_events_csv_download_has_header_and_rows(client):
    r = client.get("/api/events", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    import csv
    import io
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    from rasd.export.columns import names
    assert rows[0] == names("events")  # the columns of `rasd export events`
    assert len(rows) - 1 == client.get("/api/events").json()["total"]
    assert client.get("/events.csv", params={"type": "AGREE"}).status_code == 200


def test_events_bad_type_is_400_also_for_csv(client):
    assert_json_error(client.get("/api/events", params={"type": "HUG"}), 400)
    assert_json_error(client.get("/api/events", params={"type": "HUG", "format": "csv"}), 400)
    assert_json_error(client.get("/api/events", params={"format": "xml"}), 422)


def test_quotes_filter_by_speaker(client):
    qs = client.get("/api/quotes", params={"speaker": "بوتين"}).json()
    assert qs and all(q["speaker_name"] == "فلاديمير بوتين" for q in qs)
    assert_json_error(client.get("/api/quotes", params={"since": "2015-13-45x"}), 400)


def test_stats(client):
    body = client.get("/api/stats").json()
    assert body["documents"] == len(DEV_NAMES) + 1 and body["events"] > 0


# --- analyze ------------------------------------------------------------------------------------
def test_analyze_returns_the_document_json(client):
    text = (DEV / "istanbul-talks.txt").read_text(encoding="utf-8")
    r = client.post("/api/analyze", json={"text": text, "published": "2025-05-11", "id": "x"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["id"] == "x" and doc["text"] == text and doc["sentences"]
    for key in ("boilerplate", "entities", "quotes", "events", "dates", "flags"):
        assert isinstance(doc[key], list)


@pytest.mark.parametrize("body,status", [({}, 422), ({"text": ""}, 400), ({"text": "   "}, 400),
                                         ({"text": "نص", "published": "tomorrow"}, 400),
                                         ({"text": "نص", "published": "2025-13-45"}, 400),
                                         ({"text": 5}, 422), ({"text": "نص", "save": True}, 403)])
def test_analyze_bad_bodies_are_4xx(client, body, status):
    assert_json_error(client.post("/api/analyze", json=body), status)


def test_analyze_refuses_non_json_body(client):
    r = client.post("/api/analyze", content=b"\xff\xfe not json", headers={"content-type": "application/json"})
    assert 400 <= r.status_code < 500


def test_body_over_one_megabyte_is_413(client):
    big = "ك" * 600_000  # 1.2 MB of UTF-8
    assert_json_error(client.post("/api/analyze", json={"text": big}), 413)


def test_body_over_limit_without_content_length_is_413(client):
    def chunks():
        for _ in range(20):
            yield b"x" * 100_000
    r = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_saving_needs_allow_save_and_then_stores_the_text(tmp_path, corpus_db):
    import shutil
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    c = TestClient(create_app(db, allow_save=True), raise_server_exceptions=False)
    r = c.post("/api/analyze", json={"text": "قال وزير الخارجية إن المحادثات ستستأنف.", "save": True,
                                     "published": "2025-06-01", "id": "pasted"})
    assert r.status_code == 201, r.text
    got = c.get(r.headers["location"]).json()
    assert got["doc"]["text"].startswith("قال وزير")
    assert c.get("/api/stats").json()["documents"] == len(DEV_NAMES) + 2
    page = c.post("/analyze", data={"text": "وقال المتحدث إن الوفد غادر.", "save": "1", "csrf": form_token(c)})
    assert page.status_code == 200 and 'id="saved"' in page.text
    assert c.get("/api/stats").json()["documents"] == len(DEV_NAMES) + 3


def test_saving_from_the_page_on_a_read_only_server_is_403(client):
    r = client.post("/analyze", data={"text": "قال الرئيس إن الاجتماع انتهى.", "save": "1", "csrf": form_token(client)})
    assert r.status_code == 403 and "--allow-save" in r.text


def test_without_a_database_only_analyze_works():
    c = TestClient(create_app(None), raise_server_exceptions=False)
    assert_json_error(c.get("/api/search", params={"q": "x"}), 503)
    assert c.post("/api/analyze", json={"text": "قال الرئيس إن الاجتماع انتهى."}).status_code == 200
    home = c.get("/")
    assert home.status_code == 200
    for href in set(re.findall(r'href="(/[^"]*)"', home.text)):  # only links that work without a database
        assert c.get(href).status_code == 200, href


# --- pages and safety ------------------------------------------------------------------------
PAGES = ["/", "/?q=أوكرانيا", "/?q=قال&type=CONSULT", "/doc/istanbul-talks", "/entity?name=فلاديمير بوتين",
         "/events", "/events?type=CONSULT", "/analyze", "/docs", "/openapi.json"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_rtl_with_local_assets_only(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    if url.endswith(".json"):
        return
    assert '<html dir="rtl" lang="ar">' in r.text
    for ref in re.findall(r'(?:src|href)="([^"]+)"', r.text):
        assert not ref.startswith(("http://", "https://", "//")) or "alriyadh" in ref or "aawsat" in ref, ref
    assert "content-security-policy" in r.headers


@pytest.mark.parametrize("url", ["/?q=%22open", "/?since=bad", "/events?type=HUG", "/entity?name=",
                                 "/doc/nothing-here", "/entity?name=لا أحد"])
def test_page_errors_are_4xx_pages_not_tracebacks(client, url):
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code)
    assert "Traceback" not in r.text and '<html dir="rtl"' in r.text


def test_swagger_ui_from_cdn_is_off(client):
    r = client.get("/docs")
    assert "cdn" not in r.text.lower() and "swagger-ui" not in r.text.lower()
    assert "/api/analyze" in r.text
    assert client.get("/redoc").status_code == 404


def test_script_in_article_text_renders_inert(client):
    html = client.get("/doc/hostile").text
    assert "<script>window" not in html and "<img src=x" not in html and "<a href=\"javascript" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "onerror=&#34;window.__pwned = 2&#34;" in html or "onerror=&quot;window.__pwned = 2&quot;" in html
    assert 'href="javascript:' not in html
    # The only script tag is the app's own.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/rasd.js" defer>']


def test_script_in_search_snippets_and_facets_renders_inert(client):
    html = client.get("/", params={"q": "الاجتماع"}).text
    assert "hostile" in html or "عنوان خبيث" in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/rasd.js" defer>']
    assert "<b>evil</b>" not in client.get("/").text


def test_script_in_pasted_text_renders_inert(client):
    r = client.post("/analyze", data={"text": HOSTILE_TEXT, "csrf": form_token(client)})
    assert r.status_code == 200
    assert re.findall(r"<script[^>]*>", r.text) == ['<script src="/static/rasd.js" defer>']
    assert "&lt;img src=x" in r.text


def test_events_page_draws_timeline_and_network(client):
    html = client.get("/events").text
    assert html.count("<svg") >= 2 and 'class="edge edge-cooperation' in html


def test_serve_refuses_a_missing_database(tmp_path):
    from rasd.cli import main
    assert main(["serve", "--db", str(tmp_path / "none.db")]) != 0


def test_database_made_by_rasd_ingest_serves_every_page(tmp_path):
    """Whatever layers the configured pipeline produces, every stored article, entity and the
    events explorer render (the store's real ingest path, not hand-made layers)."""
    from rasd.ingest.run import ingest

    db = tmp_path / "ingested.db"
    ingest([str(DEV / f"{n}.txt") for n in DEV_NAMES[:3]], str(db), workers=1, progress=False)
    c = TestClient(create_app(db), raise_server_exceptions=False)
    docs = c.get("/api/documents").json()["documents"]
    assert len(docs) == 3
    for d in docs:
        assert c.get(f"/doc/{d['id']}").status_code == 200
    for e in c.get("/api/entities", params={"limit": 20}).json():
        assert c.get("/entity", params={"name": e["name"], "label": e["label"]}).status_code == 200
    for url in ("/", "/?q=قال", "/events", "/api/events", "/api/quotes", "/api/facets"):
        assert c.get(url).status_code == 200, url


# --- the reader's rendering and helpers (pure functions) -------------------------------------------
def _visible_text(html: str) -> str:
    """The text of the reader HTML without its badges (what a reader sees as the article)."""
    import html as H
    html = re.sub(r'<(sup|span|label)[^>]*data-badge="1"[^>]*>.*?</\1>', "", html)
    return H.unescape(re.sub(r"<[^>]+>", "", html))


def test_reader_keeps_the_text_exactly_and_marks_nested_spans(corpus_db):
    from rasd.store import queries as Q
    from rasd.web.render import render_reader

    doc = Q.get_document(Q.open_db(corpus_db), "istanbul-talks")["doc"]
    r = render_reader(doc)
    assert _visible_text(str(r.html)) == doc["text"]
    # A mention inside a quote is one piece carrying both refs.
    assert re.search(r'data-refs="[^"]*quote:\d+[^"]*ent:e\d+|data-refs="[^"]*ent:e\d+[^"]*quote:\d+', str(r.html))


def test_reader_drops_spans_outside_the_text_and_escapes_everything():
    from rasd.web.render import render_reader

    doc = {"text": "أ<b>ب</b>ج", "entities": [
        {"id": "e1\"><script>", "label": "PER\" onclick=\"x", "name": "<i>n</i>",
         "mentions": [{"start": 1, "end": 4, "text": "<b>"}, {"start": 5, "end": 99, "text": "?"},
                      {"start": -1, "end": 2, "text": "?"}, {"start": "1", "end": 2}]}],
        "quotes": [{"start": 0, "end": 11, "kind": "direct", "speaker_text": "<script>x</script>"}],
        "events": [{"type": "<svg onload=x>", "trigger": {"start": 4, "end": 5, "text": "ب"}}]}
    html = str(render_reader(doc).html)
    assert "<b>" not in html and "<script>" not in html and "<svg" not in html and "onclick=\"x" not in html
    assert _visible_text(html) == doc["text"]
    assert html.count("ent:") == 1  # only the one mention inside the text


def test_csv_cells_cannot_be_spreadsheet_formulas():
    from rasd.web.export import csv_cell as _csv_cell

    assert _csv_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert _csv_cell("+1") == "'+1" and _csv_cell("@a") == "'@a"
    assert _csv_cell("بوتين") == "بوتين" and _csv_cell(None) == "" and _csv_cell(3) == "3"


def test_timeline_switches_to_months_for_long_spans():
    from rasd.web.svg import timeline

    short = str(timeline([("2025-05-01", "AGREE", 2), ("2025-05-09", "ASSAULT", 1), (None, "AGREE", 4)]))
    assert 'data-unit="day"' in short and short.count('class="bar"') == 2 and "4 بلا تاريخ" in short
    long = str(timeline([("2015-08-03", "AGREE", 1), ("2025-05-11", "CONSULT", 3)]))
    assert 'data-unit="month"' in long and long.count('class="bar"') == 2


def test_network_colours_cooperation_and_conflict_by_plover_quad():
    from rasd.web.svg import network, side_of

    assert side_of("CONSULT") == "cooperation" and side_of("ASSAULT") == "conflict" and side_of("X") == "other"
    svg = str(network([("روسيا", "أوكرانيا", "ASSAULT", 3), ("روسيا", "تركيا", "CONSULT", 1),
                       ("<b>", "أوكرانيا", "REQUEST", 1)]))
    assert "edge-conflict" in svg and "edge-cooperation" in svg and "<b>" not in svg


def test_rasd_serve_listens_on_loopback_and_answers(corpus_db):
    """The real command: uvicorn in a subprocess on 127.0.0.1, read-only, then stopped."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(corpus_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert r.json()["documents"] == len(DEV_NAMES) + 1
        assert httpx.post(f"http://127.0.0.1:{port}/api/analyze", timeout=30,
                          json={"text": "قال الرئيس إن الاجتماع انتهى.", "save": True}).status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert b"127.0.0.1" in proc.stderr.read()
