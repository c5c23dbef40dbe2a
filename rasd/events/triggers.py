"""Event trigger detection: PLOVER types from lexicon words over tokens.

Two lexicons (``rasd/resources/events/``): ``curated.tsv`` (hand-written, verbs and nouns, with
optional context words) and ``petrarch_verbs.tsv`` (generated from UniversalPetrarch's Arabic
verb dictionary by ``rasd.train.plover_lexicon``). A token matches an entry through its
normalised keys: for nouns the word without conjunction, preposition, article or pronoun suffix
(والهجمات -> هجمات); for verbs the candidate lemmas after removing tense and person affixes
(سيهاجمون -> هاجم, يتهم -> اتهم). Curated entries beat Petrarch ones; within a lexicon the
entry with the most words and context conditions wins; a ``-`` entry blocks a word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from pathlib import Path
from typing import Iterable, Sequence

from ..document import Span
from ..text.normalize import normalize, strip_conjunction
from ..config import WORD_CACHE_SIZE
from ..model_files import load_json_model

RES = Path(__file__).resolve().parents[1] / "resources" / "events"

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# Context words of an entry must occur this close to the trigger (in words, punctuation not
# counted): a subject of up to six words (رئيس إقليم كردستان العراق مسعود بارزاني) may stand
# between a verb and its object.
CONTEXT_WINDOW = 10
# Later words of a multi-word trigger may be separated from the first by a subject (فرض الاتحاد
# الأوروبي عقوبات): up to four tokens.
MULTI_GAP = 4
# UniversalPetrarch's verb-level codes (a verb with no pattern) are unreliable in the Arabic
# dictionary (اخذ -> PROTEST, تعهد -> ASSAULT), so only its patterns, which name the object
# words that make the code apply, are used.
USE_PETRARCH_BARE_VERBS = False
# Even its patterns did not help on the dev material (docs/events.md: dev-article event F1 0.600
# with them, 0.611 without), so the generated lexicon is off unless switched on here.
USE_PETRARCH = False

_CONJ = "وف"
_PREP = "بلك"
_PRON = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ني", "ه")
_VERB_SUBJ = ("تما", "تم", "تن", "وا", "ون", "ان", "ين", "نا", "ت", "ا", "ي", "ن")
_IMPERF = "يتنا"
# Subject suffixes of the past tense only: an imperfect never has them, so a word read with an
# imperfect prefix keeps them (تحققت is "was achieved", not تـحقق+ت from حقق "investigated").
_PAST_ONLY = ("ت", "تم", "تما", "تن")


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


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    mode: str
    first: int  # index of the first token (in the token list given)
    last: int  # index of the last token of the trigger
    pos: str
    origin: str
    form: str
    # the entry's last word when it lies beyond the span (أطلق مسلحون النار: the span is أطلق,
    # النار is token ``tail``); -1 when the span holds all the entry's words
    tail: int = -1


@lru_cache(maxsize=WORD_CACHE_SIZE)
def noun_keys(word: str) -> frozenset:
    """Normalised forms of a noun token with clitics removed (all plausible readings)."""
    w = normalize(word)
    ta_marbuta = word.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")
    out = {w}
    stack = [w]
    if len(w) > 3 and w[0] in _CONJ:
        stack.append(w[1:])
    for v in list(stack):
        if len(v) > 3 and v[0] in _PREP:
            stack.append(v[1:])
        if v.startswith("لل") and len(v) > 4:
            stack.append(v[2:])
    for v in list(stack):
        if v.startswith("ال") and len(v) > 4:
            stack.append(v[2:])
    for v in list(stack):
        out.add(v)
        if not v.endswith(_PRON):
            continue  # most words: no pronoun suffix to try
        for suf in _PRON:
            if suf == "ه" and ta_marbuta:
                break  # مسلحة is not مسلح + ه
            if v.endswith(suf) and len(v) - len(suf) >= 3:
                base = v[: -len(suf)]
                out.add(base)
                if base.endswith("ت"):
                    out.add(base[:-1] + "ه")  # هجمته -> هجمه
                break
    return frozenset(out)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def verb_keys(word: str) -> frozenset:
    """Candidate lemmas (3rd person masculine past, normalised) of a verb token."""
    w = normalize(word)
    if word.endswith(("ة", "ات")) or "\u064b" in word or "\u064c" in word or "\u064d" in word:
        return frozenset()  # a noun: ta marbuta, a feminine plural or tanwin (دعماً) is never a verb
    bases = {w}
    if len(w) > 3 and w[0] in _CONJ:
        bases.add(w[1:])
    for b in list(bases):
        if len(b) > 3 and b[0] == "ل" and b[1] in _IMPERF:  # ليهاجم
            bases.add(b[1:])
    for b in list(bases):
        if len(b) > 3 and b[0] == "س" and b[1] in _IMPERF:  # سيهاجم
            bases.add(b[1:])
    stems = set()
    for b in bases:
        forms = {b: False}  # form -> read as an imperfect (its prefix taken off)
        if len(b) > 3 and b[0] in _IMPERF:
            forms.setdefault(b[1:], True)
            forms.setdefault("ا" + b[1:], True)  # يتهم -> اتهم, ينسحب -> انسحب (اتهمت stays a past)
        for f, imperfect in forms.items():
            stems.add(f)
            # object pronoun, then subject suffix (هاجموها -> هاجموا -> هاجم); the endswith tests
            # on the whole suffix tuples spare the loops for words with neither
            objectless = [f]
            if f.endswith(_PRON):
                objectless += [f[: -len(p)] for p in _PRON if f.endswith(p) and len(f) - len(p) >= 2]
            for g in objectless:
                stems.add(g)
                if g.endswith(_VERB_SUBJ):
                    for s in _VERB_SUBJ:
                        if g.endswith(s) and len(g) - len(s) >= 2 and not (imperfect and s in _PAST_ONLY):
                            stems.add(g[: -len(s)])
    return frozenset(s for s in stems if len(s) >= 2)


def _alts(s: str) -> frozenset:
    return frozenset(normalize(a) for a in s.split("|") if a)


@lru_cache(maxsize=1)
def synsets() -> dict[str, frozenset]:
    out: dict[str, frozenset] = {}
    path = RES / "synsets.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            name, heads = line.split("\t", 1)
            out[name] = _alts(heads)
    return out


def _group(word: str) -> frozenset:
    if word.startswith("&"):
        return synsets().get(word, frozenset())
    return _alts(word)


def _read_curated(path: Path) -> list[Entry]:
    entries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 7
        form, typ, mode, pos, before, after = (c.strip() for c in cols[:6])
        if typ != "-" and typ not in PLOVER_TYPES:
            raise ValueError(f"{path.name}:{n}: unknown PLOVER type {typ!r}")
        words = tuple(_alts(w) for w in form.split())
        # "after" is one group of alternatives, or several separated by spaces (each must occur);
        # a group written +a|b must be the next word
        groups = after.split()
        nxt = next((g[1:] for g in groups if g.startswith("+")), "")
        prev = before[1:] if before.startswith("+") else ""
        entries.append(Entry(words, typ, mode, pos or "v", frozenset() if prev else _alts(before),
                             tuple(_alts(g) for g in groups if not g.startswith("+")), (), "", "curated", form,
                             _alts(nxt) if nxt else frozenset(), _alts(prev) if prev else frozenset()))
    return entries


def _read_petrarch(path: Path) -> list[Entry]:
    entries = []
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t") + [""] * 8
        lemma, particle, typ, mode, _cameo, before, after = cols[:7]
        if not before and not after and not USE_PETRARCH_BARE_VERBS:
            continue
        before_groups = tuple(g for g in (_group(w) for w in before.split()) if g)
        after_groups = tuple(g for g in (_group(w) for w in after.split()) if g)
        entries.append(Entry((frozenset({lemma}),), typ, mode, "v", frozenset(), after_groups, before_groups,
                             particle, "petrarch", lemma))
    return entries


@dataclass
class Lexicon:
    verbs: dict[str, list[Entry]]
    nouns: dict[str, list[Entry]]

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> "Lexicon":
        """The shipped lexicon, or one read from ``paths`` (files in the format of curated.tsv)."""
        if paths is None:
            entries = _read_curated(RES / "curated.tsv") + (_read_petrarch(RES / "petrarch_verbs.tsv") if USE_PETRARCH else [])
        else:
            entries = [e for p in paths for e in _read_curated(Path(p))]
        blocked_verbs = {w for e in entries if e.type == "-" and e.pos == "v" for w in e.words[0]}
        verbs: dict[str, list[Entry]] = {}
        nouns: dict[str, list[Entry]] = {}
        for e in entries:
            if e.origin == "petrarch" and e.words[0] & blocked_verbs:
                continue
            index = verbs if e.pos == "v" else nouns
            for w in e.words[0]:
                index.setdefault(w, []).append(e)
        return cls(verbs, nouns)


@lru_cache(maxsize=1)
def bare_nouns() -> frozenset:
    """Verbs whose bare form is read as the verbal noun (resources/events/bare_nouns.tsv)."""
    return frozenset(normalize(line.strip()) for line in (RES / "bare_nouns.tsv").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon.load()
    # the context searches of its entries are made with the lexicon (load time, not per article)
    for entries in (*lex.verbs.values(), *lex.nouns.values()):
        for e in entries:
            for alts in (e.before, *e.after, *e.before_groups, *e.words[1:]):
                if alts:
                    _group_search(alts)
    return lex


class _SentenceKeys:
    """The ``_word_keys`` of a sentence's tokens, made when first asked for: only the words that
    may start a trigger and those a candidate entry looks at need their clitic readings."""

    __slots__ = ("tokens", "norm", "made")

    def __init__(self, tokens: Sequence[Span], norm: Sequence[str]):
        self.tokens, self.norm = tokens, norm
        self.made: list = [None] * len(tokens)

    def __len__(self) -> int:
        return len(self.made)

    def __getitem__(self, i: int) -> tuple[frozenset, frozenset, str]:
        k = self.made[i]
        if k is None:
            t = self.tokens[i]
            k = self.made[i] = _word_keys(t.text, t.attrs.get("kind") == "ar")
        return k


@lru_cache(maxsize=None)  # one per word group of the lexicon's entries
def _group_search(alts: frozenset):
    """A search for the letters a token's normalised form must contain for one of its readings to
    be a word of ``alts`` (the same pieces as ``_key_patterns``): tokens without them need no
    clitic readings."""
    pats = set(alts)
    pats |= {c + a[1:] for a in alts if a.startswith("ا") for c in _IMPERF}
    pats |= {a[:-1] + "ت" for a in alts if a.endswith("ه")}
    return re.compile("|".join(re.escape(p) for p in sorted(pats, key=lambda p: (-len(p), p)))).search


def _has(keys_list: _SentenceKeys, lo: int, hi: int, alts: frozenset, adjacent: int | None = None) -> bool:
    """Does a word of ``alts`` occur in tokens lo..hi-1? A one-letter alternative (a clitic
    preposition: متهمين بـ) only counts as the first letter of the ``adjacent`` token."""
    norm = keys_list.norm
    search = _group_search(alts)
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


def _match(e: Entry, i: int, keys: _SentenceKeys, tokens: Sequence[Span]) -> int | None:
    """Index of the last token of entry ``e`` matched at token ``i``, or None."""
    last = i
    for alts in e.words[1:]:
        j = next((k for k in range(last + 1, min(last + 1 + MULTI_GAP, len(keys))) if _has(keys, k, k + 1, alts)), None)
        if j is None:
            return None
        last = j
    if e.particle:
        nxt = keys.norm[last + 1] if last + 1 < len(keys) else ""
        if not (nxt == e.particle or (nxt and normalize(e.particle) == nxt)):
            return None
    if e.next_word and not (last + 1 < len(keys) and _has(keys, last + 1, last + 2, e.next_word)):
        return None
    if e.prev_word and not (i > 0 and _has(keys, i - 1, i, e.prev_word)):
        return None
    if e.before and not _has(keys, i - CONTEXT_WINDOW, i, e.before, adjacent=i - 1):
        return None
    for g in e.before_groups:
        if not _has(keys, i - CONTEXT_WINDOW, i, g):
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
            if not _has(keys, last + 1, hi, g, adjacent=last + 1):
                return None
    return last


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_keys(text: str, arabic: bool) -> tuple[frozenset, frozenset, str]:
    """(noun keys, verb keys, normalised form) of a token's text, computed once per word."""
    n = normalize(text)
    if not arabic:
        return frozenset({n}), frozenset({n}), n
    return noun_keys(text), verb_keys(text), n


