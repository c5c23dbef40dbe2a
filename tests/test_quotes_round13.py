"""Issue 16, round 13 (docs/quotes.md "Round 13 (implied subjects)"): when the subject of a verb
of saying is implied, the words right after or before the verb are no speaker: an adverbial of
manner (بشكل صريح، بكل وضوح، بلهجة …، مازحا، معلقا), a heading (تحت عنوان «…»), a fronted adverbial
of topic or time (وحول …، وفي مارس الماضي), a verbal noun after "in which" (أكد فيها أهمية …); the
plural noun كتب ("books") after a preposition or a quantifier is no cue; a noun of relation (خصوم،
أنصار، محامي) before a name does not make its phrase that name's. Every sentence is from a
SaudiNewsNet day other than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-08, aleqtisadiya (article 248)
STEWART = ('وقال ستيوارت "لقد عملنا بجهد كبير.. لم تكن كل الحلقات موفقة لكننا أعطينا كل ما لدينا على '
           'الدوام"، وأضاف مازحا "من الواضح أن وضع العالم أسوأ بوضوح مما كان عليه عندما بدأت. هل تسببت أنا '
           'في ذلك؟".')

# SaudiNewsNet 2015-07-21, aawsat (article 436)
GOMEZ = ("لا فرق في كيفية تحضير الطعام للرؤساء أو للأشخاص العاديين الذي يرتادون المطاعم يؤكّد غيوم غوميز في "
         "حديثه لـ«الشرق الأوسط»، فهذه المهنة ترتكز على إرضاء الشخص الآخر أيا كان. ويقول معلقا: «عندما أحضّر "
         "طبقا لعائلتي أو لزبون ما في مطعم أو لرئيس جمهورية فأنا أقوم بالشيء نفسه».")

# SaudiNewsNet 2015-07-26, aawsat (article 154)
NASRALLAH = ("من جانب آخر، تطرق نصر الله إلى الوضع اللبناني الداخلي، فقال أيضا بلهجة تحدٍّ لخصوم حزبه إن "
             "«التلويح باستقالة الحكومة أو التهديد بها لن يقدم ولن يؤخر شيئا، بل يضر البلد ويأخذه إلى الفراغ "
             "وبالتالي إلى المجهول».")

# SaudiNewsNet 2015-07-27, okaz (article 1308): the adverbial after a cue inside a reported clause
ASSAD = ("فيما قالت نائبة رئيس الائتلاف نورا الأمير إن بشار الأسد اعترف بكل وضوح أنه باع سوريا لإيران وحزب "
         "الله.")


def test_a_circumstantial_adjective_after_the_cue_is_no_speaker():
    doc = analyse(STEWART, ("e1", "PER", "جون ستيوارت", "ستيوارت"))
    assert said(doc, "وضع العالم أسوأ") == ("e1", "ستيوارت")
    doc = analyse(GOMEZ, ("e1", "PER", "غيوم غوميز", "غيوم غوميز"))
    entity, phrase = said(doc, "عندما أحضّر")
    assert entity == "e1" and phrase != "معلقا"


def test_a_manner_phrase_with_bi_is_no_speaker():
    doc = analyse(NASRALLAH, ("e1", "PER", "حسن نصر الله", "نصر الله"))
    entity, phrase = said(doc, "التلويح باستقالة")
    assert entity == "e1"
    assert "بلهجة" not in (phrase or "")
    doc = analyse(ASSAD, ("e1", "PER", "بشار الأسد", "بشار الأسد"), ("e2", "PER", "نورا الأمير", "نورا الأمير"))
    admits = [q for q in doc.layer("quotes") if q.get("cue").text == "اعترف"]
    assert [(q.get("speaker"), q.get("speaker_text")) for q in admits] == [("e1", "بشار الأسد")]


# SaudiNewsNet 2015-08-01, sabq (article 1216): the adverbial takes a و of its own
QATAMI = ("وقال الشيخ ناصر القطامي إن الحفظ في الصغر أيسر. وواصل: كل هذا وما سبق يُعد واقعاً ملموساً ويؤكد "
          "وبكل وضوح ما دلت عليه دراسات عدّة أن حفظ القرآن الكريم له أثره العظيم والمبارك في تنمية المهارات.")


def test_a_manner_phrase_with_its_own_conjunction_is_no_speaker():
    doc = analyse(QATAMI, ("e1", "PER", "ناصر القطامي", "ناصر القطامي"))
    entity, phrase = said(doc, "حفظ القرآن الكريم")
    assert entity == "e1" and "وضوح" not in (phrase or "")


# SaudiNewsNet 2015-07-21, aawsat (article 232)
HEADING = ("وينظر تقرير أعده المركز المصري للبحوث والدراسات الأمنية، الذي يرأسه اللواء عبد الحميد خيرت، إلى "
           "وجود قوى في الإقليم تحت اسم محاربة «داعش» بعين الريبة. ويقول تحت عنوان «داعش ودول الخليج.. حسابات "
           "سياسية ومخاطر أمنية» إن وجود قوة كبرى داخل الإقليم لقيادة تحالف دولي لم يعد مقبولا.")


def test_a_heading_after_the_cue_is_no_speaker():
    doc = analyse(HEADING, ("e1", "ORG", "داعش", "داعش"),
                  ("e2", "ORG", "المركز المصري للبحوث والدراسات الأمنية", "المركز المصري للبحوث والدراسات الأمنية"))
    entity, phrase = said(doc, "وجود قوة كبرى")
    assert "عنوان" not in (phrase or "")
    assert entity == "e2"  # the report that was the subject speaks on, for the centre that wrote it


# SaudiNewsNet 2015-07-22, alriyadh (article 915)
ARAR = ("وقال الأمير متعب بن عبدالله إن القوات جاهزة. وحول اعتماد وحدات سكنية ومستشفى للحرس في عرعر قال بأنه "
        "إذا تم اعتماد قوة حرس بعرعر سيكون هناك بناء وحدات سكنية ومستشفى.")

# SaudiNewsNet 2015-07-22, aawsat (article 21)
EUROSTAT = ("وفي مارس (آذار) الماضي قال مكتب الإحصاء الأوروبي، إن السوريين يحتلون صدارة قائمة الأكثر طلبا للجوء "
            "في الاتحاد الأوروبي.")

# SaudiNewsNet 2015-07-21, aleqtisadiya (article 722)
HESTERMAN = ('وخلال جلسة لمجلس الشيوخ في أيار (مايو) الماضي قال اللفتنانت جنرال جون هسترمان قائد أسراب القوات '
             'الجوية في الشرق الأوسط "إن نشر مراقبين جويين على الأرض سيساعد".')


def test_a_fronted_adverbial_of_topic_is_no_subject():
    doc = analyse(ARAR, ("e1", "PER", "متعب بن عبدالله", "متعب بن عبدالله"), ("e2", "LOC", "عرعر", "عرعر"))
    assert said(doc, "بناء وحدات سكنية")[0] == "e1"


# SaudiNewsNet 2015-07-31, 3alyoum (article 213): a relative clause inside the fronted topic
HAJJ = ("وقال صاحب حملة الحج والعمرة إن الجهات الأمنية باشرت الحادث. وحول الإجراءات التي سيتم اتخاذها تجاه "
        "المصابين والشهداء قال إن السفير العماني قطع إجازته للوقوف ومتابعة الأوضاع عن قرب.")


def test_a_fronted_topic_with_a_relative_clause_is_no_subject():
    doc = analyse(HAJJ)
    assert said(doc, "السفير العماني")[1] == "صاحب حملة الحج والعمرة"


def test_a_fronted_adverbial_of_time_leaves_the_subject_after_the_verb():
    doc = analyse(EUROSTAT)
    assert said(doc, "السوريين يحتلون")[1] == "مكتب الإحصاء الأوروبي"
    doc = analyse(HESTERMAN, ("e1", "PER", "جون هسترمان", "جون هسترمان"))
    entity, phrase = said(doc, "نشر مراقبين")
    assert entity == "e1" and phrase != "الماضي"


# SaudiNewsNet 2015-07-21, aawsat (article 38)
KHALID = ("إثر ذلك أطلق الشيخ خالد بن أحمد آل خليفة تغريدة على مدونته الرسمية على موقع التواصل الاجتماعي "
          "«تويتر» قال فيها «نهنئ الشعب الإيراني المظلوم بعيد الفطر المبارك ونتمنى له أوضاعا أفضل».")

# SaudiNewsNet 2015-08-01, alyaum (article 948)
SHIMA = ("وتضمن حفل الافتتاح، استعراضا لأعلام الدول المشاركة، وكلمة لقائد عام المخيم تكاياسو شيما، أكد فيها "
         "أهمية المخيم في تعزيز الصداقة والسلام بين كشافي العالم، مفيداً أن فعاليات المخيم ستكون حالة من "
         "التناغم بين الكشافين.")


def test_after_in_which_the_statements_issuer_speaks():
    doc = analyse(KHALID, ("e1", "PER", "خالد بن أحمد آل خليفة", "خالد بن أحمد آل خليفة"))
    assert said(doc, "نهنئ الشعب")[0] == "e1"


def test_a_verbal_noun_after_in_which_is_the_object():
    doc = analyse(SHIMA, ("e1", "PER", "تكاياسو شيما", "تكاياسو شيما"))
    assert said(doc, "فعاليات المخيم")[0] == "e1"
    assert all("أهمية" not in (q.get("speaker_text") or "") for q in doc.layer("quotes"))


# SaudiNewsNet 2015-07-21, aawsat (article 428); 2015-07-22, aleqtisadiya (article 194); 2015-07-21,
# alweeam (article 1853): كتب "books" after a preposition or a quantifier
BOOKS = [
    "المزة اللبنانية غنية، ولكن «عنب» نجح في البحث في كتب المطبخ اللبناني العتيقة وأعاد إحياء أطباق وطبخات "
    "كانت على وشك أن تصبح منسية.",
    'بعض كتب الأطفال أو الكارتون مثل "نسر في المملكة المتحدة" يمجد الإمكانات التقنية المستقبلية للقنبلة الذرية.',
    "كما أن ما ذكر في بعض كتب الفقهاء في شروحاتهم عن الفجر الكاذب وأنه تعقبه ظلمة قبل ظهور الصادق غير صحيح.",
]


def test_the_plural_noun_books_after_a_preposition_or_quantifier_is_no_cue():
    for text in BOOKS:
        doc = analyse(text)
        assert all(q.get("cue") is None or q.get("cue").text != "كتب" for q in doc.layer("quotes")), text


# SaudiNewsNet 2015-07-21, aawsat (article 278); 2015-07-25, alriyadh (article 795); 2015-08-07, aawsat
# (article 134): كتب right after a verb of saying is that verb's subject, "books"
BOOKS_SAY = [
    ("حيث تشير كتب هذا المذهب إلى أنه تلقي الوحي من ملاك يدعى «مورموني».", "تشير", "كتب"),
    ("تباينت آراء عديدة حول اسم أبها، وأشارت كتب تاريخية بأنها كانت تحمل اسم (قيثاء) أو (غيثاء).",
     "وأشارت", "كتب تاريخية"),
    ("ثم عاد لإعداد الحفل حيث تذكر كتب التاريخ أنه خصص 500 من الطهاة وألفا من الخدم للعمل على راحة الضيوف.",
     "تذكر", "كتب التاريخ"),
]


def test_books_right_after_a_verb_of_saying_are_its_subject():
    for text, cue, phrase in BOOKS_SAY:
        doc = analyse(text)
        assert [(q.get("cue").text, q.get("speaker_text")) for q in doc.layer("quotes")] == [(cue, phrase)], text


def test_the_verb_wrote_still_reports():
    # SaudiNewsNet 2015-07-27, 3alyoum: كتب at the start of its clause is the verb
    doc = analyse("وكتب العريفي في تغريدة أن الضب ليس حراما.", ("e1", "PER", "محمد العريفي", "العريفي"))
    assert said(doc, "الضب ليس حراما")[0] == "e1"


# SaudiNewsNet 2015-07-21, aawsat (article 84)
LAWYER = ("ونقلت الصحيفة عن محامي ميليسا قوله، إن «السيدة تعيش وحدها مع طفلها الصغير في بروكسل، وأرادت "
          "الالتحاق بزوجها في تركيا لإقناعه بالعودة».")


def test_a_noun_of_relation_before_a_name_is_not_that_name():
    doc = analyse(LAWYER, ("e1", "PER", "ميليسا", "ميليسا"))
    entity, phrase = said(doc, "السيدة تعيش")
    assert entity is None and phrase == "محامي ميليسا"


def test_a_lawyer_named_after_his_field_is_still_linked():
    # SaudiNewsNet 2015-07-21 (the topic of أما, tests/test_quotes_speakers.py): the name is the lawyer
    doc = analyse('أما محامي القضايا الجزائية غازي مرابط، فقد رأى أن "مشروع القانون هذا يشكل إشارة سيئة".',
                  ("e1", "PER", "غازي مرابط", "غازي مرابط"))
    assert said(doc, "إشارة سيئة")[0] == "e1"


# SaudiNewsNet 2015-07-21, aawsat (article 410): "in it" refers back to an article; its writer speaks
BERGAN = ("قبل أيام وجدت مقالة قديمة كتبها الناقد البريطاني رونالد برغن في صحيفة «ذ غارديان» سنة 2007 يقول فيها: "
          "«معظم مراجعي الأفلام يتعاملون أساسًا مع محتوى الفيلم. أي واحد يستطيع أن يخبرك ما هي حبكة الفيلم».")

# SaudiNewsNet 2015-07-31, 3alyoum (article 192): the site a tweet was written on is not its writer
MODI = ("ونعى رئيس الوزراء الهندي، مودي، الرئيس الراحل، في تغريدة على صفحته بموقع “تويتر”، قال فيها: “تنعي "
        "الهند خسارة عالم عظيم، ورئيس رائع، وفوق كل ذلك شخص ملهم”.")


def test_after_in_it_the_writer_of_the_article_speaks():
    doc = analyse(BERGAN, ("e1", "PER", "رونالد برغن", "رونالد برغن"), ("e2", "ORG", "ذ غارديان", "ذ غارديان"))
    entity, phrase = said(doc, "مراجعي الأفلام")
    assert entity == "e1" and "2007" not in phrase


def test_the_site_of_a_tweet_is_not_its_writer():
    doc = analyse(MODI, ("e1", "PER", "ناريندرا مودي", "مودي"), ("e2", "ORG", "تويتر", "تويتر"))
    assert said(doc, "تنعي الهند")[0] == "e1"


def test_a_verb_with_its_conjunction_after_a_preposition_still_reports():
    # SaudiNewsNet 2015-08-01, aljazirah (article 408): إلي "to me", then وقال opens a clause
    doc = analyse("ثمّ التفت إلي الدكتور علي أبوالمكارم وقال “أنا أعطي على الباب الأول هذا ماجستير”.",
                  ("e1", "PER", "علي أبوالمكارم", "علي أبوالمكارم"))
    assert said(doc, "أنا أعطي")[0] == "e1"


def test_quoting_after_a_verb_of_saying_stays_an_attribution():
    # SaudiNewsNet 2015-08-01, alweeam (article 892): نقلا (dual past of نقل) is "quoting", no subject
    doc = analyse("وقال نقلا عن دائرة صحة محافظة الانبار ان 174 من المدنيين قتلوا واصيب 453 آخرون بجروح.")
    q = quote(doc, "من المدنيين")
    assert q.get("speaker_text") == "دائرة صحة محافظة الانبار"
