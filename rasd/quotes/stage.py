"""The quote stage: direct and indirect quotes with their cue, speaker and sentence.

Adds layer "quotes": spans over the quoted words (marks and the إن/أن complementiser excluded),
label = kind ("direct" | "indirect"), attrs speaker (entity id or None), speaker_text, cue (span of
the reporting verb or attribution phrase, or None) and sentence (index) -- a ``Quote`` record
(record.py) each. Terms in quotation marks («داعش», “تويتر”, scare quotes of one or two words)
are not speech: they go to layer "quote_terms" (label "term"), or into "quotes" too with the
setting ``quotes.keep_terms``.

Order of work (``QuotesStage.__call__``): find marked quotations (direct.py); find reporting cues
outside them (indirect.py) and, for each, what it governs and its speaker phrase (speakers.py);
cut the reported clauses; give every direct quotation without a cue of its own to the cue it
belongs to; then walk the article in reading order resolving pronoun and implicit subjects to the
last speaker, attaching quotes that have no cue of their own to the speaker they continue.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..components import Stage
from ..document import Document, Span
from ..entities.english import EnglishNames, load_english_names
from ..resources import Resources
from ..text.normalize import normalize
from ..text.sentences import split_sentences
from ..text.tokens import token_keys, tokenize
from .direct import NESTED_MIN_WORDS, QUOTE_CHARS, Marked, find_marked
from .indirect import Cue, CueVocabulary, attribution_at, find_cues, is_complementiser, phrase_len
from .lexicon import QuoteLexicon, load_lexicon
from .record import Quote, Speaker
from .speakers import (MentionIndex, NameAt, Tok, accusative_indefinite, antecedent, bare_word, determined, is_anonymous, is_definite, is_form_of_address,
                       is_honorific_pronoun, is_kin, names_person, post_verbal,
                       can_head_subject, in_fronted_adverbial, names_a_relation,
                       noun_phrase_end, pre_verbal, prepositional, pronoun_stem, pronoun_subject, relative_before, strip_conj, without_article,
                       without_preposition,
                       title_chain_end)
from .named import NameShapes, add_person, load_name_shapes, name_run, opening_run
from .titles import TitleIndex

_norm = normalize  # remembers the short strings (words) itself
# A quotation of at most this many words right after a reporting verb, with the verb's
# complementiser or real quotation still to come, is a name (a union, a channel), not the speech:
# the longest such names in a SaudiNewsNet sample have four words.
_NAME_WORDS = 4
# How many recent speakers agreement may choose from: news alternates between two or three
# voices; further back, a matching verb form is more likely a new, unnamed subject.
_RECENT = 3
# A fronted adjunct closed by a comma (إلى ذلك، ومن جهته، وفي سياق تصريحاته،) is at most this many
# words before the main clause of a sentence.
_OPENING_ADJUNCT = 5
# A statement that a later فيه refers back to is named at most this many words before the verb,
# quotations left out (أطلق نداءً في 27 يوليو الحالي، دعا فيه: five).
_STATEMENT_REACH = 8
# A statement's issuer is named within this many words of it (تقرير صدر حديثا من شركة "بيتك").
_ISSUER_REACH = 5
# Double round brackets and the ornate Qur'an brackets around a verse (one paragraph, at most the
# sentence splitter's 600 characters): ((…)), ﴿…﴾
_SCRIPTURE_BRACKETS = re.compile(r"\(\([^()\n]{1,600}\)\)|\ufd3f[^\ufd3e\n]{1,600}\ufd3e")
# Punctuation that ends a sentence inside a quotation.
_SENTENCE_END = frozenset({".", "!", "?", "؟", "…"})


class _Tokens:
    """The document's tokens as ``Tok`` records, built on first access (most tokens are only
    looked up by their normalised form, in the cue scan)."""

    __slots__ = ("raw", "_toks", "_norms")

    def __init__(self, raw, norms: list[str] | None = None):
        self.raw = raw
        self._toks: list = [None] * len(raw)
        # the normalised forms an earlier stage already made (rasd.text.tokens.token_keys), else
        # filled one by one as the cue scan asks
        self._norms: list = list(norms) if norms is not None else [None] * len(raw)

    def __len__(self) -> int:
        return len(self.raw)

    def norm(self, i: int) -> str:
        n = self._norms[i]
        if n is None:
            n = self._norms[i] = _norm(self.raw[i].text)
        return n

    def all_norms(self) -> list[str]:
        """Every token's normalised form (computing the ones not asked for yet)."""
        norms = self._norms
        for i, n in enumerate(norms):
            if n is None:
                norms[i] = _norm(self.raw[i].text)
        return norms

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.raw)))]
        t = self._toks[i]
        if t is None:
            t = self._toks[i] = self._make(i)
        return t

    def __iter__(self):
        for i in range(len(self.raw)):
            yield self[i]

    def _make(self, i: int) -> Tok:
        r = self.raw[i]
        kind = r.attrs.get("kind", "ar")
        head = bare = r.start
        conj = prep_l = prep = pron = False
        for p in r.attrs.get("parts", ()):
            if p.label == "conj":
                conj = True
                head = bare = p.end
            elif p.label == "prep":
                prep = True
                if p.text == "ل":
                    prep_l = True
                    bare = p.end
            elif p.label == "pron":
                pron = True
        return Tok(r.start, r.end, r.text, self.norm(i), kind, head, bare, conj, prep_l, prep, pron)


def _tokens(doc) -> _Tokens:
    if doc.has("tokens"):
        return _Tokens(doc.tokens, token_keys(doc, compute=False))
    return _Tokens(tokenize(doc.text))


def _sentences(doc) -> list[tuple[int, int]]:
    if doc.has("sentences"):
        return [(s.start, s.end) for s in doc.sentences]
    return split_sentences(doc.text)


class _Work:
    """Per-document state shared by the steps below."""

    def __init__(self, doc, lex: QuoteLexicon):
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        self.toks = _tokens(doc)
        self.sents = _sentences(doc)
        starts = [s for s, _ in self.sents]
        self.tok_starts = [t.start for t in self.toks.raw]
        n = len(self.tok_starts)
        self.sent_of = [-1] * n
        # token range [first, last) of each sentence
        self.sent_first: dict[int, int] = {}
        self.sent_last: dict[int, int] = {}
        for k in range(len(starts)):
            a = bisect.bisect_left(self.tok_starts, starts[k])
            b = bisect.bisect_left(self.tok_starts, starts[k + 1]) if k + 1 < len(starts) else n
            if b > a:
                self.sent_of[a:b] = [k] * (b - a)
                self.sent_first[k] = a
                self.sent_last[k] = b
        self.mentions = MentionIndex(doc.layer("entities"), lex.non_actor_names, lex.address_words)
        marked = find_marked(self.text, lex)
        self.terms = [m for m in marked if m.kind == "term"]
        self.direct = [m for m in marked if m.kind == "direct" and not m.nested]
        for m in self.direct:
            self._end_before_narration(m)
        for m in [m for m in self.direct if self._is_a_name(m)]:
            m.kind = "term"
            self.terms.append(m)
            self.direct.remove(m)
        self.direct_starts = [m.outer_start for m in self.direct]
        self.open_at = {m.open: m for m in self.direct if m.open >= 0}
        self.inside = self._inside_mask()
        self.term_skip = {}
        for m in self.terms:
            if m.open >= 0 and m.close >= 0:
                self.term_skip[self.tok_at(m.open)] = self.tok_at(m.outer_end)
        self.names = self._names()
        self._titles: TitleIndex | None = None
        self.comps: set[int] = set()  # token indices of complementisers, filled by the stage
        self.reporting_cues: set[int] = set()  # verbs found governing speech so far, filled by the stage
        self.attribution_verbs: set[int] = set()  # verbs inside attribution phrases (وفق ما أعلن …)
        self.clauses: list[tuple[int, int]] = []  # reported clauses (character ranges), sorted
        self.clause_starts: list[int] = []

    def _names(self) -> dict[int, NameAt]:
        """First token of each entity name (not a title) -> where it ends, its label and entity."""
        out: dict[int, NameAt] = {}
        for s, e, eid, label, kind in self.mentions.rows:
            if kind != "name":
                continue
            k = bisect.bisect_right(self.tok_starts, s) - 1  # a mention may start after a fused و
            end = bisect.bisect_left(self.tok_starts, e)
            if 0 <= k < end and k not in out:
                out[k] = NameAt(end, self.mentions.labels.get(eid, label), eid)
        return out

    def refresh_entities(self) -> None:
        """Read the entities layer again after the stage added people to it."""
        self.mentions = MentionIndex(self.doc.layer("entities"), self.lex.non_actor_names, self.lex.address_words)
        self.names = self._names()
        self._titles = None

    @property
    def titles(self) -> TitleIndex:
        """The titles written with the article's names (built when a speaker first needs it)."""
        if self._titles is None:
            self._titles = TitleIndex(self.toks, self.names, self.lex, self.doc.view("normalized"))
        return self._titles

    def _is_a_name(self, m: Marked) -> bool:
        """أكدت شركة «كي بي إم جي السعودية» في تقرير …: a short quotation right after a noun that
        takes a name in apposition (company, group, newspaper, film …), written without the
        article, is that name."""
        if m.open < 0 or m.close < 0 or m.words > self.lex.introduced_title_max_words:
            return False
        short = m.words <= self.lex.name_max_words
        if short and any(kind == "name" and s <= m.start and e >= m.end for s, e, _, _, kind in self.mentions.overlapping(m.start, m.end)):
            return True  # الشاعر “المرابط ولد المجتبى”: the quotation is one entity's name, no speech
        k = bisect.bisect_left(self.tok_starts, m.open) - 1
        colon = k > 0 and self.toks.raw[k].text == ":"
        if k > 0 and (colon or self.toks.norm(k) in self.lex.detached_prepositions):
            k -= 1  # دراسة: "…"، المعنون بـ”…”: a colon or بـ may stand between
        elif k < 0 or self.toks.raw[k].end < m.open - 1:
            return False
        t = self.toks[k]
        if t.kind != "ar":
            return False
        if strip_conj(t.norm) in self.lex.title_introducers:
            return True  # تقرير بعنوان «…»، مقاله المعنون بـ”…”: the title of a work, of any length
        if not colon and m.words <= self.lex.work_title_max_words and names_a_work(t.norm, self.lex):
            # وفي كتابه «ثلاثون عاماً في الإسلام»، لرواية «كان الرئيس صديقي»; after a colon
            # (يقول في كتابه: «…») the words of the book are quoted
            return True
        return short and not is_definite(t) and bare_word(t) in self.lex.name_heads

    def _end_before_narration(self, m: Marked) -> None:
        """وقالت المصادر إن «اتفاقًا كاملاً جرى … تركيا. وقالت المصادر إن الإرهاب لا يقتصر على
        «داعش»، بل يتعداه إلى جماعات أخرى»: marks that pair across sentences (a closer left out, an
        opener never closed) must not run a quotation over a sentence that opens with a reporting
        verb. That sentence is the writer's narration, so the quotation ends before it (the
        sentence splitter keeps a quotation whole, so sentence ends are read here from the
        tokens)."""
        if m.open < 0:
            return
        raw = self.toks.raw
        j = bisect.bisect_right(self.tok_starts, m.start)
        end_j = bisect.bisect_left(self.tok_starts, m.end)
        for k in range(j + 1, end_j):
            if raw[k - 1].text not in _SENTENCE_END:
                continue
            v = self._opening_verb(k, end_j)
            if v is not None and v.finite:
                end = raw[k - 1].end
                while end > m.start and (self.text[end - 1].isspace() or self.text[end - 1] in QUOTE_CHARS):
                    end -= 1
                m.end, m.close = end, -1
                return

    def _opening_verb(self, k: int, end: int):
        """The reporting verb that opens the sentence starting at token ``k``, past a short
        adjunct (بدوره، أعلن …؛ ومن جهته قال …), or None."""
        toks, lex = self.toks, self.lex
        for _ in range(4):
            if k >= end:
                return None
            v = lex.verb(toks.norm(k), toks.raw[k].text)
            if v is not None:
                return v
            n = strip_conj(toks.norm(k))
            if toks[k].kind == "punct" and toks.raw[k].text not in QUOTE_CHARS or n in lex.connectors:
                k += 1
                continue
            seq = next((q for q in lex.skip_after_verb if q[0] == n and k + len(q) <= end
                        and all(strip_conj(toks.norm(k + x)) == y for x, y in enumerate(q))), None)
            if seq is None:
                return None
            k += len(seq)
        return None

    def _inside_mask(self) -> list[bool]:
        mask = [False] * len(self.toks)
        for m in self.direct:
            if m.open < 0 and not m.continues:
                continue  # a closer without opener is only a candidate until a cue follows it
            a = bisect.bisect_left(self.tok_starts, m.start)
            b = bisect.bisect_left(self.tok_starts, m.end)
            mask[a:b] = [True] * (b - a)
        for m in _SCRIPTURE_BRACKETS.finditer(self.text):
            # ((ولقد همت به وهم بها لولا أن رأى برهان ربه)): the press's brackets for the Qur'an quote
            # words; a verb in them (رأى، يذكر) is no reporting cue of the article
            a = bisect.bisect_left(self.tok_starts, m.start())
            b = bisect.bisect_left(self.tok_starts, m.end())
            mask[a:b] = [True] * (b - a)
        return mask

    def raw_start(self, k: int) -> int:
        return self.tok_starts[k]

    def tok_at(self, pos: int) -> int:
        return bisect.bisect_left(self.tok_starts, pos)


# --- 1. each cue: what it governs and who speaks ------------------------------------------------

def _analyse_cue(w: _Work, c: Cue, cue_tokens: set[int]) -> None:
    """Fill in what the cue ``c`` governs (a complementiser, a quotation or a colon) and its
    speaker phrase, or why it has none (``speaker_how``)."""
    first = w.sent_first.get(c.sent, 0)
    last = w.sent_last.get(c.sent, len(w.toks))
    if c.kind == "attribution":
        _analyse_attribution(w, c, first, last)
        return
    if c.i in w.attribution_verbs:
        # بحسب ما يقول المعلقون، فإن …: the verb is the attribution phrase's source; the phrase
        # makes the quote, the verb would make a second one of part of the same clause
        c.speaker_how = "no-source"
        return
    stop = _scan_governed(w, c, last, cue_tokens)
    if _narrators_background(w, c):
        return
    if _writers_own_piece(w, c) or _writers_finding(w, c):
        # كتبت مقالا …، ذكرت في المقال السابق أن …: the columnist cites his own column
        c.comp, c.colon, c.quote, c.speaker_how = -1, -1, None, "no-source"
        return
    if "weak" in c.verb.flags and c.quote is not None and c.quote.words < 4:
        c.quote = None  # تابعوا «إيه بي سي»: a weak verb before a short quotation is not speech
    _find_speaker(w, c, first, stop)
    if _figurative_speaker(w, c):
        c.comp, c.colon, c.quote, c.speaker_how = -1, -1, None, "no-source"
        return
    _as_reported(w, c, first, last)


def _writers_finding(w: _Work, c: Cue) -> bool:
    """Is the cue a verb of appearing with the writer's "to me / to us" right after it (تبين لي أن،
    يتضح لنا أن: ``impersonal_experiencer``, ``first_person_experiencers``)? The clause is the
    writer's own finding, no quote, also with more than fillers before the complementiser, where
    ``_experiencer_then_fillers`` does not reach (fresh reading 8: a columnist's «تبين لي أن»)."""
    toks, lex = w.toks, w.lex
    return strip_conj(toks[c.i].norm) in lex.impersonal_experiencer and c.i + 1 < len(toks) \
        and toks[c.i + 1].norm in lex.first_person_experiencers


def _writers_own_piece(w: _Work, c: Cue) -> bool:
    """Is the cue a columnist's "I wrote / I mentioned" about a piece of his own (كتبت مقالا عن …،
    ذكرت في المقال السابق أن …، كتبت مراراً في هذه الزاوية عن …، كتبت هذا المقال لأني …)? The past
    form with ت is also the feminine "she wrote"; it is read as the writer's first person only when
    no name stands before the column noun (كتبت صحيفة "البلد" الجزائرية، مقالاً: the paper) and the
    noun is his: a column (``column_nouns``) that is the verb's indefinite object (مقالا), his own
    (مقالي، زاويتي), this one (هذا المقال، هذه الزاوية) or an earlier one (في المقال السابق، في مقالة
    سابقة: ``earlier_adjectives``). Such words are the writer's own, not a quote with a speaker
    (a fresh reading judged «كتبت في مقالة سابقة، ما نصه:» not a quote; on other days the cue took
    a speaker from the words after it: «تذكرون قبل نحو شهرين» for «كتبت مقالا», 2015-07-25 article
    279). Not «ذكرت في مقال لك سابق» (an interviewer's "you")."""
    v, toks, lex = c.verb, w.toks, w.lex
    if v is None or v.kind != "past" or v.agreement != "fs" or not toks[c.i].norm.endswith("ت"):
        return False
    if c.comp >= 0 or c.colon >= 0:
        gov = max(c.comp, c.colon)
    elif c.quote is not None:
        gov = w.tok_at(c.quote.outer_start)
    else:
        return False
    for k in range(c.i + 1, min(gov, c.i + 1 + _OWN_PIECE_REACH)):
        t = toks[k]
        if k in w.names or strip_conj(t.norm) in lex.second_person_objects:
            return False
        n = strip_conj(t.norm)
        base = n[1:] if t.prep and len(n) > 4 else n  # بمقالي (a fused ل/ب only on a word of five letters or more)
        if base in lex.own_columns:
            return True  # مقالي، زاويتي
        word = bare_word(t)
        if accusative_indefinite(t) and word[:-1] in lex.column_nouns:
            return True  # كتبت مقالا
        if word in lex.column_nouns and (
                (k > c.i + 1 and strip_conj(toks[k - 1].norm) in lex.demonstratives)
                or (k + 1 < gov and bare_word(toks[k + 1]) in lex.earlier_adjectives)):
            return True  # هذا المقال، هذه الزاوية، في المقال السابق
    return False


