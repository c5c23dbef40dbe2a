"""The vocabulary of the events stage, loaded once from ``rasd/resources/events`` through
``Resources`` and owned by the stage (``EventsStage.lexicon``):

- ``EventWords``: the word classes of ``wordclasses.tsv`` (one field per class);
- ``TriggerLexicon``: the PLOVER trigger entries of ``curated.tsv`` (and, when the settings ask
  for it, the verb patterns generated from UniversalPetrarch, ``petrarch_verbs.tsv`` with
  ``synsets.tsv``), indexed by key, with the letter searches that spare most words their
  clitic readings;
- the smaller tables: PLOVER modes shown by nearby words (``modes.tsv``), unnamed group actors
  (``unnamed_actors.tsv``), verbs read as verbal nouns when bare (``bare_nouns.tsv``), nouns of
  ideas that an attack can target without violence (``abstract_targets.tsv``).

Everything a lookup memoises here depends on the loaded data, so the memos belong to these
objects, not to modules. A missing or malformed file is a ModelError naming it.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from ..errors import ModelError
from ..ontology import PLOVER_TYPES
from ..resources import Resources
from ..text.memo import WordMemo
from ..text.normalize import normalize
from .morphology import IMPERF, WordKeys

AREA = "events"


@dataclass(frozen=True)
class EventWords:
    """The word classes of ``resources/events/wordclasses.tsv``: each field is the class of that
    name (its reason and source are noted in the file and in SOURCES.md). Sets are normalised
    words (multi-word entries: words joined by one space); tuples keep the file's order and
    spelling (suffixes, where the first that fits is taken)."""

    # reported speech and the clauses around a trigger (the stage)
    reported_speech_verbs: frozenset[str]
    complementizers: frozenset[str]
    adverbial_preps: frozenset[str]
    definite_prefixes: tuple[str, ...]
    passive_prone_verbs: frozenset[str]
    after_passive: frozenset[str]
    act_adjectives: frozenset[str]
    object_pronoun_suffixes: tuple[str, ...]
    obligation_words: frozenset[str]
    content_clause_particles: frozenset[str]
    li_pronouns: frozenset[str]
    modal_requests: frozenset[str]
    act_accusations: frozenset[str]
    predicates: frozenset[str]
    # clause structure: who does what to whom (the argument rules)
    prepositions: frozenset[str]
    place_nouns: frozenset[str]
    time_words: frozenset[str]
    quantifiers: frozenset[str]
    target_preps: frozenset[str]
    victims: frozenset[str]
    justice_venues: frozenset[str]
    pluperfect_auxiliaries: frozenset[str]
    destination_preps: frozenset[str]
    common_adjectives: frozenset[str]
    function_words: frozenset[str]
    light_verbs: frozenset[str]
    relatives: frozenset[str]
    not_object: frozenset[str]
    object_nouns: frozenset[str]
    charge_nouns: frozenset[str]
    charges: frozenset[str]
    casualty_words: frozenset[str]
    protest_against: frozenset[str]
    suffer_verbs: frozenset[str]
    protesters: frozenset[str]
    auxiliaries: frozenset[str]
    reflexives: frozenset[str]
    near_words: frozenset[str]
    count_heads: frozenset[str]
    that_pronouns: frozenset[str]
    indefinite_adjective_endings: tuple[str, ...]
    nisba_endings: tuple[str, ...]
    not_adjectives: frozenset[str]
    time_phrases: frozenset[str]
    clause_openers: frozenset[str]
    new_clause: frozenset[str]
    np_target_preps: frozenset[str]
    noun_target_preps: frozenset[str]
    protest_purpose_nouns: frozenset[str]
    purpose_prefixes: tuple[str, ...]
    subject_gap_words: frozenset[str]
    no_construct_endings: tuple[str, ...]
    np_subject_openers: frozenset[str]
    np_object_governors: frozenset[str]
    agent_hands: frozenset[str]
    agent_phrases: frozenset[str]
    that_particles: frozenset[str]
    hedges: frozenset[str]
    count_links: frozenset[str]
    pronoun_object_suffixes: tuple[str, ...]
    adverbial_accusatives: frozenset[str]
    # the argument ranker's features (arguments.json was trained with these)
    cue_words: frozenset[str]
    ranker_speech_verbs: frozenset[str]
    against: frozenset[str]
    other_acts: frozenset[str]
    reported_by: frozenset[str]
    partitives: frozenset[str]
    harm_nouns: frozenset[str]
    # morphology of the word keys and the trigger reading
    pronoun_suffixes: tuple[str, ...]
    subject_suffixes: tuple[str, ...]
    past_only_suffixes: tuple[str, ...]
    weak_drop_suffixes: tuple[str, ...]
    imperfect_only_suffixes: tuple[str, ...]
    noun_endings: tuple[str, ...]
    possessed_nouns: frozenset[str]
    said_passives: frozenset[str]
    noun_after: frozenset[str]
    statement_verbs: frozenset[str]
    captor_sectors: frozenset[str]
    holding_verbs: frozenset[str]
    # context and place
    negation: frozenset[str]
    not_negated: frozenset[str]
    denial_verbs: frozenset[str]
    future: frozenset[str]
    conditional: frozenset[str]
    condition_breaks: frozenset[str]
    may_particles: frozenset[str]
    directions: frozenset[str]
    place_preps: frozenset[str]
    casualty_triggers: frozenset[str]
    injury_words: frozenset[str]
    during_it: frozenset[str]
    resumptive_preps: frozenset[str]
    relative_pronoun_suffixes: frozenset[str]
    sentence_openers: frozenset[str]
    attribution_verbs: frozenset[str]
    operation_nouns: frozenset[str]
    state_sectors: frozenset[str]
    struck_things: frozenset[str]
    clash_nouns: frozenset[str]
    loyalty_words: frozenset[str]
    side_marks: frozenset[str]
    side_mark_others: frozenset[str]
    statement_nouns: frozenset[str]
    issuer_marks: frozenset[str]
    recapture_words: frozenset[str]
    held_by_words: frozenset[str]
    ground_control_words: frozenset[str]
    ability_verbs: frozenset[str]
    ability_links: frozenset[str]
    reporting_ma: frozenset[str]
    appositive_ranks: frozenset[str]
    fallen_heads: frozenset[str]
    claim_words: frozenset[str]
    claimed_act_preps: frozenset[str]
    since_words: frozenset[str]
    blame_verbs: frozenset[str]
    claim_announcing_verbs: frozenset[str]
    explosive_weapons: frozenset[str]
    behind_words: frozenset[str]
    standing_words: frozenset[str]
    title_words: frozenset[str]
    honorifics: frozenset[str]
    group_links: frozenset[str]
    agent_weapons: frozenset[str]
    named_after_heads: frozenset[str]
    state_nouns: frozenset[str]
    outlet_links: frozenset[str]
    asked_genitive: frozenset[str]
    prevention_words: frozenset[str]
    backed_genitive: frozenset[str]
    host_verbs: frozenset[str]
    visitor_marks: frozenset[str]
    arrival_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    bound_pronoun_preps: frozenset[str]
    each_of: frozenset[str]
    adverbial_heads: frozenset[str]
    circumstantial_participles: frozenset[str]
    circumstantial_participles_feminine: frozenset[str]
    body_heads: frozenset[str]
    harm_cause_preps: frozenset[str]
    exception_words: frozenset[str]
    relative_ma_before: frozenset[str]
    accept_words: frozenset[str]
    # who never does an event: God (no event at all), anonymous sources and media (no doer)
    never_actors: frozenset[str]
    anonymous_sources: frozenset[str]
    media_heads: frozenset[str]


# Classes another area owns (one class has one home): read from that area's wordclasses.tsv.
OTHER_AREAS = {"may_particles": "dates"}
# Classes whose members must be verbs of saying of the quotes area, the one list of them.
SPEECH_CLASSES = ("reported_speech_verbs", "ranker_speech_verbs")
REPORTING_VERBS = ("quotes", "reporting_verbs.tsv")


def load_words(res: Resources) -> EventWords:
    """Every class of ``events/wordclasses.tsv`` the stage reads (a missing class is a ModelError
    naming it), the verbs of saying checked against ``quotes/reporting_verbs.tsv``."""
    values = {}
    for f in dataclasses.fields(EventWords):
        ordered = str(f.type).startswith("tuple")
        area = OTHER_AREAS.get(f.name, AREA)
        values[f.name] = res.word_list(area, f.name) if ordered else res.word_class(area, f.name)
    words = EventWords(**values)
    saying = reporting_verb_forms(res)
    for name in SPEECH_CLASSES:
        stray = sorted(getattr(words, name) - saying)
        if stray:
            raise ModelError(f"word class {name!r} of {AREA}/wordclasses.tsv names verbs that are not in "
                             f"{'/'.join(REPORTING_VERBS)}, the list of the verbs of saying: {', '.join(stray)}")
    return words


@lru_cache(maxsize=None)  # one entry per multi-word class
def phrase_words(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The words of each multi-word entry of a class (``time_phrases``: أول من أمس)."""
    return tuple(tuple(p.split()) for p in sorted(phrases))


