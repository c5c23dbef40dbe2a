"""Gazetteer matching: names and title phrases from Rasd's lists, found in the normalised text.

The lists live in ``rasd/resources/gazetteers/`` (see SOURCES.md there): countries (generated from
countries.json), UniversalPetrarch's Arabic actors (generated), and Rasd's hand-written curated
people/organisations, places, nationality adjectives and title templates. They are loaded once
into one Aho-Corasick automaton over normalised forms (pyahocorasick), so matching a document is
one pass over ``doc.view("normalized")`` whatever the size of the lists.

A match counts only on word boundaries. On the left it may follow leading proclitics inside the
same word (و ف ب ل ك and their pairs: وبموسكو), which stay outside the mention; for names that
start with the article, the ل of "لل" (للأمم المتحدة: ل + الأمم with the alef elided) is kept in
the mention so that it still reads as the name. Overlapping name matches are resolved longest
first; title phrases (kind "nominal") are kept apart and may overlap names (رئيس الكرملين holds
the name الكرملين).

Stage ``gazetteer_stage`` adds layer ``gazetteer_mentions``: Spans labelled PER/ORG/LOC/MISC with
attrs ``key`` (the gazetteer entry), ``kind`` ("name" or "nominal") and, for titles, ``office``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..document import Document, Span
from ..errors import ModelError
from ..text.normalize import normalize, normalize_with_map
from ..text.lemma import lemma_key, lemma_word
from ..text.memo import WordMemo
from ..components import Stage

RES = Path(__file__).resolve().parents[1] / "resources" / "gazetteers"

# Proclitic sequences that may precede a name inside the same written word.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# Before a name whose article lost its alef after ل (للأمم): the ل itself, maybe after و/ف.
LIL_PREFIXES = frozenset({"ل", "ول", "فل"})
# Source priority when two entries match the very same stretch (curated knowledge first).
SOURCE_RANK = {"curated": 0, "places": 1, "countries": 2, "titles": 3, "agents": 3, "petrarch": 4}
# Latin names shorter than this are too often words or initials ("Male", "X"); see _latin_ok.
MIN_LATIN = 4
# First words that make a Petrarch phrase a description or an office, not a person's name.
_NOT_NAME_HEADS = frozenset(normalize(w) for w in (
    "رئيس رئيسة وزير وزيرة أمين نائب ملك أمير شيخ سفير قائد زعيم مدير متحدث ناطق عاهل جنرال ولي "
    "مستشار حزب حركة منظمة وزارة مجلس جيش قوة قوات اتحاد جامعة حكومة شرطة جبهة هيئة لجنة وكالة "
    "صحيفة مجلة إذاعة قناة شركة بنك مصرف محكمة برلمان نظام سلطة رئاسة مكتب إدارة جماعة تنظيم كتائب "
    "لواء مسؤول مسؤولو مسؤولين عضو أعضاء قام دبابة سفينة طائرة مقاتل مقاتلو مواطن مواطنو عائلة "
    "سكان أهالي معارضة متمرد متمردو مسلحو مسلح شعب رجال رجل امرأة نساء طلاب عمال قاعدة ميليشيا "
    "مليشيا محافظة مدينة قرية ولاية إقليم منطقة دولة بلد بلاد سلطات سلطة غرب شرق شمال جنوب وسط "
    "مخيم مطار أرض عاصمة بلدة حي سلاح حرس حكومي ملكة دكتور طبيب قاضي لواء عميد عقيد سجن ميناء "
    "جزيرة جبل نهر بحر شارع ساحة تلفزيون مخيمات سيناتور الذي التي الذين في من على عن إلى مع "
    "ديمقراطي جهاد تجمع قصر حاكم بابا مسؤولون ملك").split())
# Words before a country's name in its official name (دولة الكويت); the mention is the name.
_STATE_HEADS = frozenset(normalize(w) for w in "دولة جمهورية مملكة سلطنة إمارة إمارات".split())
# Petrarch phrases with these words are spelled-out acronyms (إيه بي سي, سي آي إيه), not people.
_ACRONYM_LETTERS = frozenset(normalize(w) for w in "إيه آي بي سي إس إف إن دي تي جي أو يو إم إتش".split())
# First words of name fragments (عبد العزيز, أبو بكر, بن لادن): never a whole name alone.
_FRAGMENT_HEADS = frozenset(normalize(w) for w in "عبد أبو ابو ابن بن أم آل".split())


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
    group: str = ""  # entity grouping key (a capital that stands for its country joins it)
    office: str = ""  # for titles
    variants: tuple = ()


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


def _rows(name: str, cols: int = 1):
    """Rows of a tab-separated list (comments and blank lines skipped), each with at least
    ``cols`` columns; a missing or malformed file is a ModelError that names it."""
    path = RES / name
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"gazetteer file {path} is missing or unreadable ({exc}); "
                         "reinstall Rasd or rebuild it with `python -m rasd.train.gazetteers`") from exc
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) < cols:
            raise ModelError(f"gazetteer file {path} is corrupt at line {i}: expected {cols} tab-separated "
                             "columns; reinstall Rasd or rebuild it with `python -m rasd.train.gazetteers`")
        yield row


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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _Builder:
    def __init__(self):
        self.g = Gazetteer()
        self.patterns: dict[str, list] = {}
        self.stop = {nkey(r[0]) for r in _rows("stopnames.tsv")}

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
        quoted = v.startswith("q:")
        if quoted:
            v = v[2:].strip()
        ctx = ""
        m = re.match(r"^\[([^\]]+)\]\s*(.+)$", v)
        if m:
            ctx, v = nkey(m.group(1)), m.group(2)
        name = nkey(v)
        if not name or (name in self.stop and not ctx and not quoted):
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


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Load every list and build the automaton (once per process)."""
    try:
        import ahocorasick
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ModelError("the gazetteer needs pyahocorasick: pip install pyahocorasick") from exc
    b = _Builder()
    g = b.g
    # demonyms
    demonym_rows = [r[:2] for r in _rows("demonyms.tsv", 2)]
    for iso, adjs in demonym_rows:
        for a in adjs.split("|"):
            g.demonyms.setdefault(nkey(a), iso)
            g.demonyms.setdefault(lemma_key(a), iso)  # كوري الشمالي -> كوري شمالي
    # countries (generated) + extra spellings from places.tsv under the same key
    country_names: dict[str, list] = {}
    country_latin: dict[str, list] = {}
    cameo: dict[str, str] = {}
    for iso3, code, ar, lat, _cap in (r[:5] for r in _rows("countries.tsv", 5)):
        cameo[iso3] = code
        country_names[iso3] = [n for n in ar.split("|") if n]
        country_latin[iso3] = [n for n in lat.split("|") if n]
    place_rows = [r[:6] for r in _rows("places.tsv", 6)]
    for key, label, country, metonym, names, latin in place_rows:
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
            if nkey(head) in _STATE_HEADS and rest in names:
                patterns.append(f"[{head}] {rest}")
            else:
                patterns.append(n)
        b.add_entry(Entry(f"ctry:{iso3}", "LOC", "name", canonical, "countries", code=code,
                          country=code, group=f"ctry:{iso3}", variants=tuple(names)),
                    patterns, country_latin[iso3])
    g.countries = frozenset(cameo.values()) | frozenset(cameo)
    # places
    for key, label, country, metonym, names, latin in place_rows:
        if key in cameo:
            continue
        ns = [n for n in names.split("|") if n]
        code = cameo.get(country, country)
        group = f"ctry:{country}" if metonym == "1" and country else f"place:{key}"
        b.add_entry(Entry(f"place:{key}", label, "name", ns[0], "places", code=code if metonym == "1" else "",
                          country=code, group=group, variants=tuple(ns)),
                    ns, [n for n in latin.split("|") if n])
    # curated people and organisations
    for row in _rows("curated.tsv", 5):
        row += [""] * (7 - len(row))
        key, label, code, country, names, roles, offices = row[:7]
        ns = [n for n in names.split("|") if n]
        canonical = re.sub(r"^\[[^\]]*\]\s*|^q:", "", ns[0]).strip()
        e = Entry(f"cur:{key}", label, "name", canonical, "curated", code=code, country=country,
                  roles=parse_ranges(roles), offices=parse_ranges(offices), group=f"cur:{key}",
                  variants=tuple(re.sub(r"^\[[^\]]*\]\s*|^q:", "", n).strip() for n in ns))
        b.add_entry(e, ns)
        for office, lo, hi in e.offices:
            g.office_holders.setdefault(office, []).append((e.key, lo, hi))
    # titles
    for phrase, office in (r[:2] for r in _rows("titles.tsv", 2)):
        for text, off in _expand_title(phrase, office, demonym_rows, country_names):
            k = f"title:{off}"
            if k not in g.entries:
                area = off.split(".")[0]
                g.entries[k] = Entry(k, "PER", "nominal", off, "titles", office=off,
                                     country=cameo.get(area, ""))
            b.add_pattern(text, k)
    # agents with a nationality adjective: القوات التركية -> nominal, TURMIL
    for head, agent, gender in (r[:3] for r in _rows("agent_heads.tsv", 3)):
        g.agents[lemma_key(head)] = agent  # also for coding NER names (القوات الروسية)
        for iso, adjs in demonym_rows:
            code = cameo.get(iso, iso) + agent
            k = f"agent:{code}"
            for adj in adjs.split("|"):
                words = adj.split()
                form = "ال" + adj if gender == "m" else \
                    " ".join(("ال" if i == 0 else "") + w + "ة" for i, w in enumerate(words))
                if k not in g.entries:
                    g.entries[k] = Entry(k, "ORG", "nominal", f"{head} {form}", "agents", code=code,
                                         country=cameo.get(iso, iso), group=k)
                b.add_pattern(f"{head} {form}", k)
    # Petrarch: every phrase for actor coding; full personal names also as gazetteer names
    for lemma, surface, roles in (r[:3] for r in _rows("petrarch_actors.tsv", 3)):
        rs = parse_ranges(roles)
        g.petrarch[lemma] = (surface, rs)
        words = surface.split()
        # a person: two or more words, none a description head or a nationality adjective, with
        # a role of a country plus an agent (IRQGOV); country-only codes mark places
        if len(words) >= 2 and not any(w in _NOT_NAME_HEADS or w in _ACRONYM_LETTERS
                                       or lemma_word(w) in g.demonyms for w in words) \
                and not (len(words) == 2 and words[0] in _FRAGMENT_HEADS) \
                and all(len(w) >= 2 for w in words) and _ARABIC.search(surface) \
                and any(len(c) >= 6 and c[:3] in g.countries and not c.endswith(("MED", "BUS"))
                        for c, _, _ in rs):
            k = f"pet:{lemma}"
            if nkey(surface) not in b.patterns:
                b.add_entry(Entry(k, "PER", "name", surface, "petrarch", roles=rs, group=k), [surface])
    for lemma, code in (r[:2] for r in _rows("petrarch_agents.tsv", 2)):
        g.agents.setdefault(lemma, code)
    A = ahocorasick.Automaton()
    for k, vals in b.patterns.items():
        A.add_word(k, tuple(vals))
    A.make_automaton()
    g.automaton = A
    return g


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


