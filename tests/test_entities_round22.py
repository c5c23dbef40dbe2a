"""Issue #14, round 22 (branch ents21): a definite head alone (الوزارة) is the article's topic
body, not one named in passing; a son named with his father's family name is another person;
«عمان» is Amman, the capital of Jordan, where its article is about Jordan and never about Oman,
and Oman where the article names the sultanate (سلطنة عمان) or lists it with other countries
(docs/entities.md, "Round 22"). Every sentence is a real SaudiNewsNet sentence of a day other
than the fresh-reading ones."""

from entities_support import analyse


def senses(text, published, **meta):
    """[(label, country, English name)] of every mention «عمان» of the document, in text order."""
    doc = analyse(text, published, **meta)
    out = []
    for e in doc.entities:
        for m in e.mentions:
            if m.text == "عمان":
                out.append((m.start, (e.label, e.attrs.get("country"), e.attrs.get("name_en"))))
    return [s for _, s in sorted(out)]


AMMAN = ("LOC", "JOR", "Amman")
OMAN = ("LOC", "OMN", "Oman")

# 2015-08-06 aawsat (Mohammed bin Salman in Jordan): the Saudi embassy in Amman, beside the
# ambassador «لدى الأردن»
EMBASSY = ("كما كان في استقباله الدكتور سامي الصالح سفير السعودية لدى الأردن، والعقيد سليمان العسكر "
           "الملحق العسكري السعودي لدى الأردن، وعدد من المسؤولين في السفارة السعودية في عمان. "
           "من جانبه، أكد الدكتور سامي الصالح، سفير السعودية في عمان، متانة العلاقات القائمة بين "
           "البلدين في جميع المجالات.")
# 2015-08-06 aawsat (Yemen): the wounded flown from Aden to Jordan, flights «بين عدن وعمان»
FLIGHTS = ("بشأن نقل الجرحى والمصابين من عدن إلى الأردن، حيث إن التنسيق في طور الإجراءات النهائية "
           "وسيجري تسيير رحلات جوية باستمرار ما بين عدن وعمان».")
# 2015-08-06 3alyoum (a Jordanian security source): «العاصمة عمان» — Oman is no capital
CAPITAL = ("أكد مصدر أمني أردني نبأ إلقاء القبض على سائق السيارة السعودية التي ظهرت في فيديو على "
           "طريق المطار في العاصمة عمان حيث كانت تخرج من احدى شبابيكها فتاة اسرائيلية شبه عارية.")
# 2015-08-06 aawsat (a survey of women in government): the sultanate, with Jordan in the same list
SURVEY = ("وتحتفظ الزوجة عادة بالأرض أو المنزل في حالة الطلاق، تليها سلطنة عمان ثم الكويت فالأردن "
          "وقطر.")
# 2015-08-02 aawsat (an interview): Oman listed with Saudi Arabia, no Jordan in the article
VISIT = "كما آمل في المستقبل القريب أن أكون قادرا على زيارة المملكة العربية السعودية، وسلطنة عمان."


def test_oman_in_an_article_about_jordan_is_its_capital_amman():
    assert senses(EMBASSY, "2015-08-06", source="aawsat") == [AMMAN, AMMAN]
    assert senses(FLIGHTS, "2015-08-06", source="aawsat") == [AMMAN]


def test_the_capital_named_after_al_asima_is_amman():
    assert senses(CAPITAL, "2015-08-06", source="3alyoum") == [AMMAN]


def test_the_sultanate_and_a_list_of_countries_stay_oman():
    assert senses(SURVEY, "2015-08-06", source="aawsat") == [OMAN]
    assert senses(VISIT, "2015-08-02", source="aawsat") == [OMAN]


# 2015-08-06 aawsat (the Saadi Gaddafi video): the son named in full, then alone
SAADI = ("وكان المدعي العام في طرابلس قد أمر بفتح تحقيق في الفيديو الذي يظهر فيه تعرض الساعدي القذافي "
         "للضرب، وإجباره على الاستماع إلى صراخ مساجين آخرين، في غرف مجاورة. وأظهر التسجيل المسرب الذي "
         "بثته صفحة غرفة عمليات ورشفانة المناوئة للسلطات في طرابلس، تعرض الساعدي للتعذيب بمحبسه في أحد "
         "سجون العاصمة الليبية طرابلس.")
# 2015-08-06 aawsat (the same story, another article): the brother and the father, each alone
FAMILY = ("إن النائب العام أصدر تعليماته بتكليف عضو النيابة بالتحقيق حول ما نشر من شريط يظهر فيه المتهم "
          "الساعدي القذافي يتعرض للإهانة والضرب. ونشر الفيديو بعد أسبوع من حكم محكمة في طرابلس بالإعدام "
          "على سيف الإسلام شقيق الساعدي وعلى ثمانية آخرين من مسؤولي النظام السابق في جرائم ارتكبت خلال "
          "انتفاضة 2011 التي أنهت حكم والدهما القذافي الذي ألقى مسلحون القبض عليه وقتلوه في نهاية العام "
          "نفسه.")


def people(text, published, **meta):
    """mention text -> entity name, for every PER mention of the document."""
    return [(m.text, e.name) for e in analyse(text, published, **meta).entities if e.label == "PER"
            for m in e.mentions]


