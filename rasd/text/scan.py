"""Scanning normalised text for phrases: its tokens (words, numbers, single marks) with the line
breaks between them, and lexicons of multi-word phrases matched longest first with clitic readings
of the first word (و/ف, ب/ل). Shared by the date and count scanners (``rasd.events.dates`` and
``rasd.events.counts``), which read their phrases from ``rasd/resources/dates/`` (with
``lexicon_sections``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from ..config import WORD_CACHE_SIZE
from ..errors import ModelError
from .normalize import normalize

# Words, numbers and single punctuation marks of the normalised text.
TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")
# A token with the whitespace before it: the gaps between TOKEN's tokens are whitespace only (\S
# matches any other character), so this finds the same tokens and shows the line breaks between.
_TOKEN_AFTER_SPACE = re.compile(r"(\s*)([^\W\d_]+|\d+|\S)")


def phrase_key(s: str) -> str:
    """A lexicon entry as the scanners compare it: normalised, without surrounding space."""
    return normalize(s).strip()


def phrase_words(s: str) -> tuple[str, ...]:
    """The tokens of a lexicon phrase, normalised (a PhraseLexicon key)."""
    return tuple(TOKEN.findall(phrase_key(s)))


class ScanToken(NamedTuple):
    """A token of the normalised text (a tuple: a document has hundreds, built in one call each)."""

    t: str
    s: int
    e: int
    nl: bool  # a line break separates it from the previous token

    @property
    def num(self) -> bool:
        return self.t.isdigit()


_new_token = tuple.__new__  # ScanToken(...) without NamedTuple's Python-level __new__
token_word = itemgetter(0)  # a ScanToken's word (ScanToken.t), read at C speed by map()


def scan_tokens(ntext: str) -> list[ScanToken]:
    """Words, numbers and marks of a normalised text, each knowing whether a line break precedes
    it (dates and counts never run across lines)."""
    toks: list[ScanToken] = []
    append = toks.append
    new = _new_token
    pos = 0
    # findall gives (space, token) strings without a match object per token; offsets follow
    for space, tok in _TOKEN_AFTER_SPACE.findall(ntext):
        s = pos + len(space)
        pos = s + len(tok)
        append(new(ScanToken, (tok, s, pos, "\n" in space)))
    return toks


class WordsByIndex(dict):
    """Token index -> word, "" outside the text (an index before the first or after the last
    token): ``WordsByIndex(enumerate(map(token_word, toks))).__getitem__`` is the scanners' t(i)
    without a Python frame per call."""

    __slots__ = ()

    def __missing__(self, i: int) -> str:
        return ""


@lru_cache(maxsize=WORD_CACHE_SIZE)
def clitic_readings(w: str) -> tuple[int, ...]:
    """Ways to read a word, as characters to skip: whole, without و/ف, without و/ف + ب/ل
    (longest stripping last)."""
    out = [0]
    k = 0
    if len(w) > 3 and w[0] in "وف":
        k = 1
        out.append(1)
    if len(w) > k + 2 and w[k] in "بل":
        out.append(k + 1)
    return tuple(out)


class PhraseLexicon:
    """Phrases (tuples of normalised tokens) -> payload, matched longest first."""

    def __init__(self) -> None:
        self.d: dict[tuple[str, ...], Any] = {}
        self.first: set[str] = set()  # first words, for a quick refusal
        self.maxlen = 1
        # word -> whether it can begin a phrase, with / without clitic readings (memo of match's
        # quick refusal; cleared by add; bounded like every per-word memo)
        self._starts: dict[str, bool] = {}
        self._starts_whole: dict[str, bool] = {}

    def add(self, phrase: str, payload: Any) -> None:
        key = phrase_words(phrase)
        if key:
            self.d.setdefault(key, payload)
            self.first.add(key[0])
            self.maxlen = max(self.maxlen, len(key))
            self._starts.clear()
            self._starts_whole.clear()

    def __contains__(self, word: str) -> bool:
        return (word,) in self.d

    def match(self, toks: list[ScanToken], i: int, prefixes: bool = True):
        """(payload, end index, characters of clitic skipped in the first token) or None."""
        if i >= len(toks):
            return None
        w0 = toks[i].t
        memo = self._starts if prefixes else self._starts_whole
        ok = memo.get(w0)
        if ok is None:  # can any reading of this word begin a phrase? (once per distinct word)
            if len(memo) >= WORD_CACHE_SIZE:
                memo.clear()  # bounded, so memory stays flat over a whole corpus
            ok = memo[w0] = any(w0[k:] in self.first for k in (clitic_readings(w0) if prefixes else (0,)))
        if not ok:
            return None
        skips = clitic_readings(w0) if prefixes else (0,)
        for n in range(min(self.maxlen, len(toks) - i), 0, -1):
            words = [toks[k].t for k in range(i, i + n)]
            if n > 1 and any(toks[k].nl for k in range(i + 1, i + n)):
                continue
            rest = tuple(words[1:])
            for skip in skips:
                key = (words[0][skip:],) + rest
                if key in self.d:
                    return self.d[key], i + n, skip
        return None


def lexicon_sections(resources, area: str, file: str, keys: tuple[str, ...]) -> dict:
    """A JSON lexicon file (an object of sections) read through ``resources``; a file that is not
    an object or lacks one of ``keys`` is a ModelError naming the file and the sections missing."""
    d = resources.json(area, file)
    missing = [k for k in keys if k not in d] if isinstance(d, dict) else list(keys)
    if missing:
        raise ModelError(f"data file {area}/{file} is corrupt (no section {', '.join(map(repr, missing))}); "
                         f"reinstall Rasd")
    return d
