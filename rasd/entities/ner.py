"""Statistical named-entity recognition: a CRF over rich token features (rasd.entities.ner_features).

The model (resources/ner/ner.crfsuite) is trained by Rasd itself from the ANERcorp CAMeL Lab
train split (``rasd train ner`` / ``python -m rasd.train.ner``) and loaded once per process.
The config switch ``ner_model`` ("crf", "neural" or "ensemble") selects instead the neural
BiLSTM-CRF (rasd.entities.neural: the networks of resources/ner/ner_neural*.npz, their scores
averaged) or the CRF and the networks decoded as one.

``ner_stage`` adds the layer ``ner_mentions``: one Span per mention, label PER/ORG/LOC/MISC, with
``score`` (the lowest marginal probability of the mention's tags), ``kind`` "name" and
``source`` "ner". Mentions never include a leading conjunction or preposition proclitic
(وأوكرانيا -> أوكرانيا; rasd.text.tokens.name_start) and never cover boilerplate.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
import hashlib
import json
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Literal, Sequence

from ..config import WORD_CACHE_SIZE
from ..errors import InputError, ModelError
from ..text.tokens import name_start
from .bio import chunks
from .crf_decode import CrfDecoder
from .ner_features import name_key
from ..components import Stage

# propagate looks up every token of a sentence with an untagged word: memoised per token
_name_key = lru_cache(maxsize=WORD_CACHE_SIZE)(name_key)

RES = Path(__file__).resolve().parents[1] / "resources" / "ner"
MODEL = RES / "ner.crfsuite"
REBUILD = "rasd train ner (or: python -m rasd.train.ner)"
# The CRF is linear in sentence length, but one "sentence" of scraped text can be a whole page
# without punctuation: longer runs are tagged in windows of this many tokens (ANERcorp sentences
# are under 100 tokens on average, so no real sentence is cut).
MAX_TOKENS = 250
# When a run must be cut, cut after a punctuation token found in the last part of the window.
_CUT_SEARCH = 100
_MAGIC = b"lCRF"
_ARABIC = re.compile("[\u0621-\u064A]")


def meta_path(model: Path) -> Path:
    return model.with_name(model.name + ".json")


def verify_checksum(path: Path, what: str, rebuild: str) -> bytes:
    """The bytes of model file ``path``; ModelError, naming the file, ``what`` it is ("NER model")
    and the ``rebuild`` command, when it is missing or is not the file its checksum side file
    (``meta_path``, written by ``write_meta``) names. A model without a side file is not checked."""
    if not path.is_file():
        raise ModelError(f"{what} file {path} is missing; rebuild it with {rebuild}")
    data = path.read_bytes()
    meta = meta_path(path)
    if meta.is_file():
        try:
            want = json.loads(meta.read_text(encoding="utf-8"))["sha256"]
        except (ValueError, KeyError, TypeError, OSError):
            raise ModelError(f"{what} checksum file {meta} is corrupt; rebuild the model with {rebuild}") from None
        if hashlib.sha256(data).hexdigest() != want:
            raise ModelError(f"{what} file {path} is corrupt (checksum mismatch); rebuild it with {rebuild}")
    return data


def check_model(path: Path) -> None:
    """Raise ModelError when the CRF model file is missing, is not a complete CRFsuite model or is
    not the file its checksum names."""
    data = verify_checksum(path, "NER model", REBUILD)
    if len(data) < 48 or data[:4] != _MAGIC or int.from_bytes(data[4:8], "little") != len(data):
        raise ModelError(f"NER model file {path} is corrupt (not a complete CRFsuite model); rebuild it with {REBUILD}")


def write_meta(path: Path, **info) -> None:
    """Record the model's checksum (and training settings) next to it."""
    info["sha256"] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    meta_path(Path(path)).write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")


# Taggers a pipeline can use (config "ner_model"): the CRF (resources/ner/ner.crfsuite), the
# neural BiLSTM-CRF (the seed networks rasd.entities.neural.MODELS, scores averaged), or both
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


