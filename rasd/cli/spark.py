"""`rasd spark INPUT OUTPUT`: run the pipeline on Spark and write Parquet tables."""
from __future__ import annotations

import shutil
import subprocess

import click


@click.command("spark")
@click.argument("input_path", metavar="INPUT")
@click.argument("output_dir", metavar="OUTPUT")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL (local mode runs in-process).")
@click.option("--submit", is_flag=True, help="Hand the job to spark-submit (for a cluster) instead of running in-process.")
@click.option("--stages", help="Comma-separated stage names (default: the full pipeline).")
@click.option("--partitions", type=click.IntRange(min=1), help="Repartition the input first (default: as read).")
def command(input_path, output_dir, master, submit, stages, partitions):
    """Analyse INPUT (files or folders in any format `rasd ingest` reads, or Parquet) on Spark; write OUTPUT/{documents,entities,quotes,events}."""
    from .. import spark as job
    from ..errors import RasdError

    if submit:
        exe = shutil.which("spark-submit")
        if not exe:
            raise RasdError("spark-submit is not on PATH (install Spark or pyspark, or drop --submit for local mode)")
        cmd = [exe, "--master", master, job.__file__, input_path, output_dir]
        if stages:
            cmd += ["--stages", stages]
        if partitions:
            cmd += ["--partitions", str(partitions)]
        raise SystemExit(subprocess.call(cmd))
    counts = job.run(input_path, output_dir, master, stages.split(",") if stages else None, partitions=partitions)
    for table, n in counts.items():
        click.echo(f"{table}: {n} rows -> {output_dir}/{table}")
