"""Titles resolved to the people and organisations the article named with them.

News names a person once with a title (وزير الخارجية سامح شكري، المتحدث الأمني اللواء منصور
التركي، مدير فرع الهيئة العامة للسياحة … ناصر الخريصي) and then speaks of "the minister" (الوزير،
الوزير المصري، المتحدث الأمني، مدير فرع الهيئة); an organisation once by name (وزارة الداخلية،
المرصد السوري لحقوق الإنسان) and then as "the ministry" (الوزارة، المرصد). ``TitleIndex.resolve``
looks for the earlier places where the title's head word was written (a cheap scan of normalised
words) and reads, from each, the title chain on to the name it belongs to (the same chain a
speaker phrase may run through: title, institution, place, honorific); the head word may also
open an apposition right after a person's name (خالد الفيصل، أمير منطقة مكة) or be an
organisation's own first word (وزارة الداخلية). Among the entities found, the one whose title
shares most of the phrase's words wins, and among those the latest named. A counterpart
(التقى وزير الخارجية المصري سامح شكري نظيره الروسي سيرغي لافروف) holds the office of the person
before him, with his own nationality. A surname alone (وقال التركي) is the one person of the
article whose full name ends with it.
"""
from __future__ import annotations

import bisect
from typing import Mapping

from .direct import QUOTE_CHARS
from .lexicon import QuoteLexicon
from .speakers import NameAt, bare_word, ends_title_chain, is_definite, title_preposition, without_preposition

# A title phrase is compared on its first words only: the head and a few modifiers (الوزير
# المصري، المتحدث الأمني بوزارة الداخلية، وزير الري والمياه الإثيوبي); later words are more often
# adjuncts.
_PHRASE_WORDS = 5
# Words after a person's name that may still be an apposition (خالد الفيصل أمير منطقة مكة
# المكرمة): the office and its place.
_APPOSITION_WORDS = 6


