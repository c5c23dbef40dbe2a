"""Trained NER model files and their side files.

Next to each model file (``ner.crfsuite``, ``ner_neural.npz``) its trainer writes
``<file>.json``: the checksum of the model's bytes, how it was trained (iterations, seed, ...)
and, under ``"settings"``, everything that decides the features the model was trained on: the
feature-set version, the context window, the network's input sizes and the checksums of the data
files the features are read from (word clusters, gazetteer classes, self-training lexicon).
Loading a model compares those settings with the ones this Rasd computes: a model trained on
other features would tag, but worse and without a word, so it is refused with the command that
rebuilds it.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Mapping

from ..errors import ModelError


def meta_path(model: Path) -> Path:
    """The side file of model file ``model``."""
    return model.with_name(model.name + ".json")


def write_meta(path: Path, settings: Mapping[str, Any], **info) -> None:
    """Record the checksum of model file ``path``, the feature ``settings`` it was trained with
    and the training ``info`` next to it."""
    path = Path(path)
    record = dict(info, settings=dict(settings), sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    meta_path(path).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read_model(path: Path, what: str, rebuild: str) -> tuple[bytes, dict]:
    """The bytes of model file ``path`` and its side file's record. ModelError, naming the file,
    ``what`` it is ("NER model") and the ``rebuild`` command, when the model or its side file is
    missing or unreadable, or the bytes are not the ones the side file's checksum names."""
    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{what} file {path} is missing; rebuild it with {rebuild}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"{what} file {path} cannot be read ({exc}); rebuild it with {rebuild}") from None
    meta = meta_path(path)
    if not meta.is_file():
        raise ModelError(f"{what} checksum file {meta} is missing (it records the model's checksum and the "
                         f"settings it was trained with); rebuild the model with {rebuild}")
    try:
        record = json.loads(meta.read_text(encoding="utf-8"))
        want = record["sha256"]
    except (ValueError, KeyError, TypeError, OSError):
        raise ModelError(f"{what} checksum file {meta} is corrupt; rebuild the model with {rebuild}") from None
    if not isinstance(record, dict):
        raise ModelError(f"{what} checksum file {meta} is corrupt; rebuild the model with {rebuild}")
    if hashlib.sha256(data).hexdigest() != want:
        raise ModelError(f"{what} file {path} is corrupt (checksum mismatch); rebuild it with {rebuild}")
    return data, record


def check_settings(record: Mapping[str, Any], want: Mapping[str, Any], path: Path, what: str,
                   rebuild: str) -> None:
    """ModelError when the settings a model's side file records (``record["settings"]``) are not
    ``want``, the settings this Rasd computes its features with; the message names each one that
    differs."""
    got = record.get("settings")
    if not isinstance(got, dict):
        raise ModelError(f"{what} file {path} does not record the feature settings it was trained with "
                         f"(its side file {meta_path(Path(path)).name} predates them); rebuild it with {rebuild}")
    diff = [f"{k}: trained with {_show(got.get(k))}, now {_show(want.get(k))}"
            for k in sorted(set(got) | set(want)) if got.get(k) != want.get(k)]
    if diff:
        raise ModelError(f"{what} file {path} was trained on other features than this Rasd computes "
                         f"({'; '.join(diff)}); rebuild it with {rebuild}")


def _show(value: Any) -> str:
    if isinstance(value, str) and len(value) == 64:  # a checksum: its start is enough to tell
        return f"sha256 {value[:12]}…"
    return "nothing" if value is None else repr(value)


def fingerprint(text: str) -> str:
    """The checksum of a data file's text, as side files record it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
