"""The reader's pages over articles ingested from real SaudiNewsNet days (tests/snn_corpus.py),
through the app in-process (fast); the same pages in Chromium are in test_web_browser.py.

Also the web items of the hardening issue (#19): cross-site writes refused, an article's own id
never shadowed by an internal number, a long analysis not blocking short ones, HEAD, bad date
bounds refused in Arabic, one set of CSV columns with `rasd export`.
"""
from __future__ import annotations

import collections
import csv
import html as H
import io
import json
import re
import threading
import time
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import snn_corpus  # noqa: E402
from rasd.store import queries as Q  # noqa: E402
from rasd.web.app import create_app  # noqa: E402

ARABIC = re.compile(r"[\u0621-\u064A]")
CRAWL_LINKS = 400


@pytest.fixture(scope="module")
def snn_db(tmp_path_factory):
    return snn_corpus.build(tmp_path_factory)


@pytest.fixture(scope="module")
def web(snn_db):
    return TestClient(create_app(snn_db), raise_server_exceptions=False)


def hrefs(html: str) -> list[str]:
    return [H.unescape(h) for h in re.findall(r'href="([^"]*)"', html)]


# --- every link alive ---------------------------------------------------------------------------
def test_a_crawl_of_400_links_from_home_and_events_finds_no_dead_link(web):
    seen, queue, dead, fetched = set(), collections.deque(["/", "/events"]), [], 0
    while queue and fetched < CRAWL_LINKS:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        fetched += 1
        r = web.get(url)
        if r.status_code != 200:
            dead.append((r.status_code, url))
            continue
        if "text/html" not in r.headers.get("content-type", ""):
            continue
        for href in hrefs(r.text):
            href = href.split("#", 1)[0]
            if href and not href.startswith(("http://", "https://", "mailto:")):
                queue.append(urljoin(url, href))
    assert fetched == CRAWL_LINKS, f"only {fetched} links to follow"
    assert not dead, dead[:10]


def test_unresolved_actors_are_plain_text_not_links(web, snn_db):
    con = Q.open_db(snn_db)
    unresolved = [e for e in Q.list_events(con, {}, limit=1000) if e["source_text"] and not e["source_label"]]
    assert unresolved, "the corpus has events whose source is no entity"
    page = web.get("/events", params={"page": 1}).text
    for a in re.findall(r'<a href="(/entity\?[^"]*)"', page):
        assert web.get(H.unescape(a)).status_code == 200


# --- event dates ----------------------------------------------------------------------------------
def test_events_are_filtered_by_their_own_date_or_by_publication(web, snn_db):
    con = Q.open_db(snn_db)
    by_event = Q.list_events(con, {"since": "2015-08-07", "until": "2015-08-07"}, limit=1000)
    assert by_event and all(e["event_day"].startswith("2015-08-07") for e in by_event)
    by_pub = Q.list_events(con, {"since": "2015-08-07", "until": "2015-08-07", "dates": "published"}, limit=1000)
    assert len(by_pub) > len(by_event)  # earlier events reported that day
    assert web.get("/events", params={"since": "2015-08", "dates": "published"}).status_code == 200


def test_historical_events_are_kept_apart_and_off_the_timeline(web, snn_db):
    con = Q.open_db(snn_db)
    hist = Q.list_events(con, {}, limit=1000, historical=True)
    assert hist and all(e["historical"] and "historical" in e["contexts"] for e in hist)
    assert all(not e["historical"] for e in Q.list_events(con, {}, limit=1000, historical=False))
    html = web.get("/events").text
    assert 'id="historical-table"' in html
    unit = re.search(r'data-unit="(\w+)" data-first="([^"]+)" data-last="([^"]+)"', html)
    assert unit.group(1) == "day", "a day's news is drawn per day once old events are apart"
    # the axis starts at the earliest recent act (the Kuwait mosque bombing of 2015-06-26, told in
    # the day's news), not at an act dated long before
    assert unit.group(2) >= "2015-06"


