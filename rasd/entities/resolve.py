"""Within-article resolution: mentions -> entities with a canonical name and an actor code.

The stage (``EntitiesStage``, registered as "entities") reads ``gazetteer_mentions`` and, when
the NER stage ran, ``ner_mentions``; mentions inside boilerplate are dropped. It owns its data
(``ResolutionData``: the gazetteer with its titles, curated actors, office holders and Petrarch
roles, the NER filter words, the common given names, news word counts). Rules, in order:

1. Name mentions. Gazetteer names win over any NER mention they overlap (the lists carry the
   gold's mention conventions: البشمركة, not قوات البشمركة الكردية); NER mentions fill the rest.
2. Surnames. Once the article names a person in full (نوري المالكي, تريزا ماي), the last word of
   the name alone (المالكي, ماي) anywhere in the article is that person, unless it is a common
   given name (given_names.tsv) or sits inside another mention.
3. Grouping. Mentions of one gazetteer entry form one entity; a capital that stands for its
   country (موسكو, كييف, KYIV) joins the country's entity (places.tsv, metonym column); other
   mentions join an entity with the same normalised text, a PER surname joins the full name it
   ends, and the rest start entities of their own.
4. Titles (kind "nominal"). A title right before a person's name (الرئيس الروسي فلاديمير بوتين),
   or in apposition right after it (مسعود بارزاني، رئيس إقليم كردستان), ties its office
   (RUS.head) to that person for the whole article, so later الرئيس الروسي,
   الزعيم الروسي and رئيس الكرملين are Putin. An untied title resolves through the office
   holders of curated.tsv at the publication date; failing that it stays an entity of its own
   named by the title.
5. Actor codes (actors.py) for each entity, honouring dated roles.

Entities are numbered e1, e2, ... in order of first mention; each mention Span carries attrs
``kind`` ("name"/"nominal").
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Optional

import ahocorasick

from ..components import Stage
from ..document import Document, Entity
from ..resources import Resources
from ..text.lemma import lemma_word
from ..text.tokens import word_counts
from . import actors
from .english import load_english_names
from .gazetteer import AREA, PROCLITICS, Gazetteer, is_word_char, load_gazetteer, nkey

LABELS = ("PER", "ORG", "LOC", "MISC")
# A title is tied to the name that follows it when at most this much non-word text separates
# them (a space, a comma, an opening bracket).
TITLE_GAP = 3
# Shorter surnames are mostly particles or initials.
MIN_SURNAME = 3
# An NER mention below even odds, alone on one word, is more often noise than a name.
NER_MIN_SINGLE = 0.5
# Other occurrences of an NER mention's words join it only when the model was sure of it once,
NER_PROPAGATE = 0.5
# and, for one word, only when it is not a frequent news word (هو, مصر: those the lists know or
# the model should judge at each occurrence); SaudiNewsNet counts.
PROPAGATE_MAX_COUNT = 500
# An NER span overrides a listed name inside it only when the model is this sure of it ...
NER_OVERRIDE = 0.7
# ... and every word it adds is rarer than this in news (a name, not vocabulary such as جانب).
NAME_WORD_MAX = 300
# A one-word remainder after a stripped title that is this frequent in news (SaudiNewsNet word
# counts) is vocabulary (قيادي بارز -> بارز, 164), not a name.
COMMON_WORD = 100
# One-word MISC names in news are mostly nisba forms with the article (الإيزيدية); a bare word
# this frequent (حرب 754, إنذار 57) is vocabulary the model mistook for a name.
COMMON_MISC = 50


@dataclass(frozen=True)
class ResolutionData:
    """What resolution reads: the gazetteer (entries, titles, office holders, Petrarch roles,
    agents, demonyms), the words of ner_filters.tsv by role, the common given names
    (given_names.tsv) and news word counts (rasd.text.tokens)."""

    gazetteer: Gazetteer
    filters: Mapping[str, frozenset[str]]
    given_names: frozenset[str]
    counts: Mapping[str, int]

    def words(self, role: str) -> frozenset[str]:
        """The normalised words of one role of ner_filters.tsv (none when the file has none)."""
        return self.filters.get(role, frozenset())


def load_resolution_data(resources: Resources) -> ResolutionData:
    """The data of entity resolution from ``resources`` (a ModelError names a missing or
    malformed file)."""
    filters: dict[str, set[str]] = {}
    for w, role in (r[:2] for r in resources.table(AREA, "ner_filters.tsv", 2)):
        filters.setdefault(role.strip(), set()).add(nkey(w))
    return ResolutionData(
        gazetteer=load_gazetteer(resources),
        filters={k: frozenset(v) for k, v in filters.items()},
        given_names=frozenset(nkey(r[0]) for r in resources.table(AREA, "given_names.tsv")),
        counts=word_counts())


@dataclass
class _M:
    start: int
    end: int
    label: str
    kind: str
    key: str = ""  # gazetteer entry
    office: str = ""
    source: str = "gazetteer"
    group: str = ""
    score: float = 1.0
    evidence: bool = False


@dataclass
class _G:
    gid: str
    label: str = ""
    name: str = ""
    keys: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    evidence: bool = False  # the label is attested by context (قرية زركال)


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


class _Occupied:
    """Characters already taken by name mentions, for overlap tests and additions that cost the
    mention's length whatever the number of mentions (sorted lists with inserts were quadratic on
    a multi-megabyte text, and a 10,000-word sentence of names must not cost a quadratic scan)."""

    def __init__(self, items=()):
        self.taken = bytearray()
        for m in items:
            self.add(m)

    def hits(self, m) -> bool:
        return self.taken.find(1, m.start, m.end) >= 0

    def add(self, m) -> None:
        if m.end > len(self.taken):
            self.taken.extend(bytes(m.end - len(self.taken)))
        self.taken[m.start:m.end] = b"\x01" * (m.end - m.start)


_NONSPACE = re.compile(r"\S+")


def _clean_ner(s, text: str, data: ResolutionData):
    """An NER span as a mention, or None: currency words dropped, a PER mention's leading
    description words (قيادي، مسؤول، الرئيس) stripped, doubtful one-word mentions dropped."""
    if s.label not in LABELS or s.end <= s.start:
        return None
    f = data.filters
    score = float(s.get("score", 1.0) or 0.0)
    start, end = s.start, s.end
    words = [(m.start(), m.end()) for m in _NONSPACE.finditer(text, start, end)]
    if not words:
        return None
    if all(nkey(text[a:b]) in f.get("currency", ()) for a, b in words):
        return None  # دولار alone; ريال مدريد is a club
    stripped = False
    if s.label == "PER":
        while words and nkey(text[words[0][0]:words[0][1]]) in f.get("person-head", ()):
            words.pop(0)
            stripped = True
        if not words:
            return None
        if stripped and len(words) == 1:
            if data.counts.get(nkey(text[words[0][0]:words[0][1]]), 0) >= COMMON_WORD:
                return None
        start = words[0][0]
    if len(words) == 1 and score < NER_MIN_SINGLE:
        return None
    label, evidence = s.label, False
    before = _WORD_BEFORE.search(text[max(0, start - 30):start])
    if before and nkey(before.group(1)) in f.get("loc-before", ()) and label != "LOC":
        label, evidence = "LOC", True  # قرية زركال, مدينة الملك عبدالله: a place
    if len(words) == 1 and label == "MISC":
        w = nkey(text[words[0][0]:words[0][1]])
        if not w.startswith("ال") and data.counts.get(w, 0) >= COMMON_MISC:
            return None
    return _M(start, end, label, "name", source="ner", score=score, evidence=evidence)


_QUOTED = re.compile(r"[«\"“]([^»\"”\n]{2,40})[»\"”]")
_WORD_BEFORE = re.compile(r"(\w+)\s*$")


def _quoted_misc(text: str, boiler, data: ResolutionData):
    """Names in quotes after a word that announces one (عملية «السهم الذهبي»), as MISC mentions."""
    heads = data.words("quoted-misc")
    for q in _QUOTED.finditer(text):
        # the word before the opening quote, looked for in a bounded window (a 20,000-letter
        # "word" must not make this quadratic)
        w = _WORD_BEFORE.search(text[max(0, q.start() - 30):q.start()])
        if w is None or nkey(w.group(1)) not in heads or len(q.group(1).split()) > 4:
            continue
        inner = q.group(1)
        s = q.start(1) + (len(inner) - len(inner.lstrip()))
        e = q.end(1) - (len(inner) - len(inner.rstrip()))
        m = _M(s, e, "MISC", "name", source="pattern")
        if e > s and not _in_boiler(m, boiler):
            yield m


def _prefer_longer_ner(names: list, ner: list, text: str, data: ResolutionData) -> list:
    """Drop a gazetteer name that lies inside a longer, confident NER name whose other words are
    all name-like (rare in news, not descriptions): مدريد in أتلتيكو مدريد. The gazetteer keeps
    its mention when the NER span adds descriptions or ordinary words (قوات البشمركة الكردية,
    جانب الولايات المتحدة, مجلس الأمن التابع: the gold keeps the listed name alone), holds two
    listed names (بريطانيا وفرنسا), or merely crosses it."""
    if not ner or not names:
        return names
    gaz = data.gazetteer
    desc = data.words("descriptor") | data.words("person-head")
    starts = [m.start for m in names]
    drop: set[int] = set()
    for n in ner:
        i = bisect.bisect_left(starts, n.start)
        inside = []
        while i < len(names) and names[i].start < n.end:
            if names[i].end <= n.end:
                inside.append(i)
            i += 1
        if len(inside) != 1 or n.end - n.start <= names[inside[0]].end - names[inside[0]].start:
            continue
        g = names[inside[0]]
        if gaz.entries[g.key].kind != "name":
            continue
        extra = nkey(text[n.start:g.start] + " " + text[g.end:n.end]).split()
        counts = data.counts
        if n.score >= NER_OVERRIDE and extra and all(
                w not in desc and lemma_word(w) not in gaz.demonyms and counts.get(w, 0) < NAME_WORD_MAX
                for w in extra):
            drop.add(inside[0])
    return [m for i, m in enumerate(names) if i not in drop]


def _display(surface: str) -> str:
    """An entity name from a mention: the article restored after a fused ل (للسلطات -> السلطات)."""
    return "ال" + surface[2:] if surface.startswith("لل") and len(surface) > 4 else surface


def _in_boiler(m, boiler) -> bool:
    """Whether ``m`` overlaps boilerplate; ``boiler`` is the Document (a binary search over its
    boilerplate spans: a scan of every span per mention was quadratic on long texts)."""
    return boiler.overlaps_boilerplate(m.start, m.end)


class _Groups(dict):
    """Entity groups of one article by id (``ctry:RUS``, ``cur:putin``, ``ner:PER:...``)."""

    def group_for(self, gid: str, label: str, name: str) -> _G:
        """The group ``gid``, made with that label and name when it is new."""
        g = self.get(gid)
        if g is None:
            g = self[gid] = _G(gid, label, name)
        return g


def resolve(doc: Document, data: ResolutionData, published: str | None = None) -> list[Entity]:
    """The entities of a document with its gazetteer (and NER) mentions; ``published``: the
    publication date when the document's meta has none."""
    text = doc.text
    date = doc.meta.get("published") or published
    boiler = doc  # answers _in_boiler's overlap look-ups
    names, nominals = _listed_mentions(doc, boiler)
    names = _add_found_names(doc, names, boiler, data)  # 1.
    groups = _Groups()
    text_index = _group_listed_names(names, groups, text, data.gazetteer)  # 3a.
    _group_found_names(names, groups, text_index, text)  # 3b.
    _settle_labels(groups)
    # surname-only entities that a later full name completes: merge into the full name
    _merge_surnames(groups, text)
    # 2. surnames of people named in full, and other occurrences of what NER found
    _add_surnames(doc, names, nominals, groups, boiler, data)
    # 4. titles; agent descriptions (القوات التركية) are entities of their own
    titles = _group_agents(nominals, names, groups, text, data.gazetteer)
    _resolve_titles(doc, names, titles, groups, data, date)
    return _entities(doc, groups, date, data.gazetteer)  # 5.


