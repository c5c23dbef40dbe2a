"""Within-article resolution: mentions -> entities with a canonical name and an actor code.

The stage (``EntitiesStage``, registered as "entities") reads ``gazetteer_mentions`` and, when
the NER stage ran, ``ner_mentions``; mentions inside boilerplate are dropped. It owns its data
(``ResolutionData``: the gazetteer with its titles, curated actors, office holders and Petrarch
roles, the NER filter words, the common given names, news word counts). Rules, in order:

1. Name mentions. Gazetteer names win over any NER mention they overlap (the lists carry the
   gold's mention conventions: البشمركة, not قوات البشمركة الكردية); NER mentions fill the rest.
2. Surnames. Once the article names a person in full (نوري المالكي, تريزا ماي), the last word of
   the name alone (المالكي, ماي) anywhere in the article is that person, unless it is a common
   given name (given_names.tsv) or sits inside another mention.
3. Grouping. Mentions of one gazetteer entry form one entity; a capital that stands for its
   country (موسكو, كييف, KYIV) joins the country's entity (places.tsv, metonym column); other
   mentions join an entity with the same normalised text, a PER surname joins the full name it
   ends, and the rest start entities of their own.
4. Titles (kind "nominal"). A title right before a person's name (الرئيس الروسي فلاديمير بوتين),
   or in apposition right after it (مسعود بارزاني، رئيس إقليم كردستان), ties its office
   (RUS.head) to that person for the whole article, so later الرئيس الروسي,
   الزعيم الروسي and رئيس الكرملين are Putin. An untied title resolves through the office
   holders of curated.tsv at the publication date; failing that it stays an entity of its own
   named by the title.
5. Actor codes (actors.py) for each entity, honouring dated roles.

Entities are numbered e1, e2, ... in order of first mention; each mention Span carries attrs
``kind`` ("name"/"nominal").
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Mapping, Optional

import ahocorasick

from ..components import Stage
from ..document import Document, Entity
from ..resources import Resources
from ..text.lemma import lemma_word
from ..text.tokens import PROCLITIC_PREP, Tokenizer, token_keys, word_counts
from . import actors
from .english import load_english_names
from .gazetteer import AREA, PROCLITICS, Gazetteer, about_sport, is_word_char, load_gazetteer, nkey
from .home import HomeCountry
from .institutions import OWN_NAME, InstitutionRules, find_institutions, load_institution_rules
from .name_edges import NameEdgeData, clitic_letter_start, drop_verse_words, load_name_edge_data, plural_verb_form
from .name_edges import construct_letter_start, known_name, place_word
from .name_tails import cut_tail
from .name_titles import (TitleWords, load_title_words, merge_house_names, shared_house, short_forms, title_only,
                          titled_span)
from .nominal import NominalActors
from .nominal_referents import NominalReferents
from .officials import Officials
from .place_senses import PlaceSenses
from .role_links import RoleLinks

LABELS = ("PER", "ORG", "LOC", "MISC")
# A title is tied to the name that follows it when at most this much non-word text separates
# them (a space, a comma, an opening bracket).
# a name this close after a title (an honorific between: ولي العهد الأمير محمد) is the title's own
NAME_AFTER_TITLE = 30
TITLE_GAP = 3
# The one word right before a name is looked for in this many characters: a head noun or an
# office's title with its proclitics (وبجادة, ولرئيس) is at most 12 letters and a space.
WORD_BEFORE_REACH = 14
# Shorter surnames are mostly particles or initials.
MIN_SURNAME = 3
# An NER mention below even odds, alone on one word, is more often noise than a name.
NER_MIN_SINGLE = 0.5
# Other occurrences of an NER mention's words join it only when the model was sure of it once,
NER_PROPAGATE = 0.5
# and, for one word, only when it is not a frequent news word (هو, مصر: those the lists know or
# the model should judge at each occurrence); SaudiNewsNet counts.
PROPAGATE_MAX_COUNT = 500
# An NER span overrides a listed name inside it only when the model is this sure of it ...
NER_OVERRIDE = 0.7
# ... and every word it adds is rarer than this in news (a name, not vocabulary such as جانب).
NAME_WORD_MAX = 300
# A one-word remainder after a stripped title that is this frequent in news (SaudiNewsNet word
# counts) is vocabulary (قيادي بارز -> بارز, 164), not a name.
COMMON_WORD = 100
# The 250 or so words seen more often than this in SaudiNewsNet are vocabulary (الدولة 3,046,
# المدينة 4,199, الوطن 3,583): alone, they are no name the model may find; the names that
# frequent (السعودية, مصر, الرياض) are in the lists.
VOCABULARY = 3000
# One-word MISC names in news are mostly nisba forms with the article (الإيزيدية); a bare word
# this frequent (حرب 754, إنذار 57) is vocabulary the model mistook for a name.
COMMON_MISC = 50
# A bare word (no article) that news writes with the article at least this many times as often,
# and at least DEFINITE_MIN times, is an ordinary noun or adjective (مشهد/المشهد "scene",
# شعبي/الشعبي "popular", اتفاق/الاتفاق): a proper name without the article (كركوك, دبي, هادي)
# almost never takes it. SaudiNewsNet counts (derived statistics, resources/lexicon). Twice as
# often, not merely more often: a margin over parity, so that a word news writes both ways about
# equally keeps the tagger's reading.
# DEFINITE_MIN: below 30 definite occurrences the ratio rests on too few counts to call a word
# ordinary, so rare words keep the tagger's reading.
DEFINITE_RATIO = 2.0
DEFINITE_MIN = 30
# a definite word whose bare form news writes between half as often and as often again is a common
# noun (منزل/المنزل 0.91, بيت/البيت 1.07, مواطن/المواطن 0.66), no family name to propagate; family
# names lie far below (الجبير 0.05, الأسد 0.04), and those far above are surnames written bare
# (عسيري/العسيري 4.5): SaudiNewsNet counts of word_freq.tsv
COMMON_BARE_MIN = 0.5
COMMON_BARE_MAX = 2.0
# ... and only for words news writes at least 200 times (الشكر 395, المنزل 592 in SaudiNewsNet):
# a rarer surname may be spelt both ways by different outlets (الجديع 50 / جديع 55, 2015-07-31)
COMMON_DEFINITE_MIN = 200


@dataclass(frozen=True)
class NamingWords:
    """The words of Arabic naming chains (wordclasses.tsv): ``chain`` links a name to the
    father's (بن, ابن, بنت), ``house`` to the family's house (آل, normalised ال), and
    ``compounds`` begin a two-word given name (عبد العزيز, أبو بكر); with the patterns that
    find a chain link after or before a name."""

    chain: frozenset[str]
    house: frozenset[str]
    compounds: frozenset[str]
    after: re.Pattern  # " بن X" / " آل X" right after a name
    before: re.Pattern  # "X بن " right before a name

    @classmethod
    def of(cls, chain: frozenset[str], house_written: tuple[str, ...], compounds: frozenset[str]) -> "NamingWords":
        links = "|".join(sorted(map(re.escape, set(chain) | set(house_written)), key=len, reverse=True))
        fathers = "|".join(sorted(map(re.escape, chain), key=len, reverse=True))
        return cls(chain, frozenset(nkey(w) for w in house_written), compounds,
                   re.compile(r"[ \t]+(%s)[ \t]+([\u0621-\u064a]{2,})" % links),
                   re.compile(r"(?<![\w])([\u0621-\u064a]{2,})[ \t]+(?:%s)[ \t]+$" % fathers))


def load_naming_words(resources: Resources) -> NamingWords:
    """The naming-chain words of ``resources`` (resources/gazetteers/wordclasses.tsv)."""
    return NamingWords.of(resources.word_class(AREA, "name_chain"), resources.word_list(AREA, "name_house"),
                          resources.word_class(AREA, "name_compounds"))


@dataclass(frozen=True)
class ResolutionData:
    """What resolution reads: the gazetteer (entries, titles, office holders, Petrarch roles,
    agents, demonyms), the words of ner_filters.tsv by role, the common given names
    (given_names.tsv) and news word counts (rasd.text.tokens)."""

    gazetteer: Gazetteer
    institutions: InstitutionRules
    filters: Mapping[str, frozenset[str]]
    given_names: frozenset[str]
    counts: Mapping[str, int]
    # words right before a capital that make it a place, not its state (في, إلى, العاصمة)
    place_words: frozenset[str] = frozenset()
    # definite words that follow "بن X" without being a family name (wordclasses.tsv)
    not_family_names: frozenset[str] = frozenset()
    naming: Optional[NamingWords] = None  # naming-chain words (بن, آل, عبد)
    first_names: frozenset[str] = frozenset()  # distinctive given names (person_first_names)
    club_heads: frozenset[str] = frozenset()  # نادي, فريق: a place right after them is the club
    club_members: frozenset[str] = frozenset()  # لاعب, مهاجم: in a sport article, ditto
    # competitions: the indefinite heads (كأس), the edition complements (للشباب) and the adjectives
    # of confederations (الآسيوي) of their names (wordclasses.tsv)
    tournament_heads: frozenset[str] = frozenset()
    institution_places: frozenset[str] = frozenset()  # مسجد, جامع: an institution that is a place
    continents: frozenset[str] = frozenset()  # آسيا: after compass words, a region (جنوب شرق آسيا)
    tournament_editions: frozenset[str] = frozenset()
    tournament_adjectives: frozenset[str] = frozenset()
    # heads that make a proper name of the place name after them (wordclasses.tsv): a place
    # (سوق عكاظ, جادة عكاظ: LOC) or a named document or meeting (إعلان القاهرة: MISC)
    place_name_heads: frozenset[str] = frozenset()
    # a definite head that makes an organisation's name of the name after it (البنك الأهلي: the
    # bank, not the club الأهلي)
    org_name_heads: frozenset[str] = frozenset()
    document_name_heads: frozenset[str] = frozenset()
    # مجلس الوزراء after رئيس: a body inside an office's title (the prime minister), no mention
    office_bodies: frozenset[str] = frozenset()
    office_title_heads: frozenset[str] = frozenset()
    verbal_noun_objects: frozenset[str] = frozenset()  # أن, عن: after إعلان أنقرة, the doer
    object_pronouns: tuple = ()  # -ها, -هم: an object with its pronoun (عزمها)
    # the masculine singular forms of the verbs of saying (the quotes area's reporting_verbs.tsv):
    # a rare definite word right after one, before what is said, is a person's family name
    saying_verbs: frozenset[str] = frozenset()
    # the clitic splitter (rasd.text.tokens.Tokenizer.split_clitics): word -> (start, end, role)
    split: Callable[[str], tuple] = lambda w: ((0, len(w), "stem"),)
    # what tells a name's own first letter ف/ك from a clitic the splitter took (name_edges.py)
    edges: Optional[NameEdgeData] = None
    # titles, ranks and a family's house: what is never a name alone (name_titles.py, round 13)
    title_words: Optional[TitleWords] = None
    # the particles of European family names as written (ner_filters.tsv name-particle, round 17)
    particle: Optional[re.Pattern] = None
    # the longest particle's length in letters: how far around a span one is looked for
    particle_len: int = 0
    # a family name that UniversalPetrarch codes alone as one person (القذافي: LBYGOV, Muammar
    # al-Gaddafi) -> its codes: another person of that family is never named by it alone (round 22)
    lone_surnames: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def words(self, role: str) -> frozenset[str]:
        """The normalised words of one role of ner_filters.tsv (none when the file has none)."""
        return self.filters.get(role, frozenset())


def load_resolution_data(resources: Resources) -> ResolutionData:
    """The data of entity resolution from ``resources`` (a ModelError names a missing or
    malformed file)."""
    filters: dict[str, set[str]] = {}
    for w, role in (r[:2] for r in resources.table(AREA, "ner_filters.tsv", 2)):
        filters.setdefault(role.strip(), set()).add(nkey(w))
    # a Gregorian month name before a number makes it a year (في 20 يوليو (تموز) 2012): the dates
    # stage's own list of month spellings, read by the title pass (_title_time)
    months = resources.json("dates", "months.json")["gregorian"]
    filters.setdefault("year-before", set()).update(nkey(n) for ns in months.values() for n in ns)
    data = ResolutionData(
        gazetteer=load_gazetteer(resources),
        institutions=load_institution_rules(resources),
        filters={k: frozenset(v) for k, v in filters.items()},
        given_names=frozenset(nkey(r[0]) for r in resources.table(AREA, "given_names.tsv")),
        counts=word_counts(resources),
        place_words=resources.word_class(AREA, "place_prepositions"),
        not_family_names=resources.word_class(AREA, "not_family_names"),
        naming=load_naming_words(resources),
        first_names=resources.word_class(AREA, "person_first_names"),
        club_heads=resources.word_class(AREA, "club_heads"),
        club_members=resources.word_class(AREA, "club_members"),
        tournament_heads=resources.word_class(AREA, "tournament_heads"),
        institution_places=resources.word_class(AREA, "institution_places"),
        continents=resources.word_class(AREA, "continents"),
        tournament_editions=resources.word_class(AREA, "tournament_editions"),
        tournament_adjectives=resources.word_class(AREA, "tournament_adjectives"),
        place_name_heads=resources.word_class(AREA, "place_name_heads"),
        org_name_heads=resources.word_class(AREA, "org_name_heads"),
        document_name_heads=resources.word_class(AREA, "document_name_heads"),
        verbal_noun_objects=resources.word_class(AREA, "verbal_noun_objects"),
        office_bodies=frozenset(nkey(w) for w in resources.word_class(AREA, "office_bodies")),
        office_title_heads=resources.word_class(AREA, "office_title_heads"),
        object_pronouns=tuple(sorted(resources.word_class(AREA, "object_pronouns"), key=len, reverse=True)),
        saying_verbs=frozenset(nkey(r[0]) for r in resources.table("quotes", "reporting_verbs.tsv", 5)
                               if r[3] in ("past", "pres") and r[4] == "ms"),
        split=Tokenizer.shared(resources).split_clitics)
    return replace(data, edges=load_name_edge_data(resources, data),
                   title_words=load_title_words(resources), particle=_particle_re(data.words("name-particle")),
                   particle_len=max(map(len, data.words("name-particle")), default=0),
                   lone_surnames=_lone_surnames(data.gazetteer))


def _lone_surnames(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Family names that UniversalPetrarch's dictionary codes alone, as one word (القذافي,
    LBYGOV): normalised name -> the codes of its roles."""
    out = {}
    for surface, roles in gaz.petrarch.values():
        key = nkey(surface)
        codes = frozenset(r[0] for r in roles if len(r[0]) >= 6)  # a country and an agent: a person
        if key and " " not in key and key.startswith("ال") and codes:
            out[key] = codes
    return out


