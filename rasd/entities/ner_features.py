"""Features of the NER tagger, one function shared by training (rasd.train.ner) and tagging.

A token is described by what it is on its own (``word_features``, cached per token string) and
by what its neighbours are (the same descriptions, prefixed with their offset). Word features:
- the normalised word, its clitic split (rasd.text.tokens.split_clitics): stem, the sequence of
  proclitics and whether a pronoun suffix was split off;
- the first and last two/three letters of the stem (Arabic names and nisba adjectives show in
  their affixes: -يا -ستان for places, ال...ي for nisbas);
- the token kind and shape (Arabic, number, Latin, punctuation), length;
- how frequent the word is in news text (a rare word is more often a name), and how often its
  stem takes the article;
- distributional cluster ids of the word and of its form without proclitics at four
  granularities (rasd.entities.clusters);
- the self-training lexicon: how often the tagger labels the word a name in news text;
- gazetteer membership of the stem (countries, capitals, actor-dictionary names; resources/ner/gazetteer.tsv).
Neighbours within two tokens add a smaller set (word, stem, clusters, gazetteer classes).

``NerFeatures(resources)`` loads that data (through ``rasd.resources.Resources``) and computes
the features; each instance keeps its own per-word memos, since a word's features depend on the
data it was built with (training builds one per self-training lexicon, passed as ``silver``).
``settings()`` is what a model records of the features it was trained on (rasd.entities.model_meta):
the feature-set version, the window and the checksums of the data files.
"""

from __future__ import annotations

import math
from functools import partial
from typing import Mapping, Sequence

from ..config import WORD_CACHE_SIZE
from ..resources import Resources
from ..text.memo import WordMemo
from ..text.normalize import normalize
from ..text.tokens import TOKEN_RE, split_clitics, word_counts
from .clusters import FILE as CLUSTERS, load_clusters
from .model_meta import fingerprint

AREA = "ner"
GAZETTEER = "gazetteer.tsv"
SILVER = "silver.tsv"
# The version of the feature set below: raise it whenever word_features or sentence_features
# change what they compute, so that models trained on the old features are refused (a model
# records the version it was trained with; rasd.entities.model_meta).
FEATURES_VERSION = 1
# Offsets of the context window: two tokens either side is the usual width for a CRF tagger;
# wider windows add noise more than signal on 125k training words.
WINDOW = (-2, -1, 1, 2)
# Per-word feature memos: 20,000 distinct tokens cover about 90% of running news text; an entry
# of the window memo costs about 7 KB, so the memos of one instance stay under about 150 MB.
CACHE_WORDS = 20_000
# Sentence boundaries as the window sees them.
BOS = ("BOS",)
EOS = ("EOS",)


def load_gazetteer_classes(resources: Resources) -> dict[str, tuple[str, ...]]:
    """Normalised word -> gazetteer classes (e.g. ('country',)), from resources/ner/gazetteer.tsv."""
    def build() -> dict[str, tuple[str, ...]]:
        return {row[0]: tuple(c for c in (row[1] if len(row) > 1 else "").split(",") if c)
                for row in resources.table(AREA, GAZETTEER)}
    return resources.cached((AREA, GAZETTEER, "classes"), build)


def load_silver(resources: Resources) -> dict[str, tuple[str, ...]]:
    """Name key -> features saying how often the tagger itself labels that word a name in news
    text (self-training lexicon, resources/ner/silver.tsv, built by rasd.train.ner)."""
    def build() -> dict[str, tuple[str, ...]]:
        return {w: ("sv=" + label, "sv=" + label + ":" + strength)
                for w, label, strength in (row[:3] for row in resources.table(AREA, SILVER, 3))}
    return resources.cached((AREA, SILVER, "silver"), build)


def data_fingerprint(resources: Resources, area: str, file: str) -> str:
    """The checksum of a data file's text (computed once per Resources)."""
    return resources.cached((area, file, "sha256"), lambda: fingerprint(resources.text(area, file)))


def silver_features(label: str, ratio: float) -> tuple[str, ...]:
    # 0.7: the word is a name nearly everywhere it occurs; below 0.3 it is mostly a common word
    strength = "hi" if ratio >= 0.7 else "mid"
    return ("sv=" + label, "sv=" + label + ":" + strength)


