"""Tokenisation into surface tokens, with clitic sub-units as offsets inside each token.

A token's label (and attribute ``kind``) is ``ar`` (an Arabic word: letters, diacritics, tatweel), ``num`` (3.5, 3,4, ٣٫٥), ``lat`` (a
Latin word) or ``punct`` (one mark). Each Arabic token is split into parts (Span label = role):
``conj`` (و ف), ``prep`` (ب ل ك), ``art`` (ال, or the ل of لل), ``stem``, and ``pron`` (pronoun
suffix). The split is decided on normalised forms with word counts from news text
(``resources/lexicon/word_freq.tsv``): a prefix letter is a clitic when the rest is a known word
more frequent than the whole (وأوكرانيا) and part of the stem otherwise (وزير, بلد).
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from pathlib import Path

from ..document import NO_ATTRS, Span
from .normalize import normalize
from .memo import WordMemo
from ..components import Stage

_RES = Path(__file__).resolve().parents[1] / "resources" / "lexicon"

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

PROCLITIC_CONJ = "وف"
PROCLITIC_PREP = "بلك"
# Pronoun suffixes, longest first so هما is tried before ها and ه.
PRON_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه")
# Words that begin with ال but where it is not the article (or must stay whole for lookups).
_NOT_ARTICLE = {"الى", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان", "الا", "اللاتي", "اللواتي", "الان", "الي", "الله"}
# A stem shorter than this after removing a prefix is too short to trust (ب+ن, و+ل).
MIN_STEM = 2


@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    path = _RES / "word_freq.tsv"
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            w, _, n = line.rstrip("\n").partition("\t")
            counts[w] = int(n)
    return counts


def _count(w: str) -> int:
    return word_counts().get(w, 0)


# Words made only of the letters split_clitics keeps (U+0621-U+064A without tatweel U+0640).
_PLAIN_LETTERS = re.compile("[\u0621-\u063F\u0641-\u064A]*")


def split_clitics_of(word: str) -> tuple[tuple[int, int, str], ...]:
    """Parts of an Arabic word as (start, end, role) offsets into ``word`` (``split_clitics``
    is this function remembered per word).

    Offsets count characters of ``word`` itself; diacritics and tatweel stay inside the part they
    follow. Non-Arabic words come back as one stem.
    """
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

    count = word_counts().get
    parts: list[tuple[int, int, str]] = []
    k = 0
    whole = count(skel, 0)
    # conjunction
    if n - 1 >= MIN_STEM + 1 and skel[0] in PROCLITIC_CONJ and _prefix_ok(skel, 1, whole):
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
        elif (skel.startswith("ال", k + 1) and _article_word_ok(skel, k + 1)) \
                or _prefix_ok(skel, k + 1, count(skel[k:], 0)):
            parts.append((pos(k), pos(k + 1), "prep"))
            k += 1
    # article
    if not has_art and skel.startswith("ال", k) and n - k - 2 >= MIN_STEM \
            and skel[k:] not in _NOT_ARTICLE:
        parts.append((pos(k), pos(k + 2), "art"))
        has_art = True
        k += 2
    # pronoun suffix: only without the article (they do not co-occur), and only when the bare
    # stem (with ta marbuta restored) is a more frequent word than the suffixed form.
    end = n
    if not has_art:
        rest = skel[k:]
        rest_count = count(rest, 0)
        for suf in PRON_SUFFIXES:
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


# split_clitics(word): split_clitics_of(word), remembered per word (NER features, boilerplate,
# the search index and tokenize's own memo all ask for it)
_SPLITS = WordMemo(split_clitics_of)
split_clitics = _SPLITS.__getitem__


def _article_word_ok(skel: str, k: int) -> bool:
    """Is skel[k:] (starting with ال) a word of its own after a preposition? Yes unless the whole
    form is a known word and the rest is not: كاليفورنيا is California, not ك + اليفورنيا."""
    return _count(skel[k:]) > 0 or _count(skel[k - 1:]) == 0


def _prefix_ok(skel: str, k: int, whole_count: int) -> bool:
    """Is skel[:k] a clitic? The rest must be a word at least as frequent as the whole form,
    or an article-word, or (for unknown names) the whole form must be unknown too."""
    rest = skel[k:]
    if len(rest) < MIN_STEM:
        return False
    if rest.startswith("ال") and len(rest) > 3:
        return _article_word_ok(skel, k)
    rc = _count(rest)
    # A quarter is enough: وقال is common as a whole but قال is still a frequent word, while the
    # rest of a true stem is rare (وزير -> زير).
    if rc >= 20 and rc * 4 >= whole_count:
        return True
    # Neither form is known: an unknown name after و (وزيلنسكي) is far likelier than an unknown
    # word starting with و; other letters begin many foreign names (بايدن, كاميرون, فرنسا).
    return whole_count == 0 and rc == 0 and skel[0] == "و" and len(rest) >= 4


# Shared read-only attribute maps: most tokens have no clitics and need no dict of their own.
_KIND_ATTRS = {k: MappingProxyType({"kind": k}) for k in ("ar", "num", "lat", "punct")}


_new_span = tuple.__new__  # Span(...) without the Python-level NamedTuple __new__ frame


def _word_parts_of(word: str) -> tuple[tuple[int, int, str, str], ...] | None:
    """split_clitics(word) with each part's text, or None when the word has no clitics."""
    parts = split_clitics(word)
    if len(parts) < 2:
        return None
    return tuple((a, b, word[a:b], role) for a, b, role in parts)


# word -> _word_parts_of(word), looked up for every Arabic token
_WORD_PARTS = WordMemo(_word_parts_of)
_word_parts = _WORD_PARTS.__getitem__


def tokenize(text: str, offset: int = 0) -> list[Span]:
    """Tokens of ``text`` as spans (offsets shifted by ``offset``), Arabic ones with parts."""
    out = []
    append = out.append
    new = _new_span
    word_parts = _word_parts
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


def tokens_stage(doc, config) -> None:
    text = doc.text
    doc.set_layer("tokens", tokenize(text))


class TokensStage(Stage):
    def __call__(self, doc) -> None:
        tokens_stage(doc, {})
