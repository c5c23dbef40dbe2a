"""Orthographic normalisation and its offset map back to the original text."""
from rasd.text.normalize import normalize, normalize_with_map


def test_hamza_alef_forms_maqsura_and_ta_marbuta_are_unified():
    assert normalize("أإآٱ") == "اااا"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("الدولة") == "الدوله"
    assert normalize("مسؤول") == "مسوول"


def test_diacritics_and_tatweel_are_removed():
    assert normalize("بـ 524") == "ب 524"
    assert normalize("أخيرًا") == "اخيرا"
    assert normalize("مُحَمَّد") == "محمد"


def test_arabic_indic_and_persian_digits_become_ascii():
    assert normalize("٢٠٢٥") == "2025"
    assert normalize("۱۴۰۲") == "1402"
    assert normalize("٣٫٥") == "3.5"


def test_punctuation_and_quote_variants_are_unified():
    assert normalize("«داعش»، “تويتر”؟") == '"داعش", "تويتر"?'
    assert normalize("؛") == ";"


def test_offset_map_points_back_past_removed_diacritics():
    text = "قال مُحَمَّد أخيرًا: نعم"
    nt = normalize_with_map(text)
    i = nt.text.index("محمد")
    s, e = nt.span_to_original(i, i + 4)
    assert text[s:e] == "مُحَمَّد"
    j = nt.text.index("نعم")
    s, e = nt.span_to_original(j, j + 3)
    assert text[s:e] == "نعم"


def test_offset_map_is_identity_when_nothing_is_removed(istanbul):
    body = istanbul.replace("ً", "").replace("ـ", "")
    nt = normalize_with_map(body)
    assert len(nt.text) == len(body)
    assert all(nt.to_original(k) == k for k in range(0, len(body), 97))


def test_every_normalised_character_maps_to_the_original_character_it_came_from(istanbul):
    nt = normalize_with_map(istanbul)
    for k in range(0, len(nt.text)):
        o = nt.to_original(k)
        assert normalize(istanbul[o]) == nt.text[k]


def test_words_sentences_and_articles_normalise_exactly_as_the_character_table(istanbul):
    # normalize takes three ways by length (memo, translate, per-class replace); each must give
    # what the one character table gives, diacritics, bidi marks and Persian letters included
    from rasd.text.normalize import _TABLE, LONG_TEXT, SHORT_TEXT

    sentence = "قالَ الرئيسُ «إنّ المفاوضات‏ مستمرة» يوم ٢٠ آذار ۱۴۰۲، وأكّدت یک مصادر ـ مطّلعة؟"
    for text in (istanbul, sentence, *sentence.split(), sentence[:SHORT_TEXT + 1], sentence[:LONG_TEXT - 1]):
        assert normalize(text) == text.translate(_TABLE)
    assert normalize(sentence) == 'قال الرييس "ان المفاوضات مستمره" يوم 20 اذار 1402, واكدت يك مصادر  مطلعه?'


def test_every_mapped_character_at_every_length_matches_the_table():
    import random

    from rasd.text.normalize import _TABLE

    rng = random.Random(8)
    alphabet = [chr(c) for c in _TABLE] + list("ابتثجحخدسعغفقكلمنهوي \n.,1")
    for length in range(0, 160, 3):
        for _ in range(20):
            text = "".join(rng.choice(alphabet) for _ in range(length))
            assert normalize(text) == text.translate(_TABLE)


# --- HTML character references left by scrapers (real SaudiNewsNet 2015 titles) -------------------
def test_html_references_read_as_their_characters_in_the_view_while_the_text_is_unchanged():
    # alweeam and sabq titles (07-21 1622, 07-21 2650)
    for text, view in [
        ("ليبيا: طائرات عسكرية تُغرق سفينة &#8220;تحمل مقاتلين وذخيرة&#8221; وتهاجم أخرى",
         'ليبيا: طايرات عسكريه تغرق سفينه "تحمل مقاتلين وذخيره" وتهاجم اخري'),
        ("&quot;الجوازات&quot;: أكثر من 354 ألف يمني بالمملكة تم تصحيح أوضاعهم",
         '"الجوازات": اكثر من 354 الف يمني بالمملكه تم تصحيح اوضاعهم'),
        ("شركة سامسونج سي &amp; تي &#39;الكورية&#39;", "شركه سامسونج سي & تي 'الكوريه'"),
    ]:
        nt = normalize_with_map(text)
        assert nt.text == view
        assert nt.original is text


def test_the_offset_map_is_exact_across_references_and_removed_marks():
    text = "قال &quot;مُحَمَّد&quot; إن &#8220;العمل&#8221; مستمر &amp; جيد &#1614;ثم"
    nt = normalize_with_map(text)
    for word, raw in [('"محمد"', "&quot;مُحَمَّد&quot;"), ("محمد", "مُحَمَّد"), ('"العمل"', "&#8220;العمل&#8221;"),
                      ("مستمر & جيد", "مستمر &amp; جيد"), ("ثم", "ثم")]:
        i = nt.text.index(word)
        s, e = nt.span_to_original(i, i + len(word))
        assert text[s:e] == raw
    # a reference to a removed mark (a fatha) leaves nothing in the view
    assert "ثم" in nt.text and "&" not in nt.text.replace("& جيد", "")
    for k in range(len(nt.text)):  # every view character comes from the original character or reference at its offset
        o = nt.to_original(k)
        assert normalize(text[o]) == nt.text[k] or text[o] == "&"


def test_what_is_not_a_reference_stays_as_written():
    from rasd.text.normalize import html_entities

    for text in ("Q&News في العاصمة", "S&P500 ارتفع", "&#0; رمز", "&notaname; كلمة"):
        assert normalize_with_map(text).text == normalize(text)
        assert html_entities(text) == []
