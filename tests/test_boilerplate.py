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


# --- boilerplate glued inside lines: short real excerpts of SaudiNewsNet 2015 (day/index of the ----
# --- record in the comments; never the held-out days) -----------------------------------------------
TITLE = "عنوان الخبر\n"


def pieces(text):
    """The marked strings, and the article without them (what later stages read as body)."""
    marked = find_boilerplate(text)
    body, pos = [], 0
    for s, e, _, _ in marked:
        body.append(text[pos:s])
        pos = e
    body.append(text[pos:])
    return [(text[s:e], kind) for s, e, kind, _ in marked], " ".join("".join(body).split())


@pytest.mark.parametrize("last,tags", [
    # 3alyoum ends about 1,400 articles with its tag list glued to the last paragraph
    ("ومجهزة بدورات مياه مهيأة أيضاً لذوي الاحتياجات الخاصة. سمات أمانة جدة حديقة ذوي الاحتياجات الخاصة",  # 07-24 33
     "سمات أمانة جدة حديقة ذوي الاحتياجات الخاصة"),
    ("وحالة البحر خفيف إلى متوسط الموج. سمات الأرصاد شرق وسط", "سمات الأرصاد شرق وسط"),  # 07-25 47
    # without a stop before it (08-07 0)
    ("و تحتفظ “عين اليوم” بنسخة من جميع الرسائل النصية التي تمت بين المعلمة وزوجها و موظف وزارة الخدمة المدنية "
     "سمات رشوة وزارة التعليم وزارة الخدمة المدنية", "سمات رشوة وزارة التعليم وزارة الخدمة المدنية"),
])
def test_a_tag_list_glued_to_the_last_paragraph_is_marked_alone(last, tags):
    text = TITLE + "أعلنت الجهة المختصة أمس تفاصيل القرار الجديد في مؤتمر صحفي.\n" + last
    found, body = pieces(text)
    assert found == [(tags, "tags")]
    assert body.endswith(last[: last.index(tags)].strip())


def test_tags_as_a_noun_of_the_last_sentence_are_body():
    # 07-24 51: "سمات" governed by a preposition is the noun "traits"; and a sentence ending with a stop
    for last in ("وتستمتع الأم بالحديث عن سمات كل طفل لديها للآخرين",
                 "وقال إن الوضوح والشفافية من أهم سمات المرحلة المقبلة."):
        assert pieces(TITLE + "أعلنت الجهة المختصة أمس تفاصيل القرار.\n" + last)[0] == []
    # a tag label in the middle of the article is not at the tail
    text = TITLE + "انتهى الاجتماع. سمات الاجتماع\nوأضاف أن العمل مستمر في جميع المواقع بلا توقف.\nوختم حديثه بالشكر."
    assert pieces(text)[0] == []


@pytest.mark.parametrize("last,tail,kind", [
    # alweeam: the link to the original glued to the last paragraph (07-21 1528, 07-21 1529)
    ("والمندوب الدائم لروسيا الاتحادية لدى منظمة التعاون الإسلامي اليغ ازيروف . "
     "رابط الخبر بصحيفة الوئام: الأمير محمد بن سلمان يلتقي رئيس جمهورية الشيشان",
     "رابط الخبر بصحيفة الوئام: الأمير محمد بن سلمان يلتقي رئيس جمهورية الشيشان", "read-more"),
    ("ويحل أجل استحقاق عقد أغسطس يوم الثلاثاء القادم. رابط الخبر بصحيفة الوئام: النفط يتراجع نحو 1 % في ختام التعاملات",
     "رابط الخبر بصحيفة الوئام: النفط يتراجع نحو 1 % في ختام التعاملات", "read-more"),
    # aljazirah: the writer's other columns glued to the last line (07-21 952)
    ("ووجد الفارس، يصيح: - هذا عيدُ حفيدتي، هذا عيدُ حفيدتي. مقالات أخرى للكاتبيخرج من بكائه.. كالعيديدخلُ العيدُ كالبخور",
     "مقالات أخرى للكاتبيخرج من بكائه.. كالعيديدخلُ العيدُ كالبخور", "read-more"),
    # aleqtisadiya: the desk credit after the last sentence (07-21 700, 07-21 822)
    ("فيما سجلت أعلى مستوياتها عام 2014، بنسبة نمو 8 في المائة (ملياري ريال) لتبلغ 26.4 مليار ريال. *وحدة التقارير الاقتصادية",
     "*وحدة التقارير الاقتصادية", "credit"),
    ("يشار إلى أن هذا التقرير لا يعتبر توصية بالبيع أو الشراء في أي من الأسهم المدرجة في السوق السعودية. "
     "* وحدة التقارير الاقتصادية", "* وحدة التقارير الاقتصادية", "credit"),
    # alriyadh: the wire's end marker (07-22 1314)
    ("ومحافظ عدن ومحافظ أبين ومدير مطار عدن الدولي. // انتهى //", "// انتهى //", "end-marker"),
])
def test_footers_glued_to_the_last_paragraph_are_marked_from_where_they_start(last, tail, kind):
    text = TITLE + "أعلنت الجهة المختصة أمس تفاصيل القرار الجديد في مؤتمر صحفي.\n" + last
    found, body = pieces(text)
    assert found == [(tail, kind)]
    assert body.endswith(last[: last.index(tail)].strip())


