"""Actors without proper names: descriptions of an actor as nominal entities with actor codes.

CAMEO, PETRARCH and POLECAT code an actor that news names by a country and a role: "قوات الأمن
العراقية" (IRQCOP), "وفد إيراني" (IRNGOV), "مسلحون مجهولون" (UAF), "متظاهرون" (OPP), "ثلاثة رجال"
(CVL), "غارات روسية" (the adjective names Russia as the doer), "حلفاؤها" (its allies). This module
finds such descriptions in a document whose named entities are resolved and adds them as
ordinary entities whose mentions have ``kind: "nominal"``, so that the quotes, events, store and
web layers use them like any other actor. It never guesses a name: an entity made here is named by
its own words, and coded only where the word lists give a sector (and a country, from a
nationality adjective, a genitive place or the owner of a possessive).

The vocabulary is data (``resources/gazetteers/nominal_actors.tsv``, classes described there; the
sector codes are UniversalPetrarch's where its agent dictionary has the word), with the
gazetteer's nationality adjectives (``demonyms.tsv``, by lemma key) and the number words of
``resources/dates/numbers.json``. The phrases:

1. head + genitive complement + adjectives: a group or body noun (مسلحون، قوات، وفد), a definite
   genitive that makes it specific (قوات الأمن -> COP), modifiers (الخاصة، المسلحة، مجهولون) and a
   nationality adjective in any gender and number (العراقية، إيرانيين، التونسيان) -> country;
2. head + a named mention after it: an organisation (مسلحو داعش) takes the description as one of
   its own mentions; a place or a person (شرطة دبي، قوات صالح) gives the country;
3. a possessive (قواتها، حلفاؤه): the owner is the nearest earlier actor of the sentence or the
   one before (an organisation owner takes the mention as its own);
4. counted people (ثلاثة رجال، 38 مواطنا، عدد من المسلحين): ordinary people only when counted;
5. a nationality adjective on an act or a weapon (غارات روسية، الطائرات السعودية) and a people
   named by its nationality noun (الأتراك): a nominal mention of that country's entity;
6. a definite group noun alone (التنظيم، الحركة، الحزب): a nominal mention of the organisation
   named last before it whose name holds the word (تنظيم داعش، حركة حماس، حزب الله).

Mentions with the same head, complement, country and owner are one entity (a later "قوات الأمن"
joins an earlier "قوات الأمن العراقية"; an agent entity of the gazetteer with the same code, such
as القوات التركية, takes later mentions). ``NominalActors`` is built once per pipeline from
``Resources`` (``EntitiesStage`` holds it) and called on each document after resolution.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Mapping, Sequence

from ..document import Document, Entity, Span
from ..resources import Resources
from ..text.lemma import lemma_word
from ..text.memo import WordMemo
from ..text.normalize import normalize, strip_diacritics
from ..text.tokens import PROCLITIC_CONJ, PROCLITIC_PREP
from .gazetteer import AREA, Gazetteer, about_sport, load_gazetteer

FILE = "nominal_actors.tsv"
ENGLISH_FILE = "nominal_english.tsv"  # the English of its words (``name_in_english``)
NUMBERS = ("dates", "numbers.json")
# Classes of heads (nominal_actors.tsv) and what each needs to be an actor.
GROUP, BODY, QUALIFIED, PERSON = "group", "body", "qualified", "person"
HEAD_CLASSES = (GROUP, BODY, QUALIFIED, PERSON)
# At most this many adjectives continue a description (قوات الأمن الخاصة العراقية: two).
MAX_ADJECTIVES = 3
# A possessive's owner is looked for this many sentences back (the sentence itself and the one
# before: news repeats the actor's name at least that often).
OWNER_SENTENCES = 2
# Quotation marks and brackets that may close a name before its adjective (تنظيم "داعش" المتطرف).
# the sound masculine plural's nominative ending: an indefinite plural so written is a subject
# (مواطنون يشكون سوء طريق), the people who act in the story (round 14, ``_unnamed_people``)
NOMINATIVE_PLURAL = "ون"
FEMININE_PLURAL = "ات"
CLOSING_QUOTES = frozenset('"»”)\'')
# Labels of the entities made here: bodies and groups are organisations, counted people persons.
LABEL = {GROUP: "ORG", BODY: "ORG", QUALIFIED: "ORG", PERSON: "PER"}
CIVIL = "CVL"  # the sector of civilians (nominal_actors.tsv: مدني)
# the sector of armed forces: a civil adjective on a head coded so names a civil thing (طائرة
# مدنية); a civil authority keeps its code (السلطة المدنية GOV) and a force of a named country
# stays a force (الحرس المدني الإسباني, Spain's Guardia Civil)
MILITARY = "MIL"
# the view (an underscore name: no layer of the contract) that holds the spans of the sources of a
# named body found in a document, which ``generic_kind`` never counts as a class
SOURCES_VIEW = "_nominal_sources"
GENERIC_LABELS = frozenset(LABEL.values())  # the labels a description of a generic kind may have
# The classes of nominal_actors.tsv that read a class noun as generic, in GenericContext's order.
GENERIC_CLASSES = ("class_noun", "generic_preposition", "benefit_noun", "specifier", "demonstrative")
SAYING = ("quotes", "reporting_verbs.tsv")


@dataclass(frozen=True)
class Head:
    cls: str  # group | body | qualified | person
    code: str  # sector code, "" for none
    canonical: str  # the row's first form: one key for every inflection


@dataclass(frozen=True)
class NominalData:
    """The vocabulary of descriptions (module doc), normalised."""

    heads: Mapping[str, tuple[Head, ...]]
    complements: Mapping[str, str]  # genitive word (no article) -> sector
    modifiers: Mapping[str, str]  # adjective (lemma) -> sector ("" for none)
    acts: frozenset[str]
    collectives: Mapping[str, str]  # people noun -> country or group code
    regions: Mapping[str, str]  # adjective (lemma) of a region or bloc -> CAMEO region code
    quantities: frozenset[str]
    anaphors: frozenset[str]
    adjectival: frozenset[str]
    endings: tuple[str, ...]
    singular_endings: tuple[str, ...]
    construct_endings: frozenset[str]
    pronouns: tuple[str, ...]
    particles: frozenset[str]
    numbers: frozenset[str]  # number words (normalised)
    gazetteer: Gazetteer
    english: Mapping[str, Mapping[str, str]]  # class (head, complement, modifier) -> word -> English
    # nouns whose definite genitive names a body, not a group of its own (مجلس الوزراء)
    name_heads: frozenset[str] = frozenset()
    # heads that name a player's role in an article about sport (مهاجم "striker", not "attacker")
    sport_roles: frozenset[str] = frozenset()
    generic: "GenericContext | None" = None  # when a class noun names a class, not an actor
    # "any", "every" before an indefinite head: anyone of the class, no group (أي مهاجمين)
    any_words: frozenset[str] = frozenset()
    # a singular head that, right before a place's name, is that place's office (مدني جدة: the
    # civil defence of Jeddah in Saudi headlines) -> its sector code
    place_offices: Mapping[str, str] = field(default_factory=dict)
    # nouns whose indefinite group word after them (maybe past nisbas) is their attribute, no group
    # (مصدر أمني مسؤول "a responsible security source", رتبة جندي "the rank of private")
    described_nouns: frozenset[str] = frozenset()
    # verbs of being: an accusative indefinite head right after one is their predicate (كان
    # مسؤولاً عن: he was in charge of), a description of the subject, no actor of its own
    copulas: frozenset[str] = frozenset()
    # heads whose government sector does not hold in an article about sport: a delegation there is
    # a team's (الوفد السعودي المشارك في البطولة: its country, no GOV)
    sport_delegations: frozenset[str] = frozenset()
    # heads of ordinary people (class ``unnamed_people``: مواطن، شخص، لاجئ ...): a count or an
    # indefinite plural of such people is no actor a code list could hold (round 14)
    people_heads: frozenset[str] = frozenset()
    # the whole of a class (جميع، كافة): the class noun it quantifies is the class in general
    wholes: frozenset[str] = frozenset()
    # singulars whose definite form alone is the class (المواطن: Arabic's generic singular)
    generic_singulars: frozenset[str] = frozenset()
    # ranks of two words (gazetteers wordclasses.tsv ``name_ranks``: الجندي أول, العريف أول),
    # normalised: the head and its ordinal before a name are that man's rank (round 15)
    rank_pairs: frozenset[str] = frozenset()
    rank_heads: frozenset[str] = frozenset()  # the first word of every rank (الجندي of الجندي أول)
    # group heads whose feminine plural in ات names a place, no women (مستوطنات: settlements)
    feminine_places: frozenset[str] = frozenset()
    # a head and the preposition after it that make it an adjective with its complement, no
    # actor ("مسوول عن": responsible for), normalised, head and preposition apart by a space
    responsible: frozenset[str] = frozenset()
    responsible_heads: frozenset[str] = frozenset()  # their heads alone (مسوول)
    # verbs whose own complement is that preposition (تحدث عن، كشف عن) and the verbs of saying:
    # after one, the head is their subject and the preposition theirs (تحدث المسؤولون عن دور القسم)
    about_verbs: frozenset[str] = frozenset()
    # group heads that name one body sent or owned by another, never a class of people (وفد: a
    # government's delegation; حلفاء: the owner's allies): no generic kind (round 21, ``generic_kind``)
    specific_groups: frozenset[str] = frozenset()
    # unnamed sources of a named body (round 21, ``_DocumentPhrases._sources``): the source nouns
    # (مصدر، مصادر), the epithets that may stand between the noun and its body (بارز، مطلع، رفيع)
    # and the prepositions that name the body (مصدر في المعارضة السورية، مصادر من الحكومة)
    source_nouns: Mapping[str, str] = field(default_factory=dict)  # (the values are unused: "-")
    source_epithets: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class GenericContext:
    """The words that tell a class noun used of people in general (خدمات للمواطنين) from an
    actor (the classes ``class_noun`` ... ``demonstrative`` of nominal_actors.tsv)."""

    class_nouns: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    benefit_nouns: frozenset[str] = frozenset()
    specifiers: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    # the verbs of saying (the quotes area's reporting_verbs.tsv, every form) and nouns of speech
    # (speech_noun): the class noun after them with ل is the addressee (قال للصحفيين), specific
    saying: frozenset[str] = frozenset()
    # partitives (بعض، معظم، أغلب): "some of", "most of" a class is the class in general
    partitives: frozenset[str] = frozenset()


# How each class of nominal_actors.tsv is read (HEAD_CLASSES and the generic classes apart): a set
# of words; a word -> code map, keyed by the word's lemma where True; a list of affixes as written.
_SET_CLASSES = ("act", "anaphor", "adjectival", "quantity", "particle", "name_head", "sport_role",
                "sport_delegation", "any_determiner", "described_noun", "copula", "unnamed_people",
                "whole", "generic_singular", "feminine_place", "responsible", "about_verb", "specific_group",
                "source_epithet", "source_preposition")
_CODED_CLASSES = {"complement": False, "modifier": True, "collective": False, "region": True,
                  "place_office": False, "source_noun": False}
_AFFIX_CLASSES = ("ending", "singular_ending", "construct_ending", "pronoun")


def load_nominal_data(resources: Resources) -> NominalData:
    """The vocabulary from ``resources`` (a missing or malformed file is a ModelError)."""
    rows = resources.table(AREA, FILE, 3)
    heads: dict[str, list[Head]] = {}
    sets: dict[str, set[str]] = {c: set() for c in _SET_CLASSES}
    coded: dict[str, dict[str, str]] = {c: {} for c in _CODED_CLASSES}
    affixes: dict[str, list[str]] = {c: [] for c in _AFFIX_CLASSES}
    generic: dict[str, set[str]] = {c: set() for c in (*GENERIC_CLASSES, "speech_noun", "partitive")}
    for cls, forms, code, *_ in rows:
        words = [normalize(f) for f in forms.split("|") if f]
        code = "" if code == "-" else code
        if cls in HEAD_CLASSES:
            head = Head(cls, code, words[0])
            for w in words:
                heads.setdefault(w, []).append(head)
        elif cls in _SET_CLASSES:
            sets[cls].update(words)
        elif cls in _CODED_CLASSES:
            by_lemma = _CODED_CLASSES[cls]
            coded[cls].update((lemma_word(w) if by_lemma else w, code) for w in words)
        elif cls in _AFFIX_CLASSES:
            affixes[cls] += forms.split("|")
        elif cls in generic:
            generic[cls].update(words)
    nums = resources.json(*NUMBERS)
    ranks = {" ".join(normalize(w) for w in r.split()) for r in resources.word_class(AREA, "name_ranks")}
    context = _generic_context(resources, generic)
    numbers = {normalize(w) for part in ("units", "tens", "hundreds", "scales") for w in nums.get(part, {})}
    return NominalData({k: tuple(v) for k, v in heads.items()}, coded["complement"], coded["modifier"],
                       frozenset(sets["act"]), coded["collective"], coded["region"],
                       frozenset(sets["quantity"]), frozenset(sets["anaphor"]), frozenset(sets["adjectival"]),
                       tuple(sorted(affixes["ending"], key=len, reverse=True)), tuple(affixes["singular_ending"]),
                       frozenset(affixes["construct_ending"]),
                       tuple(sorted(affixes["pronoun"], key=len, reverse=True)), frozenset(sets["particle"]),
                       frozenset(numbers), load_gazetteer(resources), _english_words(resources),
                       frozenset(sets["name_head"]), frozenset(sets["sport_role"]), context,
                       frozenset(sets["any_determiner"]), coded["place_office"], frozenset(sets["described_noun"]),
                       frozenset(sets["copula"]), sport_delegations=frozenset(sets["sport_delegation"]),
                       people_heads=frozenset(sets["unnamed_people"]), wholes=frozenset(sets["whole"]),
                       generic_singulars=frozenset(sets["generic_singular"]),
                       rank_pairs=frozenset(k for k in ranks if " " in k),
                       rank_heads=frozenset(k.split()[0] for k in ranks),
                       feminine_places=frozenset(sets["feminine_place"]),
                       responsible=frozenset(sets["responsible"]), about_verbs=frozenset(sets["about_verb"]) | context.saying,
                       responsible_heads=frozenset(w.split()[0] for w in sets["responsible"]),
                       specific_groups=frozenset(sets["specific_group"]),
                       source_nouns=coded["source_noun"], source_epithets=frozenset(sets["source_epithet"]),
                       source_prepositions=frozenset(sets["source_preposition"]))


def _generic_context(resources: Resources, classes: Mapping[str, set[str]]) -> GenericContext:
    """The generic-use classes of nominal_actors.tsv, with the verbs of saying of the quotes area
    (read as data, as the entities stage reads them) and the nouns of speech."""
    saying = {normalize(r[0]) for r in resources.table(*SAYING, 2)} | classes["speech_noun"]
    return GenericContext(*(frozenset(classes[c]) for c in GENERIC_CLASSES), frozenset(saying),
                          frozenset(classes["partitive"]))


def _english_words(resources: Resources) -> dict[str, dict[str, str]]:
    """nominal_english.tsv: class -> word (normalised; a modifier by its lemma) -> English."""
    out: dict[str, dict[str, str]] = {"head": {}, "complement": {}, "modifier": {}, "source": {}}
    for cls, word, english, *_ in resources.table(AREA, ENGLISH_FILE, 3):
        if cls in out:
            w = normalize(word)
            out[cls][lemma_word(w) if cls == "modifier" else w] = english
    return out


@dataclass(frozen=True)
class Reading:
    """One reading of a word: its stem without clitics, whether it had the article, a possessive
    suffix taken off, and whether it was read with a plural or case ending."""

    stem: str
    definite: bool
    pronoun: str = ""
    ending: str = ""  # the plural, dual or case ending taken off (مقاتلو: و)


@dataclass
class Phrase:
    """A description found at tokens first..last (character span start..end)."""

    first: int
    last: int
    start: int
    end: int
    key: tuple  # what makes two mentions one entity
    label: str
    code: str = ""
    country: str = ""
    join: Entity | None = None  # an existing entity the mention belongs to
    # an actor of its own that joins no entity of the same code (an unnamed source of a body is
    # not the body: «مصادر تركية رسمية» is no mention of «الحكومة التركية», round 21)
    own: bool = False


@dataclass
class _Group:
    label: str
    name: str
    code: str
    country: str
    mentions: list = field(default_factory=list)


class NominalActors:
    """Finds descriptions of actors in a document and adds them as nominal entities
    (``add_to(doc, entities)``). Per-word readings are memoised per instance (they depend on the
    loaded vocabulary)."""

    def __init__(self, data: NominalData):
        self.data = data
        self.readings = WordMemo(self._readings)
        # what a word is (a head noun, a nationality, a sector) depends on the word alone: asked of
        # every token, several times per article, so each answer is kept
        self._heads = WordMemo(self._heads_of)
        self._countries = WordMemo(self._country_of_adjective)
        self._modifiers = WordMemo(self._modifier)
        self.may_start = WordMemo(self._may_start)
        self.source_noun = WordMemo(self._source_noun)  # round 21: asked of every token of a sentence
        self.generic_mention = WordMemo(self._generic_mention)  # a nominal mention's text -> generic kind
        self._source_starts = tuple(data.source_nouns)
        self.cameo = {iso: e.code for iso in data.gazetteer.country_names
                      if (e := data.gazetteer.entries.get(f"ctry:{iso}")) is not None and e.code}
        self.iso = {code: iso for iso, code in self.cameo.items()}

    def cameo_code(self, iso: str) -> str:
        """The CAMEO country code of an ISO3 code (the same but for a few: Kosovo KSV)."""
        return self.cameo.get(iso, iso)

    @classmethod
    def from_resources(cls, resources: Resources) -> "NominalActors":
        return resources.cached((AREA, "nominal"), lambda: cls(load_nominal_data(resources)))

    # -- reading words ------------------------------------------------------------------------
    def _readings(self, word: str) -> tuple[Reading, ...]:
        """The word without conjunction, preposition and article (and, for a word without the
        article, without a possessive suffix)."""
        w = normalize(word)
        # ة is normalised to ه, but a word written with ة has no possessive suffix ه ("his"):
        # مسلحة، إرهابية، مسؤولة are feminine adjectives (جماعة مسلحة), not "his gunmen"
        ta_marbuta = strip_diacritics(word).endswith("ة")
        forms = [w]
        if len(w) > 3 and w[0] in PROCLITIC_CONJ:
            forms.append(w[1:])
        for v in list(forms):
            if v.startswith("لل") and len(v) > 4:
                forms.append("ال" + v[2:])
            elif len(v) > 3 and v[0] in PROCLITIC_PREP:
                forms.append(v[1:])
        out: list[Reading] = []
        for v in forms:
            if v.startswith("ال") and len(v) > 4:
                out.append(Reading(v[2:], True))
                continue
            out.append(Reading(v, False))
            for p in self.data.pronouns:
                if v.endswith(p) and len(v) - len(p) >= 3 and not (ta_marbuta and p.endswith("ه")):
                    out.append(Reading(v[:-len(p)], False, p))
                    break
        return tuple(out)

    def with_endings(self, stem: str) -> list[tuple[str, str]]:
        """(form, ending) readings of a stem: as written, then without each plural or dual ending,
        then without a singular's case ending, where three letters are left."""
        out = [(stem, "")]
        out += [(stem[:-len(e)], e) for e in self.data.endings + self.data.singular_endings
                if stem.endswith(e) and len(stem) - len(e) >= 3]
        return out

    def plural(self, reading: Reading) -> bool:
        return reading.ending in self.data.endings

    def heads_of(self, word: str) -> tuple[tuple[Head, ...], Reading] | None:
        return self._heads[word]

    def country_of_adjective(self, word: str) -> str:
        return self._countries[word]

    def modifier(self, word: str) -> str | None:
        return self._modifiers[word]

    def _may_start(self, word: str) -> bool:
        """Whether a phrase of any kind can begin at this word (a collective, an act noun, an
        anaphor or a head noun): most words cannot, and are passed over at the cost of one look-up."""
        d = self.data
        return (any(r.definite and (r.stem in d.collectives or r.stem in d.anaphors) for r in self.readings[word])
                or self.stem_in(word, d.acts) is not None or self.heads_of(word) is not None)

    def _source_noun(self, word: str) -> tuple[str, str, Reading] | None:
        """(stem, ending, reading) of a word that is a source noun (``source_noun``: مصدر،
        مصادر، مسؤول، والمصادر، مسؤولون), or None."""
        for r in self.readings[word]:
            if r.pronoun or not r.stem.startswith(self._source_starts):
                continue  # (a form with an ending starts with its noun: most words start with none)
            for st, ending in self.with_endings(r.stem):
                if st in self.data.source_nouns:
                    return st, ending, r
        return None

    def _heads_of(self, word: str) -> tuple[tuple[Head, ...], Reading] | None:
        """The head nouns a word is (its first reading that is one: رجال is a body head and a
        person), with that reading, or None."""
        heads = self.data.heads
        for r in self.readings[word]:
            for s, ending in self.with_endings(r.stem):
                if s in heads:
                    return heads[s], Reading(s, r.definite, r.pronoun, ending)
        return None

    def _country_of_adjective(self, word: str) -> str:
        """The country (ISO3) a nationality adjective names, in any gender and number
        (العراقية، إيرانيين، التونسيان), else the CAMEO code of the region or bloc a region
        adjective names (الأوروبيين -> EUR), else ""."""
        dem, regions = self.data.gazetteer.demonyms, self.data.regions
        for r in self.readings[word]:
            if r.pronoun:
                continue
            for s, _ending in self.with_endings(r.stem):
                k = lemma_word(s)
                iso = dem.get(k) or regions.get(k)
                if iso:
                    return iso
        return ""

    def _modifier(self, word: str) -> str | None:
        """The sector an adjective gives ("" for none), or None when it is no modifier."""
        mods = self.data.modifiers
        for r in self.readings[word]:
            if r.pronoun:
                continue
            for s, _ending in self.with_endings(r.stem):
                k = lemma_word(s)
                if k in mods:
                    return mods[k]
        return None

    def stem_in(self, word: str, words: Mapping | frozenset, definite: bool | None = None) -> str | None:
        for r in self.readings[word]:
            if r.pronoun or (definite is not None and r.definite != definite):
                continue
            if r.stem in words:
                return r.stem
        return None

    # -- the document ---------------------------------------------------------------------------
    def add_to(self, doc: Document, entities: list[Entity]) -> list[Entity]:
        """``entities`` with the descriptions of ``doc`` added (new entities, or nominal mentions
        of existing ones), renumbered e1, e2, ... in order of first mention."""
        tokens = doc.tokens
        if not tokens:
            return entities
        finder = _DocumentPhrases(self, doc, entities)
        phrases = finder.phrases()
        if not phrases:
            return entities
        own = [(p.start, p.end) for p in phrases if p.own]
        if own:  # the sources of a named body: never of a generic kind (``generic_kind``)
            doc.set_view(SOURCES_VIEW, frozenset(own))
        return _merge(doc, entities, phrases, self)

    def generic_kind(self, ent: Entity, sources: frozenset = frozenset()) -> bool:
        """Is ``ent`` a description of a generic kind: every mention a nominal one headed by a
        noun of people named by what they do or are (class ``group``: المسلحين، المسؤولين،
        المواطنين، سكان) or of counted people (class ``person``: 120 شخص، ثلاثة رجال), with no
        possessive owner, no listed genitive complement after its head (رجال الأمن, مقاتلو
        التنظيم) and no nationality after it (المسلحين الأكراد), and not a group head of
        ``specific_group`` (وفد)? Bodies and forces (الحكومة،
        قوات الأمن العراقية، وزارة الصحة), a people (الأتراك: a country's entity), titles and
        every entity with a name are not (round 21: such an entity that no quote or event
        refers to is pruned by ``rasd.entities.bystanders``)."""
        if ent.label not in GENERIC_LABELS or not ent.mentions:
            return False
        for m in ent.mentions:  # (a loop, no generator: asked of every entity of every article)
            if m.attrs.get("kind") != "nominal" or not self.generic_mention[m.text] \
                    or (sources and (m.start, m.end) in sources):
                return False  # (an official of a named body, مسؤول في وزارة الدفاع, is no class)
        return True

    def _generic_mention(self, text: str) -> bool:
        words = text.split()
        for k, word in enumerate(words):
            found = self.heads_of(word)
            if found is None:
                continue  # a number or a quantity before the head (120 شخص، عدد من المسلحين)
            heads, reading = found
            if reading.pronoun or not any(h.cls in (GROUP, PERSON) for h in heads) \
                    or any(h.canonical in self.data.specific_groups for h in heads):
                return False
            nxt = strip_article(normalize(words[k + 1])) if k + 1 < len(words) else ""
            if nxt in self.data.complements:
                return False
            # a nationality narrows the class to one side of the story (المسلحين الأكراد، مسؤولين
            # يابانيين), as a people named by it is (الأتراك)
            return not any(self.country_of_adjective(w) or self.stem_in(w, self.data.collectives)
                           for w in words[k + 1:])
        return False  # no head of this vocabulary: a title or another kind of mention

    def name_in_english(self, entities: Sequence[Entity], english) -> None:
        """Name an entity known by descriptions only in English by its words, read by
        nominal_english.tsv ("unidentified gunmen", وفد إيراني "Iranian delegation"); where a word
        is not there, one that the English names (``rasd.entities.english``, run before) could
        only transliterate (مسلحون مجهولون -> "Maslahun Majhulun") by the English of its actor
        code (UAF "militia"): a description is not a name. ``english``: the stage's
        ``EnglishNames``."""
        for ent in entities:
            if any(m.get("kind") != "nominal" for m in ent.mentions):
                continue
            described = self.english_words(ent.name, english)
            if described is None:
                described = self._source_english(ent, english)
            if described is None and ent.attrs.get("code") and ent.attrs.get("name_en_source") == "transliteration":
                described = english.describe_code(ent.attrs["code"])
            if described:
                ent.attrs["name_en"], ent.attrs["name_en_source"] = described, "list"

    def _source_english(self, ent: Entity, english) -> str | None:
        """An unnamed source of a body in English: the body's code and the source noun of
        nominal_english.tsv (مصادر تركية رسمية TURGOV -> "Turkish government sources", مصدر في
        المعارضة السورية SYROPP -> "Syrian opposition source"), or None."""
        code = ent.attrs.get("code", "")
        words = ent.name.split()
        source = self.source_noun[words[0]] if words and code else None
        noun = self.data.english["source"].get(source[0]) if source else None
        if noun is None:
            return None
        who = (english.adjective(code) if len(code) == 3 else english.describe_code(code)) or ""
        if source[1] in self.data.endings and not noun.endswith("s"):
            noun += "s"  # مسؤولون في وزارة …: officials
        return f"{who} {noun}".strip()

    def english_words(self, name: str, english) -> str | None:
        """A description's English from its words: nationality, modifiers, complement, head
        (قوات الأمن العراقية -> "Iraqi security forces"; a count before the head is left out), or
        None where a word is not in nominal_english.tsv."""
        en = self.data.english
        words = name.split()
        while words and (words[0][:1].isdigit() or normalize(words[0]) in self.data.numbers):
            words = words[1:]
        found = self.heads_of(words[0]) if words else None
        head = en["head"].get(found[0][0].canonical) if found else None
        if head is None:
            return None
        country, mods, comp = "", [], ""
        for w in words[1:]:
            c = self.stem_in(w, self.data.complements, definite=True)
            iso = "" if c else self.country_of_adjective(w)
            if c and not comp and c in en["complement"]:
                comp = en["complement"][c]
            elif iso and not country:
                country = english.adjective(self.cameo_code(iso)) or english.adjective(iso)
                if not country:
                    return None  # a region or bloc (الأوروبيين): the code's English says it
            else:
                mod = self._english_modifier(w)
                if mod is None:
                    return None
                mods.append(mod)
        return " ".join(x for x in (country, *mods, comp, head) if x)

    def _english_modifier(self, word: str) -> str | None:
        mods = self.data.english["modifier"]
        for r in self.readings[word]:
            for s, _ending in self.with_endings(r.stem):
                k = lemma_word(s)
                if k in mods:
                    return mods[k]
        return None


