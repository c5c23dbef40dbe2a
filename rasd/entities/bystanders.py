"""Generic nominals that take no part: pruned from the entities once quotes and events have run.

The nominal actors (``rasd.entities.nominal``) keep counted people and class nouns as entities
(«120 شخص», «سكان», «المواطنين», «المسؤولين», «3 عسكريين») because an event may need one as its doer
or victim («اعتقل 38 مواطنا»: the shared dev gold names such counts among an event's actors) and a
quote may be theirs («قال مسؤولون»). Where neither happens the description names no actor: the
annotation guide counts as an actor only one that speaks or takes part in an event, and fresh
reading 9 judged such mentions wrong (53 of its 133 wrong mentions, 33 of its 39 wrong codes).

So this stage, after the quotes and events stages, removes every entity of a generic kind
(``NominalActors.generic_kind``: group and counted-people heads, no owner, no listed genitive)
that no quote's speaker and no event's source, target or party refers to, by id or by its words.
Bodies, forces, titles, a people and every named entity stay. The stage adds no layer; the
entity ids of the rest are kept as they are (quotes and events refer to them), so an article's ids
may have gaps after it. Round 21 (docs/entities.md).
"""
from __future__ import annotations

from ..components import Stage
from ..document import Document
from ..resources import Resources
from .nominal import SOURCES_VIEW, NominalActors

# the attributes of an event span that name an actor (rasd.events.types.Event.to_span)
_EVENT_ROLES = ("source", "target")


class BystandersStage(Stage):
    def __init__(self, config, resources: Resources):
        super().__init__(config, resources)
        self.nominal = NominalActors.from_resources(resources)

    def __call__(self, doc: Document) -> None:
        entities = doc.entities
        nominal = self.nominal
        # most articles hold no description of a generic kind: look at references only then
        sources = doc.view(SOURCES_VIEW) or frozenset()
        generic = [e for e in entities if nominal.generic_kind(e, sources)]
        if not generic:
            return
        ids, words = taking_part(doc)
        gone = {id(e) for e in generic if e.id not in ids and not any(_named_in(doc, m, words) for m in e.mentions)}
        if gone:
            doc.set_layer("entities", [e for e in entities if id(e) not in gone])


def _named_in(doc: Document, mention, words: dict[int, list[str]]) -> bool:
    """Is the mention part of the words of a speaker or an actor that a quote or event of its
    sentence names without linking it (ويقول سكان داخل المدينتين إن …: the quotes stage leaves
    the residents unlinked, speaker_text «سكان داخل المدينتين»)?"""
    said = words.get(doc.sentence_index(mention.start))
    return bool(said) and any(mention.text in w for w in said)


def taking_part(doc: Document) -> tuple[set[str], dict[int, list[str]]]:
    """The entity ids that the quotes (speakers) and events (sources, targets, parties) of
    ``doc`` name, and their words by sentence index."""
    ids: set[str] = set()
    words: dict[int, list[str]] = {}
    for q in doc.layer("quotes"):
        if q.get("speaker"):
            ids.add(q.get("speaker"))
        if q.get("speaker_text"):
            words.setdefault(q.get("sentence"), []).append(q.get("speaker_text"))
    for ev in doc.layer("events"):
        for role in _EVENT_ROLES:
            if ev.get(role):
                ids.add(ev.get(role))
            if ev.get(f"{role}_text"):
                words.setdefault(ev.get("sentence"), []).append(ev.get(f"{role}_text"))
        for party in ev.get("parties") or ():
            if party.get("entity"):
                ids.add(party["entity"])
            if party.get("text"):
                words.setdefault(ev.get("sentence"), []).append(party["text"])
    return ids, words
