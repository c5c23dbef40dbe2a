"""Gazetteer matching: names and title phrases from Rasd's lists, found in the normalised text.

The lists live in ``rasd/resources/gazetteers/`` (see SOURCES.md there): countries (generated from
countries.json), UniversalPetrarch's Arabic actors (generated), and Rasd's hand-written curated
people/organisations, places, nationality adjectives and title templates; the word classes that
decide which Petrarch phrases are people's names are in wordclasses.tsv. ``load_gazetteer``
reads them once per ``Resources`` into one Aho-Corasick automaton over normalised forms
(pyahocorasick), so matching a document is one pass over ``doc.view("normalized")`` whatever the
size of the lists.

A match counts only on word boundaries. On the left it may follow leading proclitics inside the
same word (و ف ب ل ك and their pairs: وبموسكو), which stay outside the mention; for names that
start with the article, the ل of "لل" (للأمم المتحدة: ل + الأمم with the alef elided) is kept in
the mention so that it still reads as the name. Overlapping name matches are resolved longest
first; title phrases (kind "nominal") are kept apart and may overlap names (رئيس الكرملين holds
the name الكرملين).

The stage (``GazetteerStage``) adds the layer ``gazetteer_mentions``: Spans labelled PER/ORG/LOC/MISC with
attrs ``key`` (the gazetteer entry), ``kind`` ("name" or "nominal") and, for titles, ``office``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import ahocorasick

from ..components import Stage
from ..document import Document, Span
from ..errors import ModelError
from ..resources import Resources
from ..text.lemma import lemma_key, lemma_word
from ..text.memo import WordMemo
from ..text.normalize import normalize, normalize_with_map
from ..text.tokens import PROCLITIC_CONJ, PROCLITIC_PREP, Tokenizer

AREA = "gazetteers"
# Proclitic sequences that may precede a name inside the same written word: a conjunction, a
# preposition, both (وب) or neither (rasd.text.tokens spells the letters).
PROCLITICS = frozenset(c + p for c in ("", *PROCLITIC_CONJ) for p in ("", *PROCLITIC_PREP))
# Before a name whose article lost its alef after ل (للأمم): the ل itself, maybe after و/ف.
LIL_PREFIXES = frozenset(c + "ل" for c in ("", *PROCLITIC_CONJ))
# Source priority when two entries match the very same stretch (curated knowledge first).
SOURCE_RANK = {"curated": 0, "clubs": 0, "places": 1, "countries": 2, "titles": 3, "agents": 3, "petrarch": 4}
# An article is about sport when it has at least this many sport words (sport_cues of
# wordclasses.tsv: لاعب، مباراة، الدوري، مدرب ...): one or two occur in any news (a minister
# opens a stadium), a match report has a dozen.
SPORT_CUES = 3
# ... and a club named by a common word (التعاون "cooperation", الاتفاق "the agreement") needs a
# sport word (sport_cues or sport_near: فريق، أمام، فوز، هدف ...) within this many characters,
# about a sentence: a sports page also reports agreements and cooperation.
SPORT_WINDOW = 150
# Latin names shorter than this are too often words or initials ("Male", "X"); see add_entry.
MIN_LATIN = 4


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    label: str
    kind: str  # "name" | "nominal"
    canonical: str
    source: str
    code: str = ""
    country: str = ""
    roles: tuple = ()  # ((code, from, to), ...) ISO dates, "" = open
    offices: tuple = ()  # ((office, from, to), ...)
    group: str = ""  # entity grouping key (the entry's own, or a country's for its other spellings)
    office: str = ""  # for titles
    variants: tuple = ()
    metonym: str = ""  # a capital: the government code it stands for when it acts or speaks (RUSGOV)
    gate: str = ""  # "sport": a name that is also a common word, matched only in sports articles


@dataclass(slots=True)
class Gazetteer:
    entries: dict = field(default_factory=dict)
    automaton: object = None
    petrarch: dict = field(default_factory=dict)  # lemma key -> (surface, roles)
    agents: dict = field(default_factory=dict)  # lemma key -> agent code
    demonyms: dict = field(default_factory=dict)  # normalised adjective (no article) -> ISO3
    office_holders: dict = field(default_factory=dict)  # office -> [(entry key, from, to)]
    country_names: dict = field(default_factory=dict)  # ISO3 -> canonical Arabic name
    countries: frozenset = frozenset()  # known ISO3/CAMEO country codes
    area_codes: dict = field(default_factory=dict)  # office area that is no country (UN) -> (code, country)
    sport_cues: object = None  # compiled pattern of the sport words (an article about sport)
    sport_near: object = None  # the same with the words that make a sentence about sport
    # normalised name -> (words after it, words before it) that make it part of a common phrase
    contexts: dict = field(default_factory=dict)
    # (normalised short form, entry key): an "s:" name matched only after another name of its
    # entry earlier in the article (المرصد after المرصد السوري لحقوق الإنسان)
    short_forms: set = field(default_factory=set)
    # a country's name that is far more often a common word (stopnames.tsv: مالي "financial", بنين
    # "sons") -> the country's key: never matched alone, but a place the tagger found is the country
    stop_countries: dict = field(default_factory=dict)


def parse_ranges(spec: str) -> tuple:
    """'IRQGOV@2006-05-20/2014-09-08;RUSGOV@1999-08-09/' -> (('IRQGOV', '2006-05-20', '2014-09-08'), ...)."""
    out = []
    for part in (spec or "").split(";"):
        part = part.strip()
        if not part:
            continue
        code, _, rng = part.partition("@")
        lo, _, hi = rng.partition("/")
        out.append((code.strip(), lo.strip(), hi.strip()))
    return tuple(out)


def nkey(s: str) -> str:
    """Normalised match key: normalised letters, single spaces, ASCII kept as written."""
    if len(s) > 64:  # long stretches are rarely asked twice: not worth a cache entry
        return " ".join(normalize(s).split())
    return _NKEY_SHORT[s]


def _nkey_of(s: str) -> str:
    return " ".join(normalize(s).split())


_NKEY_SHORT = WordMemo(_nkey_of)  # mention and word texts -> their keys


_ARABIC = re.compile("[\u0600-\u06FF]")


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` continues a word (a match must not end or start inside one)."""
    return ch.isalnum() or ch == "_"