def reporting_verb_forms(res: Resources) -> frozenset[str]:
    """The normalised forms (first column) of the quotes area's reporting verbs."""
    rows = res.table(*REPORTING_VERBS)
    return frozenset(normalize(r[0]) for r in rows if r[0] and r[0] != "form")


# ---------------------------------------------------------------------------------------------
# The trigger lexicon

@dataclass(frozen=True)
class Entry:
    words: tuple[frozenset, ...]  # alternatives for each word; the first is the trigger
    type: str  # PLOVER type or "-" (blocked)
    mode: str
    pos: str  # v | n
    before: frozenset
    after: tuple[frozenset, ...]  # each group must occur after (Petrarch patterns may need several)
    before_groups: tuple[frozenset, ...]
    particle: str
    origin: str  # curated | petrarch
    form: str
    # alternatives one of which must be the very next word (curated "after" group written +a|b):
    # a subject right after its verb (ألقى عشرات المتظاهرين، not هاجمت الشرطة مئات المتظاهرين)
    next_word: frozenset = frozenset()
    # ... and one of which must be the word just before (curated "before" written +a|b: قوات الاحتلال)
    prev_word: frozenset = frozenset()

    @property
    def weight(self) -> tuple:
        # equally specific entries: the one naming more of the words that follow wins (a block
        # حقق فوزا over حقق ... في), then a trigger over a block
        return (self.origin == "curated", len(self.words) + len(self.after) + len(self.before_groups)
                + bool(self.before) + bool(self.particle) + bool(self.next_word) + bool(self.prev_word), len(self.words),
                self.type != "-")


