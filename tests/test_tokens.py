"""Tokenisation with clitic sub-units on real words."""
import pytest

from rasd.pipeline import Pipeline
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


@pytest.mark.parametrize("word", ["فيصل", "كريم", "كمال", "فريد", "كيري", "كأس", "كامل", "والتر"])
def test_a_rare_clitic_letter_that_begins_a_frequent_word_stays_in_the_stem(word):
    # ف and ك are rare clitics: a whole form more frequent in news than its rest is a word
    # (فيصل, not ف + يصل "then arrives"; كيري Kerry, not ك + يري); والتر (Walter) is not و + التر
    assert parts(word) == [(word, "stem")]


@pytest.mark.parametrize("word,expected", [
    ("فقال", [("ف", "conj"), ("قال", "stem")]),
    ("كذلك", [("ك", "prep"), ("ذلك", "stem")]),
    ("فالرئيس", [("ف", "conj"), ("ال", "art"), ("رئيس", "stem")]),
    ("والرياض", [("و", "conj"), ("ال", "art"), ("رياض", "stem")]),
])
def test_rare_clitic_letters_still_split_where_the_rest_is_the_common_word(word, expected):
    assert parts(word) == expected


def test_names_keep_their_first_letter_in_a_sentence():
    # SaudiNewsNet: "قدم ... الأمير خالد الفيصل شكره"; ANERcorp train: "وزير الخارجية الاميركي كيري"
    text = "استقبل الأمير فيصل بن سلمان الوزير كيري وكريم"
    toks = {t.text: t for t in tokenize(text)}
    assert text[name_start(toks["فيصل"]):toks["فيصل"].end] == "فيصل"
    assert text[name_start(toks["كيري"]):toks["كيري"].end] == "كيري"
    assert text[name_start(toks["وكريم"]):toks["وكريم"].end] == "كريم"


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


def test_tokenize_finds_exactly_the_tokens_of_token_re_around_invisible_marks(istanbul):
    # tokenize reads tokens with the gap before each; the gaps (spaces, bidi marks, soft hyphen,
    # zero-width joiners) must be exactly what TOKEN_RE skips, and offsets must survive a shift
    from rasd.text.tokens import TOKEN_RE

    sentence = ("\u200fقال\u00ad المتحدث\u200c باسم \u202bالخارجية\u202c الأمريكية نيد O'Brien-Smith "
                "إن ٣٫٥٪ من 1,250 شخصاً 🙂 غادروا\ufeff ـ «حلب»…\u2066\n")
    for text in (sentence, istanbul):
        want = [(m.start(), m.end(), m.group(), m.lastgroup) for m in TOKEN_RE.finditer(text)]
        got = tokenize(text)
        assert [(t.start, t.end, t.text, t.label) for t in got] == want
        assert [(t.start, t.end) for t in tokenize(text, offset=100)] == [(s + 100, e + 100) for s, e, *_ in want]
    assert [t.text for t in tokenize(sentence)][:4] == ["قال", "المتحدث", "باسم", "الخارجية"]


def test_token_keys_are_the_normalised_tokens_shared_per_document(istanbul):
    from rasd.document import Document
    from rasd.pipeline import Pipeline
    from rasd.text.normalize import normalize
    from rasd.text.tokens import token_keys

    doc = Pipeline(["sentences", "tokens"])(
        Document("وقالَ المتحدثُ باسم الخارجية «إنّ المفاوضات مستمرة» يوم ٢٠ آذار.\n" + istanbul))
    assert token_keys(doc, compute=False) is None  # nothing made yet: a reader may fall back
    keys = token_keys(doc)
    assert keys == [normalize(t.text) for t in doc.tokens]
    assert keys[:4] == ["وقال", "المتحدث", "باسم", "الخارجيه"] and keys[5] == "ان"
    assert token_keys(doc) is keys and token_keys(doc, compute=False) is keys  # made once
    doc.set_layer("tokens", tokenize("أكّد الوزير"))  # a new tokens layer: keys follow it
    assert token_keys(doc) == ["اكد", "الوزير"]


# --- the tokenizer's data ---------------------------------------------------------------------

def test_the_tokenizer_splits_by_the_word_counts_of_its_own_data():
    from rasd.resources import Resources
    from rasd.text.tokens import Tokenizer

    # وزير is one word in news text; with counts where زير is common and وزير rare, it would be و+زير
    res = Resources.default().with_data({"lexicon/word_freq.tsv": "زير\t1000\nوزير\t10\n"})
    assert [p[2] for p in Tokenizer(res).split_clitics("وزير")] == ["conj", "stem"]
    assert [p[2] for p in Tokenizer.shared(Resources.default()).split_clitics("وزير")] == ["stem"]
    assert [p[2] for p in split_clitics("وزير")] == ["stem"]  # the shipped data, unchanged
    stage = Pipeline(["sentences", "tokens"], resources=res).stage("tokens")
    assert stage.tokenizer.counts == {"زير": 1000, "وزير": 10}


def test_the_pronoun_suffixes_and_article_exceptions_are_word_classes_of_the_text_area():
    from rasd.resources import Resources
    from rasd.text.tokens import Tokenizer

    shipped = Tokenizer.shared(Resources.default())
    assert shipped.pron_suffixes[:2] == ("هما", "كما") and "الله" in shipped.not_article
    # without الله among the exceptions, its ال is read as the article
    classes = Resources.default().text("text", "wordclasses.tsv").replace("not_article\tالله\t", "# ")
    res = Resources.default().with_data({"text/wordclasses.tsv": classes})
    assert [p[2] for p in Tokenizer(res).split_clitics("الله")] == ["art", "stem"]
    assert [p[2] for p in shipped.split_clitics("الله")] == ["stem"]


def test_a_missing_or_corrupt_word_count_file_is_an_error_naming_it(tmp_path):
    from rasd.errors import ModelError
    from rasd.resources import Resources
    from rasd.text.tokens import Tokenizer

    classes = Resources.default().text("text", "wordclasses.tsv")
    with pytest.raises(ModelError, match="lexicon/word_freq.tsv"):
        Tokenizer(Resources(tmp_path, {"text/wordclasses.tsv": classes}))
    with pytest.raises(ModelError, match=r"lexicon/word_freq.tsv.*'قال'.*'many'"):
        Tokenizer(Resources.default().with_data({"lexicon/word_freq.tsv": "قال\tmany\n"}))
