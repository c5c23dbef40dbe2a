"""Full-text search: Arabic normalisation and clitics, syntax, filters, errors, query API."""
from __future__ import annotations

import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.errors import QueryError
from rasd.pipeline import Pipeline
from rasd.store import Store, prepare
from rasd.store import queries as Q

_spec = importlib.util.spec_from_file_location("layered_doc", Path(__file__).parent / "fixtures" / "corpus" / "layered_doc.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

TEXTS = {
    # written without hamza, as much scraped news is
    "bare": ("اعلنت الحكومة عن خطة لتوسيع المستشفى المركزي في العاصمة وتحسين الخدمات الصحية.", "okaz", "2015-07-21"),
    # clitics attached to a name, diacritics, alef maqsura written as ya
    "clitic": ("وتحدث الوزير عن العلاقات مع روسيا وأوكرانيا، وقال إن المُحادثات ستستمر في مستشفي الجامعة.", "aawsat",
               "2015-07-22"),
    "phrase": ("التقى رئيس الوزراء بوفد من رجال الأعمال، ثم زار الوزراء المعرض.", "okaz", "2015-08-02"),
    "apart": ("قال رئيس البلدية إن عددا من الوزراء سيحضرون الافتتاح.", "alriyadh", "2015-08-03"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("search") / "s.db")
    pipe = Pipeline(stages=["normalize", "sentences", "tokens"])
    items = [("doc", prepare(_mod.layered_doc("istanbul")), {"origin": "istanbul", "source": "reuters-ar"})]
    for i, (k, (text, src, date)) in enumerate(TEXTS.items()):
        d = pipe(Document(text, id=k, meta={"source": src, "published": date, "title": None}))
        items.append(("doc", prepare(d), {"origin": k, "source": src}))
    with Store(path) as s:
        s.write_batch(items)
    return path


def ids(res):
    return sorted(h["id"] for h in res["hits"])


# --- normalisation ---------------------------------------------------------------------------
def test_query_with_hamza_finds_the_word_written_without_it(db):
    assert ids(Q.search(db, "أعلنت الحكومة")) == ["bare"]


def test_query_without_hamza_finds_the_word_with_it(db):
    assert "istanbul" in ids(Q.search(db, "اوكرانيا"))


def test_attached_clitics_do_not_hide_a_word(db):
    res = Q.search(db, "أوكرانيا")
    assert {"clitic", "istanbul"} <= set(ids(res))
    hit = next(h for h in res["hits"] if h["id"] == "clitic")
    assert "[وأوكرانيا]" in hit["snippet"]  # the whole written word is highlighted
    text = Q.get_document(db, "clitic")["doc"]["text"]
    assert [text[s:e] for s, e in hit["highlights"]] == ["وأوكرانيا"]


def test_diacritics_ta_marbuta_and_alef_maqsura_are_ignored(db):
    assert ids(Q.search(db, "محادثات")) == ["clitic", "istanbul"]  # clitic has المُحادثات
    assert ids(Q.search(db, "مستشفى")) == ["bare", "clitic"]      # مستشفى / مستشفي
    assert ids(Q.search(db, "الحكومه")) == ["bare"]               # ة / ه


# --- syntax ---------------------------------------------------------------------------------
def test_phrase_matches_adjacent_words_only(db):
    assert ids(Q.search(db, '"رئيس الوزراء"')) == ["phrase"]
    assert ids(Q.search(db, "«رئيس الوزراء»")) == ["phrase"]
    assert ids(Q.search(db, "رئيس الوزراء")) == ["apart", "phrase"]


def test_or_not_and_prefix(db):
    assert ids(Q.search(db, "البلدية OR المعرض")) == ["apart", "phrase"]
    assert ids(Q.search(db, "الوزراء -المعرض")) == ["apart"]
    assert ids(Q.search(db, "الوزراء NOT المعرض")) == ["apart"]
    assert ids(Q.search(db, "مستشف*")) == ["bare", "clitic"]


def test_title_matches_rank_first(db):
    res = Q.search(db, "بوتين OR الوزراء")
    assert res["hits"][0]["id"] == "istanbul" and res["hits"][0]["score"] <= res["hits"][1]["score"]


def test_a_query_of_only_exclusions_lists_the_other_documents_newest_first(db):
    res = Q.search(db, "-الوزراء")
    assert ids(res) == ["bare", "clitic", "istanbul"] and all(h["score"] is None for h in res["hits"])
    dates = [h["published"] or "" for h in Q.search(db, "-الوزراء", sort="date")["hits"]]
    assert dates == sorted(dates, reverse=True) and "2015-07-22" in dates
    assert ids(Q.search(db, "NOT الوزراء -روسيا", {"source": "okaz"})) == ["bare"]
    assert Q.facets(db, "-الوزراء")["total_docs"] == 3


@pytest.mark.parametrize("q, msg", [
    ('"رئيس الوزراء', "unclosed quotation mark"),
    ("OR الوزراء", "OR must stand between"),
    ("الوزراء OR", "OR must stand between"),
    ("(الوزراء OR البلدية)", "parentheses are not supported"),
    ("NOT", "NOT must be followed"),
    ("   ", "give a query"),
    ("!!! ؟؟", "no words"),
])
def test_query_syntax_errors_get_clear_messages(db, q, msg):
    with pytest.raises(QueryError, match=msg):
        Q.search(db, q)


@pytest.mark.parametrize("q", ["'); DROP TABLE documents; --", "NEAR(رئيس الوزراء)", "title:بوتين", "^بوتين",
                               "رئيس + الوزراء", '"" *', "a AND AND b", "\"x\" OR \"y\"", "*", "body:x*"])
def test_fts5_and_sql_syntax_in_queries_is_just_text(db, q):
    try:
        Q.search(db, q)
    except QueryError as exc:
        assert "fts5" not in str(exc).lower() and "syntax" not in str(exc).lower()
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 5


# --- filters -----------------------------------------------------------------------------------
def test_filters_by_entity_name_spelling_mention_or_code(db):
    for name in ("فلاديمير بوتين", "بوتين", "RUSGOV", "اوكرانيا", "وأوكرانيا"):
        assert ids(Q.search(db, None, {"entity": name})) == ["istanbul"], name
    assert Q.search(db, None, {"entity": "ترامب"})["total"] == 0


def test_filters_by_event_type_speaker_source_and_dates(db):
    assert ids(Q.search(db, None, {"type": "consult"})) == ["istanbul"]
    assert Q.search(db, None, {"type": "ASSAULT"})["total"] == 0
    assert ids(Q.search(db, None, Q.Filters(speaker="بوتين"))) == ["istanbul"]
    assert ids(Q.search(db, "الوزراء", Q.Filters(source="okaz"))) == ["phrase"]
    assert ids(Q.search(db, None, Q.Filters(since="2015-08"))) == ["apart", "istanbul", "phrase"]
    assert ids(Q.search(db, None, Q.Filters(until="2015-07"))) == ["bare", "clitic"]
    assert ids(Q.search(db, None, Q.Filters(since="2015-07-22", until="2015-08-02"))) == ["clitic", "phrase"]
    assert Q.search(db, None, Q.Filters(source="x' OR 1=1 --"))["total"] == 0


@pytest.mark.parametrize("f, msg", [({"since": "last week"}, "not a date"), ({"type": "WAR"}, "unknown event type"),
                                    ({"colour": "red"}, "unknown filter")])
def test_bad_filters_get_clear_messages(db, f, msg):
    with pytest.raises(QueryError, match=msg):
        Q.search(db, "الوزراء", f)


def test_no_query_and_no_filter_is_an_error(db):
    with pytest.raises(QueryError, match="give a query or at least one filter"):
        Q.search(db, None)


# --- other query functions -----------------------------------------------------------------------
def test_entity_views(db):
    ents = Q.list_entities(db)
    assert {(e["name"], e["label"]) for e in ents} == {("فلاديمير بوتين", "PER"), ("أوكرانيا", "LOC"), ("إسطنبول", "LOC")}
    e = Q.get_entity(db, "بوتين")
    assert e["codes"] == ["RUSGOV"] and e["timeline"][0]["date"] == "2025-05-11" and e["mentions"] == 4
    assert [q["kind"] for q in e["quotes"]] == ["direct"]
    assert [v["type"] for v in e["events_as_source"]] == ["CONSULT"] and e["events_as_target"] == []
    assert {c["name"] for c in e["cooccurring"]} == {"أوكرانيا", "إسطنبول"}
    assert Q.get_entity(db, "ترامب") is None


def test_event_quote_lists_and_facets(db):
    ev, = Q.list_events(db, {"entity": "أوكرانيا"})
    assert ev["source_code"] == "RUSGOV" and ev["context"] == ["diplomatic"] and ev["location"] == "إسطنبول"
    assert Q.list_events(db, {"type": "AID"}) == []
    q, = Q.list_quotes(db, {"speaker": "فلاديمير بوتين"})
    assert q["text"].startswith("نقترح") and q["cue_text"] == "وقال"
    f = Q.facets(db, "الوزراء")
    assert f["total"] == 2 and ["okaz", 1] in f["sources"] and f["types"] == []
    assert Q.facets(db, "بوتين")["speakers"] == [["فلاديمير بوتين", 1]]


def test_cli_search_prints_ranked_hits_and_json(db):
    from click.testing import CliRunner
    from rasd.cli import cli

    r = CliRunner().invoke(cli, ["search", "أوكرانيا", "--db", db])
    assert r.exit_code == 0 and r.output.startswith("2 documents") and "[وأوكرانيا]" in r.output
    r = CliRunner().invoke(cli, ["search", "الوزراء", "--db", db, "--source", "alriyadh", "--format", "json"])
    assert [h["id"] for h in json.loads(r.output)["hits"]] == ["apart"]
    from rasd.cli import main
    assert main(["search", '"open', "--db", db]) == 2


def test_event_timeline_network_variants_and_document_listing(db):
    assert Q.count_events(db) == 1 and Q.count_events(db, {"type": "AID"}) == 0
    assert Q.event_days(db) == [("2025-05-15", "CONSULT", 1)]
    assert Q.event_edges(db) == [("فلاديمير بوتين", "أوكرانيا", "CONSULT", 1, "PER", "LOC")]  # + entity labels
    key = Q.get_entity(db, "بوتين")["key"]
    assert Q.entity_variants(db, key) == [("بوتين", 2), ("فلاديمير بوتين", 1)]
    listing = Q.list_documents(db, {"source": "okaz"})
    assert listing["total"] == 2 and [d["id"] for d in listing["documents"]] == ["phrase", "bare"]
    assert Q.list_documents(db)["total"] == 5


def test_ambiguous_entity_name_returns_the_most_frequent_and_lists_the_others(tmp_path):
    pipe = Pipeline(stages=["normalize", "sentences", "tokens"])
    from rasd.document import Entity

    def doc(i, text, name, label, code, surname=None):
        d = pipe(Document(text, id=f"d{i}", meta={"published": "2015-07-21"}))
        ments = [d.span(text.index(name), text.index(name) + len(name))]
        if surname:  # the surname alone, later in the article, as the pipeline finds it
            ments.append(d.span(text.rindex(surname), text.rindex(surname) + len(surname)))
        d.set_layer("entities", [Entity("e1", label, name, ments, {"code": code})])
        return d

    docs = [doc(1, "وصل ديفيد كاميرون إلى لندن. وقال كاميرون إن الزيارة ناجحة.", "ديفيد كاميرون", "PER", "GBRGOV",
                "كاميرون"),
            doc(2, "قال ديفيد كاميرون اليوم إن الحكومة ستعمل. وأكد كاميرون ذلك.", "ديفيد كاميرون", "PER", "GBRGOV",
                "كاميرون"),
            doc(3, "فازت الكاميرون على تشاد.", "الكاميرون", "LOC", "CMR")]
    path = str(tmp_path / "a.db")
    with Store(path) as s:
        s.write_batch([("doc", prepare(d), {"origin": d.id}) for d in docs])
    e = Q.get_entity(path, "كاميرون")
    assert (e["name"], e["docs"]) == ("ديفيد كاميرون", 2)
    assert [(a["name"], a["label"]) for a in e["alternatives"]] == [("الكاميرون", "LOC")]
    assert Q.get_entity(path, "كاميرون", label="LOC")["name"] == "الكاميرون"
    assert Q.get_entity(path, "CMR")["name"] == "الكاميرون"


def test_entity_list_totals_match_a_full_recount(db):
    fast = Q.list_entities(db)
    slow = Q.list_entities(db, filters={"since": "1900"})  # a filter forces the GROUP BY path
    assert fast == slow


# --- inflections ------------------------------------------------------------------------------
def test_a_word_finds_its_inflections_and_the_snippet_shows_the_form_written(db):
    # the bare and clitic texts write الحكومة and المُحادثات; الحكومات is the plural form
    assert ids(Q.search(db, "الحكومات")) == ["bare"]
    hit = Q.search(db, "الحكومات")["hits"][0]
    assert hit["forms"] == ["الحكومة"]
    assert ids(Q.search(db, '"الحكومات"')) == []  # a quoted phrase matches exactly


@pytest.fixture(scope="module")
def lexicon():
    from rasd.store.lexicon import search_lexicon
    return search_lexicon()


def _forms(lexicon, word):
    from rasd.store.textindex import key
    return set(lexicon.inflector.forms(key(word)))


@pytest.mark.parametrize("group", [
    ["الحوثي", "الحوثيين", "الحوثيون", "الحوثية", "للحوثيين"],   # nisba: masculine, plurals, feminine
    ["مصري", "المصريين", "المصرية", "المصريات"],
    ["الحكومة", "الحكومات", "حكومتها"],                            # feminine noun, plural, before a pronoun
    ["الطرفين", "الطرفان", "الطرف"],                                # dual
])
def test_every_form_of_a_paradigm_finds_every_other(lexicon, group):
    from rasd.store.textindex import key
    for word in group:
        assert {key(w) for w in group} <= _forms(lexicon, word), word


def test_words_that_only_look_inflected_keep_their_meaning(lexicon):
    assert _forms(lexicon, "البحرين") == {"بحرين"}           # Bahrain is not the dual of بحر (sea)
    assert _forms(lexicon, "سلمان") == {"سلمان"}             # nor Salman a form of سلم (peace)
    assert "بحرين" not in _forms(lexicon, "بحري") and "سلمان" not in _forms(lexicon, "سلم")
    assert "دول" not in _forms(lexicon, "الدولة")              # a feminine noun never reaches دول, "countries"
    assert "مصر" not in _forms(lexicon, "المصريين")            # the nisba is not its country
    assert _forms(lexicon, "دين") == {"دين", "دينه", "دينين", "دينون", "دينان", "دينات"}  # no two-letter base
    # a place of the gazetteer matches itself only, even where its name is also a word: العين (Al
    # Ain) is not the eye's duals and plurals (the price: a search for عين misses عينين)
    assert _forms(lexicon, "العين") == {"عين"}


def test_the_paradigms_are_read_from_the_search_resources():
    from rasd.resources import Resources
    from rasd.store.lexicon import search_lexicon
    from rasd.store.textindex import key

    res = Resources.default().with_data({"search/inflections.tsv": "form\t\tmasculine\tB\nform\tين\tmasculine\tplural\n"
                                                                   "reduce\tين\tmasculine\tplural\nnisba\tي\tmasculine\tnisba\n"})
    assert set(search_lexicon(res).inflector.forms(key("المعلمين"))) == {"معلمين", "معلم"}


# --- English names and actor codes (over a real SaudiNewsNet day: tests/snn_corpus.py) ------------
@pytest.fixture(scope="module")
def snn(tmp_path_factory):
    import snn_corpus
    return Q.open_db(snn_corpus.build(tmp_path_factory))


def _all(con, q, f=None):
    return {h["doc_id"] for h in Q.search(con, q, f, limit=Q.MAX_LIMIT)["hits"]}


def test_one_arabic_form_finds_the_articles_of_all_the_forms(snn):
    forms = ["الحوثي", "الحوثيين", "الحوثيون", "الحوثية"]
    every = _all(snn, " OR ".join(f'"{f}"' for f in forms))
    assert len(every) >= 10
    for f in forms:
        assert _all(snn, f) == every, f
    assert len(_all(snn, '"الحوثيون"')) < len(every)  # quoted: that form only


def test_an_english_name_finds_the_arabic_articles(snn):
    every = _all(snn, " OR ".join(f'"{f}"' for f in ["الحوثي", "الحوثيين", "الحوثيون", "الحوثية"]))
    res = Q.search(snn, "Houthi", limit=Q.MAX_LIMIT)
    found = {h["doc_id"] for h in res["hits"]}
    assert len(found & every) >= 0.8 * len(every)
    assert all(any(ARABIC_LETTER.search(f) for f in h["forms"]) for h in res["hits"])  # Arabic out
    assert _all(snn, "Houthis") == found and _all(snn, "houthi") == found
    erdogan = Q.search(snn, "Erdogan")
    assert erdogan["total"] >= 1 and any("أردوغان" in f or "إردوغان" in f or "اردوغان" in f
                                         for h in erdogan["hits"] for f in h["forms"])


def test_an_actor_code_and_an_english_entity_filter_find_the_articles(snn):
    houthis = _all(snn, "Houthi")
    assert _all(snn, "YEMREB") & houthis
    by_code = _all(snn, None, {"entity": "YEMREB"})
    by_name = _all(snn, None, {"entity": "Houthi rebels"})
    assert by_name and by_name <= houthis and by_code
    assert Q.get_entity(snn, "Houthi rebels")["name_en"] == "Houthi rebels"


def test_english_and_arabic_terms_combine_with_and_or_not(snn):
    both = _all(snn, "Houthi صنعاء")
    assert both and both <= _all(snn, "Houthi") and both <= _all(snn, "صنعاء")
    assert not (_all(snn, "الحوثيين -Houthi"))
    assert _all(snn, "Houthi OR Erdogan") == _all(snn, "Houthi") | _all(snn, "Erdogan")


ARABIC_LETTER = __import__("re").compile(r"[\u0621-\u064A]")