def _listed_mentions(doc: Document, boiler) -> tuple[list[_M], list[_M]]:
    """The gazetteer's (names, nominals) outside boilerplate."""
    names: list[_M] = []
    nominals: list[_M] = []
    for s in doc.layer("gazetteer_mentions"):
        m = _M(s.start, s.end, s.label, s.get("kind", "name"), s.get("key", ""), s.get("office", ""))
        if _in_boiler(m, boiler):
            continue
        (nominals if m.kind == "nominal" else names).append(m)
    return names, nominals


def _add_found_names(doc: Document, names: list[_M], boiler, data: ResolutionData) -> list[_M]:
    """The listed names with the NER mentions that fill the gaps the gazetteer leaves, and named
    operations (عملية «السهم الذهبي»), in text order."""
    text = doc.text
    ner = [m for m in (_clean_ner(s, text, data) for s in doc.layer("ner_mentions")) if m is not None]
    names = _prefer_longer_ner(names, ner, text, data)
    occupied = _Occupied(names)
    for m in ner:
        if _in_boiler(m, boiler) or occupied.hits(m):
            continue
        names.append(m)
        occupied.add(m)
    for m in _quoted_misc(text, boiler, data):
        if not occupied.hits(m):
            names.append(m)
            occupied.add(m)
    names.sort(key=lambda m: (m.start, m.end))
    return names


