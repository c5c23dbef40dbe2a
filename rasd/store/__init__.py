"""The corpus store: an embedded SQLite database of analysed articles (see docs/corpus.md).

``rasd.store.Store`` is the single writer used by ``rasd ingest``; ``rasd.store.queries`` holds
the read API shared by the CLI, the web reader and the REST API.
"""
from .db import Store, connect
from .rows import Prepared, content_hash, prepare
from .schema import SCHEMA_VERSION

__all__ = ["Store", "connect", "Prepared", "prepare", "content_hash", "SCHEMA_VERSION"]
