"""Reporting cues and the reported clauses they govern.

A cue is a reporting verb from ``resources/quotes/reporting_verbs.tsv`` in any listed form (past,
present, participle; masculine, feminine, dual, plural; with a fused و or ف): قال، وأضافت،
يقولون، قائلا، مشيرة. Looking forward from the cue, within its sentence, the first of these
decides what it governs:
- a complementiser (إن، أن، بأن، إنه، أنها …, also after a preposition: أشار إلى أن، شدد على أن),
  not one that belongs to a conjunction (بعد أن، قبل أن) -> an indirect quote from after the
  complementiser (its pronoun suffix included) to the end of the sentence, cut where another cue
  starts (، قائلين إن …؛ ، إذ يقول …) or where an embedded direct quote runs to the end;
- a quotation mark -> the direct quote it opens is this cue's;
- a colon (وتابع: …) -> the rest of the sentence is the speaker's words even without marks;
- another reporting verb or the end of the sentence -> the cue governs nothing here (but its
  subject still becomes the last speaker: أقر الحوثي بالهزيمة، لكنه وصف …).
Attribution phrases (وفقا لـ، بحسب، حسب، نقلا عن …) attribute the clause they open or close.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..text.normalize import normalize
from .direct import QUOTE_CHARS
from .lexicon import QuoteLexicon, VerbForm
from .speakers import Tok, strip_conj, verb_form_as_subject


@dataclass(slots=True)
class Cue:
    i: int  # token index of the verb (or of the attribution phrase's first word)
    verb: VerbForm | None
    sent: int
    kind: str = "verb"  # verb | attribution | continuation (a sentence opening with وأن)
    comp: int = -1  # token index of the complementiser
    colon: int = -1  # token index of a colon that introduces unmarked speech
    quote: object = None  # the direct quote (Marked) it introduces
    speaker: tuple[int, int] | None = None  # token range
    speaker_how: str = ""  # after | before | relative | implicit | object | source
    clause: tuple[int, int] | None = None  # character range of the reported clause
    nested: list = field(default_factory=list)  # direct quotes inside the clause
    prev: "Cue | None" = None  # for a continuation: the cue whose report it carries on
    # the reported clause runs on into its quotation (أكد … أن تعز "لم تعرف الهدنة …"): one quote
    merged: bool = False
    # the speaker is the source a verb of passing on names (نقلت الوكالة عن مصدر، علمت الصحيفة من
    # مصادر), so the verb's gender and number are the passer-on's, not the speaker's
    relayed: bool = False


def is_complementiser(toks, j: int, lex: QuoteLexicon, comps: set[int] | None = None) -> bool:
    if comps is not None:
        if j not in comps:
            return False
    elif toks.norm(j) not in lex.complementisers:
        return False
    if j > 0 and strip_conj(toks.norm(j - 1)) in lex.blocks:
        return False
    return True


def find_cues(toks, inside: list[bool], sent_of: list[int], vocab: CueVocabulary) -> list[Cue]:
    """Reporting verbs and attribution phrases outside direct quotations, in order."""
    cues = []
    raw = toks.raw
    hits = vocab.classify([r.text for r in raw])
    for i in [i for i, r in enumerate(raw) if r.text in hits]:
        if inside[i]:
            continue
        k = hits[raw[i].text]
        if isinstance(k, VerbForm):
            if not _noun_reading(toks, i, sent_of, vocab.lex, k):
                cues.append(Cue(i, k, sent_of[i]))
            continue
        for phrase in k:
            if _match_phrase(toks, i, phrase[0], phrase):
                cues.append(Cue(i, None, sent_of[i], kind="attribution"))
                break
    return cues


def _noun_reading(toks, i: int, sent_of: list[int], lex: QuoteLexicon, v: VerbForm) -> bool:
    """Is the verb form at ``i`` a name, a verbal noun or another word here? After a name particle
    it is part of a name (علي بن أبي طالب), after عدم or دون it is the verbal noun (طلب عدم ذكر
    اسمه); a form flagged ``initial`` (بين: "between" or "he explained") is the verb only where a
    clause starts (وبين المسؤول أن، .. بين الزيادي أن; not العلاقات بين البلدين)."""
    if "adjacent" in v.flags and not _governs_right_away(toks, i, lex):
        return True  # معلومات مؤكدة، إجراءات أمنية مشددة، لافتة: an adjective or a noun
    if "noun" in v.flags and _read_as_noun(toks, i, sent_of, lex):
        return True  # 1600 طالب، طالب وطالبة: "student"
    if i == 0 or sent_of[i - 1] != sent_of[i]:
        return False
    prev = toks.norm(i - 1)
    if "initial" in v.flags:
        t, p = toks[i], toks[i - 1]
        if _repeated_in_sentence(toks, i, sent_of, lex) if t.conj else (
                _coordinated_after(toks, i, lex) or _repeated_later(toks, i, sent_of)):
            return True  # بين سامح شكري … وبين عادل الجبير، بين التقدم والتدهور: "between X and Y"
        # a quotation mark ends a quoted word (كلام "سلبي" بين …), not a clause
        if not (t.conj or (p.kind == "punct" and p.text not in QUOTE_CHARS) or prev in lex.connectors
                or strip_conj(prev) in lex.connectors or _subject_then_complementiser(toks, i, lex)):
            return True
        if not _plausible_subject(toks, i, lex):
            return True  # وبين إخوة رجال يتهامسون …: an indefinite noun after it is "between" its object
    if v.kind == "past" and prev in lex.noun_governors and not toks[i].conj:  # (التفت إلي وقال: a clause)
        return True  # في كتب المطبخ اللبناني، بعض كتب الفقهاء: "books", a noun after a preposition
    if verb_form_as_subject(toks, i, lex):
        return True  # حيث تشير كتب هذا المذهب إلى أنه، وأشارت كتب تاريخية بأنها: the first verb's subject
    return prev in lex.name_particles or strip_conj(prev) in lex.masdar_markers


def _read_as_noun(toks, i: int, sent_of: list[int], lex: QuoteLexicon) -> bool:
    """Is the bare form at ``i`` (no و/ف of its own) the noun it also writes: after a number or a
    ``counted_noun_markers`` word (1600 طالب، كل طالب، وهو طالب), or before its own feminine joined
    by و or أو (طالب وطالبة، طالب أو طالبة: a verb has no feminine in ة)?"""
    if toks[i].conj:
        return False
    if i > 0 and sent_of[i - 1] == sent_of[i] and (toks[i - 1].kind == "num"
                                                    or toks.norm(i - 1) in lex.counted_noun_markers):
        return True
    k = i + 1
    if k < len(toks) and toks.norm(k) == "او":
        k += 1
    return k < len(toks) and sent_of[k] == sent_of[i] and strip_conj(toks.norm(k)) == toks.norm(i) + "ه"


def _governs_right_away(toks, i: int, lex: QuoteLexicon) -> bool:
    """Does a complementiser, a colon or a quotation mark follow the word at ``i`` right away, or
    after the verb's own preposition (مؤكدة أن، لافتة إلى أن، مشددة على أن، موضحة: «…»)?"""
    k = i + 1
    if k < len(toks) and toks.norm(k) in lex.verb_prepositions:
        k += 1
    if k >= len(toks):
        return False
    t = toks[k]
    return toks.norm(k) in lex.complementisers or t.text in ":：" or t.text in QUOTE_CHARS


