"""Speakers whose name the entity stage missed (issue 16): a speaker phrase that is a title or
role noun phrase ending in a run of words shaped like a person's name (`المتحدث الرسمي لوزارة
العمل تيسير المفرج`) names that person. The run must open with a known given name, and each word
after it is a given name, a link of a naming chain (بن X، آل X) or a family-name shape: a
definite word that news rarely writes, or whose form without the article is much rarer than with
it (المفرج، القحطاني; not الرسمي، الجديد). Precision first: anything else adds nothing."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasd.document import Document, Entity
from rasd.quotes.speakers import bare_word
from rasd.resources import Resources
from rasd.text.normalize import normalize
from rasd.text.tokens import word_counts

if TYPE_CHECKING:  # (the English names are loaded by the stage, only when a person is added)
    from rasd.entities.english import EnglishNames

# A definite word written fewer times than this in the news counts is rare enough to be a family
# name (family names of the dev and SaudiNewsNet days sit at 20-800, common adjectives at 1,000s).
RARE_DEFINITE = 100
# A word without the article written fewer times than this may be a given name the lists lack
# (تيسير 79، خلدون 60، مشوح 13; the nouns that open an institution's name, مكتب، بلدية، قسم، مجمع,
# are written hundreds of times), when a family name follows it.
RARE_GIVEN = 100
# ... or, below COMMON_DEFINITE, when its form without the article is under this share of it:
# a family name is written with its article (القحطاني 783, قحطاني 0); an adjective is not
# (الصغيرة 761, صغيرة 645).
COMMON_DEFINITE = 1000
BARE_SHARE = 0.2
MIN_RUN, MAX_RUN = 2, 4
# A foreign name (كريستيانسن، بانداك، روزاريو) or an Arabic one no list holds (نضال طعمة) is a run of
# words news writes rarely; a run of up to
# three (البرت ديل روزاريو) of words each written fewer times than this (given names of other
# languages in the counts: هنريك 4، كارول 32، ديل 38، حسيب 41; Arabic nouns and adjectives that may
# end a title phrase are written hundreds of times).
RARE_FOREIGN, MAX_FOREIGN = 50, 3


@dataclass(frozen=True)
class NameShapes:
    """What the run of a person's name is checked against, loaded once by the quote stage."""

    heads: frozenset[str]  # title and role nouns without the article (متحدث، مدير، دكتور)
    given: frozenset[str]  # known given names, normalised
    chain: frozenset[str]  # بن، ابن، بنت
    house: frozenset[str]  # آل
    counts: dict
    name_heads: frozenset[str] = frozenset()  # شركة، وكالة، صحيفة: the words after them name a body

    def family_shape(self, norm: str) -> bool:
        if not norm.startswith("ال") or len(norm) < 5 or norm in self.given:
            return False
        n = self.counts.get(norm, 0)
        if n < RARE_DEFINITE:
            return True
        return n < COMMON_DEFINITE and self.counts.get(norm[2:], 0) < BARE_SHARE * n

    def title_head(self, word: str) -> bool:
        # المحللة، المتحدثة: the feminine of a listed title (ة is normalised to ه)
        return word in self.heads or (word.endswith("ه") and word[:-1] in self.heads)

    def opens_name(self, t, family_after: bool, listed: bool = False) -> bool:
        """May this token be the given name a person's name opens with (with ``listed``, only
        a known given name)?"""
        if t.kind != "ar" or t.prep or t.conj or t.norm.startswith("ال") or t.norm in self.chain:
            return False
        if t.norm in self.given:
            return True
        return not listed and family_after and len(t.norm) > 2 and self.counts.get(t.norm, 0) < RARE_GIVEN


def load_name_shapes(res: Resources, lex) -> NameShapes:
    titles = res.word_class("quotes", "speaker_titles")
    given = {normalize(r[0]) for r in res.table("gazetteers", "given_names.tsv")}
    given |= res.word_class("gazetteers", "person_first_names")
    heads = {normalize(w[2:] if w.startswith("ال") else w) for w in titles | lex.role_nouns | lex.name_titles}
    return NameShapes(frozenset(heads), frozenset(given), res.word_class("gazetteers", "name_chain"),
                      res.word_class("gazetteers", "name_house"), word_counts(res), lex.name_heads)


def name_run(toks, a: int, b: int, shapes: NameShapes) -> tuple[int, int] | None:
    """The token range of the person's name ending the title phrase [a, b), or None."""
    if b - a < 1 + MIN_RUN or not shapes.title_head(bare_word(toks[a])):
        return None
    # an unlisted given name needs a family name after it: the run's last word is one (ال…، آل X);
    # a listed given name opens the longest run (سعد محمد القحطاني), an unlisted one the shortest
    # (رئيس بلدية محايل حمد آل درهم: the rare place name محايل is no given name before حمد)
    # (and then a rare one: خبير هندسة البترول، محافظ … من ترويج الشائعات are no names)
    last = toks[b - 1].norm
    family_after = toks[b - 2].norm in shapes.house or (shapes.family_shape(last)
                                                         and shapes.counts.get(last, 0) < RARE_DEFINITE)
    longest_first = range(min(MAX_RUN, b - a - 1), MIN_RUN - 1, -1)
    for listed, sizes in ((True, longest_first), (False, reversed(longest_first))):
        for k in sizes:
            s = b - k
            if shapes.opens_name(toks[s], family_after, listed) and toks[s - 1].norm not in shapes.chain \
                    and _name_words(toks, s + 1, b, shapes):
                return s, b
        if not family_after:
            break
    return _foreign_run(toks, a, b, shapes)


