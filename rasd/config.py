"""Defaults, each with the reason it is what it is. Users override them per Pipeline."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

# The order stages run in. Later issues insert their stages here; the registry in rasd/stages.py
# says what each requires and adds, and Pipeline refuses an order that cannot work.
DEFAULT_STAGES: list[str] = [
    "normalize",
    "sentences",
    "tokens",
    "boilerplate",
    "mtflags",
    "ner",
    "gazetteer",
    "entities",
    "quotes",
    "dates",
    "topic",
    "events",
    "bystanders",
]

# Size of each per-word memo (clitic splits, normalised keys, lexicon look-ups). News vocabulary
# is Zipfian: the 50,000 most recent distinct words cover almost every token of the next article,
# while a bound this size keeps a worker's memory flat over millions of articles (at 200,000
# entries the twenty memos together grew past 1 GB per worker on the full SaudiNewsNet corpus).
WORD_CACHE_SIZE = 50_000

TEXT_STAGES: list[str] = ["normalize", "sentences", "tokens", "boilerplate", "mtflags"]


@dataclass(frozen=True)
class PipelineSettings:
    """Settings of the whole pipeline, given to every stage whose own settings have a field of the
    same name (unless the stage's section sets it)."""

    # Publication date (YYYY-MM-DD) used to resolve relative dates when a document's meta has none.
    published: Optional[str] = None
