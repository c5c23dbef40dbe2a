"""A trained ranker that picks the source and the target of an event among candidate spans.

The rules (``rasd.events.roles``) find one reading of the clause; where the clause is unusual
they pick a wrong word or none. For the types the model was trained on (ASSAULT and PROTEST, from
the openeventdata Arabic span annotations), every plausible argument near the trigger is a
candidate: the sentence's actors (entity mentions, group words, places) and the bare noun phrase
starting at each word of the clause (a counting word runs on over the group counted: مئات من طلبة
المدارس). Each candidate is described by sparse features (side and distance from the trigger, the
preposition governing it, what kind of mention it is, whether the rules chose it, the words
around it, another act of harm or a "reported by" word between it and the trigger) and scored per
role by a linear model, against a row for "no argument". The best candidate replaces the rules'
choice when it beats "no argument" and the rules' choice by the margins in the model file. Where
the rules found no source, an actor is added only when it beats "no argument" by the
``source_new`` margin (a spurious actor makes a spurious event: the trainer chooses that margin
for the precision of the sources among the margins within one record of the best "both" share),
a bare noun phrase only by the ``source_new_np`` margin (set so that such added sources are right
at least as often as wrong; at present it adds none); constructions that name the role outright
(من قبل X، تعرض X ل) keep the rules' choice.

The weights are in ``resources/events/arguments.json``, written by
``python -m rasd.train.event_arguments`` (a conditional-logit ranker, one softmax over the
candidates of a trigger and role), which records the settings it was trained with (the switches
of the features and candidates below, and the trigger lexicon's): ``load_argument_model`` refuses
a file trained with other settings than the stage's. The file ships with the package: a missing,
unreadable or malformed one is a ``ModelError`` naming it and that command. While the trainer
collects its data (``Ranker.rerank`` with a ``record`` list) the rules alone decide and the file
is not read. The feature words are classes of ``resources/events/wordclasses.tsv`` (cue_words,
ranker_speech_verbs, against, other_acts, reported_by, partitives, harm_nouns): the model was
fitted on them, so a change to one needs retraining.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import repeat
from typing import Any, Callable, Mapping, Sequence

from ..model_files import check_settings, load_json_model
from ..resources import Resources
from ..text.memo import WordMemo
from ..text.normalize import normalize
from .arguments import SentenceView, np_actor, np_extent
from .lexicon import EventLexicon
from .morphology import bare_word
from .types import Actor, Trigger

MODEL_FILE = ("events", "arguments.json")
REBUILD = "python -m rasd.train.event_arguments"

# Candidates are looked for this many tokens either side of the trigger, within its clause: on the
# build split a candidate pair matching an annotated tuple exists for 85% of ASSAULT and 72% of
# PROTEST records within 12 tokens, 88% and 76% within 16 (protest targets come late: تجمع ... في
# ... داعين إلى ... بوش); the cross-validated share fell by two points at 12. With the other-act
# and counted-group features the cross-validated "both" share was 0.643 at 16 and 18, 0.665 at 20
# and 0.657 at 24 (the trainer's chosen margins each time).
CAND_WINDOW = 20

RULES = -1  # decide(): the rules' choice stands
NONE = -2  # decide(): no target (the rules' one names the source's party)


@dataclass(frozen=True)
class ArgumentModel:
    """The ranker's weights: the types it was trained on, a weight per feature for each role,
    and the margins ``decide`` reads."""

    types: frozenset[str]
    source: Mapping[str, float]
    target: Mapping[str, float]
    margin: Mapping[str, float | None]


def load_argument_model(res: Resources, settings: Mapping[str, Any]) -> ArgumentModel:
    """``arguments.json`` of ``res``: {"types": [...], "weights": {"source"/"target": {feature:
    weight}}, "margin": {name: m}, "settings": {...}}; a ModelError naming the file when it is
    missing, unreadable, not of that shape, or trained with other ``settings``."""
    m = load_json_model(res, *MODEL_FILE, "event argument model", REBUILD, _malformed)
    check_settings(m, settings, "event argument model", MODEL_FILE, REBUILD)
    return ArgumentModel(frozenset(m["types"]), m["weights"]["source"], m["weights"]["target"], m["margin"])


def _malformed(m) -> str:
    """What is wrong with a loaded model file's shape ("" when nothing)."""
    if not isinstance(m, dict):
        return "not a JSON object"
    if not isinstance(m.get("types"), list) or not all(isinstance(t, str) for t in m["types"]):
        return '"types" is not a list of type names'
    margin = m.get("margin")
    # source_new_np may be null: no bare phrase is added (decide)
    if not isinstance(margin, dict) or not all(isinstance(v, (int, float)) or (v is None and k == "source_new_np")
                                               for k, v in margin.items()):
        return '"margin" is not a dict of numbers'
    weights = m.get("weights")
    if not isinstance(weights, dict):
        return '"weights" is not a dict'
    for role in ("source", "target"):
        w = weights.get(role)
        if not isinstance(w, dict) or not all(isinstance(v, (int, float)) for v in w.values()):
            return f'"weights"["{role}"] is not a dict of numbers'
    return ""


