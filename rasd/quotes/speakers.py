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
from typing import Mapping, NamedTuple

from ..text.normalize import normalize, strip_conjunction
from .direct import QUOTE_CHARS
from ..text.tokens import word_counts
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


# A construct chain (إضافة) of indefinite nouns ends in its definite noun within this many words
# (بيان وزارة الداخلية، مدير عام إدارة المرور).
_CONSTRUCT_CHAIN = 4


class NameAt(NamedTuple):
    """An entity name starting at a token (the stage maps each first token to one)."""

    end: int  # the token after the name
    label: str  # the entity's label: PER, ORG, LOC, MISC
    entity: str  # the entity id


def strip_conj(norm: str) -> str:
    """The quotes' reading of a word without و/ف: two-letter remainders count (وهو -> هو)."""
    return strip_conjunction(norm, 2)


def is_form_of_address(toks, k: int, lex: QuoteLexicon) -> bool:
    """Is token ``k`` a form of address written before a name (الدكتور، العميد), or a rank's
    qualifier right after one (العميد ركن طيار، الفريق أول ركن, word class ``rank_qualifiers``)?"""
    j = k
    while j >= 0 and j > k - 4 and toks[j].norm in lex.rank_qualifiers:
        j -= 1  # (a rank takes three qualifiers at most: الفريق أول ركن طيار)
    if j == k:
        return toks[k].norm in lex.name_titles
    return j >= 0 and toks[j].norm in lex.name_titles


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
    return t.pron and pronoun_stem(t, lex) in lex.stops  # قال خلاله، قال عنه


def post_verbal(toks: list[Tok], i: int, limit: int, lex: QuoteLexicon,
                terms: dict[int, int] | None = None,
                names: Mapping[int, NameAt] | None = None) -> tuple[int, int] | None:
    """Token range [a, b) of the speaker phrase right after the verb at ``i`` (None if none).
    ``terms`` maps the token of a term's opening mark to the token after its closing mark, so that
    قالت صحيفة «نيويورك تايمز» keeps the newspaper's name in the phrase; ``names`` maps the first
    token of each entity name to its ``NameAt``, so that a title that runs on to
    a person's name (مدير فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة تبوك الأستاذ ناصر …) ends
    with that name."""
    a = _subject_start(toks, i + 1, limit, lex, terms, names)
    if a is not None and a < limit:
        a = past_adverbials(toks, a, limit, lex)
    if a is None or a >= limit:
        return None
    marked = _marked_subject(toks, a, limit, terms, names)
    if marked is not None:
        return marked
    if strip_conj(toks[a].norm) in lex.demonstratives and a + 1 < limit and toks[a + 1].kind == "ar" \
            and not is_definite(toks[a + 1]) and not accusative_indefinite(toks[a + 1]):
        a += 1  # أوضح ذلك مدير فعاليات عيد الرياض، وقد أكدت ذلك والدتها: the object, then the subject
    head = toks[a]
    if is_honorific_pronoun(head, lex):
        return None  # وأكد سموه: "His Highness" is a pronoun, resolved like the subject of وأضاف
    if prepositional(head, lex) and not (names and a in names):
        return None  # وقال بهذا الخصوص: a prepositional phrase
    if head.norm in lex.verb_prepositions and not _given_name_ali(toks, a, names):
        return None  # وحذرت من التعامل مع …: the verb's own preposition opens its object
    if strip_conj(head.norm) in lex.negations or possessed_object(head, lex):
        # قال لا إله إلا الله: what he said, not who; أعلن تأكيده …: "his emphasis", the object
        return None
    b = _phrase_end(toks, a, limit, lex, terms, names)
    # وحذرت السفارة الأميركية من أن …: a preposition the verb governs is not part of the speaker
    while b > a and b < len(toks) and toks[b - 1].norm in lex.verb_prepositions and toks[b].norm in lex.complementisers \
            and not (toks[b - 1].norm == "علي" and toks[b - 1].text.endswith("ي")):
        b -= 1
    if b == a or toks[a].kind not in ("ar", "lat") or _adverbial(toks[a]):
        return None
    if names:
        b = title_chain_end(toks, a, b, limit, lex, terms, names) or b
    return a, _before_object(toks, a, b, lex, names)


def _marked_subject(toks: list[Tok], a: int, limit: int, terms: dict[int, int] | None,
                    names: Mapping[int, NameAt] | None) -> tuple[int, int] | None:
    """The words inside quotation marks that stand alone between the verb and its content: the
    subject written in marks (وقال "بسام": تبين لنا …, SaudiNewsNet 2015-08-02 sabq; وأكد "العصيمي"
    أن …, 2015-07-26; وقالت "آسيا كابيتال" إن …, 2015-07-27). Only when the marked term (short:
    ``terms`` holds only what the marks stage read as a name or term, not speech) is followed by
    nothing but punctuation up to where the speaker must end (the colon, comma or complementiser);
    a noun before the marks (قالت صحيفة «نيويورك تايمز») is read by the phrase rules. Only when the
    entity stage found a name that is all the marked words: an unnamed short form (وأوضحت "الغذاء
    والدواء" أن, 2015-07-26..27 ×6) is left to the rules that resolve it to the body named before."""
    if not terms or not names or toks[a].text not in QUOTE_CHARS or a not in terms or a + 1 not in names:
        return None
    after = terms[a]  # the token after the closing mark
    if after > limit or after - 1 <= a + 1:
        return None
    if any(toks[k].kind != "punct" for k in range(after, limit)):
        return None
    if any(toks[k].kind not in ("ar", "lat", "num") for k in range(a + 1, after - 1)) or toks[a + 1].kind == "num":
        return None
    name = names[a + 1]
    if name.end != after - 1:
        # the name is only a part of what is marked: وقالت "لوس أنجلوس تايمز" إن (2015-08-02
        # ×2), where the entity stage found the city, not the paper; the phrase rules read it
        return None
    return a + 1, after - 1


# Adverbials of manner right after a verb of saying: at most this many in a row (وأكد مجددا
# بشكل قاطع: two are already rare; a longer run is more likely the subject's own words).
_ADVERBIALS_MAX = 2


def _given_name_ali(toks: list[Tok], a: int, names: Mapping[int, NameAt] | None) -> bool:
    """Is the word at ``a``, which normalises like the preposition على, the given name علي that
    opens an entity name (من جانبه قال علي أحمد جنتي، وزير الثقافة …: SaudiNewsNet 2015-07-25,
    aawsat)? Normalisation writes ى as ي, so only the written ي and the entity stage's name tell
    the name from the preposition; the entity stage may name only what follows (أحمد جنتي), and a
    person's name right after the preposition of a verb of saying is rare (شدد على أحمد)."""
    if not names or not toks[a].text.endswith("ي"):
        return False
    nxt = names.get(a + 1)
    return a in names or (nxt is not None and nxt.label == "PER")


