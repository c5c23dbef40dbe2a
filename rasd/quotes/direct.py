"""Direct quotes: words between quotation marks, with broken, reversed and unbalanced marks.

Marks are read per paragraph line. Each mark is typed by its surroundings first and its glyph
second: a mark after a space and before a word opens, one after a word and before a space or
punctuation closes, whatever its shape (machine translation reverses “ and ”, scraping turns them
into "). Typing by context is what lets “… أبدًا” Bloodbath “نأمل …” split into two quotes.

Pairing then runs in two passes over the line:
1. a mark that may open followed directly by one that may close, with one or two words between,
   is a term (a name, title or scare quote: «داعش», " داعش " inside a quote), not speech;
2. the rest pair with a stack: an opener waits for the next closer (nested pairs stay inside the
   outer quote). An opener never closed runs to the end of its paragraph (or of its sentence when
   the paragraph is implausibly long); a closer never opened may close a quote that began with the
   line, kept only when a reporting verb follows it (the stage decides).

Everything is linear in the line length, so unbalanced marks in a very long line cost nothing.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..text.normalize import html_entities
from .lexicon import QuoteLexicon

OPEN_GLYPHS = "«“„‟‹‘‚"
CLOSE_GLYPHS = "»”›’‛"
AMBIGUOUS_GLYPHS = "\"″＂"
QUOTE_CHARS = OPEN_GLYPHS + CLOSE_GLYPHS + AMBIGUOUS_GLYPHS
_QUOTE_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
_WORD = re.compile(r"\w+")
# Characters after which a mark may open (besides space and line start): opening brackets, colon,
# dashes, commas, tatweel (لـ«الشرق الأوسط»), slashes.
_OPEN_PREV = set("([{:：—–-،,؛;ـ/|")
# Characters before which a mark may close (besides space and line end).
_CLOSE_NEXT = set(".,،:;؛!?؟)]}…-—–/|") | set(QUOTE_CHARS)
# One-letter proclitics that may stand between a space and an opening mark (و"الشهيد").
_PROCLITICS = set("وفبلك")
# A sentence end: a stop before a space, or glued to the next word between Arabic letters
# (العليا.من جهة ثانية: scraped text loses the space; a one-letter word before it, د.محمد, is an
# abbreviation).
_SENT_END = re.compile(r"[.!?؟…]+(?=\s|$)|(?<=[ء-ي\u064b-\u0652][ء-ي])[.!?؟](?=[ء-ي])")
# Inside one quotation, a quotation shorter than this is a name or a borrowed phrase
# (كتائب “عز الدين القسام”، «التيار الوطني الحر»), not speech of its own; names of four words are
# common in a SaudiNewsNet sample, embedded speech is longer (the dev set's «يواجهون مجازفات أكثر
# خطورة من أى وقت سابق» has seven).
NESTED_MIN_WORDS = 5
# News nests quotations at most twice (a quote quoting a slogan); deeper stacks are stray marks,
# and bounding the depth keeps a line of thousands of marks linear.
_MAX_DEPTH = 3


@dataclass(slots=True)
class Marked:
    """A stretch of text in quotation marks (offsets of the words, marks excluded)."""

    start: int
    end: int
    open: int  # offset of the opening mark, -1 when the quote has none (closer without opener)
    close: int  # offset of the closing mark, -1 when never closed
    kind: str  # "direct" | "term"
    words: int
    nested: bool = False
    # a closer with no opener that ends a quotation the paragraph before left open (speech that
    # runs over paragraphs: «… / … مصيرهم». وأضاف): a quotation, placed like any other
    continues: bool = False
    close_end: int = -1  # end of the closing mark when it is longer than one character (&#8221;)

    @property
    def outer_start(self) -> int:
        return self.open if self.open >= 0 else self.start

    @property
    def outer_end(self) -> int:
        if self.close < 0:
            return self.end
        return self.close_end if self.close_end >= 0 else self.close + 1


def _type(line: str, i: int) -> str:
    """'O' (opens), 'C' (closes), 'A' (either) or '' (not a quote mark here) for line[i]."""
    ch = line[i]
    p = line[i - 1] if i > 0 else " "
    n = line[i + 1] if i + 1 < len(line) else " "
    if ch in "‘’‛‚" and p.isalpha() and n.isalpha():
        return ""  # an apostrophe inside a Latin word (Putin’s)
    p_open = p.isspace() or p in _OPEN_PREV or (
        p in _PROCLITICS and (i < 2 or line[i - 2].isspace()))
    n_close = n.isspace() or n in _CLOSE_NEXT
    left = not n.isspace() and p_open  # glued to the word after it
    right = not p.isspace() and n_close  # glued to the word before it
    if left and not right:
        return "O"
    if right and not left:
        return "C"
    if ch in OPEN_GLYPHS:
        return "O"
    if ch in CLOSE_GLYPHS:
        return "C"
    return "A"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


_LEAD = re.compile(r"[\s" + re.escape(QUOTE_CHARS) + r"]*")
_TRAIL_CHARS = frozenset("،,:" + QUOTE_CHARS)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces and marks at both ends (and a comma or colon before the closing mark)."""
    s = _LEAD.match(text, s, e).end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in _TRAIL_CHARS):
        e -= 1
    return s, e


