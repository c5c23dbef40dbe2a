"""Boilerplate detection on the dev articles and on Saudi-news-like lines written for these tests."""
import time

import pytest

from rasd import Pipeline
from rasd.document import Document
from rasd.text.boilerplate import find_boilerplate

from conftest import DEV_NAMES, dev_gold, dev_text


def lines_of(text, **kw):
    return [(text[s:e], kind) for s, e, kind, _ in find_boilerplate(text, **kw)]


def texts_of(text, **kw):
    return [t for t, _ in lines_of(text, **kw)]


# --- the dev articles ----------------------------------------------------------------------------
def test_founding_example_yields_its_four_lines_with_kinds(istanbul):
    assert lines_of(istanbul) == [
        ("يستضيف بوتين روسيا الحادي عشر الصين في موكب موسكو العسكري الضخم في الميدان الأحمر", "related-headline"),
        ("يقول بايدن ترامب باعتباره “أحمق” من روسيا ، إن المائة يوم الأول لم تكن انتصارًا", "related-headline"),
        ("ساهمت رويترز في هذا التقرير.", "credit"),
        ("شاركها.", "share"),
    ]


@pytest.mark.parametrize("name", DEV_NAMES)
def test_dev_article_boilerplate_is_exactly_the_gold(name):
    assert texts_of(dev_text(name)) == dev_gold(name)["boilerplate"]


def test_unpunctuated_long_body_paragraph_is_not_a_headline(istanbul):
    # "بموجب هذا المسودة ... والولايات المتحدة" has no final stop but is a paragraph of the story
    assert not any(t.startswith("بموجب هذا المسودة") for t in texts_of(istanbul))


def test_titles_of_saudi_articles_are_not_boilerplate():
    text = dev_text("barzani-isis")
    first = text.splitlines()[0]
    assert first not in texts_of(text)


def test_every_span_has_a_reason_and_indexes_the_text(istanbul):
    doc = Pipeline(stages=["sentences", "boilerplate"])(Document(istanbul, id="istanbul-talks"))
    spans = doc.layer("boilerplate")
    assert len(spans) == 4 and not doc.check_spans()
    assert all(s.get("reason") for s in spans)
    assert all(istanbul[s.start:s.end] == s.text for s in spans)


# --- related headlines on a story written for the tests --------------------------------------------
STORY = "\n\n".join([
    "وزارة النقل تعلن خطة لتوسعة الطرق في المنطقة الشرقية",
    "أعلنت وزارة النقل أمس خطة جديدة لتوسعة الطرق السريعة في المنطقة الشرقية، تشمل إنشاء جسور وأنفاق "
    "جديدة خلال العامين المقبلين.",
    "وقال المتحدث باسم الوزارة إن المشروع سيخفف الازدحام المروري في مدن الدمام والخبر والظهران بشكل ملحوظ.",
    "يفتتح مهرجان الصيف في أبها عروضه الفنية بمشاركة فرق شعبية من عشر دول",
    "وأضاف أن الوزارة ستطرح مناقصات التنفيذ قبل نهاية العام الحالي، على أن تبدأ الأعمال مطلع العام المقبل.",
    "مراحل التنفيذ",
    "الوزارة تطرح مناقصات تنفيذ الجسور والأنفاق الجديدة قبل نهاية العام",
    "وتشمل مناقصات الجسور والأنفاق الجديدة أعمال التصميم والتنفيذ والإشراف على مدى عامين كاملين في المنطقة.",
    "وأوضح أن تكلفة المشروع تبلغ نحو ثلاثة مليارات ريال سعودي تمولها بالكامل",
    "الميزانية العامة للدولة ضمن برنامج تطوير البنية التحتية في مناطق المملكة المختلفة هذا العام.",
    "ساهمت وكالة الأنباء السعودية في هذا التقرير.",
])


def test_a_dropped_headline_of_another_story_is_found():
    assert ("يفتتح مهرجان الصيف في أبها عروضه الفنية بمشاركة فرق شعبية من عشر دول", "related-headline") \
        in lines_of(STORY)


