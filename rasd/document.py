"""The one document model: an immutable text and layers of spans that index into it.

Every stage adds a layer; none edits the text. A span's ``text`` is always
``doc.text[start:end]`` (``Document.check_spans`` verifies it), so every fact Rasd reports can be
traced to the exact words of the source. ``to_dict``/``from_dict`` speak the public JSON contract
described in the evaluation kit's README (id, text, meta, boilerplate, sentences, tokens on
request, entities, quotes, events, dates, flags).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, NamedTuple

from .errors import RasdError

FORMAT_VERSION = 1


NO_ATTRS: Mapping[str, Any] = MappingProxyType({})
_new_tuple = tuple.__new__  # Span(...) without NamedTuple's Python-level __new__ (same tuple)


class Span(NamedTuple):
    """A stretch of the document text with a label and free attributes (immutable; a tuple so
    that the millions of token spans a corpus makes are cheap to build)."""

    start: int
    end: int
    text: str
    label: str = ""
    attrs: Mapping[str, Any] = NO_ATTRS

    # span.get(key, default=None) is span.attrs.get(key, default): the mapping's own get, reached
    # without a Python frame (stages call it hundreds of times per article)
    get = property(attrgetter("attrs.get"))

    def to_json(self, label_key: str | None = None) -> dict:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if label_key and self.label:
            d[label_key] = self.label
        for k, v in self.attrs.items():
            d[k] = _jsonable(v)
        return d


@dataclass(slots=True)
class Entity:
    """One real-world entity of the article with all its mentions (name and nominal)."""

    id: str
    label: str
    name: str
    mentions: list[Span]
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict:
        d = {"id": self.id, "label": self.label, "name": self.name}
        d.update({k: _jsonable(v) for k, v in self.attrs.items()})
        d["mentions"] = [m.to_json() for m in self.mentions]
        return d


def _jsonable(v: Any) -> Any:
    if isinstance(v, Span):
        return v.to_json("label")
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v


def _span_from(d: Mapping, label_key: str | None = None, nested: tuple[str, ...] = ()) -> Span:
    attrs = {}
    for k, v in d.items():
        if k in ("start", "end", "text") or k == label_key:
            continue
        if k in nested and isinstance(v, Mapping):
            v = _span_from(v)
        attrs[k] = v
    return Span(int(d["start"]), int(d["end"]), d.get("text", ""), d.get(label_key, "") if label_key else "", attrs)


# How each span layer is written in the JSON contract: the key that carries the span's label,
# and which attributes are themselves spans.
SPAN_LAYERS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "boilerplate": ("kind", ()),
    "sentences": (None, ()),
    "tokens": (None, ()),
    "dates": (None, ()),
    "flags": ("kind", ()),
    "quotes": ("kind", ("cue",)),
    "quantities": ("kind", ()),
}
# Events are anchored on their trigger: the span is the trigger, written nested as "trigger".
CONTRACT_ORDER = ("boilerplate", "sentences", "tokens", "entities", "quotes", "events", "dates", "quantities", "flags")


class Document:
    """Immutable text + metadata + named layers added by pipeline stages."""

    __slots__ = ("_text", "id", "meta", "_layers", "_views")

    def __init__(self, text: str, id: str | None = None, meta: Mapping[str, Any] | None = None):
        if not isinstance(text, str):
            raise TypeError("Document text must be str")
        self._text = text
        self.id = id
        self.meta: dict[str, Any] = dict(meta or {})
        self._layers: dict[str, list] = {}
        self._views: dict[str, Any] = {}

    @property
    def text(self) -> str:
        return self._text

    # -- layers ---------------------------------------------------------------------------
    def span(self, start: int, end: int, label: str = "", **attrs: Any) -> Span:
        """Make a span over this document's text; the text is taken from the document."""
        if not (0 <= start <= end <= len(self._text)):
            raise ValueError(f"span {start}:{end} outside text of length {len(self._text)}")
        return _new_tuple(Span, (start, end, self._text[start:end], label, attrs))

    def set_layer(self, name: str, items: Iterable) -> None:
        self._layers[name] = list(items)

    def layer(self, name: str) -> list:
        return self._layers.get(name, [])

    def has(self, name: str) -> bool:
        return name in self._layers or name in self._views

    @property
    def layers(self) -> tuple[str, ...]:
        return tuple(self._layers)

    def names(self) -> set[str]:
        """The names of every layer and view the document holds."""
        return {*self._layers, *self._views}

    def set_view(self, name: str, value: Any) -> None:
        """A derived representation that is not a span layer (e.g. the normalised text)."""
        self._views[name] = value

    def view(self, name: str) -> Any:
        return self._views.get(name)

    # convenient typed accessors
    @property
    def sentences(self) -> list[Span]:
        return self.layer("sentences")

    @property
    def tokens(self) -> list[Span]:
        return self.layer("tokens")

    @property
    def entities(self) -> list[Entity]:
        return self.layer("entities")

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence containing character offset ``pos`` (-1 if none)."""
        sents = self.sentences
        starts = self._views.get("_sentence_starts")
        if starts is None or len(starts) != len(sents):
            starts = [s.start for s in sents]
            self._views["_sentence_starts"] = starts
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sents[i].end:
            return i
        return -1

    def _boilerplate_index(self) -> tuple | None:
        """Boilerplate spans sorted by start, with the largest end among each prefix (built once
        per layer): the span starting before a position that reaches furthest decides whether
        the position is covered, so look-ups are binary searches, correct for nested spans too."""
        spans = self._layers.get("boilerplate")
        if not spans:
            return None
        index = self._views.get("_boilerplate_index")
        if index is None or index[0] is not spans or index[1] != len(spans):
            ordered = sorted((b.start, b.end) for b in spans)
            reach, far = [], -1
            for _, e in ordered:
                far = max(far, e)
                reach.append(far)
            index = (spans, len(spans), [s for s, _ in ordered], reach)
            self._views["_boilerplate_index"] = index
        return index

    def in_boilerplate(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside one boilerplate span. NER, dates and counts ask this
        per token: a scan of every span per token made a 4 MB text quadratic (24 s in NER)."""
        index = self._boilerplate_index()
        if index is None:
            return False
        i = bisect.bisect_right(index[2], start) - 1
        return i >= 0 and end <= index[3][i]

    def overlaps_boilerplate(self, start: int, end: int) -> bool:
        """Whether ``start:end`` shares a character with a boilerplate span."""
        index = self._boilerplate_index()
        if index is None:
            return False
        i = bisect.bisect_left(index[2], end) - 1  # spans starting before ``end``
        return i >= 0 and index[3][i] > start

    def iter_spans(self) -> Iterator[Span]:
        """Every span of every layer, nested ones included (for the provenance check)."""
        for name, items in self._layers.items():
            for it in items:
                if isinstance(it, Entity):
                    yield from it.mentions
                elif isinstance(it, Span):
                    yield it
                    for v in it.attrs.values():
                        if isinstance(v, Span):
                            yield v
                        elif isinstance(v, (list, tuple)):
                            yield from (x for x in v if isinstance(x, Span))

    def check_spans(self) -> list[Span]:
        """Spans whose text is not what the document holds at their offsets (should be none)."""
        t = self._text
        return [s for s in self.iter_spans() if t[s.start:s.end] != s.text or s.start > s.end]

    # -- the JSON contract ----------------------------------------------------------------
    def to_dict(self, tokens: bool = False) -> dict:
        d: dict[str, Any] = {"id": self.id, "text": self._text, "meta": dict(self.meta)}
        if self._views.get("topic") is not None:  # the topic stage's class and probability
            d["topic"] = dict(self._views["topic"])
        for name in CONTRACT_ORDER:
            if name == "tokens" and not tokens:
                continue
            if name not in self._layers:
                if name in ("boilerplate", "sentences", "entities", "quotes", "events", "dates", "flags"):
                    d[name] = []
                continue
            items = self._layers[name]
            if name == "entities":
                d[name] = [e.to_json() for e in items]
            elif name == "events":
                d[name] = [_event_json(e) for e in items]
            else:
                label_key = SPAN_LAYERS[name][0]
                d[name] = [s.to_json(label_key) for s in items]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Document":
        if not isinstance(d, Mapping) or not isinstance(d.get("text"), str):
            raise RasdError("a document needs a 'text' string")
        doc = cls(d["text"], d.get("id"), d.get("meta") or {})
        if isinstance(d.get("topic"), Mapping):
            doc.set_view("topic", dict(d["topic"]))
        for name in CONTRACT_ORDER:
            if name not in d or d[name] is None:
                continue
            items = d[name]
            if name == "entities":
                doc.set_layer(name, [
                    Entity(e["id"], e.get("label", ""), e.get("name", ""),
                           [_span_from(m) for m in e.get("mentions", [])],
                           {k: v for k, v in e.items() if k not in ("id", "label", "name", "mentions")})
                    for e in items])
            elif name == "events":
                doc.set_layer(name, [_event_from(e) for e in items])
            else:
                label_key, nested = SPAN_LAYERS[name]
                doc.set_layer(name, [_span_from(s, label_key, nested) for s in items])
        return doc

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, chars={len(self._text)}, layers={list(self._layers)})"


def _event_json(ev: Span) -> dict:
    d: dict[str, Any] = {"type": ev.label}
    for k, v in ev.attrs.items():
        d[k] = _jsonable(v)
    d["trigger"] = {"start": ev.start, "end": ev.end, "text": ev.text}
    return d


def _event_from(d: Mapping) -> Span:
    trig = d.get("trigger") or {}
    attrs = {k: v for k, v in d.items() if k not in ("type", "trigger")}
    return Span(int(trig.get("start", 0)), int(trig.get("end", 0)), trig.get("text", ""), d.get("type", ""), attrs)