def _lines_with_marks(text: str):
    """(offset, line) for each line of the text that holds a quotation mark, lines being the
    stretches between \n or \r (one search over the text; lines without marks are never copied)."""
    if "\r" in text:
        text = text.replace("\r", "\n")  # same length: offsets are unchanged
    end = -1
    for m in _QUOTE_RE.finditer(text):
        p = m.start()
        if p < end:
            continue
        start = text.rfind("\n", 0, p) + 1
        end = text.find("\n", p)
        if end < 0:
            end = len(text)
        yield start, text[start:end]


def find_marked(text: str, lex: QuoteLexicon) -> list[Marked]:
    """Every quotation of the text, in order of opening (terms included, kind "term"); ``lex``
    gives the longest term and the longest stretch an opening mark may run unclosed. Quotation
    marks written as HTML references by a scraper (&quot;، &#8220;) count as the marks they
    encode (the offsets stay those of the text: a mark's offset is where its reference starts)."""
    refs = [r for r in html_entities(text) if r[2] in QUOTE_CHARS] if "&" in text else []
    out = _find_marked(_marks_view(text, refs) if refs else text, lex)
    if refs:
        _offsets_of_references(out, refs)
    return out


def _marks_view(text: str, refs: list[tuple[int, int, str]]) -> str:
    """The text with each quotation-mark reference replaced, at the same length, by its mark and
    spaces: the mark stays glued to the word it was glued to (before an opening reference's word,
    after a closing one's), so that marks are typed by their surroundings as usual."""
    parts, pos = [], 0
    for s, e, ch in refs:
        parts.append(text[pos:s])
        pad = " " * (e - s - 1)
        before = s > 0 and text[s - 1].isalnum()
        after = e < len(text) and text[e].isalnum()
        glued_after = after and not before or (after == before and ch in OPEN_GLYPHS)
        parts.append(pad + ch if glued_after else ch + pad)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _offsets_of_references(out: list[Marked], refs: list[tuple[int, int, str]]) -> None:
    """Move marks that stand for a reference to the reference's start (the token the tokenizer
    starts there) and let a closing one end where its reference ends."""
    starts = [r[0] for r in refs]

    def ref_at(pos: int):
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and refs[k][0] <= pos < refs[k][1]:
            return refs[k]
        return None

    for m in out:
        r = ref_at(m.open) if m.open >= 0 else None
        if r is not None:
            m.open = r[0]
        r = ref_at(m.close) if m.close >= 0 else None
        if r is not None:
            m.close, m.close_end = r[0], r[1]