def test_a_son_named_with_the_family_name_is_not_his_father():
    found = people(SAADI, "2015-08-06", source="aawsat")
    assert ("الساعدي القذافي", "الساعدي القذافي") in found, found
    assert ("الساعدي", "الساعدي القذافي") in found, found
    assert not any(name == "معمر القذافي" for _, name in found), found


def test_the_brother_is_one_name_and_the_father_alone_is_not_the_son():
    found = people(FAMILY, "2015-08-06", source="aawsat")
    assert ("سيف الإسلام", "سيف الإسلام القذافي") in found, found
    assert not any(text == "الإسلام" for text, _ in found), found
    # «والدهما القذافي»: the father, never the son named before him
    assert ("القذافي", "الساعدي القذافي") not in found, found


# 2015-08-06 3alyoum (the Civil Service ministry calls applicants): the ministry that speaks
# throughout, and the Ministry of Education named once in a numbered list of documents
CIVIL_SERVICE = ('أعلنت وزارة الخدمة المدنية أسماء 4878 متقدمة على الوظائف المشمولة بلائحة الوظائف '
                 'التعليمية المعلنة بتاريخ ويمثلن من تم ترشيحهن مبدئيًا لغرض المطابقة النهائية '
                 'لبياناتهن التي قمن بتسجيلها على نظام جدارة.\n ودعت الوزارة المعلنة أسماؤهم المراجعة '
                 'اعتبارًا من يوم الأحد المقبل وحتى نهاية دوام يوم الثلاثاء الموافق 3 من ذي القعدة '
                 'خلال فترة الدوام الرسمي وحسبما هو موضح في جدول توزيع فترات المراجعة للمواد مع مراعاة '
                 'اصطحاب الآتي:\n 1- الهوية الوطنية.\n 2- وثيقة التخرج الأصلية، موضحًا فيها التقدير '
                 'العام والنسبة المئوية أو المعدل التراكمي وتاريخ التخرج.\n 3- الحاصلات على المؤهلات '
                 'الخارجية يتطلب إرفاق معادلة لجنة المعادلات بوزارة التعليم مع إرفاق مفاتيح المعدل مع '
                 'نسختين منها.\n 4- الحاصلات على الدبلوم التربوي يتطلب إرفاق وثيقة الدبلوم العام في '
                 'التربية , في حال كون المتقدمة تحمل مؤهلًا غير تربوي.\n 5- الحاصلات على دبلوم التربية '
                 'الخاصة يتطلب إرفاق وثيقة دبلوم التربية الخاصة.\n وأوضحت الوزارة أن من لم تحضر أصول '
                 'الوثائق مستوفية لجميع مكوناتها النظامية خلال فترة المطابقة لن يتم النظر في المستندات '
                 'التي تتوفر بعد نهاية الفترة المحددة للمطابقة.. ومن لم تراجع خلال فترة المطابقة '
                 'سيعتبر ذلك عدولًا عن رغبتها في التوظيف.\n وأشارت الوزارة إلى أن هذه الدعوة للأسماء '
                 'المعلنة لا يعتبر ترشيحًا نهائيًا وأن الترشيح النهائي بعد إجراء المفاضلة التي ستتم '
                 'بعد المطابقة النهائية.\n وبيّنت الوزارة أنه تبقى 122 وظيفة تعذّر شغلها لعدم')
# 2015-08-06 3alyoum (the Labour ministry's branch in Hail): the Ministry of Municipal Affairs
# named once in the paragraph before «فرع الوزارة»
LABOUR = ('تواصل فروع مكاتب وزارة العمل في منطقة حائل جولات المسح الميداني من خلال توجيه '
          'المفتشين الميدانين العاملين في فرع وزارة العمل بالمنطقة بإشراف ومتابعة مدير عام فرع '
          'الوزارة بحائل الأستاذ صالح الأحمري في تطبيق قرار منع العمل تحت أشعة الشمس مع دخول '
          'شهر أغسطس وتزايد درجات الحرارة ومعاناة العاملين تحت أشعة الشمس تمهيدًا لإيقاع أشد '
          'العقوبات على المخالفين، مع الحرص على الجوانب الإنسانية للإخوة الوافدين.\n وقد شملت '
          'الجولات الميدانية قطاعات البناء والتشييد، والمقاولات العامة والصيانة والتشغيل '
          'والجهات الحكومية الشريكة كوزارة الشؤون البلدية والقروية والنقل والإسكان.\n وطالب '
          '“الاحمري” الجميع بضرورة التعاون مع فرع الوزارة بالإبلاغ عن مخالفي هذا القرار،')


def ministries(text, published, **meta):
    """[(start, entity name)] of every «الوزارة» of the document."""
    return sorted((m.start, e.name) for e in analyse(text, published, **meta).entities for m in e.mentions
                  if m.text == "الوزارة")


def test_a_head_alone_is_the_topic_body_not_one_named_in_passing():
    found = ministries(CIVIL_SERVICE, "2015-08-06", source="3alyoum")
    assert [n for _, n in found] == ["وزارة الخدمة المدنية"] * 4, found
    found = ministries(LABOUR, "2015-08-06", source="3alyoum")
    assert [n for _, n in found] == ["وزارة العمل"] * 2, found

