"""Mode and context of an event from the words around its trigger.

Context (PLOVER's auxiliary modes): ``negated`` (a negation particle such as لم، لن، لا، ليس،
عدم، or a verb of denial such as نفى, before the trigger in its clause; not لم … إلا, which
asserts, nor the relative ما), ``future`` (سوف، س+verb، يعتزم، ينوي، من المقرر),
``conditional`` (a condition or a hypothesis: إذا، لو، في حال، تحسبا لـ، يمكن أن، ربما، قد +
imperfect); ``claimed`` is set by the stage for acts reported in someone's words and
``historical`` for acts its sentence dates long before publication. The words are classes of ``resources/events/wordclasses.tsv``
(negation, not_negated, denial_verbs, future, conditional). PLOVER modes come from the lexicon
entry (ceasefire under RETREAT, phone under CONSULT) or from words near the trigger
(``resources/events/modes.tsv``: هاتفيا -> CONSULT phone, طائرة مسيرة -> ASSAULT drone).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..document import Span
from ..errors import ModelError
from ..ontology import CONTEXT
from ..resources import Resources
from ..text.normalize import normalize, strip_conjunction
from .lexicon import EventLexicon
from .morphology import IMPERF
from .types import Trigger

# The contexts read here (rasd.ontology.CONTEXTS; "claimed" is the stage's).
NEGATED, FUTURE, CONDITIONAL = (CONTEXT[name].name for name in ("negated", "future", "conditional"))

# How far before the trigger a negation, future or condition word still governs it: the particle
# and the verb are adjacent (لم يهاجم) or separated by a subject or كان (لن تكون روسيا قد هاجمت).
CUE_WINDOW = 4
# How far before the trigger a condition word still governs it (إذا ما قررت روسيا أن تهاجم).
CONDITION_WINDOW = 8
# Mode words describe the act itself (بطائرة مسيرة، هاتفيا): they follow within a few words.
MODE_WINDOW = 8
# Punctuation that ends the clause a negation, future or condition word governs.
CLAUSE_BREAK = ".،,;؛:!?؟"
# The imperfect prefixes after which قد means "may": not the first person's أ, which normalises
# to the ا that begins the past of derived verbs (وكانت الشرطة قد اعتقلت، قد انسحبت، قد استهدف:
# the pluperfect, an act done), far more frequent in news than "I may".
MAY_PREFIXES = frozenset(IMPERF) - {"ا"}


def _bare_norm(w: str) -> str:
    """A normalised word without a conjunction و/ف."""
    return strip_conjunction(w, 2)


def context_of(trig: Trigger, tokens: Sequence[Span], lex: EventLexicon,
               norm: Sequence[str] | None = None) -> str | None:
    """negated / future / conditional, or None, from the clause before the trigger. ``norm``: the
    tokens' normalised forms when the caller has them."""
    words = lex.words
    if norm is None:  # only the words read below: the wider window before the trigger, and it
        skip = max(0, trig.first - CONDITION_WINDOW)
        norm = [""] * skip + [normalize(t.text) for t in tokens[skip:trig.first + 1]]
    lo = trig.first
    while lo > 0 and trig.first - lo < CUE_WINDOW and tokens[lo - 1].text not in CLAUSE_BREAK:
        lo -= 1
    before = [_bare_norm(w) for w in norm[lo:trig.first]]
    trig_word = norm[trig.first]
    if trig_word.startswith(("و", "ف")) and len(trig_word) > 3:
        trig_word = trig_word[1:]
    if (any(_negates(before, k, lo, norm, words) for k in range(len(before)))
            or any(w in words.denial_verbs for w in before)) and not _exception_after(trig, tokens, norm, words):
        return NEGATED
    wider = [_bare_norm(w) for w in norm[max(0, trig.first - CONDITION_WINDOW):trig.first]]
    cues = [k for k, w in enumerate(wider) if w in words.conditional]
    if cues and not any(w in words.condition_breaks for w in wider[cues[-1] + 1:]):
        return CONDITIONAL  # (a comparison or contrast clause between them ends the condition)
    if trig.pos == "v" and trig.first >= 1 and _bare_norm(norm[trig.first - 1]) in words.may_particles \
            and trig_word[:1] in MAY_PREFIXES:
        return CONDITIONAL  # قد يؤدي: "may lead", a possibility
    if any(w in words.future for w in before):
        return FUTURE
    # س+imperfect verb: سيتحدث، ستقدم، سنلاحق (not a verb whose root begins so: سيطرت)
    if trig.pos == "v" and len(trig_word) > 3 and trig_word[0] == "س" and trig_word[1] in IMPERF \
            and not (trig.form and trig_word.startswith(trig.form)):
        return FUTURE
    return None


