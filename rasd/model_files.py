"""Reading a shipped JSON model file: every failure is a ModelError that names the file and the
command that rebuilds it (the file ships with the package; a broken one must not become a
traceback or, worse, a silently different analysis)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from .errors import ModelError


def load_json_model(path: Path, what: str, rebuild: str, malformed: Callable[[Any], str]) -> Any:
    """The parsed file at ``path``. ``what`` names it in messages ("event detector");
    ``malformed(parsed)`` says what is wrong with its shape ("" when nothing)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"{what} {path} is missing; rebuild it with {rebuild}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"{what} {path} cannot be read ({exc}); rebuild it with {rebuild}") from None
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(f"{what} {path} is corrupt (not JSON: {exc}); rebuild it with {rebuild}") from None
    problem = malformed(parsed)
    if problem:
        raise ModelError(f"{what} {path} is malformed ({problem}); rebuild it with {rebuild}")
    return parsed
