"""Rasd on Spark: a DataFrame of articles in, DataFrames of documents, entities, quotes, events out.

    from rasd.spark import analyze_dataframe
    tables = analyze_dataframe(articles_df)          # columns: id, text, [published, title, url, source]
    tables["events"].write.parquet("out/events")

The pipeline runs inside ``mapPartitions``: each Python worker builds it once (models and lexicons
load once per executor process, then serve every partition it is given) and analyses the rows of a
partition as a stream. Rows become articles by the one record parser
(``rasd.ingest.readers.record_article``: the same text, id, date and metadata rules as `rasd
analyze` and `rasd ingest`), and records are made by ``rasd.export.columns.rows`` — the same code
and columns as ``rasd export`` — so a Spark run and a local run produce the same records. Files on
a local or shared file system are read by the one reader on the executors (every format `rasd
ingest` reads, SaudiNewsNet zips included, with the same ids); other URIs (hdfs://, s3a://) by
Spark's JSON Lines and Parquet readers.

Run it as a job:  ``spark-submit --py-files rasd-*.whl $(python -c 'import rasd.spark as m;
print(m.__file__)') INPUT OUTPUT`` or ``rasd spark INPUT OUTPUT`` (local mode, or ``--submit``).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .errors import InputError, RasdError
from .export.columns import COLUMNS, TABLES, rows
from .ingest.readers import DATE_KEYS, META_KEYS, TEXT_KEYS, Article, Reader, article_record, record_article

# Input columns the job understands (those of a record): a text column is needed, any other may
# be missing. Articles read from files travel as these columns (``article_record``).
INPUT_COLUMNS = ("id", *TEXT_KEYS, *DATE_KEYS, *META_KEYS)
FILE_COLUMNS = ("id", "text", "published", *META_KEYS)

_PIPELINE = None
_PIPELINE_STAGES: tuple | None = None


def _pipeline(stages: Sequence[str] | None):
    """The per-process pipeline: built on first use in each executor's Python worker."""
    global _PIPELINE, _PIPELINE_STAGES
    key = tuple(stages) if stages else None
    if _PIPELINE is None or _PIPELINE_STAGES != key:
        from .pipeline import Pipeline

        _PIPELINE = Pipeline(stages).warm()
        _PIPELINE_STAGES = key
    return _PIPELINE


def analyze_records(records: Iterable[dict], stages: Sequence[str] | None = None,
                    tables: Sequence[str] = TABLES) -> Iterator[tuple[str, tuple]]:
    """(table, row tuple in COLUMNS order) for every record; shared by Spark and local runs.
    Records that are no article (blank, no text) produce no rows: Spark has no per-record error
    channel, so they are logged on the executor's standard error."""
    from .document import Document

    pipeline = _pipeline(stages)
    for rec in records:
        art = record_article({k: v for k, v in rec.items() if v is not None}, f"record {rec.get('id')}", None)
        if not isinstance(art, Article):
            print(f"rasd spark: skipped {art}", file=sys.stderr)
            continue
        d = pipeline(Document(art.text, art.id, art.meta)).to_dict()
        for table in tables:
            cols = [c.name for c in COLUMNS[table]]
            for r in rows(table, d):
                yield table, tuple(r.get(c) for c in cols)


def spark_schema(table: str):
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    types = {"string": StringType(), "int64": LongType()}
    return StructType([StructField(c.name, types[c.type], True) for c in COLUMNS[table]])


def analyze_dataframe(df, stages: Sequence[str] | None = None, tables: Sequence[str] = TABLES) -> dict[str, Any]:
    """Analyse a DataFrame of articles (``text`` required; id, published, title, url, source
    optional) and return one DataFrame per table with the columns of ``rasd export``."""
    if not any(k in df.columns for k in TEXT_KEYS):
        raise InputError(f"the articles DataFrame needs a 'text' column (or {', '.join(TEXT_KEYS[1:])}; "
                         f"it has: {', '.join(df.columns)})")
    have = [c for c in INPUT_COLUMNS if c in df.columns]
    stage_list = list(stages) if stages else None
    tables = list(tables)

    def run_partition(it):
        return analyze_records((r.asDict() for r in it), stage_list, tables)

    tagged = df.select(*have).rdd.mapPartitions(run_partition)
    from pyspark import StorageLevel

    tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK)  # analysed once, split into tables
    spark = df.sparkSession
    out = {}
    for table in tables:
        part = tagged.filter(lambda x, t=table: x[0] == t).map(lambda x: x[1])
        out[table] = spark.createDataFrame(part, spark_schema(table))
    return out


