"""Statistical named-entity recognition: a CRF over rich token features (rasd.entities.ner_features).

The model (resources/ner/ner.crfsuite) is trained by Rasd itself from the ANERcorp CAMeL Lab
train split (``rasd train ner`` / ``python -m rasd.train.ner``). The stage's setting ``model``
("crf", "neural" or "ensemble"; ``{"ner": {"model": "neural"}}``) selects instead the neural
BiLSTM-CRF (rasd.entities.neural: the networks of resources/ner/ner_neural*.npz, their scores
averaged) or the CRF and the networks decoded as one. Each ``NerStage`` owns its tagger
(``NerTagger.shipped``): the models' weights are read once per ``Resources`` and shared, while
each tagger keeps its own per-word caches, so pipelines with different models live side by side.

The stage adds the layer ``ner_mentions``: one Span per mention, label PER/ORG/LOC/MISC, with
``score`` (the lowest marginal probability of the mention's tags), ``kind`` "name" and
``source`` "ner". Mentions never include a leading conjunction or preposition proclitic
(وأوكرانيا -> أوكرانيا; rasd.text.tokens.name_start) and never cover boilerplate.
"""
from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Mapping, Sequence

import pycrfsuite

from ..components import Stage
from ..errors import InputError, ModelError
from ..resources import Resources
from ..text.tokens import name_start
from .bio import chunks
from .crf_decode import CrfDecoder, CrfWeights, ScoreDecoder
from .model_meta import check_settings, read_model
from .ner_features import NerFeatures, name_keys
from .neural import NETWORKS, EnsembleDecoder, NeuralDecoder, average, load_network, rebuild_command

# propagate looks up every token of a sentence with an untagged word: memoised per token, in
# the memo the NER features fill for each new word
_name_key = name_keys

AREA = "ner"
FILE = "ner.crfsuite"
REBUILD = "rasd train ner (or: python -m rasd.train.ner)"
# The CRF is linear in sentence length, but one "sentence" of scraped text can be a whole page
# without punctuation: longer runs are tagged in windows of this many tokens (ANERcorp sentences
# are under 100 tokens on average, so no real sentence is cut).
MAX_TOKENS = 250
# When a run must be cut, cut after a punctuation token found in the last part of the window.
_CUT_SEARCH = 100
_MAGIC = b"lCRF"
_ARABIC = re.compile("[\u0621-\u064A]")
LABELS = frozenset({"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC", "MISC")})

# Taggers a pipeline can use (setting ner.model): the CRF (resources/ner/ner.crfsuite), the
# neural BiLSTM-CRF (the seed networks rasd.entities.neural.NETWORKS, scores averaged), or both
# decoded as one ("ensemble": their scores mixed, see rasd.entities.neural.EnsembleDecoder).
KINDS = ("crf", "neural", "ensemble")
DEFAULT_KIND = "crf"
# Weight of the CRF's scores in the ensemble (the neural tagger's is 1 minus it). Chosen on the
# last 10% of the ANERcorp train split with models that had not seen it: F1 0.7185 at 1.0 (CRF
# alone), 0.7446 at 0.7, 0.7573 at 0.5, 0.7483 at 0.4, 0.7264 at 0.0 (network alone).
ENSEMBLE_WEIGHT = 0.5


def model_kind(path: str | Path) -> str:
    """The tagger kind a model file is for, by its name (.npz: neural, else the CRF)."""
    return "neural" if str(path).endswith(".npz") else "crf"


def _path_list(paths) -> tuple[Path, ...]:
    """One model path or several, as a tuple of Paths."""
    if isinstance(paths, (str, Path)):
        return (Path(paths),)
    return tuple(Path(p) for p in paths)


