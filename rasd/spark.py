"""Rasd on Spark: a DataFrame of articles in, DataFrames of documents, entities, quotes, events out.

    from rasd.spark import analyze_dataframe
    tables = analyze_dataframe(articles_df)          # columns: id, text, [published, title, url, source]
    tables["events"].write.parquet("out/events")

The pipeline runs inside ``mapPartitions``: each Python worker builds it once (models and lexicons
load once per executor process, then serve every partition it is given) and analyses the rows of a
partition as a stream. Rows are made by ``rasd.export.columns.rows`` — the same code and columns as
``rasd export`` — so a Spark run and a local run produce the same records.

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

# Input columns the job understands; any may be missing except text.
INPUT_COLUMNS = ("id", "text", "published", "title", "url", "source")

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
    """(table, row tuple in COLUMNS order) for every record; shared by Spark and local runs."""
    from .document import Document
    from .textio import check_published

    pipeline = _pipeline(stages)
    for rec in records:
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            continue  # Spark has no per-record error channel: empty rows produce no records
        meta = {k: rec[k] for k in ("title", "url", "source") if rec.get(k)}
        try:
            pub = check_published(str(rec["published"])[:10]) if rec.get("published") else None
        except InputError:
            pub = None
        if pub:
            meta["published"] = pub
        d = pipeline(Document(text, None if rec.get("id") is None else str(rec["id"]), meta)).to_dict()
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
    if "text" not in df.columns:
        raise InputError(f"the articles DataFrame needs a 'text' column (it has: {', '.join(df.columns)})")
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


def read_articles(spark, path: str):
    """A DataFrame of articles from JSON Lines, Parquet, or text files (one article per file;
    the id is the file name without extension)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or folder")
    files = [x for x in (p.rglob("*") if p.is_dir() else [p]) if x.is_file()]
    suffixes = {x.suffix.lower() for x in files}
    if not files:
        raise InputError(f"{path}: no input files")
    if suffixes <= {".parquet"} or (p.is_dir() and ".parquet" in suffixes):
        return spark.read.parquet(str(p))
    if suffixes <= {".jsonl", ".json", ".ndjson"}:
        df = spark.read.json(str(p))
        if "_corrupt_record" in df.columns:
            bad = df.filter(df["_corrupt_record"].isNotNull()).count()
            raise InputError(f"{path}: {bad} malformed JSON Lines record(s); fix or remove them (rasd analyze names the lines)")
        if "text" not in df.columns and "content" in df.columns:
            df = df.withColumnRenamed("content", "text")
        return df
    if suffixes <= {".txt"}:
        from pyspark.sql import Row

        rdd = spark.sparkContext.wholeTextFiles(str(p)).map(lambda kv: Row(id=Path(kv[0]).stem, text=kv[1]))
        return spark.createDataFrame(rdd)
    raise InputError(f"{path}: Spark input must be JSON Lines, Parquet or .txt files (found {', '.join(sorted(suffixes))})")


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
        if partitions:
            df = df.repartition(partitions)
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
