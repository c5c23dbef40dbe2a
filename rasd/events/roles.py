"""Who did what to whom: the source and target of a trigger, as an ordered list of small rules.

``ROLE_RULES`` is that list. Each rule is a function ``rule(context, trigger, roles)`` that
returns the roles (the same object when it does not apply, a new ``Roles`` when it does) or
``DROP`` (the trigger makes no event). Rules run in the list's order and each sees what the
earlier ones found; most fill a role only while it is empty, so an earlier rule is a more
specific construction. A rule's docstring gives its linguistic reason and an example; the tests
(tests/test_events.py, tests/test_event_arguments.py) name the rule each sentence exercises.

The list has two parts:

- ``CLAUSE_RULES`` read the trigger's clause: word order, prepositions, the actors near the
  trigger and bare noun phrases where no actor fits (kept as text with label ``NP``; the stage
  does not count them as the actor an event needs). Their result for a trigger is found once
  (``SentenceContext.clause_roles``): a later rule may need another trigger's (a verb takes the
  doer of the attack noun after it). For ASSAULT and PROTEST the trained ranker
  (``rasd.events.argument_model``) then compares the rules' choices with every candidate near
  the trigger and may replace them.
- ``SENTENCE_RULES`` read the sentence around the clause: the speaker of a quote or of a
  ``قال X إن`` clause, the events already made from earlier triggers of the sentence, and the
  trigger's context (a negated act is dropped).

The context is a ``RoleContext``: the trigger's clause (``lo``, ``hi``, the actors near it, those
before and after it) and its sentence (``SentenceContext``). Word classes are those of
``resources/events/wordclasses.tsv`` (``context.words``).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Callable, Sequence

from ..document import Document
from ..resources import Resources
from ..text.lemma import lemma_word
from ..text.normalize import normalize, strip_conjunction
from .argument_model import Ranker
from .arguments import (ARG_WINDOW, SUBJECT_GAP, SentenceView, actor_at, adverbial, casualties_from,
                        clause_bounds, conjuncts, first_person, has_conjunction, is_adjective,
                        is_adverbial, is_indefinite_adjective, light_verb_before,
                        light_verb_subject, noun_phrase, np_after_prep, np_at, object_pronoun, speaker_before,
                        starts_count, strip_article, subject_after, subject_before, actors_near, carries_and,
                        led_by_a_reporter, quoted_name_end,
                        np_actor, APPOSITION_GAP, CLAUSE_PUNCT, COMMAS, TITLE_CHAIN)
from .counts import starts_number
from .lexicon import phrase_words
from .modes import FUTURE, NEGATED, context_of
from .morphology import bare_word
from .triggers import stating_verb_before
from .types import Actor, ActorRef, Event, Trigger

# Rule parameters: PLOVER types a construction applies to, and how far it reaches.
# Types whose source and target are often no named actor but a bare noun phrase (انتحارية، طائرة
# بلا طيار، شخصا، مقر الحزب): they fall back to noun phrases when no actor fits.
NP_ARG_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
# material acts done to a person: a titled name in their genitive is the one acted on (حصار الرئيس
# هادي، اعتقال وزير، معاقبة مدير), never its doer (``titled_name_after_noun``)
TITLED_GENITIVE_OBJECTS = NP_ARG_TYPES | {"SANCTION"}
# Types whose target may be the words after على/ضد/بحق when no actor is there.
NP_TARGET_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "SANCTION", "THREATEN"})
# Violent types whose direct object, as bare words, is the target (اغتالوا العميد جبار مساعد).
DIRECT_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Types whose أن-clause names the one addressed (طلب الزعماء ... أن يوافق الرئيس الروسي).
ADDRESSEE_TYPES = frozenset({"REQUEST", "AGREE"})
# A verb with no doer named whose act is told by a noun after it (قتل 4 جنود في هجوم شنه مسلحون):
# the noun's doer did it. Types, and how far the noun may be from the verb (the victims and a
# date may come between them).
SHARED_DOER_TYPES = frozenset({"ASSAULT"})
SHARED_DOER_GAP = 8
# The types of the verbs ``passive_prone_verbs`` lists: killing and wounding (ASSAULT), arrest
# (COERCE, round 9: «الجاسوس الإسرائيلي الذي اعتقل في 1985», almadina 2015-07-26 — the one arrested).
PASSIVE_PRONE_TYPES = frozenset({"ASSAULT", "COERCE"})
# The day words of ``after_passive``, which are no prepositions: a word after them may be the
# object of an active verb (اعتقلت أمس طلابا).
TIME_BETWEEN_VERB_AND_OBJECT = frozenset({"امس", "اليوم"})
# Nominal acts in someone's statement with no doer named are the speaker's own (أعلن كيري ...
# التزام بلاده بأمن المنطقة، والاتفاق على تسريع ...): verbal cooperation and conflict only.
SPEAKER_NOUN_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE"})
# Violent or coercive acts that a speaker reporting them about someone else is accusing them of.
ACCUSABLE = frozenset({"ASSAULT", "COERCE"})
# Types whose conjoined subjects act on each other (روسيا وأوكرانيا تفاوضت).
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# A subject stands this close before its verb in an أن-clause (إن انتحارية فجرت نفسها).
# Acts whose doer a headline may name as a quoted name before the verb («"داعش" يصادر»، «"جبهة
# النصرة" تخطف»، «"هيومن رايتس ووتش" تدين»; ``subject_right_before_verb``): force, coercion,
# threats and accusations. Counted on the titles of every non-reserved day (round 22): with every
# type, 34 title events gained a doer and 16 were no events (civil defence rescues «"مدني مكة" ينقذ»,
# a firm's sponsorship «"موبايلي" تدعم», a minister's notice), all of other types; with these four,
# 12 events are added (10 of the right type) and 6 change (4 righter, 2 neutral).
QUOTED_SUBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE"})
NP_SUBJECT_REACH = 3
# Casualties told after the attack (أسفر انفجار سيارة ملغومة في وسط المدينة عن مقتل عشرة): how far.
CASUALTY_AFTER = 15
# How far back a casualty word may stand from the attack it reports (مقتل شخصين على الأقل
# وإصابة 18 آخرين بجروح في هجوم: a clause of that length).
CASUALTY_REACH = 14
# How far after a protest trigger its object may come (time, place and size phrases first:
# تجمع آلاف المتظاهرين أمس في خور كبرى بلدات باجور ضد ...).
PROTEST_REACH = 14
# How far an addressee's أن-clause may start after a demand (طلب الزعماء الأوروبيين يوم السبت في
# كييف أن يوافق): the argument window and a few words of time and place.
ADDRESSEE_REACH = ARG_WINDOW + 4
# A verb whose subject comes right before it may be a passive; its victims stand this close.
VICTIM_BEFORE_GAP = 4
# Which rules found the source: constructions that leave no room for the speaker as the doer.
NO_SPEAKER_SOURCE = ("relative", "passive-subject", "accused", "attributed", "participle")
# How far after an attributing verb (نسبت إلى) or before a claim (تبنى، مسؤوليته) its actor stands.
ATTRIBUTION_REACH = 4
# A claim's announcer (round 14): the verb of announcing stands up to 14 words before the claim
# word, the statement's channel between them («أعلن تنظيم داعش الارهابي في بيان نشر على موقع تويتر
# اليوم الخميس مسؤوليته», alweeam 2015-08-06: 12); further on lies another clause. Words, not
# tokens (round 15 of roles): the quotation marks of «وأعلنت جماعة "ولاية سيناء" جناح تنظيم "داعش"
# في مصر في بيان على "تويتر" مسؤوليتها» (sabq 2015-07-21: 12 words, 18 tokens) are no words.
CLAIM_VERB_REACH = 14
# Blame, not a claim (round 14): the verb of holding responsible stands before the claim word with
# the party blamed between them (محملاً تنظيم القاعدة المسؤولية، وحملت اسرائيل المسؤولية): a
# party's name of up to 3 words.
BLAME_REACH = 4
# A relative clause on an act's doer (round 14): its object stands within 4 tokens after the
# relative pronoun (الذي يسيطر على مساحات: verb, preposition, object; an adverb may come first).
RELATIVE_OBJECT_REACH = 4
# An act noun as a violent verb's subject (round 14): it ends within 3 tokens before the verb, its
# adjectives or a relative pronoun between («هجوم انتحاري دام استهدف»: 3).
ACT_SUBJECT_GAP = 3
# the other side of a clash after بين X: within 4 tokens of the first side's last word, room for
# its place (مواطنين من الموصل ومسلحي) and no more, so that a party of a later phrase is not read
# as a side (round 10)
SIDE_GAP = 4
# بين within 3 tokens of the clash (اشتباكات عنيفة بين، معارك ضارية بين) is its own; further on (a
# verb and a place may come between: اقتتال داخلي نشب داخل معسكرين … بين) only two sides named
# make it the clash's
NEAR_BETWEEN = 3
# «بين X … من جهة، وY … من جهة أخرى» (round 12): the first side, its allies and their descriptions
# run to 12 tokens before من جهة in the 37 sentences of this form counted on ordinary days («بين قوات
# النظام المدعمة بقوات الدفاع الوطني وحزب الله اللبناني من جهة»: 10); 16 leaves room and stays in
# the clause; the other side opens within 3 tokens after the mark (a comma, وبين).
SIDE_MARK_REACH = 16
SIDE_AFTER_MARK = 3
# A statement's issuer (round 12): after «بيان» the issuer's mark (صادر عن، أصدرته) stands within 2
# tokens and the issuer within 2 tokens after the mark (بيان صادر عن وزارة الخارجية); in a sentence
# before, the issuer is told within 12 tokens before the statement noun (the reach of a title chain:
# «أدانت الرئاسة المشتركة لمنظومة المجتمع الكردستاني … في بيان لها»), at most 3 sentences back (a
# statement is quoted in the paragraph that tells it).
ISSUER_MARK_REACH = 2
ISSUER_BACK_SENTENCES = 3
# The party a place is taken back from (round 12): «حررت مدينة عدن، كبرى مدن الجنوب اليمني، من
# الحوثيين» (aawsat 2015-07-22): the place taken and its apposition run to 8 tokens before من (6
# words, 2 commas); 10 leaves room for a longer place name and no more, so that a من of a later
# phrase is not read as the one taken from.
RECAPTURED_FROM_REACH = 10
# Types whose verb may open a sentence with its subject dropped (the doer of the sentence before):
# speech acts and diplomacy, not violence (قتل 5 with no subject is a passive).
DROPPED_SUBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONSULT", "THREATEN",
                                   "COOPERATE", "AID"})
# How the source was found when no construction named it: the ranker's guess or a bare noun
# phrase's; a construction of the sentence (an attribution, an accusation) overrides them.
GUESSED = ("model", "subject-np", "vso-np", "light-verb-np")
# How far after the subject the place phrase may open (a formula between: - حفظه الله - في قصره).
PLACE_LEAD = 6
# How many words a place and a time phrase may take between a verb's subject and the titles of its
# object (في قصر العوجا بالدرعية، اليوم السبت، فخامة الرئيس).
PLACE_PHRASE = 10
# How far after an accusing verb the act it names may stand (اتهمت الجماعة جبهة النصرة بخطف):
# the accused, a few words of name, then the act.
ACCUSED_ACT_GAP = 6
# How far a verb of receiving may stand before the call it received, and the caller (من Y) after
# it: a title chain and a comma between (تلقى الأمير محمد بن سلمان ولي ولي العهد، اتصالا هاتفيا).
RECEIVED_REACH = 10
# The receiver of a call is often named with the whole protocol chain (تلقى نائب خادم الحرمين
# الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالا: 13 words between): the verb
# of receiving may stand this far before the call.
RECEIVER_CHAIN_REACH = 20
# How far before a meeting verb its arrival verb may stand: the place, a day and the visitor's
# title chain between (وكان وزير الخارجية الروسي سيرغي لافروف وصل إلى الدوحة، مساء الأحد، حيث
# التقى: 6 tokens; a visit told with its purpose runs to about 20).
ARRIVAL_REACH = 20
# A call's noun may carry its adjectives before the مع of its counterpart (اتصالات هاتفية مكثفة مع):
# two, as counterpart_named_by_a_noun_phrase reads one and a manner word.
COUNTERPART_ADJECTIVES = 2
# The name that closes a counterpart noun or a title after مع: its adjective and a title or two
# between (نظيره التركي الرئيس رجب طيب إردوغان, 3 words), no further (round 19).
COUNTERPART_NAME_REACH = 4
# A nationality adjective names the doer of a nominal act (roles.nationality_adjective_names_the_doer),
# coded as the country's armed forces for the acts armies do and as its government otherwise
# (CAMEO sector codes MIL / GOV; غارات روسية is RUSMIL, نصيحة أميركية USAGOV) ...
NATIONAL_MILITARY_TYPES = frozenset({"ASSAULT", "MOBILIZE", "RETREAT"})
# ... but not for acts told of one people among themselves or in the street (المصالحة الفلسطينية،
# الحوار اليمني، احتجاجات تركية): there the adjective names who took part, not a state's act.
NATIONAL_EXCLUDED_TYPES = frozenset({"PROTEST"}) | RECIPROCAL
# A verb of stance stands this many tokens at most before its complement (شدد وزير الخارجية السعودي
# عادل الجبير، اليوم، على …: the subject with a title chain and a time word between).
STANCE_REACH = 12


class _Drop:
    def __repr__(self) -> str:
        return "DROP"


DROP = _Drop()  # a rule's answer when the trigger makes no event


@dataclass(frozen=True)
class Roles:
    """The sources and targets found so far (actors in the sentence, or references without a
    position: a speaker, an earlier event's doer) and ``how``: the construction that found the
    source (passive, relative, subject, vso, genitive, light-verb, between, subject-np, vso-np,
    light-verb-np, group, passive-subject, model), which later rules read."""

    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    how: str = ""
    # every party of a reciprocal act with more than two (PLOVER's actor list: one CONSULT among
    # X, Y and Z); empty otherwise
    parties: tuple = ()

    def but(self, **changes) -> "Roles":
        return replace(self, **changes)


Rule = Callable[["RoleContext", Trigger, Roles], "Roles | _Drop"]


class SentenceContext:
    """What the rules read about the sentence of a trigger: the document, the sentence's tokens
    (``view``) and normalised forms, its actors, the triggers kept, the quotes over it and the
    ``قال X إن`` clause found when there is none, and the events already made from it."""

    def __init__(self, doc: Document, view: SentenceView, norm: Sequence[str], actors: list[Actor],
                 kept: Sequence[Trigger], quotes: Sequence[tuple], fallback: tuple | None, ranker: Ranker,
                 keep_negated: bool, reported_doer: bool, record: list | None = None,
                 previous: "Actor | ActorRef | None" = None):
        self.doc = doc
        self.previous = previous  # the doer named last in the sentences before
        self.view = view
        self.norm = norm
        self.actors = actors
        self.kept = kept
        self.quotes = quotes
        self.fallback = fallback
        self.ranker = ranker
        self.keep_negated = keep_negated
        self.reported_doer = reported_doer
        self.record = record
        self.events: list[tuple[Trigger, Event, Actor | ActorRef | None]] = []  # (trigger, event, speaker)
        self._firsts = [a.first for a in actors]
        self._lasts = [a.last for a in actors]
        self._contexts: dict[Trigger, RoleContext] = {}
        self._clause_roles: dict[Trigger, Roles] = {}
        self._resolved: dict = {}  # quote speaker text -> entity mention in this sentence
        self._speaker_actors: dict = {}  # speaker -> its actor in this sentence

    @cached_property
    def place_adverbials(self) -> tuple[int, ...]:
        """The tokens that open a place adverbial (على مقربة من، على مشارف: على and a noun of nearness
        or distance, ``adverbial_accusatives``), found once for the sentence (round 18)."""
        tokens, words = self.view.tokens, self.view.words
        return tuple(k for k in range(len(tokens) - 1)
                     if is_adverbial(tokens[k + 1].text, words)
                     and strip_conjunction(normalize(tokens[k].text)) in words.np_target_preps)

    def attributed_doer(self) -> "Actor | None":
        """The actor to whom the sentence attributes an act or who claims one (found once): the
        actor after نسب إلى (within ATTRIBUTION_REACH tokens), the subject of a claim (تبنى،
        أعلن مسؤوليته عن), the actor before "stands behind" (المتهم بالوقوف خلف، يقف وراء) or the
        owner of an operation (في عمليات للقوات الأمنية, ``operation_nouns``)."""
        if not hasattr(self, "_attributed"):
            self._attributed, self._claim_at = _attribution(self)
        return self._attributed

    def claimant(self) -> "Actor | None":
        """The actor who claims an act in this sentence (تبنى التنظيم الهجومين، أعلن X مسؤوليته
        عن): ``attributed_doer`` when a claim found it, else None (an attribution, نسبت إلى، is a
        third party's word, not a claim)."""
        doer = self.attributed_doer()
        k = self._claim_at
        if k is None or any(strip_conjunction(self.norm[j], 2) in self.view.words.blame_verbs
                            for j in range(max(0, k - BLAME_REACH), k)):
            # محملاً تنظيم القاعدة المسؤولية (alyaum 2015-08-01): a third party's blame, no claim
            return None
        return doer

    def claims_a_new_act(self) -> bool:
        """Does the sentence's claim name an act of its own, told there for the first time: an
        indefinite act noun right after the claim (تبنى حزب العمال الكردستاني أمس هجوما بسيارة
        مفخخة، تبنى تنظيم داعش انفجار سيارة مفخخة قرب القنصلية الإيطالية)? A claim of the act
        just told names it definite (مسؤوليته عن الهجوم، تبنى الهجومين، مسؤولية التفجير), by a
        pronoun (الهجوم الذي تبنته) or not at all (أعلن مسؤوليته في بيان)."""
        self.attributed_doer()
        k = self._claim_at
        if k is None:
            return False
        doer, kept = self._attributed, {t.first: t for t in self.kept}
        for j in range(k + 1, min(len(self.norm), k + 1 + ATTRIBUTION_REACH + 2)):
            if doer.first <= j <= doer.last or self.norm[j] in self.view.words.claimed_act_preps:
                continue
            trig = kept.get(j)
            if trig is None:
                continue  # أمس، time words and the like before the act
            word = strip_conjunction(self.norm[j], 2)
            return trig.pos == "n" and not word.startswith("ال")
        return False

    def release(self) -> None:
        """Forget the triggers' contexts (each refers back to this sentence): the sentence's
        objects are then freed at once rather than by the cycle collector."""
        self._contexts.clear()

    def near(self, trig: Trigger) -> list[Actor]:
        """The actors within reach of the trigger."""
        return actors_near(self.actors, trig.first, trig.last, self._firsts, self._lasts)

    def context(self, trig: Trigger) -> "RoleContext":
        """The trigger's ``RoleContext``, made once per trigger."""
        ctx = self._contexts.get(trig)
        if ctx is None:
            ctx = self._contexts[trig] = RoleContext(self, trig)
        return ctx

    def clause_roles(self, trig: Trigger) -> Roles:
        """The roles ``CLAUSE_RULES`` give the trigger, found once per trigger."""
        roles = self._clause_roles.get(trig)
        if roles is None:
            roles = self._clause_roles[trig] = apply_rules(CLAUSE_RULES, self.context(trig), trig, Roles())
        return roles

    def _anonymous(self, entity_id: str) -> bool:
        """Is the entity an unnamed source (its name led by an ``anonymous_sources`` word)?"""
        ent = self.doc.entity(entity_id)
        return ent is not None and led_by_a_reporter(self.view.words, (ent.name,), outlets=False)

    def speaker(self, trig: Trigger) -> Actor | ActorRef | None:
        """Who says the trigger's act: the speaker of the quote around it, else of the ``قال X
        إن`` clause before it (a named actor); the speaker's actor in this sentence when there is
        one, else a reference to the entity or words. A speaker linked to an anonymous source
        (مصدر رفيع في وزارة الخارجية السودانية, an entity since entities round 21) is read as its
        words alone, as before it was an entity: the source reports acts and does none of them."""
        speaker: tuple[str | None, str] | None = None
        for qs, qe, spk, spk_text in self.quotes:
            if qs <= trig.start and trig.end <= qe and (spk or spk_text):
                speaker = (None if spk and self._anonymous(spk) else spk, spk_text)
                break
        if speaker is not None and not speaker[0]:
            # the quotes stage left the speaker unresolved: an entity mention of that text
            # (looked up once per sentence and speaker)
            if speaker not in self._resolved:
                st = normalize(speaker[1] or "")
                hit = next((a for a in self.actors if a.entity and st and (normalize(a.text) in st or st in normalize(a.text))),
                           None)
                self._resolved[speaker] = (hit.entity, hit.text) if hit else None
            speaker = self._resolved[speaker]
        fb = self.fallback
        if speaker is None and fb and trig.first > fb[0] and fb[1] is not None and fb[1].entity:
            speaker = (fb[1].entity, fb[1].text)
        if speaker is None:
            return None
        if speaker not in self._speaker_actors:
            self._speaker_actors[speaker] = next((a for a in self.actors if (speaker[0] and a.entity == speaker[0])
                                                  or (not speaker[0] and a.text == speaker[1])), None)
        actor = self._speaker_actors[speaker]
        return actor if actor is not None else ActorRef(speaker[0], speaker[1], entity_code(self.doc, speaker[0]))


def _attribution(sentence: SentenceContext) -> "tuple[Actor | None, int | None]":
    """The attributed or claiming actor (see ``SentenceContext.attributed_doer``) and, where a
    claim named it, the claim word's token."""
    s, words, norm = sentence.view, sentence.view.words, sentence.norm
    tokens, actors = s.tokens, [a for a in sentence.actors if a.label not in ("PLACE", "VICTIM", "NP")]
    for k, tok in enumerate(tokens):
        w = strip_conjunction(norm[k], 2)
        keys = s.keys.verb[tok.text] | s.keys.noun[tok.text]
        if keys & words.attribution_verbs:
            hit = next((a for a in actors if k < a.first <= k + ATTRIBUTION_REACH and s.governor(a.first) in ("الي", "ل")),
                       None)
            if hit is not None:
                return hit, None
        elif keys & words.claim_words:
            hit = next((a for a in actors if k < a.first <= k + ATTRIBUTION_REACH and s.governor(a.first) is None), None)
            # the announcer before the actors near the claim word: these may be the statement's
            # channel («في بيان نشر على موقع تويتر … مسؤوليته»)
            hit = hit or _announcer(sentence, actors, k)
            hit = hit or next((a for a in reversed(actors) if k - ATTRIBUTION_REACH <= a.last < k), None)
            if hit is not None:
                return hit, k
        elif keys & words.operation_nouns and not keys & words.attribution_verbs and (
                s.governor(k) in words.adverbial_preps or s.governor(k) == "ب"
                or any(norm[j] in words.adverbial_preps for j in range(max(0, k - 2), k))):
            # في عملية للقوات الخاصة، خلال سلسلة عمليات لقوات الأمن: an operation the acts happened
            # in (not one that is faced: الحوثيون الذين يواجهون عملية للقوات الموالية); its owner
            # right after it (an adjective may come between: عملية نوعية للمقاومة), governed by لـ
            hit = next((a for a in actors if k < a.first <= k + 2 and s.governor(a.first) == "ل"), None)
            if hit is not None:
                return hit, None
        elif w in words.behind_words and k >= 1 and s.keys.noun[tokens[k - 1].text] & words.standing_words:
            hit = next((a for a in reversed(actors) if k - 1 - ATTRIBUTION_REACH <= a.last < k - 1), None)
            if hit is not None:
                return hit, None
    return None, None


def _announcer(sentence: SentenceContext, actors: list, k: int) -> "Actor | None":
    """The party that announces the claim at token ``k`` with no claimant of its own near it
    (round 14): the subject of a verb of announcing (``claim_announcing_verbs``) up to
    CLAIM_VERB_REACH tokens before the claim word, where the statement's channel stands between
    them — «أعلن تنظيم داعش الارهابي في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن التفجير»
    (alweeam 2015-08-06), «وكان تنظيم "داعش" أعلن في بيان على موقع إلكتروني تابع له المسؤولية عن
    التفجير» (alriyadh 2015-07-22): the actor right after the verb, else right before it."""
    s, words, norm, tokens = sentence.view, sentence.view.words, sentence.norm, sentence.view.tokens
    seen = 0
    for j in range(k - 1, -1, -1):
        if not _is_word(tokens[j]):
            continue  # the reach counts words: quotation marks around names are none (round 15 of roles)
        seen += 1
        if seen > CLAIM_VERB_REACH:
            break
        if strip_conjunction(norm[j], 2) in words.claim_announcing_verbs:
            hit = next((a for a in actors if j < a.first <= j + 2 and a.last < k and s.governor(a.first) is None),
                       None) or next((a for a in reversed(actors) if j - 2 <= a.last < j), None)
            return _named_after(sentence, actors, hit) if hit is not None else None
    return None


def _is_word(tok) -> bool:
    """Has the token a letter (a word, not a quotation mark or other punctuation)?"""
    return any(ch.isalpha() for ch in tok.text)


def _named_after(sentence: SentenceContext, actors: list, a: Actor) -> Actor:
    """A described party followed by its name in quotation marks is that name (round 15 of roles):
    «وأعلنت جماعة "ولاية سيناء" جناح تنظيم "داعش" … مسؤوليتها عن الهجوم» (sabq 2015-07-21): the
    claimant is ولاية سيناء, not the word جماعة. Only marks stand between the two."""
    if a.entity is not None and not a.nominal:
        return a
    tokens = sentence.view.tokens
    return next((x for x in actors if x.first > a.last + 1 and x.entity is not None and not x.nominal
                 and not any(_is_word(tokens[j]) for j in range(a.last + 1, x.first))),
                a)


def entity_code(doc: Document, entity_id: str | None) -> str | None:
    """An entity's actor code, else its country code."""
    ent = doc.entity(entity_id) if entity_id else None
    if ent is None:
        return None
    return ent.attrs.get("code") or ent.attrs.get("country")


class RoleContext:
    """What the rules read about one trigger: its clause (``lo``..``hi``, cut at CLAUSE_REACH
    tokens), the actors near it (``everyone``; ``actors``: those that are no place, with the
    indices of those ``before`` and ``after`` the trigger), and its sentence."""

    def __init__(self, sentence: SentenceContext, trig: Trigger):
        self.sentence = sentence
        self.s = s = sentence.view
        self.tokens = s.tokens
        self.words = s.words
        self.norm = sentence.norm
        self.trig = trig
        self.everyone = sentence.near(trig)
        self.actors = [a for a in self.everyone if a.label != "PLACE"]
        self.lo, self.hi = clause_bounds(self.tokens, trig.first, trig.last)
        self.after = [k for k, a in enumerate(self.actors) if trig.last < a.first <= self.hi]
        self.before = [k for k, a in enumerate(self.actors) if self.lo <= a.last < trig.first]
        self._position = {id(a): n for n, a in enumerate(self.everyone)}
        tok = self.tokens[trig.first]
        self.trigger_keys = s.keys.noun[tok.text]
        # a verb right after a relative pronoun (القوات التي حررت عدن), a verb joined by و (وقتلوا)
        self.relative = trig.first > 0 and normalize(self.tokens[trig.first - 1].text) in self.words.relatives
        self.joined = carries_and(tok)

    def conjuncts(self, k: int) -> list[Actor]:
        """Actor ``k`` of ``actors`` and those joined to it by و; the chain runs through places too
        (أفريقيا والشرق الأوسط والولايات المتحدة), which are then left out."""
        chain = conjuncts(self.everyone, self._position[id(self.actors[k])], self.tokens, self.words)
        return [a for a in chain if a.label != "PLACE"]

    def word(self, k: int) -> str:
        return normalize(self.tokens[k].text)

    def phrase_at(self, k: int, hi: int | None = None) -> Actor | None:
        """The actor starting at token k, else the bare noun phrase there (up to ``hi``)."""
        return actor_at(self.actors, first=k) or noun_phrase(self.s, k, self.hi if hi is None else hi)

    @cached_property
    def possessed(self) -> bool:
        """Does a nominal trigger carry a possessive pronoun (رفضها، دعمه، هجومها)? Its doer is the
        pronoun's owner, and no genitive follows it."""
        if self.trig.pos != "n":
            return False
        w = bare_word(self.tokens[self.trig.first].text)
        heads = {a for a in self.trig.form.split()[0].split("|")}
        heads = {normalize(a) for a in heads}
        for suf in self.words.pronoun_suffixes:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                base = w[:-len(suf)]
                return any(base.endswith(h) or (base.endswith("ت") and base[:-1] + "ه" == h[-len(base):])
                           or (base[-1:] in "يو" and base[:-1] + "ء" == h) for h in heads if h)
        return False

    @cached_property
    def said_context(self) -> str | None:
        """negated / future / conditional / None (``modes.context_of``), as the words say."""
        return context_of(self.trig, self.tokens, self.s.lex, self.norm)

    @cached_property
    def refused(self) -> bool:
        """Is the act a negated acceptance (لم يوافق، لن يقبل، لا نتفاوض: ``accept_words``)? That
        is a refusal, asserted."""
        if self.said_context != NEGATED:
            return False
        tok = self.tokens[self.trig.first].text
        return bool((self.trigger_keys | self.s.keys.verb[tok]) & self.words.accept_words)

    @cached_property
    def context(self) -> str | None:
        """negated / future / conditional / None; a refusal (``refused``) is asserted."""
        return None if self.refused else self.said_context

    @cached_property
    def type(self) -> str:
        """The event's type: a negated acceptance is REJECT; PLOVER codes cooperative acts announced
        for the future as AGREE and future retreats as CONCEDE."""
        if self.refused:
            return "REJECT"
        return FUTURE_RETYPE.get(self.trig.type, self.trig.type) if self.context == FUTURE else self.trig.type

    @cached_property
    def speaker(self) -> Actor | ActorRef | None:
        return self.sentence.speaker(self.trig)


# PLOVER: cooperative acts announced for the future are AGREE; future retreats are CONCEDE.
FUTURE_RETYPE = {"SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}


def apply_rules(rules: Sequence[Rule], ctx: RoleContext, trig: Trigger, roles: Roles) -> Roles | _Drop:
    for rule in rules:
        roles = rule(ctx, trig, roles)
        if roles is DROP:
            return DROP
    return roles


# =============================================================================================
# Clause rules: who is the source and the target in the trigger's own clause

def passive_agent(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """من قبل X / على يد X after a trigger names the doer of a passive (5800 شخص خطفوا من قبل
    التنظيم، تعرض للخطف على أيدي مسلحين)."""
    for k in c.after:
        a = c.actors[k]
        if c.s.governor(a.first) == "by" and a.first - trig.last <= ARG_WINDOW:
            return roles.but(sources=c.conjuncts(k), how="passive")
    return roles


def _agrees(word: str, suffixes: tuple[str, ...]) -> bool:
    """Does ``word`` end with a pronoun of its relative (ـه does not end ـها or ـهم)?"""
    return bool(suffixes) and word.endswith(suffixes)


def relative_antecedent(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A verb right after a relative pronoun has the antecedent before the pronoun as its subject
    (القوات التي حررت عدن; its adjectives may come between: تنظيم "داعش" المتطرف الذي اعتدى): the
    actor after the verb is its object. A verb that carries a pronoun pointing back to the
    antecedent, or is followed by a preposition that does (``resumptive_preps``: عليهم، عليها،
    منها), has it as its object: the actor after them is its subject (المعارضة التي تدعمها
    الولايات المتحدة: the United States backs the opposition), and with none the verb has no
    doer here (هيئات الأمم المتحدة التي انسحب منها: the UN did not withdraw)."""
    if trig.pos != "v" or not c.relative or roles.sources:
        return roles
    end = trig.first - 2
    while end > c.lo and (is_adjective(c.tokens[end].text, c.words) or c.tokens[end].get("kind") == "punct"):
        end -= 1
    ante = [k for k in c.before if c.actors[k].last in (trig.first - 2, end)]
    nxt = trig.last + 1
    # the pronoun agrees with the relative (الذي … ـه، التي … ـها، الذين … ـهم); one that does not
    # names someone else (المحكمة الخاصة التي تحاكمه: the court tries him; شهرام أميني، الذي
    # زودهم بمعلومات: he informed them)
    rel = c.word(trig.first - 1)
    agree = tuple(p.split()[1] for p in c.words.relative_pronoun_suffixes if p.split()[0] == rel)
    resumptive = nxt <= c.hi and c.word(nxt) in c.words.resumptive_preps and _agrees(c.word(nxt), agree)
    if (object_pronoun(c.s, c.tokens[trig.last]) and _agrees(c.word(trig.last), agree)) or resumptive:
        # المعارضة السورية التي تدعمها الولايات المتحدة، العناصر التي قبضت عليهم الأجهزة الأمنية:
        # the pronoun points back to the antecedent, which is then acted on, not the doer; the
        # subject, if any, follows the verb (and its preposition)
        k = subject_after(c.s, c.actors, [n for n in c.after if c.actors[n].first > nxt] if resumptive else c.after,
                          nxt if resumptive else trig.last)
        subject = c.conjuncts(k) if k is not None else []
        keys = {a.key for a in subject}
        obj = [c.actors[ante[-1]]] if ante else []
        others = [a for a in roles.targets if a.key not in keys and all(a is not o for o in obj)]
        return roles.but(sources=subject, targets=obj + others, how="relative")
    return roles.but(sources=[c.actors[ante[-1]]] if ante else roles.sources, how="relative")


def subject_right_before_verb(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An actor right before a verb, not governed by a preposition, is its subject (لكن أوكرانيا
    اتهمت روسيا; headlines put the subject first); a verb joined by و has its subject elsewhere."""
    if trig.pos != "v" or roles.sources or c.joined or not c.before:
        return roles
    a = c.actors[c.before[-1]]
    if a.last == trig.first - 1:
        k = subject_before(c.s, c.actors, c.before, trig.first)
    elif quoted_name_end(c.s, a) == trig.first - 1 and c.type in QUOTED_SUBJECT_TYPES and c.s.governor(a.first) is None:
        k = c.before[-1]  # «"داعش" يصادر»: only the mark closing a quoted name stands between
    else:
        return roles
    return roles if k is None else roles.but(sources=c.conjuncts(k), how="subject")


def carries_a_plural_subject(c: RoleContext, trig: Trigger) -> bool:
    """Does the verb carry its subject as a plural suffix (قتلوا، اختطفوه، يختطفون، يقتلونهم)?

    Verb agreement (round 19): a verb that stands before its subject is singular in the written
    language (قتل المسلحون، خطفت الميليشيا); a plural suffix on a verb (the past ـوا, ـو before an
    object pronoun, the imperfect يـ/تـ … ـون) says its subject is a pronoun pointing back or a noun
    before it, so an actor right after such a verb is its object, never its subject («ويختطفون
    الناشطين»: the activists are the ones abducted). The suffix is read off the written word
    against the lexicon's lemma of the trigger (``Trigger.form``): a lemma that itself ends with
    the letters (تعاون in يتعاون، دعا) carries no suffix."""
    if trig.pos != "v":
        return False
    w = strip_conjunction(c.word(trig.first), 2)
    lemmas = _row_lemmas(trig.form)
    if w[:1] not in IMPERFECT_PREFIXES:
        # قتلوه: a past's ـوا is written ـو before an object pronoun (an imperfect's ـو before a
        # pronoun is its own last letter: يدعوه، يرجوهم)
        bare = _without_object_pronoun(c, w)
        if bare != w and bare.endswith("و") and not any(lemma.endswith("و") for lemma in lemmas):
            return True
    if w.endswith("وا") and not any(lemma.endswith(("و", "وا")) for lemma in lemmas):
        return True
    w = _without_object_pronoun(c, w)  # يقتلونهم
    return w[:1] in "يت" and w.endswith("ون") and not any(lemma.endswith("ون") for lemma in lemmas)


# the imperfect's person prefixes (يقتل، تقتل، نقتل): a word opening with one may be an imperfect,
# whose final و is no plural suffix
IMPERFECT_PREFIXES = "يتن"
# a word of at most this many letters is left whole when a pronoun suffix is looked for: a
# three-letter root with a one-letter pronoun (قتله) is the shortest verb with an object, and
# shorter words ending in ه/ها are roots or nouns (وجه، نبه)
PRONOUN_MIN_LETTERS = 5


def _without_object_pronoun(c: RoleContext, w: str) -> str:
    """The word without an object pronoun (قتلوه -> قتلو), longest suffix first; a word of under
    PRONOUN_MIN_LETTERS letters is left whole."""
    if len(w) < PRONOUN_MIN_LETTERS:
        return w
    return next((w[:-len(p)] for p in _longest_first(c.words.object_pronoun_suffixes) if w.endswith(p)), w)


@lru_cache(maxsize=4)
def _longest_first(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """The suffixes longest first (sorted once, not per verb)."""
    return tuple(sorted(suffixes, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _row_lemmas(form: str) -> tuple[str, ...]:
    """The lemmas of a trigger's lexicon row (``Trigger.form``, alternatives joined by |), without
    the inflected forms the row lists beside them: «دعوا» and «يدعون» in دعا|دعوا|يدعون are دعا with
    a plural suffix, so they must not make the agreement test read دعا as a lemma ending in وا/ون
    (review of round 19). A form is inflected when, without a suffix of ``row_inflections`` or an
    imperfect prefix (يدعو), it is another alternative, or that alternative without its final alef
    (دعا -> دع). A lemma whose own letters end so (تعاون) has no shorter alternative and stays."""
    alts = [a for a in form.split("|") if a]
    stems = {b for b in alts} | {b[:-1] for b in alts if b.endswith(("ا", "ى"))}

    def inflected(a: str) -> bool:
        if a[:1] in IMPERFECT_PREFIXES and len(a) > 3 and any(
                x in stems for x in (a[1:], a[1:].rstrip("وي"))):
            return True  # يدعو، تدعو beside دعا: the imperfect of the row's past
        for suffix in RoleWords.shared().row_inflections:
            if a.endswith(suffix) and len(a) > len(suffix) + 1:
                stem = a[:-len(suffix)]
                bare = stem[1:] if stem[:1] in IMPERFECT_PREFIXES and len(stem) > 2 else stem
                if any(x != a and x in stems for x in (stem, bare, stem.rstrip("و"), bare.rstrip("و"))):
                    return True
        return False

    return tuple(a for a in alts if not inflected(a)) or tuple(alts)


def feminine_past_before_a_man(c: RoleContext, trig: Trigger, a: Actor) -> bool:
    """Is the verb a feminine singular past (هاجمت، استهدفت، خطفتها) whose would-be subject after
    it, the actor ``a``, is a man or men: it opens with a masculine title (قائد، الرئيس، وزير;
    ``title_words`` not ending in ة, forms of address left out) or follows one, or it is people
    named by a masculine noun (الناشط، المسلحين)?

    Verb agreement (round 19): a verb before its subject agrees with it in gender (قالت الوزارة،
    قال الوزير), so a feminine verb cannot have a man as its subject: «هاجمتها وخطفت قائد الفرقة»
    (the militia abducted the commander) makes the commander the one acted on. A bare personal name
    says nothing of gender here and is left alone; a feminine lemma ending in ت (ثبت، مات) is no
    suffix."""
    if trig.pos != "v":
        return False
    w = strip_conjunction(c.word(trig.first), 2)
    if not w.endswith("ته"):
        # خطفتها -> خطفت; «ته» is left whole: its ت is the feminine past's only when a pronoun
        # follows (خطفته), and the letters alone cannot tell that from a noun's ta marbuta (حملته)
        w = _without_object_pronoun(c, w)
    # «تت»: a verb ending in a doubled ت (ثبتت) is read off the lemma below; its last ت alone
    # would also match a form V/VI imperfect (تتابع) cut short, so such a word is left alone
    if not w.endswith("ت") or w.endswith("تت") or any(lemma.endswith("ت") for lemma in _row_lemmas(trig.form)):
        return False
    if a.label not in ("PER", "GROUP", "NP"):
        return False
    first = _after_time_words(c, trig.last + 1)
    head = strip_article(c.word(first)) if first <= a.first else ""
    if head not in c.words.title_words:
        head = strip_article(c.word(a.first))
    if head in c.words.title_words:
        return not head.endswith("ه") and head not in RoleWords.shared().address_titles
    if not a.nominal or a.label == "NP":
        return False  # a personal name or a group's name says nothing of gender here
    # people named by a noun: the masculine sound plural (المسلحين، المتظاهرون) or the singular of
    # an unnamed actor's plural (الناشط: ناشطون); a broken plural (عناصر، الجنود) may take a
    # feminine verb and is left alone
    return head.endswith(("ون", "ين")) or head + "ون" in c.s.lex.unnamed_actors


def subject_after_verb(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Verb-subject-object, the order of Arabic news: the first actor after the verb not governed
    by a preposition is its subject (اتهمت روسيا أوكرانيا); time words and counts may come between
    (أعلن أمس الجيش، تجمع نحو 700 متظاهر). A verb that carries a plural subject
    (``carries_a_plural_subject``: ويختطفون الناشطين) has none after it."""
    if trig.pos != "v" or roles.sources or c.relative or carries_a_plural_subject(c, trig):
        return roles
    k = subject_after(c.s, c.actors, c.after, trig.last)
    if k is not None and feminine_past_before_a_man(c, trig, c.actors[k]):
        return roles  # خطفت قائد الفرقة: the man after a feminine verb is its object
    if k is not None and (c.actors[k].label == "VICTIM" or (
            starts_count(c.s, c.actors[k].first) and c.s.keys.verb[c.tokens[trig.first].text] & c.words.passive_prone_verbs)):
        # قتلوا أربعة أشخاص، جرح ثلاثة مسلحين: counted victims are the object or a passive's subject
        return roles
    return roles if k is None else roles.but(sources=c.conjuncts(k), how="vso")


def subject_before_verb(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An actor shortly before a verb, with only time words or particles between, is its subject
    (روسيا قد اقترحت، والولايات المتحدة ستقدم)."""
    if trig.pos != "v" or roles.sources or c.joined or c.relative:
        return roles
    k = subject_before(c.s, c.actors, c.before, trig.first)
    return roles if k is None else roles.but(sources=c.conjuncts(k), how="subject")


def passive_subject_is_target(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The subject of a passive verb with an agent is the one acted upon (5800 شخص خطفوا من قبل
    التنظيم: the people were abducted)."""
    if trig.pos != "v" or roles.how != "passive" or not c.before:
        return roles
    a = c.actors[c.before[-1]]
    if c.s.governor(a.first) is None and trig.first - a.last <= SUBJECT_GAP + 1:
        return roles.but(targets=[a])
    return roles


def verb_object(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The next actor after a verb's subject is its target: the direct object, or an actor after
    a target preposition (على، ضد، بحق، مع، إلى، ل، ب، من: اتهمت روسيا أوكرانيا، فرض عقوبات على)."""
    if trig.pos != "v" or roles.targets:
        return roles
    src = roles.sources
    end = max([a.last for a in src if a.first > trig.last], default=trig.last)
    if src and end > trig.last and src[-1].label == "PER":
        end = _apposed_name_end(c, end, src[-1])
    after = [k for k in c.after if c.actors[k].first > end and not any(c.actors[k] is x for x in src)]
    named = _name_after_titles(c, end, after)
    if named is not None:
        return roles.but(targets=c.conjuncts(named))
    nouns = {t.last for t in c.sentence.kept if t.pos == "n" and t.first > trig.last}
    for k in after:
        a = c.actors[k]
        if a.first - end > ARG_WINDOW:
            break
        if a.first - 1 in nouns:
            continue  # قتل … خلال هجوم المتطرفين: the genitive of another act, not this verb's object
        g = c.s.governor(a.first)
        if g is None or g in c.words.target_preps:
            return roles.but(targets=c.conjuncts(k))
    return roles


def _apposed_name_end(c: RoleContext, end: int, subject: Actor) -> int:
    """The last token of a person subject's own name when a description of him is followed right
    away by a one-word title and a name (خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز: one man,
    apposed; not التقى الملك سلمان الرئيس أوباما), or of his offices when they close with no name,
    else ``end``."""
    k = end + 1
    if k > c.hi or strip_article(c.word(k)) not in c.words.title_words:
        return end
    name = actor_at(c.actors, first=k + 1)
    if name is not None and name.label == "PER" and not name.nominal:
        return name.last if subject.nominal else end
    # a chain of the subject's offices that closes with no name of its own (الأمير محمد بن نايف
    # ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية - حفظه الله - في قصره …): his, not an object
    j = k
    while j <= min(c.hi, end + TITLE_CHAIN) and c.tokens[j].get("kind") == "ar" \
            and c.word(j) not in c.words.place_preps and c.word(j) not in c.words.prepositions \
            and c.word(j) not in c.words.time_words:
        a = actor_at(c.actors, first=j)
        if a is not None and a.label == "PER" and not a.nominal and j > k:
            return end  # the chain closes with a name: the object (سفير دولة الإمارات … سالم الغفلي)
        j += 1
    if j > c.hi or j > end + TITLE_CHAIN:
        return end
    return j - 1


def _name_after_titles(c: RoleContext, end: int, after: list[int]) -> int | None:
    """The person's name that closes a chain of titles right after token ``end`` (استقبل الرئيس
    هادي أمس سفير دولة الإمارات لدى اليمن سالم الغفلي: the ambassador, not the UAE), or None."""
    k = end + 1
    while k <= c.hi and k - end <= 3 and (c.word(k) in c.words.time_words or c.word(k) in c.words.prepositions
                                          or c.tokens[k].text in COMMAS
                                          or (c.word(k)[:1] == "ب" and not c.s.keys.noun[c.tokens[k].text]
                                              & c.words.title_words)):
        k += 1  # time words, a preposition, an adverb, a comma (طلبنا بحزم من مدير الاستخبارات …
        # كلابر؛ اجتمع الأمير محمد بن سلمان، مع رئيس حزب القوات اللبنانية سمير جعجع)
    # protocol news (receptions, visits: CONSULT) sets the place and the day between host and guest
    lead = None if c.type != "CONSULT" else next(
        (j for j in range(end + 1, min(c.hi, end + PLACE_LEAD) + 1) if c.word(j) in c.words.place_preps), None)
    if lead is not None and (k > c.hi or strip_article(c.word(k)) not in c.words.title_words):
        k = lead
        # استقبل الملك سلمان في قصر العوجا بالدرعية، اليوم السبت، فخامة الرئيس …: a place and a
        # time before the object's titles
        j = k
        while j <= min(c.hi, k + PLACE_PHRASE) and strip_article(c.word(j)) not in c.words.title_words \
                and c.tokens[j].text not in CLAUSE_PUNCT:
            j += 1
        k = j
    if k > c.hi or strip_article(c.word(k)) not in c.words.title_words:
        return None
    for n in after:
        a = c.actors[n]
        if a.first < k:
            continue
        if a.first - k > TITLE_CHAIN or any(c.tokens[j].text in CLAUSE_PUNCT for j in range(k, a.first)):
            return None
        if a.label == "PER" and not a.nominal:
            return n
    return None


def genitive_right_after_noun(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An actor right after a nominal act, in the genitive, is its doer (انسحاب قوات البشمركة),
    unless a place noun announces a place."""
    if trig.pos != "n" or roles.sources or not c.after or c.possessed:
        return roles
    a = c.actors[c.after[0]]
    prev = c.word(a.first - 1) if a.first > 0 else ""
    if a.first == trig.last + 1 and c.s.governor(a.first) is None and prev not in c.words.place_nouns:
        return roles.but(sources=c.conjuncts(c.after[0]), how="genitive")
    return roles


def titled_name_after_noun(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A nominal act followed by a title whose chain names a body before the person's name
    (زيارة رئيس مجلس الاتحاد الأوروبي دونالد تاسك إلى تونس، زيارة وزير خارجية مملكة البحرين الشيخ
    خالد بن أحمد): the title's genitive is the body he heads, and the name that closes the chain
    is the one the act belongs to (the entity stage keeps a title and a name one mention only when
    no body stands between them). The body alone never takes the act: with no name closing the
    chain nothing changes. Not after a definite word (الداعية الدكتور محمد العريفي: a head of a
    genitive has no article, so the title is in apposition), nor for material acts (ASSAULT,
    PROTEST, COERCE, SANCTION), whose titled genitive is mostly the one acted on (حصار الرئيس عبد
    ربه منصور هادي، اختطاف وزير الدفاع), nor for nouns of backing (``backed_genitive``: تأييد الرئيس
    الأسد, the one backed)."""
    if trig.pos != "n" or roles.sources or not c.after or c.possessed or c.type in TITLED_GENITIVE_OBJECTS \
            or c.trigger_keys & c.words.backed_genitive:
        return roles
    w = strip_conjunction(c.word(trig.last), 2)
    if w.startswith(c.words.definite_prefixes) and len(w) > 4:
        return roles
    k = trig.last + 1
    if k > c.hi or strip_article(c.word(k)) not in c.words.title_words:
        return roles
    named = _name_after_titles(c, trig.last, c.after)
    if named is None:
        return roles
    return roles.but(sources=c.conjuncts(named), how="genitive")


def light_verb_subject_is_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The subject of a light verb before a nominal act did the act (شنت روسيا هجوما، قام
    المتطرفون باجتياح، تمكنت قوات البشمركة من استعادة)."""
    if trig.pos != "n" or roles.sources:
        return roles
    lv = light_verb_before(c.s, trig.first, c.lo)
    if lv is None:
        return roles
    lv_after = [k for k in range(len(c.actors)) if lv < c.actors[k].first < trig.first]
    k = subject_after(c.s, c.actors, lv_after, lv)
    if k is None:
        k = subject_before(c.s, c.actors, [k for k in c.before if c.actors[k].last < lv], lv)
    if k is None:
        k = _subject_before_an_apposition(c, lv)
    if k is None:
        k = _subject_of_the_clause_before(c, lv)
    return roles if k is None else roles.but(sources=c.conjuncts(k), how="light-verb")


def _subject_of_the_clause_before(c: RoleContext, verb: int) -> int | None:
    """A light verb joined by و after a comma with no subject of its own shares the subject of the
    clause before (هنأ الملك سلمان رئيسة ليتوانيا بذكرى استقلال بلادها، وعقد جلسة مباحثات): the
    first named person or body of that clause that no preposition governs, when it stands right
    after a verb (titles and forms of address may come between: ``subject_after``)."""
    if verb < 2 or not carries_and(c.tokens[verb]) or c.tokens[verb - 1].text not in COMMAS:
        return None
    first = next((n for n in c.before if c.actors[n].last < verb - 1 and c.s.governor(c.actors[n].first) is None),
                 None)
    if first is None or c.actors[first].label not in ("PER", "ORG"):
        return None
    p = c.actors[first].first - 1
    while p > c.lo and (strip_article(c.word(p)) in c.words.title_words or c.word(p) in c.words.honorifics):
        p -= 1  # هنأ خادم الحرمين الشريفين، استقبل سمو الأمير: the verb stands before the title
    w = c.word(p)
    if p < c.lo or c.tokens[p].get("kind") != "ar" or w.startswith("ال"):
        return None
    if strip_conjunction(w, 2) in c.words.complementizers:
        return first  # أن بوكو حرام أغارت على القرية، وبدأت في إحراق المنازل: the subject before its verb
    if not c.s.keys.verb[c.tokens[p].text] or subject_after(c.s, c.actors, [first], p) != first:
        return None
    # after a verb the one actor may be its object, the subject being dropped (a chronology of the
    # king's days: هنأ رئيس كازاخستان بمناسبة …، وعقد; استقبل رئيس وزراء لبنان الأسبق، وأجرى): the
    # actor is the subject only with an object after it (هنأ الملك سلمان رئيسة ليتوانيا)
    if not any(c.actors[first].last < c.actors[n].first < verb - 1 and c.s.governor(c.actors[n].first) is None
               for n in c.before):
        return None
    return first


def _subject_before_an_apposition(c: RoleContext, verb: int) -> int | None:
    """The person before a description set off by commas right before a verb (فيديريكا موغيريني،
    منسقة السياسة الخارجية في الاتحاد الأوروبي، ستجري محادثات): an actor inside the description (the
    body of the person's office) is no subject, so the subject is looked for before its opening
    comma (``subject_before`` then reads the description as an apposition)."""
    close = verb - 1
    if close < 0 or c.tokens[close].text not in COMMAS:
        return None
    opening = next((k for k in range(close - 1, max(c.lo, close - APPOSITION_GAP) - 1, -1)
                    if c.tokens[k].text in COMMAS), None)
    if opening is None or not any(opening < c.actors[k].first < close for k in c.before):
        return None  # nothing inside the commas that subject_before did not already see past
    return subject_before(c.s, c.actors, [k for k in c.before if c.actors[k].last < opening], verb)


def the_one_asked_follows_a_demand(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The genitive of a demand or a call (مطالبة، مناشدة، دعوة) is the one asked, not the one who
    asks (بمطالبة حزب العمال الكردستاني سحب مقاتليه): the doer is the subject of the verb that
    governs the noun, where there is one (حمل بارزاني الأمر على الرد بمطالبة …)."""
    if trig.type != "REQUEST" or trig.pos != "n" or roles.how != "genitive" \
            or not c.trigger_keys & c.words.asked_genitive:
        return roles
    doer = light_verb_subject(c.s, trig, c.everyone)
    return Roles([doer] if doer is not None else [], roles.sources + [a for a in roles.targets if a not in roles.sources],
                 "light-verb" if doer is not None else "")


# How many tokens may stand between the one prevented and the من of the act it is kept from: a name in
# quotation marks, its genitive (منع مقاتلي «داعش» من دخول: three).
PREVENTED_GAP = 3
# Marks that may stand between the word of preventing and the one prevented (منع «الحوثيين»).
PREVENTED_MARKS = frozenset("«»\"“”")


def the_one_prevented_stands_before_min(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A verb or verbal noun of preventing (``prevention_words``: منع) takes the one prevented as its
    object and the act it is kept from after من: «منع العزاب السعوديين من دخول الكويت» (3alyoum
    2015-07-25), «ومنع 1800 إرهابي من دخول البلاد» (2015-07-26). With a single actor between the word
    and من, that actor is the one prevented: the target, not the doer (read as a verb's subject or a
    noun's genitive); the doer is the subject of a light verb before the noun, else none. Two
    phrases before من are subject and object (منع الحوثيون رئيس مجلس إدارة الميناء من دخول الميناء)
    and keep their roles."""
    if len(roles.sources) != 1 or not (c.trigger_keys | c.s.keys.verb[c.tokens[trig.first].text]) & c.words.prevention_words:
        return roles
    a = roles.sources[0]
    if a.first <= trig.last or any(trig.last < b.first < a.first for b in c.actors):
        return roles  # the doer stands before it, or another phrase stands between
    if any(c.tokens[k].text not in PREVENTED_MARKS for k in range(trig.last + 1, a.first)):
        return roles  # right after the word (quotation marks apart): its object or its genitive
    k, quoted = a.last + 1, False
    while k <= min(c.hi, a.last + PREVENTED_GAP) and c.word(k) != "من":
        text = c.tokens[k].text
        if text in PREVENTED_MARKS:
            quoted = text in "«“" or (text == '"' and not quoted)
        elif not quoted:
            return roles  # a second phrase: منع التنظيم المواطنين من زيارة, the doer then the one prevented
        k += 1
    if k > c.hi or k >= len(c.tokens) or c.word(k) != "من":
        return roles
    doer = light_verb_subject(c.s, trig, c.everyone) if trig.pos == "n" else None
    # the target is the one prevented alone: a phrase after من belongs to the act kept from (من
    # دخول الكويت: the place entered)
    return Roles([doer] if doer is not None and doer.key != a.key else [], [a], "prevented")


def doer_of_the_relative_clause_after_the_act(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A nominal act followed by a relative clause whose light verb points back to it names its doer
    there (المباحثات التي أجراها رئيس الوزراء، زيارات قامت بها موغيريني، الهجوم الذي شنه التنظيم):
    the subject after that verb."""
    if trig.pos != "n" or roles.sources:
        return roles
    words, keys, tokens = c.words, c.s.keys, c.tokens
    k = trig.last + 1
    while k <= min(c.hi, trig.last + 3) and (c.word(k) in words.relatives or is_adjective(tokens[k].text, words)):
        k += 1
    if k < c.hi and tokens[k].get("kind") == "ar" and not keys.verb[tokens[k].text] & words.light_verbs \
            and not any(p.label == "prep" for p in tokens[k].attrs.get("parts", ())) \
            and keys.verb[tokens[k + 1].text] & words.light_verbs:
        k += 1  # غارات مكثفة يشنها الطيران التركي، هجوما عنيفا شنه: one adjective of the indefinite act
    if k > c.hi or not (keys.verb[tokens[k].text] & words.light_verbs):
        return roles
    w = c.word(k)
    points_back = len(w) >= 3 and w.endswith(words.pronoun_object_suffixes)
    j = k
    if not points_back and k + 1 <= c.hi and c.word(k + 1) in words.bound_pronoun_preps:
        points_back, j = True, k + 1  # قامت بها
    if not points_back:
        return roles
    while j + 1 <= c.hi and c.word(j + 1) in words.each_of:
        j += 1  # أجراها كل من X و Y
    after = [n for n, a in enumerate(c.actors) if j < a.first <= c.hi]
    n = subject_after(c.s, c.actors, after, j)
    return roles if n is None else roles.but(sources=c.conjuncts(n), how="relative-light-verb")


def _side_after_mark(c: RoleContext, first: Actor) -> Actor | None:
    """The other side of «بين X وX' من جهة، وY من جهة أخرى» (round 12; ``side_marks``): the first
    party after the mark that opens with و (وY، وبين Y). X' joined to X before the mark is X's ally,
    never the side X fights (بين الحوثيين وقوات صالح من جهة، والمقاومة الشعبية من جهة أخرى, alyaum
    and aljazirah 2015-07-26). None where no mark follows the first side in its clause."""
    marks = c.words.side_marks
    hi = min(c.hi, first.last + SIDE_MARK_REACH)
    m = next((k for k in range(first.last + 1, hi) if c.word(k) == "من" and c.word(k + 1) in marks
              and not (k + 2 <= c.hi and c.word(k + 2) in c.words.side_mark_others)), None)
    if m is None:
        return None
    if any(c.word(j) in c.words.complementizers for j in range(first.last + 1, m)):
        return None  # a new reported clause between: the mark is not this clash's
    lo = m + 2
    opener = next((j for j in range(lo, min(c.hi, lo + SIDE_AFTER_MARK) + 1)
                   if normalize(c.tokens[j].text).startswith("و")), None)
    if opener is None:
        return None
    if c.word(opener) == "وبين":
        opener += 1
    return next((a for a in c.everyone if a.first == opener and a.label not in ("PLACE", "NP")), None)


def sides_of_a_clash(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """بين X و Y right after a nominal act: the first side is the source, the other the target
    (مواجهات بين المتمردين وقوات الأمن); with «من جهة، وY من جهة أخرى» the other side is Y."""
    if trig.pos != "n" or roles.sources or not c.after:
        return roles
    k = c.after[0]
    if c.actors[k].first - trig.last <= 3 and c.s.governor(c.actors[k].first) == "بين":
        other = _side_after_mark(c, c.actors[k]) if _is_clash(c, trig) else None
        if other is not None:
            return roles.but(sources=[_with_its_origin(c, _side_at(c, c.actors[k]))],
                             targets=[_with_its_origin(c, _side_at(c, other))], how="between")
        sides = c.conjuncts(k)
        if len(sides) > 1:
            return roles.but(sources=sides[:1], targets=sides[1:2], how="between",
                             parties=tuple(sides) if len(sides) > 2 else ())
    return roles


def _is_clash(c: RoleContext, trig: Trigger) -> bool:
    """Is the trigger a clash noun (``clash_nouns``: اشتباكات، معارك، اقتتال، مواجهات)?"""
    return trig.pos == "n" and _head_noun(c.words, c.tokens[trig.first].text) in c.words.clash_nouns


def _side_at(c: RoleContext, a: Actor) -> Actor:
    """A side told as the fighters of a named party (مسلحي (داعش)، مقاتلي المقاومة) is that party:
    the named actor right after a described one (one token, a bracket, between them)."""
    if a.entity is not None and not a.nominal:
        return a
    owner = next((x for x in c.everyone if (x.first == a.last + 1 or (x.first == a.last + 2 and not _is_word(c.tokens[a.last + 1])))
                  and x.label not in ("PLACE", "NP", "VICTIM") and x.entity is not None and not x.nominal
                  and c.s.governor(x.first) is None and not carries_and(c.tokens[x.first])), None)
    return owner or a


def _with_its_origin(c: RoleContext, a: Actor) -> Actor:
    """A described side (no named entity) with the words that tell which party it is: its place
    of origin (مواطنين من الموصل) or its loyalty (ضباط وأفراد موالين لصالح, ``loyalty_words``
    before لـ). Without them the side is any citizens or any officers."""
    if (a.entity is not None and not a.nominal) or a.last + 1 >= len(c.tokens):
        return a
    nxt = c.word(a.last + 1)
    last = None
    if nxt == "من":
        place = next((x for x in c.everyone if x.first == a.last + 2 and x.label == "PLACE"), None)
        last = place.last if place is not None else None
    elif _head_noun(c.words, c.tokens[a.last].text) in c.words.loyalty_words and nxt.startswith("ل") and len(nxt) > 3:
        owner = next((x for x in c.everyone if x.first == a.last + 1), None)
        last = owner.last if owner is not None else a.last + 1
    if last is None:
        return a
    end = c.tokens[last].end
    return Actor(a.first, last, a.start, end, a.entity, c.sentence.doc.text[a.start:end], a.code, a.label, a.nominal)


def _joined_sides(c: RoleContext, a: Actor) -> "tuple[Actor, Actor] | None":
    """The two sides of «بين X وY» where the entities read «X وY» as one described party (round 15
    of roles): «اشتباكات بين مقاتلينا والجيش الإيراني» (aawsat 2015-08-03), «اشتباكات بين التنظيم
    وقوات النظام السوري» (3alyoum 2015-08-07), «مواجهات عنيفة بين السكان وقوات الاحتلال» (aljazirah
    2015-07-31). After بين the first و joins the two sides (بين needs two), so the described party is
    cut there: X the source, Y the target, each its own words with no entity (the one the
    entities gave names both). Only a described party (``nominal``): a proper name may hold و
    (وزارة الشؤون الإسلامية والأوقاف). None where the party holds no joining و."""
    if not a.nominal:
        return None
    cut = next((j for j in range(a.first + 1, a.last + 1) if carries_and(c.tokens[j])), None)
    if cut is None:
        return None
    text, toks = c.sentence.doc.text, c.tokens
    # Y opens after its و clitic, as an entity mention does (قوات المقاومة of «وقوات المقاومة»)
    x_end, y_start = toks[cut - 1].end, next(p.end for p in toks[cut].attrs["parts"] if p.label == "conj")
    return (Actor(a.first, cut - 1, a.start, x_end, None, text[a.start:x_end], None, a.label, True),
            Actor(cut, a.last, y_start, a.end, None, text[y_start:a.end], None, a.label, True))


def sides_named_after_a_clash(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The two sides of a clash told after بين further on in its clause (round 10): an adjective,
    a verb or a place may stand between the clash and بين (اقتتال داخلي نشب داخل معسكرين … بين ضباط
    وأفراد موالين لصالح وجماعة الحوثي), and a side may be any described party, the dead counted
    included (اشتباكات بين مواطنين من الموصل ومسلحي (داعش): citizens fought ISIS), its place
    (من الموصل) skipped. The first side is the source, the side after و the target; a side alone
    (معارك بين الجيش البوروندي والجماعات المسلحة, the other no actor) is the source."""
    if roles.sources or not _is_clash(c, trig):
        return roles
    b = next((k for k in range(trig.last + 1, c.hi + 1) if c.word(k) == "بين"), None)
    if b is None or any(c.word(j) in c.words.new_clause or bare_word(c.tokens[j].text) in c.words.new_clause
                        or c.word(j) in c.words.complementizers for j in range(trig.last + 1, b)):
        return roles
    if any(trig.last < t.first < b for t in c.sentence.kept if t is not trig):
        return roles  # another act between them: بين is that act's (انسحب … من أجل التمركز بين السكان)
    first = next((a for a in c.everyone if a.first == b + 1 and a.label not in ("PLACE", "NP")), None)
    if first is None:
        return roles
    # the other side: the next party joined by و within SIDE_GAP tokens (a place of the first
    # side, من الموصل, may stand between)
    marked = _side_after_mark(c, first)
    if marked is not None:
        # «من جهة، وY من جهة أخرى» names both sides for sure: kept as the adjacent form is
        # (how "between": the ranker replaces neither)
        return roles.but(sources=[_with_its_origin(c, _side_at(c, first))],
                         targets=[_with_its_origin(c, _side_at(c, marked))], how="between")
    joined = _joined_sides(c, first)
    if joined is not None:
        first, second = joined
        return roles.but(sources=[first], targets=[second], how="between-far")
    second = next((a for a in c.everyone if first.last < a.first <= first.last + SIDE_GAP and a.first <= c.hi
                   and a.label not in ("PLACE", "NP") and normalize(c.tokens[a.first].text).startswith("و")), None)
    if second is None and b - trig.last > NEAR_BETWEEN:
        return roles  # a lone party far after the clash is no sure side of it
    src = _with_its_origin(c, _side_at(c, first))
    tgt = _with_its_origin(c, _side_at(c, second)) if second is not None else None
    return roles.but(sources=[src], targets=[tgt] if tgt is not None else [], how="between-far")


def a_clash_has_only_its_sides(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A clash's target is a side the sentence names (بين X وY، مع X، ضد X), never the dead it
    counts (سقوط قتلى وجرحى في اقتتال) nor a party near it that the ranker guessed (توقف معارك
    الأنبار بعد التقدم الذي حققته القوات العراقية): where no side is named, none is invented
    (round 10); the dead are no source either."""
    if not _is_clash(c, trig) or roles.how == "between":
        return roles
    if roles.how == "between-far":
        # the sides named after بين stand: the rules after them (the dead as victims, the
        # ranker) do not replace them
        return sides_named_after_a_clash(c, trig, Roles())
    tgt = [t for t in roles.targets if isinstance(t, Actor) and t.label != "VICTIM"
           and c.s.governor(t.first) in ("مع", "ضد")]
    src = [a for a in roles.sources if not (isinstance(a, Actor) and a.label == "VICTIM")]
    if len(tgt) == len(roles.targets) and len(src) == len(roles.sources):
        return roles
    return roles.but(sources=src, targets=tgt)


def the_subject_fights_the_side_after_with(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A clash with X (اشتباكات مع X، معارك عنيفة مع X) whose clause names no side before it: the
    other side is the clause's subject (حققت المقاومة أمس تقدما … بعد اشتباكات مع المسلحين الحوثيين,
    aawsat 2015-07-22): the first actor of the clause, with no preposition of its own, that is no
    victim, place or bare phrase (round 10)."""
    if roles.sources or not roles.targets or not _is_clash(c, trig):
        return roles
    if not all(isinstance(t, Actor) and c.s.governor(t.first) == "مع" for t in roles.targets):
        return roles
    if not c.before:
        return roles
    # the clause's first actor only: a later one may be part of a description (المقاومة الشعبية
    # الموالية لحكومة الرئيس … هادي) or of the dead counted (قتل ١٠ من الحوثيين وقوات صالح)
    subject = c.actors[c.before[0]]
    if subject.label in ("VICTIM", "NP") or c.s.governor(subject.first) is not None \
            or subject.key in {t.key for t in roles.targets}:
        return roles
    if subject.text[:1].isdigit() or any(_head_noun(c.words, c.tokens[j].text) in c.words.fallen_heads
                                         for j in range(max(0, subject.first - 2), subject.first)):
        # مقتل 3 متمردين أكراد في اشتباكات مع قوات الأمن التركية (aawsat 2015-08-07), مصرع السعودي
        # الخثعمي في اشتباكات مع قوات الأسد (3alyoum 08-07; a nationality may stand between): the
        # dead are counted, no side named
        return roles
    if any(c.word(j) in c.words.complementizers or c.word(j) in c.words.relatives
           for j in range(subject.last + 1, trig.first)):
        # قال المقدم القحطاني، إن … الحد الجنوبي الذي يشهد مواجهات مع الميليشيات (events-snn build):
        # a speaker or an antecedent before إن or الذي is no side
        return roles
    return roles.but(sources=[subject], how="clash-with")


def genitive_doer_of_noun(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An actor right after a nominal act (or after one adjective, or with لـ right after it) is
    its doer (غارات المقاتلات التركية، غارات للمقاتلات التركية), unless a place noun announces a
    place (اجتياح قضاء سنجار)."""
    if trig.pos != "n" or roles.sources or not c.after or c.possessed:
        return roles
    k = c.after[0]
    a = c.actors[k]
    prev = c.word(a.first - 1) if a.first > 0 else ""
    g = c.s.governor(a.first)
    between = c.tokens[trig.last + 1] if a.first - trig.last == 2 else None
    if between is not None and not is_adjective(between.text, c.words) \
            and not is_indefinite_adjective(between.text, c.words):
        return roles  # دعمه لجهود السلطات: a noun of its own between them, not an adjective
    if prev not in c.words.place_nouns and (
            (a.first - trig.last <= 2 and g is None) or (a.first - trig.last == 1 and g == "ل")):
        return roles.but(sources=c.conjuncts(k), how="genitive")
    return roles


class RoleWords:
    """What ``nationality_adjective_names_the_doer`` and ``stance_verb_subject_does_the_act`` read,
    from the shipped data (as ``counts.find_quantities`` does: the lexicon, another branch's file,
    holds the stage's other classes): the country of each nationality adjective of
    ``gazetteers/demonyms.tsv`` (key: ``lemma_word``, so أميركية، الأمريكي and امريكي meet), the
    word classes ``manner_adjectives`` and ``place_bound_acts``, ``stance_verbs`` as (verb key,
    preposition) pairs ("" for a verb whose complement is its direct object), ``light_verb_nouns``,
    ``reached_place_preps`` and round 19's ``address_titles``, ``counterpart_stops``, ``meeting_joiners``."""

    _shared: "RoleWords | None" = None

    def __init__(self, res: Resources):
        self.country: dict[str, str] = {}
        for row in res.table("gazetteers", "demonyms.tsv", 2):
            for adj in row[1].split("|"):
                if adj:
                    self.country.setdefault(lemma_word(adj), row[0])
        self.countries = frozenset(self.country.values())  # the country codes (DZA), no sector
        self.manner = res.word_class("events", "manner_adjectives")
        self.place_bound = res.word_class("events", "place_bound_acts")
        self.stance: dict[str, frozenset[str]] = {}
        for entry in res.word_class("events", "stance_verbs"):
            verb, _, prep = entry.partition(" ")
            self.stance[verb] = self.stance.get(verb, frozenset()) | {prep}
        self.light_nouns = res.word_class("events", "light_verb_nouns")
        self.reached = res.word_class("events", "reached_place_preps")
        self.counterparts = res.word_class("events", "counterpart_heads")
        self.address_titles = res.word_class("events", "address_titles")
        self.counterpart_stops = res.word_class("events", "counterpart_stops")
        self.meeting_joiners = res.word_class("events", "meeting_joiners")
        self.row_inflections = tuple(sorted(res.word_class("events", "row_inflections"), key=len, reverse=True))

    @classmethod
    def shared(cls) -> "RoleWords":
        if cls._shared is None:
            cls._shared = cls(Resources.default())
        return cls._shared


def _definite(w: str, prefixes: tuple[str, ...]) -> bool:
    """Does a normalised word carry the article (الغارات، بالغارات، للهجمات)?"""
    w = strip_conjunction(w, 2)
    return any(w.startswith(p) and len(w) - len(p) >= 3 for p in prefixes)


def nationality_adjective_names_the_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A nationality adjective right after a nominal act, or after one adjective of manner
    (``manner_adjectives``), names the state that did it (نصيحة أميركية، غارات روسية، التطمينات
    الأمريكية، ضربات جوية سعودية): the country of ``gazetteers/demonyms.tsv``, coded as its armed
    forces for the acts armies do (``NATIONAL_MILITARY_TYPES``: ASSAULT …) and as its government
    otherwise. The actor is the adjective's words (no entity: the article names no country there).

    An adjective agrees with its noun in definiteness; a definite word after an indefinite act is
    its genitive (مقتل الأمريكي: the American killed), and an indefinite masculine nisba after an
    indefinite act is as often a person (اعتقال سعودي: a Saudi arrested), so both are left alone.
    Not for a possessed act (its owner did it), nor for acts told among one people (PROTEST,
    reciprocal acts: المصالحة الفلسطينية، الحوار اليمني), nor for conflicts and conditions whose
    adjective names the place (``place_bound_acts``: الحرب السورية، الأزمة اليمنية). A victim's or a
    place's adjective (قتلى سوريون، الأراضي السورية) follows no act noun and is not read here."""
    if trig.pos != "n" or roles.sources or c.possessed or c.type in NATIONAL_EXCLUDED_TYPES:
        return roles
    nat = RoleWords.shared()
    if any(strip_article(k) in nat.place_bound for k in c.trigger_keys):
        return roles
    k = trig.last + 1
    if k > c.hi or k >= len(c.tokens):
        return roles
    definite = _definite(c.word(trig.last), c.words.definite_prefixes)
    if c.tokens[k].get("kind") == "ar" and lemma_word(c.tokens[k].text) in nat.manner:
        k += 1  # ضربات جوية سعودية
    if k > c.hi or c.tokens[k].get("kind") != "ar" or any(a.first <= k <= a.last for a in c.everyone):
        return roles  # an actor there is read by the genitive rules
    w = c.word(k)
    country = nat.country.get(lemma_word(w))
    if country is None or w.startswith("ال") != definite or (not definite and not w.endswith("ه")):
        return roles
    # gender agreement: a feminine adjective follows a feminine or a sound feminine plural noun
    # (نصيحة أميركية، الغارات الروسية), a masculine one a masculine noun (القصف التركي); one that does
    # not agree qualifies another noun (مراكز الاعتقال الليبية: the centres; مكتب التحقيقات
    # البريطاني: the office). Broken plurals (القروض الصينية) are lost with it.
    act = strip_conjunction(c.word(trig.last), 2)
    if w.endswith("ه") != act.endswith(("ه", "ات")):
        return roles
    tok = c.tokens[k]
    sector = "MIL" if c.type in NATIONAL_MILITARY_TYPES else "GOV"
    # labelled as an organisation: a state named by its adjective vouches for the act as its name
    # does (as GROUP, a described party, the sentence detector vetoed every ASSAULT it made on
    # 1,050 articles, the right ones with them: القصف الجوي التركي لمواقع … حزب العمال)
    return roles.but(sources=[Actor(k, k, tok.start, tok.end, None, tok.text, country + sector, "ORG", True)],
                     how="nationality")


def is_nationality_adjective(actor) -> bool:
    """Is the actor a nationality adjective standing for its country's state (as
    ``nationality_adjective_names_the_doer`` makes it): one word, no entity?"""
    text = getattr(actor, "text", None) or ""
    return actor.entity is None and " " not in text.strip() and lemma_word(text) in RoleWords.shared().country


def stance_verb_subject_does_the_act(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A verb of stance or resolve whose prepositional complement is a verbal noun of the
    subject's own act (``stance_verbs``: شدد على، أكد على، شرع في، عزم على، حرص على، تعهد ب، اعتزم):
    its subject did the act (شدد الوزير على رفض …، شرعت الخرطوم في إجراء اتصالات). The complement
    is the trigger or the light verb's noun right before it (إجراء اتصالات); between the verb and
    its preposition stand only the subject, time words and commas. Verbs whose complement is
    someone else's act (ندد ب، رحب ب، اتهم X ب، تحدث عن) are not in the class; a genitive doer
    after the act (أكد على دعم المملكة) was taken by the earlier rules."""
    if trig.pos != "n" or roles.sources:
        return roles
    rw = RoleWords.shared()
    stance = rw.stance
    tokens = c.tokens
    comp = trig.first
    if comp - 1 > c.lo and c.s.keys.noun[tokens[comp - 1].text] & rw.light_nouns:
        comp -= 1  # في إجراء اتصالات: the light verb's noun is the complement
    g = c.s.governor(comp) or ""
    clitic = any(p.label == "prep" for p in tokens[comp].attrs.get("parts", ()))
    k = comp if (clitic or not g) else comp - 1  # the preposition's token (or the complement's)
    subject_span = False
    for v in range(k - 1, max(c.lo, k - 1 - STANCE_REACH) - 1, -1):
        tok = tokens[v]
        if tok.text in CLAUSE_PUNCT:
            return roles
        if any(g in stance.get(key, ()) for key in c.s.keys.verb[tok.text]):
            break
        inside = any(a.first <= v <= a.last for a in c.everyone)
        if not (inside or tok.text in COMMAS or c.word(v) in c.words.time_words):
            return roles  # another word between the verb and its complement: not this construction
        subject_span = subject_span or inside
    else:
        return roles
    after = [n for n in c.before if v < c.actors[n].first and c.actors[n].last < k]
    n = subject_after(c.s, c.actors, after, v) if after else None
    if n is None and not subject_span:
        n = subject_before(c.s, c.actors, [n for n in c.before if c.actors[n].last < v], v)
        if n is None:
            n = _subject_before_an_apposition(c, v)
    return roles if n is None else roles.but(sources=c.conjuncts(n), how="stance")


def noun_target_after_preposition(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An actor after على، ضد، بحق، مع، ل، إلى، تجاه، ب following a nominal act is its target (هجوم
    … على كييف، عقوبات ضد روسيا)."""
    if trig.pos != "n" or roles.targets:
        return roles
    used = {id(a) for a in roles.sources}
    # the doer's own title chain after the act is no target (زيارة المبعوث الأممي إلى اليمن، إسماعيل
    # ولد الشيخ أحمد إلى العاصمة السعودية: Yemen is in his office)
    doer_end = max((a.last for a in roles.sources if getattr(a, "first", -1) > trig.last), default=-1)
    for k in c.after:
        a = c.actors[k]
        if id(a) in used or a.first < doer_end:
            continue
        if a.first - trig.last > ARG_WINDOW:
            break
        if c.s.governor(a.first) in c.words.noun_target_preps:
            title = a.first - 1
            if title > trig.last + 1 and c.word(title) in c.words.state_nouns:
                title -= 1  # مع أمير دولة قطر الشيخ تميم: the noun of the state is part of its name
            if a.label != "PER" and title >= 1 and strip_article(c.word(title)) in c.words.title_words:
                # ولقائه مع رئيس المفوضية الأوروبية جان كلود يونكر: the body is the genitive of
                # the title; the name closing the chain is the one met
                named = _name_after_titles(c, title - 1, [n for n in c.after if c.actors[n].first >= a.first])
                if named is not None:
                    return roles.but(targets=c.conjuncts(named))
            return roles.but(targets=c.conjuncts(k))
    return roles


def counterpart_named_by_a_noun_phrase(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A nominal consultation whose counterpart is no recognised actor but a noun of parties or
    officials (``counterpart_heads``) after مع or ب right after it, or after one adjective of it
    (شرعت الخرطوم في إجراء اتصالات واسعة بطرفي الأزمة، عقد اجتماعا مع رؤساء مكاتب الحزب): that noun
    phrase, as words, is the one met; the event then stands on its doer (the stage drops a
    consultation with no one met)."""
    if c.type != "CONSULT" or trig.pos != "n" or not roles.sources or roles.targets or roles.parties:
        return roles
    k = trig.last + 1
    if k <= c.hi and c.tokens[k].get("kind") == "ar" and (is_adjective(c.tokens[k].text, c.words)
                                                          or is_indefinite_adjective(c.tokens[k].text, c.words)
                                                          or lemma_word(c.tokens[k].text) in RoleWords.shared().manner):
        k += 1  # اتصالات واسعة
    if k <= c.hi and c.word(k) == "مع":
        k += 1
    elif not (k <= c.hi and any(p.label == "prep" and normalize(p.text) == "ب"
                                for p in c.tokens[k].attrs.get("parts", ()))):
        return roles
    if k > c.hi or not (c.s.keys.noun[c.tokens[k].text] & RoleWords.shared().counterparts):
        return roles
    phrase = noun_phrase(c.s, k, c.hi)
    return roles if phrase is None else roles.but(targets=[phrase])


def counterpart_after_the_doers(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The counterpart of a meeting, talks or an agreement (مع X) follows its doers, however long
    their names (المباحثات التي أجراها كل من رئيس الوزراء التونسي حبيب الصيد ووزير خارجيته الطيب
    بكوش، مع وزراء خارجية …): the first actor governed by مع within ARG_WINDOW tokens after the
    last doer is the target."""
    if c.type not in RECIPROCAL or roles.targets or not roles.sources:
        return roles
    ends = [a.last for a in roles.sources if getattr(a, "last", None) is not None]
    if not ends or max(ends) < trig.last:
        return roles
    end = max(ends)
    for k in range(len(c.actors)):
        a = c.actors[k]
        if a.first <= end or a in roles.sources:
            continue
        if a.first - end > ARG_WINDOW:
            break
        if c.s.governor(a.first) == "مع" and a.label not in ("VICTIM", "NP"):
            return roles.but(targets=c.conjuncts(k))
    return roles


def addressee_of_a_demand(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The subject of the أن-clause after a request or an agreement is the one asked (طلب الزعماء
    ... أن يوافق الرئيس الروسي)."""
    if roles.targets or trig.type not in ADDRESSEE_TYPES:
        return roles
    for k in range(trig.last + 1, min(c.hi, trig.last + ADDRESSEE_REACH) + 1):
        if c.word(k) in c.words.that_particles:
            addressee = [a for a in c.actors if a.first in (k + 2, k + 3) and c.s.governor(a.first) is None
                         and a not in roles.sources]
            return roles.but(targets=addressee[:1]) if addressee else roles
    return roles


def addressee_named_by_a_noun_phrase(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A call or demand verb's object with no name (دعا حمود علماء الأمة إلى تعبئة، حث X الأطراف
    على، طالب X الآباء بمتابعة) is the one addressed: the bare noun phrase right after the verb
    and its subject, followed within ADDRESSEE_NP_GAP words by the preposition of what is asked
    (إلى، على، or a clitic ب). PLOVER's REQUEST target is the party asked; a public addressed
    (المواطنين) then makes the call a notice (``notices.to_public``), as for a named one."""
    if roles.targets or trig.type != "REQUEST" or trig.pos != "v" or not roles.sources \
            or any(a.label == "NP" for a in roles.sources):
        return roles  # a bare-noun subject (الدول) may go on in the words after it (الأعضاء)
    k = max([a.last for a in roles.sources if a.first > trig.last], default=trig.last) + 1
    if k > c.hi or actor_at(c.actors, first=k) is not None or c.s.governor(k) is not None or starts_count(c.s, k) \
            or carries_and(c.tokens[k]) or _joined_by_and(c, k):
        return roles  # وفلسطينيي 1948: a second subject or object joined by و, not the addressee
    if is_adjective(c.tokens[k].text, c.words) or any(t.first == k for t in c.sentence.kept) \
            or strip_article(c.word(k)) in RoleWords.shared().light_nouns:
        # البابا يوحنا بولس الثاني، حزب اليسار الألماني المعارض: the subject's adjective; طالبين توجيه
        # ضربة عسكرية: the act asked for, not the one asked
        return roles
    np = noun_phrase(c.s, k, c.hi)
    if np is None:
        return roles
    for j in range(np.last + 1, min(c.hi, np.last + ADDRESSEE_NP_GAP) + 1):
        tok = c.tokens[j]
        if tok.text in CLAUSE_PUNCT:
            return roles
        w = c.word(j)
        if w in ASKED_PREPS or any(p.label == "prep" and normalize(p.text) == "ب" for p in tok.attrs.get("parts", ())):
            return roles.but(targets=[np])
    return roles


def _joined_by_and(c: RoleContext, k: int) -> bool:
    """May word k be و + a noun (وفلسطينيي, where the tokenizer left the و on)? The word keys read
    both ways, so any word opening with و is left out (an addressee such as وزراء is lost with it)."""
    return c.word(k)[:1] == "و"


# What a call asks for follows its addressee after إلى، على or ب (دعا الأطراف إلى، حث على،
# طالب بـ); the addressee is at most a few words (علماء الأمة والمرجعيات الدينية): 4 words on.
ASKED_PREPS = frozenset({"الي", "علي"})
ADDRESSEE_NP_GAP = 4


def words_after_against_are_the_target(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """With no actor after على/ضد/بحق, the words there are the target (تظاهروا ضد الحكم، صاروخ على
    المدرسة), and so is the direct object of a violent verb (اغتالوا العميد جبار مساعد)."""
    if roles.targets or trig.type not in NP_TARGET_TYPES:
        return roles
    np = np_after_prep(c.s, trig.last, c.hi)
    if np is None and trig.pos == "v" and trig.type in DIRECT_OBJECT_TYPES:
        end = max([a.last for a in roles.sources if a.first > trig.last], default=trig.last)
        np = np_at(c.s, end + 1, c.hi)
    return roles if np is None else roles.but(targets=[np])


# --- bare noun phrases as arguments (ASSAULT, PROTEST, COERCE) where no actor fits ------------

def victim_after_a_harm_noun(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The genitive of مقتل، اغتيال، اختطاف is the one harmed, not the doer (اغتيال النائب وليد
    عيدو، مقتل رجل دين)."""
    if (trig.type not in NP_ARG_TYPES and trig.type != "ACCUSE") or trig.pos != "n" \
            or not (c.trigger_keys & c.words.object_nouns):
        return roles  # (ACCUSE: محاكمة الرئيس السابق، the one tried)
    src, tgt, how = roles.sources, roles.targets, roles.how
    if how == "genitive" and not tgt:
        tgt, src, how = src, [], ""
    if not tgt:
        np = c.phrase_at(trig.last + 1)
        if np is not None and not (np.first == trig.last + 1 and c.s.governor(np.first) is not None):
            tgt = [np]
    return Roles(src, tgt, how)


def _hedge_before(c: RoleContext, b: int) -> int:
    """The number of words of a hedge (على الأقل) ending at token b, or 0."""
    for parts in phrase_words(c.words.hedges):
        n = len(parts)
        if b - (n - 1) >= c.lo and tuple(c.word(k) for k in range(b - n + 1, b + 1)) == parts:
            return n
    return 0


def _owned_struck_thing(c: RoleContext, a) -> bool:
    """A struck thing with a possessive pronoun (على قواعدهم، مواقعها): its owner is the side hit,
    named elsewhere (the subject of تعرض); the phrase itself is a fragment (round 9)."""
    if len((a.text or "").split()) != 1:
        return False
    head = _head_noun(c.words, a.text)
    suffix = next((p for p in c.words.pronoun_suffixes if head.endswith(p)), None)
    return suffix is not None and head[:-len(suffix)] in c.words.struck_things


def subject_of_suffering(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The subject of تعرض ل ("was subjected to") is the attack's target (تعرضت قافلته لهجوم، 55
    سفينة على الأقل تعرضت للهجوم، سفير بولندا تعرضت قافلته)."""
    if trig.type not in NP_ARG_TYPES or (roles.targets and not all(_owned_struck_thing(c, a) for a in roles.targets)):
        return roles
    suffer = c.words.suffer_verbs
    for k in range(trig.first - 1, max(c.lo, trig.first - 6) - 1, -1):
        w = c.word(k)
        if w not in suffer and w[1:] not in suffer:
            continue
        subj = actor_at(c.actors, first=k + 1) or (noun_phrase(c.s, k + 1, trig.first - 1) if k + 1 < trig.first else None)
        if subj is None and k - 1 >= c.lo and k >= 3 and c.word(k - 1) in c.words.relatives:
            # the antecedent of a relative (round 9: «مقاتلي حزب العمال الكردستاني؛ الذين يتعرضون
            # لغارات مكثفة», the dev article turkey-gendarmerie-attack; «اجتماع المتشددين مع بلمختار
            # … الذي تعرض للقصف الأميركي», aawsat 2015-07-21), a punctuation mark may come between
            # (a semicolon may close the clause before: the antecedent is then a sentence actor)
            end = k - 2 if c.tokens[k - 2].get("kind") != "punct" else k - 3
            subj = next((a for a in c.sentence.actors if a.last == end), None)
            if subj is not None and c.s.governor(subj.first) == "في" and subj.label in ("LOC", "GPE", "PLACE"):
                # «من أبرز ناشطات حقوق الإنسان في إيران التي تعرضت للاعتقال» (aawsat 2015-08-06): a
                # place after في says where; the relative goes back to a person before it
                subj = None
        if subj is None and k > c.lo:
            subj = next((a for a in c.actors if a.last == k - 1), None)
            if subj is None:
                # the head noun of the phrase before the verb (سفير بولندا تعرضت قافلته)
                b = k - 1
                b -= _hedge_before(c, b)  # 55 سفينة على الأقل تعرضت للهجوم
                while b - 1 >= c.lo and b - (k - 1) > -3 and is_adjective(c.tokens[b].text, c.words):
                    b -= 1
                subj = noun_phrase(c.s, b, k - 1)
        if subj is None:
            return roles
        src = [] if roles.sources and any(x.first == subj.first for x in roles.sources) else roles.sources
        return roles.but(sources=src, targets=[subj])
    return roles


def bare_subject_before_verb(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A bare noun right before a verb, at the start of its clause or after إن/لكن, is its subject
    (إن انتحارية فجرت نفسها، لكن التنصت الأمريكي استهدف); a number or a victim word there is the
    passive's subject, the target."""
    if trig.type not in NP_ARG_TYPES or trig.pos != "v" or roles.sources or roles.how != "" or c.joined:
        return roles
    for k in range(trig.first - 1, max(c.lo - 2, trig.first - 2 - NP_SUBJECT_REACH), -1):
        if k == c.lo - 1 or c.tokens[k].text in CLAUSE_PUNCT or c.word(k) in c.words.np_subject_openers:
            np = c.phrase_at(k + 1, trig.first - 1)
            if np is not None and np.first < trig.first and np.last < trig.first - 1 and np.nominal \
                    and all(is_adjective(c.tokens[j].text, c.words) for j in range(np.last + 1, trig.first)):
                # «إن الميليشيات الحوثية اختطفت الناشط» (aawsat 2015-08-02): the unnamed actor ends at
                # its noun and its adjective stands before the verb; round 19's agreement check had
                # left the abduction with no doer (round 22)
                return roles.but(sources=[np], how="subject-np")
            if np is not None and np.first < trig.first and np.last == trig.first - 1:
                if starts_count(c.s, np.first):
                    return roles if roles.targets else roles.but(targets=[np])
                if _opens_with_an_act(c, np):
                    return _patient_of_an_act_noun(c, trig, roles, np)
                return roles.but(sources=[np], how="subject-np")
            return roles
    return roles


def _opens_with_an_act(c: RoleContext, np: Actor) -> bool:
    """Does the noun phrase open with an act noun of the sentence followed by its object (إنقاذ
    امرأة، اعتقال شاب)? It names that act and the one acted on, not a party that could do another
    act. A trigger that is the whole phrase (سيارة مفخخة, an instrument) or an act noun with an
    adjective (الضربات الجوية أصابت أهدافا, 3alyoum 2015-07-25: the airstrikes hit) is not."""
    return any(t.first == np.first and t.pos == "n" and t.last < np.last
               and not is_adjective(c.tokens[t.last + 1].text, c.words) for t in c.sentence.kept)


def _patient_of_an_act_noun(c: RoleContext, trig: Trigger, roles: Roles, np: Actor) -> Roles:
    """The verb right after "act noun + indefinite noun" (إنقاذ امرأة احتجزت عاماً بغرفة واعتدي
    عليها: a headline) describes that noun (an Arabic relative clause needs no الذي after an
    indefinite noun). With no object after the verb — the next word an adverbial accusative, a
    preposition, و or the clause's end — the verb is a passive (احتُجزت "was held"): the noun is its
    target and its doer unknown; otherwise the roles stay as the other rules left them, with no doer
    from the phrase."""
    nxt = trig.last + 1
    no_object = nxt > c.hi or c.tokens[nxt].text in CLAUSE_PUNCT or is_adverbial(c.tokens[nxt].text, c.words) \
        or carries_and(c.tokens[nxt]) or bool(c.s.keys.noun[c.tokens[nxt].text] & c.words.prepositions) \
        or any(p.label == "prep" for p in c.tokens[nxt].attrs.get("parts", ()))
    noun = c.phrase_at(np.first + 1, trig.first - 1) if np.last > np.first else None
    if not no_object or noun is None or roles.targets or normalize(c.tokens[noun.first].text).startswith("ال"):
        return roles
    return Roles([], [noun], "passive-subject")


def _after_time_words(c: RoleContext, k: int) -> int:
    while k <= c.hi and c.word(k) in c.words.time_words:
        k += 1
    return k


def bare_subject_after_verb(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Verb-subject-object with a bare noun subject (فجرت الجبهة ثلاث سيارات، فجر استشهادي نفسه،
    أطلقت هذه المجموعة النار على الجنود); a number, a quantity or a victim word right after the verb
    is its object or a passive's subject instead (قتل 18 شخصا)."""
    if trig.type not in NP_ARG_TYPES or trig.pos != "v" or roles.sources or roles.how == "relative" or c.joined \
            or c.trigger_keys & c.words.victims or carries_a_plural_subject(c, trig):
        return roles
    k = _after_time_words(c, trig.last + 1)
    if not (k <= c.hi and actor_at(c.actors, first=k) is None and c.s.governor(k) is None and not starts_count(c.s, k)):
        return roles
    # the subject in the gap of a verb trigger (أطلقت هذه المجموعة النار) ends before its last word
    np = noun_phrase(c.s, k, trig.tail - 1 if trig.tail > k else c.hi)
    if np is None or np.last - np.first >= 3 or feminine_past_before_a_man(c, trig, np):
        return roles  # (كما اختطفت رئيس فرع الحزب: the man after a feminine verb is its object)
    tgt = [] if roles.targets and roles.targets[0].first <= np.last else roles.targets
    if not tgt:
        after_np = trig.tail + 1 if trig.tail == np.last + 1 else np.last + 1
        nxt = c.phrase_at(after_np)
        if nxt is not None:
            g = c.s.governor(nxt.first)
            if g is None or g in c.words.np_object_governors:
                tgt = [nxt]
    return roles.but(sources=[np], targets=tgt, how="vso-np")


def counted_victims_after_verb(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The counted victims right after a violent verb are its object (قتلت 32 متمردا، قتل ثلاثة
    مدنيين)."""
    if trig.type not in NP_ARG_TYPES or trig.pos != "v" or roles.sources or roles.how == "relative" \
            or c.trigger_keys & c.words.victims:
        return roles
    k = _after_time_words(c, trig.last + 1)
    tgt = roles.targets
    if not (k <= c.hi and actor_at(c.actors, first=k) is None and starts_count(c.s, k) and (not tgt or tgt[0].first > k)):
        return roles
    m = k
    while m <= c.hi and m - k < 4 and (c.word(m)[:1].isdigit() or c.word(m) in c.words.quantifiers or c.word(m) == "من"):
        m += 1
    obj = actor_at(c.actors, first=m) or noun_phrase(c.s, m if m <= c.hi else k, c.hi) or noun_phrase(c.s, k, c.hi)
    return roles if obj is None else roles.but(targets=[obj])


def bare_doer_of_a_nominal_act(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The doer of a nominal act as a bare noun: the subject of the light verb before it (تبنت حركة
    طالبان مسؤوليتها عن الهجوم) or of a light verb with a pronoun after it (غارة جوية شنتها طائرة
    أمريكية)."""
    if trig.type not in NP_ARG_TYPES or trig.pos != "n" or roles.sources:
        return roles
    lv = light_verb_before(c.s, trig.first, c.lo)
    cand = None
    if lv is not None:
        k = lv + 1
        while k < trig.first and c.word(k) in c.words.time_words:
            k += 1
        if k < trig.first and not starts_count(c.s, k):
            cand = c.phrase_at(k, trig.first - 1)
    if cand is None:
        for k in range(trig.last + 1, min(c.hi, trig.last + 4) + 1):
            w = c.word(k)
            if len(w) > 3 and w.endswith(c.words.pronoun_object_suffixes) \
                    and c.s.keys.verb[c.tokens[k].text] & c.words.light_verbs:
                cand = c.phrase_at(_after_time_words(c, k + 1))
                break
    if cand is not None and all(cand.first != t.first for t in roles.targets):
        return roles.but(sources=[cand], how="light-verb-np")
    return roles


def reflexive_is_no_target(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A suicide attacker's reflexive object is no target: the target is by the place word after
    it (فجر نفسه قرب القوة، فجرت نفسها وسط مأدبة)."""
    tgt = roles.targets
    if trig.type not in NP_ARG_TYPES or not tgt or tgt[0].entity is not None \
            or c.word(tgt[0].first) not in c.words.reflexives:
        return roles
    for k in range(trig.last + 1, min(c.hi, trig.last + 5) + 1):
        if c.word(k) in c.words.near_words:
            nxt = c.phrase_at(k + 1)
            return roles.but(targets=[nxt] if nxt is not None else [])
    return roles.but(targets=[])


def what_a_protest_is_against(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """What a protest is against follows a word of opposition or purpose (المناهضة لإيران،
    احتجاجا على مقتل، ضد النظام، للمطالبة بـ); it wins over a bare noun phrase found by the general
    rules (ورددوا هتافات)."""
    if trig.type != "PROTEST" or (roles.targets and roles.targets[0].entity is not None):
        return roles
    words = c.words
    for k in range(trig.last + 1, min(c.hi, trig.last + PROTEST_REACH) + 1):
        w = c.word(k)
        w = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if w in words.protest_against or (
                w.startswith(words.purpose_prefixes) and c.s.keys.noun[c.tokens[k].text] & words.protest_purpose_nouns):
            nxt = c.phrase_at(k + 1)
            return roles if nxt is None else roles.but(targets=[nxt])
    return roles


def protesters_are_the_source(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Protesters named in the clause are a protest's source, over the police or the government
    the general rules may have picked (تجمع نحو مائة متظاهر على مرأى من القوى الأمنية); with no
    protesters, the nearest unnamed group is."""
    if trig.type != "PROTEST":
        return roles
    reach = ARG_WINDOW * 2
    protesters, noun_keys = c.words.protesters, c.s.keys.noun
    near = [a for a in c.actors if (a.entity is None or a.label == "GROUP") and abs(a.first - trig.first) <= reach
            and noun_keys[c.tokens[a.first].text] & protesters]
    src = roles.sources
    if not near:
        near = [a for a in c.actors if a.label == "GROUP" and abs(a.first - trig.first) <= reach] if not src else []
    if not near:
        return roles
    best = min(near, key=lambda a: abs(a.first - trig.first))
    if src and src[0].entity is not None and noun_keys[c.tokens[src[0].first].text] & protesters:
        return roles
    tgt = [a for a in roles.targets if a.first != best.first and not (a.first <= best.first <= a.last)]
    return roles.but(sources=[best], targets=tgt, how="group")


def counted_protesters_are_the_source(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Protesters counted, not an actor of their own (مائة متظاهر، آلاف المتظاهرين), are the source of
    a protest with none."""
    if trig.type != "PROTEST" or roles.sources:
        return roles
    reach = ARG_WINDOW * 2
    for k in range(max(c.lo, trig.first - reach), min(c.hi, trig.last + reach) + 1):
        if c.s.keys.noun[c.tokens[k].text] & c.words.protesters:
            np = noun_phrase(c.s, k, c.hi)
            if np is not None:
                return roles.but(sources=[np], how="group")
    return roles


def casualties_before_the_attack(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Casualties reported before the attack that caused them are its target (مقتل جندي أفغاني امس
    وإصابة أربعة آخرين في هجوم انتحاري): the first casualty word's victims."""
    if trig.type != "ASSAULT" or roles.targets:
        return roles
    cas = [k for k in range(max(c.lo, trig.first - CASUALTY_REACH), trig.first)
           if c.s.keys.noun[c.tokens[k].text] & c.words.casualty_words]
    if not cas:
        return roles
    v = casualties_from(c.s, c.actors, cas[0] + 1, trig.first - 1)
    return roles if v is None else roles.but(targets=[v])


def casualties_after_the_attack(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Casualties told after the attack are its target (أدى هجوم انتحاري ... إلى مقتل 71 شخصا، أسفر
    انفجار ... عن مقتل عشرة)."""
    if trig.type != "ASSAULT" or roles.targets:
        return roles
    for k in range(trig.last + 1, min(c.hi, trig.last + CASUALTY_AFTER) + 1):
        if c.s.keys.noun[c.tokens[k].text] & c.words.casualty_words:
            v = casualties_from(c.s, c.actors, k + 1, c.hi)
            return roles if v is None else roles.but(targets=[v])
    return roles


# --- after the noun phrases ------------------------------------------------------------------

def victims_just_before_the_attack(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Victims named just before an attack are its target (مقتل مدنيين عراقيين في غارات ...)."""
    if roles.targets or trig.type != "ASSAULT":
        return roles
    near = [k for k in c.before if c.actors[k].label == "VICTIM" and trig.first - c.actors[k].last <= VICTIM_BEFORE_GAP]
    return roles.but(targets=[c.actors[near[-1]]]) if near else roles


def victims_are_no_doers(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A victim word found as the source (قتل 28 شخصا: the subject of a passive) is a target."""
    victims = [a for a in roles.sources if a.label == "VICTIM"]
    if not victims:
        return roles
    return roles.but(sources=[a for a in roles.sources if a.label != "VICTIM"],
                     targets=victims + [a for a in roles.targets if a not in victims])


# How many tokens before an actor the على of a place adverbial may stand for the actor to be inside it
# (aljazirah 2015-08-06: «على مقربة من الحدود مع كوريا الشمالية», five; «وعلى مسافة حوالي 50 كيلومترا
# شمالي سول», six).
PLACE_ADVERBIAL_REACH = 6


def _in_a_place_adverbial(c: RoleContext, a) -> bool:
    """Does actor ``a`` stand in a place adverbial opened by على and a noun of nearness or distance
    (``adverbial_accusatives``: على مقربة من، على مسافة، على مشارف), no party of the act (round 18)?"""
    for k in c.sentence.place_adverbials:
        if max(c.lo, a.first - PLACE_ADVERBIAL_REACH) <= k < a.first - 1:
            # the phrase ends where a clause goes on: a mark, a word joined by و, an auxiliary
            # (على مشارف عدن كان الحوثيون يستخدمونها، على مشارف المنطقة وتقاتل طالبان)
            return not any(c.tokens[j].get("kind") == "punct" or c.word(j)[:1] == "و"
                           or strip_conjunction(c.word(j)) in c.words.auxiliaries for j in range(k + 2, a.first))
    return False


def trained_ranker(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """For ASSAULT and PROTEST the trained ranker may prefer other candidates to the rules'
    choice, except where a construction names the role outright: the agent of من قبل, the subject
    of تعرض ل, a count right after a violent verb, the two sides of بين X وY (``argument_model``). A source it chose was found by no rule (how "model")."""
    tgt = roles.targets
    suffered = bool(tgt) and tgt[0].first > 0 and bare_word(c.tokens[tgt[0].first - 1].text) in c.words.suffer_verbs
    # a count right after a violent verb is its object (فقتلت 32 متمردا): a construction, as تعرض ل is
    suffered = suffered or (bool(tgt) and trig.pos == "v" and 0 < tgt[0].first - trig.last <= 2
                            and any(starts_count(c.s, k) for k in range(trig.last + 1, tgt[0].first + 1)))
    # the sides a clash names after a later بين (how "between-far", round 10) name the roles outright
    # as the adjacent بين X وY does: «المواجهات المسلحة التي دارت بين الحوثيين والمقاومة الشعبية»
    # (alyaum, alriyadh 2015-08-06) had «حركة الطيران المدني», the object of the verb before, as
    # the ranker's doer (round 15 of roles)
    sides = roles.how in ("between", "between-far")
    # an actor inside a place adverbial (على مقربة من الحدود مع كوريا الشمالية) says where, not to whom
    candidates = [a for a in c.everyone if not _in_a_place_adverbial(c, a)] if c.sentence.place_adverbials \
        else c.everyone
    src, tgt, replaced = c.sentence.ranker.rerank(c.s, trig, candidates, c.lo, c.hi, roles.sources, tgt, roles.how,
                                                  keep_source=roles.how in ("passive", "relative") or sides,
                                                  keep_target=suffered or sides,
                                                  passive=_read_as_passive(c, trig, roles),
                                                  record=c.sentence.record)
    if replaced and src and _disagrees_with_the_verb(c, trig, src[0]):
        return roles  # the ranker knows no agreement: «اختطفت الناشط»، «يقتلون رجال الأمن» keep the rules' roles
    return Roles(src, tgt, "model" if replaced else roles.how)


def _disagrees_with_the_verb(c: RoleContext, trig: Trigger, a) -> bool:
    """Is ``a``, an actor after a verb trigger within ARG_WINDOW words, one the verb cannot agree
    with as its subject (``carries_a_plural_subject``, ``feminine_past_before_a_man``)?"""
    first = getattr(a, "first", None)
    if trig.pos != "v" or first is None or not 0 < first - trig.last <= ARG_WINDOW:
        return False
    return carries_a_plural_subject(c, trig) or feminine_past_before_a_man(c, trig, a)


def _read_as_passive(c: RoleContext, trig: Trigger, roles: Roles) -> bool:
    """Whether the rules read the trigger as a passive, which names its doer only by its agent: a
    verb whose subject they made the target (قتل محسن الفضلي في 8 يوليو), or a word with a
    verbal-noun reading right after an auxiliary verb (``auxiliaries`` that are not particles
    standing between a subject and its verb, ``subject_gap_words``: المسلحين قد قتلوا is active;
    تم قتلهم، جرى اعتقاله — the auxiliary has no subject of its own, and the lexicon may read
    قتلهم as a verb; SaudiNewsNet 2015-08-02: صورًا لأطفال اتخذ منهم الحوثي جنودًا وتم قتلهم). An
    imperfect after ظل/بات (ظل يقاتل) has no noun reading: it is no passive."""
    if roles.how == "passive-subject":
        return True
    k = trig.first - 1
    if k < c.lo:
        return False
    aux = strip_conjunction(c.word(k), 2)
    if aux not in c.words.auxiliaries or aux in c.words.subject_gap_words:
        return False
    return bool(c.s.keys.noun[c.tokens[trig.first].text])


def speaker_does_the_act_after_innahu(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """قال الحلف إنه قتل عددا من زعماء طالبان: the subject of a verb right after أنّ with a pronoun
    is the speaker (وأنه سيتحدث إلى الرئيس التركي), when a violent verb has an object (no
    preposition after it: إنه قتل في انفجار is the passive, he was killed). The phrase taken for the source then is the target, where none
    was found and it stands after the verb. (Setting ``reported_doer``.)"""
    tokens, words = c.tokens, c.words
    if not c.sentence.reported_doer or trig.pos != "v":
        return roles
    k = trig.first - 1
    if k > 0 and bare_word(tokens[k].text) == "قد":
        k -= 1
    if k < 1 or bare_word(tokens[k].text) not in words.that_pronouns or trig.last + 1 >= len(tokens):
        return roles
    nxt = tokens[trig.last + 1]
    passive_prone = bool(c.s.keys.verb[tokens[trig.first].text] & words.passive_prone_verbs)
    if nxt.attrs.get("kind") != "ar" or (passive_prone and (c.s.governor(trig.last + 1) is not None
                                                            or bare_word(nxt.text) in words.prepositions)):
        return roles  # إنه قتل في انفجار: the passive, he was killed (a verb that is not: وأنه سيتحدث إلى)
    speaker = speaker_before(c.s, c.everyone, k) or c.speaker  # the verb of saying, else the quote's speaker
    src, tgt = roles.sources, roles.targets
    if speaker is None or any(a is speaker for a in src):
        return roles
    if not tgt:
        tgt = [a for a in src if isinstance(a, Actor) and a.first > trig.last][:1]
    return roles.but(sources=[speaker], targets=[a for a in tgt if a.key != speaker.key])


def target_is_not_the_source(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """No one acts on themselves: a target that is also a source is dropped, and so is one named
    by the same words (الميليشيات … قصفت … الميليشيات: two mentions of one group)."""
    keys = {a.key for a in roles.sources}
    names = {normalize(a.text) for a in roles.sources if a.text}
    tgt = [a for a in roles.targets if a.key not in keys and not (a.text and normalize(a.text) in names)]
    return roles if len(tgt) == len(roles.targets) else roles.but(targets=tgt)


def the_next_clause_keeps_its_actors(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A clause opened by فيما، بينما، حيث after the act is another clause: its actors are not the
    act's (سيطرت على معظم أحيائها، فيما قتل 57 مدنيا: the civilians were not seized; اشتبكوا، فيما
    وصل وفد إيراني)."""
    opener = next((j for j in range(trig.last + 1, c.hi + 1) if c.word(j) in c.words.new_clause
                   or bare_word(c.tokens[j].text) in c.words.new_clause), None)
    if opener is None:
        return roles
    # an actor without a place in the sentence (the speaker of a continued quote, ActorRef) stands
    # in no clause: it stays
    src = [a for a in roles.sources if not isinstance(a, Actor) or a.first < opener]
    tgt = [a for a in roles.targets if not isinstance(a, Actor) or a.first < opener]
    if len(src) == len(roles.sources) and len(tgt) == len(roles.targets):
        return roles
    return roles.but(sources=src, targets=tgt)


CLAUSE_RULES: tuple[Rule, ...] = (
    passive_agent,
    relative_antecedent,
    subject_right_before_verb,
    subject_after_verb,
    subject_before_verb,
    passive_subject_is_target,
    verb_object,
    genitive_right_after_noun,
    titled_name_after_noun,
    light_verb_subject_is_doer,
    sides_of_a_clash,
    sides_named_after_a_clash,
    genitive_doer_of_noun,
    nationality_adjective_names_the_doer,
    stance_verb_subject_does_the_act,
    the_one_asked_follows_a_demand,
    doer_of_the_relative_clause_after_the_act,
    noun_target_after_preposition,
    counterpart_after_the_doers,
    counterpart_named_by_a_noun_phrase,
    addressee_of_a_demand,
    addressee_named_by_a_noun_phrase,
    words_after_against_are_the_target,
    victim_after_a_harm_noun,
    subject_of_suffering,
    bare_subject_before_verb,
    bare_subject_after_verb,
    counted_victims_after_verb,
    bare_doer_of_a_nominal_act,
    reflexive_is_no_target,
    what_a_protest_is_against,
    protesters_are_the_source,
    counted_protesters_are_the_source,
    casualties_before_the_attack,
    casualties_after_the_attack,
    victims_just_before_the_attack,
    victims_are_no_doers,
    the_one_prevented_stands_before_min,
    trained_ranker,
    speaker_does_the_act_after_innahu,
    the_next_clause_keeps_its_actors,
    target_is_not_the_source,
    a_clash_has_only_its_sides,
    the_subject_fights_the_side_after_with,
)


# =============================================================================================
# Sentence rules: the speaker, the events before, the trigger's context

def killed_subject_is_the_victim(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Violent verbs that news writes unvocalised in the passive as often as in the active (قُتل،
    أُصيب، خُطف): with the subject before them and nothing after them but a preposition, a time
    word, punctuation or the next verb, the subject is the one killed (قال البنتاغون إن محسن الفضلي
    قتل في 8 يوليو), not the killer; any target found further off was not this verb's object. The
    antecedent of a relative pronoun before such a verb is its subject too (round 9: «يوسف الغامدي
    الذي قتل في ١٧ رمضان الماضي», okaz 2015-07-21; «محمد سليم كيراز الذي قتل فيما بعد في تبادل
    لإطلاق النار», alriyadh 2015-08-06: the one killed, not the killer); a verb with a pronoun
    pointing back to the antecedent (التي قتلها) was read as active by ``relative_antecedent``."""
    if trig.pos != "v" or trig.type not in PASSIVE_PRONE_TYPES or roles.how not in ("subject", "subject-np", "relative") \
            or not roles.sources:
        return roles
    if roles.how == "relative" and object_pronoun(c.s, c.tokens[trig.last]):
        return roles
    words, keys, tokens = c.words, c.s.keys, c.tokens
    if not (keys.verb[tokens[trig.first].text] & words.passive_prone_verbs):
        return roles
    nxt = trig.last + 1
    if nxt < len(tokens):
        w = c.norm[nxt]
        verb_next = w[:1] in "وف" and len(w) > 3 and bool(keys.verb[tokens[nxt].text] & words.passive_prone_verbs)
        if not (strip_conjunction(w, 2) in words.after_passive or tokens[nxt].get("kind") == "punct" or verb_next):
            return roles
        # a day word (أمس، اليوم) may stand between an active verb and its object: «أن الشرطة
        # اعتقلت أمس طلابا» (aawsat 2015-07-25) — an actor right after the day word is the object
        if w in TIME_BETWEEN_VERB_AND_OBJECT and actor_at(c.actors, first=nxt + 1) is not None:
            return roles
    return Roles([], roles.sources, "passive-subject")


def killed_by_the_weapons_of(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A killing or a wounding by someone's fire (قتل مطلق النار … برصاص الشرطة، أصيب جنديان
    بنيران القناصة: ``agent_weapons`` with ب, then an actor in the genitive) was done by that
    actor; the verb is a passive, and its subject, if any, the one hit."""
    if trig.pos != "v" or trig.type not in SHARED_DOER_TYPES or (roles.sources and roles.how not in GUESSED + (
            "subject", "vso", "passive-subject")):
        return roles
    if not (c.s.keys.verb[c.tokens[trig.first].text] & c.words.passive_prone_verbs):
        return roles
    for k in range(trig.last + 1, min(c.hi, trig.last + ARG_WINDOW + 4) + 1):
        tok = c.tokens[k]
        if not any(p.label == "prep" and normalize(p.text) == "ب" for p in tok.attrs.get("parts", ())) \
                or not c.s.keys.noun[tok.text] & c.words.agent_weapons:
            continue
        shooter = actor_at(c.actors, first=k + 1)
        if shooter is None or shooter.label in ("VICTIM", "NP", "PLACE"):
            return roles
        hit = [a for a in roles.sources + roles.targets if a.key != shooter.key]
        return roles.but(sources=[shooter], targets=hit[:1], how="weapons")
    return roles


def _act_noun_after(c: RoleContext, trig: Trigger) -> Trigger | None:
    """The first noun trigger of the same type after ``trig`` that is an adverbial (في هجوم، خلال
    غارة، جراء القصف، بانفجار) within SHARED_DOER_GAP tokens, or None."""
    for t in c.sentence.kept:
        if t.first <= trig.last or t.type != trig.type or t.pos != "n":
            continue
        if t.first - trig.last > SHARED_DOER_GAP:
            return None
        if adverbial(c.s, c.norm, t.first) or any(p.label == "prep" for p in c.tokens[t.first].attrs.get("parts", ())):
            return t
    return None


def killing_shares_the_attacks_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A violent verb and the attack noun after it are one act: with no doer named, the verb takes
    the noun's (named or group actors: قتل 12 شرطيا خلال هجوم شنه مقاتلو التنظيم). Where the verb's
    subject is followed at once by that noun (قتل جنديان في هجوم نفذه مسلحون), the verb is a
    passive: its subject is the target, the noun's doer the source."""
    if trig.pos != "v" or trig.type not in SHARED_DOER_TYPES:
        return roles
    noun = _act_noun_after(c, trig)
    if noun is None:
        return roles
    doers = [a for a in c.sentence.clause_roles(noun).sources if a.label != "NP"]
    if not doers:
        return roles
    src, tgt = roles.sources, roles.targets
    if not src or roles.how in GUESSED:
        src = doers  # the attack's named doer over the ranker's guess
    elif roles.how == "vso" and len(src) == 1 and noun.first - src[0].last <= 2 and all(d.first > noun.last for d in doers):
        tgt, src = src, doers
    else:
        return roles
    spans = [(d.first, d.last) for d in doers]
    tgt = [a for a in tgt if not any(a.first <= last and first <= a.last for first, last in spans)]
    return roles.but(sources=src, targets=tgt)


def accused_did_the_act(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The act an accusation names is the accused's (اتهمت الجماعة جبهة النصرة بخطف الجنود: the
    Nusra Front is the abductor): a violent or coercive noun right after an accusing verb, with
    no doer of its own, takes that verb's target as its doer."""
    if trig.pos != "n" or trig.type not in ACCUSABLE or (roles.sources and roles.how not in GUESSED):
        return roles
    for k in c.sentence.kept:
        if k.type == "ACCUSE" and k.pos == "v" and 0 < trig.first - k.last <= ACCUSED_ACT_GAP:
            accused = c.sentence.clause_roles(k).targets
            if accused:
                keys = {a.key for a in accused}
                return roles.but(sources=list(accused), targets=[a for a in roles.targets if a.key not in keys],
                                 how="accused")
    return roles


def host_receives_the_visitor(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """PLOVER codes the visitor as the source of a visit and the host as its target: استقبل X Y
    (X received Y) is Y's visit to X (``host_verbs``: استقبل، استقبال)."""
    if c.type != "CONSULT" or not (c.trigger_keys | c.s.keys.verb[c.tokens[trig.first].text]) & c.words.host_verbs:
        return roles
    return roles.but(sources=roles.targets, targets=roles.sources, how="host")


def _marked_as_visitor(c: RoleContext, a, host=None) -> bool:
    """Is the actor ``a`` told as a visitor of ``host``: an adjective of visiting right after it
    (الوفد الزائر), or a relative pronoun and a verb of arriving or visiting (الذي وصل، الذي يزور)
    right after it or after its comma, whose place, where coded, is in the host's country (in
    «أن يجتمع لافروف مع نظيره الأمريكي جون كيري الذي يزور قطر», the dev article lavrov-meshaal,
    both are guests of Qatar and Lavrov stays the source)?"""
    k = getattr(a, "last", None)
    if k is None:
        return False
    k += 1
    # a name in apposition after a title (وزير الدفاع الفرنسي جان ايف لودريان، الذي يزور)
    name = actor_at(c.sentence.actors, first=k)
    if name is not None and a.entity is not None and name.entity == a.entity:
        k = name.last + 1
    if k <= c.hi and c.tokens[k].text in COMMAS:
        k += 1
    if k > c.hi:
        return False
    w = c.word(k)
    if w in c.words.visitor_marks:
        return True
    if not (w in c.words.relatives and k + 1 <= c.hi and c.s.keys.verb[c.tokens[k + 1].text] & c.words.arrival_verbs):
        return False
    home = (getattr(host, "code", None) or "")[:3]
    # the place visited: the first actor within 3 words after the verb (وصل محافظة اربيل)
    place = next((x for x in c.sentence.actors if k + 2 <= x.first <= k + 4), None)
    there = (getattr(place, "code", None) or "")[:3]
    return not (len(home) == 3 and len(there) == 3 and home != there)


def the_visitor_met_is_the_source(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """PLOVER codes the visitor as the source of a visit and the host as its target: in a meeting
    (التقى، اجتمع مع) whose subject is the host and whose other party is told as the one who came
    (``_marked_as_visitor``: الذي وصل، الذي يزور، الزائر), the one who came is the source (round 9:
    «التقى الرئيس المصري مبعوث الرئيس الصيني … الذي وصل القاهرة» gave the host as the visitor)."""
    if c.type != "CONSULT" or len(roles.sources) != 1 or not roles.targets or roles.how == "host":
        return roles
    guest = roles.targets[0]
    if not _marked_as_visitor(c, guest, roles.sources[0]) or _marked_as_visitor(c, roles.sources[0]):
        return roles
    return roles.but(sources=[guest], targets=roles.sources + list(roles.targets[1:]), how="host")


def the_meeting_told_before_is_no_new_event(c: RoleContext, trig: Trigger, roles: Roles) -> Roles | _Drop:
    """«خلال اللقاء، أثناء الاجتماع، خلال المفاوضات»: a definite meeting noun after خلال/أثناء, with no
    party of its own after it (no مع, no actor), names a meeting the article told before (round 9:
    «وأعرب السيسي خلال اللقاء» gave a second CONSULT with Egypt as the counterpart; «وأكد الصمعاني
    خلال اللقاء دعم الوزارة لاستراتيجية وزارة الإسكان», alriyadh 2015-08-06, gave the housing
    ministry): the meeting is coded where it is told, this mention adds nothing."""
    if c.type != "CONSULT" or trig.pos != "n" or trig.first == 0 or trig.first != trig.last:
        return roles
    if c.word(trig.first - 1) not in ("خلال", "اثناء") or not c.word(trig.first).startswith("ال"):
        return roles
    nxt = trig.last + 1
    # its adjectives first (خلال المحادثات النووية مع ايران, aawsat 2015-07-21: a party of its own)
    while nxt <= min(c.hi, trig.last + 2) and is_adjective(c.tokens[nxt].text, c.words):
        nxt += 1
    if nxt <= c.hi and (c.word(nxt) in ("مع", "بين") or actor_at(c.sentence.actors, first=nxt) is not None):
        return roles
    return DROP


def city_visited_abroad_hosts_the_visit(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A visit to a city abroad is a visit to its state (PLOVER codes the host country): وصل الرئيس
    التركي إلى الرياض في زيارة، زيارة الملك فهد إلى باريس. The first place after the visitor (or the
    trigger) within ARG_WINDOW tokens, after إلى/لـ or as the object of the verb, hosts the visit
    when the visitor's country is known and the city lies in another country; a city is otherwise
    only where things happen (``arguments.sentence_actors``: a place with no actor code), and a
    visit with no one visited is dropped. A governor touring towns of his own country (زار أمير
    المنطقة محافظة الخرج) meets no other party and stays without a host."""
    if c.type != "CONSULT" or trig.mode != "visit" or roles.targets or len(roles.sources) != 1 \
            or (c.trigger_keys | c.s.keys.verb[c.tokens[trig.first].text]) & c.words.host_verbs:
        return roles
    doer = roles.sources[0]
    home = (getattr(doer, "code", None) or "")[:3]
    if len(home) != 3 or not home.isalpha():
        return roles
    first = getattr(doer, "first", -1)
    end = max(trig.last, getattr(doer, "last", -1) if first > trig.last else -1)
    for a in sorted((a for a in c.sentence.actors if end < a.first <= min(c.hi, end + ARG_WINDOW)),
                    key=lambda a: a.first):
        if a.label != "PLACE":
            continue  # (the clause's actors leave places out; the sentence's keep them)
        g = c.s.governor(a.first)
        if not (g in c.words.destination_preps or (g is None and trig.pos == "v")):
            return roles  # في الرياض، من جدة: where he is or comes from; only the first place counts
        if a.last + 1 <= c.hi and is_adjective(c.tokens[a.last + 1].text, c.words):
            return roles  # إقليم كردستان الإيراني: an adjective says whose place it is, not the gazetteer
        country = (a.code or "")[:3]
        if len(country) == 3 and country != home:
            return roles.but(targets=[a])
        return roles
    return roles


def a_call_received_comes_from_the_caller(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A call or message received (تلقى X اتصالا هاتفيا من Y; ``receiving_verbs`` before a CONSULT
    noun) is Y's call to X: the one it came from (من) is the source, the receiver (the verb's
    subject) the target, as PLOVER codes the caller."""
    if c.type != "CONSULT" or trig.pos != "n":
        return roles
    verb = next((k for k in range(trig.first - 1, max(c.lo, trig.first - RECEIVER_CHAIN_REACH) - 1, -1)
                 if c.s.keys.verb[c.tokens[k].text] & c.words.receiving_verbs), None)
    if verb is None:
        return roles
    callers = [a for a in c.actors if trig.last < a.first <= trig.last + RECEIVED_REACH
               and c.s.governor(a.first) == "من" and a.label not in ("VICTIM", "NP")]
    receivers = [a for a in c.actors if verb < a.first and a.last < trig.first and c.s.governor(a.first) is None
                 and a.label not in ("VICTIM", "NP")]
    if not callers:
        return roles
    # with no receiver named (قالت إنها تلقت اتصالا) the call has no counterpart and is dropped
    return roles.but(sources=callers[:1], targets=receivers[:1], how="received")


def the_counterpart_follows_with(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A call or talks with a doer and no one met, whose counterpart is told after مع past the
    noun's adjectives and the doer's own relative clause (round 19; «خلال مكالمة هاتفية مع نظيره
    التركي رجب طيب إردوغان», aawsat 2015-08-07; «خلال اتصال هاتفي أجراه الرئيس الإيراني مع نظيره
    الفرنسي», alriyadh 2015-07-25): the one after مع is the target. A counterpart noun or a title
    (نظيره التركي، الرئيس التركي) stands for the name that closes it within COUNTERPART_NAME_REACH
    words, else for itself as words. Told as received (في اتصال هاتفي تلقاه من الرئيس التركي، aawsat
    2015-07-31), the call is the caller's: the one after من is the source and the doer found (the
    receiver) the target, as ``a_call_received_comes_from_the_caller`` codes «تلقى … اتصالا من»."""
    if c.type != "CONSULT" or trig.pos != "n" or len(roles.sources) != 1 or roles.targets or roles.parties:
        return roles
    k = trig.last + 1
    for _ in range(COUNTERPART_ADJECTIVES):
        if k <= c.hi and c.tokens[k].get("kind") == "ar" and (is_adjective(c.tokens[k].text, c.words)
                                                              or is_indefinite_adjective(c.tokens[k].text, c.words)):
            k += 1  # اتصال هاتفي، محادثات مغلقة
    received = False
    if k < c.hi and c.s.keys.verb[c.tokens[k].text] & c.words.receiving_verbs and c.word(k + 1) == "من":
        received, k = True, k + 2  # تلقاه من
    elif k <= c.hi and c.s.keys.verb[c.tokens[k].text] & c.words.light_verbs:
        # أجراه الرئيس الإيراني مع: the doer's own relative clause, the doer right after its verb
        doer = roles.sources[0]
        if getattr(doer, "first", None) != k + 1:
            return roles
        if doer.last + 1 > c.hi or c.word(doer.last + 1) != "مع":
            return roles  # the doer closes the sentence, or no مع after it
        k = doer.last + 2
    elif k <= c.hi and c.word(k) == "مع":
        k += 1
    else:
        return roles
    if k > c.hi:
        return roles
    other = _counterpart_at(c, k)
    if other is None or other.key == roles.sources[0].key:
        return roles
    if received:
        return roles.but(sources=[other], targets=roles.sources, how="received")
    return roles.but(targets=[other])


def _counterpart_at(c: RoleContext, k: int):
    """The party named at token ``k`` after مع or من: an actor that starts there, else the name
    closing a counterpart noun or a title (نظيره النرويجي بورج بريند، الرئيس التركي رجب طيب
    إردوغان), else a counterpart noun phrase as words (نظيره الفرنسي)."""
    here = actor_at(c.actors, first=k)
    if here is not None and here.label not in ("VICTIM", "NP"):
        return here
    counterpart = bool(c.s.keys.noun[c.tokens[k].text] & RoleWords.shared().counterparts)
    if not (counterpart or strip_article(c.word(k)) in c.words.title_words):
        return None
    for j in range(k + 1, min(c.hi, k + COUNTERPART_NAME_REACH) + 1):
        if c.tokens[j].text in COMMAS or c.word(j) in RoleWords.shared().counterpart_stops:
            break
        a = actor_at(c.actors, first=j)
        if a is not None:
            return a if a.label == "PER" else None
    return noun_phrase(c.s, k, c.hi) if counterpart else None


def possessor_is_the_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A nominal act with a possessive pronoun and no doer (أعرب عن رفضه، كرر الاتحاد دعمه، بعد
    رفضها تلقي الأوامر) is the owner's: the subject of the verb that governs it, else the nearest
    actor before it in the clause that no preposition governs."""
    if not c.possessed or roles.sources:
        return roles
    feminine = c.tokens[trig.first].text.endswith(("ها", "هم"))  # her / their: no single man
    owner = _doer_of_the_act_it_names(c, trig) or light_verb_subject(c.s, trig, c.everyone)
    if owner is None:
        # after a verb of stance that carries its subject (كما أكدا رفضهما) or has it after itself
        # (كما أكد الجانبان رفضهما), the owner is that subject, never an actor of the clause before
        # the verb
        stated = _stating_verb_before(c, trig)
        if stated is not None and stated == trig.first - 1 and not _carries_its_subject(c, stated):
            # قوات المعارضة «جددت هجومها»: a singular verb right before the noun may have its
            # subject before it; with words between (كما أكد الجانبان رفضهما) its subject is there
            stated = None
        before = [a for a in c.actors if c.lo <= a.last < trig.first and c.s.governor(a.first) is None
                  and a.label not in ("VICTIM", "NP") and not (feminine and a.label == "PER")
                  and (stated is None or a.first > stated)]
        owner = before[-1] if before else None
        if owner is not None and len(before) > 1 and _title_of(c, before[-2], owner):
            owner = before[-2]  # محمد السادس ملك المملكة المغربية: the king, not his kingdom
    if owner is None:
        return roles
    if c.trigger_keys & c.words.object_nouns:
        # محاكمته، إصابته، اعتقاله: the owner is the one tried, hit or held, not the doer
        return roles.but(targets=[owner] + [a for a in roles.targets if a.key != owner.key])
    return roles.but(sources=[owner], targets=[a for a in roles.targets if a.key != owner.key], how="possessor")


def charged_owner_is_the_accused(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A noun of charging with a possessive pronoun and the charge after it by بـ (بعد اتهامه
    باستغلال سلطات وظيفته، عقب اتهامهم بالفساد) names in its pronoun the one charged, not the
    accuser: ``possessor_is_the_doer`` or ``adverbial_act_is_the_subjects`` made the owner the doer;
    he is the target and the doer stays unnamed (``charge_nouns``; with لـ after it, اتهامه لها
    بدعم الإرهاب, the owner accuses)."""
    if roles.how not in ("possessor", "adverbial") or c.type != "ACCUSE" or not roles.sources \
            or not c.possessed or not (c.trigger_keys & c.words.charge_nouns):
        return roles
    nxt = trig.last + 1
    if nxt >= len(c.tokens) or not c.word(nxt).startswith("ب"):
        return roles
    owner = roles.sources[0]
    return roles.but(sources=[], targets=[owner] + [a for a in roles.targets if a.key != owner.key], how="")


def counted_accused_after_lam(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A charging verb with no target and a count after لـ in its clause (يذكر أن النيابة العامة
    قد وجهت اتهامات متفرقة لتسعة وعشرين متهما، وجهت سلطات الادعاء اتهامات لاثنين من …): the
    counted people are the ones charged (round 16). The count and the noun it counts are taken as
    text: «متهما» is itself a trigger word, so no actor covers it; «إلى 14 مسؤولا» already has one."""
    if c.type != "ACCUSE" or trig.pos != "v" or roles.targets:
        return roles
    charged = False  # a charge noun (``charges``) seen between the verb and the count
    for k in range(trig.last + 1, min(c.hi, trig.last + CHARGED_COUNT_REACH) + 1):
        w = c.tokens[k].text
        if strip_article(c.word(k)) in c.words.charges:
            charged = True
            continue
        if not charged or not (w[:1] == "ل" and len(w) > 2 and starts_number(w[1:])):
            continue
        j = k
        while j + 1 <= c.hi and j - k < COUNT_WORDS and starts_number(c.tokens[j + 1].text):
            j += 1  # the count's other words (تسعة وعشرين)
        if j + 1 > c.hi or c.tokens[j + 1].get("kind") != "ar" or c.word(j + 1) in c.words.prepositions:
            return roles
        return roles.but(targets=[np_actor(c.tokens, k, j + 1)])
    return roles


# How far after a charging verb its لـ-count may stand: a subject of two words, the charge noun
# and an adjective or a بـ-charge of it between (وجهت السلطات الكويتية اتهامات بالإرهاب لتسعة
# وعشرين شخصا: five words).
CHARGED_COUNT_REACH = 6
# The number words of one count run to three (مئة وتسعة وعشرين).
COUNT_WORDS = 3


def _stating_verb_before(c: RoleContext, trig: Trigger) -> int | None:
    """The verb of stance (``statement_verbs``) that governs a nominal act, at most
    STATEMENT_OBJECT_WORDS words before it with no complementizer or clause mark between, or None
    (the same walk as ``triggers._stated_own_noun``)."""
    return stating_verb_before(c.norm, trig.first, c.lo,
                               lambda k: bool(c.s.keys.verb[c.tokens[k].text] & c.words.statement_verbs), c.words)


def _carries_its_subject(c: RoleContext, k: int) -> bool:
    """Does the verb at k end in a dual or plural subject suffix on its lemma (كما أكدا، وجددوا)?
    A verb before its subject is singular in Arabic, so such a verb has its subject in itself (or
    before it), never after it."""
    w = strip_conjunction(c.word(k), 2)
    if w.startswith("كما"):
        w = w[3:]
    return any(w.endswith(x) and w[:-len(x)] in c.words.statement_verbs for x in DUAL_PLURAL_SUFFIXES)


DUAL_PLURAL_SUFFIXES = ("وا", "ا")


def _doer_of_the_act_it_names(c: RoleContext, trig: Trigger):
    """A nominal act right after "in it" (تلقى اتصالا من X … جدد خلاله ترحيبه، عبر فيه عن إدانته)
    is done within the event named before it in the sentence, by that event's doer (the caller,
    whose name a preposition governs); None where there is none."""
    k = trig.first - 1
    if k > c.lo and c.word(k) in c.words.prepositions:
        k -= 1  # فيه عن إدانته
    if k <= c.lo or c.word(k) not in c.words.during_it:
        return None
    earlier = [e for t0, e, _spk in c.sentence.events if e.start < c.tokens[k].start and e.source is not None
               and e.source.text]
    return earlier[-1].source if earlier else None


def _title_of(c: RoleContext, person, other) -> bool:
    """Is ``other`` the genitive of a title in apposition to the person named right before it
    (محمد السادس ملك المغرب، عادل الجبير وزير خارجية المملكة)? Then it names his office, not a
    party of its own."""
    if person.label != "PER" or not 1 < other.first - person.last <= 3:
        return False
    gap = [strip_article(c.word(k)) for k in range(person.last + 1, other.first)]
    return gap[0] in c.words.title_words


def adverbial_act_is_the_subjects(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A verbal or cooperative act told as an adverbial with no doer (عقب عقد الاجتماع المشترك، في
    زيارة يلتقي خلالها، خلال زيارته) is done by the doer of the clause: the source of the verb before
    it in the sentence, else the speaker."""
    if trig.pos != "n" or roles.sources or c.type in ACCUSABLE or c.type == "PROTEST":
        return roles
    k = trig.first - 1
    while k >= c.lo and k >= trig.first - 3 and c.s.keys.verb[c.tokens[k].text] & c.words.light_verbs:
        k -= 1  # عقب عقد الاجتماع
    if k < c.lo or strip_conjunction(c.word(k), 2) not in c.words.adverbial_heads:
        return roles
    earlier = [e for t0, e, _spk in c.sentence.events if t0.pos == "v" and e.start < trig.start and e.source is not None]
    doer = earlier[-1].source if earlier else c.speaker
    host = None
    if doer is None:
        # the subject of the clause: the nearest actor before the adverbial that no preposition
        # governs (سعى وزير الدفاع الأميركي آشتون كارتر خلال زيارة إلى إسرائيل)
        # (a country after إلى, its state noun included, is the place reached: يتوجه الأمير … إلى
        # جمهورية مصر في زيارة)
        before = [a for a in c.actors if c.lo <= a.last < k and a.label not in ("VICTIM", "NP") and (
            c.s.governor(a.first) is None or (a.label == "LOC" and c.s.governor(a.first) in RoleWords.shared().reached))]
        doer = before[-1] if before else None
        persons = [a for a in before if a.label == "PER"]
        named = [a for a in persons if not a.nominal]
        if doer is not None and c.s.governor(doer.first) is not None and not persons:
            doer = None  # a destination is no doer
        if doer is not None and doer.label == "LOC" and persons:
            # سيصل وزير خارجية جنوب السودان الخرطوم … في زيارة، غادر الأمير … جمهورية مصر بعد زيارة:
            # the person visits; the country or capital he reaches or leaves hosts him
            host, doer = doer, (named or persons)[-1]
        elif doer is not None and doer.label == "PER" and doer.nominal and named:
            doer = named[-1]  # a title after the name is his (… وزير الدفاع بعد زيارة)
    if doer is None:
        return roles
    targets = [a for a in roles.targets if a.key != doer.key]
    if not targets and host is not None and c.type == "CONSULT":
        targets = [host]
    return roles.but(sources=[doer], targets=targets, how="adverbial")


# The commas after which a feminine participle opens a circumstantial clause (Arabic and Latin).
# Marks that open a quotation: its words are the speaker's, not the main clause's.
QUOTE_OPENERS = "«\"“"


def circumstantial_participle_acts_for_the_clause(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An active participle in the accusative after a clause (الحال: … داعيا المستثمرين إلى،
    واعدا الأهالي بأن، مستنكرا الاعتداء) is done by that clause's doer: the source of the verb
    before it in the sentence, else the speaker, else the nearest actor before it that no
    preposition governs; the actor right after it is its object, not its doer (the genitive rules
    read it as a noun's doer)."""
    w = c.word(trig.first)
    if trig.pos != "n":
        return roles
    forms = {w, strip_conjunction(w, 2)}  # (واعدا: its و is no conjunction)
    # the feminine (داعية، مطالبة، مناشدة) is also a noun ("preacher", "a demand"): a participle only
    # where it opens a clause after a comma (أعلنت مفوضية حقوق الإنسان …، داعية المجتمع الدولي إلى)
    feminine = (forms & c.words.circumstantial_participles_feminine and trig.first > 0
                and c.tokens[trig.first - 1].text in COMMAS)
    if not (forms & c.words.circumstantial_participles or feminine):
        return roles
    if trig.first > 0 and (starts_count(c.s, trig.first - 1) or c.tokens[trig.first - 1].text in ")"):
        return roles  # القبض على (431) متهما: a counted noun, "the accused", no participle
    nxt = c.word(trig.last + 1) if trig.last + 1 < len(c.tokens) else ""
    if nxt in c.words.never_actors:
        return DROP  # داعيا الله أن يشفي المصابين: a prayer, no demand
    targets = roles.targets
    if roles.how == "genitive":
        targets = roles.sources + [a for a in roles.targets if a not in roles.sources]
    if not targets and trig.last + 1 <= c.hi and c.s.governor(trig.last + 1) is None:
        obj = c.phrase_at(trig.last + 1)  # داعيا المستثمرين: its direct object, named or described
        targets = [obj] if obj is not None else []
    earlier = [e for t0, e, _spk in c.sentence.events if t0.pos == "v" and e.start < trig.start and e.source is not None]
    doer = earlier[-1].source if earlier else c.speaker
    if doer is None:
        # the main clause's subject: not an actor inside a reported clause (أن، بأن) or a quotation
        # that stands between the main verb and the participle (وأضاف أن طائرات الإغاثة التي هبطت …،
        # داعيا التجار: the speaker calls, not the planes; معتبرا أن التنظيم … الكردستاني …، محذرا)
        main_end = next((k for k in range(trig.first) if strip_conjunction(c.word(k), 2) in c.words.complementizers
                         or c.tokens[k].text[:1] in QUOTE_OPENERS), trig.first)
        before = [a for a in c.sentence.actors if a.last < main_end and c.s.governor(a.first) is None
                  and a.label not in ("VICTIM", "NP", "PLACE")]
        persons = [a for a in before if a.label == "PER"]  # a speaker, not the office he names
        doer = (persons or before)[-1] if before else None
    if doer is None:
        return roles.but(sources=[], targets=targets, how="participle")
    return roles.but(sources=[doer], targets=[a for a in targets if a.key != doer.key], how="participle")


def _issuer_told_before(c: RoleContext) -> ActorRef | None:
    """The party told issuing a statement in the sentences before (X في بيان، أصدرت X بيانا، بيان
    صادر عن X): the named actor nearest before the last statement noun of the ``ISSUER_BACK_SENTENCES``
    sentences before, within ``TITLE_CHAIN`` tokens and in its sentence; no place, no outlet."""
    doc, words = c.sentence.doc, c.words
    sents = doc.layer("sentences")
    here = bisect.bisect_right([x.start for x in sents], c.tokens[0].start) - 1
    toks = doc.layer("tokens")
    starts = [t.start for t in toks]
    for si in range(here - 1, max(-1, here - 1 - ISSUER_BACK_SENTENCES), -1):
        sent = sents[si]
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        nouns = [k for k in range(lo, hi) if bare_word(toks[k].text) in words.statement_nouns
                 or normalize(toks[k].text) in words.statement_nouns]
        if not nouns:
            continue
        k = nouns[-1]
        floor = toks[max(lo, k - TITLE_CHAIN)].start
        # the issuer named right after the noun (بيان رئاسة الإقليم، بيان لوزارة الخارجية، بيان صادر
        # عن …) within ISSUER_MARK_REACH + 1 tokens, else the party nearest before it (X في بيان)
        ceiling = toks[min(hi - 1, k + ISSUER_MARK_REACH + 1)].end
        # a party after the noun issues it only in construct (بيان رئاسة الإقليم, بيان لوزارة: it
        # starts in the next token) or after an issuer mark (صادر عن); «في بيان أمس أن إيران …» and
        # «في بيان إن روسيا …» name what the statement says (session 28's review)
        construct_end = toks[k + 1].end if k + 1 < hi else -1
        marked = any(bare_word(toks[j].text) in words.issuer_marks or normalize(toks[j].text) in words.issuer_marks
                     for j in range(k + 1, min(hi, k + 1 + ISSUER_MARK_REACH)))
        before = after = None
        for ent in doc.entities:
            if ent.label == "LOC" and not ent.attrs.get("code"):
                continue  # a place is where a statement is issued, not who issues it
            code = entity_code(doc, ent.id) or ""
            if code.endswith("MED"):
                continue  # an outlet reports the statement
            for m in ent.mentions:
                if floor <= m.start and m.end <= toks[k].start and (before is None or m.start > before[0].start):
                    before = (m, ent)
                elif toks[k].end < m.start < ceiling and (m.start < construct_end or marked) \
                        and (after is None or m.start < after[0].start):
                    after = (m, ent)
        best = after or before
        if best is None:
            return None
        m, ent = best
        return ActorRef(ent.id, m.text, entity_code(doc, ent.id))
    return None


def the_side_recaptured_from_is_the_target(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Taking a place back (``recapture_words``: حرر، استعاد، استرد، استرجع) is done against the party
    it is taken from: the party after من (or من سيطرة/قبضة/أيدي, ``held_by_words``) within
    ``RECAPTURED_FROM_REACH`` tokens is the target, not the place taken nor a word of the doer's
    description (round 12): «واصلت المقاومة الشعبية … تقدمها شمالاً بعدما حررت مدينة عدن، كبرى مدن الجنوب
    اليمني، من الحوثيين» (aawsat 2015-07-22) had «للرئيس اليمني» as the target."""
    tok = c.tokens[trig.first].text
    if not ((c.s.keys.verb[tok] | c.trigger_keys) & c.words.recapture_words):
        return roles
    hi = min(c.hi, trig.last + RECAPTURED_FROM_REACH)
    for k in range(trig.last + 1, hi):
        if c.word(k) != "من":
            continue
        j = k + 1
        if j <= c.hi and c.word(j) in c.words.held_by_words:
            j += 1
        side = next((a for a in c.everyone if a.first == j and a.label not in ("PLACE", "NP")), None)
        if side is None:
            return roles
        side = _side_at(c, side)
        if any(getattr(a, "key", None) == side.key for a in roles.sources):
            return roles
        return roles.but(targets=[side])
    return roles


def statement_stands_for_its_issuer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A statement as the subject of a verb of speech or diplomacy stands for the party that issued
    it (round 12; ``statement_nouns``, ``issuer_marks``): «حذر بيان صادر عن وزارة الخارجية»، «اتهم
    بيان أصدرته وزارة الخارجية الأميركية النظام الإيراني» (alriyadh 2015-07-26, aawsat 08-07): the
    party after the mark; «ودعا البيان الحكومة التركية» (aljazirah 2015-08-02): the party told issuing
    a statement in the sentences before. Else the verb keeps no doer."""
    if trig.pos != "v" or roles.sources or c.type not in DROPPED_SUBJECT_TYPES or trig.last + 1 > c.hi:
        return roles
    k = trig.last + 1
    noun = c.word(k)
    if noun not in c.words.statement_nouns:
        return roles
    issuer = None
    mark = next((j for j in range(k + 1, min(c.hi, k + ISSUER_MARK_REACH) + 1)
                 if c.word(j) in c.words.issuer_marks), None)
    if mark is not None:
        issuer = next((a for a in c.everyone if mark < a.first <= mark + ISSUER_MARK_REACH
                       and a.label not in ("PLACE", "NP", "VICTIM")), None)
    elif noun.startswith("ال"):
        issuer = _issuer_told_before(c)
    if issuer is None:
        return roles
    targets = [a for a in roles.targets if a.key != issuer.key]
    if mark is not None and not targets:
        # the verb's object follows the issuer (اتهم بيان أصدرته وزارة الخارجية الأميركية، النظام
        # الإيراني): the next party with no preposition of its own
        nxt = next((a for a in c.everyone if issuer.last < a.first <= issuer.last + SUBJECT_GAP + 1
                    and a.label not in ("PLACE", "NP") and c.s.governor(a.first) is None), None)
        targets = [nxt] if nxt is not None else []
    return roles.but(sources=[issuer], targets=targets, how="statement")


def dropped_subject_is_the_last_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Arabic drops a repeated subject: a verb of speech or diplomacy opening its sentence with no
    subject of its own (كما طالبت الحزب بتسليم سلاحه) is done by the doer named last in the
    sentence before (``SentenceContext.previous``)."""
    if trig.pos != "v" or roles.sources or c.type not in DROPPED_SUBJECT_TYPES or c.sentence.previous is None:
        return roles
    opening = all(c.tokens[k].get("kind") != "ar" or c.word(k) in c.words.sentence_openers
                  for k in range(0, trig.first))
    if not opening or c.speaker is not None:
        return roles
    doer = c.sentence.previous
    return roles.but(sources=[doer], targets=[a for a in roles.targets if a.key != doer.key], how="dropped")


def attributed_or_claimed_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A violent act with no doer of its own whose sentence attributes it (نُسبت إلى مقاتلي حزب
    العمال، داعش المتهم بالوقوف خلف العملية، يقف وراء الهجوم) or in which someone claims it (تبنى
    التنظيم الهجوم، أعلن مسؤوليته عن) is the attributed or the claimant's act."""
    if (roles.sources and roles.how not in GUESSED and not all(a.label == "NP" for a in roles.sources)) \
            or c.type not in ACCUSABLE:
        return roles
    doer = c.sentence.attributed_doer()
    if doer is None:
        return roles
    return roles.but(sources=[doer], targets=[a for a in roles.targets if a.key != doer.key], how="attributed")


def condemner_is_no_party_to_the_act(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A violent act named as the object of a condemnation (أدانت الأمانة العامة لرابطة العالم
    الإسلامي العمل الإرهابي، شجب وزير العدل … العمل الإرهابي) has neither the condemner nor the words
    of the condemner's name (they stand between the verb and the act) as its doer or its target."""
    if trig.pos != "n" or c.type not in ACCUSABLE:
        return roles
    # the condemnation's object: an accusing verb with no target of its own, the act within the
    # reach of a subject's title chain after it
    verbs = [t0 for t0, e, _spk in c.sentence.events if t0.pos == "v" and e.type == "ACCUSE" and e.target is None
             and 0 < trig.first - t0.last <= TITLE_CHAIN]
    if not verbs:
        return roles
    t0 = verbs[-1]
    keys = {e.role_key("source") for t1, e, _spk in c.sentence.events if t1 is t0}

    def condemner(a) -> bool:
        first = getattr(a, "first", None)
        return a.key in keys or (first is not None and t0.last < first < trig.first)

    sources = [a for a in roles.sources if not condemner(a)]
    targets = [a for a in roles.targets if not condemner(a)]
    if len(sources) == len(roles.sources) and len(targets) == len(roles.targets):
        return roles
    return roles.but(sources=sources, targets=targets, how=roles.how if sources else "")


def _head_noun(words, text: str) -> str:
    """The first word of a phrase, normalised, without a definite prefix (للنيابة -> نيابه)."""
    head = normalize(text.split()[0]) if text and text.split() else ""
    for prefix in words.definite_prefixes:
        if head.startswith(prefix) and len(head) - len(prefix) >= 3:
            return head[len(prefix):]
    return head


def struck_things_are_no_doers(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Positions, gatherings, vehicles and headquarters (``struck_things``: مواقع، تجمعات، آليات)
    are what an assault hits, never its doer (round 9: «غارات استهدفت تجمعات لتنظيم داعش» made
    «تجمعات» the doer): such a source is dropped, and a side named inside or right after it
    (مواقع الحوثين، تجمعات لتنظيم داعش) is the target when none other is."""
    if c.type != "ASSAULT" or not roles.sources:
        return roles
    struck = [a for a in roles.sources if _head_noun(c.words, a.text) in c.words.struck_things]
    if not struck:
        return roles
    a = struck[0]
    last = getattr(a, "last", None)
    side = None if last is None else next(
        (x for x in c.sentence.actors if a.first < x.first <= last + 1 and x.label not in ("PLACE", "NP")
         and _head_noun(c.words, x.text) not in c.words.struck_things), None)
    sources = [x for x in roles.sources if x not in struck]
    targets = [x for x in roles.targets if _head_noun(c.words, x.text) not in c.words.struck_things]
    if side is not None and not any(t.key == side.key for t in targets):
        targets = [side] + targets
    return roles.but(sources=sources, targets=targets)


def a_weapon_is_no_target(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An explosive device (``explosive_weapons`` in the first two words of the phrase: سيارة
    مفخخة، عبوة ناسفة، حزام ناسف) is the instrument of a violent act, not what it strikes (round 14:
    «أعلن مسؤوليته عن تفجير سيارة مفخخة» made the car bomb the target): it is dropped from the
    targets, and the act keeps the victims the rules found beside it, else none. As a subject
    (سيارة مفخخة فجرت حافلة) it stays the bare noun phrase that names the doer for the argument
    measure (the openeventdata annotators mark it so), which codes no actor."""
    if c.type not in ACCUSABLE or not roles.targets:
        return roles

    def weapon(a) -> bool:
        words = (a.text or "").split()[:2]
        return any(strip_conjunction(normalize(w), 2) in c.words.explosive_weapons for w in words)

    targets = [a for a in roles.targets if not weapon(a)]
    if len(targets) == len(roles.targets):
        return roles
    return roles.but(targets=targets)


def relative_clause_object_is_no_target(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A target that stands inside a relative clause on the act's doer, the trigger standing
    before that clause, is the clause's object, not the act's target (round 14: «الهجومين اللذين
    تبناهما التنظيم الذي يسيطر على مساحات من العراق» made «مساحات» the attacks' target): the
    relative pronoun right after the doer, the target within RELATIVE_OBJECT_REACH tokens after it
    (الذي + verb + preposition + object)."""
    if c.type not in ACCUSABLE or not roles.sources or not roles.targets:
        return roles
    rels = [a.last + 1 for a in roles.sources if getattr(a, "last", None) is not None and a.first > trig.last
            and a.last + 1 < len(c.tokens) and c.word(a.last + 1) in c.words.relatives]
    if not rels:
        return roles
    targets = [t for t in roles.targets if not any(
        r < getattr(t, "first", -1) <= r + RELATIVE_OBJECT_REACH for r in rels)]
    if len(targets) == len(roles.targets):
        return roles
    return roles.but(targets=targets)


def an_act_as_subject_strikes_what_follows(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A violent verb whose subject is an act noun told right before it (هجوم استهدف فندقين، الغارات
    التركية استهدفت الناشطين، إن التفجيرين استهدفا مقاتلين) predicates the act: what follows the
    verb is what the act struck, never its doer (round 14: «في هجوم استهدف فندقين بمدينة سوسة»
    made the hotels the doer, aawsat 2015-07-21; «الغارات التركية استهدفت الناشطين الاكراد» the
    adjective's Turkey or the raids themselves, 2015-08-06; the claimed victims made the doer). The
    act noun ends within ACT_SUBJECT_GAP tokens before the verb (its adjectives, a relative pronoun
    between: هجوم انتحاري دام استهدف، التفجير الذي استهدف). The verb's doer is then the act
    noun's doer where the rules found one (شن طيران التحالف غارات استهدفت), else none."""
    if trig.pos != "v" or c.type not in ACCUSABLE or roles.how == "relative":
        # «هجومه الشديد على الإرهابيين اليهود الذين أحرقوا عائلة فلسطينية» (aawsat 2015-08-03): the
        # relative clause's antecedent is its subject
        return roles
    act = next((t for t in reversed(c.sentence.kept) if t.pos == "n" and t.type in ACCUSABLE
                and t.last < trig.first and trig.first - t.last <= ACT_SUBJECT_GAP), None)
    if act is None:
        return roles
    if any(c.tokens[k].get("kind") != "ar" for k in range(act.last + 1, trig.first)):
        return roles  # a comma or a number between: another clause
    if strip_conjunction(c.word(act.first), 2).startswith("ال") and c.s.governor(act.first) is not None \
            and not any(c.word(k) in c.words.relatives for k in range(act.last + 1, trig.first)):
        # «وفي الهجوم الاكثر دموية انفجرت سيارة ملغومة» (aawsat 2015-07-22): a definite act after a
        # preposition is the verb's circumstance, not its subject (an indefinite one is the head of
        # a relative clause with no pronoun: في هجوم استهدف فندقين)
        return roles
    after = [a for a in roles.sources if getattr(a, "first", -1) > trig.last]
    # a named party inside the act noun's phrase is its adjective (الغارات التركية), not the verb's
    # subject; the bare act noun (الغارات، سيارة مفخخة فجرت) stays the phrase that names the doer
    # for the argument measure, as the openeventdata annotators mark it (it codes no actor)
    inside = [a for a in roles.sources if act.first <= getattr(a, "first", -1) < trig.first and a.label != "NP"]
    # a party the ranker took from before the act noun (how "model": no rule found it) stands in
    # another clause, since the act noun is the verb's subject: «توترت العلاقة بين الأكراد والحكومة
    # التركية … بعد تفجير استهدف تجمعاً» made the government the bomber (reading 10's kind), «ان ستة
    # من رجال الجيش والشرطة قتلوا في هجوم انتحاري استهدف نقطة تفتيش» (aawsat 2015-07-22) the police,
    # among the dead (round 22). A claimant or an accused found by a rule keeps its own how.
    elsewhere = [a for a in roles.sources if roles.how == "model" and getattr(a, "last", trig.first) < act.first]
    if not after and not inside and not elsewhere:
        return roles
    targets = list(roles.targets)
    for a in after:
        if not any(t.key == a.key for t in targets):
            targets.append(a)
    doer = next((e.source for t0, e, _spk in c.sentence.events if t0 is act and e.source is not None
                 and (e.source.entity or e.source.code)), None)
    sources = [a for a in roles.sources if a not in after and a not in inside and a not in elsewhere]
    if doer is not None and not sources:
        sources = [doer]
    targets = [t for t in targets if not any(t.key == x.key for x in sources)]
    return roles.but(sources=sources, targets=targets, how=roles.how if sources else "")


def venue_of_a_referral_is_no_target(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A court, a prosecution or an investigating body reached by إلى، لـ، على after an accusing
    act is where the accused is sent, not the accused (أحالت النيابة العامة 41 متهما إلى المحكمة،
    أحالت الوزارة القضية للنيابة العامة): PLOVER's ACCUSE targets the one referred or charged."""
    if c.type != "ACCUSE" or not roles.targets:
        return roles

    def venue(a) -> bool:
        first = getattr(a, "first", None)
        if first is None or first <= trig.last or not a.text:
            return False
        if c.s.governor(first) not in c.words.destination_preps:
            return False
        head, rest = _head_noun(c.words, a.text), a.text.split()[1:2]
        return head in c.words.justice_venues or (
            bool(rest) and f"{head} {normalize(rest[0])}" in c.words.justice_venues)  # هيئة التحقيق
    targets = [a for a in roles.targets if not venue(a)]
    return roles if len(targets) == len(roles.targets) else roles.but(targets=targets)


def negated_acts_are_no_events(c: RoleContext, trig: Trigger, roles: Roles) -> Roles | _Drop:
    """"Did not attack" is no attack to count (لم تهاجم روسيا أوكرانيا): a negated trigger makes no
    event unless the settings keep negated events (``keep_negated``)."""
    if c.context == NEGATED and not c.sentence.keep_negated:
        return DROP
    return roles


def predicate_said_of_the_actor_before(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A nominal predicate in someone's statement is said by the speaker of the actor right before
    it (بشار الأسد فاقد للشرعية: the speaker accuses al-Assad)."""
    sp = c.speaker
    if sp is None or roles.how in NO_SPEAKER_SOURCE or trig.form not in c.words.predicates:
        return roles
    pre = [a for a in c.sentence.actors if a.last == trig.first - 1]
    return roles.but(sources=[sp], targets=pre[-1:])


def speaker_is_the_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """In someone's words, a first-person verb (نقترح أن يستأنف …، طلبنا) or a verbal noun of
    agreement, support, demand or accusation with no doer (أعلن كيري … التزام بلاده) is the
    speaker's own act. A third-person verb with no subject is not: the speaker reports someone
    else's act (قالت الشرطة إنه قتل في انفجار: the police did not kill), and the act keeps no doer.
    Not for a relative clause (its subject is the antecedent) nor a passive (it names no doer)."""
    sp = c.speaker
    if sp is None or roles.how in NO_SPEAKER_SOURCE or trig.form in c.words.predicates \
            or trig.form in c.words.modal_requests:
        return roles
    verbal_noun = trig.pos == "n" and c.type in SPEAKER_NOUN_TYPES and not adverbial(c.s, c.norm, trig.first)
    own_verb = trig.pos == "v" and first_person(c.tokens[trig.first])
    if not (own_verb or verbal_noun) or (roles.sources and not own_verb):
        return roles
    if verbal_noun and _topic_of_the_statement(c, trig):
        return roles
    return roles.but(sources=[sp], targets=[a for a in roles.targets if a.key != sp.key])


def _topic_of_the_statement(c: RoleContext, trig: Trigger) -> bool:
    """Is the nominal act the definite subject of the reported clause, right after its
    complementizer (وقال نتنياهو إن الاتفاق ليس كافيا، أكدت أن الاتفاق النووي مع إيران سوف يحد)?
    It names an act already known, which the statement judges: the speaker talks about it and is
    not its doer (issue 15, sixth fresh reading: «ورأى نتانياهو أن الاتفاق يمهد» coded as
    Netanyahu's AGREE)."""
    k = trig.first - 1
    return k >= c.lo and strip_conjunction(c.word(k), 2) in c.words.complementizers \
        and bare_word(c.tokens[trig.first].text).startswith("ال")


def reported_waste_is_an_accusation(c: RoleContext, trig: Trigger, roles: Roles) -> Roles | _Drop:
    """Acts that are accusations when reported (أهدرت الحكومة السابقة تريليون دولار, said by
    al-Araji): the doer is the accused, the one who says it (the speaker, or the subject of كشف
    عن) the accuser; with neither, no event."""
    if trig.form not in c.words.act_accusations:
        return roles
    accuser = c.speaker or light_verb_subject(c.s, trig, c.everyone)
    if accuser is None or not roles.sources:
        return DROP
    return roles.but(sources=[accuser], targets=roles.sources[:1])


def modal_demand_is_the_speakers(c: RoleContext, trig: Trigger, roles: Roles) -> Roles | _Drop:
    """A modal demand in someone's words (قال إن أوكرانيا يجب أن تسقط …) is a REQUEST by the speaker
    to the grammatical subject; with no speaker or no one addressed, no event."""
    if trig.form not in c.words.modal_requests:
        return roles
    addressed = roles.sources if roles.how == "subject" else [a for a in roles.targets[:1] if a.first - trig.last <= 3]
    if c.speaker is None or not addressed:
        return DROP
    return roles.but(sources=[c.speaker], targets=addressed)


def accused_by_pronoun_is_the_earlier_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An accusation with an object pronoun and no target named (وصفتها، اتهمه) accuses the doer of
    the violent act reported before it in the sentence."""
    if c.type != "ACCUSE" or roles.targets or trig.pos != "v" or not object_pronoun(c.s, c.tokens[trig.first]):
        return roles
    earlier = [e for _t, e, _s in c.sentence.events if e.start < trig.start and e.type in ACCUSABLE
               and e.role_key("source")]
    return roles.but(targets=[earlier[-1].source]) if earlier else roles


def condemned_act_names_the_accused(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A condemnation whose object is a violent act with a doer of its own (شجب النجيفي التفجير
    الإجرامي الذي نفذه الإرهابيون في منطقة سترة) accuses that doer: the act's source is the
    target, over a place or a victim the clause rules may have found after it."""
    if c.type != "ACCUSE" or trig.pos != "v":
        return roles
    act = next((t for t in c.sentence.kept if t.pos == "n" and t.type in ACCUSABLE and t.first > trig.last), None)
    if act is None or act.first - trig.last > TITLE_CHAIN:
        return roles
    if any(t.first > trig.last and t.last < act.first and t.type not in ACCUSABLE for t in c.sentence.kept):
        return roles  # another act between: the violent one is not what is condemned
    doers = [a for a in c.sentence.clause_roles(act).sources if a.label not in ("NP", "VICTIM")]
    keys = {a.key for a in roles.sources}
    doers = [a for a in doers if a.key not in keys]
    return roles.but(targets=doers) if doers else roles


def the_visitor_meets_after_arriving(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A meeting verb joined (و، حيث، ثم) to a verb of arriving or visiting before it in the sentence
    (``arrival_verbs``: وصل، زار، يزور) has that verb's subject as its own dropped subject, and the
    party after it is the one met (round 19): «زار الجزائر، والتقى الرئيس عبد العزيز بوتفليقة»
    (aawsat 2015-07-22), «وصل إلى الدوحة، مساء الأحد، حيث التقى أمير دولة قطر» (aawsat 2015-08-07):
    the subject-after-verb reading made the host the visitor, or the sentence gave nothing. The
    visitor is the source of the visit told before (an event of the sentence), else the subject
    right before or after the arrival verb. A host verb (استقبل) and a verb with a subject before
    it (روسيا … ثم التقت) are left to their rules."""
    if c.type != "CONSULT" or trig.pos != "v" or roles.how not in ("vso", "") or c.relative \
            or (c.trigger_keys | c.s.keys.verb[c.tokens[trig.first].text]) & c.words.host_verbs:
        return roles
    joined = has_conjunction(c.tokens[trig.first]) or (trig.first > 0 and c.word(trig.first - 1) in RoleWords.shared().meeting_joiners)
    if not joined:
        return roles
    lo = max(0, trig.first - ARRIVAL_REACH)
    arrival = next((k for k in range(trig.first - 1, lo - 1, -1)
                    if c.tokens[k].get("kind") == "ar" and c.s.keys.verb[c.tokens[k].text] & c.words.arrival_verbs), None)
    if arrival is None:
        return roles
    visitor = next((e.source for t0, e, _spk in c.sentence.events
                    if t0.first <= arrival <= t0.last and e.source is not None and e.source.text), None)
    if visitor is not None:
        # the event names its source by reference (no kind): the sentence's own actor of that
        # entity or text says whether it is a place (وزار الرياض أمس الرئيس المصري)
        visitor = next((a for a in c.sentence.actors if a.key == visitor.key), visitor)
    if visitor is not None and (_a_bare_country(visitor) or visitor.label in ("LOC", "PLACE")):
        visitor = None  # زار الجزائر: the country visited, read as the subject after the verb
    if visitor is None:
        everyone = c.sentence.actors
        before = [i for i, a in enumerate(everyone) if a.last < arrival]
        after = [i for i, a in enumerate(everyone) if a.first > arrival and a.last < trig.first]
        k = subject_before(c.s, everyone, before, arrival)
        if k is None:
            k = subject_after(c.s, everyone, after, arrival)
        visitor = everyone[k] if k is not None else None
    if visitor is None or visitor.label in ("VICTIM", "NP", "LOC", "PLACE") or _a_bare_country(visitor) \
            or getattr(visitor, "first", -1) > trig.last:
        return roles
    met = [a for a in (roles.sources if roles.how == "vso" else []) + list(roles.targets) if a.key != visitor.key]
    return roles.but(sources=[visitor], targets=met, how="visitor")


def _a_bare_country(a) -> bool:
    """Is the actor coded as a country alone (DZA, no sector): a place visited, which a visit's
    subject-after-verb reading may have made the visitor (زار الجزائر)?"""
    return (getattr(a, "code", None) or "") in RoleWords.shared().countries


def joined_verb_shares_the_subject(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A verb joined by و shares the subject of the verb before it (لافروف اجتمع مع مشعل ... ووجه له
    الدعوة), and its لـ-pronoun object that verb's object; a verb followed by خلالها / فيها ("during
    it") shares the doer of the visit or the act before it (أجرى وفد زيارة إلى السعودية التقى خلالها
    بالعاهل السعودي، قام بزيارة … والتقى); not where the verb has a subject after it or an agent,
    nor across a change of speaker."""
    nxt = c.word(trig.last + 1) if trig.last + 1 < len(c.tokens) else ""
    during = nxt in c.words.during_it
    if trig.pos != "v" or not (has_conjunction(c.tokens[trig.first]) or during) or roles.how in ("vso", "passive"):
        return roles
    speaking = c.speaker is not None
    # (a nationality adjective is the doer of its noun only, never a subject a verb shares: والغزو
    # العراقي في التسعينات، وتصدت للتهديدات الإيرانية — the Gulf states confronted)
    prev_ev = [e for t0, e, spk in c.sentence.events if (t0.pos == "v" or during or t0.type == c.type)
               and e.start < trig.start and e.source is not None and e.source.text and (spk is not None) == speaking
               and not is_nationality_adjective(e.source)]
    if not prev_ev:
        if roles.sources or during or speaking or trig.first == 0 or c.tokens[trig.first - 1].text not in COMMAS:
            return roles  # a new clause after a comma (…بالغموض، ودعا): not a name like ديف وايد
        opener = _clause_opening_subject(c)  # وكان ساركوزي قد وصف … ودعا إلى: Sarkozy called
        return roles if opener is None else roles.but(sources=[opener], how="joined")
    p0 = prev_ev[-1]
    tgt = roles.targets
    if nxt in c.words.li_pronouns and p0.target is not None and p0.target.text:
        tgt = [p0.target]
    return roles.but(sources=[p0.source], targets=tgt)


def _clause_opening_subject(c: RoleContext):
    """The subject of the verb that opens the clause (its first or second word after و، كان، قد),
    a named actor no preposition governs, right after it: the subject a later joined verb shares;
    None where the clause opens otherwise."""
    k = c.lo
    auxiliary = False
    while k < c.hi and (c.tokens[k].get("kind") != "ar" or c.word(k) in c.words.sentence_openers
                        or strip_conjunction(c.word(k), 2) in c.words.auxiliaries):
        auxiliary = auxiliary or strip_conjunction(c.word(k), 2) in c.words.auxiliaries
        k += 1
    subject = actor_at(c.actors, first=k) if auxiliary else None  # وكان ساركوزي قد وصف
    if subject is None:
        if not c.s.keys.verb[c.tokens[k].text] or c.s.keys.noun[c.tokens[k].text] & c.words.title_words:
            return None
        subject = actor_at(c.actors, first=k + 1)
    if subject is None or subject.label not in ("PER", "ORG", "LOC") or subject.nominal \
            or c.s.governor(subject.first) is not None or subject.last >= c.trig.first:
        return None
    return subject


def conjoined_subjects_act_on_each_other(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """Conjoined subjects of a consultation, agreement or cooperation with no target act on each
    other (موسكو وكييف سيتفقان): one event between the two sides; with more than two, the event
    keeps them all as its parties (اتفقت مصر والسودان وإثيوبيا: PLOVER's actor list)."""
    if len(roles.sources) > 1 and not roles.targets and c.type in RECIPROCAL:
        parties = tuple(roles.sources) if len(roles.sources) > 2 else ()
        return roles.but(sources=roles.sources[:1], targets=roles.sources[1:2], parties=parties)
    return roles


# How many words before a described actor the anonymous source it qualifies may stand (مصدر أمني
# مسؤول: the noun and one adjective before it).
ANONYMOUS_SOURCE_REACH = 2
# Marks that close the phrase of an anonymous source (مصادر بحرينية: …، مصادر، …), as normalised text
# writes them at the end of a word.
CLAUSE_MARKS = frozenset(":,;")


def qualifies_an_anonymous_source(c: RoleContext, actor) -> bool:
    """Is every mention of a described actor (no name: مسؤول) an adjective of an anonymous source
    (مصدر أمني مسؤول، مصدر مسؤول)? Then the actor is that source."""
    ent = c.sentence.doc.entity(actor.entity) if getattr(actor, "entity", None) else None
    lo, hi = c.tokens[0].start, c.tokens[-1].end
    # the actor's own words, else (a quote's speaker) its entity's mentions in this sentence
    starts = [actor.start] if isinstance(getattr(actor, "start", None), int) else \
        [m.start for m in getattr(ent, "mentions", ()) or () if lo <= m.start < hi]
    if ent is None or not starts or any(m.get("kind") != "nominal" for m in ent.mentions):
        return False
    text = c.sentence.doc.text
    for start in starts:
        own = normalize(text[start:start + 16]).split()[:1]
        word = strip_conjunction(own[0]) if own else ""
        if (word[2:] if word.startswith("ال") and len(word) > 4 else word) in c.words.anonymous_sources:
            continue  # the source's own words: an unnamed source of a body (مصادر من المقاومة
            # الشعبية, an entity of its own since entities round 21) is that source
        before = normalize(text[max(0, start - 60):start]).split()[-ANONYMOUS_SOURCE_REACH:]
        # the phrase of the source ends at a complementizer or a colon or comma: an actor after
        # it opens the reported clause (وقال شهود إن المسلح … بدأ بإطلاق النار، وقالت مصادر إن
        # القوات العراقية سيطرت، مصادر بحرينية: الإرهابيون يستهدفون) and is its doer
        stop = max((i for i, w in enumerate(before) if w in c.words.complementizers or w[-1:] in CLAUSE_MARKS),
                   default=-1)
        if not any(strip_conjunction(w) in c.words.anonymous_sources for w in before[stop + 1:]):
            return False
    return True


def anonymous_source_is_no_doer(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """An anonymous source reports and does nothing, even where only its adjective was taken as a
    described actor (علمت «الشرق الأوسط» من مصدر أمني مسؤول أن … نصيحة: the official advised no
    one; صرح مصدر مسؤول بأن … اتفاق): such a source is dropped from the doers."""
    if not roles.sources:
        return roles
    sources = [a for a in roles.sources if not qualifies_an_anonymous_source(c, a)]
    return roles if len(sources) == len(roles.sources) else roles.but(sources=sources, how=roles.how if sources else "")


# How far before قد the كان of a pluperfect may stand (وكان جهاز الكسب غير المشروع قد أحال: its
# subject, a name of up to several words, between them).
PLUPERFECT_REACH = 8


def subject_of_a_pluperfect_stands_before_qad(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """In the pluperfect (كان X قد فعل: وكان جهاز الكسب غير المشروع قد أحال نظيف إلى محكمة الجنايات)
    the subject stands between كان and قد: an actor right after the verb is its object, never its
    doer; the doer is the actor between كان and قد, where there is one."""
    if trig.pos != "v" or trig.first < 3 or c.word(trig.first - 1) != "قد" or not roles.sources:
        return roles
    qad = trig.first - 1
    kana = next((k for k in range(qad - 2, max(c.lo, qad - PLUPERFECT_REACH) - 1, -1)
                 if strip_conjunction(c.word(k), 2) in c.words.pluperfect_auxiliaries), None)
    late = [a for a in roles.sources if getattr(a, "first", -1) > trig.last]
    if kana is None or not late:
        return roles
    subject = next((a for a in c.actors if kana < a.first and a.last < qad), None)
    sources = [a for a in roles.sources if a not in late] or ([subject] if subject is not None else [])
    return roles.but(sources=sources, targets=late, how="pluperfect" if sources else "")


# How many words before an argument the word that makes it the reporter may stand: بحسب، حسب، نقلا
# (and لـ on them), or a verb of speech after ما (بحسب ما نقلت «فرانس برس»، كما ذكرت رويترز); the
# quotation marks around an outlet's name are no words.
REPORTER_REACH = 3


def _reports(c: RoleContext, a) -> bool:
    """Is the argument at tokens ``a.first``.. the one who reports the sentence (بحسب ما نقلت "فرانس
    برس"، حسب مسؤولين، نقلا عن مصادر)? The word before it (quotation marks and عن skipped) is
    ``reported_by``, or a verb of speech right after حسبما (``reporting_ma``) or after ما that follows
    a ``reported_by`` word (بحسب ما نقلت)."""
    first = getattr(a, "first", None)
    if not isinstance(first, int):
        return False
    before = []
    k = first - 1
    while k >= 0 and len(before) < REPORTER_REACH:
        w = c.word(k)
        if any(ch.isalpha() for ch in w) and w != "عن":
            before.append(strip_conjunction(w))
        k -= 1
    if not before:
        return False
    w0 = before[0]
    if w0 in c.words.reported_by or (w0[:1] == "ل" and w0[1:] in c.words.reported_by):
        return True
    speech = c.words.ranker_speech_verbs | c.words.reported_speech_verbs
    if w0 not in speech or len(before) < 2:
        return False
    return before[1] in c.words.reporting_ma or (before[1] == "ما" and len(before) > 2
                                                 and before[2] in c.words.reported_by)


def the_reporter_is_no_party(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """The one a sentence is reported by (بحسب ما نقلت "فرانس برس"، حسب مسؤولين، نقلا عن مصادر) tells
    the act and is no party to it, neither its doer nor its target (round 18): «وانسحب يعقوب … من
    الاجتماع ورفضوا مبايعته، بحسب ما نقلت "فرانس برس"» had AFP as the target of the refusal."""
    sources = [a for a in roles.sources if not _reports(c, a)]
    targets = [a for a in roles.targets if not _reports(c, a)]
    if len(sources) == len(roles.sources) and len(targets) == len(roles.targets):
        return roles
    return roles.but(sources=sources, targets=targets, how=roles.how if sources else "")


def a_name_after_its_title_is_the_same_person(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """A person's name right after a title with no name (نائب الرئيس الافغاني عبدالرشيد دوستم), or
    after it and a military rank (``appositive_ranks``: الجنرال، اللواء), is the title's holder, not a
    second party (round 18): «دعا نائب الرئيس الافغاني … الجنرال عبدالرشيد دوستم الى مواجهة حركة
    طالبان» had Dostum as the one called upon. An office between them (استقبل ولي العهد الرئيس X), or
    a target that opens with one (هاجم المسؤولون الإيرانيون رئيس الوزراء الإسرائيلي), names a second
    person and keeps him."""
    if not roles.sources or not roles.targets:
        return roles
    drop = []
    for src in roles.sources:
        if not getattr(src, "nominal", False) or not isinstance(getattr(src, "last", None), int):
            continue
        for tgt in roles.targets:
            if getattr(tgt, "label", None) != "PER" or getattr(tgt, "nominal", True) \
                    or not isinstance(getattr(tgt, "first", None), int) or tgt.first <= src.last:
                continue
            head = strip_article(strip_conjunction(c.word(tgt.first)))
            if head in c.words.title_words or c.word(tgt.first) in c.words.honorifics:
                continue  # هاجم المسؤولون الإيرانيون رئيس الوزراء الإسرائيلي: a second person's title
            between = [c.word(k) for k in range(src.last + 1, tgt.first)]
            if len(between) <= 1 and all(w in c.words.appositive_ranks for w in between):
                drop.append(tgt)
    if not drop:
        return roles
    return roles.but(targets=[t for t in roles.targets if t not in drop])


# How many tokens before «من» the verb "managed" may stand: its subject, a described body of up to
# thirteen words (تمكن رجال هيئة الأمر بالمعروف والنهي عن المنكر بمركز أبو بكر الصديق في حفر الباطن من
# إلقاء القبض, alyaum 2015-08-03), or a shorter one and a time phrase (تمكنت قوات الأمن الوطني في الفترة
# الممتدة من 31 يوليو (تموز) وحتى يوم أمس من اعتقال, aawsat 2015-08-06: 16 tokens).
ABILITY_REACH = 20


def the_one_who_managed_did_the_act(c: RoleContext, trig: Trigger, roles: Roles) -> Roles:
    """"X managed to" (``ability_verbs``: تمكنت X من + a verbal noun): X, the subject between the verb
    and من, is the doer of the act after من (round 18): «تمكنت فرقة الأبحاث والتفتيش التابعة للحرس
    الوطني … من إلقاء القبض على» had no doer; «تمكن رجال هيئة الأمر بالمعروف … من إلقاء القبض على شاب
    إثر قيامه بابتزاز فتاة» had the blackmail as its doer. A verb with no subject of its own (تمكنت من
    ضبط), or a bare noun phrase where a named doer was found (تمكن الأخير من استعادة), leaves the
    roles as they are."""
    if trig.pos != "n":
        return roles
    mn = next((k for k in range(trig.first - 1, max(-1, trig.first - 3), -1) if c.word(k) == "من"), None)
    if mn is None or any(c.word(k) not in c.words.ability_links for k in range(mn + 1, trig.first)):
        return roles
    verb = next((k for k in range(mn - 1, max(-1, mn - 1 - ABILITY_REACH), -1)
                 if strip_conjunction(c.word(k)) in c.words.ability_verbs), None)
    if verb is None or verb + 1 >= mn:
        return roles
    k = verb + 1
    while k < mn and (c.word(k) in c.words.time_words or strip_conjunction(c.word(k)) in c.words.time_words):
        k += 1
    subject = next((a for a in c.sentence.actors if a.first == k and a.last < mn), None)
    if subject is None and k < mn:
        subject = noun_phrase(c.s, k, mn - 1)
    if subject is None or any(getattr(a, "key", None) == subject.key and a.text == subject.text for a in roles.sources):
        return roles
    if subject.label == "NP" and any(getattr(a, "label", "NP") != "NP" for a in roles.sources):
        return roles  # تمكن الأخير من استعادة: a bare word that points back leaves the named doer found
    return roles.but(sources=[subject], targets=[t for t in roles.targets if getattr(t, "first", -1) != subject.first],
                     how="able")


SENTENCE_RULES: tuple[Rule, ...] = (
    subject_of_a_pluperfect_stands_before_qad,
    killed_subject_is_the_victim,
    killed_by_the_weapons_of,
    killing_shares_the_attacks_doer,
    accused_did_the_act,
    attributed_or_claimed_doer,
    negated_acts_are_no_events,
    condemner_is_no_party_to_the_act,
    venue_of_a_referral_is_no_target,
    struck_things_are_no_doers,
    an_act_as_subject_strikes_what_follows,
    a_weapon_is_no_target,
    relative_clause_object_is_no_target,
    the_side_recaptured_from_is_the_target,
    circumstantial_participle_acts_for_the_clause,
    predicate_said_of_the_actor_before,
    speaker_is_the_doer,
    reported_waste_is_an_accusation,
    modal_demand_is_the_speakers,
    accused_by_pronoun_is_the_earlier_doer,
    condemned_act_names_the_accused,
    the_visitor_meets_after_arriving,
    joined_verb_shares_the_subject,
    possessor_is_the_doer,
    adverbial_act_is_the_subjects,
    charged_owner_is_the_accused,
    counted_accused_after_lam,
    statement_stands_for_its_issuer,
    dropped_subject_is_the_last_doer,
    host_receives_the_visitor,
    the_visitor_met_is_the_source,
    the_meeting_told_before_is_no_new_event,
    city_visited_abroad_hosts_the_visit,
    a_call_received_comes_from_the_caller,
    the_counterpart_follows_with,
    conjoined_subjects_act_on_each_other,
    anonymous_source_is_no_doer,
    the_reporter_is_no_party,
    a_name_after_its_title_is_the_same_person,
    the_one_who_managed_did_the_act,
)

# The whole list, in the order the rules run.
ROLE_RULES: tuple[Rule, ...] = CLAUSE_RULES + SENTENCE_RULES


def find_roles(sentence: SentenceContext, trig: Trigger) -> tuple[RoleContext, Roles | _Drop]:
    """The trigger's context and its roles after every rule of ``ROLE_RULES`` (``DROP``: no event)."""
    roles = sentence.clause_roles(trig)
    ctx = sentence.context(trig)
    return ctx, apply_rules(SENTENCE_RULES, ctx, trig, roles)
