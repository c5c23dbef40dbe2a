"""The web reader driven in a real headless Chromium (Debian's chromium + chromium-driver, via
Selenium; nothing is downloaded), as an analyst uses it.

Two servers run in threads on 127.0.0.1 with free ports: one over the dev articles with their
gold layers and a hostile article (tests/test_api.py's ``build_corpus``), one over articles
ingested from a real SaudiNewsNet day (tests/snn_corpus.py; skipped, saying why, without the
shared data). Every page is checked right to left, without console errors, and at 390 px
without horizontal overflow. Screenshots for the docs are taken by bench/screenshots.py.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    pytest.skip("headless browser tests need Debian's chromium and chromium-driver "
                "(apt-get install -y chromium chromium-driver)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="browser tests need selenium (pip install selenium)")
uvicorn = pytest.importorskip("uvicorn")

from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

import snn_corpus  # noqa: E402
from rasd.ontology import PLOVER_TYPES  # noqa: E402
from rasd.web.app import create_app  # noqa: E402
from test_api import HOSTILE_TEXT, build_corpus  # noqa: E402

# Generous for a loaded 2-core CI machine; a page here renders in well under a second.
WAIT_S = 20
PHONE = 390
ARABIC = re.compile(r"[\u0621-\u064A]")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db):
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                        lifespan="off"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + WAIT_S
    while not srv.started:
        if time.monotonic() > deadline or not t.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    return srv, t, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv, t, url = serve(build_corpus(tmp_path_factory.mktemp("browser") / "dev.db"))
    yield url
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def snn(tmp_path_factory):
    srv, t, url = serve(snn_corpus.build(tmp_path_factory))
    yield url
    srv.should_exit = True
    t.join(timeout=10)


def make_browser(profile) -> "webdriver.Chrome":
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download a driver
    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1366,1000", "--lang=ar", "--hide-scrollbars",
                 f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(WAIT_S)
    return drv


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    drv = make_browser(tmp_path_factory.mktemp("chromium-profile"))
    yield drv
    drv.quit()


def wait(drv, css: str):
    return WebDriverWait(drv, WAIT_S).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def follow(drv, el, submit: bool = False) -> None:
    """Click a link or button (or submit a form field) that opens another page, and wait until that
    page is whole: an element near its top can be present while the rest is still being parsed."""
    before = drv.current_url
    el.submit() if submit else el.click()
    WebDriverWait(drv, WAIT_S).until(lambda d: d.current_url != before
                                     and d.execute_script("return document.readyState") == "complete")


def console_errors(drv, refused_ok: bool = False) -> list[str]:
    """Errors in the console since the last call; ``refused_ok``: a page answered 4xx on purpose
    (a bad date) logs the status, which is no error of the page."""
    return [e["message"] for e in drv.get_log("browser") if e.get("level") == "SEVERE"
            and not (refused_ok and re.search(r"status of 4\d\d", e["message"]))]


def visit(drv, url: str, css: str = "main", refused_ok: bool = False):
    """Open a page, wait for ``css``, and check it: right to left, no console error."""
    console_errors(drv, True)  # what earlier steps logged
    drv.get(url)
    el = wait(drv, css)
    assert_rtl(drv)
    assert not console_errors(drv, refused_ok), url
    return el


def assert_rtl(drv) -> None:
    assert drv.execute_script("return document.dir") == "rtl"
    assert drv.execute_script("return document.documentElement.lang") == "ar"
    assert drv.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    # Laid out right to left: the brand (first in the header) sits at the right edge.
    brand = drv.find_element(By.CSS_SELECTOR, "header.top .brand")
    width = drv.execute_script("return document.documentElement.clientWidth")
    assert brand.location["x"] + brand.size["width"] > width * 0.8


def overflow(drv) -> int:
    """Pixels the page is wider than the window (0: no horizontal scrolling)."""
    return drv.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")


# --- over the dev articles (gold layers) and the hostile article ------------------------------------
def test_search_page_finds_and_highlights_and_filters_by_facet(server, browser):
    visit(browser, server + "/", "#facets")
    box = browser.find_element(By.ID, "q")
    box.send_keys("أوكرانيا")
    follow(browser, box, submit=True)  # the facets follow the hits in the page; wait for all of it
    wait(browser, "#hits .hit")
    assert_rtl(browser)
    marks = browser.find_elements(By.CSS_SELECTOR, "#hits .snippet mark")
    assert marks and all(m.text for m in marks)
    assert "/doc/istanbul-talks" in browser.page_source
    facet = browser.find_element(By.CSS_SELECTOR, "#facet-type a")
    n = int(facet.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".n").text)
    follow(browser, facet)
    wait(browser, "#active-filters")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#hits .hit")) == n  # the count is what the click shows


def test_search_syntax_error_is_shown_in_arabic_on_the_page(server, browser):
    box = visit(browser, server + "/", "#q")
    box.send_keys('"غير مغلق')
    box.submit()
    err = wait(browser, "#error-message")
    assert "علامة تنصيص" in err.text and "quotation" in err.get_attribute("title")


def test_open_article_highlight_entity_then_open_its_page(server, browser):
    visit(browser, server + "/?q=بوتين", "#hits .hit a.title")
    browser.find_element(By.CSS_SELECTOR, "#hits .hit a.title").click()
    text = wait(browser, "#doc-text")
    assert_rtl(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .ent-PER")
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .quote")
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .trig")
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .qhit"), "the search word is lit in the article"
    bp = browser.find_elements(By.CSS_SELECTOR, "#doc-text .bp")
    if bp:  # boilerplate is collapsed until asked for
        assert not bp[0].is_displayed()
        browser.find_element(By.CSS_SELECTOR, "label[for=show-bp]").click()
        assert bp[0].is_displayed()
    item = browser.find_element(By.CSS_SELECTOR, "#panel-entities .item")
    ref = item.get_attribute("data-ref")
    item.click()
    lit = browser.find_elements(By.CSS_SELECTOR, "#doc-text .hl")
    assert lit and all(ref in el.get_attribute("data-refs").split() for el in lit)
    assert text.is_displayed()
    item.click()  # unpin
    quote = browser.find_element(By.CSS_SELECTOR, "#panel-quotes .item")
    ActionChains(browser).move_to_element(quote).perform()
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-text .quote.hl"))
    browser.find_element(By.CSS_SELECTOR, "#doc-text .trig").click()
    assert browser.find_elements(By.CSS_SELECTOR, "#panel-events .item.hl")
    name = item.find_element(By.CSS_SELECTOR, ".ent").text
    item.find_element(By.CSS_SELECTOR, "a.go").click()
    head = wait(browser, "#entity-name")
    assert_rtl(browser)
    assert name in head.text
    assert browser.find_elements(By.CSS_SELECTOR, "#variants li")
    assert browser.find_elements(By.CSS_SELECTOR, "#entity-timeline svg")
    assert not console_errors(browser)


def test_events_explorer_filters_by_type(server, browser):
    visit(browser, server + "/events", "#events-table")
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline svg rect.bar")
    assert browser.find_elements(By.CSS_SELECTOR, "#network svg path.edge")
    Select(browser.find_element(By.ID, "filter-type")).select_by_value("CONSULT")
    follow(browser, browser.find_element(By.ID, "filter-submit"))
    wait(browser, "#active-filters")
    chips = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody .evtype")
    assert chips and {c.get_attribute("data-type") for c in chips} == {"CONSULT"}
    assert {c.text for c in chips} == {"تشاور"} and chips[0].get_attribute("title").startswith("CONSULT")
    assert "type=CONSULT" in browser.find_element(By.ID, "csv-link").get_attribute("href")


def test_hostile_article_runs_no_script(server, browser):
    visit(browser, server + "/doc/hostile", "#doc-text")
    for el in browser.find_elements(By.CSS_SELECTOR, "#panel .item"):
        el.click()
    time.sleep(0.3)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert "<script>" in browser.find_element(By.ID, "doc-text").text
    assert not browser.find_elements(By.CSS_SELECTOR, "#doc-text img, #doc-text script, #doc-text a")


def test_analyse_a_pasted_text_with_a_latin_paragraph_laid_out_ltr(server, browser):
    area = visit(browser, server + "/analyze", "#analyze-text")
    browser.execute_script("arguments[0].value = arguments[1]", area,
                           HOSTILE_TEXT + "Reuters reported the talks.\nقال الرئيس إن المحادثات ستستأنف.")
    browser.find_element(By.ID, "analyze-submit").click()
    wait(browser, "#doc-text")
    assert "المحادثات" in browser.find_element(By.ID, "doc-text").text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    dirs = browser.execute_script(
        "return [...document.querySelectorAll('#doc-text .para')].map(p => [p.textContent.trim().slice(0, 7), getComputedStyle(p).direction])")
    assert ["Reuters", "ltr"] in [[t, d] for t, d in dirs]
    assert any(d == "rtl" and ARABIC.search(t) for t, d in dirs)


def test_english_text_on_analyze_gets_a_warning(server, browser):
    area = visit(browser, server + "/analyze", "#analyze-text")
    area.send_keys("The minister said the talks would resume in Geneva next week.")
    browser.find_element(By.ID, "analyze-submit").click()
    assert ARABIC.search(wait(browser, "#language-warning").text)


def test_api_docs_page_lists_endpoints(server, browser):
    visit(browser, server + "/docs", "#endpoints .endpoint")
    assert "/api/search" in browser.find_element(By.ID, "endpoints").text


# --- over articles ingested from a real SaudiNewsNet day --------------------------------------------
def pages(snn_url) -> list[str]:
    return [snn_url + p for p in ("/", "/?q=اليمن", "/events", "/events?type=ASSAULT", "/map", "/stories",
                                  "/quotes", "/entities", "/entity?name=اليمن", "/analyze", "/docs")]


def test_every_page_fits_a_390px_phone_without_console_errors(snn, tmp_path_factory):
    drv = make_browser(tmp_path_factory.mktemp("phone-profile"))
    try:
        drv.set_window_size(PHONE, 844)
        first_doc = None
        for url in pages(snn):
            visit(drv, url)
            assert overflow(drv) <= 0, f"{url} is {overflow(drv)} px wider than a {PHONE} px phone"
            if url.endswith("/?q=اليمن"):
                first_doc = drv.find_element(By.CSS_SELECTOR, "#hits .hit a.title").get_attribute("href")
                res = drv.find_element(By.ID, "results").location["y"]
                fac = drv.find_element(By.ID, "facets").location["y"]
                assert res < fac, "results come before the facets on a phone"
        visit(drv, first_doc, "#doc-text")
        assert overflow(drv) <= 0
    finally:
        drv.quit()


def test_clicking_an_event_lights_exactly_its_words(snn, browser):
    visit(browser, snn + "/events", "#events-table")
    link = browser.find_element(By.CSS_SELECTOR, "#events-table a.to-sentence").get_attribute("href")
    doc = link.split("#")[0]
    visit(browser, doc, "#panel-events .item")
    for item in browser.find_elements(By.CSS_SELECTOR, "#panel-events .item")[:5]:
        ref = item.get_attribute("data-ref")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", item)
        item.click()
        lit = browser.find_elements(By.CSS_SELECTOR, "#doc-text .hl")
        assert lit and all(ref in el.get_attribute("data-refs").split() for el in lit)
        assert any("trig" in el.get_attribute("class") for el in lit)
        # Its words lie in one sentence, not across the article.
        sents = browser.execute_script(
            "return [...document.querySelectorAll('#doc-text .hl')].map(e => e.closest('.sent') && "
            "(e.closest('.sent').id || e.closest('.sent').dataset.s))")
        assert len({s.lstrip("s") for s in sents if s}) == 1
        item.click()  # unpin


def test_fact_links_open_the_article_at_the_sentence(snn, browser):
    visit(browser, snn + "/events", "#events-table")
    a = browser.find_element(By.CSS_SELECTOR, "#events-table a.to-sentence")
    href = a.get_attribute("href")
    a.click()
    wait(browser, "#doc-text")
    target = href.split("#")[1]
    el = browser.find_element(By.ID, target)
    assert browser.execute_script("return document.querySelector(':target') === arguments[0]", el)
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", el)
    assert -2 <= top < browser.execute_script("return window.innerHeight")
    bg = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", el)
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent"), "the linked sentence is lit"


def test_clicking_words_scrolls_the_side_panel_to_their_item(snn, browser):
    visit(browser, snn + "/stories", "#stories")
    # The longest articles have the longest panels: take the one with the most events.
    con_url = snn + "/events?page=1"
    visit(browser, con_url, "#events-table")
    docs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#events-table td.headline a")]
    best = None
    for d in dict.fromkeys(docs):
        visit(browser, d, "#panel")
        h = browser.execute_script("var p = document.getElementById('panel'); return p.scrollHeight - p.clientHeight")
        trig = browser.find_elements(By.CSS_SELECTOR, "#doc-text .trig")
        if h > 200 and trig:
            best = d
            break
    assert best, "an article whose side panel scrolls"
    trig = browser.find_elements(By.CSS_SELECTOR, "#doc-text .trig")[-1]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", trig)
    trig.click()
    item = browser.find_element(By.CSS_SELECTOR, "#panel-events .item.hl")
    inside = browser.execute_script(
        "var p = document.getElementById('panel').getBoundingClientRect(), i = arguments[0].getBoundingClientRect();"
        "return i.top >= p.top - 1 && i.bottom <= p.bottom + 1", item)
    assert inside, "the clicked event's item is scrolled into the side panel's view"


def test_every_event_shows_its_context_place_and_counts(snn, browser):
    visit(browser, snn + "/events", "#events-table")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr, #historical-table tbody tr")
    assert browser.find_elements(By.CSS_SELECTOR, "#events-table .ctx, #historical-table .ctx")
    assert browser.find_elements(By.CSS_SELECTOR, "#events-table .place")
    assert browser.find_elements(By.CSS_SELECTOR, ".ctx-historical")
    chip = browser.find_element(By.CSS_SELECTOR, "#events-table .ctx")
    assert ARABIC.search(chip.text) and chip.get_attribute("title")
    heads = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#events-table td.headline a")]
    assert heads and all(ARABIC.search(h) for h in heads), "headlines, not raw ids"
    assert len(rows) > 10
    visit(browser, snn + "/events?type=ASSAULT", "#events-table")
    assert browser.find_elements(By.CSS_SELECTOR, "#events-table .count-chip"), "casualty counts shown"


def test_timeline_axis_and_historical_events_apart(snn, browser):
    visit(browser, snn + "/events", "#timeline svg")
    svg = browser.find_element(By.CSS_SELECTOR, "#timeline svg")
    assert svg.get_attribute("data-unit") == "day"
    title = browser.find_element(By.ID, "timeline-title").text
    assert "تاريخ الحدث" in title
    labels = browser.execute_script(
        "return [...document.querySelectorAll('#timeline svg text.tick')].map(t => { const b = t.getBBox(); return [b.x, b.x + b.width]; })")
    labels.sort()
    assert all(b[0] >= a[1] for a, b in zip(labels, labels[1:])), "date labels do not collide"
    assert browser.find_element(By.ID, "historical").is_displayed()
    Select(browser.find_element(By.ID, "filter-dates")).select_by_value("published")
    follow(browser, browser.find_element(By.ID, "filter-submit"))
    wait(browser, "#timeline svg")
    assert "تاريخ النشر" in browser.find_element(By.ID, "timeline-title").text


def test_network_nodes_are_clickable_actors_with_labels_that_do_not_overlap(snn, browser):
    visit(browser, snn + "/events", "#network svg")
    boxes = browser.execute_script(
        "return [...document.querySelectorAll('#network svg a.node text')].map(t => { const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })")
    assert len(boxes) >= 2
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], "labels overlap"
    width = browser.execute_script("return document.querySelector('#network svg').getBoundingClientRect().width")
    box = browser.execute_script("return document.getElementById('network').clientWidth")
    assert width <= box
    node = browser.find_element(By.CSS_SELECTOR, "#network svg a.node")
    name = node.find_element(By.TAG_NAME, "title").get_attribute("textContent").split(":")[0]
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
    assert name in wait(browser, "#entity-name").text


def test_facet_counts_say_what_they_count_and_match_the_click(snn, browser):
    visit(browser, snn + "/?q=اليمن", "#facets")
    assert "القصص" in browser.find_element(By.ID, "facet-unit").text
    for facet in ("facet-entity", "facet-speaker", "facet-type"):
        visit(browser, snn + "/?q=اليمن", "#" + facet)
        li = browser.find_element(By.CSS_SELECTOR, f"#{facet} li")
        n = int(li.find_element(By.CSS_SELECTOR, ".n").text)
        follow(browser, li.find_element(By.TAG_NAME, "a"))
        count = wait(browser, "#result-count").text
        assert int(re.match(r"(\d+)", count).group(1)) == n, (facet, n, count)


def test_search_groups_copies_sorts_by_date_and_marks_headlines(snn, browser):
    visit(browser, snn + "/", "#hits")
    stories = [h.get_attribute("data-story") for h in browser.find_elements(By.CSS_SELECTOR, "#hits .hit")]
    assert len(stories) == len(set(stories))
    copies = browser.find_elements(By.CSS_SELECTOR, "#hits a.copies")
    assert copies and re.search(r"و\d+", copies[0].text)
    follow(browser, copies[0])
    assert int(re.search(r"(\d+)", wait(browser, "#story-size").text).group(1)) >= 2
    visit(browser, snn + "/?q=السعودية", "#hits")
    assert browser.find_elements(By.CSS_SELECTOR, "#hits a.title mark")
    follow(browser, browser.find_element(By.ID, "sort-date"))
    wait(browser, "#hits")
    dates = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#hits .meta bdi")]
    assert dates == sorted(dates, reverse=True)
    names = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#hits .meta span[title]")]
    assert "الشرق الأوسط" in names or "عكاظ" in names or "اليوم" in names, "outlets by their names"
    for sel in ("#export-csv", "#export-jsonl", "#feed-link"):
        assert browser.find_element(By.CSS_SELECTOR, sel).get_attribute("href")


def test_bad_input_is_refused_clearly_in_arabic(snn, browser):
    visit(browser, snn + "/?since=2015-13", "#error-message", refused_ok=True)
    msg = browser.find_element(By.ID, "error-message").text
    assert ARABIC.search(msg) and "--since" not in msg and "2015-13" in msg
    visit(browser, snn + "/?page=999", "#page-notice")
    assert "999" in browser.find_element(By.ID, "page-notice").text
    assert browser.find_elements(By.CSS_SELECTOR, "#hits .hit")


def test_type_chips_have_aa_contrast_and_badges_do_not_repeat_or_wrap(snn, browser):
    visit(browser, snn + "/events", "#events-table")
    ratios = browser.execute_script("""
        function lum(c) { const v = c.match(/[\\d.]+/g).slice(0, 3).map(x => x / 255)
            .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
            return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
        return arguments[0].map(t => { const s = document.createElement('span'); s.className = 'evtype';
            s.dataset.type = t; s.textContent = t; document.body.appendChild(s); const cs = getComputedStyle(s);
            const a = lum(cs.color), b = lum(cs.backgroundColor); s.remove();
            return [t, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]; });""", list(PLOVER_TYPES))
    low = [(t, round(r, 2)) for t, r in ratios if r < 4.5]
    assert not low, f"chips below AA contrast: {low}"
    # Badges in the articles: one per word, each type once, never broken over two lines.
    docs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#events-table td.headline a")][:8]
    for d in dict.fromkeys(docs):
        visit(browser, d, "#doc-text")
        for b in browser.find_elements(By.CSS_SELECTOR, "#doc-text .badge-ev"):
            parts = b.text.split("·")
            assert len(parts) == len(set(parts)), b.text
        for b in browser.find_elements(By.CSS_SELECTOR, "#doc-text .badge-quote, #doc-text .badge-ev"):
            assert browser.execute_script("return arguments[0].getClientRects().length", b) == 1


def test_stories_page(snn, browser):
    visit(browser, snn + "/stories", "#stories")
    assert snn_corpus.DAY in browser.find_element(By.TAG_NAME, "h1").text
    item = browser.find_element(By.CSS_SELECTOR, "#stories .story-item")
    assert re.search(r"\d+ مقالة", item.text)
    item.find_element(By.CSS_SELECTOR, "a.title").click()
    wait(browser, "#doc-text")


def test_quotes_page_filters_by_speaker(snn, browser):
    visit(browser, snn + "/quotes", "#quotes")
    who = browser.find_element(By.CSS_SELECTOR, "#quotes .who b").text
    box = browser.find_element(By.ID, "quotes-speaker")
    box.send_keys(who)
    follow(browser, browser.find_element(By.ID, "quotes-submit"))
    wait(browser, "#active-filters")
    assert all(who in w.text or w.text for w in browser.find_elements(By.CSS_SELECTOR, "#quotes .who b"))
    assert browser.find_element(By.ID, "export-csv").get_attribute("href").startswith(snn + "/quotes.csv")


def test_entities_directory_filters_by_label(snn, browser):
    visit(browser, snn + "/entities", "#entities-table")
    Select(browser.find_element(By.ID, "entities-label")).select_by_value("PER")
    browser.find_element(By.ID, "entities-submit").click()
    WebDriverWait(browser, WAIT_S).until(lambda d: "label=PER" in d.current_url)
    wait(browser, "#entities-table")
    labels = {td.text for td in browser.find_elements(By.CSS_SELECTOR, "#entities-table tbody td:nth-child(2)")}
    assert labels == {"شخص"}
    browser.find_element(By.CSS_SELECTOR, "#entities-table tbody a").click()
    wait(browser, "#entity-name")


def test_map_draws_offline_and_a_click_opens_the_events_of_a_place(snn, browser):
    visit(browser, snn + "/map", "#map svg")
    assert browser.find_elements(By.CSS_SELECTOR, "#map svg path.land")
    place = browser.find_element(By.CSS_SELECTOR, "#map svg a.place")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", place)
    wait(browser, "#events-table")
    assert "country=" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, "#events-table tbody .evtype")
    names = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert all(n.startswith(snn) for n in names), "no asset from outside this server"


def test_english_names_toggle_shows_them_across_the_page_without_script(snn, tmp_path_factory):
    drv = make_browser(tmp_path_factory.mktemp("english-profile"))  # its own cookies

    def toggle(on: bool) -> None:  # the link comes back to the same page, with the class set or not
        drv.find_element(By.ID, "english-toggle").click()
        WebDriverWait(drv, WAIT_S).until(lambda d: d.execute_script(
            "return document.readyState === 'complete' && document.body.classList.contains('show-en')") == on)

    try:
        visit(drv, snn + "/?q=Houthi", "#hits")
        assert drv.find_elements(By.CSS_SELECTOR, "#hits .forms mark")  # the Arabic forms that matched
        follow(drv, drv.find_element(By.CSS_SELECTOR, "#hits .hit a.title"))
        wait(drv, "#doc-text")
        panel_en = drv.find_elements(By.CSS_SELECTOR, "#panel-entities .en-name")
        assert panel_en and all(e.is_displayed() for e in panel_en)  # beside the Arabic names, always
        extra = drv.find_elements(By.CSS_SELECTOR, "#doc-text .badge-en")
        assert extra and not any(e.is_displayed() for e in extra)  # in the text: only when switched on
        toggle(True)
        assert all(e.is_displayed() for e in drv.find_elements(By.CSS_SELECTOR, "#doc-text .badge-en"))
        assert not console_errors(drv)
        visit(drv, snn + "/events")
        assert any(e.is_displayed() for e in drv.find_elements(By.CSS_SELECTOR, "#events-table .en-name"))
        toggle(False)
        assert not any(e.is_displayed() for e in drv.find_elements(By.CSS_SELECTOR, "#events-table .en-name"))
    finally:
        drv.quit()