def _surname_of_another(word: str, g, data: ResolutionData) -> bool:
    """Whether ``word``, the family name of person group ``g``, names another person when alone:
    the dictionary codes it alone (``lone_surnames``) as a person of the country of ``g``'s
    listed entries, with codes none of them has — another member of that family (الساعدي
    القذافي, LBY: «القذافي» alone is his father, 2015-08-06 aawsat «التي أنهت حكم والدهما
    القذافي»). معمر القذافي, with the same LBYGOV role, keeps it; a namesake of another country
    keeps it too (رياض المالكي, PSE, is not Iraq's المالكي: 2015-08-06 3alyoum), and so does a
    person no list knows."""
    codes = data.lone_surnames.get(word)
    if not codes:
        return False
    gaz = data.gazetteer
    entries = [gaz.entries[k] for k in g.keys if k in gaz.entries]
    own = {r[0] for e in entries for r in e.roles} | {e.code for e in entries if e.code}
    countries = {e.country[:3] for e in entries if e.country} | {c[:3] for c in own}
    return not (own & codes) and bool(countries & {c[:3] for c in codes})


@dataclass
class _M:
    start: int
    end: int
    label: str
    kind: str
    key: str = ""  # gazetteer entry
    office: str = ""
    source: str = "gazetteer"
    group: str = ""
    score: float = 1.0
    evidence: bool = False
    attrs: Optional[dict] = None  # actor code and country read from the name itself (institutions)


@dataclass
class _G:
    gid: str
    label: str = ""
    name: str = ""
    keys: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    evidence: bool = False  # the label is attested by context (قرية زركال)
    attrs: Optional[dict] = None  # actor code and country when no list knows the entity


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


class _Occupied:
    """Characters already taken by name mentions, for overlap tests and additions that cost the
    mention's length whatever the number of mentions (sorted lists with inserts were quadratic on
    a multi-megabyte text, and a 10,000-word sentence of names must not cost a quadratic scan)."""

    def __init__(self, items=()):
        self.taken = bytearray()
        for m in items:
            self.add(m)

    def hits(self, m) -> bool:
        return self.taken.find(1, m.start, m.end) >= 0

    def add(self, m) -> None:
        if m.end > len(self.taken):
            self.taken.extend(bytes(m.end - len(self.taken)))
        self.taken[m.start:m.end] = b"\x01" * (m.end - m.start)


_NONSPACE = re.compile(r"\S+")


# tanwin (the indefinite case endings ً ٌ ٍ), which news writes on common nouns and adverbs
_NUNATION = re.compile("[\u064b-\u064d]")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")  # the word right after a span, on its line
_TITLE_BEFORE = re.compile(r"(\w+)(\.?)\s*$")


def _person_title_before(text: str, start: int, end: int, data: ResolutionData) -> bool:
    """A name of two or three words right after a person's title or honorific (د., الدكتور,
    المهندس, الأستاذة: role person-before of ner_filters.tsv) is a person."""
    m = _TITLE_BEFORE.search(text[max(0, start - 30):start])
    if m is None or not 2 <= len(text[start:end].split()) <= 3:
        return False
    w = nkey(m.group(1))
    return (w + m.group(2)) in data.words("person-before") or w in data.words("person-before")


def _join_after_title(ner: list[_M], text: str, data: ResolutionData) -> list[_M]:
    """Two one-word statistical names a single space apart right after a person's title of
    address (الدكتورة نادية السقاف, split by the tagger into two ORG names) are one person: the
    title makes the name a person (``_person_title_before``), and a person's name is given whole."""
    out: list[_M] = []
    i = 0
    while i < len(ner):
        m = ner[i]
        n = ner[i + 1] if i + 1 < len(ner) else None
        if n is not None and text[m.end:n.start] == " " and " " not in text[m.start:m.end] \
                and " " not in text[n.start:n.end] and _person_title_before(text, m.start, n.end, data):
            out.append(_M(m.start, n.end, "PER", "name", source="ner", score=min(m.score, n.score), evidence=True))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _ner_names(s, text: str, data: ResolutionData) -> list[_M]:
    """The mentions of one NER span: its stretches that are names (``_name_stretches``), each
    cleaned by ``_clean_ner``."""
    if s.label not in LABELS or s.end <= s.start:
        return []
    score = float(s.get("score", 1.0) or 0.0)
    label = s.label
    before = _WORD_BEFORE.search(text[max(0, s.start - 30):s.start])
    if before and nkey(before.group(1)) in data.words("loc-before"):
        label = "LOC"  # قرية زركال, قرى دوس بوادي ثروق: a place, whatever the model said
    start, end = _inside_quotes(text, s.start, s.end)
    if end > start and (text[start] in _EDGE_SPACE or text[end - 1] in _EDGE_SPACE):
        start, end = _outside_marks(text, start, end)
    if data.edges is not None:
        start = clitic_letter_start(text, start, end, data.edges)
        start = construct_letter_start(text, start, end, data.words("loc-before"), data.edges)
    if label == "PER":
        start = _given_name_start(text, start, end, data)
        start = _compound_name_start(text, start, data)
        # a particle lies inside the span or within two particles' reach around it (a space and
        # the longest particle, twice: «دي لا»): most names hold none, and one search tells so
        reach = 2 * (data.particle_len + 1)
        if data.particle is not None and data.particle.search(text, max(0, start - reach), end + reach):
            start, end = _particle_name(text, start, end, data)
    out = []
    for words in _name_stretches(label, [(m.start(), m.end()) for m in _NONSPACE.finditer(text, start, end)],
                                 text, data):
        m = _clean_ner(s.label, score, words, text, data)
        if m is not None:
            out.append(m)
    return out


def _given_name_start(text: str, start: int, end: int, data: ResolutionData) -> int:
    """The start of a PER span that begins inside a word after a letter the clitic splitter read
    as a proclitic: the word's start when the whole word is a listed given name and what is left
    is none (الأستاذ باسم الغامدي -> "اسم الغامدي" without the fix, 2015-08-06 3alyoum; باسم منتشري in
    2015-07-23 read by reading 3; فيصل -> يصل in issue 14), else ``start``."""
    ws = start
    while ws > 0 and text[ws - 1].isalpha():
        ws -= 1
    if ws == start or start - ws > 2:
        return start  # a word of its own, or more than a proclitic pair before it
    m = _NONSPACE.match(text, start, end)
    if m is None:
        return start
    whole, rest = nkey(text[ws:m.end()]), nkey(text[start:m.end()])
    known = data.given_names | data.first_names
    return ws if whole in known and rest not in known else start


def _compound_name_start(text: str, start: int, data: ResolutionData) -> int:
    """The start of a PER span whose word before is the first word of a two-word given name
    (wordclasses.tsv name_compounds: عبد, أبو), or the first word of a theophoric name X + الله
    when the span begins at الله (ner_filters.tsv divine-compound: ضيف, عطا): that word is part of
    the name, never a word of its own before one (مدير عام تعليم جدة عبد الله بن أحمد الثقفي,
    2015-08-08 aleqtisadiya; والشيخ ضيف الله الصالحي, 2015-07-22 aljazirah: the tagger began at
    الله), else ``start``."""
    lo = max(0, start - 12)  # عبد/أبو and the space before the span fit in 12 characters
    before = _WORD_BEFORE.search(text, lo, start)
    if before is None or data.naming is None:
        return start
    word = nkey(before.group(1))
    first = _NONSPACE.match(text, start)
    divine = first is not None and nkey(first.group(0)) in data.words("divine-name")
    if word not in data.naming.compounds and not (divine and word in data.words("divine-compound")):
        return start
    ws = before.start(1)
    if ws > 0 and text[ws - 1].isalpha():
        return start  # the window cut a longer word (لعبد, وأبو): a clitic the rule leaves alone
    return ws


_OPEN_QUOTES = "«“"
_CLOSE_QUOTES = "»”"
_QUOTE_MARKS = re.compile("[«»“”\"]")


# Marks that are tokens of their own and never a name's first or last character: brackets, commas,
# colons, dashes. The tagger labels them inside a name now and then («الرئيس (الراحل) زايد آل نهيان»
# -> «) زايد آل نهيان»; «للشركة، بن فان بيوردن» -> «، بن فان بيوردن»). The full stop is not one
# of them: initials end with it (إي.إل. دوكتورو).
_EDGE_MARKS = "()[]{}،,؛;:!?؟-–—/|*"
_EDGE_SPACE = _EDGE_MARKS + " \t\n\r\xa0\u200f\u200e"


