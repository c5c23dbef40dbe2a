"""The events stage: PLOVER events with source, target, mode, context, date, place and counts.

For each body sentence: triggers (``triggers.detect``, scored or vetoed by the sentence detector,
``detector``), their source and target (the ordered rules of ``roles.ROLE_RULES``), context and
mode (``modes``), place (``places``), the date the sentence gives (layer ``dates``; else the
publication date, marked ``date_source="published"``) and casualty counts (``counts``). Acts
reported in someone's words (a quote, or ``قال X إن``) get ``context="claimed"``, and a reported
violent act by another actor adds an ACCUSE event by the speaker against that actor (وقال بوتين
إن أوكرانيا هاجمت ...).

Each event is an ``Event`` record (``types``), written as one span over its trigger in layer
``events``, labelled with the PLOVER type. Layers from other stages (entities, quotes, dates,
boilerplate) are used when present and treated as empty otherwise. ``EventsStage`` owns its data:
the lexicon (``lexicon.load_lexicon``), the sentence detector and the argument ranker, loaded
through ``Resources``.
"""
from __future__ import annotations

import bisect
import calendar
import datetime
from dataclasses import dataclass, replace
from typing import Literal, Optional, Sequence

from ..components import Stage
from ..document import Document, Span
from ..entities.clusters import load_clusters
from ..ontology import CONTEXT, DATE_SOURCES, EVENT_COUNTS
from ..resources import Resources
from ..text.normalize import normalize, strip_conjunction
from ..text.sentences import split_sentences
from ..text.tokens import token_keys, tokenize
from .argument_model import Ranker, load_argument_model
from .arguments import SentenceView, adverbial, described, led_by_a_reporter, mention_index, sentence_actors
from .counts import find_quantities
from .detector import Detector, DetectorFeatures, load_detector
from .lexicon import EventLexicon, load_lexicon
from .modes import NEGATED, BackgroundCues, Denials, mode_of
from .not_acts import NotActs
from .notices import Notices

# Punctuation that ends the clause in which the object of a notice is looked for (notices.object_public).
NOTICE_STOPS = frozenset(".،,;؛:!?؟")
from .places import find_place
from .roles import ACCUSABLE, DROP, RoleContext, Roles, SentenceContext, entity_code, find_roles
from .topic_gate import TopicGate
from .triggers import detect
from .types import Actor, ActorRef, Event, Trigger

