"""The records of the events stage: a trigger found in a sentence, the actors around it, and the
event made of them.

- ``Trigger``: a lexicon entry matched at tokens ``first..last`` of a sentence.
- ``Actor``: a candidate source or target at tokens ``first..last`` of the sentence (an entity
  mention, an unnamed group word, a bare noun phrase); ``label`` says which kind
  (PER/ORG/LOC/MISC, PLACE for a place with no actor code, GROUP, VICTIM, NP).
- ``ActorRef``: who an event names, as the output records it (entity id, text, actor code),
  without a position: the speaker of a quote, or the doer of an earlier event of the sentence.
- ``Event``: one event; ``to_span`` makes the span of layer ``events`` (over the trigger,
  labelled with the PLOVER type) with the attributes of the JSON contract.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..document import Document, Span


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    mode: str
    first: int  # index of the first token (in the token list given)
    last: int  # index of the last token of the trigger
    pos: str
    origin: str
    form: str
    # the entry's last word when it lies beyond the span (أطلق مسلحون النار: the span is أطلق,
    # النار is token ``tail``); -1 when the span holds all the entry's words
    tail: int = -1


@dataclass
class Actor:
    """A candidate argument at tokens ``first..last`` (inclusive) of its sentence's token list."""

    first: int
    last: int
    start: int
    end: int
    entity: str | None
    text: str
    code: str | None
    label: str
    nominal: bool = False

    @property
    def key(self) -> str | None:
        """What tells two arguments apart: the entity, else the words."""
        return self.entity or self.text

    def ref(self) -> "ActorRef":
        return ActorRef(self.entity, self.text, self.code)


@dataclass(frozen=True)
class ActorRef:
    """An event's source or target as the output names it: entity id (None for an unnamed
    actor), its text in the article, its actor code."""

    entity: str | None
    text: str | None
    code: str | None
    # a reference is of no kind (it is no bare noun phrase, no place): the rules that look at an
    # actor's kind read this
    label: ClassVar[str] = ""

    @property
    def key(self) -> str | None:
        return self.entity or self.text

    def ref(self) -> "ActorRef":
        return self


@dataclass(frozen=True)
class Event:
    """One PLOVER event: its type, the trigger's offsets, who did it to whom, and how, when and
    where the article reports it. ``counts`` (killed / injured / size) are kept in the order the
    sentence gives them."""

    type: str
    start: int
    end: int
    source: ActorRef | None
    target: ActorRef | None
    mode: str | None
    context: str | None
    date: str | None
    date_source: str
    location: str | None
    location_text: str | None
    sentence: int
    counts: tuple[tuple[str, int], ...] = ()
    reported_type: str | None = None
    confidence: float | None = None
    # the parties of a reciprocal act with more than two (PLOVER's actor list); () otherwise
    parties: tuple = ()

    def to_span(self, doc: Document) -> Span:
        """The event as a span of layer ``events``. The attributes follow
        ``rasd.ontology.EVENT_FIELDS`` except that the counts come before ``sentence``, in the
        order the sentence gives them, as the output has always had them (the JSON contract's
        order); a field with no value is written as None, except the counts, ``reported_type``
        (only on an accusation made of a reported act) and ``confidence`` (only where the
        sentence detector scored the type) and ``parties`` (only on a reciprocal act of more than
        two parties: each as {entity, text, code}), which are left out."""
        attrs = {}
        for role, actor in (("source", self.source), ("target", self.target)):
            attrs[role] = actor.entity if actor else None
            attrs[f"{role}_text"] = actor.text if actor else None
            attrs[f"{role}_code"] = actor.code if actor else None
        attrs["mode"] = self.mode
        attrs["context"] = self.context
        attrs["date"] = self.date
        attrs["date_source"] = self.date_source
        attrs["location"] = self.location
        attrs["location_text"] = self.location_text
        attrs.update(self.counts)
        attrs["sentence"] = self.sentence
        if self.reported_type is not None:
            attrs["reported_type"] = self.reported_type
        if self.confidence is not None:
            attrs["confidence"] = self.confidence
        if self.parties:
            attrs["parties"] = [{"entity": a.entity, "text": a.text, "code": a.code} for a in self.parties]
        return doc.span(self.start, self.end, self.type, **attrs)

    def role_key(self, role: str) -> str | None:
        """The source's or target's entity, else its text (None when the event names none)."""
        actor = self.source if role == "source" else self.target
        return (actor.entity or actor.text) if actor else None