def test_two_dropped_headlines_in_a_row_are_both_found():
    text = STORY.replace(
        "يفتتح مهرجان الصيف في أبها عروضه الفنية بمشاركة فرق شعبية من عشر دول",
        "يفتتح مهرجان الصيف في أبها عروضه الفنية بمشاركة فرق شعبية من عشر دول\n\n"
        "منتخب الشباب يتأهل إلى نهائي البطولة الآسيوية بعد فوزه بركلات الترجيح")
    found = [t for t, kind in lines_of(text) if kind == "related-headline"]
    assert found == ["يفتتح مهرجان الصيف في أبها عروضه الفنية بمشاركة فرق شعبية من عشر دول",
                     "منتخب الشباب يتأهل إلى نهائي البطولة الآسيوية بعد فوزه بركلات الترجيح"]


def test_section_headings_and_the_title_are_body():
    found = texts_of(STORY)
    assert "مراحل التنفيذ" not in found  # too short for a headline
    # a heading whose words the next paragraph repeats announces that paragraph
    assert "الوزارة تطرح مناقصات تنفيذ الجسور والأنفاق الجديدة قبل نهاية العام" not in found
    assert "وزارة النقل تعلن خطة لتوسعة الطرق في المنطقة الشرقية" not in found


def test_a_paragraph_broken_mid_sentence_is_body():
    assert not any(t.startswith("وأوضح أن تكلفة") for t in texts_of(STORY))


def test_a_headline_after_read_also_is_related():
    text = ("أعلنت وزارة الصحة أمس بدء حملة التطعيم الموسمية في جميع المراكز الصحية بالمملكة حتى نهاية الشهر.\n"
            "اقرأ أيضاً:\n"
            "الأمطار تغلق طرقا رئيسية في جازان\n"
            "وأوضحت الوزارة أن الحملة تستهدف كبار السن والأطفال والمصابين بالأمراض المزمنة في المقام الأول.")
    assert lines_of(text)[:2] == [("اقرأ أيضاً:", "read-more"), ("الأمطار تغلق طرقا رئيسية في جازان", "related-headline")]


# --- kinds seen in Saudi newspapers (lines written for the tests) -----------------------------------
@pytest.mark.parametrize("line,kind", [
    ("شارك", "share"),
    ("تويت", "share"),
    ("Share Tweet", "share"),
    ("ساهم مراسلو الوكالة في إعداد هذا التقرير.", "credit"),
    ("* خدمة «لوس أنجليس تايمز»", "credit"),
    ("خاص بـ«الشرق الأوسط»", "credit"),
    ("المصدر: وكالات", "source"),
    ("جميع الحقوق محفوظة © 2015", "copyright"),
    ("الكلمات الدالة: النقل، الطرق، الدمام", "tags"),
    ("اقرأ أيضا: الأمطار تغلق طرقا في جازان", "read-more"),
    ("....المزيد", "read-more"),
    ("مقالات أخرى للكاتبالطرق الجديدةالصيف في أبها", "read-more"),
    ("رابط الخبر في موقع الصحيفة: وزارة الصحة تطلق حملة تطعيم", "read-more"),
    ("تابعونا على تويتر وفيسبوك", "contact"),
    ("للتواصل مع الكاتب: writer@example.com", "contact"),
    ("writer.name@example.com", "contact"),
    ("تويتر: @writer_sa", "contact"),
    ("88500 - Stc", "contact"),
    ("(تصوير: خالد الحربي)", "caption"),
    ("جانب من الاجتماع", "caption"),
    ("واس – الدمام", "dateline"),
    ("الرياضي ـ الطائف", "dateline"),
    ("جدة", "dateline"),
    ("آخر تحديث: 15 مايو 2025", "timestamp"),
    ("Advertisement", "advertisement"),
    ("صورة: غيتي", "caption"),
    ("ذات صلة:", "read-more"),
    ("الرئيس الروسي يتحدث خلال مؤتمر صحفي في موسكو، روسيا، 9 مايو 2025. رويترز / مكسيم شيميتوف / تجمع",
     "caption"),
])
def test_saudi_news_boilerplate_kinds(line, kind):
    text = ("أعلنت وزارة النقل أمس خطة جديدة لتوسعة الطرق السريعة في المنطقة الشرقية خلال العامين المقبلين.\n"
            f"{line}\n"
            "وقال المتحدث باسم الوزارة إن المشروع سيخفف الازدحام المروري في مدن المنطقة بشكل ملحوظ.")
    assert lines_of(text) == [(line, kind)]


