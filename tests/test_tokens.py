"""Tokenisation with clitic sub-units on real words."""
import pytest

from rasd.text.tokens import name_start, split_clitics, stem_span, tokenize


def parts(word):
    return [(word[a:b], role) for a, b, role in split_clitics(word)]


@pytest.mark.parametrize("word,expected", [
    ("وأوكرانيا", [("و", "conj"), ("أوكرانيا", "stem")]),
    ("للأمم", [("ل", "prep"), ("ل", "art"), ("أمم", "stem")]),
    ("والولايات", [("و", "conj"), ("ال", "art"), ("ولايات", "stem")]),
    ("لروسيا", [("ل", "prep"), ("روسيا", "stem")]),
    ("وكييف", [("و", "conj"), ("كييف", "stem")]),
    ("قواتها", [("قوات", "stem"), ("ها", "pron")]),
    ("وقال", [("و", "conj"), ("قال", "stem")]),
])
def test_clitics_are_split_off_real_words(word, expected):
    assert parts(word) == expected


@pytest.mark.parametrize("word", ["وزير", "بلد", "فرنسا", "بايدن", "كاميرون", "بوتين", "الى", "التي", "وصل"])
def test_letters_that_belong_to_the_stem_are_not_split(word):
    assert parts(word) == [(word, "stem")]


def test_diacritics_stay_inside_the_part_they_follow():
    word = "وَأُوكرانيا"
    p = parts(word)
    assert p[0][1] == "conj" and "".join(x for x, _ in p) == word


def test_tokens_carry_offsets_and_kinds():
    text = "هاجم أوكرانيا روسيا بـ 524 طائرة، وKYIV 3.5%"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["هاجم", "أوكرانيا", "روسيا", "بـ", "524", "طائرة", "،", "و", "KYIV", "3.5%"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.get("kind") for t in toks][4:] == ["num", "ar", "punct", "ar", "lat", "num"]


def test_name_start_drops_conjunction_and_preposition_but_keeps_the_article():
    text = "وأوكرانيا والولايات للأمم"
    t1, t2, t3 = tokenize(text)
    assert text[name_start(t1):t1.end] == "أوكرانيا"
    assert text[name_start(t2):t2.end] == "الولايات"
    assert text[name_start(t3):t3.end] == "أمم"
    assert text[slice(*stem_span(t2))] == "ولايات"


def test_a_very_long_token_is_one_token():
    word = "ب" * 5000
    toks = tokenize(word)
    assert len(toks) == 1 and toks[0].end == 5000


def test_a_name_starting_with_a_preposition_letter_and_al_is_not_split():
    assert parts("كاليفورنيا") == [("كاليفورنيا", "stem")]
    assert parts("بالقرب") == [("ب", "prep"), ("ال", "art"), ("قرب", "stem")]


def test_invisible_format_characters_are_not_tokens():
    toks = tokenize("المملوكة لشركة \u200fشيفرون\u200e العالمية")
    assert [t.text for t in toks] == ["المملوكة", "لشركة", "شيفرون", "العالمية"]
