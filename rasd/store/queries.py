"""Query functions over a Rasd database, shared by the CLI, the web reader and the REST API.

Every function takes ``db``: an open ``sqlite3.Connection`` (from :func:`open_db`) or a path,
and returns plain dicts and lists (JSON-serialisable). User input never reaches SQL or FTS5
syntax unquoted: filters are bound parameters and the search query is parsed by
:func:`parse_query` into quoted FTS5 phrases. Invalid queries and filters raise
``rasd.errors.QueryError`` with a message meant for the user.

    from rasd.store import queries as Q
    db = Q.open_db("rasd.db")
    res = Q.search(db, "وزير الخارجية", Q.Filters(source="aawsat", since="2015-07"), limit=10)
    for h in res["hits"]: print(h["id"], h["score"], h["snippet"])
    Q.get_document(db, res["hits"][0]["doc_id"])["doc"]          # the JSON contract
    Q.get_entity(db, "كاميرون")                                      # timeline, quotes, events, co-actors

Search syntax (``rasd search``): words are ANDed; ``"two words"`` or «...» is a phrase; ``OR``
between words/phrases gives alternatives; ``-word`` or ``NOT word`` excludes; ``word*`` is a
prefix. Matching ignores diacritics, hamza/alef, ya/alef maqsura, ta marbuta and attached
clitics (و ف ب ل ك ال and pronoun suffixes).
"""
from __future__ import annotations

import json
import re
import sqlite3
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import QueryError, StoreError
from ..isodate import check_bound
from ..ontology import EVENT_COUNTS, PLOVER_TYPES  # counts an event may carry: kept among its attributes
from .db import connect
from ..text.normalize import normalize, normalize_with_map
from .textindex import index_terms, iter_terms, name_key
MAX_LIMIT = 1000
# Terms in one query above which FTS5 work grows without making results better.
MAX_TERMS = 32
# Snippet window, in indexed words: about two lines of a terminal or a result card.
SNIPPET_WORDS = 30


def open_db(path: str | Path) -> sqlite3.Connection:
    """Open a database read-only for querying (raises StoreError if missing or not Rasd)."""
    return connect(path, readonly=True)


def _con(db) -> sqlite3.Connection:
    if isinstance(db, sqlite3.Connection):
        db.row_factory = sqlite3.Row
        return db
    return open_db(db)


# --- filters -----------------------------------------------------------------------------------
# An event whose date ends more than this many days before its article's publication is
# background (an anniversary, a war recalled), not news of the day: news reports what happened in
# the last days or weeks, and a year is far beyond any "last week" or "last month".
HISTORICAL_DAYS = 365
# Prefix of an internal document number in a URL or API path (``~12``): an article's own id is
# looked up first, so an article whose id is "12" is never shadowed by document number 12.
DOC_NUMBER_PREFIX = "~"
# Orderings kept at once (a search's hits, a filter's events: a few fields, ~100 bytes per item).
INDEX_ENTRIES = 16
_INDEX: "dict[tuple, Any]" = {}


@dataclass
class Filters:
    """Restrict results to documents that have all the given properties.

    entity: a name (any spelling Rasd normalises alike, clitics allowed) or an actor code;
    type: a PLOVER event type; speaker: who is quoted; source: outlet (as stored, e.g. aawsat);
    since/until: date bounds, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD (documents and quotes:
    the publication date; events: the event's own date unless ``dates="published"``);
    country: ISO 3166 alpha-3 code of an event's place; location: an event's place name;
    dates: "event" (default) or "published", the date events are filtered by.
    """

    entity: str | None = None
    type: str | None = None
    speaker: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    location: str | None = None
    dates: str | None = None

    def __post_init__(self):
        # Validate at once, with the project's one date validator: 2015-13 is no month.
        self.since = check_bound(self.since, "since")
        self.until = check_bound(self.until, "until")
        if self.dates not in (None, "", "event", "published"):
            raise QueryError(f"dates {self.dates!r}: use event or published")
        if self.type:
            t = self.type.strip().upper()
            if t not in PLOVER_TYPES:
                raise QueryError(f"unknown event type {self.type!r}; one of: {', '.join(PLOVER_TYPES)}")
            self.type = t
        if self.country:
            c = self.country.strip().upper()
            if not re.fullmatch(r"[A-Z]{3}", c):
                raise QueryError(f"country {self.country!r}: use a three-letter ISO code such as SYR")
            self.country = c

    def any(self) -> bool:
        return any(getattr(self, x.name) for x in fields(self) if x.name != "dates")

    @classmethod
    def of(cls, f: "Filters | dict | None") -> "Filters":
        if f is None:
            return cls()
        if isinstance(f, Filters):
            return f
        known = {x.name for x in fields(cls)}
        bad = [k for k in f if k not in known]
        if bad:
            raise QueryError(f"unknown filter(s): {', '.join(bad)}; known: {', '.join(sorted(known))}")
        return cls(**{k: v for k, v in f.items() if v not in (None, "")})

    def sql(self, alias: str = "d") -> tuple[str, list]:
        """WHERE conditions (joined by AND, '1' if none) on documents ``alias`` and their params."""
        conds: list[str] = []
        params: list[Any] = []
        # Each filter is an uncorrelated set of doc_ids built from an index, so a filter costs
        # one index range, not a probe per candidate document.
        if self.entity:
            key = name_key(self.entity)
            conds.append(f"""{alias}.doc_id IN (SELECT doc_id FROM entities WHERE name_key=?
                UNION SELECT doc_id FROM entities WHERE code=? UNION SELECT doc_id FROM mentions WHERE text_key=?)""")
            params += [key, self.entity.strip(), key]
        if self.type:
            conds.append(f"{alias}.doc_id IN (SELECT doc_id FROM events WHERE type=?)")
            params.append(self.type)
        if self.country:
            conds.append(f"{alias}.doc_id IN (SELECT doc_id FROM events WHERE location_country=?)")
            params.append(self.country)
        if self.location:
            conds.append(f"{alias}.doc_id IN (SELECT doc_id FROM events WHERE location=?)")
            params.append(self.location.strip())
        if self.speaker:
            key = name_key(self.speaker)
            conds.append(f"""{alias}.doc_id IN (SELECT doc_id FROM quotes WHERE speaker_key=? UNION SELECT q.doc_id
                FROM mentions m JOIN quotes q ON q.speaker_ent_pk=m.ent_pk WHERE m.text_key=?)""")
            params += [key, key]
        if self.source:
            conds.append(f"""({alias}.source=? COLLATE NOCASE OR {alias}.doc_id IN (SELECT doc_id FROM doc_sources
                WHERE source=? COLLATE NOCASE))""")
            params += [self.source.strip(), self.source.strip()]
        for name, op in (("since", ">="), ("until", "<=")):
            v = getattr(self, name)
            if v:
                # '~' sorts after digits and '-': until 2015-07 includes every day of July.
                conds.append(f"{alias}.published {op} ?")
                params.append(v if name == "since" else v + "~")
        return (" AND ".join(conds) or "1"), params


# --- query parsing ---------------------------------------------------------------------------
@dataclass
class ParsedQuery:
    fts: str                       # FTS5 MATCH expression built only from quoted phrases
    terms: list[tuple[str, bool]]  # positive (key, is_prefix) pairs, for highlighting


_TOKEN = re.compile(r'\s*(?:(?P<phrase>["«“](?P<body>[^"»”]*)["»”])|(?P<open>["«“])|(?P<word>[^\s"«»“”]+))')


