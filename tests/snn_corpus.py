"""A small database ingested from real SaudiNewsNet articles, for the web tests.

Three outlets' articles of one day (2015-08-07: Al-Sharq Al-Awsat, Okaz, Al-Yaum; 383 articles,
a few wire stories printed by several of them), ingested with ``rasd.ingest.run.ingest`` and the
configured pipeline, as ``rasd ingest`` would. The fresh-reading days
(``rasd.train.FRESH_READING_DAYS``) are kept for unbiased readings and are never used here. The corpus is not in the repository
(SaudiNewsNet is non-commercial): it is read from the shared data folder
(``rasd.train.saudinewsnet.DEFAULT_DIR``), and tests that need it skip, saying why, without it.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

DAY = "2015-08-07"
OUTLETS = ("aawsat", "okaz", "alyaum")
_BUILT: dict[str, Path] = {}


def news_dir() -> Path:
    from rasd.train.saudinewsnet import DEFAULT_DIR
    return Path(DEFAULT_DIR)


def records(day: str = DAY, outlets=OUTLETS) -> list[dict]:
    from rasd.train import FRESH_READING_DAYS
    assert day not in FRESH_READING_DAYS
    path = news_dir() / f"{day}.zip"
    if not path.is_file():
        pytest.skip(f"the SaudiNewsNet day {path.name} is not in the shared data folder ({news_dir()})")
    with zipfile.ZipFile(path) as z:
        arts = json.loads(z.read(z.namelist()[0]).decode("utf-8"))
    return [a for a in arts if a.get("source") in outlets and (a.get("content") or "").strip()]


def build(tmp_path_factory) -> Path:
    """The database (built once per test session)."""
    if "db" in _BUILT and _BUILT["db"].exists():
        return _BUILT["db"]
    from rasd.ingest.run import ingest

    recs = records()
    folder = tmp_path_factory.mktemp("snn")
    src = folder / f"{DAY}.json"
    src.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    db = folder / "snn.db"
    ingest([str(src)], str(db), workers=2, progress=False)
    _BUILT["db"] = db
    return db
