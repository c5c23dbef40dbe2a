"""The country of a national body the article does not say: the outlet's own country.

A Saudi paper writing مجلس الشورى or وزارة الداخلية means the Saudi one unless the article
names another country with it, as an English paper's "the Home Office" is the British one. Rasd
reads the outlet's country from the document's metadata (``country``, an ISO3 code, else the
``source`` slug or the domain of ``url`` in ``gazetteers/outlets.tsv``) and gives it to a named
organisation whose actor code is a bare national sector (GOV, COP, LEG, ...: the class
``national_sectors``), an institution read from its shape with such a sector, or an unnamed
body with such a code (الأجهزة الأمنية, رجال الأمن: CAMEO codes an unnamed domestic actor with
the country of its context), when

- the sentence of its first mention names no other country (a country, a place or a body of
  another country, or a nationality adjective of one: وزير الخارجية اليمني ... وزارة الداخلية), and
- the article is not about another country: no foreign country is named more often than the
  home country (its places included).

An article about one foreign country (named at least ``MAIN_MIN`` times and ``MAIN_RATIO`` times
as often as any other, the outlet's included) gives that country instead, under the same sentence
test, to the same unnamed bodies and people (الشرطة in a Jerusalem item -> ISRCOP), never to a
description of a multinational force (``bloc_words``: طيران التحالف). For an unnamed body there
the sentence is read up to the end of its clause, a news medium told the news (لـ«الشرق الأوسط»)
does not count as another country, and a continent or an embassy word (``mission_words``) does.

Without a known outlet nothing changes: Rasd never guesses a country from the words alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence
from urllib.parse import urlparse

from ..document import Document, Entity
from ..resources import Resources
from ..text.lemma import lemma_word
from ..text.normalize import normalize
from .gazetteer import AREA, Gazetteer, nkey

FILE = "outlets.tsv"
# a channel's name after these words is the channel (قناة الجزيرة), never a paper of the same name
_CHANNEL = re.compile(r"(?:قناة|فضائية|قناه|فضائيه)\s*[«\"“]?\s*$")
NOMINAL_FILE = "nominal_actors.tsv"  # its region adjectives (rasd.entities.nominal reads the rest)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class HomeCountry:
    outlets: Mapping[str, str]  # slug or domain (lower case, no www.) -> ISO3
    sectors: frozenset[str]  # bare codes that name a national body (GOV, COP, GOVEDU ...)
    gazetteer: Gazetteer
    # adjectives of a region or bloc (عربي, خليجي, أوروبي: nominal_actors.tsv, class region): a
    # sentence that holds one speaks of several states, none of them the outlet's alone
    regions: frozenset[str] = frozenset()

    # outlet -> the normalised names its own articles give it (outlets.tsv, third column)
    names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # codes of unnamed ordinary people that take the outlet's country too (CVL: domestic_people)
    people: frozenset[str] = frozenset()
    # words of a multinational force (التحالف): a description holding one is no body of the
    # country an article is about (طائرات التحالف in a report of Aden are not Yemen's)
    blocs: frozenset[str] = frozenset()
    # continent names (wordclasses.tsv continents: أوروبا, آسيا): a clause naming one speaks of
    # people from elsewhere than the country an article is about (مواطنًا من شرق أوروبا)
    continents: frozenset[str] = frozenset()
    # a diplomatic mission or its head (wordclasses.tsv mission_words, as lemma keys): in an
    # article about one foreign country it is another state's presence there
    missions: frozenset[str] = frozenset()

    @classmethod
    def from_resources(cls, resources: Resources, gazetteer: Gazetteer) -> "HomeCountry":
        outlets, names = {}, {}
        for row in resources.table(AREA, FILE, 2):
            outlets[row[0].strip().lower()] = row[1].strip()
            if len(row) > 2 and row[2].strip():
                names[row[0].strip().lower()] = frozenset(nkey(n) for n in row[2].split("|") if n.strip())
        sectors = frozenset(w.upper() for w in resources.word_class(AREA, "national_sectors"))
        regions = frozenset(lemma_word(normalize(f)) for cls_, forms, *_ in resources.table(AREA, NOMINAL_FILE, 2)
                            if cls_ == "region" for f in forms.split("|") if f)
        people = frozenset(w.upper() for w in resources.word_class(AREA, "domestic_people"))
        blocs = frozenset(resources.word_class(AREA, "bloc_words"))
        continents = frozenset(nkey(w) for w in resources.word_class(AREA, "continents"))
        missions = frozenset(lemma_word(normalize(w)) for w in resources.word_class(AREA, "mission_words"))
        return cls(outlets, sectors, gazetteer, regions, names, people, blocs, continents, missions)

    def outlet_of(self, doc: Document) -> str:
        """The outlet of ``doc`` as outlets.tsv lists it (its ``source`` slug or its address's
        domain), or ""."""
        meta = doc.meta or {}
        source = str(meta.get("source") or "").strip().lower()
        if source in self.outlets:
            return source
        host = urlparse(str(meta.get("url") or "")).netloc.lower().removeprefix("www.")
        return host if host in self.outlets else ""

    def of_document(self, doc: Document) -> str:
        """The outlet's country (ISO3) or ""."""
        meta = doc.meta or {}
        if meta.get("country"):
            return str(meta["country"]).upper()
        return self.outlets.get(self.outlet_of(doc), "")

    def bare_sector(self, code: str | None) -> bool:
        return bool(code) and code in self.sectors

    def apply(self, doc: Document, entities: Sequence[Entity]) -> None:
        """Give the home country to the bare national bodies of ``entities`` (module doc), and
        take the institutions' sector hints (``sector``, set by resolution) off every entity."""
        hints = {id(e): e.attrs.pop("sector") for e in entities if "sector" in e.attrs}
        home = self.of_document(doc)
        if not home:
            return
        self._media(doc, entities, home)
        # named bodies (مجلس الشورى) and unnamed ones, nominal mentions only (الأجهزة الأمنية,
        # رجال الأمن): CAMEO gives an unnamed domestic actor the country of its context
        todo = [e for e in entities if e.label == "ORG" and not e.attrs.get("country") and e.mentions
                and (self.bare_sector(e.attrs.get("code") or hints.get(id(e))) or self._unnamed_people(e))]
        if not todo:
            return
        # an article about one foreign country (a Yemen war report, a Reuters item on China): its
        # unnamed bodies and people are that country's, as CAMEO codes an unnamed actor with the
        # country of its context (بينهم 5 مدنيين -> YEMCVL in a report of Aden), under the same
        # sentence test; an article of several countries gives none
        context = self._main_country(entities) if self._about_another_country(entities, home) else home
        if not context:
            return
        sentences = doc.sentences or []
        cameo = self.cameo(context)
        for e in todo:
            if context != home and any(w in self.blocs for m in e.mentions for w in nkey(m.text).split()):
                continue
            named = [m for m in e.mentions if m.get("kind") == "name"]
            first = min(named or e.mentions, key=lambda m: m.start)
            sent = next((s for s in sentences if s.start <= first.start < s.end), None)
            a, b = (sent.start, sent.end) if sent is not None else (first.start, first.end)
            # an unnamed body or group (قوات حكومية, مسؤول) in an article about one foreign country:
            # a wire report's long sentences list other states' nationals in later clauses (رعايا
            # من جنوب أفريقيا وفرنسا وأوكرانيا), so the sentence up to the end of the first
            # mention's clause decides. A named institution (وزارة العمل in a report on Nepalese
            # workers, 2015-08-02 alwatan) is more often the outlet's own: the whole sentence.
            foreign = context != home and not named
            if foreign:
                b = _clause(doc.text, first.start, first.end, a, b)[1]
            if not self._names_another_country(doc.text, a, b, entities, context, foreign):
                e.attrs["code"] = cameo + (e.attrs.get("code") or hints[id(e)])
                e.attrs["country"] = context

    def _unnamed_people(self, e: Entity) -> bool:
        """An unnamed group of ordinary people (المواطنون, أربعة مواطنين: CVL, class
        ``domestic_people``): of the outlet's country like its bodies (SAUCVL), never a named one."""
        return e.attrs.get("code") in self.people and not any(m.get("kind") == "name" for m in e.mentions)

    def _media(self, doc: Document, entities: Sequence[Entity], home: str) -> None:
        """The outlet's own name is the outlet (لـ«الجزيرة» in an Al-Jazirah article is the Saudi
        paper, not the Qatari channel, unless the word before says channel); a news medium the
        lists code without a country (MED: الوطن, الحياة) that bears the name of an outlet of the
        home country is that outlet, unless its sentence names another country."""
        own = self.names.get(self.outlet_of(doc), frozenset())
        at_home = frozenset().union(*(n for o, n in self.names.items() if self.outlets.get(o) == home))
        media = self.cameo(home) + "MED"
        for e in entities:
            code = e.attrs.get("code") or ""
            if e.label != "ORG" or not code.endswith("MED") or code == media:
                continue
            named = [m for m in e.mentions if m.get("kind") == "name"]
            if own and any(nkey(m.text) in own and not _after_channel(doc.text, m.start) for m in named):
                e.attrs["code"], e.attrs["country"] = media, home
            elif code == "MED" and any(nkey(m.text) in at_home for m in named):
                first = min(named, key=lambda m: m.start)
                sent = next((s for s in doc.sentences or [] if s.start <= first.start < s.end), first)
                if not self._names_another_country(doc.text, sent.start, sent.end, entities, home):
                    e.attrs["code"], e.attrs["country"] = media, home

    def cameo(self, iso: str) -> str:
        """The CAMEO country code of ISO3 ``iso`` (the gazetteer's, else ``iso`` itself)."""
        e = self.gazetteer.entries.get(f"ctry:{iso}")
        return e.code if e is not None and e.code else iso

    def domestic_context(self, doc: Document, entities: Sequence[Entity], a: int, b: int) -> str:
        """The country (ISO3) of an unnamed official whose clause is doc.text[a:b] (وزير الداخلية
        with no nationality): the outlet's home country, unless the article is about another
        country or text[a:b] names one; "" then."""
        home = self.of_document(doc)
        if not home or self._about_another_country(entities, home):
            return ""
        if self._names_another_country(doc.text, a, b, entities, home):
            return ""
        return home

    def _about_another_country(self, entities: Sequence[Entity], home: str) -> bool:
        counts = _country_counts(entities)
        own = counts.get(home, 0)
        return any(n > own for c, n in counts.items() if c != home)

    def _main_country(self, entities: Sequence[Entity]) -> str:
        """The one country an article is about (ISO3), or "": named (itself, its places, bodies
        and people) at least ``MAIN_MIN`` times and ``MAIN_RATIO`` times as often as any other."""
        counts = sorted(_country_counts(entities).items(), key=lambda x: -x[1])
        if not counts or counts[0][1] < MAIN_MIN:
            return ""
        if len(counts) > 1 and counts[0][1] < MAIN_RATIO * counts[1][1]:
            return ""
        return counts[0][0]

    def _names_another_country(self, text: str, a: int, b: int, entities: Sequence[Entity], home: str,
                               foreign: bool = False) -> bool:
        """Whether text[a:b] names a country other than ``home`` (its places, bodies, people or
        nationality adjective) or a region of several. ``foreign``: ``home`` is the country a
        report is about, not the outlet's: then a news medium told the news (قال مسؤول
        لـ«الشرق الأوسط») is only the channel, a continent names people from elsewhere and an
        embassy (``missions``) another state's presence."""
        for e in entities:
            c = e.attrs.get("country")
            if c and c != home and any(a <= m.start < b for m in e.mentions):
                if foreign and (e.attrs.get("code") or "").endswith("MED"):
                    continue
                return True
        dem = self.gazetteer.demonyms
        for w in _WORD.findall(text[a:b]):
            key = lemma_word(normalize(w))
            iso = dem.get(key)
            if iso and iso != home or key in self.regions:
                return True
            if foreign and (nkey(w) in self.continents or key in self.missions):
                return True
        return False


