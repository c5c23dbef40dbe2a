"""Continuation cues, sixth round (issue 16: the largest kind of wrong speaker in fresh reading 3
and in the sample of docs/quotes.md "Issue 16, sixth round"): a cue with no subject of its own
(وأضاف، مشيرا، مبينا، وأشار) continues the speaker of the report before it, never a noun inside
that report, an addressee, a connector or the agency that passed the words on. Every sentence is
from a SaudiNewsNet day other than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-02, aleqtisadiya (article 290)
BONDS = (
    "من جانبه، أوضح لـ\"الاقتصادية\" لاحم الناصر؛ المستشار المصرفي الإسلامي، أن سندات التنمية التي "
    "ستطرحها مؤسسة النقد، تعتبر ضمانة تقدمها المصارف لمؤسسة النقد العربي السعودي مقابل منحها سيولة سريعة، "
    "مشيرا إلى أن الدولة لن تواجه بشأن سندات التنمية أي عائق، حيث إن المصارف تستطيع تغطيتها بسهولة.\n"
    "من ناحيته، أوضح الدكتور سعيد الشيخ؛ كبير اقتصادي المصرف الأهلي، أن السيولة متوافرة لدى المصارف، "
    "مستدركا أن المصارف ليست في المستوى ذاته من حيث فائض السيولة سواء في أذونات خزانة أو احتياطيات لدى "
    "مؤسسة النقد العربي السعودي، ما يؤكد إمكانية تغطية سندات التنمية التابعة للدولة التي ستصدرها مؤسسة "
    "النقد.\nوأشار إلى أن المصارف تستثمر الآن في أذونات خزانة تصدرها مؤسسة النقد.\n"
    "وفيما بين أن الاحتياطيات الإضافية تراوح ما بين 80 و100 مليار ريال، قال إنه ليس من المعقول أن تسحب "
    "المصارف الاستثمارات الأجنبية.")
BONDS_ENTITIES = (("e1", "ORG", "الاقتصادية", "الاقتصادية"), ("e2", "PER", "لاحم الناصر", "لاحم الناصر"),
                  ("e3", "PER", "سعيد الشيخ", "سعيد الشيخ"), ("e4", "ORG", "مؤسسة النقد", "مؤسسة النقد"))


def test_a_participle_continues_the_speaker_not_the_subject_of_a_verb_inside_his_report():
    # تعتبر ضمانة تقدمها المصارف stands inside الناصر's reported clause: مشيرا is still الناصر's
    doc = analyse(BONDS, *BONDS_ENTITIES)
    assert said(doc, "لن تواجه بشأن سندات التنمية")[0] == "e2"


def test_the_next_sentence_continues_the_speaker_not_a_noun_of_his_report():
    # ما يؤكد إمكانية تغطية سندات التنمية is what الشيخ said: وأشار is his, not "إمكانية …"'s
    doc = analyse(BONDS, *BONDS_ENTITIES)
    assert said(doc, "تستثمر الآن في أذونات خزانة") == ("e3", "الدكتور سعيد الشيخ")


def test_a_connector_before_the_cue_is_no_speaker():
    # وفيما بين أن …، قال إنه …: "and while he showed" — both are الشيخ's, neither is "فيما"'s
    doc = analyse(BONDS, *BONDS_ENTITIES)
    for fragment in ("الاحتياطيات الإضافية تراوح", "ليس من المعقول"):
        entity, phrase = said(doc, fragment)
        assert entity == "e3" and phrase != "فيما"


def test_an_addressee_in_brackets_is_not_the_subject_a_participle_continues():
    # SaudiNewsNet 2015-08-02, okaz (article 1151): كشف لـ(عكاظ) وكيل وزارة الصحة …، مبينا أن …
    text = ("كشف لـ(عكاظ) وكيل وزارة الصحة للصحة العامة ورئيس مركز القيادة والتحكم الدكتور عبدالعزيز عبدالله "
            "بن سعيد، عن تجهيز مليوني جرعة للقاح الحمى المخية الشوكية لتطعيم حجاج الداخل موزعة على 20 منطقة "
            "ومحافظة صحية، مبينا أن الوزارة ممثلة في الوكالة للصحة العامة شددت على أهمية الالتزام بالاشتراطات "
            "الصحية.\nولفت إلى أن الاشتراطات نصت على ضرورة تقديم كل حاج شهادة تطعيم سارية المفعول.")
    doc = analyse(text, ("e1", "ORG", "عكاظ", "عكاظ"),
                  ("e2", "PER", "عبدالعزيز عبدالله بن سعيد", "عبدالعزيز عبدالله بن سعيد"))
    assert said(doc, "ممثلة في الوكالة للصحة العامة")[0] == "e2"
    assert said(doc, "الاشتراطات نصت على ضرورة")[0] == "e2"


def test_a_participle_after_a_relayed_quote_continues_the_source_not_the_agency():
    # SaudiNewsNet 2015-07-27, asharq al-awsat (article 126): ونقلت وكالة (تسنيم) … عن عبد اللهيان قوله
    # …، مشيرًا: the feminine ونقلت agrees with the agency; the masculine مشيرًا is the source's
    text = ("ونقلت وكالة (تسنيم) الإيرانية عن عبد اللهيان قوله: إن جولة ظريف «تتم في إطار تكريس وتعزيز أواصر "
            "الصداقة وتقوية التعاون الشامل»، مشيرًا إلى «أن مكافحة التطرف والعنف وتعزيز العلاقات الإقليمية "
            "تعتبر من الأولويات».")
    doc = analyse(text, ("e1", "ORG", "تسنيم", "تسنيم"), ("e2", "PER", "عبد اللهيان", "عبد اللهيان"))
    assert said(doc, "تكريس وتعزيز أواصر")[0] == "e2"
    assert said(doc, "مكافحة التطرف والعنف")[0] == "e2"


def test_a_feminine_cue_still_continues_the_agency_when_no_source_is_named():
    # SaudiNewsNet 2015-07-27 (article 126): وقالت وكالة «أنباء فارس» … وأضافت الوكالة أن …, the
    # agency speaks for itself; a feminine continuation stays with it
    text = ("وقالت وكالة «أنباء فارس» الإيرانية إن أمير الكويت هنأ ظريف لمناسبة التوصل إلى الاتفاق النووي. "
            "وأضافت أن الشيخ صباح الأحمد رحب بتنمية التعاون الإقليمي.")
    doc = analyse(text, ("e1", "ORG", "أنباء فارس", "أنباء فارس"), ("e2", "PER", "ظريف", "ظريف"))
    assert said(doc, "رحب بتنمية التعاون")[0] == "e1"


# --- a verb of appearing with the one it appeared to is the narrator's account, no quote --------

def test_it_turned_out_to_someone_is_no_quote():
    # SaudiNewsNet 2015-08-02 (article 437): تبين للمستشفى أن … "it turned out to the hospital that"
    doc = analyse("وبعد أن نقل أفراد العائلة إلى مستشفى رفيديا الحكومي بنابلس تبين للمستشفى أن الرضيع الذي يبلغ "
                  "سنة ونصف السنة قد توفي محترقًا، إلا أن والده وأمه وشقيقته مصابون بحروق من الدرجة الثانية.")
    assert [q.text for q in doc.layer("quotes")] == []
    # 2015-08-06 (article 3067): وبعد عمل الفحوصات اتضح للأطباء أن …
    doc = analyse("وبعد عمل الفحوصات اتضح للأطباء أن الطحال متهتكة، كما يوجد خلل في الكلية.")
    assert [q.text for q in doc.layer("quotes")] == []


def test_a_fused_and_shows_with_no_experiencer_still_reports_the_study():
    # SaudiNewsNet 2015-08-02 (article 95): a study "تشير إلى أن …". وتبين أن …: "and it shows that"
    text = ("وقد لفتتني دراسة حديثة لجامعة فلوريدا نشرت قبل أسابيع، تشير إلى أن «الفظاظة معدية في أروقة العمل "
            "لأنها تنتشر مثلما ينتشر الزكام»، حسبما ذُكر في نصها الأصلي. وتبين أن الفظاظة تنتشر ليس لفظيًا فقط "
            "بل حتى كتابيًا.")
    doc = analyse(text, ("e1", "ORG", "جامعة فلوريدا", "جامعة فلوريدا"))
    assert any("تنتشر ليس لفظيًا" in q.text for q in doc.layer("quotes"))