def test_time_axis_is_picked_from_the_data():
    from datetime import date

    from rasd.web.svg import pick_axis, timeline
    rows = [(date(2015, 8, 7), "day", 500), (date(2015, 8, 6), "day", 300), (date(1936, 1, 1), "day", 1)]
    first, last, unit, out = pick_axis(rows)
    assert (first, last, unit, out) == (date(2015, 8, 6), date(2015, 8, 7), "day", 1)
    svg = str(timeline([("2015-08-07", "ASSAULT", 500), ("2015-08-06", "AGREE", 300), ("1936", "ASSAULT", 1),
                        ("2015-08", "AGREE", 2)]))
    assert 'data-unit="day"' in svg and "خارج المحور" in svg and "أقل دقة" in svg
    many = str(timeline([(f"20{y:02d}-0{m}", "AGREE", 1) for y in range(10, 16) for m in range(1, 10)]))
    assert 'data-unit="month"' in many
    labels = [float(x) for x in re.findall(r'<text class="tick" x="([\d.]+)"', many)]
    assert all(b - a >= 60 for a, b in zip(labels, labels[1:])), "month labels must not collide"


# --- context, place and counts on every event ------------------------------------------------------
def test_every_event_row_shows_its_context_place_and_counts(web, snn_db):
    con = Q.open_db(snn_db)
    evs = Q.list_events(con, {}, limit=1000)
    with_ctx = next(e for e in evs if e["contexts"] and e["contexts"][0] != "historical")
    with_counts = next(e for e in evs if e["counts"])
    with_place = next(e for e in evs if e["location"])
    for e in (with_ctx, with_counts, with_place):
        html = web.get(f"/doc/{e['doc']}").text
        panel = html[html.index('id="panel-events"'):]
        item = re.search(rf'data-ref="ev:{e["idx"]}".*?</li>', panel, re.S).group(0)
        for cx in e["contexts"]:
            assert f"ctx-{cx}" in item
        if e["counts"]:
            assert "count-chip" in item
        if e["location"]:
            assert e["location"] in item
    story = web.get(f"/stories/{with_ctx['story_id']}").text
    assert f"ctx-{with_ctx['contexts'][0]}" in story


def test_every_mode_boilerplate_and_flag_kind_of_the_corpus_has_an_arabic_label(snn_db):
    from rasd.web.views import BOILERPLATE_AR, FLAG_AR, MODE_AR
    con = Q.open_db(snn_db)
    for table, col, labels in (("events", "mode", MODE_AR), ("boilerplate", "kind", BOILERPLATE_AR),
                               ("flags", "kind", FLAG_AR)):
        missing = [v for (v,) in con.execute(f"SELECT DISTINCT {col} FROM {table}") if v and v not in labels]
        assert not missing, (table, missing)


# --- facts link to their sentence ----------------------------------------------------------------
def test_event_and_quote_rows_link_to_their_sentence(web, snn_db):
    con = Q.open_db(snn_db)
    e = Q.list_events(con, {}, limit=1)[0]
    html = web.get("/events").text
    assert f'href="/doc/{e["doc"]}#s{e["sentence"]}"' in html
    doc = web.get(f"/doc/{e['doc']}").text
    assert f'id="s{e["sentence"]}"' in doc
    quotes = web.get("/quotes").text
    assert re.search(r'class="to-sentence" href="/doc/[^"#]+#s\d+"', quotes)


def test_search_words_are_lit_in_the_article_opened_from_a_hit(web):
    page = web.get("/", params={"q": "اليمن"}).text
    link = H.unescape(re.search(r'<a class="title" href="([^"]+)"', page).group(1))
    assert "hl=" in link
    assert 'class="qhit' in web.get(link).text


# --- counts say what they count, and match the click ------------------------------------------------
def test_every_facet_count_is_what_its_click_shows(web, snn_db):
    con = Q.open_db(snn_db)
    for q in (None, "اليمن"):
        fac = Q.facets(con, q, {})
        for dim, rows in (("type", fac["types"]), ("entity", fac["entities"]), ("speaker", fac["speakers"]),
                          ("source", fac["sources"])):
            for row in rows[:5]:
                value, n = row[0], row[-1]
                res = Q.search(con, q, {dim: value}, limit=1, group=True)
                assert res["total"] == n, (q, dim, value, n, res["total"])
    html = web.get("/").text
    assert 'id="facet-unit"' in html and "القصص" in html


