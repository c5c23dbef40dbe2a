"""The `rasd` command: a thin click layer over the library.

Each subcommand lives in its own module ``rasd/cli/<name>.py`` that defines a click command
called ``command``; modules are imported only when their command runs, so `rasd analyze` never
loads the web stack. RasdError becomes a one-line message and its exit code, never a traceback.
"""
from __future__ import annotations

import importlib.util
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


def workers_option(more: str = ""):
    """``--workers/-w N`` of `rasd analyze` and `rasd ingest`, the same in both (``-j N``, the
    make-style spelling, is accepted too and not advertised)."""
    def deco(f):
        f = click.option("-j", "workers_j", type=click.IntRange(min=1), default=None, hidden=True)(f)
        f = click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
                         help=f"Worker processes (default: all cores). {more}".strip())(f)

        import functools

        @functools.wraps(f)
        def wrapper(*args, workers=None, workers_j=None, **kwargs):
            if workers is not None and workers_j is not None and workers != workers_j:
                raise click.UsageError(f"--workers {workers} and -j {workers_j} disagree; give one")
            return f(*args, workers=workers if workers is not None else workers_j, **kwargs)
        return wrapper
    return deco


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


class Terminated(KeyboardInterrupt):
    """SIGTERM (kill, a service manager stopping Rasd): stop like Ctrl-C, releasing what is held."""


def _terminate(signum, frame):
    raise Terminated()


def main(argv=None) -> int:
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    try:
        cli.main(args=argv, prog_name="rasd", standalone_mode=False)
    except RasdError as exc:
        click.echo(f"rasd: error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, Terminated):
            click.echo("rasd: terminated", err=True)
            return 143
        click.echo("rasd: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except Terminated:
        click.echo("rasd: terminated", err=True)
        return 143
    except KeyboardInterrupt:
        click.echo("rasd: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
