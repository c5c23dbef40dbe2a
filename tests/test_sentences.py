"""Sentence segmentation on real news text."""
import pytest

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


# --- abbreviations, initials and decimals in real SaudiNewsNet 2015 sentences (day in comments) ---
@pytest.mark.parametrize("text", [
    # a title letter with a fused conjunction (aleqtisadiya, alriyadh 07-21)
    "ولي ولي العهد ود. مساعد العيبان، و د. عادل الطريفي، ود. نزار مدني.",
    "بحضور سلامة السلامة رئيس مركز تمير، وم. عادل الشهري رئيس بلدية تمير، وعدد من المسؤولين.",
    # chains of letters (alriyadh 07-21, aljazirah 07-31)
    "ومدير جامعتي الملك عبدالعزيز وجدة المكلف أ.د. عبدالرحمن اليوبي.",
    "أعلنت داماك العقارية دبي (ش.م.ع.) في عام 2014 نتائجها.",
    # a spaced stop after a title letter (aljazirah 07-22)
    "ومدرب الحراس محمد مناعي و د. مروان قاسم و د . زيد الحويج كجهاز طبي للفريق.",
    # Latin initials spelled in Arabic (aawsat, aleqtisadiya 07-21 and 07-22)
    "عمل في إدارة جورج دبليو. بوش وتولدت بينه وبين جيب بوش علاقة.",
    "في هذا السياق، تساءلت سارة جيه. ميتشيل، الباحثة لدى المعهد الوطني.",
    "وكتبت جي. كيه. رولينج مؤلفة السلسلة القصصية الشهيرة لأول مرة.",
    # decimals the scraper spaced (aawsat 07-22)
    "إن تكلفة دعم الطاقة المتجددة قد تصل الى 1. 9 مليار جنيه استرليني سنويا.",
    "(الدولار يساوي 6404. 0 جنيه استرليني).",
])
def test_abbreviations_initials_and_spaced_decimals_do_not_end_a_sentence(text):
    assert sents(text) == [text]


@pytest.mark.parametrize("text,first", [
    # an acronym spelled letter by letter closes its sentence (aleqtisadiya 07-22)
    ("وبلغت إيراداتها 12 مليار دولار وفقا لبنك إتش إي بي سي. من عام 1996 نمت إيراداتها.",
     "وبلغت إيراداتها 12 مليار دولار وفقا لبنك إتش إي بي سي."),
    # بي is also "with me"; a conjunction opens the next sentence (aawsat 07-21)
    ("وتقدم لي الهدايا التي تليق بي. وحينذاك كان أشد ما أحرص عليه الهدوء.", "وتقدم لي الهدايا التي تليق بي."),
    ("قادرة على التقاط فيديوهات بدقة 4 كيه. ويتوافر في الهاتف عدة مميزات.", "قادرة على التقاط فيديوهات بدقة 4 كيه."),
    # a date before the stop and a list number after it (aleqtisadiya 07-22)
    ("حادث استهداف المصلين في القديح بتاريخ 4/8/1436. 5 - حادث استهداف المصلين في الدمام.",
     "حادث استهداف المصلين في القديح بتاريخ 4/8/1436."),
    # a word whose last letter follows a diacritic is no one-letter initial (dev march14-hezbollah;
    # aawsat 07-31: "شهرًا." ended no sentence before)
    ("ولإغلاق أيّ ثغرةٍ يمكن أن يستغلّوها للقيام بأعمال شغَب. وأن السراي الحكومي خطّ أحمر.",
     "ولإغلاق أيّ ثغرةٍ يمكن أن يستغلّوها للقيام بأعمال شغَب."),
    ("التي تشهد حربًا أهلية مدمرة منذ 19 شهرًا. وكانت الولايات المتحدة لعبت دورا.",
     "التي تشهد حربًا أهلية مدمرة منذ 19 شهرًا."),
    # a tatweel before a spaced stop is no letter (alweeam 07-21)
    ("الملك سلمان بن عبدالعزيز ـ حفظه الله ورعاه ـ . وأضاف أن العمل مستمر.",
     "الملك سلمان بن عبدالعزيز ـ حفظه الله ورعاه ـ ."),
])
def test_stops_after_words_that_look_like_abbreviations_end_the_sentence(text, first):
    assert sents(text)[0] == first and len(sents(text)) == 2


def test_latin_letter_names_come_from_the_text_word_classes():
    from rasd.document import Document
    from rasd.pipeline import Pipeline
    from rasd.resources import Resources

    text = "عمل في إدارة جورج دبليو. بوش سنوات."
    assert len(sents(text)) == 1
    classes = Resources.default().text("text", "wordclasses.tsv").replace("latin_letter_names\tدبليو\t", "# ")
    res = Resources.default().with_data({"text/wordclasses.tsv": classes})
    doc = Pipeline(["sentences"], resources=res)(Document(text))
    assert len(doc.sentences) == 2