def opening_run(toks, k: int, limit: int, shapes: NameShapes, homograph: bool = False) -> tuple[int, int] | None:
    """The token range of a person's name that opens the words right after a verb of saying, with
    no title before it (وقال علي أحمدي متحدث باسم قوات المقاومة الشعبية: SaudiNewsNet 2015-07-26;
    أوضح عمر المهنا عضو الاتحاد السعودي لكرة القدم: 2015-07-27), or None. The run opens with a
    listed given name (the entity stage's given_names.tsv and person_first_names, read only) and
    goes on with given names, naming chains (بن X، آل X) and family-name shapes; it must end in a
    family name (a bare given name after the first, محمد أحمد, may be the object's or nobody's) and
    stops at the first other word (a title, a body, the complementiser). With ``homograph`` (the
    first word is علي written with ي, which normalises like the preposition على: «وأكد علي
    التمسك» is على written with ي) a family name with the article must also be rare in the news
    (``RARE_DEFINITE``), as a definite verbal noun after the preposition may look like one."""
    if k >= limit or not shapes.opens_name(toks[k], family_after=False, listed=True):
        return None
    j, last_family = k + 1, False
    while j < limit and j - k < MAX_RUN:
        t = toks[j]
        if t.kind != "ar" or t.conj or t.prep:
            break
        if t.norm in shapes.chain or t.norm in shapes.house:
            nxt = toks[j + 1] if j + 1 < limit else None
            if nxt is None or nxt.kind != "ar" or nxt.conj or nxt.prep:
                break  # a chain needs its name (محمد بن); the name itself may be any word (آل حطاب)
            j, last_family = j + 2, True
            continue
        if _surname_word(t, shapes, homograph):
            j, last_family = j + 1, True
            continue
        if t.norm in shapes.given:
            j, last_family = j + 1, False
            continue
        break
    if j - k < MIN_RUN or not last_family:
        return None
    return k, j


def _surname_word(t, shapes: NameShapes, homograph: bool) -> bool:
    """A family name: a definite word of family-name shape, or a nisba news writes rarely and
    without the article (أحمدي، جنتي: ends in ي). Not any rare word: in «فقال عمر استخلفت مولى؟»
    (SaudiNewsNet 2015-08-03, article 1034, a hadith) the rare word after the given name is a verb."""
    if t.kind != "ar" or t.conj or t.prep or shapes.title_head(bare_word(t)):
        return False
    if shapes.family_shape(t.norm):
        return not homograph or shapes.counts.get(t.norm, 0) < RARE_DEFINITE
    # (a nisba: a stem of three letters at least and its ي, so more than three letters; في، ذي are none)
    return _foreign_word(t, shapes) and t.norm not in shapes.given and t.norm.endswith("ي") and len(t.norm) > 3


def _foreign_run(toks, a: int, b: int, shapes: NameShapes) -> tuple[int, int] | None:
    """A name of rare words at the end of the title phrase, with no given name of the lists and
    no family name with the article: a name from another language (مدير العمليات هنريك
    كريستيانسن) or an Arabic one the lists lack (النائب نضال طعمة، النائب الأول لرئيس البرلمان
    الأفغاني ظاهر قدير: SaudiNewsNet 2015-07-27, 08-06): two or three words without the article,
    each rare in the news (``RARE_FOREIGN``), after a word that is no name's head (after شركة
    the rare words name the company)."""
    s = b
    while s > a + 1 and b - s < MAX_FOREIGN and _foreign_word(toks[s - 1], shapes):
        s -= 1
    if b - s < MIN_RUN:
        return None
    before = toks[s - 1]
    if before.kind != "ar" or bare_word(before) in shapes.name_heads \
            or (before.prep and bare_word(before)[1:] in shapes.name_heads) or before.norm in shapes.chain:
        return None
    return s, b


def _foreign_word(t, shapes: NameShapes) -> bool:
    return (t.kind == "ar" and not t.prep and not t.conj and not t.norm.startswith("ال") and len(t.norm) > 2
            and t.norm not in shapes.chain and t.norm not in shapes.house
            and shapes.counts.get(t.norm, 0) < RARE_FOREIGN)


def _name_words(toks, s: int, b: int, shapes: NameShapes) -> bool:
    j = s
    while j < b:
        t = toks[j]
        if t.kind != "ar" or t.conj or t.prep:
            return False
        if t.norm in shapes.chain or t.norm in shapes.house:
            if j + 1 >= b:
                return False  # a chain needs its name (محمد بن)
            j += 2
            continue
        if not (t.norm in shapes.given or shapes.family_shape(t.norm)):
            return False
        j += 1
    return True


def add_person(doc: Document, start: int, end: int, english: "EnglishNames | None" = None) -> str:
    """A PER entity for text[start:end], or the mention added to the entity the article named by
    its family name alone (وأضاف المفرج later): its id. With ``english`` (the entities stage's
    annotator), the new or lengthened entity gets its ``name_en`` and ``name_en_source`` as every
    entity does (rasd/entities/english.py), from its name as it now stands."""
    name = doc.text[start:end]
    mention = doc.span(start, end, "", kind="name")
    entities = list(doc.layer("entities"))
    last = name.split()[-1]
    for e in entities:
        if e.label == "PER" and e.name == last:
            e.mentions = sorted(e.mentions + [mention], key=lambda m: m.start)
            e.name = name
            if english is not None:
                english.annotate(doc, [e])
            return e.id
    used = {e.id for e in entities}
    n = len(entities) + 1
    while f"e{n}" in used:
        n += 1
    person = Entity(f"e{n}", "PER", name, [mention])
    if english is not None:
        english.annotate(doc, [person])
    entities.append(person)
    doc.set_layer("entities", entities)
    return person.id
