"""Shared by the entity tests of issue #14's round 5: the entity stages of the default pipeline
and the named mentions of a text with their labels."""
from __future__ import annotations

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def analyse(text: str, published: str, **meta) -> Document:
    """The document of ``text`` through the entity stages, its spans checked."""
    doc = ENTITIES(Document(text, meta={"published": published, **meta}))
    assert doc.check_spans() == []
    return doc


def named(text: str, published: str, **meta) -> dict[str, str]:
    """Named mention text -> the label of its entity."""
    return {m.text: e.label for e in analyse(text, published, **meta).entities for m in e.mentions
            if m.get("kind") == "name"}
