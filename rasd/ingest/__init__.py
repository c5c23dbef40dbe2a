"""Reading articles from files (txt, HTML, JSONL, JSON arrays, zip, WARC, folders) and
ingesting them into a store with a pool of workers (``rasd ingest``). See docs/corpus.md."""
from .readers import Article, Limits, Problem, Reader, read, sniff

__all__ = ["Article", "Limits", "Problem", "Reader", "read", "sniff"]
