"""Screenshots of every page of the web reader, desktop (1366 px) and phone (390 px), for docs/web.md.

    python bench/screenshots.py                      # ingests the test day of SaudiNewsNet first
    python bench/screenshots.py --db news.db --out docs/screenshots

Serves the database with the app on 127.0.0.1 (a free port), opens each page in headless
Chromium (Debian's chromium + chromium-driver via Selenium, nothing downloaded), and saves
``NAME-desktop.png`` and ``NAME-phone.png`` (the top of each page, as a reader first sees it:
the full length of a long page would make the docs heavy). Without --db it builds the test
corpus of tests/snn_corpus.py (three outlets of SaudiNewsNet 2015-08-07) in a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    ("home", "/"),
    ("search", "/?q=اليمن"),
    ("reader", None),  # the first hit of the search, opened from it (search words lit)
    ("events", "/events"),
    ("map", "/map"),
    ("stories", "/stories"),
    ("quotes", "/quotes"),
    ("entities", "/entities"),
    ("entity", "/entity?name=اليمن"),
    ("analyze", "/analyze"),
    ("api-docs", "/docs"),
]
SIZES = {"desktop": (1366, 1000), "phone": (390, 844)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    import snn_corpus

    class Factory:
        def mktemp(self, name):
            p = folder / name
            p.mkdir()
            return p
    return snn_corpus.build(Factory())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="database to show (default: ingest the test day of SaudiNewsNet)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    import uvicorn
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    from rasd.web.app import create_app

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else build_db(Path(tmp))
        port = free_port()
        srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                            lifespan="off"))
        threading.Thread(target=srv.run, daemon=True).start()
        while not srv.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        os.environ.setdefault("SE_OFFLINE", "true")
        opts = Options()
        opts.binary_location = "/usr/bin/chromium"
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                     "--disable-background-networking", "--disable-component-update", "--lang=ar",
                     f"--user-data-dir={Path(tmp) / 'profile'}"):
            opts.add_argument(flag)
        drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
        try:
            drv.get(base + "/?q=اليمن")
            reader = drv.find_element(By.CSS_SELECTOR, "#hits .hit a.title").get_attribute("href")
            for kind, (w, h) in SIZES.items():
                drv.set_window_size(w, h)
                for name, path in PAGES:
                    drv.get(reader if path is None else base + path)
                    time.sleep(0.2)
                    drv.save_screenshot(str(out / f"{name}-{kind}.png"))
                    print(f"{name}-{kind}.png")
        finally:
            drv.quit()
            srv.should_exit = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
