"""Distributional word clusters (built by rasd.train.clusters from SaudiNewsNet).

``load_clusters(resources)`` gives the table normalised word -> its cluster ids at each
granularity (coarse to fine); a word outside the 100,000 most frequent is not in it. The table
is read once per ``Resources`` and shared by its users (the NER features and the event
detector). The file holds derived statistics only (word -> integers), no text.
"""
from __future__ import annotations

from typing import Mapping

from ..errors import ModelError
from ..resources import Resources

AREA, FILE = "ner", "clusters.tsv.gz"
REBUILD = "python -m rasd.train.clusters (or: rasd train clusters)"


def load_clusters(resources: Resources) -> Mapping[str, tuple[str, ...]]:
    """Normalised word -> cluster ids; a ModelError naming the file when it is missing, corrupt
    or empty."""
    return resources.cached((AREA, FILE, "clusters"), lambda: _parse(resources.text(AREA, FILE)))


def _parse(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in text.split("\n"):
        if not line or line.startswith("#"):
            continue
        w, *ids = line.split("\t")
        table[w] = tuple(ids)
    if not table:
        raise ModelError(f"word clusters file {AREA}/{FILE} is empty; rebuild it with {REBUILD}")
    return table