def past_adverbials(toks: list[Tok], a: int, limit: int, lex: QuoteLexicon) -> int | None:
    """Where the subject after a verb starts once the adverbials of manner right after the verb
    are passed (round 13, implied subjects): a noun of manner with ب and its qualifier (بشكل صريح،
    بصورة واضحة، بكل وضوح: ``manner_heads``), with a second adjective joined by و (بشكل واضح
    وصريح); a circumstantial adverb or adjective (مازحا، معلقا، بوضوح: ``circumstantials``). None
    when an adverbial of heading opens there (يقول تحت عنوان «…» إن: ``adverbial_openers``), whose
    words run on to an unknown end: the subject is then implied. An adverbial is never the
    speaker; what follows it is read as the subject as before (a complementiser or quotation mark
    right after it leaves the subject implied, resolved like that of وأضاف); so does a
    prepositional phrase right after it (فقال بلهجة تحدٍّ لخصوم حزبه: "to his party's opponents")."""
    start = a
    for _ in range(_ADVERBIALS_MAX + 1):
        if a >= limit or toks[a].kind != "ar":
            return a
        t = toks[a]
        if a > start and (t.prep or prepositional(t, lex) or _is_stop(t, lex)):
            return None  # past the adverbial, an addressee or a prepositional phrase: no subject here
        if a + 1 < limit and f"{t.norm} {toks[a + 1].norm}" in lex.adverbial_openers:
            return None
        n = strip_conj(t.norm)  # (ويؤكد وبكل وضوح: the adverbial may take a و of its own)
        if n in lex.circumstantials:
            a += 1
            continue
        if not t.pron and n[:1] == "ب" and n[1:] in lex.manner_heads \
                and a + 1 < limit and toks[a + 1].kind == "ar" and not _is_stop(toks[a + 1], lex) \
                and lex.verb(toks[a + 1].norm) is None:
            a += 2  # بشكل صريح، بكل وضوح
            if a + 1 < limit and toks[a].conj and not is_definite(toks[a]) and toks[a].kind == "ar" \
                    and _is_stop(toks[a + 1], lex):
                a += 1  # بشكل واضح وصريح أن: a second adjective, then the clause
            continue
        return a
    return a if a == start else None  # (three adverbials in a row: not read as a subject)


def in_fronted_adverbial(toks: list[Tok], a: int, b: int, first: int, lex: QuoteLexicon,
                         names: Mapping[int, NameAt] | None) -> bool:
    """Is a subject found before its verb, [a, b), part of a fronted adverbial: a clause that a
    preposition opens (with و, or at the clause's start) and that runs to the verb with no verb of
    saying, pronoun, connector or complementiser between (وحول اعتماد وحدات سكنية ومستشفى للحرس في عرعر قال،
    وفي مارس (آذار) الماضي قال: the topic or the time of what is said, not who says it)? A phrase
    that names a person or an organisation is kept (the words before it may hold a verb the
    lexicon does not know: وبعد دقائق وصلتنا رسالة من الشيف خالد)."""
    if names and any(k in names and names[k].label in ("PER", "ORG") for k in range(a, b)):
        return False
    k = a
    while k >= first and a - k <= _FRONTED_REACH:
        t = toks[k]
        n = strip_conj(t.norm)
        if n in lex.fronting_prepositions and t.kind == "ar" and (
                t.conj or k == first or (toks[k - 1].kind == "punct" and toks[k - 1].text not in QUOTE_CHARS)):
            return True
        if k < a:
            if t.kind == "punct" and t.text not in "()[]":
                return False
            # (a relative clause may stand in it: وحول الإجراءات التي سيتم اتخاذها تجاه المصابين
            # والشهداء قال, 3alyoum 2015-07-31)
            if lex.verb(t.norm) is not None or n in lex.pronouns or t.norm in lex.complementisers \
                    or n in lex.kana or t.norm in lex.connectors or n in lex.connectors or t.norm in lex.auxiliaries:
                return False
        k -= 1
    return False


# A fronted adverbial of topic or time runs to the verb within this many words (the longest seen:
# وخلال جلسة لمجلس الشيوخ في أيار (مايو) الماضي قال, aleqtisadiya 2015-07-21, nine tokens).
_FRONTED_REACH = 10


def names_a_relation(toks: list[Tok], a: int, b: int, lex: QuoteLexicon,
                     names: Mapping[int, NameAt] | None) -> bool:
    """Is the speaker phrase [a, b) headed, without the article, by a noun of relation to someone
    named right after it (خصوم الإمبراطور بوكاسا، محامي ميليسا، محامي النجم الأرجنتيني:
    ``relation_nouns``)? That someone is not the speaker (like a kinship noun). A name further on,
    after a field (أما محامي القضايا الجزائية غازي مرابط), is the holder of the title itself."""
    if toks[a].kind != "ar" or is_definite(toks[a]) or bare_word(toks[a]) not in lex.relation_nouns:
        return False
    later = [k for k in range(a + 3, b) if names and k in names and names[k].label == "PER"]
    return not later


def _before_object(toks: list[Tok], a: int, b: int, lex: QuoteLexicon, names: Mapping[int, NameAt] | None) -> int:
    """The end of a subject phrase [a, b) before an indefinite noun in the accusative, the verb's
    object (وأصدر البيت الأبيض بيانا، عقد الوزير مؤتمرًا صحفيا): written with tanween, or a statement
    noun with the accusative alif (بيانا، تقريرا: a final alif alone also ends foreign names,
    أوباما، تريزا، سوغا); never inside an entity's name."""
    for k in range(a + 1, b):
        t = toks[k]
        if t.kind == "ar" and t.prep and t.norm.startswith("ب") and len(t.norm) >= _MIN_BI_WORD and names \
                and any(nm.end == k and nm.label == "PER" for nm in _names_before(k, names)):
            # (a person's name only: after a body's name a ب-phrase goes on with its title, مدير عام
            # الإدارة العامة للعلاقات العامة والإعلام بوزارة الداخلية اللواء …, tests/fixtures/dev-own)
            # ونفى بيكس بشدة أن، وتعهد عباس بتقديم، ورحب رفلين بالاستقالة: a ب-phrase
            # right after the subject's name is the verb's complement, not a part of the speaker
            # (SaudiNewsNet 2015-08-01..03: 44 quotes, «بيكس بشدة» ×8)
            return k
        if t.kind != "ar" or is_definite(t) or t.pron or _inside_name(k, names):
            continue
        if "\u064b" in t.text or (t.norm.endswith("ا") and bare_word(t)[:-1] in lex.statement_nouns):
            return k
        if _statement_word(bare_word(t), lex) and names and any(nm.end == k for nm in _names_before(k, names)):
            return k  # استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي: the object
    return b


