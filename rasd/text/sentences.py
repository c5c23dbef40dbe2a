"""Sentence segmentation for Arabic news text.

Rules, in order of strength:
- a line break always ends a sentence (scraped news puts one paragraph, headline or button per line);
- . ! ? ؟ … end a sentence when followed by space and then a new word, with closing quotes and
  brackets kept on the sentence they close;
- no split inside a quotation that closes on the same line within ``MAX_QUOTE_CHARS`` (a quote
  that runs over several sentences stays one unit for quote attribution);
- no split after an abbreviation: a one-letter one (د. م. أ. ص., "د . زيد" with a spaced dot, and
  with a fused conjunction: "ود. مساعد العيبان", "وم. عادل الشهري"), a chain of them ("أ.د.",
  "ك.ف."), a listed one (the word class ``sentence_abbreviations`` of
  ``resources/text/wordclasses.tsv``), or a Latin initial spelled in Arabic ("جورج دبليو. بوش",
  "سارة جيه. ميتشيل": the class ``latin_letter_names``) unless it closes an acronym ("بي بي سي.");
- no split between digits: 3.5 and 3,4 have no space, and a decimal point that the scraper
  spaced ("1. 9 مليار") is no stop either.
"""
from __future__ import annotations

import re

from ..document import Span
from ..components import Stage
from ..resources import Resources
from .normalize import normalize

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


# The word before a stop, its diacritics included (\w leaves them out, so "المميّز" would end in a
# one-letter "ز" and pass for an initial).
_LAST_WORD = re.compile(r"([\w.\u064B-\u065F\u0670]+)$")
_MARKS = str.maketrans("", "", "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")


def _word_before(line: str, pos: int) -> str:
    """The word right before ``pos``, without its diacritics ("" after a space)."""
    # Abbreviations are short: looking at the last 16 characters keeps this O(1) per full stop.
    m = _LAST_WORD.search(line[max(0, pos - 16):pos])
    return m.group(1).translate(_MARKS) if m else ""


class SentenceSplitter:
    """Splits text into sentences; ``abbreviations``: words that end in a full stop without ending
    the sentence, compared as written (Arabic initials and titles, Latin ones in citations);
    ``letter_names``: the Arabic names of Latin letters, normalised (initials of foreign names)."""

    def __init__(self, abbreviations: frozenset[str], letter_names: frozenset[str] = frozenset()):
        self.abbreviations = abbreviations
        self.letter_names = letter_names
        # one-letter abbreviations that a conjunction may be fused to ("ود.", "وم.")
        self.letters = frozenset(a for a in abbreviations if len(a) == 1 and _is_arabic_letter(a))

    @classmethod
    def shared(cls, resources: Resources) -> "SentenceSplitter":
        """The splitter of these data files (its abbreviations as written: case and hamza count)."""
        return resources.cached(("text", "SentenceSplitter"), lambda: cls(
            frozenset(resources.word_list("text", "sentence_abbreviations")),
            resources.word_class("text", "latin_letter_names")))

    def split(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence, whitespace trimmed, in order."""
        return _split(text, self)

    def is_abbreviation(self, line: str, pos: int) -> bool:
        """Does the full stop at ``line[pos]`` close an abbreviation or initial, not a sentence?"""
        w = _word_before(line, pos)
        if not w:  # a spaced stop: "د . زيد", "ص . ب 80203"
            w = _word_before(line, len(line[:pos].rstrip(" \u00a0")))
            return len(w) == 1 and _is_arabic_letter(w)
        # one Arabic letter before a dot is an initial (د. for Dr); a Latin one in Arabic prose is
        # usually a name in its own right ("X." the platform)
        if (len(w) == 1 and _is_arabic_letter(w)) or w in self.abbreviations:
            return True
        if len(w) == 2 and w[0] in "وف" and w[1] in self.letters:  # "ود. مساعد العيبان"
            return True
        # Chains and letter names are initials only before a name: a word with a fused conjunction
        # after the stop opens a sentence ("تليق بي. وحينذاك", "آي/بي/إي/اس. وقالت").
        if _NEXT_CONJ.match(line, pos + 1):
            return False
        if _LETTER_CHAIN.fullmatch(w):  # "أ.د", "ك.ف", "ص.أ"
            return True
        if normalize(w) in self.letter_names and line[pos + 1:pos + 2] != ".":  # "إيه.." is no initial
            # an initial ("جورج دبليو. بوش", "آر. بي. كا") unless it closes an acronym spelled
            # letter by letter without stops ("بي بي سي.", "إتش إي بي سي.") or a number's unit ("4 كيه.")
            before = _word_before(line, len(line[:pos - len(w)].rstrip(" \u00a0")))
            return not (before and (normalize(before) in self.letter_names or before[-1].isdigit()))
        return False


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064A" and ch != "\u0640"  # not the tatweel ("ـ ." ends a sentence)


# After a stop: white space, then a word opening with the conjunction و or ف and a letter.
_NEXT_CONJ = re.compile(r"[\s\u00a0]+[وف][\u0621-\u064A]")
_LETTER_CHAIN = re.compile(r"[وف]?(?:[\u0621-\u063A\u0641-\u064A]\.)+[\u0621-\u063A\u0641-\u064A]")
# A decimal point that the scraper spaced ("1. 9 مليار"): one space and the decimals after the stop,
# which are no list number ("1436. 3 - التخطيط") and no part of a date.
_SPACED_DECIMAL = re.compile(r"[ \u00a0]\d+(?![\d]|[ \u00a0]*[-–—)/.])")
# The integer part before it is no date's year ("16/9/1436.").
_NUMBER_BEFORE = re.compile(r"(?<![\d/\-.])\d{1,6}$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence by the shipped data's splitter (see ``SentenceSplitter``)."""
    return SentenceSplitter.shared(Resources.default()).split(text)


def _split(text: str, splitter: SentenceSplitter) -> list[tuple[int, int]]:
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
            if line[m.start()] == "." and (splitter.is_abbreviation(line, m.start()) or (
                    m.group() == "." and _NUMBER_BEFORE.search(line, max(0, m.start() - 8), m.start())
                    and _SPACED_DECIMAL.match(line, end))):
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
