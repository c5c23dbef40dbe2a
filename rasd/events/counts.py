"""Numbers of people and things in Arabic news, for PLOVER's killed / injured / size attributes.

API (for the events stage and anyone else)::

    from rasd.events.counts import find_quantities, plover_counts

    qs = find_quantities(doc_or_text, start=0, end=None)   # -> list[Quantity], in text order
    plover_counts(qs)                                        # -> {"killed": 8, "injured": 1, ...}
    quantities_stage(doc, config)                            # optional layer "quantities"

Quantities also answer ``q.get("value")`` and ``q.label`` like layer spans. ``find_quantities``
takes a ``Document`` (its text; quantities inside boilerplate are dropped)
or a plain string; ``start``/``end`` restrict the search to one stretch (a sentence, an event's
clause) and offsets are still offsets into the whole text. Each ``Quantity`` has

- ``start``, ``end``, ``text``: the number and its noun as they stand (``مقتل 12 جنديا`` gives
  ``12 جنديا``; ``قتيلين`` alone is a quantity of 2);
- ``kind``: ``killed``, ``injured``, ``arrested`` (PLOVER's standard size fields), ``size``
  (people or materiel taking part: ``524 طائرة``، ``آلاف المتظاهرين``) or ``count`` (anything
  else counted: ``هجومان``، ``سبعة مبادئ``; also a part of an earlier count: ``أربعة منهم``);
- ``value`` (int): the number; for approximate plurals the floor they imply (``العشرات`` 10,
  ``آلاف`` 1000, ``عشرات الآلاف`` 10000);
- ``unit``: the counted noun's lemma (``طائرة``، ``جندي``), or ``None`` when the text gives the
  number alone (``توفي 280``);
- ``approx``: ``True`` for hedged or plural counts (نحو، أكثر من، عشرات، آلاف);
- ``cue``: ``(start, end)`` of the word that decided killed/injured/arrested (``مقتل``، ``قتلوا``),
  or ``None`` when the noun itself decided (``قتيلا``) or the kind is size/count;
- ``joined``: ``True`` when the count shares the previous one's cue across و (``مقتل 6 جنود و4
  شرطيين``: both killed, one toll of 10 for ``plover_counts``).

How the kind is decided, first that applies: a cue word just before the number or its noun
(قتل ثمانية أشخاص، مقتل 12 جنديا، إصابة شخص واحد، وجرح 31 آخرين); a casualty noun (خمسين قتيلا،
جرحى); a cue verb after the noun in the same clause (عشرة مدنيين ... قتلوا، 1280 شخصا قتل); the
noun's class (people and materiel: size; others: count). Durations, money and measures (30 يوما،
800 مليار دولار) are not quantities. Numbers may be digits (Arabic-Indic too), words (ثمانية،
خمسة وعشرون، ثلاثة آلاف), duals (قتيلين، شخصين) or digits with scale words (400 ألف).

``quantities_stage(doc, config)`` stores the same as layer "quantities" (Span label = kind,
attrs value, unit, approx). Word lists are data: ``rasd/resources/dates/numbers.json`` and
``counts.json``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..text.normalize import normalize_with_map, strip_conjunction
from .dates import _RES, _Lex, _n, _Padded, _word_of, find_dates, scan_tokens
from ..config import WORD_CACHE_SIZE
from ..text.memo import WordMemo

# Cue words count when this close (tokens) before the number / after the noun: a verb or
# masdar governs its object directly (مقتل 12 جنديا) or across a hedge (مقتل أكثر من 50 شخصا).
CUE_BEFORE = 4
# After the noun, a cue verb is looked for up to the end of the clause, at most this far
# (عشرة مدنيين بينهم "عدد كبير من الاطفال" قتلوا: 7 tokens).
CUE_AFTER = 8
_CLAUSE_END = {".", "!", "?", ";", ",", ":"}


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    kind: str
    value: int
    unit: str | None
    approx: bool
    cue: tuple[int, int] | None = None
    joined: bool = False  # shares the previous count's cue across و (6 جنود و4 شرطيين): one toll

    def as_attrs(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "approx": self.approx}

    @property
    def label(self) -> str:
        """The kind, under the name layer spans use (``Span.label``)."""
        return self.kind

    def get(self, key: str, default: Any = None) -> Any:
        """Attribute access in the style of ``Span.get`` (``q.get("value")``)."""
        return getattr(self, key, default) if key in self.__dataclass_fields__ or key == "label" else default


@dataclass
class _CRes:
    units: dict
    teen_first: dict
    teen_second: set
    tens: dict
    hundreds: dict
    scales: dict
    dual_scales: set
    approximate: dict
    hedges: _Lex
    nouns: dict          # normalised form (without ال) -> (lemma, class)
    cues_before: _Lex
    cues_after: _Lex
    subset_after: set


@lru_cache(maxsize=1)
def _cres() -> _CRes:
    with open(_RES / "numbers.json", encoding="utf-8") as f:
        num = json.load(f)
    with open(_RES / "counts.json", encoding="utf-8") as f:
        cnt = json.load(f)

    def nd(d):
        return {_n(k): v for k, v in d.items() if not k.startswith("_")}

    hedges = _Lex()
    for h in num["hedges"]:
        hedges.add(h, True)
    nouns: dict[str, tuple[str, str]] = {}
    for cls, entries in cnt["nouns"].items():
        for lemma, forms in entries.items():
            for f in [lemma] + forms:
                nouns.setdefault(_n(f), (lemma, cls))
    cb, ca = _Lex(), _Lex()
    for kind, forms in cnt["cues_before"].items():
        for f in forms:
            cb.add(f, kind)
    for kind, forms in cnt["cues_after"].items():
        for f in forms:
            ca.add(f, kind)
    return _CRes(
        units=nd(num["units"]), teen_first=nd(num["teen_first"]), teen_second={_n(x) for x in num["teen_second"]},
        tens=nd(num["tens"]), hundreds=nd(num["hundreds"]), scales=nd(num["scales"]),
        dual_scales={_n(x) for x in num["dual_scales"]}, approximate=nd(num["approximate"]),
        hedges=hedges, nouns=nouns, cues_before=cb, cues_after=ca,
        subset_after={_n(x) for x in cnt["subset_after"]},
    )


# Per-word memos: lexicon lookups depend on the word alone, and news repeats its words, so each
# distinct word is looked up once per process (bounded like any lru_cache).
@lru_cache(maxsize=WORD_CACHE_SIZE)
def _noun_of(w: str) -> tuple[str, str, int] | None:
    """_Scanner.noun(i, conj=True) for a token whose text is ``w`` (not empty, not digits)."""
    R = _cres()
    b = w if _is_number_word(w, R) else strip_conjunction(w)
    for cand, skip in ((w, 0), (b, len(w) - len(b)), _strip(w)):
        if cand in R.nouns:
            lemma, cls = R.nouns[cand]
            return lemma, cls, skip
    return None


def _may_be_number_of(w: str) -> bool:
    """False when _Scanner.number cannot start at a token ``w`` (a quick refusal: it needs digits
    or a number word, with or without و/ف)."""
    if not w:
        return False
    if w.isdigit():
        return True
    R = _cres()
    b = w if _is_number_word(w, R) else strip_conjunction(w)
    return (b in R.teen_first or b in R.units or b in R.tens or b in R.hundreds
            or b in R.dual_scales or b in R.approximate)


_MAY_BE_NUMBER = WordMemo(_may_be_number_of)  # asked for every token of a scanned text
_may_be_number = _MAY_BE_NUMBER.__getitem__


def starts_number(word: str) -> bool:
    """Can a number start at this token (digits, or a number word of numbers.json: ثلاثة،
    عشرات، مئتي، نحو …)? Argument rules use it to tell counted victims from a doer."""
    return _may_be_number(_n(word))


def _dual_noun_of(w: str) -> tuple[str, str, int] | None:
    """The noun of an indefinite dual standing alone (قتيلين، شخصين), else None (by word)."""
    if not w or w.isdigit():
        return None
    n = _noun_of(w)
    if not n or n[1] == "not_counted":
        return None
    rest = _strip(w)[0]
    lemma_n = _n(n[0])
    if not (rest.endswith(("ين", "ان")) and rest[:-2] in (lemma_n, lemma_n[:-1] + "ت") and _is_dual_form(rest, lemma_n)):
        return None
    if w.startswith(("ال", "وال", "بال", "لل")):
        return None  # الجنديين: definite, refers back rather than counts
    return n


_dual_noun = WordMemo(_dual_noun_of).__getitem__


def _strip(w: str) -> tuple[str, int]:
    """A word without و/ف, ب/ل and the article: (rest, characters removed)."""
    k = 0
    if len(w) > 3 and w[0] in "وف":
        k = 1
    if len(w) - k > 3 and w[k] in "بل" and w[k + 1:k + 3] != "ال" or (len(w) - k > 4 and w[k:k + 2] == "لل"):
        k += 1
    if w[k:k + 2] == "ال" and len(w) - k > 4:
        k += 2
    elif w[k:k + 1] == "ل" and w[k:k + 2] == "لل":
        pass
    return w[k:], k


class _Scanner:
    def __init__(self, ntext: str):
        self.R = _cres()
        self.toks = scan_tokens(ntext)
        # t(i): token i's word, "" outside the text (a dict look-up, no Python frame per call)
        self.t = _Padded(enumerate(map(_word_of, self.toks))).__getitem__

    def bare(self, i: int) -> str:
        w = self.t(i)
        if _is_number_word(w, self.R):
            return w
        return w[1:] if len(w) > 3 and w[0] in "وف" else w

    def noun(self, i: int, conj: bool = True) -> tuple[str, str, int] | None:
        """(lemma, class, skip) of a counted noun at i (with or without ال and, if ``conj``, و/ف)."""
        w = self.t(i)
        if not w or w.isdigit():
            return None
        if conj:
            return _noun_of(w)
        cands = ((w, 0), (self.bare(i), len(w) - len(self.bare(i))), _strip(w)) if conj else \
            ((w, 0), (w[2:], 2) if w.startswith("ال") else (w, 0))
        for cand, skip in cands:
            if cand in self.R.nouns:
                lemma, cls = self.R.nouns[cand]
                return lemma, cls, skip
        return None

    def number(self, i: int) -> tuple[int, int, bool, int] | None:
        """(value, end, approx, skip) of a cardinal at i."""
        R = self.R
        w = self.t(i)
        if not w:
            return None
        b = self.bare(i)
        if _is_number_word(w, self.R):
            b = w  # واحد، وثلاثون: the و belongs to the word
        skip = len(w) - len(b)
        value = None
        j = i + 1
        approx = False
        if w.isdigit():
            skip = 0
            value = int(w)
            # 1,280 / 1.5 (thousands groups or a decimal before a scale word)
            while self.t(j) in (",", ".") and self.t(j + 1).isdigit() and self.toks[j].s == self.toks[j - 1].e \
                    and self.toks[j + 1].s == self.toks[j].e:
                if self.t(j) == "," and len(self.t(j + 1)) == 3:
                    value = value * 1000 + int(self.t(j + 1))
                    j += 2
                elif self.t(j) == "." and self._scale(j + 2):
                    value = float(f"{value}.{self.t(j + 1)}")
                    j += 2
                elif self.t(j) == "." and len(self.t(j + 1)) == 3 and len(w) <= 3:
                    value = value * 1000 + int(self.t(j + 1))  # 1.000 written with a dot
                    j += 2
                else:
                    break
        elif b in R.teen_first and self.t(i + 1) in R.teen_second:
            value, j = R.teen_first[b] + 10, i + 2
        elif b in R.units:
            value = R.units[b]
            if self.t(j)[:1] == "و" and self.t(j)[1:] in R.tens:
                value += R.tens[self.t(j)[1:]]
                j += 1
        elif b in R.tens:
            value = R.tens[b]
        elif b in R.hundreds:
            value = R.hundreds[b]
            # مئة وخمسون
            nxt = self.t(j)
            if nxt[:1] == "و" and (nxt[1:] in R.tens or nxt[1:] in R.units):
                sub = self.number(j)
                if sub:
                    value += sub[0]
                    j = sub[1]
        elif b in R.dual_scales:
            value = R.scales[b]
        elif b in R.approximate:
            value = R.approximate[b]
            approx = True
            # عشرات الآلاف، مئات الآلاف
            nxt = _strip(self.t(j))[0]
            if nxt in ("الاف", "ملايين", "الالاف") or self.t(j) in R.approximate and self.t(j) != self.t(i):
                value *= R.approximate.get(self.t(j), 1000)
                j += 1
            return int(value), j, True, skip
        if value is None:
            return None
        # scale words: 400 ألف، ثلاثة آلاف، 1.5 مليون
        sc = self._scale(j)
        if sc and not (b in R.dual_scales):
            value *= sc
            j += 1
        # hundreds + و + rest (ألف ومئتان) is rare in news; left as is
        return int(value), j, approx, skip

    def _scale(self, j: int) -> int | None:
        w = self.bare(j)
        if w in self.R.scales and w not in self.R.dual_scales:
            return self.R.scales[w]
        return None

    def hedge_before(self, i: int) -> int | None:
        """Index where a hedge (نحو، أكثر من) before token i starts, if any."""
        for n in (4, 3, 2, 1):
            k = i - n
            if k >= 0:
                m = self.R.hedges.match(self.toks, k)
                if m and m[1] == i:
                    return k
        return None

    def cue_before(self, i: int, floor: int) -> tuple[str, int, int] | None:
        """(kind, token index, end) of the nearest cue in the CUE_BEFORE tokens before i."""
        for k in range(i - 1, max(floor, i - CUE_BEFORE) - 1, -1):
            if self.t(k) in _CLAUSE_END or self.toks[k + 1].nl or self.t(k) == "و":
                return None  # (9) حالات وفاة و(39) حالة: a cue does not reach over و
            m = self.R.cues_before.match(self.toks, k)
            if m and m[1] <= i:
                return m[0], k, m[1]
        return None

    def cue_after(self, j: int, ceiling: int) -> tuple[str, int, int] | None:
        for k in range(j, min(ceiling, j + CUE_AFTER, len(self.toks))):
            if self.t(k) in _CLAUSE_END or (k > j and self.toks[k].nl):
                return None
            if k > j and self.number(k):
                return None  # another count starts: its cues are its own
            m = self.R.cues_after.match(self.toks, k)
            if m:
                if self.number(m[1]) or self.t(m[1]) in ("من", "علي") and self.number(m[1] + 1):
                    return None  # أسر ستة وقتل 15: the cue governs the next count
                return m[0], k, m[1]
        return None


# أحد/إحدى is "one of" only before a noun (أحد الجنود); alone it is a pronoun or a name (أحد).
_ONE_OF = {"احد", "احدي"}
_KIND_OF_CLASS = {"people": "size", "materiel": "size", "killed": "killed", "injured": "injured", "event": "count"}


def find_quantities(source: Any, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in a Document or a string (see the module docstring); offsets into its text."""
    doc = None
    if isinstance(source, str):
        text = source
    elif hasattr(source, "text") and isinstance(source.text, str):
        doc, text = source, source.text
    else:
        return []
    if not text:
        return []
    end = len(text) if end is None else min(end, len(text))
    nt = normalize_with_map(text)
    sc = _Scanner(nt.text)
    toks = sc.toks
    R = sc.R
    # numbers first, so cues can stop at the next one
    found: list[tuple[int, int, int, bool, int]] = []
    i = 0
    while i < len(toks):
        if not _may_be_number(toks[i].t):
            i += 1
            continue
        num = sc.number(i)
        if num:
            found.append((i,) + num)
            i = num[1]
        else:
            i += 1
    # numbers inside date expressions (30 مايو 1988، قبل 3 أيام) are not counts; any anchor date
    # will do, only the spans matter
    date_spans = [(s, e) for s, e, _, _ in find_dates(nt.text, "2000-01-01")] if found else []
    in_date = {k for k, tok in enumerate(toks) if any(s <= tok.s and tok.e <= e for s, e in date_spans)}
    found = [f for f in found if f[0] not in in_date]
    out: list[Quantity] = []
    used_nouns: set[int] = set()
    spans: list[tuple[int, int, int, int, str, int, str | None, bool, tuple | None]] = []
    prev_end_tok = 0
    for idx, (i, value, j, approx, skip) in enumerate(found):
        next_num = found[idx + 1][0] if idx + 1 < len(found) else len(toks)
        prev_end_tok = max(prev_end_tok, found[idx - 1][2] if idx else 0)
        if value <= 0:
            continue
        first = i
        h = sc.hedge_before(i)
        if h is not None:
            approx = True
            first = h
        # the counted noun: right after (524 طائرة، خمسين قتيلا), after من (آلاف من المتظاهرين),
        # or right before for واحد/اثنان (شخص واحد)
        noun = None
        last = j - 1
        subset = sc.t(j) in R.subset_after
        if not subset:
            k = j + 1 if sc.t(j) == "من" and (approx or sc.t(j + 1).startswith("ال")) else j
            n = sc.noun(k, conj=False) if k < len(toks) and not toks[k].nl else None
            if n and sc.t(i).isdigit() and not approx and k == j and sc.t(k).startswith("ال"):
                n = None  # مونديال البرازيل 2014 الشخص ...: digits do not count a definite noun
            if n:
                noun, last = n, k
            elif value <= 2 and not sc.t(i).isdigit() and sc.bare(i) not in _ONE_OF:
                n = sc.noun(i - 1)
                if n and (i - 1) not in used_nouns:
                    noun, first = n, i - 1
        if noun and noun[1] == "not_counted":
            continue
        if subset or (not noun and sc.bare(i) in _ONE_OF):
            continue  # أربعة منهم (a part of a count already given); أحد without a noun
        if not noun and sc.t(i).isdigit() and len(sc.t(i)) == 4 and (
                1000 <= value <= 2100 or _strip(sc.t(i - 1))[0] in ("عام", "سنه")):
            continue  # a year
        if not noun and sc.t(j) in ("%",) or _strip(sc.t(j))[0] in ("بالمئه", "بالمائه", "المئه", "المائه") \
                or sc.t(j) == "في" and _strip(sc.t(j + 1))[0] in ("المئه", "المائه"):
            continue
        kind = None
        cue = None
        cb = sc.cue_before(first, prev_end_tok)
        if noun and noun[1] in ("materiel", "event"):
            cb = None  # قتلوا في هجومين: the attacks are counted, not the dead
        if cb:
            kind, cue = cb[0], (cb[1], cb[2])
        elif noun and noun[1] in ("killed", "injured"):
            kind = noun[1]
        elif not (noun and noun[1] in ("materiel", "event")):
            ca = sc.cue_after(last + 1, next_num)
            if ca:
                kind, cue = ca[0], (ca[1], ca[2])
        joined = False
        if kind is None and spans and spans[-1][4] in ("killed", "injured", "arrested") and (
                noun is None or noun[1] == "people") and _joined_by_and(sc, spans[-1][1], first, skip):
            kind = spans[-1][4]  # مقتل 6 جنود و4 شرطيين: the second count shares the first one's cue
            joined = True
        if kind is None:
            if not noun:
                continue  # a bare number with nothing to say what it counts
            kind = _KIND_OF_CLASS.get(noun[1], "count")
        if noun:
            used_nouns.add(last if first == i or first == h else first)
        prev_end_tok = last + 1
        if first == i:
            first_skip = skip
        elif noun and first == i - 1:
            first_skip = noun[2] if noun[2] <= 1 else 0  # و/ف of the noun before واحد, not its article
        else:
            first_skip = len(sc.t(first)) - len(sc.bare(first))
        spans.append((first, last, first_skip, i, kind, value, noun[0] if noun else None, approx, cue, joined))
    # dual nouns alone: قتيلين، جنديين، شخصين (not already counted)
    counted = {k for s in spans for k in range(s[0], s[1] + 1)}
    for k, tok in enumerate(toks):
        if k in counted:
            continue
        n = _dual_noun(tok.t)
        if n is None:
            continue
        rest = _strip(tok.t)[0]
        kind = None
        cue = None
        cb = sc.cue_before(k, 0) if n[1] not in ("materiel", "event") else None
        if cb:
            kind, cue = cb[0], (cb[1], cb[2])
        elif n[1] in ("killed", "injured"):
            kind = n[1]
        elif n[1] not in ("materiel", "event"):
            ca = sc.cue_after(k + 1, len(toks))
            if ca:
                kind, cue = ca[0], (ca[1], ca[2])
        kind = kind or _KIND_OF_CLASS.get(n[1], "count")
        spans.append((k, k, len(tok.t) - len(rest) if not tok.t.startswith(("و", "ف")) else 1, k, kind, 2, n[0],
                      False, cue, False))
    spans.sort()
    for first, last, skip, _i, kind, value, unit, approx, cue, joined in spans:
        ns, ne = toks[first].s + skip, toks[last].e
        s, e = nt.span_to_original(ns, ne)
        if s < start or e > end:
            continue
        if doc is not None and doc.in_boilerplate(s, e):
            continue
        cue_span = nt.span_to_original(toks[cue[0]].s, toks[cue[1] - 1].e) if cue else None
        out.append(Quantity(s, e, text[s:e], kind, value, unit, approx, cue_span, joined))
    return out