def test_a_columnists_contact_block_glued_to_the_address_is_one_contact_line():
    # almadina columns (07-21 1168): the e-mail runs into the SMS block with no space
    line = ("adnanksalah@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (5) ثم مسافة ثم نص الرسالة إلى "
            "88591 - Stc 635031 - Mobily 737221 - Zain")
    text = TITLE + "ويبقى الأمل معقودا على وعي المجتمع بخطورة هذه الظاهرة.\n" + line
    assert pieces(text)[0] == [(line, "contact")]


@pytest.mark.parametrize("line,credit,agency", [
    # alweeam credits Reuters in a sentence of its own, glued after the stop (07-21 1698)
    ("وتتهم روسيا الاتحاد الأوروبي لرفض إصلاحات مشابهة في الماضي لكن الأخير نفى ذلك.وفقا لرويترز. "
     "ويتسبب الضغط الخارجي في دفع الفيفا لترتيب أوضاعه.", "وفقا لرويترز.", "رويترز"),
    ("وارتفع متوسط الطول من 94 إلى 100 درجة خلال نفس الفترة. بحسب الالمانية. وأوضح مسئول بالوزارة أن الحملة مستمرة.",
     "بحسب الالمانية.", "د ب أ"),  # 07-21 1829
    # aleqtisadiya picture credits after a caption (07-24 841, 07-21 913)
    ("خادم الحرمين مصافحا أعضاء الوفد.«واس» حضر الاستقبال الدكتور مساعد بن محمد العيبان.", "«واس»", "واس"),
    ("واطلع الفريق الزائر على مرافق لجنة الشرافاء شملت قاعات التدريب. الصور من «واس»", "الصور من «واس»", "واس"),
])
def test_a_wire_credit_standing_as_its_own_sentence_is_marked_with_its_agency(line, credit, agency):
    from rasd.resources import Resources
    from rasd.text.boilerplate import BoilerplateFinder

    text = TITLE + line + "\nوأضاف المسؤول أن العمل مستمر في جميع المواقع."
    found, body = pieces(text)
    assert found == [(credit, "credit")]
    assert BoilerplateFinder.shared(Resources.default()).agency("credit", credit) == agency
    assert credit not in body


@pytest.mark.parametrize("line", [
    "مقتل جنديين في هجوم على طريق في مدينة مديات بمحافظة ماردين بجنوب شرقي تركيا، حسب الاناضول.",
    "ونثر القرد نحو 150 ألف روبية (2360 دولارا)، حسب وكالة الأنباء الألمانية.",  # 07-21 490
    "وتلقت وكالة الأنباء السعودية \"واس\" نسخة منه أن إجمالي المنصرف الفعلي بلغ 300 مليار.",  # 07-21 919
])
def test_a_credit_inside_a_sentence_is_body(line):
    assert pieces(TITLE + line + "\nوأضاف المسؤول أن العمل مستمر في جميع المواقع.")[0] == []


@pytest.mark.parametrize("first,head,kind", [
    # 3alyoum and alyaum bylines glued to the first paragraph (07-24 15, 07-21 2217)
    ("عبدالرحمن الشهري – نجران صرح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم علي بن عمير",
     "عبدالرحمن الشهري – نجران", "byline"),
    ("خالد سجاف ـ الدمام أعرب عدد من زوار الشرقية عن سعادتهم بالفعاليات المنوعة", "خالد سجاف ـ الدمام", "byline"),
    # the longest known place closes it (07-24 593)
    ("إبراهيم الحذيفي – مكة المكرمة رصد المصوّر المحترف فيصل الكبكبي بعدسته، عدداً من الصور",
     "إبراهيم الحذيفي – مكة المكرمة", "byline"),
    ("عين اليوم – متابعات أزاحت شركة سامسونج الستار عن هاتفها الذكي الجديد", "عين اليوم – متابعات", "dateline"),  # 07-24 242
    # sabq without the dash before the place, closed by a colon (07-21 2858)
    ("فهد العتيبي - سبق الطائف: شكا أهالي قرية الخرائق جنوب محافظة الطائف", "فهد العتيبي - سبق الطائف:", "byline"),
])
def test_a_dateline_or_byline_glued_to_the_first_paragraph_is_marked_alone(first, head, kind):
    found, body = pieces(TITLE + first + ".\nوأضاف أن العمل مستمر.")
    assert found == [(head, kind)]
    assert first[len(head):].strip() in body