# A ب-word is a preposition and its noun only when at least this long: بنك (كومرتس بنك) is a noun.
_MIN_BI_WORD = 4


def _statement_word(w: str, lex: QuoteLexicon) -> bool:
    """A statement noun, also in the sound plural (تصريحات، بيانات، رسائل is not caught)."""
    return w in lex.statement_nouns or (w.endswith("ات") and (w[:-2] in lex.statement_nouns or w[:-2] + "ه" in lex.statement_nouns))


def _names_before(k: int, names: Mapping[int, NameAt]):
    return [names[j] for j in range(max(0, k - 8), k) if j in names]


def _inside_name(k: int, names: Mapping[int, NameAt] | None) -> bool:
    return bool(names) and any(j in names and names[j].end > k for j in range(max(0, k - 6), k + 1))


# the words an addressee in brackets may hold (لـ(عكاظ)، لـ(الشرق الأوسط)، لـ(وكالة الأنباء الألمانية)):
# an outlet's name is one to four words, and a closing bracket further on belongs to something else
_BRACKETED = 5


def _subject_start(toks: list[Tok], a: int, limit: int, lex: QuoteLexicon,
                   terms: dict[int, int] | None, names: Mapping[int, NameAt] | None = None) -> int | None:
    """Where the subject after a verb starts: past an addressee (قال لـ«الشرق الأوسط» مصدر) and the
    words that may stand between a verb and its subject (وقال له المسؤول، كشف من جهته العقيد);
    None when a longer prepositional phrase stands there (the subject is then unknown)."""
    if a < limit and toks[a].norm in ("ل", "لـ") and a + 1 < limit:
        # وأوضحت لـ"الاقتصادية" مصادر خاصة، قال لـ«الشرق الأوسط» مصدر: the addressee comes first
        close = None
        if toks[a + 1].text in "([":
            # كشف لـ(عكاظ) وكيل وزارة الصحة …: an addressee in brackets ends at its closing bracket
            # (SaudiNewsNet 2015-08-02, okaz); a name in brackets runs to a few words at most
            close = next((k for k in range(a + 2, min(limit, a + 2 + _BRACKETED)) if toks[k].text in ")]"), None)
        if close is not None:
            a = close + 1
        else:
            a = terms[a + 1] if terms and a + 1 in terms else a + 2
        if a + 1 < limit and toks[a].text in "،,":
            a += 1  # يقول لـ "الاقتصادية"، رالف فالتمان: a comma closes the addressee (2015-07-27, aleqtisadiya)
    elif a < limit and toks[a].prep_l and not _name_read_as_l(toks, a, lex, names):
        # قال لأنصاره …، قال للصحفيين مسؤول: a prepositional phrase is not the subject; one word
        # with a pronoun or a listed addressee is skipped, a longer one leaves the subject unknown
        if (toks[a].pron and not toks[a].text.endswith("ة")) or strip_conj(toks[a].norm) in lex.stops:
            a += 1  # (لوكالة: a ta marbuta, normalised to ه, is no pronoun)
            comma = next((k for k in range(a, min(limit, a + 6)) if toks[k].text in "،,"), None)
            if comma is not None and without_article(toks[a - 1].norm[1:]) in lex.name_heads:
                a = comma + 1  # وقال لوكالة الصحافة الفرنسية، إنّ …: the agency's name is the addressee's
        else:
            return None
    if a < limit:
        n0 = toks[a].norm
        for seq in lex.skip_after_verb:
            if seq[0] != n0 and seq[0] != strip_conj(n0):
                continue
            n = len(seq)
            if a + n <= limit and all(toks[a + k].norm == w or strip_conj(toks[a + k].norm) == w
                                      for k, w in enumerate(seq[1:], 1)):
                a += n
                break
    # قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون …، إن …: a time adverb closed by a comma
    # stands between the verb (and its addressee) and the subject
    if a + 2 < limit and strip_conj(toks[a].norm) in lex.time_adverbs and toks[a + 1].text in "،,":
        a += 2
    return a


def _name_read_as_l(toks: list[Tok], a: int, lex: QuoteLexicon, names: Mapping[int, NameAt] | None) -> bool:
    """Is the word at ``a``, split by the tokenizer as ل + a word, the first word of a person's
    name whose rest the entity stage found (من جانبه، دعا لاري آندري: fresh reading 8; قال لاري
    آندري on other days' news, below)? Not when it is itself in a name (وقال لأحمد الغامدي: the
    addressee), carries a pronoun or the article after ل (لزميله، للصحفيين، للدكتور خالد الدخيل:
    2015-08-03 aawsat), or is a listed addressee word."""
    if not names or a in names or a + 1 >= len(toks):
        return False
    nxt = names.get(a + 1)
    t = toks[a]
    rest = strip_conj(t.norm)[1:]
    return nxt is not None and nxt.label == "PER" and not t.pron and not rest.startswith(("ال", "ل")) \
        and strip_conj(t.norm) not in lex.stops and rest not in lex.stops


def verb_form_as_subject(toks: list[Tok], k: int, lex: QuoteLexicon) -> bool:
    """Is the weak past form at ``k`` (كتب "wrote") right after a finite verb of saying the noun
    that is its subject (حيث تشير كتب هذا المذهب إلى أنه، وأشارت كتب تاريخية: "books")? A verb
    does not stand in its subject's place (round 13)."""
    if k == 0 or toks[k].conj:
        return False
    v, before = lex.verb(toks[k].norm), lex.verb(toks[k - 1].norm)
    # (the bare masculine form only: it is the one written like a noun, كتب، طالب، كشف; a dual,
    # نقلا عن, is the attribution "quoting")
    return v is not None and v.kind == "past" and v.agreement == "ms" and "weak" in v.flags \
        and before is not None and before.finite


