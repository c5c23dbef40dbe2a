"""Source and target of an event trigger from Arabic clause structure.

Candidates are the sentence's entity mentions (named or nominal) and unnamed group words
(``resources/events/unnamed_actors.tsv``: مسلحون، متظاهرون). Rules, tried in order:

- passive agent: ``من قبل X`` after the trigger makes X the source (خطفوا من قبل التنظيم);
- verbs, subject first (headlines, ``روسيا قد اقترحت``): an actor right before the verb, not
  governed by a preposition, is the source, the first actor after it the target;
- verbs, verb–subject–object: the first actor after the verb not governed by a preposition is the
  source, the next actor (direct object, or after على، ضد، بحق، مع، إلى، ل، ب، من) the target;
- nouns: an actor right after the noun (the genitive: غارات المقاتلات التركية) is the source,
  an actor after على، ضد، بحق، ل the target (هجوم … على); failing a genitive, the subject of the
  light verb before it (شنت روسيا هجوما) or the nearest actor before it;
- coordination: actors joined by و to a source or target give one event each (شكر بوتين الصين
  والبرازيل -> two SUPPORT events);
- bare noun phrases (``_np_roles``, ASSAULT/PROTEST/COERCE) where no actor fits: a bare subject
  (فجرت الجبهة، إن الانتحاريين فجرا), numbers and victims as objects (قتلت 32 متمردا), the victim
  genitive of مقتل/اغتيال/اختطاف, تعرض ل, casualties around an attack, protesters and what they
  protest against. They are kept as text with label ``NP``; the stage does not count them as the
  actor an event needs.

For ASSAULT and PROTEST a trained ranker (``argument_model``) then compares the rules' choices
with every candidate near the trigger and may replace them. Last, a possessed force word as the
source of a reported clause names the speaker (قال الجيش الأمريكي إن قواته قتلت مسلحا: the army).

A place noun carrying a preposition passes it on to the name after it (بشمال الصومال: the
Somalia of a place phrase, ب read as في, is no target).

Search is cut at ``CLAUSE_REACH`` tokens either side of the trigger and the stage passes only the
actors near it (``actors_near``), so a sentence of any length costs linear time.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..document import Document, Span
from ..text.normalize import normalize, strip_conjunction
from ..text.tokens import name_start
from .argument_model import rerank
from .triggers import Trigger, noun_keys

RES = Path(__file__).resolve().parents[1] / "resources" / "events"

# Stand-alone prepositions that govern a following actor (it is then no subject).
PREPOSITIONS = {"علي", "ضد", "الي", "مع", "في", "من", "عن", "بحق", "لدي", "حول", "بين", "خلال", "عبر",
                "نحو", "تجاه", "امام", "بعد", "قبل", "منذ", "لصالح", "بشان", "عند", "داخل", "مثل"}
# Generic place nouns that stand between a preposition and a place name (في مدينة إسطنبول).
PLACE_NOUNS = {"مدينه", "محافظه", "منطقه", "ولايه", "بلده", "قريه", "العاصمه", "اقليم", "قضاء", "مخيم",
               "المدينه", "المنطقه", "الولايه", "ميناء", "مطار", "حي", "شمال", "جنوب", "شرق", "غرب", "وسط"}
# Words that may stand between a verb and its subject (اقترح يوم الأحد بوتين is rare, but
# أعلن أمس الجيش is common): time adverbs.
TIME_WORDS = {"يوم", "اليوم", "امس", "الان", "مساء", "صباح", "ليل", "فجر", "الاحد", "الاثنين", "الثلاثاء",
              "الاربعاء", "الخميس", "الجمعه", "السبت", "قد", "ايضا", "مجددا", "حتي", "بدوره", "بدورها"}
# Quantities between a verb and its subject (تجمع نحو 700 متظاهر، خرج الآلاف من المتظاهرين).
QUANTIFIERS = {"نحو", "حوالي", "قرابه", "زهاء", "مئات", "الاف", "الالاف", "عشرات", "العشرات", "المئات", "مئه",
               "مائه", "الف", "عدد", "اكثر", "اقل", "بضع", "بضعه", "الاف"}
# Prepositions that introduce a target (the one acted upon or addressed).
TARGET_PREPS = {"علي", "ضد", "بحق", "مع", "الي", "ل", "ب", "من", "لدي", "تجاه", "نحو"}
# A subject stands close to its verb; beyond this many tokens a preceding actor is no subject.
SUBJECT_GAP = 2
# Arguments are looked for within this many tokens of the trigger: an Arabic news clause with
# its subject, object and a prepositional phrase rarely spans more.
ARG_WINDOW = 8
# Clause search is cut this many tokens either side of the trigger, so that a sentence with no
# punctuation (a 10,000-word run-on) costs linear time: every rule looks much closer (the
# argument window, a light verb 7 words back, a quantifier gap of 4, a long name or a conjunct
# chain), and 40 leaves room for all of them together.
CLAUSE_REACH = 40
# Punctuation that closes a clause: arguments are not looked for across it.
# Commas are not clause ends: Arabic news sets off appositions and time phrases with them
# (تعهد رئيس الإقليم مسعود بارزاني، اليوم (الاثنين)، بالانتقام من داعش).
CLAUSE_PUNCT = set(".;؛:!?؟")
# Victims: reported as the grammatical subject of a passive (قتل 28 شخصا): never a source.
VICTIMS = {"اشخاص", "شخصا", "شخص", "قتلي", "جرحي", "جنديا", "شرطيا", "مدنيين", "مدنيون", "رهاين", "سكان", "مواطنين", "مواطنون"}


@lru_cache(maxsize=1)
def unnamed_actor_words() -> frozenset:
    path = RES / "unnamed_actors.tsv"
    words = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(normalize(line.strip()))
    return frozenset(words)


@dataclass
class Actor:
    first: int  # token indices (inclusive) in the sentence's token list
    last: int
    start: int
    end: int
    entity: str | None
    text: str
    code: str | None
    label: str
    nominal: bool = False


def _token_range(tokens: Sequence[Span], start: int, end: int,
                 starts: Sequence[int] | None = None, ends: Sequence[int] | None = None) -> tuple[int, int] | None:
    """First and last token overlapping [start, end) (tokens sorted and non-overlapping)."""
    if starts is None:
        starts = [t.start for t in tokens]
    if ends is None:
        ends = [t.end for t in tokens]
    a = bisect.bisect_right(ends, start)  # first token with end > start
    b = bisect.bisect_left(starts, end) - 1  # last token with start < end
    return (a, b) if a <= b else None


def mention_index(doc: Document) -> tuple[list[int], list[tuple]]:
    """Every entity mention of the document, sorted by start (built once per document, so that
    each sentence finds its own mentions by bisection): (starts, [(start, order, entity, mention)])."""
    rows = [(m.start, (n, j), ent, m) for n, ent in enumerate(doc.entities) for j, m in enumerate(ent.mentions)]
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[0] for r in rows], rows


def sentence_actors(doc: Document, tokens: Sequence[Span], mentions: tuple | None = None) -> list[Actor]:
    """Entity mentions and unnamed group words in one sentence, in reading order. ``mentions``:
    ``mention_index(doc)``, built once per document (else it is built here)."""
    if not tokens:
        return []
    s, e = tokens[0].start, tokens[-1].end
    out: list[Actor] = []
    covered = set()
    m_starts, m_rows = mentions if mentions is not None else mention_index(doc)
    lo_m, hi_m = bisect.bisect_left(m_starts, s), bisect.bisect_right(m_starts, e)
    t_starts = [t.start for t in tokens]
    t_ends = [t.end for t in tokens]
    # entity order, then mention order, as the mentions were read before the index existed
    for _ms, _order, ent, m in sorted(m_rows[lo_m:hi_m], key=lambda r: r[1]):
        if m.start < s or m.end > e:
            continue
        rng = _token_range(tokens, m.start, m.end, t_starts, t_ends)
        if rng is None:
            continue
        code = ent.attrs.get("code") or ent.attrs.get("country")
        label = ent.label
        if label == "LOC" and not ent.attrs.get("code"):
            # a place with no actor code (a city, a region) is where things happen, not who
            # does them; countries carry a code and stay actors (روسيا، موسكو for Russia)
            label = "PLACE"
        out.append(Actor(rng[0], rng[1], m.start, m.end, ent.id, m.text, code, label,
                         m.attrs.get("kind") == "nominal"))
        covered.update(range(rng[0], rng[1] + 1))
    words = unnamed_actor_words()
    starts = {a.first: a for a in out}
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if i in covered or t.attrs.get("kind") != "ar" or not (noun_keys(t.text) & words):
            i += 1
            continue
        if i + 1 in starts:
            # a group word before a name is part of the actor: قوات البشمركة، متمردو حزب العمال
            a = starts[i + 1]
            a.first, a.start = i, name_start(t)
            a.text = doc.text[a.start:a.end]
            covered.add(i)
            i += 1
            continue
        last = i
        # a following definite noun (قوات الأمن) and nisba adjective (القوات التركية) belong
        # to the group
        if i + 1 < len(tokens) and i + 1 not in covered and _is_definite_noun(tokens[i + 1].text) \
                and not normalize(t.text).startswith("ال"):
            last = i + 1
        if last + 1 < len(tokens) and last + 1 not in covered and _is_adjective(tokens[last + 1].text):
            last += 1
        elif not normalize(t.text).startswith("ال"):
            # indefinite groups take indefinite adjectives or a second group word (مسلحين
            # مجهولين، متظاهرون فلسطينيون، جنودا متمردين)
            while last + 1 < len(tokens) and last + 1 not in covered and tokens[last + 1].get("kind") == "ar" and (
                    _is_indefinite_adjective(tokens[last + 1].text) or noun_keys(tokens[last + 1].text) & words):
                last += 1
        start = name_start(t)
        label = "VICTIM" if noun_keys(t.text) & VICTIMS else "GROUP"
        out.append(Actor(i, last, start, tokens[last].end, None, doc.text[start:tokens[last].end], None, label))
        i = last + 1
    # Overlapping mentions: keep the longest (a nominal الرئيس الروسي over a name inside it).
    out.sort(key=lambda a: (a.first, -(a.last - a.first), a.nominal))
    kept: list[Actor] = []
    for a in out:
        if kept and a.first <= kept[-1].last:
            continue
        prev = kept[-1] if kept else None
        # apposition: a title and the name of one entity side by side are one actor
        # (الرئيس الروسي فلاديمير بوتين); the longer surface is kept as its text
        if prev is not None and a.entity and a.entity == prev.entity and a.first - prev.last <= 1:
            longer = a if (a.end - a.start) > (prev.end - prev.start) and not a.nominal else prev
            kept[-1] = Actor(prev.first, a.last, prev.start, a.end, a.entity, longer.text, a.code or prev.code,
                             a.label, prev.nominal and a.nominal)
            continue
        kept.append(a)
    return kept


COMMON_ADJECTIVES = {"السابق", "السابقه", "الجديد", "الجديده", "المسلح", "المسلحه", "الحاكم", "الحاكمه",
                     "المعارض", "المعارضه", "المتحده", "المتطرف", "المتطرفه"}
_FUNCTION = {"الذي", "التي", "الذين", "الان", "الي", "الا", "اللذين", "اللتين"}


def _is_definite_noun(word: str) -> bool:
    w = normalize(word)
    return w.startswith("ال") and len(w) > 3 and w not in _FUNCTION


def _is_indefinite_adjective(word: str) -> bool:
    w = normalize(word)
    return not w.startswith("ال") and len(w) > 4 and w.endswith(("يون", "يين", "ين", "يه", "يا", "ون")) \
        and w not in ("الذين", "اللذين")


def _is_adjective(word: str) -> bool:
    w = normalize(word)
    # nisba adjectives (التركية، الأوكرانيين) and a few common others (الحكومة السابقة)
    return (w.startswith("ال") and len(w) > 4 and w.endswith(("ي", "يه", "يون", "يين", "ين"))
            and w not in ("الذي", "التي", "الذين")) or w in COMMON_ADJECTIVES


def governor(tokens: Sequence[Span], i: int) -> str | None:
    """The preposition governing the word at token ``i`` (a clitic ب ل ك or a word before it)."""
    t = tokens[i]
    for p in t.attrs.get("parts", ()):
        if p.label == "prep":
            return normalize(p.text)
    if i >= 2 and (normalize(tokens[i - 2].text), normalize(tokens[i - 1].text)) in (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي")):
        return "by"  # passive agent: من قبل التنظيم، على يد عشرة متمردين، على أيدي مسلحين
    k = i - 1
    while k >= 0:
        prev = normalize(tokens[k].text)
        prev = prev[1:] if len(prev) > 2 and prev[0] in "وف" else prev
        if prev in PREPOSITIONS:
            return prev
        # في مدينة إسطنبول: a generic place noun between the preposition and the name
        # (بشمال الصومال: the preposition is a clitic of the place noun)
        if k == i - 1 and (prev in PLACE_NOUNS or noun_keys(tokens[k].text) & PLACE_NOUNS):
            for p in tokens[k].attrs.get("parts", ()):
                if p.label == "prep":
                    g = normalize(p.text)
                    return "في" if g == "ب" else g  # بشمال الصومال، بمدينة: ب of place is في
            k -= 1
            continue
        break
    return None


def _clause_bounds(tokens: Sequence[Span], i: int, j: int) -> tuple[int, int]:
    """The clause around tokens i..j, cut at CLAUSE_REACH tokens either side."""
    lo = i
    floor = max(0, i - CLAUSE_REACH)
    while lo > floor and tokens[lo - 1].text not in CLAUSE_PUNCT:
        lo -= 1
    hi = j
    ceiling = min(len(tokens) - 1, j + CLAUSE_REACH)
    while hi < ceiling and tokens[hi + 1].text not in CLAUSE_PUNCT:
        hi += 1
    return lo, hi


def actors_near(actors: list[Actor], first: int, last: int, firsts: Sequence[int] | None = None,
                lasts: Sequence[int] | None = None, reach: int = CLAUSE_REACH) -> list[Actor]:
    """The actors (sorted, non-overlapping) within ``reach`` tokens of tokens first..last; pass
    the actors' ``firsts`` and ``lasts`` once per sentence to keep this logarithmic."""
    if lasts is None:
        lasts = [a.last for a in actors]
    if firsts is None:
        firsts = [a.first for a in actors]
    a = bisect.bisect_left(lasts, first - reach)
    b = bisect.bisect_right(firsts, last + reach, lo=a)
    return actors[a:b]


