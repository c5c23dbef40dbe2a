"""Which named body a definite head noun alone stands for (round 22, issue #14).

A definite head alone (الجامعة، الوزارة، الهيئة: the ``anaphor`` heads of
``gazetteers/nominal_actors.tsv``) refers back to a body named with that head. ``nominal.py``
links it to the body named *last* before it; when an article names its topic body often and
another of the same kind once in passing, that last one is often the passing one: reading 9
counted «الجامعة» ×11 of an open letter on Shaqra University («جامعة شقراء» in the title, the lead
and throughout) linked to Majmaah University, named in one paragraph as a model.

The rule here, after the nominal stage: among the bodies of the article whose name holds that
head (جامعة شقراء, جامعة المجمعة), the referent is

1. the one named **nearest before it in its own paragraph** (a paragraph on another university
   speaks of that university: «ارتقت بالجامعة» after «جامعة المجمعة» in the same paragraph), else
2. the article's **most-mentioned** one by its name (its topic), the first named on a tie (the
   title and the lead name the topic first).

Only a head alone is re-read; a head with a modifier of its own (الجامعة الإسلامية) is another
name, and a link that only one body could take is left as it is. Runs right after the nominal
stage, before the home country and the English names.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from ..document import Document, Entity
from ..text.normalize import normalize
from .nominal import NominalActors, strip_article


class NominalReferents:
    """Re-chooses the body a definite head alone refers to (see the module's docstring)."""

    def __init__(self, nominal: NominalActors):
        self.heads = frozenset(nominal.data.anaphors)  # normalised stems: جامعه, وزاره, هيئه

    def apply(self, doc: Document, entities: list[Entity]) -> list[Entity]:
        # the heads alone of the article first (most articles have none: one look per nominal)
        alone = {h for e in entities if e.label == "ORG" for m in e.mentions
                 if m.get("kind") == "nominal" and " " not in m.text.strip()
                 for h in (self._head_alone(m.text),) if h is not None}
        if not alone:
            return entities
        text = doc.text
        by_head: dict[str, list[Entity]] = {}  # head -> ORG entities named with it
        for e in entities:
            if e.label != "ORG":
                continue
            for m in e.mentions:
                if m.get("kind") != "name":
                    continue
                first = normalize(m.text).split()[:1]
                if first and first[0] in alone:
                    by_head.setdefault(first[0], [])
                    if e not in by_head[first[0]]:
                        by_head[first[0]].append(e)
        contested = {h: es for h, es in by_head.items() if len(es) > 1}
        if not contested:
            return entities
        breaks = [i for i, ch in enumerate(text) if ch == "\n"]
        moves = []  # (mention, from entity, to entity)
        for e in entities:
            for m in e.mentions:
                if m.get("kind") != "nominal":
                    continue
                if " " in m.text.strip():
                    continue
                head = self._head_alone(m.text)
                if head is None or head not in contested or e not in contested[head]:
                    continue
                best = self._referent(m.start, contested[head], breaks)
                if best is not None and best is not e:
                    moves.append((m, e, best))
        if not moves:
            return entities
        for m, old, new in moves:
            old.mentions[:] = [x for x in old.mentions if x is not m]
            new.mentions[:] = sorted(new.mentions + [m], key=lambda x: (x.start, x.end))
        out = [e for e in entities if e.mentions]
        out.sort(key=lambda e: min(m.start for m in e.mentions))
        return [Entity(f"e{i}", e.label, e.name, e.mentions, e.attrs) for i, e in enumerate(out, 1)]

    def _head_alone(self, surface: str) -> str | None:
        """The head of a mention that is a definite head noun alone (الجامعة, للجامعة), or None."""
        words = normalize(surface).split()
        if len(words) != 1:
            return None
        w = words[0]
        if w.startswith("لل"):
            w = "ال" + w[2:]  # للجامعة: the article after a fused ل
        if not w.startswith("ال"):
            return None
        stem = strip_article(w)
        return stem if stem in self.heads else None

    @staticmethod
    def _referent(at: int, candidates: Sequence[Entity], breaks: list[int]) -> Entity | None:
        """The body named nearest before ``at`` in its paragraph, else the most-mentioned by name
        (the first named on a tie)."""
        k = bisect.bisect_left(breaks, at)
        para_start = breaks[k - 1] + 1 if k > 0 else 0
        nearest, nearest_at = None, -1
        for e in candidates:
            for m in e.mentions:
                if m.get("kind") == "name" and para_start <= m.start < at and m.start > nearest_at:
                    nearest, nearest_at = e, m.start
        if nearest is not None:
            return nearest

        def weight(e: Entity) -> tuple[int, int]:
            names = [m.start for m in e.mentions if m.get("kind") == "name"]  # never empty here
            return len(names), -min(names)
        return max(candidates, key=weight)
