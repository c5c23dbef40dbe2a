"""Tokenisation into surface tokens, with clitic sub-units as offsets inside each token.

A token's label (and attribute ``kind``) is ``ar`` (an Arabic word: letters, diacritics, tatweel), ``num`` (3.5, 3,4, ٣٫٥), ``lat`` (a
Latin word) or ``punct`` (one mark). Each Arabic token is split into parts (Span label = role):
``conj`` (و ف), ``prep`` (ب ل ك), ``art`` (ال, or the ل of لل), ``stem``, and ``pron`` (pronoun
suffix). The split is decided on normalised forms with word counts from news text
(``resources/lexicon/word_freq.tsv``): a prefix letter is a clitic when the rest is a known word
more frequent than the whole (وأوكرانيا) and part of the stem otherwise (وزير, بلد).

A ``Tokenizer`` owns the word counts and the morphology word classes it splits by (pronoun
suffixes, words in ال that take no article: ``resources/text/wordclasses.tsv``) and remembers each
word's split; ``Tokenizer.shared(resources)`` is the one instance per set of data files, used by
the tokens stage and by any stage that splits words (NER features, boilerplate). The module
functions ``tokenize``, ``split_clitics`` and ``word_counts()`` use the shipped data, for callers
outside a pipeline.
"""
from __future__ import annotations

import re
from types import MappingProxyType

from ..document import NO_ATTRS, Span
from ..errors import ModelError
from ..resources import Resources
from .normalize import normalize
from .memo import WordMemo
from ..components import Stage

_AR = "\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670\u0671-\u06D3\u06D5\u06FA-\u06FF\u0640"
# What separates tokens: white space and invisible format characters (bidi marks, zero-width
# joiners, soft hyphen), which are not tokens themselves.
_GAP = r"\s\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
_AR_WORD = rf"[{_AR}]+"
_NUMBER = r"\d+(?:[.,٫٬]\d+)*%?"
_LATIN_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_MARK = rf"[^{_GAP}]"  # any other character is a token of one mark
TOKEN_RE = re.compile(rf"(?P<ar>{_AR_WORD})|(?P<num>{_NUMBER})|(?P<lat>{_LATIN_WORD})|(?P<punct>{_MARK})")
# The same tokens with the gap before each, for tokenize: re.findall gives (gap, ar, num, lat,
# punct) strings without a match object per token, and offsets follow from the lengths. Every
# character outside _GAP starts a token (_MARK takes what the others do not), so the gaps are
# exactly what TOKEN_RE.finditer skips.
_TOKEN_AFTER_GAP_RE = re.compile(rf"([{_GAP}]*)(?:({_AR_WORD})|({_NUMBER})|({_LATIN_WORD})|({_MARK}))")

# The proclitic letters (orthography, not vocabulary: every Arabic word splits by these).
PROCLITIC_CONJ = "وف"
PROCLITIC_PREP = "بلك"
# A stem shorter than this after removing a prefix is too short to trust (ب+ن, و+ل).
MIN_STEM = 2
# A prefix letter is a clitic when the rest of the word is at least this fraction of the whole
# form's count (1/4: وقال 10,945 in news against قال 5,334 still splits) ...
CLITIC_RATIO = 4
# ... except for these letters, rare as clitics, whose rest must be at least as frequent as the
# whole (فيصل 2,086 against يصل 1,114 is a name, not "then he arrives").
RARE_CLITICS = "فك"
# After و/ف, a definite rest seen at least this often in news is a word of its own whatever the
# whole's count (a rarer one may be a chance string: التر in والتر).
MIN_REST = 10

WORD_FREQ = ("lexicon", "word_freq.tsv")


def word_counts(resources: Resources | None = None) -> dict[str, int]:
    """Normalised word -> its count in news text (``resources/lexicon/word_freq.tsv``), read once
    per ``Resources`` (the shipped data when none is given). A stage passes its own resources."""
    res = resources if resources is not None else Resources.default()
    return res.cached(("text", "word_counts"), lambda: _read_word_counts(res))


