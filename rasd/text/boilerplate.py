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
- ``byline``: a short "NAME – PLACE" line at the head or tail of the article, a line equal to
  the author given in the document's metadata, or a columnist's name alone on the first line when
  the title (metadata) opens with it ("NAME: TITLE").
- ``caption`` (a run): photo captions run together after the last sentence of the article's last
  line, no punctuation and no clause word (``_caption_run``).
- ``related-headline``: the headline of another story dropped between two paragraphs. It has the
  shape of a headline (one clause, no final punctuation, headline length), sits between prose
  paragraphs that end with a full stop, in an article whose paragraphs are punctuated prose, and
  does not continue the story: most of its words appear nowhere else in the article (a section
  heading, by contrast, announces words that the next paragraph repeats).

See docs/boilerplate.md for the measured figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .memo import WordMemo
from .normalize import normalize, strip_conjunction
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
# Separators inside datelines; a tatweel separates with a space before it ("الرياضي ـ جدة") or
# after a word and before a space ("عافت الزويدـ سبق"), never after the one-letter prepositions
# ل and ب ("لـ«الشرق الأوسط»", "كيري لـ عكاظ:" is a title quoting its speaker, not a dateline).
_SEP = re.compile(r"\s*(?:[–—\-:|/،,()])\s*|\s+ـ\s*|(?<=[\u0621-\u064A]{2})ـ\s+")
_QUOTES = "«»\"“”„{}[]'"
# A list item or bullet; in a page of items (quotes of the week, briefs) an unpunctuated line
# between items is part of the list, not a dropped headline.
# The writer's signature: a dash, then letters (a name, or a bio with a slash: "ترجمة/ NAME (بتصرّف)")
_SIGNATURE = re.compile(r"^[-–—]\s*[^\W\d_]")
_SIGNATURE_NOT = re.compile(r"[.!?؟:،,\d\u0660-\u0669]")
_DASHED = re.compile(r"^[-–—]")
# a writer's note: one star, then letters ("* * *" is a section break, "**" opens an item)
_NOTE = re.compile(r"^\*\s*[^\W\d_]")
_NOTE_NOT = re.compile(r"[.!?؟:\d\u0660-\u0669*]")
_LIST_MARK = re.compile(r"^[-–—*•]")
_LONE_NOT = re.compile(r"[.!?؟:،,;؛\d\u0660-\u0669]")
# the dots of title abbreviations are no stop: د. (doctor), م. (engineer), أ. (professor) before a name
# a person's name line: Arabic letters and spaces only (no stop, comma, digit, quote, bracket or Latin)
_NAME_NOT = re.compile(r"[^\u0621-\u064A\u0640\u064B-\u0652\s]")
_TITLE_ABBREV = re.compile(r"(?<![^\W\d_])[دمأ]\.")
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
# ... so its colon is at most this far into the line (the head, and a photo credit in brackets
# of at most 50 characters before the colon).
INLINE_SEARCH_CHARS = INLINE_DATELINE_MAX_CHARS + 56
INLINE_OUTLET_MAX_CHARS = 20
# A dateline glued to the first paragraph without a colon ("عين اليوم – جازان قام ...") is
# followed by that paragraph: fewer words after it are a name or a photo credit, and the line is
# then read whole (as a dateline or byline line) instead.
GLUED_BODY_MIN_WORDS = 5
# Each part of an inline dateline is a name, a place or an outlet: at most three words
# ("الشرق الأوسط أونلاين"); more is a clause ("وأضافت غادة في حديثها").
INLINE_PART_MAX_WORDS = 3
# A columnist's name standing alone under a title that opens with it: two to four words (a person;
# one word is as often a body or place quoting itself, "بحاح: ...", whose line would be a heading).
BYLINE_NAME_WORDS = (2, 4)
# Bylines without an outlet ("حامد القرشي – مكة المكرمة") are only trusted at the head or tail of
# the article; this many non-empty lines count as head/tail.
EDGE_LINES = 3
# What stands before a tag list glued to the last line is read as a line of its own only when it is
# this short: the lines found there are a handle («@mmmsssalama», 12 characters) or a link (the
# longest on the twelve non-reserved days, 68); a paragraph is longer and needs no regex run. The
# bound is the dateline's (120): a link or handle line is boilerplate of the same one-line kind, and
# 120 leaves room over the 68 seen for longer links without reaching a sentence of body.
BEFORE_TAGS_MAX_CHARS = DATELINE_MAX_CHARS
# A picture credit closing a caption ("رويترز / مكسيم شيميتوف / تجمع") is searched for in this many
# last characters of a line, and needs a caption of at least this many characters before it.
SUFFIX_WINDOW = 120
SUFFIX_MIN_BEFORE = 10
# A writer's signature on the article's last line ("- عبدالمحسن بن عبدالعزيز بن عبدالرحمن آل الشيخ",
# "- إمام وخطيب وعضو مجلس أهالي محافظة الرس": aljazirah essays and readers' letters): a name with
# three بن links or a one-line bio, at most this many words; longer is a sentence.
SIGNATURE_MAX_WORDS = 9
# A translated op-ed writer's bio footnote ("* مسؤول في الخارجية الأميركية (1982 - 2003)") above the
# syndication credit: one or two titles per writer, at most this many words (a paragraph is longer).
FOOTNOTE_MAX_WORDS = 30
# The writer's note closing an opinion piece ("* أستاذ العلوم السياسية بجامعة محمد الخامس", "* مؤسس
# ورئيس مجموعة ساين للمخ والأعصاب"): a title or two, at most this many words; a short last line may
# continue it ("بجامعة الإمام محمد بن سعود الإسلامية", six words).
NOTE_MAX_WORDS = 12
NOTE_TAIL_MAX_WORDS = 8
# A signature or note in a text that has other "-" or "*" lines is taken only under a paragraph of
# prose: a line of at least this many words that opens with no list mark. The last item of a dashed
# column or a "*" list stands under its sibling item or under a short heading or name ("عنوان صحفي",
# "عمر المهنا", a poem's last verse "حرامُ .": two words each, aljazirah and alwatan 2015-07-26..08-06);
# a writer's paragraph is a sentence, and the shortest closing paragraph read above a signature on the
# twelve days has 23 words.
PROSE_ABOVE_MIN_WORDS = 10
# A lone line under the title of an item whose body was not scraped: the caption of its picture
# ("الشيخ آل دريس", "وزير العدل وزير العمل", up to three people's names) or its writer's name;
# longer is a one-sentence body.
LONE_LINE_MAX_WORDS = 6
# Captions and tag lists are short phrases: longer lines are prose even if they open alike.
CAPTION_MAX_WORDS = 14
# A run of photo captions glued after the last sentence (alyaum galleries): at least two captions.
# One caption is 2-7 words (the 27 such tails of alyaum 2015-07-21/22), so 8 words are two at the
# least; a single unpunctuated tail that short may be a last sentence that lost its stop, and is
# left. The longest run seen held about 60 words (a gallery of department names); 80 leaves room and
# keeps a long unpunctuated paragraph out.
CAPTION_RUN_MIN_WORDS = 8
CAPTION_RUN_MAX_WORDS = 80
# the paragraph before the run must be prose: as many words as a neighbour paragraph needs
CAPTION_RUN_PROSE_WORDS = 10
_CAPTION_RUN_NOT = re.compile(r"[.!?؟…:;؛،,@\d\u0660-\u0669A-Za-z]")
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
class Rule:
    """One pattern of ``boilerplate.json``: the kind it marks, how it is matched (``mode``: full,
    prefix, suffix, tail, sentence or anywhere; ``after``: where a tail may start) and why."""

    kind: str
    mode: str
    rx: re.Pattern
    comment: str
    after: str = "any"
    cues: tuple[str, ...] = ()  # a word one of which the line must hold for the rule to be tried (speed)

    def cued(self, line: str) -> bool:
        return not self.cues or any(c in line for c in self.cues)


