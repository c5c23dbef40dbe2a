"""Machine-translation and scraping debris: flags on spans that a reader would recognise as
translation errors or as what a scraper left behind.

The stage adds a layer "flags" of spans labelled with a kind, each with a ``reason``:

- ``latin-in-arabic``: a Latin-script word standing inside Arabic prose where an Arabic word
  belongs (the founding example's "سلطات KYIV", "بانتهاك Truces المؤقتة", "” Bloodbath “"). Not
  debris: words of the allow-list (``resources/text/latin_allowlist.txt``: X the platform, NATO,
  iPhone ...), lone letters, acronym shapes (capitals, unless the article spells the same name in
  Arabic: KYIV/كييف), brand shapes (inner capitals, a number beside them), runs and lists of Latin
  words (titles and product names), glosses (in brackets, beside their own Arabic transliteration,
  paired with the translation by a dash or slash, closing the phrase they gloss, technical terms),
  names after a classifier noun (شركة، نظام، فيلم ...) or between proper quotation marks, a line
  opening with the word, anything inside a URL, e-mail address, handle or hashtag, or inside
  boilerplate, and any line that is not mostly Arabic. Context words are in ``mtflags.json``.
- ``html-entity``: an HTML character reference left in the text by the scraper ("&quot;",
  "&#8220;", "&amp;"), scraping debris rather than translation debris; the text keeps it, the
  normalised view reads the character it stands for (``rasd.text.normalize.html_entities``).
- ``mistranslation``: a known literal translation of a name (``resources/text/mistranslations.tsv``),
  e.g. الحادي عشر for Xi (only in a name context, not the ordinal of "القرن الحادي عشر") and
  الحقيقة الاجتماعية for Truth Social.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .normalize import html_entities, normalize, normalize_with_map, strip_conjunction
from ..components import Stage
from ..errors import ModelError
from ..resources import Resources

# --- thresholds, each with its reason -----------------------------------------------------------
# A line is Arabic prose when at least this share of its letters is Arabic: the founding example's
# lines with debris are above 0.9; bilingual lines (a name with its English gloss, a list of
# products) fall below and their Latin words are not debris.
ARABIC_SHARE_MIN = 0.7
# Arabic words either side of a Latin word that are checked for being its transliteration
# ("أوبود Ubud", "ماريوت Marriott"): glosses sit right beside the word they gloss.
GLOSS_WINDOW = 3
# Words before a "platform" calque's preposition searched for a posting verb ("كتب ترامب على").
PLATFORM_VERB_WINDOW = 3
# Shortest vowel-class key (see _vowel_key) trusted to say that a capitalised Latin name is
# spelled in Arabic elsewhere in the article: five classes (UKRAINE) rarely meet a common word.
VOWEL_KEY_MIN = 5
# Characters before a calque's first word that its match may start at (fused و/ف + ب/ل/ك and the
# article: "وبالحقيقة" starts 5 before "حقيقة"), plus room to see the boundary after it.
CALQUE_LEFT = 6

_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_BYTES = re.compile(rb"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?(?:-[A-Za-z\u00C0-\u024F]+)*")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652\u0640]+")
_PROTECTED = re.compile(
    r"(?:https?://|www\.)\S+"                      # URLs
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"            # e-mail addresses
    r"|[@#][\w\u0600-\u06FF]+"                     # handles and hashtags
    r"|\b[A-Za-z0-9_.]+@(?![\w.])"                  # a handle whose @ bidi moved to its end
    r"|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|sa|gov|edu|info|io|me|tv|co|uk|ae|eg)\b\S*")  # domains
# Cheap test for lines that may hold one of the above (the full pattern is slow on long lines).
_PROTECTED_HINT = re.compile(r"[@#]|www\.|https?:|\.(?:com|net|org|sa|gov|edu|info|io|me|tv|co|uk|ae|eg)\b")
_VOWELS = set("AEIOUaeiou")


@dataclass(frozen=True)
class MtFlagsData:
    """What the MT-debris finder reads from ``resources/text`` (``latin_allowlist.txt``,
    ``mistranslations.tsv``, ``mtflags.json``), parsed once, with the calque matcher built."""

    allow_exact: frozenset
    allow_fold: frozenset
    calques: tuple  # (normalised phrase, meant, context, note)
    name_words: frozenset
    countries: frozenset
    platform_nouns: frozenset
    platform_preps: frozenset
    platform_verbs: frozenset
    classifiers: frozenset
    languages: frozenset
    tech_prefixes: tuple
    tech_suffixes: tuple
    article_prefixes: tuple  # stripped before a transliteration key, first fitting one in order
    clitic_prefixes: tuple  # stripped before a context-word look-up, first fitting one in order
    calque_re: re.Pattern | None
    cores: tuple
    longest: int
    by_phrase: dict

    @classmethod
    def load(cls, resources: Resources) -> "MtFlagsData":
        exact, fold = set(), set()
        for line in resources.lines("text", "latin_allowlist.txt"):
            w = line.split("#", 1)[0].strip()
            if not w:
                continue
            exact.add(w)
            if len(w) > 1:  # a lone "x" is not the platform X
                fold.add(w.casefold())
        calques = []
        for row in resources.table("text", "mistranslations.tsv", min_columns=2):
            ar, meant, context, note = (row + ["", "", ""])[:4]
            key = normalize(ar)
            if key not in {c[0] for c in calques}:  # spelling variants meet after normalisation
                calques.append((key, meant, context or "always", note))
        ctx = resources.json("text", "mtflags.json")
        try:
            return cls._build(exact, fold, calques, ctx)
        except (KeyError, TypeError) as exc:
            raise ModelError(f"data file text/mtflags.json is corrupt (no {exc}); reinstall Rasd") from None

    @classmethod
    def _build(cls, exact: set, fold: set, calques: list, ctx: dict) -> "MtFlagsData":
        def items(key: str, field: str = "items") -> frozenset:
            return frozenset(normalize(x) for x in ctx[key][field])

        return cls(
            allow_exact=frozenset(exact), allow_fold=frozenset(fold), calques=tuple(calques),
            name_words=items("name_titles"), countries=items("countries"),
            platform_nouns=items("platform_cues", "nouns"), platform_preps=items("platform_cues", "prepositions"),
            platform_verbs=items("platform_verbs"), classifiers=items("classifiers"), languages=items("languages"),
            tech_prefixes=tuple(ctx["technical_affixes"]["prefixes"]),
            tech_suffixes=tuple(ctx["technical_affixes"]["suffixes"]),
            article_prefixes=tuple(ctx["article_prefixes"]["items"]),
            clitic_prefixes=tuple(ctx["clitic_prefixes"]["items"]),
            calque_re=_calque_pattern(calques),
            # each phrase's first word without its article: the literal pre-test of _calque_flags
            cores=tuple(sorted({(c[0][2:] if c[0].startswith("ال") else c[0]).split()[0] for c in calques})),
            longest=max((len(c[0]) for c in calques), default=0) * 2,  # room for extra white space
            by_phrase={c[0]: c for c in calques})


def _calque_pattern(calques: list) -> re.Pattern | None:
    """One pattern for every calque: longest first, any white space between words, the لل form
    of phrases in ال, an optional fused conjunction/preposition before, word boundaries around."""
    if not calques:
        return None

    def words_re(phrase: str) -> str:  # any run of white space between the words
        return r"\s+".join(re.escape(w) for w in phrase.split())

    alts = []
    for ph, *_ in sorted(calques, key=lambda c: -len(c[0])):
        alt = words_re(ph)
        if ph.startswith("ال"):  # لل + stem: the article's alef is elided after ل
            alt = f"(?:{alt}|لل{words_re(ph[2:])})"
        alts.append(alt)
    return re.compile(r"(?<![\w])(?:[وف]?[بلك]?)(" + "|".join(alts) + r")(?![\w])")


# --- transliteration check ------------------------------------------------------------------
# Consonant classes shared by Latin spellings and Arabic transliterations of the same name.
_LAT_CLASS = [("sh", "S"), ("ch", "S"), ("th", "T"), ("ph", "F"), ("kh", "H"), ("gh", "K"), ("ck", "K"), ("qu", "K")]
_LAT_MAP = {"b": "B", "p": "B", "t": "T", "d": "D", "k": "K", "c": "K", "q": "K", "g": "K", "j": "J",
            "s": "S", "z": "S", "x": "KS", "f": "F", "v": "F", "l": "L", "m": "M", "n": "N", "r": "R", "h": "H", "w": ""}
_AR_MAP = {"ب": "B", "ت": "T", "ط": "T", "ث": "T", "د": "D", "ض": "D", "ذ": "D", "ظ": "D", "ك": "K", "ق": "K", "غ": "K",
           "ج": "J", "س": "S", "ص": "S", "ز": "S", "ش": "S", "ف": "F", "ل": "L", "م": "M", "ن": "N", "ر": "R",
           "ه": "H", "ح": "H", "خ": "H", "ع": ""}


def _lat_key(w: str) -> str:
    w = w.lower()
    for a, b in _LAT_CLASS:
        w = w.replace(a, b)
    out = "".join(_LAT_MAP.get(ch, ch if ch.isupper() else "") for ch in w)
    return re.sub(r"(.)\1+", r"\1", out).replace("J", "K")


def _without_prefix(w: str, prefixes: tuple[str, ...]) -> str:
    """``w`` without the first of ``prefixes`` it starts with that leaves three letters at least."""
    for p in prefixes:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _ar_key(w: str, articles: tuple[str, ...]) -> str:
    w = _without_prefix(normalize(w), articles)
    out = "".join(_AR_MAP.get(ch, "") for ch in w)
    return re.sub(r"(.)\1+", r"\1", out).replace("J", "K")


_LAT_VOWEL = {"a": "A", "i": "Y", "y": "Y", "e": "Y", "o": "W", "u": "W", "w": "W"}
_AR_VOWEL = {"ا": "A", "ي": "Y", "و": "W"}


def _full_key(w: str, latin: bool, articles: tuple[str, ...] = ()) -> str:
    """Consonant classes plus long-vowel letters, for an exact "same name" test (``articles``:
    the article forms stripped from an Arabic word)."""
    if latin:
        w = w.lower()
        for a, b in _LAT_CLASS:
            w = w.replace(a, b)
        out = "".join(_LAT_VOWEL.get(ch) or _LAT_MAP.get(ch, ch if ch.isupper() else "") for ch in w)
    else:
        # the article is stripped as written (ال), before normalising: إلينوي keeps its إل
        w = normalize(_without_prefix(w, articles))
        out = "".join(_AR_VOWEL.get(ch) or _AR_MAP.get(ch, "") for ch in w)
    return out.replace("J", "K")


def _vowel_key(key: str) -> str:
    """A full key with every long vowel one class: أوين and Owen meet (VWN -> VN)."""
    return re.sub(r"(.)\1+", r"\1", re.sub("[AYW]", "V", key))


def _translit_match(lat: str, ar: str, articles: tuple[str, ...], adjacent: bool = False) -> bool:
    a, b = _lat_key(lat), _ar_key(ar, articles)
    if len(a) >= 2 and len(b) >= 2:
        if a == b:
            return True
        # one consonant more or less (an elided h, a doubled letter written once) for longer names
        if len(a) >= 4 and abs(len(a) - len(b)) <= 1 and _edit1(a, b):
            return True
    # names carried by their vowels (Owen/أوين, Illinois/إلينوي): compare with vowels, only for
    # the word right beside the Latin one, where a gloss stands
    if adjacent:
        va, vb = _vowel_key(_full_key(lat, True)), _vowel_key(_full_key(ar, False, articles))
        if len(va) >= 2 and (va == vb or (len(va) >= 5 and abs(len(va) - len(vb)) <= 1 and _edit1(va, vb))):
            return True
    return False


def _edit1(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


# --- Latin words ------------------------------------------------------------------------------
def _latin_flags(text: str, skip: list[tuple[int, int]], d: MtFlagsData) -> list[tuple[int, int, str]]:
    """(start, end, reason) of Latin words that look like untranslated debris."""
    # ASCII part first (C speed): most Arabic articles hold no Latin letter at all
    if not _LATIN_BYTES.search(text.encode("ascii", "ignore")):
        return []
    out = []
    arabic_words_cache: _DocWords | None = None
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        if _LATIN_LETTER.search(text, pos, nl):
            line = text[pos:nl]
            ascii_part = line.encode("ascii", "ignore")
            la = len(_LATIN_BYTES.findall(ascii_part))
            # non-ASCII characters stand for Arabic letters (a few are marks and punctuation)
            ar = len(line) - len(ascii_part)
            if ar and ar / (ar + la) >= ARABIC_SHARE_MIN:
                if arabic_words_cache is None:
                    arabic_words_cache = _DocWords(text, d.article_prefixes)
                out += _line_flags(line, pos, d, skip, arabic_words_cache)
        pos = nl + 1
    return out


# A number beside the word, across spaces: model names and titles (Nexus 5, 50 Cent, District 9).
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*[\s\u00a0]*\Z")
_NUMBER_AFTER = re.compile(r"[\s\u00a0]*[\d]")
# The word paired with its translation by a dash or slash ("Source – المصدر", "Thunderbolt/الصاعقة").
_PAIR_AFTER = re.compile(r"[\s\u00a0]*[/–—-]")
# A gloss closes the phrase it glosses: punctuation, a bracket or the end of the line follows it.
# Debris stands inside the clause (the founding example's "سلطات KYIV لاستئناف", "Truces المؤقتة").
_GLOSS_END = re.compile(r"[\s\u00a0]*(?:[،,.؛;:)\]]|\(|$)")
_RUN_GAP = re.compile(r"[\s\-&.,'’]*")
# Between two Latin names of a list: "Lucy وDivergent", "STEP أو IELTS", "CDB، EXIM".
_LIST_GAP = re.compile(r"[\s،,/]*(?:و|أو|او)?[\s،,/]*")
_OPEN_Q = "«“\"'‘„"
_CLOSE_Q = {"«": "»", "“": "”", "\"": "\"", "'": "'", "‘": "’", "„": "“"}


def _bare(w: str, prefixes: tuple[str, ...]) -> str:
    """Normalised Arabic word without a fused و/ب and the article (the first fitting one of
    ``prefixes``), for list lookups."""
    return _without_prefix(normalize(w), prefixes)


def _line_flags(line: str, base: int, d: MtFlagsData, skip, doc_words) -> list[tuple[int, int, str]]:
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(line)] if _PROTECTED_HINT.search(line) else []
    words = [m for m in _LATIN_WORD.finditer(line)
             if not any(s <= m.start() < e for s, e in protected)]
    out = []
    for i, m in enumerate(words):
        w, s, e = m.group(), m.start(), m.end()
        if _inside(skip, base + s, base + e):
            continue
        if _NUMBER_BEFORE.search(line, max(0, s - 16), s) or _NUMBER_AFTER.match(line, e):
            continue  # a name with a number: a model or a title (6s, Nexus 5, District 9, 50 Cent)
        if not line[:s].strip(" \u00a0\t*•-–—"):
            continue  # a line that opens with a Latin name is a title or a list item ("Chappie خيال علمي")
        if _allowed(w, d):
            continue
        # several Latin words in a row, or a list of them, are titles or names (Mobile Request,
        # "Lucy وDivergent", "STEP أو IELTS")
        prev_gap = line[words[i - 1].end():s] if i else None
        next_gap = line[e:words[i + 1].start()] if i + 1 < len(words) else None
        if any(g is not None and (_RUN_GAP.fullmatch(g) or _LIST_GAP.fullmatch(g)) for g in (prev_gap, next_gap)):
            continue
        if _in_brackets(line, s):
            continue  # a gloss: "(lycopene)"
        head = line[:s].rstrip(" \u00a0")
        if head.endswith(("الـ", "ال")):
            continue  # "نظام الـTMS": a term adopted with the Arabic article
        if head.endswith((":", "/", "–", "-", "—")) or _PAIR_AFTER.match(line, e):
            continue  # "ماك: Vienna", "الصاعقة/Thunderbolt", "Source – المصدر": a name or a pair
        if _GLOSS_END.match(line, e) and _ARABIC_LETTER.search(head[-2:] if head else ""):
            continue  # "المقبلات Canapes،": an English gloss closing the Arabic phrase it glosses
        quoted = _quoted(line, s, e)
        if quoted == "proper":
            continue  # «Calpers», "Erawan": a cited name
        before = _ARABIC_WORD.findall(line[max(0, s - 80):s])[-GLOSS_WINDOW:]
        after = _ARABIC_WORD.findall(line[e:e + 80])[:GLOSS_WINDOW]
        if any(_bare(b, d.clitic_prefixes) in d.classifiers or normalize(b) in d.classifiers for b in before):
            continue  # "مؤشر Caixin", "فيلم الخيال العلمي District", "أطلق عليه Kepler"
        if (before and _bare(before[-1], d.clitic_prefixes) in d.languages) or \
                (after and _bare(after[0], d.clitic_prefixes) in d.languages):
            continue  # "Horn بالإنجليزية": a word cited as a word
        near = before + after + [a + b for a, b in zip(before, before[1:])]
        if any(_translit_match(w, a, d.article_prefixes) for a in near) or \
                any(_translit_match(w, a, d.article_prefixes, adjacent=True) for a in (before[-1:] + after[:1])):
            continue  # the Arabic spelling stands beside it: a gloss
        if _technical(w, d):
            continue  # a scientific term glossing the Arabic term beside it
        letters = w.replace("-", "")
        # capitals are an acronym unless the article spells the same name in Arabic (KYIV/كييف);
        # the look-up is only needed for them (it reads every Arabic word of the article once)
        elsewhere = _arabic_elsewhere(w, doc_words) if letters.isupper() else ""
        if letters.isupper() and not elsewhere:
            continue
        out.append((base + s, base + e, _reason(w, elsewhere, quoted == "reversed")))
    return out


def _quoted(line: str, s: int, e: int) -> str:
    """"proper" when the word stands alone between a matching pair of quotation marks,
    "reversed" when between a closing and an opening mark (a machine-translation trace: the
    founding example's "” Bloodbath “"), else ""."""
    i = s
    while i > 0 and line[i - 1] in " \u00a0":
        i -= 1
    j = e
    while j < len(line) and line[j] in " \u00a0":
        j += 1
    if i == 0 or j >= len(line):
        return ""
    a, b = line[i - 1], line[j]
    if a in _OPEN_Q and (_CLOSE_Q.get(a) == b or a == b):
        return "proper"
    if a in "”»’" and b in "“«‘" or (a == "”" and b == "”"):
        return "reversed" if a != b else "proper"
    return ""


# Technical-term test: only long words, where a Greek/Latin affix is telling.
TECHNICAL_MIN_LETTERS = 9


def _technical(w: str, d: MtFlagsData) -> bool:
    low = w.lower()
    if len(low) < TECHNICAL_MIN_LETTERS:
        return False
    return low.startswith(d.tech_prefixes) or low.endswith(d.tech_suffixes)


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Is s:e inside one of ``spans`` (sorted, non-overlapping)?"""
    i = bisect.bisect_right(spans, (s, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= s and e <= spans[i][1]


def _allowed(w: str, d: MtFlagsData) -> bool:
    if w in d.allow_exact or w.casefold() in d.allow_fold:
        return True
    if len(w) == 1:
        return True  # a lone letter: a list label, a variable, or X the platform
    letters = w.replace("-", "").replace("'", "").replace("’", "")
    if letters.isupper() and (len(letters) <= 3 or not (set(letters) & _VOWELS)):
        return True  # acronym shape: BBC, CNRS (longer capitals are judged in context)
    if any(ch.isupper() for ch in letters[1:]) and not letters.isupper():
        return True  # brand shape with inner capitals: iPhone, YouGov, jQuery
    return False


def _in_brackets(line: str, pos: int) -> bool:
    for op, cl in (("(", ")"), ("[", "]")):
        i = line.rfind(op, 0, pos)
        if i >= 0 and line.find(cl, i, pos) < 0 and line.find(cl, pos) >= 0:
            return True
    return False


class _DocWords:
    """The article's Arabic words, keyed by spelling (built on first use, once per text)."""

    def __init__(self, text: str, articles: tuple[str, ...]):
        self.text = text
        self.articles = articles
        self._full: dict[str, str] | None = None
        self._vowel: dict[str, str] = {}

    def find(self, full_key: str) -> str:
        if self._full is None:
            self._full = {}
            for a in set(_ARABIC_WORD.findall(self.text)):
                if len(a) >= 3:
                    k = _full_key(a, False, self.articles)
                    self._full.setdefault(k, a)
                    self._vowel.setdefault(_vowel_key(k), a)
        hit = self._full.get(full_key, "")
        if hit:
            return hit
        # with vowels as one class (UKRAINE / أوكرانيا: VKRVNV), for keys long enough not to
        # meet common words by chance (KYIV's KVF would meet كيف, how)
        vk = _vowel_key(full_key)
        return self._vowel.get(vk, "") if len(vk) >= VOWEL_KEY_MIN else ""


def _arabic_elsewhere(w: str, doc_words: "_DocWords") -> str:
    """An Arabic word of the article that spells the same name (KYIV / كييف), or "".
    The match includes long-vowel letters: consonants alone find some word in any long article
    (كيف, how, for KYIV); with its vowel letters كييف matches."""
    key = _full_key(w, latin=True)
    return doc_words.find(key) if len(key) >= 3 else ""


def _reason(w: str, elsewhere: str, reversed_quotes: bool) -> str:
    if w.replace("-", "").isupper():
        why = f"all-capitals word \"{w}\" in Arabic prose"
    else:
        why = f"English word \"{w}\" left untranslated inside Arabic prose"
    if elsewhere:
        why += f"; the article writes it in Arabic elsewhere ({elsewhere})"
    if reversed_quotes:
        why += "; between reversed quotation marks, a machine-translation trace"
    return why


# --- known mistranslations ---------------------------------------------------------------------
def _calque_flags(text: str, d: MtFlagsData, nt=None) -> list[tuple[int, int, str]]:
    if d.calque_re is None:
        return []
    if nt is None or getattr(nt, "original", None) != text:
        nt = normalize_with_map(text)
    norm = nt.text
    # literal searches for the phrases' first words (C speed) give the places to look; the full
    # pattern (boundaries, fused prepositions) then runs only in a small window around each
    windows = []
    for core in d.cores:
        i = norm.find(core)
        while i >= 0:
            windows.append((max(0, i - CALQUE_LEFT), min(len(norm), i + d.longest + CALQUE_LEFT)))
            i = norm.find(core, i + 1)
    if not windows:
        return []
    matches = {}
    for a, b in windows:
        for m in d.calque_re.finditer(norm, a, b):
            matches.setdefault(m.start(1), m)
    out = []
    by_phrase = d.by_phrase
    for _, m in sorted(matches.items()):
        found = " ".join(m.group(1).split())
        key = found if found in by_phrase else "ال" + found[2:]  # لل form
        cal = by_phrase.get(key)
        if cal is None:
            continue
        _, meant, context, note = cal
        before = norm[max(0, m.start(1) - 120):m.start(1)].split()[-PLATFORM_VERB_WINDOW - 1:]
        after = norm[m.end(1):m.end(1) + 40].split()[:2]
        if context == "name" and not _name_context(before, after, d):
            continue
        if context == "platform" and not _platform_context(norm[m.start():m.start(1)], before, after, d):
            continue
        s, e = nt.span_to_original(m.start(1), m.end(1))
        out.append((s, e, f"literal machine translation of {meant}: {note}"))
    return out


def _strip_conj(w: str) -> str:
    return strip_conjunction(w.strip("\"'«»“”()[]،,.:؛"))


def _name_context(before: list[str], after: list[str], d: MtFlagsData) -> bool:
    prev = _strip_conj(before[-1]) if before else ""
    nxt = _strip_conj(after[0]) if after else ""
    if after and after[0].startswith("ل") and nxt not in d.name_words:
        return False  # "الحادي عشر للهند": an ordinal of something
    return prev in d.countries or prev in d.name_words or nxt in d.name_words or nxt in d.countries


def _platform_context(fused: str, before: list[str], after: list[str], d: MtFlagsData) -> bool:
    if after and _strip_conj(after[0]) == "من":
        return False  # "العاشر من مايو": a date
    if before and before[-1] in d.platform_nouns:
        return True
    prep = fused[-1:] if fused in ("ب", "وب") else (before[-1] if before else "")
    if prep not in d.platform_preps:
        return False
    return any(_strip_conj(w) in d.platform_verbs or w in d.platform_verbs for w in before[:-1])


# --- the stage ----------------------------------------------------------------------------------
class FlagFinder:
    """Finds machine-translation debris with one set of data (``MtFlagsData``)."""

    def __init__(self, data: MtFlagsData):
        self.data = data

    @classmethod
    def shared(cls, resources: Resources) -> "FlagFinder":
        """The finder of these data files."""
        return resources.cached(("text", "FlagFinder"), lambda: cls(MtFlagsData.load(resources)))

    def find(self, text: str, boilerplate: list[tuple[int, int]] = (), normalized=None
             ) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, reason) of machine-translation debris in ``text``, in text order.
        Latin words inside ``boilerplate`` ranges are not flagged (share bars, e-mail lines,
        credits); ``normalized``: the text's normalised view, when the caller has it."""
        if not text:
            return []
        refs = html_entities(text)
        # the letters of a reference ("quot" in "&quot;") are the scraper's, not an untranslated word
        skip = sorted(list(boilerplate) + [(s, e) for s, e, _ in refs])
        out = [(s, e, "latin-in-arabic", r) for s, e, r in _latin_flags(text, skip, self.data)]
        # scraping debris wherever it stands: the text keeps it, the normalised view reads through it
        out += [(s, e, "html-entity", f"HTML character reference left by the scraper: it stands for {ch!r}, "
                 f"which the normalised view reads in its place") for s, e, ch in refs]
        # a calque is debris wherever it stands, boilerplate included: the founding example's
        # الحادي عشر is in a dropped related headline
        out += [(s, e, "mistranslation", r) for s, e, r in _calque_flags(text, self.data, normalized)]
        return sorted(out)


def find_flags(text: str, boilerplate: list[tuple[int, int]] = (), normalized=None) -> list[tuple[int, int, str, str]]:
    """``FlagFinder.find`` with the shipped data."""
    return FlagFinder.shared(Resources.default()).find(text, boilerplate, normalized)


class MtFlagsStage(Stage):
    """Adds the layer "flags" (Latin words in boilerplate are not flagged)."""

    def __init__(self, config, resources: Resources):
        super().__init__(config, resources)
        self.finder = FlagFinder.shared(resources)

    def __call__(self, doc) -> None:
        bp = [(b.start, b.end) for b in doc.layer("boilerplate")]
        flags = self.finder.find(doc.text, bp, doc.view("normalized"))
        doc.set_layer("flags", [doc.span(s, e, label=k, reason=r) for s, e, k, r in flags])
