"""Reading a shipped JSON model file through ``Resources``: every failure is a ModelError that
names the file and the command that rebuilds it (the file ships with the package; a broken one
must not become a traceback or, worse, a silently different analysis)."""
from __future__ import annotations

import json
from typing import Any, Callable, Mapping

from .errors import ModelError
from .resources import Resources


def load_json_model(res: Resources, area: str, file: str, what: str, rebuild: str,
                    malformed: Callable[[Any], str]) -> Any:
    """The parsed file ``<area>/<file>`` of ``res`` (parsed once per Resources). ``what`` names it
    in messages ("event detector"); ``malformed(parsed)`` says what is wrong with its shape ("" when
    nothing)."""
    where = f"{area}/{file}"

    def build() -> Any:
        try:
            res.path(area, file)
        except ModelError:
            raise ModelError(f"{what} {where} is missing; rebuild it with {rebuild}") from None
        try:
            text = res.text(area, file)
        except ModelError as exc:  # unreadable: Resources says why
            raise ModelError(f"{what} {where}: {exc}; or rebuild it with {rebuild}") from None
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ModelError(f"{what} {where} is corrupt (not JSON: {exc}); rebuild it with {rebuild}") from None
        problem = malformed(parsed)
        if problem:
            raise ModelError(f"{what} {where} is malformed ({problem}); rebuild it with {rebuild}")
        return parsed

    return res.cached(("model", area, file), build)


def check_settings(model: Mapping[str, Any], settings: Mapping[str, Any], what: str, file: tuple[str, str],
                   rebuild: str) -> None:
    """A ModelError naming the file when a model was trained with settings other than ``settings``
    (the settings that change its features: the model file records them as ``settings``)."""
    trained = model.get("settings")
    if not isinstance(trained, dict):
        raise ModelError(f"{what} {'/'.join(file)} does not record the settings it was trained with; "
                         f"rebuild it with {rebuild}")
    differ = [f"{k}={trained.get(k)!r} (now {v!r})" for k, v in settings.items() if trained.get(k) != v]
    if differ:
        raise ModelError(f"{what} {'/'.join(file)} was trained with other events settings: {', '.join(differ)}; "
                         f"use those settings or rebuild it with {rebuild}")
