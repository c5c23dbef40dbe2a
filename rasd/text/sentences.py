"""Sentence segmentation for Arabic news text.

Rules, in order of strength:
- a line break always ends a sentence (scraped news puts one paragraph, headline or button per line);
- . ! ? ؟ … end a sentence when followed by space and then a new word, with closing quotes and
  brackets kept on the sentence they close;
- no split inside a quotation that closes on the same line within ``MAX_QUOTE_CHARS`` (a quote
  that runs over several sentences stays one unit for quote attribution);
- no split after a one-letter abbreviation (د. م. أ. ص.), a listed abbreviation (the word class
  ``sentence_abbreviations`` of ``resources/text/wordclasses.tsv``), or between digits (3.5 and
  3,4 have no space, so they never match).
"""
from __future__ import annotations

import re

from ..document import Span
from ..components import Stage
from ..resources import Resources

# A quotation longer than this on one line is more likely an unbalanced mark than one quote:
# the longest multi-sentence quotes in the dev articles are about 300 characters.
MAX_QUOTE_CHARS = 600

_END = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s)")
_LINE = re.compile(r"[^\n\r]+")
_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}


_OPEN = re.compile('[«“„‹"]')


def _quote_regions(line: str) -> list[tuple[int, int]]:
    """Character ranges of balanced quotations on one line (directional and ASCII marks)."""
    regions = []
    i = 0
    while True:
        m = _OPEN.search(line, i)
        if not m:
            return regions
        i = m.start()
        c = line[i]
        close = _PAIRS.get(c, '"')
        j = line.find(close, i + 1)
        if close == "”" and j < 0:
            j = line.find("“", i + 1)  # machine translation often reverses the closing mark
        if 0 < j and j - i <= MAX_QUOTE_CHARS:
            regions.append((i, j))
            i = j + 1
        else:
            i += 1


_LAST_WORD = re.compile(r"([\w.]+)$")


def _word_before(line: str, pos: int) -> str:
    # Abbreviations are short: looking at the last 12 characters keeps this O(1) per full stop.
    m = _LAST_WORD.search(line[max(0, pos - 12):pos])
    return m.group(1) if m else ""


class SentenceSplitter:
    """Splits text into sentences; ``abbreviations``: words that end in a full stop without ending
    the sentence, compared as written (Arabic initials and titles, Latin ones in citations)."""

    def __init__(self, abbreviations: frozenset[str]):
        self.abbreviations = abbreviations

    @classmethod
    def shared(cls, resources: Resources) -> "SentenceSplitter":
        """The splitter of these data files (its abbreviations as written: case and hamza count)."""
        return resources.cached(("text", "SentenceSplitter"), lambda: cls(
            frozenset(resources.word_list("text", "sentence_abbreviations"))))

    def split(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence, whitespace trimmed, in order."""
        return _split(text, self.abbreviations)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence by the shipped data's splitter (see ``SentenceSplitter``)."""
    return SentenceSplitter.shared(Resources.default()).split(text)


def _split(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lm in _LINE.finditer(text):
        line = lm.group()
        base = lm.start()
        regions = _quote_regions(line) if any(q in line for q in "«“\"„‹") else []
        start = 0
        for m in _END.finditer(line):
            end = m.end()
            if any(s < m.start() < e for s, e in regions):
                continue
            if line[m.start()] == ".":
                w = _word_before(line, m.start())
                # one Arabic letter before a dot is an initial (د. for Dr); a Latin one in Arabic
                # prose is usually a name in its own right ("X." the platform)
                if (len(w) == 1 and "\u0621" <= w <= "\u064A") or w in abbreviations:
                    continue
            _emit(out, line, base, start, end)
            start = end
        _emit(out, line, base, start, len(line))
    return out


def _emit(out: list, line: str, base: int, s: int, e: int) -> None:
    while s < e and line[s].isspace():
        s += 1
    while e > s and line[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((base + s, base + e))


class SentencesStage(Stage):
    """Adds the layer "sentences"."""

    def __init__(self, config, resources: Resources):
        super().__init__(config, resources)
        self.splitter = SentenceSplitter.shared(resources)

    def __call__(self, doc) -> None:
        text = doc.text
        doc.set_layer("sentences", [Span(s, e, text[s:e], "sentence", {}) for s, e in self.splitter.split(text)])
