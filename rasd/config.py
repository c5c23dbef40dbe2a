"""Defaults, each with the reason it is what it is. Users override them per Pipeline."""
from __future__ import annotations

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
    "events",
]

# Size of each per-word memo (clitic splits, normalised keys, lexicon look-ups). News vocabulary
# is Zipfian: the 50,000 most recent distinct words cover almost every token of the next article,
# while a bound this size keeps a worker's memory flat over millions of articles (at 200,000
# entries the twenty memos together grew past 1 GB per worker on the full SaudiNewsNet corpus).
WORD_CACHE_SIZE = 50_000

TEXT_STAGES: list[str] = ["normalize", "sentences", "tokens", "boilerplate", "mtflags"]


def default_config() -> dict:
    return {
        # Publication date (YYYY-MM-DD) used to resolve relative dates; None = unknown.
        "published": None,
        # NER tagger (rasd.entities.ner.KINDS): "crf" (default: ANERcorp F1 0.704, ~6 ms per
        # 280-word article), "neural" (BiLSTM-CRF: 0.715, ~2x the time) or "ensemble" (both
        # mixed: 0.735, ~2.4x). The CRF is the default because issue #8's speed target needs it.
        "ner_model": "crf",
    }
