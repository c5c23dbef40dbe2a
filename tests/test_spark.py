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


def local_rows(table):
    import rasd

    out = []
    for name in DEV_NAMES:
        d = rasd.analyze(dev_text(name), published=dev_gold(name)["published"], id=name,
                         meta={"source": "dev"}).to_dict()
        cols = [c.name for c in COLUMNS[table]]
        out += [tuple(r.get(c) for c in cols) for r in rows(table, d)]
    return sorted(out, key=repr)


def test_spark_records_equal_local_records(spark, sample_jsonl):
    df = read_articles(spark, str(sample_jsonl)).repartition(2)
    tables = analyze_dataframe(df)
    for table in ("documents", "entities", "quotes", "events"):
        got = sorted((tuple(r) for r in tables[table].collect()), key=repr)
        assert got == local_rows(table), table
    assert tables["documents"].count() == len(DEV_NAMES)


def test_missing_text_column_is_a_clear_error(spark):
    from rasd.errors import InputError

    df = spark.createDataFrame([("a", "x")], ["id", "body"])
    with pytest.raises(InputError, match="'text' column"):
        analyze_dataframe(df)


def test_run_writes_parquet_tables(tmp_path, sample_jsonl, spark):
    counts = run(str(sample_jsonl), str(tmp_path / "out"), "local[2]")
    assert counts["documents"] == len(DEV_NAMES)
    assert (tmp_path / "out" / "events").is_dir()
