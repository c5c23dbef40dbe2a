"""The web reader driven in a real headless Chromium (Debian's chromium + chromium-driver, via
Selenium; nothing is downloaded): search, open an article, click an entity, see its page,
filter events, paste a text; right-to-left layout checked; a screenshot of each page saved under
tests/artifacts/ (gitignored).

The server runs in a thread on 127.0.0.1 with a free port, over the dev-article database built
by tests/test_api.py's ``build_corpus`` with the store's writer.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    pytest.skip("headless browser tests need Debian's chromium and chromium-driver "
                "(apt-get install -y chromium chromium-driver)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="browser tests need selenium (pip install selenium)")
uvicorn = pytest.importorskip("uvicorn")

from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from rasd.web.app import create_app  # noqa: E402
from test_api import HOSTILE_TEXT, build_corpus  # noqa: E402

ARTIFACTS = Path(__file__).parent / "artifacts"
# Generous for a loaded 2-core CI machine; a page here renders in well under a second.
WAIT_S = 20


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_corpus(tmp_path_factory.mktemp("browser") / "dev.db")
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + WAIT_S
    while not srv.started:
        if time.monotonic() > deadline or not t.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download a driver
    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1366,1000", "--lang=ar",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(flag)
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(WAIT_S)
    ARTIFACTS.mkdir(exist_ok=True)
    yield drv
    drv.quit()


def wait(drv, css: str):
    return WebDriverWait(drv, WAIT_S).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def shot(drv, name: str) -> None:
    # Full page: make the window as tall as the document before the capture.
    h = drv.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
    drv.set_window_size(1366, max(1000, h))
    drv.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    drv.set_window_size(1366, 1000)


def assert_rtl(drv) -> None:
    assert drv.execute_script("return document.dir") == "rtl"
    assert drv.execute_script("return document.documentElement.lang") == "ar"
    assert drv.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    # Laid out right to left: the brand (first in the header) sits at the right edge.
    brand = drv.find_element(By.CSS_SELECTOR, "header.top .brand")
    width = drv.execute_script("return document.documentElement.clientWidth")
    assert brand.location["x"] + brand.size["width"] > width * 0.8


def test_search_page_finds_and_highlights_and_filters_by_facet(server, browser):
    browser.get(server + "/")
    assert_rtl(browser)
    wait(browser, "#facets")
    shot(browser, "01-home")
    box = browser.find_element(By.ID, "q")
    box.send_keys("أوكرانيا")
    box.submit()
    wait(browser, "#hits .hit")
    assert_rtl(browser)
    marks = browser.find_elements(By.CSS_SELECTOR, "#hits .snippet mark")
    assert marks and all(m.text for m in marks)
    assert "istanbul-talks" in browser.page_source or browser.find_elements(By.PARTIAL_LINK_TEXT, "istanbul")
    shot(browser, "02-search")
    n_before = len(browser.find_elements(By.CSS_SELECTOR, "#hits .hit"))
    browser.find_element(By.CSS_SELECTOR, "#facet-type a").click()
    wait(browser, "#active-filters")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#hits .hit")) <= n_before
    shot(browser, "03-search-facet")


def test_search_syntax_error_is_shown_on_the_page(server, browser):
    browser.get(server + "/")
    box = wait(browser, "#q")
    box.send_keys('"غير مغلق')
    box.submit()
    assert "quotation" in wait(browser, "#error-message").text


def test_open_article_highlight_entity_then_open_its_page(server, browser):
    browser.get(server + "/?q=بوتين")
    wait(browser, "#hits .hit a.title").click()
    text = wait(browser, "#doc-text")
    assert_rtl(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .ent-PER")
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .quote")
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .trig")
    # Boilerplate is collapsed until asked for.
    bp = browser.find_elements(By.CSS_SELECTOR, "#doc-text .bp")
    if bp:
        assert not bp[0].is_displayed()
        browser.find_element(By.CSS_SELECTOR, "label[for=show-bp]").click()
        assert bp[0].is_displayed()
    item = browser.find_element(By.CSS_SELECTOR, "#panel-entities .item")
    ref = item.get_attribute("data-ref")
    item.click()
    lit = browser.find_elements(By.CSS_SELECTOR, "#doc-text .hl")
    assert lit and all(ref in el.get_attribute("data-refs").split() for el in lit)
    assert text.is_displayed()
    # An event lights its trigger (and its actors); hovering a quote lights the quote.
    item.click()  # unpin the entity
    ev = browser.find_element(By.CSS_SELECTOR, "#panel-events .item")
    ev.click()
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text .trig.hl")
    ev.click()
    quote = browser.find_element(By.CSS_SELECTOR, "#panel-quotes .item")
    ActionChains(browser).move_to_element(quote).perform()
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-text .quote.hl"))
    # Clicking marked words lights their item in the panel.
    browser.find_element(By.CSS_SELECTOR, "#doc-text .trig").click()
    assert browser.find_elements(By.CSS_SELECTOR, "#panel-events .item.hl")
    item.click()
    shot(browser, "04-reader")
    name = item.find_element(By.CSS_SELECTOR, ".ent").text
    item.find_element(By.CSS_SELECTOR, "a.go").click()
    head = wait(browser, "#entity-name")
    assert_rtl(browser)
    assert name in head.text
    assert browser.find_elements(By.CSS_SELECTOR, "#variants li")
    assert browser.find_elements(By.CSS_SELECTOR, "#entity-timeline svg")
    shot(browser, "05-entity")


def test_events_explorer_filters_by_type(server, browser):
    browser.get(server + "/events")
    wait(browser, "#events-table")
    assert_rtl(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline svg rect.bar")
    assert browser.find_elements(By.CSS_SELECTOR, "#network svg path.edge")
    shot(browser, "06-events")
    Select(browser.find_element(By.ID, "filter-type")).select_by_value("CONSULT")
    browser.find_element(By.ID, "filter-submit").click()
    wait(browser, "#active-filters")
    types = [el.text for el in browser.find_elements(By.CSS_SELECTOR, "#events-table tbody .evtype")]
    assert types and set(types) == {"CONSULT"}
    assert "type=CONSULT" in browser.find_element(By.ID, "csv-link").get_attribute("href")
    shot(browser, "07-events-consult")


def test_hostile_article_runs_no_script(server, browser):
    browser.get(server + "/doc/hostile")
    wait(browser, "#doc-text")
    for el in browser.find_elements(By.CSS_SELECTOR, "#panel .item"):
        el.click()
    time.sleep(0.3)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert "<script>" in browser.find_element(By.ID, "doc-text").text
    assert not browser.find_elements(By.CSS_SELECTOR, "#doc-text img, #doc-text script, #doc-text a")
    shot(browser, "08-hostile")


def test_analyse_a_pasted_text(server, browser):
    browser.get(server + "/analyze")
    area = wait(browser, "#analyze-text")
    assert_rtl(browser)
    browser.execute_script("arguments[0].value = arguments[1]", area, HOSTILE_TEXT + "\nقال الرئيس إن المحادثات ستستأنف.")
    browser.find_element(By.ID, "analyze-submit").click()
    wait(browser, "#doc-text")
    assert "المحادثات" in browser.find_element(By.ID, "doc-text").text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    shot(browser, "09-analyze")


def test_api_docs_page_lists_endpoints(server, browser):
    browser.get(server + "/docs")
    wait(browser, "#endpoints .endpoint")
    assert "/api/search" in browser.find_element(By.ID, "endpoints").text
    shot(browser, "10-api-docs")