def parse_query(q: str) -> ParsedQuery:
    """Parse the user's query into an FTS5 expression over the search form; QueryError if invalid."""
    if q is None or not q.strip():
        raise QueryError("empty query; give words to search for (or only filters)")
    groups: list[list[str]] = [[]]
    negs: list[str] = []
    terms: list[tuple[str, bool]] = []
    pending_not = False
    pos = 0
    n_terms = 0
    q = q.strip()
    while pos < len(q):
        m = _TOKEN.match(q, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group("open"):
            raise QueryError("unclosed quotation mark in the query; close the phrase with a matching quote")
        neg = pending_not
        pending_not = False
        prefix = False
        if m.group("phrase") is not None:
            keys = index_terms(m.group("body"))
        else:
            w = m.group("word")
            if w in ("OR", "|"):
                if not groups[-1]:
                    raise QueryError("OR must stand between two words or phrases")
                groups.append([])
                continue
            if w == "AND":
                continue
            if w == "NOT":
                pending_not = True
                continue
            if w.startswith("-") and len(w) > 1:
                neg, w = True, w[1:]
            if w.endswith("*") and len(w) > 1:
                prefix, w = True, w.rstrip("*")
            if any(c in w for c in "()"):
                raise QueryError("parentheses are not supported; write alternatives with OR (a OR b)")
            # A prefix is normalised but not clitic-stripped: كامير* must not lose its ك.
            keys = [normalize(w).lower()] if prefix and index_terms(w) else index_terms(w)
        if not keys:
            continue  # punctuation only
        n_terms += len(keys)
        if n_terms > MAX_TERMS:
            raise QueryError(f"query too long: at most {MAX_TERMS} words")
        phrase = '"' + " ".join(k.replace('"', '""') for k in keys) + '"' + (" *" if prefix else "")
        if neg:
            negs.append(phrase)
        else:
            groups[-1].append(phrase)
            terms += [(k, prefix and i == len(keys) - 1) for i, k in enumerate(keys)]
    if pending_not:
        raise QueryError("NOT must be followed by a word or phrase")
    if groups and not groups[-1] and len(groups) > 1:
        raise QueryError("OR must stand between two words or phrases")
    groups = [g for g in groups if g]
    if not groups:
        if negs:
            raise QueryError("the query only excludes words; add at least one word to find")
        raise QueryError("the query has no words to search for")
    expr = " OR ".join("(" + " AND ".join(g) + ")" for g in groups)
    if negs:
        expr = f"({expr})" + "".join(f" NOT {n}" for n in negs)
    return ParsedQuery(expr, terms)


# --- documents -----------------------------------------------------------------------------
def _doc_dict(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob).decode("utf-8"))


_DECODER = json.JSONDecoder()


def _doc_text(blob: bytes) -> str:
    """The text of a stored document without parsing its layers (the JSON contract writes "id"
    then "text" first; an id containing the marker would be escaped, so the first match is it)."""
    s = zlib.decompress(blob).decode("utf-8")
    i = s.find('"text": ')
    if i < 0:
        return json.loads(s)["text"]
    return _DECODER.raw_decode(s, i + 8)[0]


# Characters of text around the densest match region that are tokenised for a snippet: about
# three times a snippet's length, so the window can still slide to the densest spot.
_REGION = 600