def open_crfsuite(path: Path, rebuild: str = REBUILD) -> pycrfsuite.Tagger:
    """crfsuite's own tagger of the model file ``path`` (ModelError naming it when it cannot be
    read or has labels other than BIO tags of PER/ORG/LOC/MISC)."""
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except Exception as exc:  # crfsuite reports a bad file as a generic error: re-raised as a ModelError
        raise ModelError(f"NER model file {path} cannot be read ({exc}); rebuild it with {rebuild}") from None
    labels = set(tagger.labels())
    if not labels or not labels <= LABELS:
        raise ModelError(f"NER model file {path} has unexpected labels {sorted(labels)}; rebuild it with {rebuild}")
    return tagger


def load_crf(path: str | Path, features: NerFeatures, rebuild: str = REBUILD) -> CrfWeights:
    """The weights of the CRF model file ``path``, checked against its side file (its checksum and
    the feature settings it was trained with) and as a CRFsuite model: ModelError naming the file
    and ``rebuild`` otherwise."""
    path = Path(path)
    data, record = read_model(path, "NER model", rebuild)
    check_settings(record, features.settings(), path, "NER model", rebuild)
    if len(data) < 48 or data[:4] != _MAGIC or int.from_bytes(data[4:8], "little") != len(data):
        raise ModelError(f"NER model file {path} is corrupt (not a complete CRFsuite model); rebuild it with {rebuild}")
    # tagging decodes with the model's weights in NumPy (rasd.entities.crf_decode): the same
    # labels as crfsuite's tagger, without its per-token string look-ups
    try:
        return CrfWeights(open_crfsuite(path, rebuild).info(), data)
    except (ValueError, KeyError) as exc:
        raise ModelError(f"NER model file {path} cannot be read ({exc}); rebuild it with {rebuild}") from None


def shipped_file(resources: Resources, name: str, what: str, rebuild: str) -> Path:
    """The path of the shipped model file ``ner/<name>``; ModelError naming it and the command
    that rebuilds it when it is missing."""
    try:
        return resources.path(AREA, name)
    except ModelError:
        raise ModelError(f"{what} file {resources.root / AREA / name} is missing; rebuild it with {rebuild}") from None


def combine(kind: str, crf: CrfDecoder | None, nets: list[NeuralDecoder], weight: float,
            files: Sequence[Path]) -> ScoreDecoder:
    """The decoder of a tagger of ``kind``: the CRF's, the networks' average, or both mixed."""
    if kind == "crf":
        return crf
    net = average(nets)
    if kind == "neural":
        return net
    try:
        return EnsembleDecoder(crf, net, weight)
    except ValueError as exc:
        raise ModelError(f"NER models {files[0]} and {', '.join(map(str, files[1:]))} do not fit together "
                         f"({exc})") from None