# An injury joined to a killing or an attack before it is that act's toll (``_injury_of_the_act_before``):
# the conjunctions that join it, and how far it may stand after the act: the victims of the first
# verb between them, a counted phrase of up to five words (قتل بوبر 7 عمال فلسطينيين وأصاب 11 آخرين).
JOINING_CONJUNCTIONS = frozenset("وف")
INJURY_JOIN_GAP = 6
# A light verb and its nominal object (شنت ... هجوما) are one event: the noun is dropped when it
# follows a verb trigger of the same type this closely.
LIGHT_VERB_GAP = 4
# Material acts that news reports without knowing who did them (an attack by an unseen hand, an
# arrest, a protest): with the detector on, the only types kept with no doer named. A verbal or
# cooperative act (a demand, an accusation, a meeting) with no one named doing it codes nothing
# (kept with unnamed_doer "keep").
UNSEEN_HAND_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Acts between two parties (PLOVER's CONSULT: a meeting, a visit, a call): with no counterpart
# named (no target, no parties) the sentence tells of a meeting, an interview or a visit without
# saying with whom, and codes no event (في لقاء مع طلبة الكلية، في اتصال هاتفي، خلال زيارته).
COUNTERPART_TYPES = frozenset({"CONSULT"})
# Acts aimed at an addressee (PLOVER's THREATEN: a source threatens a target with a sanction or
# force): a warning (``notices.tsv`` class "warning") with no one named as warned tells of a
# danger (حذرت مديرية الدفاع المدني من التقلبات الجوية، حذر من نشر الشائعات) and codes no event.
ADDRESSEE_TYPES = frozenset({"THREATEN"})
# Actor kinds that describe a doer rather than name one (arguments.sentence_actors): an event
# they do passes the sentence detector where it has a model for the type.
DESCRIBED = frozenset({"GROUP", "VICTIM"})
# Types whose verb names another's act as its content (اتهمت X بخطف): that act is an event too.
ACCUSING = frozenset({"ACCUSE"})
# Types whose أن-clause states the content (a demand, a promise), not a second event, and how far
# that clause may start from its head: طلب الزعماء الأوروبيين يوم السبت في كييف أن يوافق.
CONTENT_HEADS = {"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE"}
CONTENT_GAP = 10
# How far before a verb an obligation word makes it the content of a demand (يجب أن توافق موسكو).
OBLIGATION_REACH = 3
# How far after a verb of saying its أن may stand (قال الرئيس الروسي يوم الأحد إن ...).
REPORTED_CLAUSE_REACH = 12
# How far before a verb of saying its subject may stand when none follows it (الجيش قال إن).
SPEAKER_BEFORE_GAP = 3
# An act reported in someone's words (rasd.ontology.CONTEXTS); where an event's date comes from.
CLAIMED = CONTEXT["claimed"].name
# An act its sentence dates this long before publication is background (context "historical").
HISTORICAL = CONTEXT["historical"].name
HISTORICAL_DAYS = 365
# A paragraph's past date dates the acts of the 2 sentences after its own (round 14): on the
# aawsat, almadina and alweeam columns of 2015-07-21, 07-31 and 08-06 the history a date opens
# runs 1 or 2 sentences (Zawahiri's 1981 trial, Greece's 1940 «أوشي», the 1982 Falklands war),
# while 3 sentences on the column is back to the news (Birkin's demand after «في عام 1984», a
# negotiation «in recent days» after «يونيو من عام 2014»): 7 right and 4 wrong of the changes
# read lay 3 or more sentences on.
ANCHOR_SENTENCES = 2
FROM_TEXT, FROM_PUBLISHED = DATE_SOURCES
# Types that carry casualty and crowd counts.
COUNTED_TYPES = ("ASSAULT", "PROTEST", "COERCE")
# Entity labels whose names are never the act itself: طالبان is the Taliban, not "they two
# demanded"; مجلس التعاون and قوات الحشد الشعبي are bodies, not cooperation or mobilisation.
NAME_LABELS = {"PER", "ORG", "LOC"}


@dataclass(frozen=True)
class EventsConfig:
    # Publication date (YYYY-MM-DD) for events with no date of their own when the document has none.
    published: Optional[str] = None
    # Drop every event whose doer is not named (by a name or a description: قوات الأمن، مسلحون).
    # Off (default): an act whose sentence names no doer is still an event (an attack by an
    # unseen hand), kept where the sentence detector confirms that the sentence reports an act of
    # that type (a topic mention of "attacks" is none); see ``unnamed_doer``.
    require_source: bool = False
    # Events with no doer named, when sources are not required: "detector" keeps a material act
    # (attack, arrest, protest) where the sentence detector has a model for the type and confirms
    # it (other types need a doer), "keep" keeps them all (as measuring detection alone wants).
    unnamed_doer: Literal["detector", "keep"] = "detector"
    # Keep negated events (context "negated"); off: "did not attack" is no attack to count.
    keep_negated: bool = False
    # Keep standing states told in a relative clause (واشنطن التي تدعم المعارضة) as events of context
    # "historical"; off (default): a state describes its antecedent and is no event of the news
    # (PLOVER codes acts, not standing relations; fresh readings 9 and 10 counted each as no event).
    keep_states: bool = False
    # The sentence detector: "score" (it confirms lexicon triggers of its types), "veto" (it may
    # only remove them) or "off" (lexicon alone, as while the detector is being trained).
    detector: Literal["score", "veto", "off"] = "score"
    # With "score": a trigger whose sentence the detector scores under this share of the type's
    # threshold is dropped even with a doer named (a topic or background mention of an attack by
    # a named party: "the attack Israel carried out in 1966 shook the king"); 0 keeps every one.
    # None (default): the share the detector file records per type ("floors"), chosen by the
    # trainer's cross-validation on the build data with the default pipeline's decision
    # (docs/events.md, "Statistical detector"); 0.5 for a type the file gives none.
    reject_below: Optional[float] = None
    # Keep one event per (type, source, target) in an article.
    dedupe: bool = True
    # In an article the topic stage (view "topic") places outside politics with at least
    # ``topic_confidence``, keep an event only when its doer is a state or political actor
    # (``topic_gate``): sport and society news use conflict verbs in their everyday senses.
    # 0.9: on the held-out labelled SaudiNewsNet articles, 5 of 108 politics articles reach it
    # (and their events by political actors stay) against 278 of 378 others (0.8: 8 and 299).
    topic_gate: bool = True
    topic_confidence: float = 0.9
    # The speaker as the doer of a verb right after إنه/إنها (قال الحلف إنه قتل ...).
    reported_doer: bool = True
    # Settings that change the models' features (detector.json and arguments.json record the
    # settings they were trained with, and a file trained otherwise is refused):
    # - the generated UniversalPetrarch verb patterns (petrarch_verbs.tsv) as triggers besides
    #   curated.tsv: off, they did not help on the dev material (docs/events.md: dev-article event
    #   F1 0.600 with them, 0.611 without);
    petrarch_patterns: bool = False
    # - ... and its verb-level codes (a verb with no pattern), unreliable in the Arabic dictionary
    #   (اخذ -> PROTEST, تعهد -> ASSAULT);
    petrarch_bare_verbs: bool = False
    # - the ranker's features of another act of harm and of "reported by" words;
    argument_act_features: bool = True
    # - the ranker's candidates: a counting word runs on over the group counted (مئات من طلبة المدارس).
    argument_partitive: bool = True


class EventsStage(Stage):
    """PLOVER events of a Document (layer ``events``). Owns the events lexicon, the sentence
    detector (unless ``detector`` is "off") and the argument ranker (loaded when first needed)."""

    Config = EventsConfig

    def __init__(self, config: EventsConfig, resources: Resources, detector: Detector | None = None):
        """``detector``: a model to use instead of the shipped file (the detector's trainer passes
        stand-ins to learn which events the default decision keeps at each probability)."""
        super().__init__(config, resources)
        self.lexicon: EventLexicon = load_lexicon(resources, config.petrarch_patterns, config.petrarch_bare_verbs)
        clusters = load_clusters(resources)
        self.features = DetectorFeatures(self.lexicon, lambda word: clusters.get(word, ()))
        self.detector: Detector | None = detector
        if config.detector != "off" and detector is None:
            self.detector = load_detector(resources, self.trigger_settings())
        self.ranker = Ranker(self.lexicon, lambda: load_argument_model(resources, self.ranker_settings()),
                             config.argument_act_features, config.argument_partitive)
        self.topic_gate = TopicGate.load(resources) if config.topic_gate else None
        self.background = BackgroundCues.load(resources)
        self.notices = Notices.load(resources)
        self.not_acts = NotActs.load(resources)
        self.denials = Denials.load(resources)

    def trigger_settings(self) -> dict[str, bool]:
        """The settings that change the triggers (and so the detector's and the ranker's features)."""
        return {"petrarch_patterns": self.config.petrarch_patterns,
                "petrarch_bare_verbs": self.config.petrarch_bare_verbs}

    def ranker_settings(self) -> dict[str, bool]:
        """The settings that change the argument ranker's features and candidates."""
        return {**self.trigger_settings(), "argument_act_features": self.config.argument_act_features,
                "argument_partitive": self.config.argument_partitive}

    def __call__(self, doc: Document, record: list | None = None) -> None:
        """Add layer ``events``. ``record``: the argument trainer's list, to which each trigger's
        candidates and the rules' choices are appended (the rules then decide: the ranker's
        model is not read)."""
        doc.set_layer("events", [e.to_span(doc) for e in self.events(doc, record)])

    def events(self, doc: Document, record: list | None = None) -> list[Event]:
        """The events of a document, in reading order (one per type, source and target when
        ``dedupe``)."""
        sents = _sentences(doc)
        per_sent, norm_by_sent = _tokens_by_sentence(doc, sents)
        # quotes, dates and entity mentions indexed by sentence once per document
        quotes_by_sent = _by_sentence(sents, _quote_regions(doc), lambda q: q[0], lambda q: q[1])
        dates_by_sent = _by_sentence(sents, doc.layer("dates"), lambda d: d.start, lambda d: d.end, inside=True)
        mentions = mention_index(doc)
        have_quotes = doc.has("quotes")
        events: list[Event] = []
        previous: ActorRef | None = None  # the doer named last (a subject a later sentence may drop)
        anchors = _past_anchors(doc, self.lexicon.words.since_words, self.config.published, [x.start for x in sents])
        for si, (sent, tokens) in enumerate(zip(sents, per_sent)):
            if not tokens or doc.in_boilerplate(sent.start, sent.end):
                continue
            norm = norm_by_sent[si]
            if norm is None:
                norm = [normalize(t.text) for t in tokens]
            read = self._read_sentence(doc, sent, tokens, norm, quotes_by_sent[si], have_quotes, mentions, record,
                                       previous)
            if read is not None:
                context, scores = read
                maker = EventMaker(self, doc, si, sent, dates_by_sent[si], context, scores)
                maker.anchor = _anchor_for(doc.text, anchors, sent.start, si) if anchors else None
                made = maker.events()
                events += made
                # a notice (وحثت الحكومة الجميع على …) is no event, but its doer is still the subject
                # a later sentence may drop (كما دعت الليبيين إلى …)
                named = [e.source for e in maker.made if e.source is not None and e.source.entity]
                previous = named[-1] if named else previous
                _claim_applies_back(events, si, context, maker.made)
        events = self._topic_kept(doc, events)
        return dedupe(events) if self.config.dedupe else events

    def _topic_kept(self, doc: Document, events: list[Event]) -> list[Event]:
        """The events an article's topic lets stand (``topic_gate``): all of them in politics;
        elsewhere those whose doer is a state or political actor."""
        gate = self.topic_gate
        rule = gate.gated(doc.view("topic"), self.config.topic_confidence) if gate is not None else None
        if rule is None:
            return events
        return [e for e in events if gate.keeps(doc, e.source, rule, e.target)]

    def _read_sentence(self, doc: Document, sent: Span, tokens: list[Span], norm: list[str], quotes: list,
                       have_quotes: bool, mentions: tuple, record: list | None,
                       previous: ActorRef | None = None) -> tuple[SentenceContext, "SentenceScores"] | None:
        """The sentence's triggers, actors and speaker as the role rules read them, and the
        detector's scores; None for a sentence with no trigger (or none the detector keeps)."""
        lex = self.lexicon
        triggers = detect(tokens, lex, norm=norm)
        if triggers:
            named = _name_tokens(tokens, mentions)
            if named:
                triggers = [t for t in triggers if t.first not in named]
        if not triggers:
            return None
        view = SentenceView(tokens, lex)
        kept = _heads(view, triggers, norm)
        # The sentence-level detector scores lexicon triggers of the types it was trained for (does
        # the sentence report an attack, or only mention attacks?). "score" (default) records its
        # probability as ``confidence`` on the events made and drops the triggers it scores far
        # under the threshold (``reject_below``); "veto" drops every trigger it rejects, which is
        # how the relaxed held-out sentence detection is measured; "off" skips it.
        scores = SentenceScores(self.detector, self.features, tokens, triggers)
        if self.config.detector == "veto":
            kept = [t for t in kept if not scores.rejects(t.type)]
        elif self.config.detector == "score" and self.detector is not None:
            kept = [t for t in kept if not scores.below_floor(t.type, self.config.reject_below)]
        actors = _trigger_free_actors(view, sentence_actors(doc, tokens, lex, mentions), triggers, norm, doc.text)
        fallback = None if have_quotes and any(q[0] < sent.end and q[1] > sent.start for q in quotes) \
            else _fallback_reported(view, norm, actors)
        context = SentenceContext(doc, view, norm, actors, kept, quotes, fallback, self.ranker,
                                  self.config.keep_negated, self.config.reported_doer, record, previous)
        return context, scores


class SentenceScores:
    """The sentence detector's probability per event type for one sentence, computed when first
    asked: in "score" mode only sentences that yield an event of the type are scored."""

    def __init__(self, det: Detector | None, features: DetectorFeatures, tokens: Sequence[Span],
                 triggers: Sequence[Trigger]):
        self.det, self.features, self.tokens, self.triggers = det, features, tokens, triggers
        self._feats: dict[tuple, list[str]] = {}  # (feature set version, type) -> features
        self._probs: dict[str, float] = {}

    def prob(self, typ: str) -> float | None:
        if self.det is None or typ not in self.det.weights:
            return None
        if typ not in self._probs:
            v = self.det.version(typ)
            key = (v, typ if v >= 3 else None)  # versions 3 and 4 look at the type's own triggers
            if key not in self._feats:
                self._feats[key] = self.features(self.tokens, self.triggers, v, typ)
            self._probs[typ] = self.det.prob(typ, self._feats[key])
        return self._probs[typ]

    def below_floor(self, typ: str, share: float | None = None) -> bool:
        """Is the sentence scored under ``share`` (the model's floor for ``typ`` when None) of
        the type's threshold? Then even a named doer does not make it an event of that type."""
        p = self.prob(typ)
        if p is None:
            return False
        share = self.det.floor(typ) if share is None else share
        return p < share * self.det.thresholds.get(typ, 0.5)

    def rejects(self, typ: str) -> bool:
        p = self.prob(typ)
        return p is not None and p < self.det.thresholds.get(typ, 0.5)


class EventMaker:
    """The events of one sentence: each kept trigger's roles (``roles.find_roles``), then one event
    per source and target, with its mode, context, date, place, counts and detector confidence,
    and the accusation a speaker makes by reporting someone's violent act."""

    def __init__(self, stage: EventsStage, doc: Document, index: int, sent: Span, dates: Sequence[Span],
                 sentence: SentenceContext, scores: SentenceScores):
        self.stage, self.doc, self.index, self.sent, self.dates = stage, doc, index, sent, dates
        self.sentence, self.scores = sentence, scores
        self.require_source = stage.config.require_source
        self.unnamed_doer = stage.config.unnamed_doer
        self.seen: set[tuple] = set()
        self.counts: tuple[tuple[str, int], ...] | None = None  # found on the first event that takes counts
        self.out: list[Event] = []
        self.made: list[Event] = []  # every event made, in order, those silenced as notices too
        self.anchor: str | None = None  # the paragraph's past date (``_past_anchors``) that holds here

    def events(self) -> list[Event]:
        try:
            for trig in self.sentence.kept:
                ctx, roles = find_roles(self.sentence, trig)
                if roles is not DROP:
                    self._trigger_events(ctx, trig, roles)
        finally:
            self.sentence.release()
        return self.out

    def _trigger_events(self, ctx: RoleContext, trig: Trigger, roles: Roles) -> None:
        typ, context, speaker = ctx.type, ctx.context, ctx.speaker
        if self.stage.not_acts.matches(typ, trig, ctx.tokens, ctx.norm):
            return  # تحتل الإمارات المركز الأول، جماعة التمرد الحوثي: a rank, a standing condition
        denials = self.stage.denials
        if context != NEGATED and denials.denies(trig, ctx.tokens, ctx.norm):
            # نفت روسيا إرسال جنود، نفى أن يكون الجيش قد قصف: a denied act is no fact (dropped as a
            # negated one unless the settings keep negated events)
            if not self.sentence.keep_negated:
                return
            context = NEGATED
        lex = self.stage.lexicon
        place = find_place(trig.first, trig.last, ctx.s, ctx.everyone, {a.key for a in roles.sources + roles.targets})
        if context is None and self.stage.background.past_state(trig, ctx.tokens, ctx.norm):
            # أعلنت المقاومة، الجمعة، السيطرة على المواقع التي كانت تحتلها، واشنطن التي تدعم المعارضة:
            # the relative clause's state describes its antecedent, whatever date the sentence gives;
            # a standing state is no event of the news (PLOVER codes acts, not relations; readings 9
            # and 10 counted each such one, marked historical or not, as no event): dropped (round 21:
            # 9 removed on 600 articles of 07-26 and 08-07, 8 right; about 50 on 07-27 and 08-03, none
            # real), unless the settings keep states (then background: historical)
            if not self.stage.config.keep_states:
                return
            context = HISTORICAL
        date, date_source = _date_for(self.doc, trig.start, self.stage.config.published, self.dates)
        if context is None and date_source == FROM_TEXT and _long_before(date, self.doc.meta.get("published")
                                                                         or self.stage.config.published):
            context = HISTORICAL  # وقعت المجزرة عام 2003: background, not news
        elif context is None and date_source == FROM_PUBLISHED and self.anchor is not None:
            # a column's paragraph told «في عام 1978» and goes on without a date of its own: its acts
            # are of that time, not of the publication day (round 14)
            date, date_source, context = self.anchor, FROM_TEXT, HISTORICAL
        elif context is None and date_source == FROM_PUBLISHED and self.stage.background.marks(trig, ctx.tokens, ctx.norm):
            context = HISTORICAL  # وكان رونالدو قد رحل عن مانشستر: told as background, not dated as news
        where = (place[0].entity, self.doc.text[place[1]:place[0].end]) if place else (None, None)
        mode = mode_of(trig, ctx.tokens, lex, ctx.norm)
        if typ == "COERCE" and mode == "seize" and _retaking(ctx, trig):
            # سيطرا بشكل كامل على قاعدة العند … بعد تحريرها: an armed side retaking ground in a war
            # report is ASSAULT, as the retake words are (Rasd's convention; round 18)
            typ, mode = "ASSAULT", ""
        if any(never_actor(lex, a) for a in roles.sources + roles.targets):
            return  # حفظه الله، يدعو الله: God in a formula or a prayer is no party to an act
        for src in doers(self.doc, lex, roles.sources) or [None]:
            if (src is None or src.label == "NP") and not self._unnamed_kept(trig.type):
                # a bare noun phrase (انتحارية، طائرة بلا طيار) names the doer for the argument
                # measure, but is no actor: the event stands on the sentence detector's word
                continue
            if src is not None and src.label in DESCRIBED and self.scores.rejects(trig.type):
                # a described doer (مسلحون، المتظاهرين) does not vouch for the act as a name does:
                # where the detector has a model for the type, it must confirm the sentence
                continue
            claimed = speaker is not None and src is not None and src.key != speaker.key
            typ_src, mode_src = (("ASSAULT", "abduct") if typ == "COERCE" and mode == "arrest"
                                 and self._private_captor(trig, src) else (typ, mode))
            if typ in COUNTERPART_TYPES and not roles.targets and not roles.parties:
                continue  # في لقاء، خلال زيارته، في اتصال هاتفي: a meeting with no one named met
            # حذر من الشائعات: a warning of a danger with no one threatened (a threat verb, يهدد،
            # تهديده، keeps its event: its target is there even where the rules miss it)
            warning = typ in ADDRESSEE_TYPES and not roles.targets and self.stage.notices.warns(self.doc.text[trig.start:trig.end])
            for tgt in roles.targets or [None]:
                if typ == "ASSAULT" and _abstract(lex, tgt):
                    continue  # "an attack on the agreement" is criticism, not violence
                if typ == "CONSULT" and tgt is not None and not is_doer(self.doc, lex, tgt):
                    continue  # في لقاء مع «الشرق الأوسط»: an interview with a newspaper, no consultation
                # دعا المواطنين والمقيمين إلى الاستفادة من الخدمة: a notice, not a demand. Such an
                # act is no event, but its doer stays the subject later triggers of the sentence share
                silent = warning or (self.stage.notices.to_public(typ, tgt.text) if tgt is not None else
                                     self.stage.notices.object_public(typ, trig.last + 1, ctx.norm, NOTICE_STOPS))
                key = (typ_src, src and src.key, tgt and tgt.key)
                if key in self.seen:
                    continue
                self.seen.add(key)
                confidence = self.scores.prob(trig.type)
                ev = Event(typ_src, trig.start, trig.end, src and src.ref(), tgt and tgt.ref(), mode_src,
                           CLAIMED if claimed and context is None else context, date, date_source, *where,
                           self.index, self._counts() if typ in COUNTED_TYPES else (), None,
                           None if confidence is None else round(confidence, 3),
                           tuple(a.ref() for a in roles.parties))
                if not silent:
                    self.out.append(ev)
                self.made.append(ev)
                self.sentence.events.append((trig, ev, speaker))
            if claimed and speaker is not None and typ in ACCUSABLE and src.label not in DESCRIBED and src.label != "NP" \
                    and _may_accuse(self.doc, lex, speaker) and not _own_forces(self.doc, lex, speaker, src):
                # a party reporting another named party's violent act accuses it (a described
                # doer, مسلحون، جهاديا, is reported, not accused; nor a bare noun phrase, which
                # names no party: التمساح، جثة مولود)
                self._accusation(trig, typ_src, speaker, src, context, date, date_source)

    def _private_captor(self, trig: Trigger, src: Actor | ActorRef | None) -> bool:
        """Is the doer of a detention no authority (``captor_sectors``: unnamed gunmen, insurgents,
        civilians, criminals — مسلحون احتجزوا الدبلوماسيين، ثلاثة رجال احتجزوا امرأة)? PLOVER
        codes an arrest or detention by authorities as COERCE (arrest) and a captivity held by
        anyone else as ASSAULT (abduct: "abduct, hijack, take hostage"; CAMEO 181 against 173).
        Only the verb of holding (``holding_verbs``: احتجز): with an arrest verb proper (اعتقل، ألقى
        القبض) a rebel group named near it is more often the one arrested, read as its doer
        (openeventdata build split: «عناصر … كتائب القسام الذين اعتقلوا في سيناء»)."""
        if src is None or not src.entity or trig.pos != "v" \
                or not set(trig.form.split()[0].split("|")) & self.stage.lexicon.words.holding_verbs:
            return False
        code = entity_code(self.doc, src.entity) or ""
        return len(code) >= 3 and code[-3:] in self.stage.lexicon.words.captor_sectors

    def _unnamed_kept(self, typ: str) -> bool:
        """Is an event of type ``typ`` with no doer named kept (``require_source``,
        ``unnamed_doer``)? With the detector on, only a material act (UNSEEN_HAND_TYPES) whose
        type the detector has a model for and whose sentence passes its threshold."""
        if self.require_source:
            return False
        if self.unnamed_doer == "keep" or self.scores.det is None:
            return True
        if typ not in UNSEEN_HAND_TYPES:
            return False  # a demand, an accusation or a meeting with no one named doing it codes nothing
        p = self.scores.prob(typ)
        return p is not None and not self.scores.rejects(typ)

    def _accusation(self, trig: Trigger, typ: str, speaker: Actor | ActorRef, doer: Actor | ActorRef,
                    context: str | None, date: str | None, date_source: str) -> None:
        """The speaker who reports another's violent act accuses them of it (وقال بوتين إن أوكرانيا
        هاجمت روسيا: Putin accuses Ukraine)."""
        key = ("ACCUSE", speaker.key, doer.key)
        if key in self.seen:
            return
        self.seen.add(key)
        self.out.append(Event("ACCUSE", trig.start, trig.end, speaker.ref(), doer.ref(), "allege", context, date,
                              date_source, None, None, self.index, reported_type=typ))
        self.made.append(self.out[-1])

    def _counts(self) -> tuple[tuple[str, int], ...]:
        """Killed, injured and crowd size the sentence gives (the first of each), found once."""
        if self.counts is None:
            out: dict[str, int] = {}
            for q in find_quantities(self.sent.text):
                if q.kind in EVENT_COUNTS and q.value is not None and q.kind not in out:
                    out[q.kind] = q.value
            self.counts = tuple(out.items())
        return self.counts


# ---------------------------------------------------------------------------------------------
# Reading the document and its sentences

def _sentences(doc: Document) -> list[Span]:
    if doc.sentences:
        return doc.sentences
    return [doc.span(s, e, "sentence") for s, e in split_sentences(doc.text)]


def _tokens_by_sentence(doc: Document, sents: Sequence[Span]) -> tuple[list[list[Span]], list[list[str] | None]]:
    """Each sentence's tokens and their normalised forms (slices of the document's
    ``token_keys``; None for a sentence with a token running past its end, which is left out)."""
    toks = doc.tokens
    if toks:
        keys = token_keys(doc)
    else:
        toks = tokenize(doc.text)
        keys = [normalize(t.text) for t in toks]
    starts = [t.start for t in toks]
    out = []
    norms: list[list[str] | None] = []
    for s in sents:
        a = bisect.bisect_left(starts, s.start)
        b = bisect.bisect_left(starts, s.end)
        in_sent = [t for t in toks[a:b] if t.end <= s.end]
        norms.append(keys[a:b] if len(in_sent) == b - a else None)
        out.append(in_sent)
    return out, norms


def _quote_regions(doc: Document) -> list[tuple[int, int, str | None, str]]:
    return [(q.start, q.end, q.get("speaker"), q.get("speaker_text") or "") for q in doc.layer("quotes")]


def _by_sentence(sents: Sequence[Span], items: Sequence, start, end, inside: bool = False) -> list[list]:
    """Items (in their order) per sentence, found by bisection on the sentence starts, once per
    document: those overlapping the sentence, or with ``inside`` those lying within it."""
    s_starts = [s.start for s in sents]
    out: list[list] = [[] for _ in sents]
    for it in items:
        a, b = start(it), end(it)
        k = max(0, bisect.bisect_right(s_starts, a) - 1)
        while k < len(sents) and sents[k].start < b:
            s = sents[k]
            if (s.start <= a and b <= s.end) if inside else (a < s.end and b > s.start):
                out[k].append(it)
            k += 1
    return out


def _name_tokens(tokens: Sequence[Span], mentions: tuple) -> set[int]:
    """Indices of the tokens inside a name mention (kind "name") of a person, an organisation or a
    place in this sentence, or inside the description of a group (التحالف، المعارضة: the coalition
    and the opposition, not an alliance or an objection); ``mentions``: ``mention_index(doc)``."""
    m_starts, m_rows = mentions
    s, e = tokens[0].start, tokens[-1].end
    lo, hi = bisect.bisect_left(m_starts, s), bisect.bisect_right(m_starts, e)
    out: set[int] = set()
    for _ms, _order, ent, m in m_rows[lo:hi]:
        if ent.label not in NAME_LABELS or m.end > e or (m.attrs.get("kind") == "nominal" and not (
                ent.label == "ORG" and described(ent))):
            continue
        out.update(k for k, t in enumerate(tokens) if t.start >= m.start and t.end <= m.end)
    return out


def _heads(s: SentenceView, triggers: Sequence[Trigger], norm: Sequence[str]) -> list[Trigger]:
    """Drop triggers that are the content of another one: a noun right after a verb trigger
    (شنت روسيا هجوما، اقترح محادثات، وافق على وقف إطلاق النار), a verb in the أن-clause of a
    request, promise, threat or refusal (طلب ... أن يوافق، يجب أن توافق), and a killing told as a
    casualty (مقتل) of an attack the sentence reports (أسفر الهجوم عن مقتل عشرة: counts of that
    attack). The act an accusation names (اتهمت الجماعة جبهة النصرة بخطف …) is an event of its
    own, by the accused."""
    words = s.words
    attacks = [t for t in triggers if t.type == "ASSAULT" and not _casualty(s, t)]
    kept: list[Trigger] = []
    for t in triggers:
        if attacks and _casualty(s, t):
            continue
        # kept triggers are in reading order: only the last few can be close enough
        recent = []
        for k in reversed(kept):
            if t.first - k.last > max(LIGHT_VERB_GAP, CONTENT_GAP):
                break
            recent.append(k)
        if t.pos == "n" and any(k.pos == "v" and 0 < t.first - k.last <= LIGHT_VERB_GAP
                                and not (k.type in ACCUSING and t.type in ACCUSABLE)
                                and not _cause_of_harm(s, norm, k, t) for k in recent) \
                and not adverbial(s, norm, t.first):
            continue
        if t.pos == "v" and any(k.pos == "n" and k.type == t.type and 0 < t.first - k.last <= LIGHT_VERB_GAP
                                for k in recent) and s.keys.verb[s.tokens[t.first].text] & words.light_verbs:
            continue  # هجوم نفذه ملثمون: the light verb of a relative clause tells the act the noun named
        if t.pos == "v" and t.first >= 1:
            prev = norm[max(0, t.first - 2):t.first]
            if any(p in words.content_clause_particles for p in prev) and any(
                    k.type in CONTENT_HEADS and 0 < t.first - k.last <= CONTENT_GAP for k in recent):
                continue
            if any(p in words.obligation_words for p in norm[max(0, t.first - OBLIGATION_REACH):t.first]):
                continue  # يجب أن توافق موسكو: the content of a demand
        kept.append(t)
    # قتلوا وجرح نحو 50 آخرين: the wounded are the killing's toll, not a second attack. Such a
    # trigger is dropped only now: a noun right after it stays its content, as before (وجرح 15 من
    # المتطرفين وتدمير مركبتين: the destruction is the same clash's, no act of its own)
    return [t for t in kept if not _injury_of_the_act_before(s, norm, t, triggers)]


def _cause_of_harm(s: SentenceView, norm: Sequence[str], verb: Trigger, noun: Trigger) -> bool:
    """Is an attack noun after a verb of harm the attack that did the harm (قتل شخصان وأصيب خمسة
    آخرون بانفجار، قتلوا في الغارات، قتلوا جراء الغارات), not the verb's object? It is told
    through a preposition of cause or circumstance (``harm_cause_preps``)."""
    if verb.type != "ASSAULT" or noun.type != "ASSAULT":
        return False
    prev = norm[noun.first - 1] if noun.first > 0 else ""
    return (s.governor(noun.first) or "") in s.words.harm_cause_preps or prev in s.words.harm_cause_preps


def _injury_of_the_act_before(s: SentenceView, norm: Sequence[str], t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Is the trigger a wounding (``injury_words``) joined by و or ف to a killing or an attack just
    before it in the same clause (قتلوا وجرح نحو 50 آخرين في هجوم انتحاري، قتل بوبر 7 عمال فلسطينيين
    وأصاب 11 آخرين، مقتل جنديين وجرح آخرين)? The wounded are that act's toll (PLOVER: one event per
    act, its casualties counted), not a second attack."""
    if t.type != "ASSAULT" or norm[t.first][:1] not in JOINING_CONJUNCTIONS:
        return False
    text = s.tokens[t.first].text
    if not (s.keys.verb[text] | s.keys.noun[text]) & s.words.injury_words:
        return False
    return any(k.type == "ASSAULT" and k.last < t.first and t.first - k.last <= INJURY_JOIN_GAP
               and not any(w in NOTICE_STOPS for w in norm[k.last + 1:t.first]) for k in triggers)


def _casualty(s: SentenceView, t: Trigger) -> bool:
    """Is the trigger a killing told as a casualty (``casualty_triggers``: مقتل)?"""
    return t.type == "ASSAULT" and t.pos == "n" and bool(s.keys.noun[s.tokens[t.first].text] & s.words.casualty_triggers)


def _trigger_free_actors(s: SentenceView, actors: list[Actor], triggers: Sequence[Trigger], norm: Sequence[str],
                         text: str) -> list[Actor]:
    """The sentence's actors without the words of its triggers: a group word inside a trigger
    (الهجوم الانتحاري) is part of the act, not an actor, and so is an adjective of a nominal act
    that is also a group word (هجوما مسلحا، عملية انتحارية: the attack was armed, no armed men are
    named); an unnamed actor ends before the last word of a verb trigger with its subject in
    between (أطلق مسلحون النار)."""
    trig_toks = {i for t in triggers for i in range(t.first, t.last + 1)}
    tokens = s.tokens
    trig_toks.update(t.last + 1 for t in triggers if t.pos == "n" and t.last + 1 < len(tokens)
                     and strip_conjunction(norm[t.last + 1]) in s.words.act_adjectives)
    actors = [a for a in actors if a.entity or not (set(range(a.first, a.last + 1)) & trig_toks)]
    tails = {t.tail for t in triggers if t.tail >= 0}
    if tails:
        actors = [a for a in (_cut_before(a, tails, tokens, text) for a in actors) if a is not None]
    return actors


def _cut_before(a: Actor, tails: set, tokens: Sequence[Span], text: str) -> Actor | None:
    """The actor ``a`` ending before the first of the ``tails`` tokens inside it (None when it
    starts there); unchanged when none is inside it."""
    inside = [k for k in tails if a.first <= k <= a.last]
    if not inside:
        return a
    k = min(inside)
    if k == a.first:
        return None
    if a.entity:
        return a  # a name keeps its extent
    return Actor(a.first, k - 1, a.start, tokens[k - 1].end, a.entity, text[a.start:tokens[k - 1].end], a.code,
                 a.label, a.nominal)


def _fallback_reported(s: SentenceView, norm: Sequence[str], actors: list[Actor]) -> tuple[int, Actor | None] | None:
    """(first token of the reported clause, speaker) for ``قال X إن ...`` in a sentence whose
    normalised tokens are ``norm`` (the speaker after the verb of saying, else just before it)."""
    words = s.words
    for i, w in enumerate(norm):
        w = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if w not in words.reported_speech_verbs:
            continue
        for j in range(i + 1, min(i + REPORTED_CLAUSE_REACH, len(norm))):
            if norm[j] in words.complementizers:
                speaker = next((a for a in actors if i < a.first < j), None)
                if speaker is None:
                    speaker = next((a for a in reversed(actors) if a.last < i and i - a.last <= SPEAKER_BEFORE_GAP), None)
                return j, speaker
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Making events

def _may_accuse(doc: Document, lex: EventLexicon, speaker: Actor | ActorRef) -> bool:
    """Is the speaker a party that accuses, not one that reports? A named person, organisation or
    coded country does, and a description with a country (وزارة الداخلية التونسية); news media
    (actor codes ending in MED: رويترز، قناة سي إن إن ترك), unnamed sources (مصادر صحفية، عسكريون)
    and places without a code (a city named inside مصادر من مأرب) report."""
    ent = doc.entity(speaker.entity) if speaker.entity else None
    if ent is None or not is_doer(doc, lex, speaker):
        return False
    code = ent.attrs.get("code") or ""
    if all(m.get("kind") == "nominal" for m in ent.mentions) and not ent.attrs.get("country"):
        return False  # عسكريون، مسؤول: an unnamed informant, not a party
    return ent.label in ("PER", "ORG") or bool(code)


def _own_forces(doc: Document, lex: EventLexicon, speaker: Actor | ActorRef, doer: Actor | ActorRef) -> bool:
    """Does an authority report an act of its own state's authorities (round 9: «أعلنت وزارة
    الداخلية التونسية أن متطرفا قتل واعتقل 16 شخصا … خلال سلسلة عمليات لقوات الأمن التونسية»,
    alyaum 2015-07-26)? Both codes of one country and a sector of the state (``state_sectors``):
    the ministry tells of its forces' operation, it accuses no one."""
    codes = [entity_code(doc, a.entity) or "" for a in (speaker, doer)]
    sectors = lex.words.state_sectors
    return all(len(c) == 6 and c[3:] in sectors for c in codes) and codes[0][:3] == codes[1][:3]


