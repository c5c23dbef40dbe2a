"""The search form of a text: normalised, clitic-stripped word stems, one per word.

Both the full-text index and every user query go through :func:`index_terms`, so they agree:
a query with hamza (أوكرانيا) and the text without it (اوكرانيا), a word with attached clitics
(وأوكرانيا, بالعاصمة) and the bare word, diacritics and tatweel, alef maqsura and ta marbuta all
meet on one key. Arabic words lose their conjunction, preposition, article and pronoun suffix
(``rasd.text.tokens.split_clitics``), then get ``rasd.text.normalize.normalize``; numbers become
ASCII digits (3.5 is two words, 3 and 5); Latin words are lower-cased; punctuation is not indexed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..text.normalize import normalize
from ..text.tokens import split_clitics
from ..config import WORD_CACHE_SIZE


def _ar_key(word: str) -> str:
    for a, b, role in split_clitics(word):
        if role == "stem":
            stem = normalize(word[a:b])
            if stem:
                return stem
    return normalize(word)


# A word: letters and digits of any script plus the Arabic marks that sit inside words
# (harakat, Quranic marks, superscript alef, tatweel), so a diacritic never splits a word.
WORD_RE = re.compile(r"[^\W_]+(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+[^\W_]*)*|"
                     r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+[^\W_]+(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+[^\W_]*)*")
_ARABIC = re.compile("[\u0621-\u064A\u0671-\u06D3]")


# Bounded cache: 200k word forms hold the frequent words of a news corpus (Zipf) and
# cost ~40 MB; computing a key again costs ~7 us.
@lru_cache(maxsize=WORD_CACHE_SIZE)
def key(word: str) -> str:
    """Search key of one word (Arabic: clitic-stripped and normalised; else normalised, lower)."""
    if _ARABIC.search(word):
        return _ar_key(word)
    return normalize(word).lower()


def iter_terms(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of every indexed word of ``text`` (offsets into ``text``)."""
    for m in WORD_RE.finditer(text):
        k = key(m.group())
        if k:
            yield m.start(), m.end(), k


def index_terms(text: str) -> list[str]:
    """The keys of ``text`` in order (what the index stores and what a query term becomes)."""
    return [k for k in map(key, WORD_RE.findall(text)) if k]


def index_text(text: str) -> str:
    """Space-joined keys: the column text given to SQLite FTS5 (unicode61 splits on spaces)."""
    return " ".join(index_terms(text))


def name_key(name: str) -> str:
    """Key of a name for exact matching of entities, speakers and mentions across documents."""
    return " ".join(index_terms(name or ""))
