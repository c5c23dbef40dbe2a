"""Lemma keys: the light form under which gazetteer phrases are stored (by ``rasd train
gazetteers``) and looked up (by the gazetteer and entity stages), so both sides meet."""
from __future__ import annotations

import re

from .normalize import normalize
from .tokens import PROCLITIC_PREP

# The proclitic prepositions (ب ل ك), when a dictionary phrase writes one apart as a word.
_STRAY_PREPOSITIONS = frozenset(PROCLITIC_PREP)
_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\w]+")


def lemma_word(w: str) -> str:
    """Light key for one word, shared by the dictionary build and run-time lookup: normalised,
    without the article, feminine nisba (يه) folded to masculine (ي), final ه dropped so that
    ta marbuta and its absence meet (Petrarch writes lemmas, articles say الحكومة العراقية)."""
    w = normalize(w)
    if w.startswith("ال") and len(w) > 4 and w != "الله":
        w = w[2:]
    if w.endswith("يه") and len(w) > 3:
        w = w[:-1]
    elif w.endswith("ه") and len(w) > 3:
        w = w[:-1]
    return w


def lemma_key(phrase: str) -> str:
    """Lemma key of a phrase: lemma of each word; the dictionaries' stray preposition
    words (ل, ب, ك) are dropped, as run-time lookup drops proclitics."""
    words = [lemma_word(w) for w in _WORD.findall(phrase.replace("_", " "))]
    return " ".join(w for w in words if w and w not in _STRAY_PREPOSITIONS)