def _retaking(ctx: RoleContext, trig: Trigger) -> bool:
    """Is the trigger a taking of control (``ground_control_words``: سيطر، السيطرة), not in a relative
    clause, in a sentence that tells the ground retaken (``recapture_words``: تحرير، حرر، استعاد)?"""
    words, keys = ctx.words, ctx.s.keys
    tok = ctx.tokens[trig.first].text
    if ctx.relative:
        # المناطق التي سيطرت عليها الحركة، الحوثيين الذين سيطروا عليها منذ آذار: the seizure that made
        # the place the other side's, told to describe it, is no retaking
        return False
    if not ((keys.verb[tok] | keys.noun[tok]) & words.ground_control_words):
        return False
    return any((keys.verb[t.text] | keys.noun[t.text]) & words.recapture_words for t in ctx.tokens)


def never_actor(lex: EventLexicon, actor: Actor | ActorRef | None) -> bool:
    """Is the actor God (``never_actors``: الله in حفظه الله، يدعو الله)?"""
    return actor is not None and bool(actor.text) and normalize(actor.text) in lex.words.never_actors


def is_doer(doc: Document, lex: EventLexicon, actor: Actor | ActorRef) -> bool:
    """May the actor do a reported act? Not a news outlet (a code ending in MED, or a name led by
    ``media_heads``: وكالة، قناة، موقع) nor an anonymous source (``anonymous_sources``: مصادر،
    مصدر عسكري، شهود): they report acts."""
    ent = doc.entity(actor.entity) if actor.entity else None
    code = (ent.attrs.get("code") if ent is not None else None) or actor.code or ""
    if code.endswith("MED"):
        return False
    words = lex.words
    if led_by_a_reporter(words, ((actor.text or ""), ent.name if ent is not None else "")):
        return False
    return not quoted_outlet(doc, words, actor, ent)


