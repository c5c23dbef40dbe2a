"""What the argument rules read in a sentence: its actors and the shape of its clauses.

The rules themselves (who is the source and the target of a trigger) are the ordered list
``rasd.events.roles.ROLE_RULES``; this module holds the pieces they are made of:

- ``sentence_actors``: the candidates of a sentence in reading order: entity mentions (named or
  nominal; a place with no actor code is labelled PLACE) and unnamed group words
  (``resources/events/unnamed_actors.tsv``: مسلحون، متظاهرون) with the words that extend them;
- ``SentenceView``: one sentence's tokens with the events vocabulary and what is looked up about
  its words, found once for all its triggers (the preposition governing a word, the noun phrase a
  word starts);
- clause structure: the clause around a trigger (``clause_bounds``), the actors near it, the
  subject before or after a verb, a light verb before a nominal act, conjoined actors, and bare
  noun phrases (kept as text with label ``NP`` where no actor fits).

A place noun carrying a preposition passes it on to the name after it (بشمال الصومال: the
Somalia of a place phrase, ب read as في, is no target). Search is cut at ``CLAUSE_REACH`` tokens
either side of the trigger and the stage passes only the actors near it (``actors_near``), so a
sentence of any length costs linear time. Word classes named below are those of
``resources/events/wordclasses.tsv`` (``EventWords``).
"""
from __future__ import annotations

import bisect
from typing import Sequence

from ..document import Document, Span
from ..text.normalize import normalize, strip_conjunction
from ..text.tokens import name_start
from .counts import starts_number
from .lexicon import EventLexicon, EventWords, phrase_words
from .morphology import bare_word
from .types import Actor, Trigger

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
# How many words before a nominal act its light verb may be (قامت الجماعة في ديسمبر (كانون
# الأول) 2005 بخطف): the 7 tokens the rule always allowed, counting words only, so that
# punctuation and numbers in between do not push the verb out of reach.
LIGHT_VERB_WORDS = 7
# A chain of titles between a verb and the name of its subject is at most this many tokens (وزير
# العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني: ten).
TITLE_CHAIN = 12
# Forms of address before a name (صاحب السمو الملكي، أصحاب السمو والمعالي) run to three words.
HONORIFIC_RUN = 3
# A group word reaches a name through at most two linking nouns (وزراء خارجية دول مجلس التعاون).
GROUP_LINKS = 2
# A person's description set off by commas between him and his verb (الملا منان، الشقيق الأصغر
# للزعيم الراحل، طلب): at least a word and at most eight between the commas (the gap is counted
# with its two commas: 3 to 10 tokens).
APPOSITION_MIN = 3
APPOSITION_GAP = 10
COMMAS = frozenset("،,")
# An organ of an organisation (الأمانة العامة لـ، اللجنة التنفيذية لـ، المكتب السياسي لـ) is a head
# noun and at most one adjective before the organisation's name.
BODY_GAP = 3
# The verb of saying stands this close before the أن of its clause (قال الجيش الأمريكي إن قواته).
OWNER_REACH = 8


class SentenceView:
    """One sentence as the argument rules and the ranker read it: its tokens, the events
    vocabulary, and per-word look-ups found once for all the sentence's triggers (the
    preposition governing each word, the end of the noun phrase each word starts)."""

    __slots__ = ("tokens", "lex", "words", "keys", "_gov", "np_end")

    def __init__(self, tokens: Sequence[Span], lex: EventLexicon):
        self.tokens = tokens
        self.lex = lex
        self.words: EventWords = lex.words
        self.keys = lex.keys
        self._gov: dict[int, str | None] = {}
        self.np_end: dict[int, int | None] = {}  # token -> last token of its noun phrase (to the sentence end)

    def governor(self, i: int) -> str | None:
        """The preposition governing the word at token ``i`` (``governor``), found once."""
        gov = self._gov
        if i in gov:
            return gov[i]
        g = gov[i] = governor(self, i)
        return g

    def norm(self, i: int) -> str:
        return normalize(self.tokens[i].text)


