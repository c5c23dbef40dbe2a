"""Where the shared data folder is: the corpora (``data/``) and gold annotations (``eval/``) that
Rasd's trainers, evaluators, benchmarks and some tests read, and that the package does not ship.

One setting finds it: the environment variable ``RASD_SHARED`` when it is set, else ``shared``
beside the checkout (``../shared`` seen from the repository root). Nothing else in Rasd spells
this folder's location, so moving the data means setting one variable:

    RASD_SHARED=/data/rasd-shared python -m rasd.eval.ner

    shared_path("data", "anercorp")                  # a default: may not exist (for --help texts)
    require_shared("data", "anercorp", what="ANERcorp")   # InputError naming the setting when absent
    need(path, "ANERcorp train split")               # the same for a path that may be the user's

The pipeline never reads this folder: analysing articles needs only the package.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

ENV = "RASD_SHARED"
# The repository root when Rasd runs from a checkout (an installed package has no data beside it:
# set RASD_SHARED there).
CHECKOUT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared data folder: ``$RASD_SHARED`` if set (and not empty), else ``../shared``
    beside the checkout. Read on each call, so a test or a script may set the variable late."""
    value = os.environ.get(ENV, "").strip()
    return Path(value).expanduser() if value else CHECKOUT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path inside the shared data folder, whether or not it exists (defaults of options)."""
    return shared_dir().joinpath(*parts)


def require_shared(*parts: str, what: str | None = None) -> Path:
    """A path inside the shared data folder that must exist; an InputError that names it and the
    setting otherwise."""
    return need(shared_path(*parts), what or "shared data")


def need(path: str | Path, what: str) -> Path:
    """``path`` (a Path) when it exists; else an InputError naming ``what`` and the path, and,
    when the path is inside the shared data folder, where that folder was looked for."""
    path = Path(path)
    if path.exists():
        return path
    where = ""
    if path.is_relative_to(shared_dir()):
        where = f" ({describe()}; set {ENV} or pass the path)"
    raise InputError(f"{what} not found: {path}{where}")


def describe() -> str:
    """Where the folder was looked for, for error and skip messages."""
    if os.environ.get(ENV, "").strip():
        return f"the shared data folder is {ENV}={shared_dir()}"
    return f"the shared data folder is ../shared beside the checkout ({shared_dir()}) when {ENV} is not set"