# Quotation marks that may stand between an outlet's head word and its name (قناة «المسيرة»).
QUOTE_MARKS = "«»\"“”'"
# How many characters before a name its head word is looked for: the word and a quotation mark.
OUTLET_HEAD_REACH = 16


def quoted_outlet(doc: Document, words, actor: Actor | ActorRef | None, ent) -> bool:
    """Is the actor a news outlet whose head word stands before its name in quotation marks
    (اعترفت قناة «المسيرة» التابعة للحوثيين، حسبما أوردت وكالة «دوغان»), outside the name the
    recognizer took? A name in quotation marks right after وكالة، قناة، صحيفة is the outlet's.
    ``ent``: the actor's entity (its mentions are looked at), else the actor's own words."""
    if ent is not None:
        starts = [m.start for m in ent.mentions if isinstance(getattr(m, "start", None), int)]
    else:
        starts = [actor.start] if isinstance(getattr(actor, "start", None), int) else []
    text = doc.text
    for start in starts:
        before = text[max(0, start - OUTLET_HEAD_REACH):start].rstrip()
        if not before or before[-1] not in QUOTE_MARKS:
            continue
        head = normalize(before.rstrip(QUOTE_MARKS + " ")).split()[-1:]
        # the head as written, without و/ف, or without لـ/بـ (لقناة «الجزيرة»، بصحيفة «الحياة»)
        if head and {head[0], strip_conjunction(head[0]), head[0][1:]} & words.media_heads:
            return True
    return False