def _outside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the marks and spaces at its two edges (``_EDGE_MARKS``)."""
    while start < end and text[start] in _EDGE_SPACE:
        start += 1
    while end > start and text[end - 1] in _EDGE_SPACE:
        end -= 1
    return start, end


_SPACED_WORD = re.compile(r" (\w+)")
_WORD_SPACED = re.compile(r"(?:^|(?<=\W))(\w+) $")


def _particle_re(particles: frozenset[str]) -> Optional[re.Pattern]:
    """One regex for the particles as written (ي or ى at the end); None when there are none."""
    if not particles:
        return None
    forms = set(particles) | {p[:-1] + "ى" for p in particles if p.endswith("ي")}
    return re.compile("(?<!\\w)(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")(?!\\w)")


def _is_particle(word: str, particles: frozenset[str]) -> bool:
    """Is ``word`` as written a name particle? Written with a hamza it is an Arabic word that
    normalises alike (فإن "then indeed" is no فان)."""
    return nkey(word) in particles and not any(c in "أإآؤئء" for c in word)


def _particle_name(text: str, start: int, end: int, data: ResolutionData) -> tuple[int, int]:
    """A European family name with its particle (ner_filters.tsv name-particle: van, von, de, da,
    du) is one name: a PER span that ends at the particle or right before it takes the particle and
    the word after it (المدرب الهولندي لويس فان غال, tagged «لويس فان» and cut to «لويس» as ف + ان,
    2015-07-31 aawsat), and one that begins at the particle or right after it takes the given name
    before it when that word is a listed or tagger-known name (الأرجنتيني أنخيل دي ماريا, tagged «دي
    ماريا»). After a particle any word but news vocabulary is the surname; before it a verb or a
    particle is as likely as a given name (ضم دي ماريا, أن فان غال), so only a known name that is
    no news vocabulary is taken (أن and إن are listed one-word names too)."""
    particles = data.words("name-particle")
    if not particles or end <= start:
        return start, end
    words = [(m.start(), m.end()) for m in _NONSPACE.finditer(text, start, end)]
    if not words:
        return start, end
    last = text[words[-1][0]:words[-1][1]]
    after = _SPACED_WORD.match(text, end)
    taken = False  # the particle is one this rule took after the span (not the tagger's)
    if not _is_particle(last, particles) and after and _is_particle(after.group(1), particles):
        words.append(after.span(1))  # «لويس» + فان غال
        after = _SPACED_WORD.match(text, after.end())
        taken = True
    if _is_particle(text[words[-1][0]:words[-1][1]], particles):
        surname = after and nkey(after.group(1))
        if surname and not _is_particle(after.group(1), particles) and not surname.startswith("ال") \
                and data.counts.get(surname, 0) < VOCABULARY \
                and not (data.edges is not None and place_word(data.edges, after.group(1))):
            words.append(after.span(1))
        elif taken:
            words.pop()  # a particle with no name after it is no part of the name; the tagger's
            # own last word stays (تشو دي, ANERcorp: the Chinese given name Di)
    first = text[words[0][0]:words[0][1]]
    before = _WORD_SPACED.search(text, max(0, words[0][0] - 30), words[0][0])
    if not _is_particle(first, particles) and before and _is_particle(before.group(1), particles):
        words.insert(0, before.span(1))  # فان + «غال»
        before = _WORD_SPACED.search(text, max(0, words[0][0] - 30), words[0][0])
    if _is_particle(text[words[0][0]:words[0][1]], particles) and before and data.edges is not None:
        given = before.group(1)
        if known_name(data.edges, given) and data.counts.get(nkey(given), 0) < VOCABULARY:
            words.insert(0, before.span(1))
    if all(_is_particle(text[a:b], particles) for a, b in words):
        return start, start  # «دو» alone (سان ديني دو لاريونيون): a particle names no one
    return words[0][0], words[-1][1]


def _inside_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """A name never holds a quotation mark: a span across one keeps the quoted side (يغيب «مرسي
    -> مرسي; «داعش» الإرهابي -> داعش), else the side before a closing or straight mark."""
    marks = [m.start() for m in _QUOTE_MARKS.finditer(text, start, end)]
    if not marks:
        return start, end
    for k in marks:
        if text[k] in _OPEN_QUOTES:
            close = next((j for j in marks if j > k and text[j] in _CLOSE_QUOTES), end)
            a, b = k + 1, close
            break
    else:
        first = marks[0]
        a, b = (start, first) if first > start else (first + 1, marks[1] if len(marks) > 1 else end)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else (start, start)


def _name_stretches(label: str, words: list[tuple[int, int]], text: str, data: ResolutionData) -> list[list]:
    """A PER span is cut before an inner word that begins with the conjunction و: two people
    coordinated (ظريف وكيري), the second without its و; it ends before an inner word with ف
    (شوفكوفسكيي فاحتسب: "then he awarded"). A LOC span ends before an inner word with a fused
    preposition (دوس بوادي ثروق: دوس "in the valley of" ...). The clitic splitter decides what
    is a conjunction or preposition (وليد, بوش are names)."""
    if len(words) < 2 or label not in ("PER", "LOC"):
        return [words] if words else []
    out, cur = [], [words[0]]
    particle = data.particle if label == "PER" else None
    for a, b in words[1:]:
        if particle is not None and b - a <= data.particle_len and particle.fullmatch(text, a, b):
            cur.append((a, b))  # لويس فان غال: van, never ف + ان
            continue
        parts = data.split(text[a:b])
        first = parts[0][2] if parts else "stem"
        if label == "LOC" and (first == "prep" or first == "conj" and len(parts) > 1 and parts[1][2] == "prep"):
            break  # دوس بوادي ثروق (a person's name may: والتر بالمر, زينب بنت محمد لباد)
        if label == "PER" and text[a] == "ف" and first != "conj":
            w = nkey(text[a:b])
            if data.counts.get(w[1:], 0) > data.counts.get(w, 0):
                break  # شوفكوفسكيي فاحتسب: ف + a verb the splitter finds too rare to split
        if label == "PER" and first == "conj":
            if text[a] != "و":
                break  # ف + a word: "then ..."
            out.append(cur)
            cur = [(a + parts[0][1], b)]
            continue
        cur.append((a, b))
    out.append(cur)
    # the second of two coordinated names is kept when it has two words (ظريف وجون كيري); one
    # word after و is as often a verb (اندرسون وسكنت "and it went in"): the lists and the
    # surname rule still find a known one (وكيري)
    return [w for k, w in enumerate(out) if w and w[0][0] < w[-1][1] and (k == 0 or len(w) >= 2)]


def _clean_ner(label: str, score: float, words: list[tuple[int, int]], text: str, data: ResolutionData):
    """An NER name (its words' offsets) as a mention, or None: currency words dropped, a PER
    mention's leading description words (قيادي، مسؤول، الرئيس) stripped, doubtful one-word
    mentions dropped."""
    f = data.filters
    start, end = words[0][0], words[-1][1]
    if all(nkey(text[a:b]) in f.get("currency", ()) for a, b in words):
        return None  # دولار alone; ريال مدريد is a club
    if data.edges is not None and any(plural_verb_form(text[a:b], data.edges) for a, b in words):
        return None  # يأكلوا, مؤرخون, ناشطون: a plural verb or participle is no name (name_edges.py)
    if _NUNATION.search(text, start, end):
        return None  # بديلاً, عاماً: news writes the case ending of common words, never of names
    if len(words) == 1 and nkey(text[start:end]).removeprefix("و") in f.get("common-noun", ()):
        return None  # بالبرد "with hail": a weather word, no place
    if len(words) == 1 and nkey(text[start:end]) in f.get("function-word", ()):
        return None  # «أم» "or", «لي» "to me": a particle or pronoun is never a name alone
    if label == "ORG" and start > 1 and text[start - 1] == "ب" and not text.startswith("ال", start) \
            and (firm := _WORD_BEFORE.search(text, max(0, start - 31), start - 1)) \
            and nkey(firm.group(1)) in f.get("firm-head", ()):
        words = [(start - 1, words[0][1])] + words[1:]  # شركة باير: the ب is the firm's first letter
        start = start - 1
    if label == "PER" and len(words) <= 2 and f.get("idiom"):
        key = nkey(text[start:end]).removeprefix("و")
        if len(words) == 1 and (after := _NEXT_WORD.match(text, end, end + 30)):
            key += " " + nkey(after.group(1))  # «وحسن» tagged alone before «الاستقبال»
        if key in f["idiom"]:
            return None  # «حسن الجوار» good neighbourliness, «رضا المستفيدين»: an idiom, no person
    stripped = False
    if data.title_words is not None:
        titled = titled_span(label, words, text, data.title_words)
        if titled is None:
            return None  # العريف أول, الشيخ alone: a title names no one (name_titles.py)
        label, words, stripped = titled
        words = cut_tail(words, text, data)  # محمد صلى الله, القيادة الله (name_tails.py)
        start, end = words[0][0], words[-1][1]
    if label == "PER":
        while words and nkey(text[words[0][0]:words[0][1]]) in f.get("person-head", ()):
            words.pop(0)
            stripped = True
        if not words:
            return None
        if stripped and len(words) == 1:
            if data.counts.get(nkey(text[words[0][0]:words[0][1]]), 0) >= COMMON_WORD:
                return None
        kin = next((k for k, (a, b) in enumerate(words) if k and nkey(text[a:b]) in f.get("kinship", ())), None)
        if kin is not None:
            words = words[:kin]  # وقال لافي شقيق مشعل (2015-07-31 sabq): Lafi, Mishal's brother
        chain = data.naming.chain if data.naming else ()
        while words and nkey(text[words[-1][0]:words[-1][1]]) in chain:
            words.pop()  # وقال ابن عم الطيار (2015-08-06 3alyoum): "son of" ends no name
        if not words:
            return None
        while len(words) > 1 and nkey(text[words[-1][0]:words[-1][1]]) in data.not_family_names:
            words.pop()  # مطار الملك خالد بن عبدالعزيز الدولي: the airport's adjective, not his name
        start, end = words[0][0], words[-1][1]
    if label == "LOC" and len(words) > 1 and text[words[-1][0]:words[-1][0] + 2] == "ال" \
            and lemma_word(nkey(text[words[-1][0]:words[-1][1]])) in data.gazetteer.demonyms:
        words = words[:-1]  # بوفالو الأمريكية, سوروتش التركية: the adjective tells the country
        start, end = words[0][0], words[-1][1]
    if label == "ORG" and len(words) > 1 and _foreign_name_with_nationality(words, text, data):
        words = words[:-1]  # PC World الأمريكية: the magazine, then its country's adjective
        start, end = words[0][0], words[-1][1]
    if len(words) == 1 and score < NER_MIN_SINGLE:
        return None
    if len(words) == 1 and lemma_word(nkey(text[words[0][0]:words[0][1]])) in data.gazetteer.demonyms:
        return None  # النمساوية, الإندونيسي: a nationality adjective names no place or person
    if len(words) == 1 and data.counts.get(nkey(text[words[0][0]:words[0][1]]), 0) > VOCABULARY:
        return None  # الدولة, المدينة, الوطن: news vocabulary (a name that frequent is listed)
    if len(words) == 1 and nkey(text[words[0][0]:words[0][1]]) in data.institutions.surfaces:
        return None  # حزب, وزارة alone: the head of a name, not the name
    evidence = False
    before = _WORD_BEFORE.search(text[max(0, start - 30):start])
    if before and nkey(before.group(1)) in f.get("loc-before", ()) and label != "LOC":
        label, evidence = "LOC", True  # قرية زركال, مدينة الملك عبدالله: a place
    elif label != "PER" and _person_title_before(text, start, end, data):
        label, evidence = "PER", True  # وزيرة الإعلام اليمنية د. نادية السقاف: a person
    elif label != "MISC" and (quoted := _WORD_BEFORE_QUOTE.search(text[max(0, start - 30):start])) \
            and nkey(quoted.group(1)) in f.get("misc-before", ()):
        label, evidence = "MISC", True  # فيروس كورونا, بفيروس "كورونا": a disease, no place
    placed = bool(before and nkey(before.group(1)) in f.get("loc-before", ()))  # حي صبر: a place
    if len(words) == 1 and not (evidence or placed) and not _definite_or_short_name(text, start, end) \
            and _ordinary_word(nkey(text[start:end]), label, data):
        return None
    if len(words) == 1 and label == "PER" and nkey(text[start:end]) in f.get("adjective-name", ()) \
            and not _person_context(text, start, data) and _once(text, start, end):
        return None  # "سعيد بتمثيل التعاون" (happy to play for): a given name that is an adjective
    if len(words) == 1 and label == "MISC":
        w = nkey(text[words[0][0]:words[0][1]])
        if not w.startswith("ال") and data.counts.get(w, 0) >= COMMON_MISC:
            return None
    return _M(start, end, label, "name", source="ner", score=score, evidence=evidence)


def _foreign_name_with_nationality(words: list[tuple[int, int]], text: str, data: ResolutionData) -> bool:
    """Does an organisation's span end in a nationality adjective after words that carry no article
    (a foreign name: مجلة “بي سي وورلد” PC World الأمريكية, 2015-08-02 3alyoum)? The
    adjective describes the company, outside its name: ANERcorp leaves it out 72 times (فيردر بريمن
    الألماني, نوكيا الفنلندية) and takes it in none; a name of Arabic definite nouns keeps it
    (الاتحاد الأوروبي, هيئة الإذاعة البريطانية)."""
    last = text[words[-1][0]:words[-1][1]]
    if not last.startswith("ال") or lemma_word(nkey(last)) not in data.gazetteer.demonyms:
        return False
    whole = nkey(text[words[0][0]:words[-1][1]])
    if data.gazetteer.automaton is not None and data.gazetteer.automaton.exists(whole):
        return False  # أرامكو السعودية: the company's listed name holds the adjective
    return not any(text[a:a + 2] in ("ال", "لل") or nkey(text[a:b]) in data.institutions.heads
                   or nkey(text[a:b]) in data.institutions.surfaces for a, b in words[:-1])


def _person_context(text: str, start: int, data: ResolutionData) -> bool:
    """Does a person's title of address (person-before of ner_filters.tsv: الدكتور, د.) or a
    verb of saying (وقال سعيد: the agent of the verb) stand right before ``start``?"""
    m = _TITLE_BEFORE.search(text[max(0, start - 30):start])
    if m is None:
        return False
    w = nkey(m.group(1))
    if w + m.group(2) in data.words("person-before") or w in data.words("person-before"):
        return True
    return w in data.saying_verbs or (w[:1] in "وف" and w[1:] in data.saying_verbs)


def _once(text: str, start: int, end: int) -> bool:
    """Is the word text[start:end] in the article only once (no second mention, no full name
    that holds it: ظريف after محمد جواد ظريف stays a name)?"""
    word = text[start:end]
    return text.find(word) == start and text.find(word, end) < 0


def _definite_or_short_name(text: str, start: int, end: int) -> bool:
    """A word fused after لل has its article (للسادات, للزهراني), and a word alone in brackets
    is the short name news gives after a full one (حلف شمال الأطلسي (ناتو), شركة التعدين
    (معادن)): the article test of ``_ordinary_word`` says nothing of either."""
    if text[max(0, start - 2):start] == "لل":
        return True
    return text[max(0, start - 1):start] == "(" and text[end:end + 1] == ")"


def _ordinary_word(word: str, label: str, data: ResolutionData) -> bool:
    """Whether one bare word the model took for a name is an ordinary word by news usage: its
    form with the article is much more frequent than the bare form (``DEFINITE_RATIO``). A fused
    conjunction is read off first (ويد "and a hand"); a word after لل already has its article
    (للسادات), and a listed given name stays a name (سعيد, سليم)."""
    parts = data.split(word)
    if len(parts) > 1 and parts[0][2] == "conj":
        word = word[parts[0][1]:]
    if word.startswith("ال") or word.startswith("لل") or len(word) < 3:
        return False
    if label == "PER" and (word in data.given_names or word in data.first_names):
        return False
    gaz = data.gazetteer
    if word in gaz.contexts or gaz.automaton is not None and gaz.automaton.exists(word):
        return False  # a listed name (مالي, the country, is kept out of its common phrases only)
    definite = data.counts.get("ال" + word, 0)
    return definite >= DEFINITE_MIN and definite >= DEFINITE_RATIO * data.counts.get(word, 0)


_QUOTED = re.compile(r"[«\"“]([^»\"”\n]{2,40})[»\"”]")
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_WORD_BEFORE_QUOTE = re.compile(r"(\w+)\s*[\"«“]?\s*$")  # the word before, a quotation mark between allowed
_WORD_BEFORE_MARK = re.compile(r"(\w+)\s*[\"«“”]?\s*$")  # the same with ” (some outlets open with it)


def _quoted_misc(text: str, boiler, data: ResolutionData):
    """Names in quotes after a word that announces one: a named operation or stadium (عملية
    «السهم الذهبي»: MISC), a party, company or paper (حزب "البيت اليهودي": ORG)."""
    misc, org = data.words("quoted-misc"), data.words("quoted-org")
    for q in _QUOTED.finditer(text):
        # the word before the opening quote, looked for in a bounded window (a 20,000-letter
        # "word" must not make this quadratic)
        w = _WORD_BEFORE.search(text[max(0, q.start() - 30):q.start()])
        if w is None or len(q.group(1).split()) > 4:
            continue
        head = nkey(w.group(1))
        head = head if head in misc or head in org else head[1:]  # لحزب, وحزب
        label = "MISC" if head in misc else "ORG" if head in org else ""
        if not label:
            continue
        inner = q.group(1)
        s = q.start(1) + (len(inner) - len(inner.lstrip()))
        e = q.end(1) - (len(inner) - len(inner.rstrip()))
        m = _M(s, e, label, "name", source="pattern")
        if e > s and not _in_boiler(m, boiler):
            yield m


def _prefer_longer_ner(names: list, ner: list, text: str, data: ResolutionData) -> list:
    """Drop a gazetteer name that lies inside a longer, confident NER name whose other words are
    all name-like (rare in news, not descriptions): مدريد in أتلتيكو مدريد. The gazetteer keeps
    its mention when the NER span adds descriptions or ordinary words (قوات البشمركة الكردية,
    جانب الولايات المتحدة, مجلس الأمن التابع: the gold keeps the listed name alone), holds two
    listed names (بريطانيا وفرنسا), or merely crosses it."""
    if not ner or not names:
        return names
    gaz = data.gazetteer
    desc = data.words("descriptor") | data.words("person-head")
    starts = [m.start for m in names]
    drop: set[int] = set()
    for n in ner:
        i = bisect.bisect_left(starts, n.start)
        inside = []
        while i < len(names) and names[i].start < n.end:
            if names[i].end <= n.end:
                inside.append(i)
            i += 1
        if len(inside) != 1 or n.end - n.start <= names[inside[0]].end - names[inside[0]].start:
            continue
        g = names[inside[0]]
        if gaz.entries[g.key].kind != "name":
            continue
        extra = nkey(text[n.start:g.start] + " " + text[g.end:n.end]).split()
        counts = data.counts
        if n.score >= NER_OVERRIDE and extra and all(
                w not in desc and lemma_word(w) not in gaz.demonyms and counts.get(w, 0) < NAME_WORD_MAX
                for w in extra):
            drop.add(inside[0])
    return [m for i, m in enumerate(names) if i not in drop]


def _display(surface: str) -> str:
    """An entity name from a mention: the article restored after a fused ل (للسلطات -> السلطات)."""
    return "ال" + surface[2:] if surface.startswith("لل") and len(surface) > 4 else surface


def _in_boiler(m, boiler) -> bool:
    """Whether ``m`` overlaps boilerplate; ``boiler`` is the Document (a binary search over its
    boilerplate spans: a scan of every span per mention was quadratic on long texts)."""
    return boiler.overlaps_boilerplate(m.start, m.end)


class _Groups(dict):
    """Entity groups of one article by id (``ctry:RUS``, ``cur:putin``, ``ner:PER:...``)."""

    def group_for(self, gid: str, label: str, name: str) -> _G:
        """The group ``gid``, made with that label and name when it is new."""
        g = self.get(gid)
        if g is None:
            g = self[gid] = _G(gid, label, name)
        return g


def resolve(doc: Document, data: ResolutionData, published: str | None = None) -> list[Entity]:
    """The entities of a document with its gazetteer (and NER) mentions; ``published``: the
    publication date when the document's meta has none."""
    text = doc.text
    date = doc.meta.get("published") or published
    boiler = doc  # answers _in_boiler's overlap look-ups
    names, nominals = _listed_mentions(doc, boiler, data)
    nominals, club_tails = _club_name_agents(text, nominals, data)
    names = _add_found_names(doc, names, boiler, data, nominals, club_tails)  # 1.
    groups = _Groups()
    text_index = _group_listed_names(names, groups, text, data.gazetteer)  # 3a.
    _group_found_names(names, groups, text_index, text, data)  # 3b.
    _settle_labels(groups)
    # one person, one entity: عادل الجبير and عادل بن أحمد الجبير; surname-only entities that a
    # later full name completes merge into the full name
    _merge_name_variants(groups, text, data.naming)
    _merge_surnames(groups, text, data)
    if data.title_words is not None:
        merge_house_names(groups, text, data.title_words)  # وأضاف آل الشيخ: the mufti named before
    # 2. surnames of people named in full, and other occurrences of what NER found
    _add_surnames(doc, names, nominals, groups, boiler, data)
    # 4. titles; agent descriptions (القوات التركية) are entities of their own
    titles = _group_agents(nominals, names, groups, text, data.gazetteer)
    _resolve_titles(doc, names, titles, groups, data, date)
    return _entities(doc, groups, date, data)  # 5.


def _listed_mentions(doc: Document, boiler, data: ResolutionData) -> tuple[list[_M], list[_M]]:
    """The gazetteer's (names, nominals) outside boilerplate; a news outlet's credit line is
    no mention (``_credit``)."""
    names: list[_M] = []
    nominals: list[_M] = []
    entries = data.gazetteer.entries
    for s in doc.layer("gazetteer_mentions"):
        m = _M(s.start, s.end, s.label, s.get("kind", "name"), s.get("key", ""), s.get("office", ""))
        if _in_boiler(m, boiler):
            continue
        e = entries.get(m.key)
        if e is not None and e.code.endswith("MED") and _credit(doc.text, m):
            continue
        (nominals if m.kind == "nominal" else names).append(m)
    return names, nominals


_DASH = "-–—:"


def _credit(text: str, m) -> bool:
    """Whether a news outlet's name is the article's credit rather than a mention: at the start
    of a line before a dash or colon (واس- الرياض:), or at the end of a line after a dash, an
    opening bracket or nothing (الرياض – واس; (واس)). The credit is the article's source, not
    something the article talks about."""
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.end)
    le = len(text) if le < 0 else le
    before, after = text[ls:m.start].strip(), text[m.end:le].strip()
    if before in ("", "(") and after[:1] in tuple(_DASH) + (")",):
        return True
    return after in ("", ")", ".", ").") and (before == "" or before[-1:] in tuple(_DASH) + ("(",))


