"""Sentence segmentation on real news text."""
from rasd.text.sentences import split_sentences

from conftest import dev_text


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_arabic_question_mark_and_full_stop_end_sentences():
    assert sents("هل ستبدأ المحادثات؟ قال المسؤول إنها ستبدأ. وأضاف أنها مهمة") == [
        "هل ستبدأ المحادثات؟", "قال المسؤول إنها ستبدأ.", "وأضاف أنها مهمة"]


def test_arabic_comma_and_semicolon_do_not_end_sentences():
    assert len(sents("قال بوتين، في بيان تلفزيوني؛ إن المحادثات ستبدأ.")) == 1


def test_line_breaks_end_sentences_even_without_punctuation(istanbul):
    out = sents(istanbul)
    assert "يستضيف بوتين روسيا الحادي عشر الصين في موكب موسكو العسكري الضخم في الميدان الأحمر" in out
    assert out[-1] == "شاركها."


def test_decimal_and_thousands_numbers_are_not_boundaries():
    out = sents("ارتفع المؤشر 1.5 في المئة إلى 3,4 مليار. وانخفض النفط.")
    assert out == ["ارتفع المؤشر 1.5 في المئة إلى 3,4 مليار.", "وانخفض النفط."]


def test_one_letter_abbreviation_does_not_end_a_sentence():
    assert len(sents("قال د. محمد العلي إن النتائج جيدة.")) == 1


def test_a_quotation_spanning_sentence_marks_stays_in_one_sentence():
    text = "وقال بوتين “لم تكن روسيا هي التي قطعت المفاوضات في عام 2022. كانت كييف”. “روسيا مستعدة للتفاوض.”"
    out = sents(text)
    assert out[0] == "وقال بوتين “لم تكن روسيا هي التي قطعت المفاوضات في عام 2022. كانت كييف”."
    assert out[1] == "“روسيا مستعدة للتفاوض.”"


def test_guillemet_quote_with_inner_full_stop_is_kept_whole():
    out = sents("وقال الوزير «الوضع صعب. لكننا سننتصر» أمس.")
    assert out == ["وقال الوزير «الوضع صعب. لكننا سننتصر» أمس."]


def test_unbalanced_quote_mark_does_not_swallow_the_paragraph():
    text = "“لقد كان العالم ينتظر هذا. والخطوة الأولى مهمة. " + "كلمة " * 200 + "نهاية."
    assert len(sents(text)) >= 2


def test_latin_single_letter_before_full_stop_ends_the_sentence():
    out = sents("كتب عن X. “لقد كان العالم بأسره ينتظر.”")
    assert out[0] == "كتب عن X."


def test_crlf_line_ends_split_and_are_not_part_of_sentences():
    out = sents("السطر الأول\r\nالسطر الثاني\r\n")
    assert out == ["السطر الأول", "السطر الثاني"]


def test_sentences_of_every_dev_article_cover_all_its_words():
    import re
    for name in ("kerry-gulf-arms", "saleh-mutiny", "migrants-eu"):
        text = dev_text(name)
        covered = "".join(text[s:e] for s, e in split_sentences(text))
        assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)


def test_listed_abbreviations_come_from_the_text_word_classes():
    from rasd.pipeline import Pipeline
    from rasd.document import Document
    from rasd.resources import Resources

    text = "قال الرئيس في رسالة إلى Mr. Smith إن المحادثات مستمرة. وأضاف أنها صعبة."
    assert len(sents(text)) == 2  # Mr. is an abbreviation: no break after it
    classes = Resources.default().text("text", "wordclasses.tsv").replace("sentence_abbreviations\tMr\t", "# ")
    res = Resources.default().with_data({"text/wordclasses.tsv": classes})
    doc = Pipeline(["sentences"], resources=res)(Document(text))
    assert [s.text for s in doc.sentences][0] == "قال الرئيس في رسالة إلى Mr."
    assert len(Pipeline(["sentences"])(Document(text)).sentences) == 2  # the shipped data, unchanged
