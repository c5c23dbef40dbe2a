"""Edges and shapes of a tagger's name (issue #14, round 12; docs/entities.md "Round 12"): a
first letter the clitic splitter moved, words whose morphology no name has (plural verbs and
participles), and a stricter bar inside verse.

The clitic splitter (``rasd.text.tokens``) reads a word's first ف or ك as a proclitic when what is
left is a word at least as frequent as the whole: right for فإيران, كالولايات, كوزارة, wrong for a
transliterated name that happens to begin with the letter (فيدل بوكاسا -> يدل, كابل -> ابل, كميل
زاياتي -> ميل, كاب كانافيرال -> اب). The splitter sees one word at a time; the name the tagger
found around it is the context that tells the two apart, so the decision is taken here, on the
tagger's span: the letter belongs to the name when what is left is no listed name while the whole
word is one, or when the span goes on with a foreign word far rarer than the supposed Arabic
word before it (a common Arabic word — يدل "indicates", ميل "mile" — opens no foreign name).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from ..resources import Resources
from ..text.normalize import normalize
from .gazetteer import nkey

# The letters the splitter reads as rare proclitics (rasd.text.tokens.RARE_CLITICS): the
# conjunction ف and the preposition ك. و, ب and ل are common clitics and left to the splitter.
NAME_LETTERS = "فك"
# The classes of resources/ner/gazetteer.tsv that name a person or a place (its "actor" and
# "agent" classes hold common nouns of the actor dictionaries too: مواطن, يو).
NAME_CLASSES = frozenset({"per_first", "per_last", "place", "country"})
# A word after the first one that is this many times rarer in news than the first is a foreign
# name token (بوكاسا 0, زاياتي 25 against يدل 263, ميل 180): an Arabic verb or noun of that
# frequency does not open a name made of such tokens.
RARER = 4

_NONSPACE = re.compile(r"\S+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NameEdgeData:
    listed: frozenset  # one-word names of the entity lists (gazetteer variants, given names)
    name_classes: Mapping[str, tuple]  # normalised word -> classes of resources/ner/gazetteer.tsv
    counts: Mapping[str, int]  # news word counts (rasd.text.tokens.word_counts)
    heads: frozenset  # head nouns of institutions and places: كوزارة، كمديرية keep their ك apart


def load_name_edge_data(resources: Resources, data) -> NameEdgeData:
    """The data of this module from ``resources`` and the rest of entity resolution's ``data``
    (a ``resolve.ResolutionData``: its gazetteer, name lists, word counts and head nouns)."""
    from .ner_features import load_gazetteer_classes
    listed = {nkey(v) for e in data.gazetteer.entries.values() for v in e.variants if " " not in v.strip()}
    heads = set(data.institutions.heads) | {nkey(w) for w in data.place_name_heads | data.institution_places}
    return NameEdgeData(listed=frozenset(listed | data.given_names | data.first_names),
                        name_classes=load_gazetteer_classes(resources), counts=data.counts,
                        heads=frozenset(heads | data.words("loc-before")))


def _named(data: NameEdgeData, key: str, word: str) -> bool:
    return key in data.listed or not NAME_CLASSES.isdisjoint(data.name_classes.get(normalize(word), ()))


def known_name(data: NameEdgeData, word: str) -> bool:
    """Is ``word`` a one-word name of the entity lists or of the tagger's name classes?"""
    return _named(data, nkey(word), word)


def place_word(data: NameEdgeData, word: str) -> bool:
    """Is ``word`` a place for the tagger's name classes and no part of a person's name? After a
    name particle it makes a French place name, not a person (سان ديني دو لاريونيون, 2015-08-01
    aawsat)."""
    classes = set(data.name_classes.get(normalize(word), ()))
    return bool(classes & {"place", "country"}) and not classes & {"per_first", "per_last"}