def _group_listed_names(names: list[_M], groups: _Groups, text: str, gaz: Gazetteer) -> dict[str, str]:
    """Group the gazetteer's names by entry group (a capital that stands for its country joins
    the country's group); returns normalised mention text and variant -> group."""
    text_index: dict[str, str] = {}  # normalised mention text -> group
    for m in names:
        if m.source != "gazetteer":
            continue
        e = gaz.entries[m.key]
        gid = e.group or e.key
        if gid.startswith("ctry:"):
            # the country's own entry names the group, whichever mention came first
            ce = gaz.entries.get(gid)
            g = groups.group_for(gid, "LOC", ce.canonical if ce else e.canonical)
            if ce is not None and ce.key not in g.keys:
                g.keys.insert(0, ce.key)
        else:
            g = groups.group_for(gid, e.label, e.canonical)
        if m.key not in g.keys:
            g.keys.append(m.key)
        m.group = gid
        g.mentions.append(m)
        for v in (text[m.start:m.end], *e.variants):
            text_index.setdefault(nkey(v), gid)
    return text_index


def _group_found_names(names: list[_M], groups: _Groups, text_index: dict[str, str], text: str) -> None:
    """Group the NER and pattern names: with a listed entity of the same text and label, a PER
    surname with the full name it ends, else by their own normalised text."""
    by_last: dict[str, str] = {}  # last word of a multi-word PER mention -> its group
    for m in names:
        if m.group and groups[m.group].label == "PER":
            ws = nkey(text[m.start:m.end]).split()
            if len(ws) >= 2:
                by_last.setdefault(ws[-1], m.group)
    for m in names:
        if m.source not in ("ner", "pattern"):
            continue
        k = nkey(text[m.start:m.end])
        gid = text_index.get(k)
        if gid is None and m.label == "PER" and " " not in k:
            gid = by_last.get(k)
        if gid is not None and groups[gid].label != m.label:
            if gid.startswith("ner:"):
                # one sense per article: the model's label wavers (زركال ORG, then LOC); a label
                # the context attests (قرية زركال) wins, else the first one stays
                g0 = groups[gid]
                if m.evidence and not g0.evidence:
                    g0.label, g0.evidence = m.label, True
            else:
                gid = None  # a listed name, another kind of thing (a city named after a person)
        if gid is None:
            gid = f"ner:{m.label}:{k}"
            text_index[k] = gid
        g = groups.group_for(gid, m.label, _display(text[m.start:m.end]))
        g.evidence = g.evidence or (m.evidence and g.label == m.label)
        m.group = gid
        g.mentions.append(m)
        if m.label == "PER" and " " in k:
            by_last.setdefault(k.split()[-1], gid)