# كتبت قبل أسبوعين مقالا، كتبت مراراً في هذه الزاوية: the column noun stands within a few words
# of the verb (an adverb of time and a preposition at most)
_OWN_PIECE_REACH = 6


def _figurative_speaker(w: _Work, c: Cue) -> bool:
    """التاريخ يقول إن …، المنطق يقول …، الواقع يقول …: an abstraction that "says" something
    (``figurative_speakers``, with the article and at most one adjective) is the writer's own
    rhetoric, no quote."""
    if c.speaker is None:
        return False
    a, b = c.speaker
    return b - a <= 2 and is_definite(w.toks[a]) and bare_word(w.toks[a]) in w.lex.figurative_speakers


def _as_reported(w: _Work, c: Cue, first: int, last: int) -> None:
    """…، كما ذكرت صحيفة عكاظ. / وكما ذكرت صحيفة الحياة، فإن …: a verb of saying after كما ("as")
    that governs nothing itself, with its subject after it, attributes the clause beside it to that
    subject, like حسبما (``as_attributions`` in wordclasses.tsv); كما ذكرنا ("as we said", no
    subject) is the writer's."""
    i = c.i
    if c.comp >= 0 or c.colon >= 0 or c.quote is not None or c.speaker_how != "after" or i <= first \
            or strip_conj(w.toks[i - 1].norm) not in w.lex.as_attributions:
        return
    toks, b = w.toks, c.speaker[1]
    k = b
    while k < last and toks[k].kind == "punct":
        k += 1
    before = i - 1 > first and toks[i - 2].text in "،,"
    if before and k < last:
        return  # كان على فريق العمل، كما يقول رئيسه …، البحث عن …: a parenthesis inside the clause
    if not before and not (k < last and (toks[k].norm in w.lex.fa_complementisers or toks[k].norm == "فقد")):
        return  # كما دعت الأمانة العامة، منظمات المجتمع المدني إلى …: كما is "also", the comma no end
    phrase = Cue(i - 1, None, c.sent, kind="attribution")  # the clause is read from كما, as from حسبما
    _attributed_clause(w, phrase, first, last, b)
    c.clause, c.quote = phrase.clause, phrase.quote


def _scan_governed(w: _Work, c: Cue, last: int, cue_tokens: set[int]) -> int:
    """Look forward from the verb, within its sentence, for the first complementiser, quotation
    mark or colon (set on ``c``); return the token where the speaker phrase must end."""
    lex, toks = w.lex, w.toks
    i = c.i
    reach = min(last, i + lex.cue_reach_tokens)
    raw = toks.raw
    past_term = 0
    for j in range(i + 1, reach):
        if j < past_term:
            continue  # قال … على محطة الـ«سي إن إن» إنّ: the words of a name in marks govern nothing
        if j in w.term_skip:
            past_term = w.term_skip[j]
            continue
        t = raw[j]
        m = w.open_at.get(t.start)
        if m is not None:
            if _names_something(w, m, j, reach, cue_tokens):
                continue
            c.quote = m
            return j
        if w.inside[j]:
            continue
        if j in cue_tokens or (c.verb is not None and "weak" in c.verb.flags and _opens_reason(toks, j, lex)):
            return j
        if is_complementiser(toks, j, lex, w.comps) and "direct" not in c.verb.flags:
            if not _governs_past_subject(w, c, j):
                return j  # ويعتبر موعد الانتخابات مكسبا لبلاتر …، في حين أن: "is considered"
            c.comp = j
            return j
        if t.text in "،," and j + 1 < reach and _opens_new_clause(toks, j + 1, lex):
            return j  # أكد الصعب أن …، وكانت إدارة النادي قدمت … على أن …: a later أن is not the verb's
        if (t.text in "،," and j + 1 < reach) or (j > i + 1 and toks[j].norm in lex.attribution_firsts):
            # وأكد عباس، وفق ما نقلت عنه وكالة الأنباء الفلسطينية، أن …; also with no comma before
            # it, right after the subject (وقال نائب رئيس الوزراء الروسي ديمتري روغوزين بحسب ما نقلت
            # عنه وكالات الانباء الروسية، انه …: aawsat 2015-07-27, article 84)
            end = _inserted_attribution_end(toks, j + 1 if t.text in "،," else j, reach, lex)
            if end is not None:
                past_term = end
                continue
        if t.text in ":：" and not _between_digits(w.text, t.start):
            nxt = w.open_at.get(raw[j + 1].start) if j + 1 < len(raw) else None
            if nxt is not None:
                c.quote = nxt
            else:
                c.colon = j
            return j
    return reach


def _governs_past_subject(w: _Work, c: Cue, j: int) -> bool:
    """May the verb at ``c.i`` govern the complementiser at ``j``? A verb read also as a passive
    "is considered" (``subject-then-comp``: يعتبر، تعتبر) only when nothing but its subject phrase
    stands between them (يعتبر الوزير شهيب أن، يعتبر أن); past a predicate the أن is another clause's."""
    if c.verb is None or "subject-then-comp" not in c.verb.flags or not c.verb.finite or j == c.i + 1 \
            or w.toks[j - 1].text in "،,":
        return True  # (…، رئيس اللجنة السابق، أن: an insertion closed by its comma)
    sp = post_verbal(w.toks, c.i, j, w.lex, w.term_skip, w.names)
    return sp is not None and all(w.toks[k].kind == "punct" for k in range(sp[1], j))


def _inserted_attribution_end(toks, k: int, reach: int, lex: QuoteLexicon) -> int | None:
    """The token after the comma that closes an attribution phrase starting at ``k`` right after a
    comma, inside a report whose verb and subject come before it (وقال جاويش أوغلو، بحسب ما نقلت عنه
    وكالة الأناضول التركية الرسمية، إن …: SaudiNewsNet 2015-08-06 articles 368, 494; وشدد البقعاوي،
    حسبما نقلت عنه صحيفة “الرياض”، على …: 2015-07-31 article 179): the phrase vouches for the report,
    so the verb's complementiser is looked for after it. None when no such phrase stands at ``k``,
    when it opens the next clause (a fused و: ، وبحسب المصادر، فإن …), or when a complementiser,
    quotation or colon comes before its closing comma (…، بحسب المصادر أن: not a phrase between
    commas)."""
    t = toks[k]
    if t.conj or not attribution_at(toks, k, lex):
        return None  # (على ضرورة …: على opens «على لسان», but not here)
    if t.norm not in lex.accordance_firsts and not t.norm.endswith("حسبما"):
        # وذكرت الإذاعة العامة الإسرائيلية، نقلا عن مسؤولين أمنيين إسرائيليين، أنه … (aawsat
        # 2015-08-03, article 153): نقلا عن، على لسان name who said the words, not an outlet that
        # vouches for them; that phrase makes the quote
        return None
    j = k + 1
    while j < reach and j - k <= lex.title_chain_max_tokens:
        x = toks[j]
        if x.text == "(" or x.text in QUOTE_CHARS:
            # (وفا)، لـ "مشيخة الأزهر": the outlet's short name in brackets or marks (a longer
            # quotation is speech: the phrase ends before it)
            closing = ")" if x.text == "(" else QUOTE_CHARS
            close = next((y for y in range(j + 1, min(reach, j + _BRACKETED_NAME)) if toks[y].text in closing), None)
            if close is None:
                return None
            j = close + 1
            continue
        if x.text in "،,":
            return j + 1 if j + 1 < reach and toks[j + 1].kind != "punct" else None
        if x.kind == "punct" or x.norm in lex.complementisers or x.norm in lex.fa_complementisers:
            return None
        j += 1
    return None


def names_a_work(norm: str, lex: QuoteLexicon) -> bool:
    """Is the word a work noun (``work_nouns``) with no article, bare, after a fused و/ف, ب or ل, or
    with a possessive pronoun (كتاب، وبكتاب، لرواية، كتابه، روايتها، مقاله)? The definite noun is
    left out: مقدم البرنامج «…» ends a speaker phrase before the speech."""
    n = strip_conj(norm)
    forms = [n] + ([n[1:]] if n[:1] in ("ب", "ل") and len(n) > 3 else [])
    for f in forms:
        if f in lex.work_nouns:
            return True
        for suffix in lex.pronoun_suffixes:  # كتابه، روايتها، برنامجهم (not ي: برنامجي is an adjective)
            if f.endswith(suffix) and len(f) > len(suffix) + 2:
                stem = f[: -len(suffix)]
                if stem in lex.work_nouns or (stem.endswith("ت") and stem[:-1] + "ه" in lex.work_nouns):
                    return True
    return False


# a web address (http://…, //careers…, www.…): a link the article gives, never speech
_WEB_ADDRESS = re.compile(r"\s*(?:(?:https?:)?//|www\.)\S+\s*")


def is_web_address(text: str) -> bool:
    """Is the whole text one web address (a quotation or a colon's clause that is only a link,
    `عبر الرابط التالي: http://…`, or the `//…` after the colon of `http:`)?"""
    return _WEB_ADDRESS.fullmatch(text) is not None


def _opens_reason(toks, j: int, lex: QuoteLexicon) -> bool:
    """Is token ``j`` the أن of إذ أن، حيث إن، إلى درجة أن (``reason_conjunctions``)? That clause
    is a reason or result, and a weak cue before it (تعتبر "is considered") governs nothing past it."""
    return j > 0 and toks.norm(j) in lex.complementisers and strip_conj(toks.norm(j - 1)) in lex.reason_conjunctions


def _between_digits(text: str, pos: int) -> bool:
    """A colon glued to digits on both sides (الساعة 11:59، نتيجة 2:1) writes a time or a score,
    and introduces no speech."""
    return 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()


def _opens_new_clause(toks, k: int, lex: QuoteLexicon) -> bool:
    """Does token ``k`` (after a comma) open a clause with a verb of its own (وكانت، حيث، عندها)?"""
    n = strip_conj(toks.norm(k))
    return n in lex.new_clause or n in lex.kana or toks.norm(k) in lex.new_clause


def _narrators_background(w: _Work, c: Cue) -> bool:
    """ويذكر أن …، يشار أيضا إلى أن …: an impersonal verb before its complementiser is the
    narrator's background, not a quote (the cue then governs nothing)."""
    toks, lex = w.toks, w.lex
    if c.i > 0 and not c.verb.plural and w.sent_of[c.i - 1] == c.sent and (
            strip_conj(toks[c.i - 1].norm) in lex.impersonal_relatives
            or (c.i > 1 and toks[c.i - 1].norm in ("ما", "الذي") and toks[c.i - 2].norm in lex.impersonal_antecedents)):
        # مما يؤكد أن، وهو ما يعني أن، الأمر الذي يؤكد أن: the narrator's inference about what precedes
        # (and مما يؤكد حضور التفكير …: what follows is its object, no speaker)
        c.comp = -1
        c.speaker_how = "impersonal"
        return True
    if c.comp > c.i and toks[c.i].norm in lex.impersonal and all(
            strip_conj(toks[k].norm) in lex.impersonal_fillers for k in range(c.i + 1, c.comp)):
        c.comp = -1
        c.speaker_how = "impersonal"
        return True
    verb = strip_conj(toks[c.i].norm)
    if c.comp > c.i and verb in lex.impersonal_experiencer and _experiencer_then_fillers(w, c):
        # تبين للمستشفى أن …، تبين للواعين أن: "it turned out to the hospital that" — the narrator's
        # account; one word with ل (للأطباء، لنا) is the one it appeared to. (Without it, a fused
        # وتبين أن is as often "and she shows that" after a study or a woman who spoke — SaudiNewsNet
        # 2015-08-02 articles 95 and 140 — so it is left to the verb lexicon.)
        c.comp = -1
        c.speaker_how = "impersonal"
        return True
    return False


def _experiencer_then_fillers(w: _Work, c: Cue) -> bool:
    """Between a verb of appearing and its complementiser: one word with a fused ل (للمستشفى، لنا)
    that names the one it appeared to, and fillers."""
    toks, lex = w.toks, w.lex
    between = range(c.i + 1, c.comp)
    experiencers = [k for k in between if toks[k].prep_l and toks[k].kind == "ar"]
    return len(experiencers) == 1 and all(k in experiencers or strip_conj(toks[k].norm) in lex.impersonal_fillers
                                          for k in between)


def _described_object(w: _Work, sp: tuple[int, int]) -> bool:
    """Is the phrase after a verb whose object comes first (``object-first``: وصف X بأنه) one noun
    or one name followed right away by its ب-predicate (بأنه، بأنها، بالـ…)? Then it is the object:
    with a subject too, two phrases stand before the ب (ووصف الوزير الاتفاق بأنه)."""
    a, b = sp
    toks = w.toks
    if b >= len(toks) or not toks[b].norm.startswith("ب") or not toks[b].prep:
        return False
    nm = w.names.get(a)
    return b == a + 1 or (nm is not None and nm.end == b)


def _find_speaker(w: _Work, c: Cue, first: int, stop: int) -> None:
    """The speaker phrase of a reporting verb: after it, through a relative pronoun before it, or
    before it; else its subject is a pronoun or implicit (resolved later in reading order)."""
    toks, lex, v, i = w.toks, w.lex, c.verb, c.i
    # a verb written plural or dual (قالوا، ذكروا، قالتا) has its subject before it or in itself:
    # in verb-first order Arabic verbs stay singular, so what follows is not the subject
    sp = post_verbal(toks, i, stop, lex, w.term_skip, w.names) if v.finite and v.agreement[1:] == "s" else None
    if sp and _subject_before_qad(w, i, first) and not v.flags & {"source-after-an", "source-after-min"}:
        sp = None  # وكانت الصحيفة قد كشفت الثغرة …: the subject stands before قد, what follows is the object
    if "source-after-an" in v.flags:
        # نقلت الوكالة عن مصدر مطلع قوله إن …: the speaker is the source after عن; with no عن the
        # verb is the noun "transfer" (خدمات نقل الشحنات …، وأن; نقل خدماته “…”) and reports nothing
        src = _source_after(w, sp or (i, i + 1), stop, "عن")
        if src is None and not _source_pronoun_after(w, i, stop):
            c.comp, c.colon, c.quote, c.speaker_how = -1, -1, None, "no-source"
            return
        sp = src or sp
        c.relayed = src is not None
    if v.lemma in lex.naming_verbs and _names_a_name(w, i):
        # مساجد يذكر فيها اسم الله، أن يذكر فيها اسمه: "the name is mentioned" (of God, in scripture
        # quoted in a sermon), no report; its words are no speaker for the وأضاف that follows
        c.comp, c.colon, c.quote, c.speaker_how = -1, -1, None, "no-source"
        return
    if "source-after-min" in v.flags:
        # وعلمت «الشرق الأوسط» من مصدر أمني مسؤول أن …: the paper learned it from the source; with
        # no source named (وعندما علمت أن …: "when I learned that") the verb reports nothing
        src = _source_after(w, sp or (i, i + 1), stop, "من")
        if src is None:
            c.comp, c.colon, c.quote, c.speaker_how = -1, -1, None, "no-source"
            return
        sp = src
        c.relayed = True
    fronted = None if c.relayed else _subject_before_comma(w, c, first)
    if fronted is not None:
        # الأحمد، دعا زوار المهرجان …: the subject stands before the comma; what follows is the object
        c.speaker, c.speaker_how = fronted, "before"
        return
    if sp and "weak" in v.flags and not _may_be_subject(w, sp[0]):
        sp = None  # كتبت تغريدة قالت فيها، اعتبر خطوة …: after a weak verb an indefinite noun is its object
    if sp and "object-first" in v.flags and _described_object(w, sp):
        sp = None  # ووصف المسرحية بأنها «…»: the play is described; the describer is implicit
    if sp and _subject_opens_clause(w, c, first):
        sp = None  # عيدان طالب القاضي بالإفراج …: the clause opened with its subject (SVO)
    statement = _statement_subject(w, c, first) if v.kind == "pres" and not toks[i].conj else None
    if statement is not None:
        c.speaker, c.speaker_how = statement, "before"  # تلقت معلومات موثقة تؤكد أن …: the information
        return
    if sp and _object_after_resumptive(w, c, sp, first, stop):
        sp = None  # ألقى … كلمة أكد فيها وقوف الجمهورية …: the issuer speaks (resolved below)
    if sp and _addressee_after_resumptive(w, c, sp, first, stop):
        c.speaker_how = "issuer"  # resolved to the subject of the clause that issued the statement
        return
    if sp:
        c.speaker, c.speaker_how = _with_apposition(w, sp, stop), "after"
        return
    writer = _writer_of_statement(w, i, first) if v.finite else None
    if writer is not None:
        # رسالة من عبد الرحمن السالمي يقول فيها:، مقالة قديمة كتبها الناقد رونالد برغن … يقول فيها:
        # "in it" refers back to a letter or an article: its writer speaks (round 13)
        c.speaker, c.speaker_how = writer, "writer"
        return
    if v.finite and i + 1 < len(toks) and toks[i + 1].norm in lex.resumptives and _statement_before(w, i, first):
        # وقد أصدرت وزارة الداخلية اليوم بيانًا قالت فيه: …: "in which" refers back to the statement,
        # so the subject is its issuer (the subject of the clause that issued it), not the words
        # that open the sentence with the issuing verb (أصدرت وزارة الداخلية)
        c.speaker_how = "issuer"
        return
    rel = relative_before(toks, i, first, lex)
    if rel is not None:
        r, agr = rel
        if v.finite and agr[0] != v.agreement[0]:
            c.speaker_how = "object"  # التي قال إن: "which he said"; the subject is implicit
            return
        k = i + 2 if i + 2 < len(toks) and toks[i + 1].norm == "من" else i + 1
        if k < len(toks) and toks[k].norm in lex.resumptives:
            c.speaker_how = "implicit"  # تصريحاتها … التي قالت من خلالها إنها: "through which she said"
            return
        ant = antecedent(toks, r, first, lex)
        if ant:
            c.speaker, c.speaker_how = ant, "relative"
            return
    if v.finite and not pronoun_subject(toks, i, first, lex):
        pre = _subject_before_verb(w, i, first)
        if pre:
            c.speaker, c.speaker_how = pre, "before"
            return
    c.speaker_how = "implicit"


