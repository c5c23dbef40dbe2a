"""Issue 16, twelfth round (docs/quotes.md "Issue 16, twelfth round"): a speaker phrase headed by a
person's office or epithet (منسق، الرئيس العام، الناطق، مفتي، أحد) is linked to a person only, never
to the body its title names, and an unnamed holder stays unlinked like «متحدث باسم الدفاع المدني»; a
feminine nisba (وزير الخارجية الأميركية) rules out a title of another nationality; an attribution
phrase whose verb quotes someone through «عنه» (وفق ما نقلت عنه وكالة X) inside a report makes no
fragment quote. Every sentence is from a SaudiNewsNet day other than the reserved fresh-reading
days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-02, aljazirah (article 467): the coordinator was linked to the ministry
# named in his title
HOCHSTEIN = ("أكد أموس هوكستين المبعوث الخاص ومنسق شئون الطاقة الدولية بوزارة الخارجية الأمريكية أن دول "
             "الخليج مهمة لأمريكا حتى مع زيادة الإنتاج للبترول الأمريكي. وأشار منسق شئون الطاقة الدولية "
             "الأمريكي، خلال لقاء الليلة الماضية مع عدد من الصحفيين المصريين، إلى أن وجود الطاقة أمر أساسي "
             "لتحقيق التنمية في أي دولة.")

# SaudiNewsNet 2015-08-03, alyaum (article 991): «الرئيس العام» was linked to the presidency
MUSAED = ("أكّد الرئيس العام لرعاية الشباب الأمير عبدالله بن مساعد قلقه البالغ من تزايد الديون لدى الأندية. "
          "وبيّن الرئيس العام أن زمن الهواية كان زمنا جميلا، وله مصاريف أقل.")

# SaudiNewsNet 2015-08-02, aljazirah (article 393): the Islamic Jihad's spokesman was linked to Hamas,
# whose spokesman the article named before
JIHAD = ("وقال سامي أبو زهري -الناطق باسم حركة حماس: «إن التعديل الوزاري غير دستوري وخارج التوافق». "
         "بدوره أكد الناطق باسم حركة الجهاد الإسلامي -داود شهاب- أن أي خطوة خارج التوافق الوطني مرفوضة.")

# SaudiNewsNet 2015-08-02, aleqtisadiya (article 287): an unnamed spokesman of a ministry
CHINA = ("وبدأ موقع الجيش الصيني وموقع وزارة الدفاع الصيني يواجه هجمات اختراق وتهديدات أمنية عدة منذ إطلاقه. "
         "وقال متحدث باسم الوزارة إنه وبمراقبة عناوين IP للمهاجمين تبين أن نحو 63 في المائة منها قادمة من "
         "الولايات المتحدة.")

# SaudiNewsNet 2015-07-25, aleqtisadiya (article 346): the same with the body named in the phrase
MEXICO = ("قتل اربعة اطفال وثلاث نساء في صاعقة ضربت منطقة جبلية في ولاية غواناخواتو بوسط المكسيك الجمعة. "
          "وقال متحدث باسم الدفاع المدني لوكالة فرانس برس ان الضحايا لجأوا الى شجرة.")


def test_an_office_is_linked_to_its_holder_never_to_the_body_its_title_names():
    doc = analyse(HOCHSTEIN, ("e1", "PER", "أموس هوكستين", "أموس هوكستين"),
                  ("e2", "ORG", "وزارة الخارجية الأمريكية", "وزارة الخارجية الأمريكية"))
    assert said(doc, "دول الخليج")[0] == "e1"
    entity, phrase = said(doc, "وجود الطاقة")
    assert phrase == "منسق شئون الطاقة الدولية الأمريكي"
    assert entity != "e2"  # (the article names him only before his title: unlinked, not the ministry)
    doc = analyse(MUSAED, ("e1", "ORG", "الرئاسة العامة لرعاية الشباب", "رعاية الشباب"),
                  ("e2", "PER", "عبدالله بن مساعد", "عبدالله بن مساعد"))
    assert said(doc, "زمن الهواية") == ("e2", "الرئيس العام")


def test_a_spokesman_of_one_body_is_neither_that_body_nor_another_bodys_spokesman():
    doc = analyse(JIHAD, ("e1", "PER", "سامي أبو زهري", "سامي أبو زهري"), ("e2", "ORG", "حماس", "حماس"),
                  ("e3", "ORG", "الجهاد الإسلامي", "الجهاد الإسلامي"))
    assert said(doc, "التعديل الوزاري")[0] == "e1"
    assert said(doc, "أي خطوة")[0] not in ("e1", "e2", "e3")


def test_an_unnamed_spokesman_of_a_named_body_stays_unlinked():
    doc = analyse(CHINA, ("e1", "ORG", "وزارة الدفاع الصيني", "وزارة الدفاع الصيني"))
    assert said(doc, "بمراقبة عناوين") == (None, "متحدث باسم الوزارة")
    doc = analyse(MEXICO, ("e1", "ORG", "الدفاع المدني", "الدفاع المدني"))
    assert said(doc, "الضحايا لجأوا") == (None, "متحدث باسم الدفاع المدني")


# SaudiNewsNet 2015-08-03, aawsat (article 149): «وزير الخارجية الأميركية» was linked to Lavrov
KERRY = ("ويلتقي اليوم وزير الخارجية الأميركي جون كيري بنظرائه الخليجيين، كما يعقد وزير الخارجية الروسي سيرغي "
         "لافروف مباحثات مع أمير دولة قطر. ويحرص وزير الخارجية الأميركية على إعطاء تطمينات إضافية للدول "
         "الخليجية بشأن المفاعيل السياسية للاتفاق النووي الإيراني، وأكد في القاهرة، أمس، أن المنطقة ستصبح أكثر "
         "أمنًا بوجود هذا الاتفاق.")


def test_a_feminine_nisba_rules_out_a_title_of_another_nationality():
    doc = analyse(KERRY, ("e1", "PER", "جون كيري", "جون كيري"), ("e2", "PER", "سيرغي لافروف", "سيرغي لافروف"))
    assert said(doc, "المنطقة ستصبح")[0] == "e1"


# SaudiNewsNet 2015-08-06, aleqtisadiya (article 494): the words before the phrase were a fragment
# quote of «ما نقلت», and the report went to the phrase's verb
CAVUSOGLU = ("وقال جاوش اوغلو، بحسب ما نقلت عنه وكالة الاناضول التركية الرسمية، ان \"الطائرات الاميركية بدأت "
             "بالوصول\" الى تركيا، من دون اعطاء مزيد من التفاصيل.")

# SaudiNewsNet 2015-08-08, aawsat (article 117)
GORILOV = ("من جهته قال المسؤول الإعلامي في سفارة روسيا في مالي فيكتور غوريلوف، حسب ما نقلت عنه وكالة إنترفاكس "
           "الروسية للأنباء، إن ثلاثة مواطنين روس «بخير»، نافيا بذلك معلومات اعتبرتهم محتجزين في الفندق.")

# SaudiNewsNet 2015-07-31, 3alyoum (article 179): no report at all (شدد على), and no fragment
BAQAWI = ("وشدد البقعاوي، حسبما نقلت عنه صحيفة “الرياض”، على أهمية دور المهندسين في معالجة المشاكل التي يعاني "
          "منها قطاع الإسكان.")


def test_an_attribution_that_quotes_the_speaker_through_anhu_vouches_for_his_report():
    doc = analyse(CAVUSOGLU, ("e1", "PER", "مولود جاوش اوغلو", "جاوش اوغلو"),
                  ("e2", "ORG", "وكالة الاناضول", "وكالة الاناضول"))
    assert said(doc, "الطائرات الاميركية")[0] == "e1"
    assert not any("جاوش" in q.text for q in doc.layer("quotes"))
    doc = analyse(GORILOV, ("e1", "PER", "فيكتور غوريلوف", "فيكتور غوريلوف"),
                  ("e2", "ORG", "إنترفاكس", "إنترفاكس"))
    assert said(doc, "ثلاثة مواطنين روس")[0] == "e1"
    assert not any("غوريلوف" in q.text for q in doc.layer("quotes"))
    doc = analyse(BAQAWI, ("e1", "PER", "البقعاوي", "البقعاوي"))
    assert doc.layer("quotes") == []


# A columnist citing a piece of his own: "I wrote an article", "I mentioned in the previous article"
# SaudiNewsNet 2015-07-25, aleqtisadiya (article 279): the speaker was «تذكرون قبل نحو شهرين»
OWN_ARTICLE = ("تذكرون قبل نحو شهرين كتبت مقالا عن قضية شاب سعودي طموح وجاد، وقد تخرج من قسم المحاسبة في إحدى "
               "الجامعات السعودية، ومن المعلوم بالضرورة أن الدولة رعاها الله قد أنشأت الجامعات ووفرت الأساتذة "
               "من أجل أن ينعم أبناء الوطن بفرص عمل لائقة.")
# SaudiNewsNet 2015-08-06, alyaum (article 2488)
PREVIOUS_ARTICLE = ("ذكرت في المقال السابق أن القطاع الخاص وخصوصاً في هذه «المرحلة» لا يمكنه حل مشكلة البطالة أو "
                    "الحد منها، وتأكيداً لذلك ما شهده التقرير الأخير لوزارة الاقتصاد والتخطيط.")
# SaudiNewsNet 2015-07-25, aljazirah (article 438)
THIS_COLUMN = ("كتبت مراراً في هذه الزاوية عن الماء، وعن أننا للأسف لا نمتلك إستراتيجية واضحة ومحددة في المخزون "
               "المائي، وأننا منذ نصف قرن لم نتجاوز توفير الماء بسيارات (الوايتات).")
# SaudiNewsNet 2015-07-22, alyaum (article 1740): "she wrote", a paper, stays a quote
PAPER = ("من جهتها، عبرت كل الصحف الجزائرية عن تنديدها بتصريحات ساركوزي، فقد كتبت صحيفة \"البلد\" الجزائرية، "
         "مقالاً تحت عنوان : \"ساركوزي يعد الجزائر بخراب مثل ليبيا\"، وأن ما صدر عن الرئيس الفرنسي السابق، يعدّ "
         "استفزازاً واضحاً وتدخلاً سافراً في الشؤون الداخلية للجزائر.")


def test_a_columnist_citing_his_own_column_is_no_quote():
    for text in (OWN_ARTICLE, PREVIOUS_ARTICLE, THIS_COLUMN):
        doc = analyse(text)
        assert doc.layer("quotes") == [], text[:30]


def test_a_paper_that_wrote_an_article_still_speaks():
    doc = analyse(PAPER, ("e1", "ORG", "البلد", "البلد"), ("e2", "PER", "ساركوزي", "ساركوزي"))
    assert any(q.get("speaker_text", "").startswith("صحيفة") for q in doc.layer("quotes"))


# SaudiNewsNet 2015-08-02, alyaum (article 960): the Fatah secretary was linked to the UN (and, read
# as a person only, would have been its secretary-general)
MAQBUL = ("إن القيادة الفلسطينية طالبت كذلك الامين العام للأمم المتحدة بان كي مون إنشاء آلية لحماية سكان "
          "الأراضي الفلسطينية. بدوره قال امين سر المجلس الثوري لفتح امين مقبول امس: «علينا أيضًا التحرك على "
          "مستوى مجلس الأمن وذلك بالتنسيق مع الأردن».")
# SaudiNewsNet 2015-07-27, aawsat (article 111): a nisba-like club name may be left out of the title
GROSS = ("من جهة ثانية، أكد المدرب كريستيان غروس أن هدفه في الموسم المقبل مع فريقه بطولة الدوري السعودي. "
         "وتمنى مدرب الأهلي في مجمل حديثه، إن كان نظام الاحتراف في الاتحاد السعودي لكرة القدم يسمح، بالتعاقد "
         "مع حارس مرمى أجنبي، مضيفا أن هذا الأمر «سينعكس بشكل إيجابي على كرة القدم السعودية».")


def test_an_office_with_a_definite_noun_of_its_own_is_not_an_earlier_title_without_it():
    doc = analyse(MAQBUL, ("e1", "PER", "بان كي مون", "بان كي مون"), ("e2", "ORG", "الأمم المتحدة", "للأمم المتحدة"))
    assert said(doc, "علينا أيضًا")[0] is None
    doc = analyse(GROSS, ("e1", "PER", "كريستيان غروس", "كريستيان غروس"), ("e2", "ORG", "الأهلي", "الأهلي"))
    assert said(doc, "سينعكس بشكل")[0] == "e1"


# SaudiNewsNet 2015-07-27, aawsat (article 84): the phrase with no comma before it; the clause went
# to «ما نقلت» and the participle after it to the news agencies
ROGOZIN = ("وقال نائب رئيس الوزراء الروسي ديمتري روغوزين بحسب ما نقلت عنه وكالات الانباء الروسية، انه في العقيدة "
           "البحرية الجديدة تم \"التركيز على المحيط الاطلسي والقطب المتجمد الشمالي\"، مشيرا الى ان \"اهتمامنا "
           "بالمنطقة القطبية الشمالية سببه توسع الحلف الاطلسي شرقا\".")


def test_a_participle_after_a_vouching_attribution_continues_the_reports_speaker():
    doc = analyse(ROGOZIN, ("e1", "PER", "ديمتري روغوزين", "ديمتري روغوزين"))
    assert said(doc, "في العقيدة البحرية")[0] == "e1"
    assert said(doc, "اهتمامنا بالمنطقة")[0] == "e1"


def test_one_of_a_group_is_a_person_never_an_organisation_the_tagger_made_of_it():
    # SaudiNewsNet 2015-08-03, aawsat (article 119): the entity stage made an ORG of the phrase
    text = ("ويقول أحد مسؤولي الأمن الليبيين إن عناصر «داعش» في ليبيا لم تهبط من السماء، ولكن هم خليط من "
            "المتشددين القادمين من جماعات معروفة.")
    doc = analyse(text, ("e1", "ORG", "أحد مسؤولي الأمن الليبيين", "أحد مسؤولي الأمن الليبيين"))
    assert said(doc, "لم تهبط") == (None, "أحد مسؤولي الأمن الليبيين")


def test_a_feminine_nisba_the_earlier_title_holds_is_the_same_office():
    # SaudiNewsNet 2015-08-01, aljazirah (article 427): «الفلسطينية» agrees with «الأمنية» and the
    # earlier title holds it too (its «الرسمي» is no nationality)
    text = ("من جهتها أعلنت الأجهزة الأمنية الفلسطينية مساء الجمعة عزمها على «ملاحقة» المستوطنين. وقال المتحدث "
            "الرسمي باسم الأجهزة الأمنية الفلسطينية اللواء عدنان الضميري لوكالة فرانس برس إن المستوطنين "
            "سيلاحقون. وردا على سؤال قال المتحدث باسم الأجهزة الأمنية الفلسطينية إن الهدف من هذا الموقف هو "
            "«امتصاص نقمة العالم على هذه الجريمة».")
    doc = analyse(text, ("e1", "ORG", "الأجهزة الأمنية الفلسطينية", "الأجهزة الأمنية الفلسطينية"),
                  ("e2", "PER", "عدنان الضميري", "عدنان الضميري"))
    assert said(doc, "الهدف من هذا الموقف")[0] == "e2"


def test_a_phrase_that_names_who_said_it_still_makes_the_quote():
    # SaudiNewsNet 2015-08-03, aawsat (article 153): «نقلا عن» names the speakers, not an outlet
    text = ("وذكرت الإذاعة العامة الإسرائيلية، نقلا عن مسؤولين أمنيين إسرائيليين، أنه من الصعب التسلل إلى "
            "الجماعات الإرهابية اليهودية.")
    doc = analyse(text, ("e1", "ORG", "الإذاعة العامة الإسرائيلية", "الإذاعة العامة الإسرائيلية"))
    assert said(doc, "من الصعب التسلل") == (None, "مسؤولين أمنيين إسرائيليين")