# The subject between a verb and its complementiser with no comma: a title and a name (المهندس
# عدنان بن أحمد السيد) is at most this many words.
_SUBJECT_WORDS = 6


# How far back "between" may stand for a later "and between" to repeat it (بين X، …، وبين Y).
_REPEAT_REACH = 15


def _repeated_in_sentence(toks, i: int, sent_of: list[int], lex: QuoteLexicon) -> bool:
    """Is the word at ``i`` (without its و) written earlier in its sentence (بين … وبين …), also
    with a pronoun (بيننا وبين أسر الشهداء: ``between_forms``)?"""
    word = strip_conj(toks.norm(i))
    for k in range(i - 1, max(-1, i - _REPEAT_REACH), -1):
        if sent_of[k] != sent_of[i]:
            break
        n = strip_conj(toks.norm(k))
        if n == word or (n in lex.between_forms and n.startswith(word)):
            return True
    return False


def _repeated_later(toks, i: int, sent_of: list[int]) -> bool:
    """Is the word at ``i`` written again with و later in its sentence (بين أن تخضع لشروط …، وبين
    أن تنحاز: "between doing X and doing Y", where a complementiser follows each)?"""
    word = toks.norm(i)
    for k in range(i + 1, min(len(toks), i + _REPEAT_REACH)):
        if sent_of[k] != sent_of[i]:
            break
        if toks[k].conj and strip_conj(toks.norm(k)) == word:
            return True
    return False


def _coordinated_after(toks, i: int, lex: QuoteLexicon) -> bool:
    """Does a word with a fused و follow the word at ``i`` before any complementiser, within
    ``_REPEAT_REACH`` words (بين الثبات والتطور: the two terms of "between")?"""
    for k in range(i + 1, min(len(toks), i + _REPEAT_REACH)):
        n = toks.norm(k)
        if n in lex.complementisers:
            return False
        if toks[k].conj:
            return True
    return False