class _Builder:
    """Collects entries and their match patterns (normalised forms) while the lists are read."""

    def __init__(self, stop: set[str], place_heads: tuple[str, ...] = ()):
        self.g = Gazetteer()
        self.patterns: dict[str, list] = {}
        self.stop = stop  # names never matched alone (stopnames.tsv)
        self.place_heads = place_heads  # the place words a "~" name must follow (wordclasses.tsv)

    def add_entry(self, e: Entry, names, latin=()):
        self.g.entries[e.key] = e
        for v in names:
            self.add_pattern(v, e.key)
        for v in latin:
            if len(v) >= MIN_LATIN and not v.lower().startswith("the "):
                for form in {v, v.upper()}:
                    self._put(form, (len(form), e.key, 0, False, False))

    def add_pattern(self, variant: str, key: str):
        v = variant.strip()
        if not v:
            return
        if v.startswith("~"):
            # a place name that is also a common word (الوجه "the face"): only after a place word
            # (محافظة الوجه, بمدينة الخبر), which stays outside the mention
            for head in self.place_heads:
                self.add_pattern(f"[{head}] {v[1:].strip()}", key)
            return
        quoted = v.startswith("q:")
        if quoted:
            v = v[2:].strip()
        if v.startswith("s:"):
            v = v[2:].strip()
            short = nkey(v)
            self.g.short_forms.update({(short, key), (short[1:], key)} if short.startswith("ال") else {(short, key)})
        ctx = ""
        m = re.match(r"^\[([^\]]+)\]\s*(.+)$", v)
        if m:
            ctx, v = nkey(m.group(1)), m.group(2)
        name = nkey(v)
        if not name or (name in self.stop and not ctx and not quoted):
            if name and key.startswith("ctry:"):
                self.g.stop_countries.setdefault(name, key)
            return
        full = f"{ctx} {name}" if ctx else name
        skip = len(ctx) + 1 if ctx else 0
        self._put(full, (len(full), key, skip, False, quoted))
        if not ctx and name.startswith("ال") and len(name) > 3:
            self._put(name[1:], (len(name) - 1, key, 0, True, quoted))

    def _put(self, k: str, val):
        lst = self.patterns.setdefault(k, [])
        if val not in lst:
            lst.append(val)

    def add_demonyms(self, demonyms: list[list[str]]) -> None:
        """Nationality adjective (as written and as a lemma key) -> ISO3."""
        for iso, adjs in demonyms:
            for a in adjs.split("|"):
                self.g.demonyms.setdefault(nkey(a), iso)
                self.g.demonyms.setdefault(lemma_key(a), iso)  # كوري الشمالي -> كوري شمالي

    def add_countries(self, countries: list[list[str]], places: list[list[str]],
                      state_heads: frozenset[str]) -> tuple[dict[str, str], dict[str, list]]:
        """Countries (generated) with the extra spellings places.tsv gives under the same key;
        returns (ISO3 -> CAMEO code, ISO3 -> Arabic names)."""
        g = self.g
        country_names: dict[str, list] = {}
        country_latin: dict[str, list] = {}
        cameo: dict[str, str] = {}
        for iso3, code, ar, lat, _cap in (r[:5] for r in countries):
            cameo[iso3] = code
            country_names[iso3] = [n for n in ar.split("|") if n]
            country_latin[iso3] = [n for n in lat.split("|") if n]
        for key, label, country, metonym, names, latin in places:
            if key in cameo:
                extra = [n for n in names.split("|") if n]
                country_names[key] = extra + [n for n in country_names[key] if n not in extra]
                country_latin[key] = [n for n in latin.split("|") if n] + country_latin[key]
        for iso3, names in country_names.items():
            code = cameo[iso3]
            canonical = names[0] if names else iso3
            g.country_names[iso3] = canonical
            # "دولة الكويت", "جمهورية جيبوتي": the mention is the country's name, the head is context
            patterns = []
            for n in names:
                head, _, rest = n.partition(" ")
                if nkey(head) in state_heads and rest in names:
                    patterns.append(f"[{head}] {rest}")
                else:
                    patterns.append(n)
            self.add_entry(Entry(f"ctry:{iso3}", "LOC", "name", canonical, "countries", code=code,
                                 country=code, group=f"ctry:{iso3}", variants=tuple(names)),
                           patterns, country_latin[iso3])
        g.countries = frozenset(cameo.values()) | frozenset(cameo)
        return cameo, country_names

    def add_places(self, places: list[list[str]], cameo: dict[str, str]) -> None:
        """Cities, regions and capitals, each an entity of its own: a capital mentioned as a place
        is a place (في برلين), and stands for its government (``metonym``) only when it acts."""
        for key, label, country, metonym, names, latin in places:
            if key in cameo:
                continue
            ns = [n for n in names.split("|") if n]
            code = cameo.get(country, country)
            canonical = re.sub(r"^~|^\[[^\]]*\]\s*", "", ns[0]).strip()
            self.add_entry(Entry(f"place:{key}", label, "name", canonical, "places", country=code,
                                 group=f"place:{key}", variants=tuple(re.sub(r"^~|^\[[^\]]*\]\s*", "", n).strip() for n in ns),
                                 metonym=f"{code}GOV" if metonym == "1" and code else ""),
                           ns, [n for n in latin.split("|") if n])

    def add_clubs(self, rows: list[list[str]], club_heads: tuple[str, ...]) -> None:
        """Clubs, leagues, federations and tournaments: organisations of their own (no actor
        code: a club is never its country's government). A gated name also matches, ungated,
        right after a club word (نادي الفتح, فريق برشلونة)."""
        for row in rows:
            key, label, country, gate, names = row[:5]
            latin = row[5] if len(row) > 5 else ""
            ns = [n for n in names.split("|") if n]
            patterns = list(ns)
            if gate:
                patterns += [f"[{h}] {n}" for n in ns if not n.startswith(("[", "q:", "~")) for h in club_heads]
            self.add_entry(Entry(f"club:{key}", label, "name", re.sub(r"^\[[^\]]*\]\s*", "", ns[0]).strip(), "clubs",
                                 country=country, group=f"club:{key}", gate=gate,
                                 variants=tuple(re.sub(r"^\[[^\]]*\]\s*", "", n).strip() for n in ns)),
                           patterns, [n for n in latin.split("|") if n])

    def add_curated(self, rows: list[list[str]]) -> None:
        """Curated people and organisations, with dated roles and the offices they held."""
        for row in rows:
            row = row + [""] * (7 - len(row))
            key, label, code, country, names, roles, offices = row[:7]
            ns = [n for n in names.split("|") if n]
            canonical = re.sub(r"^\[[^\]]*\]\s*|^[qs]:", "", ns[0]).strip()
            e = Entry(f"cur:{key}", label, "name", canonical, "curated", code=code, country=country,
                      roles=parse_ranges(roles), offices=parse_ranges(offices), group=f"cur:{key}",
                      variants=tuple(re.sub(r"^\[[^\]]*\]\s*|^[qs]:", "", n).strip() for n in ns))
            self.add_entry(e, ns)
            for office, lo, hi in e.offices:
                self.g.office_holders.setdefault(office, []).append((e.key, lo, hi))

    def add_titles(self, rows: list[list[str]], demonyms: list[list[str]], country_names: dict[str, list],
                   cameo: dict[str, str]) -> None:
        """Title phrases, each template expanded for every nationality adjective or country name."""
        g = self.g
        for phrase, office in (r[:2] for r in rows):
            for text, off in _expand_title(phrase, office, demonyms, country_names):
                k = f"title:{off}"
                if k not in g.entries:
                    area = off.split(".")[0]
                    g.entries[k] = Entry(k, "PER", "nominal", off, "titles", office=off,
                                         country=cameo.get(area, ""))
                self.add_pattern(text, k)

    def add_agents(self, rows: list[list[str]], demonyms: list[list[str]], cameo: dict[str, str]) -> None:
        """Agents with a nationality adjective: القوات التركية -> nominal, TURMIL."""
        g = self.g
        for head, agent, gender in (r[:3] for r in rows):
            g.agents[lemma_key(head)] = agent  # also for coding NER names (القوات الروسية)
            for iso, adjs in demonyms:
                code = cameo.get(iso, iso) + agent
                k = f"agent:{code}"
                for adj in adjs.split("|"):
                    words = adj.split()
                    form = "ال" + adj if gender == "m" else \
                        " ".join(("ال" if i == 0 else "") + w + "ة" for i, w in enumerate(words))
                    if k not in g.entries:
                        g.entries[k] = Entry(k, "ORG", "nominal", f"{head} {form}", "agents", code=code,
                                             country=cameo.get(iso, iso), group=k)
                    self.add_pattern(f"{head} {form}", k)

    def add_petrarch(self, rows: list[list[str]], rules: "PersonNameRules") -> None:
        """UniversalPetrarch's phrases, every one for actor coding; full personal names also as
        gazetteer names."""
        g = self.g
        for lemma, surface, roles in (r[:3] for r in rows):
            rs = parse_ranges(roles)
            g.petrarch[lemma] = (surface, rs)
            if rules.is_person(surface, rs, g):
                k = f"pet:{lemma}"
                if nkey(surface) not in self.patterns:
                    self.add_entry(Entry(k, "PER", "name", surface, "petrarch", roles=rs, group=k), [surface])

    def finish(self) -> Gazetteer:
        """The gazetteer with its automaton over every pattern."""
        A = ahocorasick.Automaton()
        for k, vals in self.patterns.items():
            A.add_word(k, tuple(vals))
        A.make_automaton()
        self.g.automaton = A
        return self.g