# A letter or an article that a later "in it" (فيها) refers back to is named at most this many
# words before the verb, quotations left out (مقالة قديمة كتبها الناقد البريطاني رونالد برغن في صحيفة
# «ذ غارديان» سنة 2007 يقول فيها: eleven, aawsat 2015-07-21).
_WRITER_REACH = 12


def _writer_of_statement(w: _Work, i: int, first: int) -> tuple[int, int] | None:
    """The name of whoever wrote the statement that "in it" after the verb at ``i`` refers back to:
    the nearest statement noun before the verb in its sentence (no verb of saying or complementiser
    between), with at most two adjectives, then its writer: a person or organisation after من
    (رسالة من عبد الرحمن احمد السالمي يقول فيها) or the subject of a verb that takes the noun as its
    pronoun (مقالة قديمة كتبها الناقد البريطاني رونالد برغن … يقول فيها). Else None (the subject of
    the clause that issued it is then read as before; a name merely after the noun, تغريدة على صفحته
    بموقع "تويتر"، is where it was written, not who wrote it)."""
    toks, lex = w.toks, w.lex
    if i + 1 >= len(toks) or toks[i + 1].norm not in lex.resumptives:
        return None
    words = 0
    for k in range(i - 1, first - 1, -1):
        t = toks[k]
        if t.kind != "ar" or w.inside[k]:
            continue
        words += 1
        if words > _WRITER_REACH or lex.verb(t.norm) is not None or t.norm in lex.complementisers:
            return None
        if bare_word(t) in lex.statement_nouns:
            return _writer_after(w, k, i)
    return None


def _writer_after(w: _Work, k: int, i: int) -> tuple[int, int] | None:
    """The writer named right after the statement noun at ``k`` (see ``_writer_of_statement``)."""
    toks, lex = w.toks, w.lex
    j = k + 1
    while j < min(i, k + 3) and toks[j].kind == "ar" and j not in w.names and not _is_stop_word(toks[j], lex) \
            and toks[j].text.endswith("ة") and not is_definite(toks[j]):
        j += 1  # رسالة صغيرة، مقالة قديمة: its adjectives (two at most; feminine, like the nouns that take فيها)
    if j + 1 < i and toks[j].norm == "من" and j + 1 in w.names and w.names[j + 1].label in ("PER", "ORG"):
        return j + 1, w.names[j + 1].end  # رسالة من عبد الرحمن احمد السالمي
    if j < i and toks[j].pron and toks[j].kind == "ar" and not toks[j].prep and not toks[j].text.endswith("ة"):
        rng = post_verbal(toks, j, i, lex, w.term_skip, w.names)  # كتبها الناقد البريطاني رونالد برغن
        if rng is not None and names_person(rng[0], rng[1], w.names):
            return rng[0], title_chain_end(toks, rng[0], rng[1], i, lex, w.term_skip, w.names) or rng[1]
    return None


def _is_stop_word(t: Tok, lex: QuoteLexicon) -> bool:
    n = strip_conj(t.norm)
    return n in lex.stops or t.norm in lex.complementisers or n in lex.relatives


def _subject_before_verb(w: _Work, i: int, first: int) -> tuple[int, int] | None:
    """The subject written before the verb at ``i`` (``pre_verbal``), unless its words are part of
    a fronted adverbial (وحول اعتماد وحدات سكنية … في عرعر قال، وفي مارس (آذار) الماضي قال مكتب
    الإحصاء: the topic or the time of what is said; round 13, implied subjects)."""
    pre = pre_verbal(w.toks, i, first, w.lex, w.names)
    if pre and in_fronted_adverbial(w.toks, pre[0], pre[1], first, w.lex, w.names):
        return None
    return pre


def _names_a_name(w: _Work, i: int) -> bool:
    """Is the object of the verb at ``i`` a name (اسم، اسمه), past a resumptive (فيها، فيه)?"""
    k = i + 1
    if k < len(w.toks) and w.toks[k].norm in w.lex.resumptives:
        k += 1
    return k < len(w.toks) and strip_conj(w.toks[k].norm) in w.lex.naming_objects


def _subject_before_qad(w: _Work, i: int, first: int) -> bool:
    """وكانت الصحيفة قد كشفت، وكان الرئيس قد قال: كان, its subject and قد before the verb."""
    toks = w.toks
    if i - 2 < first or toks[i - 1].norm != "قد":
        return False
    return any(strip_conj(toks[p].norm) in w.lex.kana for p in range(max(first, i - 2 - w.lex.speaker_max_tokens), i - 2))


def _with_apposition(w: _Work, sp: tuple[int, int], stop: int) -> tuple[int, int]:
    """أكد المتحدث الرسمي باسم رئاسة الجمهورية، خالد شواني، في تصريحات … أن …: a title that names
    no person, followed between commas by a person's name, runs on to that name (apposition). The
    title may run on past the phrase to that comma through its place or body (أعلن سفير ملك
    السعودية في القاهرة، أحمد بن عبد العزيز قطان، أن: the phrase stopped at في), and the name may
    open with a form of address the entity stage leaves out (أكد مدير الشؤون الصحية بجدة، الدكتور
    مبارك عسيري، أن) — both SaudiNewsNet 2015-08-06."""
    a, b = sp
    toks, names, lex = w.toks, w.names, w.lex
    if any(k in names and names[k].label == "PER" for k in range(a, b)):
        return sp
    # the title's own chain, to the comma: words and quotation marks only (no verb, no
    # complementiser: then the comma closes a clause, not the title), as long as a title chain
    c = b
    while c < stop and c - a <= lex.title_chain_max_tokens and toks[c].text not in "،,":
        t = toks[c]
        if t.text in QUOTE_CHARS:
            c += 1
            continue
        if t.kind != "ar" or c in names and names[c].label == "PER" or lex.verb(t.norm) is not None \
                or strip_conj(t.norm) in lex.complementisers:
            return sp
        c += 1
    if c + 1 >= stop or toks[c].text not in "،,":
        return sp
    k = c + 1
    # (at most two forms of address, الشيخ، اللواء الركن, and a rank's qualifiers: العميد ركن طيار)
    while k < stop and k - c <= 5 and is_form_of_address(toks, k, lex) and k not in names:
        k += 1
    nm = names.get(k)
    if nm is None or nm.label != "PER" or nm.end >= stop or toks[nm.end].text not in "،,":
        return sp
    return a, nm.end


def _source_pronoun_after(w: _Work, i: int, stop: int) -> bool:
    """نقل عنه قوله إن …: عن with a pronoun (عنه، عنها، عنهم) between the verb and what it governs."""
    lex = w.lex
    for k in range(i + 1, stop):
        n = w.toks[k].norm
        if n.startswith("عن") and n[2:] in lex.pronoun_suffixes:
            return True
    return False


def _source_after(w: _Work, sp: tuple[int, int], stop: int, prep: str) -> tuple[int, int] | None:
    """The source phrase after the preposition ``prep`` that follows the subject phrase ``sp``
    (نقلت الوكالة عن مصدر، علمت الصحيفة من مصادر), or None."""
    toks = w.toks
    k = sp[0] + 1
    while k < stop:
        if k in w.term_skip:
            k = w.term_skip[k]  # علمت «عكاظ» من …: the paper's name in quotation marks
            continue
        if toks[k].norm == prep:
            return post_verbal(toks, k, stop, w.lex, w.term_skip, w.names)
        if toks[k].text == "(":
            # ونقلت مجلة (كيكر) الألمانية عن …، هيئة الإذاعة البريطانية (بي. بي. سي) عنه: a gloss
            close = next((j for j in range(k + 1, min(stop, k + 8)) if toks[j].text == ")"), None)
            if close is not None:
                k = close + 1
                continue
        if toks[k].kind == "punct" and k >= sp[1] and toks[k].text not in QUOTE_CHARS \
                and not (toks[k].text in "،," and k + 1 < stop and toks[k + 1].norm == prep):
            return None  # (علمت المدينة، من مصادر مطلعة أن: a comma before the source is no end)
        k += 1
    return None


def _object_after_resumptive(w: _Work, c: Cue, sp: tuple[int, int], first: int, stop: int) -> bool:
    """كلمة ألقاها مرشد الثورة الإيرانية علي خامنئي أكد فيها وقوف الجمهورية الإسلامية …، وكلمة لقائد
    عام المخيم …، أكد فيها أهمية المخيم: after "in which" (فيه، فيها) referring back to a statement
    just named, an indefinite noun that is no name, source or title (a verbal noun in construct:
    وقوف، أهمية، حرص) is what was said, the verb's object; the subject is implied, the statement's
    issuer (round 13, implied subjects; a definite title or a name there, قال فيه المتحدث باسم
    الوزارة، is still the subject)."""
    toks, lex, a = w.toks, w.lex, sp[0]
    if c.i + 1 >= stop or toks[c.i + 1].norm not in lex.resumptives or not c.verb.finite:
        return False
    head = toks[a]
    if head.kind != "ar" or is_definite(head) or a in w.names or bare_word(head) in lex.sources \
            or is_form_of_address(toks, a, lex) or is_honorific_pronoun(head, lex):
        return False
    return _statement_before(w, c.i, first)


def _addressee_after_resumptive(w: _Work, c: Cue, sp: tuple[int, int], first: int, stop: int) -> bool:
    """أصدرت بيانا دعت فيه حزب الله "للعودة …"، أطلق نداءً …، دعا فيه الأطباء اليمنيين … إلى …: after
    "in which" (فيه، خلاله) referring back to a statement just named (بيان، نداء، رسالة، كلمة), a
    verb of addressing (دعا، طالب، حذر، أبلغ) has the statement's issuer as its implicit subject,
    and the one noun phrase after it is the person addressed. Two noun phrases (بيان دعت فيه «أوبك»
    المنتجين إلى …) are its subject and object."""
    toks, lex = w.toks, w.lex
    if c.i + 1 >= stop or toks[c.i + 1].norm not in lex.resumptives or _norm(c.verb.lemma) not in lex.addressing_verbs:
        return False
    if not _statement_before(w, c.i, first):
        return False
    b = sp[1]
    if b < stop and toks[b].kind == "ar" and not toks[b].conj and not prepositional(toks[b], lex) \
            and strip_conj(toks[b].norm) not in lex.stops and strip_conj(toks[b].norm) not in lex.relatives \
            and lex.verb(toks[b].norm) is None and determined(toks, b, lex, w.names):
        return False  # a second noun phrase follows (not الذين …, not والمجتمع …): the first is the subject
    return True


def _statement_subject(w: _Work, c: Cue, first: int) -> tuple[int, int] | None:
    """تلقت معلومات موثقة تؤكد أن …، نقل التلفزيون تصريحات لقادة ديمقراطيين تفيد بأنهم …، دراسة حديثة
    تشير إلى أن …: a verb in the present right after an indefinite statement or piece of data with
    its modifiers is a relative clause on it ("information that confirms"): that noun phrase is
    its subject. Not after في (وفي بيان صدر في غزة قال المسؤول: the statement is the occasion)."""
    toks, lex = w.toks, w.lex
    for k in range(c.i - 1, max(first, c.i - _STATEMENT_REACH) - 1, -1):
        t = toks[k]
        if t.kind == "punct" or lex.verb(t.norm) is not None or strip_conj(t.norm) in lex.relatives \
                or t.norm in lex.complementisers or w.inside[k]:
            return None
        n = strip_conj(t.norm)
        if not is_definite(t) and not t.pron and (n in lex.statement_nouns or n in lex.data_sources):
            if k > first and strip_conj(toks[k - 1].norm) in ("في", "فى"):
                return None
            return k, c.i
    return None


def _statement_before(w: _Work, i: int, first: int) -> bool:
    """Is an indefinite noun of a statement (بيانا، نداءً، رسالة، كلمة) written shortly before the
    verb at ``i``, with no other verb between (the antecedent of the فيه after it)?"""
    toks, lex = w.toks, w.lex
    quoted = {k for a, b in w.term_skip.items() if b <= i for k in range(a, b)}
    words = 0
    for k in range(i - 1, first - 1, -1):
        t = toks[k]
        if t.kind != "ar" or k in quoted or w.inside[k]:
            continue  # a title in quotation marks (مقالا تحت عنوان: «…»، دعا فيه) counts for nothing
        words += 1
        if words > _STATEMENT_REACH:
            return False
        n = strip_conj(t.norm)
        if lex.verb(t.norm) is not None or n in lex.relatives:
            return False
        if not is_definite(t) and (n in lex.statement_nouns or (n.endswith("ا") and n[:-1] in lex.statement_nouns)):
            return True
    return False


def _subject_opens_clause(w: _Work, c: Cue, first: int) -> bool:
    """عيدان طالب القاضي بالإفراج عن …، الرئيس الأمريكي أكد الوزير …: when a name or a determined
    noun phrase opens the clause right before the verb (no conjunction on the verb, nothing between
    them), the order is subject-verb-object and what follows the verb is its object."""
    toks, i = w.toks, c.i
    if toks[i].conj or not c.verb.finite or pronoun_subject(toks, i, first, w.lex):
        return False
    pre = _subject_before_verb(w, i, first)
    if pre is None or pre[1] != i:
        return False
    a = pre[0]
    # a dash between two words joins them (الاجتماع الجزائري - الإسباني رفيع المستوى قال سلال)
    opens = a == first or (toks[a - 1].kind == "punct" and toks[a - 1].text not in "-–—") \
        or toks[a - 1].norm in w.lex.connectors
    if not opens:
        return False
    if a in w.names:
        return True
    # a common noun must agree in gender with the verb: المنهج الوسطي طالبت الدراسة الجهات … is a
    # subheading before a verb-first sentence, not its subject
    feminine = toks[a].norm.endswith(("ه", "ات"))
    return is_definite(toks[a]) and feminine == c.verb.feminine


def _subject_before_comma(w: _Work, c: Cue, first: int) -> tuple[int, int] | None:
    """The subject written before the verb at ``c.i`` and set off from it by a comma: «وكان الصافي،
    طالب العبادي بأن يكون أكثر جرأة» (SaudiNewsNet 2015-08-08: the object العبادي was the speaker),
    «بلدية الجبيل، قالت على لسان رئيسها» (2015-08-06), «مصادر طبية مطلعة، أبلغت الصحيفة» (2015-08-06,
    the object الصحيفة). The phrase must open its clause (sentence start, punctuation, a connector,
    كان or أن) and run up to the comma, and be a person or body the entity stage named, ending at the
    comma, or an unnamed source (مصادر، المصادر ذاتها); a fronted adverbial (وبالعودة إلى المهندس
    القحطاني، أوضح، وفي حديثه مع …، قال) or any other phrase is left alone, and so is a verb written
    with و (X، وقال: a second clause whose subject is read as before) or a plural one."""
    toks, i, lex, names = w.toks, c.i, w.lex, w.names
    if toks[i].conj or not c.verb.finite or c.verb.agreement[1:] != "s" or i - 2 < first \
            or toks[i - 1].text not in "،,":
        return None
    comma = i - 1
    pre = pre_verbal(toks, comma, first, lex, names)
    if pre is None or pre[1] != comma or in_fronted_adverbial(toks, pre[0], comma, first, lex, names):
        return None
    a = pre[0]
    before = toks[a - 1] if a > first else None
    opens = before is None or (before.kind == "punct" and before.text not in "-–—") \
        or before.norm in lex.connectors or strip_conj(before.norm) in lex.kana \
        or before.norm in lex.complementisers  # يذكر أن وزارة الداخلية السعودية، أعلنت أن (2015-08-08)
    if not opens or not can_head_subject(toks, a, lex, names) or strip_conj(toks[a].norm) in lex.fronting_prepositions:
        return None  # (…) رغم وجود صندوق اللاعب، أجاب (2015-08-03): a concession that ends in a name
    # a subject phrase: a title chain at most, and no preposition, stop word or verb of saying
    # outside a name (found on shared dev, where «قانون "مكافحة الإرهاب" الجديد ليحل محل قانون صادر في
    # 2003 في عهد زين العابدين بن علي، يقول المدافعون عن حقوق الإنسان، إنه» lost its speaker to a
    # clause that ends in a name; «وعن تقلبات أسعار النفط وكيف تتعامل معها سابك، أشار البنيان»,
    # 2015-07-27, is the same shape)
    if comma - a > lex.title_chain_max_tokens:
        return None
    inside = {k for s in range(a, comma) if s in names for k in range(s, names[s].end)}
    if any(k not in inside and (_is_stop_word(toks[k], lex) or prepositional(toks[k], lex)
                                or lex.verb(toks[k].norm) is not None)
           for k in range(a, comma)):
        return None
    named = any(k in names and names[k].label in ("PER", "ORG") and names[k].end == comma for k in range(a, comma))
    return pre if named or is_anonymous(toks, a, comma, lex, names) else None