def _settle_labels(groups: _Groups) -> None:
    """An NER entity whose label the context does not attest takes its mentions' majority label."""
    for g in groups.values():
        if g.gid.startswith("ner:") and not g.evidence and len(g.mentions) > 1:
            votes = Counter(m.label for m in g.mentions)
            best = max(votes.values())
            if votes[g.label] < best:
                g.label = next(m.label for m in g.mentions if votes[m.label] == best)


def _group_agents(nominals: list[_M], names: list[_M], groups: _Groups, text: str, gaz: Gazetteer) -> list[_M]:
    """Agent descriptions (القوات التركية) become entities of their own, unless a listed name
    covers them; returns the titles (nominals with an office), left to ``_resolve_titles``."""
    name_spans = {(m.start, m.end) for m in names}
    for m in nominals:
        if m.office:
            continue
        if (m.start, m.end) in name_spans:
            continue  # the list names it (وزارة الخارجية الأمريكية): the name entity has it
        e = gaz.entries[m.key]
        g = groups.group_for(e.group or e.key, e.label, _display(text[m.start:m.end]))
        if m.key not in g.keys:
            g.keys.append(m.key)
        m.group = g.gid
        g.mentions.append(m)
    return [m for m in nominals if m.office]


def _entities(doc: Document, groups: _Groups, date: str | None, gaz: Gazetteer) -> list[Entity]:
    """Entities e1, e2, ... in order of first mention, with their actor codes."""
    text = doc.text
    ordered = sorted((g for g in groups.values() if g.mentions), key=lambda g: min(m.start for m in g.mentions))
    ents = []
    for i, g in enumerate(ordered, 1):
        g.mentions.sort(key=lambda m: (m.start, m.end))
        spans = [doc.span(m.start, m.end, "", kind=m.kind) for m in g.mentions]
        name_texts = [text[m.start:m.end] for m in g.mentions if m.kind == "name"]
        label = g.label if g.label in LABELS else "MISC"
        attrs = actors.code_entity(g.keys, [g.name] + name_texts, label, date, gaz)
        ents.append(Entity(f"e{i}", label, g.name, spans, attrs))
    return ents


