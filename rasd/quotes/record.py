"""The quote stage's output records: a ``Quote`` and the ``Speaker`` it is attributed to.

A quote becomes a span of layer "quotes" through ``Quote.to_span``: label = kind, attributes in
the order of ``rasd.ontology.QUOTE_FIELDS`` (speaker, speaker_text, cue, sentence), which is the
order of the document JSON.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..document import Document, Span


class Speaker(NamedTuple):
    """Who a quote is attributed to: the linked entity id (None for an anonymous source or a
    phrase naming no entity) and the speaker phrase as written."""

    entity: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quote: the quoted words [start, end) (marks and the إن/أن
    complementiser excluded), its speaker, its cue (the reporting verb or attribution phrase, a
    span labelled "cue" with the verb's lemma) and the index of its sentence (-1 when the document
    has no sentences layer). Fields in the order of ``rasd.ontology.QUOTE_FIELDS`` (the text is
    the document's own, taken when the span is made)."""

    kind: str  # "direct" | "indirect"
    start: int
    end: int
    speaker: str | None
    speaker_text: str | None
    cue: Span | None
    sentence: int

    @classmethod
    def of(cls, doc: Document, start: int, end: int, kind: str, speaker: Speaker | None,
           cue: Span | None) -> "Quote":
        """The quote of ``doc`` over [start, end), by ``speaker`` (None when unknown)."""
        entity, text = speaker if speaker else (None, None)
        sentence = doc.sentence_index(start) if doc.has("sentences") else -1
        return cls(kind, start, end, entity, text, cue, sentence)

    def to_span(self, doc: Document) -> Span:
        return doc.span(self.start, self.end, self.kind, speaker=self.speaker,
                        speaker_text=self.speaker_text, cue=self.cue, sentence=self.sentence)