def test_a_line_opening_with_a_quote_given_to_the_paper_is_body():
    # aleqtisadiya (07-21 733): "لـ " is the preposition with a tatweel, not a separator
    text = TITLE + 'أكد لـ "الاقتصادية" الدكتور عبدالله البرقان رئيس لجنة الاحتراف أنه لم يرد للجنة أي طلب.\nوأضاف.'
    assert pieces(text)[0] == []


def test_navigation_dateline_and_photo_credit_glued_to_the_first_paragraph_are_three_pieces():
    # 3alyoum (dev health-deputy-south): the line holds four things; the paragraph stays whole
    line = "Next Previous عين اليوم – جازان (تصوير: محمد القيسي) \xa0قام حمد الضويلع نائب وزير الصحة للشؤون الصحية بزيارة"
    found, body = pieces(TITLE + line)
    assert found == [("Next Previous", "navigation"), ("عين اليوم – جازان", "dateline"),
                     ("(تصوير: محمد القيسي)", "caption")]
    assert body.endswith("قام حمد الضويلع نائب وزير الصحة للشؤون الصحية بزيارة")
    # the same credit closing a byline line (07-24 503) and a picture label before a byline (3alyoum):
    # the whole line is boilerplate, named after its byline
    assert pieces(TITLE + "حنان الحامدي – جدة (تصوير: علي الزهراني)\nقام مكتب العمل في جدة بزيارة.")[0] \
        == [("حنان الحامدي – جدة (تصوير: علي الزهراني)", "byline")]
    assert pieces(TITLE + "رصد وتصوير: أحمد حجازي – عين اليوم\nشهدت القنصلية اليمنية بجدة احتشاد أعداد كبيرة.")[0] \
        == [("رصد وتصوير: أحمد حجازي – عين اليوم", "byline")]


def test_a_share_bar_glued_before_the_first_paragraph_leaves_the_paragraph_whole():
    # the shape reported in issue 14 (no SaudiNewsNet day we may read has one): button labels, then the story
    line = "شارك على تويتر شارك على فيسبوك Google+ اكتب رأيك قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل."
    found, body = pieces(TITLE + line)
    assert found == [("شارك على تويتر شارك على فيسبوك Google+ اكتب رأيك", "share")]
    assert body.endswith("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.")
    # one label opening a sentence is a verb of the story, not a bar
    assert pieces(TITLE + "شارك أكثر من ألف متسابق في البطولة التي أقيمت أمس.")[0] == []


@pytest.mark.parametrize("text,agency", [
    (TITLE + "\xa0\xa0\xa0\xa0الرياض - واس \nأصدر مجلس الشورى خلال الفترة الماضية 92 قراراً.", "واس"),  # 07-26 778
    (TITLE + "واس- جدة:\xa0التقى صاحب السمو الملكي الأمير محمد بن سلمان في جدة أمس الرئيس.", "واس"),  # 07-21 2644
    (TITLE + "Next Previous عين اليوم – واس\nتشرف بأداء القسم أمام خادم الحرمين الشريفين.", "واس"),  # 07-24 38
    (TITLE + "جدة (رويترز) - قال مسؤول إن الميناء يعمل بطاقته الكاملة.", "رويترز"),
])
def test_the_dateline_records_the_source_agency_and_no_entity_is_made_of_it(text, agency):
    doc = Pipeline()(Document(text, meta={"published": "2015-07-21"}))
    datelines = [b for b in doc.layer("boilerplate") if b.label == "dateline"]
    assert [b.get("agency") for b in datelines] == [agency]
    assert doc.to_dict()["boilerplate"][0]["agency"] == agency
    names = [m.text for e in doc.layer("entities") for m in e.mentions]
    assert not any(agency in n or "واس" in n for n in names)


def test_a_dateline_of_a_newspaper_names_no_agency():
    doc = Pipeline(["sentences", "boilerplate"])(Document(TITLE + "عين اليوم – الرياض\nأعلنت الأمانة أمس."))
    assert [(b.label, b.get("agency")) for b in doc.layer("boilerplate")] == [("dateline", None)]


def test_agencies_and_their_spellings_come_from_the_rules_file():
    from rasd.text.boilerplate import BoilerplateFinder

    res = _rules_with(lambda d: d["agencies"]["items"].update({"سبأ": ["سبأ"]}))
    text = TITLE + "وأعلن المتحدث أن القوات تقدمت في المحافظة. بحسب سبأ.\nوأضاف."
    assert [k for _, _, k, _ in find_boilerplate(text)] == []
    assert [k for _, _, k, _ in BoilerplateFinder.shared(res).find(text)] == ["credit"]
    assert BoilerplateFinder.shared(res).agency("credit", "بحسب سبأ.") == "سبأ"