def name_key(tok: str, parts=None) -> str:
    """A token's normalised form without its conjunction/preposition proclitics (the form a name
    is looked up by): وأوكرانيا -> اوكرانيا, للامم -> الامم."""
    parts = parts if parts is not None else split_clitics(tok)
    a = 0  # where the first part that is not a conjunction or preposition starts
    for start, _, role in parts:
        if role != "conj" and role != "prep":
            a = start
            break
    w = normalize(tok[a:] if a else tok)
    if w.startswith("ل") and not w.startswith("ال") and any(p[2] == "art" for p in parts):
        w = "ا" + w  # لل: the article's alef was elided
    return w


# name_key of each token, remembered once for both of its askers: the features of a word new to
# the tagger and the tagger's document pass (rasd.entities.ner.propagate reads every token of a
# sentence with an untagged word); one memo instead of two halves the clitic splits of new words
name_keys = WordMemo(name_key, WORD_CACHE_SIZE).__getitem__


def token_shape(tok: str) -> str:
    """The token's kind as a feature: "ar", "num", "p" + the mark, "lat-upper"/"lat-title"/
    "lat-lower", or "mixed"."""
    m = TOKEN_RE.match(tok)
    kind = m.lastgroup if m and m.end() == len(tok) else "mixed"
    if kind == "lat":
        if tok.isupper():
            return "lat-upper"
        if tok[:1].isupper():
            return "lat-title"
        return "lat-lower"
    if kind == "num":
        return "num"
    if kind == "punct":
        return "p" + tok
    return kind


# the frequency-class strings "0" .. "14" (NerFeatures._freq_class), made once
_FREQ_CLASS = tuple(str(k) for k in range(15))

# "c0=", "c1=", ...: the feature name of each granularity of a cluster id, made once (the
# shipped table has four granularities)
_CLUSTER_PREFIXES = {tag: tuple(f"{tag}{i}=" for i in range(8)) for tag in ("c", "cs")}