@dataclass(frozen=True)
class BoilerplateRules:
    """The detector's data (``resources/text/boilerplate.json``), parsed once: line patterns by
    mode, and the phrase sets it compares lines with (outlets, places and the like by ``_key``,
    function words by ``normalize``)."""

    full: tuple[Rule, ...]  # whole line
    any_full: re.Pattern  # every whole-line pattern in one: one regex call per line, not one per rule
    prefix: tuple[Rule, ...]  # labels glued to the start of a line
    any_prefix: re.Pattern  # every prefix pattern in one (most lines open with none: one call each)
    suffix: tuple[Rule, ...]  # endings that prove a kind (photo credits)
    tail: tuple[Rule, ...]  # glued to the end of one of the article's last lines
    sentence: tuple[Rule, ...]  # a sentence of its own anywhere (wire credits, picture credits)
    any_sentence: re.Pattern  # every sentence pattern in one, tried at each sentence start first
    anywhere: tuple[Rule, ...]  # marked wherever they stand (the wire's end marker)
    outlets: frozenset[str]
    places: frozenset[str]
    agencies: dict[str, str]  # _key of a spelling -> the agency's canonical name
    agency_re: re.Pattern | None  # any spelling, on _key text, as a whole word
    bywords: frozenset[str]
    blockers: frozenset[str]
    tag_governors: frozenset[str]
    stop: frozenset[str]
    openers: frozenset[str]
    paragraph_openers: frozenset[str]
    skeleton_prefixes: tuple[str, ...]  # tried in file order, the first that fits is stripped
    skeleton_suffixes: tuple[str, ...]
    lone_openers: frozenset[str]  # words that open a one-line body, never a caption (تم التجاوب)
    caption_blockers: frozenset[str]  # clause words: a tail holding one is a sentence, not a caption run
    name_links: frozenset[str]  # بن، آل، أبو: words inside a person's name
    given_names: frozenset[str] = frozenset()  # common given names (gazetteers), normalised

    @classmethod
    def load(cls, resources: Resources) -> "BoilerplateRules":
        d = resources.json(*RULES_FILE)
        try:
            rules = cls._build(d)
        except (KeyError, TypeError, AttributeError, re.error) as exc:
            raise ModelError(f"data file {'/'.join(RULES_FILE)} is corrupt ({type(exc).__name__}: {exc}); "
                             f"reinstall Rasd") from None
        # the given names the entity and quote stages know (gazetteers/given_names.tsv and the
        # person_first_names class): a short line under the title that opens with one is a name
        given = frozenset(normalize(r[0]) for r in resources.table("gazetteers", "given_names.tsv") if r)
        given |= resources.word_class("gazetteers", "person_first_names")
        return replace(rules, given_names=given)

    @classmethod
    def _build(cls, d: dict) -> "BoilerplateRules":
        agencies = {_key(v): name for name, spellings in d["agencies"]["items"].items() for v in spellings}
        # every spelling as written, longest first, white space between its words free
        spellings = sorted({v for vs in d["agencies"]["items"].values() for v in vs}, key=len, reverse=True)
        agency_alt = "|".join(re.escape(v).replace(r"\ ", r"\s*") for v in spellings) or "(?!)"
        rules = [Rule(r["kind"], r["mode"], re.compile(r["pattern"].replace("{agency}", agency_alt)), r["comment"],
                      r.get("after", "any"), tuple(r.get("cues", ()))) for r in d["rules"]]

        def items(name: str, key=normalize) -> frozenset[str]:
            return frozenset(key(x) for x in d[name]["items"])

        def of_mode(mode: str) -> tuple[Rule, ...]:
            return tuple(r for r in rules if r.mode == mode)

        full = of_mode("full")
        keys = sorted(agencies, key=len, reverse=True)
        return cls(
            full=full, any_full=re.compile("|".join(f"(?:{r.rx.pattern})" for r in full)),
            prefix=of_mode("prefix"), any_prefix=_union(of_mode("prefix")), suffix=of_mode("suffix"),
            tail=of_mode("tail"), sentence=of_mode("sentence"), any_sentence=_union(of_mode("sentence")),
            anywhere=of_mode("anywhere"),
            outlets=items("outlets", _key) | frozenset(agencies), places=items("places", _key),
            agencies=agencies,
            # a fused conjunction or preposition may stand before the name ("وفقا لرويترز.")
            agency_re=re.compile(r"(?<!\w)(?:و?[بل])?(" + "|".join(map(re.escape, keys)) + r")(?!\w)") if keys else None,
            bywords=items("byline_words", _key), blockers=items("dateline_blockers", _key),
            tag_governors=items("tag_governors"), stop=items("stopwords"),
            openers=items("continuation_openers"), paragraph_openers=items("paragraph_openers"),
            skeleton_prefixes=tuple(d["skeleton_prefixes"]["items"]),
            skeleton_suffixes=tuple(d["skeleton_suffixes"]["items"]),
            lone_openers=items("lone_line_openers"), caption_blockers=items("caption_run_blockers"),
            name_links=items("name_links"))