@lru_cache(maxsize=1)
def _key_patterns() -> tuple:
    """What the normalised form of a word with an entry in the default lexicon must contain: a
    lexicon key itself (every noun and verb key of a word is a piece of it), a noun key's ـه as
    ت (هجمته -> هجمه), or a verb key's ا as the imperfect prefix (يتهم -> اتهم). Returns a search
    for the patterns shorter than three letters and the longer ones by their first three letters."""
    lex = lexicon()
    pats = set(lex.verbs) | set(lex.nouns)
    pats |= {c + k[1:] for k in lex.verbs if k.startswith("ا") for c in _IMPERF}
    pats |= {k[:-1] + "ت" for k in lex.nouns if k.endswith("ه")}
    short = sorted(p for p in pats if len(p) < 3)
    by_head: dict[str, list[str]] = {}
    for p in pats:
        if len(p) >= 3:
            by_head.setdefault(p[:3], []).append(p)
    short_search = re.compile("|".join(map(re.escape, short))).search if short else (lambda _w: None)
    return short_search, {h: tuple(ps) for h, ps in by_head.items()}


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _may_have_entry(norm: str) -> bool:
    """False when no reading of a word (its normalised form) can be a key of the default
    lexicon: a test on letters that spares the clitic readings of most words (about one word
    in eight of news text passes it)."""
    short_search, by_head = _key_patterns()
    if short_search(norm):
        return True
    get = by_head.get
    for k in range(len(norm) - 2):
        pats = get(norm[k:k + 3])
        if pats:
            for p in pats:
                if norm.startswith(p, k):
                    return True
    return False


