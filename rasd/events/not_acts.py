"""Trigger words in a sense that is no act: a rank in a table, a conclusion reached, a standing condition.

Reading every event Rasd made on 204 ordinary SaudiNewsNet articles (docs/events.md, "Precision
sample E") found conflict and cooperation words whose sense the words around them fix as no act:

- an **object** that makes the verb idiomatic: تحتل الإمارات المركز الأول (a rank, not a seizure),
  توصل إلى عدد من الاستنتاجات (a conclusion, not an agreement);
- a verbal noun that, **with the article** (some also with a possessive pronoun), names a standing
  condition or the party in it: جماعة التمرد الحوثي، سيواصل المعارضون تمردهم، إنهاء الاحتلال الإسرائيلي;
- a verbal noun **governed** by a word of plan, frame or purpose (خطة تحرير الفلوجة، في إطار التعاون،
  بهدف مكافحة), or carrying the preposition لـ of purpose while it governs its own object
  (حلف عسكري أنشئ للتصدي لجماعة بوكو حرام، لجنة للتحقيق في شكوى، معسكرات لاحتجازهم): the act is the
  aim of another act, not itself reported (second precision sample, docs/events.md "Precision
  sample F"). Not after a word whose object the لـ marks (تعرضت لهجوم، إدانته لهجوم الحوثيين): there
  the noun names an act that took place.

- a verb form that tells a **standing state** (state_verb): the imperfect of سيطر "controls"
  (فيما تسيطر قوات «وحدات حماية الشعب الكردي» على نحو ثلثي الشريط الحدودي), where the past
  سيطرت "took control" is the act (branch evprec6).
- a verb whose **object** gives that verb alone an everyday sense (verb_object: حقق + انتصارات،
  تقدما "achieved", not "investigated"); God as the object of a verb of calling (**prayer**: ودعت
  القيادة الله- سبحانه وتعالى- أن يتقبلهم); an **adjective** after a definite word (الخدمات المساندة)
  (branch evprec8, docs/events.md "Round 8 of precision").
- a word in its **everyday sense** by what follows it (branch evsense, round 13): رحل عن/تاركا
  "left, passed away", not رحّل "deported"; استهدف توفير "aims at providing"; a noun with an
  adjective of an occasion (noun_object: تظاهرة ثقافية "a festival"); a thanks whose reason is a
  **courtesy** (على حفاوة الاستقبال، لحضورهم); an address to the doer's **own staff** (موظفي الوزارة،
  منسوبيها): acts inside one body (docs/events.md "Round 13").
- the most frequent triggers in an **everyday sense** (branch evsense2, round 15): ترحيل النفايات/
  العقوبات "moving waste, carrying a penalty over" (noun_object, also under a glued ب/ل: لترحيل
  نفاياته); رفض التعليق "declined to comment"; احتل مكانة/عناوين الصحف "holds a standing"; منع الحمل
  "contraception"; أقر قانونا "adopted a law" (verb_object); «هذه التظاهرة», a demonstrative before
  the noun (**pointed**): an occasion told before, not a new demonstration (docs/events.md "Round 15").
  An object may be a phrase of up to three words (رفض + «ذكر اسمه»، «الكشف عن اسمه» "declined to be
  named"; round 16): the name alone is no row, it is also the object of a real refusal.
- acts that are **not new events** (branch evprec9, round 16 of precision): a disaster's or an
  accident's dead (قتل 27 شخصا … بسبب الفيضانات، مقتل ثلاثة أشخاص بتحطم طائرة: **disaster**), a place
  hosting refugees or visitors (تستقبل ألمانيا … اللاجئين: verb_object), a danger guarded against
  (لحماية نفسها من هجمات: **guard**), a programme as the subject of استهدف (**subject**) and the second
  noun of a programme's name (مشروع تدريب وتسليح: governor), a welcome of guests or a person
  (رحب بالحضور، رحب بالضيوف: **welcome**) (docs/events.md "Round 16 of precision").
The words are data (``resources/events/not_acts.tsv``, with their reasons); an event whose trigger
matches is dropped by the events stage.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..errors import ModelError
from ..resources import Resources
from ..text.normalize import normalize, strip_conjunction
from .types import Trigger

FILE = "not_acts.tsv"
KINDS = ("object", "state", "state_possessed", "governor", "lam_object", "means_verb", "purpose", "state_verb",
         "verb_object", "prayer", "adjective", "noun_object", "courtesy", "staff", "own_body", "pointed",
         "demonstrative", "disaster", "cause_mark", "disaster_stop", "guard", "subject", "welcome", "welcomed")
# How many words before a لـ verbal noun a verb of using a means may stand (استخدم معدات لتهديم
# البنى التحتية: the verb, its object of up to two words, then the purpose).
MEANS_REACH = 3
# How many words before a لـ verbal noun the word whose object it is may stand, in the same clause:
# the subject and an adverb of time stand between (وتعرض قيادي في حركة حماس الثلاثاء للخطف: six).
LAM_OBJECT_REACH = 8
# How many words after the verb its object may stand: the object itself, after a subject of up to
# four words (وتحتل دولة قطر المركز الرابع، احتل سهم «مجمع الضليل الصناعي العقاري» صدارة قيم
# التداول) or a preposition and a quantity (توصل إلى عدد من الاستنتاجات). Quotation marks are not
# counted. Farther, the word belongs to another clause or phrase.
OBJECT_REACH = 6
# The most words an object of several words holds: a verbal noun, a preposition and its object
# (رفض + «الكشف عن اسمه», declining to be named; round 16).
PHRASE_WORDS = 3
# Punctuation that ends the clause in which the object is looked for.
CLAUSE_BREAK = frozenset(".،,;؛:!?؟")
# How many words after a verb of calling God may stand as its object: the verb's subject of up to
# seven words between (ودعا إمام جامع المقهوي بمحاسن الشيخ محمد المقهوي الله - عز وجل - أن يمن,
# alyaum 2015-08-08); a praise or أن must follow God, so a longer reach finds no name by chance.
PRAYER_REACH = 8
# The dashes that open a praise after God's name (الله- سبحانه وتعالى-، الله - عز وجل -).
DASHES = frozenset("-–—")
# How many words after a verb or noun of thanks the reason for the thanks (على + noun, لـ + noun)
# may stand: the one thanked may be a title chain and a list (وشكرت الحركة في بيانها خادم الحرمين
# الشريفين والمسؤولين في المملكة على حفاوة استقبال وفد الحركة, okaz 2015-07-21: nine words).
# Within the clause only.
COURTESY_REACH = 12
# How many words after a killing a natural cause may stand: the dead and a place or a day between
# (قتل ثلاثة أشخاص على الأقل، في زلزال: six; مقتل 20 على الاقل في خروج قطارين عن القضبان بسبب
# الفيضانات, 2015-08-06: ten). The comma is crossed (it sets off «على الأقل» or a day), a full stop or
# a colon is not; farther, the words mostly belong to another clause.
DISASTER_REACH = 10
# A ب read as glued to a disaster noun only on a word of more than four letters (بتحطم، بالفيضانات):
# shorter words opening with ب are words of their own (بعد، بين، بلد، برد).
GLUED_B_MIN = 4
# The punctuation a natural cause is looked for across (the comma after «على الأقل»).
SOFT_BREAK = frozenset("،,")
# How many words before «من» the noun of protection may stand: the noun and its object of up to two
# words (لحماية المدن السعودية من هجمات: three).
GUARD_REACH = 3
# Punctuation that is passed over (quotation marks and brackets around a name).
QUOTE_MARKS = frozenset("«»\"“”()'")


@dataclass(frozen=True)
class NotActs:
    objects: dict  # PLOVER type -> frozenset of normalised object words
    states: dict  # PLOVER type -> frozenset of normalised verbal nouns (with the article)
    possessed: dict  # PLOVER type -> the same, also with a possessive pronoun
    # the pronoun suffixes a noun may carry (تمردهم، تمردها): the events word class
    # "pronoun_suffixes", longest first
    pronouns: tuple
    # phrases (tuples of normalised words) that, right before a verbal noun, make it a plan, a frame
    # or a purpose (خطة، في اطار، بهدف)
    governors: frozenset = frozenset()
    # words after which a لـ on the verbal noun marks their object, not a purpose (تعرض لهجوم)
    lam_objects: frozenset = frozenset()
    # the prepositions of purpose on a verbal noun (لـ)
    purpose: frozenset = frozenset()
    # verbs of using a means: a purpose after their object was carried out (استخدم معدات لتهديم)
    means_verbs: frozenset = frozenset()
    # the stand-alone prepositions (events word class "prepositions": في، على، من …)
    prepositions: frozenset = frozenset()
    # PLOVER type -> verb forms (normalised, as written but for و/ف) that tell a standing state, not
    # an act: the imperfect of سيطر "controls" (تسيطر قوات … على نحو ثلثي مساحة الشريط الحدودي)
    state_verbs: dict = None
    # (PLOVER type, the verb's lexicon form) -> object words that give the verb an everyday sense
    # (حقق + انتصارات/تقدما: "achieved", not "investigated"), looked for as ``objects`` are
    verb_objects: dict = None
    # PLOVER type -> the words that name God (الله، المولى): such a word as a verb's object makes
    # the verb a prayer (دعت القيادة الله - سبحانه وتعالى - أن يتقبلهم); under "name_part" the words
    # that, before it, make it part of a name (حزب الله، عبد الله، أنصار الله), under "praise" the
    # words that follow God invoked (سبحانه، تعالى، عز، أن)
    prayer: dict = None
    # PLOVER type -> nouns with the article that, right after a definite word, are its adjective
    # (الخدمات المساندة "support services", الفرق المساندة "the backing teams"), not an act
    adjectives: dict = None
    # (PLOVER type, noun without article) -> words after it that give the noun an everyday sense
    # (تظاهرة ثقافية/رياضية: a festival, an event, not a demonstration), looked for as ``objects``
    noun_objects: dict = None
    # PLOVER type -> reasons for thanks that make it a courtesy (على حفاوة الاستقبال، على رعايتهم،
    # لحضورهم): hospitality, organisation, attendance, greetings, condolences; under "thanks" the
    # lexicon forms of the verbs of thanking (شكر) whose reason is looked at
    courtesy: dict = None
    # PLOVER type -> nouns of a body's own staff (موظفي، منسوبي، العاملين) and, under "*" in
    # own_body, the bare definite words that name the body told before (الوزارة، الجامعة)
    staff: dict = None
    own_body: frozenset = frozenset()
    # PLOVER type -> nouns (without the article) that, with the article after a demonstrative
    # (هذه التظاهرة), refer back to an occasion told before (a festival: the press's «تظاهرة»), and
    # the demonstratives (هذه، لهذه، بهذه) under "*" in ``demonstratives``
    pointed: dict = None
    demonstratives: frozenset = frozenset()
    # PLOVER type -> the natural causes of death (فيضانات، زلزال، تحطم، «حادث مروري»: one word or a
    # phrase, without the article) that, after a killing and a cause word (``cause_marks``: في، إثر،
    # جراء، بسبب; a glued ب), or as the verb's subject right after it (اجتاحت عاصفة), make the dead
    # a disaster's toll, not an attack (round 16); ``disaster_stops``: words of a doer's act (أسقط،
    # هجوم) that keep the attack when they stand in the same reach
    disasters: dict = None
    cause_marks: frozenset = frozenset()
    disaster_stops: frozenset = frozenset()
    # PLOVER type -> nouns of protection (حماية، تأمين): before «من» and a noun trigger they make it a
    # danger guarded against (لتأمينها من هجمات الحوثيين), not an act (round 16)
    guards: dict = None
    # (PLOVER type, the verb's lexicon form) -> subjects that give the verb an everyday sense
    # (البرنامج يستهدف 216 متدربا: a programme "is aimed at" its trainees; round 16)
    subjects: dict = None
    # PLOVER type -> the words of welcoming (رحب، ترحيب، مرحبا) among a trigger's lexicon forms, and
    # the ones welcomed that make the welcome a courtesy to guests (the attendance, the visitors, a
    # delegation: رحب العوض بالحضور; round 16)
    welcome: dict = None
    welcomed: dict = None

    @classmethod
    def load(cls, resources: Resources) -> "NotActs":
        words: dict[str, dict[str, set[str]]] = {k: {} for k in KINDS}
        for n, row in enumerate(resources.table("events", FILE, 3), 1):
            if row[0] not in words:
                raise ModelError(f"data file events/{FILE} row {n}: unknown kind {row[0]!r}")
            if row[0] in ("verb_object", "noun_object", "subject"):
                verb, _, obj = row[2].partition(" ")
                if not obj:
                    raise ModelError(f"data file events/{FILE} row {n}: {row[0]} is 'word object'")
                words[row[0]].setdefault((row[1], normalize(verb)), set()).add(normalize(obj))
                continue
            words[row[0]].setdefault(row[1], set()).add(normalize(row[2]))
        freeze = lambda d: {t: frozenset(ws) for t, ws in d.items()}  # noqa: E731
        nouns = words["noun_object"]
        pronouns = tuple(sorted(resources.word_class("events", "pronoun_suffixes"), key=len, reverse=True))
        every = lambda k: frozenset(w for ws in words[k].values() for w in ws)  # noqa: E731
        return cls(freeze(words["object"]), freeze(words["state"]), freeze(words["state_possessed"]), pronouns,
                   governors=frozenset(tuple(w.split()) for w in every("governor")),
                   lam_objects=every("lam_object"), purpose=every("purpose"), means_verbs=every("means_verb"),
                   prepositions=frozenset(resources.word_class("events", "prepositions")),
                   state_verbs=freeze(words["state_verb"]), verb_objects=freeze(words["verb_object"]),
                   prayer=freeze(words["prayer"]), adjectives=freeze(words["adjective"]),
                   noun_objects=freeze(nouns), courtesy=freeze(words["courtesy"]), staff=freeze(words["staff"]),
                   own_body=every("own_body"), pointed=freeze(words["pointed"]),
                   demonstratives=every("demonstrative"), disasters=freeze(words["disaster"]),
                   cause_marks=every("cause_mark"), disaster_stops=every("disaster_stop"),
                   guards=freeze(words["guard"]), subjects=freeze(words["subject"]),
                   welcome=freeze(words["welcome"]), welcomed=freeze(words["welcomed"]))

    def matches(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is this trigger of type ``typ`` (``norm``: the sentence's normalised tokens) in a sense
        that is no act?"""
        return (self._idiom_object(typ, trig, tokens, norm) or self._state(typ, norm[trig.first])
                or (trig.pos == "v" and (self._state_verb(typ, trig, norm) or self._verb_object(typ, trig, tokens, norm)))
                or self._prayer(typ, trig, tokens, norm) or self._adjective(typ, trig, norm)
                or (trig.pos == "n" and (self._governed(trig, norm) or self._purpose(trig, tokens, norm)
                                         or self._noun_object(typ, trig, tokens, norm) or self._pointed(typ, trig, norm)))
                or self._courtesy(typ, trig, tokens, norm) or self._own_staff(typ, trig, tokens, norm)
                or self._disaster(typ, trig, tokens, norm)
                or (trig.pos == "n" and self._guarded(typ, trig, tokens, norm))
                or (trig.pos == "v" and self._subject(typ, trig, tokens, norm))
                or self._welcome(typ, trig, tokens, norm))

    def _welcome(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is the trigger a welcome of guests (ورحب العوض في بداية الاجتماع بالحضور، رحب خلالها
        بالضيوف، ترحيب النمسا بكل زوارها)? A word of welcoming (one of the trigger's lexicon forms)
        whose object, a word glued to ب within COURTESY_REACH words in the clause (بكل زوارها: after
        بكل), is the attendance, visitors, participants or a delegation. A welcome of a decision or an
        act (رحب بالاتفاق، رحب بانضمام …) is PLOVER SUPPORT and stays, and so does a leader's welcome of
        a visiting leader (events-snn codes «ترحيب … السيسي … بسمو ولي ولي العهد» as SUPPORT); a
        greeting of guests is a courtesy (precision sample E: courtesy 6 of 6 no events)."""
        words = self.welcome.get(typ) if self.welcome else None
        if not words or not (set(trig.form.split()[0].split("|")) & words):
            return False
        if trig.pos != "v" and not self._reason(_bare(norm[trig.first]), words):
            return False  # a noun entry of several words (ترحيب|تأييد|إشادة): this one must welcome
        welcomed = self.welcomed.get(typ, ())
        for k in _clause_words(trig, tokens, len(norm), COURTESY_REACH, skip_quotes=False):
            w = strip_conjunction(norm[k])
            if w[:1] != "ب":
                continue
            if w[1:] == "كل" and k + 1 < len(norm):
                w = norm[k + 1]  # بكل زوارها: the welcomed come after كل (looked at before the length test)
            elif len(w) <= 3:
                continue  # ب and a noun of at least three letters (بسمو); not بن of a name
            else:
                w = w[1:]
            if self._reason(w, welcomed):
                return True
        return False

    def _disaster(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is the killing a natural disaster's or an accident's toll (قتل 27 شخصا على الأقل في بورما
        بسبب الفيضانات، مقتل ثلاثة أشخاص بتحطم طائرة صغيرة في طوكيو، اجتاحت عاصفة قوية غرب
        مقدونيا)? A cause word and a disaster noun (right after it, or after the
        disaster's own verb: بعدما اجتاحت عاصفة) within DISASTER_REACH words after the trigger (a
        comma crossed), or a disaster noun right after it as its subject, and no word of a doer's act
        in that reach (أسقطت، هجوم: a craft shot down is an attack). PLOVER's ASSAULT is an act of a
        party; a flood, a quake or a crash without a doer is none."""
        nouns = self.disasters.get(typ) if self.disasters else None
        if not nouns:
            return False
        words, found = 0, False
        for k in range(trig.last + 1, len(norm)):
            t = tokens[k].text
            if t in SOFT_BREAK or t in QUOTE_MARKS:
                continue
            if t in CLAUSE_BREAK:
                break
            words += 1
            if words > DISASTER_REACH:
                break
            w = strip_conjunction(norm[k], 3)
            if w in self.disaster_stops or _bare(w) in self.disaster_stops:
                return False
            if not found and (k == trig.last + 1 or len(w) > GLUED_B_MIN and w[0] == "ب") and self._disaster_at(nouns, k, norm):
                found = True  # اجتاحت عاصفة (the subject)، بتحطم طائرة (a glued ب of cause)
            elif not found and w in self.cause_marks and any(
                    j < len(norm) and self._disaster_at(nouns, j, norm) for j in (k + 1, k + 2)):
                found = True  # في زلزال، بعدما اجتاحت عاصفة (the disaster's own verb between)
        return found

    @staticmethod
    def _disaster_at(nouns, k: int, norm: Sequence[str]) -> bool:
        """Does a disaster noun or phrase begin at word k (with or without the article, a glued ب)?"""
        w = _bare(norm[k])
        firsts = {w, w[2:] if w.startswith("ال") else w}
        if len(w) > GLUED_B_MIN and w[0] == "ب":
            firsts.add(w[1:])
        for first in firsts:
            for n in range(1, PHRASE_WORDS + 1):
                if k + n <= len(norm) and " ".join([first, *norm[k + 1:k + n]]) in nouns:
                    return True
        return False

    def _guarded(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is the noun a danger guarded against (لتأمينها من هجمات الحوثيين، حماية المدنيين من
        الهجمات)? «من» right before it (or before أي) and a noun of protection within GUARD_REACH
        words before «من», in the clause: the attacks are what a measure aims to prevent, not
        attacks told as done (round 16)."""
        nouns = self.guards.get(typ) if self.guards else None
        if not nouns:
            return False
        k = trig.first - 1
        if k >= 1 and strip_conjunction(norm[k]) == "اي":
            k -= 1
        if k < 1 or strip_conjunction(norm[k]) != "من":
            return False
        for j in range(k - 1, max(-1, k - 1 - GUARD_REACH), -1):
            if tokens[j].text in CLAUSE_BREAK:
                return False
            w = _bare(norm[j])
            if self._reason(w, nouns) or (len(w) > 4 and w[0] in "لب" and self._reason(w[1:], nouns)):
                return True
        return False

    def _subject(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is the verb's subject, right before or right after it, one that gives it an everyday
        sense (وأفاد بأن البرنامج يستهدف 216 متدربا: a programme aims at its trainees)?"""
        words = self.subjects.get((typ, trig.form.split()[0])) if self.subjects else None
        if not words:
            return False
        return ((trig.first > 0 and tokens[trig.first - 1].text not in CLAUSE_BREAK and _bare(norm[trig.first - 1]) in words)
                or (trig.last + 1 < len(norm) and _bare(norm[trig.last + 1]) in words))

    def _noun_object(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Does a word after the noun give it an everyday sense (تظاهرة ثقافية، هذه التظاهرة
        السياحية: a festival or a fair, not a demonstration)? The noun is taken without و/ف, a
        preposition or the article; the word is looked for as a verb's object is, with or without
        the article (an adjective agrees with its noun in definiteness)."""
        if not self.noun_objects:
            return False
        w = _bare(norm[trig.first])
        w = w[2:] if w.startswith("ال") else w
        objects = self.noun_objects.get((typ, w))
        if not objects and len(w) > 4 and w[0] in "بل":
            # لترحيل نفاياته، بترحيل العقوبات: a preposition glued to the noun without the article
            objects = self.noun_objects.get((typ, w[1:]))
        return bool(objects) and self._object_in(objects, trig, tokens, norm)

    def _pointed(self, typ: str, trig: Trigger, norm: Sequence[str]) -> bool:
        """Does a demonstrative stand right before the noun with the article (هذه التظاهرة)? The noun
        then refers back to a thing told before, not to a new act: in the press «هذه التظاهرة» is a
        festival or a fair named earlier in the article (docs/events.md "Round 15"); a demonstration
        told before is an event where it was told."""
        i = trig.first
        if not self.pointed or i == 0 or trig.last != i:
            return False
        w = strip_conjunction(norm[i])
        return (w.startswith("ال") and w[2:] in self.pointed.get(typ, ())
                and strip_conjunction(norm[i - 1]) in self.demonstratives)

    def _courtesy(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is the trigger a thanks whose reason is a courtesy (شكر خادم الحرمين الشريفين على
        الحفاوة التي لقيها، شكر رئيس اللجنة أهالي مدينة العيون لحضورهم الاحتفال)? The reason is a
        noun after على, or glued to لـ, within COURTESY_REACH words in the trigger's clause, with a
        pronoun suffix or after حسن/كرم (على حسن الاستقبال). A thanks for a party's efforts, support
        or mediation (على جهودهم للتوسط) is none of these and stays SUPPORT."""
        reasons = self.courtesy.get(typ) if self.courtesy else None
        if not reasons or not (set(trig.form.split()[0].split("|")) & self.courtesy.get("thanks", frozenset())):
            return False  # only a thanks: a welcome (رحب بالهجمات التركية) is a stance, not a courtesy
        for k in _clause_words(trig, tokens, len(norm), COURTESY_REACH, skip_quotes=False):
            w = strip_conjunction(norm[k])
            if w in self.courtesy.get("reason_mark", ()) and k + 1 < len(norm):
                nxt = _bare(norm[k + 1])
                if nxt in self.courtesy.get("manner", ()) and k + 2 < len(norm):
                    nxt = _bare(norm[k + 2])
                if self._reason(nxt, reasons):
                    return True
            # len(w) > 4: ل and a noun of at least four letters (لحضور): a shorter word is a
            # preposition or particle of its own (لهم، لكن)
            elif w[:1] == "ل" and len(w) > 4 and w[1:] not in reasons and self._reason(w[1:], reasons):
                # لحضورهم، لرعايتها: the reason with its pronoun; not a noun that لـ governs
                # (لتنظيم الدولة، للرئاسة العامة لرعاية الشباب: ة is spelt as the pronoun ه)
                return True
        return False

    def _reason(self, w: str, reasons) -> bool:
        """Is ``w`` a reason of courtesy, bare (حضور)، with the article (الحضور) or with a pronoun
        (حضورهم، رعايتها: the feminine ة is written ت before it)?"""
        if w.startswith("ال"):
            w = w[2:]
        return w in reasons or any(w.endswith(p) and (w[:-len(p)] in reasons or (
            w[:-len(p)].endswith("ت") and w[:-len(p) - 1] + "ه" in reasons)) for p in self.pronouns)

    def _own_staff(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is the one addressed the staff of the doer's own body (حث وزير الإسكان موظفي الوزارة،
        منسوبيها)? A staff noun within OBJECT_REACH words after the trigger, in its clause, that
        carries a possessive pronoun or is followed by a bare definite word naming a body (الوزارة،
        الجامعة، الهيئة): the body told before, the doer's own. Acts inside one body are its
        administration, not acts between two parties (PLOVER)."""
        nouns = self.staff.get(typ) if self.staff else None
        if not nouns:
            return False
        for k in _clause_words(trig, tokens, len(norm), OBJECT_REACH):
            w = _bare(norm[k])
            if w in nouns and k + 1 < len(norm) and _bare(norm[k + 1]) in self.own_body:
                return True
            # len(w) > len(p) + 3: a staff noun of at least four letters before the pronoun
            # (موظفيها، منسوبيه): shorter stems are particles with a suffix, not nouns
            if any(w.endswith(p) and w[:-len(p)] in nouns for p in self.pronouns if len(w) > len(p) + 3):
                return True
        return False

    def _state_verb(self, typ: str, trig: Trigger, norm: Sequence[str]) -> bool:
        """Is the verb a form that tells a standing state (تسيطر قوات … على نحو ثلثي الشريط)?"""
        return bool(self.state_verbs) and strip_conjunction(norm[trig.first], 2) in self.state_verbs.get(typ, ())

    def _verb_object(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is the verb's object one that gives this verb an everyday sense (وحقق مقاتلون موالون
        للحكومة انتصارات: achieved; حققت القوات العراقية أمس الخميس تقدما)?"""
        objects = self.verb_objects.get((typ, trig.form.split()[0])) if self.verb_objects else None
        return bool(objects) and self._object_in(objects, trig, tokens, norm)

    def _prayer(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is God the object of the trigger (a prayer, not a demand)? A word of ``prayer`` (الله،
        المولى) within PRAYER_REACH words after the trigger, not after a word that makes it part
        of a name (حزب الله، عبد الله), and followed by what follows God invoked (a praise:
        سبحانه، تعالى، عز وجل; a dash before one; أن of the wish): ودعت القيادة الله- سبحانه
        وتعالى- أن يتقبلهم. The entities may read «القيادة الله» as one name before a dash, so the
        actor test (``stage.never_actor``) alone does not see God there."""
        if not self.prayer or typ not in self.prayer:
            return False
        names, names_part, after = self.prayer[typ], self.prayer.get("name_part", ()), self.prayer.get("praise", ())
        for k in range(trig.last + 1, min(len(norm), trig.last + 1 + PRAYER_REACH)):
            if tokens[k].text in CLAUSE_BREAK:
                return False
            if strip_conjunction(norm[k]) in names and strip_conjunction(norm[k - 1]) not in names_part:
                return k + 1 < len(norm) and (norm[k + 1] in after or tokens[k + 1].text in DASHES)
        return False

    def _adjective(self, typ: str, trig: Trigger, norm: Sequence[str]) -> bool:
        """Is the word, as written (no و, no preposition), an adjective of the definite word right
        before it (مكاتب الخدمات الانتخابية المساندة، فرق الدفاع المدني المساندة)? A verbal noun
        with the article follows a verb, a preposition, a construct head without the article
        (تقديم المساندة) or a conjunction (الدعم والمساندة), not a definite word."""
        i = trig.first
        if not self.adjectives or i == 0 or norm[i] not in self.adjectives.get(typ, ()):
            return False
        prev = norm[i - 1]
        return prev.startswith("ال") or (len(prev) > 3 and prev[0] in "وبلك" and prev[1:3] == "ال") or prev.startswith("لل")

    def _governed(self, trig: Trigger, norm: Sequence[str]) -> bool:
        """Does a word of plan, frame or purpose stand right before the verbal noun (خطة تحرير،
        في إطار التعاون، بهدف مكافحة)? The noun is then the second term of a construct: the plan, frame
        or aim is named, not an act done."""
        i = trig.first
        if self._governed_at(i, norm):
            return True
        # مشروع تدريب وتسليح المعارضة: a noun joined by و to a governed noun without the article is
        # the second term of the same construct (round 16: a programme's name, not an act)
        # (the و is the clitic only when the trigger's own lexicon form does not begin with it: وساطة)
        own_waw = any(f.startswith("و") for f in trig.form.split()[0].split("|"))
        return (i >= 2 and len(norm[i]) > 3 and norm[i][0] == "و" and not own_waw
                and not norm[i - 1].startswith(("ال", "و")) and self._governed_at(i - 1, norm))

    def _governed_at(self, i: int, norm: Sequence[str]) -> bool:
        for g in self.governors:
            n = len(g)
            if i >= n and (strip_conjunction(norm[i - n]),) + tuple(norm[i - n + 1:i]) == g:
                return True
        return False

    def _purpose(self, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Does the verbal noun carry the preposition لـ of purpose (للتصدي لجماعة، لاحتجازهم،
        لمكافحة الإرهاب)? The لـ is the noun's own clitic, not a letter of its stem (لقاء), and the
        noun governs an object: a preposition after it (للتحقيق في), a possessive pronoun
        (لاحتجازهم) or, without the article, a definite word (لمكافحة الإرهاب). A noun with the
        article and no preposition after it names an act (إدانته للتفجير الإرهابي الذي استهدف)."""
        i = trig.first
        w = strip_conjunction(norm[i])
        if w[:1] not in self.purpose or i + 1 >= len(norm) or trig.last != i:
            return False
        for k in range(i - 1, max(-1, i - 1 - LAM_OBJECT_REACH), -1):
            if tokens[k].text in CLAUSE_BREAK:
                break
            if self._lam_object_word(norm[k]):
                return False  # تعرضت لهجوم، إدانته لهجوم الحوثيين: the لـ marks the object
        if any(strip_conjunction(norm[k]) in self.means_verbs for k in range(max(0, i - MEANS_REACH), i)):
            return False  # استخدم معدات لتهديم البنى التحتية: the means was used, the act done
        nxt = strip_conjunction(norm[i + 1])
        if w.startswith("لل"):
            # للتصدي لجماعة، للتحقيق في شكوى: the noun's object follows with a preposition
            return nxt in self.prepositions or (len(nxt) > 3 and nxt[0] in "لب")
        forms = trig.form.split("|")
        stem = w[1:]
        if not any(stem.startswith(f) for f in forms):
            return False  # the ل is the stem's own letter (لقاء), or the form differs
        rest = stem[max(len(f) for f in forms if stem.startswith(f)):]
        if rest and any(rest == p for p in self.pronouns):
            return True  # لاحتجازهم: the pronoun is the noun's object
        return not rest and nxt.startswith("ال") and tokens[i + 1].text not in CLAUSE_BREAK

    def _lam_object_word(self, word: str) -> bool:
        w = strip_conjunction(word)
        if w in self.lam_objects:
            return True
        return any(w.endswith(p) and w[:-len(p)] in self.lam_objects for p in self.pronouns)

    def _idiom_object(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        objects = self.objects.get(typ)
        return bool(objects) and self._object_in(objects, trig, tokens, norm)

    def _object_in(self, objects, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Does one of ``objects`` stand within OBJECT_REACH words after the trigger, in its clause?"""
        return any(_bare(norm[k]) in objects or self._phrase_at(objects, k, norm)
                   for k in _clause_words(trig, tokens, len(norm), OBJECT_REACH))

    @staticmethod
    def _phrase_at(objects, k: int, norm: Sequence[str]) -> bool:
        """Does an object of several words (a verbal noun and its own object: رفض + «ذكر اسمه»,
        «الكشف عن اسمه») begin at word k? Its first word is read as a single object word is."""
        for n in range(2, PHRASE_WORDS + 1):
            if k + n <= len(norm) and " ".join([_bare(norm[k]), *norm[k + 1:k + n]]) in objects:
                return True
        return False

    def _state(self, typ: str, word: str) -> bool:
        w = _bare(word)
        if w.startswith("ال") and (w[2:] in self.states.get(typ, ()) or w[2:] in self.possessed.get(typ, ())):
            return True
        nouns = self.possessed.get(typ, ())
        return any(w.endswith(p) and w[:-len(p)] in nouns for p in self.pronouns)


def _clause_words(trig: Trigger, tokens: Sequence, n: int, reach: int, skip_quotes: bool = True):
    """The indexes of the words after the trigger in its clause (up to a ``CLAUSE_BREAK``), at
    most ``reach`` of them; quotation marks (``QUOTE_MARKS``) are passed over uncounted unless
    ``skip_quotes`` is False (a courtesy's reason is read as the words stand)."""
    words = 0
    for k in range(trig.last + 1, n):
        if tokens[k].text in CLAUSE_BREAK:
            return
        if skip_quotes and tokens[k].text in QUOTE_MARKS:
            continue
        yield k
        words += 1
        if words >= reach:
            return


def _bare(w: str) -> str:
    """A normalised word without a conjunction و/ف and a preposition ب/ل/ك before the article
    (والمركز -> المركز، بالاحتلال -> الاحتلال، للاحتلال -> الاحتلال)."""
    w = strip_conjunction(w, 3)
    if len(w) > 4 and w[0] in "بلك" and w[1:3] == "ال":
        return w[1:]
    if len(w) > 4 and w.startswith("لل"):
        return "ا" + w[1:]
    return w