def _club_name_agents(text: str, nominals: list[_M], data: ResolutionData) -> tuple[list[_M], list[tuple[int, int]]]:
    """Agent phrases right after نادي/فريق (``club_heads``) are the rest of a club's name, no
    force (نادي الطيران السعودي "the Saudi Aviation Club", not SAUMIL; فريق حرس الحدود, 2015-08-06
    al-Jazirah): (the other nominals, the spans dropped), so that the model's club name that
    they cut may run over them."""
    kept, tails = [], []
    for m in nominals:
        if m.key.startswith("agent:") and _word_before_is(text, m.start, data.club_heads):
            tails.append((m.start, m.end))
        else:
            kept.append(m)
    return kept, tails


def _add_found_names(doc: Document, names: list[_M], boiler, data: ResolutionData, titles=(),
                     club_tails=()) -> list[_M]:
    """The listed names with the NER mentions that fill the gaps the gazetteer leaves, and named
    operations (عملية «السهم الذهبي»), in text order. ``titles``: the listed title phrases, which
    no statistical name may hold (سمو ولي ولي العهد is an office, not a person's name);
    ``club_tails``: the agent phrases of club names (``_club_name_agents``), to which a model's
    ORG name ending inside one runs on (نادي الطيران -> نادي الطيران السعودي)."""
    text = doc.text
    ner = [m for s in doc.layer("ner_mentions") for m in _ner_names(s, text, data)]
    for a, b in club_tails:
        for m in ner:
            if m.label == "ORG" and m.start < a < m.end < b:
                m.end = b
    if titles:
        ner = [m for m in (_outside_titles(m, titles, text, data) for m in ner) if m is not None]
    ner = [m for m in ner if any(ch.isalpha() for ch in text[m.start:m.end])]  # "!!" is no name
    if data.edges is not None:
        ner = drop_verse_words(ner, text, data.edges)  # words of a poem (name_edges.py)
    ner = _join_after_title(ner, text, data)
    # a listed name with its proclitic (للنيل من) escapes the gazetteer's own phrase test
    names = [m for m in names if not _religious_formula(text, m, data) and not _adjective_of_country(text, m, data)
             and not (text[m.start:m.start + 1] in "وفبل" and _in_phrase(text, m, data.gazetteer))]
    ner = [m for m in ner if not _religious_formula(text, m, data) and not _in_phrase(text, m, data.gazetteer)
           and not _adjective_of_country(text, m, data)]
    names = _prefer_longer_ner(names, ner, text, data)
    names, ner = _add_institutions(doc, names, ner, boiler, data)
    occupied = _Occupied(names)
    for m in ner:
        if _in_boiler(m, boiler) or occupied.hits(m):
            continue
        names.append(m)
        occupied.add(m)
    quoted = list(_quoted_misc(text, boiler, data))
    if quoted:
        # ملعب «الإمارات», عملية «السهم الذهبي»: the announced name wins over a name inside it
        inside = _Occupied(quoted)
        names = [m for m in names if not inside.hits(m)] + quoted
    names = _clubs_by_adjective(doc, names, data)
    names = _competitions(text, names, data)
    names = _headed_names(text, names, data)
    names = _compass_regions(text, names, data)
    occupied = _Occupied(names)
    names += _first_and_family_names(doc, occupied, boiler, data)
    names += _speakers_by_family_name(text, occupied, boiler, data)
    names.sort(key=lambda m: (m.start, m.end))
    return _extend_person_chains(text, names, data)


# A definite word after a given name is a family name when it is rarer than this in news (القباع
# 52, الصعب 405 is a word: "the difficult"; the common family names, الغامدي, القحطاني, are
# found by the model).
FAMILY_MAX = 300


def _first_and_family_names(doc: Document, occupied: "_Occupied", boiler, data: ResolutionData) -> list[_M]:
    """People the model missed, from the shape of Gulf names: a distinctive given name
    (person_first_names), maybe a chain "بن X", then a rare definite word (فهد القباع, سعد بن
    محمد الصعب). The family word is no title, description, time word, adjective or demonym."""
    if not data.first_names or not doc.tokens:
        return []
    text = doc.text
    out = []
    blocked = data.words("person-head") | data.words("descriptor") | data.institutions.stop | data.not_family_names
    naming = data.naming
    firsts = data.first_names
    for tok, key in zip(doc.tokens, token_keys(doc)):
        if key in firsts:
            first = tok.start  # فهد, not ف + هد
        elif key[:1] in "وفبل" and key[1:] in firsts:
            first = tok.start + 1  # وفهد: the conjunction stays out
        else:
            continue
        end = tok.end
        while True:
            link = naming.after.match(text, end)
            if link is None or nkey(link.group(1)) not in naming.chain:
                break
            end = link.end()
        fam = _WORD_AFTER.match(text, end)
        if fam is None:
            continue
        w = nkey(fam.group(1))
        if data.counts.get(w, 0) >= FAMILY_MAX or w in blocked or w.endswith("يه") \
                or lemma_word(w) in data.gazetteer.demonyms:
            continue
        p = _M(first, fam.end(), "PER", "name", source="pattern")
        if occupied.hits(p) or _in_boiler(p, boiler):
            continue
        occupied.add(p)
        out.append(p)
    return out


# ... and in the speaker's slot, rarer than this: a family name named alone (الكربولي 9,
# الأعرجي 18) is rarer than the descriptions that also stand there (الخبير 268, التلفزيون 428).
SPEAKER_FAMILY_MAX = 100
_SPEAKER_SLOT = re.compile(r"(?<![\u0621-\u064a])[وف]?([\u0621-\u064a]{2,})[ \t]+(ال[\u0621-\u064a]{2,})"
                           r"[ \t]*(?=[:،,]|إن(?!\w)|أن(?!\w)|بأن(?!\w))")


def _speakers_by_family_name(text: str, occupied: "_Occupied", boiler, data: ResolutionData) -> list[_M]:
    """A person the model missed in the speaker's slot: a verb of saying, then one rare definite
    word, then what is said (وأضاف الأعرجي: «...»; وأكد القحطاني أن). The word passes the family
    name tests of ``_first_and_family_names`` (no title, description, adjective, demonym)."""
    if not data.saying_verbs:
        return []
    blocked = data.words("person-head") | data.words("descriptor") | data.institutions.stop | data.not_family_names
    out = []
    for m in _SPEAKER_SLOT.finditer(text):
        if nkey(m.group(1)) not in data.saying_verbs:
            continue
        w = nkey(m.group(2))
        if data.counts.get(w, 0) >= SPEAKER_FAMILY_MAX or w in blocked or w.endswith("يه") \
                or lemma_word(w) in data.gazetteer.demonyms:
            continue
        p = _M(m.start(2), m.end(2), "PER", "name", source="pattern")
        if occupied.hits(p) or _in_boiler(p, boiler):
            continue
        occupied.add(p)
        out.append(p)
    return out


_MASC_ADJECTIVE = re.compile(r"[ \t]+ال([\u0621-\u064a]+ي)(?![\u0621-\u064a])")


def _clubs_by_adjective(doc: Document, names: list[_M], data: ResolutionData) -> list[_M]:
    """In an article about sport, a place followed by a masculine nationality adjective is a
    club: هامبورغ الألماني, ليون الفرنسي (the team, الفريق, is masculine; the city would be
    هامبورغ الألمانية). The club is an organisation named by the place, not the place."""
    gaz = data.gazetteer
    text = doc.text
    # a place right after نادي/فريق (with its clitics: بنادي, لفريق) is the club named by it,
    # in any article (نادي الدرعية, نادي الطائف الأدبي)
    headed = set()
    for m in names:
        if m.label == "LOC" and m.kind == "name" and _word_before_is(text, m.start, data.club_heads):
            m.label, m.key, m.source = "ORG", "", "pattern"
            headed.add(nkey(text[m.start:m.end]))
    places = [m for m in names if m.label == "LOC" and m.kind == "name"
              and (_MASC_ADJECTIVE.match(text, m.end) or _word_before_is(text, m.start, data.club_members))]
    # one sense per article: in an article about sport, a name that is a club once (فريق الخليج,
    # a listed club) is the club at its other occurrences too (وفاز الخليج), unless a place word, a
    # preposition or a dateline makes it a place there (في الخليج, العاصمة النمساوية فيينا: _acts);
    # a country stays a country (its team is منتخب X)
    clubs = headed | {nkey(text[m.start:m.end]) for m in names if m.key.startswith("club:") and m.label == "ORG"}
    same = [m for m in names if m.label == "LOC" and m.kind == "name" and nkey(text[m.start:m.end]) in clubs
            and not m.key.startswith("ctry:") and _acts(text, m, data)]
    if not places and not same:
        return names
    nt = doc.view("normalized")
    if not about_sport(nt.text if nt is not None else nkey(text), gaz):
        return names
    for m in places:
        adj = _MASC_ADJECTIVE.match(text, m.end)
        if (adj and nkey(adj.group(1)) in gaz.demonyms) or _word_before_is(text, m.start, data.club_members):
            m.label, m.key, m.source = "ORG", "", "pattern"  # ولاعب المزاحمية: the club's player
    for m in same:
        if m.label == "LOC":
            m.label, m.key, m.source = "ORG", "", "pattern"
    return names


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_LEAGUE = "دوري "


def _competitions(text: str, names: list[_M], data: ResolutionData) -> list[_M]:
    """A competition's name is its head noun with what follows (``tournament_*`` classes): a
    name right after كأس/بطولة/دوري takes the head (كأس ألمانيا is no country, كأس السوبر
    السعودي), and a name so headed runs on over a nationality or confederation adjective (كأس
    السوبر الألماني, كأس الاتحاد الآسيوي) and an edition (كأس العالم للشباب is not the World
    Cup). The result is a name of its own (MISC; a league ORG, as the lists have leagues);
    names it now covers are dropped."""
    if not data.tournament_heads:
        return names
    out, grown = [], []
    for m in names:
        star = _starring(text, m, data)
        if star is not None:
            out.append(_M(star, m.end, "PER", "name", source="ner", score=m.score))
            continue
        if m.kind != "name" or m.label == "PER":
            out.append(m)
            continue
        start, headed = m.start, nkey(_NONSPACE.match(text, m.start).group(0)) in data.tournament_heads
        before = _WORD_BEFORE.search(text[max(0, m.start - 12):m.start])
        fused = data.split(nkey(_NONSPACE.match(text, m.start).group(0)))
        if not headed and fused and fused[0][2] == "prep":
            out.append(m)  # دوري للشباب "a youth league": a phrase, no name after the head
            continue
        if not headed and before is not None and not text[max(0, m.start - 12) + before.end(1):m.start].strip(" "):
            word = before.group(1)
            parts = data.split(word)
            # كأس whole (its ك is no preposition), else after its clitics (بكأس, ولدوري)
            head_at = 0 if nkey(word) in data.tournament_heads else parts[-1][0] if parts else 0
            if nkey(word[head_at:]) in data.tournament_heads:
                start, headed = max(0, m.start - 12) + before.start(1) + head_at, True
        if not headed:
            out.append(m)
            continue
        end = _competition_end(text, m.end, data)
        if (start, end) == (m.start, m.end):
            out.append(m)
            continue
        # a league is an organisation, as the lists have it (الدوري الإسباني); a cup is an event
        label = "ORG" if nkey(text[start:end]).startswith(_LEAGUE) else "MISC"
        grown.append(_M(start, end, label, "name", source="pattern", evidence=True))
    if not grown:
        return out
    taken = _Occupied(grown)
    return sorted([m for m in out if not taken.hits(m)] + grown, key=lambda m: (m.start, m.end))


