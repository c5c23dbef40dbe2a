"""Events outside politics: what an event needs in an article the topic stage places elsewhere.

Sport, business and society news use conflict and cooperation verbs in their everyday senses: a
team "occupies" first place (احتل المركز الأول), a player "left" his club (رحل عن مانشستر), a
club "agrees" to an offer, an official "thanks" the fans. Read on two ordinary SaudiNewsNet days
(2015-07-25, 2015-08-02), almost every event Rasd made in articles confidently classed as sport
or society news was of this kind, while those of business articles were often real acts of
states (وافقت اليونان على الإصلاحات، رفضت موسكو قرار محكمة التحكيم). So, in an article whose
topic (view ``topic``, ``rasd.text.topic``) is not politics with at least ``min_confidence``, an
event is kept only when its doer is a state or political actor, as its CAMEO code shows
(``resources/events/topic_gate.tsv``: the political role blocks; per topic, whether a bare
country code counts — in sport news it is a national team or a club).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..errors import ModelError
from ..resources import Resources
from .types import ActorRef

FILE = "topic_gate.tsv"
DOER_RULES = ("sector", "country", "named")
# The topic that is never gated.
POLITICS = "politics"
# Entity labels of a doer named by a proper name (rule "named").
NAMED_LABELS = frozenset({"PER", "ORG"})


@dataclass(frozen=True)
class TopicGate:
    sectors: frozenset[str]
    non_state: frozenset[str]
    doer: dict  # topic -> "sector" | "country"
    # sectors that, as the whole code of a one-word description with no proper name (مسؤول GOV،
    # المعارضون OPP), do not make the doer political under the "sector" rule (sport news): there
    # such a word names a club or federation official or a club's opponents (branch evprec8)
    one_word: frozenset[str] = frozenset()

    @classmethod
    def load(cls, resources: Resources) -> "TopicGate":
        sectors, non_state, doer, one_word = set(), set(), {}, set()
        for n, row in enumerate(resources.table("events", FILE, 2), 1):
            kind, value = row[0], row[1]
            if kind == "sector":
                sectors.add(value)
            elif kind == "non_state":
                non_state.add(value)
            elif kind == "one_word":
                one_word.add(value)
            elif kind == "doer" and len(row) >= 3 and row[2] in DOER_RULES:
                doer[value] = row[2]
            else:
                raise ModelError(f"data file events/{FILE} row {n}: unknown row {row!r}")
        return cls(frozenset(sectors), frozenset(non_state), doer, frozenset(one_word))

    def gated(self, topic: dict | None, min_confidence: float) -> str | None:
        """The rule ("sector" or "country") an article's events must meet, or None when its topic
        is politics, unknown, or not confident enough."""
        if not topic or topic.get("label") == POLITICS or (topic.get("score") or 0.0) < min_confidence:
            return None
        return self.doer.get(topic.get("label"))

    def keeps(self, doc: Document, source: ActorRef | None, rule: str, target: ActorRef | None = None) -> bool:
        """May an event with this doer (and ``target``) stand in a gated article (``rule`` from
        ``gated``)? With "named", a doer named by a proper name (a person or an organisation, not a
        description) may, besides a political one, when it acts on a state or political actor
        (تسيبراس يناشد روسيا، صندوق النقد يطالب اليونان). Without such a target, such a doer in
        business news was an executive, a banker or an academic in 41 of 49 events read on
        SaudiNewsNet 2015-07-27 and 2015-08-07 (a company «داعية» its shareholders, an economist
        «يدعو» to a reform, a chamber signing with an association: docs/events.md, "Precision
        sample E")."""
        if source is None:
            return False
        if rule == "sector" and self._one_word_role(doc, source):
            return False
        if self.political(source.code, rule):
            return True
        if rule != "named" or not source.entity or target is None or not self.political(target.code, rule):
            return False
        ent = doc.entity(source.entity)
        return ent is not None and ent.label in NAMED_LABELS and any(
            m.get("kind") != "nominal" for m in ent.mentions)

    def _one_word_role(self, doc: Document, source: ActorRef) -> bool:
        """Is the doer a one-word description with no proper name whose whole code is a ``one_word``
        sector, no country: «مسؤول» GOV signing for a club, «المعارضون» OPP (a club's opponents;
        SaudiNewsNet 2015-07-21, sport articles)? A country's code stays political (اتهامات أميركية
        USAGOV), and the entity's name is read where there is one, so «السلطات» standing for
        «السلطات السويسرية» keeps its country and its two words."""
        code = source.code or ""
        if code not in self.one_word:
            return False  # a country's code (اتهامات أميركية USAGOV: the US charges) keeps the doer
        ent = doc.entity(source.entity) if source.entity else None
        if ent is not None and any(m.get("kind") != "nominal" for m in ent.mentions):
            return False  # a proper name (وزارة الداخلية، الاتحاد الأوروبي)
        name = (ent.name if ent is not None else None) or source.text or ""
        return len(name.split()) == 1

    def political(self, code: str | None, rule: str) -> bool:
        """Is an actor with this CAMEO code a state or political actor under ``rule``? A code is
        read in 3-letter blocks (RUSGOV, IGOEUREEC, SDNSPY): any political block makes it one;
        with "country" or "named", so does a bare country code (GRC, IRN) that is not a
        non-state role."""
        if not code:
            return False
        blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
        if any(b in self.sectors for b in blocks):
            return True
        return rule != "sector" and len(blocks) == 1 and code.isalpha() and code.isupper() \
            and code not in self.non_state