def _union(rules: tuple[Rule, ...]) -> re.Pattern:
    """One pattern matching where any of ``rules`` does (none: a pattern that never matches)."""
    return re.compile("|".join(f"(?:{r.rx.pattern})" for r in rules) or "(?!)")


def _key(s: str) -> str:
    """Comparison key of a short phrase: normalised, quotes dropped, one space between words."""
    s = normalize(s)
    s = "".join(ch for ch in s if ch not in _QUOTES and ch != '"')
    return " ".join(s.split())


# A line's content: from its first to its last character that is neither white space nor a bidi
# or zero-width mark (scraped text leaves them at line edges; they are not content), within one
# line (LF, CRLF or CR ends); blank lines give no match.
_NOT_BLANK = r"[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_LINE = re.compile(rf"{_NOT_BLANK}(?:[^\r\n]*{_NOT_BLANK})?")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, trimmed of white space and of bidi marks at its edges."""
    return [m.span() for m in _LINE.finditer(text)]


def _prose_above(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Is the line above line ``i`` a paragraph of prose (no list mark, at least PROSE_ABOVE_MIN_WORDS
    words)? Under it a closing "- NAME" or "* TITLE" is the writer's, though the text has other "-" or
    "*" lines ("- حامد الفقيه" under a story with dashed dialogue, aljazirah 2015-08-07; "* استشاري طب
    الأطفال" under a health column with "*" sub-headings, aawsat 2015-07-21); under a sibling item or a
    short heading it is the last item of a list."""
    if i < 2:
        return False
    a, b = lines[i - 1]
    above = text[a:b]
    return not _LIST_MARK.match(above) and _nwords(above) >= PROSE_ABOVE_MIN_WORDS


def _nwords(line: str) -> int:
    return len(line.split())


def _is_sentence(line: str) -> bool:
    return bool(_FINAL.search(line))


# --- datelines and bylines -----------------------------------------------------------------
def _parts(line: str) -> list[str]:
    return [p for p in (_key(x) for x in _SEP.split(line)) if p]


# Brackets in the head hold no colon ("رويترز- الصخيرات (المغرب):"); a bracket with a colon right
# before the closing colon is let through when it is a photo credit ("سبق- جدة (تصوير/ NAME):"), and
# otherwise stops the match: "عين اليوم – جازان (تصوير: NAME) قام ..." is no dateline up to "تصوير:".
# (Greedy runs of excluded characters: linear on a long line; the length is checked in the code.)
# A bracket right before the colon is group 2, not part of the head.
_INLINE = re.compile(r"^([^:.!?؟()\n]*(?:\((?![^()\n]*\)\s*:)[^():\n]{1,30}\)[^:.!?؟()\n]*)*)(\([^()\n]{2,50}\))?\s*:")
_INLINE_WIRE = re.compile(r"^([^()\n:.]{0,%d}?)\s*\(([^()\n]{1,%d})\)\s*[-–—:]+"
                          % (INLINE_PLACE_MAX_CHARS, INLINE_OUTLET_MAX_CHARS))

# --- pieces inside lines --------------------------------------------------------------------
# The kinds whose span may name the article's source agency ("الرياض - واس", "بحسب رويترز.").
AGENCY_KINDS = ("dateline", "byline", "credit")
# Dashes between the parts of a dateline glued to its paragraph (no colon: that is _INLINE's).
# A tatweel separates only after a space ("الهواملة ـ عين اليوم"); after a letter it is part of the
# word ("أكد لـ «الاقتصادية»").
_DASH = re.compile(r"\s*[–—\-|/]\s*|\s+ـ\s*")
_TOKEN = re.compile(r"\S+")
# A place of one to three words closing a glued dateline with a colon.
# A label of one to three words and a colon opening a credit line ("رصد وتصوير:").
_LABEL = re.compile(r"((?:\S+\s+){0,2}?\S+?)\s*:\s*")
_PLACE_COLON = re.compile(r"\s*((?:\S+\s+){0,2}?\S+?)\s*:")
# A paragraph opens with a word, a bracket (a photo credit first) or a quotation mark.
_BODY_START = re.compile(r"[\s\u00a0]*[(\[«\"“\u0621-\u064A]")
# A sentence stop, the closing quotes and brackets after it (group 1), and the white space after them.
_STOP_AT = re.compile(r"[.!?؟…]+([\"'»”’)\]]*)[\s\u00a0]*")
_WORD_BEFORE = re.compile(r"(\S+)[\s\u00a0]*$")


def _stop_ends(line: str) -> list[int]:
    """Where a sentence may start after each stop of ``line``: past the stop and the white space
    after it, and also past closing quotes or brackets before that space ("…أمس.«واس»", "…». بحسب")."""
    out = []
    n = len(line)
    for m in _STOP_AT.finditer(line):
        if m.end(1) > m.start(1):  # a quotation mark right after the stop may open the next piece
            out.append(m.start(1))
        if m.end() < n:
            out.append(m.end())
    return out


def _ends_piece(line: str, end: int) -> bool:
    """Does a piece ending at ``end`` end a sentence too (the line ends, or white space, a stop or the
    colon closing a dateline follows)?"""
    return end >= len(line) or line[end].isspace() or line[end] in ".،,:"


def _disjoint(pieces: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The pieces without overlaps (the earlier, then the longer, wins)."""
    out: list[tuple[int, int, str, str]] = []
    for p in sorted(pieces, key=lambda p: (p[0], -p[1])):
        if not out or p[0] >= out[-1][1]:
            out.append(p)
    return out


def _trimmed(text: str, lines: list[tuple[int, int]], pieces: list[tuple[int, int, str, str]]
             ) -> list[tuple[int, int]]:
    """Each line without the pieces that open or close it (and the white space beside them)."""
    if not pieces:
        return lines
    starts = {a: b for a, b, _, _ in pieces}
    ends = {b: a for a, b, _, _ in pieces}
    out = []
    for s, e in lines:
        while s in starts and starts[s] < e:
            s = starts[s]
            while s < e and (text[s].isspace() or text[s] in _INVISIBLE):
                s += 1
        while e in ends and ends[e] > s:
            e = ends[e]
            while e > s and (text[e - 1].isspace() or text[e - 1] in _INVISIBLE):
                e -= 1
        out.append((s, e))
    return out


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

    def find(self, text: str, author: str | None = None, title: str | None = None) -> list[tuple[int, int, str, str]]:
        """Boilerplate spans of a plain text as (start, end, kind, reason), in text order. ``title``
        (the article's title, kept apart from its text) lets a columnist's name alone on the first
        line count as a byline when the title names him ("NAME: TITLE")."""
        if not text:
            return []
        lines = _lines(text)
        author_key = _key(author) if author else None
        found, pieces = self._line_kinds(text, lines, author_key)
        if lines and 0 not in found and title:
            s, e = lines[0]
            if self._title_names(title, text[s:e]):
                found[0] = (s, e, "byline", "the columnist's name alone under a title that opens with it (\"NAME: TITLE\")")
                pieces = [p for p in pieces if not (s <= p[0] < e)]
        self._writer_lines(text, lines, found)
        self._name_under_title(text, lines, found, title)
        self._read_more_targets(text, lines, found)
        pieces += self._tail_pieces(text, lines, found)
        pieces += self._caption_run(text, lines, found, pieces)
        pieces += self._sentence_pieces(text, lines, found, pieces)
        # the related-headline test reads each line without the pieces glued to its edges
        body = _trimmed(text, lines, pieces)
        for i, reason in self._related_headlines(text, body, set(found)):
            s, e = lines[i]
            found[i] = (s, e, "related-headline", reason)
        return sorted(list(found.values()) + pieces)

    def _writer_lines(self, text: str, lines: list[tuple[int, int]], found: dict) -> None:
        """The writer's lines, not the outlet's, at the edges of a text whose first line is its title:
        a signature ("- NAME") alone on the last line, a bio footnote ("* TITLE") on the lines just
        above a syndication credit that opens with "*", and a lone short line under the title of an
        item without a body (its picture's caption or its writer's name)."""
        n = len(lines)
        if n == 2 and 1 not in found:
            s, e = lines[1]
            line = text[s:e]
            words = line.split()
            # a nominal line: no stop, colon, comma or digit (a sentence or a score), Arabic, and not
            # opened by a function or continuation word (a scrap of body: "تم التجاوب" is a verb phrase)
            if len(words) <= LONE_LINE_MAX_WORDS and not _LONE_NOT.search(_TITLE_ABBREV.sub("", line)) and _ARABIC.search(line) \
                    and normalize(words[0]) not in self.rules.stop and normalize(words[0]) not in self.rules.openers \
                    and normalize(words[0]) not in self.rules.lone_openers:
                found[1] = (s, e, "caption", "a lone short line under the title of an item with no body: "
                                             "its picture's caption or its writer's name")
            return
        if n >= 3 and n - 1 not in found:
            s, e = lines[-1]
            line = text[s:e]
            # a dash and a name or title alone, and no other line opening with a dash: a column of
            # dashed items or a list of winners ends with one of its own items, not a signature
            # in a text with other dashed lines, only under a paragraph of prose (_prose_above)
            if _SIGNATURE.match(line) and _nwords(line.lstrip("-–— ")) <= SIGNATURE_MAX_WORDS and not _SIGNATURE_NOT.search(line) \
                    and (not any(_DASHED.match(text[a:b]) for a, b in lines[1:-1]) or _prose_above(text, lines, n - 1)):
                found[n - 1] = (s, e, "byline", "the writer's signature alone on the last line (\"- NAME\")")
        self._writer_note(text, lines, found)
        credits = [i for i in range(max(1, n - EDGE_LINES), n)
                   if i in found and found[i][2] == "credit" and text[found[i][0]:found[i][1]].startswith("*")]
        if credits:
            j = credits[0] - 1
            while j >= 1 and j not in found:
                s, e = lines[j]
                line = text[s:e]
                # a "*" line with no paragraph under it, right above the credit: a note on the writer (a
                # "*" sub-heading heads a paragraph; a question or a sentence ending in ؟ is an interview's)
                if not line.startswith("*") or _nwords(line) > FOOTNOTE_MAX_WORDS or "؟" in line or "?" in line:
                    break
                found[j] = (s, e, "credit", "the writer's bio footnote (\"* TITLE\") above the syndication credit")
                j -= 1

    def _name_under_title(self, text: str, lines: list[tuple[int, int]], found: dict, title: str | None) -> None:
        """A writer's name alone on the line right under the title (readers' columns: "ماجد محمد
        الوبيران" in the ninth fresh reading; "سلوى سلمان البلوي", "د. إيهاب حسن أبوركبة", "خامسة آل فرحان",
        alwatan 2015-08-01/08): the text opens with its title (``title``), the next line is a bare
        person's name and a paragraph of prose follows. A bare name: BYLINE_NAME_WORDS words (a
        leading د./م./أ. aside, a trailing "*" of a note allowed), Arabic letters only, no function or
        opening word (a verb of doing), and a name's mark: a known given name before the last word,
        a link of a name (بن، آل، أبو) or a title's abbreviation. A short heading ("هشاشة
        الأيديولوجيا", "حساسية الطعام عند الأطفال") has none of these marks; a person the body speaks
        of is a picture's caption."""
        if not title or len(lines) < 3 or 0 in found or 1 in found:
            return
        s, e = lines[1]
        # the cheap tests first: most second lines are paragraphs (this runs on every text)
        if e - s > DATELINE_MAX_CHARS or not BYLINE_NAME_WORDS[0] <= text.count(" ", s, e) + 1 <= BYLINE_NAME_WORDS[1] + 1:
            return
        line = text[s:e].rstrip("*").strip()
        bare = _TITLE_ABBREV.sub(" ", line)
        words = [normalize(w) for w in bare.split()]
        if not BYLINE_NAME_WORDS[0] <= len(words) <= BYLINE_NAME_WORDS[1] or _NAME_NOT.search(bare):
            return
        s0, e0 = lines[0]
        if _key(text[s0:e0]) != _key(title):
            return
        R = self.rules
        if any(w in R.stop or w in R.openers or w in R.lone_openers for w in words):
            return
        if not (bare != line or any(w in R.given_names for w in words[:-1]) or any(w in R.name_links for w in words)):
            return
        a, b = lines[2]
        if _LIST_MARK.match(text[a:b]) or _nwords(text[a:b]) < PROSE_ABOVE_MIN_WORDS:
            return
        # a name the body goes on to speak of is the picture's caption, not the writer's (aljazirah
        # stories open with one: "هاني شاكر" over "تحدث المطرب هاني شاكر أمس", 2015-07-25): the
        # writer's family name (the line's last word) stands nowhere in the body, as a word or a
        # word's end (with a clitic: والحربي، للحربي; not inside a longer word: الحربية)
        last = words[-1]
        if any(w.endswith(last) for w in normalize(text[a:]).split()):
            return
        found[1] = (s, e, "byline", "the writer's name alone on the line under the title")

    @staticmethod
    def _writer_note(text: str, lines: list[tuple[int, int]], found: dict) -> None:
        """The writer's note closing an opinion piece: "* استشاري طب الأطفال", "*شاعر سعودي", or a note
        that runs onto a short last line ("* عضو اتحاد كتاب مصر" / "ورابطة الأدب الإسلامي"). Only when
        no other line of the text opens with "*": in a text of "*" headings or bullets the last "*" line
        is one of its own items."""
        n = len(lines)
        if n < 3:
            return
        last = n - 1
        s, e = lines[last]
        first = last
        if not text.startswith("*", s):
            # a continuation line under the note: short, no stop, not itself a note
            if n < 4 or _nwords(text[s:e]) > NOTE_TAIL_MAX_WORDS or _NOTE_NOT.search(text[s:e]):
                return
            first = last - 1
        a, b = lines[first]
        note = text[a:b]
        if first in found or last in found or not _NOTE.match(note) or _nwords(note.lstrip("* ")) > NOTE_MAX_WORDS \
                or _NOTE_NOT.search(note, 1):
            return
        if any(text.startswith("*", x) for x, _ in lines[1:first]) and not _prose_above(text, lines, first):
            return
        for i in range(first, n):
            found[i] = (lines[i][0], lines[i][1], "credit", "the writer's note closing the text (\"* TITLE\")")

    @staticmethod
    def _title_names(title: str, line: str) -> bool:
        """Is ``line`` the name that opens ``title`` before its colon ("فوزية الحربي: تحية أيّها البطل"
        over the line "فوزية الحربي", 3alyoum opinion pieces)? The name is two to four words (a person's
        name; one word is as often a place or body quoting itself: "بحاح: ...") without digits."""
        colon = title.find(":")
        if colon < 0 or len(line) > DATELINE_MAX_CHARS:
            return False
        name = _key(title[:colon])
        return BYLINE_NAME_WORDS[0] <= len(name.split()) <= BYLINE_NAME_WORDS[1] and _key(line) == name \
            and not any(ch.isdigit() for ch in name)

    def agency(self, kind: str, span_text: str) -> str | None:
        """The canonical name of the news agency a dateline or credit names ("الرياض - واس" -> واس),
        or None: the article's source agency, recorded on its boilerplate span."""
        rx = self.rules.agency_re
        if kind not in AGENCY_KINDS or rx is None:
            return None
        m = rx.search(_key(span_text))
        return self.rules.agencies[m.group(1)] if m else None

    def _line_kinds(self, text: str, lines: list[tuple[int, int]], author_key: str | None
                    ) -> tuple[dict[int, tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
        """Whole lines that are boilerplate by their own content (line index -> span), and the
        boilerplate pieces that open other lines (navigation labels, share bars, datelines)."""
        n = len(lines)
        found: dict[int, tuple[int, int, str, str]] = {}
        pieces: list[tuple[int, int, str, str]] = []
        for i, (s, e) in enumerate(lines):
            line = text[s:e]
            hit = self._match_rules(line, i, n)
            if hit:
                found[i] = (s, e, hit[0], hit[1])
                continue
            head = self._head_pieces(line, i, n, author_key)
            if head and head[-1][1] >= len(line):  # labels and a dateline make the whole line
                kinds = [k for _, _, k, _ in head]
                # the line is named after its dateline or byline when it has one (the labels beside it are chrome)
                kind = next((k for k in kinds if k in ("dateline", "byline")), kinds[-1])
                reason = head[-1][3] if len(head) == 1 else "labels (" + ", ".join(kinds) + ") making up the line"
                found[i] = (s, e, kind, reason)
            else:
                pieces += [(s + a, s + b, k, r) for a, b, k, r in head]
        return found, pieces

    def _head_pieces(self, line: str, i: int, n: int, author_key: str | None) -> list[tuple[int, int, str, str]]:
        """Boilerplate that opens a line, in order, as (start, end, kind, reason) offsets in the line:
        navigation labels and share bars glued before it, then a dateline or byline (the whole rest,
        one up to its colon, or one glued to the first paragraph), then a photo credit after it."""
        out: list[tuple[int, int, str, str]] = []
        off = 0
        for _ in range(len(self.rules.prefix)):  # each label run once at most, in any order
            if not self.rules.any_prefix.match(line, off):
                break
            hit = None
            for rule in self.rules.prefix:
                m = rule.rx.match(line, off)
                if m and m.end() > off:
                    hit = (rule, m.end())
                    break
            if not hit:
                break
            rule, end = hit
            k = off + len(line[off:end].rstrip(" \u00a0\t"))  # the span stops at the last label letter
            out.append((off, k, rule.kind, rule.comment))
            off = end
            if off >= len(line):
                return out
        rest = line[off:]
        at_edge = i < EDGE_LINES or i >= n - EDGE_LINES
        if off and self._match_rules(rest, i, n):
            kind, reason = self._match_rules(rest, i, n)
            return out + [(off, len(line), kind, reason)]
        whole = self._whole_dateline(rest, at_edge, author_key)
        if whole:
            return out + [(off + a, off + b, k, r) for a, b, k, r in whole]
        k = self._inline_dateline(rest)
        if k:
            return out + [(off, off + k, "dateline", "a dateline (place and outlet) opening the paragraph")]
        if 0 < i < EDGE_LINES:  # the first lines of the body, after the title
            glued = self._glued_dateline(rest)
            if glued:
                k, kind = glued
                out.append((off, off + k, kind, "a " + kind + " glued to the first paragraph (it ends with a known "
                            "outlet or place)"))
                off += k
                credit = self._opening_sentence_rule(line, off)
                if credit:
                    out.append(credit)
        return out

    def _whole_dateline(self, line: str, at_edge: bool, author_key: str | None) -> list[tuple[int, int, str, str]]:
        """A line that is a dateline or byline, possibly closed by a photo credit in brackets
        ("عين اليوم -منيف الشهراني ( تصوير صالح العبد اللطيف )"): its pieces, or []."""
        kind = self._dateline_kind(line, at_edge, author_key)
        if kind:
            return [(0, len(line), kind, "a short line made of outlet, place and author names"
                     if kind == "dateline" else "an author line (name with place or outlet)")]
        if not line.endswith((")", "]")):
            return []
        for rule in self.rules.sentence:
            m = rule.rx.search(line)
            if rule.kind == "caption" and m and m.end() == len(line) and m.start() > 0:
                head = line[:m.start()].rstrip(" \u00a0\t")
                kind = self._dateline_kind(head, at_edge, author_key)
                if kind:
                    return [(0, len(head), kind, "an author line (name with place or outlet)" if kind == "byline"
                             else "a short line made of outlet, place and author names"),
                            (m.start(), m.end(), rule.kind, rule.comment)]
        return []

    def _glued_dateline(self, line: str) -> tuple[int, str] | None:
        """(length, kind) of a dateline or byline glued to the paragraph it opens, without a colon
        ("عين اليوم – جازان قام ...", "عبدالرحمن الشهري – نجران صرح ..."): parts split at dashes,
        the last one a known outlet or place (which says where it ends), the others known too or
        one name; the paragraph after it goes on for at least GLUED_BODY_MIN_WORDS words."""
        d = self.rules
        parts: list[str] = []
        pos = 0
        for m in _DASH.finditer(line, 0, INLINE_DATELINE_MAX_CHARS):
            parts.append(line[pos:m.start()])
            pos = m.end()
            words = list(_TOKEN.finditer(line, pos, pos + INLINE_DATELINE_MAX_CHARS))[:DATELINE_PART_MAX_WORDS]
            for w in reversed(words):  # the longest known place or outlet ("مكة المكرمة" before "مكة")
                last = _key(line[pos:w.end()])
                if last in d.outlets or last in d.places:
                    end = w.end()
                    rest = line[end:]
                    if _DASH.match(rest):
                        break  # another part follows: the dateline ends after a later dash
                    place = _PLACE_COLON.match(rest)  # "فهد العتيبي - سبق الطائف: ..."
                    if place and _key(place.group(1)) in d.places:
                        end, rest = end + place.end(), rest[place.end():]
                    if _nwords(rest) < GLUED_BODY_MIN_WORDS or not _BODY_START.match(rest):
                        return None
                    kind = self._parts_kind([_key(p) for p in parts] + [last])
                    return (end, kind) if kind else None
        return None

    def _parts_kind(self, parts: list[str]) -> str | None:
        """"dateline" when every part is a known outlet or place, "byline" when one part is a name
        beside them, None when a part is prose (a function word, a digit, too many words)."""
        d = self.rules
        if not parts or any(not p or len(p.split()) > DATELINE_PART_MAX_WORDS or any(c.isdigit() for c in p)
                            for p in parts) or self._has_function_word(parts):
            return None
        unknown = [p for p in parts if p not in d.outlets and p not in d.places]
        if not unknown:
            return "dateline"
        return "byline" if len(unknown) == 1 else None

    def _opening_sentence_rule(self, line: str, off: int) -> tuple[int, int, str, str] | None:
        """A sentence-rule piece (a photo credit in brackets) right at ``off``, as line offsets."""
        at = off + len(line[off:]) - len(line[off:].lstrip(" \u00a0\t"))
        for rule in self.rules.sentence:
            m = rule.rx.match(line, at)
            if m and _ends_piece(line, m.end()):
                return (at, m.end(), rule.kind, rule.comment)
        return None

    def _tail_pieces(self, text: str, lines: list[tuple[int, int]], found: dict) -> list[tuple[int, int, str, str]]:
        """Boilerplate glued to the end of one of the article's last body lines (tag lists, link
        lines, desk credits, contact blocks, share bars), from where it starts to the line's end."""
        body = [i for i in range(len(lines)) if i not in found]
        if not body or not self.rules.tail:
            return []
        out = []
        last = body[-1]
        for i in body[-EDGE_LINES:]:
            s, e = lines[i]
            line = text[s:e]
            stops = _stop_ends(line)
            for rule in self.rules.tail:
                if rule.kind == "tags" and i != last:
                    continue  # a tag list closes the article
                start = self._tail_start(line, rule, stops)
                if start == 0:
                    found[i] = (s, e, rule.kind, rule.comment)
                    break
                if start is not None:
                    out.append((s + start, e, rule.kind, rule.comment + " (glued to the paragraph)"))
                    if rule.kind == "tags":
                        out += self._before_tags(line, s, start, i, len(lines))
                    break
        return out

    def _before_tags(self, line: str, s: int, start: int, i: int, n: int) -> list[tuple[int, int, str, str]]:
        """What stands before a tag list glued to the last line, when it is boilerplate as a line of
        its own: a columnist's handle («@NAME سمات …», 3alyoum 2015-08-02 and 08-07) is the contact
        line the scrape ran into the tags; a paragraph before them stays body."""
        if start > BEFORE_TAGS_MAX_CHARS:
            return []
        head = line[:start]
        a = len(head) - len(head.lstrip())
        b = len(head.rstrip())
        if a >= b:
            return []
        kind = self._match_rules(head[a:b], i, n)
        if not kind or kind[0] == "tags":
            return []
        return [(s + a, s + b, kind[0], kind[1] + " (before a glued tag list)")]

    def _caption_run(self, text: str, lines: list[tuple[int, int]], found: dict,
                     pieces: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A run of photo captions glued after the article's last sentence, on its last body line:
        what follows the line's last stop (and white space) when it has no punctuation, digits or Latin, CAPTION_RUN_MIN_WORDS
        to CAPTION_RUN_MAX_WORDS words, opens with no conjunction (و + word, ف + a function word), holds no clause word
        (``caption_run_blockers``) and follows a prose paragraph ("... فرحتهم بالعيد. الأهالي في طريقهم
        للمرابطين ترحيب بالمرابطين ...", alyaum 2015-07-21)."""
        body = [i for i in range(len(lines)) if i not in found]
        if not body:
            return []
        s, e = lines[body[-1]]
        line = text[s:e]
        # the last stop, found from the end (most lines end with it: nothing to read after it); a
        # gallery follows a full stop («.»): after «؟» or «!» comes an interview's answer or a reply
        k = max(line.rfind(c) for c in ".!?؟…")
        if k < 0 or k + 1 >= len(line) or line[k] != ".":
            return []
        a = k + 1
        while a < len(line) and line[a] in ".!?؟…\"'»”’)]":
            a += 1
        if a >= len(line) or not line[a].isspace():
            return []  # a dot inside a word or an address (seetahaward.org), not a sentence stop
        while a < len(line) and (line[a].isspace() or line[a] in _INVISIBLE):
            a += 1
        tail = line[a:]
        if not tail or _CAPTION_RUN_NOT.search(tail) or _LIST_MARK.match(tail):
            return []  # «- الفوز بجائزة …»: a dashed answer or list item is body
        if any(p[0] < e and p[1] > s + a for p in pieces):
            return []  # the line already ends in a piece (a link line, a tag list)
        words = _WORD.findall(tail)
        if not CAPTION_RUN_MIN_WORDS <= len(words) <= CAPTION_RUN_MAX_WORDS:
            return []
        if len(_WORD.findall(line, 0, a)) < CAPTION_RUN_PROSE_WORDS:
            return []
        first = words[0]
        if first[0] == "و" and len(first) > 3 or first[0] == "ف" and normalize(first[1:]) in self.rules.stop:
            return []  # وأبان أنهم ...، ففي إسطنبول اشتبكت ...: the paragraph goes on
        blockers = self.rules.caption_blockers
        if any(normalize(w) in blockers for w in words):
            return []
        return [(s + a, e, "caption", "a run of photo captions glued after the last sentence: "
                 f"{len(words)} unpunctuated words with no clause word")]

    def _tail_start(self, line: str, rule: Rule, stops: list[int]) -> int | None:
        """Where ``rule`` starts a tail of ``line`` (a match that runs to the line's end, after a
        sentence stop when the rule asks for one: ``stops`` are the line's ``_stop_ends``), or
        None; the first start that fits wins."""
        if rule.after == "stop":  # tried right after each stop only: an anchored match is cheap
            for a in stops:
                if rule.rx.fullmatch(line, a):
                    return a
            return None
        if not rule.cued(line):
            return None
        pos = 0
        while True:
            m = rule.rx.search(line, pos)
            if not m:
                return None
            a = m.start()
            if m.end() == len(line) and (rule.kind != "tags" or self._tag_tail(line, a, line[a:])):
                return a
            pos = a + 1

    def _tag_tail(self, line: str, a: int, tail: str) -> bool:
        """Is ``tail`` (from ``a``) a tag list glued to the line, not "سمات" as a noun of the sentence?"""
        words = tail.split()
        if len(words) - 1 > TAGS_MAX_WORDS or _is_sentence(tail):
            return False
        before = _WORD_BEFORE.search(line, 0, a)
        return not (before and normalize(before.group(1)) in self.rules.tag_governors)

    def _sentence_pieces(self, text: str, lines: list[tuple[int, int]], found: dict,
                         pieces: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Credits standing as sentences of their own ("... أخرى. بحسب رويترز.", "«واس»" after a
        caption) and end markers, anywhere in the body lines, outside the pieces found so far."""
        d = self.rules
        anywhere = [r for r in d.anywhere if r.cued(text)]
        out = []
        for i, (s, e) in enumerate(lines):
            if i in found:
                continue
            line = text[s:e]
            for rule in anywhere:
                out += [(s + m.start(), s + m.end(), rule.kind, rule.comment) for m in rule.rx.finditer(line)]
            # a sentence opens the line or follows a stop: the rules are tried there only, anchored
            for a in [0] + _stop_ends(line):
                if not d.any_sentence.match(line, a):
                    continue
                for rule in d.sentence:
                    m = rule.rx.match(line, a)
                    if m and _ends_piece(line, m.end()):
                        out.append((s + a, s + m.end(), rule.kind, rule.comment))
                        break
        if not out:
            return []
        taken = sorted((a, b) for a, b, _, _ in pieces)
        return [p for p in _disjoint(out) if not any(a < p[1] and p[0] < b for a, b in taken)]

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
            for rule in d.suffix:
                m = rule.rx.search(line, tail)
                if m and m.start() >= SUFFIX_MIN_BEFORE:
                    return rule.kind, rule.comment
        if not d.any_full.fullmatch(line):
            return None
        for rule in d.full:
            kind = rule.kind
            if not rule.rx.fullmatch(line):
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
            return kind, rule.comment
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
        label = _LABEL.match(line)  # "رصد وتصوير: NAME – OUTLET": the credit's label is not a part
        if label and label.end() < len(line) and all(
                strip_conjunction(w, 2) in d.bywords for w in _key(label.group(1)).split()):
            line = line[label.end():]
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
        if m and _key(m.group(2)) in d.outlets and _nwords(m.group(1)) <= DATELINE_PART_MAX_WORDS \
                and not self._has_function_word([_key(m.group(1))]):  # "وقال في حديثه لـ(عكاظ) :" is prose
            return m.end()
        colon = line.find(":", 0, INLINE_SEARCH_CHARS)  # the colon closes it near the start, or nothing does
        if colon > line.rfind(")", 0, colon) and line.rfind("(", 0, colon) > line.rfind(")", 0, colon):
            close = line.find(")", colon)  # that colon is inside a bracket ("(تصوير: NAME):"): the next one
            colon = line.find(":", close, INLINE_SEARCH_CHARS) if close > 0 else -1
        if colon < 0:
            return 0
        m = _INLINE.match(line, 0, colon + 1)
        if not m or m.end() >= len(line.rstrip()) or not 2 <= len(m.group(1).rstrip()) <= INLINE_DATELINE_MAX_CHARS:
            return 0
        head = m.group(1)
        bracket = m.group(2)
        if bracket and ":" in bracket and not any(r.kind == "caption" and r.rx.fullmatch(bracket) for r in d.sentence):
            return 0
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


def find_boilerplate(text: str, author: str | None = None, title: str | None = None) -> list[tuple[int, int, str, str]]:
    """Boilerplate spans of a plain text as (start, end, kind, reason), in text order, by the
    shipped data's rules (see ``BoilerplateFinder``)."""
    return BoilerplateFinder.shared(Resources.default()).find(text, author, title)


class BoilerplateStage(Stage):
    """Adds the layer "boilerplate" (the document's meta "author", when given, is a byline)."""

    def __init__(self, config, resources: Resources):
        super().__init__(config, resources)
        self.finder = BoilerplateFinder.shared(resources)

    def __call__(self, doc) -> None:
        meta = doc.meta if isinstance(doc.meta, dict) else {}
        author, title = meta.get("author"), meta.get("title")
        text = doc.text
        spans = []
        for s, e, kind, reason in self.finder.find(text, author if isinstance(author, str) else None,
                                                   title if isinstance(title, str) else None):
            agency = self.finder.agency(kind, text[s:e])
            spans.append(doc.span(s, e, label=kind, reason=reason, agency=agency) if agency
                         else doc.span(s, e, label=kind, reason=reason))
        doc.set_layer("boilerplate", spans)
