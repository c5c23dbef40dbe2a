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
from .db import connect
from ..text.normalize import normalize, normalize_with_map
from .textindex import index_terms, iter_terms, name_key

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
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
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Filters:
    """Restrict results to documents that have all the given properties.

    entity: a name (any spelling Rasd normalises alike, clitics allowed) or an actor code;
    type: a PLOVER event type; speaker: who is quoted; source: outlet (as stored, e.g. aawsat);
    since/until: publication date bounds, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD.
    """

    entity: str | None = None
    type: str | None = None
    speaker: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None

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
            t = self.type.strip().upper()
            if t not in PLOVER_TYPES:
                raise QueryError(f"unknown event type {self.type!r}; one of: {', '.join(PLOVER_TYPES)}")
            conds.append(f"{alias}.doc_id IN (SELECT doc_id FROM events WHERE type=?)")
            params.append(t)
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
                v = v.strip()
                if not _DATE.match(v):
                    raise QueryError(f"--{name} {v!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
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


# Matches scored per query at most (the most recently stored; see search).
RANK_LIMIT = 5000


def search(db, q: str | None, filters: Filters | dict | None = None, limit: int = 20, offset: int = 0,
           mark: tuple[str, str] = ("[", "]")) -> dict:
    """Ranked full-text search. Returns {"query", "total", "hits": [...]}; each hit has doc_id, id,
    title, published, source, url, story_id, score (bm25, lower is better), snippet (matches
    wrapped in ``mark``), highlights ([start, end] offsets into the document text) and
    window ([start, end] of the snippet). Without ``q`` lists filtered documents newest first."""
    con = _con(db)
    f = Filters.of(filters)
    limit, offset = _page(limit, offset)
    where, params = f.sql("d")
    pq = parse_query(q) if q and q.strip() else None
    try:
        if pq:
            # Rank on the index alone (the documents table only when a filter needs it), then
            # fetch the page's rows: sorting rows that carry the compressed JSON costs 10x more.
            # A common word matches much of the corpus (الرئيس: a third of it): every match is
            # counted, but only the RANK_LIMIT most recently stored are scored (bm25 costs ~10 µs
            # a row), the index read backwards; below that every match is ranked, as before.
            # Title matches weigh double (2.0): a word in the headline says what the article is about.
            score = "bm25(doc_fts, 2.0, 1.0)"
            if where == "1":
                total = con.execute("SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ?", [pq.fts]).fetchone()[0]
                got = con.execute(f"SELECT rowid, {score} FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                                  [pq.fts, RANK_LIMIT])
            else:  # one pass over the matches: the newest RANK_LIMIT scored, the rest only counted
                sql = (f"SELECT {{}} FROM doc_fts JOIN documents d ON d.doc_id = doc_fts.rowid "
                       f"WHERE doc_fts MATCH ? AND {where}")
                got = con.execute(sql.format(f"d.doc_id, {score}") + " ORDER BY doc_fts.rowid DESC LIMIT ?",
                                  [pq.fts, *params, RANK_LIMIT]).fetchall()
                total = len(got)
                if total == RANK_LIMIT:
                    total += con.execute(sql.format("count(*)") + " AND doc_fts.rowid < ?",
                                         [pq.fts, *params, got[-1][0]]).fetchone()[0]
            ranked = sorted(((r[0], r[1]) for r in got), key=lambda x: (x[1], x[0]))
            page = ranked[offset:offset + limit]
            by_id = {r["doc_id"]: r for r in con.execute(
                f"SELECT {_DOC_COLS}, d.doc_json FROM documents d WHERE d.doc_id IN ({','.join('?' * len(page))})",
                [i for i, _ in page])} if page else {}
            rows = [(by_id[i], sc) for i, sc in page if i in by_id]
        else:
            if not any(getattr(f, x.name) for x in fields(f)):
                raise QueryError("give a query or at least one filter")
            total = con.execute(f"SELECT count(*) FROM documents d WHERE {where}", params).fetchone()[0]
            rows = [(r, None) for r in con.execute(
                f"SELECT {_DOC_COLS}, d.doc_json FROM documents d WHERE {where} "
                f"ORDER BY d.published DESC, d.doc_id LIMIT ? OFFSET ?", [*params, limit, offset])]
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot run this query: {exc}") from None
    hits = []
    for r, score in rows:
        h = _doc_row(r)
        h["score"] = round(score, 4) if score is not None else None
        h["snippet"], h["highlights"], h["window"] = snippet(_doc_text(r["doc_json"]), pq.terms if pq else [], mark)
        hits.append(h)
    return {"query": q, "fts": pq.fts if pq else None, "total": total, "offset": offset, "hits": hits}


def _page(limit: int, offset: int) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise QueryError("limit and offset must be whole numbers") from None
    if limit < 1 or offset < 0:
        raise QueryError("limit must be at least 1 and offset at least 0")
    return min(limit, MAX_LIMIT), offset


def _find_doc(con, doc) -> sqlite3.Row | None:
    if isinstance(doc, int) or (isinstance(doc, str) and doc.isdigit()):
        r = con.execute("SELECT * FROM documents WHERE doc_id=?", (int(doc),)).fetchone()
        if r is not None or isinstance(doc, int):
            return r
    return con.execute("SELECT * FROM documents WHERE id=?", (str(doc),)).fetchone()


def get_document(db, doc: int | str) -> dict | None:
    """One document by doc_id (int) or id (str): {"doc": JSON contract dict, "doc_id", "story_id",
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
                  limit: int = 50, offset: int = 0) -> list[dict]:
    """Entities across documents, grouped by (label, normalised name), in most documents first:
    {name, label, key, codes, docs, stories, mentions, first, last}. ``q`` keeps names
    containing it (normalised); ``stories`` counts near-duplicate copies once."""
    con = _con(db)
    limit, offset = _page(limit, offset)
    f = Filters.of(filters)
    k = None
    if q and q.strip():
        k = name_key(q)
        if not k:
            raise QueryError("the entity query has no letters")
    if not any(getattr(f, x.name) for x in fields(f)):
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
    rows = con.execute(
        f"""SELECT e.name_key AS key, e.label AS label, min(e.name) AS name, group_concat(DISTINCT e.code) AS codes,
            count(DISTINCT e.doc_id) AS docs, count(DISTINCT d.story_id) AS stories, sum(e.n_mentions) AS mentions,
            min(d.published) AS first, max(d.published) AS last
            FROM entities e JOIN documents d ON d.doc_id=e.doc_id WHERE {' AND '.join(conds)}
            GROUP BY e.name_key, e.label ORDER BY docs DESC, mentions DESC, key LIMIT ? OFFSET ?""",
        [*params, limit, offset]).fetchall()
    return [{**dict(r), "codes": r["codes"].split(",") if r["codes"] else []} for r in rows]


def get_entity(db, name: str, label: str | None = None, limit: int = 50) -> dict | None:
    """Everything about one entity: {name, label, key, keys, codes, docs, stories, mentions,
    timeline: [{date, docs, stories, mentions}], quotes: [...], events_as_source: [...],
    events_as_target: [...], cooccurring: [{key, name, label, docs}], alternatives: [{key, name,
    label, docs}]}; None if no document mentions it.

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
    keys = [r[0] for r in con.execute(
        "SELECT e.name_key, count(*) n FROM _ents x JOIN entities e ON e.ent_pk=x.ent_pk GROUP BY e.name_key "
        "ORDER BY n DESC, e.name_key")]
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
    con.execute("INSERT OR IGNORE INTO _edocs SELECT e.doc_id FROM _ents x JOIN entities e ON e.ent_pk=x.ent_pk")
    out["cooccurring"] = [dict(r) for r in con.execute(
        """SELECT o.name_key AS key, min(o.name) AS name, o.label AS label, count(DISTINCT o.doc_id) AS docs
           FROM _edocs y CROSS JOIN entities o ON o.doc_id=y.doc_id
           WHERE o.name_key NOT IN (SELECT e2.name_key FROM _ents x2 JOIN entities e2 ON e2.ent_pk=x2.ent_pk)
           GROUP BY o.name_key, o.label ORDER BY docs DESC, key LIMIT ?""", (limit,))]
    return out


# --- events and quotes ------------------------------------------------------------------------
_EVENT_COLS = """v.event_pk, v.doc_id, d.id AS doc, d.published, d.source AS outlet, d.url, d.story_id, v.type, v.mode,
    v.context, v.source, v.source_text, v.source_name, v.source_code, v.target, v.target_text, v.target_name,
    v.target_code, v.date, v.location, v.location_country, v.counts, v.trigger_start, v.trigger_end, v.trigger_text, v.sentence_text,
    v.attrs"""
_QUOTE_COLS = """q.quote_pk, q.doc_id, d.id AS doc, d.published, d.source AS outlet, d.url, d.story_id, q.start,
    q."end", q.text, q.kind, q.speaker, q.speaker_text, q.speaker_name, q.cue_text, q.sentence_text, q.attrs"""


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
        d[k] = _jsonish(d[k])
    return d


def _quote(r) -> dict:
    d = dict(r)
    d["attrs"] = _jsonish(d["attrs"])
    return d


def _event_where(f: Filters) -> tuple[str, list]:
    """Event selection shared by list_events, count_events, event_days and event_edges: type
    restricts the events, entity their source or target, the other filters the documents."""
    where, params = Filters(source=f.source, since=f.since, until=f.until, speaker=f.speaker).sql("d")
    conds = [where]
    if f.type:
        Filters(type=f.type).sql()  # validates
        conds.append("v.type=?")
        params.append(f.type.strip().upper())
    if f.entity:
        key = name_key(f.entity)
        ents = ("(SELECT ent_pk FROM entities WHERE name_key=? UNION SELECT ent_pk FROM entities WHERE code=? "
                "UNION SELECT ent_pk FROM mentions WHERE text_key=?)")
        conds.append(f"(v.source_ent_pk IN {ents} OR v.target_ent_pk IN {ents})")
        params += [key, f.entity.strip(), key] * 2
    return " AND ".join(conds), params


def list_events(db, filters: Filters | dict | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Events of the documents matching ``filters`` (type restricts the events themselves; entity
    keeps events whose source or target is that entity), in date order."""
    con = _con(db)
    limit, offset = _page(limit, offset)
    where, params = _event_where(Filters.of(filters))
    rows = con.execute(f"SELECT {_EVENT_COLS} FROM events v JOIN documents d ON d.doc_id=v.doc_id "
                       f"WHERE {where} ORDER BY d.published, v.doc_id, v.idx LIMIT ? OFFSET ?",
                       [*params, limit, offset]).fetchall()
    return [_event(r) for r in rows]


def count_events(db, filters: Filters | dict | None = None) -> int:
    """How many events ``list_events`` would return without a limit."""
    con = _con(db)
    where, params = _event_where(Filters.of(filters))
    return con.execute(f"SELECT count(*) FROM events v JOIN documents d ON d.doc_id=v.doc_id WHERE {where}",
                       params).fetchone()[0]


def event_days(db, filters: Filters | dict | None = None) -> list[tuple[str | None, str, int]]:
    """(day, type, events) for an events timeline: the event's own date when it is a full day,
    else the article's publication date."""
    con = _con(db)
    where, params = _event_where(Filters.of(filters))
    rows = con.execute(
        f"""SELECT CASE WHEN length(v.date)=10 THEN v.date ELSE substr(d.published, 1, 10) END AS day,
            v.type, count(*) FROM events v JOIN documents d ON d.doc_id=v.doc_id WHERE {where}
            GROUP BY day, v.type ORDER BY day""", params)
    return [(r[0], r[1], r[2]) for r in rows]


def event_edges(db, filters: Filters | dict | None = None, limit: int = 500) -> list[tuple[str, str, str, int]]:
    """(source name, target name, type, events) for an actor network, most frequent first
    (resolved entity names; the text when the event has no entity)."""
    con = _con(db)
    where, params = _event_where(Filters.of(filters))
    limit, _ = _page(limit, 0)
    rows = con.execute(
        f"""SELECT coalesce(v.source_name, v.source_text) AS s, coalesce(v.target_name, v.target_text) AS t,
            v.type, count(*) AS n FROM events v JOIN documents d ON d.doc_id=v.doc_id
            WHERE {where} AND s IS NOT NULL AND t IS NOT NULL GROUP BY s, t, v.type ORDER BY n DESC, s, t LIMIT ?""",
        [*params, limit])
    return [(r[0], r[1], r[2], r[3]) for r in rows]


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


def list_quotes(db, filters: Filters | dict | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Quotes of the documents matching ``filters`` (speaker restricts the quotes themselves)."""
    con = _con(db)
    f = Filters.of(filters)
    limit, offset = _page(limit, offset)
    where, params = Filters(source=f.source, since=f.since, until=f.until, entity=f.entity, type=f.type).sql("d")
    conds = [where]
    if f.speaker:
        key = name_key(f.speaker)
        conds.append("(q.speaker_key=? OR q.speaker_ent_pk IN (SELECT ent_pk FROM mentions WHERE text_key=?))")
        params += [key, key]
    rows = con.execute(f"SELECT {_QUOTE_COLS} FROM quotes q JOIN documents d ON d.doc_id=q.doc_id "
                       f"WHERE {' AND '.join(conds)} ORDER BY d.published, q.doc_id, q.idx LIMIT ? OFFSET ?",
                       [*params, limit, offset]).fetchall()
    return [_quote(r) for r in rows]


def facets(db, q: str | None = None, filters: Filters | dict | None = None, top: int = 20) -> dict:
    """Counts for narrowing a result set: {"total", "sources": [[name, docs]], "types": [[type, events]],
    "entities": [[name, label, docs]], "speakers": [[name, quotes]], "dates": [[YYYY-MM-DD, docs]]}."""
    con = _con(db)
    f = Filters.of(filters)
    where, params = f.sql("d")
    if q and q.strip():
        pq = parse_query(q)
        sel = f"SELECT d.doc_id FROM doc_fts JOIN documents d ON d.doc_id=doc_fts.rowid WHERE doc_fts MATCH ? AND {where}"
        params = [pq.fts, *params]
    else:
        sel = f"SELECT d.doc_id FROM documents d WHERE {where}"
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _fdocs (doc_id INTEGER PRIMARY KEY)")
    con.execute("DELETE FROM _fdocs")
    try:
        con.execute(f"INSERT INTO _fdocs {sel}", params)
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot run this query: {exc}") from None
    out = {"total": con.execute("SELECT count(*) FROM _fdocs").fetchone()[0]}
    out["sources"] = [list(r) for r in con.execute(
        "SELECT d.source, count(*) n FROM _fdocs x JOIN documents d USING(doc_id) GROUP BY d.source "
        "ORDER BY n DESC, d.source LIMIT ?", (top,))]
    out["types"] = [list(r) for r in con.execute(
        "SELECT v.type, count(*) n FROM _fdocs x JOIN events v USING(doc_id) GROUP BY v.type ORDER BY n DESC, v.type")]
    out["entities"] = [list(r) for r in con.execute(
        "SELECT min(e.name), e.label, count(DISTINCT e.doc_id) n FROM _fdocs x JOIN entities e USING(doc_id) "
        "GROUP BY e.name_key, e.label ORDER BY n DESC, e.name_key LIMIT ?", (top,))]
    out["speakers"] = [list(r) for r in con.execute(
        "SELECT max(q.speaker_name), count(*) n FROM _fdocs x JOIN quotes q USING(doc_id) "
        "WHERE q.speaker_key IS NOT NULL GROUP BY q.speaker_key ORDER BY n DESC, q.speaker_key LIMIT ?", (top,))]
    out["dates"] = [list(r) for r in con.execute(
        "SELECT d.published, count(*) FROM _fdocs x JOIN documents d USING(doc_id) GROUP BY d.published "
        "ORDER BY d.published")]
    return out


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


def story(db, story_id: int) -> list[dict]:
    """The documents of one near-duplicate story, oldest first."""
    con = _con(db)
    return [_doc_row(r) for r in con.execute(
        f"SELECT {_DOC_COLS} FROM documents d WHERE d.story_id=? ORDER BY d.published, d.doc_id", (story_id,))]


__all__ = ["open_db", "Filters", "ParsedQuery", "parse_query", "search", "snippet", "get_document", "get_html",
           "list_entities", "get_entity", "list_events", "count_events", "event_days", "event_edges",
           "entity_variants", "list_documents", "list_quotes", "facets", "stats", "story", "PLOVER_TYPES",
           "StoreError", "QueryError"]