def _candidates(lex: Lexicon, nk: frozenset, vk: frozenset, nounish: bool) -> list[Entry]:
    cands: list[Entry] = []
    for k in vk:
        cands.extend(lex.verbs.get(k, ()))
    for k in nk:
        cands.extend(lex.nouns.get(k, ()))
    if not cands:
        return cands
    return sorted(set(cands), key=lambda e: (e.weight, (e.pos == "n") == nounish, e.form), reverse=True)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _default_candidates(nk: frozenset, vk: frozenset, nounish: bool) -> tuple[Entry, ...]:
    return tuple(_candidates(lexicon(), nk, vk, nounish))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _has_entry(word_keys: tuple[frozenset, frozenset, str]) -> bool:
    """Does a word (its ``_word_keys``) have an entry in the default lexicon?"""
    lex = lexicon()
    return any(k in lex.verbs for k in word_keys[1]) or any(k in lex.nouns for k in word_keys[0])


# Preposition words after which an ambiguous verb/noun form (دعم، رفض، قصف) is the noun.
NOUN_AFTER = frozenset({"في", "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "خلال", "اجل", "لاجل", "حول", "بشان",
                        "عبر", "تجاه", "ضد", "بسبب", "جراء", "اثر", "عقب", "لدي", "حتي", "منذ"})


