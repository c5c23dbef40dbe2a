"""Search latency: p50/p95 of 20 realistic Arabic queries (some with filters) and of English
names and actor codes over a database; with --recall, how English names and single Arabic forms
find an actor's articles, and the light stemmer against Snowball's Arabic stemmer.

    nice python bench/search.py --db news.db      # e.g. the database kept by bench/ingest.py --keep
    nice python bench/search.py --db day.db --recall
    nice python bench/search.py --db news.db --sizes   # the search index and the tables of schema 4

Each query runs once to warm the page cache, then 5 times; latency is wall time of
``rasd.store.queries.search`` (limit 10, with snippets), as the CLI and the web app call it. The
results a search keeps in memory (its ranking, per database state) are forgotten before every
run, so each run pays the whole search; --kept measures repeats that read the kept ranking.

--recall: for each actor, D = the documents an OR of its Arabic forms finds, each form quoted (an
exact match); then the share of D that the English name finds (through the whole query: the
entities' English names in the index and the Arabic names the lists give it; and through the
entities' English names alone), and that each Arabic form finds alone, unquoted (its
inflections), with the documents found beyond D. The same forms are then expanded by Snowball's
Arabic stemmer (snowballstemmer, over the index's vocabulary: every indexed key with the form's
Snowball stem) and by Rasd's light stemmer, with the keys each merges that are none of the
actor's forms and a set of common queries' documents under each.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUERIES = [
    ("وزير الخارجية", {}),
    ("مجلس الأمن", {}),
    ('"الاتفاق النووي"', {}),
    ("إيران", {}),
    ("الحوثيين صنعاء", {}),
    ("داعش OR الدولة الإسلامية", {}),
    ("عاصفة الحزم", {}),
    ("ولي العهد", {}),
    ("أسعار النفط", {}),
    ("سوق الأسهم", {"source": "aleqtisadiya"}),
    ("الهلال النصر", {}),
    ("التحالف العربي اليمن", {"since": "2015-07-25"}),
    ("اللاجئين السوريين", {}),
    ("هجوم انتحاري", {}),
    ("وزارة الصحة كورونا", {}),
    ("الأمم المتحدة -سوريا", {}),
    ("أوباما", {"until": "2015-07-28"}),
    ("رئيس الوزراء العراقي", {}),
    ("الملك سلمان", {"source": "aawsat"}),
    ("تعز*", {}),
]


# English names and actor codes, searched as an analyst who reads no Arabic would.
ENGLISH_QUERIES = [("Houthi", {}), ("Vladimir Putin", {}), ("Erdogan", {}), ("TURGOV", {}), ("Egyptian", {}),
                   ("Iran", {}), ("Islamic State", {}), ("Saudi Arabia", {"since": "2015-08"}), ("Obama", {}),
                   ("John Kerry", {})]

# Actors whose Arabic names inflect (nisba adjectives and their plurals), with their forms.
ACTORS = {
    "Houthi": ["الحوثي", "الحوثيين", "الحوثيون", "الحوثية", "الحوثيات"],
    "Egyptian": ["المصري", "المصرية", "المصريين", "المصريون", "المصريات"],
    "Iranian": ["الإيراني", "الإيرانية", "الإيرانيين", "الإيرانيون", "الإيرانيات"],
    "Yemeni": ["اليمني", "اليمنية", "اليمنيين", "اليمنيون", "اليمنيات"],
    "Syrian": ["السوري", "السورية", "السوريين", "السوريون", "السوريات"],
}
# Common queries whose documents the stemmers should not multiply with unrelated words.
PRECISION_QUERIES = ["الحكومة", "الدولة", "البحرين", "سلمان", "مصر", "فلسطين", "الجامعة", "المنطقة", "الشركة",
                     "وزير", "اجتماع", "المسؤولين", "المدينة", "الرئيس", "القوات"]


def _docs(Q, db, q: str) -> set[int]:
    return {h["doc_id"] for h in Q.search(db, q, limit=Q.MAX_LIMIT)["hits"]} if q else set()


def _all_docs(Q, db, q: str) -> set[int]:
    out, off = set(), 0
    while True:
        res = Q.search(db, q, limit=Q.MAX_LIMIT, offset=off)
        out |= {h["doc_id"] for h in res["hits"]}
        off += len(res["hits"])
        if not res["hits"] or off >= res["total"]:
            return out


def _fts_docs(db, fts: str) -> set[int]:
    return {r[0] for r in db.execute("SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?", (fts,))}


def _snowball_classes(db):
    """Snowball Arabic stem -> indexed keys, over the index's vocabulary."""
    import snowballstemmer

    st = snowballstemmer.stemmer("arabic")
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, doc_fts, row)")
    classes: dict[str, set[str]] = {}
    for (term,) in db.execute("SELECT term FROM temp.vocab"):
        classes.setdefault(st.stemWord(term), set()).add(term)
    return st, classes


