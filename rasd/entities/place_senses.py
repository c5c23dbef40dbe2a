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

Runs after ``officials.py`` (codes settled) and before the English names.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..document import Document, Entity
from ..resources import Resources
from ..text.normalize import normalize
from .gazetteer import AREA

# quotation marks on both sides of the word; scraped pages also write the guillemets reversed
# (»السعودية», 2015-08-06 almadina)
OPENING = frozenset('"«»“”')
CLOSING = frozenset('"«»“”')


@dataclass(frozen=True)
class PlaceSenses:
    districts: frozenset[str]  # district heads, normalised (مديريه, ناحيه)

    @classmethod
    def from_resources(cls, resources: Resources) -> "PlaceSenses":
        return cls(resources.word_class(AREA, "district_heads"))

    def apply(self, doc: Document, entities: list[Entity]) -> list[Entity]:
        for e in entities:
            if e.label != "ORG" or not e.mentions or not any(h[:-1] in e.name for h in self.districts):
                continue  # the head's letters before its ending (مديري، ناحي) as a cheap test
            if all(self._district(doc.text, m) for m in e.mentions):
                e.label = "LOC"
                e.attrs.pop("code", None)  # a district is where things happen, no actor
        return self._quoted_brands(doc.text, entities)

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