def _bucket(d: int) -> str:
    return "1" if d <= 1 else "2" if d == 2 else "3-4" if d <= 4 else "5-8" if d <= 8 else "9+"


class Ranker:
    """The argument ranker of one events stage: its model (or a function that loads it, called
    when the model is first needed: while the trainer records, the file is not read), the lexicon
    its features read, and the two switches the model was trained with: ``act_features`` (the
    other-act and reported-by features) and ``partitive`` (a counted candidate runs on over its
    group)."""

    def __init__(self, lex: EventLexicon, model: ArgumentModel | Callable[[], ArgumentModel] | None,
                 act_features: bool = True, partitive: bool = True):
        self.lex = lex
        self.words = lex.words
        # the model, or how to load it when first needed (not while the trainer records)
        self._model = model
        self.act_features = act_features
        self.partitive = partitive
        self._head = WordMemo(self._head_of)
        self._partitive = WordMemo(self._is_partitive)

    @property
    def model(self) -> ArgumentModel | None:
        if callable(self._model):
            self._model = self._model()
        return self._model

    def _head_of(self, word: str) -> str:
        """The shortest reading of a word without clitics (the first in order among equals)."""
        keys = self.lex.keys.noun[word]
        return min(keys, key=lambda k: (len(k), k)) if keys else ""

    def _is_partitive(self, word: str) -> bool:
        """A counting word (ثلاثة، مئات، مجموعة) that may head a phrase with من and the group counted."""
        w = bare_word(word)
        return w in self.words.partitives or w in self.words.quantifiers

    def is_partitive(self, word: str) -> bool:
        return self._partitive[word]

    # -- candidates --------------------------------------------------------------------------
    def candidates(self, s: SentenceView, trig: Trigger, actors: list[Actor], lo: int, hi: int) -> list[Actor]:
        """The actors near the trigger and the bare noun phrase at each word of the clause (not
        inside an actor, the trigger or an earlier phrase), in reading order."""
        tokens = s.tokens
        np_end = s.np_end
        last_tok = len(tokens) - 1
        a_lo, a_hi = max(lo, trig.first - CAND_WINDOW), min(hi, trig.last + CAND_WINDOW)
        out = [a for a in actors if a.last >= a_lo and a.first <= a_hi and not (a.first <= trig.last and a.last >= trig.first)]
        covered = set()
        for a in out:
            covered.update(range(a.first, a.last + 1))
        k = a_lo
        while k <= a_hi:
            if k in covered or trig.first <= k <= trig.last or k == trig.tail or tokens[k].attrs.get("kind") != "ar":
                k += 1
                continue
            if k not in np_end:
                np_end[k] = np_extent(s, k, last_tok)
            j = np_end[k]
            if j is None:
                k += 1
                continue
            # a phrase before the trigger stops at it, and one in the gap of a verb trigger at its last
            # word (أطلقت هذه المجموعة النار); the words inside a phrase start none of their own
            j = min(j, trig.first - 1 if k < trig.first else (trig.tail - 1 if k < trig.tail else a_hi))
            for m in range(k + 1, j + 1):
                if m in covered:  # and at an actor
                    j = m - 1
                    break
            j_ext = self._partitive_end(s, k, j, a_hi if k > trig.last else trig.first - 1, out) if self.partitive else None
            out.append(np_actor(tokens, k, j if j_ext is None else j_ext))
            k = j + 1
        out.sort(key=lambda a: (a.first, a.last))
        return out

    def _partitive_end(self, s: SentenceView, k: int, j: int, hi: int, actors: list) -> int | None:
        """Where the phrase k..j, headed by a counting word and followed by من, ends with the group
        counted (an actor or a bare noun phrase starting after من, not beyond ``hi``); None otherwise."""
        tokens = s.tokens
        m = j + 2
        if m > hi or bare_word(tokens[j + 1].text) != "من" or not self._partitive[tokens[k].text]:
            return None
        a = next((a for a in actors if a.first == m and a.last <= hi), None)
        if a is not None:
            return a.last
        return np_extent(s, m, hi) if tokens[m].attrs.get("kind") == "ar" else None

    def align_to_candidates(self, chosen: list, cands: list) -> list:
        """The rules' choices, a bare noun phrase replaced by the candidate starting at its first
        word where that one is the same phrase run on over a counted group (مئات → مئات من طلبة
        المدارس)."""
        if not self.partitive or not chosen:
            return chosen
        out = []
        for a in chosen:
            if a.label == "NP":
                a = next((c for c in cands if c.first == a.first and c.label == "NP" and c.last > a.last), a)
            out.append(a)
        return out

    # -- features ----------------------------------------------------------------------------
    def features(self, s: SentenceView, trig: Trigger, cands: list, rule_src: list, rule_tgt: list,
                 how: str) -> list[list[str]]:
        """Sparse features of each candidate (shared by both roles; the weights are per role)."""
        tokens, words, noun_keys = s.tokens, self.words, self.lex.keys.noun
        groups = self.lex.unnamed_actors
        typ = trig.type
        tpos = trig.pos
        src_keys = {(a.first, a.last) for a in rule_src}
        tgt_keys = {(a.first, a.last) for a in rule_tgt}
        src_firsts = {a.first for a in rule_src}
        tgt_firsts = {a.first for a in rule_tgt}
        # rank of each candidate among those on its side, nearest first (by first token)
        before = sorted({a.first for a in cands if a.last < trig.first}, reverse=True)
        after = sorted({a.first for a in cands if a.first > trig.last})
        rank = {f: n for n, f in enumerate(before)} | {f: n for n, f in enumerate(after)}
        govs = {a.first: s.governor(a.first) or "-" for a in cands}
        free_after = next((a.first for a in cands if a.first > trig.last and govs[a.first] == "-"), None)
        # the words of the window, once: speech verbs, "against" words and commas by position
        lo_w = max(0, min(cands[0].first, trig.first) - 2)
        hi_w = min(len(tokens) - 1, max(max(a.last for a in cands), trig.last) + 2)
        fw = {k: bare_word(tokens[k].text) for k in range(lo_w, hi_w + 1)}
        speech = [k for k in range(lo_w, hi_w + 1) if fw[k] in words.ranker_speech_verbs]
        speech_set = set(speech)
        against = [k for k in range(lo_w, hi_w + 1) if fw[k] in words.against]
        commas = [k for k in range(lo_w, hi_w + 1) if tokens[k].text in ("،", ",")]
        acts = [k for k in range(lo_w, hi_w + 1) if fw[k] in words.other_acts and not trig.first <= k <= trig.last]
        tt = f"|{tpos}|{typ}"
        form = f"tf={trig.form}|"
        out = []
        for a in cands:
            first, last = a.first, a.last
            side = "b" if last < trig.first else "a"
            dist = trig.first - last if side == "b" else first - trig.last
            w0 = fw[first]
            keys = noun_keys[tokens[first].text]
            prev = fw[first - 1] if first > 0 else "^"
            nxt = fw[last + 1] if last + 1 < len(tokens) else "$"
            g = govs[first]
            kind = a.label if not a.nominal else a.label + "n"
            r = min(rank.get(first, 9), 3)
            pos = f"{side}{_bucket(dist)}"
            sr = f"{side}{r}"
            f = ["bias", f"pos={pos}", f"pos={pos}|{tpos}", f"rank={sr}", f"kind={kind}", f"gov={g}",
                 f"len={min(last - first + 1, 3)}", f"kind={kind}|{pos}", f"gov={g}|{kind}", f"{form}{side}{min(r, 1)}"]
            if (first, last) in src_keys:
                f += ["rule=src", f"rule=src|{how}", f"rule=src|{typ}"]
            elif first in src_firsts:
                f.append("rule~src")
            if (first, last) in tgt_keys:
                f += ["rule=tgt", f"rule=tgt|{typ}", f"rule=tgt|{tpos}"]
            elif first in tgt_firsts:
                f.append("rule~tgt")
            if not rule_src:
                f.append("rule=nosrc")
            if not rule_tgt:
                f.append("rule=notgt")
            if keys & groups:
                f += ["group", f"group|{side}", f"group|{typ}"]
            victim = bool(keys & words.victims)
            if victim:
                f += ["victim", f"victim|{side}"]
            if keys & words.protesters:
                f += ["protester", f"protester|{typ}"]
            if w0[:1].isdigit() or w0 in words.quantifiers:
                f += ["quant", f"quant|{side}"]
            if prev[:1].isdigit() or prev in words.quantifiers:
                f += ["counted", f"counted|{side}"]
            if w0.startswith("ال"):
                f.append("def")
            if prev in words.cue_words:
                f += [f"prev={prev}", f"prev={prev}|{side}"]
            if nxt in words.cue_words:
                f.append(f"next={nxt}")
            if side == "a" and g == "-" and first == free_after:
                f += [f"obj1|{tpos}", f"obj1{tt}"]
            if victim or prev[:1].isdigit():
                f.append(f"victim|{pos}|{tpos}")
            lo_s, hi_s = (last + 1, trig.first) if side == "b" else (trig.last + 1, first)
            i = bisect.bisect_left(speech, lo_s)
            if i < len(speech) and speech[i] < hi_s:
                f += ["speech", f"speech|{side}"]
            if side == "a":
                i = bisect.bisect_left(against, first) - 1
                if i >= 0 and against[i] > trig.last:
                    f += [f"cue|{typ}", f"cue|{_bucket(first - against[i])}|{typ}"]
            if self.act_features:
                i = bisect.bisect_left(acts, lo_s)
                if i < len(acts) and acts[i] < hi_s:
                    f += [f"act|{side}", f"act|{side}|{typ}"]
                if first - 1 in acts or first - 2 in acts:
                    f += [f"actprev|{side}", f"actprev|{side}|{typ}"]
                if prev in words.reported_by or (first > 1 and fw[first - 2] in words.reported_by):
                    f += ["reportedby", f"reportedby|{side}"]
            if last > first + 1 and fw[first + 1] == "من" and a.label == "NP":
                f += ["partitive", f"partitive|{side}"]  # مئات من طلبة المدارس
            if prev in words.suffer_verbs or prev[1:] in words.suffer_verbs:
                f += ["suffer", f"suffer|{side}"]  # تعرضت قافلته لهجوم: the one attacked
            if first > 0 and noun_keys[tokens[first - 1].text] & words.harm_nouns:
                f += [f"harmed|{side}", f"harmed|{typ}"]
            if first - 1 in speech_set or first - 2 in speech_set or last + 1 in speech_set or last + 2 in speech_set:
                f += ["speaker", f"speaker|{side}"]
            head = self._head[tokens[first].text] or w0
            f += [f"w={head}", f"w={head}|{side}"]
            if dist == 1:
                f.append(f"adj{tt}" if side == "a" else f"adjb{tt}")
            lo_k, hi_k = (last, trig.first) if side == "b" else (trig.last, first)
            i = bisect.bisect_right(commas, lo_k)
            if i < len(commas) and commas[i] < hi_k:
                f += ["comma", f"comma|{side}"]
            out.append(f)
        return out

    def null_features(self, s: SentenceView, trig: Trigger, cands: list, rule_src: list, rule_tgt: list) -> list[str]:
        """The features of "no argument" (the last row of a trigger's candidates): the trigger word,
        what the rules found, and whether a group word, a named actor or counted victims stand next
        to the trigger (قتل 18 شخصا has no doer named)."""
        tokens, noun_keys, words = s.tokens, self.lex.keys.noun, self.words
        typ, tpos = trig.type, trig.pos
        f = ["null", f"null|{typ}", f"null|{tpos}", f"null|{typ}|{tpos}", f"null|tf={trig.form}",
             "null|rulesrc" if rule_src else "null|norulesrc", "null|ruletgt" if rule_tgt else "null|noruletgt"]
        groups = self.lex.unnamed_actors
        for a in cands:
            dist = trig.first - a.last if a.last < trig.first else a.first - trig.last
            if dist > 3:
                continue
            keys = noun_keys[tokens[a.first].text]
            prev = bare_word(tokens[a.first - 1].text) if a.first > 0 else ""
            if keys & words.victims or prev[:1].isdigit():
                f.append("null|victimnear")
            if keys & groups:
                f.append("null|groupnear")
            if a.entity and s.governor(a.first) is None:
                f.append(f"null|entnear|{a.label}")
        return f

    # -- the decision ------------------------------------------------------------------------
    def rerank(self, s: SentenceView, trig: Trigger, actors: list, lo: int, hi: int, src: list, tgt: list,
               how: str, keep_source: bool = False, keep_target: bool = False, passive: bool = False,
               record: list | None = None) -> tuple[list, list, bool]:
        """(source, target, whether the source is the model's): the model's source and target in
        place of the rules' where it prefers others (``keep_*``: the rules' choice stands for that
        role). Where the source is the model's, the rule that found the rules' source (``how``) no
        longer describes it. ``passive``: the rules read the trigger as a passive, so the model
        adds no source where they found none (``decide``). A target overlapping the source or
        naming the same party (``party``) is dropped. With ``record`` (the trainer's list) the
        trigger's candidates, their features, the rules' choices and what ``decide`` reads besides
        the scores are appended to it, and the rules decide."""
        if record is not None:
            cands = self.candidates(s, trig, actors, lo, hi)
            src, tgt = self.align_to_candidates(src, cands), self.align_to_candidates(tgt, cands)
            record.append((trig, cands, self.features(s, trig, cands, src, tgt, how)
                           + [self.null_features(s, trig, cands, src, tgt)],
                           list(src), list(tgt), (keep_source, keep_target), passive))
            return src, tgt, False
        m = self.model
        if m is None or trig.type not in m.types:
            return src, tgt, False
        cands = self.candidates(s, trig, actors, lo, hi)
        if not cands:
            return src, tgt, False
        src, tgt = self.align_to_candidates(src, cands), self.align_to_candidates(tgt, cands)
        feats = self.features(s, trig, cands, src, tgt, how) + [self.null_features(s, trig, cands, src, tgt)]
        s_get, t_get = m.source.get, m.target.get
        zero = repeat(0.0)
        s_scores = [sum(map(s_get, row, zero)) for row in feats]
        t_scores = [sum(map(t_get, row, zero)) for row in feats]
        keys = [(a.first, a.last) for a in cands]
        si, ti = decide(keys, s_scores, t_scores,
                        (src[0].first, src[0].last) if src else None, (tgt[0].first, tgt[0].last) if tgt else None,
                        m.margin, (keep_source, keep_target), [a.label == "NP" for a in cands], passive,
                        [party(a) for a in cands], party(src[0]) if src else None, party(tgt[0]) if tgt else None)
        new_src = src if si == RULES else [cands[si]]
        new_tgt = [] if ti == NONE else tgt if ti == RULES else [cands[ti]]
        new_tgt = [a for a in new_tgt if not any(overlap((a.first, a.last), (x.first, x.last)) for x in new_src)]
        return new_src, new_tgt, si != RULES


