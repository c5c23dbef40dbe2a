"""Issue 16, round 18 (docs/quotes.md "Round 18 (…)"): a speaker written in quotation marks right
after the cue («وقال "بسام":», «وأكد "العصيمي" أن»), which was missed so that an earlier speaker
was carried on. Every sentence is from a SaudiNewsNet day other than the reserved fresh-reading
days, named in a comment.
"""
from test_quotes_speakers import analyse, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-07-26, sabq (article 1426): the spokesman named in full, then in marks
ASEIMI = ("يُذكر أن المتحدث الرسمي باسم وزارة التعليم مبارك العصيمي، أوضح أمس قيام وزير التعليم الدكتور "
          "عزام الدخيل، بتشكيل لجنة وزارية للتحقيق في ملف قبول طالبة تبوك. وأكد \"العصيمي\" أن اللجنة "
          "المشكلة ستقوم بالوقوف على بيانات الطالبة والنظر في عملية إدخال رغباتها.")
# SaudiNewsNet 2015-07-25, aleqtisadiya (article 354): the agency in marks, a minister before it
SABA = ("التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، اليوم في مقر الحكومة اليمنية المؤقت "
        "بالرياض، وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش . وذكرت \" وكالة الأنباء اليمنية \" أن "
        "الجانبين بحثا خلال اللقاء مستجدات الوضع في اليمن.")
# SaudiNewsNet 2015-08-02, sabq (article 1310): the son in marks and a colon; the paper named before
BASSAM = ("وبحسب التفاصيل التي يرويها ابن المؤذن لـ\"سبق\" قال: \"خرج والدي المؤذن الشيخ أحمد بن محمد بالخير "
          "مؤذن مسجد التوبة\". وقال \"بسام\": تبين لنا في المستشفى وحسب قول الأطباء إن هناك كسرًا بالجمجمة.")


def test_a_person_in_marks_right_after_the_cue_is_the_speaker():
    doc = analyse(ASEIMI, ("e1", "PER", "مبارك العصيمي", "مبارك العصيمي", "العصيمي"),
                  ("e2", "PER", "عزام الدخيل", "عزام الدخيل"))
    assert said(doc, "اللجنة المشكلة") == ("e1", "العصيمي")


def test_an_agency_in_marks_right_after_the_cue_is_the_speaker_not_the_person_before():
    doc = analyse(SABA, ("e1", "PER", "أنور قرقاش", "أنور قرقاش"), ("e2", "PER", "خالد محفوظ بحاح", "خالد محفوظ بحاح"),
                  ("e3", "ORG", "وكالة الأنباء اليمنية", "وكالة الأنباء اليمنية"))
    assert said(doc, "الجانبين بحثا")[0] == "e3"


def test_a_name_in_marks_before_a_colon_is_the_speaker_not_the_paper():
    doc = analyse(BASSAM, ("e1", "ORG", "سبق", "سبق"), ("e2", "PER", "بسام", "بسام"))
    assert said(doc, "كسرًا بالجمجمة")[0] == "e2"


def test_a_short_form_in_marks_with_no_entity_still_goes_to_the_body_named_before():
    # SaudiNewsNet 2015-07-26, aleqtisadiya (article 333): «الغذاء والدواء» is no entity of its
    # own; the body named in the sentence before keeps the quote
    doc = analyse("تصدرت اللحوم والدواجن قائمة الأغذية المخالفة التي ضبطها مفتشو الهيئة العامة للغذاء والدواء في "
                  "المنافذ خلال شهري رجب وشعبان. وأوضحت \"الغذاء والدواء\" أن منع دخول تلك الأغذية المستوردة "
                  "إلى المملكة كان لمخالفتها اللوائح الفنية.",
                  ("e1", "ORG", "الهيئة العامة للغذاء والدواء", "الهيئة العامة للغذاء والدواء"))
    assert said(doc, "منع دخول")[0] == "e1"


def test_an_attribution_phrase_that_ends_the_text_raises_nothing():
    # SaudiNewsNet 2015-07-22, aawsat (article 83), cut where a scraped line can end: «وذلك بحسب» with
    # no source after it indexed past the last token (IndexError in _attribution_source), so the
    # whole article failed to analyse; now it gives no quote
    doc = analyse("ويبدو أن المهاجم البرازيلي الكسندر باتو في طريق العودة إلى القارة الأوروبية من بوابة أحد "
                  "الأندية الإنجليزية المتوسطة المستوى، وذلك بحسب")
    assert doc.check_spans() == [] and doc.layer("quotes") == []
