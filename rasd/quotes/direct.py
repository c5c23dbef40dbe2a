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

import re
from dataclasses import dataclass

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
_SENT_END = re.compile(r"[.!?؟…]+(?=\s|$)")
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

    @property
    def outer_start(self) -> int:
        return self.open if self.open >= 0 else self.start

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close >= 0 else self.end


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
    gives the longest term and the longest stretch an opening mark may run unclosed."""
    out: list[Marked] = []
    for base, line in _lines_with_marks(text):
        marks = []
        for m in _QUOTE_RE.finditer(line):
            t = _type(line, m.start())
            if t:
                marks.append((m.start(), t))
        if not marks:
            continue
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
                    out.append(Marked(s, e, -1, base + pos, "direct", nw))
        if stack and inner:
            # «قال مايك …: «لقد أسأت …».: an opener never closed around a complete quotation is a
            # stray mark; the quotation inside it stands on its own
            for q in inner:
                q.nested = False
        elif stack:
            o = stack[0]
            end = len(line)
            if end - o > lex.max_unclosed_chars:
                m = _SENT_END.search(line, o + 1)
                end = m.end() if m else end
            s, e = _trim(text, base + o + 1, base + end)
            nw = _words(text[s:e])
            if nw:
                out.append(Marked(s, e, base + o, -1, "direct" if nw > lex.term_max_words else "term", nw))
    out.sort(key=lambda q: (q.outer_start, -q.outer_end))
    return out