@dataclass(frozen=True)
class PersonNameRules:
    """Which UniversalPetrarch phrases are people's full names (word classes of
    resources/gazetteers/wordclasses.tsv)."""

    not_name_heads: frozenset[str]  # descriptions, offices, groups, places: not a name's word
    acronym_letters: frozenset[str]  # إيه بي سي: a spelled-out acronym
    fragment_heads: frozenset[str]  # عبد العزيز, بن لادن: a fragment, not a whole name

    def is_person(self, surface: str, roles: tuple, g: Gazetteer) -> bool:
        """A person: two or more words, none a description head or a nationality adjective, with
        a role of a country plus an agent (IRQGOV); country-only codes mark places."""
        words = surface.split()
        return (len(words) >= 2
                and not any(w in self.not_name_heads or w in self.acronym_letters or lemma_word(w) in g.demonyms
                            for w in words)
                and not (len(words) == 2 and words[0] in self.fragment_heads)
                and all(len(w) >= 2 for w in words) and bool(_ARABIC.search(surface))
                and any(len(c) >= 6 and c[:3] in g.countries and not c.endswith(("MED", "BUS"))
                        for c, _, _ in roles))


def load_gazetteer(resources: Resources) -> Gazetteer:
    """The gazetteer of ``resources``' lists, built once per ``Resources`` (the gazetteer and
    entities stages share it); a missing or malformed list is a ModelError naming the file."""
    return resources.cached((AREA, "gazetteer"), lambda: build_gazetteer(resources))