def detect(tokens: Sequence[Span], lex: Lexicon | None = None, norm: Sequence[str] | None = None) -> list[Trigger]:
    """Triggers in one sentence's tokens (non-overlapping, left to right). ``norm``: the tokens'
    normalised forms when the caller has them (``rasd.text.tokens.token_keys``)."""
    default = lex is None
    lex = lex or lexicon()
    if norm is None:
        norm = [normalize(t.text) for t in tokens]
    keys = _SentenceKeys(tokens, norm)
    out: list[Trigger] = []
    # only words with a lexicon entry can start a trigger: visit those, left to right
    starts = [n for n in compress(range(len(norm)), map(_may_have_entry, norm)) if _has_entry(keys[n])] \
        if default else range(len(tokens))
    i = 0
    for n in starts:
        if n < i:
            continue  # inside the trigger before
        i = n
        nk, vk, raw = keys[i]
        # a word that is both a verb and a noun entry (رفض): the noun when it has an article or a
        # preposition (بعد رفضها، الرفض، لرفضها), else the verb
        tok_parts = {p.label for p in tokens[i].attrs.get("parts", ())}
        nounish = bool(tok_parts & {"art", "prep"}) or raw.startswith(("ال", "بال", "وال", "لل"))
        best = None
        ordered = _default_candidates(nk, vk, nounish) if default else _candidates(lex, nk, vk, nounish)
        if (i > 0 and strip_conjunction(norm[i - 1], 2) in NOUN_AFTER) or strip_conjunction(raw) in bare_nouns():
            # after a preposition word the form is a verbal noun, never a finite verb (في دعم
            # المواطنين، الاستمرار في دعم لبنان), and so is the bare form of a bare_nouns.tsv
            # verb: only noun entries, with their own conditions
            ordered = [e for e in ordered if e.pos == "n"]
        for e in ordered:
            last = _match(e, i, keys, tokens)
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
        tok = tokens[i]
        start = tok.start
        parts = tok.attrs.get("parts", ())
        if parts and parts[0].label == "conj" and normalize(parts[0].text) == "و":
            start = parts[0].end  # وقبلت -> قبلت; a ف may be the verb's own letter (فجر)
        # a verb whose later words come after a gap has its subject in the gap (أطلق مسلحون النار
        # على): the trigger is the verb alone, so that the subject stays an actor after it
        end_tok = i if e.pos == "v" and last - i >= len(e.words) else last
        out.append(Trigger(start, tokens[end_tok].end, e.type, e.mode, i, end_tok, e.pos, e.origin, e.form,
                           last if end_tok != last else -1))
        i = last + 1
    return out


