"""Shared by the events tests: the shipped events lexicon, events stages built from settings,
documents with the text core run, and data folders that lack one shipped file."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rasd.document import Document
from rasd.events.arguments import SentenceView
from rasd.events.lexicon import load_lexicon
from rasd.events.stage import EventsConfig, EventsStage
from rasd.pipeline import Pipeline
from rasd.resources import ROOT, Resources

LEX = load_lexicon(Resources.default())
TEXT_CORE = Pipeline(stages=["normalize", "sentences", "tokens"])


@lru_cache(maxsize=None)
def events_stage(**settings) -> EventsStage:
    """The events component with these settings (``EventsConfig`` fields) and the shipped data."""
    return EventsStage(EventsConfig(**settings), Resources.default())


def text_doc(text: str, published: str | None = "2025-05-11", id: str = "t") -> Document:
    """A document with normalisation, sentences and tokens."""
    return TEXT_CORE(Document(text, id=id, meta={"published": published}))


def view(tokens) -> SentenceView:
    return SentenceView(tokens, LEX)


def resources_without(tmp_path: Path, missing: str) -> Resources:
    """The shipped data with the file ``missing`` ("area/file") taken away: a folder of links to
    every shipped file but that one."""
    area, file = missing.split("/")
    root = tmp_path / "resources"
    root.mkdir()
    for d in ROOT.iterdir():
        if not d.is_dir():
            continue
        if d.name != area:
            (root / d.name).symlink_to(d)
            continue
        (root / d.name).mkdir()
        for f in d.iterdir():
            if f.name != file:
                (root / d.name / f.name).symlink_to(f)
    return Resources(root)