def _phrase_end(toks: list[Tok], a: int, limit: int, lex: QuoteLexicon, terms: dict[int, int] | None,
                names: Mapping[int, NameAt] | None) -> int:
    """The token after a speaker phrase starting at ``a``: it ends at a preposition, time word,
    punctuation, complementiser, relative pronoun, reporting verb or quote mark, after the name in
    quote marks of an outlet (صحيفة «الشرق الأوسط» المقربة من الحكومة: what follows the name is a
    modifier), and before a clause saying the source asked not to be named."""
    b = a
    inside_to = a  # the end of an entity name the phrase has entered (its words all count)
    while b < limit and (b - a < lex.speaker_max_tokens or b < inside_to):
        t = toks[b]
        if b < inside_to and t.kind == "ar" and not t.conj and not (b > a and _object_after_speaker(
                toks, a, b, limit, lex, None)):
            # الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر: a preposition inside a name (a
            # fused و is still read as below: the title chain runs on past it)
            b += 1
            continue
        if terms and b > a and b in terms and terms[b] <= limit:
            b = terms[b]
            if not (names and b in names):
                break
            continue
        if t.text == "." and is_abbreviation(toks, b - 1) and b > a:
            b += 1  # د. السديس، م. خالد: the abbreviation of a title, not the end of the phrase
            continue
        if b > a and title_preposition(toks, b, lex, a):
            b += 1  # المدافعون عن حقوق الإنسان، المشرف على المركز: the title's own preposition
            continue
        if _is_stop(t, lex) or (lex.verb(t.norm) is not None and not verb_form_as_subject(toks, b, lex)) \
                or anonymity_clause_at(toks, b, lex) \
                or (b > a and strip_conj(t.norm) in lex.masdar_markers):
            break  # (أكد فيه اللاعب عدم رغبته: عدم opens the verb's object)
        if b > a and _object_after_noun_phrase(toks, b, limit, lex, names):
            break  # عقدت الأمانة العامة لقوى 14 آذار اجتماعها، أكد نادي الرائد سلامة مواقفهم: the object
        if b > a and _object_after_speaker(toks, a, b, limit, lex, names):
            break  # ودعت القيادة الله أن، وقال محمد العيسى للطلاب، وأكد مروان دفتردار نجاح معسكر الفريق
        if b > a and t.conj and t.norm not in lex.sources:
            # a fused و usually starts the next clause (… بوتين وأنه) unless it coordinates names
            # (ماي وكازنوف); keep it only when the next token ends the phrase
            nxt = toks[b + 1] if b + 1 < limit else None
            if nxt is not None and not _is_stop(nxt, lex):
                break
        if names and b in names and names[b].end <= limit:
            inside_to = max(inside_to, names[b].end)  # the name's first word is in: so is the rest
        b += 1
    return b


def _object_after_noun_phrase(toks: list[Tok], b: int, limit: int, lex: QuoteLexicon,
                              names: Mapping[int, NameAt] | None) -> bool:
    """Does the verb's object start at ``b``, right after a complete noun phrase (a definite word or
    a name)? A noun with a pronoun suffix (اجتماعها، تأكيده) or an indefinite noun in construct with
    one (سلامة مواقفهم، أهمية دورها) cannot modify what precedes it; نفسه and ذاته can (الوزير نفسه)."""
    prev = toks[b - 1]
    ending = [nm for nm in _names_ending(names, b)] if names else []
    if not ending and (not is_definite(prev) or strip_conj(prev.norm) in lex.name_particles):
        return False  # (هذيل آل شرمه: آل reads as the article but is a name particle)
    t = toks[b]
    if t.kind != "ar" or prepositional(t, lex) or t.conj or (names and _inside_a_name(names, b)):
        return False
    if t.pron:
        return pronoun_stem(t, lex) not in lex.reflexives
    if ending and ending[0].label != "PER":
        return False  # مدير مطار عدن طارق عبده: after a place or an organisation the title goes on
    nxt = toks[b + 1] if b + 1 < limit else None
    return not is_definite(t) and nxt is not None and nxt.kind == "ar" and nxt.pron and not nxt.conj \
        and not prepositional(nxt, lex) and pronoun_stem(nxt, lex) not in lex.reflexives \
        and not (names and _inside_a_name(names, b + 1))


def _object_after_speaker(toks: list[Tok], a: int, b: int, limit: int, lex: QuoteLexicon,
                          names: Mapping[int, NameAt] | None) -> bool:
    """Does the verb's object or addressee start at ``b``, after a complete subject? God's name and
    its formulae (``divine_names``) after a definite word or a name (ودعت القيادة الله- سبحانه
    وتعالى- أن: the one prayed to; not حزب الله، نصر الله, after an indefinite word); after a
    person's name, a word with a fused ل (قال محمد العيسى للطلاب: the addressee) or an indefinite
    noun, no title, in construct with a definite one (وأكد مروان دفتردار نجاح معسكر الفريق: the
    object; a title in apposition, رئيس السلطة، is in the title words)."""
    t, prev = toks[b], toks[b - 1]
    if t.kind == "ar" and strip_conj(t.norm) in lex.divine_names and is_definite(prev) \
            and without_article(strip_conj(prev.norm)) not in lex.name_particles \
            and strip_conj(prev.norm) not in lex.divine_names and _prayed_to(toks, a, b + 1, lex):
        return True  # (also when the entity stage ran a name over it: «القيادة الله»; not العبد الله)
    if t.kind != "ar" or (names and _inside_a_name(names, b)):
        return False
    if (bare_word(t) in lex.conveyed_nouns or strip_conj(t.norm) in lex.conveyed_nouns) and not t.conj \
            and (is_definite(prev) or (names and next(_names_ending(names, b), None) is not None)):
        return True  # ونقل الدكتور السويد تعازي خادم الحرمين الشريفين: what he conveyed
    person = bool(names) and any(nm.label == "PER" for nm in _names_ending(names, b))
    if strip_conj(t.norm) in lex.divine_names:
        return person and strip_conj(prev.norm) not in lex.divine_names and _prayed_to(toks, a, b + 1, lex)
    if not person or t.conj:
        return False
    if t.prep_l:
        # للطلاب، لمسئولي المطار، لصحافيين: an addressee; not a name that begins with ل (ليو تيونج
        # لاي, 2015-08-02 aawsat/102), whose rest is a short word
        return prepositional(t, lex) or len(strip_conj(t.norm)) - 1 >= _ADDRESSEE_MIN_LETTERS
    if t.prep or t.pron or is_definite(t) or bare_word(t) in lex.person_heads or bare_word(t) in lex.title_qualifiers \
            or word_counts().get(t.norm, 0) < _COMMON_OBJECT:
        return False  # (مفتي عام المملكة: the title goes on; بيجن نامدار زنكنه: a rare word is the name's)
    for j in range(b + 1, min(limit, b + 1 + _CONSTRUCT_TO_DEFINITE)):
        nxt = toks[j]
        if nxt.kind != "ar" or nxt.conj or prepositional(nxt, lex) or _is_stop(nxt, lex) \
                or nxt.norm in lex.verb_prepositions or (names and _inside_a_name(names, j)):
            return False  # (عبد الغفار شكر من اللافت: من ends the chain; شكر is the name's)
        if is_definite(nxt):
            # نجاح معسكر الفريق: a construct chain closed by its definite noun; not a name's last
            # word right before a title in apposition (عاصم جهاد المتحدث باسم وزارة النفط)
            return j > b + 1 or bare_word(nxt) not in lex.person_heads
        if nxt.pron or bare_word(nxt) in lex.person_heads:
            return False
    return False


