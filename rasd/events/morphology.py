"""Readings of an Arabic word without its clitics, as the event lexicons and rules look words up.

``WordKeys`` gives a token's noun keys (the word without conjunction, preposition, article or
pronoun suffix: والهجمات -> هجمات) and verb keys (candidate lemmas after removing tense and
person affixes: سيهاجمون -> هاجم, يتهم -> اتهم). The suffix inventories are word classes of
``resources/events/wordclasses.tsv``; each ``WordKeys`` keeps its own per-word memos, since
the keys depend on those classes. ``bare_word`` (a word normalised, without a leading و/ف)
depends on nothing loaded and is memoised once per process.
"""
from __future__ import annotations

from typing import Sequence

from ..text.memo import WordMemo
from ..text.normalize import normalize, strip_conjunction

# Letters of the proclitics and of the imperfect prefix (a character map, not a word list):
# conjunctions و ف, prepositions ب ل ك, imperfect prefixes ي ت ن ا.
CONJ = "وف"
PREP = "بلك"
IMPERF = "يتنا"
# Tanwin marks: a word written with one (دعماً) is a noun, never a verb.
_TANWIN = ("\u064b", "\u064c", "\u064d")
# Diacritics stripped before looking at a word's last letter (ta marbuta).
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"

# The last letters of a defective verb's lemma (ى written ي once normalised, and ا): نفى، دعا.
_WEAK_FINALS = ("ي", "ا")
# An alef written with a hamza (أ إ آ): normalised to ا, so a plain ا is told from it on the word as
# written. A verb's letters after an imperfect prefix never start with a plain ا (يأمر، نأمل; ناصر
# is a name or "our supporter", no نـ + أصر), and a defective verb's ا is never kept before ت
# (دعت، not دعات: ودعاته is "and its preachers", دعاة + ه).
_HAMZA_ALEFS = "أإآ"  # a character map, like IMPERF
# A final hamza written on its seat before a suffix (لقائه، بنائه): ي or و once normalised.
_SEATED_HAMZA = ("ي", "و")

_BARE = WordMemo(lambda word: strip_conjunction(normalize(word)))


def bare_word(word: str) -> str:
    """A word normalised, without a leading و or ف (taken off words longer than three letters)."""
    return _BARE[word]