def _find_marked(text: str, lex: QuoteLexicon) -> list[Marked]:
    out: list[Marked] = []
    open_until = -1  # end of the line whose quotation was left open (-1: the last line closed all)
    for base, line in _lines_with_marks(text):
        continued = open_until >= 0 and not text[open_until:base].strip()
        open_until = _pair_line(text, base, line, lex, out, continued)
    out.sort(key=lambda q: (q.outer_start, -q.outer_end))
    return out


def _pair_line(text: str, base: int, line: str, lex: QuoteLexicon, out: list[Marked], continued: bool) -> int:
    """Pair the marks of one line (adding its quotations to ``out``); return the line's end when
    a quotation is left open at it, else -1. ``continued``: the line before left one open."""
    marks = []
    for m in _QUOTE_RE.finditer(line):
        t = _type(line, m.start())
        if t:
            marks.append((m.start(), t))
    if not marks:
        return -1
    # Pass 1: short pairs are terms.
    rest = []
    i = 0
    while i < len(marks):
        if i + 1 < len(marks) and marks[i][1] in "OA" and marks[i + 1][1] in "CA":
            a, b = marks[i][0], marks[i + 1][0]
            inner = line[a + 1:b]
            nw = _words(inner)
            if 0 < nw <= lex.term_max_words and "\n" not in inner:
                s, e = _trim(text, base + a + 1, base + b)
                out.append(Marked(s, e, base + a, base + b, "term", nw))
                i += 2
                continue
        rest.append(marks[i])
        i += 1
    # Pass 2: a stack pairs the rest.
    stack: list[int] = []
    inner: list[Marked] = []  # pairs closed while an outer opener is still waiting
    prev = -1  # the previous mark on the line
    for pos, t in rest:
        before, prev = prev, pos
        if t == "O" or (t == "A" and not stack):
            stack.append(pos)
            if len(stack) > _MAX_DEPTH:
                del stack[0]  # quotation inside quotation inside quotation: the oldest is stray
            continue
        if stack:
            o = stack.pop()
            end = pos
            if pos - o > lex.max_unclosed_chars:
                # a pair this far apart is more likely two stray marks than one quotation
                # (the sentence splitter draws the same line): stop at the first sentence end
                m = _SENT_END.search(line, o + 1, pos)
                end = m.end() if m else pos
            s, e = _trim(text, base + o + 1, base + end)
            nw = _words(text[s:e])
            if nw:
                kind = "direct" if nw > lex.term_max_words else "term"
                q = Marked(s, e, base + o, base + pos if end == pos else -1, kind, nw, nested=bool(stack))
                out.append(q)
                if stack:
                    inner.append(q)
            if not stack:
                inner = []
        else:
            # A closer with no opener: the quote may have begun with the line (or after the
            # last mark before it, which closed something else)
            s, e = _trim(text, base + before + 1, base + pos)
            nw = _words(text[s:e])
            if nw > lex.term_max_words:
                out.append(Marked(s, e, -1, base + pos, "direct", nw, continues=continued and before < 0))
    if stack and inner and any(q.words >= NESTED_MIN_WORDS for q in inner):
        # «قال مايك …: «لقد أسأت …».: an opener never closed around a complete quotation is a
        # stray mark; the quotation inside it stands on its own (but one around a name only,
        # وقال "هذه الأحداث … عناصر "التيار الوطني الحر" …, is a quotation whose closer is missing)
        for q in inner:
            q.nested = False
        return -1
    if stack:
        o = stack[0]
        end = len(line)
        if end - o > lex.max_unclosed_chars:
            m = _SENT_END.search(line, o + 1)
            end = m.end() if m else end
        s, e = _trim(text, base + o + 1, base + end)
        nw = _words(text[s:e])
        if nw:
            out.append(Marked(s, e, base + o, -1, "direct" if nw > lex.term_max_words else "term", nw))
            return base + len(line) if end == len(line) else -1
    return -1
