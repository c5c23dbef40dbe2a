"""Orthographic normalisation of Arabic with an offset map back to the original text.

The normalised view unifies spellings that writers and translators use interchangeably, so that
lookups (gazetteers, lexicons, search) see one form: hamza and madda alef forms -> bare alef,
alef maqsura -> ya, ta marbuta -> ha, waw/ya hamza seats -> waw/ya, Arabic-Indic and Persian digits
-> ASCII digits, Arabic punctuation and quotation-mark variants -> one form each; diacritics and
tatweel are removed. Character-for-character replacements keep offsets; removals shift them, and
``NormalizedText.to_original`` maps any normalised offset back.

The view of a whole text (``normalize_with_map``) also reads through HTML character references
that scrapers leave in the text ("&quot;", "&#8220;", "&amp;"): each stands in the view for the
character it encodes, normalised like any other (so «&#8220;داعش&#8221;» reads '"داعش"'), while
the text itself stays exactly as received; ``html_entities`` lists them (the flags layer marks
them as scraping debris). ``normalize`` of a word or phrase applies the character table only.
"""
from __future__ import annotations

import bisect
import html
import re
from html.entities import html5
from dataclasses import dataclass, field

from .memo import WordMemo
from ..components import Stage

# One-to-one replacements (offsets unchanged).
_ALEF = {c: "ا" for c in "أإآٱٲٳ"}
_ONE_TO_ONE = {
    **_ALEF,
    "ى": "ي", "ی": "ي",  # alef maqsura and Persian ya -> Arabic ya
    "ة": "ه", "ۀ": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك",  # Persian kaf
    # digits: Arabic-Indic and Persian (Extended Arabic-Indic) -> ASCII
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    # punctuation
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    # quotation marks -> ASCII double/single quote
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "‹": '"', "›": '"',
    # dashes and spaces
    "–": "-", "—": "-", "‒": "-", "―": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
# Characters removed: harakat, Quranic marks, superscript alef, tatweel, bidi and zero-width marks.
_REMOVE_CHARS = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670" + "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x06D6, 0x06EE) if chr(c) not in "ۥۦ")
    + "\u0640"  # tatweel
    + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_TABLE = str.maketrans({**_ONE_TO_ONE, **{c: None for c in _REMOVE_CHARS}})
_REMOVE_RE = re.compile("[" + re.escape(_REMOVE_CHARS) + "]+")

# Lighter keys for callers who must keep letters distinct (e.g. search snippets keep ta marbuta).
_DIACRITICS_ONLY = str.maketrans({c: None for c in _REMOVE_CHARS})


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised view of a text with a map from view offsets back to original offsets."""

    text: str
    original: str
    # Breakpoints: at normalised offset _norm[i] the original offset is _orig[i]; between
    # breakpoints offsets advance together (removals and decoded HTML references are the only
    # changes of length).
    _norm: tuple[int, ...]
    _orig: tuple[int, ...]
    # Characters of the view that stand for several original ones (a decoded "&#8220;"): their
    # normalised offset -> the original end offset of what they stand for.
    _ends: dict = field(default_factory=dict, compare=False)

    def to_original(self, pos: int) -> int:
        """Original offset of normalised offset ``pos`` (end offsets map to ends)."""
        i = bisect.bisect_right(self._norm, pos) - 1
        if i < 0:
            return pos
        return self._orig[i] + (pos - self._norm[i])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the original span covering the same letters."""
        s = self.to_original(start)
        if end <= start:
            return s, s
        # Map the last character, then step past it, so trailing removed marks are excluded (past
        # the whole reference when the last character is a decoded one).
        wide = self._ends.get(end - 1) if self._ends else None
        e = wide if wide is not None else self.to_original(end - 1) + 1
        return s, e


# How normalize works, by length (each way gives exactly ``text.translate(_TABLE)``):
# - words and short names (most of the ~800 calls per article) are remembered: news repeats its
#   words, and a look-up costs a quarter of translating again;
# - long stretches (sentences, whole articles) are rewritten a character class at a time: delete
#   the removed marks with one regular expression, then str.replace each of the few mapped
#   characters the text holds (a text holds about ten of the sixty), which scans far faster than
#   translate's per-character table look-up; this is exact because no replacement produces a
#   character that is itself mapped or removed (checked below);
# - in between, translate.
SHORT_TEXT = 32  # longest string remembered: Arabic words and names; longer ones rarely repeat
LONG_TEXT = 40  # shortest string rewritten by classes: measured break-even with translate
_REPLACE = tuple((chr(k), v if isinstance(v, str) else chr(v)) for k, v in _TABLE.items() if v is not None)
_REMOVED_RE = re.compile("[" + re.escape("".join(chr(k) for k, v in _TABLE.items() if v is None)) + "]+")
assert not any(ch in _TABLE for _, v in _REPLACE for ch in map(ord, v)), "a replacement is itself mapped"


