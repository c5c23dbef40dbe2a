"""Event trigger detection: PLOVER types from lexicon words over tokens.

The lexicon (``rasd.events.lexicon.TriggerLexicon``) holds ``curated.tsv`` (hand-written, verbs
and nouns, with optional context words) and, when the settings ask for it, the verb patterns of
``petrarch_verbs.tsv`` (generated from UniversalPetrarch's Arabic verb dictionary by
``rasd.train.plover_lexicon``). A token matches an entry through its normalised keys
(``rasd.events.morphology.WordKeys``): for nouns the word without conjunction, preposition,
article or pronoun suffix (والهجمات -> هجمات); for verbs the candidate lemmas after removing tense
and person affixes (سيهاجمون -> هاجم, يتهم -> اتهم). Curated entries beat Petrarch ones; within a
lexicon the entry with the most words and context conditions wins; a ``-`` entry blocks a word.
"""
from __future__ import annotations

from itertools import compress
from typing import Callable, Sequence

from ..document import Span
from ..text.normalize import normalize, strip_conjunction
from .lexicon import Entry, EventLexicon, TriggerLexicon
from .morphology import WordKeys
from .types import Trigger

# Context words of an entry must occur this close to the trigger (in words, punctuation not
# counted): a subject of up to six words (رئيس إقليم كردستان العراق مسعود بارزاني) may stand
# between a verb and its object.
CONTEXT_WINDOW = 10
# Later words of a multi-word trigger may be separated from the first by a subject (فرض الاتحاد
# الأوروبي عقوبات): up to four tokens.
MULTI_GAP = 4


class SentenceKeys:
    """The word keys of a sentence's tokens, made when first asked for: only the words that may
    start a trigger and those a candidate entry looks at need their clitic readings."""

    __slots__ = ("tokens", "norm", "made", "keys")

    def __init__(self, tokens: Sequence[Span], norm: Sequence[str], keys: WordKeys):
        self.tokens, self.norm, self.keys = tokens, norm, keys
        self.made: list = [None] * len(tokens)

    def __len__(self) -> int:
        return len(self.made)

    def __getitem__(self, i: int) -> tuple[frozenset, frozenset, str]:
        k = self.made[i]
        if k is None:
            t = self.tokens[i]
            k = self.made[i] = self.keys.token(t.text, t.attrs.get("kind") == "ar")
        return k


def _has(lex: TriggerLexicon, keys_list: SentenceKeys, lo: int, hi: int, alts: frozenset,
         adjacent: int | None = None) -> bool:
    """Does a word of ``alts`` occur in tokens lo..hi-1? A one-letter alternative (a clitic
    preposition: متهمين بـ) only counts as the first letter of the ``adjacent`` token."""
    norm = keys_list.norm
    search = lex.group_search(alts)
    for i in range(max(lo, 0), min(hi, len(keys_list))):
        if not search(norm[i]):
            continue  # no reading of this word can be one of alts
        nk, vk, raw = keys_list[i]
        if alts & nk or alts & vk or raw in alts:
            return True
    if adjacent is not None and 0 <= adjacent < len(keys_list):
        raw = norm[adjacent]
        if any(len(a) == 1 and raw.startswith(a) and len(raw) > 2 for a in alts):
            return True
    return False


def _own_clitic(word: str, alts: frozenset) -> bool:
    """Is a one-letter alternative (a preposition: ل) the trigger's own clitic (لدعم الجيش)?"""
    w = word[1:] if len(word) > 4 and word[0] in "وف" else word
    return any(len(a) == 1 and w.startswith(a) and len(w) > 3 for a in alts)