def _conjuncts(actors: list[Actor], k: int, tokens: Sequence[Span]) -> list[Actor]:
    """Actor k and the actors joined to it by و (الصين والبرازيل وأفريقيا)."""
    out = [actors[k]]
    cur = actors[k]
    for n in range(k + 1, len(actors)):
        nxt = actors[n]
        gap = nxt.first - cur.last
        t = tokens[nxt.first]
        joined = (gap == 1 and normalize(t.text).startswith("و")) or \
                 (gap == 2 and normalize(tokens[cur.last + 1].text) == "و")
        if not joined:
            break
        out.append(nxt)
        cur = nxt
    return out


@dataclass
class Roles:
    sources: list[Actor]
    targets: list[Actor]
    how: str = ""  # which rule found the source (passive, subject, vso, genitive, light-verb, topic), or model


# Verbs whose subject does the act named by the noun after them (شنت روسيا هجوما، قام المتطرفون
# باجتياح، تمكنت قوات البشمركة من استعادة، نفذ التنظيم مذابح).
LIGHT_VERBS = {"كشف", "قيام", "قام", "نفذ", "شن", "اجري", "عقد", "بدا", "تمكن", "واصل", "تبني", "خاض", "ارتكب", "نظم",
               "قرر", "حاول", "استانف", "جدد", "اعلن", "يقوم", "تقوم", "قامت", "نفذت", "شنت", "اجرت", "عقدت",
               "بدات", "تمكنت", "واصلت", "تبنت", "خاضت", "ارتكبت", "نظمت", "قررت", "حاولت"}


