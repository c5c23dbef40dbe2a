"""Reproducible builders of every data file and model Rasd ships. Not imported at run time.

Trainers read their source corpora from the shared data folder (``rasd.shared``: $RASD_SHARED,
else ../shared beside the checkout) and write what ships under ``rasd/resources/<area>/``
(``shipped``), the folder the stages read through ``rasd.resources.Resources``. What a trainer
needs from a run (a model's features, the candidates an analysis considered) is passed to it as
an argument, never set in a module of the stages.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from ..errors import RasdError
from ..resources import ROOT


# The SaudiNewsNet days of the fresh-reading samples (docs/fresh-reading.md, bench/fresh_sample.py
# SAMPLES): no trainer reads a record of these days, so that a reading measures text Rasd was never
# built from. A new sample adds its day here before anything is trained.
FRESH_READING_DAYS = ("2015-08-04", "2015-08-09", "2015-07-23", "2015-07-24")


def shipped(area: str, file: str | None = None) -> Path:
    """Where a trainer writes the shipped file ``<area>/<file>`` (or the area's folder): the
    file ``Resources.default().path(area, file)`` reads."""
    return ROOT / area / file if file else ROOT / area


def command_line(main: Callable[[], int | None]) -> None:
    """Run a trainer's ``main()`` as ``python -m rasd.train.<x>``: a RasdError (source data
    missing, a bad choice) is one line on stderr and its exit status, never a traceback."""
    try:
        sys.exit(main())
    except RasdError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)


def source_folder(prog: str, doc: str | None, what: str, argv: list[str] | None = None) -> Path | None:
    """The one optional argument of a trainer that reads one source folder (``python -m
    rasd.train.<x> [FOLDER]``), parsed so that ``--help`` prints the usage: None when not given."""
    ap = argparse.ArgumentParser(prog=prog, description=(doc or "").strip().splitlines()[0] if doc else None)
    ap.add_argument("folder", nargs="?", type=Path, help=what)
    return ap.parse_args(argv).folder
