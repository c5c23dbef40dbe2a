"""Places and brands read as governments (round 14, issue #14 "Places and codes").

Two readings that gave a state's code to what is no state:

- **Districts** (class ``district_heads`` of ``gazetteers/wordclasses.tsv``: مديرية، ناحية). In
  Yemen and Iraq an indefinite مديرية / ناحية before a place's name is a district («مديرية
  ملحان محافظة المحويت», «مديرية حزم العدين»), while the same head before a field noun is a
  directorate («مديرية الأمن», «المديرية العامة للجوازات»). An organisation so headed is the
  district — a place (LOC, no actor code) — when its next word has no article (ملحان، حزم
  العدين: a proper name, not a field). A definite name after the head (مديرية الوادي, the
  valley; مديرية الأمن, security) is left as read: a governorate after it did not tell them
  apart («مديرية الأمن في محافظة عدن» is the directorate). The definite head (المديرية العامة)
  is always the directorate.
- **A brand in quotation marks**. «السعودية» or "السعودية" alone between quotation marks is the
  airline's own short name in an article that names «الخطوط السعودية» (the marks set the word off
  as a name used in a sense of its own; the country is never quoted so). Generally: a country's
  mention alone in quotation marks joins the one organisation of the article whose name holds
  that word.

- **A capital written like another country** (round 22). عمان is Oman (countries.tsv) and
  Amman, the capital of Jordan (places.tsv ``jo_amman``, listed only after «العاصمة»). The pairs
  are read from the lists: a place whose name is also another country's name. A bare mention of
  such a country is the capital where its article is about the capital's country — another
  entity of that country (الأردن، عبدالله الثاني، الزرقاء, or the capital named after العاصمة) — and
  never about the country it is written like: no other spelling of that country among its
  mentions (سلطنة عمان, the nominal العماني) and no other entity of that country (مسقط, وزير
  الخارجية العماني); a mention listed with another country («السعودية والكويت وعمان») stays the
  country. 2015-08-06 aawsat: «السفارة السعودية في عمان» beside «سفير خادم الحرمين الشريفين لدى
  الأردن» is Amman; 2015-08-02 aawsat: «زيارة المملكة العربية السعودية، وسلطنة عمان» is Oman.

Runs after ``officials.py`` (codes settled) and before the English names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..document import Document, Entity
from ..resources import Resources
from ..text.normalize import normalize
from .gazetteer import AREA, Gazetteer

# quotation marks on both sides of the word; scraped pages also write the guillemets reversed
# (»السعودية», 2015-08-06 almadina)
OPENING = frozenset('"«»“”')
CLOSING = frozenset('"«»“”')


@dataclass(frozen=True)
class PlaceSenses:
    districts: frozenset[str]  # district heads, normalised (مديريه, ناحيه)
    # a country's name that is also a capital of another country (عمان): normalised name ->
    # (the country's code, the capital's country code, the capital's canonical name)
    homographs: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)
    state_heads: frozenset[str] = frozenset()  # دولة، سلطنة: «سلطنة عمان» is the country

    @classmethod
    def from_resources(cls, resources: Resources, gazetteer: Gazetteer | None = None) -> "PlaceSenses":
        return cls(resources.word_class(AREA, "district_heads"), _capital_homographs(gazetteer),
                   frozenset(normalize(w) for w in resources.word_class(AREA, "state_heads")))

    def apply(self, doc: Document, entities: list[Entity]) -> list[Entity]:
        for e in entities:
            if e.label != "ORG" or not e.mentions or not any(h[:-1] in e.name for h in self.districts):
                continue  # the head's letters before its ending (مديري، ناحي) as a cheap test
            if all(self._district(doc.text, m) for m in e.mentions):
                e.label = "LOC"
                e.attrs.pop("code", None)  # a district is where things happen, no actor
        if self.homographs:
            entities = self._capitals(doc.text, entities)
        return self._quoted_brands(doc.text, entities)

    def _capitals(self, text: str, entities: list[Entity]) -> list[Entity]:
        """Bare mentions of a country written like another country's capital moved to the
        capital where the article is about the capital's country and never about the other."""
        for e in entities:
            code = e.attrs.get("code")
            if e.label != "LOC" or not code or code != e.attrs.get("country"):
                continue
            bare = [m for m in e.mentions if m.get("kind") == "name" and normalize(m.text) in self.homographs
                    and self.homographs[normalize(m.text)][0] == code and not self._after_state_head(text, m)]
            if not bare or len(bare) < len(e.mentions):
                continue  # سلطنة عمان, العماني among its mentions: the country it is
            _, iso, canonical = self.homographs[normalize(bare[0].text)]
            others = [o for o in entities if o is not e]
            if not any(o.attrs.get("country") == iso for o in others) \
                    or any(o.attrs.get("country") == code for o in others):
                continue
            countries = sorted((m.start, m.end) for o in others if o.label == "LOC"
                               and o.attrs.get("code") and o.attrs.get("code") == o.attrs.get("country")
                               for m in o.mentions)
            moved = [m for m in bare if not _listed_with(text, m, countries)]
            if not moved:
                continue
            capital = next((o for o in others if o.label == "LOC" and o.attrs.get("country") == iso
                            and normalize(o.name) == normalize(canonical)), None)
            if capital is None:
                capital = Entity("", "LOC", canonical, [], {"country": iso})
                entities = entities + [capital]
            capital.mentions[:] = sorted(capital.mentions + moved, key=lambda x: (x.start, x.end))
            e.mentions[:] = [m for m in e.mentions if m not in moved]
        out = [e for e in entities if e.mentions]
        if len(out) == len(entities) and all(e.id for e in out):
            return entities
        out.sort(key=lambda e: min(m.start for m in e.mentions))
        return [Entity(f"e{i}", e.label, e.name, e.mentions, e.attrs) for i, e in enumerate(out, 1)]

    def _after_state_head(self, text: str, m) -> bool:
        """Whether the word before the mention is a state head (سلطنة عمان: the gazetteer's
        mention is the name alone, the head its context)."""
        before = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        return before is not None and normalize(before.group(1)) in self.state_heads

    def _district(self, text: str, m) -> bool:
        words = normalize(m.text).split()
        # مديرية ملحان: a proper name without the article; a definite word after the head is
        # mostly a field (مديرية الأمن), and a district with one (مديرية الوادي) is left as read
        return len(words) >= 2 and words[0] in self.districts and not words[1].startswith("ال")

    def _quoted_brands(self, text: str, entities: list[Entity]) -> list[Entity]:
        orgs = [e for e in entities if e.label == "ORG" and any(m.get("kind") == "name" for m in e.mentions)]
        if not orgs:
            return entities
        moved = False
        for e in entities:
            if e.label != "LOC" or not e.attrs.get("code") or e.attrs.get("code") != e.attrs.get("country"):
                continue  # countries only (their code is their ISO3)
            keep = []
            for m in e.mentions:
                word = normalize(m.text)
                quoted = m.start > 0 and text[m.start - 1] in OPENING and m.end < len(text) and text[m.end] in CLOSING
                owners = [o for o in orgs if word in normalize(o.name).split()] if quoted and " " not in word else []
                if len(owners) == 1:
                    owners[0].mentions[:] = sorted(owners[0].mentions + [m], key=lambda x: (x.start, x.end))
                    moved = True
                else:
                    keep.append(m)
            e.mentions[:] = keep
        if not moved:
            return entities
        out = [e for e in entities if e.mentions]
        if len(out) == len(entities):
            return entities
        return [Entity(f"e{i}", e.label, e.name, e.mentions, e.attrs) for i, e in enumerate(out, 1)]