# How many words before a nominal act its light verb may be (قامت الجماعة في ديسمبر (كانون
# الأول) 2005 بخطف): the 7 tokens the rule always allowed, counting words only, so that
# punctuation and numbers in between do not push the verb out of reach.
LIGHT_VERB_WORDS = 7


def _light_verb_before(tokens: Sequence[Span], i: int, lo: int) -> int | None:
    from .triggers import verb_keys

    words = 0
    for k in range(i - 1, lo - 1, -1):
        if tokens[k].get("kind") != "ar":
            continue
        words += 1
        if words > LIGHT_VERB_WORDS:
            break
        w = normalize(tokens[k].text)
        if w in LIGHT_VERBS or (verb_keys(tokens[k].text) & LIGHT_VERBS):
            return k
    return None


def light_verb_subject(trig: Trigger, tokens: Sequence[Span], actors: list[Actor]) -> Actor | None:
    """The subject of the verb that governs a nominal trigger (كشف الأعرجي عن هدر ...)."""
    lo, _hi = _clause_bounds(tokens, trig.first, trig.last)
    lv = _light_verb_before(tokens, trig.first, lo)
    if lv is None:
        return None
    acts = [a for a in actors if a.label != "PLACE"]
    k = _subject_after(acts, [k for k in range(len(acts)) if lv < acts[k].first < trig.first], tokens, lv)
    return acts[k] if k is not None else None


def _subject_after(actors: list[Actor], after: list[int], tokens: Sequence[Span], pos: int) -> int | None:
    """The actor that is the subject right after a verb at token ``pos`` (time words and
    quantities may intervene: تجمع نحو 700 متظاهر، خرج مئات من المتظاهرين)."""
    for k in after:
        a = actors[k]
        gap = [normalize(t.text) for t in tokens[pos + 1:a.first]]
        gap = [g[1:] if len(g) > 3 and g[0] in "وف" else g for g in gap]
        g0 = governor(tokens, a.first)
        if g0 is not None and not (g0 == "من" and len(gap) >= 2 and gap[-2] in QUANTIFIERS):
            return None
        if all(g in TIME_WORDS or g in QUANTIFIERS or g in CLAUSE_PUNCT or g[:1].isdigit() or g == "من"
               for g in gap) and len(gap) <= 4:
            return k
        return None
    return None


def _subject_before(actors: list[Actor], before: list[int], tokens: Sequence[Span], pos: int) -> int | None:
    if not before:
        return None
    k = before[-1]
    a = actors[k]
    if governor(tokens, a.first) is not None:
        return None
    gap = [normalize(t.text) for t in tokens[a.last + 1:pos]]
    if len(gap) <= SUBJECT_GAP and all(g in TIME_WORDS or g in ("قد", "لقد", "فقد", "وقد", "هي", "هو", "التي", "الذي") for g in gap):
        # a conjunction ending at k (بريطانيا وفرنسا حثت) is taken only from its first member when
        # that member starts the clause; otherwise و may join two clauses (تردع داعش والولايات
        # المتحدة ستقدم)
        first = k
        while first - 1 in before and _conjuncts(actors, first - 1, tokens)[-1] is a:
            first -= 1
        if first != k and not _clause_initial(tokens, actors[first].first):
            return k
        return first
    return None


RELATIVES = {"التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"}
NP_TARGET_TYPES = {"ASSAULT", "PROTEST", "COERCE", "SANCTION", "THREATEN"}


# على يد / على أيدي X names the doer (governor "by"), not what the act is against.
AGENT_HANDS = {"يد", "ايدي"}