class _DocumentPhrases:
    """The descriptions of one document, sentence by sentence."""

    def __init__(self, nominal: NominalActors, doc: Document, entities: list[Entity]):
        self.n = nominal
        self.data = nominal.data
        self.doc = doc
        self.tokens = doc.tokens
        self.starts = [t.start for t in self.tokens]
        # every token inside an existing mention -> (entity, mention)
        self.taken: dict[int, tuple[Entity, Span]] = {}
        # tokens a mention starts inside, after a proclitic (بالرئاسة العامة ...: the name starts
        # at ال, its token at ب): no description starts there to repeat the name
        self.name_inside: set[int] = set()
        for ent in entities:
            for m in ent.mentions:
                k = bisect.bisect_right(self.starts, m.start) - 1
                if k >= 0 and self.tokens[k].start < m.start < self.tokens[k].end:
                    self.name_inside.add(k)
                a = bisect.bisect_left(self.starts, m.start)
                while a < len(self.tokens) and self.tokens[a].start < m.end:
                    self.taken.setdefault(a, (ent, m))
                    a += 1
        self.found: list[Phrase] = []
        self.found_at: dict[int, Phrase] = {}  # token -> the description found over it
        self._sport: bool | None = None  # whether the article is about sport, read when asked
        self.replaced: set[int] = set()  # descriptions a source of a body took the place of
        self.sources: dict[str, Phrase] = {}  # source noun -> the last source of a body it began

    def about_sport(self) -> bool:
        if self._sport is None:
            norm = self.doc.view("normalized")
            self._sport = about_sport(norm.text if norm is not None else normalize(self.doc.text), self.data.gazetteer)
        return self._sport

    def phrases(self) -> list[Phrase]:
        doc = self.doc
        # most articles write no source noun: their tokens are not looked at again for one
        self.source_tokens = self._source_tokens()
        sources = bool(self.source_tokens)
        sents = doc.sentences or [doc.span(0, len(doc.text), "sentence")]
        for si, s in enumerate(sents):
            if doc.in_boilerplate(s.start, s.end):
                continue
            a = bisect.bisect_left(self.starts, s.start)
            b = bisect.bisect_left(self.starts, s.end)
            self._sentence(a, b, sents[max(0, si - OWNER_SENTENCES + 1)].start)
            if sources:
                # after the sentence's descriptions: the body a source is of may be one of them
                self.found.extend(self._sources(a, b))
        if self.replaced:
            return [p for p in self.found if id(p) not in self.replaced]
        return self.found

    def _sentence(self, a: int, b: int, owner_from: int) -> None:
        i = a
        while i < b:
            if i in self.taken or i in self.name_inside or self.tokens[i].attrs.get("kind") != "ar" \
                    or not self.n.may_start[self.tokens[i].text]:
                i += 1
                continue
            made = (self._collective(i) or self._act_adjectives(i, b) or self._anaphor(i)
                    or self._head_phrase(i, a, b, owner_from))
            if made:
                self.found.extend(made)
                for p in made:
                    self.found_at.update((k, p) for k in range(p.first, p.last + 1))
                i = max(p.last for p in made) + 1
            else:
                i += 1

    # -- 7. an unnamed source of a named body (round 21) ----------------------------------------
    def _source_tokens(self) -> list[int]:
        """The tokens, in order, at which a source noun's letters occur (found with str.find on
        the normalised text, so that the tokens of an article are not each looked at again)."""
        view = self.doc.view("normalized")
        norm = view.text if view is not None else normalize(self.doc.text)
        found = set()
        for noun in self.data.source_nouns:
            k = norm.find(noun)
            while k >= 0:
                pos = view.to_original(k) if view is not None else k
                t = bisect.bisect_right(self.starts, pos) - 1
                if t >= 0:
                    found.add(t)
                k = norm.find(noun, k + len(noun))
        return sorted(found)

    def _sources(self, a: int, b: int) -> list[Phrase]:
        """Unnamed sources of a body the article names (fresh reading 3's rule: not generic): a
        source noun (``source_noun``: مصدر، مصادر) with a nationality adjective (مصادر تركية
        رسمية -> TURGOV, مصدر أمني تونسي -> TUNCOP, المصادر السورية -> SYR), or with a preposition
        (``source_preposition``) before an organisation or a coded description (مصدر في المعارضة
        السورية -> SYROPP, مصدر بارز في …: ``source_epithet`` words between). The mention is the
        source's own words, so that the quotes stage's speaker phrase (which ends before the
        preposition) starts where it starts; its code is the body's. A source with neither (قال
        مصدر، مصادر عسكرية، مصادر محلية) names no body and makes nothing."""
        d = self.data
        out = []
        next_free = a
        for i in self.source_tokens[bisect.bisect_left(self.source_tokens, a):bisect.bisect_left(self.source_tokens, b)]:
            if i < next_free:
                continue  # inside a source just made
            source = self.n.source_noun[self.tokens[i].text]
            made = self.found_at.get(i)
            if source is None or i in self.taken or self.tokens[i].attrs.get("kind") != "ar" or not (
                    made is None or (made.first == made.last == i and not made.country and made.join is None)):
                continue
            stem, ending, reading = source
            country, sector, last, j = "", "", i, i + 1
            while j < b and j - i <= MAX_ADJECTIVES and j not in self.taken and j not in self.found_at:
                word = self.tokens[j].text
                iso = self.n.country_of_adjective(word)
                sec = None if iso else self.n.modifier(word)
                if not (iso or sec is not None or strip_article(normalize(word)) in d.source_epithets):
                    break
                country, sector, last = country or iso, sector or (sec or ""), j
                j += 1
            code = ""
            if country:
                code = self.n.cameo_code(country) + sector
            elif j + 1 < b and normalize(self.tokens[j].text) in d.source_prepositions:
                code, country = self._body_code(j + 1)
            earlier = self.sources.get(stem)
            if not code and earlier is not None and reading.definite and last == i and made is None \
                    and i > a and self._said(i - 1):
                # وقال المصدر، وأضافت المصادر: the source of a body the article brought in last
                # with that noun (its words alone, right after a verb of saying)
                start, end = self._span(i, i)
                out.append(replace(earlier, first=i, last=i, start=start, end=end))
                continue
            if code:
                start, end = self._span(i, last)
                # labelled as the module's groups are (مسؤول ORG before this round), so that the
                # outlet's country reaches a bare sector (home.py reads ORG entities)
                out.append(Phrase(i, last, start, end, (f"source:{stem}", "", code, ""), LABEL[GROUP], code, country,
                                  own=True))
                self.sources[stem] = out[-1]
                if made is not None:  # مسؤول في وزارة …: an official of that body, not officials in general
                    self.replaced.add(id(made))
                next_free = last + 1
        return out

    def _body_code(self, k: int) -> tuple[str, str]:
        """The actor code and country of the organisation or coded description that starts at
        token k (after a source's preposition), or ("", "")."""
        named = self.taken.get(k)
        if named is not None:
            ent, m = named
            if ent.label == "ORG" and m.start <= self.tokens[k].end:
                return ent.attrs.get("code", ""), ent.attrs.get("country", "")
            return "", ""
        p = self.found_at.get(k)
        if p is None or p.first != k or p.label == "LOC":
            return "", ""
        if p.join is not None:
            return p.join.attrs.get("code", ""), p.join.attrs.get("country", "")
        return p.code, p.country

    # -- 6. a definite group noun referring back to a named organisation ---------------------
    def _anaphor(self, i: int) -> list[Phrase]:
        """التنظيم، الحركة، الحزب (``anaphor`` heads, definite and alone): the organisation named
        last before it in the article whose name holds that word (تنظيم داعش، حركة حماس، حزب الله)."""
        word = next((r.stem for r in self.n.readings[self.tokens[i].text]
                     if r.definite and r.stem in self.data.anaphors), None)
        if word is None or (i + 1 < len(self.tokens) and self.n.country_of_adjective(self.tokens[i + 1].text)):
            return []
        for k in range(i - 1, -1, -1):
            hit = self.taken.get(k)
            if hit is None or hit[0].label != "ORG":
                continue
            ent, m = hit
            j = k - 1
            while j >= 0 and self.tokens[j].attrs.get("kind") == "punct":
                j -= 1  # تنظيم "داعش"، تنظيم «داعش»
            before = self.n.stem_in(self.tokens[j].text, self.data.anaphors) if j >= 0 else None
            first = bisect.bisect_left(self.starts, m.start) == k  # the mention's first token
            if word in {strip_article(w) for w in normalize(m.text).split()} or (first and before == word):
                last, words = i, set(normalize(m.text).split())
                while last + 1 < len(self.tokens) and last + 1 not in self.taken \
                        and normalize(self.tokens[last + 1].text) in words:
                    last += 1  # الرئاسة العامة after الرئاسة العامة لرعاية الشباب: its adjective too
                s, e = self._span(i, last)
                return [Phrase(i, last, s, e, ("join", id(ent)), ent.label, join=ent)]
        return []

    # -- 5. nationality nouns and adjectives of acts ----------------------------------------
    def _collective(self, i: int) -> list[Phrase]:
        code = None
        for r in self.n.readings[self.tokens[i].text]:
            if r.definite and r.stem in self.data.collectives:
                code = self.data.collectives[r.stem]
                break
        if code is None:
            return []
        if self._after_definite_noun(i):
            # المسؤولين الأتراك: the nationality completes the description before it
            p = self.found_at.get(i - 1)
            if p is not None and p.last == i - 1 and p.join is None and not p.country and len(p.key) > 2:
                p.last, p.end, p.country = i, self.tokens[i].end, code
                p.code = code + p.code if p.code else code
                p.key = (*p.key[:2], code, *p.key[3:])
                self.found_at[i] = p
            return []
        return [self._country_phrase(i, i, code)]

    def _after_definite_noun(self, i: int) -> bool:
        """Does the definite word at i stand where an adjective stands: right after a name
        (مؤشر داكس الألماني) or a definite noun (المتشددين الأكراد, القادة العرب), not joined by و
        (العرب والأكراد: two peoples)? A nationality adjective there describes the noun before it
        and names no people (the evaluation kit's convention: nationality adjectives are no
        entities)."""
        t = self.tokens[i]
        if i == 0 or self._conjoined(i) or any(p.label == "prep" for p in t.attrs.get("parts", ())) \
                or normalize(t.text).startswith("لل"):
            return False  # المؤيد للأكراد، بالنسبة للغرب: a preposition's object, no adjective
        if i - 1 in self.taken:
            return True
        prev = self.tokens[i - 1]
        if prev.attrs.get("kind") != "ar":
            return False
        p = normalize(prev.text)
        if p in self.data.particles or len(p) < 3 or p in self.data.numbers:
            return False
        return any(r.definite for r in self.n.readings[prev.text] if not r.pronoun)

    def _act_adjectives(self, i: int, b: int) -> list[Phrase]:
        """غارات روسية، للاجتماع الجزائري - الإسباني: the adjectives after an act noun."""
        if self.n.stem_in(self.tokens[i].text, self.data.acts) is None:
            return []
        out = []
        k = i + 1
        while k < b and k not in self.taken:
            t = self.tokens[k]
            if t.attrs.get("kind") == "punct" and t.text in "-–" and out:
                k += 1
                continue
            if t.attrs.get("kind") != "ar":
                break
            iso = self.n.country_of_adjective(t.text)
            if not iso:
                break
            out.append(self._country_phrase(k, k, iso))
            k += 1
        return out

    def _country_phrase(self, first: int, last: int, iso: str) -> Phrase:
        start, end = self._span(first, last)
        return Phrase(first, last, start, end, ("country", iso), "LOC", country=iso)

    def _span(self, first: int, last: int) -> tuple[int, int]:
        """Characters of tokens first..last without a leading conjunction or preposition (the
        tokenizer's clitic parts, else the letters the word's reading took off: وحلفاؤها)."""
        t = self.tokens[first]
        start = t.start
        parts = t.attrs.get("parts", ())
        for k, p in enumerate(parts):
            if p.label == "prep" and k + 1 < len(parts) and parts[k + 1].label == "art" and parts[k + 1].end - parts[k + 1].start == 1:
                start = p.start  # للقوات: the ل stays, as for names (لقوات would lose the article)
                break
            if p.label in ("conj", "prep"):
                start = p.end
        if not parts:
            start += _clitic_length(t.text, self.n.readings[t.text], self.n)
        return start, self.tokens[last].end

    # -- 1-4. head phrases --------------------------------------------------------------------
    def _head_phrase(self, i: int, a: int, b: int, owner_from: int) -> list[Phrase]:
        found = self.n.heads_of(self.tokens[i].text)
        if found is None:
            return []
        heads, reading = found
        if self._title_of_name(i, b, reading):
            return []  # الجندي أول محمد علي العمري: the man's rank, no army
        if reading.ending == FEMININE_PLURAL and reading.stem in self.data.feminine_places:
            return []  # بناء المستوطنات: settlements are places, no settlers (round 15)
        if self._responsible_for(i, a, b, heads):
            return []  # هو المسؤول عن التفجير: "responsible for", no official (round 15)
        if self._adjective_reading(i, a, reading, heads) or self._genitive_of_name(i, a, reading):
            return []
        if reading.ending in self.data.construct_endings and (reading.definite or self._adjective_next(i, b)):
            return []  # النمو السكاني، تجمع سكاني إسرائيلي: a nisba (a construct plural takes no article)
        if self._attribute_of_noun(i, a, reading) or self._predicate(i, a, reading):
            return []
        if any(h.canonical in self.data.sport_roles for h in heads) and self.about_sport():
            return []  # ومهاجم الصفا: the club's striker, no armed attacker
        counted, first = self._count_before(i, a)
        if not counted and reading.ending in self.data.singular_endings and reading.stem in self.data.adjectival:
            return []  # an uncounted nisba in the accusative is an adverb (إعلاميا، عسكريا)
        last, complement, sector, country, join = self._extend(i, b, reading)
        if self._any_of_class(i, a, b, first, reading, bool(complement or join)):
            return []
        # بعض counts a group (بعض المسلحين) but, before a class noun, names some of the class
        # in general (بعض الصحفيين): then the generic test decides as if it did not count
        partitive = counted and i > a and self.data.generic is not None \
            and self.n.stem_in(self.tokens[i - 1].text, self.data.generic.partitives, definite=False) is not None
        if not ((counted and not partitive) or complement or country or join or reading.pronoun) \
                and self._generic(i, a, last, heads):
            return []  # خدمات للمواطنين: the class of people, no actor
        head = next((h for h in heads if h.cls != PERSON), None)
        # a qualified head needs what makes it an actor: a listed complement, a country, a named
        # owner or an adjective that gives a sector (قوة أمنية); جديد، سابق alone do not (نظام جديد
        # "a new regulation", القوة الحالية)
        if head is not None and head.cls == QUALIFIED and not (reading.definite or complement or sector) \
                and self._preposition(i, "ب"):
            return []  # تدعم بقوة الصين "strongly support China": بقوة is the adverb, no force
        if head is not None and head.cls == QUALIFIED and head.code and head.code.endswith(MILITARY) \
                and sector == CIVIL and not (complement or country):
            # a civil adjective on a military head names a civil thing, no force: «حطت فيه أول طائرة
            # مدنية ... في مطار عدن» (an airliner, 2015-08-07 aawsat), «تحديث أسطول الطائرات المدنية»
            # (Iran's airliners, 2015-08-03 alwatan), «ألغاز الطيران المدني» (civil aviation), never
            # the air force (MIL) they were read as (round 23)
            return []
        if head is None or (head.cls == QUALIFIED and not (complement or sector or country or join)):
            head = next((h for h in heads if h.cls == PERSON), None) if counted else None
            if head is None:
                return []
        if head.cls == BODY and not (reading.definite or complement or sector is not None or country or join
                                     or reading.pronoun):
            return []
        if head.cls == PERSON and not counted:
            return []
        code = self.data.complements.get(complement, "") if complement else ""
        code = code or (head.code or (sector or ""))
        if head.canonical in self.data.sport_delegations and country and not complement and self.about_sport():
            # الوفد السعودي at a tournament: the national team's delegation, of its country only;
            # a delegation sent by a body (وفدًا من الرئاسة العامة لرعاية الشباب) keeps its sector
            code = ""
        if not counted and not reading.definite and not reading.ending and reading.stem in self.data.place_offices \
                and i + 1 in self.taken and self.taken[i + 1][0].label == "LOC":
            code = self.data.place_offices[reading.stem]  # مدني جدة: Jeddah's civil defence, no civilian
        if reading.pronoun:
            owner = self._owner(i, owner_from, reading.pronoun)
            if owner is None:
                return []
            label, owner_country, owner_entity = owner
            # قواته after داعش: the organisation's own forces; its citizens (CVL: ومواطنيها after
            # المجلس الأعلى للقضاء, 2015-08-07 3alyoum) are no part of an organisation
            if label == "ORG" and owner_entity is not None and head.code and head.code != "CVL":
                join = owner_entity
            if head.code:  # a possessive's sector is the owner's (قواتها); allies are not the owner
                country = country or owner_country
        unnamed = self._unnamed_people(head, counted, reading, complement, join, last)
        if unnamed:
            code, country = "", ""  # ثلاثة أشخاص، 340 فلسطينيًا، محامين: a mention, no actor code
        if join is not None:
            start, end = self._span(first, last)
            return [Phrase(first, last, start, end, ("join", id(join)), join.label, join=join)]
        start, end = self._span(first, last)
        prefix = self.n.cameo_code(country) if country else ""
        # no sector: a nationality or a bloc alone codes the description (القوى الغربية -> WST)
        full = prefix + code if code else (prefix if country and not reading.pronoun else "")
        # unnamed people are a group of their own: the definite specific group of the same head
        # (ثلاثة مدنيين ... المدنيين هم الضحايا) keeps its country and code
        key = (head.canonical, complement or "", country, "unnamed" if unnamed else reading.pronoun and self.doc.text[start:end])
        return [Phrase(first, last, start, end, key, LABEL[head.cls], full, country)]

    def _responsible_for(self, i: int, a: int, b: int, heads: Sequence[Head]) -> bool:
        """Is the head at i an adjective with its prepositional complement right after it (class
        ``responsible``: المسؤول عن التفجير, مسؤولا عن العمليات, المسؤولين عن هذه الجريمة:
        "responsible for", 2015-07-31 aawsat, 2015-08-01 alriyadh), no group of officials? Not
        after a verb of saying or one whose complement is عن (class ``about_verb``: وكشف المسؤول عن,
        تحدث المسؤولون عن دور القسم, 2015-07-21 aleqtisadiya): there the head is its subject."""
        if i + 1 >= b or not any(h.canonical in self.data.responsible_heads for h in heads):
            return False  # most heads have no such preposition: no normalising for them
        nxt = normalize(self.tokens[i + 1].text)
        if not any(f"{h.canonical} {nxt}" in self.data.responsible for h in heads):
            return False
        if i == a:
            return True
        before = normalize(self.tokens[i - 1].text)
        verbs = self.data.about_verbs  # with the verbs of saying (load_nominal_data)
        return not (before in verbs or (before[:1] in "وف" and before[1:] in verbs))

    def _title_of_name(self, i: int, b: int, reading: Reading) -> bool:
        """Is the definite singular at i a rank of the ranks list right before a person's name,
        its ordinal between (والجندي أول محمد علي العمري، الجندي سامي الحربي: 2015-08-01 alyaum,
        sabq, 3alyoum)? It is that one man's rank, no group: the army (SAUMIL) is no actor there
        (round 15). Only before the name: a noun right after a name may be the verb's object
        (دعا الربيعة الأطباء اليمنيين), and a named citizen stays as round 14 left him."""
        if not reading.definite or reading.pronoun or reading.ending \
                or f"ال{reading.stem}" not in self.data.rank_heads:
            return False
        j = i + 1
        if j + 1 < b and f"ال{reading.stem} {normalize(self.tokens[j].text)}" in self.data.rank_pairs:
            j += 1  # the rank's ordinal (الجندي أول)
        after = self.taken.get(j) if j < b else None
        return after is not None and after[0].label == "PER" and after[1].start == self.tokens[j].start

    def _generic(self, i: int, a: int, last: int, heads: Sequence[Head]) -> bool:
        """Is the bare class noun at token i (through ``last``) a class of people in general? It
        is when it, or the first of a list of class nouns it ends (المواطنين والمقيمين), stands
        in a phrase of purpose, benefit or topic (للمواطنين، حول الطلاب) or is the genitive of a
        noun of service or right (حقوق الطلاب) or follows a partitive (بعض الصحفيين) — unless a demonstrative before it or a relative
        or a number after it makes it a specific group (هؤلاء الجنود، الجنود الثلاثة)."""
        g = self.data.generic
        if g is None or not any(h.canonical in g.class_nouns for h in heads):
            return False
        if i > a and normalize(self.tokens[i - 1].text) in g.demonstratives:
            return False
        if last + 1 < len(self.tokens):
            after = normalize(self.tokens[last + 1].text)
            if after in g.specifiers or strip_article(after) in self.data.numbers or after in self.data.numbers:
                return False
        if self._whole_class(i, a, last, heads):
            return True
        first = i
        while first > a and self._class_noun(first - 1) and self._conjoined(first):
            first -= 1  # والمقيمين after المواطنين: the list is as generic as its first member
        prev = self.tokens[first - 1].text if first > a else ""
        if any(p.label == "prep" and self.doc.text[p.start:p.end] == "ل" for p in self.tokens[first].attrs.get("parts", ())):
            # قال للصحفيين، قال أوباما للصحفيين: the addressee of the speech (its subject between)
            return not any(self._said(k) for k in range(max(a, first - 2), first))
        if not prev:
            return False
        if self.n.stem_in(prev, g.partitives, definite=False) is not None:
            return True  # بعض الصحفيين، معظم المحامين: some or most of a profession, no group
        return normalize(prev) in g.prepositions or self.n.stem_in(prev, g.benefit_nouns, definite=False) is not None

    def _unnamed_people(self, head: Head, counted: bool, reading: Reading, complement: str,
                        join: Entity | None, last: int) -> bool:
        """Is the description a count of unnamed ordinary people (لقي ثلاثة أشخاص مصرعهم، 340
        فلسطينيًا، 1500 مهاجر) or an indefinite plural of them in the oblique case (عبر محامين، من
        مواطنين ومقيمين)?
        Such people are no group a list of actors could hold: the fresh readings judge them no
        entity and their codes wrong (CVL, PSE, REF, JUD). The mention stays, without a code or a
        country, because an event may need it as its doer or victim (اعتقل 38 مواطنا: the events
        gold names such counts); a named group after it (أهالي بيروت، محامو الهيئة) or a possessive
        keeps the code, and so do armed men, forces, officials and judges (heads outside
        ``unnamed_people``: 125 قاضيًا in a Saudi report are Saudi judges)."""
        if join is not None or complement or reading.pronoun or head.canonical not in self.data.people_heads:
            return False
        for k in range(last, last + 2):  # a named place inside or right after the phrase
            named = self.taken.get(k)
            if named is not None and named[0].label in ("LOC", "ORG"):
                return False  # عدد سكان مصر، عدد من أهالي محافظة العقيق: the people of a named place
        # the nominative plural (مواطنون يشكون، تداول مواطنون) is a subject: the people who act
        # there are a group of the story; the oblique ين after a preposition or as an object is not
        return counted or (not reading.definite and self.n.plural(reading) and reading.ending != NOMINATIVE_PLURAL)

    def _whole_class(self, i: int, a: int, last: int, heads: Sequence[Head]) -> bool:
        """Does the class noun at i name its whole class: after or before a word of wholeness
        (جميع المواطنين، المواطنين كافة: every citizen, no group that acts), or as a definite
        singular of ordinary people with no name after it (تطلعات الوطن والمواطن، استفادة المواطن
        من الأسعار: "the citizen", Arabic's generic singular; المواطن عيد الغامدي names a man)?"""
        wholes = self.data.wholes
        if i > a and self.n.stem_in(self.tokens[i - 1].text, wholes, definite=False) is not None:
            return True
        if last + 1 < len(self.tokens) and normalize(self.tokens[last + 1].text) in wholes:
            return True
        if last != i or last + 1 in self.taken:
            return False
        return any(r.definite and not r.pronoun and not r.ending and r.stem in self.data.generic_singulars
                   for r in self.n.readings[self.tokens[i].text])

    def _any_of_class(self, i: int, a: int, b: int, first: int, reading: Reading, genitive: bool) -> bool:
        """Is the indefinite head at i anyone of its class, no group: after "any" or "every" (أي
        مهاجمين، لكل 100 امرأة), or a head in construct with "every" (مسؤولي كل ورشة)? A genitive
        or a name after it makes أي "that is" (أي مقاتلي داعش), and a definite head before كل
        takes an adverb of time (آلاف المواطنين كل يوم)."""
        if reading.definite or reading.pronoun:
            return False
        if first > a and not genitive and normalize(self.tokens[first - 1].text) in self.data.any_words:
            return True
        return i + 2 < b and reading.ending in self.data.construct_endings \
            and normalize(self.tokens[i + 1].text) in self.data.any_words and not _definite_noun(self.tokens[i + 2], self.n)

    def _preposition(self, k: int, prep: str) -> bool:
        """Does the token at k carry the fused preposition ``prep`` (بقوة: ب)?"""
        return any(p.label == "prep" and self.doc.text[p.start:p.end] == prep
                   for p in self.tokens[k].attrs.get("parts", ()))

    def _said(self, k: int) -> bool:
        """Is the token at k a verb or noun of saying (with any fused و، ف، ب: بتصريحات)?"""
        saying = self.data.generic.saying
        return normalize(self.tokens[k].text) in saying or any(r.stem in saying for r in self.n.readings[self.tokens[k].text])

    def _class_noun(self, k: int) -> bool:
        found = self.n.heads_of(self.tokens[k].text)
        return found is not None and any(h.canonical in self.data.generic.class_nouns for h in found[0])

    def _conjoined(self, k: int) -> bool:
        """Does the token at k start with the conjunction و (a list member)?"""
        t = self.tokens[k]
        parts = t.attrs.get("parts", ())
        return any(p.label == "conj" for p in parts) if parts else normalize(t.text).startswith("و")

    def _adjective_reading(self, i: int, a: int, reading: Reading, heads: Sequence[Head]) -> bool:
        """A singular head right after a word of the same definiteness, or definite right after a
        name, is that word's adjective (المجتمع المدني، هجوم انتحاري، هجوما مسلحا، الجناح العسكري،
        تنظيم داعش المتطرف), not an actor."""
        if self.n.plural(reading) or reading.pronoun or i == a or reading.stem not in self.data.adjectival:
            return False  # only participles and nisbas are adjectives (مسلح، انتحاري، مدني)
        j = i - 1
        while j > a and self.tokens[j].attrs.get("kind") == "punct" and self.tokens[j].text in CLOSING_QUOTES:
            j -= 1  # تنظيم "داعش" المتطرف
        prev = self.tokens[j]
        if j in self.taken:
            return reading.definite  # داعش المتطرف: an adjective of the name before it
        if prev.attrs.get("kind") != "ar":
            return False
        p = normalize(prev.text)
        if p in self.data.particles or len(p) < 3 or p in self.data.numbers:
            return False
        # للهجوم المسلح: the article after a preposition counts (a reading without the clitics)
        return any(r.definite for r in self.n.readings[prev.text] if not r.pronoun) == reading.definite

    def _adjective_next(self, i: int, b: int) -> bool:
        """Is the word after i an indefinite nationality adjective? A construct plural (مسلحي
        الجماعة) is followed by its genitive, a noun; an adjective there makes the word a nisba
        itself (تجمع سكاني إسرائيلي)."""
        return i + 1 < b and self.tokens[i + 1].attrs.get("kind") == "ar" \
            and not normalize(self.tokens[i + 1].text).startswith("ال") \
            and bool(self.n.country_of_adjective(self.tokens[i + 1].text))  # مسؤولي الإيرانيين stays

    def _attribute_of_noun(self, i: int, a: int, reading: Reading) -> bool:
        """Is the indefinite head at i the attribute of a ``described_noun`` right before it, or
        before the indefinite nisbas before it (مصدر أمني مسؤول، مصادر مسؤولة، رتبة جندي)?"""
        if reading.definite or reading.pronoun or not self.data.described_nouns or self._conjoined(i):
            return False  # مصادر ومسؤولون: two subjects
        j = i - 1
        while j > a and j >= i - 2 and self.tokens[j].attrs.get("kind") == "ar" and j not in self.taken \
                and len(w := normalize(self.tokens[j].text)) > 3 and w.endswith("ي") and w not in self.data.particles:
            j -= 1  # أمني in مصدر أمني مسؤول
        return j >= a and self.n.stem_in(self.tokens[j].text, self.data.described_nouns, definite=False) is not None

    def _predicate(self, i: int, a: int, reading: Reading) -> bool:
        """Is the indefinite head at i, in the accusative (مسؤولاً، مسلحين), right after a verb of
        being (كان مسؤولاً عن قطاع الصيدلة)? Then it tells what the subject was, no actor."""
        if reading.definite or reading.pronoun or i == a or not self.data.copulas:
            return False
        if reading.ending not in self.data.singular_endings and reading.ending not in ("ين", "ي"):
            return False
        return self.n.stem_in(self.tokens[i - 1].text, self.data.copulas, definite=False) is not None  # وكان

    def _genitive_of_name(self, i: int, a: int, reading: Reading) -> bool:
        """A definite head right after a ``name_head`` noun is the genitive of a body's name
        (مجلس الوزراء، مجلسي النواب، نقابة الصحفيين), not a group of its own."""
        if not reading.definite or i == a or reading.pronoun:
            return False
        return any(r.stem in self.data.name_heads and not r.definite
                   for r in self.n.readings[self.tokens[i - 1].text])

    def _count_before(self, i: int, a: int) -> tuple[bool, int]:
        """(counted, first token of the mention): a number right before the head is part of the
        mention (ثلاثة رجال); a quantity noun (عدد من، عشرات) counts the group but stays outside."""
        if i == a:
            return False, i
        prev = self.tokens[i - 1]
        p = normalize(prev.text)
        if prev.attrs.get("kind") == "num" or p[:1].isdigit() or any(
                r.stem in self.data.numbers or (r.definite and ("ال" + r.stem) in self.data.numbers)
                for r in self.n.readings[prev.text]):  # ألفين read as ال + فين; في is no ألفي
            return True, i - 1
        if p in self.data.quantities:
            return True, i
        if p == "من" and i - 2 >= a and normalize(self.tokens[i - 2].text) in self.data.quantities:
            return True, i
        return False, i

    def _extend(self, i: int, b: int, reading: Reading) -> tuple[int, str, str | None, str, Entity | None]:
        """The description's last token, genitive complement, sector of a modifier (None when
        no modifier), country and the named entity it belongs to, from the words after the head."""
        last, complement, sector, country, join = i, "", None, "", None
        genitive = False
        definite = reading.definite
        k = i + 1
        tokens, n = self.tokens, self.n
        if reading.pronoun or k >= b:
            return last, complement, sector, country, join
        if k in self.taken:
            ent, m = self.taken[k]
            end = bisect.bisect_left(self.starts, m.end) - 1
            if ent.label == "ORG":
                return end, complement, sector, country, ent
            iso = ent.attrs.get("country", "")
            if iso and ent.label in ("LOC", "PER"):
                return end, complement, sector, n.iso.get(iso, iso), None
            return last, complement, sector, country, None
        if tokens[k].attrs.get("kind") == "ar" and not reading.definite:
            # the construct state: قوات الأمن، رجال شرطة (a definite genitive, or an indefinite
            # one after an indefinite head)
            c = n.stem_in(tokens[k].text, self.data.complements)
            if c is not None:
                definite = normalize(tokens[k].text).startswith(("ال", "لل"))
                complement, last, k = c, k, k + 1
            elif (reading.ending in self.data.construct_endings or self._body(i)) and _definite_noun(tokens[k], n):
                # مقاتلو التنظيم، وزارة الإسكان: a head in the construct state and its genitive (which
                # tells two such descriptions apart, as a complement does)
                complement = normalize(tokens[k].text)[2:]
                definite, last, k = True, k, k + 1
                genitive = True
        for _ in range(MAX_ADJECTIVES):
            if k >= b or k in self.taken or tokens[k].attrs.get("kind") != "ar":
                break
            word = tokens[k].text
            if not _same_definiteness(tokens[k], definite):
                break
            iso = n.country_of_adjective(word)
            if iso:
                country, last, k = iso, k, k + 1
                continue
            s = n.modifier(word)
            if s is None:
                break
            sector = s if sector is None or not sector else sector
            last, k = k, k + 1
        if genitive and sector is None:
            sector = ""  # the genitive qualifies the head as an adjective would (وزارة الإسكان)
        return last, complement, sector, country, join

    def _body(self, i: int) -> bool:
        """Is the word at token i an institution noun (a body head) that any definite genitive
        names (وزارة الإسكان)? A qualified head is an ordinary word with any other genitive and
        needs a listed complement (أجهزة الأمن, not أجهزة الجيل الرابع "4G devices")."""
        found = self.n.heads_of(self.tokens[i].text)
        return found is not None and any(h.cls == BODY for h in found[0])

    def _owner(self, i: int, owner_from: int, pronoun: str) -> tuple[str, str, Entity | None] | None:
        """(label, country, entity) of the nearest earlier actor with a country or a code (an
        organisation, a country, a person, or a description found before), from ``owner_from``
        on: the owner of a possessive suffix; a masculine ه is no country's."""
        for k in range(i - 1, -1, -1):
            if self.tokens[k].start < owner_from:
                break
            if k in self.taken:
                ent, _m = self.taken[k]
                code, country = ent.attrs.get("code", ""), ent.attrs.get("country", "")
                if (code or country) and not (pronoun == "ه" and ent.label == "LOC"):
                    return ent.label, self.n.iso.get(country, country), ent
            p = self.found_at.get(k)
            if p is not None and (p.country or p.code) and not (pronoun == "ه" and p.label == "LOC"):
                return p.label, p.country, p.join
        return None