def _prayed_to(toks: list[Tok], a: int, k: int, lex: QuoteLexicon) -> bool:
    """Does God's name before token ``k`` open the object of a prayer: a formula (سبحانه، جل، عز),
    a dash before one (الله- سبحانه وتعالى-), or أن after a verb of calling on (``addressing_verbs``,
    the verb right before the phrase at ``a``: ودعا الأمير الله أن يحفظ)? Not else: الجار الله is a
    family name (SaudiNewsNet 2015-08-02 alriyadh/749 «أحمد الجار الله»، 08-03/921 «وأضاف الجار الله أن»)."""
    if k >= len(toks):
        return False
    t = toks[k]
    if strip_conj(t.norm) in lex.divine_names or t.text in ("-", "–", "—"):
        return True
    v = lex.verb(toks[a - 1].norm) if a > 0 else None
    return t.text in ("أن", "بأن") and v is not None and normalize(v.lemma) in lex.addressing_verbs


# A word with a fused ل after a name is its addressee when the rest has this many letters at least
# (لجمع، لصحافيين، لمسئولي، لوزير; a name's own word, لاي, is shorter, or an entity's: ليون).
_ADDRESSEE_MIN_LETTERS = 3
# A noun that opens the object after a name is a common word (نجاح، عناصر، موقع، خسارة: hundreds of
# times in the news counts); a rarer one is more often the name's last word (زنكنه، دميرتاش). The
# same bound as a rare given name in rasd/quotes/named.py.
_COMMON_OBJECT = 100


# An object in construct after a name reaches its definite noun within this many words (نجاح
# معسكر الفريق: two; a longer run of indefinite words is more often a title or a second name).
_CONSTRUCT_TO_DEFINITE = 3


def _names_ending(names: Mapping[int, NameAt], b: int):
    """The names (at most a few) that end right before token ``b``."""
    for k in range(b - 1, max(-1, b - 6), -1):
        nm = names.get(k)
        if nm is not None and nm.end == b:
            yield nm


def _inside_a_name(names: Mapping[int, NameAt], b: int) -> bool:
    """Does an entity name start at token ``b`` or run over it?"""
    for k in range(b, max(-1, b - 6), -1):
        nm = names.get(k)
        if nm is not None and nm.end > b:
            return True
    return False


def noun_phrase_end(toks: list[Tok], a: int, limit: int, lex: QuoteLexicon, terms: dict[int, int] | None,
                    names: Mapping[int, NameAt] | None) -> int:
    """The token after a speaker phrase that starts at ``a`` (a subject written before its verb,
    the topic of أما): the plain phrase, run on along its title to a person's name."""
    e = _phrase_end(toks, a, limit, lex, terms, names)
    if names and e > a:
        e = title_chain_end(toks, a, e, limit, lex, terms, names) or e
    return e