def _may_be_subject(w: _Work, a: int) -> bool:
    """Can the phrase starting at ``a`` be a weak verb's subject rather than its object? Not when
    it starts with an indefinite noun in the accusative (كتب مقالا، اعتبر قرارا) or a feminine
    indefinite noun (كتبت تغريدة، ذكر رسالة) that is no name and no source noun (مصادر، مسؤولة)."""
    t = w.toks[a]
    if t.kind != "ar" or determined(w.toks, a, w.lex, w.names):
        return True  # وكالة الطاقة، شركة بريتش بتروليوم: a noun in construct with a definite one
    if bare_word(t) in w.lex.name_heads:
        return True  # وكتبت صحيفة صباح الموالية للحكومة أن …: a paper, an agency, a company
    n = t.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return not (len(n) > 3 and (n.endswith("ا") or n.endswith("ة")))


def _names_something(w: _Work, m: Marked, j: int, reach: int, cue_tokens: set[int]) -> bool:
    """Is the short quotation opening at token ``j`` a name inside the speaker phrase or its
    adjuncts (أعلنت رئيسة «اتحاد جمعيات الصحافيين الإسبان» أن …؛ في تصريح إلى محطة «تي في أي»،
    «…»)? It is when a complementiser or another quotation follows it before the sentence ends.
    Then it becomes a term and the phrase reads through it."""
    if m.words > _NAME_WORDS or m.close < 0:
        return False
    after = w.tok_at(m.outer_end)
    for k in range(after, reach):
        if k in cue_tokens:
            return False
        if w.raw_start(k) in w.open_at or is_complementiser(w.toks, k, w.lex, w.comps):
            m.kind = "term"
            w.terms.append(m)
            w.term_skip[j] = after
            return True
    return False


def _analyse_attribution(w: _Work, c: Cue, first: int, last: int) -> None:
    """An attribution phrase (وفقا لـ، بحسب، نقلا عن …): its source and the clause it attributes."""
    b = _attribution_source(w, c, last)
    if b is not None and _names_a_source(w, c):
        _attributed_clause(w, c, first, last, b)
    elif b is not None:
        c.speaker, c.speaker_how = None, "no-source"  # حسب الأولوية: "in accordance with"


def _attribution_source(w: _Work, c: Cue, last: int) -> int | None:
    """Set the source after the attribution phrase as the cue's speaker; return the token that
    ends it (None when where it ends is unknown)."""
    lex, toks = w.lex, w.toks
    n = phrase_len(toks, c.i, lex)
    a = c.i + n
    b = a
    if a < last and toks[a - 1].prep_l and n >= 1 and toks[a - 1].norm not in ("ل", "لـ") and \
            toks[a - 1].norm.startswith(("ل", "ول")) and toks[a - 1].norm not in lex.attributions:
        a -= 1  # the source is fused to the preposition: لإحصائيات
        b = a
    closed = False
    # وطبقا لما أعلنه ناصر الحاسي المتحدث باسم سلاح الجو الليبي، فإن …: a source that is a clause
    # (ما + verb + subject with its title) runs as long as a title chain
    reach = lex.title_chain_max_tokens if a < last and toks[a].norm in ("ما", "لما") else lex.speaker_max_tokens
    # the verb of a source that is a clause (وفق ما أعلن …، حسبما ذكرت …), and the token after it when
    # that is عنه، عنها (وفق ما نقلت عنه وكالة الأنباء …، حسبما نقلت عنه صحيفة «الرياض»: the one quoted,
    # named before, stands between the verb and its subject, the outlet)
    # (a < last: the phrase may end the text, «… وذلك بحسب» with nothing after it)
    k = a + 1 if a < last and toks[a].norm in ("ما", "لما") else (a if toks[c.i].norm.endswith("حسبما") else -1)
    cited = k + 1 if 0 <= k and k + 1 < last and toks[k + 1].norm in lex.cited_pronouns else -1
    while b < last and b - a < reach:
        t = toks[b]
        if b == cited:
            b += 1
            continue
        if b > a and b in w.term_skip and w.term_skip[b] <= last:
            b = w.term_skip[b]  # بحسب صحيفة «صنداي مورنينغ بوست»
            continue
        if t.kind == "punct" or (b > a and strip_conj(t.norm) in lex.stops) or t.norm in lex.complementisers \
                or t.norm in lex.fa_complementisers or (b > a and t.norm == "فقد"):
            # (ووفقا لدار النشر فقد ولد …: فقد answers the phrase like فإن, with no comma before it;
            # fresh reading 8, and «ووفقا لوكالة الأنباء الكويتية "كونا"، فقد حققت …» 2015-07-25)
            closed = True
            break
        b += 1
    if b == a or not (closed or b == last):
        return None  # وبحسب بيان لرئاسة الإقليم أشاد …: no comma, so where the source ends is unknown
    c.speaker, c.speaker_how = (a, b), "source"
    if a + 1 < b and _head_words(toks[a]) & lex.speech_nouns:
        c.speaker = (a + 1, b)  # حسب تعبير المصدر، على حد قول الوزير: whose words they are
    if b == a + 1 and _speech_of_a_pronoun(toks[a], lex):
        c.speaker, c.speaker_how = None, "implicit"  # بحسب زعمه: the one "he" refers to
        return b
    # وفق ما أعلن متحدثون عسكريون، حسبما ذكرت الوكالة: the source is the subject of that verb
    if 0 <= k < last and _verb_with_object(lex, toks[k].norm):
        sub = post_verbal(toks, cited if cited > 0 else k, b, lex, w.term_skip, w.names)
        if sub:
            c.speaker, c.speaker_how = sub, "said"
            w.attribution_verbs.add(k)  # (the verb speaks through the phrase, not on its own)
    return b


# (وفا)، (د ب أ)، (واس): a short name in brackets after a source runs to a few tokens at most
_BRACKETED_NAME = 6


def _verb_with_object(lex: QuoteLexicon, n: str) -> bool:
    """A verb of saying, also with the object pronoun that refers back to ما (وفق ما أعلنه،
    بحسب ما نقلته، طبقا لما ذكرته)."""
    if lex.verb(n) is not None:
        return True
    for suffix in ("ها", "ه"):
        if n.endswith(suffix) and len(n) > len(suffix) + 2 and lex.verb(n[:-len(suffix)]) is not None:
            return True
    return False


def _names_a_source(w: _Work, c: Cue) -> bool:
    """Does the attribution phrase name a source of information: a person or an organisation of
    the article (by name or by the title it gave them), an unnamed source (مصادر، مسؤول، شهود), a
    statement, report or agency (بيان، تقرير، وكالة: ``generic_speakers``, ``statement_nouns``),
    data (إحصائيات، أرقام: ``data_sources``), what someone said (وفق ما أعلن …، بحسب زعمه)? If not,
    it means "in accordance with" (حسب الأولوية، وفق لوائح التسجيل، بحسب أسعار الأسهم)."""
    toks, lex = w.toks, w.lex
    n = toks[c.i].norm
    if c.speaker is None or c.speaker_how != "source" or not (n in lex.accordance_firsts
                                                              or strip_conj(n) in lex.accordance_firsts):
        return True  # بحسب زعمه (a pronoun), وفق ما أعلن متحدثون (a verb's subject), على لسان X
    a, b = c.speaker
    if toks[a].norm in ("ما", "لما"):
        return True  # وفق ما نشرته الصحيفة (a verb that is no verb of saying)
    heads = _head_words(toks[a])
    if any(h in lex.sources or h in lex.generic_speakers or h in lex.statement_nouns or h in lex.data_sources
           or h in lex.media_nouns
           for h in heads):
        return True
    if w.mentions.link(toks[a].head, toks[b - 1].end) is not None:
        return True
    return w.titles.resolve(a, b) is not None


def _head_words(t: Tok) -> set[str]:
    """A source's first word as a word class would list it: without و/ف, the article, and a fused
    ل (لإحصائيات، للبيان)."""
    out = {bare_word(t)}
    n = strip_conj(t.norm)
    if t.prep and len(n) > 3:
        bare = without_preposition(n, letters=n[:1])  # any fused letter the tokenizer marked
        out.add(bare if n.startswith("لل") else without_article(bare))  # لل took the article already
    return out


def _speech_of_a_pronoun(t: Tok, lex: QuoteLexicon) -> bool:
    """زعمه، قوله، لتعبيره: a noun of what was said, with a pronoun suffix (see ``speech_nouns``)."""
    stem = pronoun_stem(t, lex)
    return stem is not None and (stem in lex.speech_nouns or (t.prep and stem[1:] in lex.speech_nouns))


def _attributed_clause(w: _Work, c: Cue, first: int, last: int, b: int) -> None:
    """The clause an attribution phrase attributes: the rest of the sentence after its source
    when the phrase opens the sentence or follows a comma, else what precedes the comma before
    it; a clause in quotation marks is that direct quotation."""
    lex, toks, text = w.lex, w.toks, w.text
    m = w.open_at.get(toks[b].start) if b < last else None
    if m is not None and m.kind == "direct" and m.words >= NESTED_MIN_WORDS:
        # بحسب زعمه “يقوم بتشييع …”، بحسب المتحدث «…»: the speech right after it (a shorter
        # quotation is a name: حسب موقع هيئة الإذاعة البريطانية "بي بي سي")
        c.quote = m
        return
    opens_sentence = not any(t.kind != "punct" and t.norm not in lex.connectors for t in toks[first:c.i])
    after_comma = c.i > first and toks[c.i - 1].text in "،,"
    closes = not after_comma and _closes_its_sentence(w, c, first, last, b)
    k = b
    while k < last and toks[k].kind == "punct":
        k += 1
    n = toks[k].norm if k < last else ""
    # …، حسب تقرير نشرته الصحف، فقد سجلت …؛ …، وبحسب المصادر، … : after a comma the phrase opens the
    # clause that follows it when it starts a clause itself (a fused و) or فإن/فقد answer it; else
    # it closes the clause before (… في البحر المتوسط، بحسب المفوضية، ولا يشمل هذا الرقم …)
    opens_next = after_comma and (toks[c.i].conj or n in lex.fa_complementisers or n == "فقد")
    if k < last and (opens_sentence or opens_next) and lex.verb(toks[k].norm, toks[k].text) is not None:
        return  # وبحسب شخص مطلع، قالت إدارة الشركة إن …: the verb reports, the phrase only vouches for it
    if k < last and (opens_sentence or opens_next):
        # ووفقا لإحصائيات حكومة الإقليم، فإن …؛ …، وحسب تقرير نشرته الصحف، فقد سجلت …: the
        # clause follows the source and its comma
        n = toks[k].norm
        if n in lex.fa_complementisers or n in lex.complementisers or strip_conj(n) in lex.complementisers \
                or n == "فقد":
            k += 1
        if k < last:
            c.clause = (toks[k].start, toks[last - 1].end)
    elif after_comma or closes:
        # …، بحسب المصادر: the clause is what precedes (… عدة قذائف بحسب وكالة الاناضول.: also
        # with no comma when the source ends the sentence)
        k = first
        while k < c.i and (toks[k].kind == "punct" or toks[k].norm in lex.connectors):
            k += 1
        if any(j in w.reporting_cues for j in range(k, c.i)):
            return  # قال سلال: «…»، بحسب وكالة الأنباء الجزائرية: the agency vouches for a report it cites
        # (…، وفق ما نقلت عنه وكالة الأنباء الفلسطينية (وفا)، …: also with the outlet's short name
        # in brackets or marks after the source)
        inserted = (b + 1 < last and toks[b].text in "،," and toks[b + 1].kind != "punct") \
            or (b < last and (toks[b].text == "(" or toks[b].text in QUOTE_CHARS)
                and _inserted_attribution_end(toks, c.i, last, lex) is not None)
        if inserted and k < c.i and lex.verb(toks[k].norm, toks[k].text) is not None:
            # وأكدت العائلة، وفقا لقناة تلفزيونية باكستانية خاصة «جيو»، رفض … (aawsat 2015-08-03,
            # article 140): the phrase, between commas, stands inside a report whose verb opens
            # the sentence; that verb reports, the phrase only vouches for it, and what precedes
            # it is no clause
            return
        end = c.i - 1 if after_comma else c.i  # (the comma is no part of the clause)
        if k < end:
            c.clause = (toks[k].start, toks[end - 1].end)
    if c.clause:
        s, e = c.clause
        while e > s and (text[e - 1].isspace() or text[e - 1] in "،,.;؛"):
            e -= 1
        c.clause = (s, e) if e > s else None
    if c.clause:
        # «الوضع تحت السيطرة»، بحسب المتحدث: the attributed clause is a direct quotation
        s, e = c.clause
        for m in w.direct:
            if m.open >= 0 and m.outer_start <= s and m.outer_end >= e:
                c.quote, c.clause = m, None
                break


def _closes_its_sentence(w: _Work, c: Cue, first: int, last: int, b: int) -> bool:
    """Does an attribution phrase with no comma before it close its sentence (… رفضوا إجراءها حسب
    مصادر حقوقية تونسية.، … عدة قذائف بحسب وكالة الاناضول.)? Its source runs to the sentence's end,
    and a clause of a few words stands before it (news writes the source last with or without a
    comma: SaudiNewsNet 2015-07-21 aawsat/456, 07-25 almadina/653, 07-31 alriyadh/19)."""
    toks = w.toks
    if c.i - first < _CLAUSE_MIN_WORDS or toks[c.i - 1].kind == "punct":
        return False
    if not all(toks[j].kind == "punct" for j in range(b, last)):
        return False
    k = next((j for j in range(c.i + 1, b) if toks[j].norm in ("ما", "لما")), None)
    if k is None or k + 1 >= b:
        return True
    # بحسب ما أعلن مسعفون. (a past report) but not بحسب ما تراه الجهات الأمنية، وفق ما تتيحه التقنيات:
    # with no comma, "as X sees fit / allows" (2015-08-03 alriyadh/250, /348)
    v = w.lex.verb(toks[k + 1].norm) or next((w.lex.verb(toks[k + 1].norm[:-len(x)]) for x in ("ها", "ه")
                                               if toks[k + 1].norm.endswith(x)), None)
    return v is not None and v.kind == "past"


# a clause before a final attribution phrase with no comma: a subject, a verb and something more
_CLAUSE_MIN_WORDS = 3


def _with_continuations(w: _Work, cues: list[Cue]) -> list[Cue]:
    """وأكد أوباما أن شرطة «إف بي آي» ستتولى التحقيق. وأن وزارة الدفاع اتخذت كل الإجراءات …: a
    sentence that opens with a coordinated complementiser (وأن، وإن، وأنه …) carries on the report
    of the sentence before when that sentence ended in a reported clause; it becomes a
    continuation cue with the earlier cue's speaker. وإن before كان is "even if", no complementiser."""
    if not cues or not w.comps:
        return cues
    last_in: dict[int, Cue] = {}  # the cue whose reported clause comes last in each sentence
    for c in cues:
        if _reports_to_its_end(c) and (c.sent not in last_in or _clause_at(c) > _clause_at(last_in[c.sent])):
            last_in[c.sent] = c
    added = []
    for k in range(1, len(w.sents)):
        j = w.sent_first.get(k)
        prev = last_in.get(k - 1)
        if j is None or prev is None:
            continue
        end = w.sent_last[k]
        while j < end and w.toks[j].kind == "punct" and w.toks[j].text not in QUOTE_CHARS:
            j += 1
        if j >= end - 1 or j not in w.comps or w.inside[j] or not w.toks.norm(j).startswith("و"):
            continue
        if w.toks.norm(j) == "وان" and not w.toks.raw[j].text.startswith("وأ") \
                and strip_conj(w.toks.norm(j + 1)) in w.lex.kana:
            continue  # وإن كان، وان كانت: "even if" (وأن كان, وإنه كان are "and that")
        c = Cue(j, prev.verb, k, kind="continuation", comp=j, prev=prev)
        added.append(c)
        if k not in last_in:
            last_in[k] = c  # the next sentence may carry it on again
    return sorted(cues + added, key=lambda c: c.i) if added else cues


def _clause_at(c: Cue) -> int:
    return max(c.comp, c.colon)


def _reports_to_its_end(c: Cue) -> bool:
    """Does the cue govern a reported clause (a complementiser or a colon) that may run to the end
    of its sentence (not the narrator's background, not "which he said")?"""
    return (c.comp >= 0 or c.colon >= 0) and c.speaker_how not in ("impersonal", "object")


# --- 2. the reported clauses ---------------------------------------------------------------------

def _boundary_before(w: _Work, c: Cue) -> int:
    """Character offset where a cue's own clause begins (to end an earlier reported clause)."""
    toks, lex = w.toks, w.lex
    k = c.speaker[0] if c.speaker and c.speaker_how == "before" else c.i
    while k > 0:
        t = toks[k - 1]
        n = strip_conj(t.norm)
        if t.kind == "punct" and t.text not in QUOTE_CHARS and t.text not in ")]}" or t.norm in lex.connectors \
                or n in lex.relatives \
                or n in lex.connectors:
            k -= 1
            continue
        break
    return toks[k].start if k < len(toks) else len(w.text)


def _clauses(w: _Work, cues: list[Cue]) -> None:
    """The reported clause of every cue that governs a complementiser or a colon."""
    opener_after = _next_openers(w, cues)
    _complementiser_clauses(w, cues, opener_after)
    _colon_clauses(w, cues, opener_after)


def _next_openers(w: _Work, cues: list[Cue]) -> list[Cue | None]:
    """For each cue, the next cue that opens a clause of its own (one backward pass)."""
    opener_after: list[Cue | None] = [None] * len(cues)
    nxt = None
    for k in range(len(cues) - 1, -1, -1):
        opener_after[k] = nxt
        c2 = cues[k]
        if c2.comp >= 0 or c2.quote is not None or (c2.kind == "attribution" and c2.clause is not None) \
                or (c2.colon >= 0 and _opens_colon_clause(w, c2)) or _second_source(w, c2):
            # (حسب الأولوية، وفق لوائح التسجيل: an attribution with no clause of its own cuts nothing;
            # a colon opens a clause of its own, with or without quotation marks after it: «وأشار إلى
            # أن …، وأضاف: سوق عكاظ …», SaudiNewsNet 2015-08-01, where the earlier clause ran on over
            # وأضاف to the sentence's end and held the colon's quote)
            nxt = c2
    return opener_after


