"""Boilerplate in plain-text news: lines (or line openings) that are not article body.

Boilerplate is marked, never deleted: the stage adds a layer "boilerplate" of spans labelled with
a kind, each with a ``reason``. Later stages skip entities, quotes and dates inside it.

Kinds and how each is found (phrases and patterns are data, in
``resources/text/boilerplate.json``, loaded by ``BoilerplateRules.load``; every threshold below
says why it is what it is):

- ``share``, ``credit``, ``source``, ``copyright``, ``tags``, ``read-more``, ``contact``,
  ``caption``, ``timestamp``, ``advertisement``, ``navigation``: a line that matches a pattern of
  its kind as a whole (a share-button label, "ساهمت رويترز في هذا التقرير.", "سمات ...",
  "...المزيد", an e-mail address alone ...); navigation labels glued to the start of a line are
  marked alone.
- ``dateline``: a short line made only of outlet names, dateline places and separators
  ("عين اليوم – الرياض", "الرياض - واس"), or such a dateline opening a body line up to its colon
  ("جدة - واس: ...", "خالد خليل – سبق: ...").
- ``byline``: a short "NAME – PLACE" line at the head or tail of the article, or a line equal to
  the author given in the document's metadata.
- ``related-headline``: the headline of another story dropped between two paragraphs. It has the
  shape of a headline (one clause, no final punctuation, headline length), sits between prose
  paragraphs that end with a full stop, in an article whose paragraphs are punctuated prose, and
  does not continue the story: most of its words appear nowhere else in the article (a section
  heading, by contrast, announces words that the next paragraph repeats).

See docs/boilerplate.md for the measured figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .memo import WordMemo
from .normalize import normalize
from .tokens import Tokenizer
from ..components import Stage
from ..errors import ModelError
from ..resources import Resources

RULES_FILE = ("text", "boilerplate.json")

# Sentence-final punctuation, possibly followed by closing quotes/brackets.
_FINAL = re.compile(r"[.!?؟…]+[\"'»”’)\]}]*$|[\"'»”’)\]}]+[.!?؟…]+$")
# Any punctuation a line may end with when it is prose cut by the scraper (comma, colon ...).
_SOFT_END = re.compile(r"[.!?؟…:;؛،,\-–—]+[\"'»”’)\]}]*$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A word of raw text: letters with any diacritics and tatweel inside it (\w excludes them).
_WORD_RAW = re.compile(r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])+")
_ARABIC = re.compile(r"[\u0621-\u064A]")
# A sentence boundary inside a line: a stop followed by a space and more words.
_INNER_STOP = re.compile(r"[.!?؟]+[\"'»”’)]*\s+\S")
# Separators inside datelines; a tatweel separates only with a space beside it ("الرياضي ـ جدة"),
# never inside a word ("لـ«الشرق الأوسط»").
_SEP = re.compile(r"\s*(?:[–—\-:|/،,()])\s*|\s+ـ\s*|\s*ـ\s+")
_QUOTES = "«»\"“”„{}[]'"
# A list item or bullet; in a page of items (quotes of the week, briefs) an unpunctuated line
# between items is part of the list, not a dropped headline.
_BULLET = re.compile(r"^(?:[*•>\-–—#(]|\d+\s*[-.)–/])")

# --- thresholds, each with its reason -----------------------------------------------------
# A dateline or byline is a handful of words ("عبدالرحمن إدريس - جدة" is 3); more is prose.
DATELINE_MAX_WORDS = 8
# ... and so never longer than this many characters (a cheap test before counting words).
DATELINE_MAX_CHARS = 120
# Each part of a dateline ("مكة المكرمة", "الشرق الأوسط أونلاين") is at most this many words.
DATELINE_PART_MAX_WORDS = 4
# An inline dateline opens the line and ends at a colon within this many characters (SaudiNewsNet's
# longest of 1,377, "يوسف سفر، خالد الشاماني- سبق- المدينة المنورة:", has 46); a wire dateline has
# a place of at most 40 characters and an outlet of at most 20 ("وكالة فرانس برس").
INLINE_DATELINE_MAX_CHARS = 60
INLINE_PLACE_MAX_CHARS = 40
INLINE_OUTLET_MAX_CHARS = 20
# Each part of an inline dateline is a name, a place or an outlet: at most three words
# ("الشرق الأوسط أونلاين"); more is a clause ("وأضافت غادة في حديثها").
INLINE_PART_MAX_WORDS = 3
# Bylines without an outlet ("حامد القرشي – مكة المكرمة") are only trusted at the head or tail of
# the article; this many non-empty lines count as head/tail.
EDGE_LINES = 3
# A picture credit closing a caption ("رويترز / مكسيم شيميتوف / تجمع") is searched for in this many
# last characters of a line, and needs a caption of at least this many characters before it.
SUFFIX_WINDOW = 120
SUFFIX_MIN_BEFORE = 10
# Captions and tag lists are short phrases: longer lines are prose even if they open alike.
CAPTION_MAX_WORDS = 14
TAGS_MAX_WORDS = 30
# Headline length in words: the dev set's related headlines have 14-15 words; of SaudiNewsNet's
# 27,582 titles the median has 8, 99% have at most 14 and 99.9% at most 18. Below 6 a line is a
# section heading or label; above 18 it is a paragraph missing its stop.
HEADLINE_MIN_WORDS = 6
HEADLINE_MAX_WORDS = 18
# A headline may quote its speaker ("كيري: ..."); a colon further in introduces a list.
HEADLINE_COLON_MAX_WORD = 3
# The paragraphs around a dropped headline are prose, a sentence or more (the founding example's
# shortest is 13 words); shorter lines are list items, verses or captions.
NEIGHBOUR_MIN_WORDS = 10
# Share of an article's body lines that end with a full stop for it to count as punctuated prose
# (in articles full of unpunctuated headings, poems or lists an unpunctuated line is normal).
PROSE_SHARE = 0.6
# Share of a candidate's content words found nowhere else in the article. The founding example's
# related headlines score 0.6 and 1.0 (موكب، الميدان الأحمر، بايدن، أحمق ...); section headings
# and in-body briefs repeat their words in the paragraph they head (<= 0.4 on SaudiNewsNet
# samples); opinion pull-quotes reach 0.5.
NOVELTY_MIN = 0.55
# Too few content words make the novelty share meaningless.
NOVELTY_MIN_WORDS = 4
# A section heading shares several words with the paragraph it heads; the founding example's
# related headlines share at most one (بوتين, روسيا) with the paragraph after them.
NEXT_SHARED_MAX = 1


@dataclass(frozen=True)
class BoilerplateRules:
    """The detector's data (``resources/text/boilerplate.json``), parsed once: line patterns by
    mode, and the phrase sets it compares lines with (outlets, places and the like by ``_key``,
    function words by ``normalize``)."""

    full: tuple[tuple[str, str, re.Pattern, str], ...]  # (kind, mode, pattern, comment): whole line
    any_full: re.Pattern  # every whole-line pattern in one: one regex call per line, not one per rule
    prefix: tuple[tuple[str, str, re.Pattern, str], ...]  # labels glued to the start of a line
    suffix: tuple[tuple[str, str, re.Pattern, str], ...]  # endings that prove a kind (photo credits)
    outlets: frozenset[str]
    places: frozenset[str]
    bywords: frozenset[str]
    blockers: frozenset[str]
    stop: frozenset[str]
    openers: frozenset[str]
    paragraph_openers: frozenset[str]
    skeleton_prefixes: tuple[str, ...]  # tried in file order, the first that fits is stripped
    skeleton_suffixes: tuple[str, ...]

    @classmethod
    def load(cls, resources: Resources) -> "BoilerplateRules":
        d = resources.json(*RULES_FILE)
        try:
            rules = [(r["kind"], r["mode"], re.compile(r["pattern"]), r["comment"]) for r in d["rules"]]

            def items(name: str, key=normalize) -> frozenset[str]:
                return frozenset(key(x) for x in d[name]["items"])

            full = tuple(r for r in rules if r[1] == "full")
            return cls(
                full=full, any_full=re.compile("|".join(f"(?:{r[2].pattern})" for r in full)),
                prefix=tuple(r for r in rules if r[1] == "prefix"),
                suffix=tuple(r for r in rules if r[1] == "suffix"),
                outlets=items("outlets", _key), places=items("places", _key), bywords=items("byline_words", _key),
                blockers=items("dateline_blockers", _key), stop=items("stopwords"),
                openers=items("continuation_openers"), paragraph_openers=items("paragraph_openers"),
                skeleton_prefixes=tuple(d["skeleton_prefixes"]["items"]),
                skeleton_suffixes=tuple(d["skeleton_suffixes"]["items"]))
        except (KeyError, TypeError, re.error) as exc:
            raise ModelError(f"data file {'/'.join(RULES_FILE)} is corrupt ({type(exc).__name__}: {exc}); "
                             f"reinstall Rasd") from None


def _key(s: str) -> str:
    """Comparison key of a short phrase: normalised, quotes dropped, one space between words."""
    s = normalize(s)
    s = "".join(ch for ch in s if ch not in _QUOTES and ch != '"')
    return " ".join(s.split())


# A line's content: from its first to its last character that is neither white space nor a bidi
# or zero-width mark (scraped text leaves them at line edges; they are not content), within one
# line (LF, CRLF or CR ends); blank lines give no match.
_NOT_BLANK = r"[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
_LINE = re.compile(rf"{_NOT_BLANK}(?:[^\r\n]*{_NOT_BLANK})?")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, trimmed of white space and of bidi marks at its edges."""
    return [m.span() for m in _LINE.finditer(text)]