def _read_word_counts(res: Resources) -> dict[str, int]:
    # Parsed from the file's text rather than Resources.table, which would keep its 111,000 parsed
    # rows (about 14 MB) in memory beside the dict for the life of the process.
    counts: dict[str, int] = {}
    for n, line in enumerate(res.text(*WORD_FREQ).splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        w, _, c = line.partition("\t")
        try:
            counts[w] = int(c)
        except ValueError:
            raise ModelError(f"data file {'/'.join(WORD_FREQ)} line {n}: the count of {w!r} is not a number "
                             f"({c!r}); rebuild it with rasd.train.wordfreq") from None
    return counts


# Words made only of the letters split_clitics keeps (U+0621-U+064A without tatweel U+0640).
_PLAIN_LETTERS = re.compile("[\u0621-\u063F\u0641-\u064A]*")


class Tokenizer:
    """Tokens with clitic parts, split by word counts and the morphology word classes of one set
    of data files; each word's split is remembered (per instance: it depends on the data)."""

    def __init__(self, resources: Resources):
        self.counts = word_counts(resources)
        # pronoun suffixes, tried in file order (longest first: هما before ها and ه)
        self.pron_suffixes: tuple[str, ...] = resources.word_list("text", "pronoun_suffixes")
        # words that begin with ال where it is not the article (or that must stay whole)
        self.not_article: frozenset[str] = resources.word_class("text", "not_article")
        self._splits = WordMemo(self.split_clitics_of)
        # split_clitics(word): split_clitics_of(word), remembered per word (NER features,
        # boilerplate, the search index and tokenize's own memo all ask for it)
        self.split_clitics = self._splits.__getitem__
        # word -> _word_parts_of(word), looked up for every Arabic token
        self._word_parts = WordMemo(self._word_parts_of).__getitem__

    @classmethod
    def shared(cls, resources: Resources) -> "Tokenizer":
        """The one tokenizer of these data files (its memo is shared by every stage using it)."""
        return resources.cached(("text", "Tokenizer"), lambda: cls(resources))

    def split_clitics_of(self, word: str) -> tuple[tuple[int, int, str], ...]:
        """Parts of an Arabic word as (start, end, role) offsets into ``word`` (``split_clitics``
        is this method remembered per word).

        Offsets count characters of ``word`` itself; diacritics and tatweel stay inside the part
        they follow. Non-Arabic words come back as one stem.
        """
        return _split(word, self.counts.get, self.pron_suffixes, self.not_article)

    def _word_parts_of(self, word: str) -> tuple[tuple[int, int, str, str], ...] | None:
        """split_clitics(word) with each part's text, or None when the word has no clitics."""
        parts = self.split_clitics(word)
        if len(parts) < 2:
            return None
        return tuple((a, b, word[a:b], role) for a, b, role in parts)

    def tokenize(self, text: str, offset: int = 0) -> list[Span]:
        """Tokens of ``text`` as spans (offsets shifted by ``offset``), Arabic ones with parts."""
        return _tokenize(text, offset, self._word_parts)


def _split(word: str, count, pron_suffixes: tuple[str, ...], not_article: frozenset[str]
           ) -> tuple[tuple[int, int, str], ...]:
    """Tokenizer.split_clitics_of with its data passed in (``count``: word -> count or 0)."""
    # Work on a skeleton (letters only) and map back, so diacritics never block a split.
    if _PLAIN_LETTERS.fullmatch(word):  # the usual case: letters only, skeleton = word
        idx = range(len(word))
        skel = normalize(word)
    else:
        idx = [i for i, ch in enumerate(word) if "\u0621" <= ch <= "\u064A" and ch != "\u0640"]
        skel = normalize("".join(word[i] for i in idx))
    n = len(skel)
    if n == 0:
        return ((0, len(word), "stem"),)

    def pos(k: int) -> int:  # skeleton offset -> word offset
        return idx[k] if k < n else len(word)

    parts: list[tuple[int, int, str]] = []
    k = 0
    whole = count(skel, 0)
    # conjunction
    if n - 1 >= MIN_STEM + 1 and skel[0] in PROCLITIC_CONJ and _prefix_ok(skel, 1, whole, count):
        parts.append((0, pos(1), "conj"))
        k = 1
    # preposition (ب ل ك), incl. لل = ل + (ا)ل
    has_art = False
    if n - k >= MIN_STEM + 1 and skel[k] in PROCLITIC_PREP:
        if skel[k] == "ل" and skel[k + 1:k + 2] == "ل" and n - k - 2 >= MIN_STEM:
            parts.append((pos(k), pos(k + 1), "prep"))
            parts.append((pos(k + 1), pos(k + 2), "art"))
            has_art = True
            k += 2
        elif (skel.startswith("ال", k + 1) and _article_word_ok(skel, k + 1, count)) \
                or _prefix_ok(skel, k + 1, count(skel[k:], 0), count):
            parts.append((pos(k), pos(k + 1), "prep"))
            k += 1
    # article
    if not has_art and skel.startswith("ال", k) and n - k - 2 >= MIN_STEM \
            and skel[k:] not in not_article:
        parts.append((pos(k), pos(k + 2), "art"))
        has_art = True
        k += 2
    # pronoun suffix: only without the article (they do not co-occur), and only when the bare
    # stem (with ta marbuta restored) is a more frequent word than the suffixed form.
    end = n
    # a final ta marbuta (رابطة, نصرة) is normalised to ه but is never the pronoun ه
    ta_marbuta = word[pos(n - 1)] == "\u0629"
    if not has_art:
        rest = skel[k:]
        rest_count = count(rest, 0)
        for suf in pron_suffixes:
            if ta_marbuta and suf.endswith("ه"):
                continue
            if rest.endswith(suf) and len(rest) - len(suf) >= 3:
                stem = rest[: -len(suf)]
                alt = stem[:-1] + "ه" if stem.endswith("ت") else stem
                if max(count(stem, 0), count(alt, 0)) > max(rest_count, 1) * 2:
                    end = n - len(suf)
                break
    parts.append((pos(k), pos(end) if end < n else len(word), "stem"))
    if end < n:
        parts.append((pos(end), len(word), "pron"))
    return tuple(parts)


def _article_word_ok(skel: str, k: int, count) -> bool:
    """Is skel[k:] (starting with ال) a word of its own after a clitic letter? Yes unless the
    whole form is a known word and the rest is not: كاليفورنيا is California, not ك + اليفورنيا.
    After a conjunction a rare rest must also not be far rarer than the whole (والتر, Walter, 21
    in news, is not و + التر, 3), while a common one may be (والقروية 407 against القروية 12 in
    the set phrase الشؤون البلدية والقروية); after a preposition it may always be (بالقرب 545
    "near" against القرب 32: prepositional phrases are more frequent than their noun)."""
    rest, whole = count(skel[k:], 0), count(skel[k - 1:], 0)
    if whole == 0:
        return True
    if skel[k - 1] in PROCLITIC_CONJ:
        return rest >= MIN_REST or rest * CLITIC_RATIO >= whole
    return rest > 0


def _prefix_ok(skel: str, k: int, whole_count: int, count) -> bool:
    """Is skel[:k] a clitic? The rest must be a word at least as frequent as the whole form,
    or an article-word, or (for unknown names) the whole form must be unknown too."""
    rest = skel[k:]
    if len(rest) < MIN_STEM:
        return False
    if rest.startswith("ال") and len(rest) > 3:
        return _article_word_ok(skel, k, count)
    rc = count(rest, 0)
    # A quarter is enough for و ب ل: وقال is common as a whole but قال is still a frequent word,
    # while the rest of a true stem is rare (وزير -> زير). ف and ك are rare clitics (in news a
    # word takes ف in under 5% of its uses, ك in under 4%, at the 99th percentile): a whole form
    # more frequent than the rest is a word of its own (فيصل, not ف + يصل; كريم, كيري, كأس).
    ratio = 1 if skel[k - 1] in RARE_CLITICS else CLITIC_RATIO
    if rc >= 20 and rc * ratio >= whole_count:
        return True
    # Neither form is known: an unknown name after و (وزيلنسكي) is far likelier than an unknown
    # word starting with و; other letters begin many foreign names (بايدن, كاميرون, فرنسا).
    return whole_count == 0 and rc == 0 and skel[0] == "و" and len(rest) >= 4


# Shared read-only attribute maps: most tokens have no clitics and need no dict of their own.
_KIND_ATTRS = {k: MappingProxyType({"kind": k}) for k in ("ar", "num", "lat", "punct")}


_new_span = tuple.__new__  # Span(...) without the Python-level NamedTuple __new__ frame


def _tokenize(text: str, offset: int, word_parts) -> list[Span]:
    """Tokenizer.tokenize with its remembered word splits passed in (``word_parts``)."""
    out = []
    append = out.append
    new = _new_span
    kinds = _KIND_ATTRS
    ar_attrs, num_attrs, lat_attrs, punct_attrs = kinds["ar"], kinds["num"], kinds["lat"], kinds["punct"]
    pos = offset
    for gap, ar, num, lat, punct in _TOKEN_AFTER_GAP_RE.findall(text):
        s = pos + len(gap) if gap else pos
        if ar:
            pos = s + len(ar)
            parts = word_parts(ar)
            if parts is None:
                append(new(Span, (s, pos, ar, "ar", ar_attrs)))
            else:
                append(new(Span, (s, pos, ar, "ar", {
                    "kind": "ar",
                    "parts": [new(Span, (s + a, s + b, piece, role, NO_ATTRS)) for a, b, piece, role in parts]})))
        elif punct:
            pos = s + 1
            append(new(Span, (s, pos, punct, "punct", punct_attrs)))
        elif num:
            pos = s + len(num)
            append(new(Span, (s, pos, num, "num", num_attrs)))
        else:
            pos = s + len(lat)
            append(new(Span, (s, pos, lat, "lat", lat_attrs)))
    return out


def token_keys(doc, compute: bool = True) -> list[str] | None:
    """``normalize(t.text)`` for every token of ``doc.tokens``, in token order: one list per
    document that the stages after tokenisation (NER features, quote cues, event triggers) can
    share instead of normalising the same tokens again. Token i of a sentence slice
    ``doc.tokens[a:b]`` has key ``token_keys(doc)[a + i]``. Made on first request (one
    normalisation of the joined tokens: no token holds a line break, and normalisation maps no
    character to or from one) and kept as the view "token_keys" while the tokens layer is the
    same list; ``compute=False`` only returns a list an earlier stage made (else None)."""
    toks = doc.tokens
    made = doc.view("token_keys")
    if made is not None and made[0] is toks:
        return made[1]
    if not compute:
        return None
    keys = normalize("\n".join([t.text for t in toks])).split("\n") if toks else []
    if len(keys) != len(toks):  # a token with a line break (a hand-made layer): one by one
        keys = [normalize(t.text) for t in toks]
    doc.set_view("token_keys", (toks, keys))
    return keys


def stem_span(tok: Span) -> tuple[int, int]:
    """Offsets of a token's stem (the token itself when it has no clitics)."""
    for p in tok.attrs.get("parts", ()):
        if p.label == "stem":
            return p.start, p.end
    return tok.start, tok.end


def name_start(tok: Span) -> int:
    """Start of a token without its conjunction/preposition but keeping the article: the start
    of a mention (وأوكرانيا -> أوكرانيا; للأمم -> الأمم is not in the text, so -> أمم)."""
    start = tok.start
    for p in tok.attrs.get("parts", ()):
        if p.label in ("conj", "prep"):
            start = p.end
        elif p.label == "art" and p.text == "ل":  # لل: the article's alef is elided
            start = p.end
    return start


# -- the shipped data's tokenizer, for callers outside a pipeline --------------------------------
def default_tokenizer() -> Tokenizer:
    """The tokenizer of the shipped data files (a stage uses ``Tokenizer.shared(its resources)``)."""
    return Tokenizer.shared(Resources.default())


def tokenize(text: str, offset: int = 0) -> list[Span]:
    """Tokens of ``text`` by the shipped data's tokenizer (see ``Tokenizer.tokenize``)."""
    return default_tokenizer().tokenize(text, offset)


# (the shipped Resources, its tokenizer's remembered split_clitics): NER features ask for a split
# per new word, and finding the tokenizer each time (two look-ups, three calls) cost as much as
# the memo hit itself; a new default Resources (tests may replace it) is noticed by identity
_default_split: list = [None, None]


def split_clitics(word: str) -> tuple[tuple[int, int, str], ...]:
    """Parts of ``word`` by the shipped data's tokenizer (see ``Tokenizer.split_clitics_of``)."""
    res = Resources.default()
    if _default_split[0] is not res:
        _default_split[:] = [res, Tokenizer.shared(res).split_clitics]
    return _default_split[1](word)


class TokensStage(Stage):
    """Adds the layer "tokens" (the view "token_keys" is made by ``token_keys`` on request)."""

    def __init__(self, config, resources: Resources):
        super().__init__(config, resources)
        self.tokenizer = Tokenizer.shared(resources)

    def __call__(self, doc) -> None:
        doc.set_layer("tokens", self.tokenizer.tokenize(doc.text))