def _opens_colon_clause(w: _Work, c: Cue) -> bool:
    """Does a cue that governs a colon open a clause of its own (and so end the reported clause
    before it)? It does when its verb, or the subject written before it, is written with و or ف
    (وأضاف:، فقال:، وأذنك تقول له:), when the verb is a participle or
    a verbal noun (مضيفا:، قائلاً:، بالقول:), or follows punctuation, a connector or a relative
    pronoun (، قال المتوكل لمن حوله:، الذي قال:). A bare past form inside a clause is more often a
    noun than a verb: «كل مواطن (ذكر أو أنثى) يتمتع بحق الانتخاب إذا توافرت فيه الشروط التالية:»
    (SaudiNewsNet 2015-08-02, "male or female"), whose colon is the list's."""
    if c.kind != "verb":
        return True
    toks, lex = w.toks, w.lex
    if c.verb.kind in ("part", "noun"):
        return True
    # (the clause opens at the subject when it is written before the verb: وأذنك تقول له:)
    k = c.speaker[0] if c.speaker and c.speaker_how == "before" else c.i
    if toks[k].conj or k == 0:
        return True
    p = toks[k - 1]
    n = strip_conj(p.norm)
    return (p.kind == "punct" and p.text not in "()[]{}") or p.norm in lex.connectors or n in lex.connectors \
        or n in lex.relatives


def _second_source(w: _Work, c: Cue) -> bool:
    """Does a finite verb of saying with its own subject after it open a new clause after a comma
    (…، فيما أكدت مصادر عسكرية نجاح …، وذكرت مصادر محلية مقتل …), though it governs no أن? That is
    a second source's claim: it ends an earlier reported clause, which never runs over it."""
    toks, i = w.toks, c.i
    if c.kind != "verb" or not c.verb.finite or c.speaker_how != "after" or c.speaker is None or i < 2:
        return False
    a = c.speaker[0]
    if toks[a].pron or not (is_definite(toks[a]) or a in w.names or bare_word(toks[a]) in w.lex.sources):
        return False  # وأعلنت عزمها تطبيق …: her intention is the object; the subject goes on
    p = toks[i - 1]
    if toks[i].conj:
        return p.text in "،,"
    return (p.norm in w.lex.connectors or strip_conj(p.norm) in w.lex.connectors) and toks[i - 2].text in "،,"


def _complementiser_clauses(w: _Work, cues: list[Cue], opener_after: list[Cue | None]) -> None:
    """From after the complementiser to the end of the sentence, cut where the next cue's own
    clause begins or where an embedded direct quote runs to the end."""
    toks, text = w.toks, w.text
    index = {id(c): k for k, c in enumerate(cues)}
    for k, c in enumerate(cues):
        if c.comp < 0 or c.speaker_how == "object":
            continue
        last = w.sent_last.get(c.sent, len(toks))
        s = toks[c.comp].end
        e = toks[last - 1].end
        c2 = opener_after[k]
        # a cue between the verb and its complementiser, or one reported inside the clause
        while c2 is not None and (c2.i <= c.comp or _reported_inside(w, c2)):
            c2 = opener_after[index[id(c2)]]
        if c2 is not None and c2.sent == c.sent:
            e = min(e, _boundary_before(w, c2))
        e = _quotations_in_clause(w, c, s, e)
        c.clause = _trimmed(text, s, e)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A reported clause without the spaces, punctuation and stray quotation marks at its ends
    (…: «إن هجوما إرهابيا وقع … where the opening mark was never closed); None when no word is left."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "،,.;؛:"):
        e -= 1
    if s < e and sum(text.count(q, s, e) for q in QUOTE_CHARS) % 2:
        # one mark has no partner in the clause: drop it where it stands at an end
        if text[s] in QUOTE_CHARS:
            s += 1
        elif text[e - 1] in QUOTE_CHARS:
            e -= 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in "،,.;؛:"):
                e -= 1
    return (s, e) if e > s and any(ch.isalnum() for ch in text[s:e]) else None


def _quotations_in_clause(w: _Work, c: Cue, s: int, e: int) -> int:
    """Sort the direct quotations inside the reported clause [s, e): a short one inside it is a
    name (a term), one that runs to its end is the cue's direct quote (right after the
    complementiser it is the whole quote; after words of the clause, clause and quotation are one
    quote, ``c.merged``), a longer one inside it is nested speech of the same speaker. Return the
    clause's end."""
    text = w.text
    for j in range(bisect.bisect_left(w.direct_starts, s), len(w.direct)):
        m = w.direct[j]
        if m.outer_start >= e:
            break
        rest = text[m.outer_end:e]
        if m.kind == "term":
            continue
        at_start = not any(ch.isalnum() for ch in text[s:m.outer_start])
        if not at_start and m.words < NESTED_MIN_WORDS:
            m.kind = "term"  # على أن هازارد لم يصل لمستوى «كريستيانو رونالدو وليونيل ميسي»
            w.terms.append(m)
        elif m.outer_end >= e or not any(ch.isalnum() for ch in rest):
            if c.quote is None and not at_start:
                # أكد الصبري ان تعز "لم تعرف الهدنة …"، قال إن إردوغان «يتلاعب …»: the words before
                # the quotation are the subject of its speech, no quote of their own; the clause
                # and the quotation are one quote (as the evaluation kit's annotators mark them)
                c.quote, c.merged = m, True
                return max(e, m.outer_end)
            e = m.outer_start  # the quote runs to the end: the reported clause stops before it
            if c.quote is None:
                c.quote = m
        elif m.words < NESTED_MIN_WORDS:
            m.kind = "term"
            w.terms.append(m)
        else:
            c.nested.append(m)
    return e


def _reported_inside(w: _Work, c: Cue) -> bool:
    """إن الرئيس أوباما ادعى بأنه قادر …، أن الاهداف التي قصفت تقع في مناطق تؤكد اجهزة الاستخبارات
    أنّ …: a finite verb of saying whose clause opens with no mark of a new clause (punctuation, a
    conjunction, a connector or a relative pronoun before it; after a complementiser or inside a
    noun phrase) is reported speech inside the clause it stands in, so it does not end it."""
    if c.kind != "verb" or not c.verb.finite:
        return False
    k = c.speaker[0] if c.speaker and c.speaker_how == "before" else c.i
    if k <= 0 or w.toks[k].conj:
        return False
    prev = w.toks[k - 1]
    n = strip_conj(prev.norm)
    return prev.kind in ("ar", "lat", "num") and not prev.conj and prev.norm not in w.lex.connectors \
        and n not in w.lex.connectors and n not in w.lex.relatives and w.lex.verb(prev.norm) is None


def _colon_clauses(w: _Work, cues: list[Cue], opener_after: list[Cue | None]) -> None:
    """وتابع: … -- the rest of the sentence after the colon, up to the next cue's own clause."""
    toks, text = w.toks, w.text
    index = {id(c): k for k, c in enumerate(cues)}
    for k, c in enumerate(cues):
        if c.colon >= 0 and c.clause is None:
            last = w.sent_last.get(c.sent, len(toks))
            if c.colon + 1 < last:
                s, e = toks[c.colon + 1].start, toks[last - 1].end
                c2 = opener_after[k]
                while c2 is not None and c2.i > c.colon and _reported_inside(w, c2):
                    c2 = opener_after[index[id(c2)]]
                if c2 is not None and c2.sent == c.sent and c2.i > c.colon:
                    e = min(e, _boundary_before(w, c2))  # …: (ما استقصى كريم قط)، قال الله …
                # وقال هزازي عبر تغريدة له: ” تم اختراق حسابي …”: the quotation after the colon
                # is the cue's direct quote, not a second quote of the same words
                e = _quotations_in_clause(w, c, s, e)
                c.clause = _trimmed(text, s, e)


# --- 3. which cue each direct quotation belongs to --------------------------------------------

class _DirectOwners:
    """Gives every direct quotation that no cue took yet to the cue it belongs to, or leaves it
    standing alone (it continues the last speaker), or makes it a term. ``owner`` maps
    ``id(Marked)`` to its cue."""

    def __init__(self, w: _Work, cues: list[Cue]):
        self.w = w
        self.owner: dict[int, Cue] = {}
        for c in cues:
            if c.quote is not None:
                self.owner.setdefault(id(c.quote), c)
        for c in cues:
            for m in c.nested:
                self.owner.setdefault(id(m), c)
        self.verb_at = {c.i: c for c in cues if c.kind == "verb"}
        self.cues_in: dict[int, list[Cue]] = {}
        for c in cues:
            self.cues_in.setdefault(c.sent, []).append(c)
        self.standalone: list[Marked] = []

    def assign(self) -> None:
        for m in self.w.direct:
            if id(m) not in self.owner and m.kind != "term":
                self._place(m)

    def owns(self, c: Cue, m: Marked) -> bool:
        return self.owner.get(id(m)) is c

    def _take(self, c: Cue, m: Marked) -> None:
        self.owner[id(m)] = c

    def _place(self, m: Marked) -> None:
        w, toks = self.w, self.w.toks
        if self._cue_right_after(m):
            return
        if m.open < 0 and not m.continues:
            return  # a closer without opener and no cue after it: not a quote we can place
        at = w.tok_at(m.outer_start)
        sent = w.sent_of[at] if at < len(toks) else -1
        first = w.sent_first.get(sent, 0)
        if self._free_cue_before(m, sent, at) or self._continues_a_quotation(m, first, at):
            return
        # a quote that opens its sentence continues the last speaker; one mid-sentence with no
        # cue is a citation or scare quote
        has_lead = any(not w.inside[k] and toks[k].kind != "punct"
                       and strip_conj(toks[k].norm) not in w.lex.connectors for k in range(first, at))
        # وواصل: “أضف إلي ذلك …”، وزاد: “…”: one word and a colon before the quotation is a verb of
        # going on that no list holds; the quotation continues the last speaker (a longer lead,
        # وقول النبي صلى الله عليه وسلم: «…», names someone else)
        lead = [k for k in range(first, at) if toks[k].kind != "punct"]
        if not has_lead or (len(lead) == 1 and toks[at - 1].text in ":：" and not is_definite(toks[lead[0]])):
            # (a definite noun is a label, no verb: الموضوع: «مجاهدو القوقاز في خراسان»)
            self.standalone.append(m)
        else:
            m.kind = "term"
            w.terms.append(m)

    def _cue_right_after(self, m: Marked) -> bool:
        """“…” كتب ترامب: a verb right after the quotation that governs nothing else."""
        w, toks = self.w, self.w.toks
        j = w.tok_at(m.outer_end)
        k = j
        while k < len(toks) and k < j + 3 and toks[k].kind == "punct":
            k += 1
        c = self.verb_at.get(k)
        if c is not None and c.verb.finite and c.quote is None and c.comp < 0 and c.speaker_how != "no-source":
            c.quote = m
            self._take(c, m)
            return True
        return False

    def _free_cue_before(self, m: Marked, sent: int, at: int) -> bool:
        """A verb earlier in the sentence that governs nothing else."""
        prev = [c for c in self.cues_in.get(sent, ())
                if c.kind == "verb" and c.i < at and c.comp < 0 and c.quote is None and c.speaker_how != "no-source"]
        if prev:
            prev[-1].quote = m
            self._take(prev[-1], m)
            return True
        return False

    def _continues_a_quotation(self, m: Marked, first: int, at: int) -> bool:
        """“A”. “B” and … أبدًا” Bloodbath “نأمل …: a quotation that follows another in its
        sentence with at most one word between continues it (same cue and speaker)."""
        w, toks = self.w, self.w.toks
        k0 = at
        while k0 > first and not w.inside[k0 - 1]:
            k0 -= 1
        gap = [k for k in range(k0, at)
               if toks[k].kind != "punct" and strip_conj(toks[k].norm) not in w.lex.connectors]
        if not (k0 > first and len(gap) <= 1):
            return False
        j = bisect.bisect_left(w.direct_starts, m.outer_start) - 1
        while j >= 0 and w.direct[j].outer_end > toks[k0 - 1].end + 1:
            j -= 1
        prev_q = w.direct[j] if j >= 0 else None
        c = self.owner.get(id(prev_q)) if prev_q is not None else None
        if c is not None:
            c.nested.append(m)
            self._take(c, m)
        else:
            self.standalone.append(m)
        return True


# --- 4. speakers in reading order ------------------------------------------------------------