def alternatives(s: str) -> frozenset:
    """The normalised words of ``a|b|c``."""
    return frozenset(normalize(a) for a in s.split("|") if a)


def read_curated(rows: Iterable[Sequence[str]], where: str) -> list[Entry]:
    """Entries of a lexicon in the format of ``curated.tsv`` (rows of cells: form, type, mode,
    pos, before, after); an unknown PLOVER type is a ModelError naming ``where``."""
    entries = []
    for row in rows:
        form, typ, mode, pos, before, after = (list(row) + [""] * 6)[:6]
        if typ != "-" and typ not in PLOVER_TYPES:
            raise ModelError(f"data file {where}: unknown PLOVER type {typ!r} in the entry {form!r}")
        words = tuple(alternatives(w) for w in form.split())
        # "after" is one group of alternatives, or several separated by spaces (each must occur);
        # a group written +a|b must be the next word
        groups = after.split()
        nxt = next((g[1:] for g in groups if g.startswith("+")), "")
        prev = before[1:] if before.startswith("+") else ""
        entries.append(Entry(words, typ, mode, pos or "v", frozenset() if prev else alternatives(before),
                             tuple(alternatives(g) for g in groups if not g.startswith("+")), (), "", "curated", form,
                             alternatives(nxt) if nxt else frozenset(), alternatives(prev) if prev else frozenset()))
    return entries