def strip_article(w: str) -> str:
    """A normalised word without its article."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _definite_noun(tok: Span, n: NominalActors) -> bool:
    """A definite word that is no nationality adjective nor modifier: the genitive of a head in
    the construct state."""
    w = normalize(tok.text)
    return (tok.attrs.get("kind") == "ar" and w.startswith("ال") and len(w) > 4 and not n.country_of_adjective(tok.text)
            and n.modifier(tok.text) is None)


def _clitic_length(text: str, readings: Sequence[Reading], n: NominalActors) -> int:
    """Characters of ``text`` before the stem of its first reading that is a head or a nationality
    word, when that reading took off a conjunction or preposition (0 otherwise)."""
    w = normalize(text)
    for r in readings:
        body = w[:len(w) - len(r.pronoun)] if r.pronoun else w
        core = next((c for c in (("ال" + r.stem, "لل" + r.stem) if r.definite else (r.stem,)) if body.endswith(c)), None)
        if core is None:
            continue
        letters = len(body) - len(core)
        if letters > 0:
            if w[:letters] in _CLITICS and (r.stem in n.data.collectives or n.data.gazetteer.demonyms.get(lemma_word(r.stem))
                                            or any(x in n.data.heads for x, _p in n.with_endings(r.stem))):
                return _original_offset(text, letters)
    return 0


# conjunction and preposition letters a word may carry before a description (وللمتظاهرين -> the
# لل counts as ل + the article's ال, so the article stays with the word)
_CLITICS = frozenset(c + p for c in ("", *PROCLITIC_CONJ) for p in ("", *PROCLITIC_PREP)) - {""}


def _original_offset(text: str, letters: int) -> int:
    """The offset in ``text`` after its first ``letters`` letters (diacritics after them skipped)."""
    seen = 0
    for k, ch in enumerate(text):
        if seen == letters and not ("\u064b" <= ch <= "\u0652"):
            return k
        if not ("\u064b" <= ch <= "\u0652"):
            seen += 1
    return len(text)


def _same_definiteness(tok: Span, definite: bool) -> bool:
    """Can the token be an adjective of a head of this definiteness? Not after a conjunction (و
    joins another word)."""
    w = normalize(tok.text)
    if any(p.label == "conj" for p in tok.attrs.get("parts", ())) or w.startswith("وال"):
        return False
    return w.startswith("ال") == definite


def _merge(doc: Document, entities: list[Entity], phrases: Sequence[Phrase], nominal: NominalActors) -> list[Entity]:
    """Entities with the phrases added: joined to an existing entity (the phrase names one, a
    country, or an agent entity of the same code), or grouped into new ones."""
    text = doc.text
    cameo, gaz = nominal.cameo, nominal.data.gazetteer
    by_code: dict[str, Entity] = {}
    by_head: dict[tuple, list[Entity]] = {}  # (head, sector) -> described entities with a country
    by_country: dict[str, Entity] = {}
    for ent in entities:
        code = ent.attrs.get("code", "")
        if ent.label == "ORG" and code and all(m.get("kind") == "nominal" for m in ent.mentions):
            by_code.setdefault(code, ent)
            head = nominal.heads_of(ent.name.split()[0]) if ent.name else None
            if head is not None and ent.attrs.get("country"):
                by_head.setdefault((head[0][0].canonical, code[3:]), []).append(ent)
        if ent.label == "LOC" and code and code == ent.attrs.get("country") and code in gaz.countries:
            by_country.setdefault(code, ent)
    groups: dict[tuple, _Group] = {}
    added: dict[int, list[Span]] = {}
    for p in phrases:
        mention = doc.span(p.start, p.end, "", kind="nominal")
        target = p.join
        if target is None and p.key[0] == "country":
            code = cameo.get(p.country, p.country)
            target = by_country.get(code)
            if target is None:
                g = groups.setdefault(p.key, _Group("LOC", gaz.country_names.get(p.country, text[p.start:p.end]),
                                                    code, code if code in gaz.countries else ""))
                g.mentions.append(mention)
                continue
        if target is None and p.code and p.code in by_code and not p.own:
            target = by_code[p.code]
        if target is None and p.code and not p.country and not p.own and len(by_head.get((p.key[0], p.code), ())) == 1:
            target = by_head[(p.key[0], p.code)][0]  # الشرطة after الشرطة المصرية: the same force
        if target is not None:
            added.setdefault(id(target), []).append(mention)
            continue
        key = _settle_key(p.key, groups)
        g = groups.get(key)
        if g is None:
            country = cameo.get(p.country, p.country) if p.country else ""
            g = groups[key] = _Group(p.label, _display(text[p.start:p.end]), p.code,
                                     country if country in gaz.countries else "")
        g.mentions.append(mention)
    out = []
    for ent in entities:
        more = added.get(id(ent))
        if more:
            ent = Entity(ent.id, ent.label, ent.name, sorted(ent.mentions + more, key=lambda m: (m.start, m.end)),
                         dict(ent.attrs))
        out.append(ent)
    for g in groups.values():
        attrs = {k: v for k, v in (("code", g.code), ("country", g.country)) if v}
        out.append(Entity("", g.label, g.name, sorted(g.mentions, key=lambda m: (m.start, m.end)), attrs))
    out.sort(key=lambda e: min((m.start for m in e.mentions), default=0))
    return [Entity(f"e{i}", e.label, e.name, e.mentions, e.attrs) for i, e in enumerate(out, 1)]


def _settle_key(key: tuple, groups: Mapping[tuple, _Group]) -> tuple:
    """A description without a country joins the one group with the same head and complement
    that has one (قوات الأمن after قوات الأمن العراقية)."""
    if key[0] == "country" or key[2] or key[3]:
        return key
    same = [k for k in groups if k[0] == key[0] and k[1] == key[1] and not k[3]]
    return same[0] if len(same) == 1 else key


def _display(surface: str) -> str:
    """A name from a mention: the article restored after a fused ل (للمتظاهرين -> المتظاهرين)."""
    return "ال" + surface[2:] if surface.startswith("لل") and len(surface) > 4 else surface