def _region(text: str, terms: list[tuple[str, bool]]) -> tuple[int, int]:
    """Bounds of the stretch of ``text`` with the most query matches, found on the normalised
    text with one C-level regex scan (tokenising a whole long article per hit would dominate
    search time). Substring matches only choose the region; highlights are exact."""
    if len(text) <= _REGION or not terms:
        return 0, min(len(text), _REGION)
    nt = normalize_with_map(text)
    pat = re.compile("|".join(re.escape(k) for k in sorted({k for k, _ in terms}, key=len, reverse=True)))
    pos = [nt.to_original(m.start()) for m in pat.finditer(nt.text.lower())]
    if not pos:
        return 0, _REGION
    best, best_n, j = pos[0], 0, 0
    for i, p in enumerate(pos):  # densest run of matches within a third of the region
        while p - pos[j] > _REGION // 3:
            j += 1
        if i - j + 1 > best_n:
            best_n, best = i - j + 1, pos[j]
    lo = max(0, best - _REGION // 3)
    hi = min(len(text), lo + _REGION)
    while lo > 0 and not text[lo - 1].isspace():  # do not start inside a word
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi


def snippet(text: str, terms: list[tuple[str, bool]], mark: tuple[str, str] = ("[", "]"),
            words: int = SNIPPET_WORDS) -> tuple[str, list[list[int]], list[int]]:
    """The densest window of ``text`` for the query terms, with matches wrapped in ``mark``.
    Returns (snippet, highlight offsets into text, [window start, window end])."""
    lo_c, hi_c = _region(text, terms)
    toks = [(s + lo_c, e + lo_c, k) for s, e, k in iter_terms(text[lo_c:hi_c])]
    if not toks:
        return "", [], [0, 0]
    exact = {k for k, p in terms if not p}
    prefixes = tuple(k for k, p in terms if p)
    hit = [k in exact or bool(prefixes and k.startswith(prefixes)) for _, _, k in toks]
    best, best_n = 0, -1
    n = 0
    for i in range(len(toks)):  # sliding window count of hits
        n += hit[i]
        if i >= words:
            n -= hit[i - words]
        if n > best_n:
            best_n, best = n, max(0, i - words + 1)
    lo, hi = best, min(len(toks), best + words)
    start, end = toks[lo][0], toks[hi - 1][1]
    marks = [[toks[i][0], toks[i][1]] for i in range(lo, hi) if hit[i]]
    parts, cur = [], start
    for s, e in marks:
        parts += [text[cur:s], mark[0], text[s:e], mark[1]]
        cur = e
    parts.append(text[cur:end])
    snip = "".join(parts).replace("\n", " ")
    more_before = start > 0 and bool(text[:start].strip())
    more_after = bool(text[end:].strip(" \n.»\"'"))
    return ("… " if more_before else "") + snip + (" …" if more_after else ""), marks, [start, end]


_DOC_COLS = "d.doc_id, d.id, d.title, d.published, d.source, d.url, d.story_id, d.chars"


def _doc_row(r: sqlite3.Row) -> dict:
    return {k: r[k] for k in ("doc_id", "id", "title", "published", "source", "url", "story_id", "chars")}


def marked_terms(text: str, terms: list[tuple[str, bool]], mark: tuple[str, str] = ("[", "]")) -> str:
    """``text`` with every word matching the query terms wrapped in ``mark`` (for headlines)."""
    if not text or not terms:
        return text or ""
    exact = {k for k, p in terms if not p}
    prefixes = tuple(k for k, p in terms if p)
    parts, cur = [], 0
    for s, e, k in iter_terms(text):
        if k in exact or (prefixes and k.startswith(prefixes)):
            parts += [text[cur:s], mark[0], text[s:e], mark[1]]
            cur = e
    parts.append(text[cur:])
    return "".join(parts)


def match_offsets(text: str, q: str | None) -> list[list[int]]:
    """[start, end] of every word of ``text`` that the search query ``q`` matches (the reader
    lights them when an article is opened from a hit); [] for no or an invalid query."""
    if not q or not q.strip():
        return []
    try:
        terms = parse_query(q).terms
    except QueryError:
        return []
    exact = {k for k, p in terms if not p}
    prefixes = tuple(k for k, p in terms if p)
    return [[s, e] for s, e, k in iter_terms(text) if k in exact or (prefixes and k.startswith(prefixes))]


SORTS = ("rank", "date")
# Matches scored per query at most: a common word matches much of the corpus (الرئيس: a third
# of it) and bm25 costs ~10 µs a row, so past this many matches only the most recently stored
# are scored (then the others follow, newest first); below it every match is ranked.
RANK_LIMIT = 5000


def _ranked_matches(con, pq, where: str, params: list, sort: str) -> list[tuple]:
    """(doc_id, score, story_id) of every match of ``pq`` under the filters, in ``sort`` order.
    Ranked on the index with the few columns grouping and sorting need (the page's rows, with
    the compressed JSON, are fetched afterwards: sorting them costs 10x more). Title matches
    weigh double (2.0): a word in the headline says what the article is about."""
    score = "bm25(doc_fts, 2.0, 1.0)"
    base = f"FROM doc_fts JOIN documents d ON d.doc_id = doc_fts.rowid WHERE doc_fts MATCH ? AND {where}"
    if sort != "rank":
        return con.execute(f"SELECT d.doc_id, {score}, d.story_id {base} ORDER BY d.published DESC, d.doc_id DESC",
                           [pq.fts, *params]).fetchall()
    newest = con.execute(f"SELECT d.doc_id, d.story_id {base} ORDER BY doc_fts.rowid DESC", [pq.fts, *params]).fetchall()
    if len(newest) <= RANK_LIMIT:
        return con.execute(f"SELECT d.doc_id, {score}, d.story_id {base} ORDER BY 2", [pq.fts, *params]).fetchall()
    cutoff = newest[RANK_LIMIT - 1][0]
    scored = con.execute(f"SELECT d.doc_id, {score}, d.story_id {base} AND doc_fts.rowid >= ? ORDER BY 2",
                         [pq.fts, *params, cutoff]).fetchall()
    return scored + [(doc_id, None, story) for doc_id, story in newest[RANK_LIMIT:]]


def _search_order(con, pq, f, where, params, sort, group) -> list[tuple]:
    """(doc_id, score, story_id, copies) of every hit of a search in page order (one per story
    when grouped), kept per query, filters and database state: paging and the facets' clicks
    then read a list instead of ranking again."""
    k = (_state(con), "search", pq.fts if pq else None, repr(f), sort, group, RANK_LIMIT)
    with _CACHE_LOCK:
        if k in _INDEX:
            return _INDEX[k]
    try:
        if pq:
            cur = _ranked_matches(con, pq, where, params, sort)
        else:
            cur = con.execute(f"SELECT d.doc_id, NULL, d.story_id FROM documents d WHERE {where} "
                              f"ORDER BY d.published DESC, d.doc_id DESC", params)
        out: list = []
        if group:
            pos: dict[int, int] = {}
            for doc_id, score, story in cur:
                key = story if story is not None else -doc_id
                if key in pos:
                    i = pos[key]
                    out[i] = (out[i][0], out[i][1], out[i][2], out[i][3] + 1)
                    continue
                pos[key] = len(out)
                out.append((doc_id, score, story, 0))
        else:
            out = [(doc_id, score, story, 0) for doc_id, score, story in cur]
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot run this query: {exc}") from None
    with _CACHE_LOCK:
        _INDEX[k] = out
        while len(_INDEX) > INDEX_ENTRIES:
            _INDEX.pop(next(iter(_INDEX)))
    return out


def search(db, q: str | None, filters: Filters | dict | None = None, limit: int = 20, offset: int = 0,
           mark: tuple[str, str] = ("[", "]"), sort: str = "rank", group: bool = False) -> dict:
    """Ranked full-text search. Returns {"query", "total", "hits": [...]}; each hit has doc_id, id,
    title, published, source, url, story_id, score (bm25, lower is better), snippet (matches
    wrapped in ``mark``), title_marked (the headline with its matches marked), highlights
    ([start, end] offsets into the document text) and window ([start, end] of the snippet).
    Without ``q`` lists filtered documents newest first.

    ``sort``: "rank" (best match first; newest first without a query) or "date" (newest first).
    ``group``: one hit per near-duplicate story (its best-ranked or newest copy), with
    ``copies`` = how many other matching articles are copies of it; ``total`` then counts
    stories and ``total_docs`` articles."""
    con = _con(db)
    f = Filters.of(filters)
    limit, offset = _page(limit, offset)
    if sort not in SORTS:
        raise QueryError(f"sort {sort!r}: use rank or date")
    where, params = f.sql("d")
    pq = parse_query(q) if q and q.strip() else None
    if not pq and not f.any() and not group:
        raise QueryError("give a query or at least one filter")
    order = _search_order(con, pq, f, where, params, sort, group)
    total, total_docs = len(order), sum(1 + c for _, _, _, c in order)
    page = order[offset:offset + limit]
    copies = {(story if story is not None else -doc_id): c for doc_id, _, story, c in page}
    by_id = {r["doc_id"]: r for r in con.execute(
        f"SELECT {_DOC_COLS}, d.doc_json FROM documents d WHERE d.doc_id IN ({','.join('?' * len(page))})",
        [i for i, _, _, _ in page])} if page else {}
    page = [(doc_id, score, story) for doc_id, score, story, _ in page]
    hits = []
    terms = pq.terms if pq else []
    for doc_id, score, story in page:
        r = by_id.get(doc_id)
        if r is None:
            continue
        h = _doc_row(r)
        h["score"] = round(score, 4) if score is not None else None
        h["snippet"], h["highlights"], h["window"] = snippet(_doc_text(r["doc_json"]), terms, mark)
        h["title_marked"] = marked_terms(r["title"] or "", terms, mark)
        if group:
            h["copies"] = copies.get(story if story is not None else -doc_id, 0)
        hits.append(h)
    out = {"query": q, "fts": pq.fts if pq else None, "total": total, "offset": offset, "hits": hits}
    if group:
        out["total_docs"] = total_docs
    return out


def _page(limit: int, offset: int) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise QueryError("limit and offset must be whole numbers") from None
    if limit < 1 or offset < 0:
        raise QueryError("limit must be at least 1 and offset at least 0")
    return min(limit, MAX_LIMIT), offset


def _find_doc(con, doc) -> sqlite3.Row | None:
    """An int is an internal number; a string is an article id, and only when no article has
    that id, ``~N`` is internal number N (so article "1" is never shadowed by document 1)."""
    if isinstance(doc, int):
        return con.execute("SELECT * FROM documents WHERE doc_id=?", (doc,)).fetchone()
    doc = str(doc)
    r = con.execute("SELECT * FROM documents WHERE id=?", (doc,)).fetchone()
    if r is None and doc.startswith(DOC_NUMBER_PREFIX) and doc[1:].isdigit() and len(doc) < 20:
        r = con.execute("SELECT * FROM documents WHERE doc_id=?", (int(doc[1:]),)).fetchone()
    return r


def doc_ref(doc_id: int) -> str:
    """The unambiguous reference of internal document number ``doc_id`` (``~12``)."""
    return f"{DOC_NUMBER_PREFIX}{doc_id}"


def get_document(db, doc: int | str) -> dict | None:
    """One document by its article id (str), else ``~N`` (internal number N, see doc_ref), or by
    internal number (int): {"doc": JSON contract dict, "doc_id", "story_id",
    "sources": [{origin, source, url, title, published, html_sha256}], "story": [other doc rows]}.
    None if absent."""
    con = _con(db)
    r = _find_doc(con, doc)
    if r is None:
        return None
    out = {"doc_id": r["doc_id"], "id": r["id"], "story_id": r["story_id"], "doc": _doc_dict(r["doc_json"])}
    out["sources"] = [dict(s) for s in con.execute(
        "SELECT origin, source, url, title, published, html_sha256 FROM doc_sources WHERE doc_id=? ORDER BY rowid",
        (r["doc_id"],))]
    out["story"] = [_doc_row(s) for s in con.execute(
        f"SELECT {_DOC_COLS} FROM documents d WHERE d.story_id=? AND d.doc_id<>? ORDER BY d.published, d.doc_id",
        (r["story_id"], r["doc_id"]))]
    return out


def get_html(db, sha256: str) -> bytes | None:
    """The original HTML of a page by its sha256 (as listed in a document's sources)."""
    r = _con(db).execute("SELECT html FROM html_pages WHERE sha256=?", (sha256,)).fetchone()
    return zlib.decompress(r[0]) if r else None


# --- entities ---------------------------------------------------------------------------------

def _label_and_key(conds: list, params: list, alias: str, label: str | None, key: str | None) -> None:
    """Add the entity filters (label, part of the normalised name) for table ``alias``."""
    if label:
        conds.append(f"{alias}.label=?")
        params.append(label.upper())
    if key:
        conds.append(f"instr({alias}.name_key, ?) > 0")
        params.append(key)

def list_entities(db, q: str | None = None, label: str | None = None, filters: Filters | dict | None = None,
                  limit: int = 50, offset: int = 0, code: str | None = None) -> list[dict]:
    """Entities across documents, grouped by (label, normalised name), in most documents first:
    {name, label, key, codes, docs, stories, mentions, first, last}. ``q`` keeps names
    containing it (normalised); ``code`` keeps entities with that actor code or a code that
    starts with it (SAU: SAU, SAUGOV, ...); ``stories`` counts near-duplicate copies once.
    Pages are kept per database state (see _cached)."""
    con = _con(db)
    limit, offset = _page(limit, offset)
    f = Filters.of(filters)
    if label and label.upper() not in ("PER", "ORG", "LOC", "MISC"):
        raise QueryError(f"label {label!r}: one of PER, ORG, LOC, MISC")
    if code is not None and code.strip() and not re.fullmatch(r"[A-Za-z0-9]{1,12}", code.strip()):
        raise QueryError(f"code {code!r}: letters and digits, e.g. SAU or SAUGOV")
    code = code.strip().upper() if code and code.strip() else None
    return _cached(con, ("entities", q, label, repr(f), limit, offset, code),
                   lambda: _list_entities(con, q, label, f, limit, offset, code))


def _list_entities(con, q, label, f, limit, offset, code) -> list[dict]:
    k = None
    if q and q.strip():
        k = name_key(q)
        if not k:
            raise QueryError("the entity query has no letters")
    if code:
        where, params = f.sql("d")
        conds = [where, "(e.code=? OR e.code LIKE ?)"]
        params += [code, code.replace("%", "").replace("_", "") + "%"]
        _label_and_key(conds, params, "e", label, k)
        return _entity_groups(con, conds, params, "stories", limit, offset)
    if not f.any():
        # Whole corpus: read the page from the totals the writer keeps, then add codes and
        # story counts for the page only.
        conds, params = ["1"], []
        _label_and_key(conds, params, "s", label, k)
        rows = [dict(r) for r in con.execute(
            f"""SELECT s.name_key AS key, s.label AS label, s.name AS name, s.docs AS docs, s.mentions AS mentions,
                s.first AS first, s.last AS last FROM entity_stats s WHERE {' AND '.join(conds)}
                ORDER BY s.docs DESC, s.mentions DESC, s.name_key LIMIT ? OFFSET ?""", [*params, limit, offset])]
        for r in rows:
            extra = con.execute(
                """SELECT group_concat(DISTINCT e.code) AS codes, count(DISTINCT d.story_id) AS stories
                   FROM entities e JOIN documents d ON d.doc_id=e.doc_id WHERE e.name_key=? AND e.label=?""",
                (r["key"], r["label"])).fetchone()
            r["codes"] = extra["codes"].split(",") if extra["codes"] else []
            r["stories"] = extra["stories"]
        return [{k2: r[k2] for k2 in ("key", "label", "name", "codes", "docs", "stories", "mentions", "first", "last")}
                for r in rows]
    where, params = f.sql("d")
    conds = [where]
    _label_and_key(conds, params, "e", label, k)
    return _entity_groups(con, conds, params, "docs", limit, offset)


def _entity_groups(con, conds: list, params: list, first: str, limit: int, offset: int) -> list[dict]:
    """Entities (entity rows ``e`` of documents ``d`` meeting ``conds``) grouped by name and
    label, ``first`` (docs or stories) the most first."""
    rows = con.execute(
        f"""SELECT e.name_key AS key, e.label AS label, min(e.name) AS name, group_concat(DISTINCT e.code) AS codes,
            count(DISTINCT e.doc_id) AS docs, count(DISTINCT d.story_id) AS stories, sum(e.n_mentions) AS mentions,
            min(d.published) AS first, max(d.published) AS last
            FROM entities e JOIN documents d ON d.doc_id=e.doc_id WHERE {' AND '.join(conds)}
            GROUP BY e.name_key, e.label ORDER BY {first} DESC, mentions DESC, key LIMIT ? OFFSET ?""",
        [*params, limit, offset]).fetchall()
    return [{**dict(r), "codes": r["codes"].split(",") if r["codes"] else []} for r in rows]


# Articles of an entity (its newest) whose other entities make its co-occurrence list.
COOCCUR_DOCS = 200


def get_entity(db, name: str, label: str | None = None, limit: int = 50) -> dict | None:
    """See _get_entity; results are kept per database state (see _cached)."""
    con = _con(db)
    if not name or not name.strip():
        raise QueryError("give an entity name")
    return _cached(con, ("entity", name, label, limit), lambda: _get_entity(con, name, label, limit))


def _get_entity(db, name: str, label: str | None = None, limit: int = 50) -> dict | None:
    """Everything about one entity: {name, label, key, keys, codes, docs, stories, mentions,
    timeline: [{date, docs, stories, mentions}], quotes: [...], events_as_source: [...],
    events_as_target: [...], cooccurring: [{key, name, label, docs}] (in its newest COOCCUR_DOCS
    articles), alternatives: [{key, name, label, docs}]}; None if no document mentions it.

    An entity across documents is a (label, normalised name) pair. ``name`` may be that name in
    any spelling (or the ``key`` from list_entities), one of its mentions (كاميرون for ديفيد
    كاميرون), or an actor code (all entities with that code). When several entities match
    (كاميرون: David Cameron, or Cameroon written الكاميرون), the one in most documents is
    returned and the others are listed in ``alternatives``; pass ``label`` to choose."""
    con = _con(db)
    if not name or not name.strip():
        raise QueryError("give an entity name")
    key = name_key(name)
    lab = " AND e.label=?" if label else ""
    lp = [label.upper()] if label else []
    code_pks = [r[0] for r in con.execute(f"SELECT e.ent_pk FROM entities e WHERE e.code=?{lab}", [name.strip(), *lp])]
    groups: list = []
    if key:
        groups = con.execute(
            f"""SELECT g.name_key AS key, g.label AS label, min(x.name) AS name, count(DISTINCT x.doc_id) AS docs
                FROM (SELECT DISTINCT e.name_key, e.label FROM entities e WHERE e.name_key=?{lab}
                      UNION SELECT DISTINCT e.name_key, e.label FROM mentions m JOIN entities e ON e.ent_pk=m.ent_pk
                      WHERE m.text_key=? AND coalesce(m.kind, 'name') <> 'nominal'{lab}) g
                JOIN entities x ON x.name_key=g.name_key AND x.label=g.label
                GROUP BY g.name_key, g.label ORDER BY docs DESC, g.name_key""", [key, *lp, key, *lp]).fetchall()
        if not groups and not code_pks:
            # Part of a name that is never a mention by itself: whole-word containment (a scan).
            like = "% " + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"
            groups = con.execute(
                f"""SELECT e.name_key AS key, e.label AS label, min(e.name) AS name, count(DISTINCT e.doc_id) AS docs
                    FROM entities e WHERE (' ' || e.name_key || ' ') LIKE ? ESCAPE '\\'{lab}
                    GROUP BY e.name_key, e.label ORDER BY docs DESC, e.name_key""", [like, *lp]).fetchall()
    alternatives = [dict(g) for g in groups]
    if code_pks:
        pks = code_pks
    elif groups:
        top = alternatives.pop(0)
        pks = [r[0] for r in con.execute("SELECT ent_pk FROM entities WHERE name_key=? AND label=?",
                                         (top["key"], top["label"]))]
    else:
        return None
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _ents (ent_pk INTEGER PRIMARY KEY)")
    con.execute("DELETE FROM _ents")
    con.executemany("INSERT OR IGNORE INTO _ents VALUES (?)", [(p,) for p in pks])
    top_name = con.execute("""SELECT e.name, e.label FROM _ents x JOIN entities e ON e.ent_pk=x.ent_pk
        GROUP BY e.name, e.label ORDER BY count(*) DESC, e.name LIMIT 1""").fetchone()
    head = con.execute(
        """SELECT ? AS name, ? AS label, group_concat(DISTINCT e.code) AS codes,
           count(DISTINCT e.doc_id) AS docs, count(DISTINCT d.story_id) AS stories, sum(e.n_mentions) AS mentions
           FROM _ents x JOIN entities e ON e.ent_pk=x.ent_pk JOIN documents d ON d.doc_id=e.doc_id""",
        (top_name[0], top_name[1])).fetchone()
    if code_pks:  # entities of one code may have several names
        keys = [r[0] for r in con.execute(
            "SELECT e.name_key, count(*) n FROM _ents x JOIN entities e ON e.ent_pk=x.ent_pk GROUP BY e.name_key "
            "ORDER BY n DESC, e.name_key")]
    else:  # one (name, label) group: one key
        keys = [top["key"]]
    out = {**dict(head), "key": keys[0], "keys": keys, "codes": head["codes"].split(",") if head["codes"] else [],
           "alternatives": alternatives[:limit]}
    out["timeline"] = [dict(r) for r in con.execute(
        """SELECT d.published AS date, count(DISTINCT d.doc_id) AS docs, count(DISTINCT d.story_id) AS stories,
           sum(e.n_mentions) AS mentions FROM _ents x JOIN entities e ON e.ent_pk=x.ent_pk
           JOIN documents d ON d.doc_id=e.doc_id GROUP BY d.published ORDER BY d.published""")]
    out["quotes"] = [_quote(r) for r in con.execute(
        f"""SELECT {_QUOTE_COLS} FROM _ents x JOIN quotes q ON q.speaker_ent_pk=x.ent_pk
            JOIN documents d ON d.doc_id=q.doc_id ORDER BY d.published, q.doc_id, q.idx LIMIT ?""", (limit,))]
    for role in ("source", "target"):
        out[f"events_as_{role}"] = [_event(r) for r in con.execute(
            f"""SELECT {_EVENT_COLS} FROM _ents x JOIN events v ON v.{role}_ent_pk=x.ent_pk
                JOIN documents d ON d.doc_id=v.doc_id ORDER BY d.published, v.doc_id, v.idx LIMIT ?""", (limit,))]
    # Co-occurring actors: entities of the documents that mention this one. The document set is
    # materialised first and joined with CROSS JOIN so SQLite walks it through entities_doc.
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _edocs (doc_id INTEGER PRIMARY KEY)")
    con.execute("DELETE FROM _edocs")
    # The newest COOCCUR_DOCS articles: who appears with an entity lately, and a bounded cost for
    # an entity named in thousands of articles.
    con.execute("INSERT OR IGNORE INTO _edocs SELECT DISTINCT e.doc_id FROM _ents x JOIN entities e "
                "ON e.ent_pk=x.ent_pk ORDER BY e.doc_id DESC LIMIT ?", (COOCCUR_DOCS,))
    out["cooccurring"] = [dict(r) for r in con.execute(
        """SELECT o.name_key AS key, min(o.name) AS name, o.label AS label, count(DISTINCT o.doc_id) AS docs
           FROM _edocs y CROSS JOIN entities o ON o.doc_id=y.doc_id
           WHERE o.name_key NOT IN (SELECT e2.name_key FROM _ents x2 JOIN entities e2 ON e2.ent_pk=x2.ent_pk)
           GROUP BY o.name_key, o.label ORDER BY docs DESC, key LIMIT ?""", (limit,))]
    return out


# --- events and quotes ------------------------------------------------------------------------
# An event's date as the store keeps it: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B of those;
# without one, the article's publication date stands in (as in rasd export's event_date).
_EV_DATE = "coalesce(v.date, d.published)"
_EV_START = f"substr(CASE WHEN instr({_EV_DATE}, '/') > 0 THEN substr({_EV_DATE}, 1, instr({_EV_DATE}, '/') - 1) ELSE {_EV_DATE} END, 1, 10)"
_EV_LAST = f"CASE WHEN instr({_EV_DATE}, '/') > 0 THEN substr({_EV_DATE}, instr({_EV_DATE}, '/') + 1) ELSE {_EV_DATE} END"
# The last day the date can mean: 2015 -> 2015-12-31, 2015-07 -> 2015-07-31 (as text, which is
# all a comparison needs).
_EV_END = (f"CASE length({_EV_LAST}) WHEN 4 THEN {_EV_LAST} || '-12-31' WHEN 7 THEN {_EV_LAST} || '-31' "
           f"ELSE substr({_EV_LAST}, 1, 10) END")
_HISTORICAL = (f"(coalesce(v.context, '') = 'historical' OR (v.date IS NOT NULL AND d.published IS NOT NULL "
               f"AND {_EV_END} < date(substr(d.published, 1, 10), '-{HISTORICAL_DAYS} days')))")

_EVENT_COLS = f"""v.event_pk, v.doc_id, v.idx, d.id AS doc, d.title, d.published, d.source AS outlet, d.url, d.story_id,
    v.type, v.mode, v.context, v.source, v.source_text, v.source_name, v.source_code, v.target, v.target_text,
    v.target_name, v.target_code, v.date, {_EV_START} AS event_day, v.location, v.location_country, v.counts,
    v.trigger_start, v.trigger_end, v.trigger_text, v.sentence, v.sentence_text, v.attrs,
    (SELECT label FROM entities WHERE ent_pk=v.source_ent_pk) AS source_label,
    (SELECT label FROM entities WHERE ent_pk=v.target_ent_pk) AS target_label,
    {_HISTORICAL} AS historical"""
_QUOTE_COLS = """q.quote_pk, q.doc_id, q.idx, d.id AS doc, d.title, d.published, d.source AS outlet, d.url, d.story_id,
    q.start, q."end", q.text, q.kind, q.speaker, q.speaker_text, q.speaker_name, q.speaker_key, q.cue_text,
    q.sentence, q.sentence_text, q.attrs, (SELECT label FROM entities WHERE ent_pk=q.speaker_ent_pk) AS speaker_label"""


def _jsonish(v):
    if isinstance(v, str) and v[:1] in "[{":
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def _event(r) -> dict:
    d = dict(r)
    for k in ("context", "counts", "mode", "location", "attrs"):
        if k in d:
            d[k] = _jsonish(d[k])
    attrs = d.get("attrs") if isinstance(d.get("attrs"), dict) else {}
    counts = dict(d["counts"]) if isinstance(d.get("counts"), dict) else {}
    for k in EVENT_COUNTS:
        if attrs.get(k) is not None:
            counts.setdefault(k, attrs[k])
    d["counts"] = counts or None
    if "historical" in d:
        d["historical"] = bool(d["historical"])
    ctx = d.get("context")
    d["contexts"] = [c for c in (ctx if isinstance(ctx, list) else [ctx]) if c]
    if d.get("historical") and "historical" not in d["contexts"]:
        d["contexts"].append("historical")
    return d


def _quote(r) -> dict:
    d = dict(r)
    d["attrs"] = _jsonish(d["attrs"])
    return d


def event_where(f: Filters, historical: bool | None = None) -> tuple[str, list]:
    """Event selection shared by list_events, count_events, event_days and event_edges: type,
    country and location restrict the events, entity their source or target, since/until their
    date (the publication date with ``dates="published"``), the other filters the documents.
    ``historical``: True keeps only background events (HISTORICAL_DAYS), False leaves them out."""
    by_event = (f.dates or "event") == "event"
    where, params = Filters(source=f.source, speaker=f.speaker, since=None if by_event else f.since,
                            until=None if by_event else f.until).sql("d")
    conds = [where]
    if by_event:
        if f.since:
            conds.append(f"{_EV_START} >= ?")
            params.append(f.since)
        if f.until:
            conds.append(f"{_EV_START} <= ?")
            params.append(f.until + "~")
    if f.type:
        conds.append("v.type=?")
        params.append(f.type)
    if f.country:
        conds.append("v.location_country=?")
        params.append(f.country)
    if f.location:
        conds.append("v.location=?")
        params.append(f.location.strip())
    if f.entity:
        key = name_key(f.entity)
        ents = ("(SELECT ent_pk FROM entities WHERE name_key=? UNION SELECT ent_pk FROM entities WHERE code=? "
                "UNION SELECT ent_pk FROM mentions WHERE text_key=?)")
        conds.append(f"(v.source_ent_pk IN {ents} OR v.target_ent_pk IN {ents})")
        params += [key, f.entity.strip(), key] * 2
    if historical is not None:
        conds.append(_HISTORICAL if historical else f"NOT {_HISTORICAL}")
    return " AND ".join(conds), params




def _event_index(con, f: Filters) -> list[tuple]:
    """(event_pk, event_day, historical, type, publication day) of every event matching ``f``, in
    event date order, computed once per filter set and database state: the count, the page, the
    timeline and the historical split of a page are then read from it, not from four scans."""
    k = (_state(con), "events", repr(f))
    with _CACHE_LOCK:
        if k in _INDEX:
            return _INDEX[k]
    where, params = event_where(f)
    rows = con.execute(
        f"SELECT v.event_pk, {_EV_START} AS day, {_HISTORICAL}, v.type, substr(d.published, 1, 10) FROM events v "
        f"JOIN documents d ON d.doc_id=v.doc_id WHERE {where} ORDER BY day, d.published, v.doc_id, v.idx",
        params).fetchall()
    out = [(r[0], r[1], bool(r[2]), r[3], r[4]) for r in rows]
    with _CACHE_LOCK:
        _INDEX[k] = out
        while len(_INDEX) > INDEX_ENTRIES:
            _INDEX.pop(next(iter(_INDEX)))
    return out


def _events_by_pk(con, pks: list[int]) -> list[dict]:
    if not pks:
        return []
    got = {r["event_pk"]: r for r in con.execute(
        f"SELECT {_EVENT_COLS} FROM events v JOIN documents d ON d.doc_id=v.doc_id "
        f"WHERE v.event_pk IN ({','.join('?' * len(pks))})", pks)}
    return [_event(got[p]) for p in pks if p in got]


def list_events(db, filters: Filters | dict | None = None, limit: int = 100, offset: int = 0,
                historical: bool | None = None, order: str = "date") -> list[dict]:
    """Events matching ``filters`` (type, country, location restrict the events themselves; entity
    keeps events whose source or target is that entity; since/until their date), in event date
    order (``order="published"``: publication order). Each has ``event_day`` (the first day its
    date can mean), ``historical``, ``contexts`` (claimed, negated, future, conditional,
    historical), ``counts`` (killed, injured, size when known), the entity labels of its source
    and target (``source_label``, ``target_label``; None when the actor is no entity)."""
    con = _con(db)
    limit, offset = _page(limit, offset)
    idx = _event_index(con, Filters.of(filters))
    sel = [e for e in idx if historical is None or e[2] == historical]
    if order != "date":
        sel = sorted(sel, key=lambda e: e[4] or "")
    return _events_by_pk(con, [e[0] for e in sel[offset:offset + limit]])


def count_events(db, filters: Filters | dict | None = None, historical: bool | None = None) -> int:
    """How many events ``list_events`` would return without a limit."""
    con = _con(db)
    idx = _event_index(con, Filters.of(filters))
    return sum(1 for e in idx if historical is None or e[2] == historical)


def event_days(db, filters: Filters | dict | None = None, dates: str = "event",
               historical: bool | None = False) -> list[tuple[str | None, str, int]]:
    """(day, type, events) for an events timeline: the first day the event's own date can mean
    (YYYY, YYYY-MM or YYYY-MM-DD as precise as the date is), or with ``dates="published"`` the
    article's publication day. Historical events are left out unless ``historical`` is None/True."""
    con = _con(db)
    from collections import Counter
    c: Counter = Counter()
    for _pk, day, hist, typ, pub in _event_index(con, Filters.of(filters)):
        if historical is None or hist == historical:
            c[(day if dates == "event" else pub, typ)] += 1
    return sorted(((d, t, n) for (d, t), n in c.items()), key=lambda r: (r[0] or "", r[1] or ""))


def event_edges(db, filters: Filters | dict | None = None, limit: int = 500) -> list[tuple]:
    """(source name, target name, type, events, source label, target label) for an actor network,
    most frequent first. Only actors that are entities of the database are nodes (an unresolved
    phrase such as السكان is no actor one can follow)."""
    con = _con(db)
    f = Filters.of(filters)
    limit, _ = _page(limit, 0)
    return _cached(con, ("edges", repr(f), limit), lambda: _event_edges(con, f, limit))


def _event_edges(con, f: Filters, limit: int) -> list[tuple]:
    where, params = event_where(f)
    rows = con.execute(
        f"""SELECT v.source_name AS s, v.target_name AS t, v.type, count(*) AS n,
            max(se.label), max(te.label) FROM events v JOIN documents d ON d.doc_id=v.doc_id
            JOIN entities se ON se.ent_pk=v.source_ent_pk JOIN entities te ON te.ent_pk=v.target_ent_pk
            WHERE {where} AND s IS NOT NULL AND t IS NOT NULL GROUP BY s, t, v.type ORDER BY n DESC, s, t LIMIT ?""",
        [*params, limit])
    return [tuple(r) for r in rows]


def event_places(db, filters: Filters | dict | None = None, historical: bool | None = False) -> list[dict]:
    """Where the matching events happened: [{country, location, events}] by place name and
    country code, most events first (events with no place are not listed)."""
    con = _con(db)
    f = Filters.of(filters)
    return _cached(con, ("places", repr(f), historical), lambda: _event_places(con, f, historical))


def _event_places(con, f: Filters, historical: bool | None) -> list[dict]:
    where, params = event_where(f, historical)
    rows = con.execute(
        f"""SELECT v.location_country AS country, v.location AS location, count(*) AS events FROM events v
            JOIN documents d ON d.doc_id=v.doc_id WHERE {where} AND (v.location IS NOT NULL OR
            v.location_country IS NOT NULL) GROUP BY v.location_country, v.location ORDER BY events DESC, location""",
        params)
    return [dict(r) for r in rows]


def entity_variants(db, key: str, label: str | None = None, codes: list[str] | None = None,
                    limit: int = 30) -> list[tuple[str, int]]:
    """(spelling, mentions) of the named mentions of an entity (by name key as returned by
    get_entity/list_entities, or actor codes), most frequent first."""
    con = _con(db)
    codes = list(codes or [])
    conds = ["(e.name_key=?" + (" OR e.code IN (%s)" % ",".join("?" * len(codes)) if codes else "") + ")"]
    params: list = [key, *codes]
    if label:
        conds.append("e.label=?")
        params.append(label.upper())
    limit, _ = _page(limit, 0)
    rows = con.execute(
        f"""SELECT m.text, count(*) AS n FROM entities e JOIN mentions m ON m.ent_pk=e.ent_pk
            WHERE {' AND '.join(conds)} AND coalesce(m.kind, 'name') <> 'nominal'
            GROUP BY m.text ORDER BY n DESC, m.text LIMIT ?""", [*params, limit]).fetchall()
    if not rows:
        # get_entity falls back to a mention when no entity has the name (بوتين finds
        # فلاديمير بوتين); variants do the same: the entities having a mention with this key.
        lab, lp = ("AND e.label=?", [label.upper()]) if label else ("", [])
        rows = con.execute(
            f"""SELECT m.text, count(*) AS n FROM mentions m WHERE m.ent_pk IN (
                    SELECT DISTINCT e.ent_pk FROM mentions m2 JOIN entities e ON e.ent_pk=m2.ent_pk
                    WHERE m2.text_key=? {lab})
                AND coalesce(m.kind, 'name') <> 'nominal' GROUP BY m.text ORDER BY n DESC, m.text LIMIT ?""",
            [key, *lp, limit]).fetchall()
    return [(r[0], r[1]) for r in rows]


def list_documents(db, filters: Filters | dict | None = None, limit: int = 20, offset: int = 0) -> dict:
    """Documents matching ``filters`` (none: all), newest first: {"total", "offset", "documents":
    [doc rows as in search hits, without snippet]} (browsing, where search needs a query or filter)."""
    con = _con(db)
    limit, offset = _page(limit, offset)
    where, params = Filters.of(filters).sql("d")
    total = con.execute(f"SELECT count(*) FROM documents d WHERE {where}", params).fetchone()[0]
    rows = con.execute(f"SELECT {_DOC_COLS} FROM documents d WHERE {where} "
                       f"ORDER BY d.published DESC, d.doc_id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "offset": offset, "documents": [_doc_row(r) for r in rows]}


def quote_where(f: Filters) -> tuple[str, list]:
    where, params = Filters(source=f.source, since=f.since, until=f.until, entity=f.entity, type=f.type,
                            country=f.country, location=f.location).sql("d")
    conds = [where]
    if f.speaker:
        key = name_key(f.speaker)
        conds.append("(q.speaker_key=? OR q.speaker_ent_pk IN (SELECT ent_pk FROM mentions WHERE text_key=?))")
        params += [key, key]
    return " AND ".join(conds), params


def list_quotes(db, filters: Filters | dict | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Quotes of the documents matching ``filters`` (speaker restricts the quotes themselves;
    entity keeps quotes of documents that mention it), oldest first."""
    con = _con(db)
    f = Filters.of(filters)
    limit, offset = _page(limit, offset)
    where, params = quote_where(f)
    rows = con.execute(f"SELECT {_QUOTE_COLS} FROM quotes q JOIN documents d ON d.doc_id=q.doc_id "
                       f"WHERE {where} ORDER BY d.published, q.doc_id, q.idx LIMIT ? OFFSET ?",
                       [*params, limit, offset]).fetchall()
    return [_quote(r) for r in rows]


def quote_groups(db, filters: Filters | dict | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Quotes as an analyst reads them: one row per (story, speaker, words), newest first, with
    ``copies`` = how many other articles of the same story repeat it (a wire quote printed by
    twenty papers is one quote). {"total" (groups), "total_quotes", "quotes": [quote rows + copies]}."""
    con = _con(db)
    f = Filters.of(filters)
    limit, offset = _page(limit, offset)
    where, params = quote_where(f)
    k = (_state(con), "quotes", repr(f))
    with _CACHE_LOCK:
        groups = _INDEX.get(k)
    if groups is None:
        groups = [(r[0], r[1]) for r in con.execute(
            f"""SELECT min(q.quote_pk) AS first, count(*) - 1 AS copies, max(d.published) AS latest
                FROM quotes q JOIN documents d ON d.doc_id=q.doc_id WHERE {where}
                GROUP BY d.story_id, coalesce(q.speaker_key, ''), q.text ORDER BY latest DESC, first DESC""", params)]
        with _CACHE_LOCK:
            _INDEX[k] = groups
            while len(_INDEX) > INDEX_ENTRIES:
                _INDEX.pop(next(iter(_INDEX)))
    n_groups, n_quotes = len(groups), sum(1 + c for _, c in groups)
    rows = [{"first": pk, "copies": c} for pk, c in groups[offset:offset + limit]]
    firsts = {r["first"]: r["copies"] for r in rows}
    got = {r["quote_pk"]: r for r in con.execute(
        f"SELECT {_QUOTE_COLS} FROM quotes q JOIN documents d ON d.doc_id=q.doc_id "
        f"WHERE q.quote_pk IN ({','.join('?' * len(firsts))})", list(firsts))} if firsts else {}
    quotes = [{**_quote(got[pk]), "copies": n} for pk, n in firsts.items() if pk in got]
    return {"total": n_groups, "total_quotes": n_quotes, "offset": offset, "quotes": quotes}


def stories(db, filters: Filters | dict | None = None, day: str | None = None, limit: int = 30,
            offset: int = 0) -> dict:
    """The near-duplicate stories of the documents matching ``filters`` (or published on ``day``),
    biggest first: {"total", "stories": [{story_id, articles, outlets: [..], first, last, title,
    doc (id of its first article), events, types: [[type, n]]}]}."""
    con = _con(db)
    f = Filters.of(filters)
    limit, offset = _page(limit, offset)
    if day:
        day = check_bound(day, "day")
        f = Filters(**{**{x.name: getattr(f, x.name) for x in fields(f)}, "since": day, "until": day})
    where, params = f.sql("d")

    def compute():
        rows = con.execute(
            f"""SELECT d.story_id AS story_id, count(*) AS articles, group_concat(DISTINCT d.source) AS outlets,
                min(d.published) AS first, max(d.published) AS last, min(d.doc_id) AS first_doc
                FROM documents d WHERE {where} GROUP BY d.story_id ORDER BY articles DESC, first_doc""",
            params).fetchall()
        return [dict(r) for r in rows]
    allrows = _cached(con, ("stories", repr(f)), compute)
    page = allrows[offset:offset + limit]
    out = []
    for r in page:
        head = con.execute("SELECT d.id, d.title FROM documents d WHERE d.doc_id=?", (r["first_doc"],)).fetchone()
        types = con.execute(
            """SELECT v.type, count(*) n FROM documents d JOIN events v ON v.doc_id=d.doc_id WHERE d.story_id=?
               GROUP BY v.type ORDER BY n DESC, v.type""", (r["story_id"],)).fetchall()
        out.append({**r, "outlets": sorted((r["outlets"] or "").split(",")) if r["outlets"] else [],
                    "doc": head["id"], "title": head["title"], "types": [list(t) for t in types],
                    "events": sum(t[1] for t in types)})
    return {"total": len(allrows), "offset": offset, "stories": out}


# Result documents whose entities and speakers choose the facet candidates: a systematic sample
# across the whole result (every k-th document), large enough that any value in more than about
# one result in a hundred is among them, small enough to read in a few milliseconds. The counts
# shown are then exact (computed with the filter the click applies), only the choice is sampled.
FACET_SAMPLE = 400


def _result_docs(con, q: str | None, f: "Filters") -> None:
    """Fill the temp table _fdocs(doc_id, story_id) with the documents of a query and filters."""
    where, params = f.sql("d")
    if q and q.strip():
        pq = parse_query(q)
        sel = (f"SELECT d.doc_id, d.story_id FROM doc_fts JOIN documents d ON d.doc_id=doc_fts.rowid "
               f"WHERE doc_fts MATCH ? AND {where}")
        params = [pq.fts, *params]
    else:
        sel = f"SELECT d.doc_id, d.story_id FROM documents d WHERE {where}"
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _fdocs (doc_id INTEGER PRIMARY KEY, story_id INTEGER)")
    con.execute("DELETE FROM _fdocs")
    try:
        con.execute(f"INSERT INTO _fdocs {sel}", params)
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot run this query: {exc}") from None


def facets(db, q: str | None = None, filters: Filters | dict | None = None, top: int = 10) -> dict:
    """Counts for narrowing a result set, each the number of near-duplicate **stories** the click
    on that value shows (the same filter, the same grouping as ``search(group=True)``):
    {"unit": "stories", "total" (stories), "total_docs", "sources": [[name, stories]],
    "types": [[type, stories]], "entities": [[name, label, stories]], "speakers": [[name, stories]],
    "dates": [[YYYY-MM-DD, stories]], "months": [[YYYY-MM, stories]]}.

    Entities and speakers are the ``top`` most frequent in a sample of the result (FACET_SAMPLE),
    each counted exactly over the whole result. Results are kept per database state (see _cached)."""
    con = _con(db)
    f = Filters.of(filters)
    return _cached(con, ("facets", q, repr(f), top), lambda: _facets(con, q, f, top))


def _facets(con, q, f: "Filters", top: int) -> dict:
    _result_docs(con, q, f)
    n_docs, n_stories = con.execute("SELECT count(*), count(DISTINCT story_id) FROM _fdocs").fetchone()
    out = {"unit": "stories", "total": n_stories, "total_docs": n_docs}
    out["sources"] = [list(r) for r in con.execute(
        """SELECT min(src), count(DISTINCT story_id) n FROM (
               SELECT x.story_id, d.source AS src FROM _fdocs x JOIN documents d USING(doc_id)
               UNION SELECT x.story_id, s.source FROM _fdocs x JOIN doc_sources s USING(doc_id))
           WHERE src IS NOT NULL GROUP BY src COLLATE NOCASE ORDER BY n DESC, min(src) LIMIT ?""", (top * 2,))]
    # A large result: walk the events and probe the result set; a small one: the other way round.
    join = ("events v CROSS JOIN _fdocs x ON x.doc_id=v.doc_id" if n_docs > 2000
            else "_fdocs x CROSS JOIN events v ON v.doc_id=x.doc_id")
    out["types"] = [list(r) for r in con.execute(
        f"SELECT v.type, count(DISTINCT x.story_id) n FROM {join} "
        "WHERE v.type IS NOT NULL GROUP BY v.type ORDER BY n DESC, v.type")]
    step = max(1, n_docs // FACET_SAMPLE)
    sample = "(SELECT doc_id FROM _fdocs WHERE doc_id % ? = 0)" if step > 1 else "(SELECT doc_id FROM _fdocs)"
    sp = [step] if step > 1 else []
    ents = []
    for key, name, label in con.execute(
            f"""SELECT e.name_key, min(e.name), max(e.label) FROM entities e WHERE e.doc_id IN {sample}
                AND e.name_key IS NOT NULL AND e.name_key <> '' GROUP BY e.name_key
                ORDER BY count(DISTINCT e.doc_id) DESC, e.name_key LIMIT ?""", [*sp, top]).fetchall():
        cond, params = Filters(entity=name).sql("x")
        n = con.execute(f"SELECT count(DISTINCT story_id) FROM _fdocs x WHERE {cond}", params).fetchone()[0]
        if n:
            ents.append([name, label, n])
    out["entities"] = sorted(ents, key=lambda r: (-r[2], r[0]))
    spk = []
    for key, name in con.execute(
            f"""SELECT q.speaker_key, max(q.speaker_name) FROM quotes q WHERE q.doc_id IN {sample}
                AND q.speaker_key IS NOT NULL AND q.speaker_key <> '' GROUP BY q.speaker_key
                ORDER BY count(DISTINCT q.doc_id) DESC, q.speaker_key LIMIT ?""", [*sp, top]).fetchall():
        cond, params = Filters(speaker=name).sql("x")
        n = con.execute(f"SELECT count(DISTINCT story_id) FROM _fdocs x WHERE {cond}", params).fetchone()[0]
        if n:
            spk.append([name, n])
    out["speakers"] = sorted(spk, key=lambda r: (-r[1], r[0]))
    out["dates"] = [list(r) for r in con.execute(
        "SELECT d.published, count(DISTINCT x.story_id) FROM _fdocs x JOIN documents d USING(doc_id) "
        "GROUP BY d.published ORDER BY d.published")]
    out["months"] = [list(r) for r in con.execute(
        "SELECT substr(d.published, 1, 7) m, count(DISTINCT x.story_id) FROM _fdocs x JOIN documents d "
        "USING(doc_id) WHERE d.published IS NOT NULL GROUP BY m ORDER BY m DESC")]
    return out


# --- results kept per database state -----------------------------------------------------------
# Aggregates over many rows (facets of the whole corpus, the stories of a day) are kept in memory
# for the database state they were computed on. The store only ever adds documents (doc_ids
# grow), so the largest doc_id names the state: a new ingest makes every kept result stale.
CACHE_ENTRIES = 256
_CACHE: "dict[tuple, Any]" = {}
_CACHE_LOCK = __import__("threading").Lock()


def _state(con) -> tuple:
    path = con.execute("PRAGMA database_list").fetchone()[2]
    return path, con.execute("SELECT max(doc_id) FROM documents").fetchone()[0]


def _cached(con, key: tuple, compute):
    k = (_state(con), key)
    with _CACHE_LOCK:
        if k in _CACHE:
            v = _CACHE.pop(k)
            _CACHE[k] = v  # most recently used last
            return v
    v = compute()
    with _CACHE_LOCK:
        _CACHE[k] = v
        while len(_CACHE) > CACHE_ENTRIES:
            _CACHE.pop(next(iter(_CACHE)))
    return v


def stats(db) -> dict:
    """Corpus totals: documents, sources (copies found), duplicates (copies beyond the first),
    stories (near-duplicate groups), entities, mentions, quotes, events, html_pages, schema version."""
    con = _con(db)
    n = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
         for t in ("documents", "doc_sources", "entities", "mentions", "quotes", "events", "html_pages")}
    n["stories"] = con.execute("SELECT count(DISTINCT story_id) FROM documents").fetchone()[0]
    n["duplicates"] = n["doc_sources"] - con.execute("SELECT count(DISTINCT doc_id) FROM doc_sources").fetchone()[0]
    n["schema_version"] = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return n


def story_events(db, story_id: int, limit: int = 200) -> list[dict]:
    """The events of the articles of one story (each copy's), in event date order."""
    con = _con(db)
    rows = con.execute(f"SELECT {_EVENT_COLS} FROM documents d JOIN events v ON v.doc_id=d.doc_id WHERE d.story_id=? "
                       f"ORDER BY event_day, d.published, v.doc_id, v.idx LIMIT ?", (story_id, limit)).fetchall()
    return [_event(r) for r in rows]


def story(db, story_id: int) -> list[dict]:
    """The documents of one near-duplicate story, oldest first ([] for an unknown story)."""
    con = _con(db)
    return [_doc_row(r) for r in con.execute(
        f"SELECT {_DOC_COLS} FROM documents d WHERE d.story_id=? ORDER BY d.published, d.doc_id", (story_id,))]


__all__ = ["open_db", "Filters", "ParsedQuery", "parse_query", "search", "snippet", "get_document", "get_html",
           "list_entities", "get_entity", "list_events", "count_events", "event_days", "event_edges",
           "event_places", "quote_groups", "stories", "match_offsets", "marked_terms", "doc_ref",
           "entity_variants", "list_documents", "list_quotes", "facets", "stats", "story", "PLOVER_TYPES",
           "StoreError", "QueryError"]