def score(weights: Mapping[str, float], feats: list[str]) -> float:
    return sum(weights.get(x, 0.0) for x in feats)


def party(a) -> tuple[str | None, str]:
    """Who an argument names, for ``decide``: its entity id (None for an unnamed one) and its
    words, normalised."""
    return a.entity, normalize(a.text or "")


def same_party(a: tuple | None, b: tuple | None) -> bool:
    """Whether two ``party`` values name one party: the same entity, or the same words
    (الميليشيات … قصفت … الميليشيات الحوثية: two mentions of one group)."""
    if a is None or b is None:
        return False
    return (a[0] is not None and a[0] == b[0]) or (bool(a[1]) and a[1] == b[1])


def decide(keys: Sequence[tuple], s_scores: Sequence[float], t_scores: Sequence[float], rule_src: tuple | None,
           rule_tgt: tuple | None, margin: Mapping, keep: tuple[bool, bool] = (False, False),
           bare: Sequence[bool] | None = None, passive: bool = False, parties: Sequence[tuple] | None = None,
           rule_src_party: tuple | None = None, rule_tgt_party: tuple | None = None) -> tuple[int, int]:
    """(source, target): a candidate index, RULES where the rules' choice stands, or (target only)
    NONE where the target is dropped.

    ``keys``: (first, last) of each candidate; the scores have one more entry, "no argument", last.
    A role takes the best candidate when it beats "no argument" and either the rules found none,
    or the rules' choice scores ``margin[role]`` less, or the rules' choice is no candidate and the
    best beats "no argument" by ``margin[role + '_free']``. The rules' target (a victim, a
    passive's subject) is never the source, and a target overlapping the source is dropped.
    ``keep``: (source, target) roles where the rules' choice stands. ``bare``: which candidates
    are bare noun phrases; where no source is chosen otherwise, the best of those apart from the
    target is the source when its score exceeds that of "no argument" by more than
    ``margin['source_new_np']`` (which may be negative: a bare phrase names the doer for the
    argument measure but makes no event of its own, the stage requiring an actor as the source).

    Two limits no weights can undo (a retrain once made activists the doers of a passive killing
    they were the victims of, تم قتلهم, and a group the target of its own shelling):
    ``passive``: the rules read the trigger as a passive (its subject is their target; تم + a
    verbal noun): where they found no source, the model adds none — a passive names its doer only
    by its agent (على أيدي، من قبل، بيد), which the rules keep (``keep``). ``parties``: ``party``
    of each candidate, and of the rules' source and target: a target naming the source's party
    (the same entity, or the same words) is dropped, not replaced — no one is the target of their
    own act."""
    n = len(keys)

    def pick(scores, rule_key, banned, m_fixed, m_free, m_new=0.0):
        best = max((i for i in range(n) if i not in banned), key=lambda i: scores[i], default=None)
        if best is None:
            return RULES
        if rule_key is None:  # m_new may be negative: a candidate even where "no argument" scores higher
            return best if scores[best] - scores[n] > m_new else RULES
        if scores[best] <= scores[n]:
            return RULES
        rule = next((i for i in range(n) if keys[i] == rule_key), None)
        if rule is not None:
            return best if best != rule and scores[best] - scores[rule] > m_fixed else RULES
        return best if scores[best] - scores[n] > m_free else RULES

    fixed_src = keep[0] or (passive and rule_src is None)
    si = RULES if fixed_src else pick(s_scores, rule_src, {i for i in range(n) if keys[i] == rule_tgt},
                                      margin.get("source", 0.0), margin.get("source_free", 0.0),
                                      margin.get("source_new", 0.0))
    s_key = keys[si] if si != RULES else rule_src
    s_party = (parties[si] if si != RULES else rule_src_party) if parties is not None else None
    # no target overlapping the source (a phrase starting before the source and running into it too)
    banned = set() if s_key is None else {i for i in range(n) if overlap(keys[i], s_key)}
    ti = RULES if keep[1] else pick(t_scores, rule_tgt, banned, margin.get("target", 0.0),
                                    margin.get("target_free", 0.0))
    # a target naming the source's party is dropped, not replaced by the next best: where the model
    # prefers the source's own party the clause names no other (القوات الأمنية تمكنت من تفجير …
    # بعملية عسكرية للقوات الأمنية: the next best was a newspaper)
    if parties is not None and same_party(parties[ti] if ti >= 0 else rule_tgt_party if ti == RULES else None, s_party):
        ti = NONE
    m_np = margin.get("source_new_np")
    if s_key is None and not fixed_src and bare is not None and m_np is not None:
        # after the target, and apart from it (ثلاثة عراقيين قتلوا: the counted are the target)
        t_key = keys[ti] if ti >= 0 else rule_tgt if ti == RULES else None
        np_best = max((i for i in range(n) if bare[i] and (t_key is None or keys[i][1] < t_key[0] or keys[i][0] > t_key[1])),
                      key=lambda i: s_scores[i], default=None)
        if np_best is not None and s_scores[np_best] - s_scores[n] > m_np:
            si = np_best
            # a bare phrase as the source: the target may not name it either
            if ti >= 0 and same_party(parties[ti] if parties is not None else None, parties[si] if parties is not None else None):
                ti = NONE
    return si, ti


def overlap(a: tuple, b: tuple) -> bool:
    """Whether two (first, last) token ranges share a token."""
    return a[0] <= b[1] and a[1] >= b[0]
