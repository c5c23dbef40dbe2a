"""What search knows beyond the index: the inflections a query word matches
(``resources/search/inflections.tsv``) with the names the light stemmer must leave alone, and the
English names of the lists (``rasd.entities.english``) for English queries. Built once per
``Resources`` (``search_lexicon``), from the shipped data, never from the database.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..entities.english import EnglishNames, load_english_names
from ..resources import Resources
from .textindex import Inflector, index_terms, read_inflections


@dataclass(frozen=True)
class SearchLexicon:
    inflector: Inflector       # a query word's inflections (protecting names that only look inflected)
    english: EnglishNames      # English names and actor codes -> Arabic names (find_arabic)


def protected_names(names: EnglishNames, inflector: Inflector) -> frozenset[str]:
    """One-word names of the lists (places and people of the gazetteer, given and family names of
    the known spellings) that end like an inflected form of another word: البحرين (not the dual of
    بحر), فلسطين, سلمان (not سلم), حسين, الإمارات; and places' names (مصر, اليمن). The stemmer
    neither reduces them nor makes them another word's form. A nisba name (الحوثيين, السعودية) is a
    real inflection and stays open."""
    words: set[str] = set()
    places: set[str] = set()
    for entry in names.gazetteer.entries.values():
        if entry.kind == "name":
            keys = [k for n in (entry.canonical, *entry.variants) for k in _one_key(n)]
            words.update(keys)
            if entry.label == "LOC":
                places.update(keys)
    for spelled in names.data.spellings:
        if len(spelled) == 1:
            words.update(_one_key(spelled[0]))
    # A place's name has no plural, dual or feminine (مصرين is "insisting", not Egypts): it
    # matches itself only, unless it is a nisba (السعودية: also the feminine of سعودي).
    plain_places = {k for k in places if inflector.base(k)[0] == k}
    return frozenset({k for k in words if inflector.looks_inflected(k)} | plain_places)


def _one_key(name: str) -> list[str]:
    keys = index_terms(name)
    return keys if len(keys) == 1 else []


def search_lexicon(resources: Resources | None = None) -> SearchLexicon:
    """The lexicon of ``resources`` (the shipped data by default), built on first use."""
    res = resources or Resources.default()

    def build() -> SearchLexicon:
        names = load_english_names(res)
        rows = res.table("search", "inflections.tsv", min_columns=3)
        inflector = read_inflections(rows)
        return SearchLexicon(read_inflections(rows, protected_names(names, inflector)), names)
    return res.cached(("store", "search_lexicon"), build)