def _negates(before: Sequence[str], k: int, lo: int, norm: Sequence[str], words) -> bool:
    """Is word k of the words before the trigger a negation? Not دون before طيار (a drone), nor
    the relative ما after a demonstrative or a pronoun (هذا ما نتج عن المباحثات)."""
    w = before[k]
    if w not in words.negation or (k + 1 < len(before) and before[k + 1] in words.not_negated):
        return False
    if w == "ما":
        prev = _bare_norm(norm[lo + k - 1]) if lo + k >= 1 else ""
        return prev not in words.relative_ma_before
    return True


def _exception_after(trig: Trigger, tokens: Sequence[Span], norm: Sequence[str], words) -> bool:
    """Does "except" (إلا، سوى) follow the trigger in its clause? لم يعلن سوى عن ثلاث غارات asserts
    the three raids."""
    for k in range(trig.last + 1, min(len(tokens), trig.last + 1 + CONDITION_WINDOW)):
        if tokens[k].text in CLAUSE_BREAK:
            return False
        w = norm[k] if k < len(norm) and norm[k] else normalize(tokens[k].text)
        if _bare_norm(w) in words.exception_words or w in words.exception_words:
            return True
    return False


def mode_of(trig: Trigger, tokens: Sequence[Span], lex: EventLexicon, norm: Sequence[str] | None = None) -> str | None:
    """The PLOVER mode: the lexicon entry's, else one shown by words near the trigger. ``norm``:
    the tokens' normalised forms when the caller has them."""
    if trig.mode:
        return trig.mode
    by_type = lex.modes.get(trig.type)
    if not by_type:
        return None
    if norm is None:
        near = {normalize(t.text) for t in tokens[trig.first:trig.last + 1 + MODE_WINDOW]}
    else:
        near = set(norm[trig.first:trig.last + 1 + MODE_WINDOW])
    near |= {w[1:] for w in near if len(w) > 3 and w[0] in "وفبل"}
    near |= {w[2:] for w in near if w.startswith("ال") and len(w) > 4}
    for words, mode in by_type:
        if words & near:
            return mode
    return None


# ---------------------------------------------------------------------------------------------
# Background: an act told as having happened before the news (كان … قد، سبق أن، قبل سنوات)

BACKGROUND_FILE = "background.tsv"
# Words a "…" in a background phrase may skip (كان الرئيس الأمريكي قد).
BACKGROUND_GAP = 3
# before: anywhere before the trigger in its clause; either: before or after it; governs: right
# before it, the trigger its object (منذ الاتفاق النووي: the act is a point in time, not news);
# verb: before a verbal trigger with at most BACKGROUND_GAP words between (وكانت قوات التحالف
# الدولي تقصف: the auxiliary كان and its verb, the subject between them).
# relative: a relative pronoun between a "verb" phrase and the trigger puts the trigger in a relative
# clause of its own (كان ضمن المواقع التي قصفت: the copula كان, the shelling is today's).
# concessive: a word of concession (رغم، بالرغم، الرغم): an act within CONCESSIVE_REACH words after it
# (after the words of "concessive_skip": من، أن) is the known fact conceded, told as background
# (بالرغم من المحاولات الأخيرة لعقد محادثات); a word of "concessive_stop" right after it (رغم ذلك)
# points back and opens no concession.
BACKGROUND_PLACES = ("before", "either", "governs", "verb", "relative", "concessive", "concessive_skip",
                     "concessive_stop")
# How many words after a word of concession (and its من/أن) an act may stand and still be the one
# conceded: the act noun and its doer, or a subject of up to three words and its verb (على الرغم من
# أن مجلس الوزراء وافق عليه، بالرغم من المحاولات المؤخرة لعقد محادثات: the fourth word); farther,
# the main clause has mostly begun (وبالرغم من تعبئة جيوش المنطقة تتواصل الهجمات: the sixth).
CONCESSIVE_REACH = 4