@pytest.mark.parametrize("line", [
    # okaz (08-06 2748): a quote given to the paper, not "PLACE (OUTLET):"
    "وقال في حديثه لـ(عكاظ) : «شاهدنا للأسف العمليات الإرهابية التي استهدفت المنشآت»",
    # a title naming its speaker and the paper (okaz 07-31 2007, aawsat 07-22 15)
    "القباع والسعيد لـ عكاظ: تحديات المنطقة تفرض تعزيز العلاقات",
    "كيري لـ «الشرق الأوسط»: الاتفاق النووي لا يغير موقفنا من دعم إيران للإرهاب",
])
def test_a_preposition_with_a_tatweel_before_the_paper_is_prose_not_a_dateline(line):
    assert pieces(line + "\nوأضاف أن العمل مستمر في جميع المواقع.")[0] == []


def test_a_sabq_dateline_closed_by_a_photo_credit_before_its_colon_is_one_dateline():
    # sabq (07-21 2812): the first colon is the credit's, inside its bracket
    line = "سبق- الزلفي- (تصوير: عبدالله المطوع): كرّم محافظ الزلفي فيحان بن عبدالعزيز بن لبدة"
    assert pieces(TITLE + line)[0] == [("سبق- الزلفي- (تصوير: عبدالله المطوع):", "dateline")]
    # and the tatweel glued to a name still separates its parts (sabq 07-21 2943)
    assert pieces(TITLE + "عافت الزويدـ سبق ـ حفر الباطن: أعلنت البلدية بدء أعمال الصيانة.")[0] \
        == [("عافت الزويدـ سبق ـ حفر الباطن:", "dateline")]


# --- session bpdates: kinds of the sixth fresh reading, tested on other days' articles ---------------
PARAGRAPH = ("تحية افتخار واعتزاز لبلادي التي أنجبت جُندي من أبنائها مثل هذا الشُجاع وليس بغريب ذلك فهذه بلاد "
             "الوحي ومنطلق البطولات.")


@pytest.mark.parametrize("line", [
    "Twitter @firas_t",  # okaz 2015-07-26 and 2015-08-02, a column's last line
    "T: Arfaj1",  # 3alyoum 2015-08-01, above the writer's e-mail line
    "ص.ب 354 الرمز البريدي 11411 هاتف 4870000 تحويلة 121-426 - فاكس 4871063",  # aljazirah 2015-08-02
])
def test_a_writers_contact_line_of_its_own_is_contact(line):
    text = PARAGRAPH + "\n" + "وما قل ودل: إما نشغل وقت الشاب أو سيشغلنا!" + "\n" + line
    assert lines_of(text) == [(line, "contact")]


def test_a_labelled_contact_glued_after_the_last_sentence_is_marked_alone():
    # the labels of almadina's own contact lines ("تويتر: @ibrahim__naseeb", 2015-07-26) glued after
    # the last sentence, as the sixth fresh reading found them
    last = "شخصياً أفضل تنظيم الحياة في بريطانيا، لكني أميل بشدّة لفوضى الطعام اليمنيّة، وعاش اليمن."
    for contact in ("تويتر: @mmmsssalama", "إيميل: m.salama@gmail.com",
                    "عنوان التواصل: ص. ب 54753 الرياض 11524 name@hotmail.com"):
        text = PARAGRAPH + "\n" + last + " " + contact
        assert lines_of(text) == [(contact, "contact")]


def test_a_postal_address_inside_a_sentence_is_body():
    # alweeam 2015-07-21: the address applicants write to is part of the story
    line = ("وأوضح أن تقديم الطلبات بالنسبة للرجال سيكون على العنوان البريدي ص.ب 42808 جدة 21551 أو ترسل "
            "مباشرة إلى مكتب وكيل الكلية.")
    assert lines_of(PARAGRAPH + "\n" + line) == []


def test_a_columnists_name_alone_under_a_title_naming_him_is_a_byline():
    # 3alyoum 2015-07-26: title "فوزية الحربي: تحية أيّها البطل", the name alone on the first line
    text = " فوزية الحربي\n" + PARAGRAPH
    assert lines_of(text, title="فوزية الحربي: تحية أيّها البطل") == [("فوزية الحربي", "byline")]
    # without the title, or with a title that names someone else, the line is left alone
    assert lines_of(text) == []
    assert lines_of(text, title="عبير الدخيل: نامي قريرة العين") == []
    # 3alyoum 2015-08-06: the name glued to the paragraph is not a line of its own: left as body
    glued = " عبير الدخيل تعد جمهورية مصر العربية منذ القدم ملتقى للحضارات ، ونقطة مهمة في الخريطة."
    assert lines_of(glued, title="عبير الدخيل: قناة السويس الجديدة.. فخر لكل مصري") == []
    # a one-word speaker of a news title ("بحاح: ...", 3alyoum 2015-08-02) is not taken for a name line
    assert lines_of("بحاح\n" + PARAGRAPH, title="بحاح: زيارتي لعدن جاءت للاطلاع على الخطط") == []