def _occurrences(norm_text: str, words: set[str]):
    """(word, start, end) of each word as a whole word of the normalised text, proclitics allowed
    before it; one Aho-Corasick pass whatever the number of words."""
    if not words:
        return
    A = ahocorasick.Automaton()
    for w in words:
        A.add_word(w, w)
    A.make_automaton()
    n = len(norm_text)
    for end_idx, w in A.iter(norm_text):
        e = end_idx + 1
        if e < n and is_word_char(norm_text[e]):
            continue
        s = e - len(w)
        ts = s
        while ts > 0 and is_word_char(norm_text[ts - 1]) and s - ts <= 2:
            ts -= 1
        if (ts == 0 or not is_word_char(norm_text[ts - 1])) and norm_text[ts:s] in PROCLITICS:
            yield w, s, e


def _add_surnames(doc, names, nominals, groups, boiler, data: ResolutionData) -> None:
    """Mentions of the surnames of people named in full, and other occurrences of confident NER
    names, anywhere in the article (outside other mentions and boilerplate)."""
    nt = doc.view("normalized")
    if nt is None:
        return
    text = doc.text
    gaz = data.gazetteer
    stop = data.given_names
    added: list[_M] = []
    occupied = _Occupied(names)
    wanted: dict[str, list] = {}  # word(s) -> groups that claim them
    for g in list(groups.values()):
        surnames = set()
        for m in g.mentions:
            words = nkey(text[m.start:m.end]).split()
            if not words:
                continue  # a mention of invisible characters only (e.g. a stray U+200F)
            if g.label == "PER" and len(words) >= 2 and len(words[-1]) >= MIN_SURNAME \
                    and words[-1] not in stop and not words[-1].isascii() \
                    and lemma_word(words[-1]) not in gaz.demonyms:  # منصور التركي: not every التركي
                surnames.add(words[-1])
            if m.source == "ner" and m.label != "MISC" and m.score >= NER_PROPAGATE \
                    and not words[-1].isascii() and (
                    len(words) > 1 or data.counts.get(words[0], 0) < PROPAGATE_MAX_COUNT):
                surnames.add(" ".join(words))
        for sn in surnames:
            wanted.setdefault(sn, []).append(g)
    for sn, ns, ne in sorted(_occurrences(nt.text, set(wanted)), key=lambda x: (x[1], -x[2])):
        g = wanted[sn][0]  # the first entity to claim a word keeps it
        s, e = nt.span_to_original(ns, ne)
        m = _M(s, e, g.label, "name", source="surname", group=g.gid)
        if occupied.hits(m) or _in_boiler(m, boiler):
            continue
        occupied.add(m)
        added.append(m)
        g.mentions.append(m)
    names.extend(added)
    names.sort(key=lambda m: (m.start, m.end))