class WordKeys:
    """Noun and verb keys of words (``keys.noun[word]``, ``keys.verb[word]``: frozensets of
    normalised readings) and of tokens (``keys.token(text, arabic)``: noun keys, verb keys and the
    normalised form), each computed once per word.

    ``pronoun_suffixes`` and ``subject_suffixes`` are tried in their order (longest first: the
    first that fits is taken off); ``past_only_suffixes`` are subject suffixes an imperfect never
    has; ``noun_endings`` (as written, before normalisation) make a word a noun, never a verb;
    ``imperfect_only_suffixes`` are subject suffixes a past never has (قتلى is no قتل+ي);
    ``weak_drop_suffixes`` are those before which a defective verb drops its last letter (نفت ->
    نفي). A hamza seated on و after an imperfect prefix is read as the lemma's alef (يؤيد -> أيد)
    and a noun's final hamza seated before a pronoun as the hamza (لقائه -> لقاء).
    ``possessed_nouns`` (normalised, ending in ه) are feminine nouns that are not a lexicon verb's
    act noun: their ت before a pronoun is the ta marbuta of a possessive (رحلتها "her trip"), so
    the word is not read as that verb's past with an object (رحّلتها "she deported her").
    ``said_passives`` are hollow verbs of form I (قال) whose passive imperfect (يقال) is not read as
    the form IV verb spelt with its letters (أقال "dismissed")."""

    __slots__ = ("pron", "subj", "past_only", "imperfect_only", "noun_endings", "weak_drop", "possessed", "said_passives",
                 "noun",
                 "verb", "_arabic", "_other")

    def __init__(self, pronoun_suffixes: Sequence[str], subject_suffixes: Sequence[str],
                 past_only_suffixes: Sequence[str], noun_endings: Sequence[str],
                 weak_drop_suffixes: Sequence[str] = (), imperfect_only_suffixes: Sequence[str] = (),
                 possessed_nouns: Sequence[str] = (), said_passives: Sequence[str] = ()):
        self.possessed = frozenset(possessed_nouns)
        self.said_passives = frozenset(said_passives)
        self.weak_drop = frozenset(weak_drop_suffixes)
        self.imperfect_only = frozenset(imperfect_only_suffixes)
        self.pron = tuple(pronoun_suffixes)
        self.subj = tuple(subject_suffixes)
        self.past_only = frozenset(past_only_suffixes)
        self.noun_endings = tuple(noun_endings)
        self.noun = WordMemo(self._noun_keys)
        self.verb = WordMemo(self._verb_keys)
        self._arabic = WordMemo(self._arabic_token)
        self._other = WordMemo(self._other_token)

    def token(self, text: str, arabic: bool) -> tuple[frozenset, frozenset, str]:
        """(noun keys, verb keys, normalised form) of a token's text; a token that is no Arabic
        word (a number, Latin) is only its normalised form."""
        return self._arabic[text] if arabic else self._other[text]

    def _arabic_token(self, text: str) -> tuple[frozenset, frozenset, str]:
        return self.noun[text], self.verb[text], normalize(text)

    @staticmethod
    def _other_token(text: str) -> tuple[frozenset, frozenset, str]:
        n = normalize(text)
        return frozenset({n}), frozenset({n}), n

    def _noun_keys(self, word: str) -> frozenset:
        """Normalised forms of a noun token with clitics removed (all plausible readings)."""
        pron = self.pron
        w = normalize(word)
        ta_marbuta = word.rstrip(_DIACRITICS).endswith("ة")
        out = {w}
        stack = [w]
        if len(w) > 3 and w[0] in CONJ:
            stack.append(w[1:])
        for v in list(stack):
            if len(v) > 3 and v[0] in PREP:
                stack.append(v[1:])
            if v.startswith("لل") and len(v) > 4:
                stack.append(v[2:])
        for v in list(stack):
            if v.startswith("ال") and len(v) > 4:
                stack.append(v[2:])
        for v in list(stack):
            out.add(v)
            if not v.endswith(pron):
                continue  # most words: no pronoun suffix to try
            for suf in pron:
                if suf == "ه" and ta_marbuta:
                    break  # مسلحة is not مسلح + ه
                if v.endswith(suf) and len(v) - len(suf) >= 3:
                    base = v[: -len(suf)]
                    out.add(base)
                    if base.endswith("ت"):
                        out.add(base[:-1] + "ه")  # هجمته -> هجمه
                    elif base.endswith(_SEATED_HAMZA) and base[-2:-1] == "ا":
                        out.add(base[:-1] + "ء")  # لقائه -> لقاي -> لقاء: a final hamza seated before a suffix
                    break
        return frozenset(out)

    def _verb_keys(self, word: str) -> frozenset:
        """Candidate lemmas (3rd person masculine past, normalised) of a verb token."""
        pron, subj, past_only = self.pron, self.subj, self.past_only
        w = normalize(word)
        if word.endswith(self.noun_endings) or any(t in word for t in _TANWIN):
            return frozenset()  # a noun: ta marbuta, a feminine plural or tanwin (دعماً) is never a verb
        bases = {w}
        if len(w) > 3 and w[0] in CONJ:
            bases.add(w[1:])
        for b in list(bases):
            if len(b) > 3 and b[0] == "ل" and b[1] in IMPERF:  # ليهاجم
                bases.add(b[1:])
        for b in list(bases):
            if len(b) > 3 and b[0] == "س" and b[1] in IMPERF:  # سيهاجم
                bases.add(b[1:])
        plain_alef = not any(h in word for h in _HAMZA_ALEFS)  # every ا of the word is written plain
        stems = set()
        for b in bases:
            # form -> (read as an imperfect (its prefix taken off), its first ا stands for the prefix)
            forms = {b: (False, False)}
            if len(b) > 3 and b[0] in IMPERF and not (b[1] == "ا" and plain_alef):
                forms.setdefault(b[1:], (True, False))
                forms.setdefault("ا" + b[1:], (True, True))  # يتهم -> اتهم, ينسحب -> انسحب (اتهمت stays a past)
                if b[1] == "و" and len(b) > 3:
                    forms.setdefault("ا" + b[2:], (True, True))  # يؤيد -> يويد -> ايد: a hamza seated on و
            for f, (imperfect, alef_prefix) in forms.items():
                if alef_prefix and len(f) >= 4 and f[2] == "ا" and f[1:4] in self.said_passives:
                    # an imperfect with ا of a hollow verb (يُفال) is the passive of form I or of
                    # form IV (أفال, whose active imperfect has ي: أقال -> يقيل); where form I is a
                    # listed verb of saying, its impersonal passive is the reading (يقال "it is
                    # said", not "is dismissed"); others stay form IV's passive (يحال "is referred")
                    continue
                stems.add(f)
                # object pronoun, then subject suffix (هاجموها -> هاجموا -> هاجم); the endswith tests
                # on the whole suffix tuples spare the loops for words with neither
                objectless = [f]
                if f.endswith(pron):
                    objectless += [f[: -len(p)] for p in pron if f.endswith(p) and len(f) - len(p) >= 2]
                for n, g in enumerate(objectless):
                    stems.add(g)
                    if n and g.endswith("ت") and g[:-1] + "ه" in self.possessed:
                        continue  # رحلتها: رحلة + ها, no past + ت + ها
                    if n and g.endswith("ا") and len(g) >= 3:
                        # a defective verb's alif maqsura is written ا before an object pronoun
                        # (أجراها، ألقاه، دعاهم): the lemma ends in ى (اجري، القي)
                        stems.add(g[:-1] + "ي")
                    if g.endswith(subj):
                        for s in subj:
                            if g.endswith(s) and len(g) - len(s) >= 2 and not (imperfect and s in past_only) \
                                    and not (not imperfect and s in self.imperfect_only):
                                stem = g[: -len(s)]
                                if s in self.weak_drop and stem.endswith("ا") and plain_alef:
                                    continue  # دعات is no دعا + ت: the ا drops (دعت); دعاة + ه
                                stems.add(stem)
                                if s in self.weak_drop:
                                    # a defective verb loses its last letter before the suffix (نفت ->
                                    # نفي، دعت -> دعا، التقت -> التقى، ينفون -> نفي)
                                    stems.update(stem + w for w in _WEAK_FINALS)
        return frozenset(s for s in stems if len(s) >= 2)
