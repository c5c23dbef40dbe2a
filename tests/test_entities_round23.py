"""Issue #14, round 23 (branch ents22): the Syrian opposition's bodies — the coalition and its
interim government — are the opposition (SYROPP), never the regime's government (SYRGOV); an
agent phrase inside a longer listed name is no entity of its own (docs/entities.md, "Round 23").
Every sentence is a real SaudiNewsNet sentence of a day other than the fresh-reading ones."""

from entities_support import analyse


def coded(text, published, **meta):
    """{mention text: (label, actor code)} of every mention of the document."""
    doc = analyse(text, published, **meta)
    return {m.text: (e.label, e.attrs.get("code")) for e in doc.entities for m in e.mentions}


# 2015-08-07 aawsat (Turkey and the Syrian opposition): the interim government's departments
DEPARTMENTS = ("مشيرا إلى أن الحكومة التركية تنظر في دعوات لإلغاء هذا المنصب، وهي ستعمد إلى ذلك في حال "
               "توفرت سبل التنسيق المباشر بين إدارات الحكومة السورية المؤقتة والإدارات الرسمية التركية.")
# 2015-08-02 okaz (an interview with a member of the coalition): the full name, then the short one
INTERVIEW = ("•• كنا ولازلنا ندعو إلى إقامة منطقة آمنة تمكن الحكومة السورية المؤقته من إدارة مهامها "
             "والتي من أولوياتها إغاثة النازحين، لكننا وجدنا أن إدارة مثل هذه المنطقة سيكون من أصعب "
             "الامور بسبب استهداف قوات النظام السوري لها بالبراميل المتفجرة، إلى جانب وجود تنظيم داعش "
             "الإرهابي.\n•• بالتأكيد إن توفير الغطاء العسكري والأمني من الجانب التركي للمنطقة الآمنة "
             "سيدعم تحرك الائتلاف والحكومة المؤقتة نحو القيام بالدور المطلوب، وخاصة فيما يتعلق بإغاثة "
             "النازحين.")
# 2015-08-01 aawsat (the coalition's meeting): the name after و, which holds «الحكومة السورية»
READINESS = ("وقال عضو الهيئة السياسية في الائتلاف أحمد رمضان لـ«الشرق الأوسط» إنّه تم التباحث في "
             "«استعدادات الائتلاف والحكومة السورية المؤقتة للدخول إلى هذه المنطقة والتوافق على إعداد "
             "خطة متكاملة».")
# 2015-08-07 aawsat (the new US envoy to Syria): the coalition named with its adjective
ENVOY = ("بدأ المبعوث الأميركي الجديد إلى سوريا مايكل راتني مهامه بلقاء وفد من الائتلاف السوري المعارض "
         "والحكومة المؤقتة يوم أمس، في مقر الائتلاف في مدينة إسطنبول التركية.")
# 2015-07-21 aawsat (Libya, the Skhirat agreement): Libya's recognised interim government
SKHIRAT = ("فور توقيع الاتفاق بالأحرف الأولى في الصخيرات أعلنت الحكومة المؤقتة برئاسة عبد الله الثني "
           "الترحيب به، وأصدرت بيانا قالت فيه إنه خطوة على بداية الطريق الصحيح لخروج ليبيا من أزمتها.")


def test_the_syrian_interim_government_is_the_opposition_not_the_regime():
    got = coded(DEPARTMENTS, "2015-08-07", source="aawsat")
    assert got["الحكومة السورية المؤقتة"] == ("ORG", "SYROPP")
    assert "الحكومة السورية" not in got  # not cut to the regime's government
    got = coded(INTERVIEW, "2015-08-02", source="okaz")
    assert got["الحكومة السورية المؤقته"] == ("ORG", "SYROPP")
    assert got["الحكومة المؤقتة"] == ("ORG", "SYROPP")  # the short form after the full name
    assert got["قوات النظام السوري"][1] != "SYROPP"  # the regime's forces stay the regime's


def test_an_agent_phrase_inside_a_listed_name_is_no_entity_of_its_own():
    got = coded(READINESS, "2015-08-01", source="aawsat")
    assert got["الحكومة السورية المؤقتة"] == ("ORG", "SYROPP")
    assert "الحكومة السورية" not in got


def test_the_syrian_coalition_is_the_opposition():
    got = coded(ENVOY, "2015-08-07", source="aawsat")
    assert got["الائتلاف السوري"] == ("ORG", "SYROPP")  # the adjective المعارض is no part of the name
    assert got["الائتلاف"] == ("ORG", "SYROPP")  # the head alone is the coalition named before


