"""Iterate SaudiNewsNet articles (zip files each holding one JSON array) for training and measuring.

SaudiNewsNet is non-commercial: Rasd ships no text from it, only derived statistics (see README).
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..shared import need, shared_path
from ..text.sentences import split_sentences
from ..text.tokens import TOKEN_RE

DEFAULT_DIR = shared_path("data", "saudinewsnet")


def iter_articles(folder: str | Path = DEFAULT_DIR, limit: int | None = None) -> Iterator[dict]:
    """Yield article records (source, url, date_extracted, title, author, content) in file order;
    an InputError when ``folder`` is missing or holds no .zip file (never an empty corpus)."""
    zips = sorted(need(folder, "SaudiNewsNet folder").glob("*.zip"))
    if not zips:
        raise InputError(f"no SaudiNewsNet .zip files in {folder}")
    n = 0
    for zpath in zips:
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    yield rec
                    n += 1
                    if limit is not None and n >= limit:
                        return


def article_sentences(rec: dict) -> list[list[str]]:
    """The token strings of each sentence of one article (its title, a line break, its content),
    as the NER trainers read the news."""
    text = (rec.get("title") or "") + "\n" + (rec.get("content") or "")
    return [[m.group() for m in TOKEN_RE.finditer(text, a, b)] for a, b in split_sentences(text)]
