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

TEXT_STAGES: list[str] = ["normalize", "sentences", "tokens", "boilerplate", "mtflags"]


def default_config() -> dict:
    return {
        # Publication date (YYYY-MM-DD) used to resolve relative dates; None = unknown.
        "published": None,
    }