def read_synsets(rows: Iterable[Sequence[str]]) -> dict[str, frozenset]:
    """Synonym sets of UniversalPetrarch (``synsets.tsv``): name -> head words."""
    return {row[0]: alternatives(row[1]) for row in rows if len(row) > 1}


def read_petrarch(rows: Iterable[Sequence[str]], synsets: Mapping[str, frozenset], bare_verbs: bool) -> list[Entry]:
    """Entries of ``petrarch_verbs.tsv``; a verb with no pattern only with ``bare_verbs``."""

    def group(word: str) -> frozenset:
        return synsets.get(word, frozenset()) if word.startswith("&") else alternatives(word)

    entries = []
    for row in rows:
        lemma, particle, typ, mode, _cameo, before, after = (list(row) + [""] * 7)[:7]
        if not before and not after and not bare_verbs:
            continue
        before_groups = tuple(g for g in (group(w) for w in before.split()) if g)
        after_groups = tuple(g for g in (group(w) for w in after.split()) if g)
        entries.append(Entry((frozenset({lemma}),), typ, mode, "v", frozenset(), after_groups, before_groups,
                             particle, "petrarch", lemma))
    return entries


class TriggerLexicon:
    """Trigger entries indexed by their first word's key (verbs and nouns apart), with what the
    detector looks up per word memoised: the letters a word must contain to have an entry
    (``may_have_entry``), whether its readings have one (``has_entry``), its candidate entries in
    order (``candidates``), and the letter search of each context-word group (``group_search``)."""

    def __init__(self, entries: Sequence[Entry]):
        blocked_verbs = {w for e in entries if e.type == "-" and e.pos == "v" for w in e.words[0]}
        self.verbs: dict[str, list[Entry]] = {}
        self.nouns: dict[str, list[Entry]] = {}
        # each entry's place in the files (curated.tsv first): among equally specific entries of a
        # word the earlier row wins, so that the choice does not follow the order of a set, which
        # changes from run to run with Python's string hashing (توجه X بانتقادات read as ACCUSE in
        # one run and REQUEST in the next, 3alyoum 2015-07-25)
        self._order: dict[Entry, int] = {}
        for n, e in enumerate(entries):
            self._order.setdefault(e, n)
        for e in entries:
            if e.origin == "petrarch" and e.words[0] & blocked_verbs:
                continue
            index = self.verbs if e.pos == "v" else self.nouns
            for w in e.words[0]:
                index.setdefault(w, []).append(e)
        self._searches: dict[frozenset, object] = {}
        # the context searches of the entries are made with the lexicon (load time, not per article)
        for group in self.groups():
            self.group_search(group)
        self._short_search, self._by_head = self._key_patterns()
        self.may_have_entry = WordMemo(self._may_have_entry)
        self.has_entry = WordMemo(self._has_entry)
        self._ordered = WordMemo(self._candidates)

    def entries(self) -> Iterable[Entry]:
        for index in (self.verbs, self.nouns):
            for entries in index.values():
                yield from entries

    def types(self) -> set[str]:
        return {e.type for e in self.entries()}

    def groups(self) -> Iterable[frozenset]:
        """Every word group the entries look for around a trigger (context words, later words)."""
        for e in self.entries():
            for alts in (e.before, *e.after, *e.before_groups, *e.words[1:]):
                if alts:
                    yield alts

    def group_search(self, alts: frozenset):
        """A search for the letters a token's normalised form must contain for one of its readings
        to be a word of ``alts`` (the same pieces as the key patterns): tokens without them need
        no clitic readings."""
        search = self._searches.get(alts)
        if search is None:
            pats = set(alts)
            pats |= {c + a[1:] for a in alts if a.startswith("ا") for c in IMPERF}
            pats |= {c + "و" + a[1:] for a in alts if a.startswith("ا") for c in IMPERF}  # يؤيد
            pats |= {a[:-1] + "ت" for a in alts if a.endswith("ه")}
            pats |= {a[:-1] + seat for a in alts if a.endswith("ء") and len(a) > 3 for seat in "يو"}  # اعتدائه
            pats |= {a[:-1] for a in alts if a.endswith(("ي", "ا")) and len(a) >= 3}  # بدون -> بدا
            search = self._searches[alts] = re.compile(
                "|".join(re.escape(p) for p in sorted(pats, key=lambda p: (-len(p), p)))).search
        return search

    def _key_patterns(self) -> tuple:
        """What the normalised form of a word with an entry must contain: a lexicon key itself
        (every noun and verb key of a word is a piece of it), a noun key's ـه as ت (هجمته ->
        هجمه), or a verb key's ا as the imperfect prefix (يتهم -> اتهم). Returns a search for the
        patterns shorter than three letters and the longer ones by their first three letters."""
        pats = set(self.verbs) | set(self.nouns)
        pats |= {c + k[1:] for k in self.verbs if k.startswith("ا") for c in IMPERF}
        # the same alef as a hamza seated on و after the prefix (يؤيد -> يويد: the key ايد)
        pats |= {c + "و" + k[1:] for k in self.verbs if k.startswith("ا") for c in IMPERF}
        pats |= {k[:-1] + "ت" for k in self.nouns if k.endswith("ه")}
        # a defective verb without its last letter (نفت، دعت), a final hamza on its seat (لقائه)
        pats |= {k[:-1] for k in self.verbs if k.endswith(("ي", "ا")) and len(k) >= 3}
        pats |= {k[:-1] + seat for k in self.nouns if k.endswith("ء") and len(k) > 3 for seat in "يو"}
        short = sorted(p for p in pats if len(p) < 3)
        by_head: dict[str, list[str]] = {}
        for p in pats:
            if len(p) >= 3:
                by_head.setdefault(p[:3], []).append(p)
        short_search = re.compile("|".join(map(re.escape, short))).search if short else (lambda _w: None)
        return short_search, {h: tuple(ps) for h, ps in by_head.items()}

    def _may_have_entry(self, norm: str) -> bool:
        """False when no reading of a word (its normalised form) can be a key of the lexicon: a
        test on letters that spares the clitic readings of most words (about one word in eight
        of news text passes it)."""
        if self._short_search(norm):
            return True
        get = self._by_head.get
        for k in range(len(norm) - 2):
            pats = get(norm[k:k + 3])
            if pats:
                for p in pats:
                    if norm.startswith(p, k):
                        return True
        return False

    def _has_entry(self, word_keys: tuple[frozenset, frozenset, str]) -> bool:
        """Does a word (its ``WordKeys.token``) have an entry?"""
        return any(k in self.verbs for k in word_keys[1]) or any(k in self.nouns for k in word_keys[0])

    def candidates(self, nk: frozenset, vk: frozenset, nounish: bool) -> tuple[Entry, ...]:
        """The entries of a word's noun and verb keys, the most specific first (a noun entry
        first among equals where the word reads as a noun)."""
        return self._ordered[(nk, vk, nounish)]

    def _candidates(self, key: tuple[frozenset, frozenset, bool]) -> tuple[Entry, ...]:
        nk, vk, nounish = key
        cands: list[Entry] = []
        for k in vk:
            cands.extend(self.verbs.get(k, ()))
        for k in nk:
            cands.extend(self.nouns.get(k, ()))
        if not cands:
            return ()
        order = self._order
        # among equally specific entries the longer form first: it reads more of the written word
        # as its stem and less as affixes (توعد is THREATEN, not ت + وعد AGREE: «توعد تنظيم داعش …
        # بعمليات ذبح وقتل» alweeam 2015-07-21); the form's letters only break a tie after that
        return tuple(sorted(set(cands), key=lambda e: (e.weight, (e.pos == "n") == nounish, len(e.form), e.form,
                                                       -order[e]),
                            reverse=True))