def test_the_boilerplate_stage_reads_the_title_from_the_documents_meta():
    doc = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate"])(
        Document(" أحمد العرفج\n" + PARAGRAPH, meta={"title": "أحمد العرفج: أكذوبة “النقد الموضوعي”"}))
    assert [(b.text, b.label) for b in doc.layer("boilerplate")] == [("أحمد العرفج", "byline")]


def test_slider_navigation_glued_inside_a_line_is_marked_alone():
    # 3alyoum 2015-07-27: the slider's labels after the last sentence, before the tag list
    last = ("ووفقا للصحيفة، فإن إحدى المسافرات عندما سألت الكابتن عن سماحه بخرق القواعد وتدخين السجائر، قال لها: "
            "“أنا من يضع القواعد داخل الطائرة” Next Previous \xa0 سمات الخطوط الكويتية طيار قمرة القيادة")
    assert lines_of(PARAGRAPH + "\n" + last) == [("Next Previous", "navigation"),
                                                 ("سمات الخطوط الكويتية طيار قمرة القيادة", "tags")]
    # an English title that merely holds the word is not chrome
    assert lines_of(PARAGRAPH + "\nوعرض الفيلم الأمريكي Next Door الأسبوع الماضي في الرياض.") == []


# --- session bpdates2: the writer's lines, not the outlet's (the seventh fresh reading's kinds) ----
def test_an_essayists_signature_alone_on_the_last_line_is_a_byline():
    # aljazirah 2015-07-26, an essay with a footnote, signed on its last line
    text = ("اهتمام الإمام الشيخ محمَّد بن عبدالوهاب وعلماء الدعوة الإصلاحية بسيرة الرسول (صلى الله عليه وسلم)\n"
            " وفق الله الجميع لكل خير، وصلى الله وسلم على نبينا محمد، وعلى آله وصحبه أجمعين. \n"
            "** ** ** \nالهوامش:(1) جد معد هذا المقال. \n"
            "- عبدالمحسن بن عبدالعزيز بن عبدالرحمن آل الشيخ\n")
    assert lines_of(text) == [("- عبدالمحسن بن عبدالعزيز بن عبدالرحمن آل الشيخ", "byline")]
    # a reader's letter signed with the writer's title (aljazirah 2015-08-08)
    letter = ("عنوان\nوجعل التوفيق حليفاً لهم أينما كانوا.\n- إمام وخطيب وعضو مجلس أهالي محافظة الرس")
    assert texts_of(letter) == ["- إمام وخطيب وعضو مجلس أهالي محافظة الرس"]


def test_a_column_of_dashed_items_keeps_its_last_item_as_body():
    # aljazirah 2015-08-02 "صح لسانك": every item opens with a dash; the last is an item, not a signature
    text = ("صح لسانك\n* في الاتفاق اللاعبون يضحكون بعد الهزائم \nصالح بشير\n- الشرهة على الكبار \n"
            "* الزبيدي يرفض مقابلة الرئيس \nعنوان صحفي\n- من آثار الهبوط \n* الأهلي يحتج على جدول الدوري \n"
            "عنوان صحفي\n- صح النوم \n")
    assert texts_of(text) == []
    # a last dashed line that is a sentence is body
    assert texts_of("عنوان\nنص المقال هنا.\n- ليس غريباً أن تتردى النتائج، وهذا واضح.") == []


def test_a_writers_bio_footnote_above_the_syndication_credit_is_a_credit():
    # aawsat 2015-07-22, a translated op-ed: the writer's bio, then the Washington Post credit
    text = ("إيران لم تغير أساليبها المريعة\n"
            "وأعتقد أننا سنشهد قريبا خرق طهران لالتزاماتها في الاتفاق النووي، الذي يبدو أنها قد أقرته. "
            "ولا أستطيع أن أمنع نفسي من تصور ذلك.\n"
            "* مسؤول في الخارجية الأميركية (1982 - 2003)\n* خدمة: «واشنطن بوست»")
    assert lines_of(text) == [("* مسؤول في الخارجية الأميركية (1982 - 2003)", "credit"),
                              ("* خدمة: «واشنطن بوست»", "credit")]
    # a "*" sub-heading heads a paragraph: with the paragraph under it, it is body (aawsat 2015-08-01)
    body = ("عنوان\n* تقبل السلطة\nبإيجاز، يمكن القول إن «أوبر» تتبنى استراتيجية تقديم حوافز لحاملي الأسهم.\n"
            "* خدمة «واشنطن بوست»")
    assert texts_of(body) == ["* خدمة «واشنطن بوست»"]


def test_a_lone_caption_under_the_title_of_an_item_without_body_is_a_caption():
    # aljazirah 2015-07-31: the title, then only its picture's caption
    assert lines_of("وزيرا العمل والعدل يبحثان الحراك التطويري للقضاء العمالي\n وزير العدل وزير العمل") == [
        ("وزير العدل وزير العمل", "caption")]
    # a title abbreviation's dot is no stop (aljazirah 2015-08-03)
    assert texts_of("برنامج إعداد القادة في بوسطن يؤكد اهتمام ولي ولي العهد\nد. العيسى د. الأحمد") == [
        "د. العيسى د. الأحمد"]