def doers(doc: Document, lex: EventLexicon, sources: Sequence) -> list:
    """The sources that may be the doer (``is_doer``): a reporting outlet or an anonymous source
    found as the subject of the act leaves it with no doer named."""
    return [a for a in sources if is_doer(doc, lex, a)]


def _abstract(lex: EventLexicon, actor: Actor | ActorRef | None) -> bool:
    """Is an unresolved target an idea or a text (الاتفاق، القرار) rather than an actor?"""
    if actor is None or actor.entity or not actor.text:
        return False
    head = normalize(actor.text.split()[0])
    for prefix in lex.words.definite_prefixes:
        if head.startswith(prefix) and len(head) - len(prefix) >= 3:
            head = head[len(prefix):]
            break
    return head in lex.abstract_targets


def _date_for(doc: Document, trig_start: int, published: str | None, dates: Sequence[Span]) -> tuple[str | None, str]:
    """The sentence's date nearest the trigger (``dates``: the sentence's dates), else the
    publication date."""
    dates = [d for d in dates if d.get("value")]
    if dates:
        d = min(dates, key=lambda d: abs(d.start - trig_start))
        return str(d.get("value")), FROM_TEXT
    pub = doc.meta.get("published") or published
    return (str(pub) if pub else None), FROM_PUBLISHED