def test_an_interim_government_alone_is_no_syrian_opposition_body():
    # «الحكومة المؤقتة» alone, with no Syrian name before it, is no short form of the Syrian body
    got = coded(SKHIRAT, "2015-07-21", source="aawsat")
    assert got["الحكومة المؤقتة"][0] == "ORG" and got["الحكومة المؤقتة"][1] != "SYROPP"


# 2015-08-01 aawsat (the coalition's general assembly in Istanbul): title, the fourth paragraph
# and the ninth; the assembly and the presidential body are the coalition's, not the state's
ASSEMBLY = ("4 أسماء تتنافس لرئاسة الائتلاف السوري ومساع للتوصل لصيغة توافقية\n"
            "وتركزت المناقشات بشكل خاص حول الدفع لإنشاء منطقة آمنة في الشمال السوري بعد دخول تركيا على "
            "خط محاربة تنظيم داعش. وقال عضو الهيئة السياسية في الائتلاف أحمد رمضان لـ«الشرق الأوسط» إنّه "
            "تم التباحث في «استعدادات الائتلاف والحكومة السورية المؤقتة للدخول إلى هذه المنطقة والتوافق "
            "على إعداد خطة متكاملة بعدما كانت وزارة الاتصالات والنقل والصناعة توصلت لصياغة إطارها العام». "
            "وأوضح رمضان أن مشاورات اليوم الأول تناولت أيضا التقارير الرئاسية كما الاتفاق الذي وقعه "
            "الائتلاف مع هيئة التنسيق الذي تضمن «خريطة طريق» لإنقاذ سوريا.\n"
            "وقال عضو الهيئة العامة للائتلاف، خطيب بدلة، في تصريح، إن «اجتماعات الهيئة العامة تأتي في ظرف "
            "حساس، وتتطلب من الهيئة العامة اتخاذ قرارات بشأن التطورات على المستويين الميداني والسياسي، "
            "وستجرى انتخابات للهيئة الرئاسية للائتلاف، التي تشمل انتخاب رئيس جديد، ونوابه الثلاثة، والأمين "
            "العام، وانتخاب هيئة سياسية جديدة».")


def test_an_article_about_the_opposition_gives_its_bodies_no_state_code():
    got = coded(ASSEMBLY, "2015-08-01", source="aawsat")
    assert got["الائتلاف"] == ("ORG", "SYROPP")
    assert got["الهيئة العامة للائتلاف"][1] != "SYRGOV"
    assert got["هيئة التنسيق"][1] != "SYRGOV"


# 2015-08-07 aawsat (Aden airport reopens): the first airliner in four months
AIRLINER = ("طائرة مدنية تحط في عدن والمقاومة تواصل التقدم شمالا\nفي الوقت الذي حطت فيه أول طائرة مدنية منذ "
            "أربعة أشهر في مطار عدن الدولي، واصلت قوات الجيش اليمني الوطني المدعومة بالمقاومة الموالية للرئيس "
            "عبد ربه منصور هادي تحريرها لآخر معقل للمتمردين في منطقة العند الاستراتيجية.")
# 2015-08-03 alwatan (Iran's fleet): the civil aviation authority's head on its airliners
FLEET = ("أعلن القائم بأعمال رئيس هيئة الطيران المدني الإيرانية محمد خوداكرامي أمس، نية بلاده تحديث أسطول "
         "الطائرات المدنية من شركتي بوينج وإيرباص، بمجرد رفع العقوبات المفروضة على بلاده.")
# 2015-08-01 aljazirah (the coalition strikes al-Nusra): a military adjective keeps the force
WARPLANES = ("قال المرصد السوري لحقوق الإنسان إن طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة "
             "قصفت مواقع لجبهة النصرة في شمال سوريا امس الجمعة بعد هجوم شنته الجبهة على مقاتلين مدعومين من "
             "الغرب في المنطقة.")


def test_a_civil_aircraft_is_no_military_actor():
    got = coded(AIRLINER, "2015-08-07", source="aawsat")
    assert not any(t.startswith("طائرة") for t in got)
    assert got["قوات الجيش اليمني"][1] == "YEMMIL"
    got = coded(FLEET, "2015-08-03", source="alwatan")
    assert "الطائرات المدنية" not in got
    assert got["هيئة الطيران المدني الإيرانية"][1] == "IRNGOV"


def test_a_military_adjective_keeps_the_air_force():
    got = coded(WARPLANES, "2015-08-01", source="aljazirah")
    assert any(t.startswith("طائرات حربية") and code.endswith("MIL") for t, (_, code) in got.items())
