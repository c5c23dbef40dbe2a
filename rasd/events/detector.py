"""The sentence-level event detector: logistic regression over words and lexicon triggers,
trained on the 70% build split of the openeventdata PLOVER sentences (``rasd train
event-detector``, i.e. ``python -m rasd.train.event_detector``).

It decides whether a sentence reports an event of a type (a specific attack rather than a mention
of "attacks" in general); the stage uses it to score (or veto) lexicon triggers of the types it
was trained for. ``Detector`` is the model (``resources/events/detector.json``, loaded through
``Resources`` by ``load_detector``, which checks that the file was trained with the trigger
settings in use); ``DetectorFeatures`` computes a sentence's features with the stage's lexicon
and the NER model's word clusters.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Callable, Mapping, Sequence

from ..document import Span
from ..model_files import check_settings, load_json_model
from ..resources import Resources
from ..text.memo import WordMemo
from ..text.normalize import normalize
from .lexicon import EventLexicon
from .modes import context_of, mode_of
from .morphology import CONJ, IMPERF, PREP
from .triggers import detect
from .types import Trigger

DETECTOR_FILE = ("events", "detector.json")
DETECTOR_REBUILD = "rasd train event-detector"

# Feature set versions (detector.json records the one each type was trained with):
# 1 = words, word pairs and triggers; 2 = 1 + trigger position and number and the NER model's
# word clusters; 3 = words, triggers with position and number, and the context of the type's own
# triggers (below); 4 = 2 + that context. (Casualty and crowd counts from rasd.events.counts added
# nothing to the cross-validated F1 over the words and cost a fifth of the stage's time: not used.)
FEATURES_VERSION = 4
FEATURE_VERSIONS = (1, 2, 3, 4)
# Trigger position buckets (token index): headline-like starts, the lead clause, later.
_POS_BUCKETS = (3, 8, 16)
# Words either side of a trigger of the detected type that are features of their own (a crowd
# size or a date right after تظاهر، a negation or a modal right before it).
CONTEXT_SIDE = 3
# The floor (share of a type's threshold) of a model file that records none: 0.5 was chosen on the
# dev articles and the build part of the openeventdata sentences when floors were not yet chosen
# per type by the trainer (docs/events.md).
FLOOR = 0.5


def _canon_word(word: str) -> str:
    w = normalize(word)
    if len(w) > 3 and w[0] in CONJ:
        w = w[1:]
    if len(w) > 4 and w[0] in PREP and w[1:3] == "ال":
        w = w[1:]
    if w.startswith("لل") and len(w) > 4:
        w = w[2:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


def _detector_word(word: str) -> str:
    w = _canon_word(word)
    return "<num>" if w[:1].isdigit() else w


_FEATURE_WORD = WordMemo(_detector_word)


def feature_word(word: str) -> str:
    """A token as a detector word: clitics off, any number as <num>."""
    return _FEATURE_WORD[word]


def _bucket(i: int, edges: Sequence[int]) -> int:
    return next((k for k, e in enumerate(edges) if i < e), len(edges))


class DetectorFeatures:
    """``features(tokens, triggers, version, typ)``: the feature names of one sentence for the
    detector of type ``typ`` (see FEATURES_VERSION): words and word pairs (clitics off), lexicon
    triggers with their position and number, the NER model's word clusters (``clusters(word)``:
    a word's cluster path, coarse to fine) and the context of the type's triggers (versions 3 and
    4, which need ``typ``: a ValueError without it)."""

    def __init__(self, lex: EventLexicon, clusters: Callable[[str], tuple[str, ...]]):
        self.lex = lex
        self.clusters = clusters
        self._cluster_features = WordMemo(self._clusters_of)

    def _clusters_of(self, word: str) -> tuple[str, ...]:
        """Two levels of the word's cluster path (the word with the article when it has none)."""
        path = self.clusters(word) or self.clusters("ال" + word)
        return tuple("c:" + c for c in path[1:3])

    def __call__(self, tokens: Sequence[Span], triggers: Sequence[Trigger] | None = None,
                 version: int = FEATURES_VERSION, typ: str | None = None) -> list[str]:
        if version not in FEATURE_VERSIONS:
            raise ValueError(f"unknown feature set {version} (known: {FEATURE_VERSIONS})")
        if version >= 3 and typ is None:
            raise ValueError("feature sets 3 and 4 need typ")
        if triggers is None:
            triggers = detect(tokens, self.lex)
        words = [feature_word(t.text) for t in tokens if t.attrs.get("kind") in ("ar", "num")]
        feats = {"w:" + w for w in words}
        if version != 3:
            feats |= {"b:" + a + "_" + b for a, b in zip(words, words[1:])}
        per_type: dict[str, int] = {}
        for t in triggers:
            feats.add("t:" + t.type)
            feats.add(f"t{t.pos}:" + t.type)
            feats.add("tf:" + t.form)
            if t.first < 6:
                feats.add("t0:" + t.type)
            if version >= 2:
                feats.add(f"tp{_bucket(t.first, _POS_BUCKETS)}:" + t.type)
                per_type[t.type] = per_type.get(t.type, 0) + 1
        for trig_type, n in per_type.items():
            feats.add(f"tn{min(n, 3)}:" + trig_type)
        if version in (2, 4):
            for w in set(words):
                feats.update(self._cluster_features[w])
        if version >= 3:
            feats |= self._trigger_context(tokens, triggers, typ)
        return sorted(feats)

    def _trigger_context(self, tokens: Sequence[Span], triggers: Sequence[Trigger], typ: str) -> set[str]:
        """What tells a report of an act from a mention of it, around each trigger of ``typ``: the
        trigger's form (past or imperfect verb, singular or plural noun: هاجم / يهاجم / هجوم /
        هجمات), its context (negated, future, conditional: ``modes.context_of``), its PLOVER mode
        and the words just before and after it."""
        out: set[str] = set()
        for t in triggers:
            if t.type != typ:
                continue
            w = normalize(tokens[t.first].text)
            w = w[1:] if len(w) > 3 and w[0] in CONJ else w
            if t.pos == "n":
                out.add("xf:noun-pl" if w.endswith("ات") else "xf:noun")
            else:
                out.add("xf:impf" if len(w) > 3 and w[0] in IMPERF + "س" else "xf:past")
            out.add("xc:" + (context_of(t, tokens, self.lex) or "none"))
            out.add("xm:" + (mode_of(t, tokens, self.lex) or "none"))
            for side, lo, hi in (("xl:", t.first - CONTEXT_SIDE, t.first), ("xr:", t.last + 1, t.last + 1 + CONTEXT_SIDE)):
                for k in range(max(0, lo), min(len(tokens), hi)):
                    out.add(side + feature_word(tokens[k].text))
        return out


