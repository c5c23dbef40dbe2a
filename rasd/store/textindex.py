"""The search form of a text: normalised, clitic-stripped word stems, one per word.

Both the full-text index and every user query go through :func:`index_terms`, so they agree:
a query with hamza (أوكرانيا) and the text without it (اوكرانيا), a word with attached clitics
(وأوكرانيا, بالعاصمة) and the bare word, diacritics and tatweel, alef maqsura and ta marbuta all
meet on one key. Arabic words lose their conjunction, preposition, article and pronoun suffix
(``rasd.text.tokens.split_clitics``), then get ``rasd.text.normalize.normalize``; numbers become
ASCII digits (3.5 is two words, 3 and 5); Latin words are lower-cased; punctuation is not indexed.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..text.normalize import normalize
from ..text.tokens import split_clitics
from ..config import WORD_CACHE_SIZE
from ..entities.english import english_tokens


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


# --- inflections ---------------------------------------------------------------------------------
# A base shorter than three letters is no noun's base (Arabic roots have three letters or more):
# عين, دين, بيان, مكان are words, not ع/د/بي/مك inflected.
MIN_BASE = 3


@dataclass(frozen=True)
class Inflector:
    """A light stemmer over search keys (already clitic-stripped and normalised) for the
    concatenative inflections of nouns and adjectives, from ``resources/search/inflections.tsv``:
    a query word matches the forms of its paradigm, made from its base by suffixes. Broken plurals
    (الأتراك of تركي) and verb prefixes make other words, which a light stemmer must not guess at.

    ``paradigms``: name -> suffixes of its forms; ``reductions``: (suffix, paradigms of the base)
    a key is reduced by, longest first; ``nisba``: (suffix, paradigms) of a base ending so;
    ``protected``: keys of names that only look inflected (البحرين, سلمان): their own only form,
    and no other word's form."""

    paradigms: dict[str, tuple[str, ...]]
    reductions: tuple[tuple[str, tuple[str, ...]], ...]
    nisba: tuple[str, tuple[str, ...]]
    protected: frozenset[str] = frozenset()

    def base(self, k: str) -> tuple[str, tuple[str, ...]]:
        """(base, suffixes of the forms it matches) of a key: حوثيين -> (حوثي, both paradigms),
        حكومه -> (حكوم, feminine), وزير -> (وزير, masculine). A key that is not Arabic or is
        protected is its own base with no other form."""
        if k in self.protected or not _ARABIC.match(k):
            return k, ("",)
        names: tuple[str, ...] = ("masculine",)
        base = k
        for suffix, paradigms in self.reductions:
            if k.endswith(suffix) and len(k) - len(suffix) >= MIN_BASE:
                base, names = k[:-len(suffix)], paradigms
                break
        if base.endswith(self.nisba[0]):
            names = self.nisba[1]
        return base, tuple(dict.fromkeys(s for n in names for s in self.paradigms.get(n, ())))

    def forms(self, k: str) -> tuple[str, ...]:
        """Every key a query word matches, ``k`` first (حوثي: حوثيه, حوثيين, حوثيون, ...)."""
        base, suffixes = self.base(k)
        return tuple(dict.fromkeys([k] + [f for f in (base + s for s in suffixes) if f not in self.protected]))

    def looks_inflected(self, k: str) -> bool:
        """Whether a key ends like an inflected form of another word whose base is no nisba (a
        name that does, البحرين or سلمان, is to be protected)."""
        base, _ = Inflector(self.paradigms, self.reductions, self.nisba).base(k)
        return base != k and not base.endswith(self.nisba[0])


def read_inflections(rows, protected: frozenset[str] = frozenset()) -> Inflector:
    """An Inflector from the rows of inflections.tsv (rule, suffix, paradigms)."""
    paradigms: dict[str, list[str]] = {}
    reductions, nisba = [], ("", ())
    for rule, suffix, names, *_ in rows:
        if rule == "form":
            paradigms.setdefault(names, []).append(suffix)
        elif rule == "reduce":
            reductions.append((suffix, tuple(names.split())))
        elif rule == "nisba":
            nisba = (suffix, tuple(names.split()))
    reductions.sort(key=lambda r: -len(r[0]))
    return Inflector({k: tuple(v) for k, v in paradigms.items()}, tuple(reductions), nisba, protected)


def english_words(text: str) -> list[str]:
    """The words of an English name or code as the index keeps them (``english_tokens`` of each
    word: lower case, accents and "al-" off, a plural -s dropped), in order."""
    return [t for w in (text or "").split() for t in sorted(english_tokens(w))]


def entity_names_text(entities) -> str:
    """The ``names`` column of a document in the index: for each entity, given as (English name,
    actor code), the words of its English name and its code in lower case (tokens for search:
    ``Houthi`` and ``YEMREB`` then find the document whatever Arabic form names the entity)."""
    out: list[str] = []
    for name_en, code in entities:
        out += english_words(name_en or "")
        out += [c.lower() for c in code_list(code)]
    return " ".join(out)


def code_list(code) -> list[str]:
    """The actor codes of an entity's ``code``: one code, a list, or a list stored as JSON."""
    if isinstance(code, str) and code.startswith("["):
        try:
            code = json.loads(code)
        except ValueError:
            return []
    codes = code if isinstance(code, (list, tuple)) else [code]
    return [c for c in codes if isinstance(c, str) and c.isalnum()]