@dataclass(frozen=True)
class BackgroundCues:
    """The phrases of ``resources/events/background.tsv``: each a tuple of word positions (a
    frozenset of alternatives, or None for a gap of up to BACKGROUND_GAP words) and whether it
    may also follow the trigger; ``governing``: the phrases that count only right before it."""

    phrases: tuple[tuple[tuple[frozenset[str] | None, ...], bool], ...]
    governing: tuple[tuple[frozenset[str] | None, ...], ...] = ()
    auxiliaries: tuple[tuple[frozenset[str] | None, ...], ...] = ()
    relatives: frozenset[str] = frozenset()
    # the words of concession (رغم), the words passed over after one (من، أن), the words after one
    # that make it point back (رغم ذلك), by their "where" in background.tsv
    concessive: dict = None

    @classmethod
    def load(cls, resources: Resources) -> "BackgroundCues":
        out, governing, auxiliaries, relatives = [], [], [], set()
        concessive: dict[str, set[str]] = {"concessive": set(), "concessive_skip": set(), "concessive_stop": set()}
        for n, row in enumerate(resources.table("events", BACKGROUND_FILE, 2), 1):
            if row[1] not in BACKGROUND_PLACES:
                raise ModelError(f"data file events/{BACKGROUND_FILE} row {n}: where is {row[1]!r}, "
                                 f"not one of {BACKGROUND_PLACES}")
            words = tuple(None if w == "…" else frozenset(normalize(a) for a in w.split("|"))
                          for w in row[0].split())
            if not words or words[0] is None or words[-1] is None:
                raise ModelError(f"data file events/{BACKGROUND_FILE} row {n}: a phrase starts and ends with a word")
            if row[1] == "governs":
                if None in words:
                    raise ModelError(f"data file events/{BACKGROUND_FILE} row {n}: a governing phrase has no gap")
                governing.append(words)
            elif row[1] == "relative":
                relatives.update(w for alts in words if alts for w in alts)
            elif row[1] in concessive:
                if len(words) != 1:
                    raise ModelError(f"data file events/{BACKGROUND_FILE} row {n}: a {row[1]} row is one word")
                concessive[row[1]].update(words[0])
            elif row[1] == "verb":
                if None in words:
                    raise ModelError(f"data file events/{BACKGROUND_FILE} row {n}: a verb phrase has no gap")
                auxiliaries.append(words)
            else:
                out.append((words, row[1] == "either"))
        return cls(tuple(out), tuple(governing), tuple(auxiliaries), frozenset(relatives),
                   {k: frozenset(v) for k, v in concessive.items()})

    def marks(self, trig: Trigger, tokens: Sequence[Span], norm: Sequence[str]) -> bool:
        """Does a background phrase stand in the trigger's clause: before it (within
        CONDITION_WINDOW words), or after it (within MODE_WINDOW words) for an "either" phrase, or
        right before it for a "governs" phrase (منذ توقيع الاتفاق)?"""
        lo = trig.first
        while lo > 0 and trig.first - lo < CONDITION_WINDOW and tokens[lo - 1].text not in CLAUSE_BREAK:
            lo -= 1
        hi = trig.last + 1
        while hi < len(tokens) and hi - trig.last <= MODE_WINDOW and tokens[hi].text not in CLAUSE_BREAK:
            hi += 1
        # each word as written and without a conjunction (وكان; وقت keeps its و)
        before = [(w, _bare_norm(w)) for w in norm[lo:trig.first]]
        after = [(w, _bare_norm(w)) for w in norm[trig.last + 1:hi]]
        if any(_match_at(words, 0, before[len(before) - len(words):], 0)
               for words in self.governing if len(words) <= len(before)):
            return True
        if trig.pos == "v" and any(_match_at(words, 0, before, k) and not any(
                w in self.relatives for w, _ in before[k + len(words):])
                for words in self.auxiliaries
                for k in range(max(0, len(before) - len(words) - BACKGROUND_GAP), len(before) - len(words) + 1)):
            return True  # وكانت قوات التحالف الدولي تقصف مواقع داعش: كان + a verb, the past of the story
        return any(_holds(words, before) or (either and _holds(words, after)) for words, either in self.phrases) \
            or self._conceded(trig, before)

    def _conceded(self, trig: Trigger, before: Sequence[tuple[str, str]]) -> bool:
        """Is the trigger the act a concession names (ورغم استدعاء البحرين لسفيرها من طهران، على الرغم
        من أن مجلس الوزراء وافق عليه، بالرغم من المحاولات المؤخرة لعقد محادثات سلام)? A word of
        concession before it in its clause (``before``: the words back to a clause break), then the
        words passed over (من، أن), then at most CONCESSIVE_REACH words up to and including the
        trigger. The concession grants a fact the reader knows or one told before; the news is the
        main clause after it (round 16). Not رغم ذلك (it points back to the sentence before)."""
        if not self.concessive or not self.concessive["concessive"]:
            return False
        words = self.concessive["concessive"]
        for k in range(len(before) - 1, -1, -1):
            if before[k][1] in words or before[k][0] in words:
                j = k + 1
                while j < len(before) and before[j][1] in self.concessive["concessive_skip"]:
                    j += 1
                if j < len(before) and before[j][1] in self.concessive["concessive_stop"]:
                    return False
                if trig.pos == "v" and any(raw != bare for raw, bare in before[j:]):
                    return False  # رغم حسن النية وفعلاً اجتمع: a word with و opens the main clause
                return len(before) - j + 1 <= CONCESSIVE_REACH
        return False

    def past_state(self, trig: Trigger, tokens: Sequence[Span], norm: Sequence[str]) -> bool:
        """Is the verb the standing state of a relative clause: an imperfect right after the relative
        pronoun (واشنطن التي تدعم المعارضة السورية), or a relative pronoun, then كان (an
        auxiliary of ``verb``), then at most BACKGROUND_GAP words (its subject) and the verb
        (كافة المواقع التي كانت تحتلها ميليشيات الحوثي، المواقع التي كان الحوثيون يسيطرون عليها)?
        The clause describes what its antecedent was before the news: a date in the sentence
        (أعلنت المقاومة، الجمعة، السيطرة على …) dates the main clause's act, not this state, so
        the state is background even where ``marks`` yields to a date."""
        if trig.pos != "v":
            return False
        if trig.first > 0 and _bare_norm(norm[trig.first - 1]) in self.relatives and _imperfect(trig, norm):
            # واشنطن التي تدعم المعارضة السورية، القوات التي تقاتل الحوثيين: the present of a relative
            # clause right after its pronoun describes who the antecedent is, a standing relation
            return True
        if _bare_norm(norm[trig.first]) != norm[trig.first]:
            return False  # التي كانت مع الميليشيات وتتهمه الميليشيات: a verb with و opens a clause of its own
        singles = frozenset(w for words in self.auxiliaries if len(words) == 1 for w in words[0])
        for k in range(trig.first - 1, max(0, trig.first - 2 - BACKGROUND_GAP), -1):
            if tokens[k].text in CLAUSE_BREAK:
                return False
            if norm[k] in singles:
                return k > 0 and _bare_norm(norm[k - 1]) in self.relatives
        return False


