"""The quote stage's linguistic data, read through ``rasd.resources.Resources`` from
``rasd/resources/quotes`` (see SOURCES.md there).

Every form is keyed by its normalised spelling (``rasd.text.normalize``), so أكد/اكد and
قائلة/قائله are one entry.

The verbs of saying have one source, ``reporting_verbs.tsv``. Other stages read it with

    verbs = reporting_verbs(resources)            # ReportingVerbs, parsed once per Resources
    verbs.lookup(normalised_token)                # VerbForm or None (a fused و/ف allowed)
    verbs.words(sense="say")                      # normalised forms of the pure verbs of saying
    verbs.words(sense="say", kinds=("past",), agreements=("ms", "fs"))

where ``sense`` tells the verbs that only report speech ("say": قال، أكد، أعلن) from those whose
saying is an act of its own ("act": دعا، طالب، حذر، هدد، تعهد، نفى، أقر، اعترف).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from ..errors import ModelError
from ..resources import Resources
from ..text.normalize import normalize

AREA = "quotes"
VERBS_FILE = "reporting_verbs.tsv"
VERB_COLUMNS = ("form", "lemma", "sense", "kind", "agreement", "flags")
SENSES = ("say", "act")
VERB_KINDS = ("past", "pres", "part", "noun")
AGREEMENTS = ("ms", "fs", "md", "fd", "mp", "fp", "any")
# the word classes of round 15 (docs/quotes.md), read alike: a field of QuoteLexicon each
ROUND15_CLASSES = ("counted_noun_markers", "conveyed_nouns", "divine_names", "title_qualifiers")
VERB_FLAGS = ("direct", "source-after-an", "source-after-min", "weak", "initial", "object-first", "adjacent",
              "subject-then-comp", "noun")
SOURCE_KINDS = ("source", "role")
# Diacritics that may follow a final ى/ي (رأىَ): stripped before comparing the last letter.
_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One written form of a reporting verb (a row of reporting_verbs.tsv)."""

    form: str
    lemma: str
    kind: str  # past | pres | part (قائلا) | noun (a verbal noun with ب: بقوله، بالقول)
    agreement: str  # m/f + s/d/p, or "any" (بالقول marks neither gender nor number)
    flags: frozenset[str]
    sense: str = "say"  # say | act

    @property
    def finite(self) -> bool:
        """A finite verb (past or present) has a subject of its own; a participle or verbal noun
        (قائلا، بقوله) takes the subject of the clause it stands in."""
        return self.kind in ("past", "pres")

    @property
    def feminine(self) -> bool:
        return self.agreement.startswith("f")

    @property
    def plural(self) -> bool:
        return self.agreement[1:] in ("p", "d")

    def agrees_with(self, agreement: str) -> bool:
        """Can a subject of a verb written with ``agreement`` be this form's subject?"""
        return self.agreement == agreement or "any" in (self.agreement, agreement)


@dataclass(frozen=True)
class ReportingVerbs:
    """Rasd's verbs of saying: normalised form -> ``VerbForm`` (the first row of a form wins).
    Read-only (shared by every stage built from the same Resources)."""

    forms: Mapping[str, VerbForm]

    def lookup(self, norm_token: str, surface: str | None = None) -> VerbForm | None:
        """The reporting-verb reading of a normalised token, allowing one و/ف proclitic. With the
        ``surface`` form, a verb spelled with final ى (رأى، نفى) must be written so: رأي and نفي
        are the nouns "opinion" and "denial", which normalisation would otherwise merge."""
        v = self.forms.get(norm_token)
        if v is None and len(norm_token) > 3 and norm_token[0] in "وف":
            v = self.forms.get(norm_token[1:])
        if v is not None and surface is not None and v.form[-1] in "ىي":
            # and the other way round: يدعى (is called) is not يدعي (claims)
            last = surface.rstrip(_HARAKAT)[-1:]
            if last in "ىي" and last != v.form[-1]:
                return None
        return v

    def words(self, sense: str | None = None, kinds: Iterable[str] | None = None,
              agreements: Iterable[str] | None = None, lemmas: Iterable[str] | None = None) -> frozenset[str]:
        """Normalised forms, optionally only those of one sense, some kinds, agreements or lemmas
        (lemmas as written in the file: أكد، نفى)."""
        if sense is not None and sense not in SENSES:
            raise ValueError(f"unknown sense {sense!r} (one of {', '.join(SENSES)})")
        kinds = None if kinds is None else frozenset(kinds)
        agreements = None if agreements is None else frozenset(agreements)
        lemmas = None if lemmas is None else frozenset(lemmas)
        return frozenset(
            n for n, v in self.forms.items()
            if (sense is None or v.sense == sense) and (kinds is None or v.kind in kinds)
            and (agreements is None or v.agreement in agreements) and (lemmas is None or v.lemma in lemmas))

    def lemma_names(self, sense: str | None = None) -> tuple[str, ...]:
        """The lemmas (as written), in file order."""
        seen: dict[str, None] = {}
        for v in self.forms.values():
            if sense is None or v.sense == sense:
                seen.setdefault(v.lemma)
        return tuple(seen)