class TitleIndex:
    """The titles written with the document's names, read on demand."""

    def __init__(self, toks, names: Mapping[int, NameAt], lex: QuoteLexicon, normalized=None):
        self.toks = toks
        self.names = names
        self.lex = lex
        self.normalized = normalized  # the document's normalised view (rasd.text.normalize), if any
        self.tok_starts = [t.start for t in toks.raw]
        self.ending = {nm.end: (k, nm) for k, nm in names.items()}  # token after a name -> name
        self._surnames: dict[str, str] | None = None
        self.labels = {nm.entity: nm.label for nm in names.values()}
        self._past_body: set[tuple[int, str]] = set()  # (position, person) found past a title's body

    def resolve(self, a: int, b: int, unnamed_since: bool = False, persons_only: bool = False) -> str | None:
        """The entity a title phrase [a, b) refers to, named before it (None when no earlier title
        of the article holds its head word). With ``unnamed_since`` (a role noun that also names
        anonymous sources: المتحدث، المسؤول) only a person whose title holds every word of the
        phrase (المتحدث باسم الاستخبارات الأفغانية is not the one named المتحدث باسم البيت الأبيض),
        and None when the head word was written without the article after that title: an unnamed
        bearer (مسؤول آخر، متحدث عسكري) came in between. With ``persons_only`` (a phrase headed by a
        person's office or epithet: الرئيس العام، منسق شئون الطاقة، الناطق باسم حركة الجهاد) only a
        person, found also past the body the earlier title named (الناطق باسم حركة الجهاد الإسلامي
        داود شهاب), or an organisation whose own name opens with the head (the club الرائد)."""
        pairs = self._phrase_tokens(a, b)
        words = [w for w, _ in pairs]
        if not words:
            return None
        if b - a == 1 and self.toks[a].kind == "ar" and words[0] in self.surnames:
            return self.surnames[words[0]]
        if b - a <= 2:
            ent = self.name_continued_by(a, b)
            if ent is not None:
                return ent
        head = words[0]
        if len(head) < 3 or head in self.lex.complementisers:
            # آلان (Alan) read without its "article" is ان, the complementiser written after every
            # name that speaks (قالت حملة كلينتون ان …, 2015-07-22, article 1006): no title's head
            return None
        # نادي الرائد is not نادي الفتح, وزير الخارجية not وزير الداخلية: the definite noun that
        # completes the head must be in the title too (a nisba adjective, المصري، may be left out)
        need = words[1] if len(pairs) > 1 and is_definite(pairs[1][1]) and not self._nisba(head, words[1]) else None
        # الوزير البحريني is not وزير الخارجية الفرنسي: a nisba of the phrase rules out a title
        # with another nisba (a title with none may still be meant: الوزير after وزير الداخلية)
        nisbas = {w for w in words[1:] if w.endswith("ي") and len(w) > 3}
        feminine = None
        # (a nisba of a word of three letters at least: the stem and يه make more than four)
        if len(words) >= 3 and words[-1].endswith("يه") and len(words[-1]) > 4 and words[-2].endswith("ه"):
            # وزير الخارجية الأميركية: the nisba agrees with the feminine noun before it and is
            # compared in its masculine form (not وزير الخارجية الروسي سيرغي لافروف: aawsat
            # 2015-08-03, article 149); a title that holds the feminine form itself agrees
            # (المتحدث الرسمي باسم الأجهزة الأمنية الفلسطينية)
            feminine = words[-1]
            nisbas.add(feminine[:-1])
        # (the definite nouns of the phrase itself, nisbas left out: see persons_only below)
        own_definites = {_without_preposition(x) for x in (bare_word(self.toks[k]) for k in range(a + 1, b)
                                                           if self.toks[k].kind == "ar" and is_definite(self.toks[k]))
                         if not self._nisba(head, x) and x[:-1] not in nisbas} if persons_only else set()
        best, best_key = None, None
        phrase = None
        if unnamed_since:
            # (a body's noun the earlier title left out counts as written, when the body's own
            # name follows it: المتحدث باسم قوات التحالف after المتحدث باسم التحالف, see
            # body_nouns; المتحدث باسم الوزارة keeps its وزارة)
            pw = self._words(a, b)
            phrase = {x for j, x in enumerate(pw) if not (x in self.lex.body_nouns and j + 1 < len(pw))} \
                - self.lex.honorific_titles
        for pos, eid, title in self._titles_with(head, a, persons_only):
            if persons_only and self.labels.get(eid) != "PER" and self.toks.norm(pos) not in _written_forms(head):
                continue  # منسق شئون الطاقة … بوزارة الخارجية: the body he serves, not him
            if need is not None and need not in title:
                continue
            if phrase is not None and (self.labels.get(eid) != "PER" or not phrase <= title):
                continue
            if (pos, eid) in self._past_body and not own_definites <= {_without_preposition(x) for x in title}:
                # امين سر المجلس الثوري لفتح امين مقبول is not الأمين العام للأمم المتحدة بان كي مون
                # (alyaum 2015-08-02, article 960): a holder found past the body of his title is
                # another office when the phrase names a definite noun (a body, a domain) that his
                # title lacks; nisbas may be left out (الأجهزة الأمنية الفلسطينية). Holders named
                # right after their title are compared as before (المدير الفني للفريق الوحداوي is
                # المدير الفني خوان رودوريغيز, 2015-08-01 article 454)
                continue
            own = {w for w in title if w.endswith("ي") and len(w) > 3 and w != head}
            if nisbas and own and not nisbas & own and not (feminine and feminine in title):
                continue
            key = (sum(w in title for w in words), pos)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        if best is not None and unnamed_since:
            if any(j > best_key[1] and not is_definite(self.toks[j]) for j in self._occurrences(head, a)):
                return None
        if best is None and b - a == 1 and len(words) == 1 and is_definite(self.toks[a]) and not persons_only:
            best = self._body_ending_with(head, a)
        return best

    def _body_ending_with(self, head: str, before: int) -> str | None:
        """وأوضحت الجوازات after المديرية العامة للجوازات (SaudiNewsNet 2015-07-22, article 1598),
        وقالت الداخلية after وزارة الداخلية: one definite word that ends the name of an organisation
        named earlier is that body's short form; the latest such body (the most recent holder of
        the word). The word must complete the body's head noun: right after it (مديرية الجوازات،
        وزارة الداخلية) or with the ل of purpose (المديرية العامة للجوازات); a word deeper in the name
        is a noun of its own (العلماء in هيئة كبار العلماء are scholars, 2015-08-07 article 1200).
        Not a title's head (المكتب … الرئيس: «الرئيس» after «مكتب الرئيس» is the president, not his
        office)."""
        if head in self.lex.apposition_heads:
            return None
        best, best_pos, forms = None, -1, _written_forms(head)  # (للجوازات: with its preposition)
        for k, nm in self.names.items():
            if nm.label == "ORG" and nm.end - k >= 2 and k > best_pos and nm.end <= before \
                    and self.toks.norm(nm.end - 1) in forms \
                    and (nm.end - k == 2 or self.toks.norm(nm.end - 1).startswith("لل")):
                best, best_pos = nm.entity, k
        return best

    def _nisba(self, head: str, word: str) -> bool:
        """Is ``word`` a nisba adjective after ``head`` (الوزير المصري)? Feminine ones (الصحيفة
        الألمانية) only after a noun that takes a name: after an office the feminine form is the
        body's own name (وزير الخارجية is not وزير الداخلية)."""
        return word.endswith("ي") or (word.endswith("يه") and head in self.lex.name_heads)

    def phrase_words(self, a: int, b: int) -> list[str]:
        """The first words of the title that starts at ``a``: through the phrase [a, b) and on
        along its title chain (وزير الري والمياه الإثيوبي: the speaker phrase stopped at والمياه),
        honorifics left out (معالي مدير الأمن العام: compared on مدير)."""
        return [w for w, _ in self._phrase_tokens(a, b)]

    def _phrase_tokens(self, a: int, b: int) -> list:
        """(word, token) for each of ``phrase_words``."""
        toks, out, k = self.toks, [], a
        while k < len(toks) and len(out) < _PHRASE_WORDS:
            if k >= b and ends_title_chain(toks, k, self.lex, first=k == b):
                break
            t = toks[k]
            if t.kind == "ar" and len(t.text) > 1 and bare_word(t) not in self.lex.honorific_titles:
                out.append((bare_word(t), t))
            k += 1
        return out

    @property
    def surnames(self) -> dict[str, str]:
        """Last word of a person's full name -> that person, when no other person bears it (a
        father and his son share theirs), or when its bearers are one person the entity stage
        split in two (see ``_one_person_split``)."""
        if self._surnames is None:
            bearers: dict[str, set[str]] = {}
            written: dict[str, list[str]] = {}  # entity -> the words of its longest name
            for k, nm in self.names.items():
                if nm.label == "PER" and nm.end - k >= 2:
                    bearers.setdefault(bare_word(self.toks[nm.end - 1]), set()).add(nm.entity)
                    words = [bare_word(self.toks[j]) for j in range(k, nm.end)]
                    if len(words) > len(written.get(nm.entity, ())):
                        written[nm.entity] = words
            self._surnames = {}
            for w, ids in bearers.items():
                one = next(iter(ids)) if len(ids) == 1 else _one_person_split(ids, written)
                if one is not None:
                    self._surnames[w] = one
        return self._surnames

    def name_continued_by(self, a: int, b: int) -> str | None:
        """وشدد آل الشيخ after الشيخ عبد العزيز آل الشيخ, وأكد مفتي after المحامي ريان مفتي: a family
        name alone (one word, or آل/بن/أبو and a word) is the person whose full name ended with it
        earlier, also when the entity stage cut that name short (its mention is ريان, and مفتي
        stood right after it); nobody when it continued two people's names."""
        toks = self.toks
        if any(toks[k].kind != "ar" for k in range(a, b)) or a in self.names:
            return None
        if b - a == 2 and bare_word(toks[a]) not in self.lex.name_particles:
            return None
        words = [bare_word(toks[k]) for k in range(a, b)]
        found = set()
        for last in self._occurrences(words[-1], a):
            j = last - len(words) + 1  # (found by its last word: آل is everywhere)
            got = self.ending.get(j)  # the name ends right before the family name
            if got is None or got[1].label != "PER":
                got = self.ending.get(last + 1)  # or the family name ends a full name
                got = got if got is not None and got[0] < j else None
            if got is None or got[1].label != "PER" or j < 0:
                continue
            if [bare_word(toks[k]) for k in range(j, last + 1)] == words:
                found.add(got[1].entity)
        return next(iter(found)) if len(found) == 1 else None

    def _titles_with(self, head: str, before: int, persons_only: bool = False):
        """(position, entity, title words) for each title holding ``head`` written before token
        ``before`` (with ``persons_only``, see ``_name_after``)."""
        toks = self.toks
        for j in self._occurrences(head, before):
            if self._inside_a_name(j):
                continue  # آنا ماريا بردوان ابن جلدتها فيكتور …: a word of a name is no title
            if j in self.names and self.names[j].label == "ORG":
                nm = self.names[j]  # وزارة الداخلية: the organisation's own first word
                yield j, nm.entity, frozenset(bare_word(toks[x]) for x in range(j, nm.end))
                continue
            found = self._name_after(j, before, persons_only)
            if found is not None:
                yield from found
            if found is not None and any(self.labels.get(f[1]) == "PER" for f in found):
                continue
            # (a title whose chain reaches only its body, وقال إيريك شولتز، المتحدث باسم البيت
            # الأبيض (2015-07-31, article 334), is also the apposition of the name before it)
            # خالد الفيصل، أمير منطقة مكة; with no comma too, when the word is a title's head (not a
            # family name the entity stage cut off: سامي مفتي): وقال بيجان فارنودي المتحدث باسم مؤسسة
            # كوفي أنان (2015-07-21, article 193), whom وأضاف المتحدث then quotes
            got = (self.ending.get(j) if head in self.lex.apposition_heads else None) or self.ending.get(j - 1) \
                or (self.ending.get(j - 2) if j >= 2 and toks[j - 1].text in "،," else None)
            if got is not None:
                k, nm = got
                if nm.label == "PER":  # the apposition after a name
                    yield k, nm.entity, frozenset(self._words(j, min(len(toks), j + _APPOSITION_WORDS)))

    def _inside_a_name(self, j: int) -> bool:
        """Does an entity name start before token ``j`` and run over it?"""
        for k in range(j - 1, max(-1, j - 6), -1):
            nm = self.names.get(k)
            if nm is not None and nm.end > j:
                return True
        return False

    def _occurrences(self, head: str, before: int) -> list[int]:
        """Tokens before ``before`` written as ``head`` (with or without article, و/ف, لل/بال): found
        in the document's normalised view when it has one (a string search), else by normalising
        every token."""
        forms = _written_forms(head)
        if self.normalized is None:
            norms = self.toks.all_norms()
            return [j for j in range(before) if norms[j] in forms]
        text, out, starts = self.normalized.text, set(), self.tok_starts
        limit = self.toks.raw[before].start if before < len(self.toks) else len(self.normalized.original)
        p = text.find(head)
        while p >= 0:
            s, _ = self.normalized.span_to_original(p, p + len(head))
            if s >= limit:
                break
            j = bisect.bisect_right(starts, s) - 1
            if j >= 0 and self.toks.norm(j) in forms:
                out.add(j)
            p = text.find(head, p + 1)
        return sorted(out)

    def _name_after(self, j: int, before: int, persons_only: bool = False):
        """The name the title starting at ``j`` runs on to, with its words, and a counterpart named
        right after that name (نظيره الروسي سيرغي لافروف); None when the chain reaches no name.
        With ``persons_only`` an organisation the chain reaches is the body of the title, and the
        chain goes on past it to the person who holds it (الناطق باسم حركة الجهاد الإسلامي داود
        شهاب); the organisation is given only when no person follows."""
        toks, lex = self.toks, self.lex
        body = None
        k = j + 1
        while k < before and k - j <= lex.title_chain_max_tokens:
            nm = self.names.get(k)
            if nm is not None and nm.label == "ORG" and title_preposition(toks, k - 1, lex, j):
                k = nm.end  # المشرف العام على وكالة التنمية: the body he supervises, not him
                continue
            if nm is not None and nm.label == "ORG" and persons_only:
                body = body or [(k, nm.entity, frozenset(self._words(j, k)))]
                k = nm.end
                continue
            if nm is not None and nm.label in ("PER", "ORG"):
                title = frozenset(self._words(j, k))
                out = [(k, nm.entity, title)]
                if body is not None:
                    self._past_body.add((k, nm.entity))
                counterpart = self._counterpart(nm.end, before)
                if counterpart is not None:
                    k2, nm2, own = counterpart
                    # the office, not the nationality (a nisba adjective ends in ي: المصري)
                    out.append((k2, nm2.entity, own | {w for w in title if not w.endswith("ي")}))
                return out
            if toks[k].text in QUOTE_CHARS:
                k += 1  # صحيفة "ديلي ميل"، وكالة الأنباء الصينية “شينخوا”: the name in quotation marks
                continue
            if ends_title_chain(toks, k, lex, first=False):
                return body
            k += 1
        return body

    def _counterpart(self, e: int, before: int):
        toks, lex = self.toks, self.lex
        if e >= before or bare_word(toks[e]) not in lex.counterpart:
            return None
        k = e + 1
        while k < before and k - e <= _APPOSITION_WORDS:
            nm = self.names.get(k)
            if nm is not None and nm.label == "PER":
                return k, nm, frozenset(self._words(e, k))
            if ends_title_chain(toks, k, lex):
                return None
            k += 1
        return None

    def _words(self, a: int, b: int) -> list[str]:
        return [bare_word(self.toks[x]) for x in range(a, b) if self.toks[x].kind == "ar"]