def _local(path: str) -> Path | None:
    if path.startswith("file://"):
        return Path(path[len("file://"):])
    return None if "://" in path else Path(path)


def read_articles(spark, path: str):
    """A DataFrame of articles (columns FILE_COLUMNS, or a Parquet file's own) from ``path``.

    A local path (or file://) is read by the one reader, on the executors, one task per file:
    every format `rasd ingest` reads, with the same ids, dates and metadata. Parquet files are
    read by Spark. Other URIs (hdfs://, s3a://) by Spark's readers: JSON Lines (records as above)
    or Parquet."""
    local = _local(path)
    if local is None:
        if path.rstrip("/").endswith(".parquet"):
            return spark.read.parquet(path)
        df = spark.read.json(path)
        if "_corrupt_record" in df.columns:
            bad = df.filter(df["_corrupt_record"].isNotNull()).count()
            raise InputError(f"{path}: {bad} malformed JSON Lines record(s); fix or remove them (rasd analyze names the lines)")
        return df
    if not local.exists():
        raise InputError(f"{path}: no such file or folder")
    reader = Reader([local])
    plan = [x for x in reader.plan() if isinstance(x, tuple)]
    if not plan:
        raise InputError(f"{path}: no input files")
    if all(p.suffix.lower() == ".parquet" for p, _ in plan):
        return spark.read.parquet(str(local))
    from pyspark.sql.types import StringType, StructField, StructType

    files = [(str(p), walked) for p, walked in plan]
    schema = StructType([StructField(c, StringType(), True) for c in FILE_COLUMNS])
    rdd = spark.sparkContext.parallelize(files, len(files)).flatMap(_read_file)
    return spark.createDataFrame(rdd, schema)


def _read_file(item: tuple[str, bool]) -> Iterator[tuple]:
    """Records of one file, read by the one reader (runs on an executor). What is not an article
    is summed up in one line per file on the executor's standard error (the first error named)."""
    from collections import Counter

    path, walked = item
    skipped: Counter = Counter()
    first_error = None
    for art in Reader([]).read_file(path, walked):
        if isinstance(art, Article):
            rec = article_record(art)
            yield tuple(rec.get(c) for c in FILE_COLUMNS)
        else:
            skipped[("skipped " if art.skip else "error ") + (art.reason or "other")] += 1
            if not art.skip and first_error is None:
                first_error = str(art)
    if skipped:
        print(f"rasd spark: {path}: " + ", ".join(f"{k} {n}" for k, n in sorted(skipped.items()))
              + (f" (first error: {first_error})" if first_error else ""), file=sys.stderr)


def run(input_path: str, output_dir: str, master: str | None = None, stages: Sequence[str] | None = None,
        tables: Sequence[str] = TABLES, partitions: int | None = None) -> dict[str, int]:
    """Analyse ``input_path`` and write one Parquet folder per table under ``output_dir``;
    returns the number of rows written per table."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise RasdError("pyspark is not installed: pip install 'rasd[spark]' (and Java 17)") from None
    builder = SparkSession.builder.appName("rasd")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        df = read_articles(spark, input_path)
        # Files are read one task each (a SaudiNewsNet day is one task): spread the articles over
        # the cores before analysing them, unless asked for a number of partitions.
        df = df.repartition(partitions or spark.sparkContext.defaultParallelism * 4)
        out = analyze_dataframe(df, stages, tables)
        counts = {}
        for table, tdf in out.items():
            tdf.write.mode("overwrite").parquet(str(Path(output_dir) / table))
            counts[table] = spark.read.parquet(str(Path(output_dir) / table)).count()
        return counts
    finally:
        spark.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd.spark", description="Run Rasd over articles on Spark, writing Parquet tables.")
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--master", default=None, help="Spark master (default: what spark-submit gives)")
    ap.add_argument("--stages", default=None)
    ap.add_argument("--partitions", type=int, default=None)
    a = ap.parse_args(argv)
    try:
        counts = run(a.input, a.output, a.master, a.stages.split(",") if a.stages else None, partitions=a.partitions)
    except RasdError as exc:
        print(f"rasd spark: error: {exc}", file=sys.stderr)
        return exc.exit_code
    for t, n in counts.items():
        print(f"{t}: {n} rows -> {Path(a.output) / t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