def _merge_surnames(groups: dict, text: str) -> None:
    """A one-word PER entity (ابي) whose word ends a full-name PER entity (شينزو ابي) joins it."""
    full_by_last: dict[str, str] = {}
    for gid, g in groups.items():
        if g.label != "PER":
            continue
        for m in g.mentions:
            ws = nkey(text[m.start:m.end]).split()
            if len(ws) >= 2:
                full_by_last.setdefault(ws[-1], gid)
    for gid, g in list(groups.items()):
        if g.label != "PER" or not g.mentions:
            continue
        ws = {tuple(nkey(text[m.start:m.end]).split()) for m in g.mentions}
        if all(len(w) == 1 for w in ws) and len(ws) == 1:
            target = full_by_last.get(next(iter(ws))[0])
            if target and target != gid:
                groups[target].mentions.extend(g.mentions)
                for m in g.mentions:
                    m.group = target
                g.mentions = []


def _resolve_titles(doc, names, nominals, groups, data: ResolutionData, date) -> None:
    """Tie each title to a person: the name right after it (or before it, in apposition) binds
    its office for the article; other titles go through that binding, else through the office
    holder at the date, else stay an entity named by the title."""
    text = doc.text
    gaz = data.gazetteer
    f = data.filters
    by_start = sorted((m for m in names if m.label == "PER" and m.group), key=lambda m: m.start)
    starts = [m.start for m in by_start]
    bound: dict[str, str] = {}
    kept = []
    for t in nominals:
        before = re.search(r"(\w+)\W*$", text[max(0, t.start - 40):t.start])
        if before and nkey(before.group(1)) in f.get("title-before", ()):
            continue  # نائب رئيس الوزراء: another office, not the title's
        after = re.match(r"\W*(\w+)", text[t.end:t.end + 40])
        former = bool(after and nkey(after.group(1)) in f.get("title-former", ()))
        gap_end = t.end + after.end() if former else t.end
        kept.append((t, former, gap_end))
    # pass 1: titles directly before a person's name bind their office for the article
    for t, former, gap_end in kept:
        i = bisect.bisect_left(starts, gap_end)
        nxt = by_start[i] if i < len(by_start) else None
        if nxt is not None and nxt.start - gap_end <= TITLE_GAP and not re.search(r"\w", text[gap_end:nxt.start]):
            if not former:
                bound.setdefault(t.office, nxt.group)
            t.group = nxt.group
            continue
        # apposition after the name: "مسعود بارزاني، رئيس إقليم كردستان،"
        j = bisect.bisect_left(starts, t.start) - 1
        prev = by_start[j] if j >= 0 else None
        if prev is not None and 0 < t.start - prev.end <= TITLE_GAP and re.fullmatch(r"\s*[،,]\s*", text[prev.end:t.start]):
            if not former:
                bound.setdefault(t.office, prev.group)
            t.group = prev.group
    # pass 2: every other title through the binding, else the office holder at the date
    iso = actors.iso_day(date)
    for t, former, _ in kept:
        if not t.group and not former:
            gid = bound.get(t.office)
            if gid is None and iso:
                holders = [k for k, lo, hi in gaz.office_holders.get(t.office, ())
                           if (not lo or lo <= iso) and (not hi or iso < hi)]
                if len(holders) == 1:
                    e = gaz.entries[holders[0]]
                    gid = e.group or e.key
                    if gid not in groups:
                        groups[gid] = _G(gid, e.label, e.canonical, [e.key])
            t.group = gid or ""
        if not t.group:
            gid = f"title:{t.office}" + (":former" if former else "")
            if gid not in groups:
                groups[gid] = _G(gid, "PER", _display(text[t.start:t.end]), [t.key])
            t.group = gid
        groups[t.group].mentions.append(t)


@dataclass(frozen=True)
class EntitiesConfig:
    # Publication date (YYYY-MM-DD) for dated actor roles when the document has none; shared with
    # the pipeline's own "published" setting.
    published: Optional[str] = None


class EntitiesStage(Stage):
    """Adds ``entities`` with its own resolution data (``load_resolution_data``)."""

    Config = EntitiesConfig

    def __init__(self, config: EntitiesConfig, resources: Resources):
        super().__init__(config, resources)
        self.data = load_resolution_data(resources)
        self.english = load_english_names(resources)  # name_en, name_en_source (english.py)

    def __call__(self, doc: Document) -> None:
        entities = resolve(doc, self.data, self.config.published)
        self.english.annotate(doc, entities)
        doc.set_layer("entities", entities)