def clitic_letter_start(text: str, start: int, end: int, data: NameEdgeData) -> int:
    """The start of a tagger's span that begins one letter into a word after ف or ك, when that
    letter is the name's own first letter (see the module's text), else ``start``."""
    if start < 1 or text[start - 1] not in NAME_LETTERS or (start >= 2 and text[start - 2].isalpha()):
        return start
    first = _NONSPACE.match(text, start, end)
    if first is None:
        return start
    rest_word = first.group(0)
    rest, whole = nkey(rest_word), nkey(text[start - 1:first.end()])
    if _named(data, whole, text[start - 1:first.end()]):
        return start - 1  # كابل (not أبل), فورد, فيدل كاسترو
    if rest in data.listed or rest in data.heads:
        return start  # فإيران, كالجبيل; كمديرية كريتر
    if rest.startswith("ال"):
        return start  # كالمسجد الأقصى, فالغرب: ف/ك before the article is the clitic
    second = _WORD.search(text, first.end(), end)
    if second is not None and not nkey(second.group(0)).startswith("ال"):
        # a definite second word makes a construct of two Arabic nouns (فدار الأوبرا)
        c2 = data.counts.get(nkey(second.group(0)), 0)
        if c2 * RARER < data.counts.get(rest, 0):
            return start - 1  # يدل بوكاسا, اب كانافيرال, وفي أنان
    return start



# -- a name's first ب after a head noun in construct (round 13) ------------------------------
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# letters of the clitics a head noun may carry in front, up to two (وبمدينة, بمدينة, لمحافظة)
HEAD_CLITIC_LETTERS = "وفبل"


def construct_letter_start(text: str, start: int, end: int, heads: frozenset, data: NameEdgeData) -> int:
    """The start of a tagger's span that begins one letter into a word after ب, when the word
    before is an indefinite place head (``heads``: ner_filters.tsv loc-before, مدينة, منطقة)
    and the letter is therefore the name's: a place head names its place right after it, in
    construct (مدينة بريدة), so when the tagger reads a place name one letter into that word the
    whole word is the name («بمدينة بولو التركية», the Turkish town Bolu, 15 times in sports
    news of 2015-07-21 to 07-31, read ب + ولو "even if"). A head followed by a prepositional
    phrase (أكبر مدينة بعد الرياض) opens no name there, so the tagger's span does not start
    inside it. Not before the article (المنطقة بالمراهنة) nor before a listed name or a head."""
    if start < 2 or text[start - 1] != "ب" or not text[start - 2].isspace():
        return start
    prev = _WORD_BEFORE.search(text, max(0, start - 40), start - 1)
    first = _NONSPACE.match(text, start, end)
    if prev is None or first is None:
        return start
    word = nkey(prev.group(1))
    head = next((word[k:] for k in range(3) if word[k:] in heads
                 and all(c in HEAD_CLITIC_LETTERS for c in word[:k])), "")
    if not head or head.startswith("ال"):
        return start
    rest = nkey(first.group(0))
    if rest.startswith("ال") or rest in data.listed or rest in data.heads:
        return start
    return start - 1


# A plural verb or participle: an imperfect prefix (ي ت ن) or the participle's م, a stem of at
# least three letters (a root), and the plural suffix وا/ون; يأكلوا, يعيشون, مؤرخون, مسلحون.
_PLURAL_FORM = re.compile(r"^([يتن]\w{3,}(?:وا|ون)|م\w{3,}ون)$")
# ... whose singular (the form without وا/ون) news uses at least this often: يأكل 54, مؤرخ 14;
# a transliterated name has none (نابليون -> نابلي 0, تشارلتون, نيلسون). On ANERcorp (train and
# test) the test holds 283 tokens, none of them inside a name (it kept نديوا and
# نابليون out by the stem's length and the singular's count).
MIN_SINGULAR = 10