class _ReadingOrder:
    """Walks the cues and the standalone quotations in reading order, carrying the last speaker
    forward: a cue with no speaker phrase (وأضاف، لكنه وصف) and a quotation with no cue take a
    speaker from what came before. Each speaker is remembered with the agreement of the verb it
    was found with, so that a feminine or dual verb (وأضافت، وقالا) never continues a speaker its
    form cannot have."""

    def __init__(self, w: _Work):
        self.w = w
        self.last: Speaker | None = None
        self.last_agr = "any"
        self.recent: list[tuple[Speaker, str]] = []  # (speaker, agreement of its verb), newest last
        self.in_sentence: dict[int, tuple[Speaker, str]] = {}  # the latest explicit speaker of each sentence
        self.reporting_sentences: set[int] = set()  # sentences with a cue or a quotation
        self.scripture: Speaker | None = None  # the scripture cited by the last cue, if it cited one
        self.speaker_at = -1  # token of the latest cue whose speaker was carried (last or recent)

    def resolve(self, cues: list[Cue], standalone: list[Marked]) -> dict[int, Speaker | None]:
        """id(cue or quotation) -> its speaker (None when unknown)."""
        toks = self.w.toks
        self.reporting_sentences = {c.sent for c in cues} | {self.w.sent_of[self.w.tok_at(m.start)]
                                                          for m in standalone if self.w.tok_at(m.start) < len(toks)}
        items = [(toks[c.i].start, 0, c) for c in cues] + [(m.start, 1, m) for m in standalone]
        items.sort(key=lambda x: (x[0], x[1]))
        resolved: dict[int, Speaker | None] = {}
        for _pos, typ, obj in items:
            if typ == 1:
                resolved[id(obj)] = self.last
            elif obj.kind == "continuation":
                resolved[id(obj)] = resolved.get(id(obj.prev))
            elif obj.speaker_how != "impersonal":
                resolved[id(obj)] = self._cue(obj)
        return resolved

    def _cue(self, c: Cue) -> Speaker | None:
        w = self.w
        governs = c.clause is not None or c.quote is not None or bool(c.nested)
        agr = _subject_agreement(c)
        cited, self.scripture = self.scripture, None
        # أوضح الناصر أن السندات تعتبر ضمانة تقدمها المصارف، مشيرا إلى أن …; مستدركا أن …، ما يؤكد
        # إمكانية تغطية السندات. وأشار إلى أن …: a cue inside another's reported clause is part of
        # what was said, and its subject (a noun of the quote) is never the speaker a later مشيرا
        # or وأضاف continues (SaudiNewsNet 2015-08-02, aleqtisadiya, article 290)
        # (one that governs a clause of its own, or opens a clause of the narration, is a report of
        # its own, where the clause before it runs on over a stop the sentence splitter did not see
        # or past a connector: السراي الحكومي.وحذر الجيش في بيان …، مؤكدا أنه …; …، فيما اعترف رئيس
        # البلدية بتأخر المقاول، مؤكدا بأنه …; …؛ وقد أكدت ذلك والدتها وأفادت بأن …)
        reported = not governs and _in_clause(w, w.toks[c.i].start) and not _opens_narration(w, c.i)
        if c.speaker is None and cited is not None and c.kind == "verb" and c.verb.lemma in w.lex.citing_verbs:
            self.scripture = cited
            return cited  # قال رسول الله …: … قال: «يخرج فيكم قوم»: the citation goes on
        if c.speaker is not None:
            rec = _speaker_of(w, c.speaker, bare=c.kind == "attribution")
            rec = self._same_title_as_last(c, rec)
            if rec.entity is None:
                rec = self._statement_named_before(c, rec)
            if agr.endswith("?") and rec.entity is not None and w.mentions.labels.get(rec.entity) == "PER":
                agr = agr[0] + "s"  # one person: وقال الوزير جون كيري … وقالا is someone else
            if self._scripture(rec):
                self.scripture = rec
                return rec  # قال الله تعالى ((…)) … وأضاف: the preacher who cited it goes on, not God
            if reported or (c.kind == "attribution" and not governs):
                # (…، بحسب ما نقلت عنه وكالات الانباء الروسية، … مشيرا: a phrase that only vouches for
                # the sentence's report is not the speaker its participle continues)
                self.in_sentence.setdefault(c.sent, (rec, agr))
            else:
                self.in_sentence[c.sent] = (rec, agr)
        else:
            rec = self._implicit(c)
            if rec is not None and governs:
                self.in_sentence.setdefault(c.sent, (rec, agr))  # وقال، إن …، مشددا على أن …
        if reported:
            return rec
        if governs or (c.speaker is not None and c.kind == "verb" and c.verb.finite
                       and "weak" not in c.verb.flags):
            self.last, self.last_agr = rec, agr
            self.speaker_at = c.i
            if rec is not None and c.kind == "verb":
                self.recent.append((rec, agr))
        elif rec is not None and c.kind == "verb" and (c.speaker is not None or c.speaker_how == "issuer") \
                and (rec.entity is not None or (c.verb.sense == "act" and _opens_a_clause(w, c))):
            # وكان الرئيس التونسي الباجي قائد السبسي دعا، صباح الجمعة، إلى الاتحاد … وقال …: a named
            # subject of a verb that governs no speech here is still the one the next وقال continues,
            # and so is the subject of a call or a demand (كما دعا البيان إلى …. وقال "…")
            self.recent.append((rec, agr))
            self.speaker_at = c.i
        return rec

    def _same_title_as_last(self, c: Cue, rec: Speaker) -> Speaker:
        """وأشار الوزير البحريني … تابع الوزير مؤكدا: a title alone (with at most a nisba) whose
        head the last speaker's phrase holds is that speaker, not whoever the article titled so
        last (a French minister named in between)."""
        last, (a, b), lex = self.last, c.speaker, self.w.lex
        if last is None or b - a > 2 or not is_definite(self.w.toks[a]):
            return rec
        head = bare_word(self.w.toks[a])
        if head in lex.sources or head in lex.generic_speakers:
            return rec  # المصادر: unnamed sources are never one named speaker
        words = [without_article(normalize(x)) for x in last.text.split()]
        if last.entity is None:
            # تابع الوزير مؤكدا after الوزير البحريني (unlinked): still that minister, so no entity
            # rather than another country's minister the article titled before
            nisba = len(words) == 2 and words[0] == head and words[1].endswith("ي") and len(words[1]) > 3
            return Speaker(None, rec.text) if nisba and b - a == 1 and rec.entity is not None else rec
        # the head of the last phrase (المحامي after المحامي عبدالمحسن القطان) or its surname
        # (الخطيب after عبدالقادر الخطيب); not a word of its modifier (المرصد after مدير المرصد …)
        rest = [bare_word(self.w.toks[k]) for k in range(a + 1, b)]
        # (the last word only as the surname of a person named by a personal name: not كبار العلماء
        # ending قيس المبارك's title, قال العلماء; an entity named by a title, الرئيس التونسي, has no
        # surname to compare with)
        name = normalize(self.w.mentions.names.get(last.entity) or "").split()
        surname_ok = not name or name[0].startswith("ال") or without_article(name[-1]) == head
        if words and (head == words[0] or (head == words[-1] and surname_ok)) and all(x in words for x in rest):
            return Speaker(last.entity, rec.text)  # (الوزير الروسي is not الوزير المصري)
        return rec

    def _statement_named_before(self, c: Cue, rec: Speaker) -> Speaker:
        """وأفاد التقرير أن … after التقرير الأسبوعي للبورصة المصرية, أظهرت الدراسة … after دراسة
        أجراها باحثون من جامعة شيفيلد, وتابع البيان after وقالت الحركة في بيان: a statement, report
        or study named by its noun alone, with the article (and at most one adjective), is the one the
        article named before: its issuer speaks. The latest earlier mention of the noun with an
        issuer wins; an indefinite mention with none (كشف تقرير جديد) introduced another statement,
        so the search stops there."""
        w = self.w
        a, b = c.speaker
        head = bare_word(w.toks[a])
        if b - a > 2 or not is_definite(w.toks[a]) or head not in w.lex.statement_nouns:
            return rec
        for j in range(a - 1, -1, -1):
            t = w.toks[j]
            if t.kind != "ar" or _statement_noun_of(t) != head or w.inside[j]:
                continue
            ent = _statement_issuer(w, j) or self._issued_by_speaker(j)
            if ent is not None:
                return Speaker(ent, rec.text)
            if not is_definite(t):
                break
        return rec

    def _issued_by_speaker(self, j: int) -> str | None:
        """وقالت الحركة في بيان نشرته على موقعها: the statement after في is where the sentence's
        speaker, named before it, said it."""
        w = self.w
        got = self.in_sentence.get(w.sent_of[j])
        if got is None or got[0].entity is None or j < 1 or strip_conj(w.toks[j - 1].norm) not in ("في", "فى"):
            return None
        return got[0].entity

    def _scripture(self, rec: Speaker) -> bool:
        """Is the speaker the source of scripture a writer or preacher cites (قال الله تعالى، قال
        رسول الله صلى الله عليه وسلم، قال تعالى: ``scripture_speakers``)? Such a
        quote is cited inside someone's speech, so a cue with no subject after it (وأضاف، مشيراً)
        continues whoever cited it."""
        words = rec.text.split()
        if not words:
            return False  # (an entity the tagger gave الله is no reason to go on with it)
        first = strip_conj(_norm(words[0]))  # (الله keeps its ال: له is no word of the class)
        return first in self.w.lex.scripture_speakers or without_article(first) in self.w.lex.scripture_speakers

    def _person(self, rec: Speaker) -> bool:
        return rec.entity is not None and self.w.mentions.labels.get(rec.entity) == "PER"

    def _narrated_person(self, c: Cue) -> Speaker | None:
        """وتلقى بالمر (55 عاما) تهديدات … وأوقفت الشرطة محتجين …. وقال إنه "في غاية الندم": a verb
        that opens a new report (قال, not a verb that carries one on: أضاف، تابع) right after a
        sentence of narration with no report of its own, whose subject is a person named after the
        last speaker, has that person as its subject."""
        w = self.w
        if c.verb.lemma in w.lex.continuing_verbs or c.sent - 1 in self.reporting_sentences or c.sent < 1:
            return None
        if c.verb.agreement != "ms":
            return None  # وذكرت after a sentence about a man: a feminine cue is more often an organisation
        if not (w.toks[c.i].conj or c.i == w.sent_first.get(c.sent, -1)):
            return None
        first, end = w.sent_first.get(c.sent - 1), w.sent_last.get(c.sent - 1)
        if first is None or strip_conj(w.toks.norm(first)) in w.lex.background_markers:
            return None  # وقد عاد آبي إلى الحكم …: background inside the report, not a new story
        rng = _subject_from(w, end, _after_sentence_opening(w, first, end))
        if rng is None:
            return None
        if bare_word(w.toks[rng[0]]) in w.lex.statement_nouns:
            # وينظر تقرير أعده المركز المصري للبحوث … بعين الريبة. ويقول تحت عنوان «…» إن: a report
            # that was the subject speaks on, for whoever issued it (round 13, implied subjects)
            rec = _speaker_of(w, rng)
            return rec if rec.entity is not None else None
        ent = w.mentions.link(w.toks[rng[0]].head, w.toks[rng[1] - 1].end)
        if ent is None or w.mentions.labels.get(ent) != "PER" or is_anonymous(w.toks, rng[0], rng[1], w.lex, w.names):
            return None
        return _speaker_of(w, rng)

    def _newer_subject(self, c: Cue, agr: str) -> Speaker | None:
        """وقال بيان أوروبي إن …. وتوقع أفراموبولوس أن …، وأضاف: «…»; وتباهت تسيبي لفني من المعارضة
        بأنها …. وقالت إنها: a person brought in as the subject of a verb that reports nothing here,
        after the last speaker and in the cue's sentence or the one before it, is the subject a
        finite cue with no subject phrase goes on with. The subject is found by position only: the
        phrase right after the clause's opening verb (verb-first) or a name opening the clause
        before its verb (…؛ لكن محمد مختار المهدي رئيس الجمعية الشرعية، أكد لـ«الشرق الأوسط»، أن,
        SaudiNewsNet 2015-08-01, aawsat 108); a name further on is an
        object or a genitive (بعد لقاء كارتر، أبلغ وزير البيئة محمد المشنوق) and is never taken.
        The nearest such subject wins; its verb's gender must fit the cue's (وقالت is no man)."""
        w, toks = self.w, self.w.toks
        first = w.sent_first.get(c.sent, 0)
        if c.verb.lemma not in w.lex.continuing_verbs and c.sent >= 1:
            # (a verb that carries a report on, وأضاف، وتابع, after a sentence of narration goes on
            # with the last speaker: وقال موقع ويكيليكس …. وعاد ابي الى الحكم …. وأضاف ان, dev
            # japan-spying; only a person brought in inside its own sentence is its subject)
            first = w.sent_first.get(c.sent - 1, first)
        if agr != "any" and agr[1] not in "s?":
            return None  # وقالا، وقالوا: two or more, never the one person named
        own = w.sent_first.get(c.sent, 0)
        if first < own and any(j in w.names and w.names[j].label == "PER" and not w.inside[j] for j in range(own, c.i)):
            # (وتضمن حفل الافتتاح …، وكلمة لقائد عام المخيم تكاياسو شيما، أكد فيها: a person named in
            # the cue's own sentence, even as a genitive, is nearer than a subject of the one before)
            first = own
        lo = max(first, self.speaker_at + 1)
        found = None
        j = lo
        while j < c.i:
            # each clause of the span: a sentence start, or a word after a comma or semicolon
            end = j + 1
            while end < c.i and not self._clause_opens(end):
                end += 1
            if self._clause_opens(j):
                got = self._clause_person(j, end, agr)
                if got is not None:
                    found = got  # (None: no subject here; False: a subject that is no person)
            j = end
        if not found:
            return None  # (بعد ذلك ألقى مدير الجامعة المكلف كلمة، أكد فيها: the nearest subject, a title
            # with no name, is no reason to go back to the person named in the sentence before)
        # (a speaker heard before and brought in again keeps the phrase he was named with first, often
        # the fuller one: طالب قائد الجيش اللبناني العماد جان قهوجي …. وقال)
        known = [r for r, _ in self.recent] + ([self.last] if self.last is not None else [])
        return next((r for r in reversed(known) if r.entity == found.entity), found)

    def _clause_opens(self, j: int) -> bool:
        w = self.w
        return w.sent_first.get(w.sent_of[j]) == j or w.toks.raw[j - 1].text in "،,؛;"

    def _clause_person(self, k: int, end: int, agr: str) -> Speaker | bool | None:
        """The person subject of the clause over tokens [k, end) by position (see
        ``_newer_subject``), when its verb's form fits the agreement ``agr``; False when the
        clause has a subject that is no such person (a title with no name, a body, another form),
        None when it has none."""
        w, toks = self.w, self.w.toks
        if w.inside[k] or _in_clause(w, toks[k].start) or strip_conj(toks.norm(k)) in w.lex.background_markers:
            return None  # (وقد عاد آبي إلى الحكم …: background inside the report, not a new subject)
        k2 = _after_sentence_opening(w, k, end)
        if k2 >= end or strip_conj(toks.norm(k2)) in w.lex.complementisers:
            return None  # (…، أن تواجد ولي ولي العهد في مصر: a clause of what was said)
        rng = _subject_from(w, end, k2, any_verb=True)
        if rng is None or rng[1] > end or w.inside[rng[0]] or _in_clause(w, toks[rng[0]].start):
            return None
        name = next((x for x in range(rng[0], rng[1]) if x in w.names and w.names[x].end == rng[1]), None)
        if name is None:
            return False
        if name > rng[0] and toks[name - 1].prep:
            # the phrase ends in a name, not governed by a preposition on the word before it:
            # «مستشار أمن الفضاء الإلكتروني السابق للرئيس باراك أوباما» is the adviser, not Obama
            return False
        if rng[0] == k2:
            if k2 not in w.names and bare_word(toks[k2]) not in w.lex.person_heads:
                return None  # (name-first only with a name or a title opening the clause: not ألقى)
            if k2 > k and (prepositional(toks[k2 - 1], w.lex) or strip_conj(toks.norm(k2 - 1)) in w.lex.verb_prepositions):
                return None  # ومن المملكة نائب رئيس الجمعية …: a fronted place, no subject
            verb = rng[1] + 1 if rng[1] < end and toks.raw[rng[1]].text in "،," else rng[1]
            if verb >= end or verb in w.names or is_definite(toks[verb]) or prepositional(toks[verb], w.lex):
                return None  # a name with no verb after it (a list, an apposition) is no subject here
        else:
            verb = k2
        if toks[verb].kind != "ar" or strip_conj(toks[verb].norm) in w.lex.stops:
            return None
        if agr != "any" and agr[0] != ("f" if strip_conj(toks[verb].norm).endswith("ت") else "m"):
            return False  # (a past verb ending in ت is feminine, or first person: never a man's)
        ent = w.mentions.link(toks[rng[0]].head, toks[rng[1] - 1].end)
        if ent is None or w.mentions.labels.get(ent) != "PER" or is_anonymous(toks, rng[0], rng[1], w.lex, w.names):
            return False
        rec = _speaker_of(w, rng)
        return rec if rec.entity == ent else False

    def _implicit(self, c: Cue) -> Speaker | None:
        """The speaker of a cue with no subject phrase: a subject named earlier in its sentence
        (أقر الحوثي بالهزيمة، لكنه وصف …); for a participle, a verbal noun or a verb coordinated
        inside the sentence, the subject of the sentence's own verb (ورد خامنئي بالقول، وقدم الوزير
        تطمينات بقوله، اتفق الوزير … ويضيف) or the first person named in it; then among the recent
        speakers the latest whose verb agreed (وقال بوتين … وقالت الوزارة … وأضاف أن -> بوتين);
        then the last speaker, when the verb's form allows it."""
        w = self.w
        agr = _subject_agreement(c)
        got = self.in_sentence.get(c.sent)
        if got is not None and _agree(agr, got[1]):
            return got[0]
        if c.kind != "verb":
            return self.last or _entity_fallback(w, c)
        if c.verb.finite and _adversative_subject(w, c.i):
            # ووعد الرئيس البورمي ثين سين بأن …، لكنه أشار إلى أن; ولم يشر البيان إلى …، لكنه أشار:
            # «but he» goes back to the subject of the sentence's own first clause, a new one that
            # a verb of no report (or a negated one) brought in, not to the previous speaker
            rec = _first_clause_subject(w, c)
            if rec is not None and (rec.entity is None or self.last is None or rec.entity != self.last.entity):
                return rec  # (the last speaker again: its phrase, often the fuller one, goes on)
        honorific = _honorific_in_sentence(w, c)
        if not c.verb.finite or c.speaker_how == "issuer" or (w.toks[c.i].conj and c.i > w.sent_first.get(c.sent, 0)):
            rec = _clause_subject(w, c)
            if rec is None and not c.verb.finite and not honorific:
                # (وأدان معاليه باسم المجلس الأعلى للقضاء …، مشيرا: "His Excellency" is the subject,
                # a person named before, not the first name in the sentence)
                rec = _entity_fallback(w, c, same_sentence=True)
            if rec is not None:
                return rec
        rec = self._narrated_person(c)
        if rec is not None:
            return rec
        if c.verb.finite:
            rec = self._newer_subject(c, agr)
            if rec is not None:
                return rec
        rec = next((r for r, a in reversed(self.recent[-_RECENT:]) if _agree(agr, a)
                    and (not honorific or self._person(r))), None)
        if rec is not None:
            return rec
        if self.last is not None and not _agree(agr, self.last_agr):
            # وأضافت after a man, قالا after one minister: an earlier speaker of that form, if any
            return next((r for r, a in reversed(self.recent) if _agree(agr, a)), None)
        return self.last or _entity_fallback(w, c)


def _opens_narration(w: _Work, i: int) -> bool:
    """Does the verb at ``i`` open a clause after a full stop, a semicolon, a connector (فيما،
    وقد، بينما) or, fused to و/ف, after any punctuation? Inside what looks like a reported clause
    such a verb more often starts the narration again than goes on with what was said."""
    if i < 1:
        return True
    p = w.toks[i - 1]
    if p.text in ".!?؛;":
        return True
    if p.norm in w.lex.connectors or strip_conj(p.norm) in w.lex.connectors:
        return True
    return bool(w.toks[i].conj) and p.kind == "punct" and p.text not in QUOTE_CHARS


def _opens_a_clause(w: _Work, c: Cue) -> bool:
    """Does the cue's verb open a clause of the narration (a fused و/ف, the sentence start, or
    after punctuation or a connector: كما دعا البيان …), rather than stand inside a reported
    clause or read as a noun (الصحفي طالب المعلومة: "the seeker of")?"""
    toks, i = w.toks, c.i
    if _in_clause(w, toks[i].start):
        return False
    if toks[i].conj or i == w.sent_first.get(c.sent, 0):
        return True
    p = toks[i - 1]
    return (p.kind == "punct" and p.text not in QUOTE_CHARS) or p.norm in w.lex.connectors \
        or strip_conj(p.norm) in w.lex.connectors


def _subject_agreement(c: Cue) -> str:
    """What the cue's verb says about its subject: gender and number (ms, fp …); a verb before
    its subject (VSO) stays singular whatever the subject's number (وأكد شهود عيان), so only its
    gender counts (m?, f?); "any" when the form marks neither (بالقول) or the cue is no verb."""
    if c.kind != "verb" or c.verb.agreement == "any":
        return "any"
    if c.relayed:
        # ونقلت وكالة تسنيم عن عبد اللهيان قوله …، مشيرًا: the verb agrees with the agency that
        # passes the words on, not with the source who speaks (SaudiNewsNet 2015-07-27, article 126)
        return "any"
    if c.speaker_how == "after" and c.verb.agreement[1] == "s":
        return c.verb.agreement[0] + "?"
    return c.verb.agreement


def _agree(a: str, b: str) -> bool:
    """Can one subject stand with verbs of agreements ``a`` and ``b``?"""
    if "any" in (a, b):
        return True
    return a[0] == b[0] and (a[1] == b[1] or "?" in (a[1], b[1]))


def _clause_subject(w: _Work, c: Cue) -> Speaker | None:
    """The subject of the verb that opens the cue's clause (واكتفى الناطق باسمها إياد البزم بالقول،
    إن …), else its sentence (ورد خامنئي بالقول: …، وقدم وزير الري الإثيوبي ألمايو تجنو تطمينات
    بقوله إن …، اتفق الوزير مع … ويضيف أن …), past connectors, negation and a fronted adjunct
    (ومن جهته، إلى ذلك،): after that verb when its first word reads as one, or the clause-initial
    definite noun or name itself. None when there is no such subject or the cue is that verb."""
    first = w.sent_first.get(c.sent, 0)
    starts = [first]
    for j in range(c.i - 1, first, -1):
        if w.toks.raw[j].text in "،,؛;" and not w.inside[j]:
            starts.insert(0, j + 1)  # the clause the cue stands in comes first
            break
    for start in starts:
        rng = _subject_from(w, c.i, _after_sentence_opening(w, start, c.i))
        if rng is not None:
            return None if _in_clause(w, w.toks[rng[0]].start) else _speaker_of(w, rng)
    return None


