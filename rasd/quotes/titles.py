"""Titles resolved to the people and organisations the article named with them.

News names a person once with a title (وزير الخارجية سامح شكري، المتحدث الأمني اللواء منصور
التركي، مدير فرع الهيئة العامة للسياحة … ناصر الخريصي) and then speaks of "the minister" (الوزير،
الوزير المصري، المتحدث الأمني، مدير فرع الهيئة); an organisation once by name (وزارة الداخلية،
المرصد السوري لحقوق الإنسان، صحيفة «الحياة») and then as "the ministry" (الوزارة، المرصد،
الصحيفة). ``TitleIndex`` keeps, for every entity name in the document, the words of the title
written with it: the chain of words before the name back to a boundary (the same chain a speaker
phrase may run through: title, institution, place, honorific), the apposition after a person's
name (خالد الفيصل أمير منطقة مكة), and an organisation's own words. A speaker phrase that names no
entity resolves to the entity whose title holds the phrase's head word, choosing the one sharing
most of its words and, among those, the latest named before the quote.
"""
from __future__ import annotations

import bisect
from typing import Mapping

from .lexicon import QuoteLexicon
from .speakers import NameAt, Tok, bare_word, ends_title_chain, is_abbreviation, strip_conj

# A title phrase is compared on its first words only: the head and a few modifiers (الوزير
# المصري، المتحدث الأمني بوزارة الداخلية، وزير الري والمياه الإثيوبي); later words are more often
# adjuncts.
_PHRASE_WORDS = 5
# Words after a person's name that may still be an apposition (خالد الفيصل أمير منطقة مكة
# المكرمة): the office and its place.
_APPOSITION_WORDS = 6


class TitleIndex:
    """For each entity name in the document: its position and the title words written with it."""

    def __init__(self, toks, names: Mapping[int, NameAt], sent_first: Mapping[int, int],
                 sent_of: list[int], lex: QuoteLexicon):
        self.lex = lex
        self.entries: list[tuple[int, str, frozenset[str]]] = []  # (token, entity id, words)
        named = {j for k, nm in names.items() for j in range(k, nm.end)}
        for k in sorted(names):
            nm = names[k]
            if nm.label not in ("PER", "ORG"):
                continue
            words = set()
            first = sent_first.get(sent_of[k], 0) if 0 <= k < len(sent_of) else 0
            words.update(_chain_before(toks, k, first, lex, named))
            if nm.label == "ORG":
                words.update(bare_word(toks[j]) for j in range(k, nm.end))
            else:
                words.update(_apposition_after(toks, nm.end, lex))
                if words & lex.counterpart and self.entries:
                    # نظيره الروسي: the office of the person named before, not his nationality
                    # (a nisba adjective ends in ي: المصري، الروسي)
                    words.update(x for x in self.entries[-1][2] if not x.endswith("ي"))
            if words:
                self.entries.append((k, nm.entity, frozenset(words)))
        self.positions = [e[0] for e in self.entries]
        # a person's surname alone (وقال التركي after اللواء منصور التركي), when no other person
        # of the article bears it (a father and his son share theirs)
        bearers: dict[str, set[str]] = {}
        for k, nm in names.items():
            if nm.label == "PER" and nm.end - k >= 2:
                bearers.setdefault(bare_word(toks[nm.end - 1]), set()).add(nm.entity)
        self.surnames = {w: next(iter(ids)) for w, ids in bearers.items() if len(ids) == 1}

    def resolve(self, toks, a: int, b: int) -> str | None:
        """The entity a title phrase [a, b) refers to (None when no title in the article holds
        its head word). Only entities named before the phrase count."""
        words = self.phrase_words(toks, a, b)
        if not words:
            return None
        if b - a == 1 and words[0] in self.surnames and toks[a].kind == "ar":
            return self.surnames[words[0]]
        head = words[0]
        best, best_key = None, None
        for pos, eid, title in self.entries[:bisect.bisect_left(self.positions, a)]:
            if head not in title:
                continue
            key = (sum(w in title for w in words), pos)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        return best

    def phrase_words(self, toks, a: int, b: int) -> list[str]:
        """The first words of the title that starts at ``a``: through the phrase [a, b) and on
        along its title chain (وزير الري والمياه الإثيوبي: the speaker phrase stopped at والمياه)."""
        out = []
        k = a
        while k < len(toks) and len(out) < _PHRASE_WORDS:
            if k >= b and ends_title_chain(toks, k, self.lex, first=k == b):
                break
            t = toks[k]
            if t.kind == "ar" and len(t.text) > 1 and bare_word(t) not in self.lex.honorific_titles:
                out.append(bare_word(t))  # معالي مدير الأمن العام: compared on مدير
            k += 1
        return out


def _chain_before(toks, k: int, first: int, lex: QuoteLexicon, named: set[int]) -> list[str]:
    """The words before the name at ``k`` back to the start of its title: a punctuation mark, a
    verb, a complementiser, a relative pronoun, a preposition other than في or another name (the
    title before it is that name's: وزير الخارجية المصري سامح شكري نظيره الروسي سيرغي لافروف) end
    it."""
    out = []
    j = k - 1
    while j >= first and k - j <= lex.title_chain_max_tokens and j not in named:
        t: Tok = toks[j]
        if t.kind == "punct":
            if t.text == "." and is_abbreviation(toks, j - 1):
                j -= 1
                continue
            break
        n = strip_conj(t.norm)
        if lex.verb(t.norm) is not None or t.norm in lex.complementisers or n in lex.relatives \
                or (n in lex.stops and n not in ("في", "فى")):
            break
        # a fused و inside a title coordinates two of its nouns (الهيئة العامة للسياحة والتراث
        # الوطني), so the chain goes on through it
        out.append(bare_word(t))
        j -= 1
    return out


def _apposition_after(toks, j: int, lex: QuoteLexicon) -> list[str]:
    """The office written right after a person's name (خالد الفيصل أمير منطقة مكة، مسعود بارزاني،
    رئيس إقليم كردستان)."""
    out = []
    if j < len(toks) and toks[j].text in "،,":
        j += 1
    end = min(len(toks), j + _APPOSITION_WORDS)
    while j < end:
        t = toks[j]
        n = strip_conj(t.norm)
        if t.kind != "ar" or t.conj or lex.verb(t.norm) is not None or t.norm in lex.complementisers \
                or n in lex.relatives or n in lex.stops:
            break
        out.append(bare_word(t))
        j += 1
    return out