def _translate(text: str) -> str:
    return text.translate(_TABLE)


_SHORT = WordMemo(_translate)  # short string -> its normalised form


def _normalize_long(text: str) -> str:
    text = _REMOVED_RE.sub("", text)
    for ch, to in _REPLACE:
        if ch in text:
            text = text.replace(ch, to)
    return text


def normalize(text: str) -> str:
    """The normalised form of ``text`` (no offset map)."""
    n = len(text)
    if n <= SHORT_TEXT:
        return _SHORT[text]
    if n < LONG_TEXT:
        return text.translate(_TABLE)
    return _normalize_long(text)


def strip_diacritics(text: str) -> str:
    return text.translate(_DIACRITICS_ONLY)


def normalize_with_map(text: str) -> NormalizedText:
    """Normalise ``text`` and keep an offset map back to it (HTML references read as what they encode)."""
    if "&" in text and _ENTITY.search(text):
        return _normalize_entities(text)
    return _plain_map(text)


def _plain_map(text: str) -> NormalizedText:
    """``normalize_with_map`` by the character table alone."""
    norm_pts = [0]
    orig_pts = [0]
    removed = 0
    for m in _REMOVE_RE.finditer(text):
        removed += m.end() - m.start()
        norm_pts.append(m.end() - removed)
        orig_pts.append(m.end())
    return NormalizedText(normalize(text), text, tuple(norm_pts), tuple(orig_pts))


# An HTML character reference as scrapers leave it: decimal, hexadecimal or named, with its
# semicolon ("&News" in "Q&News" is no reference).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def html_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, decoded) of every HTML character reference in ``text`` that encodes a character
    ("&quot;" -> '"', "&#8220;" -> "“"); unknown names and invalid code points are left out."""
    if "&" not in text:
        return []
    out = []
    for m in _ENTITY.finditer(text):
        raw = m.group()
        if raw[1] == "#":  # numeric, with HTML's repairs (&#150; is the cp1252 dash); invalid ones give U+FFFD
            decoded = html.unescape(raw)
            if "\ufffd" in decoded:
                continue
        else:  # named: the whole name with its semicolon ("&notaname;" is not "&not;" + "aname;")
            decoded = html5.get(raw[1:])
            if decoded is None:
                continue
        out.append((m.start(), m.end(), decoded))
    return out


def _normalize_entities(text: str) -> NormalizedText:
    """``normalize_with_map`` of a text holding HTML references: the pieces between them mapped as
    usual, each reference replaced by its normalised character(s), which map back to all of it."""
    parts: list[str] = []
    norm_pts, orig_pts = [0], [0]
    ends: dict[int, int] = {}
    n = 0  # length of the view so far
    pos = 0
    for s, e, decoded in html_entities(text) + [(len(text), len(text), "")]:
        piece = _plain_map(text[pos:s])  # no reference inside (or none that decodes): the plain way
        parts.append(piece.text)
        for np_, op in zip(piece._norm[1:], piece._orig[1:]):
            norm_pts.append(n + np_)
            orig_pts.append(pos + op)
        n += len(piece.text)
        if s == e:
            break
        rep = normalize(decoded)
        parts.append(rep)
        for k in range(len(rep)):  # every character of the replacement starts at the reference
            norm_pts.append(n + k)
            orig_pts.append(s)
            ends[n + k] = e
        n += len(rep)
        norm_pts.append(n)
        orig_pts.append(e)
        pos = e
    return NormalizedText("".join(parts), text, tuple(norm_pts), tuple(orig_pts), ends)


def strip_conjunction(word: str, longer_than: int = 3) -> str:
    """A normalised word without a leading conjunction و or ف, taken off only when the word is
    longer than ``longer_than`` letters (so that short words such as وقت, فوق keep their first
    letter; the callers that look at two-letter remainders pass 2)."""
    return word[1:] if len(word) > longer_than and word[0] in "وف" else word


class NormalizeStage(Stage):
    """Adds the view "normalized" (a ``NormalizedText``); its character map is mechanism, in code."""

    def __call__(self, doc) -> None:
        doc.set_view("normalized", normalize_with_map(doc.text))