def _adversative_subject(w: _Work, i: int) -> bool:
    """Does a pronoun subject after «but» stand right before the verb at ``i`` (لكنه أشار، إلا
    أنه أكد، غير أنها قالت)?"""
    for seq in w.lex.adversative_subjects:
        a = i - len(seq)
        if a >= 0 and all(w.toks[a + j].norm == x for j, x in enumerate(seq)):
            return True
    return False


def _first_clause_subject(w: _Work, c: Cue) -> Speaker | None:
    """The subject of the verb that opens the cue's sentence (past connectors, negation and a
    fronted adjunct), whatever that verb is: a verb of saying negated (ولم يشر البيان) has its
    subject as any other. Only a subject that names an entity (ended at that name: the object
    of a verb of no report follows it, ورفض الوزير الخوض، ولم تحدد الحكومة حتى الآن جدولا) or a
    statement (البيان); None otherwise, or when it stands inside a reported clause."""
    first = w.sent_first.get(c.sent, 0)
    rng = _subject_from(w, c.i, _after_sentence_opening(w, first, c.i), any_verb=True)
    if rng is None or rng[1] > c.i or _in_clause(w, w.toks[rng[0]].start):
        return None
    a, b = rng
    named = next((j for j in range(a, b) if j in w.names and w.names[j].end <= b), None)
    if named is not None:
        if w.toks[named].prep or w.names[named].label not in ("PER", "ORG"):
            return None  # ورفض باخ: a name read after a preposition (ب + اخ) is no subject
        if any(w.toks[j].prep or w.lex.verb(w.toks[j].norm) is not None for j in range(a, named)):
            # من جهة اخرى رحب المسؤول الكردي بقرار تركيا (2015-08-02): a verb or a preposition
            # before the name, the phrase is no subject but a clause
            return None
        return _speaker_of(w, (a, w.names[named].end))
    if b - a == 1 and bare_word(w.toks[a]) in w.lex.statement_nouns:
        return _speaker_of(w, rng)
    return None


def _subject_from(w: _Work, end: int, k: int, any_verb: bool = False) -> tuple[int, int] | None:
    """The subject phrase of a clause whose first word (past its opening) is token ``k``, before
    token ``end``; with ``any_verb``, after a verb of saying too (see ``_may_open_clause``)."""
    toks, lex = w.toks, w.lex
    if k >= end - 1:
        return None
    t = toks[k]
    if k in w.names:
        return k, w.names[k].end  # a name opens the clause: its subject
    if is_definite(t):
        # a definite noun opens it: a title, when it runs on to a person's name
        end = title_chain_end(toks, k, k + 1, end, lex, w.term_skip, w.names)
        return (k, end) if end else None
    if bare_word(t) in lex.quantifiers or bare_word(t) in lex.sources:
        # ولكن أحد المتعاملين في القطاع الفاخر … عبر عن إحباطه بالقول: a noun phrase opens it
        return k, noun_phrase_end(toks, k, end, lex, w.term_skip, w.names)
    if t.kind == "ar" and not prepositional(t, lex) and not t.pron and (any_verb or _may_open_clause(lex, t)) \
            and strip_conj(t.norm) not in lex.stops:
        rng = post_verbal(toks, k, end, lex, w.term_skip, w.names)
        if rng is not None and determined(toks, rng[0], lex, w.names):
            return rng
    return None  # an indefinite noun after the verb is its object (قدم تطمينات), not its subject


def _may_open_clause(lex: QuoteLexicon, t: Tok) -> bool:
    """Is ``t`` a verb whose subject a later participle may take: any word not listed as a verb of
    saying (its clause is narration: ورد خامنئي، وقدم الوزير), and a finite verb listed only with
    its source after عن/من (ونقل الدكتور السويد تعازي خادم الحرمين …، سائلا الله: "conveyed"; with
    no source it reports nothing, and its subject, not a noun of its object, goes on)?"""
    v = lex.verb(t.norm)
    return v is None or (v.finite and bool(v.flags & {"source-after-an", "source-after-min"}))


def _after_sentence_opening(w: _Work, first: int, end: int) -> int:
    """The first token of the sentence's main clause: past connectors and negation (ولم، وقد),
    skip-words (من جهته) and an adjunct closed by a comma within its first words (إلى ذلك،
    وفي سياق تصريحاته،)."""
    toks, lex = w.toks, w.lex
    k = first
    for j in range(first, min(end, first + _OPENING_ADJUNCT)):
        if toks[j].text in "،,":
            k = j + 1
            break
        if toks[j].kind != "ar" or lex.verb(toks[j].norm) is not None:
            break
    moved = True
    while moved and k < end:
        moved = False
        n = strip_conj(toks[k].norm)
        if toks[k].kind == "punct" or toks[k].norm in lex.connectors or n in lex.connectors or n in lex.negations:
            k += 1
            moved = True
            continue
        if n in lex.fronting_prepositions and k + 2 < end and toks[k + 1].norm in lex.demonstratives:
            k += 2  # إثر ذلك أطلق الشيخ خالد …، بعد ذلك ألقى: "after that", with no comma
            moved = True
            continue
        if n in lex.fronting_prepositions and k + 3 < end and is_definite(toks[k + 1]) \
                and lex.verb(toks[k + 2].norm) is not None and _may_open_clause(lex, toks[k + 2]):
            k += 2  # وعقب الصلاة نقل الدكتور السويد …، سائلا: a fronted time, then the clause's verb
            moved = True
            continue
        for seq in lex.skip_after_verb:
            if k + len(seq) <= end and all(strip_conj(toks[k + j].norm) == x or toks[k + j].norm == x
                                           for j, x in enumerate(seq)):
                k += len(seq)
                moved = True
                break
    return k


def _in_clause(w: _Work, pos: int) -> bool:
    """Is the offset inside a reported clause (a name there is what was said, not who says it)?"""
    j = bisect.bisect_right(w.clause_starts, pos) - 1
    return j >= 0 and w.clauses[j][0] <= pos < w.clauses[j][1]


def _speaker_of(w: _Work, rng: tuple[int, int], bare: bool = False) -> Speaker:
    """The speaker of a phrase (token range): its text and the entity it names, unless it is an
    anonymous source (مصادر عسكرية، مسؤول من حركة حماس) or names a relative (والد الشهيد محمد); a
    title naming no entity (الوزير، المتحدث الأمني، الوزارة) is the entity the article named with
    that title."""
    a, b = rng
    toks = w.toks
    # وفقا لإحصائيات الحكومة -> إحصائيات; but للبيان keeps its ل (ل + البيان: what is left, لبيان, is
    # no word)
    s = toks[a].bare if bare and not strip_conj(toks[a].norm).startswith("لل") else toks[a].head
    e = toks[b - 1].end
    ent = None
    person = bare_word(toks[a]) in w.lex.person_heads
    if not (is_anonymous(toks, a, b, w.lex, w.names) or is_kin(toks, a, w.lex)
            or names_a_relation(toks, a, b, w.lex, w.names)):
        k = _relative_after_person(w, a, b)
        if k is not None:
            b = k  # the person before the kinship noun speaks, not the relative named after it
        kunya = _kunya_names(w, a, b)
        ent = _named_after_head(w, a, b) or w.mentions.link(s, toks[b - 1].end, skip=kunya)
        if person and not _fits_a_person(w, ent, a):
            ent = None  # الناطق باسم حركة الجهاد الإسلامي is a person, not the movement
        if ent is None and not kunya:  # (أم فهد is no title of «فهد» either)
            ent = _issuer(w, a, b) or w.titles.resolve(a, b, persons_only=person)
        ent = _given_name_of_earlier(w, a, b, ent) or ent
    elif (src := _source_of_a_body(w, s, e)) is not None:
        ent = src  # مصادر تركية رسمية، مصدر في المعارضة السورية: the entity stage's source of that body
    elif bare_word(toks[a]) in w.lex.statement_nouns:
        ent = _issuer(w, a, b)  # تقارير إعلامية is unnamed, تقرير صدر عن المفوضية الأوروبية is the Commission's
    elif is_definite(toks[a]) and bare_word(toks[a]) in w.lex.role_nouns and not names_person(a, b, w.names):
        # وأضاف المتحدث after وقال بيجان فارنودي المتحدث باسم مؤسسة كوفي أنان (2015-07-21, article
        # 193): "the spokesman", with the article, is the one the article named, unless an unnamed
        # one (متحدث آخر) was brought in since (see TitleIndex.resolve)
        ent = w.titles.resolve(a, b, unnamed_since=True, persons_only=True)
    if person and not _fits_a_person(w, ent, a):
        # المدرب البرتغالي is a person, not the club of the title it was read through; منسق شئون
        # الطاقة الدولية الأمريكي not وزارة الخارجية الأمريكية, named in his title (aljazirah
        # 2015-08-02, article 467); مفتي السعودية not هيئة كبار العلماء, which he heads (2015-08-01,
        # article 179). An unnamed holder stays unlinked, like «متحدث باسم الدفاع المدني»: the
        # evaluation kit's gold keeps an unnamed official of a body apart from the body («مسؤول من
        # حركة حماس», «مصدر رفيع في وزارة الخارجية السودانية» are actors of their own)
        ent = None
    return Speaker(ent, w.text[s:e])


def _source_of_a_body(w: _Work, s: int, e: int) -> str | None:
    """The entity of an unnamed source of a named body whose nominal mention starts the phrase
    (the entity stage codes it from the body or the nationality: round 21 of the entities)."""
    ents = w.doc.layer("entities")
    for r in w.mentions.overlapping(s, e):
        if r[0] == s and r[4] == "nominal":
            ent = next((x for x in ents if x.id == r[2]), None)
            if ent is not None and ent.attrs.get("country") and ent.label in ("PER", "ORG"):
                return ent.id
    return None


def _fits_a_person(w: _Work, ent: str | None, a: int) -> bool:
    """May ``ent`` be the speaker of a phrase (starting at token ``a``) headed by a person's
    office or epithet (``person_heads``)? A person may; so may an organisation whose own mention
    holds the head word (the club «الرائد», also the rank Major; «السفير» as a hotel's name), as
    the head is then a word of its name; no other body or place."""
    if ent is None or w.mentions.labels.get(ent) == "PER":
        return True
    if bare_word(w.toks[a]) in w.lex.quantifiers:
        return False  # «أحد مسؤولي الأمن الليبيين» as an organisation is the tagger's reading of one person
    s = w.toks[a].head
    return any(r[2] == ent and r[0] <= s < r[1] for r in w.mentions.overlapping(s, s + 1))


def _given_name_of_earlier(w: _Work, a: int, b: int, ent: str | None) -> str | None:
    """A person called by the given name alone, after a form of address or none (وأوضحت د. آمنة
    after «وتؤكد د. آمنة كريم»; وأوضح إبراهيم after «ويقول الشاب إبراهيم الأحمد»: SaudiNewsNet
    2015-07-22, article 1080), is the one person the article named before with that first name:
    the entity stage links a surname alone to the full name (الخريجي) but leaves a given name
    alone unlinked or makes it an entity of its own. None when the phrase is more than that one
    word, when it is linked to a person of two words or more already, or when two persons named
    before share the name (then the article means one of them and nothing says which)."""
    toks = w.toks
    k = a
    while k < b and (is_form_of_address(toks, k, w.lex) or toks[k].text == "."):
        k += 1  # د. ، الدكتورة ، السيدة
    if k != b - 1 or toks[k].kind != "ar" or toks[k].conj:
        return None
    if ent is not None and (w.mentions.labels.get(ent) != "PER" or " " in (w.mentions.names.get(ent) or "").strip()):
        return None  # linked to a body, or to a person of a full name: the entity stage's reading stands
    given = toks[k].norm
    # (three letters at least: a one- or two-letter word is an initial or a particle, never a
    # given name the article could mean)
    if len(given) < 3 or is_definite(toks[k]):
        return None
    found = set()
    for s, e, eid, label, _kind in w.mentions.rows:
        if s >= toks[a].start:
            break
        if eid == ent or w.mentions.labels.get(eid, label) != "PER":
            continue
        words = normalize(w.mentions.names.get(eid) or "").split()
        if len(words) >= 2 and words[0] == given:
            found.add(eid)
    return next(iter(found)) if len(found) == 1 else None


def _relative_after_person(w: _Work, a: int, b: int) -> int | None:
    """The first kinship noun inside the phrase [a, b) after a person it names (الدكتور عبدالرحمن
    الحقباني أخ الإعلامي السعودي سعود الدوسري): the name after it is the speaker's relative, so the
    phrase is linked only up to it; None when there is no such noun, or no person before it (then
    the phrase is read whole: جمعية أهل الخير holds أهل as a word of a name)."""
    toks = w.toks
    for k in range(a + 1, b):
        if bare_word(toks[k]) in w.lex.kinship and not toks[k].conj:
            s, e = toks[a].head, toks[k - 1].end
            if any(w.mentions.labels.get(r[2], r[3]) == "PER" for r in w.mentions.overlapping(s, e)):
                return k
            return None
    return None


def _kunya_names(w: _Work, a: int, b: int) -> frozenset[int]:
    """Starts of the names in the phrase [a, b) written right after a kunya particle the name does
    not hold (أم فهد، أبو محمد with an entity «فهد»): the name is the speaker's child's, so it names
    another person than the one who speaks (the particles: wordclasses.tsv ``kunya``)."""
    toks = w.toks
    out = []
    # (from the word before the phrase too: وهو ما أكدته أم فهد …، مؤكدة أن …, where the subject
    # read for the participle is the name فهد alone)
    for k in range(max(a - 1, 0), b - 1):
        if bare_word(toks[k]) in w.lex.kunya and not any(r[0] <= toks[k].start < r[1] for r in
                                                          w.mentions.overlapping(toks[k].start, toks[k].end)):
            out.append(toks[k + 1].start)
    return frozenset(out)


def _named_after_head(w: _Work, a: int, b: int) -> str | None:
    """وكالة أنباء الأناضول، صحيفة «نيويورك تايمز»، شركة «آبل»: a noun that takes a name
    (``name_heads``) opening the phrase is the body named after it, an organisation (not a person
    named further on, nor a title the article gave someone earlier), when the name stands within
    ``_HEAD_NAME_REACH`` tokens of the head."""
    if not _head_words(w.toks[a]) & w.lex.name_heads:
        return None  # (also after a fused ل: وفقا لوكالة رويترز)
    if b == a + 1 and b < len(w.toks) and w.toks[b].text in QUOTE_CHARS:
        b = a + 3  # أما صحيفة "الجارديان" البريطانية فأكدت: the phrase stopped at the mark
    for k in range(a + 1, min(b, len(w.toks), a + 1 + _HEAD_NAME_REACH)):
        nm = w.names.get(k)
        if nm is not None:
            return nm.entity if nm.label in ("ORG", "MISC") else None
    return None


# وكالة أنباء الأناضول، وكالة الأنباء الصينية “شينخوا”: the head, a second noun, a nisba
# adjective, a mark, the name
_HEAD_NAME_REACH = 4


def _issuer(w: _Work, a: int, b: int) -> str | None:
    """بيان وزارة الداخلية، تقرير صحيفة «الحياة»، الأمانة العامة لقوى 14 آذار: a generic head (a
    statement, a report, a secretariat), with at most one adjective, speaks for the person or
    organisation named right after it."""
    head = bare_word(w.toks[a])
    if head in w.lex.statement_nouns:
        ent = _statement_issuer(w, a)
        # (two or three words: the head, the body and at most one adjective, as the docstring says)
        if ent is None and b - a in (2, 3) and is_definite(w.toks[a + 1]) and not is_definite(w.toks[a]):
            # بيان الشرطة، بيان الوزارة، بيان الهيئة (SaudiNewsNet 2015-07-21 article 2064, 2015-07-25
            # article 789): a statement of a body the article named before by its full name is that
            # body's, read like the short form alone (وأوضحت الوزارة: see TitleIndex.resolve)
            ent = _body_of_short_form(w, w.titles.resolve(a + 1, b), bare_word(w.toks[a + 1]))
        return ent
    if head not in w.lex.generic_speakers and head not in w.lex.media_nouns:  # (مجلة «فوربس»)
        return None
    for k in (a + 1, a + 2):
        nm = w.names.get(k)
        if k < b and nm is not None and nm.label in ("PER", "ORG"):
            return nm.entity
        if k < b and not (is_definite(w.toks[k]) or w.toks[k].prep_l):
            return None
    return None


def _body_of_short_form(w: _Work, ent: str | None, head: str) -> str | None:
    """``ent`` when it can be the body a short form with head ``head`` (اللجنة، المنظمة) names: an
    organisation whose name does not open with another institution noun (``generic_speakers``).
    «تقرير اللجنة المكلفة» after «اللجنة المكلفة للتحقق من إجراءات التسجيل والقبول بجامعة تبوك»
    is not the university's (SaudiNewsNet 2015-07-31, article 1678), nor «تقرير اللجنة» the
    committee head's (article 1368); «بيان المنظمة» after «منظمة هيومن رايتس ووتش» is HRW's."""
    if ent is None or w.mentions.labels.get(ent) != "ORG":
        return None
    words = normalize(w.mentions.names.get(ent) or "").split()
    first = without_article(words[0]) if words else ""
    return None if first != head and first in w.lex.generic_speakers else ent