def recall(db_path: str) -> None:
    from rasd.store import queries as Q
    from rasd.store.lexicon import search_lexicon
    from rasd.store.textindex import key

    db = Q.open_db(db_path)
    lex = search_lexicon()
    st, classes = _snowball_classes(db)
    quoted = lambda fs: " OR ".join(f'"{f}"' for f in fs)  # noqa: E731
    print(f"database {db_path}: {Q.stats(db)['documents']} documents")
    for actor, forms in ACTORS.items():
        base = _all_docs(Q, db, quoted(forms))
        if not base:
            continue
        eng = _all_docs(Q, db, actor)
        names = _fts_docs(db, Q.names_match(actor))
        print(f"\n{actor}: {len(base)} documents have one of {', '.join(forms)}")
        print(f"  English '{actor}': {len(eng & base)}/{len(base)} = {100 * len(eng & base) / len(base):.0f}% "
              f"(+{len(eng - base)} beyond); through the entities' English names alone: {len(names & base)}/{len(base)} "
              f"= {100 * len(names & base) / len(base):.0f}% (+{len(names - base)})")
        for f in forms:
            k = key(f)
            exact = _all_docs(Q, db, f'"{f}"')
            light = _all_docs(Q, db, f)
            snow_keys = classes.get(st.stemWord(k), {k})
            snow = _fts_docs(db, " OR ".join(f'"{t}"' for t in snow_keys))
            print(f"  {f}: exact {100 * len(exact & base) / len(base):.0f}%, light stemmer "
                  f"{100 * len(light & base) / len(base):.0f}% (+{len(light - base)}), Snowball "
                  f"{100 * len(snow & base) / len(base):.0f}% (+{len(snow - base)}; merges {len(snow_keys)} keys: "
                  f"{' '.join(sorted(snow_keys, key=len)[:8])})")
    print("\nother common queries: documents with the exact form / light stemmer / Snowball, and the keys each adds")
    for q in PRECISION_QUERIES:
        k = key(q)
        exact = _fts_docs(db, f'"{k}"')
        forms = lex.inflector.forms(k)
        light = _fts_docs(db, " OR ".join(f'"{t}"' for t in forms))
        snow_keys = classes.get(st.stemWord(k), {k})
        snow = _fts_docs(db, " OR ".join(f'"{t}"' for t in snow_keys))
        have = lambda ks: [t for t in ks if t != k and _fts_docs(db, f'"{t}"')]  # noqa: E731
        print(f"  {q}: {len(exact)} / {len(light)} / {len(snow)}; light adds {' '.join(have(forms)) or '-'}; "
              f"Snowball adds {' '.join(sorted(have(snow_keys), key=len)[:12]) or '-'}")


def sizes(db_path: str) -> None:
    """Bytes of the search index and of the other tables and indexes (SQLite's dbstat)."""
    import sqlite3

    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    fts = sum(n for name, n in rows if name.startswith("doc_fts"))
    total = sum(n for _, n in rows)
    print(f"database {db_path}: {total / 1e6:.1f} MB; search index (doc_fts*) {fts / 1e6:.1f} MB")
    for name, n in rows[:30]:
        print(f"  {name:<36} {n / 1e6:8.1f} MB")


def forget(Q) -> None:
    """Forget the results the query module keeps (older versions kept them in two dicts)."""
    if hasattr(Q, "clear_kept"):
        Q.clear_kept()
    else:
        for name in ("_CACHE", "_INDEX"):
            getattr(Q, name, {}).clear()


def main() -> None:
    from rasd.store import queries as Q

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="rasd.db")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--recall", action="store_true", help="English names and single forms against an OR of forms")
    ap.add_argument("--sizes", action="store_true", help="sizes of the search index and the tables")
    ap.add_argument("--kept", action="store_true", help="keep rankings between runs (as repeated page views)")
    a = ap.parse_args()
    if a.recall:
        return recall(a.db)
    if a.sizes:
        return sizes(a.db)
    db = Q.open_db(a.db)
    st = Q.stats(db)
    print(f"database {a.db}: {st['documents']} documents, {st['stories']} stories")
    lat, cpu = [], []
    per = []
    eng_from = len(QUERIES)
    for q, f in QUERIES + ENGLISH_QUERIES:
        Q.search(db, q, f, limit=10)
        ts = []
        for _ in range(a.runs):
            if not a.kept:
                forget(Q)
            t, c = time.perf_counter(), time.process_time()
            res = Q.search(db, q, f, limit=10)
            ts.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        lat += ts
        per.append((statistics.median(ts), q, f, res["total"]))
    def pct(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, max(0, int(round(p * len(xs))) - 1))]

    arabic, english = sorted(lat[:eng_from * a.runs]), sorted(lat[eng_from * a.runs:])
    lat.sort()
    for ms, q, f, n in per:
        print(f"  {ms:7.1f} ms  {n:6d} hits  {q} {f or ''}")
    for name, xs, nq in (("Arabic", arabic, len(QUERIES)), ("English", english, len(ENGLISH_QUERIES)),
                         ("all", lat, len(QUERIES) + len(ENGLISH_QUERIES))):
        print(f"{name}: p50 {statistics.median(xs):.1f} ms, p95 {pct(xs, 0.95):.1f} ms, max {xs[-1]:.1f} ms over "
              f"{len(xs)} searches ({nq} queries x {a.runs} runs)")
    # CPU time is what the search costs; wall time also counts waiting for a busy machine.
    print(f"CPU time: p50 {statistics.median(cpu):.1f} ms, p95 {pct(cpu, 0.95):.1f} ms; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
