"""Named officials: a person named with his office in apposition takes the office's actor code.

CAMEO and PETRARCH code a person by the country and sector of the office he holds (PETRARCH's
agent dictionary: متحدث باسم حكومة -> GOV, وزير -> GOV). Rasd's lists know the leaders; most
officials of the news are named once, with their office right before the name:

- an office noun (class ``office_nouns``: رئيس, مدير عام, المتحدث باسم, المتحدث الأمني, عضو ...)
  before an organisation the article codes with a country, then ranks and honorifics only
  (class ``name_ranks``: اللواء, الدكتور, المهندس, معالي ...), then the name: «المتحدث الأمني
  لوزارة الداخلية اللواء منصور التركي» -> the ministry's code (SAUGOV), «عضو مجلس الشورى
  الدكتور ...» -> SAULEG;
- a minister of a field (وزير/وزيرة + definite nouns: «وزير العدل الدكتور وليد الصمعاني»,
  «وزير الشؤون الاجتماعية د. ماجد القصبي»): GOV (or the agent code PETRARCH gives the phrase)
  of the country of a nationality adjective in the title (وزير العمل الأردني), else of the
  outlet's country under the test ``home.py`` gives a ministry named without its country (the
  sentence names no other country and the article is not about another).

The code is the entity's: it holds on the later mentions of the same person (وقال الصمعاني).
A person a list or a title already codes keeps his code; without such an office nothing is
guessed. Runs after ``HomeCountry.apply``, so that a ministry has its country.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from ..document import Document, Entity
from ..resources import Resources
from ..text.lemma import lemma_key
from ..text.tokens import PROCLITIC_CONJ, PROCLITIC_PREP, token_keys
from .gazetteer import AREA, Gazetteer, nkey
from .home import HomeCountry

# How far before a name an office is looked for (characters): «المتحدث الأمني لوزارة الداخلية
# اللواء» has 37; ranks and an office of a few words fit in 120.
WINDOW = 120
# A title right after a name is that man's unless another name follows it within this many
# characters (as resolve.NAME_AFTER_TITLE: ranks and honorifics before the next name fit in 30)
NAME_AFTER = 30
# An office after a name starts within this many characters of it (a comma, spaces and the first
# word of the office: «، المتحدث»)
CUE_AFTER = 16
# Arabic letters, digits and the dot of abbreviated ranks (د. م.) make a word
_WORD = re.compile(r"[\w.]+")
# Office phrases are matched up to this many words (office_nouns holds two at most, مدير عام; one
# more leaves room for a longer one added there)
OFFICE_MAX_WORDS = 3
# A minister's title holds at most this many definite nouns after وزير: «وزير الشؤون الإسلامية
# والأوقاف والدعوة والإرشاد» has four
MINISTER_MAX_NOUNS = 4
# A definite noun of a title is longer than this (the article and two letters at least: a shorter
# word with ال is a particle or a fragment, not a field)
DEFINITE_MIN_CHARS = 3
# A body's mention may start after one of these fused to the word (لوزارة، بوزارة)
_BODY_CLITICS = ("ل", "ب")


@dataclass(frozen=True)
class Officials:
    gazetteer: Gazetteer
    home: HomeCountry
    offices: frozenset[str]  # normalised office nouns, one or more words (رئيس, مدير عام)
    ranks: frozenset[str]  # normalised ranks and honorifics between an office and a name
    connectors: frozenset[str]  # باسم, في, فرع: words between an office noun and its body
    ministers: frozenset[str]  # وزير, وزيره
    # the first words of the offices and ministers (normalised): a name with none of them near it
    # is passed over without reading its words
    firsts: frozenset[str] = frozenset()

    @classmethod
    def from_resources(cls, resources: Resources, gazetteer: Gazetteer, home: HomeCountry) -> "Officials":
        offices = frozenset(resources.word_class(AREA, "office_nouns"))
        ministers = frozenset(resources.word_class(AREA, "minister_nouns"))
        # each first word as written alone or after one or two fused letters (ورئيس, لوزير, وللمتحدث)
        words = {o.split()[0] for o in offices | ministers}
        firsts = frozenset(a + b + w for w in words for a in ("", *_FUSED) for b in ("", *_FUSED) if b == "" or a)
        return cls(gazetteer, home, offices, frozenset(resources.word_class(AREA, "name_ranks")),
                   frozenset(resources.word_class(AREA, "office_connectors")), ministers, firsts)

    def apply(self, doc: Document, entities: Sequence[Entity]) -> None:
        people = [e for e in entities if e.label == "PER" and not e.attrs.get("code")]
        if not people:
            return
        text = doc.text
        bodies = {}  # end offset of a coded body's mention -> (start, code)
        for e in entities:
            code = e.attrs.get("code") or ""
            if e.label == "ORG" and len(code) > 3 and code[:3] in self.gazetteer.countries:
                for m in e.mentions:
                    bodies[m.end] = (m.start, code)
        starts = {m.start: (m.end, bodies[m.end][1]) for e in entities for m in e.mentions if m.end in bodies}
        names = sorted(m.start for e in entities if e.label == "PER" for m in e.mentions if m.get("kind") == "name")
        # where the first words of offices are written, once per article (most names have none near)
        cues = self._cues(doc)
        if not cues:
            return
        for e in people:
            for m in sorted(e.mentions, key=lambda m: m.start):
                if m.get("kind") != "name":
                    continue
                code = self._office_before(doc, text, m.start, bodies, entities, cues) \
                    or self._office_after(doc, text, m.end, starts, names, entities, cues)
                if code:
                    e.attrs["code"] = code
                    e.attrs["country"] = code[:3]
                    break

    def _cues(self, doc: Document) -> list[int]:
        """Start offsets of the tokens that are the first word of an office, maybe after a fused
        conjunction or preposition (ورئيس, والمتحدث, لوزير), from the tokens' normalised keys."""
        firsts = self.firsts
        return [t.start for t, k in zip(doc.tokens, token_keys(doc)) if k in firsts]

    def _office_before(self, doc: Document, text: str, start: int, bodies, entities, cues) -> str:
        """The code of the office named right before the name at ``start``, or ""."""
        i = bisect.bisect_left(cues, start) - 1
        lo = max(0, start - WINDOW)
        if i < 0 or cues[i] < lo:
            return ""  # no office word before the name (most names): nothing to read
        sent = _sentence(doc, start)
        if sent is not None:
            lo = max(lo, sent.start)
        if cues[i] < lo:
            return ""
        # the office starts at its first word: read from the word of the last cue on
        lo = max(lo, text.rfind(" ", lo, cues[i]) + 1)
        words = [(w.start(), w.end(), nkey(w.group())) for w in _WORD.finditer(text, lo, start)]
        # ranks and honorifics between the office and the name (اللواء, الدكتور, د.)
        after = start  # where the name, or the first rank before it, starts
        while words and words[-1][2] in self.ranks and not text[words[-1][1]:after].strip():
            after = words.pop()[0]
        if not words or text[words[-1][1]:after].strip():
            return ""  # a comma or a mark between: no apposition
        end = words[-1][1]
        body = bodies.get(end)
        if body is not None:
            b_start, code = body
            before = [w for w in words if w[0] < b_start]
            if before and self._office_words(before, text, b_start):
                return code
            return ""
        return self._minister(doc, words, start, entities)

    def _office_after(self, doc: Document, text: str, end: int, starts, names, entities, cues) -> str:
        """The code of the office named right after the name ending at ``end`` (وليد الصمعاني
        وزير العدل; محمد آل غرمان عضو المجلس الأعلى للقضاء), with a space or a comma between, when
        no other name follows the title within ``NAME_AFTER`` characters (in استقبل الأمير فلان
        وزير الخارجية جون كيري the title is the next man's)."""
        i = bisect.bisect_left(cues, end)
        if i == len(cues) or cues[i] >= end + CUE_AFTER:
            return ""
        sent = _sentence(doc, end - 1)
        hi = min(end + WINDOW, sent.end if sent is not None else len(text))
        gap = re.match(r"\s*[،,]?\s*", text[end:hi])
        words = [(w.start(), w.end(), nkey(w.group())) for w in _WORD.finditer(text, end + gap.end(), hi)]
        if not words or words[0][0] != end + gap.end():
            return ""
        ws = [w[2] for w in words]
        k = next((k for k in range(OFFICE_MAX_WORDS, 0, -1) if len(ws) >= k and " ".join(ws[:k]) in self.offices), 0)
        code, title_end = "", 0
        if k:
            if k < len(ws) and ws[k] in self.connectors:
                k += 1
            if k < len(ws):
                w0 = words[k][0]
                for at in (w0, w0 + 1):  # لوزارة: the body's mention starts after the fused ل/ب
                    if at in starts and (at == w0 or nkey(text[w0:at]) in _BODY_CLITICS) \
                            and not re.search(r"[^\w\s]", text[words[k - 1][1]:at]):
                        title_end, code = starts[at]
                        break
        elif ws[0] in self.ministers:
            j = 1
            while j < len(ws) and j <= MINISTER_MAX_NOUNS and ws[j].startswith(("ال", "وال")) \
                    and len(ws[j]) > DEFINITE_MIN_CHARS \
                    and not text[words[j - 1][1]:words[j][0]].strip():
                j += 1
            if j > 1:
                code = self._minister(doc, words[:j], end, entities)
                title_end = words[j - 1][1]
        if not code:
            return ""
        i = bisect.bisect_left(names, title_end)
        if i < len(names) and names[i] - title_end <= NAME_AFTER:
            return ""  # the title is the next man's
        return code

    def _office_words(self, before, text: str, b_start: int) -> bool:
        """Whether the words before a body's mention end in an office noun, with a connector
        (باسم) or a fused ل/ب between (المتحدث الأمني لوزارة)."""
        ws = [w[2] for w in before]
        if before[-1][1] > b_start:  # لوزارة: the word holds the body's first letters
            if nkey(text[before[-1][0]:b_start]) not in _BODY_CLITICS:
                return False
            ws = ws[:-1]
        if ws and ws[-1] in self.connectors:
            ws = ws[:-1]
        return any(" ".join(ws[-k:]) in self.offices for k in range(OFFICE_MAX_WORDS, 0, -1) if len(ws) >= k)

    def _minister(self, doc: Document, words, start: int, entities) -> str:
        """GOV of the country of «وزير + definite nouns [+ nationality]» right before a name."""
        k = len(words)
        while k > 0 and words[k - 1][2].startswith(("ال", "وال")) and len(words[k - 1][2]) > DEFINITE_MIN_CHARS:
            k -= 1
        if k == len(words) or k == 0 or words[k - 1][2] not in self.ministers or len(words) - k > MINISTER_MAX_NOUNS:
            return ""
        title = [w[2] for w in words[k - 1:]]
        agent = self.gazetteer.agents.get(lemma_key(" ".join(title))) or "GOV"
        iso = self.gazetteer.demonyms.get(title[-1][2:]) if len(title) > 2 else None
        if iso:
            return self.home.cameo(iso) + agent
        sent = _sentence(doc, start)
        a, b = (sent.start, sent.end) if sent is not None else (words[0][0], start)
        home = self.home.domestic_context(doc, entities, a, b)
        return self.home.cameo(home) + agent if home else ""


def _sentence(doc: Document, pos: int):
    i = doc.sentence_index(pos)
    return doc.sentences[i] if i >= 0 else None


# One-letter proclitics fused to an office word (و ف ب ل; rasd.text.tokens)
_FUSED = frozenset(PROCLITIC_CONJ + PROCLITIC_PREP)


__all__ = ["Officials"]