def _imperfect(trig: Trigger, norm: Sequence[str]) -> bool:
    """Is the verbal trigger an imperfect (تدعم، يقاتلون، تحتلها): a prefix ي/ت/ن before a form of the
    lexicon's verb (whose hamzat al-wasl the imperfect drops: احتل -> يحتل)?"""
    w = _bare_norm(norm[trig.first])
    if len(w) < 4 or w[0] not in MAY_PREFIXES:
        return False
    for form in trig.form.split()[0].split("|"):
        stem = form[1:] if form.startswith("ا") and len(form) > 3 else form
        if len(stem) >= 3 and w[1:].startswith(stem[:3]):
            return True
        # a verb whose first radical is a hamza (أيّد, أكّد) seats it on و after the prefix's ضمة:
        # يؤيد normalises to يويد (round 16: «الحزب الذي يؤيد صالح» was read as news)
        if len(stem) == 3 and stem[0] == "ا" and w[1:].startswith("و" + stem[1:]):
            return True
    return False


def _holds(words: tuple, seq: Sequence[tuple[str, str]]) -> bool:
    """Does the phrase (word alternatives, None for a gap) occur in ``seq``?"""
    return any(_match_at(words, 0, seq, k) for k in range(len(seq)))


def _match_at(words: tuple, i: int, seq: Sequence[tuple[str, str]], k: int) -> bool:
    if i == len(words):
        return True
    w = words[i]
    if w is None:
        return any(_match_at(words, i + 1, seq, k + skip) for skip in range(BACKGROUND_GAP + 1))
    return k < len(seq) and (seq[k][0] in w or seq[k][1] in w) and _match_at(words, i + 1, seq, k + 1)


# ---------------------------------------------------------------------------------------------
# Denial: an act told inside what a party denies (نفت روسيا إرسال جنود، نفى أن يكون … قد هاجم)

DENIAL_FILE = "denial.tsv"
DENIAL_KINDS = ("verb", "before", "after", "complement", "relative", "stop")
# How far a denial's scope reaches: the denied clause names its act within a few words of the verb,
# after a subject of up to four or five words and أن يكون … قد (ونفى اردوغان بقوة ان تكون تركيا
# تساعد تنظيم داعش: eight); farther the words mostly belong to another statement.
DENIAL_REACH = 14
# Punctuation that ends a denial's scope (a comma too: ونفى فابيوس، الذي اعتبر …، أن … — what
# follows a comma is mostly another clause or a description of the denier).
DENIAL_BREAK = CLAUSE_BREAK