def build_gazetteer(resources: Resources) -> Gazetteer:
    """Read every list and build the automaton."""
    def rows(name: str, columns: int = 1) -> list[list[str]]:
        return resources.table(AREA, name, columns)

    b = _Builder({nkey(r[0]) for r in rows("stopnames.tsv")}, resources.word_list(AREA, "place_heads"))
    demonyms = [r[:2] for r in rows("demonyms.tsv", 2)]
    b.add_demonyms(demonyms)
    places = [r[:6] for r in rows("places.tsv", 6)]
    cameo, country_names = b.add_countries(rows("countries.tsv", 5), places,
                                           resources.word_class(AREA, "state_heads"))
    b.add_places(places, cameo)
    b.add_clubs(rows("clubs.tsv", 5), resources.word_list(AREA, "club_heads"))
    b.add_curated(rows("curated.tsv", 5))
    b.add_titles(rows("titles.tsv", 2), demonyms, country_names, cameo)
    b.add_agents(rows("agent_heads.tsv", 3), demonyms, cameo)
    b.add_petrarch(rows("petrarch_actors.tsv", 3), PersonNameRules(
        resources.word_class(AREA, "not_name_heads"), resources.word_class(AREA, "acronym_letters"),
        resources.word_class(AREA, "fragment_heads")))
    for lemma, code in (r[:2] for r in rows("petrarch_agents.tsv", 2)):
        b.g.agents.setdefault(lemma, code)
    b.g.area_codes = {r[0]: (r[1], r[2] if len(r) > 2 else "") for r in rows("office_areas.tsv", 2)}
    for name, side, words in (r[:3] for r in rows("name_contexts.tsv", 3)):
        if side not in ("after", "before"):
            raise ModelError(f"data file {AREA}/name_contexts.tsv: side {side!r} of {name!r} is neither after nor before")
        after, before = b.g.contexts.setdefault(nkey(name), (set(), set()))
        (after if side == "after" else before).update(nkey(w) for w in words.split("|") if w.strip())
    cues = sorted(resources.word_class(AREA, "sport_cues"), key=len, reverse=True)
    near = sorted(resources.word_class(AREA, "sport_cues") | resources.word_class(AREA, "sport_near"),
                  key=len, reverse=True)
    b.g.sport_cues = re.compile(r"(?<!\w)[وفبل]?(?:%s)(?!\w)" % "|".join(map(re.escape, cues)))
    b.g.sport_near = re.compile(r"(?<!\w)[وفبل]?(?:%s)(?!\w)" % "|".join(map(re.escape, near)))
    return b.finish()