# ---------------------------------------------------------------------------------------------
# The whole vocabulary

@dataclass(frozen=True)
class EventLexicon:
    """Everything the events stage reads from ``resources/events`` (and the verbs of saying of
    ``resources/quotes``), loaded once per Resources and settings."""

    words: EventWords
    keys: WordKeys
    triggers: TriggerLexicon
    # PLOVER type -> [(word alternatives, mode)], in file order (modes.tsv: the first match wins)
    modes: Mapping[str, tuple[tuple[frozenset, str], ...]]
    unnamed_actors: frozenset[str]
    bare_nouns: frozenset[str]
    abstract_targets: frozenset[str]
    # one-word country and place names of the gazetteers (normalised): such a word is that name,
    # not a verb form that happens to be spelt like it (تشاد Chad, not a form of أشاد "praised")
    place_names: frozenset[str] = frozenset()


def load_lexicon(res: Resources, petrarch: bool = False, petrarch_bare_verbs: bool = False) -> EventLexicon:
    """The events vocabulary of ``res``; ``petrarch`` adds the generated UniversalPetrarch verb
    patterns to the curated triggers (``petrarch_bare_verbs``: its verbs with no pattern too).
    Built once per Resources and settings (two stages with the same data share it)."""
    return res.cached((AREA, "lexicon", petrarch, petrarch_bare_verbs),
                      lambda: _build_lexicon(res, petrarch, petrarch_bare_verbs))