def is_abbreviation(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` a one-letter Arabic abbreviation followed by its dot (د. for دكتور, م. for
    مهندس, أ. for أستاذ)?"""
    return 0 <= k < len(toks) - 1 and toks[k].kind == "ar" and len(toks[k].text) == 1 and toks[k + 1].text == "."


def anonymity_clause_at(toks: list[Tok], k: int, lex: QuoteLexicon) -> bool:
    """Does a clause saying that the source asked not to be named start at ``k`` (طلب عدم الكشف عن
    اسمه، رفض ذكر اسمه، فضل عدم كشف هويته)? A verb of asking or refusing with the word for its name
    within the next five words."""
    if k >= len(toks) or strip_conj(toks[k].norm) not in lex.anonymity_verbs:
        return False
    return any(strip_conj(toks[j].norm) in lex.anonymity_objects for j in range(k + 1, min(len(toks), k + 6)))


def title_chain_end(toks: list[Tok], a: int, b: int, limit: int, lex: QuoteLexicon,
                    terms: dict[int, int] | None, names: Mapping[int, NameAt]) -> int | None:
    """When the speaker phrase [a, b) names no one and the title it starts runs on, through
    coordinated words, an institution and its place (في مجلس بلدية طرابلس، بمنطقة تبوك) and an
    honorific, to a person's name before the verb's complementiser, the token after that name;
    else None. Punctuation, a complementiser, a reporting verb, a relative pronoun, any preposition
    but في, في before the occasion of speech (في كلمة ألقاها أمام الرئيس …), and a preposition
    fused to the word right after the phrase (طالب المجلس بدعم الرئيس …: the verb's object) end
    the chain."""
    if names_person(a, b, names):
        return None
    # (a phrase that ends where a name it entered ends, past that length, was not cut short)
    inner = any(nm.end == b for k, nm in names.items() if a < k < b)  # a title and the body it names
    full = b - a >= lex.speaker_max_tokens and not inner
    k = b
    while k < limit and k - a < lex.title_chain_max_tokens:
        if k in names:
            nm = names[k]
            if nm.label == "PER":
                return nm.end if nm.end <= limit else None
            k = nm.end  # an institution or place inside the title (الهيئة العامة للسياحة، تبوك)
            continue
        if terms and k in terms:
            k = terms[k]
            continue
        if terms and k + 1 in terms and toks[k].norm in lex.detached_prepositions:
            # منسق لجنة الفنون التشكيلية بـ”فنون الباحة” تركي بن سعود (2015-07-31, article 99): a
            # preposition written apart (بـ، لـ) before the body's name in marks, the title's place
            k = terms[k + 1]
            continue
        # (after a title and its body, المتحدث الرسمي لهيئة الأمر بالمعروف …, a fused preposition is
        # the body's place, بالمنطقة الشرقية, not the verb's object)
        if ends_title_chain(toks, k, lex, first=k == b and not inner) or (full and not is_form_of_address(toks, k, lex)):
            # a phrase that ran to its full length has already taken in what follows the subject
            # (ورفع وزير العدل رئيس المجلس الأعلى للقضاء التعازي لخادم الحرمين الشريفين الملك
            # سلمان): it reaches a name only through the forms of address written before names
            return None
        k += 1
    return None


def ends_title_chain(toks: list[Tok], k: int, lex: QuoteLexicon, first: bool = False) -> bool:
    """Does token ``k`` end a title chain (see ``title_chain_end``; ``first``: it is the first
    token after the speaker phrase)?"""
    t = toks[k]
    if t.kind == "punct":
        return not (t.text == "." and is_abbreviation(toks, k - 1))
    if accusative_indefinite(t):
        return True  # عقد سعد الصعب مؤتمرا صحفيا لتوضيح …: an object, no part of a title
    if t.kind == "ar" and not t.conj and (bare_word(t) in lex.conveyed_nouns or strip_conj(t.norm) in lex.conveyed_nouns
                                          or strip_conj(t.norm) in lex.divine_names):
        return True  # نقل الدكتور السويد تعازي خادم الحرمين الملك سلمان: the object, then another name
    if lex.verb(t.norm) is not None or anonymity_clause_at(toks, k, lex) or (first and t.prep and not t.prep_l):
        return True
    n = strip_conj(t.norm)
    if n in ("في", "فى") or t.norm in ("في", "فى"):
        return k + 1 < len(toks) and bare_word(toks[k + 1]) in lex.speech_settings
    if title_preposition(toks, k, lex):
        return False  # المشرف على مركز الموهبة …: the title's own preposition
    return _is_stop(t, lex)


def title_preposition(toks: list[Tok], k: int, lex: QuoteLexicon, first: int = 0) -> bool:
    """Is token ``k`` (على، عن) the preposition of a title that takes one (المشرف على المركز), right
    after its head or after the head and one definite adjective (المشرف العام على وكالة التنمية،
    المسؤول الأول عن الملف)? ``first``: the earliest token the head may stand at."""
    if toks[k].norm not in ("علي", "عن") or k < first + 1:
        return False
    if toks[k - 1].norm in lex.title_heads_with_preposition:
        return True
    return k >= first + 2 and is_definite(toks[k - 1]) and not toks[k - 1].conj \
        and toks[k - 2].norm in lex.title_heads_with_preposition


def accusative_indefinite(t: Tok) -> bool:
    """Is the token an indefinite noun in the accusative (مؤتمرا، بيانًا، تصريحا): a verb's object
    or an adverb, never a word of a title? Written with tanween fath or a final alif; a final يا
    is left out (nisba adjectives, صحفيا، and country names, سوريا، تركيا, share it)."""
    if t.kind != "ar" or is_definite(t) or t.pron:
        return False  # (والدتها: the alif is the pronoun's)
    if "\u064b" in t.text:
        return True
    n = t.norm
    return len(n) >= 4 and n.endswith("ا") and n[-2] not in "اي"


def bare_word(t: Tok) -> str:
    """A token's normalised word without the fused و/ف the tokenizer found and the article: the
    form titles are compared in (والوزير، الوزير، وزير -> وزير; but والد and وزارة keep their و)."""
    n = t.norm[1:] if t.conj and t.norm[:1] in ("و", "ف") else t.norm
    return without_article(n)


def determined(toks: list[Tok], a: int, lex: QuoteLexicon, names: Mapping[int, NameAt] | None) -> bool:
    """Does a noun phrase that can be a subject start at ``a``: a definite noun, a name, a noun in
    construct with a definite noun or a name (وزير الري، بيان وزارة الداخلية), a source noun
    (مسؤول، مصادر) or a quantifier (أحد المتعاملين)?"""
    if is_definite(toks[a]) or (names and (a in names or a + 1 in names)):
        return True
    n = bare_word(toks[a])
    if n in lex.sources or n in lex.quantifiers:
        return True
    # a construct chain ends in a definite noun or a name (بيان وزارة الداخلية)
    for j in range(a + 1, min(len(toks), a + _CONSTRUCT_CHAIN)):
        t = toks[j]
        if is_definite(t) or (names and j in names):
            return True
        if t.kind != "ar" or t.prep or t.conj or _is_stop(t, lex) or lex.verb(t.norm) is not None:
            return False
    return False


def without_article(n: str) -> str:
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


# The prepositions the tokenizer finds fused to a word (``prep``: بالقول، لإحصائيات، كذلك).
FUSED_PREPOSITIONS = "بلك"


def without_preposition(n: str, longer_than: int = 0, letters: str = FUSED_PREPOSITIONS) -> str:
    """A normalised word without its fused preposition: لل (ل and the article's ل) leaves the bare
    noun (للجامعة -> جامعه), one of ``letters`` leaves the rest (لجامعة -> جامعه، بالقول -> القول).
    Only on a word longer than ``longer_than``: a short word that begins with ل/ب is as often a
    word of its own (لجنة، بلد). The one place the quote stage strips these clitics by hand."""
    if len(n) <= longer_than:
        return n
    if n.startswith("لل"):
        return n[2:]
    return n[1:] if n[:1] in letters else n


def is_definite(t: Tok) -> bool:
    """Does the token carry the article (الوزير، والوزارة، للشركة)?"""
    n = t.norm[1:] if t.conj and t.norm[:1] in ("و", "ف") else t.norm
    return n.startswith("ال") or n.startswith("لل")


def pre_verbal(toks: list[Tok], i: int, first: int, lex: QuoteLexicon,
               names: Mapping[int, NameAt] | None = None) -> tuple[int, int] | None:
    """Token range of a subject written before the verb at ``i`` (SVO), back to a boundary: a
    short subject right before it (لكن المسؤولين الروس قالوا)، the topic of أما … ف (أما محامي
    القضايا الجزائية غازي مرابط، فقد رأى)، or a subject that opens the sentence and is followed by
    its modifiers (بيان وزارة الداخلية حول الحادثة أوضح)."""
    if toks[i].conj or (i > first and toks[i - 1].norm == "فقد"):
        # وقال، فيقول: a verb that opens its clause has no subject before it, unless ف answers أما
        return topic_of_amma(toks, i, first, lex, names)
    b = i
    if b > first and toks[b - 1].norm == "قد":
        b -= 1  # وكان الرئيس قد قال
    a = b
    # a subject before the verb is short (المسؤولين الروس قالوا، لكن الجيش نفى); a longer run is
    # more likely the end of the previous clause, unless كان opens it (وكانت جماعة سلفية متشددة في
    # غزة أعلنت …), whose subject may be longer, or the run is the sentence's own subject
    limit = max(2, lex.speaker_max_tokens // 2)
    kana = False
    while True:
        if a == first:
            break  # the sentence start is a boundary
        if b - a >= lex.speaker_max_tokens:
            return fronted_subject(toks, b, first, lex, names)
        t = toks[a - 1]
        n = t.norm
        if strip_conj(n) in lex.kana:
            kana = True
            break
        if n in lex.auxiliaries:
            break  # ومضى يقول: the auxiliary's subject (implicit here) is the speaker
        if t.text == "." and is_abbreviation(toks, a - 2):
            a -= 1  # د. الربيعة قال
            continue
        if t.kind == "punct" or n in lex.connectors or n in lex.complementisers or strip_conj(n) in lex.pronouns:
            break
        if t.conj and strip_conj(n) in lex.connectors:
            # وفيما بين أن …، قال إنه …: "and while" opens the clause, it is no subject (SaudiNewsNet
            # 2015-08-02, aleqtisadiya); the subject is the one before, as for وقال
            if a == b:
                return topic_of_amma(toks, i, first, lex, names)
            break  # وفيما الوزير قال: the subject starts after it
        if strip_conj(n) in lex.relatives and a - 1 < b - 1:
            return _subject_before_relative(toks, a - 1, first, lex, names)
        if strip_conj(n) in lex.relatives or lex.verb(n) is not None:
            return None
        a -= 1
        if t.conj and _coordinated_adjective(toks, a, first, lex):
            return _noun_of_adjectives(toks, a, b, first, lex)
        if t.conj:  # والمسؤولون قالوا: the fused conjunction opens the clause
            break
    if a == b:
        return None
    if b - a > limit and not kana:
        return fronted_subject(toks, b, first, lex, names)
    if not can_head_subject(toks, a, lex, names):
        return None  # باختلاف الآراء يعترفون: a prepositional phrase is not a subject
    return a, b


def _nisba(t: Tok, lex: QuoteLexicon) -> bool:
    """An adjective of relation, the form most coordinated adjectives take (محلية، أجنبية،
    الدولية، عشائريون): the word without و/ف and the article ends in one of ``nisba_endings``."""
    n = without_article(strip_conj(t.norm))
    return t.kind == "ar" and len(n) > 3 and n.endswith(lex.nisba_endings)


def _coordinated_adjective(toks: list[Tok], k: int, first: int, lex: QuoteLexicon) -> bool:
    """Is token ``k``, written with و, the second of two adjectives of one noun (وسائل إعلام محلية
    وأجنبية): a nisba right after another? Then و joins the adjectives and opens no clause, and
    the subject runs back to the noun (SaudiNewsNet 2015-07-31, aawsat, article 403: «سرّبت الخبر
    إلى وسائل إعلام محلية وأجنبية تفيد بأن» gave the speaker «أجنبية»)."""
    return k > first and _nisba(toks[k], lex) and _nisba(toks[k - 1], lex) and not toks[k - 1].conj \
        and not _is_stop(toks[k - 1], lex)


def _noun_of_adjectives(toks: list[Tok], a: int, b: int, first: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """The subject [.., b) whose last words are coordinated adjectives from ``a`` on: back over
    the adjectives to the noun they describe (وسائل إعلام محلية وأجنبية), stopping at a
    stop word, punctuation or a detached preposition (إلى), at most a speaker phrase long; None
    when no noun stands before them."""
    k = a
    while k > first and _nisba(toks[k - 1], lex) and not _is_stop(toks[k - 1], lex):
        k -= 1
    head = k
    # (three words at most: the noun and its complement, وسائل إعلام, or a noun with a fused
    # preposition's phrase: مستشار المرشد للشؤون السياسية والدولية يقول, aawsat 2015-07-27)
    while k > first and b - (k - 1) <= lex.speaker_max_tokens and not _is_stop(toks[k - 1], lex) \
            and lex.verb(toks[k - 1].norm) is None and head - k < 3 and not _opens_subject(toks[k - 1], lex):
        k -= 1
    while k < head and toks[k].prep:
        k += 1  # a phrase opens with its noun, not with a preposition
    return (k, b) if k < head else None


def _opens_subject(t: Tok, lex: QuoteLexicon) -> bool:
    """A word a subject written before its verb starts after (as in ``pre_verbal``): كان and its
    sisters (كانت وزارة الشؤون البلدية والقروية أكدت, SaudiNewsNet 2015-08-03 article 599), an
    auxiliary, a connector, a complementiser, a pronoun."""
    n = t.norm
    return strip_conj(n) in lex.kana or n in lex.auxiliaries or n in lex.connectors \
        or n in lex.complementisers or strip_conj(n) in lex.pronouns


def _subject_before_relative(toks: list[Tok], r: int, first: int, lex: QuoteLexicon,
                             names: Mapping[int, NameAt] | None) -> tuple[int, int] | None:
    """لكن البروفيسور بول ليتل من جامعة "ساوثمبتون" والذي قاد فريق البحث أوضح أنه …: a subject
    with a relative clause, written before the verb; the phrase from the clause's opening to the
    relative pronoun, when it names a person or an organisation."""
    a = r
    while a > first:
        t = toks[a - 1]
        n = t.norm
        if (t.kind == "punct" and t.text not in QUOTE_CHARS) or n in lex.connectors or strip_conj(n) in lex.connectors \
                or n in lex.complementisers or lex.verb(n) is not None or r - a >= lex.speaker_max_tokens:
            break
        a -= 1
        if t.conj:
            break
    if a == r or not names or not any(k in names and names[k].label in ("PER", "ORG") for k in range(a, r)):
        return None
    return (a, r) if can_head_subject(toks, a, lex, names) else None


def can_head_subject(toks: list[Tok], a: int, lex: QuoteLexicon,
                      names: Mapping[int, NameAt] | None) -> bool:
    head = toks[a]
    named = bool(names) and a in names
    return not ((head.pron and not named) or (prepositional(head, lex) and not named) or strip_conj(head.norm) in lex.stops
                or head.kind not in ("ar", "lat") or _adverbial(head))


def fronted_subject(toks: list[Tok], b: int, first: int, lex: QuoteLexicon,
                    names: Mapping[int, NameAt] | None) -> tuple[int, int] | None:
    """بيان وزارة الداخلية حول الحادثة أوضح أن …، الخبير فلان في حديثه لـ«الشرق الأوسط» يقول: a
    subject that opens the sentence (or the clause after a comma) and is separated from its verb
    by modifiers. Its phrase runs from the clause start to the first word that ends a speaker
    phrase; it must start with a definite noun or a name, and no reporting verb, complementiser
    or relative pronoun may stand between it and the verb."""
    a = b
    while a > first and b - a < lex.title_chain_max_tokens:
        t = toks[a - 1]
        n = strip_conj(t.norm)
        if t.kind == "punct" and not (t.text == "." and is_abbreviation(toks, a - 2)):
            break
        if t.norm in lex.complementisers and a - 1 > first and strip_conj(toks[a - 2].norm) in lex.blocks:
            break  # غير أن مكتب رئيس الوزراء أحمد داود أوغلو أكد …: "however" opens the clause
        if lex.verb(t.norm) is not None or n in lex.relatives or t.norm in lex.complementisers \
                or n in lex.kana or t.norm in lex.auxiliaries:
            return None
        a -= 1
    else:
        if a > first:
            return None  # ran out of length before reaching the clause start
    while a < b and (toks[a].norm in lex.connectors or strip_conj(toks[a].norm) in lex.connectors
                     or toks[a].kind == "punct"):
        a += 1
    if a >= b or not can_head_subject(toks, a, lex, names):
        return None
    if not determined(toks, a, lex, names):
        return None  # an indefinite first word is more often a verb or an adverb than a subject
    e = noun_phrase_end(toks, a, b, lex, None, names)
    return (a, e) if e > a else None


def topic_of_amma(toks: list[Tok], i: int, first: int, lex: QuoteLexicon,
                  names: Mapping[int, NameAt] | None) -> tuple[int, int] | None:
    """أما محامي القضايا الجزائية غازي مرابط، فقد رأى أن …؛ أما الوزير فقال: the topic of أما
    ("as for") is the subject of the verb that answers it with ف."""
    if not (toks[i].norm.startswith("ف") or (i > first and toks[i - 1].norm == "فقد")):
        return None
    k = i - 1
    while k >= first and i - k <= lex.title_chain_max_tokens + 2:
        t = toks[k]
        if t.text.lstrip("و") in lex.topic_particles:
            e = noun_phrase_end(toks, k + 1, i, lex, None, names)
            return (k + 1, e) if e > k + 1 and can_head_subject(toks, k + 1, lex, names) else None
        if lex.verb(t.norm) is not None or t.norm in lex.complementisers:
            return None
        k -= 1
    return None


def is_honorific_pronoun(t: Tok, lex: QuoteLexicon) -> bool:
    """Is the token an honorific pronoun (سموه، معاليه، فضيلته، وفضيلته)? Looked up as written too:
    the ف of فضيلته is no conjunction."""
    return t.norm in lex.honorific_pronouns or strip_conj(t.norm) in lex.honorific_pronouns


def pronoun_stem(t: Tok, lex: QuoteLexicon) -> str | None:
    """The normalised word without the pronoun suffix the tokenizer found (خلاله -> خلال، تأكيده ->
    تأكيد، رغبتها -> رغبه), or None when it has none."""
    if not t.pron:
        return None
    n = t.norm[1:] if t.conj and t.norm[:1] in ("و", "ف") else t.norm
    for suffix in lex.pronoun_suffixes:
        if n.endswith(suffix) and len(n) > len(suffix) + 1:
            stem = n[:-len(suffix)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


def possessed_object(t: Tok, lex: QuoteLexicon) -> bool:
    """Is the token a noun of stance or speech with a pronoun suffix (تأكيده، رأيه، دعمها): after a
    verb of saying, its object?"""
    return pronoun_stem(t, lex) in lex.possessed_objects


def prepositional(t: Tok, lex: QuoteLexicon) -> bool:
    """Does the token read as a preposition with its noun (بهذا، بالقول، كذلك، بتصريحاته)? The
    tokenizer marks a fused ب/ك/ل; names that begin with those letters (كيري، بان) are kept
    when what follows the letter is not a definite noun, a listed stop word or a pronoun suffix."""
    if not t.prep:
        return False
    rest = strip_conj(t.norm)[1:]
    return t.pron or rest.startswith("ال") or rest in lex.stops or rest in lex.pronouns


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


def is_anonymous(toks: list[Tok], a: int, b: int, lex: QuoteLexicon,
                 names: Mapping[int, NameAt] | None = None) -> bool:
    """Is the speaker phrase [a, b) an unnamed source? It is when its head is a source noun
    (مصادر عسكرية، مسؤول من حركة حماس), unless the head is a role noun and a person's name stands in
    the phrase (المتحدث باسم الخارجية أحمد أبو زيد، النائب محمد الخالدي); and it is when a clause
    after it says the source asked not to be named (تاجر في السوق طلب عدم كشف اسمه)."""
    n = bare_word(toks[a])
    if n in lex.sources:
        return not (n in lex.role_nouns and names_person(a, b, names))
    k = b + 1 if b < len(toks) and (toks[b].kind == "punct" or strip_conj(toks[b].norm) in lex.relatives) else b
    return anonymity_clause_at(toks, k, lex) or anonymity_clause_at(toks, k + 1, lex)


def names_person(a: int, b: int, names: Mapping[int, NameAt] | None) -> bool:
    return bool(names) and any(k in names and names[k].label == "PER" for k in range(a, b))


def is_kin(toks: list[Tok], a: int, lex: QuoteLexicon) -> bool:
    """Is the speaker phrase headed by a kinship noun (والد الشهيد محمد، شقيقة الضحية)? Then the
    person it names is a relative of the speaker, not the speaker."""
    return bare_word(toks[a]) in lex.kinship


def generic_name(name: str, generic: frozenset[str]) -> bool:
    """Is an entity's name made only of words that name no actor as a speaker (الله، د، سموه،
    الوزارة, the quote lexicon's ``generic_speakers``)? Such an entity is the named-entity tagger's
    reading of a word, not an actor the quote can be linked to."""
    words = normalize(name).split()
    return bool(words) and all(w in generic or without_article(w) in generic for w in words)


def _shared_surnames(entities) -> frozenset[str]:
    """Normalised last words that end the full names of two or more people of the article (a
    father and his son: سعد العتيبي، محمد العتيبي). The entity stage gives such a surname, written
    alone, to the first of them; as a speaker it names neither for sure."""
    bearers: dict[str, set[str]] = {}
    for e in entities:
        if e.label != "PER":
            continue
        for m in getattr(e, "mentions", []) or []:
            words = m.text.split()
            if len(words) >= 2 and m.get("kind", "name") == "name":
                bearers.setdefault(normalize(words[-1]), set()).add(e.id)
    return frozenset(w for w, ids in bearers.items() if len(ids) > 1)


class MentionIndex:
    """Entity mentions of the document by start offset, for linking speaker phrases."""

    def __init__(self, entities, generic: frozenset[str] = frozenset(), address: frozenset[str] = frozenset()):
        rows = []
        shared = _shared_surnames(entities or [])
        for e in entities or []:
            if generic and generic_name(e.name, generic):
                continue  # الله، سموه، د، الوزارة: never a speaker entity (see generic_name)
            if address and e.label == "PER" and generic_name(e.name, address):
                continue  # «ركن طيار»: a rank read as a person (the club الرائد stays)
            for m in getattr(e, "mentions", []) or []:
                if shared and e.label == "PER" and " " not in m.text.strip() and normalize(m.text.strip()) in shared:
                    continue  # العتيبي alone, when father and son both bear it: not one of them
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

    def link(self, s: int, e: int, skip: frozenset[int] = frozenset()) -> str | None:
        """Entity id for a speaker phrase [s, e): a person whose mention (name or title) starts
        or ends the phrase (الناطق باسم الحكومة يوشيهيدي سوغا، ناصر الحاسي المتحدث باسم …), or
        else the first person named in it; failing that an organisation or place that starts it
        (وزارة الداخلية، روسيا). A name inside a modifier
        (مدير فعاليات عيد الرياض، المتحدث باسم الرئيس …) is not the speaker."""
        cands = self.overlapping(s, e)
        if skip:
            cands = [r for r in cands if r[0] not in skip]  # a name after a kunya (أم فهد): the child's
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