class NerTagger:
    """BIO tagger over token strings: ``NerTagger.shipped(kind, resources)`` for the shipped
    model(s) of a kind, ``NerTagger.from_files(...)`` for other model files."""

    def __init__(self, decoder: ScoreDecoder, features: NerFeatures, kind: str, files: Sequence[Path]):
        """``decoder`` scores and decodes (CrfDecoder, NeuralDecoder, NetworkAverage or
        EnsembleDecoder) with ``features``; ``files``: the model files it was read from, in order."""
        self.decoder = decoder
        self.features = features
        self.kind = kind
        self.files = tuple(files)
        self.path = self.files[0]
        self._lock = threading.Lock()
        self._crfsuite: pycrfsuite.Tagger | None = None  # the reference tagger, opened when first asked

    @classmethod
    def shipped(cls, kind: str = DEFAULT_KIND, resources: Resources | None = None,
                networks: Mapping[str, int] = NETWORKS) -> "NerTagger":
        """The shipped model of that kind ("crf", "neural" or "ensemble"; ``networks``: the
        network files of resources/ner and their seeds). The models' weights are read once per
        ``resources``; the tagger's word caches are its own."""
        if kind not in KINDS:
            raise InputError(f"unknown NER model kind {kind!r} (setting ner.model: one of {', '.join(KINDS)})")
        resources = resources or Resources.default()
        features = NerFeatures(resources)
        files: list[Path] = []
        crf = None
        nets: list[NeuralDecoder] = []
        if kind != "neural":
            path = shipped_file(resources, FILE, "NER model", REBUILD)
            weights = resources.cached((AREA, FILE, "crf"), lambda: load_crf(path, features))
            files.append(path)
            crf = CrfDecoder(weights, features.compute_word_features)
        if kind != "crf":
            for name in networks:
                rebuild = rebuild_command(name, networks)
                path = shipped_file(resources, name, "neural NER model", rebuild)
                net = resources.cached((AREA, name, "network"), lambda: load_network(path, features, rebuild))
                files.append(path)
                nets.append(NeuralDecoder(net, features))
        return cls(combine(kind, crf, nets, ENSEMBLE_WEIGHT, files), features, kind, files)

    @classmethod
    def from_files(cls, path: str | Path | Sequence[str | Path],
                   ensemble_with: str | Path | Sequence[str | Path] | None = None, weight: float = ENSEMBLE_WEIGHT,
                   resources: Resources | None = None) -> "NerTagger":
        """``path``: a CRF model, or a neural one (.npz), or several neural ones (a list: their
        scores averaged, rasd.entities.neural.NetworkAverage); ``ensemble_with``: one or several
        neural models to decode together with the CRF model ``path`` (weight ``weight`` on the
        CRF, 1 - ``weight`` on the networks' average). The features' data come from ``resources``
        (default: the shipped data)."""
        paths = _path_list(path)
        if not paths:
            raise ModelError("no NER model file given")
        kind = model_kind(paths[0])
        mix = _path_list(ensemble_with) if ensemble_with is not None else ()
        if len(paths) > 1 and any(model_kind(p) != "neural" for p in paths):
            raise ModelError(f"several model files average neural models only: "
                             f"{', '.join(str(p) for p in paths if model_kind(p) != 'neural')} is not a neural model (.npz)")
        if kind == "neural" and ensemble_with is not None:
            raise ModelError(f"an ensemble mixes a CRF model with a neural one: {paths[0]} is a neural "
                             f"model (.npz); pass the CRF model (.crfsuite) as path and the neural one as ensemble_with")
        for p in mix:
            if model_kind(p) != "neural":
                raise ModelError(f"an ensemble mixes a CRF model with a neural one: {p} is not a "
                                 f"neural model (.npz)")
        if ensemble_with is not None and not mix:
            raise ModelError("an ensemble needs at least one neural model (ensemble_with is empty)")
        features = NerFeatures(resources or Resources.default())
        if kind == "neural":
            nets = [NeuralDecoder.from_file(p, features) for p in paths]
            return cls(combine(kind, None, nets, weight, paths), features, kind, paths)
        crf = CrfDecoder(load_crf(paths[0], features), features.compute_word_features)
        nets = [NeuralDecoder.from_file(p, features) for p in mix]
        kind = "ensemble" if mix else "crf"
        return cls(combine(kind, crf, nets, weight, paths + mix), features, kind, paths + mix)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels of one sentence's tokens (any length: long runs are tagged in windows)."""
        return [t for t, _ in self._tag_many([tokens], False)[0]]

    def tag_document(self, sentences: Sequence[Sequence[str]], consistency: bool = True) -> list[list[str]]:
        """BIO labels of each sentence of one document, with the document-level pass."""
        scored = self.tag_scored_many(sentences)
        if consistency:
            scored = propagate(sentences, scored, self.features.counts)
        return [[y for y, _ in sc] for sc in scored]

    def tag_scored(self, tokens: Sequence[str]) -> list[tuple[str, float]]:
        """(label, marginal probability of that label) for each token."""
        return self._tag_many([tokens], True)[0]

    def tag_scored_many(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        """``tag_scored`` of each sentence (decoded together: faster than one by one)."""
        return self._tag_many(sentences, True)

    def _tag_many(self, sentences: Sequence[Sequence[str]], marginals: bool) -> list[list[tuple[str, float]]]:
        outs: list[list[tuple[str, float]]] = [[] for _ in sentences]
        jobs = []  # (sentence index, window tokens, has an Arabic word), in order
        for k, tokens in enumerate(sentences):
            for a, b in _windows(tokens):
                win = list(tokens[a:b])
                if not _ARABIC.search("".join(win)):
                    # the model learnt Arabic news: a run without one Arabic word (an English
                    # paragraph, all-caps credits) is outside what it can judge
                    jobs.append((k, win, False))
                else:
                    jobs.append((k, win, True))
        todo = [win for _, win, ok in jobs if ok]
        with self._lock:  # the decoder's per-word cache is shared: one document at a time
            decoded = iter(self.decoder.decode(todo, marginals))
        labels = self.decoder.labels
        # the label names, and for each label whether its marginal is kept ("O" reads 1.0)
        named = [(lab, lab != "O") for lab in labels]
        for k, win, ok in jobs:
            if not ok:
                outs[k].extend([("O", 1.0)] * len(win))
                continue
            ys, ms = next(decoded)
            if marginals:
                outs[k].extend([(lab, m if keep else 1.0)
                                for (lab, keep), m in zip(map(named.__getitem__, ys), ms)])
            else:
                outs[k].extend([(labels[y], 1.0) for y in ys])
        return outs

    def tag_scored_crfsuite(self, tokens: Sequence[str]) -> list[tuple[str, float]]:
        """``tag_scored`` by crfsuite's own tagger (the reference the NumPy decoder must match)."""
        if self.kind != "crf":
            raise ValueError("crfsuite's tagger is the reference of the CRF model alone")
        out: list[tuple[str, float]] = []
        for a, b in _windows(tokens):
            if not _ARABIC.search("".join(tokens[a:b])):
                out.extend(("O", 1.0) for _ in range(a, b))
                continue
            x = self.features.sentence_features(list(tokens[a:b]))
            with self._lock:  # the crfsuite tagger holds the current sentence: one at a time
                if self._crfsuite is None:
                    self._crfsuite = open_crfsuite(self.path)
                tg = self._crfsuite
                tg.set(x)
                ys = tg.tag()
                out.extend((y, tg.marginal(y, i) if y != "O" else 1.0) for i, y in enumerate(ys))
        return out


# Document-level consistency: a name the tagger found with this confidence somewhere in the
# article labels its other, untagged occurrences too (a name is tagged reliably where its context
# is telling and missed where it is not: "قال X" vs "X" alone).
PROPAGATE_SCORE = 0.8
# Single words more frequent than this in news text are too often common words to propagate.
PROPAGATE_MAX_COUNT = 500
PROPAGATE_MAX_LEN = 4
# the word before a family's house (آل, normalised as the features key words): «آل X» ends a
# name and is its short form (round 13; wordclasses.tsv name_house holds the same word)
HOUSE_KEY = _name_key("آل")


def propagate(sentences: Sequence[Sequence[str]], scored: list[list[tuple[str, float]]],
              counts: Mapping[str, int]) -> list[list[tuple[str, float]]]:
    """Label untagged repeats of confidently tagged names within one document (see above);
    ``counts``: news word counts (those of rasd.text.tokens)."""
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    for toks, sc in zip(sentences, scored):
        for a, b, label in chunks([y for y, _ in sc]):
            if b - a > PROPAGATE_MAX_LEN or min(p for _, p in sc[a:b]) < PROPAGATE_SCORE:
                continue
            key = tuple(map(_name_key, toks[a:b]))
            if b - a == 1 and counts.get(key[0], 0) > PROPAGATE_MAX_COUNT:
                continue
            votes.setdefault(key, {}).setdefault(label, 0)
            votes[key][label] += 1
            # a person's surname alone refers to the same person later on (فايزة أبوالنجا -> أبوالنجا);
            # a family's house is repeated with its آل (آل الشيخ), never bare (name_titles.py)
            short = key[-2:] if b - a >= 3 and key[-2] == HOUSE_KEY else key[-1:]
            if label == "PER" and b - a >= 2 and (len(short) == 2 or counts.get(key[-1], 0) <= PROPAGATE_MAX_COUNT):
                votes.setdefault(short, {}).setdefault(label, 0)
                votes[short][label] += 1
    if not votes:
        return scored
    best = {k: max(v, key=lambda lab: (v[lab], lab)) for k, v in votes.items()}
    lens = sorted({len(k) for k in best}, reverse=True)
    firsts = {k[0] for k in best}  # a name can only start at a word that begins a voted key
    out = []
    for toks, sc in zip(sentences, scored):
        sc = list(sc)
        keys = None
        i = 0
        while i < len(toks):
            done = False
            if sc[i][0] == "O":
                if keys is None:
                    keys = list(map(_name_key, toks))
                if keys[i] not in firsts:
                    i += 1
                    continue
                for n in lens:
                    k = tuple(keys[i:i + n])
                    if len(k) == n and k in best and all(y == "O" for y, _ in sc[i:i + n]) \
                            and (i + n == len(toks) or not sc[i + n][0].startswith("I-")):
                        lab = best[k]
                        for j in range(i, i + n):
                            sc[j] = (("B-" if j == i else "I-") + lab, PROPAGATE_SCORE)
                        i += n
                        done = True
                        break
            if not done:
                i += 1
        out.append(sc)
    return out


def _windows(tokens: Sequence[str]) -> list[tuple[int, int]]:
    n = len(tokens)
    out = []
    a = 0
    while a < n:
        b = min(n, a + MAX_TOKENS)
        if b < n:
            for j in range(b - 1, b - _CUT_SEARCH, -1):
                if len(tokens[j]) == 1 and not tokens[j].isalnum():
                    b = j + 1
                    break
        out.append((a, b))
        a = b
    return out


def extract_mentions(doc, tagger: NerTagger, consistency: bool = True) -> list:
    """NER mention spans of a document that has a tokens layer (sentences and boilerplate are
    used when present), by ``tagger``. ``consistency`` applies the document-level pass
    (``propagate``)."""
    toks = doc.tokens
    if not toks:
        return []
    starts = [t.start for t in toks]
    boiler = doc.layer("boilerplate")
    sents = doc.sentences or [doc.span(0, len(doc.text))]
    runs: list[list] = []
    for s in sents:
        i, j = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        run: list = []
        for t in toks[i:j] + [None]:
            if t is not None and not (boiler and doc.in_boilerplate(t.start, t.end)):
                run.append(t)
                continue
            if run:
                runs.append(run)
                run = []
    texts = [[t.text for t in run] for run in runs]
    scored = tagger.tag_scored_many(texts)
    if consistency:
        scored = propagate(texts, scored, tagger.features.counts)
    mentions = []
    for run, sc in zip(runs, scored):
        for a, b, label in sorted(chunks([y for y, _ in sc])):
            start = name_start(run[a])
            end = run[b - 1].end
            if start >= end:
                continue
            score = min(p for _, p in sc[a:b])
            mentions.append(doc.span(start, end, label=label, score=round(score, 4), kind="name", source="ner"))
    return mentions


@dataclass(frozen=True)
class NerConfig:
    # The tagger (KINDS): "crf" (default: ANERcorp F1 0.706, ~4 ms per 280-word article),
    # "neural" (BiLSTM-CRF: 0.716, ~2x the time) or "ensemble" (both mixed: 0.737, ~2.4x). The CRF
    # is the default because the whole pipeline must keep 100 articles/s per core.
    model: Literal["crf", "neural", "ensemble"] = "crf"


class NerStage(Stage):
    """Adds ``ner_mentions``, tagged by its own tagger of the configured kind."""

    Config = NerConfig

    def __init__(self, config: NerConfig, resources: Resources):
        super().__init__(config, resources)
        self.tagger = NerTagger.shipped(config.model, resources)

    def __call__(self, doc) -> None:
        doc.set_layer("ner_mentions", extract_mentions(doc, self.tagger))