def _np_after_prep(tokens: Sequence[Span], last: int, hi: int) -> Actor | None:
    """The noun phrase after the first على/ضد/بحق within a few words of the trigger, as text."""
    for k in range(last + 1, min(hi, last + 6) + 1):
        w = normalize(tokens[k].text)
        if w in ("علي", "ضد", "بحق") and k + 1 <= hi and tokens[k + 1].get("kind") == "ar" \
                and normalize(tokens[k + 1].text) not in AGENT_HANDS:
            j = k + 1
            while j + 1 <= hi and tokens[j + 1].get("kind") == "ar" and (
                    _is_adjective(tokens[j + 1].text) or _is_definite_noun(tokens[j + 1].text)) and j - k < 3:
                j += 1
            start = name_start(tokens[k + 1])
            return Actor(k + 1, j, start, tokens[j].end, None, tokens[k + 1].text[start - tokens[k + 1].start:]
                         + (" " + " ".join(t.text for t in tokens[k + 2:j + 1]) if j > k + 1 else ""), None, "NP")
    return None


_NOT_OBJECT = {"في", "من", "الي", "علي", "عن", "مع", "امس", "اليوم", "يوم", "قد", "ان", "انه", "بعد", "قبل",
               "خلال", "منذ", "حيث", "كما", "ما", "لا", "لم", "الذي", "التي", "الذين", "و", "او", "ثم", "حتي"}


def _np_at(tokens: Sequence[Span], k: int, hi: int) -> Actor | None:
    """A short noun phrase starting at token k (a noun and the names or adjectives after it)."""
    # time phrases between the verb and its object (قتلت أول من أمس أربعة من المتهمين)
    while k + 2 <= hi and k + 2 < len(tokens) and [normalize(t.text) for t in tokens[k:k + 3]] == ["اول", "من", "امس"]:
        k += 3
    while k <= hi and k < len(tokens) and normalize(tokens[k].text) in TIME_WORDS:
        k += 1
    if k > hi or k >= len(tokens) or tokens[k].get("kind") != "ar":
        return None
    w = normalize(tokens[k].text)
    if w in _NOT_OBJECT or w in TIME_WORDS or any(p.label in ("prep", "conj") for p in tokens[k].attrs.get("parts", ())):
        return None
    j = k
    while j + 1 <= hi and j - k < 3 and tokens[j + 1].get("kind") == "ar" and normalize(tokens[j + 1].text) not in _NOT_OBJECT \
            and normalize(tokens[j + 1].text) not in TIME_WORDS and not any(
                p.label in ("prep", "conj") for p in tokens[j + 1].attrs.get("parts", ())):
        j += 1
    return Actor(k, j, tokens[k].start, tokens[j].end, None, " ".join(t.text for t in tokens[k:j + 1]), None, "NP")