def token_range(tokens: Sequence[Span], start: int, end: int,
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


def sentence_actors(doc: Document, tokens: Sequence[Span], lex: EventLexicon, mentions: tuple | None = None) -> list[Actor]:
    """Entity mentions and unnamed group words in one sentence, in reading order. ``mentions``:
    ``mention_index(doc)``, built once per document (else it is built here)."""
    if not tokens:
        return []
    out, covered = _mention_actors(doc, tokens, mentions if mentions is not None else mention_index(doc))
    for a in out:
        if a.nominal and a.label in ("GROUP", "PER") and counted_or_victim(tokens, a, lex):
            a.label = "VICTIM"  # ثلاثة رجال، المدنيين العراقيين: described victims, as a group word
    out += _group_actors(doc, tokens, lex, out, covered)
    # Overlapping mentions: keep the longest (a nominal الرئيس الروسي over a name inside it).
    out.sort(key=lambda a: (a.first, -(a.last - a.first), a.nominal))
    kept: list[Actor] = []
    for a in out:
        if kept and a.first <= kept[-1].last:
            continue
        prev = kept[-1] if kept else None
        # a title of its own right before a person's name is that person's (أطلق الرئيس رجب طيب
        # اردوغان: the president is Erdogan, not a second actor)
        if prev is not None and a.entity and not a.nominal and a.label == "PER" and prev.nominal \
                and prev.label == "PER" and prev.entity != a.entity and (a.first - prev.last == 1 or (
                    a.first - prev.last == 2 and strip_article(normalize(tokens[prev.last + 1].text))
                    in lex.words.honorifics)):  # وزير الخارجية الأستاذ عادل الجبير
            kept[-1] = Actor(prev.first, a.last, prev.start, a.end, a.entity, a.text, a.code or prev.code, a.label, False)
            continue
        # a described group in the genitive chain of a name (وزراء خارجية دول مجلس التعاون): the
        # name's actor, the whole phrase its text
        if prev is not None and prev.nominal and prev.label == "GROUP" and a.entity and not a.nominal \
                and a.label == "ORG" and a.first - prev.last == 1 and (
                    normalize(tokens[prev.last].text) in lex.words.group_links
                    or normalize(tokens[a.first].text) in lex.words.group_links):
            kept[-1] = Actor(prev.first, a.last, prev.start, a.end, a.entity, doc.text[prev.start:a.end],
                             a.code, a.label, False)
            continue
        # apposition: a title and the name of one entity side by side are one actor
        # (الرئيس الروسي فلاديمير بوتين); the longer surface is kept as its text
        if prev is not None and a.entity and a.entity == prev.entity and a.first - prev.last <= 1:
            longer = a if (a.end - a.start) > (prev.end - prev.start) and not a.nominal else prev
            kept[-1] = Actor(prev.first, a.last, prev.start, a.end, a.entity, longer.text, a.code or prev.code,
                             a.label, prev.nominal and a.nominal)
            continue
        kept.append(a)
    return [a for a in kept if not named_after(tokens, a, lex.words) and not in_outlet_name(tokens, a, lex.words)]


def in_outlet_name(tokens: Sequence[Span], a: Actor, words: EventWords) -> bool:
    """Is a country or place the last word of a news outlet's name (وكالة أنباء البحرين، وكالة
    الأنباء الكويتية is no Kuwait، تلفزيون دبي، صحيفة الأهرام المصرية)? The outlet reports; the
    country is no party (``media_heads``, then at most one ``outlet_links`` word)."""
    if a.label not in ("LOC", "PLACE") or a.first == 0:
        return False
    k = a.first - 1
    if k > 0 and normalize(tokens[k].text) in words.outlet_links:
        k -= 1
    return bool(name_heads(tokens[k].text) & words.media_heads)


def named_after(tokens: Sequence[Span], a: Actor, words: EventWords) -> bool:
    """Is a person's name part of the name of a place or an institution named after him (مستشفى
    الملك فهد، جامعة الملك سعود، مركز الأمير سلطان: ``named_after_heads``, then an optional title)?
    The hospital is not the king, and no actor."""
    if a.label != "PER" or a.nominal or a.first == 0:
        return False
    k = a.first - 1
    if strip_article(normalize(tokens[k].text)) in words.title_words and k > 0:
        k -= 1
    return bool(name_heads(tokens[k].text) & words.named_after_heads)


def name_heads(word: str) -> set[str]:
    """A word as written, without a conjunction or preposition clitic, and without its article
    (وبمستشفى -> مستشفى، للجامعة -> جامعة)."""
    w = normalize(word)
    out = {w}
    for k in (1, 2):
        if len(w) - k >= 3 and all(ch in "وفبل" for ch in w[:k]):
            out.add(w[k:])
    if w.startswith("لل") and len(w) > 4:
        out.add(w[2:])  # للجامعة: ل + the article's ل
    return out | {strip_article(x) for x in out}


def _mention_actors(doc: Document, tokens: Sequence[Span], mentions: tuple) -> tuple[list[Actor], set[int]]:
    """The entity mentions inside the sentence as actors, and the tokens they cover."""
    s, e = tokens[0].start, tokens[-1].end
    out: list[Actor] = []
    covered: set[int] = set()
    m_starts, m_rows = mentions
    lo_m, hi_m = bisect.bisect_left(m_starts, s), bisect.bisect_right(m_starts, e)
    t_starts = [t.start for t in tokens]
    t_ends = [t.end for t in tokens]
    # entity order, then mention order, as the mentions were read before the index existed
    for _ms, _order, ent, m in sorted(m_rows[lo_m:hi_m], key=lambda r: r[1]):
        if m.start < s or m.end > e:
            continue
        rng = token_range(tokens, m.start, m.end, t_starts, t_ends)
        if rng is None:
            continue
        code = ent.attrs.get("code") or ent.attrs.get("country")
        label = ent.label
        if label == "ORG" and described(ent):
            label = "GROUP"  # مسلحون مجهولون، قوات الأمن العراقية: a group the article describes
        elif label == "LOC" and not ent.attrs.get("code"):
            # a place with no actor code (a city, a region) is where things happen, not who
            # does them; countries carry a code and stay actors (روسيا، موسكو for Russia)
            label = "PLACE"
        out.append(Actor(rng[0], rng[1], m.start, m.end, ent.id, m.text, code, label,
                         m.attrs.get("kind") == "nominal"))
        covered.update(range(rng[0], rng[1] + 1))
    return out, covered


def _group_actors(doc: Document, tokens: Sequence[Span], lex: EventLexicon, mentions: list[Actor],
                  covered: set[int]) -> list[Actor]:
    """Unnamed group words (مسلحون، قوات الأمن، متظاهرون فلسطينيون) not inside a mention, with the
    words that extend them; a group word right before a mention extends that mention instead."""
    words, noun_keys, group = lex.words, lex.keys.noun, lex.unnamed_actors
    out: list[Actor] = []
    starts = {a.first: a for a in mentions}
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if i in covered or t.attrs.get("kind") != "ar" or not (noun_keys[t.text] & group):
            i += 1
            continue
        link = i + 1
        while link - i <= GROUP_LINKS and link < len(tokens) and link not in starts and link not in covered \
                and normalize(tokens[link].text) in words.group_links:
            link += 1  # وزراء خارجية دول مجلس التعاون: the ministers of the council's states
        if link in starts and link > i + 1:
            a = starts[link]
            a.first, a.start = i, name_start(t)
            a.text = doc.text[a.start:a.end]
            covered.update(range(i, link))
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
        if i + 1 < len(tokens) and i + 1 not in covered and is_definite_noun(tokens[i + 1].text, words) \
                and not normalize(t.text).startswith("ال"):
            last = i + 1
        if last + 1 < len(tokens) and last + 1 not in covered and is_adjective(tokens[last + 1].text, words):
            last += 1
        elif not normalize(t.text).startswith("ال"):
            # indefinite groups take indefinite adjectives or a second group word (مسلحين
            # مجهولين، متظاهرون فلسطينيون، جنودا متمردين)
            while last + 1 < len(tokens) and last + 1 not in covered and tokens[last + 1].get("kind") == "ar" and (
                    is_indefinite_adjective(tokens[last + 1].text, words) or noun_keys[tokens[last + 1].text] & group):
                last += 1
        start = name_start(t)
        label = "VICTIM" if noun_keys[t.text] & words.victims else "GROUP"
        out.append(Actor(i, last, start, tokens[last].end, None, doc.text[start:tokens[last].end], None, label))
        i = last + 1
    return out


def described(ent) -> bool:
    """Is the entity an organisation or group the article only describes (every mention
    nominal: قوات الأمن العراقية، متظاهرون)? The rules read it like an unnamed group word."""
    return all(m.get("kind") == "nominal" for m in ent.mentions)


def counted_or_victim(tokens: Sequence[Span], a: Actor, lex: EventLexicon) -> bool:
    """Is a description a victim word (المدنيين العراقيين، 38 مواطنا), or counted people (ثلاثة
    رجال: a person noun, labelled PER)? Such a description is reported as the one harmed, the
    subject of a passive; counted gunmen or protesters (مائة متظاهر) are still doers."""
    head = a.first
    w = normalize(tokens[head].text)
    counted = w[:1].isdigit() or starts_number(tokens[head].text)
    if counted and head < a.last:
        head += 1
    return bool(lex.keys.noun[tokens[head].text] & lex.words.victims) or (counted and a.label == "PER")


def strip_article(w: str) -> str:
    """A normalised word without its article (الرئيس -> رئيس)."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def is_definite_noun(word: str, words: EventWords) -> bool:
    w = normalize(word)
    return w.startswith("ال") and len(w) > 3 and w not in words.function_words


def is_adverbial(word: str, words: EventWords) -> bool:
    """Is the word an adverbial accusative that names no party: a duration (احتجزت عاماً، لمدة
    يومين) or a manner adverb (اعتدي عليها جنسياً), ``adverbial_accusatives``? A vocalised nisba in
    the accusative is not enough: it is as often a noun (اعتقلت قوات الأمن يهوديًا متطرفًا)."""
    return normalize(word) in words.adverbial_accusatives


def is_indefinite_adjective(word: str, words: EventWords) -> bool:
    w = normalize(word)
    return not w.startswith("ال") and len(w) > 4 and w.endswith(words.indefinite_adjective_endings)


def is_adjective(word: str, words: EventWords) -> bool:
    w = normalize(word)
    # nisba adjectives (التركية، الأوكرانيين) and a few common others (الحكومة السابقة)
    return (w.startswith("ال") and len(w) > 4 and w.endswith(words.nisba_endings)
            and w not in words.not_adjectives) or w in words.common_adjectives


def governor(s: SentenceView, i: int) -> str | None:
    """The preposition governing the word at token ``i`` (a clitic ب ل ك or a word before it);
    "by" for the passive agent (من قبل التنظيم، على يد عشرة متمردين، على أيدي مسلحين)."""
    tokens, words = s.tokens, s.words
    t = tokens[i]
    for p in t.attrs.get("parts", ()):
        if p.label == "prep":
            g = normalize(p.text)
            # بديوان الإمارة، بمقر السفارة: a name that opens with a place noun; ب of place is في
            return "في" if g == "ب" and s.keys.noun[t.text] & words.place_nouns else g
    if i >= 2 and f"{normalize(tokens[i - 2].text)} {normalize(tokens[i - 1].text)}" in words.agent_phrases:
        return "by"
    if i >= 1 and tokens[i - 1].get("kind") == "ar" and not (s.keys.verb[tokens[i - 1].text] - s.keys.noun[tokens[i - 1].text]):
        # the genitive of a noun that carries ل (دعمه لجهود السلطات): governed through it
        for p in tokens[i - 1].attrs.get("parts", ()):
            if p.label == "prep" and normalize(p.text) == "ل":
                return normalize(p.text)
    k = i - 1
    while k >= 0:
        raw = normalize(tokens[k].text)
        prev = raw[1:] if len(raw) > 2 and raw[0] in "وف" else raw
        if prev in words.prepositions:
            if prev == "من" and k >= 1 and normalize(tokens[k - 1].text) in words.each_of:
                # أجراها كل من X و Y: "each of", no preposition; مع كل من X و Y: the one before كل
                before = normalize(tokens[k - 2].text) if k >= 2 else ""
                return before if before in words.prepositions else None
            return prev
        if i - k <= HONORIFIC_RUN and (raw in words.honorifics or prev in words.honorifics
                                       or strip_article(raw) in words.title_words or raw in words.state_nouns):
            # من جلالة الملك محمد، مع أصحاب السمو والمعالي: forms of address (and a title after
            # them) belong to the name; a preposition on them (بفخامة الرئيس) governs it; so does
            # the noun of a state before its name (مع سمو أمير دولة الكويت: the emir is met)
            for p in tokens[k].attrs.get("parts", ()):
                if p.label == "prep":
                    return normalize(p.text)
            k -= 1
            continue
        # في مدينة إسطنبول: a generic place noun between the preposition and the name
        # (بشمال الصومال: the preposition is a clitic of the place noun)
        if k == i - 1 and (prev in words.place_nouns or s.keys.noun[tokens[k].text] & words.place_nouns):
            for p in tokens[k].attrs.get("parts", ()):
                if p.label == "prep":
                    g = normalize(p.text)
                    return "في" if g == "ب" else g  # بشمال الصومال، بمدينة: ب of place is في
            k -= 1
            continue
        break
    return None


def clause_bounds(tokens: Sequence[Span], i: int, j: int) -> tuple[int, int]:
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


# How many adjectives left out of an actor's mention may stand between it and the next one joined
# by و (الميليشيات الحوثية وصالح: "الحوثية" is not in the mention): a noun's adjectives, one or two.
CONJUNCT_ADJECTIVES = 2


def conjuncts(actors: list[Actor], k: int, tokens: Sequence[Span], words: EventWords | None = None) -> list[Actor]:
    """Actor k and the actors joined to it by و (الصين والبرازيل وأفريقيا); with ``words``, also
    across up to CONJUNCT_ADJECTIVES adjectives of the actor before (الميليشيات الحوثية وصالح)."""
    out = [actors[k]]
    cur = actors[k]
    segmented = any("parts" in tok.attrs for tok in tokens)
    for n in range(k + 1, len(actors)):
        nxt = actors[n]
        gap = nxt.first - cur.last
        t = tokens[nxt.first]
        # the tokenizer's و clitic, not a word's own first letter (ولي العهد، وزير الداخلية); a
        # token the tokenizer did not segment has no clitic
        clitic = carries_and(t) if segmented else normalize(t.text).startswith("و")
        adjectives = words is not None and 1 < gap <= CONJUNCT_ADJECTIVES + 1 and \
            all(is_adjective(tokens[j].text, words) for j in range(cur.last + 1, nxt.first))
        joined = ((gap == 1 or adjectives) and clitic) or \
                 (gap == 2 and normalize(tokens[cur.last + 1].text) == "و")
        if not joined:
            break
        out.append(nxt)
        cur = nxt
    return out


def carries_and(tok: Span) -> bool:
    """Is the token joined to the one before by a و clitic (وقتلوا)? (A ف is often a verb's own
    letter: فجرت.)"""
    return any(p.label == "conj" and normalize(p.text) == "و" for p in tok.attrs.get("parts", ()))


def light_verb_before(s: SentenceView, i: int, lo: int) -> int | None:
    """The light verb (``light_verbs``: شنت، قام، نفذ) at most LIGHT_VERB_WORDS words before
    token ``i`` (not before ``lo``), or None."""
    tokens, light = s.tokens, s.words.light_verbs
    words = 0
    for k in range(i - 1, lo - 1, -1):
        if tokens[k].get("kind") != "ar":
            continue
        words += 1
        if words > LIGHT_VERB_WORDS:
            break
        w = normalize(tokens[k].text)
        if w in light or (s.keys.verb[tokens[k].text] & light):
            return k
    return None


def light_verb_subject(s: SentenceView, trig: Trigger, actors: list[Actor]) -> Actor | None:
    """The subject of the verb that governs a nominal trigger (كشف الأعرجي عن هدر ...)."""
    lo, _hi = clause_bounds(s.tokens, trig.first, trig.last)
    lv = light_verb_before(s, trig.first, lo)
    if lv is None:
        return None
    acts = [a for a in actors if a.label != "PLACE"]
    k = subject_after(s, acts, [k for k in range(len(acts)) if lv < acts[k].first < trig.first], lv)
    return acts[k] if k is not None else None


def subject_after(s: SentenceView, actors: list[Actor], after: list[int], pos: int) -> int | None:
    """The actor that is the subject right after a verb at token ``pos`` (time words and
    quantities may intervene: تجمع نحو 700 متظاهر، خرج مئات من المتظاهرين), or the name that
    closes a chain of titles after it (شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد
    الصمعاني; an organisation inside the chain is part of a title: الأمين العام لجامعة الدول
    العربية الدكتور نبيل العربي)."""
    tokens, words = s.tokens, s.words
    chain = False
    for k in after:
        a = actors[k]
        raw = [normalize(t.text) for t in tokens[pos + 1:a.first]]
        gap = [g[1:] if len(g) > 3 and g[0] in "وف" else g for g in raw]
        g0 = s.governor(a.first)
        # a title may itself begin with و (وزير، ولي العهد): the word as written is tried too
        titled = bool(gap) and (_title_chain(gap, words) or _title_chain(raw, words))
        if titled and a.label != "PER" and len(gap) + a.last - a.first < TITLE_CHAIN:
            chain = True
            continue  # an organisation or a place inside a title: the chain goes on to the name
        if g0 in (None, "ل") and a.label == "ORG" and 0 < len(gap) <= BODY_GAP and not chain \
                and (strip_article(raw[0]) in words.body_heads or strip_article(gap[0]) in words.body_heads):
            return k  # أدانت الأمانة العامة لرابطة العالم الإسلامي: an organ of the organisation
        if g0 is not None and not (g0 == "من" and len(gap) >= 2 and gap[-2] in words.quantifiers) and not chain:
            return None
        if all(g in words.time_words or g in words.quantifiers or g in CLAUSE_PUNCT or g[:1].isdigit() or g == "من"
               or g in words.state_nouns for g in gap) and len(gap) <= 4:
            return k
        if (titled or chain) and a.label == "PER" and a.first - pos <= TITLE_CHAIN:
            return k
        return None
    return None


def _title_chain(gap: Sequence[str], words: EventWords) -> bool:
    """Do the words between a verb and a name open with a title (رئيس، وزير، الأمين، الدكتور) or a
    form of address (فخامة، سمو)?"""
    return gap[0] in words.title_words or strip_article(gap[0]) in words.title_words or gap[0] in words.honorifics


def subject_before(s: SentenceView, actors: list[Actor], before: list[int], pos: int) -> int | None:
    """The actor that is the subject right before a verb at token ``pos`` (time words and
    particles may intervene: روسيا قد اقترحت)."""
    if not before:
        return None
    tokens, words = s.tokens, s.words
    k = before[-1]
    a = actors[k]
    if s.governor(a.first) is not None:
        return None
    gap = [normalize(t.text) for t in tokens[a.last + 1:pos]]
    if a.label == "PER" and APPOSITION_MIN <= len(gap) <= APPOSITION_GAP and gap[0] in COMMAS and gap[-1] in COMMAS \
            and not any(g in COMMAS for g in gap[1:-1]):
        return k  # الملا عبد الله منان، الشقيق الأصغر للزعيم الراحل، طلب: a person described between commas
    if len(gap) <= SUBJECT_GAP and all(g in words.time_words or g in words.subject_gap_words for g in gap):
        # a conjunction ending at k (بريطانيا وفرنسا حثت) is taken only from its first member when
        # that member starts the clause; otherwise و may join two clauses (تردع داعش والولايات
        # المتحدة ستقدم)
        first = k
        while first - 1 in before and conjuncts(actors, first - 1, tokens, words)[-1] is a:
            first -= 1
        if first != k and not clause_initial(s, actors[first].first):
            return k
        return first
    return None


# Opening quotation marks: a quoted clause starts after one (وأن «الميليشيات الحوثية وصالح قصفت»),
# so clause_initial looks past them.
OPENING_QUOTES = frozenset('«“"')
# Closing quotation marks: headlines quote a group's or a body's name and put the verb after it
# («"داعش" يصادر المستمسكات الثبوتية»), see quoted_name_end.
CLOSING_QUOTES = frozenset('»”"')


def quoted_name_end(s: SentenceView, a: Actor) -> int | None:
    """The token of the mark closing a quotation that holds the actor's name and nothing else
    («داعش»، "النصرة"), or None. Headlines of SaudiNewsNet outlets quote the name of a group or a
    body before its verb (aleqtisadiya 2015-07-21 «"داعش" يقطع الإنترنت عن منازل الرقه»), and the
    mark stands between the subject and the verb; a quotation holding more than the name (a
    quoted clause) is no such name. Only a coded actor (a state, group or organisation of the actor
    dictionaries: «داعش»، «جبهة النصرة»، «هيومن رايتس ووتش») counts: the same headlines quote local
    bodies and firms («مدني مكة» ينقذ، «صافولا» تدعم، «الوحدة» يفاوض), whose titled acts are rescues,
    sponsorships and transfers, no events (round 22: without this check and the types of
    ``roles.QUOTED_SUBJECT_TYPES``, 53 title events were added on the non-reserved days, about 20 of
    them acts an analyst codes)."""
    tokens = s.tokens
    end = a.last + 1
    if not a.code or a.first == 0 or end >= len(tokens) or tokens[a.first - 1].text not in OPENING_QUOTES \
            or tokens[end].text not in CLOSING_QUOTES:
        return None
    return end


def clause_initial(s: SentenceView, i: int) -> bool:
    tokens = s.tokens
    while i > 0 and tokens[i - 1].text in OPENING_QUOTES:
        i -= 1
    return i == 0 or tokens[i - 1].text in CLAUSE_PUNCT or normalize(tokens[i - 1].text) in s.words.clause_openers


def np_after_prep(s: SentenceView, last: int, hi: int) -> Actor | None:
    """The noun phrase after the first على/ضد/بحق (``np_target_preps``) within a few words of the
    trigger, as text."""
    tokens, words = s.tokens, s.words
    for k in range(last + 1, min(hi, last + 6) + 1):
        w = normalize(tokens[k].text)
        if w in words.np_target_preps and k + 1 <= hi and is_adverbial(tokens[k + 1].text, words):
            continue  # على مقربة من الحدود، على مسافة: a place adverbial, no party (round 18)
        if w in words.np_target_preps and k + 1 <= hi and tokens[k + 1].get("kind") == "ar" \
                and normalize(tokens[k + 1].text) not in words.agent_hands:
            j = k + 1
            while j + 1 <= hi and tokens[j + 1].get("kind") == "ar" and (
                    is_adjective(tokens[j + 1].text, words) or is_definite_noun(tokens[j + 1].text, words)) and j - k < 3 \
                    and not is_adverbial(tokens[j + 1].text, words):
                j += 1
            start = name_start(tokens[k + 1])
            return Actor(k + 1, j, start, tokens[j].end, None, tokens[k + 1].text[start - tokens[k + 1].start:]
                         + (" " + " ".join(t.text for t in tokens[k + 2:j + 1]) if j > k + 1 else ""), None, "NP")
    return None


def _time_phrase_at(s: SentenceView, k: int, hi: int) -> int:
    """The number of tokens of a multi-word time phrase (أول من أمس) starting at token k, or 0."""
    tokens = s.tokens
    for parts in phrase_words(s.words.time_phrases):
        n = len(parts)
        if k + n - 1 <= hi and k + n - 1 < len(tokens) and [normalize(t.text) for t in tokens[k:k + n]] == list(parts):
            return n
    return 0


def np_at(s: SentenceView, k: int, hi: int) -> Actor | None:
    """A short noun phrase starting at token k (a noun and the names or adjectives after it)."""
    tokens, words = s.tokens, s.words
    # time phrases between the verb and its object (قتلت أول من أمس أربعة من المتهمين)
    skip = _time_phrase_at(s, k, hi)
    while skip:
        k += skip
        skip = _time_phrase_at(s, k, hi)
    while k <= hi and k < len(tokens) and (normalize(tokens[k].text) in words.time_words
                                           or normalize(tokens[k].text) in words.during_it):
        k += 1  # احتلوا خلالها مبنى الإدارة: "during it" stands between the verb and its object
    if k > hi or k >= len(tokens) or tokens[k].get("kind") != "ar":
        return None
    w = normalize(tokens[k].text)
    if w in words.not_object or w in words.time_words or any(p.label in ("prep", "conj") for p in tokens[k].attrs.get("parts", ())) \
            or s.keys.noun[tokens[k].text] & words.prepositions or is_adverbial(tokens[k].text, words):
        return None  # عليها، خلالها: a preposition with a pronoun; عاماً، جنسياً: an adverbial, no party
    j = k
    while j + 1 <= hi and j - k < 3 and tokens[j + 1].get("kind") == "ar" and normalize(tokens[j + 1].text) not in words.not_object \
            and normalize(tokens[j + 1].text) not in words.time_words and not any(
                p.label in ("prep", "conj") for p in tokens[j + 1].attrs.get("parts", ())) \
            and not is_adverbial(tokens[j + 1].text, words) \
            and normalize(tokens[j + 1].text) not in words.auxiliaries:  # «عائلات بأكملها كانت تنوي»: see np_extent
        j += 1
    return Actor(k, j, tokens[k].start, tokens[j].end, None, " ".join(t.text for t in tokens[k:j + 1]), None, "NP")


def noun_phrase(s: SentenceView, k: int, hi: int) -> Actor | None:
    """The bare noun phrase starting at token k: a noun and the adjectives or definite nouns after
    it (جنودا متمردين، مقر حزب، الجيش الأمريكي), at most four words, as text."""
    if k < 0 or k > hi or k >= len(s.tokens):
        return None
    j = np_extent(s, k, hi)
    return None if j is None else np_actor(s.tokens, k, j)


def np_extent(s: SentenceView, k: int, hi: int) -> int | None:
    """The last token of the bare noun phrase starting at token k (not beyond ``hi``), or None
    where no noun phrase starts there. The phrase is cut at ``hi`` and is otherwise the same for
    any ``hi``, so callers may find it once for the whole sentence."""
    tokens, words = s.tokens, s.words
    t = tokens[k]
    w = normalize(t.text)
    bare = w[1:] if len(w) > 2 and w[0] in "وف" else w
    if k + 1 < len(tokens) and any(len(p) > 1 and p[0] == w and p[1] == normalize(tokens[k + 1].text)
                                   for p in phrase_words(words.time_phrases)):
        return None  # أول من أمس: a time phrase
    if bare in words.auxiliaries:
        return None  # تم خطفهما، كان قد: a verb of the clause, not a noun
    if t.attrs.get("kind") != "ar" or w in words.not_object or bare in words.not_object or w in words.time_words \
            or w in words.relatives or w in CLAUSE_PUNCT or any(p.label == "conj" for p in t.attrs.get("parts", ())) \
            or len(w) < 2 or s.keys.noun[t.text] & words.prepositions \
            or is_adverbial(t.text, words):  # خلالها، عليهم: a preposition with a pronoun; عاماً: a duration
        return None
    j = k
    while j + 1 <= hi and j + 1 < len(tokens) and j - k < 3:
        n = tokens[j + 1]
        nw = normalize(n.text)
        if n.attrs.get("kind") != "ar" or nw in words.not_object or nw in words.time_words or nw in words.relatives \
                or any(p.label in ("prep", "conj") for p in n.attrs.get("parts", ())) or is_adverbial(n.text, words):
            break
        if nw in words.auxiliaries:
            # «اعتقلوا عائلات بأكملها كانت تنوي الفرار» (aawsat 2015-08-07), «استهدف سيارات كانوا
            # يستقلونها»: a copula after the noun opens a clause describing it (a relative clause with
            # no pronoun), never a word of the phrase (round 22; round 19 left it)
            break
        if not (is_adjective(n.text, words) or is_definite_noun(n.text, words) or is_indefinite_adjective(n.text, words)
                or (j == k and not w.startswith("ال") and not w.endswith(words.no_construct_endings))
                or (j == k and bare in words.count_heads)):  # آلاف المتظاهرين (الاف is no definite noun)
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


def starts_count(s: SentenceView, k: int) -> bool:
    """Does a count, a victim word or a reflexive start at token k (قتل 18 شخصا، قتل ثلاثة
    مدنيين، فجر نفسه)? Then it is the verb's object or a passive's subject, not the doer."""
    tokens, words = s.tokens, s.words
    w = normalize(tokens[k].text)
    return w[:1].isdigit() or w in words.quantifiers or bool(s.keys.noun[tokens[k].text] & words.victims) \
        or w in words.reflexives or starts_number(tokens[k].text)


def actor_at(actors: list[Actor], first: int | None = None, last: int | None = None) -> Actor | None:
    for a in actors:
        if (first is None or a.first == first) and (last is None or a.last == last):
            return a
    return None


def casualties_from(s: SentenceView, actors: list[Actor], m: int, end: int) -> Actor | None:
    """The victims counted from token m (numbers, quantities and time words skipped)."""
    tokens, words = s.tokens, s.words
    while m <= end and (normalize(tokens[m].text)[:1].isdigit() or normalize(tokens[m].text) in words.quantifiers
                        or normalize(tokens[m].text) in words.count_links or normalize(tokens[m].text) in words.time_words):
        m += 1
    v = actor_at(actors, first=m) or noun_phrase(s, m, end)
    return v if v is not None and v.first <= end else None


def speaker_before(s: SentenceView, actors: list[Actor], k: int) -> Actor | None:
    """The actor right after a verb of saying (within three tokens), or else the one right before
    it (الجيش قال إن), the verb at most OWNER_REACH tokens before token k, in the same clause, not
    governed by a preposition."""
    tokens, speech = s.tokens, s.words.ranker_speech_verbs
    for v in range(k - 1, max(-1, k - 1 - OWNER_REACH), -1):
        if tokens[v].text in CLAUSE_PUNCT:
            return None
        if bare_word(tokens[v].text) in speech:
            return next((b for b in actors if v < b.first <= v + 3 and b.last < k and s.governor(b.first) is None),
                        None) or next((b for b in actors if b.last == v - 1 and s.governor(b.first) is None), None)
    return None


def adverbial(s: SentenceView, norm: Sequence[str], i: int) -> bool:
    """Is token i (of a sentence whose normalised tokens are ``norm``) after an adverbial
    preposition (قتل خلال هجوم، في هجوم)?"""
    if i == 0:
        return False
    prev = norm[i - 1]
    prev = prev[1:] if len(prev) > 3 and prev[0] in "وف" else prev
    return prev in s.words.adverbial_preps


def first_person(tok: Span) -> bool:
    """Is a verb in the first person plural: نقترح، نرحب (we + imperfect) or طلبنا (we + perfect)?"""
    w = normalize(tok.text)
    w = w[1:] if len(w) > 3 and w[0] in "وف" else w
    w = w[1:] if len(w) > 3 and w[0] == "س" else w
    return (len(w) > 3 and w[0] == "ن") or (len(w) > 4 and w.endswith("نا"))


def has_conjunction(tok: Span) -> bool:
    """Does the token carry a conjunction clitic (و or ف)?"""
    return any(p.label == "conj" for p in tok.attrs.get("parts", ()))


def object_pronoun(s: SentenceView, tok: Span) -> bool:
    """Does a verb carry an object pronoun (وصفتها، اتهمه)?"""
    w = normalize(tok.text)
    return len(w) > 4 and w.endswith(s.words.object_pronoun_suffixes) and not tok.text.endswith("ة")


def led_by_a_reporter(words, texts, outlets: bool = True) -> bool:
    """Is one of ``texts`` led by a word of an outlet or an anonymous source (``media_heads``:
    وكالة، قناة؛ ``anonymous_sources``: مصادر، شهود), with or without و and the article? With
    ``outlets`` False, only an anonymous source's word counts."""
    for text in texts:
        first = normalize(text).split()[:1]
        if first:
            w = strip_conjunction(first[0])
            w = w[2:] if w.startswith("ال") and len(w) > 4 else w
            if w in words.anonymous_sources or outlets and (w in words.media_heads or first[0] in words.media_heads):
                return True
    return False