class NerTagger:
    """BIO tagger over token strings. Use ``NerTagger.default()`` for the shipped model
    (``NerTagger.default("neural")`` for the neural one)."""

    _defaults: dict[str, "NerTagger"] = {}

    def __init__(self, path: str | Path | Sequence[str | Path] = MODEL,
                 ensemble_with: str | Path | Sequence[str | Path] | None = None, weight: float = ENSEMBLE_WEIGHT):
        """``path``: a CRF model, or a neural one (.npz), or several neural ones (a list: their
        scores averaged, rasd.entities.neural.NetworkAverage); ``ensemble_with``: one or several
        neural models to decode together with the CRF model ``path`` (weight ``weight`` on the
        CRF, 1 - ``weight`` on the networks' average)."""
        from . import ner_features
        from .clusters import _table
        from .neural import EnsembleDecoder, load_networks

        paths = _path_list(path)
        if not paths:
            raise ModelError("no NER model file given")
        self.path = paths[0]
        self.kind = model_kind(self.path)
        mix = _path_list(ensemble_with) if ensemble_with is not None else ()
        # the model files this tagger reads, in order (NerTagger.default compares them)
        self.files = paths + mix
        if len(paths) > 1 and any(model_kind(p) != "neural" for p in paths):
            raise ModelError(f"several model files average neural models only: "
                             f"{', '.join(str(p) for p in paths if model_kind(p) != 'neural')} is not a neural model (.npz)")
        if self.kind == "neural" and ensemble_with is not None:
            raise ModelError(f"an ensemble mixes a CRF model with a neural one: {self.path} is a neural "
                             f"model (.npz); pass the CRF model (.crfsuite) as path and the neural one as ensemble_with")
        for p in mix:
            if model_kind(p) != "neural":
                raise ModelError(f"an ensemble mixes a CRF model with a neural one: {p} is not a "
                                 f"neural model (.npz)")
        if ensemble_with is not None and not mix:
            raise ModelError("an ensemble needs at least one neural model (ensemble_with is empty)")
        if self.kind == "neural":
            self._decoder = load_networks(paths)
        else:
            check_model(self.path)
        _table()  # load the clusters now: fail early, and keep the first tag() call fast
        ner_features.gazetteer()
        self._features = ner_features.sentence_features
        self._lock = threading.Lock()
        if self.kind == "crf":
            self._open_crf()
            if ensemble_with is not None:
                self.kind = "ensemble"
                try:
                    self._decoder = EnsembleDecoder(self._decoder, load_networks(mix), weight)
                except ValueError as exc:
                    raise ModelError(f"NER models {self.path} and {', '.join(map(str, mix))} do not fit together "
                                     f"({exc})") from None

    def _open_crf(self) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except Exception as exc:  # crfsuite reports a bad file as a generic error
            raise ModelError(f"NER model file {self.path} cannot be read ({exc}); rebuild it with {REBUILD}") from None
        labels = set(self._tagger.labels())
        if not labels or not labels <= {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC", "MISC")}:
            raise ModelError(f"NER model file {self.path} has unexpected labels {sorted(labels)}; rebuild it with {REBUILD}")
        # tagging decodes with the model's weights in NumPy (rasd.entities.crf_decode): the same
        # labels as crfsuite's tagger, without its per-token string look-ups
        try:
            self._decoder = CrfDecoder(self._tagger.info(), self.path.read_bytes())
        except (ValueError, KeyError) as exc:
            raise ModelError(f"NER model file {self.path} cannot be read ({exc}); rebuild it with {REBUILD}") from None

    @classmethod
    def default(cls, kind: str = DEFAULT_KIND) -> "NerTagger":
        """The shipped model of that kind ("crf", "neural" or "ensemble"), loaded once per process."""
        if kind not in KINDS:
            raise InputError(f"unknown NER model kind {kind!r} (config ner_model: one of {', '.join(KINDS)})")
        from . import neural

        nets = tuple(neural.MODELS)
        path, mix = (nets, None) if kind == "neural" else (MODEL, nets if kind == "ensemble" else None)
        tagger = cls._defaults.get(kind)
        if tagger is None or tagger.files != _path_list(path) + (mix or ()):
            tagger = cls._defaults[kind] = cls(path, mix)
        return tagger

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels of one sentence's tokens (any length: long runs are tagged in windows)."""
        return [t for t, _ in self._tag_many([tokens], False)[0]]

    def tag_document(self, sentences: Sequence[Sequence[str]], consistency: bool = True) -> list[list[str]]:
        """BIO labels of each sentence of one document, with the document-level pass."""
        scored = self.tag_scored_many(sentences)
        if consistency:
            scored = propagate(sentences, scored)
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
            decoded = iter(self._decoder.decode(todo, marginals))
        labels = self._decoder.labels
        for k, win, ok in jobs:
            if not ok:
                outs[k].extend(("O", 1.0) for _ in win)
                continue
            ys, ms = next(decoded)
            if marginals:
                outs[k].extend((labels[y], ms[i] if labels[y] != "O" else 1.0) for i, y in enumerate(ys))
            else:
                outs[k].extend((labels[y], 1.0) for y in ys)
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
            x = self._features(list(tokens[a:b]))
            tg = self._tagger
            with self._lock:  # the crfsuite tagger holds the current sentence: one at a time
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


def propagate(sentences: Sequence[Sequence[str]], scored: list[list[tuple[str, float]]]) -> list[list[tuple[str, float]]]:
    """Label untagged repeats of confidently tagged names within one document (see above)."""
    from ..text.tokens import word_counts

    votes: dict[tuple[str, ...], dict[str, int]] = {}
    for toks, sc in zip(sentences, scored):
        for a, b, label in chunks([y for y, _ in sc]):
            if b - a > PROPAGATE_MAX_LEN or min(p for _, p in sc[a:b]) < PROPAGATE_SCORE:
                continue
            key = tuple(_name_key(t) for t in toks[a:b])
            if b - a == 1 and word_counts().get(key[0], 0) > PROPAGATE_MAX_COUNT:
                continue
            votes.setdefault(key, {}).setdefault(label, 0)
            votes[key][label] += 1
            # a person's surname alone refers to the same person later on (فايزة أبوالنجا -> أبوالنجا)
            if label == "PER" and b - a >= 2 and word_counts().get(key[-1], 0) <= PROPAGATE_MAX_COUNT:
                votes.setdefault(key[-1:], {}).setdefault(label, 0)
                votes[key[-1:]][label] += 1
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
                    keys = [_name_key(t) for t in toks]
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


def extract_mentions(doc, tagger: NerTagger | None = None, consistency: bool = True) -> list:
    """NER mention spans of a document that has a tokens layer (sentences and boilerplate are
    used when present). ``consistency`` applies the document-level pass (``propagate``)."""
    tagger = tagger or NerTagger.default()
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
        scored = propagate(texts, scored)
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


def ner_stage(doc, config) -> None:
    kind = (config or {}).get("ner_model") or DEFAULT_KIND
    doc.set_layer("ner_mentions", extract_mentions(doc, NerTagger.default(kind)))


@dataclass(frozen=True)
class NerConfig:
    # The tagger (KINDS): "crf" (default: ANERcorp F1 0.704, ~4 ms per 280-word article),
    # "neural" (BiLSTM-CRF: 0.715, ~2x the time) or "ensemble" (both mixed: 0.735, ~2.4x). The CRF
    # is the default because the whole pipeline must keep 100 articles/s per core.
    model: Literal["crf", "neural", "ensemble"] = "crf"


class NerStage(Stage):
    Config = NerConfig

    def __call__(self, doc) -> None:
        ner_stage(doc, {"ner_model": self.config.model})