def _build_lexicon(res: Resources, petrarch: bool, petrarch_bare_verbs: bool) -> EventLexicon:
    words = load_words(res)
    keys = WordKeys(words.pronoun_suffixes, words.subject_suffixes, words.past_only_suffixes, words.noun_endings,
                    words.weak_drop_suffixes, words.imperfect_only_suffixes, words.possessed_nouns,
                    words.said_passives)
    entries = read_curated(res.table(AREA, "curated.tsv"), f"{AREA}/curated.tsv")
    if petrarch:
        synsets = read_synsets(res.table(AREA, "synsets.tsv"))
        entries += read_petrarch(res.table(AREA, "petrarch_verbs.tsv"), synsets, petrarch_bare_verbs)
    modes: dict[str, list[tuple[frozenset, str]]] = {}
    for row in res.table(AREA, "modes.tsv"):
        typ, alts, mode = (list(row) + ["", ""])[:3]
        modes.setdefault(typ, []).append((frozenset(normalize(w) for w in alts.split("|") if w), mode))
    return EventLexicon(
        words=words, keys=keys, triggers=TriggerLexicon(entries),
        modes={typ: tuple(rows) for typ, rows in modes.items()},
        unnamed_actors=frozenset(normalize(w) for w in res.lines(AREA, "unnamed_actors.tsv")),
        bare_nouns=frozenset(normalize(w) for w in res.lines(AREA, "bare_nouns.tsv")),
        abstract_targets=frozenset(res.lines(AREA, "abstract_targets.tsv")),
        place_names=_place_names(res))


def _place_names(res: Resources) -> frozenset[str]:
    """The one-word Arabic names of ``gazetteers/countries.tsv`` (third column) and
    ``gazetteers/places.tsv`` (fifth column), normalised."""
    names = [n for row in res.table("gazetteers", "countries.tsv") if len(row) > 2 for n in row[2].split("|")]
    names += [n for row in res.table("gazetteers", "places.tsv") if len(row) > 4 for n in row[4].split("|")]
    return frozenset(normalize(n) for n in names if n and " " not in n.strip())