# An article is about one foreign country when that country is named at least 5 times (a short
# item that names a country once or twice says little of whose its unnamed actors are) and at
# least 3 times as often as any other (a report of talks between two states is about both): on
# SaudiNewsNet wire stories of one war or one state's news (Yemen, China) the main country leads
# by far more; between two parties it stays near 1 to 2
MAIN_MIN = 5
# the CAMEO sector of a country's political opposition (its entities do not tell what the article
# is about: _country_counts)
OPPOSITION = "OPP"
MAIN_RATIO = 3


def _country_counts(entities: Sequence[Entity]) -> dict[str, int]:
    """Mentions per country (ISO3) of its places, bodies and people. A country's opposition
    (code sector OPP: the Syrian coalition and its interim government, SYROPP) is not counted: a
    report of the opposition's meeting in Istanbul is no report of the state whose unnamed
    bodies would then be that state's («الهيئة العامة للائتلاف», the coalition's general assembly,
    2015-08-01 aawsat, is no SYRGOV; round 23)."""
    counts: dict[str, int] = {}
    for e in entities:
        c = e.attrs.get("country")
        if c and e.label in ("LOC", "ORG", "PER") and not (e.attrs.get("code") or "").endswith(OPPOSITION):
            counts[c] = counts.get(c, 0) + len(e.mentions)
    return counts


# the marks that end a clause in news prose: Arabic and Latin comma, semicolons, colon, full stop
_CLAUSE_END = re.compile(r"[،,؛;:.!?\n]")


def _clause(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The clause of text[start:end] inside the sentence text[a:b]: from the last clause mark
    before it to the first after it."""
    lo = a
    for m in _CLAUSE_END.finditer(text, a, start):
        lo = m.end()
    m = _CLAUSE_END.search(text, end, b)
    return lo, m.start() if m else b


def _after_channel(text: str, start: int) -> bool:
    return bool(_CHANNEL.search(text[max(0, start - 12):start]))
