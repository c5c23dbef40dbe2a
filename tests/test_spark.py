"""The Spark job (local[2]) produces exactly the records of the local pipeline."""
import json

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark is installed by .ci/run; pip install 'rasd[spark]'")

from rasd.export.columns import COLUMNS, rows  # noqa: E402
from rasd.spark import analyze_dataframe, read_articles, run  # noqa: E402

from conftest import DEV_NAMES, dev_gold, dev_text  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    s = (SparkSession.builder.master("local[2]").appName("rasd-test")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield s
    s.stop()


@pytest.fixture(scope="module")
def sample_jsonl(tmp_path_factory):
    path = tmp_path_factory.mktemp("in") / "dev.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for name in DEV_NAMES:
            f.write(json.dumps({"id": name, "text": dev_text(name), "published": dev_gold(name)["published"],
                                "source": "dev"}, ensure_ascii=False) + "\n")
    return path


def local_rows(table, path):
    """The rows the local pipeline makes of the same file: read by the one reader, analysed."""
    import rasd
    from rasd.ingest.readers import Article, Reader

    out = []
    for art in Reader([path]):
        if not isinstance(art, Article):
            continue  # what is no article (a blank record, a readme) makes no rows on Spark either
        d = rasd.analyze(art.text, id=art.id, meta=art.meta).to_dict()
        cols = [c.name for c in COLUMNS[table]]
        out += [tuple(r.get(c) for c in cols) for r in rows(table, d)]
    return sorted(out, key=repr)


def test_spark_records_equal_local_records(spark, sample_jsonl):
    df = read_articles(spark, str(sample_jsonl)).repartition(2)
    tables = analyze_dataframe(df)
    for table in ("documents", "entities", "quotes", "events"):
        got = sorted((tuple(r) for r in tables[table].collect()), key=repr)
        assert got == local_rows(table, sample_jsonl), table
    assert tables["documents"].count() == len(DEV_NAMES)


def test_spark_tables_carry_english_names_like_the_local_export(spark, sample_jsonl):
    tables = analyze_dataframe(read_articles(spark, str(sample_jsonl)), tables=("entities", "events"))
    assert {"name_en", "name_en_source"} <= set(tables["entities"].columns)
    assert {"source_name_en", "target_name_en"} <= set(tables["events"].columns)
    ents = tables["entities"].select("name_en", "name_en_source").collect()
    assert ents and all(r["name_en"] and r["name_en_source"] in ("list", "translation", "transliteration") for r in ents)

def test_missing_text_column_is_a_clear_error(spark):
    from rasd.errors import InputError

    df = spark.createDataFrame([("a", "x")], ["id", "note"])
    with pytest.raises(InputError, match="'text' column"):
        analyze_dataframe(df)


def test_spark_reads_a_saudinewsnet_zip_with_the_one_reader_as_the_local_pipeline_does(spark, tmp_path):
    import zipfile

    recs = [{"source": "okaz", "url": "http://okaz.example/1", "date_extracted": "2015-07-21 02:51:32",
             "title": "طريق جديد", "author": "جدة: محمد", "content": dev_text(DEV_NAMES[0])},
            {"source": "sabq", "url": "http://sabq.example/2", "date_extracted": "2015-07-21", "title": "",
             "author": "", "content": "   "},  # blank: skipped by both
            {"source": "alriyadh", "url": "http://alriyadh.example/3", "date_extracted": "2015-07-22 08:00:00",
             "title": "الأمطار", "author": "", "content": dev_text(DEV_NAMES[1])}]
    z = tmp_path / "2015-07-21.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(recs, ensure_ascii=False))
        zf.writestr("README.txt", "SaudiNewsNet, non-commercial licence.")  # no article: skipped by both
    tables = analyze_dataframe(read_articles(spark, str(z)), tables=("documents", "events"))
    for table in ("documents", "events"):
        assert sorted((tuple(r) for r in tables[table].collect()), key=repr) == local_rows(table, z), table
    ids = sorted(r["doc_id"] for r in tables["documents"].collect())
    assert ids == ["2015-07-21-1", "2015-07-21-3"]


def test_run_writes_parquet_tables(tmp_path, sample_jsonl, spark):
    counts = run(str(sample_jsonl), str(tmp_path / "out"), "local[2]")
    assert counts["documents"] == len(DEV_NAMES)
    assert (tmp_path / "out" / "events").is_dir()


