"""English names of institutions, translated from their shape (``english/institutions_en.tsv``).

An Arabic institution name is a head noun, its adjectives, a genitive complement or a namesake,
and a purpose complement with ل (rasd.entities.institutions). English puts adjectives before
their noun, the genitive after "of", the purpose after "for", and a namesake before the head:

    وزارة الشؤون البلدية والقروية             -> Ministry of Municipal and Rural Affairs
    المديرية العامة للدفاع المدني             -> General Directorate for Civil Defense
    مركز الملك سلمان للإغاثة والأعمال الإنسانية -> King Salman Center for Relief and Humanitarian Works
    وزارة الصحة المصرية                       -> Egyptian Ministry of Health

Whole names with a usual English name of their own (مجلس الشورى -> Shura Council) are listed as
such. Every word must be known (a namesake's person name is transliterated): otherwise there is
no translation and the caller transliterates the whole name, never half of it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional

from ..errors import ModelError
from ..resources import Resources
from .gazetteer import nkey

AREA = "english"
FILE = "institutions_en.tsv"
CLASSES = ("whole", "head", "noun", "adj", "title", "area")
ARTICLE = "ال"


@dataclass(frozen=True)
class InstitutionEnglish:
    whole: Mapping[str, str]
    heads: Mapping[str, str]
    nouns: Mapping[str, str]
    adjectives: Mapping[str, str]
    titles: Mapping[str, str]
    # an administrative area before a place name inside an institution's name (مجلس محافظة
    # الأنبار): the English adjective that goes between the place and the head ("Anbar
    # Provincial Council", "Hail Regional Court"), as English news names such bodies
    areas: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_resources(cls, resources: Resources) -> "InstitutionEnglish":
        tables: dict[str, dict[str, str]] = {c: {} for c in CLASSES}
        for row in resources.table(AREA, FILE, 3):
            cls_, arabic, english = (c.strip() for c in row[:3])
            if cls_ not in tables:
                raise ModelError(f"data file {AREA}/{FILE}: unknown class {cls_!r} (one of {', '.join(CLASSES)})")
            tables[cls_].setdefault(nkey(arabic), english)
        return cls(tables["whole"], tables["head"], tables["noun"], tables["adj"], tables["title"], tables["area"])

    def translate(self, name: str, demonym: Callable[[str], str], person: Callable[[str], str],
                  place: Callable[[str], str] = lambda words: "") -> Optional[str]:
        """The English of an institution's name, or None. ``demonym(word)``: the English
        nationality adjective of a normalised word ("" when none); ``person(words)``: a person's
        name transliterated; ``place(words)``: the English name of a listed place ("" when none:
        جامعة تبوك -> Tabuk University)."""
        key = nkey(name)
        if key in self.whole:
            return self.whole[key]
        words = key.split()
        if len(words) < 2:
            return None
        nation = demonym(words[-1])
        if nation:
            words = words[:-1]
            if " ".join(words) in self.whole:
                return f"{nation} {self.whole[' '.join(words)]}"
        first = words[0]
        definite = first.startswith(ARTICLE)
        head = self.heads.get(first[2:] if definite else first)
        if head is None:
            return None
        i, head_adjs = 1, []
        while definite and i < len(words) and words[i].startswith(ARTICLE):
            if words[i][2:] in self.adjectives:
                head_adjs.append(self.adjectives[words[i][2:]])
            elif demonym(words[i]) and not nation:
                nation = demonym(words[i])  # اللجنة الوطنية الروسية: Russian National Committee
            else:
                break
            i += 1
        namesake, genitive = "", ""
        if not definite and i < len(words) and not self._purpose(words[i]):
            title = next((t for t in sorted(self.titles, key=len, reverse=True)
                          if " ".join(words[i:i + len(t.split())]) in (ARTICLE + t, t)), None)
            if title is not None:
                j = i + len(title.split())
                k = next((n for n in range(j, len(words)) if self._purpose(words[n])), len(words))
                if k == j:
                    return None
                # adjectives after the namesake qualify the head (مطار الملك عبدالعزيز الدولي ->
                # King Abdulaziz International Airport), not the person
                end = k
                while end - 1 > j and words[end - 1].startswith(ARTICLE) and words[end - 1][2:] in self.adjectives:
                    end -= 1
                head_adjs += [self.adjectives[w[2:]] for w in reversed(words[end:k])]
                namesake = f"{self.titles[title]} {person(' '.join(words[j:end]))}"
                i = k
            else:
                k = next((n for n in range(i, len(words)) if self._purpose(words[n])), len(words))
                genitive = self._phrase(words[i:k])
                if genitive is None:
                    namesake = place(" ".join(words[i:k])) or self._area(words[i:k], place)
                    # بورصة أمستردام -> Amsterdam Stock Exchange; مجلس محافظة نينوى -> Nineveh
                    # Provincial Council
                    if not namesake:
                        return None
                    genitive = ""
                i = k
        purpose = ""
        if i < len(words):
            first_noun = self._purpose(words[i])
            if not first_noun:
                return None
            purpose = self._phrase([ARTICLE + first_noun] + words[i + 1:])
            if purpose is None:
                return None
        # English stacks adjectives in the reverse of Arabic's order (the one nearest the noun
        # stays nearest): المحكمة الجزائية المتخصصة -> Specialized Criminal Court
        parts = [nation, namesake, *reversed(head_adjs), head]
        out = " ".join(p for p in parts if p)
        if genitive:
            out += f" of {genitive}"
        if purpose:
            out += f" for {purpose}"
        return out if (genitive or purpose or namesake or head_adjs) else None

    def _area(self, words: list[str], place: Callable[[str], str]) -> str:
        """An area noun and a listed place (محافظة الأنبار, منطقة حائل) -> "Anbar Provincial",
        "Hail Regional"; "" otherwise."""
        if len(words) < 2 or words[0] not in self.areas:
            return ""
        name = place(" ".join(words[1:]))
        return f"{name} {self.areas[words[0]]}" if name else ""

    def _purpose(self, word: str) -> str:
        """The noun of a purpose complement (للسياحة, لمكافحة -> its bare noun), or ""."""
        if word.startswith("لل"):
            return word[2:]
        if word.startswith("ل") and word[1:] in self.nouns:
            return word[1:]
        return ""

    def _phrase(self, words: list[str]) -> Optional[str]:
        """Definite nouns with their adjectives, coordinated by و, in English order:
        الشؤون البلدية والقروية -> Municipal and Rural Affairs; السياحة والتراث الوطني ->
        Tourism and National Heritage. None when a word is unknown."""
        units: list[list] = []  # [noun, [adjective groups]]
        bares = []
        for w in words:
            conj = w.startswith("وال")
            bare = w[3:] if conj else (w[2:] if w.startswith(ARTICLE) else "")
            if bares and not conj and f"{bares[-1][0]} {bare or w}" in self.nouns:
                bares[-1] = (f"{bares[-1][0]} {bare or w}", bares[-1][1])  # حقوق الإنسان: Human Rights
            else:
                bares.append((bare or w, conj))  # an indefinite word must join the next one
        for bare, conj in bares:
            if units and bare in self.adjectives and (not conj or bare not in self.nouns):
                adjs = units[-1][1]
                if conj and adjs:
                    adjs[-1] = f"{adjs[-1]} and {self.adjectives[bare]}"
                else:
                    adjs.append(self.adjectives[bare])
                continue
            if bare not in self.nouns:
                return None
            if units and not conj:
                # a construct chain is an English compound, the genitive first (رعاية الشباب ->
                # Youth Welfare, شؤون الإعلام -> Information Affairs), but after a gerund
                # (مكافحة الإرهاب -> Combating Terrorism)
                noun, adjs = units[-1]
                if adjs:
                    return None
                units[-1][0] = f"{noun} {self.nouns[bare]}" if noun.endswith("ing") else f"{self.nouns[bare]} {noun}"
                continue
            units.append([self.nouns[bare], []])
        if not units:
            return None
        texts = [" ".join([*reversed(adjs), noun]) for noun, adjs in units]
        return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]
