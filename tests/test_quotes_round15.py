"""Issue 16, round 15 (docs/quotes.md "Round 15 (…)"): cues that are no speech (the impersonal
«يعتبر/تعتبر», the noun «طالب» "student"), the subject of a circumstantial participle, the
addressee kept out of the speaker, attribution placed after the content, a quote that ends where a
new cue with its own speaker starts. Every sentence is from a SaudiNewsNet day other than the
reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)


# --- attribution after the content ---------------------------------------------------------

# SaudiNewsNet 2015-07-21, aawsat (article 236)
SOUFAN = ("إذ أمضى تسعة من كبار قيادات «داعش» بعض الوقت في بوكا، تبعا لما ذكرته «مجموعة صوفان»، وهي "
          "مؤسسة معنية بتحليل قضايا الإرهاب.")
# SaudiNewsNet 2015-07-21, aawsat (article 456): the source closes the sentence, no comma before it
TUNISIA = ("وبلغت المفاوضات حد تسخير أجهزة تحليل «دي إن إيه» لكن المهاجرين المعتقلين رفضوا إجراءها حسب "
           "مصادر حقوقية تونسية.")
# SaudiNewsNet 2015-07-25, alriyadh (article 839)
ANADOLU = "واطلقت دبابات من كتيبة المدرعات الخامسة عدة قذائف بحسب وكالة الاناضول."
# SaudiNewsNet 2015-07-21, aleqtisadiya (article 863)
STOXX = "وارتفع مؤشر ستوكس يوروب 600 الأوسع نطاقا 0.5 في المائة إلى 407.75 نقطة بحسب بيانات وكالة رويترز."


def test_tabaan_li_attributes_like_wifqan_li():
    q = quote(analyse(SOUFAN), "بعض الوقت في بوكا")
    assert q.get("cue").text == "تبعا"


def test_a_source_that_closes_its_sentence_attributes_it_without_a_comma():
    doc = analyse(TUNISIA)
    assert said(doc, "رفضوا إجراءها") == (None, "مصادر حقوقية تونسية")
    assert "حسب" not in quote(doc, "رفضوا إجراءها").text
    doc = analyse(ANADOLU, ("e1", "ORG", "وكالة الأناضول", "وكالة الاناضول"))
    assert said(doc, "عدة قذائف") == ("e1", "وكالة الاناضول")
    doc = analyse(STOXX, ("e1", "ORG", "رويترز", "رويترز"))
    assert said(doc, "ستوكس")[1] == "بيانات وكالة رويترز"


def test_in_accordance_with_at_a_sentence_end_is_no_quote():
    # SaudiNewsNet 2015-07-22, alriyadh (article 752)
    doc = analyse("وأوضحت المسنة صفية علي الألمعي أن الأسعار تتفاوت تبعاً لنوع القماش ونوع الخيط.",
                  ("e1", "PER", "صفية علي الألمعي", "صفية علي الألمعي"))
    assert [q.get("cue").text for q in doc.layer("quotes")] == ["وأوضحت"]
    # SaudiNewsNet 2015-07-26, alriyadh (article 882)
    doc = analyse("ومن ثم ضبط الجرعة العلاجية تبعاً لذلك.")
    assert doc.layer("quotes") == []


# --- «يعتبر/تعتبر» "is considered" is no verb of saying -------------------------------------

# SaudiNewsNet 2015-07-21, aawsat (article 193; also aleqtisadiya 890)
BLATTER = ("ويعتبر موعد الانتخابات مكسبا لبلاتر الذي أراد تأخيرها حتى 2016، في حين أن الاتحاد الأوروبي "
           "للعبة يريدها في أقرب وقت.")
# SaudiNewsNet 2015-07-21, aawsat (article 191)
REFEREES = ("بكل أمانة يعتبر الموسم الماضي من أسوأ المواسم للحكام السعوديين، والتقييم يحتاج إلى إعادة "
            "نظر، علما أن اللجنة لم تعلن نتائجه.")
# SaudiNewsNet 2015-07-21, aawsat (article 228)
SHEHAYEB = ("وهنا يعتبر الوزير شهيب أن «الدول المجاورة تلعب دورًا أساسيًا في إعطاء هذه الضمانات».")
# SaudiNewsNet 2015-07-21, aawsat (article 325)
FULERT = ("رئيس مجلس إدارة مجموعة آليانز الألمانية العملاقة للتأمين، ألكسندر فوليرت، يعتبر أنه في الوقت "
          "الراهن نحو 90 في المائة من حوادث الطرق سببها أخطاء بشرية.")


def test_is_considered_with_a_predicate_before_a_later_anna_is_no_cue():
    for text in (BLATTER, REFEREES):
        doc = analyse(text)
        assert [q.get("cue").text for q in doc.layer("quotes") if "عتبر" in q.get("cue").text] == []


def test_a_view_with_its_complementiser_after_the_subject_stays():
    doc = analyse(SHEHAYEB, ("e1", "PER", "وائل أبو فاعور", "شهيب"))
    assert said(doc, "الدول المجاورة")[1] == "الوزير شهيب"
    doc = analyse(FULERT, ("e1", "PER", "ألكسندر فوليرت", "ألكسندر فوليرت"))
    assert said(doc, "حوادث الطرق")[0] == "e1"


# --- the noun «طالب» "student" is no verb "demanded" -----------------------------------------

# SaudiNewsNet 2015-07-22, alwatan (article 1369)
SCHOLARSHIP = ('ويرى متخصصون في مجال أمن المعلومات أن ابتعاث 1000 طالب في تخصص "تقنية الاتصالات وأمن '
               'المعلومات" قرار حكيم من وزارة التعليم.')
# SaudiNewsNet 2015-07-26, alriyadh (article 738)
PRIMARY = ("مُقترحاً جعل المرحلة الابتدائيَّة مفرزةً لا يجتازها طالب أو طالبة ما لم يكونا جديرَين "
           "بالاجتياز، وأن يُوجَّه الطلاب المخفقون.")
# SaudiNewsNet 2015-07-21, aawsat (article 224)
RIZGUI = ("لكن السلطات تقول إن الرزقي وهو طالب (24 عاما) لم يكن على أي قائمة إرهابيين ولم يكن معروفا "
          "عنه أنه متشدد.")
# SaudiNewsNet 2015-07-27, aawsat (article 116): the verb, with its subject after it
LAWYERS = ("الوصول بالعلاقة إلى مستوى الإنجاب مرّ بقضايا قضائية شائكة بدأت عندما طالب محامون يمثّلون "
           "الزوجة بأنه يحق لها أن تحمل منه.")


def test_talib_after_a_number_a_quantifier_or_a_pronoun_is_the_noun():
    for text in (SCHOLARSHIP, PRIMARY, RIZGUI):
        doc = analyse(text)
        assert [q for q in doc.layer("quotes") if "طالب" in q.get("cue").text] == [], text


def test_talib_as_a_verb_with_its_subject_stays_a_cue():
    doc = analyse(LAWYERS)
    assert [q.get("cue").text for q in doc.layer("quotes")] == ["طالب"]


# --- the addressee and the object are no part of the speaker --------------------------------

# SaudiNewsNet 2015-07-22, aljazirah (article 313; also almadina 460, alriyadh 737, 3alyoum 07-26/79)
LEADERSHIP = ("ودعت القيادة الله سبحانه وتعالى أن يتقبله مع الشهداء ويسكنه فسيح جناته وأن يلهم ذويه الصبر "
              "والسلوان.")
# SaudiNewsNet 2015-08-02, aleqtisadiya (article 342), its participle سائلا written as داعيا (the same
# kind of circumstantial participle, a listed cue): whose condolences are the object, not the subject
SUWAYD = ("ونقل الدكتور السويد تعازي خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ونائبه، وولي ولي "
          "العهد إلى أسرة الشهيد، داعيا الله تعالى أن يتقبله بواسع الرحمة والمغفرة، وأن يلهم أهله وذويه "
          "الصبر والسلوان.")


def test_god_and_his_formulae_end_the_speaker_phrase():
    doc = analyse(LEADERSHIP)
    assert said(doc, "يتقبله مع الشهداء") == (None, "القيادة")


def test_a_participle_takes_the_subject_not_the_possessor_of_the_conveyed_condolences():
    doc = analyse(SUWAYD, ("e1", "PER", "سلمان بن عبد العزيز", "الملك سلمان بن عبدالعزيز", "خادم الحرمين الشريفين"))
    assert said(doc, "يتقبله بواسع") == (None, "الدكتور السويد")


# SaudiNewsNet 2015-08-06, sabq (article 3152; also aljazirah 08-07/457, okaz 08-07/1407)
TURKI = ("ودعا الدكتور التركي المولى جل وعلا أن يمكن حكومة خادم الحرمين الشريفين ورجال الأمن البواسل "
         "من القبض على هؤلاء المجرمين.")


def test_the_lord_and_his_formula_end_the_speaker_phrase_but_stay_with_gods_name():
    doc = analyse(TURKI, ("e1", "PER", "عبدالله بن عبدالمحسن التركي", "الدكتور التركي"))
    assert said(doc, "القبض على") == ("e1", "الدكتور التركي")
    # (the same sabq article)
    doc = analyse('يقول الله تعالى "ومن يقتل مؤمناً متعمداً فجزاؤه جهنم خالداً فيها وغضب الله عليه ولعنه".')
    assert said(doc, "فجزاؤه جهنم")[1] == "الله تعالى"


# --- a second source's claim ends the first quote ---------------------------------------------

# SaudiNewsNet 2015-08-02, aawsat (article 166)
FALLUJA = ("ويقول سكان داخل المدينتين إن تنظيم داعش أصدر تعليمات بإعدام كل من يحاول الهرب، فيما تؤكد جهات "
           "حكومية استخدام المدنيين المحاصرين داخل الفلوجة والرمادي دروعًا بشرية من قبل التنظيم المتطرف.")
# SaudiNewsNet 2015-08-01 (article 856) and 08-02 (291, 411, 665): the same subject goes on with
# "and it announced its intention", no second source
SAYRAFI = ("ولفت الدكتور صيرفي إلى أن الهيئة اعتمدت مؤخرا مقاييس بيئية جديدة لجودة الهواء والمياه "
           "والضوضاء، وأعلنت عزمها تطبيق تلك المقاييس على المشاريع الجديدة.")


def test_a_new_cue_with_its_own_subject_ends_the_reported_clause():
    q = quote(analyse(FALLUJA), "أصدر تعليمات")
    assert "جهات حكومية" not in q.text and q.text.endswith("يحاول الهرب")


def test_the_same_subject_going_on_does_not_end_it():
    q = quote(analyse(SAYRAFI, ("e1", "PER", "صيرفي", "صيرفي")), "مقاييس بيئية")
    assert q.text.endswith("المشاريع الجديدة")


# SaudiNewsNet 2015-08-01, okaz (article 1162): whom the commander called on is the object
KAHWAJI = ("طالب قائد الجيش اللبناني العماد جان قهوجي عناصر الجيش وضباطه بالجهوزية الكاملة لمحاربة "
           "الإرهاب. وقال، في تصريح له أمس: «كونوا على جهوزية كاملة للحفاظ على وحدة الوطن وسلامة أبنائه».")
# SaudiNewsNet 2015-08-01, aawsat (article 71): the television he spoke to is the addressee
LEON = ("وقال ليون للتلفزيون الحكومي الجزائري بأن المشاورات جرت بشكل ثنائي بين الأمم المتحدة وممثلي "
        "الأطراف الليبية.")
# SaudiNewsNet 2015-07-21, alwatan (article 1444): الجار الله is a family name
JARALLAH = "إلى ذلك، أوضح الجار الله أن المهرجان يحتوي على فعاليات متنوعة."


def test_a_noun_in_construct_or_an_addressee_after_a_name_ends_the_speaker():
    doc = analyse(KAHWAJI, ("e1", "PER", "جان قهوجي", "جان قهوجي"))
    assert said(doc, "كونوا على جهوزية") == ("e1", "قائد الجيش اللبناني العماد جان قهوجي")
    doc = analyse(LEON, ("e1", "PER", "برناردينو ليون", "ليون"))
    assert said(doc, "المشاورات جرت") == ("e1", "ليون")


def test_gods_name_in_a_family_name_stays_in_the_speaker():
    doc = analyse(JARALLAH, ("e1", "PER", "الجار الله", "الجار الله"))
    assert said(doc, "المهرجان يحتوي") == ("e1", "الجار الله")