def _match(lex: TriggerLexicon, e: Entry, i: int, keys: SentenceKeys) -> int | None:
    """Index of the last token of entry ``e`` matched at token ``i``, or None."""
    last = i
    for alts in e.words[1:]:
        j = next((k for k in range(last + 1, min(last + 1 + MULTI_GAP, len(keys))) if _has(lex, keys, k, k + 1, alts)),
                 None)
        if j is None:
            return None
        last = j
    if e.particle:
        nxt = keys.norm[last + 1] if last + 1 < len(keys) else ""
        if not (nxt == e.particle or (nxt and normalize(e.particle) == nxt)):
            return None
    if e.next_word and not (last + 1 < len(keys) and _has(lex, keys, last + 1, last + 2, e.next_word)):
        return None
    if e.prev_word and not (i > 0 and _has(lex, keys, i - 1, i, e.prev_word)):
        return None
    if e.before and not (_has(lex, keys, i - CONTEXT_WINDOW, i, e.before, adjacent=i - 1)
                         or _own_clitic(keys.norm[i], e.before)):
        return None
    for g in e.before_groups:
        if not _has(lex, keys, i - CONTEXT_WINDOW, i, g):
            return None
    if e.after:
        hi = last + 1
        words = 0
        norm = keys.norm
        while hi < len(keys) and words < CONTEXT_WINDOW:
            # punctuation does not count against the window (بارزاني، اليوم (الاثنين)، بالانتقام)
            words += norm[hi].isalnum() or any("\u0621" <= c <= "\u064a" for c in norm[hi])
            hi += 1
        for g in e.after:
            if not _has(lex, keys, last + 1, hi, g, adjacent=last + 1):
                return None
    return last


def _root_waw(e: Entry, raw: str) -> bool:
    """Is the word's first و its root's (وعدت، وقعت، وافق: the lemma starts with و and the word
    without it is no form of the lemma)?"""
    lemmas = [w for w in e.words[0] if w.startswith("و")]
    return bool(lemmas) and not raw.startswith("وو") and any(raw.startswith(w[:3]) for w in lemmas)


def _stated_own_noun(keys: SentenceKeys, norm: Sequence[str], i: int, words) -> bool:
    """Is word ``i`` a verbal noun with a possessive pronoun that a verb of stating a stance governs
    (جدد الأزهر رفضه، كرر الأسد خلال اللقاء رفضه للحل السياسي، جددت إدارة النصر رفضها)? Such a
    word carries a pronoun and no و/ف, and a ``statement_verbs`` verb stands at most
    STATEMENT_OBJECT_WORDS words before it with no complementizer or clause mark between: a finite
    verb right after another one's subject would need و, so the word is the first verb's object."""
    raw = norm[i]
    suffix = next((x for x in words.pronoun_suffixes if raw.endswith(x)), None)
    if suffix is None or len(raw) - len(suffix) < 3 or raw[0] in "وف":
        return False  # a stem of three letters at least carries the pronoun (رفضه، دعوتها)
    return stating_verb_before(norm, i, 0, lambda k: bool(keys[k][1] & words.statement_verbs), words) is not None


def stating_verb_before(norm: Sequence[str], i: int, lo: int, is_stating_verb: Callable[[int], bool],
                        words) -> int | None:
    """The index of the verb of stating a stance that governs word ``i``: at most
    STATEMENT_OBJECT_WORDS words before it (from ``lo`` on) with no complementizer or clause mark
    between, or None. One walk for the trigger reading and the roles of a stated nominal act."""
    n = 0
    for k in range(i - 1, lo - 1, -1):
        w = norm[k]
        if w in STATEMENT_STOPS or strip_conjunction(w, 2) in words.complementizers:
            return None
        if not any("\u0621" <= ch <= "\u064a" for ch in w):
            continue  # a comma or a number between does not count
        n += 1
        if n > STATEMENT_OBJECT_WORDS:
            return None
        if is_stating_verb(k):
            return k
    return None