def test_copies_of_a_story_count_once_with_and_n_copies(web, snn_db):
    con = Q.open_db(snn_db)
    story = con.execute("SELECT story_id, count(*) n FROM documents GROUP BY story_id HAVING n > 1 "
                        "ORDER BY n DESC LIMIT 1").fetchone()
    assert story, "the corpus has a story printed by several outlets"
    title = con.execute("SELECT title FROM documents WHERE story_id=? ORDER BY doc_id LIMIT 1", (story[0],)).fetchone()[0]
    res = Q.search(con, None, {"source": None}, limit=1000, group=True)
    assert sum(1 for h in res["hits"] if h["story_id"] == story[0]) == 1
    hit = next(h for h in res["hits"] if h["story_id"] == story[0])
    assert hit["copies"] == story[1] - 1
    assert res["total_docs"] == res["total"] + sum(h["copies"] for h in res["hits"])
    assert title


# --- input ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/?since=2015-13", "/events?until=2015-02-30", "/quotes?since=13", "/map?since=x"])
def test_bad_dates_are_refused_with_an_arabic_message(web, url):
    r = web.get(url)
    assert r.status_code == 400
    msg = re.search(r'id="error-message"[^>]*>([^<]+)<', r.text).group(1)
    assert ARABIC.search(msg) and "--since" not in msg and "is not a date" not in msg


def test_a_page_beyond_the_last_shows_the_last_page_and_says_so(web):
    r = web.get("/", params={"page": 999})
    assert r.status_code == 200 and 'id="page-notice"' in r.text
    last = int(re.search(r"صفحة (\d+) من (\d+)", r.text).group(2))
    assert f"صفحة {last} من {last}" in r.text and '<li class="hit"' in r.text
    assert web.get("/events", params={"page": 999}).status_code == 200


def test_english_text_on_analyze_gets_a_warning(web):
    tok = re.search(r'name="csrf" value="([0-9a-f]+)"', web.get("/analyze").text).group(1)
    r = web.post("/analyze", data={"text": "The minister said the talks would resume next week in Geneva.",
                                   "csrf": tok})
    assert r.status_code == 200 and 'id="language-warning"' in r.text
    r = web.post("/analyze", data={"text": "قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف.", "csrf": tok})
    assert 'id="language-warning"' not in r.text


# --- search ----------------------------------------------------------------------------------------
def test_search_groups_by_story_sorts_by_date_and_marks_headlines(web, snn_db):
    con = Q.open_db(snn_db)
    res = Q.search(con, "السعودية", {}, limit=100, sort="date", group=True)
    stories = [h["story_id"] for h in res["hits"]]
    assert len(stories) == len(set(stories))
    dates = [h["published"] for h in res["hits"]]
    assert dates == sorted(dates, reverse=True)
    page = web.get("/", params={"q": "السعودية"}).text
    assert re.search(r'<a class="title"[^>]*>[^<]*<mark>', page)


# --- new pages -------------------------------------------------------------------------------------
def test_stories_page_lists_the_days_stories_biggest_first(web):
    html = web.get("/stories").text
    assert snn_corpus.DAY in html
    sizes = [int(n) for n in re.findall(r'<span class="n">(\d+) مقالة</span>', html)]
    assert sizes and sizes == sorted(sizes, reverse=True) and sizes[0] > 1
    assert web.get("/stories/999999999").status_code == 404


def test_quotes_page_filters_by_speaker_and_counts_copies_once(web, snn_db):
    con = Q.open_db(snn_db)
    res = Q.quote_groups(con, {}, limit=1000)
    assert res["total"] < res["total_quotes"], "some quotes are repeated by copies of one story"
    speaker = Q.facets(con, None, {})["speakers"][0][0]
    html = web.get("/quotes", params={"speaker": speaker}).text
    assert 'id="quotes"' in html and 'id="active-filters"' in html


