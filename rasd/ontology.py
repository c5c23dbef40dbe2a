"""The vocabulary of Rasd's output: PLOVER event types, their categories and labels, the
contexts an event can carry, and the field names of events, quotes and entities in the JSON
contract.

One module, imported by the events stage, the store, export, the web reader and Spark, so that a
type or a field name is spelled once. This is a schema (what the output may contain), not
linguistic knowledge: the words that express each type live in ``rasd/resources/events/``.

Sources: PLOVER manual and README (openeventdata/PLOVER, CC BY-SA 4.0 / MIT; copies in
``../shared/data/plover``), quad categories from the PLOVER README. PLOVER's later names are used
where the README keeps older ones (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE).
"""
from __future__ import annotations

from typing import NamedTuple


class EventType(NamedTuple):
    name: str       # PLOVER name, as written in the output
    quad: str       # PLOVER quad category
    side: str       # cooperation | conflict
    label_ar: str   # what the Arabic reader shows
    label_en: str   # short English gloss (tooltips, English output)


# In PLOVER's order: from verbal cooperation to material conflict.
EVENT_TYPES: tuple[EventType, ...] = (
    EventType("AGREE", "verbal-cooperation", "cooperation", "اتفاق", "agree"),
    EventType("CONSULT", "verbal-cooperation", "cooperation", "تشاور", "consult"),
    EventType("SUPPORT", "verbal-cooperation", "cooperation", "تأييد", "support"),
    EventType("CONCEDE", "verbal-cooperation", "cooperation", "تنازل", "concede"),
    EventType("COOPERATE", "material-cooperation", "cooperation", "تعاون", "cooperate"),
    EventType("AID", "material-cooperation", "cooperation", "مساعدة", "aid"),
    EventType("RETREAT", "material-cooperation", "cooperation", "انسحاب", "retreat"),
    EventType("REQUEST", "verbal-conflict", "conflict", "مطالبة", "request"),
    EventType("ACCUSE", "verbal-conflict", "conflict", "اتهام", "accuse"),
    EventType("REJECT", "verbal-conflict", "conflict", "رفض", "reject"),
    EventType("THREATEN", "verbal-conflict", "conflict", "تهديد", "threaten"),
    EventType("PROTEST", "material-conflict", "conflict", "احتجاج", "protest"),
    EventType("SANCTION", "verbal-conflict", "conflict", "عقوبة", "sanction"),
    EventType("MOBILIZE", "material-conflict", "conflict", "تعبئة", "mobilize"),
    EventType("COERCE", "material-conflict", "conflict", "إكراه", "coerce"),
    EventType("ASSAULT", "material-conflict", "conflict", "اعتداء", "assault"),
)
PLOVER_TYPES: tuple[str, ...] = tuple(t.name for t in EVENT_TYPES)
EVENT_TYPE: dict[str, EventType] = {t.name: t for t in EVENT_TYPES}


class Context(NamedTuple):
    name: str
    label_ar: str
    label_en: str
    factual: bool   # does the event, as reported, state something that happened?


# An event's ``context``: how the article presents it (PLOVER's auxiliary modes). None = asserted.
CONTEXTS: tuple[Context, ...] = (
    Context("claimed", "حسب ادعاء", "claimed by a speaker", False),
    Context("negated", "منفي", "negated (did not happen)", False),
    Context("future", "مستقبلي", "announced for the future", False),
    Context("conditional", "مشروط", "conditional or hypothetical", False),
    Context("historical", "خلفية تاريخية", "background, long before publication", True),
)
CONTEXT: dict[str, Context] = {c.name: c for c in CONTEXTS}

# Where an event's date came from: the sentence's own date expression, or the publication date.
DATE_SOURCES = ("text", "published")

# Field names of one event in the JSON contract (``Document.to_dict()["events"]``), in output
# order. ``trigger`` is the event's own span; the rest are attributes.
EVENT_FIELDS: tuple[str, ...] = (
    "type", "source", "source_text", "source_code", "target", "target_text", "target_code",
    "mode", "context", "date", "date_source", "location", "location_text", "sentence",
    "killed", "injured", "size", "reported_type", "confidence", "parties", "trigger",
)
# Casualty and size counts an event may carry.
EVENT_COUNTS: tuple[str, ...] = ("killed", "injured", "size")
QUOTE_FIELDS: tuple[str, ...] = ("kind", "start", "end", "text", "speaker", "speaker_text", "cue", "sentence")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect")
ENTITY_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
ENTITY_LABEL_AR: dict[str, str] = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}


def type_label(name: str, lang: str = "ar") -> str:
    """The reader's label of a PLOVER type (the name itself when unknown)."""
    t = EVENT_TYPE.get(str(name or "").upper())
    if t is None:
        return str(name or "")
    return t.label_ar if lang == "ar" else t.label_en


def context_label(name: str | None, lang: str = "ar") -> str:
    c = CONTEXT.get(name or "")
    if c is None:
        return str(name or "")
    return c.label_ar if lang == "ar" else c.label_en