# How far before its object a verb of stance may stand: the subject between them may be a title
# chain (جدد رئيس الوزراء العراقي حيدر العبادي رفضه) or a time or place phrase (كرر الأسد خلال
# اللقاء رفضه): 7 words, as for the light verbs of nominal acts (arguments.LIGHT_VERB_WORDS).
STATEMENT_OBJECT_WORDS = 7
# marks that end the clause of the verb of stance (a quotation, a colon, a sentence end)
STATEMENT_STOPS = frozenset({".", ":", "«", "»", '"', "؟", "?", "!", "(", ")", "؛", ";"})


def detect(tokens: Sequence[Span], lex: EventLexicon, norm: Sequence[str] | None = None) -> list[Trigger]:
    """Triggers in one sentence's tokens (non-overlapping, left to right). ``norm``: the tokens'
    normalised forms when the caller has them (``rasd.text.tokens.token_keys``)."""
    entries = lex.triggers
    words = lex.words
    if norm is None:
        norm = [normalize(t.text) for t in tokens]
    keys = SentenceKeys(tokens, norm, lex.keys)
    out: list[Trigger] = []
    # only words with a lexicon entry can start a trigger: visit those, left to right
    has_entry = entries.has_entry
    starts = [n for n in compress(range(len(norm)), map(entries.may_have_entry.__getitem__, norm))
              if has_entry[keys[n]]]
    i = 0
    for n in starts:
        if n < i:
            continue  # inside the trigger before
        i = n
        nk, vk, raw = keys[i]
        # a word that is both a verb and a noun entry (رفض): the noun when it has an article or a
        # preposition (بعد رفضها، الرفض، لرفضها), else the verb
        tok_parts = {p.label for p in tokens[i].attrs.get("parts", ())}
        nounish = bool(tok_parts & {"art", "prep"}) or raw.startswith(words.definite_prefixes) \
            or _stated_own_noun(keys, norm, i, words)
        best = None
        ordered = entries.candidates(nk, vk, nounish)
        if (i > 0 and strip_conjunction(norm[i - 1], 2) in words.noun_after) or strip_conjunction(raw) in lex.bare_nouns:
            # after a preposition word the form is a verbal noun, never a finite verb (في دعم
            # المواطنين، الاستمرار في دعم لبنان), and so is the bare form of a bare_nouns.tsv
            # verb: only noun entries, with their own conditions
            ordered = [e for e in ordered if e.pos == "n"]
        if raw in lex.place_names or strip_conjunction(raw) in lex.place_names:
            # a country or place name is that name, not a verb spelt like it (تشاد سويت، قدموا من
            # تشاد: Chad, not a form of أشاد "praised"; وعدن: "and Aden", not "they promised"),
            # also where the entity stage did not take the word for a name
            ordered = [e for e in ordered if e.pos == "n"]
        for e in ordered:
            last = _match(entries, e, i, keys)
            if last is not None:
                best = (e, last)
                break
        if best is None:
            i += 1
            continue
        if best[0].type == "-":
            i = best[1] + 1
            continue
        e, last = best
        if e.mode == "investigate" and e.pos == "v" and len(raw) > 4 and raw.endswith(words.object_pronoun_suffixes):
            # one investigates "into" something (حقق في، مع): a verb read so that carries its object
            # as a pronoun is another sense (الانتصارات التي حققتها المقاومة: achieved)
            i += 1
            continue
        tok = tokens[i]
        start = tok.start
        parts = tok.attrs.get("parts", ())
        if parts and parts[0].label == "conj" and normalize(parts[0].text) == "و" and not _root_waw(e, raw):
            start = parts[0].end  # وقبلت -> قبلت; a ف may be the verb's own letter (فجر)
        # a verb whose later words come after a gap has its subject in the gap (أطلق مسلحون النار
        # على): the trigger is the verb alone, so that the subject stays an actor after it
        end_tok = i if e.pos == "v" and last - i >= len(e.words) else last
        out.append(Trigger(start, tokens[end_tok].end, e.type, e.mode, i, end_tok, e.pos, e.origin, e.form,
                           last if end_tok != last else -1))
        i = last + 1
    return out