def test_a_one_line_body_that_is_a_sentence_stays_body():
    # sabq 2015-07-21: the whole body is "تم التجاوب" (a verb phrase), under a title
    assert texts_of("تجاوب الأمانة مع شكوى المواطنين\n \xa0 تم التجاوب ") == []
    # a one-sentence body ends with a stop; a score holds digits
    assert texts_of("الهلال يفوز\nفاز الهلال على النصر.") == []
    assert texts_of("الهلال يفوز\nالهلال 2 النصر 1") == []
    # without a title line there is nothing to stand under
    assert texts_of("الشيخ آل دريس") == []


def test_a_writers_note_closing_the_text_is_a_credit():
    # alriyadh 2015-08-06: a doctor's column signed with his post
    text = ("معظم الأطفال الذين يعانون من الصداع النصفي لا يتلقون العلاج المناسب\n"
            "إلا بعد استشارة الطبيب المختص. شافى الله جميع المرضى وعافاهم. \n"
            "وأيضا أولئك الذين يعانون من أمراض القلب والأوعية الدموية. \n"
            "* مؤسس ورئيس مجموعة ساين للمخ والأعصاب ")
    assert lines_of(text) == [("* مؤسس ورئيس مجموعة ساين للمخ والأعصاب", "credit")]
    # okaz 2015-08-07: a poem, and the poet's note running onto a short last line
    poem = "خير الودق\nإن الهدى\nحبل الإله لمن تدبر\nمن وثق\n* عضو اتحاد كتاب مصر\n ورابطة الأدب الإسلامي "
    assert texts_of(poem) == ["* عضو اتحاد كتاب مصر", "ورابطة الأدب الإسلامي"]


def test_the_last_item_of_a_starred_list_stays_body():
    # aawsat 2015-07-21: a list of plastic-free products, every item opened by "*"
    text = ("مواد بديلة «آمنة» في صناعة قناني الرضاعة والمعلبات تعطل النمو الطبيعي لخلايا المخ\n"
            "* أدوات الطهي المصنوعة من الصلب المقاوم للصدأ أو الحديد الزهر\n* الخلاط الزجاجي\n"
            "* سلك السلطة الدوار\n* قالب الصابون\n* المنديل")
    assert texts_of(text) == []


# --- session bpdates3: signatures and notes among other dashed or starred lines ---------------------


def test_a_signature_under_a_paragraph_closes_a_text_with_dashed_dialogue():
    # aljazirah 2015-08-07: a story whose dialogue lines open with a dash, signed under its last paragraph
    text = ("غيداء\n"
            "- (متعوبيتي) وأجرة إطفائي لنار الشيطان.\n"
            "في ليالي رمضان تمسك غيداء بظهرها المتألم من طول السجود بين يدي الشيخ... وأمها تفتش عنها "
            "إذا غفلت عنها لحظة بين أجساد المولولات.\n"
            "- حامد الفقيه")
    assert lines_of(text) == [("- حامد الفقيه", "byline")]
    # aljazirah 2015-07-27: a reader's letter with dashed points, closed by a formula and the sender's place
    letter = ("ختم الشيخة\n- إشغال الدوائر ذات العلاقة بكثرة المطالبات والاعتراضات.\n"
              "نحن نعيش بفضل من الله ثم بفضل هذه القيادة الرشيدة في أمن وأمان، هذا ما أردت توضيحه، "
              "والله من وراء القصد.\n - وادي الفرع ")
    assert texts_of(letter) == ["- وادي الفرع"]


def test_a_writers_note_under_a_paragraph_closes_a_column_with_starred_headings():
    # aawsat 2015-07-21: a health column with "*" sub-headings, signed with the writer's post
    text = ("فيتامين «دي» لا يفيد الأطفال المصابين بالحروق\n"
            "* وفى نفس السياق تناولت دراسة نشرت في نفس الشهر في مجلة التغذية الإكلينيكية.\n"
            "وعند قياس فيتامين «دي» لم يكن هناك فرق كبير بين الذين تناولوا الفيتامين وبين الذين "
            "تناولوا العقار الوهمي وتناولوا الفيتامينات المتعددة فقط.\n\n"
            "* استشاري طب الأطفال")
    assert lines_of(text) == [("* استشاري طب الأطفال", "credit")]


def test_the_last_item_of_a_dashed_column_under_a_heading_stays_body():
    # aljazirah 2015-07-27 and 2015-08-02: sports columns of dashed quips, each under a short heading
    # or a name: the last quip is an item, not a signature
    assert texts_of("رياضة\n- وش اللي حادك على المر\n* لا أعرف من حكم السوبر\nعمر المهنا\n- من بوادر النجاح") == []
    assert texts_of("رياضة\n- من آثار الهبوط\nعنوان صحفي\n- صح النوم") == []
    # alriyadh 2015-08-01: a "*" note right under a dashed list item is left (precision first)
    assert texts_of("الكي\n* ماذا يحدث بعد الإجراء؟\n- يستطيع المريض مزاولة نشاطه.\n"
                    "- حوالي 10% من المرضى يستمر الألم لديهم لمدة أسبوع بعد إجراء الكي.\n"
                    "* قسم التثقيف الصحي") == []


