"""Issue 16, eleventh round (docs/quotes.md "Issue 16, eleventh round"): a military or police rank
with its qualifiers (العميد ركن طيار، المقدم بحري الدكتور) before the name; a sentence-final
attribution to a magazine, network, channel or website (…، وفقا لمجلة «فوربس»); a statement of a
body called by its short form (بيان المنظمة، بيان اللجنة) is that body's; a subject before its verb
that ends in coordinated adjectives (وسائل إعلام محلية وأجنبية) is the whole noun phrase; a person's
epithet (المدرب البرتغالي) is never linked to a club; a spokesman's title written again with the
body's noun (المتحدث باسم قوات التحالف after المتحدث باسم التحالف) is the same person. Every sentence is from a
SaudiNewsNet day other than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-02, alwatan (article 759)
ASIRI = ("أكد المتحدث باسم التحالف المستشار بمكتب وزير الدفاع العميد ركن أحمد عسيري لـ\"الوطن\"، أن عدن "
         "اليوم باتت أكثر أمنا من ذي قبل.")

# SaudiNewsNet 2015-07-31, okaz (article 1963)
GHARIR = ("وأوضح المتحدث الإعلامي بقيادة حرس الحدود بمنطقة تبوك العميد بحري عبدالله بن حمد الغرير، أن "
          "الزيارة تأتي من أجل الوقوف عن كثب وتفقد سير العمل الميداني.")

# SaudiNewsNet 2015-08-03, alriyadh (article 563); the NER tags «ركن طيار» as a person
MAWALI = ("من جهته، قال المقدم ركن طيار سعود المعولي قبطان الطائرة العمانية التي قدمت لإرجاع العمانيين "
          "والمصابين إن لنا إخوة في المملكة أهل كرم وجود وإحسان وطيبة.")


def test_the_speaker_runs_through_a_ranks_qualifiers_to_the_name():
    doc = analyse(ASIRI, ("e1", "PER", "أحمد عسيري", "أحمد عسيري"))
    entity, phrase = said(doc, "عدن اليوم")
    assert entity == "e1"
    assert phrase.endswith("العميد ركن أحمد عسيري")
    doc = analyse(GHARIR, ("e1", "PER", "عبدالله الغرير", "عبدالله بن حمد الغرير"))
    entity, phrase = said(doc, "الزيارة تأتي")
    assert entity == "e1"
    assert phrase.endswith("العميد بحري عبدالله بن حمد الغرير")


def test_a_person_of_rank_words_alone_is_no_speaker():
    doc = analyse(MAWALI, ("e1", "PER", "ركن طيار", "ركن طيار"), ("e2", "PER", "سعود المعولي", "سعود المعولي"))
    assert said(doc, "لنا إخوة")[0] == "e2"


# SaudiNewsNet 2015-08-03, aawsat (article 115)
FORBES = ("في اليابان، ليست هناك امرأة مليارديرة عصامية واحدة، وفقا لمجلة «فوربس». وفي الولايات المتحدة "
          "وأوروبا، فإن غالبية النساء المليارديرات حصلن على ثرواتهن من خلال الميراث.")

# SaudiNewsNet 2015-07-27, okaz (article 1328)
SKY = ("وفي حال نفذ فيورنتينا تهديده فإن تشيلسي على الأرجح سيكون مطالبا بدفع تعويض إلى فيورنتينا، بجانب "
       "إيقاف صلاح لستة أشهر، وفقا لشبكة سكاي سبورتس. وانضم صلاح إلى فيورنتينا في يناير الماضي.")

# SaudiNewsNet 2015-08-03, aawsat (article 140): the phrase between commas inside a report
GEO = ("وأكدت العائلة، وفقا لقناة تلفزيونية باكستانية خاصة «جيو»، رفض عائلة مؤسس حركة طالبان الراحل الملا "
       "عمر مبايعة الزعيم الجديد الملا منصور.")


def test_a_sentence_final_attribution_to_a_magazine_or_network_is_an_indirect_quote_of_it():
    doc = analyse(FORBES, ("e1", "ORG", "فوربس", "فوربس"))
    q = quote(doc, "امرأة مليارديرة")
    assert q.label == "indirect" and q.get("speaker") == "e1"
    assert "وفقا" not in q.text
    doc = analyse(SKY, ("e1", "ORG", "سكاي سبورتس", "سكاي سبورتس"), ("e2", "PER", "صلاح", "صلاح"))
    assert said(doc, "إيقاف صلاح")[0] == "e1"


def test_an_attribution_between_commas_after_a_reporting_verb_makes_no_fragment_quote():
    doc = analyse(GEO, ("e1", "ORG", "جيو", "جيو"))
    assert all(q.text.strip() != "وأكدت العائلة" for q in doc.layer("quotes"))


# SaudiNewsNet 2015-07-31, alriyadh (article 1045)
HRW = ("دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين في اليمن لمناطق سكنية في مدينة عدن الجنوبية دون "
       "مراعاة للسكان المدنيين. وأشار بيان المنظمة إلى أنه في \"أكثر الهجمات دموية، قتلت نيران الهاون في "
       "منطقة دار سعد في 19 تموز ما لا يقل عن عشرات من المدنيين بينهم أطفال\".")

# SaudiNewsNet 2015-07-31, okaz (article 1678): the committee is not the university named in its title
TABUK = ("اطلع على التقرير الذي رفعته اللجنة المكلفة للتحقق من إجراءات التسجيل والقبول بجامعة تبوك للطالبة "
         "نور. وأوضح تقرير اللجنة المكلفة أن النسبة الموزونة للطالبة نور هي 91.54.")


def test_a_statement_of_a_body_called_by_its_short_form_is_that_bodys():
    doc = analyse(HRW, ("e1", "ORG", "هيومن رايتس ووتش", "هيومن رايتس ووتش"))
    assert said(doc, "أكثر الهجمات دموية")[0] == "e1"


def test_a_short_form_is_not_a_body_of_another_kind():
    doc = analyse(TABUK, ("e1", "ORG", "جامعة تبوك", "جامعة تبوك"))
    assert said(doc, "النسبة الموزونة")[0] is None


# SaudiNewsNet 2015-07-31, aawsat (article 403)
LEAKED = ("وكانت مصادر مقرّبة من الحكومة الأفغانية سرّبت الخبر إلى وسائل إعلام محلية وأجنبية تفيد بأن "
          "مصدرا باكستانيا رفيعا أكد نبأ وفاة زعيم طالبان قبل سنتين ونصف.")


# SaudiNewsNet 2015-07-27, aawsat (article 69)
ADVISER = ("وهو ما جعل مستشار المرشد للشؤون السياسية والدولية يقول إن إيران تطالب بأن يكون لها حضور ودور "
           "أكبر في القضايا الإقليمية.")


def test_a_subject_ending_in_coordinated_adjectives_is_the_whole_noun_phrase():
    doc = analyse(LEAKED, ("e1", "ORG", "الحكومة الأفغانية", "الحكومة الأفغانية"))
    assert said(doc, "مصدرا باكستانيا") == (None, "وسائل إعلام محلية وأجنبية")
    doc = analyse(ADVISER)
    assert said(doc, "إيران تطالب")[1] == "مستشار المرشد للشؤون السياسية والدولية"


# SaudiNewsNet 2015-08-06, aleqtisadiya (article 577)
MOURINHO = ("قال البرتغالي جوزيه مورينيو مدرب تشيلسي الإنجليزي إن خلافاته السابقة مع مالك النادي رومان "
            "إبراموفيتش انتهت. ويرى مورينيو أن المنافسة ستكون بين الأندية المعتادة نفسها. وقال المدرب "
            "البرتغالي \"الخمسة الكبار كما هم الخمسة الكبار ولماذا لا ينضم أيضا فريق مثل توتنهام؟\"")


def test_a_persons_epithet_is_never_linked_to_a_club():
    doc = analyse(MOURINHO, ("e1", "PER", "جوزيه مورينيو", "جوزيه مورينيو", "مورينيو"),
                  ("e2", "ORG", "تشيلسي", "تشيلسي"))
    assert said(doc, "الخمسة الكبار")[0] != "e2"


# SaudiNewsNet 2015-08-07, alriyadh (article 772)
ASIRI_AGAIN = ("أكد العميد ركن أحمد عسيري المتحدث باسم التحالف المستشار في مكتب وزير الدفاع أن نوعية الدعم "
               "الذي تقدمه قوات التحالف للمقاومة الشعبية في اليمن في تطور مستمر. وقال المتحدث باسم قوات "
               "التحالف ل\"الرياض\" إن العمل يتم بشكل متكامل من جميع النواحي.")


def test_a_spokesmans_title_with_the_bodys_noun_is_the_one_named_before():
    doc = analyse(ASIRI_AGAIN, ("e1", "PER", "أحمد عسيري", "أحمد عسيري"))
    assert said(doc, "العمل يتم بشكل متكامل")[0] == "e1"