def _long_before(value: str | None, published, days: int = 7) -> bool:
    """Does a date value (ISO day, month, year or interval) end more than ``days`` before the
    publication date? ``days`` is a week (round 21; HISTORICAL_DAYS, 365, before it): news dates its
    own acts within the week (أمس، السبت الماضي), and an act its text dates weeks or months back is
    told as background (reading 5's 26·1 rule: "ten days earlier is background"; «واجرى اردوغان وبوتين
    لقاء مطولا في حزيران/يونيو», «وكان مجلس الأمن الدولي فرض في ابريل الماضي عقوبات»). It is marked
    ``historical``, not dropped: the readings judge an act dated by its own text with that context as
    an event. Of the 61 events dated 8–365 days back on all 2,740 articles of 2015-07-27 and 08-03,
    about 58 were background; of the 26 on 600 articles of 2015-07-26 and 08-07, 22 (the misses: a
    campaign «منذ 26 آذار/ مارس» that goes on, ×3). A value of year grain (في 2014، العام الماضي, or
    an interval that ends in a year: في كل من عامي 2009 و2014) before the publication's year is
    background whatever the day (it matters in the first week of January):
    news dates its own acts by the day (أمس، الاثنين), and a bare year places the act in a past
    year. Read as 31 December it never was (an act «في العام الماضي» told in July is 208 days old):
    of the 23 events dated so on SaudiNewsNet 2015-07-27 and 08-03, 21 were background (the Hong
    Kong sit-in «في العام الماضي، احتل المتظاهرون», al-Bashir's call «أوائل العام الماضي»; round 21)."""
    pub = _iso_day(published)
    if not value or pub is None:
        return False
    end = str(value).split("/")[-1]
    parts = end.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return y < pub.year
        m = int(parts[1]) if len(parts) > 1 else 12
        d = int(parts[2]) if len(parts) > 2 else calendar.monthrange(y, m)[1]
        return (pub - datetime.date(y, m, d)).days > days
    except (ValueError, IndexError):
        return False