def plural_verb_form(word: str, data: NameEdgeData) -> bool:
    """Is ``word`` a plural verb or participle by its shape (``_PLURAL_FORM``), never a name: a
    listed name and a definite word (المراقبون: a class, left to the nominal rules) are not."""
    if not word.endswith(("ون", "وا")):
        return False  # the usual case, without normalising (a case vowel after ون is rare in news)
    k = nkey(word)
    if k in data.listed or not _PLURAL_FORM.match(k):
        return False
    singular = k[:-2]
    return data.counts.get(singular, 0) >= MIN_SINGULAR and singular not in data.listed


# -- verse -----------------------------------------------------------------------------------
# A line of verse as news prints it: a hemistich or a verse on a line of its own, Arabic words
# only (no digit, Latin letter, quotation mark, bracket or colon: list items, credits and
# headlines carry them), between these many words ...
VERSE_WORDS = (2, 9)
# ... in a run of at least this many such lines one after the other (a poem of two verses; a
# headline or a subheading stands alone, prose lines are longer).
VERSE_RUN = 4
# (no bullet or dash either: "* الأهلي ينجح في تسويق سيزار" is a column's item, "حمد عبدالله
# الوايلي - حوطة سدير" a poet's name and town)
_VERSE_LINE = re.compile(r"[\u0621-\u065F\u0670-\u06D3\u0640\s.,،…!؟]+")
# A listed word this frequent in news is a function word that normalises to a name (على -> علي
# 124,893, إلى -> الي 83,504); the most frequent names stay under it (الله 15,237, محمد 9,570).
FUNCTION_WORD = 20_000


def verse_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` that are verse by their shape (``VERSE_WORDS``,
    ``VERSE_RUN``), without their outer white space."""
    run, out = [], []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        s = line.strip()
        if not s:
            continue  # a blank line between verses does not break the run
        a += len(line) - len(line.lstrip())
        b = a + len(s)
        if VERSE_WORDS[0] <= len(s.split()) <= VERSE_WORDS[1] and _VERSE_LINE.fullmatch(s):
            run.append((a, b))
            continue
        if len(run) >= VERSE_RUN:
            out.extend(run)
        run = []
    if len(run) >= VERSE_RUN:
        out.extend(run)
    return out


def drop_verse_words(names: list, text: str, data: NameEdgeData) -> list:
    """The tagger's names without those inside a line of verse (``verse_lines``) that hold no
    listed name and are not the whole line: a poem's words take the tagger's name shapes
    (ألا يا بحر يا سعد منهو على شاطيك, 2015-08-08 alriyadh: على شاطيك PER; عامان ويداي خشنتان,
    2015-08-06 okaz: PER), while the names of a poem are listed ones (مكة, كوباني, سلمان) or the poet's name on a
    line of its own (حمدي بن حمود العتيبي)."""
    if not names or text.count("\n") < VERSE_RUN:
        return names
    verse = verse_lines(text)
    if not verse:
        return names

    def keys(m):
        return [nkey(w) for w in text[m.start:m.end].split()]

    def named(k: str) -> bool:
        if data.counts.get(k, 0) >= FUNCTION_WORD:
            return False  # على normalised is علي, a listed given name
        return k in data.listed or k[:1] in "وبل" and k[1:] in data.listed

    out, doubtful = [], []
    for m in names:
        line = next(((a, b) for a, b in verse if a <= m.start and m.end <= b), None)
        if line is None or (m.start, m.end) == line or any(named(k) for k in keys(m)):
            out.append(m)
        else:
            doubtful.append(m)
    if doubtful:
        # a name the article gives outside verse, or with a listed word, stays in a verse line:
        # وصدام خيرُ مثالٍ after صدام حسين (2015-07-22 almadina, a column set in short lines)
        found = {k for m in out for k in keys(m)}
        kept = [m for m in doubtful if any(k in found or k[:1] in "وبل" and k[1:] in found for k in keys(m))]
        if kept:
            out = sorted(out + kept, key=lambda m: (m.start, m.end))
    return out