@pytest.mark.parametrize("line", [
    "شارك أكثر من ألف متسابق في البطولة التي أقيمت أمس في الرياض.",
    "المصدر الأمني قال إن التحقيقات ما زالت جارية في الحادث.",
    "جانب من المشكلة يعود إلى ضعف التمويل في السنوات الماضية.",
    "سمات الشخصية القيادية",  # "سمات" opens a heading here, not a tag list (not at the tail)
    "وتابع المتحدث أن الوزارة ستعلن التفاصيل لاحقا.",
    "وقال المسؤول في تصريح لـ«الوطن»: إن العمل سيبدأ قريبا.",  # not a dateline: a quote given to the paper
    "خدمة العملاء والمراجعين",  # a service, not a syndication credit
])
def test_body_lines_that_open_like_boilerplate_are_body(line):
    text = ("أعلنت وزارة النقل أمس خطة جديدة لتوسعة الطرق السريعة في المنطقة الشرقية خلال العامين المقبلين.\n"
            f"{line}\n"
            "وقال المتحدث باسم الوزارة إن المشروع سيخفف الازدحام المروري في مدن المنطقة بشكل ملحوظ.\n"
            "وأضاف أن العمل سيبدأ قريبا في المرحلة الأولى من المشروع.\n"
            "ويشمل المشروع أيضا صيانة الطرق القديمة.")
    assert lines_of(text) == []


def test_a_bare_date_is_a_time_stamp_at_the_head_but_data_inside_the_article():
    body = ["أعلنت الكلية أمس أرقام المقبولين في برنامج التدريب الصيفي وتواريخ مراجعتهم للقبول النهائي.",
            "وأوضحت أن على المقبولين مراجعة مقر الكلية في الموعد المحدد لكل منهم مع الوثائق المطلوبة.",
            "أرقام المقبولين وتواريخ المراجعة:", "الأحد 10 شوال 1436", "3601100204", "3601100410",
            "الاثنين 11 شوال 1436", "3601100533", "3601100678", "3601100712",
            "وتبدأ الدراسة مطلع الشهر المقبل في جميع الكليات."]
    assert lines_of("\n".join(body)) == []
    assert lines_of("\n".join(["الأحد 10 شوال 1436"] + body[:2])) == [("الأحد 10 شوال 1436", "timestamp")]


def test_bylines_and_tags_at_the_edges():
    text = ("سعيد العتيبي – الطائف\n"
            "افتتح محافظ الطائف أمس مركزا جديدا للدفاع المدني في حي الشفا بحضور عدد من المسؤولين.\n"
            "وأوضح مدير الدفاع المدني أن المركز سيخدم أكثر من عشرين ألف نسمة في الأحياء المجاورة.\n"
            "سمات الطائف الدفاع المدني")
    assert lines_of(text) == [("سعيد العتيبي – الطائف", "byline"), ("سمات الطائف الدفاع المدني", "tags")]


def test_author_from_metadata_is_a_byline():
    text = "مقال عن الصيف\nيبدأ الصيف في المملكة مبكرا هذا العام بحسب توقعات الأرصاد الجوية.\nفهد السالم"
    assert lines_of(text, author="فهد السالم") == [("فهد السالم", "byline")]


def test_a_dateline_opening_a_paragraph_is_marked_up_to_its_colon():
    text = "الرياض - واس: أعلنت وزارة التعليم أمس نتائج القبول في الجامعات.\nجدة (رويترز) - قال مسؤول إن الميناء يعمل."
    assert lines_of(text) == [("الرياض - واس:", "dateline"), ("جدة (رويترز) -", "dateline")]
    assert texts_of("(CNN) -- قال مسؤولون إن الاجتماع انتهى دون اتفاق.") == ["(CNN) --"]
    # a bracket that is not an outlet is body: "قال (الرئيس) - ..."
    assert texts_of("قال الوزير (السابق) - في كلمته - إن الاتفاق قريب.") == []