def _expand_title(phrase: str, office: str, demonyms, country_names):
    if "." in office:  # a fixed phrase for one area
        yield phrase, office
        return
    for iso, adjs in demonyms:
        for adj in adjs.split("|"):
            words = adj.split()
            masc = "ال" + adj
            fem = " ".join(("ال" if i == 0 else "") + w + "ة" for i, w in enumerate(words))
            off = f"{iso}.{office}"
            if "{adj}" in phrase:
                yield phrase.replace("{adj}", masc), off
            elif "{adjf}" in phrase:
                yield phrase.replace("{adjf}", fem), off
        if "{country}" in phrase:
            for name in country_names.get(iso, [])[:3]:
                yield phrase.replace("{country}", name), f"{iso}.{office}"


@dataclass(frozen=True, slots=True)
class Candidate:
    full_start: int  # original offsets of the whole matched phrase (context words included)
    start: int  # the mention
    end: int
    key: str
    rank: tuple
    short: bool = False  # a short form of gaz.short_forms


def find(doc: Document, gaz: Gazetteer, split=None) -> tuple[list[Candidate], list[Candidate]]:
    """All accepted (name, nominal) candidates of ``gaz`` in the document, in original offsets.
    ``split``: the clitic splitter (rasd.text.tokens.Tokenizer.split_clitics) that decides
    whether letters before a name are proclitics (بموسكو) or part of another word (باكرا
    "early" is not ب + أكرا); None accepts every proclitic."""
    nt = doc.view("normalized")
    if nt is None:  # run without the normalize stage: make the view it would have made
        nt = normalize_with_map(doc.text)
        doc.set_view("normalized", nt)
    low = nt.text
    n = len(low)
    names: list[Candidate] = []
    nominals: list[Candidate] = []
    sport: list[bool] = []  # whether the article is about sport, decided when first needed
    for end_idx, vals in gaz.automaton.iter(low):
        e = end_idx + 1
        if e < n and is_word_char(low[e]):
            continue
        for plen, key, skip, lil, quoted in vals:
            s = e - plen
            ts = s
            while ts > 0 and is_word_char(low[ts - 1]) and s - ts <= 2:  # proclitics are 0-2 letters
                ts -= 1
            if ts > 0 and is_word_char(low[ts - 1]):
                continue  # inside a longer word
            prefix = low[ts:s]
            if lil:
                if prefix not in LIL_PREFIXES:
                    continue
                ms, fs = s - 1, s - 1
            else:
                if prefix not in PROCLITICS:
                    continue
                if prefix and not _ARABIC.match(low[s]):
                    continue  # Latin names take no Arabic proclitics
                ms, fs = s + skip, s
            if prefix and not _proclitic_ok(doc.text, nt, low, ts, s, e, split, gaz.entries[key]):
                continue
            if quoted and not _between_quotes(low, ms, e):
                continue
            entry = gaz.entries[key]
            if gaz.contexts and _in_phrase(low, fs, e, gaz.contexts):
                continue
            if entry.gate and not skip:
                if not sport:
                    sport.append(about_sport(low, gaz))
                if not sport[0] or not gaz.sport_near.search(low, max(0, s - SPORT_WINDOW), e + SPORT_WINDOW):
                    continue  # الهلال outside sport is the crescent, التعاون cooperation
            os_, oe = nt.span_to_original(ms, e)
            ofs = nt.to_original(fs)
            rank = (0 if quoted else 1, SOURCE_RANK.get(entry.source, 9))
            c = Candidate(ofs, os_, oe, key, rank, (low[s:e], key) in gaz.short_forms)
            (nominals if entry.kind == "nominal" else names).append(c)
    if any(c.short for c in names):
        names = _after_full_names(names)
    return _select(names), _select(nominals)