def reporting_verbs(resources: Resources) -> ReportingVerbs:
    """The verbs of saying of ``resources`` (parsed once per Resources instance)."""
    return resources.cached((AREA, VERBS_FILE), lambda: _read_reporting_verbs(resources))


def _read_reporting_verbs(res: Resources) -> ReportingVerbs:
    # the flags cell may be left off when empty
    rows = _rows_after_header(res, VERBS_FILE, VERB_COLUMNS, min_columns=len(VERB_COLUMNS) - 1)
    forms: dict[str, VerbForm] = {}
    for row in rows:
        form, lemma, sense, kind, agreement = row[:5]
        flags = frozenset(f for f in (row[5] if len(row) > 5 else "").split(",") if f)
        _check_value(sense, SENSES, "sense", row)
        _check_value(kind, VERB_KINDS, "kind", row)
        _check_value(agreement, AGREEMENTS, "agreement", row)
        for f in flags:
            _check_value(f, VERB_FLAGS, "flag", row)
        if not form or not lemma:
            raise ModelError(f"data file {AREA}/{VERBS_FILE}: a row needs a form and a lemma: {row!r}")
        forms.setdefault(normalize(form), VerbForm(form, lemma, kind, agreement, flags, sense))
    return ReportingVerbs(forms)


def _check_value(value: str, allowed: tuple[str, ...], column: str, row: list[str]) -> None:
    if value not in allowed:
        raise ModelError(f"data file {AREA}/{VERBS_FILE}: {column} {value!r} is not one of "
                         f"{', '.join(allowed)}: {row!r}")


def _rows_after_header(res: Resources, file: str, header: tuple[str, ...],
                       min_columns: int | None = None) -> list[list[str]]:
    """The rows of a TSV whose first row names its columns (checked against ``header``)."""
    rows = res.table(AREA, file, min_columns=len(header) if min_columns is None else min_columns)
    if not rows or tuple(rows[0][:len(header)]) != header:
        found = rows[0] if rows else "nothing"
        raise ModelError(f"data file {AREA}/{file}: the first row must name the columns "
                         f"{' '.join(header)} (found {found!r})")
    return rows[1:]


