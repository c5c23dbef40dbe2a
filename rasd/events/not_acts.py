"""Trigger words in a sense that is no act: a rank in a table, a conclusion reached, a standing condition.

Reading every event Rasd made on 204 ordinary SaudiNewsNet articles (docs/events.md, "Precision
sample E") found conflict and cooperation words whose sense the words around them fix as no act:

- an **object** that makes the verb idiomatic: تحتل الإمارات المركز الأول (a rank, not a seizure),
  توصل إلى عدد من الاستنتاجات (a conclusion, not an agreement);
- a verbal noun that, **with the article** (some also with a possessive pronoun), names a standing
  condition or the party in it: جماعة التمرد الحوثي، سيواصل المعارضون تمردهم، إنهاء الاحتلال الإسرائيلي.

The words are data (``resources/events/not_acts.tsv``, with their reasons); an event whose trigger
matches is dropped by the events stage.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..errors import ModelError
from ..resources import Resources
from ..text.normalize import normalize, strip_conjunction
from .types import Trigger

FILE = "not_acts.tsv"
KINDS = ("object", "state", "state_possessed")
# How many words after the verb its object may stand: the object itself, after a subject of up to
# four words (وتحتل دولة قطر المركز الرابع، احتل سهم «مجمع الضليل الصناعي العقاري» صدارة قيم
# التداول) or a preposition and a quantity (توصل إلى عدد من الاستنتاجات). Quotation marks are not
# counted. Farther, the word belongs to another clause or phrase.
OBJECT_REACH = 6
# Punctuation that ends the clause in which the object is looked for.
CLAUSE_BREAK = frozenset(".،,;؛:!?؟")
# Punctuation that is passed over (quotation marks and brackets around a name).
QUOTE_MARKS = frozenset("«»\"“”()'")


@dataclass(frozen=True)
class NotActs:
    objects: dict  # PLOVER type -> frozenset of normalised object words
    states: dict  # PLOVER type -> frozenset of normalised verbal nouns (with the article)
    possessed: dict  # PLOVER type -> the same, also with a possessive pronoun
    # the pronoun suffixes a noun may carry (تمردهم، تمردها): the events word class
    # "pronoun_suffixes", longest first
    pronouns: tuple

    @classmethod
    def load(cls, resources: Resources) -> "NotActs":
        words: dict[str, dict[str, set[str]]] = {k: {} for k in KINDS}
        for n, row in enumerate(resources.table("events", FILE, 3), 1):
            if row[0] not in words:
                raise ModelError(f"data file events/{FILE} row {n}: unknown kind {row[0]!r}")
            words[row[0]].setdefault(row[1], set()).add(normalize(row[2]))
        freeze = lambda d: {t: frozenset(ws) for t, ws in d.items()}  # noqa: E731
        pronouns = tuple(sorted(resources.word_class("events", "pronoun_suffixes"), key=len, reverse=True))
        return cls(freeze(words["object"]), freeze(words["state"]), freeze(words["state_possessed"]), pronouns)

    def matches(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        """Is this trigger of type ``typ`` (``norm``: the sentence's normalised tokens) in a sense
        that is no act?"""
        return self._idiom_object(typ, trig, tokens, norm) or self._state(typ, norm[trig.first])

    def _idiom_object(self, typ: str, trig: Trigger, tokens: Sequence, norm: Sequence[str]) -> bool:
        objects = self.objects.get(typ)
        if not objects:
            return False
        words = 0
        for k in range(trig.last + 1, len(norm)):
            if tokens[k].text in CLAUSE_BREAK:
                return False
            if tokens[k].text in QUOTE_MARKS:
                continue
            if _bare(norm[k]) in objects:
                return True
            words += 1
            if words >= OBJECT_REACH:
                return False
        return False

    def _state(self, typ: str, word: str) -> bool:
        w = _bare(word)
        if w.startswith("ال") and (w[2:] in self.states.get(typ, ()) or w[2:] in self.possessed.get(typ, ())):
            return True
        nouns = self.possessed.get(typ, ())
        return any(w.endswith(p) and w[:-len(p)] in nouns for p in self.pronouns)


def _bare(w: str) -> str:
    """A normalised word without a conjunction و/ف and a preposition ب/ل/ك before the article
    (والمركز -> المركز، بالاحتلال -> الاحتلال، للاحتلال -> الاحتلال)."""
    w = strip_conjunction(w, 3)
    if len(w) > 4 and w[0] in "بلك" and w[1:3] == "ال":
        return w[1:]
    if len(w) > 4 and w.startswith("لل"):
        return "ا" + w[1:]
    return w