# -- round dates4: runs of photo captions glued after the last sentence (alyaum galleries) ----------

ALYAUM_0721_2096 = (
    "شارك عدد من الضباط والأفراد أهالي القرية فرحتهم بالعيد وتناول الإفطار إحدى العادات التي تشتهر بها "
    "منطقة جازان يوم العيد، وعبر أهالي القرية عن سعادتهم لمشاركتهم رجال القوات المسلحة فرحتهم بالعيد. "
    "الأهالي في طريقهم للمرابطين ترحيب بالمرابطين ترحيب بالأهالي صورة جماعية مع الأبطال تجهيز السفرة "
    "تناول طعام الفطور صباحا ورود لحماة الوطن صورة تجمع عددا من الأهالي مع أحد الأبطال")


def test_a_run_of_photo_captions_glued_after_the_last_sentence_is_a_caption():
    # alyaum 2015-07-21: a gallery's captions run together after the final «.» (the article's end)
    spans = find_boilerplate(ALYAUM_0721_2096)
    assert [(ALYAUM_0721_2096[s:e], k) for s, e, k, _ in spans] == [(
        "الأهالي في طريقهم للمرابطين ترحيب بالمرابطين ترحيب بالأهالي صورة جماعية مع الأبطال تجهيز السفرة "
        "تناول طعام الفطور صباحا ورود لحماة الوطن صورة تجمع عددا من الأهالي مع أحد الأبطال", "caption")]
    # alyaum 2015-07-22: a second gallery, after a long unpunctuated sentence of the body
    text = ("مؤكدة انها تعد اطباق الكشري والهريس والمرقوق والجريش والبرياني وانها تحلم في ان يكون لها مطعم خاص "
            "بها. الكبار يشاركون في المسابقات الرسم على الوجه من المسابقات مسابقة أكل الزبادي للكبار مسابقة أكل "
            "التفاح مسابقة الأطباق ")
    assert texts_of(text) == ["الكبار يشاركون في المسابقات الرسم على الوجه من المسابقات مسابقة أكل الزبادي للكبار "
                              "مسابقة أكل التفاح مسابقة الأطباق"]


def test_a_last_paragraph_that_lost_its_stop_is_not_a_caption_run():
    # aleqtisadiya 2015-07-22: an unpunctuated last sentence holds clause words (إنه، لا)
    text = ("وقالت الشرطة إن أفرادا من الشرطة السرية يحملوان أمر تفتيش دخلوا منزل الرجل بعد العثور على جثته لأنهم "
            "كانوا يبحثون عن أي دليل قد يفسر وفاته. وقال رئيس ادارة شرطة لوس أنجليس أندرو سميث لصحيفة لوس أنجليس "
            "تايمز إنه لا توجد دلائل فورية على مخالفة للقانون وإن أفراد الشرطة السرية لا يحققون في الوفاة على انها "
            "جريمة قتل ")
    assert texts_of(text) == []
    # alyaum 2015-07-21: a last paragraph going on after the stop with و + verb (its commas aside)
    text = ("منوهاً بالإقبال الكبير الذي شهدته هذا العام إلى جانب التفاعل البناء من الحضور مع الفعاليات المقدمة، والذي "
            "واكب الفرحة بعيد الفطر المبارك. وأبان أنهم في اللجنة قد استقطبوا إحدى الفرق الترفيهية المتخصصة في "
            "الترفيه والتربية حتى تكون الفائدة من المناسبة أكثر")
    assert texts_of(text) == []
    # a single short caption is left: it may be a last sentence that lost its stop (alyaum 2015-07-21)
    text = ("سائلاً الله تعالى أن يحفظ مملكتنا وقيادتها وشعبها من كل مكروه، وأن ينصر جنودنا البواسل في دفاعهم عن "
            "حياض الوطن. \x1a\x1aمن احتفالات أهالي مدينة العيون ")
    assert texts_of(text) == []