def _after_full_names(names: list[Candidate]) -> list[Candidate]:
    """The candidates less the short forms (``Candidate.short``) that no longer name of their
    entry precedes in the article: alone, المرصد is any observatory."""
    first: dict[str, int] = {}
    for c in names:
        if not c.short and c.start < first.get(c.key, 1 << 60):
            first[c.key] = c.start
    return [c for c in names if not c.short or first.get(c.key, 1 << 60) < c.start]


_NEXT = re.compile(r"\s*(\w+)")
_PREV = re.compile(r"(\w+)\s*$")


def _in_phrase(low: str, s: int, e: int, contexts: dict) -> bool:
    """Whether the match low[s:e] is part of a common phrase of name_contexts.tsv (مسقط رأسه,
    النيل من, صلاة المغرب)."""
    ctx = contexts.get(low[s:e])
    if ctx is None:
        return False
    after, before = ctx
    nxt = _NEXT.match(low, e)
    if after and nxt and nxt.group(1) in after:
        return True
    prev = _PREV.search(low, max(0, s - 30), s)
    return bool(before and prev and (prev.group(1) in before or prev.group(1)[1:] in before))


def _between_quotes(low: str, s: int, e: int) -> bool:
    """Whether low[s:e] stands between quotation marks (normalised to " ' /), a space inside
    each allowed: «الشرق الأوسط» and « الشرق الأوسط » alike."""
    b = s - 1
    if b >= 0 and low[b] == " ":
        b -= 1
    a = e
    if a < len(low) and low[a] == " ":
        a += 1
    return b >= 0 and a < len(low) and low[b] in "\"'/" and low[a] in "\"'/"