class NerFeatures:
    """The tagger's features over one set of data files (clusters, gazetteer classes, word
    counts) and one self-training lexicon: the shipped one, or ``silver`` (training)."""

    def __init__(self, resources: Resources, silver: Mapping[str, tuple[str, ...]] | None = None):
        self.resources = resources
        self.clusters = load_clusters(resources)
        self.gazetteer = load_gazetteer_classes(resources)
        self.silver = load_silver(resources) if silver is None else silver
        self.counts = word_counts()
        # Per-word memos (results depend on this instance's data). Parts of word_features
        # shared by the many forms of one stem or one cluster key (وقال, فقال, قالت...) are
        # remembered apart, so that a new word costs less.
        self.word_features = WordMemo(self.compute_word_features, CACHE_WORDS).__getitem__
        self._stem_features = WordMemo(self._stem_features_of, CACHE_WORDS).__getitem__
        self._cluster_features = {tag: WordMemo(partial(self._cluster_features_of, tag), CACHE_WORDS).__getitem__
                                  for tag in ("c", "cs")}
        self._prefixed = WordMemo(self._prefixed_of, CACHE_WORDS).__getitem__

    def settings(self) -> dict:
        """What a CRF model records of the features it is trained on: the feature-set version,
        the window and the checksums of the data files the features read."""
        return {"features": FEATURES_VERSION, "window": list(WINDOW),
                **self.data_settings((CLUSTERS, GAZETTEER, SILVER))}

    def data_settings(self, files: Sequence[str]) -> dict[str, str]:
        """``"ner/<file>": checksum`` of each of ``files``."""
        return {f"{AREA}/{f}": data_fingerprint(self.resources, AREA, f) for f in files}

    def _freq_class(self, w: str) -> str:
        n = self.counts.get(w, 0)
        # log2 buckets: 0 unknown, then 1, 2-3, 4-7, ... capped at 2^13 and up (the top few hundred
        # words): the bucket is n.bit_length(), which equals int(math.log2(n)) + 1, the formula the
        # shipped model was trained with, for every count (checked for all n up to 2^22; above
        # 2^13 both are capped)
        return _FREQ_CLASS[min(14, n.bit_length())]

    def _article_ratio(self, stem: str) -> str:
        """How often news text writes the stem with the article vs bare, as a log2 bucket: names of
        people and most places never take ال (بوتين, فرنسا), common nouns and adjectives mostly do."""
        c = self.counts
        bare, art = c.get(stem, 0), c.get("ال" + stem, 0)
        if bare + art == 0:
            return "unk"
        return str(max(-5, min(5, round(math.log2((art + 1) / (bare + 1))))))

    def _stem_features_of(self, stem: str) -> tuple[str, tuple[str, ...], str, str]:
        """("s=" feature, affix and length features, "sfq=" feature, "art=" feature) of a stem."""
        affixes = ("s2=" + stem[:2], "s3=" + stem[:3], "e2=" + stem[-2:], "e3=" + stem[-3:], "e1=" + stem[-1:],
                   "len=" + str(min(len(stem), 10)))
        return "s=" + stem, affixes, "sfq=" + self._freq_class(stem), "art=" + self._article_ratio(stem)

    def _cluster_features_of(self, tag: str, key: str) -> tuple[str, ...]:
        """Cluster id features of a word ("c0=17", ...; tag "c" or "cs"), () outside the clusters."""
        ids = self.clusters.get(key, ())
        names = _CLUSTER_PREFIXES[tag]
        if len(ids) > len(names):  # a clusters table finer than the names made above
            return tuple(f"{tag}{i}={v}" for i, v in enumerate(ids))
        return tuple(map(str.__add__, names, ids))

    def compute_word_features(self, tok: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(features of the token itself, features it lends to neighbours), unprefixed; computed
        (``word_features`` is the same, remembered per word)."""
        n = normalize(tok)
        shape = token_shape(tok)
        own: list[str] = ["b", "w=" + n, "sh=" + shape]
        ctx: list[str] = ["w=" + n]
        if shape == "ar":
            self._arabic_features(tok, n, own, ctx)
        else:
            ctx.append("sh=" + shape)
            if shape.startswith("lat"):
                low = tok.lower()
                own += ["e3=" + low[-3:], "len=" + str(min(len(tok), 10))]
        return tuple(own), tuple(ctx)

    def _arabic_features(self, tok: str, n: str, own: list[str], ctx: list[str]) -> None:
        """Add an Arabic token's clitic, stem, frequency, cluster, lexicon and gazetteer features."""
        parts = split_clitics(tok)
        clitics: list[str] = []  # the roles before the stem, in order
        stems: list[str] = []
        pron = False
        for a, b, r in parts:
            if r == "stem":
                stems.append(tok[a:b])
            elif r == "pron":
                pron = True
            else:
                clitics.append(r)
        pre = "+".join(clitics)
        stem = normalize("".join(stems))
        has_art = "art" in pre
        s_f, affixes, sfq, art = self._stem_features(stem)
        p_f = "pre=" + pre
        own += [s_f, p_f, "pron=" + str(pron), *affixes, "fq=" + self._freq_class(n), sfq, art]
        ctx += [s_f, p_f]
        # clusters of the whole word, and of the word without its conjunction/preposition
        # (the article kept: "الرئيس" is a word of its own in news text)
        name = ("ال" if has_art else "") + stem
        for tag, key in (("c", n), ("cs", name)):
            feats = self._cluster_features[tag](key)
            if feats:
                own += feats
                ctx += feats
            else:
                own.append(tag + "=none")
        sv = self.silver.get(name_keys(tok))  # = name_key(tok, parts), remembered
        if sv:
            own.extend(sv)
            ctx.extend(sv)
        gz = self.gazetteer
        for key in dict.fromkeys((stem, name, n)):  # ordered: feature order fixes the model bytes
            for cls in gz.get(key, ()):
                f = "g=" + cls
                if f not in own:
                    own.append(f)
                    ctx.append(f)

    def _prefixed_of(self, tok: str) -> tuple[tuple[str, ...], ...]:
        """The token's feature lists as seen from each window offset: index 0 = own features."""
        own, ctx = self.word_features(tok)
        out = [own]
        for off in WINDOW:
            p = f"{off:+d}"
            out.append(tuple(p + f for f in ctx))
        return tuple(out)

    def sentence_features(self, tokens: Sequence[str]) -> list[list[str]]:
        """CRF features of each token of one sentence (list of token strings)."""
        pre = [self._prefixed(t) for t in tokens]
        words = [self.word_features(t)[1][0] for t in tokens]
        n = len(tokens)
        out = []
        for i in range(n):
            f = list(pre[i][0])
            for k, off in enumerate(WINDOW, start=1):
                j = i + off
                if 0 <= j < n:
                    f.extend(pre[j][k])
                elif j == -1:
                    f.extend(BOS)
                elif j == n:
                    f.extend(EOS)
            # word bigrams with the neighbours: "الرئيس X", "X بن", "في X"
            f.append("b-1=" + (words[i - 1] if i else "^") + "|" + words[i])
            f.append("b+1=" + words[i] + "|" + (words[i + 1] if i + 1 < n else "$"))
            out.append(f)
        return out
