"""Who is speaking: the speaker phrase of a reporting cue, and its link to an entity.

A cue's speaker is found, in order of preference:
- after the verb (VSO, the usual news order): وقال الناطق باسم الحكومة يوشيهيدي سوغا في …;
  the phrase runs until a preposition, time word, punctuation, complementiser or quote mark;
- through a relative pronoun: زيلنسكي ، الذي قال إن … -> the antecedent before الذي (only when
  the pronoun agrees with the verb; التي قال إن is "which he said", whose subject is elsewhere);
- before the verb (SVO): لكن المسؤولين الروس قالوا إنهم …, back to a clause boundary;
- otherwise the subject is a pronoun or implicit (وأضاف …, لكنه وصف …), resolved by the stage to
  the last speaker.
Anonymous and collective sources (مصادر عسكرية، مسؤول طلب عدم نشر اسمه) keep their phrase as
speaker_text and never link to an entity, even when the phrase contains one (مسؤول من حركة حماس).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..text.normalize import strip_conjunction
from .lexicon import QuoteLexicon


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    norm: str
    kind: str  # ar | num | lat | punct
    head: int  # start without a fused conjunction (for speaker phrases)
    bare: int  # start without a fused conjunction or ل (the source in وفقا لإحصائيات …)
    conj: bool  # starts with a fused و/ف
    prep_l: bool  # starts with a fused ل (لـ«الشرق الأوسط», للصحفيين)
    prep: bool  # starts with any fused preposition (ب ل ك)
    pron: bool  # ends with a pronoun suffix (لكنه)


def strip_conj(norm: str) -> str:
    """The quotes' reading of a word without و/ف: two-letter remainders count (وهو -> هو)."""
    return strip_conjunction(norm, 2)


def _is_stop(t: Tok, lex: QuoteLexicon) -> bool:
    if t.kind == "punct":
        return True
    n = t.norm
    if n == "علي" and t.text.endswith("ي"):
        return False  # الأمير علي (the name) is written with ya, على (on) with alef maqsura
    if n in lex.stops or strip_conj(n) in lex.stops:
        return True
    if n in lex.complementisers or n in lex.relatives or strip_conj(n) in lex.relatives:
        return True
    if n in lex.detached_prepositions or n.startswith("لـ"):
        return True
    return False


def post_verbal(toks: list[Tok], i: int, limit: int, lex: QuoteLexicon,
                terms: dict[int, int] | None = None) -> tuple[int, int] | None:
    """Token range [a, b) of the speaker phrase right after the verb at ``i`` (None if none).
    ``terms`` maps the token of a term's opening mark to the token after its closing mark, so that
    قالت صحيفة «نيويورك تايمز» keeps the newspaper's name in the phrase."""
    a = i + 1
    if a < limit and toks[a].norm in ("ل", "لـ") and a + 1 < limit:
        # وأوضحت لـ"الاقتصادية" مصادر خاصة، قال لـ«الشرق الأوسط» مصدر: the addressee comes first
        a = terms[a + 1] if terms and a + 1 in terms else a + 2
    elif a < limit and toks[a].prep_l:
        # قال لأنصاره …، قال للصحفيين مسؤول: a prepositional phrase is not the subject; one word
        # with a pronoun or a listed addressee is skipped, a longer one leaves the subject unknown
        if toks[a].pron or strip_conj(toks[a].norm) in lex.stops:
            a += 1
        else:
            return None
    if a < limit:
        first = strip_conj(toks[a].norm)
        for seq in lex.skip_after_verb:  # وقال له المسؤول، كشف من جهته العقيد
            if seq[0] == first and a + len(seq) <= limit and all(
                    strip_conj(toks[a + k].norm) == w for k, w in enumerate(seq[1:], 1)):
                a += len(seq)
                break
    b = a
    while b < limit and b - a < lex.speaker_max_tokens:
        t = toks[b]
        if terms and b > a and b in terms and terms[b] <= limit:
            b = terms[b]
            continue
        if _is_stop(t, lex) or lex.verb(t.norm) is not None:
            break
        if b > a and t.conj and t.norm not in lex.sources:
            # a fused و usually starts the next clause (… بوتين وأنه) unless it coordinates names
            # (ماي وكازنوف); keep it only when the next token ends the phrase
            nxt = toks[b + 1] if b + 1 < limit else None
            if nxt is not None and not _is_stop(nxt, lex):
                break
        b += 1
    # وحذرت السفارة الأميركية من أن …: a preposition the verb governs is not part of the speaker
    while b > a and b < len(toks) and toks[b - 1].norm in lex.verb_prepositions and toks[b].norm in lex.complementisers \
            and not (toks[b - 1].norm == "علي" and toks[b - 1].text.endswith("ي")):
        b -= 1
    if b == a or toks[a].kind not in ("ar", "lat") or _adverbial(toks[a]):
        return None
    return a, b