def test_a_last_sentence_opening_with_fa_and_a_dot_inside_an_address_are_not_caption_runs():
    # aleqtisadiya 2015-07-27: the report goes on after its stop («ففي إسطنبول اشتبكت ... كانوا»)
    text = ("شهدت تركيا الأحد يوما آخر من الاحتجاجات ضد العمليات التي يقوم بها الجيش التركي ضد مسلحي حزب العمال "
            "الكردستاني في شمال العراق. ففي إسطنبول اشتبكت شرطة مكافحة الشغب مع متظاهرين كانوا يشيعون سيدة لقت "
            "مصرعها خلال عمليات مداهمات قامت بها الشرطة التركية الجمعة لمئات من الناشطين الاكراد وعناصر من "
            "\"التنظيم\" ")
    assert texts_of(text) == []
    # alriyadh 2015-08-06: the last «.» is inside an e-mail address, no sentence stop
    text = ("ودعا الأمين العام للجائزة الجهات المعنية بالجائزة وكافة تفاصيل فروعها إلى زيارة البوابة الإلكترونية "
            "للجائزة على شبكة الإنترنت (www.seetahaward.org) أو التواصل مع الجائزة من خلال البريد الإلكتروني "
            "(info@seetahaward.org) وكذلك حساب الجائزة بالانستجرام seetah_award وحساب الجائزة بتوتير @seetahaward ")
    assert texts_of(text) == []


def test_an_interviews_dashed_answer_after_a_question_is_not_a_caption_run():
    # aawsat 2015-07-21: the answer after «؟» opens with a dash; galleries follow a full stop
    text = ("الحوار التالي مع الشاعر العراقي هزبر محمود بعد فوزه بجائزة «سوق عكاظ».. * ماذا يعني لك "
            "الفوز بجائزة سوق عكاظ؟ - الفوز بجائزة سوق عكاظ بالنسبة لي ينقسم إلى نجاح من شقين")
    assert texts_of(text) == []


def test_a_writers_bare_name_on_the_line_under_the_title_is_a_byline():
    # alwatan 2015-08-01 and 2015-08-08 readers' columns: title, the writer's name, the column
    title = "ما القراءة الأجدى.. الإلكترونية أم الورقية؟"
    text = (title + "\n سلوى سلمان البلوي\nأثناء انتظاري في إحدى دور النشر؛ جمعتني المصادفة بأحد الأدباء الكبار، "
            "الذي بادرني بالإجابة عن تساؤل ارتسم على مُحيَّاي حين وجّهت لي السكرتيرة")
    assert lines_of(text, title=title) == [("سلوى سلمان البلوي", "byline")]
    title = "أنا وأخي على ولد عمي"
    text = (title + "\n خامسة آل فرحان\nالمقولة الشهيرة \"أنا وأخي على ولد عمي، وأنا وولد عمي على الغريب\" هي "
            "اختصار للعصبية القبلية المولودة والمتوارثة عند العرب منذ القدم")
    assert lines_of(text, title=title) == [("خامسة آل فرحان", "byline")]
    # the same line under another line than the article's title is not known to stand under the title
    # (three lines, so that only the title check can refuse it: another column's title stands above)
    other = "ما القراءة الأجدى.. الإلكترونية أم الورقية؟\n" + text[len(title) + 1:]
    assert lines_of(other, title=title) == []


def test_a_short_heading_or_a_pictured_persons_name_under_the_title_is_body():
    # aljazirah 2015-07-25: the picture's caption names the man the story is about
    title = "ارتياح كبير لترشيح هاني شاكر نفسه نقيباً للموسيقيين"
    text = (title + "\n هاني شاكر\nتحدث المطرب هاني شاكر أمس في مؤتمر صحفي بالإسكندرية، عن برنامجه الانتخابي "
            "لتحسين أوضاع الموسيقيين، عقب اجتماعه مع أعضاء الجمعية العمومية")
    assert lines_of(text, title=title) == []
    # aleqtisadiya 2015-07-31: a two-word heading has no mark of a name
    title = "هشاشة الأيديولوجيا"
    text = (title + "\nهشاشة الأيديولوجيا\nلا تتوقف ديمومة الإدهاش في شرق أوسط الأزمات: مقدمات كثيرة تقود "
            "إلى نتائج غير متوقعة في كل مرة")
    assert lines_of(text, title=title) == []


# -- round dates6: what stands before a glued tag list ----------------------------------------------

def test_a_columnists_handle_run_into_the_tag_list_is_a_contact_line():
    # 3alyoum 2015-08-02 and 2015-08-07: the columnist's Twitter label, then his handle with the tags
    text = ("ظاهرة\n شخصياً أفضل تنظيم الحياة في بريطانيا، لكني أميل بشدّة (لفوضى الطعام) اليمنيّة، وعاش اليمن.\n"
            " تويتر :\n@mmmsssalama سمات الفوضى النظام اليمن بريطانيا محمد سلامة ")
    assert [(t, k) for t, k in lines_of(text) if k in ("contact", "tags")] == [
        ("@mmmsssalama", "contact"), ("سمات الفوضى النظام اليمن بريطانيا محمد سلامة", "tags")]
    # 3alyoum 2015-07-31: a paragraph before the glued tag list stays body
    text = ("ظاهرة\nوقال إن الحكومة ستعمل على ترتيب الزيارة بالكامل وتسهيل كل العقبات أمام ذلك. "
            "سمات جون كيري وزير الخارجية")
    assert lines_of(text) == [("سمات جون كيري وزير الخارجية", "tags")]