def _statement_issuer(w: _Work, a: int) -> str | None:
    """The person or organisation that issued the statement, report or study named at token ``a``:
    named right after it (تقرير صادر عن منظمة أوبك، بيان لوزارة الداخلية: past صادر عن، صدر عن، لـ،
    نشرته), after a relative clause of making (الدراسة التي أجراها باحثون من جامعة شيفيلد، التي قامت
    بها شركة الأبحاث البريطانية (ويلث انسايت): ``issuer_verbs``, the name within ``_ISSUER_REACH``
    words of the verb, brackets and quotation marks skipped), or before it as the subject of an issuing verb (أصدرت
    وزارة الداخلية بيانا)."""
    toks, lex = w.toks, w.lex
    before = _issued_by_subject(w, a)
    if before is not None:
        return before
    end = min(len(toks), a + _ISSUER_REACH)
    k = a + 1
    while k < end:
        t = toks[k]
        if t.text in "()" or t.text in QUOTE_CHARS:
            # (ويلث انسايت)، شركة الأبحاث "البن كابيتال": the name in brackets or marks after its description
            end = min(len(toks), end + 1)
        elif t.kind == "punct" or t.norm in lex.complementisers or lex.verb(t.norm) is not None:
            return None
        elif k in w.names and w.names[k].label in ("PER", "ORG"):
            return w.names[k].entity
        elif strip_conj(t.norm) in lex.relatives and k + 1 < len(toks) and _issuing(toks[k + 1], lex):
            end = min(len(toks), k + 2 + _ISSUER_REACH)  # التي أجراها باحثون من جامعة …: the maker
        k += 1
    return None


def _issued_by_subject(w: _Work, a: int) -> str | None:
    """أصدرت وزارة الداخلية بيانا، وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا: the statement at
    ``a`` is the object of an issuing verb a few words before it (``_STATEMENT_REACH``, within the
    clause) whose subject is the name right after the verb."""
    for v in range(a - 1, max(-1, a - 1 - _STATEMENT_REACH), -1):
        t = w.toks[v]
        if t.kind == "punct" or t.norm in w.lex.complementisers:
            return None
        if _issuing(t, w.lex):
            nm = w.names.get(v + 1)
            return nm.entity if nm is not None and nm.label in ("PER", "ORG") and nm.end <= a else None
    return None


def _issuing(t: Tok, lex: QuoteLexicon) -> bool:
    return t.norm in lex.issuer_verbs or strip_conj(t.norm) in lex.issuer_verbs


def _statement_noun_of(t: Tok) -> str:
    """The noun a token writes without its و/ف, article, fused preposition (بدراسة، للتقرير) and
    accusative alif (بيانا): the form ``statement_nouns`` holds."""
    n = t.norm[1:] if t.conj and t.norm[:1] in ("و", "ف") else t.norm
    if t.prep or n.startswith("لل"):
        n = without_preposition(n)
    n = without_article(n)
    return n[:-1] if n.endswith("ا") and len(n) > 3 else n


def _honorific_in_sentence(w: _Work, c: Cue) -> bool:
    """Does an honorific pronoun (معاليه، سموه) stand before the cue in its sentence, outside
    quotations? Then the sentence's subject is a person named before it."""
    first = w.sent_first.get(c.sent, c.i)
    return any(not w.inside[k] and is_honorific_pronoun(w.toks[k], w.lex) for k in range(first, c.i))


def _honorific_subject(w: _Work, c: Cue) -> bool:
    """Is the cue's subject an honorific pronoun (وقال معاليه، وأكد سموه)? It stands for a person."""
    k = c.i + 1
    return k < len(w.toks) and is_honorific_pronoun(w.toks[k], w.lex)


def _entity_fallback(w: _Work, c: Cue, same_sentence: bool = False) -> Speaker | None:
    """A person or organisation named before the cue, outside quotations and reported clauses:
    in its own sentence the first one (the subject of the main verb comes early: وينتقد أحد
    المسافرين …، مشيرا), otherwise the nearest one in it or the sentence before (when no speaker
    is known yet). Only a person for an honorific subject (وقال معاليه after وزير العدل رئيس
    المجلس الأعلى للقضاء الدكتور وليد الصمعاني: the minister, not the council he chairs)."""
    if not w.mentions:
        return None
    labels = ("PER",) if _honorific_subject(w, c) else ("PER", "ORG")
    pos = w.toks[c.i].start
    if same_sentence:
        lo = w.sents[c.sent][0] if 0 <= c.sent < len(w.sents) else 0
        for r in w.mentions.first_after(lo, pos, labels):
            k = w.tok_at(r[0])
            if k < len(w.toks) and not w.inside[k] and not _in_clause(w, r[0]) and not _object_of_preposition(w, k):
                return _kunya_speaker(w, k, r) or Speaker(r[2], w.text[r[0]:r[1]])
        return None
    lo_sent = max(0, c.sent - 1)
    lo = w.sents[lo_sent][0] if 0 <= lo_sent < len(w.sents) else 0
    while True:
        r = w.mentions.last_before(pos, lo, labels)
        if r is None:
            return None
        k = w.tok_at(r[0])
        if (k < len(w.toks) and w.inside[k]) or _in_clause(w, r[0]) or (k < len(w.toks) and _object_of_preposition(w, k)):
            pos = r[0]  # a name inside a quotation is not the one speaking, nor one after على/ب/ل
            continue
        return _kunya_speaker(w, k, r) or Speaker(r[2], w.text[r[0]:r[1]])


def _object_of_preposition(w: _Work, k: int) -> bool:
    """Is the name at token ``k`` governed by a preposition, written apart before it or its titles
    or fused to its first word (حيث أثنى على الإمام سعود بقوله، أشاد بالأمير، شكر لسموه)? The one
    praised or thanked is never the subject of the clause's participle or verbal noun; the
    implied subject goes on (fresh reading 7; SaudiNewsNet 2015-08-07 alriyadh/831)."""
    toks, lex = w.toks, w.lex
    j = k
    while j > k - _TITLES_BEFORE_NAME and j > 0 and toks[j - 1].kind == "ar" and not toks[j - 1].conj \
            and not toks[j - 1].prep and (bare_word(toks[j - 1]) in lex.person_heads or is_definite(toks[j - 1])):
        j -= 1
    if toks[j].prep and not toks[j].conj:
        return True
    if j > 1 and toks[j - 1].text in QUOTE_CHARS and toks[j - 2].norm in lex.addressee_prepositions:
        return True  # في تصريح لـ«الشرق الأوسط»: the outlet spoken to (quotes round 22)
    return j > 0 and toks[j - 1].norm in lex.verb_prepositions


# Titles written before a name (الإمام، صاحب السمو الأمير): at most this many (title words or
# definite words) are passed back to the preposition that governs the whole phrase.
_TITLES_BEFORE_NAME = 3


def _kunya_speaker(w: _Work, k: int, r: tuple) -> Speaker | None:
    """For a name at token ``k`` (mention ``r``) right after a kunya particle (وهو ما أكدته أم فهد
    …، مؤكدة أن): the parent it names, unlinked (see ``_kunya_names``); else None."""
    if 0 < k < len(w.toks) and bare_word(w.toks[k - 1]) in w.lex.kunya and w.toks[k - 1].end <= r[0]:
        return Speaker(None, w.text[w.toks[k - 1].start:r[1]])
    return None


# --- 5. the layers -------------------------------------------------------------------------------

def _quote_records(w: _Work, cues: list[Cue], owners: _DirectOwners,
                   resolved: dict[int, Speaker | None]) -> list[Quote]:
    """Every cue's reported clause and direct quotations, then the standalone quotations."""
    doc = w.doc
    out: list[Quote] = []
    for c in cues:
        rec = resolved.get(id(c))
        cue_span = _cue_span(w, c)
        if c.clause:
            kind = "direct" if (c.colon >= 0 and c.comp < 0) or c.merged else "indirect"
            out.append(Quote.of(doc, c.clause[0], c.clause[1], kind, rec, cue_span))
        own = c.quote is not None and owners.owns(c, c.quote) and not (c.merged and c.clause)
        for m in ([c.quote] if own else []) + c.nested:
            out.append(Quote.of(doc, m.start, m.end, "direct", rec, cue_span))
    for m in owners.standalone:
        out.append(Quote.of(doc, m.start, m.end, "direct", resolved.get(id(m)), None))
    return [q for q in out if not is_web_address(doc.text[q.start:q.end])]


def _dialogue_lines(w: _Work, quotes: list[Quote]) -> list[Quote]:
    """•• الأصبحي: ما أنجز من خطوات …: a line that opens (past bullets and dashes) with a person's
    name and a colon is that person's speech, to the end of the line, as interviews and hearings
    are written; only where no quote covers it yet."""
    text, toks, out = w.text, w.toks, []
    taken = sorted((q.start, q.end) for q in quotes)
    for first in sorted(set(w.sent_first.values())):
        k = first
        while k < len(toks) and toks[k].kind == "punct" and toks[k].text not in ":：":
            k += 1
        nm = w.names.get(k)
        if nm is None or nm.label != "PER" or nm.end >= len(toks) or toks[nm.end].text not in ":：" \
                or _between_digits(text, toks[nm.end].start) or not _line_start(text, toks[k].start):
            continue
        s = toks[nm.end].end
        e = text.find("\n", s)
        span = _trimmed(text, s, len(text) if e < 0 else e)
        if span is None or any(a < span[0] < b or (a < span[1] and b > span[1]) for a, b in taken):
            continue  # (a quotation running into or out of the line is no dialogue line)
        name = Speaker(nm.entity, text[toks[k].start:toks[nm.end - 1].end])
        out.append(Quote.of(w.doc, span[0], span[1], "direct", name, None))
    return out


def _line_start(text: str, pos: int) -> bool:
    """Does only punctuation or space stand between the line's start and ``pos``?"""
    j = text.rfind("\n", 0, pos) + 1
    return not any(ch.isalnum() for ch in text[j:pos])


def _cue_span(w: _Work, c: Cue) -> Span:
    if c.kind == "continuation":
        return _cue_span(w, c.prev)  # the report it carries on was cued there
    t = w.toks[c.i]
    if c.kind == "attribution":
        n = phrase_len(w.toks, c.i, w.lex)
        end = w.toks[c.i + n - 1].end if n > 0 else t.end
        return w.doc.span(t.start, end, "cue", lemma=w.text[t.start:end])
    return w.doc.span(t.start, t.end, "cue", lemma=c.verb.lemma)


def _in_boilerplate(start: int, boiler: list[tuple[int, int]]) -> bool:
    return any(bs <= start < be for bs, be in boiler)


def _first_of_each_range(quotes: list[Quote]) -> list[Quote]:
    """In text order, one quote per (start, end): the first made wins."""
    seen = set()
    out = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        key = (q.start, q.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out


def _term_spans(w: _Work, boiler: list[tuple[int, int]]) -> list[Span]:
    doc = w.doc
    terms = [doc.span(m.start, m.end, "term", sentence=doc.sentence_index(m.start) if doc.has("sentences") else -1)
             for m in w.terms if m.end > m.start and not _in_boilerplate(m.start, boiler)]
    terms.sort(key=lambda s: s.start)
    return terms


# --- the component -------------------------------------------------------------------------------

def _name_missed_speakers(w: _Work, cues: list[Cue], shapes: NameShapes, english) -> bool:
    """A person for each speaker phrase after its verb that is a title ending in a name the entity
    stage did not tag (المتحدث الرسمي لوزارة العمل تيسير المفرج); did it add any?"""
    added = False
    for c in cues:
        if c.speaker is None or c.speaker_how != "after":
            continue
        a, b = c.speaker
        if is_kin(w.toks, a, w.lex) or names_a_relation(w.toks, a, b, w.lex, w.names):
            continue  # والد الشهيد محمد الفلاني names a relative, محامي ميليسا a client
        # (no anonymity check: a role noun is anonymous only while no name is known, and the name
        # run is what is looked for; source nouns, مصدر، مسؤول طلب …, are no title heads)
        ps, pe = w.toks[a].head, w.toks[b - 1].end
        if any(w.mentions.labels.get(r[2], r[3]) == "PER" for r in w.mentions.overlapping(ps, pe)):
            continue  # the phrase names its person already (الدكتور رمضان أبو العلا خبير هندسة البترول)
        run = name_run(w.toks, a, b, shapes)
        if run is None:
            continue
        s, e = w.toks[run[0]].start, w.toks[run[1] - 1].end
        if w.mentions.overlapping(s, e):
            continue
        add_person(w.doc, s, e, english())
        w.refresh_entities()
        added = True
    return added


def _names_after_verbs(w: _Work, found: list[Cue], shapes: NameShapes, english) -> bool:
    """A person for each name right after a finite verb of saying that the entity stage did not
    tag (وقال علي أحمدي متحدث باسم …, SaudiNewsNet 2015-07-26: the previous speaker «سكان» was
    carried, as علي read as the verb's preposition على with no name to tell it apart; أوضح عمر
    المهنا عضو الاتحاد السعودي لكرة القدم، أن, 2015-07-27: unlinked). Run before the speaker
    phrases are read, so that they see the name; did it add any?"""
    added = False
    for c in found:
        if c.kind != "verb" or c.verb is None or not c.verb.finite:
            continue
        k = c.i + 1
        if k >= len(w.toks) or w.sent_of[k] != c.sent:
            continue
        t = w.toks[k]
        homograph = t.norm in w.lex.verb_prepositions
        if homograph and not t.text.endswith("ي"):
            continue  # على with its ى is the preposition
        run = opening_run(w.toks, k, w.sent_last.get(c.sent, len(w.toks)), shapes, homograph)
        if run is None:
            continue
        s, e = w.toks[run[0]].start, w.toks[run[1] - 1].end
        if w.mentions.overlapping(s, e):
            continue  # a name or body the entity stage found is its reading
        add_person(w.doc, s, e, english())
        w.refresh_entities()
        added = True
    return added


@dataclass(frozen=True)
class QuotesConfig:
    # Keep quoted terms («داعش») in the quotes layer too (they always go to "quote_terms"):
    # off, because a name in quote marks is no quote (the evaluation kit's convention).
    keep_terms: bool = False


class QuotesStage(Stage):
    """Adds layers "quotes" and "quote_terms" (see the module docstring). Missing sentences or
    tokens layers are computed here; missing entities or boilerplate count as empty."""

    Config = QuotesConfig

    def __init__(self, config: QuotesConfig, resources: Resources):
        super().__init__(config, resources)
        self.lexicon = load_lexicon(resources)
        self.vocabulary = CueVocabulary(self.lexicon)
        self.name_shapes = load_name_shapes(resources, self.lexicon)

    def english(self) -> EnglishNames:
        """The entities stage's English-name annotator, for the persons this stage adds: every
        entity carries name_en and name_en_source (rasd/entities/english.py). Built once per
        Resources and shared with the entities stage; read only when a person is added."""
        return load_english_names(self.resources)

    def __call__(self, doc: Document) -> None:
        w = _Work(doc, self.lexicon)
        found = find_cues(w.toks, w.inside, w.sent_of, self.vocabulary)
        if doc.has("entities"):
            _names_after_verbs(w, found, self.name_shapes, self.english)
        cues = self._cues(w, found)
        # (only over an entity layer: a document without one was read with no entity stages)
        if doc.has("entities") and _name_missed_speakers(w, cues, self.name_shapes, self.english):
            w.refresh_entities()
        _clauses(w, cues)
        w.clauses = sorted(c.clause for c in cues if c.clause)
        w.clause_starts = [c[0] for c in w.clauses]
        owners = _DirectOwners(w, cues)
        owners.assign()
        resolved = _ReadingOrder(w).resolve(cues, owners.standalone)
        quotes = _quote_records(w, cues, owners, resolved)
        dialogue = _dialogue_lines(w, quotes)
        if dialogue:
            # the line's speech holds whatever a cue inside it made (وأحب أن أتحدث …: no second quote)
            quotes = [q for q in quotes if not any(d.start <= q.start and q.end <= d.end for d in dialogue)] + dialogue
        boiler = [(b.start, b.end) for b in doc.layer("boilerplate")]
        quotes = _first_of_each_range([q for q in quotes if not _in_boilerplate(q.start, boiler)])
        spans = [q.to_span(doc) for q in quotes]
        terms = _term_spans(w, boiler)
        if self.config.keep_terms:
            spans = sorted(spans + terms, key=lambda s: (s.start, s.end))
        doc.set_layer("quotes", spans)
        doc.set_layer("quote_terms", terms)

    def _cues(self, w: _Work, cues: list[Cue]) -> list[Cue]:
        """The document's reporting cues (``find_cues``), each with what it governs and its
        speaker phrase."""
        w.comps = self.vocabulary.complementiser_tokens(w.toks)
        # بان كي مون: بان is بأن written without its hamza, and also the first word of a person's
        # name (وقال الأمين العام، بان كي مون، في بيان: إنه …, SaudiNewsNet 2015-07-27): such a
        # word opening a name of two or more words is that name. Not a form written with its hamza
        # (أن، إن، بأن) nor a two-letter one (ان): those are the complementiser, and the name is
        # the entity stage's mistake (وأضاف المكتب أن كي مون أكد, 2015-07-27 article 149, has a
        # mention «أن كي مون»)
        w.comps -= {k for k, nm in w.names.items() if nm.label == "PER" and nm.end - k >= 2
                    and len(w.toks.raw[k].text) >= 3 and normalize(w.toks.raw[k].text) == w.toks.raw[k].text}
        cue_tokens = {c.i for c in cues if c.kind == "verb"}
        for c in cues:
            _analyse_cue(w, c, cue_tokens)
            if c.kind == "verb" and (c.comp >= 0 or c.colon >= 0 or c.quote is not None):
                w.reporting_cues.add(c.i)  # (read by the attribution phrases that come after it)
        return _with_continuations(w, cues)
