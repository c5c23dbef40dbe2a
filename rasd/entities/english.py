"""English names of entities: from Rasd's lists where they know the entity, else a transliteration.

Every entity of the ``entities`` layer gets attrs ``name_en`` and ``name_en_source``:

- ``"list"``: the entity is known to a list with an English name: a country (the country data of
  ``resources/gazetteers``: places.tsv's Latin name, else countries.tsv's), a place (places.tsv,
  else ``english/places_en.tsv``), a curated person or organisation (``english/curated_en.tsv``),
  an office whose holder the article does not name ("Greek foreign minister", ``offices_en.tsv``),
  or an institution or force described by a nationality adjective ("Turkish forces",
  ``agent_heads_en.tsv``; failing that its actor code read by ``actor_codes.tsv``: TURMIL ->
  "Turkish military").
- ``"transliteration"``: any other name, romanised by the one scheme of docs/english-names.md:
  a news-style, diacritic-free romanisation in which known names and name words are read from
  ``english/known_spellings.tsv`` (short vowels are not written in Arabic) and the rest letter
  by letter.

Titles and other nominal mentions are mentions of their entity and share its English name.
``EnglishNames.find_arabic`` goes the other way, for search: an English name or an actor code ->
the Arabic names and codes of the entities the lists know by it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping, NamedTuple, Sequence

from ..document import Document, Entity
from ..errors import ModelError
from ..resources import Resources
from ..text.lemma import lemma_key, lemma_word
from ..text.memo import WordMemo
from .english_institutions import InstitutionEnglish
from .gazetteer import AREA as GAZETTEERS, SOURCE_RANK, Entry, Gazetteer, load_gazetteer, nkey

AREA = "english"
LIST = "list"
TRANSLATION = "translation"  # an institution's name translated word by word (english_institutions)
TRANSLITERATION = "transliteration"
# A spelling-table phrase is at most this many words long (عبد الفتاح, رأس الخيمة, أم القيوين ...);
# checked against the table when it is loaded.
MAX_PHRASE = 3


class CodeWords(NamedTuple):
    noun: str  # the code read as the head of the phrase ("military")
    modifier: str  # read before another word ("rebel" in "rebel leaders")
    kind: str  # "whole" (a complete code), "role", "belief" (read first)


@dataclass(frozen=True)
class EnglishData:
    """The English-name tables of ``resources/english`` (see its SOURCES.md)."""

    curated: Mapping[str, str]  # curated.tsv key -> English name
    places: Mapping[str, str]  # places.tsv key -> English name (rows without a Latin name)
    demonyms: Mapping[str, str]  # CAMEO country code -> English adjective
    codes: Mapping[str, CodeWords]  # actor code or role code -> its words
    offices: Mapping[str, str]  # role (head) or AREA.role (SAU.head) -> English
    agent_heads: Mapping[str, str]  # normalised agent head (القوات) -> English ("forces")
    spellings: Mapping[tuple[str, ...], str]  # normalised words -> known English spelling
    letters: "LetterScheme"  # how each letter is written (letters.tsv)
    # normalised foreign given names (known_spellings.tsv rows noted "foreign": جورج, مايكل)
    foreign_names: frozenset[str] = frozenset()
    foreign_shape: "ForeignShape | None" = None  # foreign_shape.tsv


def load_english_data(resources: Resources) -> EnglishData:
    """The tables of ``resources/english``; a missing or malformed file is a ModelError naming it."""
    def pairs(name: str) -> dict[str, str]:
        return {r[0].strip(): r[1].strip() for r in resources.table(AREA, name, 2)}

    demonyms = pairs("demonyms.tsv")
    demonyms.update(pairs("demonyms_news.tsv"))
    codes = {r[0].strip(): CodeWords(r[1].strip(), r[2].strip(), r[3].strip())
             for r in resources.table(AREA, "actor_codes.tsv", 4)}
    spelling_rows = list(resources.table(AREA, "known_spellings.tsv", 2))  # read once: spellings and foreign names
    return EnglishData(
        curated=pairs("curated_en.tsv"), places=pairs("places_en.tsv"), demonyms=demonyms, codes=codes,
        offices=pairs("offices_en.tsv"),
        agent_heads={nkey(k): v for k, v in pairs("agent_heads_en.tsv").items()},
        spellings=read_spellings(spelling_rows),
        letters=read_letters(resources.table(AREA, "letters.tsv", 4)),
        foreign_names=frozenset(nkey(r[0].strip()) for r in spelling_rows
                                if len(r) > 2 and r[2].strip() == FOREIGN_NOTE),
        foreign_shape=read_foreign_shape(list(resources.table(AREA, "foreign_shape.tsv", 2))))


def read_spellings(rows: Iterable[Sequence[str]]) -> dict[tuple[str, ...], str]:
    """Normalised word tuple -> spelling; a phrase written twice with two spellings, or longer
    than MAX_PHRASE words, is a ModelError (one name has one spelling)."""
    out: dict[tuple[str, ...], str] = {}
    for r in rows:
        words = tuple(nkey(w) for w in split_name_words(r[0]))
        spelling = r[1].strip()
        if not words or not spelling:
            continue
        if len(words) > MAX_PHRASE:
            raise ModelError(f"{AREA}/known_spellings.tsv: {r[0]!r} has more than {MAX_PHRASE} words")
        if out.get(words, spelling) != spelling:
            raise ModelError(f"{AREA}/known_spellings.tsv: {r[0]!r} is spelled both {out[words]!r} and {spelling!r}")
        out[words] = spelling
    return out


# --- the transliteration scheme (docs/english-names.md) ------------------------------------------

@dataclass(frozen=True)
class LetterScheme:
    """How each letter is written (letters.tsv): its consonant and vowel readings and its class
    (consonant, glottal, seat, vowel, semivowel, ta-marbuta)."""

    consonant: Mapping[str, str]
    vowel: Mapping[str, str]
    kind: Mapping[str, str]


LETTER_CLASSES = ("consonant", "glottal", "seat", "vowel", "semivowel", "ta-marbuta")


def read_letters(rows: Iterable[Sequence[str]]) -> LetterScheme:
    consonant, vowel, kind = {}, {}, {}
    for r in rows:
        letter, cons, vow, cls = (c.strip() for c in r[:4])
        if len(letter) != 1 or cls not in LETTER_CLASSES:
            raise ModelError(f"{AREA}/letters.tsv: bad row {r!r} (one letter; class one of {LETTER_CLASSES})")
        consonant[letter], vowel[letter], kind[letter] = cons, vow, cls
    return LetterScheme(consonant, vowel, kind)


SHADDA = "\u0651"
TANWEEN_FATH = "\u064b"
# Marks dropped before reading a word: the other harakat, tatweel, Quranic marks, superscript
# alef, bidi and zero-width marks (rasd.text.normalize removes the same).
_DROPPED = re.compile("[\u064c-\u0650\u0652-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u0640"
                      "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)}})
# Anything but letters, digits, hyphens, spaces and Arabic marks (harakat, shadda, Quranic marks).
_PUNCTUATION = re.compile("[^\\w\\s\\-\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed]|_")
ARTICLE = "ال"
ALLAH = "الله"
ABD = "عبد"
ABU = "ابو"  # normalised (أبو)
AIN = "ع"
ALEF = "ا"
TA_MARBUTA = "ة"
CONJUNCTION = "و"
WAW = "و"
# A name word that ends in و after a consonant is almost always foreign and ends in -o in English
# (رونالدو Ronaldo, بيدرو Pedro, كاسترو Castro, شينزو Shinzo; Arabic short forms too: عبدو
# Abdo); the few Arabic names so written keep their own spelling from known_spellings.tsv (عمرو
# Amr, أبو Abu). Words of two or three letters are left to the scheme's u: جو Joe, شو Shaw, and
# Arabic words such as حلو (Helou), نحو, whose first two letters are no foreign cluster.
FINAL_O = "o"
FINAL_O_MIN_LETTERS = 3


def split_name_words(name: str) -> list[str]:
    """The words of a name as the spelling table and the scheme read them: punctuation other
    than hyphens dropped, fused compounds written apart (عبدالله -> عبد الله, نصرالله -> نصر الله)."""
    name = _PUNCTUATION.sub(" ", name)
    out = []
    for w in name.translate(_DIGITS).split():
        bare = _DROPPED.sub("", w).replace(SHADDA, "")
        if bare.startswith(ABD + ARTICLE) and len(bare) > 5:
            out += [ABD, bare[3:]]
        elif bare.endswith(ALLAH) and len(bare) > 5 and not bare.startswith(ABD):
            out += [bare[:-4], ALLAH]
        else:
            out.append(w)
    return out


class _Unit(NamedTuple):
    text: str
    vowel: bool  # a vowel (long: written by a letter; else a seat or ta marbuta read as one)
    long: bool = False
    letter: str = ""  # the Arabic letter it reads ("" for what is no letter of the scheme)
    geminate: bool = False  # written with a shadda


def _letters(word: str) -> list[tuple[str, bool]]:
    """(letter, doubled by a shadda) of one word, other marks dropped."""
    out: list[tuple[str, bool]] = []
    for c in _DROPPED.sub("", word):
        if c == SHADDA:
            if out:
                out[-1] = (out[-1][0], True)
        else:
            out.append((c, False))
    return out


def word_units(word: str, scheme: LetterScheme) -> list[_Unit]:
    """The letters of one bare word (no article) as consonant and vowel units (letters.tsv)."""
    letters = _letters(word)
    units: list[_Unit] = []
    n = len(letters)
    for i, (c, twice) in enumerate(letters):
        kind = scheme.kind.get(c)
        prev = letters[i - 1][0] if i else ""
        nxt = letters[i + 1][0] if i + 1 < n else ""
        if kind is None:  # a digit, a Latin letter: as written; tanween's n
            units.append(_Unit("n" if c == TANWEEN_FATH else c, False))
        elif kind == "seat" and (i == 0 and c != "ئ" or c == "ؤ" or c == "ئ" and prev == ALEF):
            units.append(_Unit(scheme.vowel[c], True, letter=c))  # أحمد, إبراهيم, فؤاد, وائل
        elif kind in ("seat", "glottal"):
            if not (c == "ء" and i == n - 1):  # a final hamza is not written (سماء Sama)
                units.append(_Unit("", False, letter=c))
        elif kind == "ta-marbuta":
            units.append(_Unit(scheme.consonant[c], False) if prev == ALEF else _Unit(scheme.vowel[c], True, letter=c))
        elif kind == "vowel" and i == 0:
            units.append(_Unit(scheme.vowel[c], True, letter=c))  # a first alif is a short vowel
        elif kind == "semivowel" and twice and i == n - 1:
            units.append(_Unit(scheme.vowel[c], True, long=True, letter=c))  # the nisba ending ـيّ
        elif kind == "semivowel" and (not units or units[-1].vowel or twice
                                      or scheme.kind.get(nxt) in ("vowel", "semivowel", "ta-marbuta")):
            # و ي are consonants first in the word, after a vowel, before a vowel letter or doubled
            units.append(_Unit(scheme.consonant[c] * (2 if twice else 1), False, letter=c, geminate=twice))
        elif c == WAW and i == n - 1 and n > FINAL_O_MIN_LETTERS and units and not units[-1].vowel:
            units.append(_Unit(FINAL_O, True, long=True, letter=c))  # رونالدو Ronaldo, بيدرو Pedro
        elif kind in ("vowel", "semivowel"):
            units.append(_Unit(scheme.vowel[c], True, long=True, letter=c))
        else:
            t = scheme.consonant[c]
            units.append(_Unit(t + t[-1] if twice else t, False, letter=c, geminate=twice))
    return units


def romanize_word(word: str, scheme: LetterScheme) -> str:
    """One bare Arabic word (no article) by the letter scheme, in lower case.

    Short vowels are not written in Arabic, so one is supplied where a consonant must carry one:
    "a" after a consonant that starts the word or follows a consonant without a vowel, "e" after
    a long a (the فاعل pattern: خالد khaled), "a" after a long u or i. A consonant after a
    supplied vowel, before another consonant, closes the syllable without one (محمد mahmad,
    سلمان salman); a consonant before a vowel or at the end of the word takes none; a doubled
    one (shadda) closes one syllable and opens the next. ع and the hamza seats are written as
    nothing, except ع closing a syllable, which doubles its vowel as English news writes it
    (سعد saad, جعفر jaafar)."""
    units = word_units(word, scheme)
    # a foreign word (its final و read -o: كاسترو) keeps its consonant clusters as written (Kastro,
    # not Kasetro): a European name's clusters are its own, not the Arabic syllables the vowels
    # below supply
    foreign = bool(units) and units[-1].letter == WAW and units[-1].text == FINAL_O
    out: list[str] = []
    state = "start"  # start | onset | short | long-a | long | coda
    for i, u in enumerate(units):
        if u.vowel:
            out.append(u.text)
            state = ("long-a" if u.text == "a" else "long") if u.long else "short"
            continue
        if not u.letter:
            out.append(u.text)  # no letter of the scheme (ة read t, a digit): as written
            state = "onset"
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is None or nxt.vowel or not nxt.letter or foreign and not u.geminate:
            out.append(u.text)  # before a vowel, or last, or in a foreign cluster: no vowel of its own
            state = "onset"
        elif u.geminate or nxt.geminate or state in ("start", "onset", "coda", "long"):
            out.append(u.text + "a")
            state = "short"
        elif state == "short":
            out.append("a" if u.letter == AIN else u.text)
            state = "coda"
        else:  # after a long a
            out.append(u.text + "e")
            state = "short"
    return "".join(out)


# --- foreign names (round ents17) ----------------------------------------------------------------
# Arabic writes a European, Latin American, African or Asian name with a letter for nearly every
# vowel (روبرتو Roberto, دونادوني Donadoni, ليونيل Lionel), and writes none of the Arabic short
# vowels the scheme supplies: read by the Arabic scheme such a name comes out «Rubrto Dunaduni»,
# «Layunil Misi». A person's name is read as foreign (``is_foreign_word``, ``Transliterator``) when
# it has a foreign given name of known_spellings.tsv (noted "foreign") or a word of foreign shape:
FOREIGN_NOTE = "foreign"
# - a letter Arabic lacks, used only for foreign sounds (foreign_shape.tsv: پ p, چ ch, ڤ v ...);
# - an ending of foreign names (foreign_shape.tsv: Slavic ـسكي ـوف ـيتش, Romance ـيو);
# - تش, the way Arabic writes ch (تشافيز Chavez, بوتشيني Puccini): no Arabic word has ت + ش
#   in one syllable;
FOREIGN_CH = "تش"
# - an initial أو + consonant (أوباما Obama, أوري Ori): Arabic names so begun are in the table
#   (أوس Aws); the o of European names;
# - three long-vowel letters inside the word (first and last letter aside, so a nisba ـي or a
#   first ي/و consonant does not count): دونادوني has و ا و, ماتيراتزي ا ي ا; Arabic name
#   patterns carry at most two (سليمان، إسماعيل، الشراحيلي), the fawa'il plurals (مواعيد) name
#   no person;
FOREIGN_MIN_VOWELS = 3
# - a final و after a consonant (FINAL_O: رونالدو, كاسترو).
_LONG = frozenset("اوي")
# Foreign reading of the letters: و ي are the vowels o, i (not u, i with a supplied a: Runaldo),
# غ is g and تش ch (the Arabic spellings of g and ch: فاغنر Wagner, غولن Gulen), a final ـيه
# is e (توريه Toure), and no short vowel is supplied: the Arabic writes the foreign vowels, and a
# consonant cluster stays a cluster unless English cannot say it, where "e" is put in (the
# commonest unwritten vowel of European names: روبرتو Roberto, باستن Basten, تايلر Tayler).
# Two consonants that can begin an English syllable (an onset): a stop or f/th/sh/ch + r, l, w or y;
# s + k, t, p, m, n, l, w (str, spr, skr: s + a stop + r, l).
_ONSET_FIRST = frozenset(("b", "p", "k", "g", "f", "t", "d", "th", "sh", "ch", "v", "kh", "q"))
_ONSET_SECOND = frozenset(("r", "l", "w", "y"))
_S_ONSET = frozenset(("k", "t", "p", "m", "n", "l", "w", "q"))
# a final cluster ending in one of these after a consonant needs a vowel before it (-er, -en, -el,
# -em: تايلر Tayler, باستن Basten, أمسالم Amsalem), except l, n, m after r (Karl, Bern); a final
# cluster of three other consonants takes e before its last two (ستيفنز Stifenz)
_SYLLABIC = frozenset(("r", "l", "n", "m"))
_LIQUIDS = frozenset(("r", "l"))
# Arabic sounds that foreign names lack: a word with one is Arabic (ق ط are kept: Arabic writes
# Turkish and Russian k, t so: قديروف Kadyrov, طولجا Tolga)
ARABIC_ONLY = frozenset("عحصضظ")


class ForeignShape(NamedTuple):
    """foreign_shape.tsv: the letters and endings of foreign names written in Arabic letters."""

    letters: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()


def read_foreign_shape(rows: Iterable[Sequence[str]]) -> ForeignShape:
    letters = {r[1].strip() for r in rows if r[0].strip() == "letter"}
    endings = tuple(sorted({nkey(r[1].strip()) for r in rows if r[0].strip() == "ending"}))
    return ForeignShape(frozenset(letters), endings)


# A word of one or two letters (جو، دي) is too short to show a foreign shape: the scheme reads it.
FOREIGN_MIN_LETTERS = 3
# A word that ends like a foreign name (foreign_shape.tsv) counts only from five letters and without
# a letter of Arabic sounds: the shortest such names are كيروف (Kirov), ماريو; shorter words and words
# with ع ح ص ض ظ that end so are Arabic (رؤوف، وسوف، معروف، عوف: found by the session-29 review, read
# "Ruov", "Wesov" before).
ENDING_MIN_LETTERS = 5


def is_foreign_word(key: str, shape: ForeignShape) -> bool:
    """Whether a normalised word without article (``nkey``) has the shape of a foreign name."""
    if len(key) < FOREIGN_MIN_LETTERS:
        return False
    if shape.letters & set(key) or FOREIGN_CH in key:
        return True
    if key.endswith(shape.endings):
        return len(key) >= ENDING_MIN_LETTERS and not ARABIC_ONLY & set(key)
    if key.startswith(ALEF + WAW) and len(key) > 3 and key[2] not in _LONG:
        return True
    if len(key) > FINAL_O_MIN_LETTERS and key[-1] == WAW and key[-2] not in _LONG:
        return True
    return sum(c in _LONG for c in key[1:-1]) >= FOREIGN_MIN_VOWELS


def _valid_onset(cons: list[str]) -> bool:
    if len(cons) < 2:
        return True
    if len(cons) == 2:
        a, b = cons
        return a in _ONSET_FIRST and b in _ONSET_SECOND or a == "s" and b in _S_ONSET
    return len(cons) == 3 and cons[0] == "s" and cons[1] in ("t", "p", "k") and cons[2] in _LIQUIDS


# A ي between a consonant and a final ز or ل of a foreign word is e, not i: the -ez of Spanish
# surnames (بيريز Perez, تيفيز Tevez, لوبيز Lopez, رودريغيز Rodriguez, فرنانديز Fernandez) and the
# -el of European names (ليونيل Lionel, ميشيل Michel, دانييل Daniel, غابرييل Gabriel); from five
# letters, where the -ez and -el endings are found (shorter words such as بيل Bill, فيل Phil
# are names of one syllable read with i).
FOREIGN_E_BEFORE = frozenset("زل")
FOREIGN_E_MIN_LETTERS = 5


def _foreign_units(word: str, scheme: LetterScheme) -> list[tuple[str, bool]]:
    """(text, is a vowel) of one bare foreign word, letter by letter."""
    letters = [c for c, _ in _letters(word)]
    n = len(letters)
    out: list[tuple[str, bool]] = []
    i = 0
    while i < n:
        c = letters[i]
        nxt = letters[i + 1] if i + 1 < n else ""
        kind = scheme.kind.get(c)
        prev_vowel = bool(out) and out[-1][1]
        if kind is None:
            out.append((c, False))
        elif i == 0 and c in "أاآإ":
            if nxt == WAW and i + 2 < n and letters[i + 2] not in _LONG:
                out.append(("o", True))  # أوباما Obama
                i += 2
                continue
            out.append((scheme.vowel[c], True))
        elif c + nxt == FOREIGN_CH:
            out.append(("ch", False))
            i += 2
            continue
        elif c == "غ":
            out.append(("g", False))
        elif c == WAW:
            # w first, doubled, before a vowel letter, or after a (the diphthong: براون Brawn); else o
            if i == 0 or nxt in ("ا", WAW) or out and out[-1] == ("a", True):
                out.append(("w", False))
            else:
                out.append(("o", True))
        elif kind == "semivowel" and i == 1 and prev_vowel:
            out[-1] = ("i", True)  # إي first: one long i (إيتو Ito, إيكر Iker)
        elif kind == "semivowel":  # ي ی
            if i >= 2 and out[-1] == ("i", True) and letters[i - 1] == c and letters[i - 2] not in _LONG:
                out.append(("e", True))  # يي after a consonant: ie (دييغو Diego, غابرييل Gabriel)
            elif i == 0 or prev_vowel:
                out.append(("y", False))
            elif i == n - 2 and n >= FOREIGN_E_MIN_LETTERS and nxt in FOREIGN_E_BEFORE:
                out.append(("e", True))  # تيفيز Tevez, بيريز Perez, ليونيل Lionel
            elif nxt == "ه" and i + 2 == n:
                out.append(("e", True))  # توريه Toure
                i += 2
                continue
            else:
                out.append(("i", True))
        elif kind == "vowel":
            out.append((scheme.vowel[c], True))
        elif kind == "ta-marbuta":
            out.append(("a", True))
        elif c == "ؤ":
            out.append(("u", True))
        elif kind in ("seat", "glottal"):
            pass  # a hamza or ayn inside a foreign name is not written
        elif c == "ف" and i == n - 1 and out and out[-1] == ("o", True):
            out.append(("v", False))  # the Slavic ending ـوف -ov (قديروف Kadyrov, لافروف Lavrov)
        else:
            t = scheme.consonant[c]
            out.append((t, False))
        i += 1
    return out


def romanize_foreign(word: str, scheme: LetterScheme) -> str:
    """One bare word of a foreign name, in lower case: its written vowels, the consonants as
    clusters, "e" put in only where English could not say the cluster (see above). A word with a
    letter of Arabic sounds foreign names lack (ع ح ص ض ظ) is an Arabic word of the name and is
    read by the Arabic scheme (ميخائيل نعيمة Mikhayel Naima)."""
    if ARABIC_ONLY & set(word):
        return romanize_word(word, scheme)
    units = _foreign_units(word, scheme)
    vowels = [i for i, (_, v) in enumerate(units) if v]
    if not vowels:
        return romanize_word(word, scheme)  # no vowel letter: no foreign shape to keep
    out: list[str] = []
    run: list[str] = []  # the consonants since the last vowel

    def flush(before_vowel: bool, first: bool) -> None:
        if not run:
            return
        cons = list(run)
        if first and before_vowel and not _valid_onset(cons):
            out.append(cons[0] + "e" + "".join(cons[1:]))  # مبيكي Mebiki, فرنادو Fernado
        elif before_vowel and len(cons) >= 3 and not _valid_onset(cons[-2:]) and not _valid_onset(cons[-3:]):
            out.append(cons[0] + "e" + "".join(cons[1:]))  # روبرتو Roberto
        elif not before_vowel and len(cons) >= 2 and cons[-1] in _SYLLABIC and not (
                cons[-2] == "r" and cons[-1] != "r"):
            out.append("".join(cons[:-1]) + "e" + cons[-1])  # تايلر Tayler, باستن Basten
        elif not before_vowel and len(cons) >= 3:
            out.append("".join(cons[:-2]) + "e" + "".join(cons[-2:]))  # ستيفنز Stifenz
        else:
            out.append("".join(cons))
        run.clear()

    seen_vowel = False
    for text, vowel in units:
        if vowel:
            flush(True, not seen_vowel)
            out.append(text)
            seen_vowel = True
        else:
            run.append(text)
    flush(False, False)
    return "".join(out)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


class Transliterator:
    """Names romanised by the scheme: known spellings first (whole phrases, then words, then
    words without their article), the name words' rules, then the letters (``romanize_word``).
    A name is romanised once per instance (``WordMemo``): names recur from article to article."""

    def __init__(self, spellings: Mapping[tuple[str, ...], str], letters: LetterScheme,
                 foreign_names: frozenset[str] = frozenset(), foreign_shape: ForeignShape = ForeignShape()):
        self.spellings = spellings
        self.letters = letters
        self.foreign_names = foreign_names
        self.foreign_shape = foreign_shape
        self.memo = WordMemo(self._romanize_key)

    def __call__(self, name: str, person: bool = False) -> str:
        """``name`` romanised; ``person``: a person's name, where a word after a ta marbuta is a
        family name (نورة الشمري Noura al-Shammari), not the second term of a construct."""
        return self.memo[(name, person)]

    def _romanize_key(self, key: tuple[str, bool]) -> str:
        return self.romanize(*key)

    def romanize(self, name: str, person: bool = False) -> str:
        """``name`` by the scheme (uncached: ``__call__`` remembers)."""
        words = split_name_words(name)
        keys = [nkey(w) for w in words]
        foreign = person and self.is_foreign(keys)
        parts: list[str] = []
        i = 0
        while i < len(words):
            n = self._phrase_at(keys, i)
            if n:
                parts.append(self.spellings[tuple(keys[i:i + n])])
                i += n
                continue
            k = keys[i]
            nxt = keys[i + 1] if i + 1 < len(keys) else ""
            if k == ABD and nxt.startswith(ARTICLE) and len(nxt) > 2 and nxt != ALLAH:
                # عبد + a name of God with the article: one word (عبد الودود -> Abdulwadud)
                parts.append("Abdul" + self._bare(words[i + 1][2:]).lower())
                i += 2
            elif nxt == ALLAH and k != ABD:
                # X + الله: one word (نصر الله -> Nasrallah; عطا الله -> Atallah)
                first = self._word(words[i], k)
                parts.append(first + ("llah" if first[-1:] in "aeiou" else "allah"))
                i += 2
            else:
                parts.append(self._word(words[i], k, foreign, person))
                i += 1
            if not person and words[i - 1].endswith(TA_MARBUTA) and not keys[i - 1].startswith(ARTICLE) \
                    and i < len(keys) and keys[i].startswith(ARTICLE) and parts[-1].endswith("a"):
                parts[-1] += "t"  # the construct: جامعة الملك سعود Jameat al-Malk Saud
        return _capitalised(" ".join(p for p in parts if p).strip(" -"))

    def _phrase_at(self, keys: list[str], i: int) -> int:
        """Length of the longest known phrase starting at word ``i`` (0 when none)."""
        for n in range(min(MAX_PHRASE, len(keys) - i), 0, -1):
            if tuple(keys[i:i + n]) in self.spellings:
                return n
        return 0

    def is_foreign(self, keys: Sequence[str]) -> bool:
        """Whether a person's name (its normalised words) is foreign: it has a foreign given name
        of the table, or a word no table knows of foreign shape (``is_foreign_word``)."""
        return any(k in self.foreign_names or not k.startswith(ARTICLE) and (k,) not in self.spellings
                   and is_foreign_word(k, self.foreign_shape) for k in keys)

    def _word(self, word: str, key: str, foreign: bool = False, person: bool = False) -> str:
        """One word: its known spelling, the article + a known spelling, or the letters (with
        foreign vowels in a foreign name)."""
        known = self.spellings.get((key,))
        if known:
            return known
        if not _ARABIC_LETTER.search(word):
            return word  # Latin, digits: as written
        # (a name of at least three letters after أبو: أبوعلي; not أبوه، أبوي, "his/my father")
        if person and key.startswith(ABU) and len(key) > len(ABU) + 2:
            # أبو written fused to the next name (أبوالسعود, أبوعبدالله, أبومحمد, as Saudi papers
            # often print a kunya): Abu + the name, read as a word of its own
            rest = _DROPPED.sub("", word).replace(SHADDA, "")[len(ABU):]
            return self.spellings[(ABU,)] + " " + self._word(rest, nkey(rest))
        if "-" in word.strip("-"):  # كيم جونغ-أون: each part a word
            return "-".join(self._word(w, nkey(w)) for w in word.split("-") if w)
        bare = _DROPPED.sub("", word).replace(SHADDA, "")
        if bare.startswith(CONJUNCTION) and len(bare) > 3 and (nkey(bare[1:]),) in self.spellings:
            return self.spellings[(nkey(bare[1:]),)]  # وأحمد: "and" + a known name; the name
        if bare.startswith(CONJUNCTION + ARTICLE) and len(bare) > 4:  # وال: "and the" inside a name
            return "wal-" + self._bare(bare[3:])
        if key.startswith(ARTICLE) and len(key) > 3:
            return "al-" + self._bare(bare[2:])
        return self._bare(word, foreign)

    def _bare(self, word: str, foreign: bool = False) -> str:
        """A word without its article: its known spelling, else the letters (foreign vowels in a
        foreign name), capitalised."""
        return self.spellings.get((nkey(word),)) or _capitalised(
            romanize_foreign(word, self.letters) if foreign else romanize_word(word, self.letters))


# --- English names of entities -------------------------------------------------------------------

class EnglishMatch(NamedTuple):
    """An entity the lists know by an English name: what to look for in Arabic text and data."""

    english: str  # the English name that matched
    arabic: tuple[str, ...]  # its Arabic names as the lists write them (first: canonical)
    codes: tuple[str, ...]  # actor codes (and country codes) it carries
    key: str  # gazetteer entry key (cur:houthis, ctry:TUR), or code:TURMIL, spelling:...
    source: str  # LIST or TRANSLITERATION (a Petrarch person romanised by the scheme)


class EnglishNames:
    """English names of entities from the gazetteer's entries and the tables of
    ``resources/english`` (built once per Resources by ``load_english_names``)."""

    def __init__(self, data: EnglishData, gazetteer: Gazetteer, resources: Resources):
        self.data = data
        self.gazetteer = gazetteer
        self.transliterate = Transliterator(data.spellings, data.letters, data.foreign_names,
                                            data.foreign_shape or ForeignShape())
        self.institutions = InstitutionEnglish.from_resources(resources)
        self.by_entry = self._list_names(resources)
        self.country_by_code = {e.code: self.by_entry[k] for k, e in gazetteer.entries.items()
                                if k.startswith("ctry:") and k in self.by_entry}
        # (label, normalised canonical name) -> entry keys, best source first: an entity named
        # by a list entry carries that entry's canonical name (resolve.py)
        canonical: dict[tuple[str, str], list[str]] = {}
        for k, e in gazetteer.entries.items():
            if e.kind == "name":
                canonical.setdefault((e.label, nkey(e.canonical)), []).append(k)
        self.by_canonical = {ck: sorted(ks, key=lambda k: SOURCE_RANK.get(gazetteer.entries[k].source, 9))
                             for ck, ks in canonical.items()}
        self.resources = resources
        self._search_index: list[tuple[frozenset[str], EnglishMatch]] | None = None

    def _list_names(self, resources: Resources) -> dict[str, str]:
        """Entry key -> English name, for countries, places and curated entries."""
        out: dict[str, str] = {}
        for r in resources.table(GAZETTEERS, "countries.tsv", 5):
            latin = [n for n in r[3].split("|") if n]
            if latin:
                out[f"ctry:{r[0]}"] = latin[0]
        for r in resources.table(GAZETTEERS, "places.tsv", 6):
            latin = [n for n in r[5].split("|") if n]
            key = f"ctry:{r[0]}" if f"ctry:{r[0]}" in self.gazetteer.entries else f"place:{r[0]}"
            if latin:
                out[key] = latin[0]  # the news name (Britain, Turkey) before the country data's
            elif r[0] in self.data.places:
                out[key] = self.data.places[r[0]]
        # clubs, leagues and tournaments by their English names (Real Madrid, Al Hilal): read
        # letter by letter a foreign club came out as «Rayal Madrid» (reading 8, 2015-08 sample H)
        for r in resources.table(GAZETTEERS, "clubs.tsv", 5):
            latin = [n for n in (r[5] if len(r) > 5 else "").split("|") if n]
            if latin:
                out[f"club:{r[0]}"] = latin[0]
        for key, name in self.data.curated.items():
            out[f"cur:{key}"] = name
        return out

    # -- one entity --

    def name_for(self, entity: Entity, keys: Sequence[str] = ()) -> tuple[str, str]:
        """(English name, source) of ``entity``; ``keys``: the gazetteer entries of its mentions
        (the ``key`` attrs of their gazetteer mentions), first mention first."""
        entry = self.listed_entry(entity, keys)
        if entry is not None:
            name = self.by_entry.get(entry.key)
            if name:
                return name, LIST
            return self.romanized(entity), TRANSLITERATION
        if not any(m.get("kind") == "name" for m in entity.mentions):
            described = self.describe_nominal(entity, keys)
            if described:
                return described, LIST
        if entity.label != "PER":
            # a country named as an actor or a team (ORG) or an event's party (MISC): the
            # country's English name (الجبل الأسود -> Montenegro, not «Al-Jabl al-Asud»)
            country = self.country_named(entity.name)
            if country:
                return country, LIST
        # a place named by an institution's shape (مسجد, مدينة); a cup or a tournament (MISC)
        # named so (كأس السوبر الإيطالية -> Italian Super Cup)
        if entity.label in ("ORG", "LOC", "MISC"):
            translated = self.translated(entity.name)
            if translated:
                return translated, TRANSLATION
        if entity.label == "ORG":
            described = self.describe_agent(entity.name, entity.attrs.get("code"))
            if described:
                return described, LIST
        return self.romanized(entity), TRANSLITERATION

    def country_named(self, name: str) -> str | None:
        """The English name of the country whose list name ``name`` is, or None."""
        for k in self.by_canonical.get(("LOC", nkey(name)), ()):
            if k.startswith("ctry:") and k in self.by_entry:
                return self.by_entry[k]
        return None

    def translated(self, name: str) -> str | None:
        """An institution's name in English, word by word (``InstitutionEnglish``), or None."""
        def demonym(word: str) -> str:
            iso = self.gazetteer.demonyms.get(lemma_word(word))
            return self.adjective(iso) if iso else ""
        def place(words: str) -> str:
            for k in self.by_canonical.get(("LOC", nkey(words)), ()):
                if self.gazetteer.entries[k].country and k in self.by_entry:
                    return self.by_entry[k]
            return ""
        return self.institutions.translate(name, demonym, lambda words: self.transliterate(words, True), place)

    def romanized(self, entity: Entity) -> str:
        """The entity's name by the scheme; a name of no letter or digit (a stray quotation mark
        the NER took for a name) stays as written rather than empty."""
        return self.transliterate(entity.name, entity.label == "PER") or entity.name.strip() or entity.name

    def listed_entry(self, entity: Entity, keys: Sequence[str] = ()) -> Entry | None:
        """The list entry that names ``entity`` (whose canonical name the entity carries), the
        one among ``keys`` first."""
        found = self.by_canonical.get((entity.label, nkey(entity.name)))
        if not found:
            return None
        country = entity.attrs.get("country")
        if country and len(found) > 1:
            # a name two entries share (عمان: Oman, and Amman the capital of Jordan, round 22):
            # the entry of the entity's own country, whatever entry its mentions matched
            found = [k for k in found if self.gazetteer.entries[k].country == country] or found
        for k in found:
            if k in keys:
                return self.gazetteer.entries[k]
        return self.gazetteer.entries[found[0]]

    def describe_nominal(self, entity: Entity, keys: Sequence[str]) -> str | None:
        """An entity named by a title or an agent phrase only: the office ("Greek foreign
        minister") or the institution ("Turkish forces")."""
        for k in keys:
            e = self.gazetteer.entries.get(k)
            if e is None or e.kind != "nominal":
                continue
            if e.office:
                return self.office_name(e.office)
            return self.describe_agent(entity.name, e.code) or self.describe_code(e.code)
        return None

    def office_name(self, office: str) -> str | None:
        """'RUS.head' -> 'Russian president'; '*.gov' -> 'prime minister'; whole names as listed."""
        whole = self.data.offices.get(office)
        if whole:
            return whole
        area, _, role = office.partition(".")
        role_en = self.data.offices.get(role)
        if not role_en:
            return None
        if area == "*":
            return role_en
        adjective = self.adjective(area)
        return f"{adjective} {role_en}" if adjective else None

    def describe_agent(self, name: str, code: str | None) -> str | None:
        """An institution named by a head and a nationality adjective (القوات التركية, وزارة
        المالية اليونانية) with the actor code of that country: "Turkish forces" when the head
        is listed, else the code's description ("Greek government")."""
        if not code:
            return None
        words = nkey(name).split()
        for k in (2, 1):  # the adjective may be two words (الكورية الشمالية)
            if len(words) <= k:
                continue
            iso = self.gazetteer.demonyms.get(lemma_key(" ".join(words[-k:])))
            if iso is None or not code.startswith(iso):
                continue
            head = self.data.agent_heads.get(" ".join(words[:-k]))
            adjective = self.adjective(iso)
            if head and adjective:
                return f"{adjective} {head}"
            return self.describe_code(code)
        return None

    def adjective(self, country: str) -> str:
        """The English adjective of a country code (news usage first), or its English name."""
        return self.data.demonyms.get(country) or self.country_by_code.get(country, "")

    def describe_code(self, code: str | None) -> str | None:
        """An actor code in English: TURMIL -> 'Turkish military', IGOUNO -> 'United Nations',
        SAUGOVMED -> 'Saudi government media'; None when a part of it is unknown."""
        if not code:
            return None
        codes = self.data.codes
        if code in codes and codes[code].kind == "whole":
            return codes[code].noun
        head, rest = "", code
        prefix = next((p for p in (code[:9], code[:6]) if len(p) < len(code) and p in codes
                       and codes[p].kind == "whole"), None)
        if prefix:
            head, rest = codes[prefix].modifier, code[len(prefix):]
        elif code[:3] in self.gazetteer.countries:
            if len(code) == 3:
                return self.country_by_code.get(code)
            head, rest = self.adjective(code[:3]), code[3:]
            if not head:
                return None
        parts = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        if not parts or any(p not in codes or codes[p].kind == "whole" for p in parts):
            return None
        parts = [p for p in parts if codes[p].kind == "belief"] + [p for p in parts if codes[p].kind != "belief"]
        words = [codes[p].modifier for p in parts[:-1]] + [codes[parts[-1]].noun]
        return " ".join(w for w in [head, *words] if w)

    def annotate(self, doc: Document, entities: Sequence[Entity]) -> None:
        """Set ``name_en`` and ``name_en_source`` on each entity of ``doc`` (the gazetteer
        entries of their mentions read from its ``gazetteer_mentions``)."""
        keys_at = {(s.start, s.end): s.get("key") for s in doc.layer("gazetteer_mentions")}
        for ent in entities:
            keys = [k for k in (keys_at.get((m.start, m.end)) for m in ent.mentions) if k]
            name, source = self.name_for(ent, keys)
            ent.attrs["name_en"] = name
            ent.attrs["name_en_source"] = source


    # -- English -> Arabic, for search --

    def find_arabic(self, query: str, limit: int = 20) -> list[EnglishMatch]:
        """The entities the lists know by an English name or an actor code, best first: every
        word of ``query`` must be a word of the English name (case, accents, "al-" and a plural
        -s aside: "Houthis" finds "Houthi rebels" and "Abdul-Malik al-Houthi"); an actor code
        (TURGOV) finds the entries that carry it and the code's own description."""
        query = query.strip()
        if not query:
            return []
        if CODE_QUERY.fullmatch(query):
            return self._find_code(query)[:limit]
        wanted = english_tokens(query)
        if not wanted:
            return []
        hits = []
        for order, (tokens, match) in enumerate(self.search_index()):
            if wanted <= tokens:
                hits.append((match.source != LIST, len(tokens - wanted), order, match))
        hits.sort(key=lambda h: h[:3])
        return [h[3] for h in hits[:limit]]

    def _find_code(self, code: str) -> list[EnglishMatch]:
        found = [m for _, m in self.search_index() if code in m.codes]
        described = self.describe_code(code)
        if described:
            found.insert(0, EnglishMatch(described, (), (code,), f"code:{code}", LIST))
        return found

    def search_index(self) -> list[tuple[frozenset[str], EnglishMatch]]:
        """(English words, match) of every entity the lists name in English, built on first use
        (search only: analysis never needs it)."""
        if self._search_index is None:
            self._search_index = [(english_tokens(m.english), m) for m in self._index_matches()]
        return self._search_index

    def _index_matches(self) -> Iterable[EnglishMatch]:
        g = self.gazetteer
        latin = self._latin_names()
        for k, e in g.entries.items():
            codes = tuple(dict.fromkeys(c for c in (e.code, *(r[0] for r in e.roles)) if c))
            arabic = tuple(dict.fromkeys((e.canonical, *e.variants)))
            if k in self.by_entry:
                for name in dict.fromkeys((self.by_entry[k], *latin.get(k, ()))):
                    yield EnglishMatch(name, arabic, codes, k, LIST)
            elif k.startswith("agent:"):
                described = self.describe_code(e.code)
                if described:
                    yield EnglishMatch(described, arabic, codes, k, LIST)
            elif k.startswith("pet:"):
                yield EnglishMatch(self.transliterate(e.canonical, True), arabic, codes, k, TRANSLITERATION)
        adjectives: dict[str, list[str]] = {}
        for ar, iso in g.demonyms.items():
            adjectives.setdefault(iso, []).append(ar)
        for iso, ars in adjectives.items():
            if self.adjective(iso):
                yield EnglishMatch(self.adjective(iso), tuple(ars), (iso,), f"demonym:{iso}", LIST)
        spelled: dict[str, list[str]] = {}
        for words, english in self.data.spellings.items():
            spelled.setdefault(english, []).append(" ".join(words))
        for english, ars in spelled.items():
            yield EnglishMatch(english, tuple(ars), (), f"spelling:{english}", TRANSLITERATION)

    def _latin_names(self) -> dict[str, list[str]]:
        """Entry key -> every Latin name the gazetteer data gives it (United Kingdom, Britain)."""
        out: dict[str, list[str]] = {}
        for key, names in ((f"ctry:{r[0]}", r[3]) for r in self.resources.table(GAZETTEERS, "countries.tsv", 5)):
            out.setdefault(key, []).extend(n for n in names.split("|") if n)
        for r in self.resources.table(GAZETTEERS, "places.tsv", 6):
            key = f"ctry:{r[0]}" if f"ctry:{r[0]}" in self.gazetteer.entries else f"place:{r[0]}"
            out.setdefault(key, []).extend(n for n in r[5].split("|") if n)
        return out


# An actor code as a query: upper-case letters in threes (TUR, TURGOV, IGOUNOHLH).
CODE_QUERY = re.compile(r"(?:[A-Z]{3})+")
# Words that do not tell one English name from another ("the", "al-" of al-Qaeda / Al Qaeda).
_NAME_STOPWORDS = frozenset({"the", "of", "and", "al", "el"})


def english_tokens(text: str) -> frozenset[str]:
    """The words of an English name as search compares them: accents off, lower case, "U.S."
    as "us", apostrophes dropped, "al"/"the"/"of" left out, a plural -s dropped."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)|(?<=\b[A-Za-z]\.[A-Za-z])\.", "", text)  # U.S. -> US
    words = re.split(r"[^0-9a-z]+", text.lower().replace("'", "").replace("\u2019", ""))
    out = set()
    for w in words:
        if not w or w in _NAME_STOPWORDS:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return frozenset(out)


def load_english_names(resources: Resources) -> EnglishNames:
    """The English names of ``resources``' lists, built once per ``Resources``; a missing or
    malformed table is a ModelError naming the file."""
    return resources.cached((AREA, "names"), lambda: EnglishNames(
        load_english_data(resources), load_gazetteer(resources), resources))