def _iso_day(value) -> "datetime.date | None":
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _past_anchors(doc: Document, since_words: frozenset[str], published,
                  starts: list[int]) -> list[tuple[int, int, int, str | None]]:
    """The dates of an article's paragraphs that may anchor later sentences (round 14): for each
    date of the text, (paragraph start, date end, sentence index, value), the value None for a
    date that is no past anchor (a recent one: it ends the anchor before it). A past anchor is a
    date more than HISTORICAL_DAYS before publication (في عام 1978، يوم الثلاثاء 28 مارس 1978) that
    is no «since» (``since_words``: منذ عام 2011 tells how long a state lasts, up to now) and no
    period (a value with "/": «المنعقد في الدوحة خلال المدة من 8 إلى 29 / 11 / 1433هـ», aleqtisadiya
    2015-08-03, tells when a conference sat, not where the narrative stands; the next item of the
    cabinet's decisions is today's).
    Paragraphs are the text's lines: an article written with no line breaks has one paragraph, the
    whole text, and carries nothing (a past year named in one sentence of a wire story does not
    date the rest). ``starts``: the sentences' start offsets."""
    text = doc.text
    if text.count("\n") < 2:
        return []
    pub = doc.meta.get("published") or published
    out = []
    for d in doc.layer("dates"):
        value = d.get("value")
        if not value:
            continue
        para = text.rfind("\n", 0, d.start) + 1
        # the two words before the date and its own first word (the dates stage may take منذ in:
        # «ومنذ ثلاث سنوات ولغاية الآن», aawsat 2015-07-22)
        around = [normalize(w) for w in text[max(para, d.start - 12):d.start].split()[-2:] + text[d.start:d.end].split()[:1]]
        past = "/" not in str(value) and _long_before(str(value), pub) \
            and not any(strip_conjunction(w, 2) in since_words for w in around)
        out.append((para, d.end, bisect.bisect_right(starts, d.start) - 1, str(value) if past else None))
    return out