def pre_verbal(toks: list[Tok], i: int, first: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """Token range of a subject written before the verb at ``i`` (SVO), back to a boundary."""
    if toks[i].conj:
        return None  # وقال، فيقول: a verb that opens its clause has no subject before it
    b = i
    if b > first and toks[b - 1].norm == "قد":
        b -= 1  # وكان الرئيس قد قال
    a = b
    # a subject before the verb is short (المسؤولين الروس قالوا، لكن الجيش نفى); a longer run is
    # more likely the end of the previous clause, unless كان opens it (وكانت جماعة سلفية متشددة في
    # غزة أعلنت …), whose subject may be longer
    limit = max(2, lex.speaker_max_tokens // 2)
    kana = False
    while True:
        if a == first:
            break  # the sentence start is a boundary
        if b - a >= lex.speaker_max_tokens:
            return None  # ran out of length before reaching a boundary: not a subject
        t = toks[a - 1]
        n = t.norm
        if strip_conj(n) in lex.kana:
            kana = True
            break
        if n in lex.auxiliaries:
            break  # ومضى يقول: the auxiliary's subject (implicit here) is the speaker
        if t.kind == "punct" or n in lex.connectors or n in lex.complementisers or strip_conj(n) in lex.pronouns:
            break
        if strip_conj(n) in lex.relatives or lex.verb(n) is not None:
            return None
        a -= 1
        if t.conj:  # والمسؤولون قالوا: the fused conjunction opens the clause
            break
    if a == b or (b - a > limit and not kana):
        return None
    head = toks[a]
    if head.pron or head.prep or strip_conj(head.norm) in lex.stops or head.kind not in ("ar", "lat") \
            or _adverbial(head):
        return None  # باختلاف الآراء يعترفون: a prepositional phrase is not a subject
    return a, b


def _adverbial(t: Tok) -> bool:
    """ضمنًا، ميدانياً: an accusative adverb (written with tanween) cannot be a subject."""
    return "\u064b" in t.text



def pronoun_subject(toks: list[Tok], i: int, first: int, lex: QuoteLexicon) -> bool:
    """Is the verb at ``i`` preceded by a subject pronoun (لكنه وصف، وهو يقول، إنه قال)?"""
    if i <= first:
        return False
    t = toks[i - 1]
    return t.pron or strip_conj(t.norm) in lex.pronouns


def relative_before(toks: list[Tok], i: int, first: int, lex: QuoteLexicon) -> tuple[int, str] | None:
    """For "X، الذي قال": (token index of the relative pronoun, its agreement), else None. The
    caller compares the agreement with the verb's: التي قال إن is "which he said", whose subject
    is not the antecedent."""
    if i <= first:
        return None
    agr = lex.relatives.get(strip_conj(toks[i - 1].norm))
    return None if agr is None else (i - 1, agr)


def antecedent(toks: list[Tok], r: int, first: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """Token range of the noun phrase before the relative pronoun at ``r`` (its antecedent)."""
    b = r
    while b > first and toks[b - 1].kind == "punct" and toks[b - 1].text in "،,":
        b -= 1
    a = b
    while a > first and b - a < lex.speaker_max_tokens:
        t = toks[a - 1]
        if _is_stop(t, lex) or t.norm in lex.connectors or lex.verb(t.norm) is not None:
            break
        a -= 1
        if t.conj:
            break
    if a == b:
        return None
    return a, b


def is_anonymous(toks: list[Tok], a: int, lex: QuoteLexicon) -> bool:
    n = strip_conj(toks[a].norm)
    if n.startswith("ال") and len(n) > 4:
        n = n[2:]
    return n in lex.sources


class MentionIndex:
    """Entity mentions of the document by start offset, for linking speaker phrases."""

    def __init__(self, entities):
        rows = []
        for e in entities or []:
            for m in getattr(e, "mentions", []) or []:
                rows.append((m.start, m.end, e.id, e.label, m.get("kind", "name")))
        rows.sort()
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.labels = {e.id: e.label for e in entities or []}
        self.names = {e.id: e.name for e in entities or []}

    def __bool__(self) -> bool:
        return bool(self.rows)

    def overlapping(self, s: int, e: int) -> list[tuple]:
        j = bisect.bisect_left(self.starts, e)
        out = []
        # mentions are short: look back a bounded number of rows for ones that start before s
        k = j - 1
        while k >= 0 and self.rows[k][0] > s - 200:
            r = self.rows[k]
            if r[0] < e and r[1] > s:
                out.append(r)
            k -= 1
        out.reverse()
        return out

    def link(self, s: int, e: int) -> str | None:
        """Entity id for a speaker phrase [s, e): a person whose mention (name or title) starts
        or ends the phrase (الناطق باسم الحكومة يوشيهيدي سوغا، ناصر الحاسي المتحدث باسم …), or
        else the first person named in it; failing that an organisation or place that starts it
        (وزارة الداخلية، روسيا). A name inside a modifier
        (مدير فعاليات عيد الرياض، المتحدث باسم الرئيس …) is not the speaker."""
        cands = self.overlapping(s, e)
        at_head = [r for r in cands if r[0] <= s + 1]
        per = [r for r in cands if self.labels.get(r[2], r[3]) == "PER"]
        edge = [r for r in per if r[0] <= s + 1 or r[1] >= e - 1]
        if edge or per:
            # a person at either edge (title + name, name + description); else the first person
            # named (المهندس إبراهيم الهويمل مدير فعاليات …)
            return min(edge or per, key=lambda r: r[0])[2]
        if at_head:
            rank = {"ORG": 0, "LOC": 1, "MISC": 2}
            return min(at_head, key=lambda r: (rank.get(r[3], 3), -(r[1] - r[0])))[2]
        return None

    def first_after(self, lo: int, pos: int, labels=("PER", "ORG")) -> list[tuple]:
        """Mentions of people or organisations starting in [lo, pos), in order."""
        j = bisect.bisect_left(self.starts, lo)
        out = []
        while j < len(self.rows) and self.rows[j][0] < pos:
            r = self.rows[j]
            if self.labels.get(r[2], r[3]) in labels and r[1] <= pos:
                out.append(r)
            j += 1
        return out

    def last_before(self, pos: int, lo: int, labels=("PER", "ORG")) -> tuple | None:
        j = bisect.bisect_left(self.starts, pos) - 1
        while j >= 0 and self.rows[j][0] >= lo:
            r = self.rows[j]
            if r[3] in labels and r[1] <= pos:
                return r
            j -= 1
        return None