def _nwords(line: str) -> int:
    return len(line.split())


def _is_sentence(line: str) -> bool:
    return bool(_FINAL.search(line))


# --- datelines and bylines -----------------------------------------------------------------
def _parts(line: str) -> list[str]:
    return [p for p in (_key(x) for x in _SEP.split(line)) if p]


_INLINE = re.compile(r"^([^:.!?؟\n]{2,%d}?)\s*:" % INLINE_DATELINE_MAX_CHARS)
_INLINE_WIRE = re.compile(r"^([^()\n:.]{0,%d}?)\s*\(([^()\n]{1,%d})\)\s*[-–—:]+"
                          % (INLINE_PLACE_MAX_CHARS, INLINE_OUTLET_MAX_CHARS))

# --- related headlines ---------------------------------------------------------------------
_VOWELS = str.maketrans("", "", "اوي")


def _skeleton(w: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """A crude root key for "does this word recur" checks: clitics, the article, one derivational
    or imperfect prefix letter and common suffixes are stripped, then long vowels dropped, so that
    صارمة/صرامة, تحذر/حذر and اللاجئين/اللجوء meet."""
    for p in prefixes:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    if len(w) >= 5 and w[0] in "ميتنا" and w[1] in "ست":  # مست/يست/است/تست/مت/يت ...
        w = w[2:] if w[1] == "ت" else w[1:]
        if w[0] == "ت" and len(w) >= 4:
            w = w[1:]
    elif len(w) >= 4 and w[0] in "ميتن":
        w = w[1:]
    for s in suffixes:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    return w.translate(_VOWELS)


# --- the detector ----------------------------------------------------------------------------
class BoilerplateFinder:
    """Finds boilerplate lines with one set of rules; each word's recurrence key is remembered
    (per instance: the key depends on the rules' function words and affixes)."""

    def __init__(self, rules: BoilerplateRules, tokenizer: Tokenizer):
        self.rules = rules
        self.split_clitics = tokenizer.split_clitics
        # raw word -> its recurrence key (_word_key_of), asked for every word of a candidate article
        self._word_key = WordMemo(self._word_key_of).__getitem__

    @classmethod
    def shared(cls, resources: Resources) -> "BoilerplateFinder":
        """The finder of these data files (the rules and the shared tokenizer's clitic splits)."""
        return resources.cached(("text", "BoilerplateFinder"), lambda: cls(
            BoilerplateRules.load(resources), Tokenizer.shared(resources)))

    def find(self, text: str, author: str | None = None) -> list[tuple[int, int, str, str]]:
        """Boilerplate spans of a plain text as (start, end, kind, reason), in text order."""
        if not text:
            return []
        lines = _lines(text)
        author_key = _key(author) if author else None
        found, prefixes = self._line_kinds(text, lines, author_key)
        self._read_more_targets(text, lines, found)
        for i, reason in self._related_headlines(text, lines, set(found)):
            s, e = lines[i]
            found[i] = (s, e, "related-headline", reason)
        return sorted(list(found.values()) + prefixes)

    def _line_kinds(self, text: str, lines: list[tuple[int, int]], author_key: str | None
                    ) -> tuple[dict[int, tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
        """Whole lines that are boilerplate by their own content (line index -> span), and the
        boilerplate openings of other lines (navigation labels, datelines)."""
        n = len(lines)
        found: dict[int, tuple[int, int, str, str]] = {}
        prefixes: list[tuple[int, int, str, str]] = []
        for i, (s, e) in enumerate(lines):
            line = text[s:e]
            at_edge = i < EDGE_LINES or i >= n - EDGE_LINES
            hit = self._match_rules(line, i, n)
            if hit:
                found[i] = (s, e, hit[0], hit[1])
                continue
            # a navigation prefix ("Next Previous") glued to the first line: mark it and look at the rest
            off = 0
            for kind, mode, rx, comment in self.rules.prefix:
                m = rx.match(line)
                if m and m.end() > 0:
                    if m.end() >= len(line):
                        found[i] = (s, e, kind, comment)
                    else:
                        k = len(m.group().rstrip(" \u00a0\t"))  # the span stops at the last label letter
                        prefixes.append((s, s + k, kind, comment))
                        off = m.end()
                    break
            if i in found:
                continue
            rest = line[off:]
            kind = self._dateline_kind(rest, at_edge, author_key)
            if kind:
                if off:
                    prefixes.pop()
                    found[i] = (s, e, kind, "navigation labels and a " + kind)
                else:
                    found[i] = (s, e, kind, "a short line made of outlet, place and author names"
                                if kind == "dateline" else "an author line (name with place or outlet)")
                continue
            k = self._inline_dateline(rest)
            if k:
                prefixes.append((s + off, s + off + k, "dateline", "a dateline (place and outlet) opening the paragraph"))
        return found, prefixes

    @staticmethod
    def _read_more_targets(text: str, lines: list[tuple[int, int]], found: dict) -> None:
        """"اقرأ أيضا:" alone announces a headline on the next line: mark that line too."""
        n = len(lines)
        for i in list(found):
            s, e, kind, _ = found[i]
            if kind == "read-more" and i + 1 < n and i + 1 not in found and text[e - 1] in ":：" :
                ns, ne = lines[i + 1]
                nl = text[ns:ne]
                if not _is_sentence(nl) and _nwords(nl) <= HEADLINE_MAX_WORDS:
                    found[i + 1] = (ns, ne, "related-headline", "the headline a \"read also\" label points to")

    def _match_rules(self, line: str, i: int, n: int) -> tuple[str, str] | None:
        d = self.rules
        # "suffix" rules: the end of the line proves the kind at any length (a photo credit closing a
        # long caption); only the last characters are searched
        tail = max(0, len(line) - SUFFIX_WINDOW)
        if line.find("/", tail) >= 0:  # every credit names its photographer after a slash
            for kind, mode, rx, comment in d.suffix:
                m = rx.search(line, tail)
                if m and m.start() >= SUFFIX_MIN_BEFORE:
                    return kind, comment
        if not d.any_full.fullmatch(line):
            return None
        for kind, mode, rx, comment in d.full:
            if not rx.fullmatch(line):
                continue
            words = _nwords(line)
            if kind == "caption" and (words > CAPTION_MAX_WORDS or _is_sentence(line) or _INNER_STOP.search(line)):
                continue
            if kind == "timestamp" and ":" not in line and "：" not in line and EDGE_LINES <= i < n - EDGE_LINES:
                continue  # a bare date inside the article is data (a schedule), not the page's time stamp
            if kind == "tags":
                if words > TAGS_MAX_WORDS or _is_sentence(line):
                    continue
                # without a colon "سمات ..." could open a heading: trust it only at the article's tail
                if ":" not in line and "：" not in line and i < n - EDGE_LINES:
                    continue
            return kind, comment
        return None

    # -- datelines and bylines ------------------------------------------------------------------
    def _has_function_word(self, parts: list[str]) -> bool:
        """Names, places and outlets hold no prepositions or reporting words; "في حديث لـ..." is prose."""
        d = self.rules
        return any(w in d.blockers for p in parts if p not in d.outlets and p not in d.places for w in p.split())

    def _dateline_kind(self, line: str, at_edge: bool, author: str | None) -> str | None:
        """"dateline" / "byline" when the whole line is one, else None."""
        d = self.rules
        if author and _key(line) == author:
            return "byline"
        if len(line) > DATELINE_MAX_CHARS or _nwords(line) > DATELINE_MAX_WORDS or _is_sentence(line) \
                or any(ch.isdigit() for ch in line):
            return None
        parts = _parts(line)
        if not parts or any(len(p.split()) > DATELINE_PART_MAX_WORDS for p in parts) or self._has_function_word(parts):
            return None
        known = [p in d.outlets or p in d.places for p in parts]
        if all(known):
            return "dateline"
        has_sep = len(parts) > 1
        if not has_sep:
            return None
        # NAME – OUTLET/PLACE, OUTLET – NAME, "كتب - NAME:": one unknown part (the person) at most
        # beside known parts; at the edges of the article only, where bylines live.
        unknown = [p for p, k in zip(parts, known) if not k]
        if any(k for k in known) or parts[0].split()[0] in d.bywords:
            if len(unknown) <= 1 and (at_edge or any(p in d.outlets for p in parts)):
                return "byline" if unknown else "dateline"
        return None

    def _inline_dateline(self, line: str) -> int:
        """Length of a dateline that opens a body line ("جدة - واس: ...", "بكين (رويترز) -"), or 0."""
        d = self.rules
        m = _INLINE_WIRE.match(line)
        if m and _key(m.group(2)) in d.outlets and _nwords(m.group(1)) <= DATELINE_PART_MAX_WORDS:
            return m.end()
        m = _INLINE.match(line)
        if not m or m.end() >= len(line.rstrip()):
            return 0
        head = m.group(1)
        parts = _parts(head)
        if len(parts) < 2 or _nwords(head) > DATELINE_MAX_WORDS:
            return 0
        if any(len(p.split()) > INLINE_PART_MAX_WORDS for p in parts) or self._has_function_word(parts):
            return 0
        if not any(p in d.outlets for p in parts):
            return 0
        return m.end()

    # -- related headlines ----------------------------------------------------------------------
    def _word_key_of(self, raw: str) -> str:
        """Recurrence key of one raw word, or "" for function words and short words."""
        w = normalize(raw)
        if w in self.rules.stop or len(w) < 3:
            return ""
        k = _skeleton(w, self.rules.skeleton_prefixes, self.rules.skeleton_suffixes)
        # two-letter skeletons (روسي -> رس) match too much to count as evidence either way
        return k if len(k) >= 3 else ""

    def _content_keys(self, line: str) -> set[str]:
        word_key = self._word_key
        out = {word_key(w) for w in _WORD_RAW.findall(line)}
        out.discard("")
        return out

    def _headline_shape(self, line: str) -> bool:
        openers = self.rules.openers
        if _SOFT_END.search(line) or _is_sentence(line):
            return False
        n = _nwords(line)
        if not (HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS):
            return False
        if _INNER_STOP.search(line) or re.search(r"\.(?!\d)|(?<!\d)\.", line):  # a full stop: prose
            return False
        colon = line.find(":")
        if colon >= 0 and _nwords(line[:colon]) > HEADLINE_COLON_MAX_WORD:
            return False
        if _BULLET.match(line):  # list items and bullets
            return False
        first = _WORD.match(normalize(line))
        if not first:
            return False
        w = first.group()
        if w in openers or (w[0] in "وف" and w[1:] in openers):  # "لأن", "جاء ذلك", "وفي" continue
            return False
        last = _WORD.findall(normalize(line))[-1]
        if last in openers or last in self.rules.stop:  # ends on "إلى", "أن": the sentence goes on
            return False
        if not _ARABIC.search(w):
            return False
        # a conjunction fused to the first word ("وأشار", "فالعتاب") continues the text
        if w[0] in "وف" and any(r == "conj" for *_, r in self.split_clitics(line[first.start():first.end()])):
            return False
        return True

    def _continues(self, line: str) -> bool:
        """Does this paragraph open mid-sentence ("في العمل بهذا المجال ...", "معافى في بدنه")?
        A new paragraph opens with a verb, a noun or a conjunction; one that opens with a
        preposition or particle continues the line before it, which is then no headline (unless
        the word is one of the rules' paragraph openers, which start paragraphs too)."""
        m = _WORD.match(normalize(line))
        return bool(m) and m.group() in self.rules.openers and m.group() not in self.rules.paragraph_openers

    def _related_headlines(self, text: str, lines: list[tuple[int, int]], taken: set[int]) -> list[tuple[int, str]]:
        """Indices of lines that are other stories' headlines, with a reason."""
        strs = [text[s:e] for s, e in lines]
        n = len(strs)
        if n < 3:
            return []
        cands = [i for i in range(1, n - 1) if i not in taken and self._headline_shape(strs[i])]
        if not cands:
            return []
        body = [i for i in range(1, n) if i not in taken]
        prose = sum(1 for i in body if _is_sentence(strs[i]))
        if not body or (prose + len(cands)) / len(body) < PROSE_SHARE:
            return []
        # the cheap tests first: prose paragraphs on both sides (or, before it, another dropped
        # headline that follows prose: two related headlines in a row), no dateline opening the next
        # one (a brief's own headline: its story follows under a dateline)
        shaped = set(cands)

        def prose_at(j: int) -> bool:
            return j >= 0 and j not in taken and not _BULLET.match(strs[j]) and _is_sentence(strs[j]) \
                and _nwords(strs[j]) >= NEIGHBOUR_MIN_WORDS

        cands = [i for i in cands
                 if (prose_at(i - 1) or ((i - 1) in shaped and prose_at(i - 2)))
                 and (i + 1) not in taken and not _BULLET.match(strs[i + 1])
                 and _nwords(strs[i + 1]) >= NEIGHBOUR_MIN_WORDS and not self._inline_dateline(strs[i + 1])
                 and not self._continues(strs[i + 1])]
        if not cands:
            return []
        keys = [self._content_keys(s) if k not in taken else set() for k, s in enumerate(strs)]
        # in how many lines each key occurs: "elsewhere" is then a count test, linear in the text
        df: dict[str, int] = {}
        for ks in keys:
            for k in ks:
                df[k] = df.get(k, 0) + 1
        out = []
        accepted: set[int] = set()
        for i in cands:
            if not prose_at(i - 1) and (i - 1) not in accepted:
                continue  # after an unpunctuated line that is not itself a dropped headline
            mine = keys[i]
            if len(mine) < NOVELTY_MIN_WORDS:
                continue
            nov = sum(1 for k in mine if df[k] == 1) / len(mine)
            shared_next = len(mine & keys[i + 1])
            if nov < NOVELTY_MIN or shared_next > NEXT_SHARED_MAX:
                continue
            accepted.add(i)
            out.append((i, f"unpunctuated headline-length line between paragraphs; {nov:.0%} of its words "
                            f"appear nowhere else in the article"))
        return out


def find_boilerplate(text: str, author: str | None = None) -> list[tuple[int, int, str, str]]:
    """Boilerplate spans of a plain text as (start, end, kind, reason), in text order, by the
    shipped data's rules (see ``BoilerplateFinder``)."""
    return BoilerplateFinder.shared(Resources.default()).find(text, author)


class BoilerplateStage(Stage):
    """Adds the layer "boilerplate" (the document's meta "author", when given, is a byline)."""

    def __init__(self, config, resources: Resources):
        super().__init__(config, resources)
        self.finder = BoilerplateFinder.shared(resources)

    def __call__(self, doc) -> None:
        author = (doc.meta or {}).get("author") if isinstance(doc.meta, dict) else None
        spans = [doc.span(s, e, label=kind, reason=reason)
                 for s, e, kind, reason in self.finder.find(doc.text, author if isinstance(author, str) else None)]
        doc.set_layer("boilerplate", spans)