def _clause_initial(tokens: Sequence[Span], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in CLAUSE_PUNCT or normalize(tokens[i - 1].text) in ("ان", "لكن", "بينما")


# Types whose source and target are often no named actor but a bare noun phrase (انتحارية،
# طائرة بلا طيار، شخصا، مقر الحزب): they fall back to noun phrases when no actor fits.
NP_ARG_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
# Nouns of acts whose genitive is the one acted upon (مقتل X، اغتيال X، اختطاف X), not the doer.
OBJECT_NOUNS = {"مقتل", "اغتيال", "خطف", "اختطاف", "اعتقال", "اصابه", "استهداف", "احتجاز", "تفجير", "اقتحام",
                "مداهمه", "قصف", "استشهاد", "اعدام", "تعذيب", "ضرب", "قتل", "اغتيالات"}
# Nouns and verbs reporting casualties before the attack that caused them (مقتل جندي ... في هجوم).
CASUALTY_WORDS = {"مقتل", "اصابه", "استشهاد", "سقوط", "جرح", "قتل", "اصيب", "مصرع", "لقي"}
# Casualties told after the attack (أسفر انفجار سيارة ملغومة في وسط المدينة عن مقتل عشرة): how far.
CASUALTY_AFTER = 15
# How far back a casualty word may stand from the attack it reports (مقتل شخصين على الأقل
# وإصابة 18 آخرين بجروح في هجوم: a clause of that length).
CASUALTY_REACH = 14
# Words after which the next noun is what a protest is against (المناهضة لإيران، احتجاجا على).
PROTEST_AGAINST = {"ضد", "علي", "المناهضه", "المناهض", "المناهضين", "مناهضه", "المناوئه", "مناوئه", "المنددين",
                   "تنديدا", "احتجاجا", "رفضا", "المعارضه", "المطالبه", "للمطالبه", "بحق", "امام", "مطالبين", "مطالبا",
                   "منددين", "منددا", "معاديه", "المعاديه", "للتنديد", "المناوئين", "المعارضين", "المعارضون",
                   "داعين", "مطالبه", "نحو"}
# How far after a protest trigger its object may come (time, place and size phrases first:
# تجمع آلاف المتظاهرين أمس في خور كبرى بلدات باجور ضد ...).
PROTEST_REACH = 14
# Verbs meaning "was subjected to" (تعرضت القافلة لهجوم): their subject is the attack's target.
SUFFER_VERBS = {"تعرض", "يتعرض", "تتعرض", "تعرضت", "تعرضوا", "يتعرضون"}
# Words for protesters: the source of a protest in preference to anyone else in the clause.
PROTESTERS = {"متظاهر", "متظاهرون", "متظاهرين", "متظاهرا", "متظاهرو", "محتج", "محتجون", "محتجين", "محتجا", "محتجو",
              "معتصمون", "معتصمين", "مضربون", "مضربين", "نشطاء", "ناشطون", "ناشطين", "طلاب", "طلبه", "المتظاهرون"}
# Auxiliary and copular verbs that stand where a noun phrase could (انه تم خطفهما).
AUXILIARIES = {"تم", "يتم", "جري", "يجري", "كان", "كانت", "يكون", "تكون", "لقد", "قد", "ظل", "بات", "اصبح"}
# Reflexive objects (فجر نفسه): the suicide attacker is no target; the target is near the place
# word after it (قرب، وسط، أمام، داخل).
REFLEXIVES = {"نفسه", "نفسها", "نفسيهما", "انفسهم"}
NEAR_WORDS = {"قرب", "وسط", "امام", "داخل", "عند", "بين", "علي", "في", "بالقرب"}
# A subject stands this close before its verb in an أن-clause (إن انتحارية فجرت نفسها).
NP_SUBJECT_REACH = 3


def _np(tokens: Sequence[Span], k: int, hi: int) -> Actor | None:
    """The bare noun phrase starting at token k: a noun and the adjectives or definite nouns after
    it (جنودا متمردين، مقر حزب، الجيش الأمريكي), at most four words, as text."""
    if k < 0 or k > hi or k >= len(tokens):
        return None
    j = np_extent(tokens, k, hi)
    return None if j is None else np_actor(tokens, k, j)


# Counting nouns that head a construct although they look definite or plural once normalised
# (as normalize writes them: آلاف -> الاف، مئات -> ميات).
COUNT_HEADS = {"الاف", "الف", "ميات", "عشرات", "ملايين", "مليون", "الوف"}


def np_extent(tokens: Sequence[Span], k: int, hi: int) -> int | None:
    """The last token of the bare noun phrase starting at token k (not beyond ``hi``), or None
    where no noun phrase starts there. The phrase is cut at ``hi`` and is otherwise the same for
    any ``hi``, so callers may find it once for the whole sentence."""
    t = tokens[k]
    w = normalize(t.text)
    bare = w[1:] if len(w) > 2 and w[0] in "وف" else w
    if w == "اول" and k + 1 < len(tokens) and normalize(tokens[k + 1].text) == "من":
        return None  # أول من أمس: a time phrase
    if bare in AUXILIARIES:
        return None  # تم خطفهما، كان قد: a verb of the clause, not a noun
    if t.attrs.get("kind") != "ar" or w in _NOT_OBJECT or bare in _NOT_OBJECT or w in TIME_WORDS or w in RELATIVES \
            or w in CLAUSE_PUNCT or any(p.label == "conj" for p in t.attrs.get("parts", ())) or len(w) < 2 \
            or noun_keys(t.text) & PREPOSITIONS:  # خلالها، عليهم: a preposition with a pronoun
        return None
    j = k
    while j + 1 <= hi and j + 1 < len(tokens) and j - k < 3:
        n = tokens[j + 1]
        nw = normalize(n.text)
        if n.attrs.get("kind") != "ar" or nw in _NOT_OBJECT or nw in TIME_WORDS or nw in RELATIVES \
                or any(p.label in ("prep", "conj") for p in n.attrs.get("parts", ())):
            break
        if not (_is_adjective(n.text) or _is_definite_noun(n.text) or _is_indefinite_adjective(n.text)
                or (j == k and not w.startswith("ال") and not w.endswith(("ين", "ون", "ا")))
                or (j == k and bare in COUNT_HEADS)):  # آلاف المتظاهرين (الاف is no definite noun)
            # construct state (مقر حزب، مسلحو حماس): not after a word ending like a full plural or
            # an accusative (آخرين، شخصا), which cannot head one
            break
        j += 1
    return j


def np_actor(tokens: Sequence[Span], k: int, j: int) -> Actor:
    """Tokens k..j as a bare noun phrase (label ``NP``), without a leading preposition."""
    t = tokens[k]
    start = name_start(t) if any(p.label == "prep" for p in t.attrs.get("parts", ())) else t.start
    text = t.text[start - t.start:] + ("" if j == k else " " + " ".join(x.text for x in tokens[k + 1:j + 1]))
    return Actor(k, j, start, tokens[j].end, None, text, None, "NP")


def _quantity_start(tokens: Sequence[Span], k: int) -> bool:
    """Does a count, a victim word or a reflexive start at token k (قتل 18 شخصا، قتل ثلاثة
    مدنيين، فجر نفسه)? Then it is the verb's object or a passive's subject, not the doer."""
    from .counts import starts_number

    w = normalize(tokens[k].text)
    return w[:1].isdigit() or w in QUANTIFIERS or bool(noun_keys(tokens[k].text) & VICTIMS) \
        or w in ("نفسه", "نفسها", "نفسيهما", "انفسهم") or starts_number(tokens[k].text)


def _actor_at(actors: list[Actor], first: int | None = None, last: int | None = None) -> Actor | None:
    for a in actors:
        if (first is None or a.first == first) and (last is None or a.last == last):
            return a
    return None


def _np_subject_before(trig: Trigger, tokens: Sequence[Span], actors: list[Actor], src: list, tgt: list, how: str,
                       lo: int) -> tuple[list, list, str]:
    """A bare noun subject before the verb, in an أن-clause or at the clause start (إن انتحارية
    فجرت نفسها، لكن التنصت الأمريكي استهدف); a number or victim word there is the passive's subject."""
    for k in range(trig.first - 1, max(lo - 2, trig.first - 2 - NP_SUBJECT_REACH), -1):
        if k == lo - 1 or tokens[k].text in CLAUSE_PUNCT or normalize(tokens[k].text) in (
                "ان", "انه", "بان", "لكن", "حيث", "اذ", "عندما"):
            np = _actor_at(actors, first=k + 1) or _np(tokens, k + 1, trig.first - 1)
            if np is not None and np.first < trig.first and np.last == trig.first - 1:
                if _quantity_start(tokens, np.first):
                    if not tgt:
                        tgt = [np]
                else:
                    src, how = [np], "subject-np"
            break
    return src, tgt, how


def _casualties(tokens: Sequence[Span], actors: list[Actor], m: int, end: int) -> Actor | None:
    """The victims counted from token m (numbers, quantities and time words skipped)."""
    while m <= end and (normalize(tokens[m].text)[:1].isdigit() or normalize(tokens[m].text) in QUANTIFIERS
                        or normalize(tokens[m].text) in ("من", "نحو") or normalize(tokens[m].text) in TIME_WORDS):
        m += 1
    v = _actor_at(actors, first=m) or _np(tokens, m, end)
    return v if v is not None and v.first <= end else None


# Nouns of armed men that, with a pronoun suffix, name the forces of the speaker of the clause
# (قال الجيش الأمريكي إن قواته قتلت مسلحا: the doer is the army).
FORCE_NOUNS = {"قوات", "عناصر", "جنود", "مقاتلي", "طايرات", "رجال", "وحدات", "مسلحي", "افراد", "قوه"}
POSSESSIVE_SUFFIXES = ("ه", "ها", "هم")
OWNER_REACH = 8  # the verb of saying stands this close before the أن of its clause


# أنّ with the pronoun of the one who speaks (قال الحلف إنه قتل، أعلنت الحركة أنها خطفت).
THAT_PRONOUNS = {"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"}
REPORTED_DOER = True  # switch: the speaker as the doer of إنه + verb (see _reported_doer)


def _speaker_before(tokens: Sequence[Span], actors: list[Actor], k: int) -> Actor | None:
    """The actor right after a verb of saying (within three tokens), or else the one right before
    it (الجيش قال إن), the verb at most OWNER_REACH tokens before token k, in the same clause, not
    governed by a preposition."""
    from .argument_model import SPEECH, _feats_word

    for v in range(k - 1, max(-1, k - 1 - OWNER_REACH), -1):
        if tokens[v].text in CLAUSE_PUNCT:
            return None
        if _feats_word(tokens[v].text) in SPEECH:
            return next((b for b in actors if v < b.first <= v + 3 and b.last < k and governor(tokens, b.first) is None),
                        None) or next((b for b in actors if b.last == v - 1 and governor(tokens, b.first) is None), None)
    return None


def _reported_doer(trig: Trigger, tokens: Sequence[Span], actors: list[Actor], src: list, tgt: list) -> tuple[list, list]:
    """قال الحلف إنه قتل عددا من زعماء طالبان: the subject of a verb right after أنّ with a pronoun
    is the speaker, when the verb has an object (no preposition after it: إنه قتل في انفجار is
    the passive, he was killed). The phrase the rules took for the source then is the target,
    where none was found and it stands after the verb."""
    k = trig.first - 1
    if k > 0 and _bare(tokens[k].text) == "قد":
        k -= 1
    if k < 1 or _bare(tokens[k].text) not in THAT_PRONOUNS or trig.last + 1 >= len(tokens):
        return src, tgt
    nxt = tokens[trig.last + 1]
    if nxt.attrs.get("kind") != "ar" or governor(tokens, trig.last + 1) is not None or _bare(nxt.text) in PREPOSITIONS:
        return src, tgt
    speaker = _speaker_before(tokens, actors, k)
    if speaker is None or any(a is speaker for a in src):
        return src, tgt
    if not tgt:
        tgt = [a for a in src if a.first > trig.last][:1]
    tgt = [a for a in tgt if (a.entity or a.text) != (speaker.entity or speaker.text)]
    return [speaker], tgt


def _owner(tokens: Sequence[Span], actors: list[Actor], a: Actor) -> Actor:
    """The speaker for a possessed force word right after أن/إن in a clause of saying (قال X إن
    قواته ...), else the actor itself."""
    if a.first != a.last or a.entity or a.first < 3:
        return a
    w = normalize(tokens[a.first].text)
    if not any(w.endswith(x) and w[:-len(x)] in FORCE_NOUNS for x in POSSESSIVE_SUFFIXES):
        return a
    if _bare(tokens[a.first - 1].text) not in ("ان", "بان"):
        return a
    return _speaker_before(tokens, actors, a.first - 1) or a


def _bare(word: str) -> str:
    """A word normalised, without a leading و or ف."""
    return strip_conjunction(normalize(word))


def _np_roles(trig: Trigger, tokens: Sequence[Span], actors: list[Actor], src: list, tgt: list, how: str,
              lo: int, hi: int) -> tuple[list, list, str]:
    """Bare noun phrases as source and target where no actor was found (ASSAULT, PROTEST, COERCE)."""
    keys = noun_keys(tokens[trig.first].text)
    if trig.pos == "n" and keys & OBJECT_NOUNS:
        # اغتيال النائب وليد عيدو، مقتل رجل دين: the genitive is the victim
        if how == "genitive" and not tgt:
            tgt, src, how = src, [], ""
        if not tgt:
            a = _actor_at(actors, first=trig.last + 1)
            np = a or _np(tokens, trig.last + 1, hi)
            if np is not None and not (np.first == trig.last + 1 and governor(tokens, np.first) is not None):
                tgt = [np]
    if not tgt:
        # تعرضت قافلته لهجوم، 55 سفينة تعرضت للهجوم: the one subjected to it
        for k in range(trig.first - 1, max(lo, trig.first - 6) - 1, -1):
            if normalize(tokens[k].text) in SUFFER_VERBS or normalize(tokens[k].text)[1:] in SUFFER_VERBS:
                subj = _actor_at(actors, first=k + 1) or (_np(tokens, k + 1, trig.first - 1) if k + 1 < trig.first else None)
                if subj is None and k > lo:
                    subj = next((a for a in actors if a.last == k - 1), None)
                    if subj is None:
                        # the head noun of the phrase before the verb (سفير بولندا تعرضت قافلته)
                        b = k - 1
                        if b - 1 >= lo and normalize(tokens[b].text) == "الاقل" and normalize(tokens[b - 1].text) == "علي":
                            b -= 2  # 55 سفينة على الأقل تعرضت للهجوم
                        while b - 1 >= lo and b - (k - 1) > -3 and _is_adjective(tokens[b].text):
                            b -= 1
                        subj = _np(tokens, b, k - 1)
                if subj is not None:
                    tgt = [subj]
                    if src and any(s.first == subj.first for s in src):
                        src = []
                break
    # joined by و to the verb before (وقتلوا): it shares that verb's subject; a ف is often the
    # verb's own letter (فجرت)
    conj = any(p.label == "conj" and normalize(p.text) == "و" for p in tokens[trig.first].attrs.get("parts", ()))
    if trig.pos == "v" and not src and how == "" and not conj:
        src, tgt, how = _np_subject_before(trig, tokens, actors, src, tgt, how, lo)
    if trig.pos == "v" and not src and how != "relative" and not conj and not keys & VICTIMS:
        # verb-subject-object with a bare noun subject (فجرت الجبهة ثلاث سيارات، فجر استشهادي نفسه);
        # a number, a quantity or a victim word right after the verb is its object or the subject
        # of a passive (قتل 18 شخصا، قتلت 32 متمردا)
        k = trig.last + 1
        while k <= hi and normalize(tokens[k].text) in TIME_WORDS:
            k += 1
        a = _actor_at(actors, first=k)
        if k <= hi and a is None and governor(tokens, k) is None and not _quantity_start(tokens, k):
            # the subject in the gap of a verb trigger (أطلقت هذه المجموعة النار) ends before its last word
            np = _np(tokens, k, trig.tail - 1 if trig.tail > k else hi)
            if np is not None and np.last - np.first < 3:
                src, how = [np], "vso-np"
                if tgt and tgt[0].first <= np.last:
                    tgt = []
                if not tgt:
                    after_np = trig.tail + 1 if trig.tail == np.last + 1 else np.last + 1
                    nxt = _actor_at(actors, first=after_np) or _np(tokens, after_np, hi)
                    if nxt is not None and governor(tokens, nxt.first) in (None, "علي", "ضد", "ل", "ب"):
                        tgt = [nxt]
    if trig.pos == "v" and not src and how != "relative" and not keys & VICTIMS:
        k = trig.last + 1
        while k <= hi and normalize(tokens[k].text) in TIME_WORDS:
            k += 1
        if k <= hi and _actor_at(actors, first=k) is None and _quantity_start(tokens, k) and (not tgt or tgt[0].first > k):
            # قتلت 32 متمردا: the counted victims right after the verb are its object
            m = k
            while m <= hi and m - k < 4 and (normalize(tokens[m].text)[:1].isdigit() or normalize(tokens[m].text) in QUANTIFIERS
                                              or normalize(tokens[m].text) == "من"):
                m += 1
            obj = _actor_at(actors, first=m) or _np(tokens, m if m <= hi else k, hi) or _np(tokens, k, hi)
            if obj is not None:
                tgt = [obj]
    if trig.pos == "n" and not src:
        # the doer of a nominal act as a bare noun: subject of the light verb before it (تبنت حركة
        # طالبان مسؤوليتها عن الهجوم) or of a light verb with a pronoun after it (غارة جوية شنتها
        # طائرة أمريكية)
        from .triggers import verb_keys

        lv = _light_verb_before(tokens, trig.first, lo)
        cand = None
        if lv is not None:
            k = lv + 1
            while k < trig.first and normalize(tokens[k].text) in TIME_WORDS:
                k += 1
            if k < trig.first and not _quantity_start(tokens, k):
                cand = _actor_at(actors, first=k) or _np(tokens, k, trig.first - 1)
        if cand is None:
            for k in range(trig.last + 1, min(hi, trig.last + 4) + 1):
                w = normalize(tokens[k].text)
                if len(w) > 3 and w.endswith(("ها", "ه")) and verb_keys(tokens[k].text) & LIGHT_VERBS:
                    m = k + 1
                    while m <= hi and normalize(tokens[m].text) in TIME_WORDS:
                        m += 1
                    cand = _actor_at(actors, first=m) or _np(tokens, m, hi)
                    break
        if cand is not None and all(cand.first != t.first for t in tgt):
            src, how = [cand], "light-verb-np"
    if tgt and tgt[0].entity is None and normalize(tokens[tgt[0].first].text) in REFLEXIVES:
        # فجر نفسه قرب القوة، فجرت نفسها وسط مأدبة: the one harmed is by the place word after
        tgt = []
        for k in range(trig.last + 1, min(hi, trig.last + 5) + 1):
            if normalize(tokens[k].text) in NEAR_WORDS:
                nxt = _actor_at(actors, first=k + 1) or _np(tokens, k + 1, hi)
                if nxt is not None:
                    tgt = [nxt]
                break
    if trig.type == "PROTEST" and (not tgt or tgt[0].entity is None):
        # what the protest is against (المناهضة لإيران، احتجاجا على مقتل، ضد النظام); it wins over
        # a bare noun phrase found by the general rules (ورددوا هتافات)
        for k in range(trig.last + 1, min(hi, trig.last + PROTEST_REACH) + 1):
            w = normalize(tokens[k].text)
            w = w[1:] if len(w) > 3 and w[0] in "وف" else w
            if w in PROTEST_AGAINST:
                nxt = _actor_at(actors, first=k + 1) or _np(tokens, k + 1, hi)
                if nxt is not None:
                    tgt = [nxt]
                break
            if w.startswith(("لل", "بال")) and noun_keys(tokens[k].text) & {"مطالبه", "احتجاج", "تنديد"}:
                nxt = _actor_at(actors, first=k + 1) or _np(tokens, k + 1, hi)
                if nxt is not None:
                    tgt = [nxt]
                break
    if trig.type == "PROTEST":
        # protesters named in the clause are the source, over the police or the government the
        # general rules may have picked (تجمع نحو مائة متظاهر على مرأى من القوى الأمنية)
        near = [a for a in actors if a.entity is None and abs(a.first - trig.first) <= ARG_WINDOW * 2
                and noun_keys(tokens[a.first].text) & PROTESTERS]
        if not near:
            near = [a for a in actors if a.label == "GROUP" and abs(a.first - trig.first) <= ARG_WINDOW * 2] if not src else []
        if near:
            best = min(near, key=lambda a: abs(a.first - trig.first))
            if not src or src[0].entity is None or not (noun_keys(tokens[src[0].first].text) & PROTESTERS):
                src, how = [best], "group"
                tgt = [a for a in tgt if a.first != best.first and not (a.first <= best.first <= a.last)]
        if not src:
            # مائة متظاهر، آلاف المتظاهرين: protesters counted, not an actor of their own
            for k in range(max(lo, trig.first - ARG_WINDOW * 2), min(hi, trig.last + ARG_WINDOW * 2) + 1):
                if noun_keys(tokens[k].text) & PROTESTERS:
                    np = _np(tokens, k, hi)
                    if np is not None:
                        src, how = [np], "group"
                        break
    if trig.type == "ASSAULT" and not tgt:
        # مقتل جندي أفغاني امس وإصابة أربعة آخرين ... في هجوم انتحاري: the casualties are its target
        # the first of the casualty words (مقتل جندي ... وإصابة أربعة آخرين في هجوم)
        cas = [k for k in range(max(lo, trig.first - CASUALTY_REACH), trig.first) if noun_keys(tokens[k].text) & CASUALTY_WORDS]
        if cas:
            v = _casualties(tokens, actors, cas[0] + 1, trig.first - 1)
            if v is not None:
                tgt = [v]
    if trig.type == "ASSAULT" and not tgt:
        # أدى هجوم انتحاري ... إلى مقتل 71 شخصا، أسفر انفجار ... عن مقتل: casualties after it
        for k in range(trig.last + 1, min(hi, trig.last + CASUALTY_AFTER) + 1):
            if noun_keys(tokens[k].text) & CASUALTY_WORDS:
                v = _casualties(tokens, actors, k + 1, hi)
                if v is not None:
                    tgt = [v]
                break
    return src, tgt, how


def find_roles(trig: Trigger, tokens: Sequence[Span], actors: list[Actor]) -> Roles:
    """Source(s) and target(s) of a trigger among the sentence's actors."""
    lo, hi = _clause_bounds(tokens, trig.first, trig.last)
    everyone = actors
    actors = [a for a in actors if a.label != "PLACE"]

    position = {id(a): n for n, a in enumerate(everyone)}

    def conjuncts(acts, k, toks):  # coordination runs through places too (أفريقيا والشرق الأوسط والولايات المتحدة)
        chain = _conjuncts(everyone, position[id(acts[k])], toks)
        return [a for a in chain if a.label != "PLACE"]

    after = [k for k, a in enumerate(actors) if a.first > trig.last and a.first <= hi]
    before = [k for k, a in enumerate(actors) if a.last < trig.first and a.last >= lo]
    src: list[Actor] = []
    tgt: list[Actor] = []
    how = ""

    for k in after:  # passive agent: من قبل X
        if governor(tokens, actors[k].first) == "by" and actors[k].first - trig.last <= ARG_WINDOW:
            src, how = conjuncts(actors, k, tokens), "passive"
            break

    rel = trig.first > 0 and normalize(tokens[trig.first - 1].text) in RELATIVES
    if trig.pos == "v" and rel and not src:
        # القوات التي حررت عدن: the antecedent is the subject, the actor after the verb its object
        ante = [k for k in before if actors[k].last == trig.first - 2]
        how = "relative"
        if ante:
            src = [actors[ante[-1]]]
    if trig.pos == "v":
        conj = any(p.label == "conj" and normalize(p.text) == "و" for p in tokens[trig.first].attrs.get("parts", ()))
        if not src and not conj and before and actors[before[-1]].last == trig.first - 1:
            # subject right before the verb (لكن أوكرانيا اتهمت روسيا): the actor after is the object
            k = _subject_before(actors, before, tokens, trig.first)
            if k is not None:
                src, how = conjuncts(actors, k, tokens), "subject"
        if not src and not rel:
            k = _subject_after(actors, after, tokens, trig.last)
            if k is not None:
                src, how = conjuncts(actors, k, tokens), "vso"
        if not src and not conj and not rel:
            k = _subject_before(actors, before, tokens, trig.first)
            if k is not None:
                src, how = conjuncts(actors, k, tokens), "subject"
        if how == "passive" and before:
            # the subject of a passive verb is the one acted upon (5800 شخص خطفوا من قبل التنظيم)
            k = before[-1]
            if governor(tokens, actors[k].first) is None and trig.first - actors[k].last <= SUBJECT_GAP + 1:
                tgt = [actors[k]]
        end = max([a.last for a in src if a.first > trig.last], default=trig.last)
        for k in after:
            a = actors[k]
            if tgt:
                break
            if a.first <= end or any(a is s for s in src):
                continue
            if a.first - end > ARG_WINDOW:
                break
            g = governor(tokens, a.first)
            if g is None or g in TARGET_PREPS:
                tgt = conjuncts(actors, k, tokens)
                break
    else:
        if not src and after:
            a = actors[after[0]]
            prev = normalize(tokens[a.first - 1].text) if a.first > 0 else ""
            if a.first == trig.last + 1 and governor(tokens, a.first) is None and prev not in PLACE_NOUNS:
                src, how = conjuncts(actors, after[0], tokens), "genitive"  # انسحاب قوات البشمركة
        if not src:
            lv = _light_verb_before(tokens, trig.first, lo)
            if lv is not None:
                lv_after = [k for k in range(len(actors)) if lv < actors[k].first < trig.first]
                k = _subject_after(actors, lv_after, tokens, lv)
                if k is None:
                    k = _subject_before(actors, [k for k in before if actors[k].last < lv], tokens, lv)
                if k is not None:
                    src, how = conjuncts(actors, k, tokens), "light-verb"
        if not src:
            # مواجهات بين المتمردين وقوات الأمن: the first side is the source, the other the target
            for k in after:
                a = actors[k]
                if a.first - trig.last <= 3 and governor(tokens, a.first) == "بين":
                    sides = conjuncts(actors, k, tokens)
                    if len(sides) > 1:
                        src, tgt, how = sides[:1], sides[1:2], "between"
                break
        if not src:
            # genitive right after the noun (or after one adjective): the doer (غارات المقاتلات
            # التركية), unless a place noun announces a place (اجتياح قضاء سنجار)
            for k in after:
                a = actors[k]
                prev = normalize(tokens[a.first - 1].text) if a.first > 0 else ""
                g = governor(tokens, a.first)
                if prev not in PLACE_NOUNS and (
                        (a.first - trig.last <= 2 and g is None) or (a.first - trig.last == 1 and g == "ل")):
                    src, how = conjuncts(actors, k, tokens), "genitive"
                break
        used = {id(a) for a in src} | {id(a) for a in tgt}
        for k in after:
            a = actors[k]
            if tgt:
                break
            if id(a) in used:
                continue
            if a.first - trig.last > ARG_WINDOW:
                break
            g = governor(tokens, a.first)
            if g in ("علي", "ضد", "بحق", "مع", "ل", "الي", "تجاه", "ب"):
                tgt = conjuncts(actors, k, tokens)
                break
    if not tgt and trig.type in ("REQUEST", "AGREE"):
        # طلب الزعماء ... أن يوافق الرئيس الروسي: the subject of the أن-clause is the one asked
        for k in range(trig.last + 1, min(hi, trig.last + ARG_WINDOW + 4) + 1):
            if normalize(tokens[k].text) in ("ان", "بان"):
                addressee = [a for a in actors if a.first in (k + 2, k + 3) and governor(tokens, a.first) is None
                             and a not in src]
                if addressee:
                    tgt = addressee[:1]
                break
    if not tgt and trig.type in NP_TARGET_TYPES:
        # no actor after على/ضد: keep the words themselves (تظاهروا ضد الحكم، صاروخ على المدرسة)
        np = _np_after_prep(tokens, trig.last, hi)
        if np is None and trig.pos == "v" and trig.type in ("ASSAULT", "COERCE"):
            # or the direct object of a violent verb (اغتالوا العميد جبار مساعد)
            end = max([a.last for a in src if a.first > trig.last], default=trig.last)
            np = _np_at(tokens, end + 1, hi)
        if np is not None:
            tgt = [np]
    if trig.type in NP_ARG_TYPES:
        src, tgt, how = _np_roles(trig, tokens, actors, src, tgt, how, lo, hi)
    if not tgt and trig.type == "ASSAULT":
        # مقتل مدنيين عراقيين في غارات ...: victims named just before the attack
        near = [k for k in before if actors[k].label == "VICTIM" and trig.first - actors[k].last <= 4]
        if near:
            tgt = [actors[near[-1]]]
    victims = [a for a in src if a.label == "VICTIM"]
    if victims:
        src = [a for a in src if a.label != "VICTIM"]
        tgt = victims + [a for a in tgt if a not in victims]
    # the trained ranker (ASSAULT, PROTEST) may prefer other candidates to the rules' choice, except
    # where a construction names the role outright: the agent of من قبل, the subject of تعرض ل
    suffered = bool(tgt) and tgt[0].first > 0 and _bare(tokens[tgt[0].first - 1].text) in SUFFER_VERBS
    src, tgt, replaced = rerank(trig, tokens, everyone, lo, hi, src, tgt, how, keep_source=how == "passive",
                                keep_target=suffered)
    if replaced:
        how = "model"  # no rule found this source: the stage treats it as no construction's
    src = [_owner(tokens, everyone, a) for a in src]
    if REPORTED_DOER and trig.pos == "v":
        src, tgt = _reported_doer(trig, tokens, everyone, src, tgt)
    src_ids = {(a.entity or a.text) for a in src}
    tgt = [a for a in tgt if (a.entity or a.text) not in src_ids]
    return Roles(src, tgt, how)