def find(doc: Document, gaz: Gazetteer | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """All accepted (name, nominal) candidates in the document, in original offsets."""
    gaz = gaz or load()
    nt = doc.view("normalized")
    if nt is None:  # run without the normalize stage: make the view it would have made
        nt = normalize_with_map(doc.text)
        doc.set_view("normalized", nt)
    low = nt.text
    n = len(low)
    names: list[Candidate] = []
    nominals: list[Candidate] = []
    for end_idx, vals in gaz.automaton.iter(low):
        e = end_idx + 1
        if e < n and _is_word_char(low[e]):
            continue
        for plen, key, skip, lil, quoted in vals:
            s = e - plen
            ts = s
            while ts > 0 and _is_word_char(low[ts - 1]) and s - ts <= 2:  # proclitics are 0-2 letters
                ts -= 1
            if ts > 0 and _is_word_char(low[ts - 1]):
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
            if quoted:
                before = low[ms - 1] if ms > 0 else ""
                after = low[e] if e < n else ""
                if before not in "\"'/" or after not in "\"'/" or not before:
                    continue
            entry = gaz.entries[key]
            os_, oe = nt.span_to_original(ms, e)
            ofs = nt.to_original(fs)
            rank = (0 if quoted else 1, SOURCE_RANK.get(entry.source, 9))
            c = Candidate(ofs, os_, oe, key, rank)
            (nominals if entry.kind == "nominal" else names).append(c)
    names += _petrarch_token_matches(doc, gaz)
    return _select(names), _select(nominals)


def _petrarch_token_matches(doc: Document, gaz: Gazetteer) -> list[Candidate]:
    """Reserved for lemma-level matches of Petrarch phrases; names are matched by the automaton."""
    return []


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


def gazetteer_stage(doc: Document, config) -> None:
    gaz = load()
    names, nominals = find(doc, gaz)
    spans: list[Span] = []
    for c in names:
        e = gaz.entries[c.key]
        spans.append(doc.span(c.start, c.end, e.label, key=c.key, kind="name"))
    for c in nominals:
        e = gaz.entries[c.key]
        attrs = {"office": e.office} if e.office else {}
        spans.append(doc.span(c.start, c.end, e.label, key=c.key, kind="nominal", **attrs))
    spans.sort(key=lambda s: (s.start, s.end))
    doc.set_layer("gazetteer_mentions", spans)


class GazetteerStage(Stage):
    def __call__(self, doc) -> None:
        gazetteer_stage(doc, {})