@dataclass(frozen=True)
class Denials:
    """The words of ``resources/events/denial.tsv``: verbs and phrases of denial, the words that
    open the clause denied (أن، ما), and the words that end a denial's scope."""

    verbs: frozenset[str]
    before: tuple[tuple[frozenset[str], ...], ...]
    after: tuple[tuple[frozenset[str], ...], ...]
    complements: frozenset[str]
    relatives: frozenset[str]
    stops: frozenset[str]

    def __post_init__(self):
        # the words a "before" phrase ends with and an "after" phrase starts with: the phrases are
        # tried only at such a word (the scan runs around every trigger)
        object.__setattr__(self, "before_last", frozenset(w for p in self.before for w in p[-1]))
        object.__setattr__(self, "after_first", frozenset(w for p in self.after for w in p[0]))

    @classmethod
    def load(cls, resources: Resources) -> "Denials":
        by_kind: dict[str, list] = {k: [] for k in DENIAL_KINDS}
        for n, row in enumerate(resources.table("events", DENIAL_FILE, 2), 1):
            if row[0] not in DENIAL_KINDS:
                raise ModelError(f"data file events/{DENIAL_FILE} row {n}: kind {row[0]!r} is not one of {DENIAL_KINDS}")
            by_kind[row[0]].append(tuple(frozenset(normalize(a) for a in w.split("|")) for w in row[1].split()))
        single = {k: frozenset(w for phrase in by_kind[k] for alts in phrase for w in alts)
                  for k in ("verb", "complement", "relative", "stop")}
        return cls(single["verb"], tuple(by_kind["before"]), tuple(by_kind["after"]),
                   single["complement"], single["relative"], single["stop"])

    def is_denial(self, trig: Trigger, norm: Sequence[str]) -> bool:
        """Is the trigger itself a verb of denial (the REJECT of نفى، تنفي)?"""
        return _bare_norm(norm[trig.first]) in self.verbs

    def denies(self, trig: Trigger, tokens: Sequence[Span], norm: Sequence[str]) -> bool:
        """Does the trigger stand inside what a denial of its sentence denies: after a verb or a
        "before" phrase of denial (up to a clause break or a stop word, DENIAL_REACH words at
        most; not in a relative clause that describes the denier before the complement), or before
        an "after" phrase (back to a clause break)? A verb with و/ف (وتتهمان)
        after a denial whose clause has no complement word (أن، ما) opens a clause of its own: لكن
        موسكو والمتمردين ينفون أي تورط … وتتهمان العسكريين الأوكرانيين (the accusation is made)."""
        if self.is_denial(trig, norm):
            return False
        lo, hi = max(0, trig.first - DENIAL_REACH - 1), min(len(norm), trig.last + DENIAL_REACH + 6)
        # the words of the reach only, without و/ف (a denial is looked for around each trigger)
        bare = [""] * lo + [_bare_norm(w) for w in norm[lo:hi]]
        k = trig.first - 1
        complement = relative = False  # a complement word seen; a relative pronoun seen
        while k >= 0 and trig.first - k <= DENIAL_REACH and tokens[k].text not in DENIAL_BREAK:
            if bare[k] in self.stops or norm[k] in self.stops:
                break
            if bare[k] in self.verbs or (bare[k] in self.before_last
                                          and any(_phrase_ends_at(p, bare, k) for p in self.before)):
                if relative:  # ونفى فابيوس الذي اعتبر من المتشددين خلال المحادثات: the denier described
                    return False
                joined = trig.pos == "v" and norm[trig.first][:1] in "وف" and norm[trig.first] != bare[trig.first]
                return complement or not joined
            if norm[k] in self.complements or bare[k] in self.complements:
                complement, relative = True, False  # نفى أن يكون الجيش الذي قصف: inside the denied clause
            elif norm[k] in self.relatives:
                relative = True
            k -= 1
        k = trig.last + 1
        while k < len(tokens) and k - trig.last <= DENIAL_REACH and tokens[k].text not in DENIAL_BREAK:
            if bare[k] in self.after_first and any(_phrase_at(p, bare, k) for p in self.after):
                return True
            k += 1
        return False


def _phrase_at(phrase: tuple[frozenset[str], ...], bare: Sequence[str], k: int) -> bool:
    """Does the phrase (word alternatives) stand at index k of the conjunction-stripped words?"""
    return k + len(phrase) <= len(bare) and all(bare[k + i] in alts for i, alts in enumerate(phrase))


def _phrase_ends_at(phrase: tuple[frozenset[str], ...], bare: Sequence[str], k: int) -> bool:
    """Does the phrase end at index k?"""
    return k + 1 >= len(phrase) and _phrase_at(phrase, bare, k + 1 - len(phrase))
