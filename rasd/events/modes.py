"""Mode and context of an event from the words around its trigger.

Context (PLOVER's auxiliary modes): ``negated`` (لم، لن، لا، ليس، عدم، نفى before the trigger in
its clause), ``future`` (سوف، س+verb، يعتزم، ينوي، من المقرر), ``conditional`` (إذا، لو، في حال);
``claimed`` is set by the stage for acts reported in someone's words. PLOVER modes come from the
lexicon entry (ceasefire under RETREAT, phone under CONSULT) or from words near the trigger
(``resources/events/modes.tsv``: هاتفيا -> CONSULT phone, طائرة مسيرة -> ASSAULT drone).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..document import Span
from ..text.normalize import normalize, strip_conjunction
from .triggers import Trigger

RES = Path(__file__).resolve().parents[1] / "resources" / "events"

# How far before the trigger a negation, future or condition word still governs it: the particle
# and the verb are adjacent (لم يهاجم) or separated by a subject or كان (لن تكون روسيا قد هاجمت).
CUE_WINDOW = 4
# Mode words describe the act itself (بطائرة مسيرة، هاتفيا): they follow within a few words.
MODE_WINDOW = 8

NEGATION = {"لم", "لن", "لا", "ليس", "ليست", "لسنا", "ليسوا", "عدم", "دون", "بدون", "ما"}
# Words that make دون/بدون part of a name, not a negation: طائرة بدون طيار (a drone).
NOT_NEGATED = {"طيار"}
DENIAL_VERBS = {"نفي", "ينفي", "تنفي", "نفت", "نفوا", "انكر", "ينكر", "نفى"}
FUTURE = {"سوف", "سيتم", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "المقرر", "مقرر", "ستقوم", "سيقوم", "يخطط", "تخطط"}
CONDITIONAL = {"اذا", "لو", "لولا", "حال", "ان لم"}


@lru_cache(maxsize=1)
def mode_words() -> list[tuple[str, frozenset, str]]:
    """(PLOVER type, word alternatives, mode) from modes.tsv."""
    out = []
    path = RES / "modes.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            typ, words, mode = (line.split("\t") + ["", "", ""])[:3]
            out.append((typ.strip(), frozenset(normalize(w) for w in words.split("|") if w), mode.strip()))
    return out


@lru_cache(maxsize=1)
def mode_words_by_type() -> dict[str, list[tuple[frozenset, str]]]:
    """``mode_words`` by PLOVER type, in file order."""
    out: dict[str, list[tuple[frozenset, str]]] = {}
    for typ, words, mode in mode_words():
        out.setdefault(typ, []).append((words, mode))
    return out


def _bare_norm(w: str) -> str:
    """A normalised word without a conjunction و/ف."""
    return strip_conjunction(w, 2)


def context_of(trig: Trigger, tokens: Sequence[Span], norm: Sequence[str] | None = None) -> str | None:
    """negated / future / conditional, or None, from the clause before the trigger. ``norm``: the
    tokens' normalised forms when the caller has them."""
    if norm is None:  # only the words read below: the wider window before the trigger, and it
        skip = max(0, trig.first - 8)
        norm = [""] * skip + [normalize(t.text) for t in tokens[skip:trig.first + 1]]
    lo = trig.first
    while lo > 0 and trig.first - lo < CUE_WINDOW and tokens[lo - 1].text not in ".،,;؛:!?؟":
        lo -= 1
    before = [_bare_norm(w) for w in norm[lo:trig.first]]
    trig_word = norm[trig.first]
    if trig_word.startswith(("و", "ف")) and len(trig_word) > 3:
        trig_word = trig_word[1:]
    if any(w in NEGATION and not (k + 1 < len(before) and before[k + 1] in NOT_NEGATED)
           for k, w in enumerate(before)) or any(w in DENIAL_VERBS for w in before):
        return "negated"
    wider = [_bare_norm(w) for w in norm[max(0, trig.first - 8):trig.first]]
    if any(w in CONDITIONAL for w in wider):
        return "conditional"
    if any(w in FUTURE for w in before):
        return "future"
    # س+imperfect verb: سيتحدث، ستقدم، سنلاحق
    if trig.pos == "v" and len(trig_word) > 3 and trig_word[0] == "س" and trig_word[1] in "يتنا":
        return "future"
    return None


def mode_of(trig: Trigger, tokens: Sequence[Span], norm: Sequence[str] | None = None) -> str | None:
    """The PLOVER mode: the lexicon entry's, else one shown by words near the trigger. ``norm``:
    the tokens' normalised forms when the caller has them."""
    if trig.mode:
        return trig.mode
    by_type = mode_words_by_type().get(trig.type)
    if not by_type:
        return None
    if norm is None:
        near = {normalize(t.text) for t in tokens[trig.first:trig.last + 1 + MODE_WINDOW]}
    else:
        near = set(norm[trig.first:trig.last + 1 + MODE_WINDOW])
    near |= {w[1:] for w in near if len(w) > 3 and w[0] in "وفبل"}
    near |= {w[2:] for w in near if w.startswith("ال") and len(w) > 4}
    for words, mode in by_type:
        if words & near:
            return mode
    return None