@dataclass(frozen=True)
class QuoteLexicon:
    """Everything the quote stage knows about Arabic reporting, loaded once per stage."""

    verbs: ReportingVerbs
    attributions: Mapping[tuple[str, ...], str]  # phrase (normalised words) -> clause position
    attribution_firsts: Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    accordance_firsts: frozenset[str]  # first words of the phrases that may mean "in accordance with"
    sources: frozenset[str]  # head nouns of unnamed sources (sources.tsv)
    role_nouns: frozenset[str]  # those of them that a name in apposition names (النائب X)
    complementisers: frozenset[str]
    fa_complementisers: frozenset[str]
    blocks: frozenset[str]
    relatives: Mapping[str, str]
    stops: frozenset[str]
    connectors: frozenset[str]
    pronouns: frozenset[str]
    impersonal: frozenset[str]
    impersonal_experiencer: frozenset[str]  # تبين للمستشفى أن: an experiencer with ل may stand before the complementiser
    skip_after_verb: tuple[tuple[str, ...], ...]
    # a pronoun subject after «but» right before the verb (لكنه، إلا أنه): grammar.json adversative_subjects
    adversative_subjects: frozenset[tuple[str, ...]]
    auxiliaries: frozenset[str]
    verb_prepositions: frozenset[str]
    addressee_prepositions: frozenset[str]
    kana: frozenset[str]
    impersonal_fillers: frozenset[str]
    detached_prepositions: frozenset[str]
    name_particles: frozenset[str]
    masdar_markers: frozenset[str]
    # implied subjects (docs/quotes.md "Round 13"): a verb form after a preposition or quantifier
    # is a noun (في كتب التراث); adverbials of manner after a verb of saying (بشكل قاطع، بكل وضوح،
    # مازحا، تحت عنوان …) are never its subject; a clause opened by a preposition (وفي …، وحول …)
    # holds no subject before its verb
    noun_governors: frozenset[str]
    divine_names: frozenset[str]  # الله، سبحانه، تعالى: the one prayed to, never in a speaker phrase
    conveyed_nouns: frozenset[str]  # تعازي، تهاني، تحيات: what نقل/قدم conveys, no part of its subject
    title_qualifiers: frozenset[str]  # عام: مفتي عام المملكة, a title that goes on after the name
    counted_noun_markers: frozenset[str]  # 1600 طالب، كل طالب، وهو طالب: a ``noun`` form is the noun
    manner_heads: frozenset[str]
    circumstantials: frozenset[str]
    adverbial_openers: frozenset[str]
    fronting_prepositions: frozenset[str]
    honorific_pronouns: frozenset[str]
    anonymity_verbs: frozenset[str]
    anonymity_objects: frozenset[str]
    speech_settings: frozenset[str]
    kinship: frozenset[str]
    relation_nouns: frozenset[str]  # خصوم، أنصار، محامي + a name: that name's opponents, not that name
    kunya: frozenset[str]  # أم، أبو before a name: the parent of the one named (أم فهد)
    negations: frozenset[str]
    counterpart: frozenset[str]
    title_heads_with_preposition: frozenset[str]
    quantifiers: frozenset[str]
    impersonal_relatives: frozenset[str]
    impersonal_antecedents: frozenset[str]
    name_heads: frozenset[str]
    possessed_objects: frozenset[str]
    honorific_titles: frozenset[str]
    name_titles: frozenset[str]
    rank_qualifiers: frozenset[str]  # ركن، طيار، أول … after a rank (see is_form_of_address)
    # speaker_titles, role_nouns and name_titles without the article (متحدث، مدير، دكتور): the heads
    # of a title that may stand right after a person's name with no comma (بيجان فارنودي المتحدث باسم …)
    apposition_heads: frozenset[str]
    topic_particles: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    name_max_words: int
    between_forms: frozenset[str]  # بيننا، بيني: "between" with a pronoun, repeated by a later وبين
    reason_conjunctions: frozenset[str]  # إذ، حيث، درجة before أن: the verb's reach ends there
    work_nouns: frozenset[str]  # كتاب، رواية، برنامج …: a quotation right after one is its title
    work_title_max_words: int
    introduced_title_max_words: int
    generic_speakers: frozenset[str]
    media_nouns: frozenset[str]  # مجلة، شبكة، قناة …: a source when an attribution phrase names them
    person_epithets: frozenset[str]  # النجم، اللاعب، المدرب …: a person's epithet, linked to persons only
    # apposition_heads, person_epithets and person_offices (منسق، مفتي، سفير، أحد): a speaker phrase
    # headed by one names a person, so it is linked to a person only, never to the body of its title
    person_heads: frozenset[str]
    body_nouns: frozenset[str]  # قوات، حركة، وزارة …: a body's name may carry or drop them
    nisba_endings: tuple[str, ...]  # normalised endings of an adjective of relation (محلية -> يه)
    # generic_speakers and the source nouns (sources.tsv: مسؤول، المسؤولين، ناشط، شهود): an entity
    # named only by them is the tagger's reading of a common noun, never a speaker to link
    non_actor_names: frozenset[str]
    # name_titles and rank_qualifiers: a person named only by them (the NER's «ركن طيار» of «المقدم
    # ركن طيار سعود المعولي», alriyadh 2015-08-03) is a rank, no one; a club so named (الرائد) stays
    address_words: frozenset[str]
    addressing_verbs: frozenset[str]  # lemmas, normalised
    resumptives: frozenset[str]
    statement_nouns: frozenset[str]
    figurative_speakers: frozenset[str]  # التاريخ، الواقع، المنطق: the writer's rhetoric
    citing_verbs: frozenset[str]  # lemmas: قال (its bare form goes on with cited scripture)
    scripture_speakers: frozenset[str]  # الله، تعالى، رسول: cited, not continued
    naming_verbs: frozenset[str]  # lemmas as written in reporting_verbs.tsv: ذكر
    naming_objects: frozenset[str]  # اسم، اسمه: ذكر اسم الله is no report
    issuer_verbs: frozenset[str]  # أجرى، أعد، أصدر …: who made a study, a report, a statement
    reflexives: frozenset[str]
    new_clause: frozenset[str]
    speech_nouns: frozenset[str]
    cited_pronouns: frozenset[str]  # عنه، عنها: وفق ما نقلت عنه وكالة X (the one quoted, then the outlet)
    column_nouns: frozenset[str]  # مقال، مقالة، زاوية: a columnist's piece (كتبت مقالا: "I wrote")
    own_columns: frozenset[str]  # مقالي، زاويتي: the column nouns with "my"
    earlier_adjectives: frozenset[str]  # سابق، الأخير: في المقال السابق
    second_person_objects: frozenset[str]  # لك، لكم: ذكرت في مقال لك سابق ("you", an interviewer)
    first_person_experiencers: frozenset[str]  # لي، لنا: after تبين/اتضح, the writer's own finding
    as_attributions: frozenset[str]  # كما (as) before a verb of saying: كما ذكرت الصحيفة
    time_adverbs: frozenset[str]  # أمس، اليوم: may stand, with a comma, between verb and subject
    title_introducers: frozenset[str]
    data_sources: frozenset[str]
    demonstratives: frozenset[str]
    continuing_verbs: frozenset[str]  # lemmas as written in reporting_verbs.tsv
    background_markers: frozenset[str]
    speaker_max_tokens: int
    title_chain_max_tokens: int
    cue_reach_tokens: int
    term_max_words: int
    max_unclosed_chars: int

    def verb(self, norm_token: str, surface: str | None = None) -> VerbForm | None:
        """The reporting-verb reading of a normalised token (see ``ReportingVerbs.lookup``), leaving
        out the forms flagged ``initial`` (بين: "between" far more often than "he explained") or
        ``adjacent`` (مؤكدة: "confirmed" as often as "stressing"), which only the cue scan reads as
        verbs, where a clause starts or a complementiser follows (``rasd.quotes.indirect``)."""
        v = self.verbs.lookup(norm_token, surface)
        return None if v is not None and ("initial" in v.flags or "adjacent" in v.flags) else v


