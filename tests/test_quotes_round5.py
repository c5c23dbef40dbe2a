"""Quotes that are not quotes, fifth round (issue 16; the error kinds of fresh reading 3 in
docs/fresh-reading.md: titles read as quotes, homograph cues). Each kind is tested on sentences of
SaudiNewsNet articles from days other than the reserved fresh-reading days, named in a comment,
beside sentences where the same words are real speech and must stay quotes.
"""
import pytest

from test_quotes_speakers import analyse  # noqa: E402  (one way to build a test document)


def quote_texts(doc):
    return [q.text for q in doc.layer("quotes")]


def holding(doc, fragment):
    return [q for q in doc.layer("quotes") if fragment in q.text]


def terms(doc):
    return [t.text for t in doc.layer("quote_terms")]


# --- the title of a work right after its noun is a name ------------------------------------------

@pytest.mark.parametrize("text, title", [
    # SaudiNewsNet 2015-08-01 (article 421): a possessed work noun
    ("وفي كتابه «ثلاثون عاماً في الإسلام» يقول ليون روشي: إن دين الإسلام الذي يعيبه الكثيرون هو أفضل دين "
     "عرفته فهو دين طبيعي اقتصادي.", "ثلاثون عاماً في الإسلام"),
    # 2015-08-03 (article 118)
    ("هذا وسبق لإيمانويل تود أن أشار في كتابه «ما بعد الديمقراطية»، الصادر عام 2008، «لانزلاق» واصطفاف فرنسا "
     "إلى جانب «المعادين للإسلام».", "ما بعد الديمقراطية"),
    # 2015-08-03 (article 498): a fused ل
    ("وأكد الرئيس التنفيذي، حرص شركة «الربيع السعودية للأغذية» على تنظيم لقاءات دورية، وتقديم أفضل المنتجات "
     "من العصائر الطبيعية والألبان وفق أعلى معايير الجودة تجسيداً لشعار «الربيع صحة للجميع».",
     "الربيع صحة للجميع"),
    # 2015-08-02 (article 452): a title with a colon inside it
    ("وليام إينغدال وهو محلل أمريكي بارز، وله كتب عديدة من ضمنها كتاب «السيطرة كاملة الطيف: الديمقراطية "
     "الشمولية في النظام العالمي الجديد»، كتب في معرض تحليله للتوجهات الروسية، أن روسيا الجديدة تستمد "
     "تأثيرها عبر مجموعة من الخطوات الاستراتيجية.", "السيطرة كاملة الطيف"),
    # 2015-08-03 (article 585): a fused ب
    ("الشاعر كريم العراقي وصديقه المغترب بأميركا أكثر من لفتوا انتباهي باحتفائيتهم ببرنامج \"على خُطى العرب\" "
     "ومقدمه وكيف أعاد لهم هذا البرنامج الثقة بتاريخهم وعروبتهم.", "على خُطى العرب"),
])
def test_a_title_right_after_a_work_noun_is_a_term_not_a_quote(text, title):
    doc = analyse(text)
    assert not holding(doc, title)
    assert any(title in t for t in terms(doc))


def test_the_speech_after_a_book_title_is_still_quoted():
    # 2015-08-01 (article 421): the title is a name, what the author says after the colon is speech
    doc = analyse("وفي كتابه «ثلاثون عاماً في الإسلام» يقول ليون روشي: إن دين الإسلام الذي يعيبه الكثيرون هو "
                  "أفضل دين عرفته فهو دين طبيعي اقتصادي.")
    assert holding(doc, "دين الإسلام الذي يعيبه")


def test_a_long_title_after_an_introducer_is_a_term_and_the_report_stays():
    # 2015-08-06 (article 636): a study's title of eleven words after حملت عنوان
    doc = analyse("وبحسب وكالة الأنباء السعودية \"واس\"، فقد أشارت الدراسة التي حملت عنوان \"تنامي ظاهرة النفط والغاز "
                  "الصخريين وأثرهما في أسواق النفط العالمية\"، إلى أن عملية إنتاج النفط والغاز الصخريين ذات تكلفة "
                  "مرتفعة نسبياً في الوقت الراهن.")
    assert not [q for q in doc.layer("quotes") if q.text.startswith("تنامي ظاهرة")]
    assert any(t.startswith("تنامي ظاهرة") for t in terms(doc))
    assert holding(doc, "عملية إنتاج النفط")


@pytest.mark.parametrize("text, fragment", [
    # 2015-07-26 (article 227): حملة is the occasion of speech (during her campaign), not a work
    ("وقالت للصحفيين خلال حملتها \"لم أرسل أو أتلق أي شيء سري في ذلك الوقت.\"", "لم أرسل أو أتلق"),
    # 2015-08-02 (article 146): after a colon the words of the book are quoted
    ("فبحسب النظرية عند تعرض الجميع لظرف عام فإن الشخصيات الفردية تذوب في شخصية عامة كبيرة، وكما يقول في "
     "كتابه: «وعندئذ تتشكل روح جماعية، عابرة ومؤقتة دون شك، ولكنها تتمتع بخصائص محددة».", "تتشكل روح جماعية"),
    # 2015-08-03 (article 711): the definite noun ends the speaker phrase (the programme's presenter)
    ("ويضيف مقدم البرنامج \"ربما توقع البعض وجود نفس سياسي للبرنامج، لكنه سيكون منوعاً، حيث هناك باقة منوعة "
     "من كافة المجالات غير السياسية\".", "ربما توقع البعض"),
])
def test_speech_after_an_occasion_a_colon_or_a_definite_work_noun_stays_a_quote(text, fragment):
    assert holding(analyse(text), fragment)