@dataclass
class Detector:
    weights: dict[str, dict[str, float]]  # type -> feature -> weight ("" is the bias)
    thresholds: dict[str, float]
    versions: dict[str, int] | int = 1  # per type, the feature set it was trained with (DetectorFeatures)
    # per type, the share of the threshold under which the default pipeline drops a trigger even
    # with a doer named (chosen by cross-validation with the trainer; a file without it: FLOOR)
    floors: dict[str, float] = field(default_factory=dict)

    def floor(self, typ: str) -> float:
        """The share of ``typ``'s threshold a sentence with a named doer must reach."""
        return float(self.floors.get(typ, FLOOR))

    def version(self, typ: str) -> int:
        return self.versions if isinstance(self.versions, int) else int(self.versions.get(typ, 1))

    def prob(self, typ: str, feats: Sequence[str]) -> float | None:
        w = self.weights.get(typ)
        if w is None:
            return None
        z = w.get("", 0.0) + sum(map(w.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, typ: str, feats: Sequence[str]) -> bool | None:
        p = self.prob(typ, feats)
        return None if p is None else p >= self.thresholds.get(typ, 0.5)


def load_detector(res: Resources, settings: Mapping[str, Any]) -> Detector:
    """The shipped sentence detector (``detector.json``, written by ``rasd train event-detector``):
    a ModelError naming the file when it is missing, unreadable, not JSON, lacks weights and
    thresholds, or was trained with other trigger ``settings`` than these."""
    d = load_json_model(res, *DETECTOR_FILE, "event detector", DETECTOR_REBUILD, _malformed_detector)
    check_settings(d, settings, "event detector", DETECTOR_FILE, DETECTOR_REBUILD)
    return Detector(d["weights"], d["thresholds"], d.get("features", 1), d.get("floors") or {})


def _malformed_detector(d) -> str:
    """What is wrong with a loaded detector file's shape ("" when nothing)."""
    if not isinstance(d, dict):
        return "not a JSON object"
    weights, thresholds, versions = d.get("weights"), d.get("thresholds"), d.get("features", 1)
    if not isinstance(weights, dict) or not weights:
        return 'no "weights"'
    for typ, w in weights.items():
        if not isinstance(w, dict) or not all(isinstance(x, (int, float)) for x in w.values()):
            return f'"weights" of {typ} is not a map of feature to number'
    if not isinstance(thresholds, dict) or not all(isinstance(thresholds.get(t), (int, float)) for t in weights):
        return '"thresholds" lacks a number for each type with weights'
    floors = d.get("floors", {})
    if not isinstance(floors, dict) or not all(isinstance(x, (int, float)) and 0 <= x <= 1 for x in floors.values()):
        return '"floors" is not a map of type to a share between 0 and 1'
    if not (versions in FEATURE_VERSIONS or isinstance(versions, dict) and all(
            versions.get(t, 1) in FEATURE_VERSIONS for t in weights)):
        return '"features" is not a feature set version per type'
    return ""