_WORD_BEFORE = re.compile(r"(\w+)[\s\u200f\u200e]+$")

# between two items of a list: spaces, a comma, the conjunction و or ثم (fused or not)
_LIST_GAP = re.compile(r"^[\s،,]*(?:و|ف|ثم\s+)?$")


def _listed_with(text: str, m, countries: Sequence[tuple[int, int]]) -> bool:
    """Whether mention ``m`` is an item of a list with a country (السعودية، وعمان; عمان والكويت):
    a country's mention ends right before it or starts right after it, with only a comma or a
    conjunction between. Capitals are not listed with countries, so the item is the country."""
    a = m.start
    while a > 0 and text[a - 1] in "وف":
        a -= 1  # the conjunction fused to the mention (وعمان)
    for s, e in countries:
        if e <= a and a - e <= 6 and _LIST_GAP.match(text[e:a]):
            return True
        if s >= m.end and s - m.end <= 6 and _LIST_GAP.match(text[m.end:s]):
            return True
    return False


def _capital_homographs(gaz: Gazetteer | None) -> dict[str, tuple[str, str, str]]:
    """Normalised name -> (country code, capital's country code, capital's canonical name) for
    each listed place whose name is also another country's name (عمان: Oman; Amman, JOR)."""
    if gaz is None:
        return {}
    country_of: dict[str, str] = {}
    for e in gaz.entries.values():
        if e.key.startswith("ctry:"):
            for v in e.variants:
                country_of.setdefault(normalize(v), e.code)
    out = {}
    for e in gaz.entries.values():
        if not e.key.startswith("place:") or not e.metonym or e.label != "LOC":
            continue  # national capitals only (metonym): not the U.S. state جورجيا, not هونغ كونغ
        for v in (e.canonical, *e.variants):
            other = country_of.get(normalize(v))
            if other and other != e.country:
                out[normalize(v)] = (other, e.country, e.canonical)
    return out