def test_slide_show_navigation_is_marked_apart_from_the_body():
    text = "Next Previous عين اليوم – الرياض\nأعلنت أمانة الرياض أمس افتتاح حديقة جديدة في شمال المدينة."
    assert lines_of(text) == [("Next Previous عين اليوم – الرياض", "dateline")]
    text = "Next Previous أعلنت أمانة الرياض أمس افتتاح حديقة جديدة في شمال المدينة."
    assert texts_of(text) == ["Next Previous"]


# --- bad and odd input ---------------------------------------------------------------------------
def test_empty_and_blank_text():
    assert find_boilerplate("") == []
    assert find_boilerplate("\n\n  \r\n") == []


def test_text_without_arabic_has_no_related_headlines():
    text = ("Russia proposed direct talks with Ukraine on Sunday.\n"
            "Putin hosts Xi at a huge military parade in Moscow\n"
            "The Kremlin said the talks should address the root causes of the war.")
    assert find_boilerplate(text) == []


def test_crlf_line_ends_give_the_same_lines_without_the_carriage_return(istanbul):
    crlf = istanbul.replace("\n", "\r\n")
    assert texts_of(crlf) == texts_of(istanbul)
    assert all("\r" not in t for t in texts_of(crlf))


def test_old_mac_cr_line_ends_are_line_ends_too(istanbul):
    assert texts_of(istanbul.replace("\n", "\r")) == texts_of(istanbul)


def test_bidi_marks_at_line_edges_are_not_part_of_the_span():
    text = "أعلنت الوزارة أمس خطة جديدة لتوسعة الطرق في المنطقة الشرقية.\n\u200f...المزيد\u200f"
    assert texts_of(text) == ["...المزيد"]


def test_huge_text_is_processed_in_bounded_time(istanbul):
    # about 4 MB: a detector quadratic in lines or candidates would take minutes here
    big = "\n".join([istanbul] * 500)
    t0 = time.perf_counter()
    spans = find_boilerplate(big)
    assert time.perf_counter() - t0 < 60
    assert sum(1 for s in spans if s[2] == "share") == 500
    assert all(big[s:e].strip() == big[s:e] for s, e, *_ in spans)


# --- the detector's data ------------------------------------------------------------------------

def _rules_with(change):
    import json

    from rasd.resources import Resources

    d = json.loads(Resources.default().text("text", "boilerplate.json"))
    change(d)
    return Resources.default().with_data({"text/boilerplate.json": json.dumps(d, ensure_ascii=False)})


def test_outlet_names_come_from_the_rules_file_of_the_finder():
    from rasd.text.boilerplate import BoilerplateFinder

    text = "الرياض - رصد\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة يضم مئتي سرير.\n"
    assert [k for _, _, k, _ in find_boilerplate(text)] == ["byline"]  # رصد: an author, for all we know
    res = _rules_with(lambda d: d["outlets"]["items"].append("رصد"))
    assert [k for _, _, k, _ in BoilerplateFinder.shared(res).find(text)] == ["dateline"]
    assert [b.label for b in Pipeline(["sentences", "boilerplate"], resources=res)(Document(text)).layer("boilerplate")] \
        == ["dateline"]
    assert [k for _, _, k, _ in find_boilerplate(text)] == ["byline"]  # the shipped rules, unchanged


def test_a_rules_file_without_a_section_or_with_a_broken_pattern_is_an_error_naming_it():
    from rasd.errors import ModelError
    from rasd.text.boilerplate import BoilerplateFinder

    with pytest.raises(ModelError, match=r"text/boilerplate.json is corrupt.*paragraph_openers"):
        BoilerplateFinder.shared(_rules_with(lambda d: d.pop("paragraph_openers")))
    with pytest.raises(ModelError, match=r"text/boilerplate.json is corrupt \(error"):
        BoilerplateFinder.shared(_rules_with(lambda d: d["rules"].append(
            {"kind": "share", "mode": "full", "pattern": "(unclosed", "comment": ""})))
