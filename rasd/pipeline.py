"""Stage registry and runner.

A stage is a function ``stage(doc, config) -> None`` that reads some layers of a Document and adds
others. Every stage is declared in ``rasd/stages.py`` (one table: name, import path, requires,
adds), and the order they run in is configuration (``rasd.config.DEFAULT_STAGES``), not import
order. Stage code is imported lazily, so a pipeline that stops after the text core never loads the
NER model.
"""
from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

from .document import Document
from .errors import PipelineError


@dataclass(frozen=True)
class StageSpec:
    name: str
    target: str  # "module:function"
    requires: tuple[str, ...]
    adds: tuple[str, ...]
    help: str = ""

    def load(self) -> Callable[[Document, Mapping[str, Any]], None]:
        module, _, func = self.target.partition(":")
        try:
            return getattr(importlib.import_module(module), func)
        except (ImportError, AttributeError) as exc:
            raise PipelineError(f"stage {self.name!r}: cannot load {self.target} ({exc})") from exc


# Young-generation size for the cyclic garbage collector once models are loaded: one article
# allocates ~10^5 short-lived tuples/dicts/spans, and with CPython's default (700) the collector
# runs hundreds of times per article, each pass a few percent of the pipeline's CPU time.
GC_GEN0_THRESHOLD = 20_000
_gc_tuned = False


def tune_gc() -> None:
    """Once per process, after models and lexicons are loaded: move everything alive now (the
    loaded data) out of the collector's sight (``gc.freeze``) and collect young objects less often.
    Memory is still freed by reference counting; only cycle collection runs less often."""
    global _gc_tuned
    if _gc_tuned:
        return
    _gc_tuned = True
    gc.collect()
    gc.freeze()
    g0, g1, g2 = gc.get_threshold()
    gc.set_threshold(max(g0, GC_GEN0_THRESHOLD), g1, g2)


def registry() -> dict[str, StageSpec]:
    from .stages import STAGES

    return {s.name: s for s in STAGES}


# A sentence with a name, a title, a place, a quote cue, a date and an event trigger, so that
# warming up touches every lazily loaded model and lexicon.
WARM_TEXT = "وقال الرئيس الروسي فلاديمير بوتين يوم الأحد في موسكو إن أوكرانيا هاجمت روسيا.\n"


class Pipeline:
    """Runs configured stages in order, checking each stage's requirements before it runs."""

    def __init__(self, stages: Sequence[str] | None = None, config: Mapping[str, Any] | None = None):
        from .config import DEFAULT_STAGES, default_config

        names = list(stages if stages is not None else DEFAULT_STAGES)
        reg = registry()
        unknown = [n for n in names if n not in reg]
        if unknown:
            raise PipelineError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(reg)}")
        # Validate the order up front: every requirement must be added by an earlier stage.
        have = {"text"}
        for n in names:
            missing = [r for r in reg[n].requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {n!r} requires {', '.join(missing)}, which no earlier stage adds; "
                    f"order was: {' -> '.join(names)}")
            have.update(reg[n].adds)
        self.specs = [reg[n] for n in names]
        self.config = {**default_config(), **dict(config or {})}
        self._funcs: list[Callable] | None = None
        self._tuned = False

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def _load(self) -> list[Callable]:
        if self._funcs is None:
            self._funcs = [s.load() for s in self.specs]
        return self._funcs

    def warm(self) -> "Pipeline":
        """Load every stage and the models and lexicons it loads lazily, now rather than on the
        first article: one short sentence that reaches every stage is analysed and dropped."""
        self._load()
        self(Document(WARM_TEXT, meta={"published": "2025-05-11"}))
        return self

    def __call__(self, doc: Document) -> Document:
        for spec, func in zip(self.specs, self._load()):
            missing = [r for r in spec.requires if r != "text" and not doc.has(r)]
            if missing:
                raise PipelineError(f"stage {spec.name!r} requires {', '.join(missing)} but the document lacks it")
            func(doc, self.config)
        if not self._tuned:  # lexicons load lazily on the first document
            self._tuned = True
            tune_gc()
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for d in docs:
            yield self(d)