# --- a web address is no speech ----------------------------------------------------------------

def test_a_link_after_the_colon_of_http_is_no_quote():
    # 2015-07-26 (article 530)
    doc = analyse("وأهاب الدكتور العبد الجبار، بالمرشحين إحضار صورة بطاقة الهوية الوطنية، داعياً إلى الاطلاع على "
                  "تعليمات تسجيل موعد المقابلة الشخصية وآلية استكمال إجراءات التعيين عبر بوابة تكامل على الرابط "
                  "http://riyadhedu.org/moe")
    assert not holding(doc, "riyadhedu")


def test_a_link_after_a_colon_is_no_quote_and_the_report_before_it_stays():
    # 2015-07-26 (article 566)
    doc = analyse("من جانبه بين مدير إدارة شؤون المعلمين بتعليم جازان عثمان عريبي, أن إجراء المقابلات الشخصية يأتي "
                  "استكمالاً لإجراءات التعيين, داعياً جميع المرشحين إلى الدخول إلى الموقع الالكتروني الخاص "
                  "بالمقابلات وطباعة الموعد عبر الرابط التالي : http://riyadhedu.org/moe , مشيراً إلى أنه تم تحديد "
                  "يوم غدٍ لتخصص التربية الخاصة.")
    assert not holding(doc, "riyadhedu")
    assert holding(doc, "تم تحديد يوم")


# --- بين "between" is no cue ---------------------------------------------------------------------

def test_wa_bayna_after_between_with_a_pronoun_is_the_preposition():
    # 2015-07-26 (article 11): بيننا وبين أسر الشهداء — one report, no second quote cued by وبين
    doc = analyse("وأشار إلى أنه لا يوجد حد معين للمتطوعين، مضيفًا أنه يوجد تنسيق بيننا وبين أسر الشهداء وأن التفاعل "
                  "حتى الآن ممتاز حيث وصل عدد المتطوعين إلى 52 شخصًا.")
    assert not [q for q in doc.layer("quotes") if q.get("cue") and "بين" in q.get("cue").text]
    assert holding(doc, "يوجد تنسيق بيننا وبين أسر الشهداء وأن التفاعل")


def test_bayna_an_and_wa_bayna_an_are_between_two_choices():
    # 2015-08-02 (article 94)
    doc = analyse("ليس سهلا على إيران الحسم، بين أن تخضع لشروط الاستفادة من الثروة وإغراءاتها، وبين أن تنحاز لخيار "
                  "الجغرافيا ومكاسبها، فكلاهما خيار صعب.")
    assert quote_texts(doc) == []


def test_wa_bayna_opening_a_sentence_with_its_subject_still_reports():
    # 2015-07-26 (article 128)
    doc = analyse("إلا أنه اكتفى بالإشارة إلى عدم وجود طلب بهذا الخصوص. وبين المهنا أن المعسكر الخارجي للحكام "
                  "السعوديين المقرر في تركيا سيبدأ يوم غد الاثنين.")
    q = holding(doc, "المعسكر الخارجي")
    assert q and q[0].get("speaker_text") == "المهنا"


# --- إذ أن، حيث إن، إلى درجة أن: the sentence's own reason, governed by no verb -------------------

@pytest.mark.parametrize("text", [
    # 2015-07-26 (article 37): تعتبر "is considered", إذ أنها "since it"
    "وبحسب صحيفة “ديلي ميل” البريطانية تعتبر الإقامة في هذه السيارة أرخص من الإقامة في فنادق نيويورك إذ أنها لا "
    "تكلف أكثر من 69 دولارًا أمريكيًا لليلة الواحدة.",
    # 2015-07-26 (article 262): إلى درجة أن, and the belief's own أن after it
    "وفي الواقع، تُعتبر مهمة \"حزب الله\" في سورية مهمة جداً، إلى درجة أن 47 في المائة من الشيعة اللبنانيين "
    "يعتقدون الآن أن \"تحرير\" مزارع شبعا التي تحتلها إسرائيل لا يجب أن يكون من أولويات الحزب في المستقبل.",
])
def test_a_considered_verb_does_not_govern_a_reason_clause(text):
    assert quote_texts(analyse(text)) == []


def test_a_report_keeps_its_clause_and_the_reason_inside_makes_no_quote_of_its_own():
    # 2015-08-02 (article 283)
    doc = analyse("وقال التقرير إن روسيا تعتبر مركزا استراتيجيا وجغرافيا متميزا للطاقة في العالم حيث إن موقعها "
                  "الجغرافي جعلها جسرا متميزا بين أسواق أوروبا وآسيا.")
    assert holding(doc, "روسيا تعتبر مركزا")
    assert not [q for q in doc.layer("quotes") if q.text.startswith("موقعها")]


def test_a_verb_of_saying_keeps_the_reason_clause_of_its_speaker():
    # 2015-08-03 (article 181): after يقول (not a weak cue) إذ إن … is the speaker's own reason
    doc = analyse("وانتهى الغزو بطبيعة الحال ولكن الضرر الذي لحق بالكويت لم ينتهِ كما يقول العوضي، إذ إن العراق دمر "
                  "البنية التحتية النفطية للكويت بشكل كبير، فالمصافي كانت خرابًا والحقول تشتعل بلا توقف.")
    q = holding(doc, "العراق دمر البنية التحتية")
    assert q and q[0].get("speaker_text") == "العوضي"
