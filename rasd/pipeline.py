"""The pipeline: builds the configured stages once, then runs them in order over Documents.

Stages are declared in ``rasd/stages.py`` (one table: name, component class, requires, adds) and
the order they run in is configuration (``rasd.config.DEFAULT_STAGES``), not import order. Each
stage is a component (``rasd.components.Stage``) built once from its validated settings and the
shared data files (``rasd.resources.Resources``); building is deferred to the first document (or
``warm()``), so validating a pipeline is cheap and a text-only pipeline never loads the NER model.

Settings are one mapping: the pipeline's own (``published``) and a section per stage, nested or
dotted, e.g. ``{"published": "2025-05-11", "ner": {"model": "neural"}, "events.require_source":
False}``. An unknown key, stage or value is a PipelineError that names it.
"""
from __future__ import annotations

import dataclasses
import gc
from typing import Any, Iterable, Mapping, Sequence

from .components import Stage, StageSpec, config_fields, make_config, suggest
from .config import DEFAULT_STAGES, PipelineSettings
from .document import Document
from .errors import PipelineError
from .resources import Resources
from .stages import STAGES

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
    return {s.name: s for s in STAGES}


# A sentence with a name, a title, a place, a quote cue, a date and an event trigger, so that
# warming up touches every lazily loaded model and lexicon.
WARM_TEXT = "وقال الرئيس الروسي فلاديمير بوتين يوم الأحد في موسكو إن أوكرانيا هاجمت روسيا.\n"


class Pipeline:
    """Runs configured stages in order, checking each stage's requirements before it runs and
    that it adds only what it declares."""

    def __init__(self, stages: Sequence[str] | None = None, config: Mapping[str, Any] | None = None,
                 resources: Resources | None = None):
        names = list(stages if stages is not None else DEFAULT_STAGES)
        reg = registry()
        unknown = [n for n in names if n not in reg]
        if unknown:
            raise PipelineError(f"unknown stage(s): {', '.join(unknown)}{suggest(unknown[0], reg)}; "
                                f"known: {', '.join(reg)}")
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
        self.resources = resources or Resources.default()
        self.settings, self.stage_configs = _split_config(config or {}, self.specs, reg)
        self._stages: list[Stage] | None = None
        self._tuned = False

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def components(self) -> list[tuple[str, Stage]]:
        """(name, built component) of every stage, in order (benchmarks time them one by one)."""
        return list(zip(self.names, self._build()))

    def stage(self, name: str) -> Stage:
        """The built component of one stage of this pipeline."""
        for spec, st in zip(self.specs, self._build()):
            if spec.name == name:
                return st
        raise PipelineError(f"stage {name!r} is not in this pipeline ({' -> '.join(self.names)})")

    def _build(self) -> list[Stage]:
        if self._stages is None:
            self._stages = [spec.load()(self.stage_configs[spec.name], self.resources) for spec in self.specs]
        return self._stages

    def warm(self) -> "Pipeline":
        """Build every stage now rather than on the first article, and run one short sentence
        that reaches every stage (so that anything a stage still loads on first use is loaded)."""
        self._build()
        self(Document(WARM_TEXT, meta={"published": "2025-05-11"}))
        return self

    def __call__(self, doc: Document) -> Document:
        declared: set[str] = set()
        for spec, stage in zip(self.specs, self._build()):
            missing = [r for r in spec.requires if r != "text" and not doc.has(r)]
            if missing:
                raise PipelineError(f"stage {spec.name!r} requires {', '.join(missing)} but the document lacks it")
            declared.update(spec.adds)
            before = doc.names()
            stage(doc)
            extra = [n for n in doc.names() - before if n not in declared and not n.startswith("_")]
            if extra:
                raise PipelineError(f"stage {spec.name!r} added {', '.join(sorted(extra))}, which it does "
                                    f"not declare in rasd/stages.py")
        if not self._tuned:  # lexicons load lazily on the first document
            self._tuned = True
            tune_gc()
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for d in docs:
            yield self(d)


def _split_config(config: Mapping[str, Any], specs: Sequence[StageSpec],
                  reg: Mapping[str, StageSpec]) -> tuple[PipelineSettings, dict[str, Any]]:
    """The pipeline's settings and each stage's settings object from one user mapping (nested
    sections or dotted keys). Sections of known stages that are not in this pipeline are checked
    too, so that a typo is caught wherever the mapping is used."""
    if not isinstance(config, Mapping):
        raise PipelineError(f"pipeline settings must be a mapping, not {type(config).__name__}")
    own: dict[str, Any] = {}
    sections: dict[str, dict[str, Any]] = {}
    own_fields = config_fields(PipelineSettings)
    for key, value in config.items():
        stage, dot, sub = str(key).partition(".")
        if dot:
            if stage not in reg:
                raise PipelineError(f"setting {key!r}: no stage {stage!r}{suggest(stage, reg)}")
            sections.setdefault(stage, {})[sub] = value
        elif key in own_fields:
            own[key] = value
        elif key in reg:
            if not isinstance(value, Mapping):
                raise PipelineError(f"setting {key!r}: a stage's settings are a mapping, not {value!r}")
            sections.setdefault(key, {}).update(value)
        else:
            dotted = [f"{n}.{f}" for n, spec in reg.items() for f in config_fields(spec.load().Config)]
            raise PipelineError(f"unknown setting {key!r}{suggest(key.replace('_', '.', 1), dotted + [*own_fields, *reg])}; known: "
                                f"{', '.join(own_fields)} and a section per stage ({', '.join(reg)})")
    settings = make_config(PipelineSettings, own, "config")
    shared = dataclasses.asdict(settings)
    wanted = {s.name for s in specs}
    out: dict[str, Any] = {}
    for name in {*wanted, *sections}:
        cls = reg[name].load().Config
        fields = config_fields(cls)
        values = {k: v for k, v in shared.items() if k in fields}
        values.update(sections.get(name, {}))
        cfg = make_config(cls, values, name)
        if name in wanted:
            out[name] = cfg
    return settings, out
