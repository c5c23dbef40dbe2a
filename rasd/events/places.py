"""Where an event happened: a place entity near its trigger.

The location is the LOC entity mention governed by في (في إسطنبول), or by a direction word (شمال
العراق، جنوب لبنان), in the trigger's sentence, the nearest one after the trigger first, then
before it. Mentions that are the event's source or target are not its place. The words are the
classes ``directions`` and ``place_preps`` of ``resources/events/wordclasses.tsv``.
"""
from __future__ import annotations

from ..text.normalize import normalize
from .arguments import SentenceView
from .types import Actor

# A place before the trigger is taken only when there is none after it: its distance counts this
# much more than any distance after the trigger.
BEFORE_PENALTY = 100


def find_place(trig_first: int, trig_last: int, s: SentenceView, actors: list[Actor],
               exclude: set) -> tuple[Actor, int] | None:
    """(place actor, start offset of its expression including a direction word) or None."""
    tokens, words = s.tokens, s.words
    cands = []
    for a in actors:
        if a.label not in ("LOC", "PLACE") or (a.entity or a.text) in exclude:
            continue
        g = s.governor(a.first)
        start = a.start
        prev = normalize(tokens[a.first - 1].text) if a.first > 0 else ""
        prev_bare = prev[1:] if len(prev) > 3 and prev[0] in "وفب" else prev
        if prev_bare in words.directions:
            start = tokens[a.first - 1].start
            ok = True
        else:
            ok = g in words.place_preps
        if not ok:
            continue
        dist = a.first - trig_last if a.first > trig_last else (trig_first - a.last) + BEFORE_PENALTY
        cands.append((dist, a, start))
    if not cands:
        return None
    cands.sort(key=lambda c: c[0])
    return cands[0][1], cands[0][2]
