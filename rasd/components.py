"""What a pipeline stage is: a component built once from its settings and Rasd's data files,
then called on each Document.

    @dataclass(frozen=True)
    class Config:
        require_source: bool = True       # every setting has a default and a reason

    class EventsStage(Stage):
        Config = Config

        def __init__(self, config: Config, resources: Resources):
            super().__init__(config, resources)
            self.lexicon = load_lexicon(resources)   # loaded once, owned by this instance

        def __call__(self, doc: Document) -> None:
            doc.set_layer("events", ...)

A stage's settings are a frozen dataclass: ``make_config`` builds it from the user's mapping and
refuses unknown keys and wrong types with a message that names them, so two pipelines with
different settings can live in one process and nothing is configured through module globals.
Stages are declared in ``rasd/stages.py`` (``StageSpec``); ``rasd/pipeline.py`` builds them.
"""
from __future__ import annotations

import dataclasses
import difflib
import importlib
import types
import typing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Mapping, Union

from .document import Document
from .errors import PipelineError

if TYPE_CHECKING:  # the loader imports the text core, which defines stages: no cycle at run time
    from .resources import Resources


@dataclass(frozen=True)
class NoConfig:
    """The settings of a stage that has none."""


class Stage:
    """Base of pipeline components: ``Stage(config, resources)``, then ``stage(doc)`` adds layers."""

    Config: ClassVar[type] = NoConfig

    def __init__(self, config: Any, resources: Resources):
        self.config = config
        self.resources = resources

    def __call__(self, doc: Document) -> None:  # pragma: no cover - every stage overrides it
        raise NotImplementedError(f"{type(self).__name__} does not define __call__")


@dataclass(frozen=True)
class StageSpec:
    """One row of the stage table: a name, the component class (``"module:Class"``, imported
    when a pipeline first needs it, so a text-only pipeline never loads the NER model), the
    layers and views it reads and the ones it may add, and a line of help."""

    name: str
    target: str
    requires: tuple[str, ...]
    adds: tuple[str, ...]
    help: str = ""

    def load(self) -> type[Stage]:
        module, _, attr = self.target.partition(":")
        try:
            cls = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise PipelineError(f"stage {self.name!r}: cannot load {self.target} ({exc})") from exc
        if not (isinstance(cls, type) and issubclass(cls, Stage)):
            raise PipelineError(f"stage {self.name!r}: {self.target} is not a Stage class")
        return cls


def config_fields(cls: type) -> dict[str, Any]:
    """Field name -> resolved type annotation of a settings dataclass."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def make_config(cls: type, values: Mapping[str, Any] | None, where: str) -> Any:
    """An instance of the settings dataclass ``cls`` from ``values``; an unknown key or a value
    of the wrong type is a PipelineError naming ``where`` and the key."""
    values = dict(values or {})
    fields = config_fields(cls)
    for key, value in values.items():
        if key not in fields:
            raise PipelineError(f"{where}: unknown setting {key!r}{suggest(key, fields)}; "
                                f"known: {', '.join(fields) or 'none'}")
        if not _type_ok(value, fields[key]):
            raise PipelineError(f"{where}.{key}: {value!r} is not {_type_name(fields[key])}")
    return cls(**values)


def suggest(key: str, known) -> str:
    """' (did you mean X?)' for the closest known name, or ''."""
    close = difflib.get_close_matches(key, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _type_ok(value: Any, tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if tp is Any:
        return True
    if origin is Literal:
        return value in typing.get_args(tp)
    if origin in (Union, types.UnionType):
        return any(_type_ok(value, a) for a in typing.get_args(tp))
    if tp is type(None):
        return value is None
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if origin is not None:
        return isinstance(value, origin)
    return isinstance(value, tp)


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(tp))
    if origin in (Union, types.UnionType):
        return " or ".join(_type_name(a) for a in typing.get_args(tp))
    if tp is type(None):
        return "None"
    return getattr(tp, "__name__", str(tp))