def _anchor_for(text: str, anchors: list[tuple[int, int, int, str | None]], start: int, si: int) -> str | None:
    """The past date that holds at the sentence that starts at ``start`` (index ``si``): the last
    date of its paragraph before it, where that date is a past anchor (see ``_past_anchors``) told
    at most ANCHOR_SENTENCES sentences before."""
    para = text.rfind("\n", 0, start) + 1
    last = None
    for p0, end, at, value in anchors:
        if p0 == para and end <= start and (last is None or end >= last[0]):
            last = (end, at, value)
    return last[2] if last and si - last[1] <= ANCHOR_SENTENCES else None


def _claim_applies_back(events: list[Event], si: int, sentence: SentenceContext, made: list[Event]) -> None:
    """A claim of responsibility in the sentence right after an attack told with no named doer
    makes the claimant its doer (round 14): «انفجرت سيارة مفخخة … مقتل أربعة أشخاص. وفي بيان
    للتنظيم … أعلن مسؤوليته عن تفجير سيارة مفخخة»، «وأعلنت جماعة المرابطون مسؤوليتها عن الهجوم»
    (aawsat 2015-07-21). The claim must make an act of this sentence the claimant's (the in-sentence
    rule, ``attributed_or_claimed_doer``), asserted and current (a negated claim, لم تعلن أي جهة
    مسؤوليتها، or a background one, وكانت الجماعة قد أعلنت مسؤوليتها عن هجوم يونيو، claims nothing
    here); the earlier act of that type with no doer, or only a bare noun phrase (سيارة مفخخة), in
    the sentence just before becomes the claimant's, ``claimed``: the claimant's word, not a
    finding. A claim that names a new act (تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة,
    aawsat 2015-07-27, after a sentence on Turkish strikes) claims only that act. Only the sentence right before: a claim names the act just told (the one, or the two,
    الهجومين اللذين تبناهما); further back lie other acts."""
    # the acts of the sentence before with no named doer, found first: most sentences follow none,
    # and then the claim is not looked for (it reads every token of the sentence)
    waiting = []
    for n in range(len(events) - 1, -1, -1):
        e = events[n]
        if e.sentence >= si:
            continue
        if e.sentence < si - 1:
            break
        if e.sentence == si - 1 and e.type in ACCUSABLE and e.context not in (NEGATED, HISTORICAL) \
                and (e.source is None or (e.source.entity is None and e.source.code is None)):
            waiting.append(n)
    claimant = sentence.claimant() if waiting else None
    if claimant is None or sentence.claims_a_new_act():
        return
    claimed = {e.type: e.source for e in made if e.type in ACCUSABLE and e.source is not None
               and e.source.key == claimant.key and e.context not in (NEGATED, HISTORICAL)}
    for n in waiting:
        e = events[n]
        if e.type in claimed:
            events[n] = replace(e, source=claimed[e.type], context=e.context or CLAIMED)


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, source, target) in an article: later mentions of the same act
    (the headline and the lead, a quote repeating the proposal) add no event. An act with no doer
    named (الهجوم، التفجير) is a mention of the act of that type the article reports with a doer,
    when there is one, and is then no event of its own; of those left, one per type and target."""
    typed_with_doer = {e.type for e in events if e.source is not None}
    seen = set()
    out = []
    for e in events:
        key = (e.type, e.role_key("source"), e.role_key("target"))
        if key in seen or (key[2] is None and any(k[:2] == key[:2] for k in seen)):
            continue
        if e.source is None and e.type in typed_with_doer:
            continue
        seen.add(key)
        out.append(e)
    return out
