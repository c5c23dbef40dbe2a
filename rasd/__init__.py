"""Rasd (رصد): read Arabic news like an analyst.

    >>> import rasd
    >>> doc = rasd.analyze("قال الرئيس ...", published="2025-05-11")
    >>> doc.to_dict()["entities"]
"""
from __future__ import annotations

from .document import Document, Entity, Span
from .errors import RasdError
from .pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["analyze", "Document", "Entity", "Span", "Pipeline", "RasdError", "__version__", "default_pipeline"]

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The configured pipeline, built once per process (models load once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def analyze(text: str, published: str | None = None, id: str | None = None, meta: dict | None = None,
            pipeline: Pipeline | None = None) -> Document:
    """Analyse one article's text and return the Document with every layer the pipeline adds."""
    m = dict(meta or {})
    if published:
        m["published"] = published
    doc = Document(text, id=id, meta=m)
    return (pipeline or default_pipeline())(doc)