def _without_preposition(word: str) -> str:
    """A title word without a fused ل/ب, as compared across titles (للجامعة in «الأمين العام للجامعة
    العربية», لجامعة in «الأمين العام لجامعة الدول العربية»: جامعه). Only a word of five letters or
    more: a shorter one that begins with ل/ب is a word of its own (لجنة، بلد), not a preposition and a noun."""
    return without_preposition(word, 4, "لب")


def _written_forms(head: str) -> frozenset[str]:
    """The normalised spellings a word may take in running text: with the article, a fused و/ف,
    and ل/ب before the article (الوزير، والوزير، للوزير، بالوزير)."""
    forms = {head, "ال" + head}
    for p in ("و", "ف"):
        forms |= {p + f for f in list(forms)}
    forms |= {"لل" + head, "ولل" + head, "بال" + head, "وبال" + head}
    return frozenset(forms)


def _one_person_split(ids: set[str], written: Mapping[str, list[str]]) -> str | None:
    """Several persons ending with one family name are one person the entity stage split when
    every shorter name is the longest one with words left out (إيهاب أبوركبة and إيهاب حسن أبوركبة:
    SaudiNewsNet 2015-07-27, article 26, «وأوضح أبوركبة» stayed unlinked): that longest name. A
    father and his son (محمد عبدالله العتيبي، عبدالله محمد العتيبي) or two cousins (محمد سعد
    العتيبي، محمد فهد العتيبي) are not: None."""
    names = sorted((written[i] for i in ids), key=len)
    full = names[-1]
    if any(len(n) == len(full) for n in names[:-1]):
        return None  # two names of the same length that differ: two people
    for n in names[:-1]:
        it = iter(full)
        if n[0] != full[0] or not all(x in it for x in n):
            return None  # (the same first name, and every word in the full name's order)
    return next(i for i in ids if written[i] is full)

