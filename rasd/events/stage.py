"""The events stage: PLOVER events with source, target, mode, context, date, place and counts.

For each body sentence: triggers (``triggers.detect``), their source and target
(``arguments.find_roles``), context and mode (``modes``), place (``places``), the date the
sentence gives (layer ``dates``; else the publication date, marked ``date_source="published"``)
and casualty counts (``rasd.events.counts`` when installed). Acts reported in someone's words
(a quote, or ``قال X إن``) get ``context="claimed"``, and a reported violent act by another actor
adds an ACCUSE event by the speaker against that actor (وقال بوتين إن أوكرانيا هاجمت ...).

Each event is one span over its trigger in layer ``events``, labelled with the PLOVER type.
Layers from other stages (entities, quotes, dates, boilerplate) are used when present and
treated as empty otherwise.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Mapping, Optional, Sequence

from ..document import Document, Span
from ..text.normalize import normalize, strip_conjunction
from ..text.sentences import split_sentences
from ..text.tokens import token_keys, tokenize
from .arguments import Actor, actors_near, find_roles, light_verb_subject, mention_index, sentence_actors
from .modes import context_of, mode_of
from .places import find_place
from .triggers import Detector, Trigger, detect, detector, sentence_features
from ..components import Stage

# Verbs that introduce reported speech, for sentences the quotes stage gave no quote for.
SPEECH_VERBS = {"قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "يوكد", "اضاف", "اضافت", "اعلن", "اعلنت",
                "اوضح", "اوضحت", "اشار", "اشارت", "ذكر", "ذكرت", "افاد", "افادت", "صرح", "زعم", "زعمت",
                "ادعي", "ادعت", "يري", "تري", "راي", "قالوا", "كتب"}
COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"}
# Violent or coercive acts that a speaker reporting them about someone else is accusing them of.
ACCUSABLE = {"ASSAULT", "COERCE"}


def _may_accuse(doc: Document, speaker) -> bool:
    """Is the speaker a party that accuses, not one that reports? A named person, organisation or
    coded country does; news media (actor codes ending in MED: رويترز، قناة سي إن إن ترك), unnamed
    sources (مصادر صحفية) and places without a code (a city named inside مصادر من مأرب) report."""
    ent = doc.entity(speaker.entity) if speaker.entity else None
    if ent is None:
        return False
    code = ent.attrs.get("code") or ""
    if code.endswith("MED"):
        return False
    return ent.label in ("PER", "ORG") or bool(code)
# A light verb and its nominal object (شنت ... هجوما) are one event: the noun is dropped when it
# follows a verb trigger of the same type this closely.
LIGHT_VERB_GAP = 4
# Types whose أن-clause states the content (a demand, a promise), not a second event, and how far
# that clause may start from its head: طلب الزعماء الأوروبيين يوم السبت في كييف أن يوافق.
CONTENT_HEADS = {"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE"}
CONTENT_GAP = 10
# Multi-word modal triggers whose source is the speaker and whose grammatical subject is the
# one addressed (قال إن أوكرانيا يجب أن تسقط ...: REQUEST by the speaker to Ukraine).
MODAL_REQUESTS = {"يجب ان"}
# Nominal acts in someone's statement with no doer named are the speaker's own (أعلن كيري ...
# التزام بلاده بأمن المنطقة، والاتفاق على تسريع ...): verbal cooperation and conflict only.
SPEAKER_NOUN_TYPES = {"AGREE", "SUPPORT", "REQUEST", "ACCUSE"}
# Acts that are accusations when reported (wasting public money): the speaker accuses the doer.
ACT_ACCUSATIONS = {"هدر", "اهدر"}
# Nominal predicates said of the actor before them (بشار الأسد فاقد للشرعية).
PREDICATES = {"فاقد للشرعيه"}
# Types whose conjoined subjects act on each other (روسيا وأوكرانيا تفاوضت).
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
# PLOVER: cooperative acts announced for the future are AGREE; future retreats are CONCEDE.
FUTURE_RETYPE = {"SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}


@lru_cache(maxsize=1)
def _abstract_targets() -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "resources" / "events" / "abstract_targets.tsv"
    with open(path, encoding="utf-8") as f:
        return frozenset(w.strip() for w in f if w.strip() and not w.startswith("#"))


def _abstract(actor: Actor | None) -> bool:
    """Is an unresolved target an idea or a text (الاتفاق، القرار) rather than an actor?"""
    if actor is None or actor.entity or not actor.text:
        return False
    head = normalize(actor.text.split()[0])
    for prefix in ("وال", "بال", "لل", "ال"):
        if head.startswith(prefix) and len(head) - len(prefix) >= 3:
            head = head[len(prefix):]
            break
    return head in _abstract_targets()


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
    out = []
    for q in doc.layer("quotes"):
        out.append((q.start, q.end, q.get("speaker"), q.get("speaker_text") or ""))
    return out


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


class _SentenceScores:
    """The sentence detector's probability per event type for one sentence, computed when first
    asked: in "score" mode only sentences that yield an event of the type are scored."""

    def __init__(self, det: Detector | None, tokens: Sequence[Span], triggers: Sequence[Trigger]):
        self.det, self.tokens, self.triggers = det, tokens, triggers
        self._feats: dict[tuple, list[str]] = {}  # (feature set version, type) -> features
        self._probs: dict[str, float] = {}

    def prob(self, typ: str) -> float | None:
        if self.det is None or typ not in self.det.weights:
            return None
        if typ not in self._probs:
            v = self.det.version(typ)
            key = (v, typ if v >= 3 else None)  # versions 3 and 4 look at the type's own triggers
            if key not in self._feats:
                self._feats[key] = sentence_features(self.tokens, self.triggers, v, typ)
            self._probs[typ] = self.det.prob(typ, self._feats[key])
        return self._probs[typ]

    def rejects(self, typ: str) -> bool:
        p = self.prob(typ)
        return p is not None and p < self.det.thresholds.get(typ, 0.5)


def _heads(triggers: Sequence[Trigger], tokens: Sequence[Span], norm: Sequence[str]) -> list[Trigger]:
    """Drop triggers that are the content of another one: a noun right after a verb trigger
    (شنت روسيا هجوما، اقترح محادثات، وافق على وقف إطلاق النار) and a verb in the أن-clause of a
    request, promise, threat or refusal (طلب ... أن يوافق، يجب أن توافق)."""
    kept: list[Trigger] = []
    for t in triggers:
        # kept triggers are in reading order: only the last few can be close enough
        recent = []
        for k in reversed(kept):
            if t.first - k.last > max(LIGHT_VERB_GAP, CONTENT_GAP):
                break
            recent.append(k)
        if t.pos == "n" and any(k.pos == "v" and 0 < t.first - k.last <= LIGHT_VERB_GAP for k in recent) \
                and not _adverbial(norm, t.first):
            continue
        if t.pos == "v" and t.first >= 1:
            prev = norm[max(0, t.first - 2):t.first]
            if any(p in ("ان", "بان", "الا", "لان") for p in prev) and any(
                    k.type in CONTENT_HEADS and 0 < t.first - k.last <= CONTENT_GAP for k in recent):
                continue
            if any(p in ("يجب", "ينبغي", "عليها", "عليه", "عليهم") for p in norm[max(0, t.first - 3):t.first]):
                continue  # يجب أن توافق موسكو: the content of a demand
        kept.append(t)
    return kept


# Prepositions that make a noun an adverbial (قتل خلال هجوم المتطرفين), not a verb's object.
ADVERBIAL_PREPS = {"خلال", "اثناء", "في", "اثر", "جراء", "بعد", "قبل", "منذ", "عقب", "بسبب"}


# A verb with no doer named whose act is told by a noun after it (قتل 4 جنود في هجوم شنه مسلحون):
# the noun's doer did it (``_share_doer``). Types, and how far the noun may be from the verb (the
# victims and a date may come between them).
SHARED_DOER_TYPES = {"ASSAULT"}
SHARED_DOER_GAP = 8


# Violent verbs that news writes unvocalised in the passive as often as in the active (قُتل،
# أُصيب، خُطف): with the subject before them and nothing after them but a preposition, a time
# word, punctuation or the next verb, the subject is the one killed (قال البنتاغون إن محسن الفضلي
# قتل في 8 يوليو), not the killer.
PASSIVE_PRONE = frozenset({"قتل", "جرح", "اصاب", "اصيب", "خطف", "اختطف", "اغتال", "اغتيل"})
# What may follow such a passive directly (normalised, without و/ف).
AFTER_PASSIVE = frozenset({"في", "خلال", "اثر", "جراء", "عقب", "بعد", "امس", "اليوم", "برصاص", "بالرصاص", "علي",
                           "بنيران", "اثناء", "قرب", "داخل"})


def _passive_subject(trig: Trigger, roles, tokens: Sequence[Span], norm: Sequence[str]) -> None:
    """Turn a subject-first violent verb with no object right after it into a passive: its subject
    is the target (any target found further off was not this verb's object)."""
    from .triggers import verb_keys

    if roles.how != "subject" or not roles.sources or trig.type != "ASSAULT":
        return
    if not (verb_keys(tokens[trig.first].text) & PASSIVE_PRONE):
        return
    nxt = trig.last + 1
    if nxt < len(tokens):
        w = norm[nxt]
        verb_next = w[:1] in "وف" and len(w) > 3 and bool(verb_keys(tokens[nxt].text) & PASSIVE_PRONE)
        if not (strip_conjunction(w, 2) in AFTER_PASSIVE or tokens[nxt].get("kind") == "punct" or verb_next):
            return
    roles.targets, roles.sources = roles.sources, []
    roles.how = "passive-subject"


def _cut_before(a, tails: set, tokens: Sequence[Span], text: str):
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


def _act_noun_after(trig: Trigger, kept: Sequence[Trigger], norm: Sequence[str], tokens: Sequence[Span]):
    """The first noun trigger of the same type after ``trig`` that is an adverbial (في هجوم، خلال
    غارة، جراء القصف، بانفجار) within SHARED_DOER_GAP tokens, or None."""
    for t in kept:
        if t.first <= trig.last or t.type != trig.type or t.pos != "n":
            continue
        if t.first - trig.last > SHARED_DOER_GAP:
            return None
        if _adverbial(norm, t.first) or any(p.label == "prep" for p in tokens[t.first].attrs.get("parts", ())):
            return t
    return None


def _share_doer(trig: Trigger, roles, kept: Sequence[Trigger], norm: Sequence[str], tokens: Sequence[Span],
                roles_of) -> None:
    """A violent verb and the attack noun after it are one act: with no doer named, the verb takes
    the noun's (named or group actors; ``roles_of``: a trigger's roles, found once per trigger).
    Where the verb's subject is followed at once by that noun (قتل جنديان في هجوم نفذه مسلحون),
    the verb is a passive: its subject is the target, the noun's doer the source."""
    noun = _act_noun_after(trig, kept, norm, tokens)
    if noun is None:
        return
    doers = [a for a in roles_of(noun).sources if a.label != "NP"]
    if not doers:
        return
    if not roles.sources:
        roles.sources = doers
    elif roles.how == "vso" and len(roles.sources) == 1 and noun.first - roles.sources[0].last <= 2 \
            and all(d.first > noun.last for d in doers):
        roles.targets, roles.sources = roles.sources, doers
    else:
        return
    spans = [(d.first, d.last) for d in doers]
    roles.targets = [a for a in roles.targets if not any(a.first <= l and f <= a.last for f, l in spans)]


# Group words that are also adjectives of an act (هجوم مسلح، تفجيرات انتحارية), normalised.
ACT_ADJECTIVES = frozenset({"مسلح", "مسلحا", "مسلحه", "المسلح", "المسلحه", "انتحاري", "انتحاريا", "انتحاريه",
                            "الانتحاري", "الانتحاريه", "انتحاريتان", "انتحاريين"})
# Entity labels whose names are never the act itself: طالبان is the Taliban, not "they two
# demanded"; مجلس التعاون and قوات الحشد الشعبي are bodies, not cooperation or mobilisation.
NAME_LABELS = {"PER", "ORG", "LOC"}


def _name_tokens(tokens: Sequence[Span], mentions: tuple) -> set[int]:
    """Indices of the tokens inside a name mention (kind "name") of a person, an organisation or a
    place in this sentence; ``mentions``: ``mention_index(doc)``."""
    m_starts, m_rows = mentions
    s, e = tokens[0].start, tokens[-1].end
    lo, hi = bisect.bisect_left(m_starts, s), bisect.bisect_right(m_starts, e)
    out: set[int] = set()
    for _ms, _order, ent, m in m_rows[lo:hi]:
        if ent.label not in NAME_LABELS or m.attrs.get("kind") == "nominal" or m.end > e:
            continue
        out.update(k for k, t in enumerate(tokens) if t.start >= m.start and t.end <= m.end)
    return out


def _adverbial(norm: Sequence[str], i: int) -> bool:
    """Is token i (of a sentence whose normalised tokens are ``norm``) after an adverbial preposition?"""
    if i == 0:
        return False
    prev = norm[i - 1]
    prev = prev[1:] if len(prev) > 3 and prev[0] in "وف" else prev
    return prev in ADVERBIAL_PREPS


def _fallback_reported(norm: Sequence[str], actors: list[Actor]) -> tuple[int, Actor | None] | None:
    """(first token of the reported clause, speaker) for ``قال X إن ...`` in a sentence whose
    normalised tokens are ``norm``."""
    for i, w in enumerate(norm):
        w = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if w not in SPEECH_VERBS:
            continue
        for j in range(i + 1, min(i + 12, len(norm))):
            if norm[j] in COMPLEMENTIZERS:
                speaker = next((a for a in actors if i < a.first < j), None)
                if speaker is None:
                    speaker = next((a for a in reversed(actors) if a.last < i and i - a.last <= 3), None)
                return j, speaker
        return None
    return None


def _first_person(tok: Span) -> bool:
    w = normalize(tok.text)
    w = w[1:] if len(w) > 3 and w[0] in "وف" else w
    w = w[1:] if len(w) > 3 and w[0] == "س" else w
    # نقترح، نرحب (we + imperfect) or طلبنا (we + perfect)
    return (len(w) > 3 and w[0] == "ن") or (len(w) > 4 and w.endswith("نا"))


def _has_conj(tok: Span) -> bool:
    return any(p.label == "conj" for p in tok.attrs.get("parts", ()))


def _object_pronoun(tok: Span) -> bool:
    """Does a verb carry an object pronoun (وصفتها، اتهمه)?"""
    w = normalize(tok.text)
    return len(w) > 4 and w.endswith(("ها", "هم", "ه")) and not tok.text.endswith("ة")


def _counts(doc: Document, sent: Span) -> dict:
    try:
        from .counts import find_quantities  # another worker's module; optional
    except Exception:
        return {}
    try:
        found = find_quantities(sent.text)
    except Exception:
        return {}
    out: dict[str, Any] = {}
    for q in found or []:
        kind = q.get("kind") if isinstance(q, dict) else getattr(q, "label", None) or getattr(q, "kind", None)
        value = q.get("value") if isinstance(q, dict) else getattr(q, "value", None)
        if kind in ("killed", "injured", "size") and value is not None and kind not in out:
            out[kind] = value
    return out


def _date_for(doc: Document, sent: Span, trig_start: int, config: Mapping,
              dates: Sequence[Span] | None = None) -> tuple[str | None, str]:
    """The sentence's date nearest the trigger; ``dates``: the sentence's dates (else looked up)."""
    if dates is None:
        dates = [d for d in doc.layer("dates") if sent.start <= d.start and d.end <= sent.end]
    dates = [d for d in dates if d.get("value")]
    if dates:
        d = min(dates, key=lambda d: abs(d.start - trig_start))
        return str(d.get("value")), "text"
    pub = doc.meta.get("published") or config.get("published")
    return (str(pub) if pub else None), "published"


def _actor_attrs(prefix: str, a: Actor | None) -> dict:
    if a is None:
        return {prefix: None, f"{prefix}_text": None, f"{prefix}_code": None}
    return {prefix: a.entity, f"{prefix}_text": a.text, f"{prefix}_code": a.code}


def events_stage(doc: Document, config: Mapping[str, Any]) -> None:
    require_source = config.get("events_require_source", True)
    keep_negated = config.get("events_keep_negated", False)
    sents = _sentences(doc)
    per_sent, norm_by_sent = _tokens_by_sentence(doc, sents)
    # quotes, dates and entity mentions indexed by sentence once per document
    quotes_by_sent = _by_sentence(sents, _quote_regions(doc), lambda q: q[0], lambda q: q[1])
    dates_by_sent = _by_sentence(sents, doc.layer("dates"), lambda d: d.start, lambda d: d.end, inside=True)
    mentions = mention_index(doc)
    have_quotes = doc.has("quotes")
    events: list[Span] = []
    for si, (sent, tokens) in enumerate(zip(sents, per_sent)):
        quotes = quotes_by_sent[si]
        if not tokens or doc.in_boilerplate(sent.start, sent.end):
            continue
        norm = norm_by_sent[si]
        if norm is None:
            norm = [normalize(t.text) for t in tokens]
        triggers = detect(tokens, norm=norm)
        if triggers:
            named = _name_tokens(tokens, mentions)
            if named:
                triggers = [t for t in triggers if t.first not in named]
        if not triggers:
            continue
        kept = _heads(triggers, tokens, norm)
        # The sentence-level detector scores lexicon triggers of the types it was trained for (does
        # the sentence report an attack, or only mention attacks?). "score" (default) records its
        # probability as ``confidence`` on the events made; "veto" also drops triggers it rejects,
        # which is how the held-out sentence detection is measured; False skips it.
        det_mode = config.get("events_detector", "score")
        scores = _SentenceScores(detector() if det_mode else None, tokens, triggers)
        if det_mode == "veto":
            kept = [t for t in kept if not scores.rejects(t.type)]
        actors = sentence_actors(doc, tokens, mentions)
        # a group word inside a trigger (الهجوم الانتحاري) is part of the act, not an actor
        trig_toks = {i for t in triggers for i in range(t.first, t.last + 1)}
        # ... and so is an adjective of a nominal act that is also a group word (هجوما مسلحا، عملية
        # انتحارية): the attack was armed, no armed men are named
        trig_toks.update(t.last + 1 for t in triggers if t.pos == "n" and t.last + 1 < len(tokens)
                         and strip_conjunction(norm[t.last + 1]) in ACT_ADJECTIVES)
        actors = [a for a in actors if a.entity or not (set(range(a.first, a.last + 1)) & trig_toks)]
        # the last word of a verb trigger with its subject in between (أطلق مسلحون النار) is no
        # part of that subject
        tails = {t.tail for t in triggers if t.tail >= 0}
        if tails:
            actors = [_cut_before(a, tails, tokens, doc.text) for a in actors]
            actors = [a for a in actors if a is not None]
        fallback = None if have_quotes and any(q[0] < sent.end and q[1] > sent.start for q in quotes) else \
            _fallback_reported(norm, actors)
        counts: dict | None = None  # found on the first event that takes counts
        resolved: dict = {}  # quote speaker text -> entity mention in this sentence
        speaker_actors: dict = {}  # speaker -> its actor in this sentence
        a_firsts = [a.first for a in actors]
        a_lasts = [a.last for a in actors]
        seen = set()
        sent_events: list[tuple[Trigger, Span, Actor | None]] = []
        roles_found: dict = {}  # trigger -> its roles, found once (a verb may need a later noun's)

        def roles_of(t: Trigger):
            if t not in roles_found:
                roles_found[t] = find_roles(t, tokens, actors_near(actors, t.first, t.last, a_firsts, a_lasts))
            return roles_found[t]

        for trig in kept:
            near = actors_near(actors, trig.first, trig.last, a_firsts, a_lasts)
            roles = roles_of(trig)
            if trig.pos == "v" and trig.type in SHARED_DOER_TYPES:
                _passive_subject(trig, roles, tokens, norm)
                _share_doer(trig, roles, kept, norm, tokens, roles_of)
            context = context_of(trig, tokens, norm)
            if context == "negated" and not keep_negated:
                continue
            typ = trig.type
            if context == "future" and typ in FUTURE_RETYPE:
                typ = FUTURE_RETYPE[typ]
            # reported speech: the quote (or قال X إن clause) around the trigger and its speaker
            speaker: tuple[str | None, str] | None = None
            for qs, qe, spk, spk_text in quotes:
                if qs <= trig.start and trig.end <= qe and (spk or spk_text):
                    speaker = (spk, spk_text)
                    break
            if speaker is not None and not speaker[0]:
                # the quotes stage left the speaker unresolved: an entity mention of that text
                # (looked up once per sentence and speaker)
                if speaker not in resolved:
                    st = normalize(speaker[1] or "")
                    hit = next((a for a in actors if a.entity and st and (normalize(a.text) in st or st in normalize(a.text))), None)
                    resolved[speaker] = (hit.entity, hit.text) if hit else None
                speaker = resolved[speaker]
            if speaker is None and fallback and trig.first > fallback[0] and fallback[1] is not None \
                    and fallback[1].entity:
                speaker = (fallback[1].entity, fallback[1].text)
            speaker_actor = None
            if speaker is not None:
                if speaker not in speaker_actors:
                    speaker_actors[speaker] = next((a for a in actors if (speaker[0] and a.entity == speaker[0])
                                                    or (not speaker[0] and a.text == speaker[1])), None)
                speaker_actor = speaker_actors[speaker]
                if speaker_actor is None:
                    speaker_actor = Actor(-1, -1, -1, -1, speaker[0], speaker[1], _code(doc, speaker[0]), "")
                verbal_noun = trig.pos == "n" and typ in SPEAKER_NOUN_TYPES and not _adverbial(norm, trig.first)
                if roles.how in ("relative", "passive-subject"):
                    pass  # a relative clause's subject is its antecedent; a passive names no doer
                elif trig.form in PREDICATES:
                    # بشار الأسد فاقد للشرعية: the speaker says it of the actor before it
                    pre = [a for a in actors if a.last == trig.first - 1]
                    roles.sources, roles.targets = [speaker_actor], pre[-1:]
                elif trig.form not in MODAL_REQUESTS and (trig.pos == "v" or verbal_noun) and (
                        not roles.sources or (trig.pos == "v" and _first_person(tokens[trig.first]))):
                    roles.sources = [speaker_actor]
                    roles.targets = [a for a in roles.targets if (a.entity or a.text) != (speaker_actor.entity or speaker_actor.text)]
            if trig.form in ACT_ACCUSATIONS:
                # أهدرت الحكومة السابقة تريليون دولار (said by al-Araji): the doer is the accused,
                # the one who says it (speaker, or subject of كشف عن) the accuser
                accuser = speaker_actor or light_verb_subject(trig, tokens, near)
                if accuser is None or not roles.sources:
                    continue
                roles.sources, roles.targets = [accuser], roles.sources[:1]
            if trig.form in MODAL_REQUESTS:
                addressed = roles.sources if roles.how == "subject" else \
                    [a for a in roles.targets[:1] if a.first - trig.last <= 3]
                if speaker_actor is None or not addressed:
                    continue
                roles.sources, roles.targets = [speaker_actor], addressed
            if typ == "ACCUSE" and not roles.targets and trig.pos == "v" and _object_pronoun(tokens[trig.first]):
                earlier = [e for _t, e, _s in sent_events if e.start < trig.start
                           and e.label in ACCUSABLE and (e.get("source") or e.get("source_text"))]
                if earlier:
                    e0 = earlier[-1]
                    roles.targets = [Actor(-1, -1, -1, -1, e0.get("source"), e0.get("source_text"), e0.get("source_code"), "")]
            if trig.pos == "v" and _has_conj(tokens[trig.first]) and roles.how not in ("vso", "passive"):
                # a verb joined by و shares the subject of the verb before it (لافروف اجتمع مع
                # مشعل ... ووجه له الدعوة), and its لـ-pronoun object that verb's object
                prev_ev = [e for t0, e, spk in sent_events if t0.pos == "v" and e.start < trig.start and e.get("source_text")
                           and (spk is None) == (speaker_actor is None)]
                if prev_ev:
                    p0 = prev_ev[-1]
                    roles.sources = [Actor(-1, -1, -1, -1, p0.get("source"), p0.get("source_text"), p0.get("source_code"), "")]
                    nxt = normalize(tokens[trig.last + 1].text) if trig.last + 1 < len(tokens) else ""
                    if nxt in ("له", "لها", "لهم") and p0.get("target_text"):
                        roles.targets = [Actor(-1, -1, -1, -1, p0.get("target"), p0.get("target_text"), p0.get("target_code"), "")]
            if len(roles.sources) > 1 and not roles.targets and typ in RECIPROCAL:
                # موسكو وكييف سيتفقان: one event between the two sides
                roles.sources, roles.targets = roles.sources[:1], roles.sources[1:2]
            sources = roles.sources or [None]
            targets = roles.targets or [None]
            place = find_place(trig.first, trig.last, tokens, near,
                               {(a.entity or a.text) for a in roles.sources + roles.targets})
            date, date_source = _date_for(doc, sent, trig.start, config, dates_by_sent[si])
            mode = mode_of(trig, tokens, norm)
            for src in sources:
                if require_source and (src is None or src.label == "NP"):
                    # a bare noun phrase (انتحارية، طائرة بلا طيار) names the doer for the
                    # argument measure, but is no actor that PLOVER codes an event for
                    continue
                claimed = speaker_actor is not None and src is not None and \
                    (src.entity or src.text) != (speaker_actor.entity or speaker_actor.text)
                for tgt in targets:
                    if typ == "ASSAULT" and _abstract(tgt):
                        continue  # "an attack on the agreement" is criticism, not violence
                    key = (typ, src and (src.entity or src.text), tgt and (tgt.entity or tgt.text))
                    if key in seen:
                        continue
                    seen.add(key)
                    attrs: dict[str, Any] = {}
                    attrs.update(_actor_attrs("source", src))
                    attrs.update(_actor_attrs("target", tgt))
                    attrs["mode"] = mode
                    attrs["context"] = "claimed" if claimed and context is None else context
                    attrs["date"] = date
                    attrs["date_source"] = date_source
                    if place:
                        attrs["location"] = place[0].entity
                        attrs["location_text"] = doc.text[place[1]:place[0].end]
                    else:
                        attrs["location"] = None
                        attrs["location_text"] = None
                    if typ in ("ASSAULT", "PROTEST", "COERCE"):
                        if counts is None:
                            counts = _counts(doc, sent)
                        attrs.update(counts)
                    attrs["sentence"] = si
                    confidence = scores.prob(trig.type)
                    if confidence is not None:
                        attrs["confidence"] = round(confidence, 3)
                    events.append(doc.span(trig.start, trig.end, typ, **attrs))
                    sent_events.append((trig, events[-1], speaker_actor))
                if claimed and typ in ACCUSABLE and _may_accuse(doc, speaker_actor):
                    key = ("ACCUSE", speaker_actor.entity or speaker_actor.text, src.entity or src.text)
                    if key not in seen:
                        seen.add(key)
                        attrs = {}
                        attrs.update(_actor_attrs("source", speaker_actor))
                        attrs.update(_actor_attrs("target", src))
                        attrs.update({"mode": "allege", "context": context, "date": date, "date_source": date_source,
                                      "location": None, "location_text": None, "sentence": si,
                                      "reported_type": typ})
                        events.append(doc.span(trig.start, trig.end, "ACCUSE", **attrs))
    if config.get("events_dedupe", True):
        events = _dedupe(events)
    doc.set_layer("events", events)


def _dedupe(events: list[Span]) -> list[Span]:
    """One event per (type, source, target) in an article: later mentions of the same act
    (the headline and the lead, a quote repeating the proposal) add no event."""
    seen = set()
    out = []
    for e in events:
        key = (e.label, e.get("source") or e.get("source_text"), e.get("target") or e.get("target_text"))
        if key in seen or (key[2] is None and any(k[:2] == key[:2] for k in seen)):
            continue
        seen.add(key)
        out.append(e)
    return out


def _code(doc: Document, entity_id: str | None) -> str | None:
    ent = doc.entity(entity_id) if entity_id else None
    if ent is None:
        return None
    return ent.attrs.get("code") or ent.attrs.get("country")


@dataclass(frozen=True)
class EventsConfig:
    # Publication date (YYYY-MM-DD) for events with no date of their own when the document has none.
    published: Optional[str] = None
    # Drop events whose doer is not a recognised actor (precision over recall on real news).
    require_source: bool = True
    # Keep negated events (context "negated"); off: "did not attack" is no attack to count.
    keep_negated: bool = False
    # The sentence detector: "score" (it confirms lexicon triggers of its types), "veto" (it may
    # only remove them) or "off" (lexicon alone, as while the detector is being trained).
    detector: Literal["score", "veto", "off"] = "score"
    # Keep one event per (type, source, target, sentence).
    dedupe: bool = True


class EventsStage(Stage):
    Config = EventsConfig

    def __call__(self, doc) -> None:
        events_stage(doc, {"published": self.config.published, "events_require_source": self.config.require_source,
                "events_keep_negated": self.config.keep_negated,
                "events_detector": None if self.config.detector == "off" else self.config.detector,
                "events_dedupe": self.config.dedupe})
