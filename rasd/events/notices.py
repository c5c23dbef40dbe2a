"""Official notices to the public are not demands, and warnings of a danger are not threats.

A REQUEST or a warning (THREATEN) addressed to the general public is a notice; a THREATEN told by a
word of warning (``warning``: حذر، تحذير) with no one named as warned tells of a danger (the events
stage).

An official who calls on "citizens and residents" to use an e-service, applicants to bring their
papers, or everyone to keep away from the valleys in the rain, makes an announcement, not a
demand of a party (PLOVER's REQUEST asks a target actor for something). The addressees are the
``public`` class of ``resources/events/notices.tsv``; the head of a target is its first word
after the ``quantifier`` words (جميع، كافة), without a conjunction, a preposition ب/ل and the
article.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import ModelError
from ..resources import Resources
from ..text.normalize import normalize

FILE = "notices.tsv"
CLASSES = ("public", "quantifier", "warning", "asked_for", "condition", "wish", "praise")
# Types told by a word of praise or thanks (notices.tsv class "praise") that are a courtesy when
# no one is named as praised (round 21).
PRAISE_TYPES = frozenset({"SUPPORT"})
# Types whose target may be the public of a notice: a demand (دعا المواطنين إلى …) and a warning
# (THREATEN: وحذر الدفاع المدني بمنطقة جازان المواطنين والمقيمين من النزول إلى مجاري الأودية, a
# safety advisory, not a threat to a party). Of the 44 THREATEN events Rasd made on all 2,740
# SaudiNewsNet articles of 2015-07-27 and 08-03, the 4 whose target is the public were all official
# warnings to citizens (civil defence ×3, the labour ministry); none was a threat (round 21).
NOTICE_TYPES = frozenset({"REQUEST", "THREATEN"})
# Types whose object is looked for in the words after the trigger when the roles found no target:
# a demand only. A warning with no one named as warned is dropped by the events stage anyway, and
# the words after it are mostly its subject («بعدما حذره مواطن ليبي», aawsat 2015-07-26: the
# citizen warned, he was not warned).
OBJECT_NOTICE_TYPES = frozenset({"REQUEST"})
# How many words after a REQUEST trigger its object may stand when the roles found no target: the
# subject, a name of up to three words (دعا مدير الفرع عبدالله العمري المتقدمين), then the object.
OBJECT_REACH = 5
# A relative of condition (ممن) may stand this many words past OBJECT_REACH: the object it restricts
# ends there (a noun and its adjective, الإخوة اليمنيين).
CONDITION_AFTER = 2
# The prefixes ب and ل (not لل: a subject's complement, الإدارة العامة للنظافة) before a word end
# the search for the object too: what is asked begins (مطالبةً بخروج جميع مقاتليها، دعا لحماية).


@dataclass(frozen=True)
class Notices:
    public: frozenset[str]
    quantifiers: frozenset[str]
    warnings: frozenset[str]
    # the prepositions of what a REQUEST asks for (notices.tsv class "asked_for")
    asked_for: frozenset[str] = frozenset()
    # a relative that restricts the object by a condition (اليمنيين ممن تنطبق عليهم الشروط), and the
    # verbs of wishing after the relative من that make "whoever wishes" the object (notices.tsv)
    conditions: frozenset[str] = frozenset()
    wishes: frozenset[str] = frozenset()
    # the words of praise and thanks (أشاد، ثمن، شكر): with no one named praised, a courtesy
    praise: frozenset[str] = frozenset()

    @classmethod
    def load(cls, resources: Resources) -> "Notices":
        words: dict[str, set[str]] = {c: set() for c in CLASSES}
        for n, row in enumerate(resources.table("events", FILE, 2), 1):
            if row[0] not in words:
                raise ModelError(f"data file events/{FILE} row {n}: unknown class {row[0]!r}")
            words[row[0]].add(normalize(row[1]))
        return cls(frozenset(words["public"]), frozenset(words["quantifier"]), frozenset(words["warning"]),
                   frozenset(words["asked_for"]), frozenset(words["condition"]), frozenset(words["wish"]),
                   frozenset(words["praise"]))

    def head(self, text: str) -> str:
        """The head word of a target's text: past the quantifiers, without و/ف, ب/ل and ال."""
        words = normalize(text).split()
        while len(words) > 1 and _bare(words[0]) in self.quantifiers:
            words = words[1:]
        return _bare(words[0]) if words else ""

    def to_public(self, typ: str, target_text: str | None) -> bool:
        """Is an event of type ``typ`` with this target a notice to the public?"""
        return typ in NOTICE_TYPES and bool(target_text) and self.head(target_text) in self.public


    def object_public(self, typ: str, first: int, norm, stops=frozenset()) -> bool:
        """Is the object of a REQUEST whose target the roles left unfound the public (و دعا العمري
        المتقدمين إلى الالتزام بالمواعيد)? ``norm``: the sentence's normalised tokens, ``first``: the
        token after the trigger. The object stands after the subject (a name of up to three words),
        before the preposition of what is asked (إلى، على) or a clause break (``stops``).
        A SUPPORT told by a word of praise or thanks (its last word, ``norm[first - 1]``) with no
        target found names no party praised: a courtesy (وثمن اللواء البلوي الدور البطولي الذي قدمه
        الشهيد، شكر العقيد المدربين على جهودهم; notices.tsv class "praise", round 21)."""
        if typ in PRAISE_TYPES and first > 0 and self._praises(norm[first - 1]):
            return True
        if typ not in OBJECT_NOTICE_TYPES:
            return False
        for k in range(first, min(len(norm), first + OBJECT_REACH)):
            w = norm[k]
            if w == "من" and k + 1 < len(norm) and norm[k + 1] in self.wishes:
                return True  # من يرغب: "whoever wishes", the public
            if w in stops or w in self.asked_for or (len(w) > 3 and (w[0] == "ب" or (w[0] == "ل" and w[1] != "ل"))):
                return False  # what is asked begins (إلى، على، بخروج): the object was not the public
            if _bare(w) in self.quantifiers:
                continue  # الجميع alone may be every party of a conflict (وحثت الحكومة الجميع على نبذ الخلاف)
            if _bare(w) in self.public:
                return True
        # the object restricted by a condition (الإخوة اليمنيين ممن تنطبق عليهم الشروط): ممن stands
        # right after the object, itself up to OBJECT_REACH words after the trigger, so two words more
        for k in range(first + 1, min(len(norm), first + OBJECT_REACH + CONDITION_AFTER)):
            w = norm[k]
            if w in stops or w in self.asked_for or (len(w) > 3 and (w[0] == "ب" or (w[0] == "ل" and w[1] != "ل"))):
                return False
            if w in self.conditions:
                return True
        return False

    def _praises(self, w: str) -> bool:
        """Is the word one of praise or thanks, with or without و/ف (وثمن: _bare keeps the و of a
        word of four letters, which may be a root letter elsewhere)?"""
        return _bare(w) in self.praise or (w[:1] in "وف" and _bare(w[1:]) in self.praise)

    def warns(self, trigger_text: str) -> bool:
        """Is the trigger a word of warning (حذر، تحذير، محذرا), not of threatening (هدد)?"""
        words = normalize(trigger_text).split()
        return bool(words) and _bare(words[0]) in self.warnings


def _bare(w: str) -> str:
    """A word without a conjunction, a preposition ب/ل and the article (والمواطنين -> مواطنين)."""
    if len(w) > 4 and w[0] in "وف":
        w = w[1:]
    if len(w) > 4 and w[0] in "بل" and w[1:3] == "ال":
        w = w[1:]
    if len(w) > 4 and w.startswith("لل"):
        return w[2:]
    if len(w) > 4 and w.startswith("ال"):
        w = w[2:]
    return w