def _plausible_subject(toks, i: int, lex: QuoteLexicon) -> bool:
    """Can what follows the word at ``i`` be a reporting verb's subject or complementiser: a
    complementiser (وبين أن), a pronoun (وبين سموه), a definite noun phrase within a few words
    (وبين مدير عام الخطوط السعودية، وبين البكيري), or a short name running into a complementiser
    (وبين عبدالله حماس أن)? Indefinite nouns (وبين إخوة رجال يتهامسون) are the objects of "between"."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if toks.norm(i + 1) in lex.complementisers or nxt.pron or nxt.kind == "punct":
        return True
    for k in range(i + 1, min(len(toks), i + 1 + _SUBJECT_WORDS)):
        t = toks[k]
        if toks.norm(k) in lex.complementisers:
            return True
        n = strip_conj(t.norm)
        if t.kind != "ar" or (k > i + 1 and t.conj) or n in lex.stops or lex.verb(t.norm) is not None:
            return False
        if n.startswith("ال") or n.startswith("لل"):
            return True
    return False


def _subject_then_complementiser(toks, i: int, lex: QuoteLexicon) -> bool:
    """وفي نفس السياق بين المهندس السيد أنه …: the verb after a fronted adjunct, known by a subject
    that opens with a form of address (المهندس، الدكتور) and runs, in plain words (no preposition,
    conjunction or punctuation), straight into a complementiser (not المتعارف عليها بين الكثيرين
    بأن، بين البلدين ينص على أن: "between")."""
    if i + 1 >= len(toks) or toks.norm(i + 1) not in lex.name_titles:
        return False
    for k in range(i + 2, min(len(toks), i + 2 + _SUBJECT_WORDS)):
        t = toks[k - 1]
        if t.kind != "ar" or t.conj or t.prep or strip_conj(t.norm) in lex.stops or lex.verb(t.norm) is not None:
            return False
        if toks.norm(k) in lex.complementisers:
            return True
    return False


class CueVocabulary:
    """The surface forms seen so far, classified once against one lexicon: ``hits`` maps the cue
    ones to a VerbForm or to the attribution phrases they may open, ``comps`` holds those that
    normalise to a complementiser. Scanning a document is then one set difference and one
    dictionary membership test per token, both at C speed. Its content depends on the lexicon, so
    each quote stage owns one."""

    # enough for the vocabulary of a large news corpus; beyond it the memo starts again
    LIMIT = 500_000

    def __init__(self, lex: QuoteLexicon):
        self.lex = lex
        self.seen: set[str] = set()
        self.hits: dict[str, object] = {}
        self.comps: set[str] = set()  # surfaces that normalise to a complementiser

    def classify(self, surfaces: list[str]) -> dict[str, object]:
        new = set(surfaces) - self.seen
        if new:
            if len(self.seen) > self.LIMIT:
                self.seen.clear()
                self.hits.clear()
                self.comps.clear()
                new = set(surfaces)
            lex = self.lex
            firsts = lex.attribution_firsts
            for surface in new:
                n = normalize(surface)
                if n in lex.complementisers:
                    self.comps.add(surface)
                k = lex.verbs.lookup(n, surface)  # initial forms too: find_cues reads them in context
                if k is None:
                    k = firsts.get(attribution_key(n, firsts))
                if k is not None:
                    self.hits[surface] = k
            self.seen |= new
        return self.hits

    def complementiser_tokens(self, toks) -> set[int]:
        """Indices of the tokens that read as a complementiser (after ``classify`` saw the
        document's surfaces)."""
        comps = self.comps
        return {i for i, r in enumerate(toks.raw) if r.text in comps}


def attribution_key(n: str, firsts) -> str:
    """The first word of an attribution phrase as listed: without a fused و (ووفقا، وبحسب), unless
    the و is the word's own (وفقا، وفق: the phrase itself begins with و)."""
    if n in firsts:
        return n
    return n[1:] if n[:1] == "و" and len(n) > 3 else n


def _match_phrase(toks: list[Tok], i: int, first: str, phrase: tuple[str, ...]) -> bool:
    if first != phrase[0]:
        return False
    for k, w in enumerate(phrase[1:], 1):
        if i + k >= len(toks):
            return False
        n = toks[i + k].norm
        if w == "ل":
            if not (n.startswith("ل") and len(n) > 1):
                return False
        elif n != w:
            return False
    return True


def attribution_at(toks: list[Tok], i: int, lex: QuoteLexicon) -> bool:
    """Does a listed attribution phrase (وفقا لـ، بحسب، على لسان …) start at token ``i``?"""
    key = attribution_key(toks[i].norm, lex.attribution_firsts)
    return any(_match_phrase(toks, i, key, phrase) for phrase in lex.attribution_firsts.get(key, ()))


def phrase_len(toks: list[Tok], i: int, lex: QuoteLexicon) -> int:
    """Number of tokens of the attribution phrase at ``i``; a fused ل (لاحصائيات) belongs to the
    source and does not count as a token of its own unless written apart (لـ)."""
    t = toks[i].norm
    key = attribution_key(t, lex.attribution_firsts)
    for phrase in lex.attribution_firsts.get(key, ()):  # longest first
        if _match_phrase(toks, i, key, phrase):
            n = len(phrase)
            if phrase[-1] == "ل":
                last = toks[i + n - 1].norm
                return n if last in ("ل", "لـ") else n - 1
            return n
    return 1
