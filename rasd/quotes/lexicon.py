"""The quote stage's linguistic data, loaded once from ``rasd/resources/quotes`` (see SOURCES.md).

Every form is keyed by its normalised spelling (``rasd.text.normalize``), so أكد/اكد and
قائلة/قائله are one entry.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError
from ..text.normalize import normalize

RES = Path(__file__).resolve().parents[1] / "resources" / "quotes"


@dataclass(frozen=True, slots=True)
class VerbForm:
    form: str
    lemma: str
    kind: str  # past | pres | part
    agreement: str  # m/f + s/d/p
    flags: frozenset[str]

    @property
    def feminine(self) -> bool:
        return self.agreement.startswith("f")

    @property
    def plural(self) -> bool:
        return self.agreement[1:] in ("p", "d")


def _rows(name: str) -> list[list[str]]:
    path = RES / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"quote lexicon {path} is missing or unreadable ({exc}); reinstall rasd") from exc
    rows = [ln.rstrip("\n").split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return rows[1:]  # header


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, VerbForm]
    attributions: dict[tuple[str, ...], str]
    sources: frozenset[str]
    complementisers: frozenset[str]
    fa_complementisers: frozenset[str]
    blocks: frozenset[str]
    relatives: dict[str, str]
    stops: frozenset[str]
    connectors: frozenset[str]
    pronouns: frozenset[str]
    impersonal: frozenset[str]
    skip_after_verb: tuple[tuple[str, ...], ...]
    auxiliaries: frozenset[str]
    speaker_max_tokens: int
    cue_reach_tokens: int
    term_max_words: int
    max_unclosed_chars: int

    @property
    def attribution_firsts(self) -> dict[str, list[tuple[str, ...]]]:
        """Attribution phrases by their first word, longest first."""
        d = self.__dict__.get("_firsts")
        if d is None:
            d = {}
            for p in sorted(self.attributions, key=len, reverse=True):
                d.setdefault(p[0], []).append(p)
            object.__setattr__(self, "_firsts", d)
        return d

    def verb(self, norm_token: str, surface: str | None = None) -> VerbForm | None:
        """The reporting-verb reading of a normalised token, allowing one و/ف proclitic. With the
        ``surface`` form, a verb spelled with final ى (رأى، نفى) must be written so: رأي and نفي
        are the nouns "opinion" and "denial", which normalisation would otherwise merge."""
        v = self.verbs.get(norm_token)
        if v is None and len(norm_token) > 3 and norm_token[0] in "وف":
            v = self.verbs.get(norm_token[1:])
        if v is not None and surface is not None and v.form[-1] in "ىي":
            # and the other way round: يدعى (is called) is not يدعي (claims)
            last = surface.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")[-1:]
            if last in "ىي" and last != v.form[-1]:
                return None
        return v


def _norm_set(items) -> frozenset[str]:
    return frozenset(normalize(x) for x in items)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs: dict[str, VerbForm] = {}
    for row in _rows("reporting_verbs.tsv"):
        form, lemma, kind, agr = row[:4]
        flags = frozenset(f for f in (row[4] if len(row) > 4 else "").split(",") if f)
        key = normalize(form)
        verbs.setdefault(key, VerbForm(form, lemma, kind, agr, flags))
    attributions = {tuple(normalize(p).split()): pos for p, pos in _rows("attribution.tsv")}
    sources = _norm_set(r[0] for r in _rows("sources.tsv"))
    try:
        g = json.loads((RES / "grammar.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"quote grammar file {RES / 'grammar.json'} is missing or corrupt ({exc}); "
                         "reinstall rasd") from exc
    return Lexicon(
        verbs=verbs,
        attributions=attributions,
        sources=sources,
        complementisers=_norm_set(g["complementisers"]),
        fa_complementisers=_norm_set(g["complementiser_after_attribution"]),
        blocks=_norm_set(g["blocks_complementiser"]),
        relatives={normalize(k): v for k, v in g["relative_pronouns"].items()},
        stops=_norm_set(g["speaker_stops"]),
        connectors=_norm_set(g["clause_connectors"]),
        pronouns=_norm_set(g["subject_pronouns"]),
        impersonal=_norm_set(g["impersonal"]),
        auxiliaries=_norm_set(g["auxiliary_verbs"]),
        skip_after_verb=tuple(tuple(normalize(w) for w in seq) for seq in g["skip_after_verb"]),
        speaker_max_tokens=int(g["speaker_max_tokens"]),
        cue_reach_tokens=int(g["cue_reach_tokens"]),
        term_max_words=int(g["term_max_words"]),
        max_unclosed_chars=int(g["max_unclosed_chars"]),
    )