def test_entities_directory_searches_and_filters_by_label_and_code(web, snn_db):
    html = web.get("/entities", params={"label": "LOC"}).text
    assert 'id="entities-table"' in html and "ent-PER" not in html.split('id="entities-table"')[1]
    con = Q.open_db(snn_db)
    coded = Q.list_entities(con, code="SAU")
    assert coded and all(any(c.startswith("SAU") for c in e["codes"]) for e in coded)
    assert web.get("/entities", params={"code": "SAU"}).status_code == 200
    assert web.get("/entities", params={"code": "S A U"}).status_code == 400


@pytest.mark.parametrize("params", [{"q": "اليمن"}, {"entity": "اليمن"}, {"type": "ASSAULT"}])
def test_atom_feeds_of_a_search_an_entity_and_an_event_type(web, params):
    r = web.get("/feed.atom", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert entries and all(e.find("a:link", ns).get("href").startswith("http") for e in entries)
    u = urlsplit(entries[0].find("a:link", ns).get("href"))
    assert web.get(u.path + ("?" + u.query if u.query else "")).status_code == 200


def test_feed_without_query_or_filter_is_a_400(web):
    assert web.get("/feed.atom").status_code == 400


@pytest.mark.parametrize("url,columns", [("/search.csv?q=اليمن", "search"), ("/quotes.csv", "quotes"),
                                         ("/entities.csv", "entities"), ("/events.csv?type=ASSAULT", "events")])
def test_csv_exports_of_search_quotes_entities_events(web, url, columns):
    from rasd.export.columns import names
    from rasd.web import export
    r = web.get(url)
    assert r.status_code == 200
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    want = {"search": list(export.SEARCH_COLUMNS), "quotes": names("quotes"), "entities": list(export.ENTITY_COLUMNS),
            "events": names("events")}[columns]
    assert rows[0] == want and len(rows) > 1
    j = web.get(url.replace(".csv", ".jsonl"))
    first = json.loads(j.text.splitlines()[0])
    assert list(first) == want


def test_web_events_csv_has_the_columns_and_rows_of_rasd_export(web, snn_db, tmp_path):
    """#19: one set of columns, from one module, for the web's CSV and `rasd export events`."""
    from rasd.export import export as rasd_export
    out = tmp_path / "events.csv"
    rasd_export(str(snn_db), "events", "csv", out)
    cli = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    webrows = list(csv.reader(io.StringIO(web.get("/events.csv").text.lstrip("\ufeff"))))
    assert webrows[0] == cli[0]
    assert len(webrows) == len(cli)
    assert sorted(r[0] for r in webrows[1:]) == sorted(r[0] for r in cli[1:])


def test_map_draws_countries_offline_and_links_to_their_events(web):
    html = web.get("/map").text
    drawn = html.split('id="map"')[1].split("</svg>")[0].replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert 'class="chart map"' in html and "<path" in html and "http" not in drawn and "//" not in drawn
    links = re.findall(r'<a class="place" href="([^"]+)"', html)
    assert links
    countries = re.findall(r'country=[A-Z]{3}" title="[^"]*">([^<]+)</a>', html)
    assert countries and all(ARABIC.search(c) for c in countries[:20]), "country names in Arabic"
    ev = web.get(H.unescape(links[0]))
    assert ev.status_code == 200 and 'id="events-table"' in ev.text and "لا أحداث" not in ev.text.split('id="events-table"')[1][:2000]


def test_network_nodes_are_entities_one_per_row_linking_to_their_pages(web):
    html = web.get("/events").text
    net = html[html.index('id="network"'):]
    net = net[:net.index("</svg>")]
    nodes = re.findall(r'<a class="node" href="([^"]+)">.*?<text x="[\d.]+" y="([\d.]+)"', net)
    assert nodes
    ys = sorted(float(y) for _, y in nodes)
    assert all(b - a >= 20 for a, b in zip(ys, ys[1:])), "one actor per row: labels cannot overlap"
    for href, _ in nodes:
        assert href.startswith("/entity?") and web.get(H.unescape(href)).status_code == 200


# --- #19: the web items of the hardening issue ---------------------------------------------------
def test_head_is_answered_like_get_without_a_body(web):
    r = web.head("/")
    assert r.status_code == 200 and r.content == b"" and r.headers["content-type"].startswith("text/html")
    assert web.head("/api/stats").status_code == 200


@pytest.fixture
def saving(tmp_path, snn_db):
    import shutil
    db = tmp_path / "copy.db"
    shutil.copy(snn_db, db)
    return db, TestClient(create_app(db, allow_save=True), raise_server_exceptions=False, base_url="http://127.0.0.1:8000")


def _count(db) -> int:
    return Q.stats(Q.open_db(db))["documents"]


def test_cross_site_form_posts_cannot_save(saving):
    db, c = saving
    n = _count(db)
    m = re.search(r'name="csrf" value="([0-9a-f]+)"', c.get("/analyze").text)
    tok = m.group(1) if m else ""
    form = {"text": "قال المتحدث إن الوفد غادر القاهرة.", "save": "1", "csrf": tok}
    assert c.post("/analyze", data=form, headers={"Origin": "http://evil.example"}).status_code == 403
    assert c.post("/analyze", data=form, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert c.post("/analyze", data={**form, "csrf": ""}).status_code == 403  # no token: not our form
    assert c.post("/api/analyze", json={"text": form["text"], "save": True},
                  headers={"Origin": "http://evil.example"}).status_code == 403
    assert _count(db) == n
    ok = c.post("/analyze", data=form, headers={"Origin": "http://127.0.0.1:8000", "Sec-Fetch-Site": "same-origin"})
    assert ok.status_code == 200 and 'id="saved"' in ok.text
    assert _count(db) == n + 1


def test_an_articles_own_id_wins_over_an_internal_number(tmp_path):
    from rasd.document import Document
    from rasd.store.db import Store
    from rasd.store.rows import prepare

    db = tmp_path / "ids.db"
    docs = [Document("قال الوزير إن الاجتماع انتهى في الرياض.", id="first", meta={"published": "2015-08-07"}),
            Document("أعلنت الوزارة أن الوفد وصل إلى جدة مساء أمس.", id="1", meta={"published": "2015-08-07"})]
    with Store(db) as s:
        ids = s.write_batch([("doc", prepare(d), {"origin": d.id}) for d in docs])
    assert ids[0] == 1 and ids[1] != 1
    c = TestClient(create_app(db), raise_server_exceptions=False)
    assert c.get("/api/documents/1").json()["id"] == "1"
    assert "وصل إلى جدة" in c.get("/doc/1").text
    assert c.get("/api/documents/~1").json()["id"] == "first"
    assert c.get(f"/api/documents/~{ids[1]}").json()["id"] == "1"
    assert c.get("/api/documents/~999").status_code == 404


def test_a_long_analysis_does_not_block_short_ones(snn_db):
    """A long paste runs in the child process; a short one meanwhile answers at once."""
    c = TestClient(create_app(snn_db), raise_server_exceptions=False)
    short = {"text": "قال الرئيس إن الاجتماع انتهى."}
    assert c.post("/api/analyze", json=short).status_code == 200  # the server's own pipeline is loaded
    para = "\n".join(a["content"] for a in snn_corpus.records()[:200])
    long_text = (para * 3)[:190_000]
    done = {}

    def post_long():
        done["long"] = c.post("/api/analyze", json={"text": long_text}).status_code
        done["long_at"] = time.monotonic()

    t = threading.Thread(target=post_long)
    t.start()
    time.sleep(0.5)
    r = c.post("/api/analyze", json=short)
    short_at = time.monotonic()
    assert r.status_code == 200
    assert "long_at" not in done or short_at <= done["long_at"], "the short text waited for the long one"
    t.join(timeout=180)
    assert done.get("long") == 200


def test_a_long_analysis_past_its_time_bound_is_stopped():
    from rasd.web.analysis import AnalysisTimeout, LongLane

    lane = LongLane(timeout=0.5)  # the child cannot even load its models in half a second
    try:
        with pytest.raises(AnalysisTimeout):
            lane.analyze("قال الرئيس إن الاجتماع انتهى. " * 2000)
    finally:
        lane.stop()
    assert lane._proc is None


# --- English names (issue 18) -----------------------------------------------------------------
def _doc_with(snn_db, name_en: str) -> str:
    con = Q.open_db(snn_db)
    return con.execute("SELECT d.id FROM documents d JOIN entities e ON e.doc_id=d.doc_id WHERE e.name_en=? "
                       "ORDER BY d.doc_id LIMIT 1", (name_en,)).fetchone()[0]


def test_the_reader_shows_english_names_beside_the_arabic_and_a_toggle_shows_them_everywhere(snn_db):
    from urllib.parse import quote

    client = TestClient(create_app(snn_db))  # its own cookies
    doc = "/doc/" + quote(_doc_with(snn_db, "Houthi rebels"), safe="")
    page = client.get(doc).text
    panel = page[page.index('id="panel-entities"'):page.index('id="panel-quotes"')]
    assert '<span class="en-name" lang="en" dir="ltr">Houthi rebels</span>' in panel  # always beside the Arabic
    assert 'class="badge badge-en en-name extra"' in page and " show-en" not in page  # in the text: when on
    r = client.get("/english", params={"show": 1, "next": doc}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == doc and "rasd_en=1" in r.headers["set-cookie"]
    on = client.get(doc).text
    assert re.search(r'<body class="[^"]*\bshow-en\b', on) and 'id="english-toggle"' in on
    assert "English names: on" in on and "<script>" not in on  # no inline script: the CSP stays strict
    for page_url in ("/events", "/quotes", "/entities", "/?q=Houthi"):
        assert " show-en" in client.get(page_url).text, page_url
    client.get("/english", params={"show": 0, "next": "/"})
    assert " show-en" not in client.get(doc).text
    away = client.get("/english", params={"show": 1, "next": "//evil.example/x"}, follow_redirects=False)
    assert away.headers["location"] == "/"  # only a path of this site


def test_english_queries_find_the_arabic_articles_on_every_surface(web, snn_db):
    home = web.get("/", params={"q": "Houthi"})
    assert home.status_code == 200 and "الحوثي" in home.text and "وُجد بصيغة" in home.text
    api = web.get("/api/search", params={"q": "Erdogan"}).json()
    assert api["total"] >= 1 and all(ARABIC.search(" ".join(h["forms"])) for h in api["hits"])
    by_filter = web.get("/api/search", params={"entity": "Houthi rebels"}).json()
    assert by_filter["total"] >= 1
    ent = web.get("/entity", params={"name": "Houthi rebels"})
    assert ent.status_code == 200 and "Houthi rebels" in ent.text and "الحوثي" in ent.text
    assert web.get("/api/entities/Houthi rebels").json()["name_en"] == "Houthi rebels"
    rows = web.get("/api/entities", params={"limit": 20}).json()
    assert all("name_en" in r for r in rows) and any(r["name_en"] for r in rows)
    head = next(csv.reader(io.StringIO(web.get("/events.csv").text.lstrip("\ufeff"))))
    assert "source_name_en" in head and "target_name_en" in head
    assert web.get("/entities.csv").text.lstrip("\ufeff").startswith("name,name_en,")


def test_the_analyze_form_reads_through_the_one_reader(web):
    page = web.get("/analyze")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    bad = web.post("/analyze", data={"text": "قال الوزير", "published": "2016-13-01", "csrf": token})
    assert bad.status_code == 400 and "2016-13-01" in bad.text
    empty = web.post("/analyze", data={"text": "   ", "csrf": token})
    assert empty.status_code == 400 and ARABIC.search(empty.text)