def _proclitic_ok(text: str, nt, low: str, ts: int, s: int, e: int, split, entry: "Entry") -> bool:
    """Whether the letters low[ts:s] before a name are proclitics. A name that ends in ة in the
    lists but ه in the text after a proclitic is another word (وجده "he found him", not و +
    جدة). Otherwise the clitic splitter decides on the name's first word, when it knows the
    name (باكرا "early" is no ب + أكرا, while بموسكو, وأوكرانيا, بالقنفذة and للأمم split)."""
    if entry.canonical.endswith("ة") and " " not in low[s:e] and text[nt.to_original(e - 1)] == "ه":
        return False
    if split is None:
        return True
    n = len(low)
    we = s
    while we < n and is_word_char(low[we]):
        we += 1
    clitics = 0
    for a, b, role in split(low[ts:we]):
        if role not in ("conj", "prep"):
            break
        clitics = b
    return clitics >= s - ts


def about_sport(norm_text: str, gaz: Gazetteer) -> bool:
    """Whether a normalised article is about sport: at least SPORT_CUES sport words."""
    n = 0
    for _ in gaz.sport_cues.finditer(norm_text):
        n += 1
        if n >= SPORT_CUES:
            return True
    return False


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then better-ranked source, then leftmost; no two accepted overlap."""
    cands = sorted(cands, key=lambda c: (-(c.end - c.full_start), c.rank, c.full_start))
    starts: list[int] = []  # accepted stretches, disjoint, sorted by start
    ends: list[int] = []
    out = []
    for c in cands:
        i = bisect.bisect_left(starts, c.end)
        if i > 0 and ends[i - 1] > c.full_start:
            continue
        starts.insert(i, c.full_start)
        ends.insert(i, c.end)
        out.append(c)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def mention_spans(doc: Document, gaz: Gazetteer, split=None) -> list[Span]:
    """The ``gazetteer_mentions`` layer: a Span per accepted name and title match, in order
    (``split``: as for ``find``)."""
    names, nominals = find(doc, gaz, split)
    spans: list[Span] = []
    for c in names:
        e = gaz.entries[c.key]
        spans.append(doc.span(c.start, c.end, e.label, key=c.key, kind="name"))
    for c in nominals:
        e = gaz.entries[c.key]
        attrs = {"office": e.office} if e.office else {}
        spans.append(doc.span(c.start, c.end, e.label, key=c.key, kind="nominal", **attrs))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


class GazetteerStage(Stage):
    """Adds ``gazetteer_mentions``, matched with its gazetteer (``load_gazetteer``)."""

    def __init__(self, config, resources: Resources):
        super().__init__(config, resources)
        self.gazetteer = load_gazetteer(resources)
        self.split = Tokenizer.shared(resources).split_clitics

    def __call__(self, doc: Document) -> None:
        doc.set_layer("gazetteer_mentions", mention_spans(doc, self.gazetteer, self.split))