def _headed_names(text: str, names: list[_M], data: ResolutionData) -> list[_M]:
    """A name right after an indefinite head noun that names a thing by it is part of that
    thing's name, not the actor it names alone: سوق عكاظ (a market and festival, not the newspaper
    عكاظ), جادة عكاظ (``place_name_heads``: LOC); إعلان القاهرة, اتفاق الطائف
    (``document_name_heads``: MISC); البنك الأهلي (``org_name_heads``, a definite head: ORG, not
    the club الأهلي). A document head takes only a place that is no country
    (اتفاق إيران مع القوى الكبرى is Iran's agreement: the country acts); a person's name stays,
    except after a place head without the article (``_place_named_after``: قلعة ويليام). A palace is no such head: ANERcorp
    tags قصر بكينغهام as بكينغهام LOC, the place, which names no actor. A fused preposition or و
    stays outside (بسوق عكاظ)."""
    heads = data.place_name_heads | data.document_name_heads | data.org_name_heads
    if not heads:
        return names
    out, grown = [], []
    for m in names:
        if m.kind != "name":
            out.append(m)
            continue
        start = _head_before(text, m.start, heads, data)
        if start is None or m.label == "PER" and not _place_named_after(text, start, data):
            out.append(m)
            continue
        head = nkey(_NONSPACE.match(text, start).group(0))
        if head in data.place_name_heads:
            label = "LOC"
        elif head in data.org_name_heads:
            if m.label != "ORG":
                out.append(m)
                continue
            label = "ORG"
        elif m.label == "LOC" and not m.key.startswith("ctry:") and not _object_after(text, m.end, data):
            label = "MISC"
        else:
            out.append(m)
            continue
        end = m.end
        nxt = _NEXT_WORD.match(text, end)
        # a document's adjective agrees with its head in gender (مؤتمر شرم الشيخ الاقتصادي, 2015-08-06
        # alriyadh); after a place head one may be an earlier noun's (بجائزة سوق عكاظ الدولية)
        if label == "MISC" and nxt is not None and text[end:nxt.start(1)] == " " \
                and data.institutions.is_adjective(nkey(nxt.group(1))) \
                and head.endswith("ه") == nkey(nxt.group(1)).endswith("ه"):
            end = nxt.end(1)
        # a bank's name goes on with its nisba adjectives (البنك الأهلي الكويتي, 2015-07-25
        # aleqtisadiya; البنك الأهلي المصري, 2015-08-06 aleqtisadiya)
        while label == "ORG" and nxt is not None and text[end:nxt.start(1)] == " " \
                and data.institutions.is_adjective(nkey(nxt.group(1))) and not nkey(nxt.group(1)).endswith("ه"):
            end = nxt.end(1)
            nxt = _NEXT_WORD.match(text, end)
        grown.append(_M(start, end, label, "name", source="pattern", evidence=True))
    if not grown:
        return out
    taken = _Occupied(grown)
    return sorted([m for m in out if not taken.hits(m)] + grown, key=lambda m: (m.start, m.end))


def _place_named_after(text: str, start: int, data: ResolutionData) -> bool:
    """Is the word at ``start`` a place head without the article, so that the person's name after
    it names the place (أوبان وقلعة ويليام, 2015-07-31 aawsat: Fort William; قلعة موسى بن نصير)?
    A document head takes no person (round 10), and a definite head is no construct: it ends a
    phrase of its own before a person (للسوق الأمير خالد الفيصل, 2015-07-25 alwatan: the market's
    committee, then its chairman)."""
    word = _NONSPACE.match(text, start)
    return text[max(0, start - 2):start] not in ("ال", "لل") and word is not None \
        and nkey(word.group(0)) in data.place_name_heads


def _object_after(text: str, end: int, data: ResolutionData) -> bool:
    """Whether the word after a name ending at ``end`` is the object of a verbal noun before the
    name, which is then its doer, no document's name: مع إعلان أنقرة عزمها إقامة منطقة عازلة
    (2015-07-27 almadina: Ankara announcing its resolve), إعلان القاهرة عن, اتفاق أنقرة على
    (``verbal_noun_objects``: أن/عن/على, and a word with an object pronoun ending -ها/-هم)."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    if nkey(word) in data.verbal_noun_objects:
        return True
    return len(word) > 3 and not word.startswith("ال") and any(word.endswith(p) for p in data.object_pronouns)


def _head_before(text: str, start: int, heads: frozenset[str], data: ResolutionData) -> Optional[int]:
    """Where a head of ``heads`` starts in the word right before ``start`` (one space between),
    after its proclitics (بسوق, وإعلان), or None."""
    lo = max(0, start - WORD_BEFORE_REACH)
    before = _WORD_BEFORE.search(text[lo:start])
    if before is None or text[lo + before.end(1):start] != " ":
        return None
    word = before.group(1)
    at = lo + before.start(1)
    if nkey(word) in heads:
        return at
    parts = data.split(word)
    head_at = parts[-1][0] if parts else 0
    if head_at and nkey(word[head_at:]) in heads and all(p[2] != "stem" for p in parts[:-1]):
        return at + head_at
    return None


_COMPASS_BEFORE = re.compile(r"(?:(?<=\s)|^)(\w+)(?:[ \t]+(\w+))?[ \t]+$")


def _compass_regions(text: str, names: list[_M], data: ResolutionData) -> list[_M]:
    """A continent after one or two compass words (``institution_directions``) is a region of
    its own with them: جنوب شرق آسيا, شمال أفريقيا (LOC, one mention), not the continent. A
    fused preposition stays outside (بجنوب شرق آسيا)."""
    directions = data.institutions.directions
    if not data.continents or not directions:
        return names
    out = []
    for m in names:
        if m.label != "LOC" or nkey(text[m.start:m.end]) not in data.continents:
            out.append(m)
            continue
        before = _COMPASS_BEFORE.search(text, max(0, m.start - 16), m.start)
        start = None
        if before is not None:
            near = 2 if before.group(2) else 1
            start = _compass_start(before.group(near), before.start(near), directions)
            if near == 2 and start == before.start(2):
                start = _compass_start(before.group(1), before.start(1), directions) or start
        out.append(m if start is None else _M(start, m.end, "LOC", "name", source="pattern", evidence=True))
    return out


def _compass_start(word: str, start: int, directions: frozenset[str]) -> Optional[int]:
    """Where a compass word starts in ``word`` (at ``start``), after a fused و/ب/ل/ف (بجنوب), or
    None when it is none."""
    key = nkey(word)
    for k in range(3):
        if key[k:] in directions and all(ch in "وفبل" for ch in key[:k]):
            return start + k
    return None


# بطولة before a person's name is "starring" (فيلم من بطولة كريستين ستيوارت), no championship
_STARRING = "بطوله"


def _starring(text: str, m: _M, data: ResolutionData) -> Optional[int]:
    """Where the actor's name starts in a statistical name led by بطولة "starring" (بطولة إيدي
    ريدماين), or None: the words after بطولة are a name of two words or more, neither definite
    (بطولة الدوري) nor another competition head (بطولة كأس) nor a listed name (بطولة أوروبا,
    بطولة ويمبلدون), and with the article only after a known given name (يوسف الخال)."""
    if m.source != "ner" or m.kind != "name":
        return None
    words = list(_NONSPACE.finditer(text, m.start, m.end))
    if len(words) < 3 or nkey(words[0].group(0)) != _STARRING:
        return None
    rest = nkey(text[words[1].start():m.end])
    first = rest.split()[0]
    gaz = data.gazetteer
    if first.startswith("ال") or first in data.tournament_heads or gaz.automaton is not None and (
            gaz.automaton.exists(first) or gaz.automaton.exists(rest)):
        return None
    if any(w.startswith("ال") for w in rest.split()) and first not in data.given_names \
            and first not in data.first_names:
        return None  # بطولة اسطبلات الانتاج: a championship of things; يوسف الخال is a name
    return words[1].start()


def _competition_end(text: str, end: int, data: ResolutionData) -> int:
    """Where a competition's name that reaches ``end`` ends: after an adjective of a nation or a
    confederation, then after an edition complement."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None:
        w = nkey(nxt.group(1))
        if w in data.tournament_adjectives or w.startswith("ال") and lemma_word(w) in data.gazetteer.demonyms:
            end = nxt.end(1)
            nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nkey(nxt.group(1)) in data.tournament_editions:
        end = nxt.end(1)
    return end


