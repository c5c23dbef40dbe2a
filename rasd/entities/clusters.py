"""Distributional word clusters (built by rasd.train.clusters from SaudiNewsNet), loaded once.

``cluster_ids(word)`` gives the cluster ids of a normalised word at each granularity (coarse to
fine), or () for a word outside the 50,000 most frequent. The file holds derived statistics only
(word -> integers), no text.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError

CLUSTERS = Path(__file__).resolve().parents[1] / "resources" / "ner" / "clusters.tsv.gz"
REBUILD = "python -m rasd.train.clusters (or: rasd train clusters)"


@lru_cache(maxsize=1)
def _table(path: str = str(CLUSTERS)) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                w, *ids = line.rstrip("\n").split("\t")
                table[w] = tuple(ids)
    except FileNotFoundError:
        raise ModelError(f"word clusters file {path} is missing; rebuild it with {REBUILD}") from None
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise ModelError(f"word clusters file {path} is corrupt ({exc}); rebuild it with {REBUILD}") from None
    if not table:
        raise ModelError(f"word clusters file {path} is empty; rebuild it with {REBUILD}")
    return table


def cluster_ids(word: str) -> tuple[str, ...]:
    return _table().get(word, ())