def _joined_by_and(sc: "_Scanner", prev_last: int, first: int, skip: int) -> bool:
    """The count at ``first`` follows the one ending at ``prev_last`` across a bare و."""
    if first == prev_last + 2 and sc.t(prev_last + 1) == "و":
        return True  # 6 جنود و 4
    return first == prev_last + 1 and skip == 1 and sc.t(first)[:1] == "و"  # 6 جنود وأربعة


def _is_number_word(w: str, R: _CRes) -> bool:
    return w in R.units or w in R.tens or w in R.hundreds or w in R.scales or w in R.approximate or w in R.teen_first


def _is_dual_form(rest: str, lemma_n: str) -> bool:
    """شخصين / قتيلين / طائرتين: lemma + ين/ان (ta marbuta becomes ت). Nouns with a sound
    masculine plural (مقاتلون، مدنيون) spell plural and dual alike, so they are left out."""
    return _n(lemma_n + "ون") not in _cres().nouns


def plover_counts(quantities: list[Quantity]) -> dict[str, int]:
    """PLOVER size fields from quantities: per kind (killed / injured / arrested / size), counts
    joined by و under one cue are added (6 جنود و4 شرطيين = 10), and the largest such toll is
    kept (several reports of one toll are usually one figure restated or a part of it)."""
    out: dict[str, int] = {}
    run: dict[str, int] = {}
    for q in quantities:
        if q.kind not in ("killed", "injured", "arrested", "size"):
            continue
        run[q.kind] = run.get(q.kind, 0) + q.value if q.joined else q.value
        out[q.kind] = max(out.get(q.kind, 0), run[q.kind])
    return out


def quantities_stage(doc, config) -> None:
    """Add layer "quantities": Span label = kind, attrs value, unit, approx (and cue text)."""
    spans = []
    for q in find_quantities(doc):
        attrs = q.as_attrs()
        if q.cue:
            attrs["cue"] = doc.text[q.cue[0]:q.cue[1]]
        spans.append(doc.span(q.start, q.end, label=q.kind, **attrs))
    doc.set_layer("quantities", spans)