def _word_before_is(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the word right before ``start`` (a space between) is one of ``words``, maybe
    with a fused conjunction and preposition (ولاعب, بنادي)."""
    if start < 2 or text[start - 1] != " ":
        return False
    before = _WORD_BEFORE.search(text[max(0, start - 30):start])
    if before is None:
        return False
    w = nkey(before.group(1))
    return any(w[k:] in words for k in range(0, min(3, len(w) - 2)))


# Arabic naming chains around a person's name: "بن/ابن/بنت X" (son/daughter of X) and "آل X"
# (the house of X) continue it, and a given name before "بن" begins it (NamingWords).
_WORD_AFTER = re.compile(r"[ \t]+(ال[\u0621-\u064a]{2,})(?!\w)")


def _extend_person_chains(text: str, names: list[_M], data: ResolutionData) -> list[_M]:
    """Person names run to the ends of their naming chains: سلمان بن عبدالعزيز + آل سعود (the
    same person: the listed entry stays), أحمد بن + محمد بن راشد آل مكتوم (his son: another
    person, so the listed entry is left), and a family name after the chain's last بن X
    (عبدالله بن عبدالعزيز + الربيعة: another person than the listed king). A family name is a
    definite word after the chain's last "بن X" that is no title, description, time word,
    feminine adjective (جامعة الإمام محمد بن سعود الإسلامية) or word of the class
    not_family_names (مطار ... بن عبدالعزيز الدولي). Names that a longer chain now covers are
    dropped."""
    if not any(m.label == "PER" for m in names):
        return names
    blocked = data.words("person-head") | data.words("descriptor") | data.words("title-former")
    naming = data.naming
    changed = False
    for m in names:
        if m.label != "PER" or m.kind != "name":
            continue
        end = m.end
        while True:
            nxt = naming.after.match(text, end)
            if nxt is None or nkey(nxt.group(2)) in blocked:
                break
            end = nxt.end()
        last2 = nkey(text[m.start:end]).split()[-2:]
        if len(last2) == 2 and last2[0] in naming.chain:
            fam = _WORD_AFTER.match(text, end)
            if fam and _family_name(nkey(fam.group(1)), blocked, data):
                end = fam.end()
                if m.source == "gazetteer":
                    m.key, m.source = "", "pattern"  # عبدالله بن عبدالعزيز الربيعة is not the king
        start = m.start
        while True:
            prev = naming.before.search(text, max(0, start - 40), start)
            if prev is None or nkey(prev.group(1)) in blocked or nkey(prev.group(1)) in data.words("divine-name"):
                break
            start = prev.start(1)
        if start < m.start and m.source == "gazetteer":
            m.key, m.source = "", "pattern"  # another person than the listed one: his son
        if (start, end) != (m.start, m.end):
            m.start, m.end, changed = start, end, True
    if not changed:
        return names
    names.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept = _Occupied()
    out = []
    for m in names:
        if not kept.hits(m):
            kept.add(m)
            out.append(m)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _family_name(word: str, blocked: frozenset[str], data: ResolutionData) -> bool:
    """Whether a definite word after "بن X" is a family name (الربيعة, الجبير, الغامدي)."""
    return not (word in blocked or word.endswith("يه") or word in data.institutions.stop
                or word in data.not_family_names)


def _outside_titles(m: _M, titles, text: str, data: ResolutionData):
    """A statistical name without the listed title phrases it overlaps: the words before or
    after the title (whichever side holds more), or None when nothing but honorifics and
    descriptions is left (سمو ولي ولي العهد)."""
    hit = [t for t in titles if t.start < m.end and m.start < t.end]
    if not hit:
        return m
    t = hit[0]
    sides = [(m.start, t.start), (t.end, m.end)]
    a, b = max(sides, key=lambda x: x[1] - x[0])
    heads = data.words("person-head")
    words = [(w.start(), w.end()) for w in _NONSPACE.finditer(text, a, b)
             if nkey(w.group()) not in heads and any(ch.isalpha() for ch in w.group())]
    if not words:
        return None
    m.start, m.end = words[0][0], words[-1][1]
    return m


def _in_phrase(text: str, m: _M, gaz: Gazetteer) -> bool:
    """Whether a statistical name is a listed name inside a common phrase of name_contexts.tsv
    (مسقط رأسه, النيل من, صلاة المغرب): the gazetteer does not match it there, and neither does
    the model's guess count."""
    key = nkey(text[m.start:m.end])
    ctx = gaz.contexts.get(key)
    if ctx is None and key[:2] == "لل":
        ctx = gaz.contexts.get("ا" + key[1:])  # للنيل من: ل before the article drops its alif
    elif ctx is None and key[:1] in "وفبل":
        ctx = gaz.contexts.get(key[1:])  # والنيل من, بالرباط الصليبي: a proclitic is no part of the phrase
    if ctx is None:
        return False
    after, before = ctx
    nxt = _NEXT_WORD.match(text, m.end, min(len(text), m.end + 30))
    if after and nxt and nkey(nxt.group(1)) in after:
        return True
    prev = _WORD_BEFORE.search(text[max(0, m.start - 30):m.start])
    return bool(before and prev and (nkey(prev.group(1)) in before or nkey(prev.group(1))[1:] in before))


# the nisba endings (normalised: -ية, -ي) of the adjectives of relation that news places after a
# definite noun (Ryding, A Reference Grammar of Modern Standard Arabic, ch. 8, "nisba adjectives")
_NISBA_ENDINGS = ("يه", "ي")
_PRAYER_OBJECT = re.compile(r"\s*ب(?:ه|ها|هم|هما|كم|نا)(?!\w)")
_LEADING_CLITICS = re.compile("^[وف]?[بلكت]?")


def _adjective_of_country(text: str, m: _M, data: ResolutionData) -> bool:
    """A country whose name is also its feminine nationality adjective (السعودية) is the
    adjective right after a definite noun (العيادات التخصصية السعودية, الأسهم السعودية): a
    nationality adjective names no place (the evaluation kit's convention). After a verb or a
    preposition (قالت السعودية, في السعودية, بالسعودية) it is the country."""
    if m.label != "LOC" or m.kind != "name" or (m.start > 0 and text[m.start - 1].isalpha()):
        return False
    key = nkey(text[m.start:m.end])
    if not key.startswith("ال") or " " in key:
        return False
    # a nisba the model alone took for a place (العاصمة السنيغالية, الصناعات البتروكيماوية): the
    # same adjective position; a listed place that ends so (المنطقة الشرقية) comes from the lists
    if lemma_word(key) not in data.gazetteer.demonyms and not (m.source == "ner" and key.endswith(_NISBA_ENDINGS)):
        return False
    before = _WORD_BEFORE.search(text[max(0, m.start - 30):m.start])
    if before is None or text[max(0, m.start - 30) + before.end(1):m.start] != " ":
        return False
    raw = before.group(1)
    prev = nkey(raw)
    # the article as written (ألوان is no ال + وان, though normalised alike), or its لل form after
    # the preposition ل (للسوق السعودية); العربية السعودية (the kingdom's name without المملكة)
    # keeps the country
    parts = data.split(prev)
    return any(p[2] == "art" and (raw[p[0]:p[1]] == "ال" or k == 1 and parts[0][2] == "prep" and raw[:2] == "لل")
               for k, p in enumerate(parts)) \
        and prev not in data.words("country-name-before")


def _religious_formula(text: str, m: _M, data: ResolutionData) -> bool:
    """Whether a mention is God in a religious formula, which names no actor of the news: الله
    alone (بإذن الله, والله), a formula verb or noun before it (سامح الله, رحمه الله, دين الله:
    class divine_formula), or نصر الله followed by its object (نصر الله به, "may God grant
    victory through him") rather than a person's name (حسن نصر الله keeps it: three words)."""
    if m.kind != "name":
        return False
    words = nkey(text[m.start:m.end]).split()
    god = data.words("divine-name")
    if not words or words[-1] not in god and _LEADING_CLITICS.sub("", words[-1]) not in god | {"له"}:
        return False
    if len(words) == 1:
        return True
    if len(words) == 2:
        head = words[0]
        heads = data.words("divine-formula")
        if head in heads or head[1:] in heads:
            return True
        if head.endswith("نصر") and _PRAYER_OBJECT.match(text, m.end):
            return True
    return False


def _add_institutions(doc: Document, names: list[_M], ner: list[_M], boiler, data: ResolutionData
                      ) -> tuple[list[_M], list[_M]]:
    """Institutions read from their shape (rasd.entities.institutions) join the listed names
    and win over the listed and statistical names they cover (جامعة تبوك is not the city;
    بعثة الأمم المتحدة للدعم في ليبيا holds the UN and Libya); a listed name that starts where
    the institution starts or runs past its end keeps its place (the lists carry the gold's
    conventions: مجلس الأمن)."""
    text = doc.text

    def as_name(m: _M) -> tuple[int, int, str]:
        # a word the model took for a name that is a common definite noun (الهلال in هيئة الهلال
        # الأحمر) is a noun of the institution's name, not its own name
        w = nkey(text[m.start:m.end])
        if m.source == "ner" and " " not in w and w.startswith("ال") and data.counts.get(w, 0) >= FAMILY_MAX:
            return m.start, m.end, "NOUN"
        return m.start, m.end, m.label

    headed = _headed_listed_names(text, names, data)
    spans = [(a, g.end, OWN_NAME) for g, a in headed] + [as_name(m) for m in names + ner]
    found = find_institutions(doc, data.institutions, spans)
    if not found:
        return names, ner
    headed_ids = {id(g) for g, _ in headed}
    kept_inst = []
    for f in found:
        head = nkey(_NONSPACE.match(text, f.start).group(0))
        m = _M(f.start, f.end, "LOC" if head in data.institution_places else "ORG", "name", source="pattern")
        if _in_boiler(m, boiler) or _inside_office_title(text, m, data):
            continue
        if any(_overlaps(g, m) and (g.start <= m.start or g.end > m.end)
               and not (id(g) in headed_ids and g.end < m.end and _DEFINITE_PURPOSE.match(text, g.end))
               for g in names):
            continue
        m.attrs = _body_code(m, names, data.gazetteer) if f.body else \
            _institution_code(doc.text, m, f.sector, names, data.gazetteer)
        kept_inst.append(m)
    if not kept_inst:
        return names, ner
    inside = _Occupied(kept_inst)
    names = [g for g in names if not inside.hits(g)] + kept_inst
    names.sort(key=lambda m: (m.start, m.end))
    return names, [m for m in ner if not inside.hits(m)]


# A definite purpose complement right after a name (للأغذية, للتربية): after «منظمة/هيئة الأمم
# المتحدة» it names a body of the UN, while an indefinite one is mostly an infinitive of purpose
# («هيئة الأمم المتحدة لتطبيق السلام», 2015-07-26 aawsat; «لشرح الموقف», 2015-07-26 alyaum).
_DEFINITE_PURPOSE = re.compile(r"\s+لل")


def _headed_listed_names(text: str, names: list[_M], data: ResolutionData) -> list[tuple[_M, int]]:
    """(name, where its inner name starts) of the listed organisation names made of an
    institution head and another listed name (منظمة الأمم المتحدة, هيئة الأمم المتحدة). The institution grammar
    reads the inner name as the complement, so that a body of the organisation (منظمة الأمم
    المتحدة للأغذية والزراعة, 2015-07-22 aleqtisadiya) is one name; «مجلس الأمن» is no such name
    (الأمن alone is not listed) and keeps its place."""
    out = []
    auto = data.gazetteer.automaton
    if auto is None:
        return out
    for g in names:
        if g.label != "ORG" or g.source != "gazetteer":
            continue
        head = _NONSPACE.match(text, g.start)
        if head is None or head.end() >= g.end or nkey(head.group(0)) not in data.institutions.surfaces:
            continue
        rest = head.end() + 1
        # the inner name must name the same organisation (الأمم المتحدة, an alias of the UN's
        # entry): «مجلس التعاون» holds «التعاون», a club's name, and «مجلس التعاون للكويت»
        # (2015-07-25 alriyadh) or «للتصدي» (2015-08-07 alwatan) is the GCC and a purpose word
        if rest < g.end and any(v[1] == g.key for v in auto.get(nkey(text[rest:g.end]), ())):
            out.append((g, rest))
    return out


def _inside_office_title(text: str, m: _M, data: ResolutionData) -> bool:
    """Whether the institution ``m`` is the body of an office's title (``office_bodies`` after
    ``office_title_heads``): رئيس مجلس الوزراء is the prime minister, and in ولي العهد نائب رئيس
    مجلس الوزراء وزير الداخلية (2015-07-27 alwatan, 2015-08-06 aljazirah: the crown princes'
    titles, in hundreds of Saudi articles) the cabinet is no actor of its own; ANERcorp tags none
    (رئيس مجلس الوزراء: O). The cabinet that decides (قرر مجلس الوزراء) stays."""
    if nkey(text[m.start:m.end]) not in data.office_bodies:
        return False
    before = _WORD_BEFORE.search(text[max(0, m.start - WORD_BEFORE_REACH):m.start])
    if before is None:
        return False
    word = before.group(1)
    parts = data.split(word)
    stem = word[parts[-1][0]:] if parts else word
    return nkey(stem) in data.office_title_heads or nkey(word) in data.office_title_heads


def _body_code(m: _M, names: list[_M], gaz: Gazetteer) -> dict:
    """The actor code of a body named after the organisation inside it (مجلس الجامعة العربية ->
    the Arab League's IGOARL; مجلس الاتحاد, a club's board, -> the club's code, never the head's
    GOV): the organisation's own code and country; empty when it has none."""
    for g in names:
        if m.start <= g.start and g.end <= m.end and g.key:
            e = gaz.entries.get(g.key)
            if e is not None and e.label == "ORG":
                out = {"code": e.code} if e.code else {}
                if e.country and out:
                    out["country"] = e.country
                return out
    return {}


def _institution_code(text: str, m: _M, sector: str, names: list[_M], gaz: Gazetteer) -> dict:
    """The country of an institution from a listed place or country inside its name (جامعة
    تبوك -> SAU, مصرف قطر المركزي -> QAT) or a nationality adjective (وزارة الصحة المصرية ->
    EGY), and its actor code with the head's sector (SAUEDU, EGYGOV); empty when unknown."""
    country = ""
    for g in names:
        if m.start <= g.start and g.end <= m.end and g.key:
            e = gaz.entries.get(g.key)
            if e is not None and e.label == "ORG" and e.code.startswith("IGO") and not e.country:
                # مفوضية الأمم المتحدة لشؤون اللاجئين (2015-07-31 aleqtisadiya): a body of the
                # international organisation it is named after, never the outlet's government
                return {"code": e.code}
            if e is not None and e.label == "LOC" and e.country:
                country = e.country
                break
    if not country:
        for w in nkey(text[m.start:m.end]).split():
            iso = gaz.demonyms.get(lemma_word(w))
            if iso:
                country = iso
                break
    if not country:
        # the head's sector alone, no code yet: the outlet's country may complete it
        # (rasd.entities.home, which takes the hint off every entity)
        return {"sector": sector} if sector else {}
    return {"code": country + sector, "country": country} if sector else {"country": country}


def _group_listed_names(names: list[_M], groups: _Groups, text: str, gaz: Gazetteer) -> dict[str, str]:
    """Group the gazetteer's names by entry group (a capital that stands for its country joins
    the country's group); returns normalised mention text and variant -> group."""
    text_index: dict[str, str] = {}  # normalised mention text -> group
    for m in names:
        if m.source != "gazetteer":
            continue
        e = gaz.entries[m.key]
        gid = e.group or e.key
        if gid.startswith("ctry:"):
            # the country's own entry names the group, whichever mention came first
            ce = gaz.entries.get(gid)
            g = groups.group_for(gid, "LOC", ce.canonical if ce else e.canonical)
            if ce is not None and ce.key not in g.keys:
                g.keys.insert(0, ce.key)
        else:
            g = groups.group_for(gid, e.label, e.canonical)
        if m.key not in g.keys:
            g.keys.append(m.key)
        m.group = gid
        g.mentions.append(m)
        for v in (text[m.start:m.end], *e.variants):
            text_index.setdefault(nkey(v), gid)
    return text_index


def _group_found_names(names: list[_M], groups: _Groups, text_index: dict[str, str], text: str,
                       data: ResolutionData | None = None) -> None:
    """Group the NER and pattern names: with a listed entity of the same text and label, a PER
    surname with the full name it ends, a place the model found whose text is a country's name
    that the lists never match alone (``Gazetteer.stop_countries``) with that country when one
    of its mentions follows a place word (في وسط مالي, شمال مالي), else by their own normalised
    text."""
    gaz = data.gazetteer if data is not None else None
    stop_places = {nkey(text[m.start:m.end]) for m in names if m.source in ("ner", "pattern") and m.label == "LOC"
                   and gaz is not None and nkey(text[m.start:m.end]) in gaz.stop_countries
                   and _after_place_word(text, m.start, data)}
    by_last: dict[str, str] = {}  # last word of a multi-word PER mention -> its group
    for m in names:
        if m.group and groups[m.group].label == "PER":
            ws = nkey(text[m.start:m.end]).split()
            if len(ws) >= 2:
                by_last.setdefault(ws[-1], m.group)
    for m in names:
        if m.source not in ("ner", "pattern"):
            continue
        k = nkey(text[m.start:m.end])
        gid = text_index.get(k)
        if gid is None and m.label == "PER" and " " not in k:
            gid = by_last.get(k)
            if gid is not None and data is not None and _surname_of_another(k, groups[gid], data):
                gid = None  # «القذافي» alone is the father, not his son named in full
        if gid is None and m.label == "LOC" and k in stop_places:
            # the model read the word as a place in its sentence (هجوم على فندق في وسط مالي,
            # 2015-08-08 almadina): it is the country, with its code, as a listed name would be
            gid = gaz.stop_countries[k]
            ce = gaz.entries.get(gid)
            g = groups.group_for(gid, "LOC", ce.canonical if ce else _display(text[m.start:m.end]))
            if gid not in g.keys:
                g.keys.insert(0, gid)
            text_index[k] = gid
        if gid is not None and groups[gid].label != m.label:
            if gid.startswith("ner:"):
                # one sense per article: the model's label wavers (زركال ORG, then LOC); a label
                # the context attests (قرية زركال) wins, else the first one stays
                g0 = groups[gid]
                if m.evidence and not g0.evidence:
                    g0.label, g0.evidence = m.label, True
            elif m.evidence:
                gid = None  # a listed name, but the context makes it a place (مدينة الملك عبدالله)
            # else: one sense per article: the model's other label for a listed name (الأناضول
            # tagged LOC after وكالة الأناضول) is the listed entity
        if gid is None:
            gid = f"ner:{m.label}:{k}"
            text_index[k] = gid
        g = groups.group_for(gid, m.label, _display(text[m.start:m.end]))
        if m.attrs and not g.attrs:
            g.attrs = m.attrs
        g.evidence = g.evidence or (m.evidence and g.label == m.label)
        m.group = gid
        g.mentions.append(m)
        if m.label == "PER" and " " in k:
            by_last.setdefault(k.split()[-1], gid)


def _after_place_word(text: str, start: int, data: ResolutionData) -> bool:
    """Whether the word before ``start`` is a preposition or noun of place (class
    place_prepositions: في, إلى, وسط, شمال), with و or ف before it or not: a word the lists
    never match alone (مالي "financial", بنين "boys") is the country there (في وسط مالي), while
    (بنين وبنات) of a school report (2015-07-26 aljazirah) is not."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    w = nkey(before.group(1))
    return w in data.place_words or (w[:1] in "وف" and w[1:] in data.place_words)


def _settle_labels(groups: _Groups) -> None:
    """An NER entity whose label the context does not attest takes its mentions' majority label."""
    for g in groups.values():
        if g.gid.startswith("ner:") and not g.evidence and len(g.mentions) > 1:
            votes = Counter(m.label for m in g.mentions)
            best = max(votes.values())
            if votes[g.label] < best:
                g.label = next(m.label for m in g.mentions if votes[m.label] == best)


def _group_agents(nominals: list[_M], names: list[_M], groups: _Groups, text: str, gaz: Gazetteer) -> list[_M]:
    """Agent descriptions (القوات التركية) become entities of their own, unless a listed name
    covers them; returns the titles (nominals with an office), left to ``_resolve_titles``."""
    name_spans = {(m.start, m.end) for m in names}
    # listed names that hold an agent phrase, for the test below (few: most names hold none)
    listed = [(m.start, m.end) for m in names if m.key in gaz.entries and " " in text[m.start:m.end]]
    for m in nominals:
        if m.office:
            continue
        if (m.start, m.end) in name_spans:
            continue  # the list names it (وزارة الخارجية الأمريكية): the name entity has it
        if any(a <= m.start and m.end <= b for a, b in listed):
            # inside a longer listed name: «الحكومة السورية» of «والحكومة السورية المؤقتة» (the
            # opposition's interim government, 2015-08-01 aawsat) is no agent of its own
            continue
        e = gaz.entries[m.key]
        g = groups.group_for(e.group or e.key, e.label, _display(text[m.start:m.end]))
        if m.key not in g.keys:
            g.keys.append(m.key)
        m.group = g.gid
        g.mentions.append(m)
    return [m for m in nominals if m.office]


def _entities(doc: Document, groups: _Groups, date: str | None, data: ResolutionData) -> list[Entity]:
    """Entities e1, e2, ... in order of first mention, with their actor codes."""
    text = doc.text
    gaz = data.gazetteer
    ordered = sorted((g for g in groups.values() if g.mentions), key=lambda g: min(m.start for m in g.mentions))
    # places that stand for no state (towns, regions: no capital, no country), for the list test
    # of _acts: a capital listed among them is a place too (وحجة، والحديدة، ولحج، وصنعاء)
    plain_places = sorted((m.start, m.end) for g in ordered if g.label == "LOC"
                          and not any(k.startswith("ctry:") or (k in gaz.entries and gaz.entries[k].metonym)
                                      for k in g.keys) for m in g.mentions)
    _extend_place_lists(text, ordered, gaz, plain_places)
    ents = []
    for i, g in enumerate(ordered, 1):
        g.mentions.sort(key=lambda m: (m.start, m.end))
        spans = [doc.span(m.start, m.end, "", kind=m.kind) for m in g.mentions]
        name_texts = [text[m.start:m.end] for m in g.mentions if m.kind == "name"]
        label = g.label if g.label in LABELS else "MISC"
        if label == "PER" and not any(k in gaz.entries for k in g.keys) and name_texts:
            g.name = person_name(max(name_texts, key=lambda t: len(t.split())).split(), data.naming)
        acts = any(gaz.entries[k].metonym for k in g.keys if k in gaz.entries) and \
            any(_acts(text, m, data) and not _listed_with_places(text, m, plain_places) for m in g.mentions)
        attrs = actors.code_entity(g.keys, [g.name] + name_texts, label, date, gaz, acts=acts) or dict(g.attrs or {})
        ents.append(Entity(f"e{i}", label, g.name, spans, attrs))
    return ents


_NEXT_WORD = re.compile(r"\s*(\w+)")


# Between two items of a list: a comma and/or the conjunction و (fused to the next item)
_LIST_GAP = re.compile(r"\s*[،,]?\s*[وف]?")


def _extend_place_lists(text: str, groups, gaz, places: list[tuple[int, int]]) -> None:
    """Add to ``places`` (sorted spans of places that stand for no state) every capital's mention
    listed with one of them, through the whole list: in «نيويورك ولندن وباريس» (2015-08-01
    aljazirah, a column on cities of culture) London is listed with New York, a city, and Paris
    with London, so both are the cities (round 15). Two capitals listed only with each other
    (موسكو وكييف سيتفقان) stay the states."""
    if not places:
        return  # no town or region in the article: no list to run through
    capitals = [m for g in groups if g.label == "LOC" and not any(k.startswith("ctry:") for k in g.keys)
                and any(k in gaz.entries and gaz.entries[k].metonym for k in g.keys) for m in g.mentions]
    if not capitals:
        return
    added = True
    while added:  # a list has a few items: a pass or two
        added = False
        for m in capitals:
            span = (m.start, m.end)
            i = bisect.bisect_left(places, span)
            if i < len(places) and places[i] == span:
                continue
            if _listed_with_places(text, m, places):
                places.insert(i, span)
                added = True


def _listed_with_places(text: str, m, places: list[tuple[int, int]]) -> bool:
    """Whether a capital's mention is an item of a list of towns or regions (the governorates
    وذمار، وحجة، والحديدة، ولحج، وصنعاء، وصعدة, 2015-08-01 aljazirah; مطارات عدن وسيئون وصنعاء,
    2015-08-03 alriyadh): listed with places that stand for no state, it is a place too."""
    i = bisect.bisect_left(places, (m.start, m.end))
    before = places[i - 1] if i > 0 else None
    after = places[i + 1] if i + 1 < len(places) and places[i] == (m.start, m.end) else \
        (places[i] if i < len(places) and places[i][0] >= m.end else None)
    return bool(before and before[1] <= m.start and _LIST_GAP.fullmatch(text[before[1]:m.start])) or \
        bool(after and after[0] >= m.end and _LIST_GAP.fullmatch(text[m.end:after[0]]))


def _acts(text: str, m, data: ResolutionData) -> bool:
    """Whether a capital's mention names its state (an actor) rather than the place: it does
    when it is the subject or object of what happens (قالت موسكو, موسكو وكييف سيتفقان, اتهم
    واشنطن), and not when a preposition or place word makes it a place (في برلين, إلى لندن,
    بموسكو, العاصمة الروسية موسكو: class place_prepositions) or it is a dateline (موسكو -)."""
    k = m.start
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if any(ch in PROCLITIC_PREP for ch in text[k:m.start]):
        return False  # بموسكو, لواشنطن: fused with a preposition (وكييف is still the state)
    at = k
    for step in range(2):  # the place word, maybe before a nationality adjective
        # a quotation mark may stand between (مستشفى العاصمة ”مسقط“, 2015-07-26 alyaum)
        before = _WORD_BEFORE_MARK.search(text[max(0, at - 30):at])
        if before is None:
            break
        w = nkey(before.group(1))
        if w in data.place_words or (w[:1] in "وف" and w[1:] in data.place_words):
            return False
        if w.startswith("لل") and "ال" + w[2:] in data.place_words:
            return False  # للعاصمة نيروبي (2015-07-26 aawsat): ل before the article writes لل
        if step == 0 and w in PROCLITIC_PREP:
            return False  # زيارة لـ (أمستردام): the preposition written apart, as when fused
        if w[:1] in PROCLITIC_PREP and w[1:] in data.place_words:
            return False  # بولاية الخرطوم, لمدينة لندن: the place word with its preposition
        if step == 0 and before.group(1).endswith("ة") and not before.group(1).startswith("ال") \
                and w not in data.words("metonym-head"):
            return False  # صحة الرياض, شرطة الرياض: a noun in construct, the city is where it is
        if lemma_word(w) not in data.gazetteer.demonyms and not (w.startswith("ال") and w.endswith(_NISBA_ENDINGS)):
            break  # a listed demonym, or a nisba of a spelling the list lacks (العاصمة السنيغالية داكار)
        at = max(0, at - 30) + before.start(1)  # العاصمة الروسية موسكو
    line_start = text.rfind("\n", 0, m.start) + 1
    if not text[line_start:m.start].strip() and text[m.end:m.end + 3].strip()[:1] in tuple("-–—:("):
        return False  # a dateline: "موسكو - ..."
    return True


def _occurrences(norm_text: str, words: set[str]):
    """(word, start, end, proclitics before it) of each word as a whole word of the normalised
    text, proclitics allowed before it; one Aho-Corasick pass whatever the number of words."""
    if not words:
        return
    A = ahocorasick.Automaton()
    for w in words:
        A.add_word(w, w)
    A.make_automaton()
    n = len(norm_text)
    for end_idx, w in A.iter(norm_text):
        e = end_idx + 1
        if e < n and is_word_char(norm_text[e]):
            continue
        s = e - len(w)
        ts = s
        while ts > 0 and is_word_char(norm_text[ts - 1]) and s - ts <= 2:
            ts -= 1
        if (ts == 0 or not is_word_char(norm_text[ts - 1])) and norm_text[ts:s] in PROCLITICS:
            yield w, s, e, norm_text[ts:s]


def _add_surnames(doc, names, nominals, groups, boiler, data: ResolutionData) -> None:
    """Mentions of the surnames of people named in full, and other occurrences of confident NER
    names, anywhere in the article (outside other mentions and boilerplate)."""
    nt = doc.view("normalized")
    if nt is None:
        return
    text = doc.text
    gaz = data.gazetteer
    stop = data.given_names
    added: list[_M] = []
    occupied = _Occupied(names)
    wanted: dict[str, list] = {}  # word(s) -> groups that claim them
    for g in list(groups.values()):
        surnames = set()
        for m in g.mentions:
            words = nkey(text[m.start:m.end]).split()
            if not words:
                continue  # a mention of invisible characters only (e.g. a stray U+200F)
            if g.label == "PER" and len(words) >= 2 and len(words[-1]) >= MIN_SURNAME \
                    and words[-1] not in stop and words[-1] not in data.words("divine-name") \
                    and not words[-1].isascii() \
                    and lemma_word(words[-1]) not in gaz.demonyms \
                    and not _common_definite_noun(words[-1], data):  # منصور التركي: not every التركي
                # «آل الشيخ», never a bare «الشيخ» (a title: name_titles.py)
                surnames.update(short_forms(words, data.title_words) if data.title_words else [words[-1]])
            if m.source == "ner" and m.label != "MISC" and m.score >= NER_PROPAGATE \
                    and not words[-1].isascii() \
                    and not (data.title_words and title_only(words, data.title_words)) and (
                    len(words) > 1 or data.counts.get(words[0], 0) < PROPAGATE_MAX_COUNT):
                surnames.add(" ".join(words))
        for sn in surnames:
            if g.label == "PER" and " " not in sn and _surname_of_another(sn, g, data):
                continue  # «القذافي» alone is the father, not his son named in full
            wanted.setdefault(sn, []).append(g)
    for sn, ns, ne, fused in sorted(_occurrences(nt.text, set(wanted)), key=lambda x: (x[1], -x[2])):
        if _idiom(nt.text, sn, ne, fused, data):
            continue
        if data.title_words and shared_house(sn, wanted[sn], data.title_words):
            continue  # آل سعود after two princes: either of them, or the family
        g = wanted[sn][0]  # the first entity to claim a word keeps it
        s, e = nt.span_to_original(ns, ne)
        m = _M(s, e, g.label, "name", source="surname", group=g.gid)
        if occupied.hits(m) or _in_boiler(m, boiler):
            continue
        occupied.add(m)
        added.append(m)
        g.mentions.append(m)
    names.extend(added)
    names.sort(key=lambda m: (m.start, m.end))


def _common_definite_noun(word: str, data: ResolutionData) -> bool:
    """Whether a definite last word of a PER name is a common noun, not a family name: news
    writes it about as often without its article as with it (SaudiNewsNet: المنزل 592 / منزل 536,
    البيت 861 / بيت 920), and the bare form is no given name. A family name is written with its
    article almost always (الجبير 460 / جبير 23, الأسد 1153 / أسد 42); one written as often
    bare is a given name (الفيصل / فيصل) or a surname news writes bare more often still (العسيري
    104 / عسيري 473, above ``COMMON_BARE_MAX``). "مالك المنزل" (the house's owner) tagged PER
    must not make every المنزل of the article that person (2015-08-02 aawsat)."""
    if not word.startswith("ال") or len(word) < 5:
        return False
    definite, bare = data.counts.get(word, 0), data.counts.get(word[2:], 0)
    if definite < COMMON_DEFINITE_MIN or word[2:] in data.given_names or word[2:] in data.first_names:
        return False
    return COMMON_BARE_MIN * definite <= bare <= COMMON_BARE_MAX * definite


_NEXT_ARABIC_WORD = re.compile(r"\s+([\u0621-\u064a]+)")


def _idiom(norm_text: str, word: str, end: int, fused: str, data: ResolutionData) -> bool:
    """Whether a surname occurrence with a fused preposition is a common word's idiom: لصالح
    followed by a definite noun is "in favour of" (قرار لصالح الشعب), while لصالح before a verb,
    a conjunction or a stop is "to Saleh" (والموالين لصالح شنوا هجمات, موالين لصالح وجماعة
    الحوثي). Only frequent words (SaudiNewsNet) are idioms; a rare surname with a preposition
    (لبوتين) is always the person."""
    if not any(c in PROCLITIC_PREP for c in fused) or " " in word:
        return False
    if data.counts.get(word, 0) <= PROPAGATE_MAX_COUNT:
        return False
    nxt = _NEXT_ARABIC_WORD.match(norm_text, end)
    return bool(nxt) and nxt.group(1).startswith("ال")


def person_name(words: list[str], naming: NamingWords) -> str:
    """The canonical name of a person no list knows, from the words of its fullest mention as
    written: its core (``person_core``), so that every article that names the person names the
    entity alike (عادل بن أحمد الجبير and عادل الجبير -> عادل الجبير; عبد الكريم الحوثي ->
    عبدالكريم الحوثي)."""
    keys = [nkey(w) for w in words]
    core = person_core(keys, naming)
    joined: list[tuple[str, str]] = []
    for w, k in zip(words, keys):
        if joined and joined[-1][1] in naming.compounds:
            joined[-1] = (joined[-1][0] + w, joined[-1][1] + k)
        else:
            joined.append((w, k))
    out, pool = [], list(joined)
    for c in core:
        i = next((i for i, (_, k) in enumerate(pool) if k == c), None)
        if i is None:
            return " ".join(words)
        out.append(pool[i][0])
        pool = pool[i + 1:]
    return " ".join(out)


def person_core(words: list[str], naming: NamingWords) -> tuple[str, ...]:
    """What identifies a person's full name (normalised words): the given name and the family
    name, the بن chain between them left out (عادل بن احمد الجبير -> عادل الجبير); a name that is
    only a chain keeps its first link (سلمان بن عبدالعزيز آل سعود -> سلمان بن عبدالعزيز: the house
    آل X after a chain is dropped; without a chain it is the family name: محمد آل فريج). عبد/أبو are joined to the next word (عبد العزيز = عبدالعزيز)."""
    ws: list[str] = []
    for w in words:
        if ws and ws[-1] in naming.compounds:
            ws[-1] += w
        else:
            ws.append(w)
    # The house is dropped only after a بن chain, which already identifies the person; in a
    # name without one (محمد آل فريج, آل فويز) the house is the family name itself.
    if len(ws) >= 2 and ws[-2] in naming.house and any(w in naming.chain for w in ws[:-2]):
        ws = ws[:-2]
    if len(ws) < 2:
        return tuple(ws)
    chain = naming.chain
    if ws[-2] in chain or not any(w in chain for w in ws):
        return tuple(ws[:3]) if ws[1] in chain else tuple(ws)
    return ws[0], ws[-1]


def _merge_name_variants(groups: _Groups, text: str, naming: NamingWords) -> None:
    """PER entities whose names have the same core (``person_core``) are one person: the later
    joins the earlier, a listed entity (with its codes) first."""
    by_core: dict[tuple, str] = {}
    order = sorted(groups.values(), key=lambda g: (not g.keys, min((m.start for m in g.mentions), default=0)))
    for g in order:
        if g.label != "PER" or not g.mentions:
            continue
        cores = {person_core(nkey(text[m.start:m.end]).split(), naming) for m in g.mentions if m.kind == "name"}
        cores = {c for c in cores if len(c) >= 2}
        target = next((by_core[c] for c in cores if c in by_core), None)
        if target is None or target == g.gid:
            for c in cores:
                by_core.setdefault(c, g.gid)
            continue
        t = groups[target]
        t.mentions.extend(g.mentions)
        for k in g.keys:
            if k not in t.keys:
                t.keys.append(k)
        for m in g.mentions:
            m.group = target
        g.mentions = []
        for c in cores:
            by_core.setdefault(c, target)


def _merge_surnames(groups: dict, text: str, data: ResolutionData | None = None) -> None:
    """A one-word PER entity (ابي) whose word ends a full-name PER entity (شينزو ابي) joins it,
    unless the word alone is another person (``_surname_of_another``: القذافي is not his son)."""
    full_by_last: dict[str, str] = {}
    for gid, g in groups.items():
        if g.label != "PER":
            continue
        for m in g.mentions:
            ws = nkey(text[m.start:m.end]).split()
            if len(ws) >= 2:
                full_by_last.setdefault(ws[-1], gid)
    for gid, g in list(groups.items()):
        # the model's other label for a person's surname (الشيخاوي ORG after ياسين الشيخاوي,
        # 2015-08-06 al-Jazirah) is that person too, unless the context attests the label (قرية X)
        # or a list knows the word (a club, a place: not "ner:")
        if not g.mentions or g.label != "PER" and not (g.gid.startswith("ner:") and not g.evidence
                                                        and g.label in ("ORG", "LOC")):
            continue
        ws = {tuple(nkey(text[m.start:m.end]).split()) for m in g.mentions}
        if all(len(w) == 1 for w in ws) and len(ws) == 1:
            word = next(iter(ws))[0]
            target = full_by_last.get(word)
            if target and target != gid and not (data is not None and _surname_of_another(word, groups[target], data)):
                groups[target].mentions.extend(g.mentions)
                for m in g.mentions:
                    m.group = target
                g.mentions = []


def _honorifics_only(gap: str, data: ResolutionData) -> bool:
    """Only honorifics between a title and a name (ولي العهد الأمير محمد بن نايف)."""
    words = gap.split()
    return 0 < len(words) <= 2 and all(nkey(w) in data.institutions.honorifics for w in words)


def _apposition(text: str, t, by_start, starts, nxt, gap_end: int, chain) -> tuple[str, bool]:
    """(group of the person a title follows in apposition or "", whether the title binds its
    office for the whole article): the name right before it with a comma between ("مسعود
    بارزاني، رئيس إقليم كردستان": binds), or a space only when no name follows the title (محمد
    بن نايف ولي العهد; in الملك سلمان ولي العهد الأمير محمد the title is the next man's); a title
    right after a title so tied continues the chain (ولي العهد، وزير الداخلية). Those two tie this
    mention only: a news item listing ministers of several states (راشد آل خليفة وزير الداخلية
    في مملكة البحرين ... وزير الداخلية في دولة الكويت) names a different holder each time."""
    j = bisect.bisect_left(starts, t.start) - 1
    prev = by_start[j] if j >= 0 else None
    if prev is not None and 0 < t.start - prev.end <= TITLE_GAP:
        gap = text[prev.end:t.start]
        if re.fullmatch(r"\s*[،,]\s*", gap):
            return prev.group, True
        if re.fullmatch(r"\s+", gap) and not (nxt is not None and nxt.start - gap_end <= NAME_AFTER_TITLE):
            return prev.group, False
    if chain is not None and re.fullmatch(r"\s*[،,]?\s*", text[chain[1]:t.start]):
        return chain[0], False
    return "", False


def _other_country(title, group, gaz: Gazetteer) -> bool:
    """Whether a title's office is of another state than the listed person it follows: a
    president of France right after the Saudi king is the verb's object, not his title."""
    office_country = title.office.split(".", 1)[0] if "." in title.office else ""
    if office_country in gaz.area_codes:  # KRD (Kurdistan) is in IRQ; UN, NATO in none
        office_country = gaz.area_codes[office_country][1]
    if office_country in ("", "*") or group is None:  # *.crown: an office of whatever state
        return False
    countries = {gaz.entries[k].country for k in group.keys if k in gaz.entries} - {""}
    return bool(countries) and office_country not in countries


def _resolve_titles(doc, names, nominals, groups, data: ResolutionData, date) -> None:
    """Tie each title to a person: the name right after it (or before it, in apposition) binds
    its office for the article; other titles go through that binding, else through the office
    holder at the date, else stay an entity named by the title."""
    text = doc.text
    gaz = data.gazetteer
    f = data.filters
    by_start = sorted((m for m in names if m.label == "PER" and m.group), key=lambda m: m.start)
    starts = [m.start for m in by_start]
    bound: dict[str, str] = {}
    kept = []
    for t in nominals:
        before = re.search(r"(\w+)\W*$", text[max(0, t.start - 40):t.start])
        if before and nkey(before.group(1)) in f.get("title-before", ()):
            continue  # نائب رئيس الوزراء: another office, not the title's
        after = re.match(r"\W*(\w+)", text[t.end:t.end + 40])
        former = bool(after and nkey(after.group(1)) in f.get("title-former", ()))
        gap_end = t.end + after.end() if former else t.end
        kept.append((t, former, gap_end))
    # pass 1: titles directly before a person's name bind their office for the article
    chain: tuple[str, int] | None = None  # (group, end) of the last title tied in apposition
    for t, former, gap_end in kept:
        i = bisect.bisect_left(starts, gap_end)
        nxt = by_start[i] if i < len(by_start) else None
        if nxt is not None and (nxt.start - gap_end <= TITLE_GAP and not re.search(r"\w", text[gap_end:nxt.start])
                                or _honorifics_only(text[gap_end:nxt.start], data)):
            if not former:
                bound.setdefault(t.office, nxt.group)
            t.group = nxt.group
            chain = None
            continue
        group, binds = _apposition(text, t, by_start, starts, nxt, gap_end, chain)
        if group and _other_country(t, groups.get(group), gaz):
            group = ""  # استقبل الملك سلمان الرئيس الفرنسي: the object, not the king's title
        chain = (group, gap_end) if group else None
        if group:
            if binds and not former:
                bound.setdefault(t.office, group)
            t.group = group
    # pass 2: every other title through the binding, else the office holder at the time of its
    # sentence (the publication date unless the sentence is dated to a past year: _title_time)
    iso = actors.iso_day(date)
    for t, former, _ in kept:
        if not t.group and not former:
            gid = bound.get(t.office)
            when = _title_time(doc, t, f, iso) if gid is None and iso else None
            if when is not None:
                a, b = (iso, iso) if when == _THEN else when
                holders = [k for k, lo, hi in gaz.office_holders.get(t.office, ())
                           if (not lo or lo <= a) and (not hi or b < hi)]
                if len(holders) == 1:
                    e = gaz.entries[holders[0]]
                    gid = e.group or e.key
                    if when == _THEN and not any(m.group == gid and m.start < t.start for m in by_start):
                        gid = None  # «آنذاك» with no year: today's holder only when named before
                    elif gid not in groups:
                        groups[gid] = _G(gid, e.label, e.canonical, [e.key])
            t.group = gid or ""
        if not t.group:
            gid = f"title:{t.office}" + (":former" if former else "")
            if gid not in groups:
                groups[gid] = _G(gid, "PER", _display(text[t.start:t.end]), [t.key])
            t.group = gid
        groups[t.group].mentions.append(t)


# what _title_time answers for a title dated by «آنذاك» to a time no year names
_THEN = ("then", "then")
# «آنذاك» dates a title when it follows it within this many words (رئيس الوزراء التركي في حينها:
# the title, a preposition, the word); further on it belongs to another phrase
TITLE_THEN_WORDS = 3
# a fronted time adverbial («في عام 1978،», «بعد ظهور المعارضة السورية في أوائل عام 2011،»)
# takes at most this many words before its comma; a year further into a first clause belongs to
# that clause's own phrase
OPENING_WORDS = 10
# the marks that end a clause in news prose (as rasd.entities.home's): commas, semicolons, colon,
# full stops, a line break
_CLAUSE_MARK = re.compile(r"[،,؛;:.!?\n]")
# a four-digit year of the Gregorian calendar as news writes it (1978, 2011, 1978م)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
# the word before a year, past a parenthesised second month name: «يوليو (تموز) 2012»
_WORD_BEFORE_YEAR = re.compile(r"(\w+)\s*(?:\([^()\n]{1,20}\)\s*)?$")


def _title_time(doc: Document, t, f: Mapping[str, frozenset], iso: str) -> tuple[str, str]:
    """The time (first day, last day) at which a title's holder is meant: the publication day,
    or, when a year before the publication year dates the title, that whole year; no time when a word of ``title-then`` right after it (الرئيس المصري آنذاك) dates it to a past
    time that no year names: ``_THEN``, the holder at publication only when the article names him
    before the title (the name «الباجي قائد السبسي» two sentences before «وقال الرئيس التونسي
    وقتها», aawsat 2015-08-01, a month earlier; not «الرئيس الأميركي آنذاك» of 1990). A year dates a title in the title's own clause («في عام 1978»
    beside «الرئيس المصري»), or as a time adverbial that opens its sentence or its paragraph,
    within the first ``OPENING_WORDS`` words of that clause: «بعد ظهور المعارضة السورية في أوائل
    عام 2011،» opens the paragraph that ends «وذلك بعد ساعات فقط من زيارة وزير الخارجية التركي
    إلى دمشق» (aawsat 2015-07-25: Davutoglu, not the minister of 2015), while a year inside
    another clause of a long sentence («جائزة (… عام 2007م)» before «أقول إن برنامج خادم
    الحرمين الشريفين», okaz 2015-07-25) dates only that clause. A year after ``year-since``
    (منذ عام 2000) opens a period that runs to today and dates nothing; a year must follow a
    ``year-before`` word (عام, سنة, a month name) or carry م, so counts (أكثر من 1900 شخص) are
    no years."""
    text = doc.text
    i = doc.sentence_index(t.start)
    a, b = (doc.sentences[i].start, doc.sentences[i].end) if i >= 0 else (t.start, t.end)
    # «آنذاك» right after the title (a few words, no punctuation between), as «الرئيس المصري
    # حينها»: further on, «في حينها» is the time of another clause (كشف عنها الملك في حينها,
    # aawsat 2015-07-21, after «الرئيس الأميركي» who is the president of the day)
    after = re.match(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,%d}" % TITLE_THEN_WORDS, text[t.end:min(b, t.end + 60)])
    then = bool(after) and any(nkey(w) in f.get("title-then", ()) for w in after.group(0).split())
    lo = a
    for m in _CLAUSE_MARK.finditer(text, a, t.start):
        lo = m.end()
    m = _CLAUSE_MARK.search(text, t.end, b)
    hi = m.start() if m else b
    # the own clause ends where a reported or subordinate clause opens (``clause-opener``: إن،
    # أن، بأن): «وقال وزير الخارجية التركي إن العلاقات … عام 2010» dates what he says, not him
    for w in re.finditer(r"\S+", text[t.end:hi]):
        if nkey(w.group(0)) in f.get("clause-opener", ()):
            hi = t.end + w.start()
            break
    para = text.rfind("\n", 0, a) + 1
    for x, y in ((lo, hi), _opening(text, a, b), _opening(text, para, a)):
        years = [(abs(m.start() - t.start), int(m.group(1))) for m in _YEAR.finditer(text, x, y)
                 if _names_year(text, m, f)]
        if years:
            year = min(years)[1]
            if year >= int(iso[:4]):
                return _THEN if then else (iso, iso)
            return f"{year}-01-01", f"{year}-12-31"
    return _THEN if then else (iso, iso)


def _opening(text: str, a: int, b: int) -> tuple[int, int]:
    """The opening clause of text[a:b], up to its first clause mark and at most
    ``OPENING_WORDS`` words: where a fronted time adverbial stands."""
    m = _CLAUSE_MARK.search(text, a, b)
    end = m.start() if m else b
    w = re.match(r"\s*(?:\S+\s+){0,%d}\S*" % (OPENING_WORDS - 1), text[a:end])
    return a, a + w.end() if w else a


def _names_year(text: str, m: re.Match, f: Mapping[str, frozenset]) -> bool:
    """Whether the number ``m`` is a year of a past time: after a ``year-before`` word or
    followed by م, and not after ``year-since`` (منذ عام 2011: to this day)."""
    before = text[max(0, m.start() - 40):m.start()]
    w = _WORD_BEFORE_YEAR.search(before)
    words = before.split()
    if words and nkey(words[-1]) in f.get("year-since", ()) \
            or len(words) > 1 and nkey(words[-2]) in f.get("year-since", ()):
        return False
    return bool(w and nkey(w.group(1)) in f.get("year-before", ())) or text[m.end():m.end() + 1] == "م"


def _one_mention_per_span(entities: list[Entity], heads: Mapping | frozenset = frozenset()) -> None:
    """An entity lists each stretch of text once: a description found both as the gazetteer's
    agent phrase and by the nominal reader (والقوات الإيرانية), or as a name and a nominal, is
    one mention, the name kept; so is a nominal that holds a name of its own entity, unless the
    nominal starts with an institution's head (``heads``: وزارة الحرس الوطني, محكمة غلوسيستر
    كراون are the longer body's own name, 2015-08-06 alwatan, alarabiya)."""
    for e in entities:
        seen: dict[tuple[int, int], int] = {}
        kept = []
        for m in e.mentions:
            k = (m.start, m.end)
            if k in seen:
                if m.get("kind") == "name" and kept[seen[k]].get("kind") != "name":
                    kept[seen[k]] = m
                continue
            seen[k] = len(kept)
            kept.append(m)
        # a description around a name of its own entity, for the same occurrence («طيران التحالف
        # الدولي», «مقاتلي حزب العمال الكردستاني», «قوات الحرس الوطني»), is one mention too: the
        # name, since the gold's contract lists named mentions as entities and descriptions only
        # as ways an actor is named (ANNOTATION.md; fresh reading 10's nested duplicates, round 24)
        names = [(m.start, m.end) for m in kept if m.get("kind") == "name"]
        if names and len(names) < len(kept):
            kept = [m for m in kept if m.get("kind") != "nominal" or _headed_by(m.text, heads)
                    or not any(m.start <= a and b <= m.end for a, b in names)]
        if len(kept) < len(e.mentions):
            e.mentions[:] = kept


def _headed_by(text: str, heads: Mapping | frozenset) -> bool:
    """Whether the first word of ``text`` (a fused و, ب or ل read off) is one of ``heads``."""
    first = nkey(text.split()[0]) if text.split() else ""
    return first in heads or first[:1] in "وبل" and first[1:] in heads


@dataclass(frozen=True)
class EntitiesConfig:
    # Publication date (YYYY-MM-DD) for dated actor roles when the document has none; shared with
    # the pipeline's own "published" setting.
    published: Optional[str] = None


class EntitiesStage(Stage):
    """Adds ``entities`` with its own resolution data (``load_resolution_data``)."""

    Config = EntitiesConfig

    def __init__(self, config: EntitiesConfig, resources: Resources):
        super().__init__(config, resources)
        self.data = load_resolution_data(resources)
        self.english = load_english_names(resources)  # name_en, name_en_source (english.py)
        # actors without proper names (قوات الأمن العراقية، متظاهرون): rasd.entities.nominal
        self.nominal = NominalActors.from_resources(resources)
        # the outlet's country for its national bodies (وزارة الداخلية in a Saudi paper)
        self.home = HomeCountry.from_resources(resources, self.data.gazetteer)
        # a person named with his office takes the office's code (rasd.entities.officials)
        self.officials = Officials.from_resources(resources, self.data.gazetteer, self.home)
        # a bare role noun stands for the one person named with it (rasd.entities.role_links)
        self.roles = RoleLinks.from_resources(resources, self.nominal)
        # districts and quoted brands read as states (rasd.entities.place_senses)
        self.places = PlaceSenses.from_resources(resources, self.data.gazetteer)
        # which named body a definite head alone (الجامعة) stands for (rasd.entities.nominal_referents)
        self.referents = NominalReferents(self.nominal)

    def __call__(self, doc: Document) -> None:
        entities = self.nominal.add_to(doc, resolve(doc, self.data, self.config.published))
        entities = self.referents.apply(doc, entities)
        _one_mention_per_span(entities, self.data.institutions.heads)
        self.home.apply(doc, entities)
        self.officials.apply(doc, entities)
        self.roles.apply(doc, entities)
        entities = self.places.apply(doc, entities)
        self.english.annotate(doc, entities)
        self.nominal.name_in_english(entities, self.english)
        doc.set_layer("entities", entities)