# ---------------------------------------------------------------------------------------------
# Sentence-level detector: logistic regression over words and lexicon triggers, trained on the
# 70% build split of the openeventdata PLOVER sentences (python -m rasd.train.event_detector).
# It decides whether a sentence reports an event of a type (a specific attack rather than a
# mention of "attacks" in general); the stage uses it to keep or drop lexicon triggers of the
# types it was trained for.

@lru_cache(maxsize=WORD_CACHE_SIZE)
def _canon(word: str) -> str:
    w = normalize(word)
    if len(w) > 3 and w[0] in _CONJ:
        w = w[1:]
    if len(w) > 4 and w[0] in _PREP and w[1:3] == "ال":
        w = w[1:]
    if w.startswith("لل") and len(w) > 4:
        w = w[2:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


# Feature set versions (detector.json records the one each type was trained with):
# 1 = words, word pairs and triggers; 2 = 1 + trigger position and number and the NER model's
# word clusters; 3 = words, triggers with position and number, and the context of the type's own
# triggers (below); 4 = 2 + that context. (Casualty and crowd counts from rasd.events.counts added
# nothing to the cross-validated F1 over the words and cost a fifth of the stage's time: not used.)
FEATURES_VERSION = 4
FEATURE_VERSIONS = (1, 2, 3, 4)
# Trigger position buckets (token index): headline-like starts, the lead clause, later.
_POS_BUCKETS = (3, 8, 16)
# Words either side of a trigger of the detected type that are features of their own (a crowd
# size or a date right after تظاهر، a negation or a modal right before it).
CONTEXT_SIDE = 3


def _bucket(i: int, edges: Sequence[int]) -> int:
    return next((k for k, e in enumerate(edges) if i < e), len(edges))


def _trigger_context(tokens: Sequence[Span], triggers: Sequence[Trigger], typ: str) -> set[str]:
    """What tells a report of an act from a mention of it, around each trigger of ``typ``: the
    trigger's form (past or imperfect verb, singular or plural noun: هاجم / يهاجم / هجوم /
    هجمات), its context (negated, future, conditional: ``modes.context_of``), its PLOVER mode
    and the words just before and after it."""
    from .modes import context_of, mode_of  # modes imports this module

    out: set[str] = set()
    for t in triggers:
        if t.type != typ:
            continue
        w = normalize(tokens[t.first].text)
        w = w[1:] if len(w) > 3 and w[0] in _CONJ else w
        if t.pos == "n":
            out.add("xf:noun-pl" if w.endswith("ات") else "xf:noun")
        else:
            out.add("xf:impf" if len(w) > 3 and w[0] in _IMPERF + "س" else "xf:past")
        out.add("xc:" + (context_of(t, tokens) or "none"))
        out.add("xm:" + (mode_of(t, tokens) or "none"))
        for side, lo, hi in (("xl:", t.first - CONTEXT_SIDE, t.first), ("xr:", t.last + 1, t.last + 1 + CONTEXT_SIDE)):
            for k in range(max(0, lo), min(len(tokens), hi)):
                out.add(side + _feature_word(tokens[k].text))
    return out


def sentence_features(tokens: Sequence[Span], triggers: Sequence[Trigger] | None = None,
                      version: int = FEATURES_VERSION, typ: str | None = None) -> list[str]:
    """Feature names of one sentence for the detector of type ``typ`` (see FEATURES_VERSION):
    words and word pairs (clitics off), lexicon triggers with their position and number, the NER
    model's word clusters (``rasd.entities.clusters``) and the context of the type's triggers
    (versions 3 and 4, which need ``typ``: a ValueError without it)."""
    if version not in FEATURE_VERSIONS:
        raise ValueError(f"unknown feature set {version} (known: {FEATURE_VERSIONS})")
    if version >= 3 and typ is None:
        raise ValueError("feature sets 3 and 4 need typ")
    if triggers is None:
        triggers = detect(tokens)
    words = [_feature_word(t.text) for t in tokens if t.attrs.get("kind") in ("ar", "num")]
    feats = {"w:" + w for w in words}
    if version != 3:
        feats |= {"b:" + a + "_" + b for a, b in zip(words, words[1:])}
    per_type: dict[str, int] = {}
    for t in triggers:
        feats.add("t:" + t.type)
        feats.add(f"t{t.pos}:" + t.type)
        feats.add("tf:" + t.form)
        if t.first < 6:
            feats.add("t0:" + t.type)
        if version >= 2:
            feats.add(f"tp{_bucket(t.first, _POS_BUCKETS)}:" + t.type)
            per_type[t.type] = per_type.get(t.type, 0) + 1
    for trig_type, n in per_type.items():
        feats.add(f"tn{min(n, 3)}:" + trig_type)
    if version in (2, 4):
        for w in set(words):
            feats.update(_cluster_features(w))
    if version >= 3:
        feats |= _trigger_context(tokens, triggers, typ)
    return sorted(feats)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _feature_word(word: str) -> str:
    """A token as a detector word: clitics off, any number as <num>."""
    w = _canon(word)
    return "<num>" if w[:1].isdigit() else w


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _cluster_features(word: str) -> tuple[str, ...]:
    """The detector's cluster features of a word: two levels of its cluster path."""
    return tuple("c:" + c for c in _clusters(word)[1:3])


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _clusters(word: str) -> tuple[str, ...]:
    """The word's cluster path in the NER model's Brown-style clusters (empty when unavailable)."""
    try:
        from ..entities.clusters import load_clusters
        from ..resources import Resources

        clusters = load_clusters(Resources.default())
        return clusters.get(word, ()) or clusters.get("ال" + word, ())
    except Exception:  # the NER model's clusters are optional here
        return ()


@dataclass
class Detector:
    weights: dict[str, dict[str, float]]  # type -> feature -> weight ("" is the bias)
    thresholds: dict[str, float]
    versions: dict[str, int] | int = 1  # per type, the feature set it was trained with (sentence_features)

    def version(self, typ: str) -> int:
        return self.versions if isinstance(self.versions, int) else int(self.versions.get(typ, 1))

    def prob(self, typ: str, feats: Sequence[str]) -> float | None:
        w = self.weights.get(typ)
        if w is None:
            return None
        import math

        z = w.get("", 0.0) + sum(map(w.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, typ: str, feats: Sequence[str]) -> bool | None:
        p = self.prob(typ, feats)
        return None if p is None else p >= self.thresholds.get(typ, 0.5)


DETECTOR_PATH = RES / "detector.json"
DETECTOR_REBUILD = "rasd train event-detector"


@lru_cache(maxsize=1)
def detector() -> Detector:
    """The shipped sentence detector (``detector.json``, written by ``rasd train event-detector``);
    a ModelError naming the file when it is missing, unreadable, not JSON or lacks weights and
    thresholds (the events stage reads it unless ``events_detector`` is off, as while the trainer
    collects its data)."""
    d = load_json_model(DETECTOR_PATH, "event detector", DETECTOR_REBUILD, _malformed_detector)
    return Detector(d["weights"], d["thresholds"], d.get("features", 1))


def _malformed_detector(d) -> str:
    """What is wrong with a loaded detector file's shape ("" when nothing)."""
    if not isinstance(d, dict):
        return "not a JSON object"
    weights, thresholds, versions = d.get("weights"), d.get("thresholds"), d.get("features", 1)
    if not isinstance(weights, dict) or not weights:
        return 'no "weights"'
    for typ, w in weights.items():
        if not isinstance(w, dict) or not all(isinstance(x, (int, float)) for x in w.values()):
            return f'"weights" of {typ} is not a map of feature to number'
    if not isinstance(thresholds, dict) or not all(isinstance(thresholds.get(t), (int, float)) for t in weights):
        return '"thresholds" lacks a number for each type with weights'
    if not (versions in FEATURE_VERSIONS or isinstance(versions, dict) and all(
            versions.get(t, 1) in FEATURE_VERSIONS for t in weights)):
        return '"features" is not a feature set version per type'
    return ""
