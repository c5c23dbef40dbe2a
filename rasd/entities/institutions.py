"""Names of institutions read from their shape: وزارة الشؤون البلدية والقروية, المجلس الأعلى
للقضاء, جامعة تبوك, مركز الملك سلمان للإغاثة والأعمال الإنسانية.

An Arabic institution's name is a head noun (وزارة, هيئة, جامعة, أمانة ...) followed by its
complement: a construct chain ending in a definite noun (الداخلية; مكافحة التصحر; كبار العلماء)
or a proper name (تبوك; الملك سلمان; الأمم المتحدة), then adjectives (السعودية, العليا), a
coordinated adjective or noun (والقروية; والأعمال الإنسانية), one purpose complement with ل
(للإغاثة; لشؤون اللاجئين), غير + adjective (الكسب غير المشروع) and a place after في (بعثة الأمم
المتحدة للدعم في ليبيا). A definite head (المجلس, الهيئة, المنظمة) names an institution only
with an adjective and a purpose complement (المنظمة الدولية للهجرة; المجلس الأعلى للقضاء), since
alone (المنظمة الدولية) it is a description. The heads, what each needs, the sector each gives
an actor code, and the words that stop or forbid a name are data
(``resources/gazetteers/institutions.tsv`` and the classes ``institution_*`` of wordclasses.tsv).

Used by entity resolution (rasd.entities.resolve): a name found here wins over the listed and
statistical names it covers (جامعة تبوك is not the city تبوك; مركز الملك سلمان is not the king).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..document import Document
from ..errors import ModelError
from ..resources import Resources
from ..text.tokens import PROCLITIC_CONJ, token_keys
from .gazetteer import AREA, PROCLITICS, nkey

# A construct chain may run through this many indefinite nouns before its definite end
# (هيئة مكافحة التصحر, جمعية مراكز الأحياء, محكمة جنايات القاهرة: one; a second is mostly a
# verb or an adjective of the head: بعثة أوروبية ستزور مصر).
MAX_INDEFINITE = 1
# Adjectives are recognised by the nisba ending (السعودية, الوطني, الدولية, الجوي) when the word
# has at least this many letters after the article (shorter ones are particles: الذي, التي).
MIN_NISBA_STEM = 3
NISBA = re.compile("يه?$")
# ... but a five-letter stem C C ا C ي is a broken plural (التعازي "condolences", المباني,
# الأهالي, الأراضي), not an adjective (الثنائي, with ي before the final ي, is one).
BROKEN_PLURAL = re.compile(r"^ال..ا[^ي]ي$")


@dataclass(frozen=True)
class Head:
    sector: str  # CAMEO sector of the institution (GOV, EDU, JUD ...), "" when it varies
    # what may follow the indefinite head: "any" (a definite noun, or a place or person the
    # institution is named after: وزارة الداخلية, جامعة تبوك), "namesake" (only a place or
    # person: مركز الملك سلمان), "noun" (only a definite noun: a proper name after it is the
    # institution's own name and the head a description: وكالة الأناضول, منظمة أوبك),
    # "honoree" (only a person with an honorific: مطار الملك فهد, مستشفى الملك فيصل; after
    # these heads a place is the name the gold marks inside them: مستشفى نجران العام), "none"
    # (the indefinite head is never a name: إدارة النادي is a club's management), "council" (as
    # noun, and also an organisation's name: the organisation's council, مجلس الجامعة العربية,
    # مجلس الاتحاد الأوروبي), "org" (only an organisation's name with an adjective or a purpose
    # complement: one of its bodies, برنامج الأمم المتحدة الإنمائي; برنامج إيران النووي is a
    # country's programme, no body)
    needs: str
    # with the article the head is a name too: "yes" with an adjective and a purpose complement
    # (المجلس الأعلى للقضاء), "adj" with adjectives alone (parties: الحزب الديمقراطي الكردستاني,
    # التيار الوطني الحر), "no" never
    definite: str = "no"


@dataclass(frozen=True)
class InstitutionRules:
    heads: Mapping[str, Head]  # normalised head noun (no article) -> what it needs
    adjectives: frozenset[str]  # adjectives without the nisba ending (العامة, العليا, الأعلى)
    never: frozenset[str]  # first complements that make a description (هيئة التدريس, مجلس الإدارة)
    stop: frozenset[str]  # definite words that never continue a name (التي, الماضي, اليوم)
    honorifics: frozenset[str]  # before a person's name inside an institution's (مركز الملك سلمان)
    directions: frozenset[str] = frozenset()  # في شرق إفريقيا: a direction before the final place
    chain: frozenset[str] = frozenset()  # بن, ابن: a name chain after a person's given name
    compounds: frozenset[str] = frozenset()  # عبد, أبو: the first word of a two-word given name
    house: frozenset[str] = frozenset()  # آل: the house's name that ends a person's name chain
    not_fields: frozenset[str] = frozenset()  # والشؤون: a coordinated noun that names another body
    # first complements that make a council a legislature (مجلس الشيوخ, مجلس النواب): sector LEG
    legislatures: frozenset[str] = frozenset()
    # every written form of a head with its fused letters (ووزارة, لرابطة, للهيئة, والمجلس) ->
    # (head, definite, letters before the name): one look-up per token (``head_forms``)
    surfaces: Mapping[str, tuple] = field(default_factory=dict)

    def is_adjective(self, word: str) -> bool:
        """A definite adjective: listed, or a nisba form (normalised, with the article)."""
        if not word.startswith("ال") or word in self.stop:
            return False
        if word in self.adjectives:
            return True
        return len(word) - 2 >= MIN_NISBA_STEM and bool(NISBA.search(word)) and not BROKEN_PLURAL.match(word)


def load_institution_rules(resources: Resources) -> InstitutionRules:
    """The rules of ``resources`` (a missing or malformed file is a ModelError naming it)."""
    heads = {}
    for row in resources.table(AREA, "institutions.tsv", 4):
        head, sector, needs, definite = (c.strip() for c in row[:4])
        if definite not in ("yes", "adj", "no"):
            raise ModelError(f"data file {AREA}/institutions.tsv: head {head!r} has definite {definite!r} "
                             f"(one of yes, adj, no)")
        heads[nkey(head)] = Head("" if sector == "-" else sector, needs, definite)
    return InstitutionRules(
        surfaces=head_forms(heads),
        heads=heads,
        adjectives=resources.word_class(AREA, "institution_adjectives"),
        never=resources.word_class(AREA, "institution_not_names"),
        stop=resources.word_class(AREA, "institution_stops"),
        honorifics=resources.word_class(AREA, "institution_honorifics"),
        directions=resources.word_class(AREA, "institution_directions"),
        chain=resources.word_class(AREA, "name_chain"),
        compounds=resources.word_class(AREA, "name_compounds"),
        house=resources.word_class(AREA, "name_house"),
        not_fields=resources.word_class(AREA, "institution_not_fields"),
        legislatures=resources.word_class(AREA, "institution_legislatures"))


@dataclass(frozen=True, slots=True)
class Word:
    """One token as the grammar sees it: its fused conjunction/preposition letters, whether it
    has the article, its normalised form with the article restored (للإغاثة -> الاغاثه) and
    where a name starting at it would start in the text."""

    pre: str
    art: bool
    form: str
    pron: bool
    start: int
    end: int
    arabic: bool


def _word(tok, key: str) -> Word:
    """The Word of one token (its normalised form ``key``)."""
    parts = tok.attrs.get("parts") if tok.attrs else None
    if not parts:
        return Word("", key.startswith("ال"), key, False, tok.start, tok.end, tok.label == "ar")
    pre, art, lil, pron, stem = "", False, False, False, ""
    conj_end = prep_end = tok.start
    for p in parts:
        if p.label == "conj":
            pre += nkey(p.text)
            conj_end = p.end
        elif p.label == "prep":
            pre += nkey(p.text)
            prep_end = p.end
        elif p.label == "art":
            art, lil = True, p.text == "ل"
        elif p.label == "stem":
            stem = nkey(p.text)
        elif p.label == "pron":
            pron = True
    # a name starts after its conjunction and preposition, but لل keeps its ل (للهيئة), as the
    # gazetteer's names do: without it the text would not read as the name
    start = conj_end if lil else max(conj_end, prep_end)
    return Word(pre, art, ("ال" + stem) if art else stem, pron, start, tok.end, True)


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    sector: str
    first: int  # index of the head's token
    last: int  # index of the last token
    # a body of the organisation named inside it (مجلس الجامعة العربية, برنامج الأمم المتحدة
    # الإنمائي): its actor is that organisation's, not the head's sector
    body: bool = False


# The label of a name that stands inside a listed «head + name» of the same organisation (الأمم
# المتحدة in منظمة الأمم المتحدة; rasd.entities.resolve passes it): a complement of any head.
OWN_NAME = "ORG-OWN"


def find_institutions(doc: Document, rules: InstitutionRules,
                      names: Sequence[tuple[int, int, str]] = ()) -> list[Found]:
    """Institution names in the document's tokens (sentences not crossed), left to right, not
    overlapping. ``names``: (start, end, label) of the names already found (listed and
    statistical), which may stand as a complement (جامعة تبوك, بعثة الأمم المتحدة); label
    "NOUN" marks a common word found as a name, read as a noun."""
    toks = doc.tokens
    if not toks or not rules.surfaces:
        return []
    keys = token_keys(doc)
    surfaces = rules.surfaces
    heads = [i for i, k in enumerate(keys) if k in surfaces]
    if not heads:
        return []
    name_at = _name_tokens(toks, names)  # token index where a name starts -> (end index, label)
    sent_ends = [s.end for s in doc.sentences]
    out: list[Found] = []
    after = 0
    for i in heads:
        if i < after:
            continue
        head = surfaces[keys[i]]
        words = _Words(toks, keys)
        found = _read(words, i, head, rules, name_at, _limit(toks, i, sent_ends))
        if found is None:
            continue
        start = _skip_letters(doc.text, toks[i].start, toks[i].end, head[3])
        out.append(Found(start, found.end, found.sector, found.first, found.last, found.body))
        after = found.last + 1
    return out


# A name is read at most this many tokens past its head (the longest seen in the news, بعثة الأمم
# المتحدة للدعم في ليبيا, has 7).
MAX_TOKENS = 16


def _limit(toks, i: int, sent_ends: list[int]) -> int:
    """Index of the first token a name headed by token ``i`` may not reach: a punctuation
    mark, the end of the sentence, or MAX_TOKENS."""
    stop = min(len(toks), i + 1 + MAX_TOKENS)
    end = sent_ends[bisect.bisect_left(sent_ends, toks[i].end)] if sent_ends and toks[i].end <= sent_ends[-1] \
        else None
    for k in range(i + 1, stop):
        t = toks[k]
        if t.label == "punct" or (end is not None and t.start >= end):
            return k
    return stop


class _Words(dict):
    """Token index -> Word, made when first asked."""

    def __init__(self, toks, keys):
        super().__init__()
        self.toks, self.keys = toks, keys

    def __missing__(self, k: int) -> Word:
        w = self[k] = _word(self.toks[k], self.keys[k])
        return w


def head_forms(heads: Mapping[str, Head]) -> dict[str, tuple]:
    """Each normalised written form of a head noun with its fused conjunction, preposition or
    article (ووزارة, لرابطة, والمجلس, للهيئة) -> (head, Head, definite, letters before the
    name). The whole token must be the form: a pronoun suffix (وزارته) makes a description.
    The letters before the name are the conjunction and preposition, except the ل of لل, which
    stays with the name as in the gazetteer (للهيئة العامة)."""
    out: dict[str, tuple] = {}
    for pre in sorted(PROCLITICS, key=lambda p: (len(p), p)):
        for head, h in heads.items():
            out.setdefault(pre + head, (head, h, False, len(pre)))
            if h.definite != "no":
                if pre.endswith("ل"):  # للهيئة: ل + (ا)لهيئة
                    out.setdefault(pre + "ل" + head, (head, h, True, len(pre) - 1))
                else:
                    out.setdefault(pre + "ال" + head, (head, h, True, len(pre)))
    return out


def _skip_letters(text: str, start: int, end: int, letters: int) -> int:
    """The offset in text[start:end] after ``letters`` Arabic letters (diacritics and tatweel,
    which normalisation drops, are skipped with the letter before them)."""
    k = start
    while letters > 0 and k < end:
        k += 1
        letters -= 1
        while k < end and ("\u064b" <= text[k] <= "\u065f" or text[k] in "\u0670\u0640"):
            k += 1
    return k


def _name_tokens(toks, names) -> dict[int, tuple[int, str]]:
    """Token index where a name starts -> (index after the name's last token, its label)."""
    starts = [t.start for t in toks]
    out = {}
    for s, e, label in names:
        a = bisect.bisect_right(starts, s) - 1
        b = bisect.bisect_left(starts, e)
        if a >= 0 and toks[a].end > s and b > a:
            out.setdefault(a, (b, label))
    return out


def _read(words, i: int, head_info, rules: InstitutionRules, name_at, limit: int) -> Found | None:
    """The institution whose head is token ``i`` (``words``: index -> Word; ``limit``: the
    first token it may not reach), or None."""
    _, head, definite, _ = head_info
    w = words[i]
    j = i + 1
    if definite:
        if j < limit and words[j].form in rules.never:
            return None  # الجمعية العمومية: a meeting, not an institution
        j = _adjectives(words, j, limit, rules)
        if j == i + 1:
            return None
        k = _purpose(words, j, limit, rules, name_at)
        if k == j and not (head.definite == "adj" and any(NISBA.search(words[x].form) for x in range(i + 1, j))):
            return None  # المنظمة الدولية alone is a description; الحزب الديمقراطي is a party
        last = _extend(words, k, limit, rules, name_at, purpose_done=k > j, place_ok=False) - 1
    else:
        if head.needs == "none":
            return None
        got = _complement(words, j, limit, head, rules, name_at)
        if got is None:
            return None
        k, kind = got
        # a purpose complement follows a name the institution bears (مركز الملك سلمان للإغاثة,
        # بعثة الأمم المتحدة للدعم), not a place (جامعة تبوك للطالبة: "to the student")
        k2 = _purpose(words, k, limit, rules, name_at) if kind in ("PER", "ORG", BODY) else k
        if head.needs == "org" and k2 == k and not _bare_adjective(words, k, limit, rules, name_at):
            return None  # برنامج الأمم المتحدة alone: a programme "at" the UN, not one of its bodies
        # a building named after a person takes no purpose complement: after it ل is mostly an
        # infinitive (مستشفى الشيخ زويد المركزي لتلقي العلاج "to be treated"); the rarer
        # «مستشفى الملك فهد للقوات المسلحة» is read as «مستشفى الملك فهد», never the person alone
        honoree = head.needs == "honoree"
        if honoree:
            k2 = k
        if kind == "ORG" and k2 == k:
            return None  # شركة بوناتي, منظمة أوبك: the organisation's own name is the name
        # a place after في ends a name with a purpose or a construct chain (بعثة ... للدعم في
        # ليبيا, هيئة مكافحة التصحر في شرق إفريقيا), not after a bare head noun (وزارة الداخلية
        # في السعودية is the ministry, in Saudi Arabia)
        place_ok = k2 > k or (kind == "noun" and k - (i + 1) >= 2)
        # a head and one definite noun of a field may take a coordinated second noun (مصلحة الزكاة
        # والدخل); a council of persons (مجلس الوزراء, a فعلاء plural) takes none: مجلس الوزراء
        # والأماكن الاستراتيجية is the cabinet's seat and other places
        coordinate_ok = kind == "noun" and k2 == j + 1 and not PERSONS_PLURAL.match(words[j].form)
        # a body of an organisation takes its purpose right after the organisation's name (مجلس
        # الأمم المتحدة لحقوق الإنسان) and not after the adjective that ends that name: «اجتماعا
        # ... مجلس اتحاد الكرة السعودي للنقاش» (2015-08-03 aawsat) is "to discuss"
        last = _extend(words, k2, limit, rules, name_at, purpose_done=k2 > k, place_ok=place_ok,
                       purpose_ok=kind not in ("noun", BODY) and not honoree, coordinate_ok=coordinate_ok,
                       names_end=kind == BODY, masculine_head=not words[i].form.endswith("ه")) - 1
        if kind == BODY:
            return Found(w.start, words[last].end, "", i, last, True)
    if i + 1 <= last and words[i + 1].form in rules.legislatures:
        return Found(w.start, words[last].end, "LEG", i, last)  # مجلس الشيوخ: a legislature, not a government
    return Found(w.start, words[last].end, head.sector, i, last)


# The kind of complement that is an organisation's own name after a head that names one of its
# bodies (needs "council" or "org": مجلس الجامعة العربية, برنامج الأمم المتحدة الإنمائي).
BODY = "BODY"


def _bare_adjective(words, k, limit, rules: InstitutionRules, name_at) -> bool:
    """Whether token ``k`` is a definite adjective that starts no name of its own (الإنمائي; not
    السعودية, a country's name in «مجلس الجامعة العربية السعودية»)."""
    return k < limit and k not in name_at and _plain(words[k]) and rules.is_adjective(words[k].form)


def _plain(w: Word) -> bool:
    """No fused conjunction or preposition, no pronoun suffix: a word that continues a name."""
    return not w.pre and not w.pron and w.arabic


def _complement(words, j, limit, head: Head, rules: InstitutionRules, name_at) -> tuple[int, str] | None:
    """(end, kind) of the complement right after an indefinite head: kind is the label of a
    proper name (PER, LOC, ORG ...) or "noun" for a construct chain; None when there is none."""
    if j >= limit:
        return None
    first = words[j]
    if first.form in rules.never or not _plain(first):
        return None
    # a statistical organisation name that starts with an honorific (الملك عبدالله للعلوم, cut
    # from جامعة الملك عبدالله للعلوم والتقنية) is read again as the person the institution is named after
    if head.needs == "honoree" and first.form not in rules.honorifics:
        return None  # مطار جدة, مستشفى نجران: the place inside is the name
    if j in name_at and not (name_at[j][1] == "ORG" and first.form in rules.honorifics):
        end, label = name_at[j]
        if label == "NOUN":  # a common word the model took for a name (هيئة الهلال الأحمر)
            return (end, "noun") if head.needs in ("any", "noun") else None
        if label == OWN_NAME:
            # the organisation's own name inside a listed «head + name» (منظمة الأمم المتحدة): with
            # a purpose complement, which _read demands, it names one of its bodies (منظمة الأمم
            # المتحدة للأغذية والزراعة)
            return end, "ORG"
        if label == "ORG" and head.needs in ("council", "org"):
            return end, BODY  # مجلس الجامعة العربية; برنامج الأمم المتحدة (+ الإنمائي, _read)
        return None if head.needs in ("noun", "council", "org") else (end, label)
    if head.needs == "org":
        return None  # برنامج + anything but an organisation's name: a programme or a show
    if first.form in rules.honorifics and j + 1 < limit and _plain(words[j + 1]) and head.needs not in ("noun", "council"):
        k = j + 2  # الملك سلمان, الأمير سلطان: a person the institution is named after
        if words[j + 1].form in rules.compounds and k < limit and _plain(words[k]):
            k += 1  # الملك عبد العزيز
        while k + 1 < limit and words[k].form in rules.chain and _plain(words[k + 1]):
            k += 2
            if words[k - 1].form in rules.compounds and k < limit and _plain(words[k]):
                k += 1
        if k + 1 < limit and words[k].form in rules.house and _plain(words[k + 1]):
            k += 2  # قاعة الشيخ عبدالله بن زيد آل محمود: the house ends the person's name
        end = name_at[j + 1][0] if j + 1 in name_at and name_at[j + 1][1] == "PER" else k
        if k < end <= limit and all(_plain(words[x]) and words[x].art for x in range(k, end)):
            # the tagger's person after the honorific runs on to a definite family name (ملعب
            # الأمير عبدالله الفيصل, SaudiNewsNet 2015-08-02): the institution takes all of him,
            # but not a word with a preposition (طريق الملك عبدالله بالخرج) or a verb (مستشفى
            # الملك فهد يرافقه "accompanied by") that the tagger glued on
            k = end
        return k, "PER"
    k = j
    while k < limit and k - j <= MAX_INDEFINITE:
        w = words[k]
        if not _plain(w) or w.form in rules.stop:
            return None
        if k in name_at:
            end, label = name_at[k]
            return (end, "noun") if label == "LOC" else None  # جنايات القاهرة; منطقة المدينة المنورة
        if head.needs == "namesake":
            if k > j:
                return None
            k += 1  # أمانة منطقة الرياض: one place word, then the place's name
            continue
        if w.art:
            return k + 1, "noun"
        if NISBA.search(w.form) and len(w.form) > MIN_NISBA_STEM:
            return None  # an indefinite adjective describes the head: بعثة أوروبية, جمعية خيرية
        k += 1  # an indefinite noun of a construct chain (مكافحة التصحر, كبار العلماء)
    return None


def _adjectives(words, j, limit, rules: InstitutionRules) -> int:
    while j < limit and _plain(words[j]) and rules.is_adjective(words[j].form):
        j += 1
    return j


def _purpose(words, j, limit, rules: InstitutionRules, name_at) -> int:
    """End of a purpose complement with ل at token ``j`` (للإغاثة, لشؤون اللاجئين, للأمم
    المتحدة), or ``j`` when there is none."""
    if j >= limit:
        return j
    w = words[j]
    if w.pron or not w.pre.endswith("ل") or w.form in rules.stop or w.form in rules.adjectives:
        return j  # للعام: "for the year", no purpose
    if j in name_at:
        return name_at[j][0]
    if w.art:
        return j + 1
    k = j + 1  # ل + an indefinite noun, then its definite end: لشؤون اللاجئين, لنصرة الأشقاء
    while k < limit and k - j <= MAX_INDEFINITE:
        x = words[k]
        if not _plain(x) or x.form in rules.stop:
            return j
        if k in name_at:
            return name_at[k][0]
        if x.art:
            return k + 1
        k += 1
    return j


# Sound plural endings (الجهات, القطاعات, المساهمين, الإداريين): a coordinated plural after an
# institution's name is mostly another party (وزارة الداخلية والجهات المعنية), while the second
# noun of a two-field name is a singular field (الزكاة والدخل, الحجز والتنفيذ, الثقافة والإعلام).
# The conjunct of a genitive is genitive, so a masculine plural there ends in -ين; -ون is no plural
# there (والتلفزيون, والقانون, والفنون of هيئة الإذاعة والتلفزيون, كلية الشريعة والقانون).
SOUND_PLURAL = re.compile("(ات|ين)$")
# The broken plural فُعَلاء is a plural of persons (الوزراء, العلماء, الخبراء, الرؤساء): a body
# named by its members is no field that a second noun could join.
PERSONS_PLURAL = re.compile("^ال[^ا]{3}اء$")


def _field_conjunct(w: Word, j: int, name_at, not_fields: frozenset[str]) -> bool:
    """A definite noun after و that continues a two-field name (مصلحة الزكاة والدخل, وكالة الحجز
    والتنفيذ, هيئة السياحة والآثار): not a name of its own (والولايات المتحدة), not a sound
    plural (والجهات المعنية), not a word of ``institution_not_fields`` (والشؤون الصحية). A word of ``never`` is no bar here: it bars the first complement
    (مجلس الإدارة), while a field after و is one (كلية الاقتصاد والإدارة)."""
    return j not in name_at and not SOUND_PLURAL.search(w.form) and w.form not in not_fields


def _extend(words, j, limit, rules: InstitutionRules, name_at, purpose_done: bool, place_ok: bool = True,
            purpose_ok: bool = True, coordinate_ok: bool = False, names_end: bool = False,
            masculine_head: bool = True) -> int:
    """Token index after the last word of the name: adjectives, coordinations, one purpose
    complement after an adjective (when ``purpose_ok``: not after a head noun and its noun,
    وزارة الشؤون الاجتماعية لإعلان الجمعية "for announcing"), غير + adjective, في + a place.
    ``coordinate_ok``: the name is a head and one definite noun, which may take a coordinated
    noun of its field (``_field_conjunct``) right after that noun: after an adjective a
    coordinated noun is another body (وكالة النقل الماليزية والخطوط الجوية الماليزية).
    ``names_end``: a name is no adjective (the body of an organisation: «دعا مجلس الاتحاد
    الأوروبي السعودية» is the council and the country), nor is a feminine adjective after a
    masculine head (``masculine_head``: the body's adjectives agree with its head, الإنمائي)."""
    first = j
    while j < limit:
        w = words[j]
        if names_end and (j in name_at or (w.form.endswith("ه") and masculine_head)):
            # a name, or a feminine adjective after a masculine head (مجلس, برنامج): it agrees
            # with the organisation's name or is a country (السعودية), not with the body
            break
        if _plain(w) and rules.is_adjective(w.form):
            j += 1
            continue
        if w.pre in PROCLITIC_CONJ and w.pre and w.art and not w.pron and w.form not in rules.stop:
            # والقروية (an adjective), or a noun coordinated inside a purpose complement
            # (للسياحة والتراث الوطني; للإغاثة والأعمال الإنسانية); outside one a coordinated
            # noun is another thing (مجلس الوزراء والأماكن الاستراتيجية) unless it is a field
            # noun after a head and one noun (مصلحة الزكاة والدخل, وزارة العمل والتنمية الاجتماعية)
            field = coordinate_ok and j == first and _field_conjunct(w, j, name_at, rules.not_fields)
            if w.form[2:] in rules.heads and not (
                    field and rules.heads[w.form[2:]].needs == "none"
                    and (j + 1 >= limit or not words[j + 1].art)):
                # واللجنة الأولمبية: another institution, not part of this one's name; but a
                # head never named alone (إدارة) and ending the phrase is a field: كلية الاقتصاد والإدارة
                break
            if rules.is_adjective(w.form) or purpose_done:
                j += 1
                continue
            if field:
                j += 1
                continue
            break
        if purpose_done and w.pre == "و" and name_at.get(j, (0, ""))[1] == "LOC" \
                and any(name_at.get(x) == (j, "LOC") for x in range(max(0, j - MAX_TOKENS), j)):
            j = name_at[j][0]  # الهيئة الملكية للجبيل وينبع: a purpose of two coordinated places
            continue
        if not purpose_done and purpose_ok and j > 0 and _plain(words[j - 1]) and rules.is_adjective(words[j - 1].form):
            k = _purpose(words, j, limit, rules, name_at)  # after an adjective: المجلس الأعلى للقضاء
            if k > j:
                j = k
                purpose_done = True
                continue
        if w.form == "غير" and _plain(w) and j + 1 < limit and _plain(words[j + 1]) \
                and words[j + 1].art and words[j + 1].form not in rules.stop:
            j += 2  # الكسب غير المشروع, المنظمات غير الحكومية
            continue
        if w.form == "في" and _plain(w) and (place_ok or purpose_done):
            k = j + 1
            if k < limit and words[k].form in rules.directions and _plain(words[k]):
                k += 1
            if k in name_at and name_at[k][1] == "LOC":
                return name_at[k][0]  # في ليبيا, في شرق إفريقيا: the name ends with the place
        break
    return j
