"""The `rasd` command: a thin click layer over the library.

Each subcommand lives in its own module ``rasd/cli/<name>.py`` that defines a click command
called ``command``; modules are imported only when their command runs, so `rasd analyze` never
loads the web stack. RasdError becomes a one-line message and its exit code, never a traceback.
"""
from __future__ import annotations

import importlib
import os
import sys

# One BLAS thread per process: Rasd parallelises over articles (--workers), and the neural NER
# tagger's small matrix products run ~3x slower when OpenBLAS spreads them over all cores
# (measured: 37 vs 11 ms per article). Set before anything imports NumPy; the user's own setting wins.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import click

from ..errors import RasdError

COMMANDS = {
    "analyze": "analyse articles and print the document JSON or a readable view",
    "evaluate": "score Rasd (or a predictions file) against gold annotations",
    "train": "rebuild the shipped models and data files from the source corpora",
    "ingest": "analyse files or folders into a SQLite database",
    "search": "full-text search of a database with filters",
    "export": "export documents, events, quotes or entities as JSONL, CSV or Parquet",
    "serve": "open a database in the web reader and REST API",
    "spark": "run the pipeline on Spark over large inputs",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return [n for n in COMMANDS if importlib.util.find_spec(f"rasd.cli.{n}") is not None]

    def get_command(self, ctx, name):
        if name not in COMMANDS or importlib.util.find_spec(f"rasd.cli.{name}") is None:
            return None
        cmd = importlib.import_module(f"rasd.cli.{name}").command
        cmd.short_help = cmd.short_help or COMMANDS[name]
        return cmd


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd")
def cli():
    """Rasd (رصد): read Arabic news like an analyst."""


def main(argv=None) -> int:
    try:
        cli.main(args=argv, prog_name="rasd", standalone_mode=False)
    except RasdError as exc:
        click.echo(f"rasd: error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("rasd: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("rasd: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
