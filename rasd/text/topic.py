"""The article's topic (politics, sport, economy, other), from its words.

An event lexicon reads conflict verbs, and sport, business and society news use the same verbs in
their everyday senses (احتل المركز الأخير "came last", استقبل تمريرة "received a pass", حقق
لقبا "won a title"). Knowing what an article is about lets the events stage ask more of a
trigger outside politics. The classifier is a naive Bayes model over the article's distinct
normalised words (``resources/topic/model.json``, trained by ``rasd train topic`` from the
sections SaudiNewsNet outlets write into their URLs; see that module for the data and its
held-out accuracy). The stage adds view ``topic``: ``{"label": ..., "score": ...}``, the class
and its posterior probability (the log-likelihoods divided by the model's fitted temperature);
none for a text with no word the model knows (empty, or not Arabic).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable

from ..components import Stage
from ..document import Document
from ..errors import ModelError
from ..resources import Resources
from .normalize import normalize

# The classes, in the order of the model's rows: politics covers security and world news.
CLASSES = ("politics", "sport", "economy", "other")
# A word's key in one pass of the regular expression engine (a Python loop over the words costs
# as much as the rest of the stage): a conjunction و/ف is left out of the key when four letters
# or more follow it, then the article ال when three or more follow it (هلال for الهلال، والهلال;
# والد and الدم stay whole).
_LETTER = "\u0621-\u064A"
_KEY = re.compile(f"(?<![{_LETTER}])(?:[وف](?=[{_LETTER}]{{4}}))?(?:ال(?=[{_LETTER}]{{3}}))?([{_LETTER}]{{2,}})")


def article_words(text: str, normalized: str | None = None) -> set[str]:
    """The distinct words of an article as the model counts them: normalised, a conjunction و/ف
    and the article ال taken off longer words (one key for الهلال، والهلال، هلال)."""
    return set(_KEY.findall(normalized if normalized is not None else normalize(text)))


@dataclass(frozen=True)
class TopicModel:
    classes: tuple[str, ...]
    prior: tuple[float, ...]
    words: dict
    temperature: float

    @classmethod
    def from_json(cls, data: dict, name: str = "topic/model.json") -> "TopicModel":
        try:
            classes = tuple(data["classes"])
            prior = tuple(float(x) for x in data["prior"])
            words = {w: tuple(float(x) for x in row) for w, row in data["words"].items()}
            temperature = float(data["temperature"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"data file {name} is corrupt ({exc!r}); retrain with `rasd train topic`") from None
        if len(prior) != len(classes) or any(len(r) != len(classes) for r in words.values()) or temperature <= 0:
            raise ModelError(f"data file {name} is corrupt (rows do not match the classes)")
        return cls(classes, prior, words, temperature)

    def posterior(self, words: Iterable[str]) -> dict[str, float]:
        """The probability of each class given the article's distinct words."""
        table = self.words
        rows = [table[w] for w in words if w in table]
        s = [p + sum(col) for p, col in zip(self.prior, zip(*rows))] if rows else list(self.prior)
        top = max(s)
        e = [math.exp((x - top) / self.temperature) for x in s]
        z = sum(e)
        return {c: x / z for c, x in zip(self.classes, e)}

    def classify(self, text: str, normalized: str | None = None) -> tuple[str, float] | None:
        """(class, probability) of an article's text; None when it holds no word the model
        knows (an empty or non-Arabic text: the priors alone say nothing of it)."""
        words = article_words(text, normalized)
        if not any(w in self.words for w in words):
            return None
        post = self.posterior(words)
        label = max(post, key=post.__getitem__)
        return label, post[label]


@dataclass(frozen=True)
class TopicConfig:
    # The model file under resources/topic/ (another one trained by `rasd train topic --out`).
    model: str = "model.json"


class TopicStage(Stage):
    """View ``topic``: the article's class and its probability."""

    Config = TopicConfig

    def __init__(self, config: TopicConfig, resources: Resources):
        super().__init__(config, resources)
        self.model = TopicModel.from_json(resources.json("topic", config.model), f"topic/{config.model}")

    def __call__(self, doc: Document) -> None:
        view = doc.view("normalized")
        found = self.model.classify(doc.text, view.text if view is not None else None)
        if found is not None:  # no topic for a text with no word the model knows
            doc.set_view("topic", {"label": found[0], "score": round(found[1], 3)})