def _norm_set(items: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(x) for x in items)


def load_lexicon(res: Resources) -> QuoteLexicon:
    """The quote lexicon from ``res``, parsed once per Resources (read-only, so stages built from
    the same data share it); a ModelError naming the file when one is missing or corrupt."""
    return res.cached((AREA, "lexicon"), lambda: _read_lexicon(res))


def _seqs(g, name: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences of grammar.json's list ``name``, normalised."""
    return tuple(tuple(normalize(w) for w in seq) for seq in g.sequences(name))


def _read_lexicon(res: Resources) -> QuoteLexicon:
    attribution_rows = _rows_after_header(res, "attribution.tsv", ("phrase", "position", "sense"))
    attributions = {tuple(normalize(p).split()): pos for p, pos, *_ in attribution_rows}
    for r in attribution_rows:
        if r[2] not in ("source", "accordance"):
            raise ModelError(f"data file {AREA}/attribution.tsv: sense {r[2]!r} is not one of source, accordance: {r!r}")
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(attributions, key=len, reverse=True):
        firsts.setdefault(p[0], []).append(p)
    source_rows = _rows_after_header(res, "sources.tsv", ("noun", "kind"))
    for r in source_rows:
        if r[1] not in SOURCE_KINDS:
            raise ModelError(f"data file {AREA}/sources.tsv: kind {r[1]!r} is not one of "
                             f"{', '.join(SOURCE_KINDS)}: {r!r}")
    sources = _norm_set(r[0] for r in source_rows)
    g = _Grammar(res)
    return QuoteLexicon(
        verbs=reporting_verbs(res),
        attributions=attributions,
        attribution_firsts={k: tuple(v) for k, v in firsts.items()},
        accordance_firsts=frozenset(normalize(r[0]).split()[0] for r in attribution_rows if r[2] == "accordance"),
        sources=sources,
        role_nouns=_norm_set(r[0] for r in source_rows if r[1] == "role"),
        complementisers=_norm_set(g.words("complementisers")),
        fa_complementisers=_norm_set(g.words("complementiser_after_attribution")),
        blocks=_norm_set(g.words("blocks_complementiser")),
        relatives={normalize(k): v for k, v in g.mapping("relative_pronouns").items()},
        stops=_norm_set(g.words("speaker_stops")),
        connectors=_norm_set(g.words("clause_connectors")),
        pronouns=_norm_set(g.words("subject_pronouns")),
        impersonal=_norm_set(g.words("impersonal")),
        impersonal_experiencer=_norm_set(g.words("impersonal_experiencer")),
        auxiliaries=_norm_set(g.words("auxiliary_verbs")),
        skip_after_verb=_seqs(g, "skip_after_verb"), adversative_subjects=frozenset(_seqs(g, "adversative_subjects")),
        verb_prepositions=res.word_class(AREA, "verb_prepositions"),
        addressee_prepositions=res.word_class(AREA, "addressee_prepositions"),
        kana=res.word_class(AREA, "kana"), impersonal_fillers=res.word_class(AREA, "impersonal_fillers"),
        detached_prepositions=res.word_class(AREA, "detached_prepositions"),
        name_particles=res.word_class(AREA, "name_particles"),
        masdar_markers=res.word_class(AREA, "masdar_markers"),
        noun_governors=res.word_class(AREA, "noun_governors"),
        **{name: _norm_set(res.word_class(AREA, name)) for name in ROUND15_CLASSES},
        manner_heads=res.word_class(AREA, "manner_heads"),
        circumstantials=res.word_class(AREA, "circumstantials"),
        adverbial_openers=res.word_class(AREA, "adverbial_openers"),
        fronting_prepositions=res.word_class(AREA, "fronting_prepositions"),
        honorific_pronouns=res.word_class(AREA, "honorific_pronouns"),
        anonymity_verbs=res.word_class(AREA, "anonymity_verbs"),
        anonymity_objects=res.word_class(AREA, "anonymity_objects"),
        speech_settings=res.word_class(AREA, "speech_settings"),
        kinship=res.word_class(AREA, "kinship"),
        relation_nouns=res.word_class(AREA, "relation_nouns"),
        kunya=res.word_class(AREA, "kunya"),
        negations=res.word_class(AREA, "negations"),
        counterpart=res.word_class(AREA, "counterpart"),
        title_heads_with_preposition=res.word_class(AREA, "title_heads_with_preposition"),
        quantifiers=res.word_class(AREA, "quantifiers"),
        impersonal_relatives=_norm_set(g.words("impersonal_relatives")),
        impersonal_antecedents=_norm_set(g.words("impersonal_antecedents")),
        name_heads=res.word_class(AREA, "name_heads"),
        possessed_objects=res.word_class(AREA, "possessed_objects"),
        name_titles=res.word_class(AREA, "name_titles"),
        rank_qualifiers=res.word_class(AREA, "rank_qualifiers"),
        # a title, name title or role noun, compared without the article (read here, in file order)
        apposition_heads=(title_words := _norm_set(w[2:] if w.startswith("ال") else w for w in res.word_class(
            AREA, "speaker_titles") | res.word_class(AREA, "name_titles") | {r[0] for r in source_rows if r[1] == "role"})),
        # matched on the written form: إما (either) normalises like أما (as for)
        topic_particles=frozenset(res.word_list(AREA, "topic_particles")),
        pronoun_suffixes=tuple(sorted(res.word_class(AREA, "pronoun_suffixes"), key=len, reverse=True)),
        # compared without the article, like the words of a title (السمو -> سمو)
        honorific_titles=frozenset(w[2:] if w.startswith("ال") and len(w) > 3 else w
                                   for w in res.word_class(AREA, "honorific_titles")),
        name_max_words=g.number("name_max_words"),
        between_forms=res.word_class(AREA, "between_forms"),
        reason_conjunctions=_norm_set(g.words("reason_conjunctions")),
        work_nouns=res.word_class(AREA, "work_nouns"),
        work_title_max_words=g.number("work_title_max_words"),
        introduced_title_max_words=g.number("introduced_title_max_words"),
        generic_speakers=res.word_class(AREA, "generic_speakers"),
        media_nouns=res.word_class(AREA, "media_nouns"),
        person_epithets=res.word_class(AREA, "person_epithets"),
        person_heads=title_words | res.word_class(AREA, "person_epithets") | res.word_class(AREA, "person_offices"),
        body_nouns=res.word_class(AREA, "body_nouns"),
        nisba_endings=tuple(sorted(res.word_class(AREA, "nisba_endings"), key=len, reverse=True)),
        non_actor_names=res.word_class(AREA, "generic_speakers") | sources,
        address_words=res.word_class(AREA, "name_titles") | res.word_class(AREA, "rank_qualifiers"),
        addressing_verbs=res.word_class(AREA, "addressing_verbs"),
        resumptives=res.word_class(AREA, "resumptives"),
        statement_nouns=res.word_class(AREA, "statement_nouns"),
        issuer_verbs=res.word_class(AREA, "issuer_verbs"),
        # lemmas are compared as written in reporting_verbs.tsv's lemma column
        naming_verbs=frozenset(res.word_list(AREA, "naming_verbs")),
        naming_objects=res.word_class(AREA, "naming_objects"),
        scripture_speakers=res.word_class(AREA, "scripture_speakers"),
        citing_verbs=frozenset(res.word_list(AREA, "citing_verbs")),
        figurative_speakers=res.word_class(AREA, "figurative_speakers"),
        reflexives=res.word_class(AREA, "reflexives"),
        new_clause=res.word_class(AREA, "new_clause"),
        speech_nouns=res.word_class(AREA, "speech_nouns"),
        cited_pronouns=res.word_class(AREA, "cited_pronouns"),
        column_nouns=res.word_class(AREA, "column_nouns"),
        own_columns=frozenset(normalize(w[:-1] + "ت" if w.endswith("ة") else w) + "ي"
                              for w in res.word_list(AREA, "column_nouns")),
        earlier_adjectives=res.word_class(AREA, "earlier_adjectives"),
        second_person_objects=res.word_class(AREA, "second_person_objects"),
        first_person_experiencers=res.word_class(AREA, "first_person_experiencers"),
        as_attributions=res.word_class(AREA, "as_attributions"),
        time_adverbs=res.word_class(AREA, "time_adverbs"),
        title_introducers=res.word_class(AREA, "title_introducers"),
        data_sources=res.word_class(AREA, "data_sources"),
        demonstratives=res.word_class(AREA, "demonstratives"),
        # lemmas are compared as written in reporting_verbs.tsv's lemma column
        continuing_verbs=frozenset(res.word_list(AREA, "continuing_verbs")),
        background_markers=res.word_class(AREA, "background_markers"),
        speaker_max_tokens=g.number("speaker_max_tokens"),
        title_chain_max_tokens=g.number("title_chain_max_tokens"),
        cue_reach_tokens=g.number("cue_reach_tokens"),
        term_max_words=g.number("term_max_words"),
        max_unclosed_chars=g.number("max_unclosed_chars"),
    )


class _Grammar:
    """grammar.json, each entry checked for its shape (a ModelError naming the file and key)."""

    FILE = "grammar.json"

    def __init__(self, res: Resources):
        self.data = res.json(AREA, self.FILE)
        if not isinstance(self.data, dict):
            self._corrupt("the file", "an object")

    def _get(self, key: str):
        if key not in self.data:
            raise ModelError(f"data file {AREA}/{self.FILE} has no entry {key!r}; reinstall Rasd")
        return self.data[key]

    def _corrupt(self, key: str, what: str):
        raise ModelError(f"data file {AREA}/{self.FILE}: {key} must be {what}")

    def words(self, key: str) -> list[str]:
        v = self._get(key)
        if not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
            self._corrupt(key, "a list of words")
        return v

    def mapping(self, key: str) -> dict[str, str]:
        v = self._get(key)
        if not (isinstance(v, dict) and all(isinstance(x, str) for x in v.values())):
            self._corrupt(key, "an object of words")
        return v

    def sequences(self, key: str) -> list[list[str]]:
        v = self._get(key)
        if not (isinstance(v, list) and all(isinstance(s, list) and s and all(isinstance(x, str) for x in s)
                                            for s in v)):
            self._corrupt(key, "a list of word sequences")
        return v

    def number(self, key: str) -> int:
        v = self._get(key)
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            self._corrupt(key, "a positive whole number")
        return v
