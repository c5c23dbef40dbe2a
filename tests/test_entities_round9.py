"""Issue #14, round 9 (branch ents9): names the entity stage missed or cut, found by the quotes
helper's speakers left without an entity (docs/entities.md, "Round 9"). Each rule is tested on
real SaudiNewsNet sentences of days other than the fresh-reading ones (2015-07-22, 07-25, 07-27,
07-31, 08-06, 08-08)."""

from entities_support import analyse


def entities(text, published, **meta):
    """(label, code, mention texts) of every entity of the document."""
    return [(e.label, e.attrs.get("code"), [m.text for m in e.mentions])
            for e in analyse(text, published, **meta).entities]


def mentions(text, published, **meta):
    return [m for _, _, ms in entities(text, published, **meta) for m in ms]


# -- the Syrian Observatory for Human Rights, and its short form after it ----------------------
# 2015-07-22 (almadina): full name, then "the Observatory's director"
SOHR_DIRECTOR = ("قتل 18 شخصًا وأصيب العشرات بجروح أمس الثلاثاء في سقوط صاروخ مصدره قوات النظام السوري "
                 "على حي شعبي في وسط مدينة حلب في شمال سوريا، بحسب ما ذكر المرصد السوري لحقوق الإنسان، "
                 "وقال مدير المرصد رامي عبدالرحمن لوكالة فرانس برس: «سقط الصاروخ على حي المغاير».")
# 2015-07-27 (aawsat): the spelling الانسان without hamza
SOHR_NO_HAMZA = ("بعد عملية دامت شهرا ، قال المرصد السوري لحقوق الانسان إن وحدات حماية الشعب الكردية "
                 "انتزعت اليوم (الاثنين) السيطرة على بلدة صرين في شمال سوريا.")
# 2015-07-22 (aleqtisadiya): a weather model, "the European observatory": no SOHR in the article
EUROPEAN_MODEL = ("تشير النماذج العددية للتنبؤات الجوية طويلة المدى إلى موسم مطري مميز في بعض مناطق "
                  "السعودية حيث يشير المرصد الأوروبي في توقعاته الأخيرة إلى أمطار فوق المعدل.")
# 2015-07-22 (aleqtisadiya): the short form alone opens the sentence: any observatory
LONE_OBSERVATORY = "ونشر المرصد صورا ظهر فيها أشخاص تجمعوا حول مبان مدمرة، وبعضها استحال ركاما."


def test_the_syrian_observatory_is_an_ngo_and_its_short_form_after_it_the_same_entity():
    got = [x for x in entities(SOHR_DIRECTOR, "2015-07-22", source="almadina") if "المرصد" in x[2]]
    assert got == [("ORG", "NGOHRI", ["المرصد السوري لحقوق الإنسان", "المرصد"])]
    assert ("ORG", "NGOHRI", ["المرصد السوري لحقوق الانسان"]) in entities(
        SOHR_NO_HAMZA, "2015-07-27", source="aawsat")


def test_the_short_form_observatory_with_no_full_name_before_it_is_no_entity():
    assert not any("المرصد" in m for m in mentions(EUROPEAN_MODEL, "2015-07-22", source="aleqtisadiya"))
    assert not any("المرصد" in m for m in mentions(LONE_OBSERVATORY, "2015-07-22", source="aleqtisadiya"))


# -- a two-word given name (عبد الله, ضيف الله) is never cut at الله ---------------------------
# 2015-08-08 (aleqtisadiya)
THAQAFI = ("بدوره، أوضح مدير عام تعليم جدة عبد الله بن أحمد الثقفي, أن الحقائق تتجلى بعد هذا التفجير "
           "الإرهابي الآثم.")
# 2015-07-22 (aljazirah) and 2015-07-25 (sabq): ضيف الله written in two words
SALIHI = ("ورعى محافظ الرس محمد بن عبد الله العساف الاحتفال، بحضور أعضاء مجلس أهالي الرس، والأعيان "
          "من كبار العائلات يتقدمهم الشيخ منصور المالك، والشيخ ضيف الله الصالحي، وعدد كبير من الوجهاء.")
SAMHAN = ("وتضم الفعاليات من المنشدين فهد مطر ، حامد الضبعان ، ومن الشعراء صالح الشادي ، سعيد بن مانع ، "
          "فهد الشهراني ، عبدالله البلعاسي ، ضيف الله السمحان ونجوم قناة بداية شجاع الدوسري.")


def test_a_name_the_tagger_began_at_allah_takes_the_first_word_of_its_compound():
    assert "عبد الله بن أحمد الثقفي" in mentions(THAQAFI, "2015-08-08", source="aleqtisadiya")
    got = mentions(SALIHI, "2015-07-22", source="aljazirah")
    assert "ضيف الله الصالحي" in got and "محمد بن عبد الله العساف" in got
    assert "ضيف الله السمحان" in mentions(SAMHAN, "2015-07-25", source="sabq")


# -- a kinship noun ends a name; "son of" alone is none ---------------------------------------
# 2015-07-31 (sabq): Lafi, Mishal's brother
LAFI = ("وقال لافي شقيق مشعل إن شقيقه \"حالياً فاقد للوعي ومنوّم بقسم العناية المركزة بمستشفى طبرجل "
        "منذ أكثر من ثلاثة أشهر وحالته لم تتحسّن بعد\".")
# 2015-08-06 (3alyoum, alyaum): "the pilot's cousin", "the martyr's cousin"
COUSIN = ("وقال ابن عم الطيار الدكتور عبدالله العقيل: إن جثمان مازن وصل إلى المدينة المنورة إضافة إلى "
          "جثامين الأسرة المتوفاة من عائلة بن لادن ودفنوا جميعًا في مقابر البقيع.")
COUSIN2 = ("من جانبه قال ابن عم الشهيد حسن ناصر بشيري: إن الشهيد له أربعة أشقاء أحدهم يعمل في قوة "
           "الطوارئ بنجران.")


def test_a_kinship_noun_inside_a_person_span_ends_the_name():
    got = mentions(LAFI, "2015-07-31", source="sabq")
    assert "لافي" in got and "لافي شقيق مشعل" not in got


def test_son_of_alone_is_no_person():
    assert "ابن" not in mentions(COUSIN, "2015-08-06", source="3alyoum")
    assert "ابن" not in mentions(COUSIN2, "2015-08-06", source="alyaum")
    assert "عبدالله العقيل" in mentions(COUSIN, "2015-08-06", source="3alyoum")


# -- an article about one foreign country: its unnamed bodies take that country ---------------
# 2015-08-08 (almadina, a wire report): Mali, the tagger's مالي ("financial" when alone in the lists)
MALI = (
    'مالي: مقتل أربعة في هجوم على فندق ومعركة بالأسلحة النارية\n قال سكان ومصادر عسكرية: إن من ي'
    'شتبه أنهم متشددون تكفيريون هاجموا فندقًا في وسط مالي يستخدمه موظفو الأمم المتحدة امس ما أس'
    'فر عن مقتل ثلاثة أشخاص على الاقل وتبادلوا إطلاق النار مع قوات بالقرب من المبنى.\n وتصاعد ال'
    'دخان من الفندق وسمع دوي إطلاق نار الاسلحة الثقيلة بينما دخلت قوات حكومية لإخراج المسلحين ا'
    'لذين داهموا الفندق القريب من المطار في بلدة سيفاري التي تبعد نحو 600 كيلومتر شمال شرقي الع'
    'اصمة باماكو قبل الساعة الثامنة صباحا (0800 بتوقيت جرينتش)، وقال شاهد: إنه أمكن رؤية جثة رج'
    'ل أبيض بوضوح أمام الفندق، وقال المتحدث العسكري سليمان ديمبيلي في رسالة نصية: إن جنديين من '
    'جيش مالي قتلا وأصيب ثلاثة آخرون في تبادل إطلاق النار وقتل مهاجم يرتدي سترة ناسفة، وقال ديم'
    'بيلي إنه يعتقد أن مواطنًا من شرق أوروبا وثلاثة أفراد من عملية حفظ السلام التابعة للامم الم'
    'تحدة لاذوا بالفرار من الفندق، وأضاف: إن رعايا من جنوب أفريقيا وفرنسا وأوكرانيا بداخله، وذك'
    'ر: إن من المعتقد أن خمسة من خاطفي الرهائن موجودون داخل الفندق، ونجحت عملية عسكرية قادتها ف'
    'رنسا عام 2013 في إخراج المتشددين الذين يرتبط بعضهم بصلات بتنظيم القاعدة من مدن وبلدات سيطر'
    'وا عليها قبل ذلك بعام في شمال مالي، وتم نشر قوة حفظ السلام التابعة للأمم المتحدة فيما بعد '
    'للحفاظ على الاستقرار بالبلاد، من جهتها قالت السفارة الروسية في باماكو أمس: إن التقارير الت'
    'ي أفادت بخطف ثلاثة طيارين روس في وسط مالي غير صحيحة، ونقلت وكالة إيتار تاس الروسية للأنباء'
    ' عن السفارة قولها: «هذه التقارير ليست صحيحة، لا نعلم مصدر المعلومة». '
)
# 2015-07-26 (aawsat): Iraqi forces retake the university of Anbar
ANBAR = (
    'القوات العراقية تستعيد جامعة الأنبار من مسلحي «داعش» بعد معارك عنيفة\nقالت قيادة العمليات ا'
    'لمشتركة العراقية في بيان، إن قوات الأمن دخلت جامعة الانبار في جنوب مدينة الرمادي بمحافظة ا'
    'لانبار، واشتبكت مع مسلحي تنظيم "داعش" داخل حرمها.\n\n وأطلقت قوات الامن والجماعات المسلحة ال'
    'متحالفة معها في أبريل (نيسان)، عملية عسكرية في محافظة الانبار بغرب العراق لاستعادتها من أي'
    'دي "داعش".\n\n وجاء في البيان الذي بثه التلفزيون الرسمي "نزف لكم بشرى دخول جهاز مكافحة الاره'
    'اب إلى جامعة الانبار وهم الآن يخوضون معارك تطهيرها من بقايا داعش الارهابي ورفع المتفجرات و'
    'فتح الطرق".\n\n كما أكمل البيان أن "القوات الامنية التي تتقدم باتجاه حي التأميم القريب، واجه'
    'ت مواقع تنظيم داعش المحصنة بالمتفجرات والاسلاك الشائكة".\n\n من جهته، قال فالح العيساوي عضو '
    'مجلس محافظة الانبار، إن القوات الخاصة والجيش والشرطة الاتحادية تمكنت من دخول حرم الجامعة ف'
    'ي وقت مبكر من اليوم (الاحد)، مدعومة بغارات مكثفة من التحالف الذي تقوده الولايات المتحدة.\n\n'
    ' ويشن التحالف غارات على العراق وسوريا المجاورة منذ أغسطس (آب) 2014.\n\n كما أفاد العيساوي لو'
    'كالة "رويترز" للأنباء بأن "القوات الحكومية تكتيكيا تفرض سيطرة كاملة على مجمع الجامعة واستغ'
    'لت فرصة تقهقر مقاتلي داعش لتحقيق التقدم باتجاه حي التاميم في الجزء الجنوبي من الرمادي". مش'
    'يرًا إلى أن جماعات الحشد الشعبي المسلحة لم تشارك في العملية.'
)
# 2015-07-26 (alyaum): a Saudi girl shot in Oman; the Saudi embassy there (المملكة: the kingdom)
OMAN = (
    'طلقة نارية تصيب رأس طفلة سعودية في عُمان\n أصيبت الطفلة السعودية زينب محمد لباد البالغة من '
    'العمر 4 سنوات يوم أمس الاول السبت 9 شوال، بطلق ناري استقر في رأسها أثناء زيارتها برفقة عائ'
    'لتها لسلطنة عمان.\nواوضح محمد لباد ”والد الطفلة“ ان الطلق الناري استقر في بالقرب من الجيوب '
    'الانفية للطفلة ”زينب“ اثناء تواجدها في مدينة ”مسندم“، مشيرا الى انه لا يعرف مصدر الطلق الن'
    'اري والجهلة التي اطلقته، لافتا الى انه لا يمكن الجزم بوجود نية مبيتة للجهة المطلقة للنار ا'
    'و جاءت عن طريق الصدفة جراء تواجد الطفلة في المنطقة، مؤكدا في الوقت نفسه ان الطفلة نقلت على'
    ' الفور الى مستشفى العاصمة ”مسقط“، التي تبعد عن مدينة ”مسندم“ نحو 400 كم تقريبا، لافتا الى '
    'ان الطفلة بانتظار قرار الفريق الطبي المشرف عليها، مبينا، وجود خيارين لانقاذ الطفلة الاول ا'
    'جراء العملية في العاصمة مسقط لاستخراج الرصاصة بالاضافة الى شظية بجوارها والثاني نقلها الى '
    'الرياض لاجراء العملية في حال وجود سرير شاغرة في المستشفى، مشيرا الى ان القرار سيتخذ في الس'
    'اعات القادمة.\nوشكر سفارة المملكة في سلطنة عمان التي بذلت جهودا كبيرا بعد التواصل معها فور '
    'تعرض الطفلة للطلق الناري، مضيفا، ان المسؤولين في السفارة حرصوا على التواجد في المستشفى وال'
    'اشراف المباشر على الحالة الصحية لتقديم العناية اللازمة للطفلة، مبينا، ان الاهتمام من لدن س'
    'فارة المملكة يأتي انسجاما مع توجيهات خادم الحرمين الشريفين الملك سلمان بن عبد العزيز لكافة'
    ' السفارات بتقديم الخدمات للمواطنين في الخارج.\nواكد السفير السعودي في سلطنة عمان عيد الثقفي'
    ' تلقى السفارة اتصالا يفيد باصابة طفلة سعودية باطلاق ناري اثناء رحلة سياحية، مشيرا الى ان ا'
    'لطفلة المذكورة تعرضت بالخطأ الى اطلاق نار اثناء لهوها في الفندق الذي تقيم فيه برفقة والدها'
    ' بمنطقة مسندم.\nواشار الى ان السفارة قامت على الفور بمباشرة الحادث والتنسيق مع السلطات العم'
    'انية المختصة وطلب معرفة ملابساته والاطمئنان على حالة الطفلة. لافتا الى ان التحقيقات الاولي'
    'ة تشير الى ان الحادث ناتج عن طلق ناري من خارج الفندق اثناء احتفال خاص، مبينا ان تم التحفظ '
    'على الفاعل من قبل السلطات العمانية ولا تزال التحقيقات مستمرة.\nوذكر ان السفارة قامت بتكليف '
    'احد موظفي قسم المواطنين فيها بالشخوص الى المستشفى الي تتم فيه معالجة الطفلة والذي تبين ان '
    'حالتها ولله الحمد مستقرة وتخضع للعلاج وتتلقى العناية الطبية اللازمة من قبل المستشفى المذكو'
    'ر. '
)
# 2015-07-26 (aljazirah): "boys and girls" of schools, no Benin
SCHOOLS = ("وهذا ينطبق أيضاً على الوسط المدرسي في مدارس البنات، خاصة في المرحلتين المتوسطة والثانوية "
           "(بنين وبنات).")


def codes(text, published, **meta):
    """Mention text -> its entity's code."""
    return {m.text: e.attrs.get("code") for e in analyse(text, published, **meta).entities for m in e.mentions}


def test_a_country_name_the_lists_never_match_alone_is_the_country_after_a_place_word():
    got = codes(MALI, "2015-08-08", source="almadina")
    assert got["مالي"] == "MLI"
    assert not any(label == "LOC" and code == "BEN"
                   for label, code, _ in entities(SCHOOLS, "2015-07-26", source="aljazirah"))


def test_unnamed_forces_in_a_report_about_one_foreign_country_take_that_country():
    got = codes(MALI, "2015-08-08", source="almadina")
    # the sentence lists other states' nationals in later clauses (رعايا من جنوب أفريقيا وفرنسا)
    assert got["قوات حكومية"] == "MLIMIL" and got["جنديين"] == "MLIMIL"
    assert got["مواطنًا"] == "CVL"  # مواطنًا من شرق أوروبا: a European, not Mali's
    got = codes(ANBAR, "2015-07-26", source="aawsat")
    assert got["الجيش"] == "IRQMIL" and got["الشرطة الاتحادية"] == "IRQCOP"


def test_an_embassy_in_a_report_about_a_foreign_country_is_not_that_country():
    got = codes(OMAN, "2015-07-26", source="alyaum")
    assert not (got.get("سفارة المملكة") or "").startswith("OMN")
    assert not (got.get("المسؤولين") or "").startswith("OMN")


# -- a capital that hosts or witnesses something is the place, not its government ------------
# 2015-07-22 (aleqtisadiya), 2015-07-21 (aawsat, a Nile dam report)
PARIS_HOSTS = ("ومن المقرر أن تستضيف باريس مؤتمر الأمم المتحدة المناخي بين 30 تشرين الثاني (نوفمبر) و11 "
               "كانون الأول (ديسمبر) المقبل.")
CAIRO_HOSTED = ("وذلك استكمالاً للاجتماع السابق الذي شهدته القاهرة أوائل الشهر الحالي، الذي عقد على مستوى "
                "الخبراء. كانت اجتماعات اللجنة الفنية الثلاثية لسد النهضة الإثيوبي، قد عقدت في القاهرة على "
                "مدار 3 أيام أوائل شهر يوليو الحالي، دون التوصل إلى اتفاق.")
# 2015-07-31 (aawsat): the Yemeni capital after للعاصمة (ل + العاصمة)
SANAA = ("وفي محافظة لحج، الواقعة إلى الجنوب الشرقي للعاصمة صنعاء، تمكنت المقاومة الشعبية من السيطرة "
         "على مدينة الحوطة عاصمة المحافظة.")
# 2015-07-26 (alyaum): a quotation mark between the place word and the capital
MUSCAT = ("مؤكدا في الوقت نفسه ان الطفلة نقلت على الفور الى مستشفى العاصمة ”مسقط“، التي تبعد عن مدينة "
          "”مسندم“ نحو 400 كم تقريبا.")
# 2015-07-31 (aawsat): a capital that acts stays its government (اشترتها القاهرة, 2015-07-26)
CAIRO_BOUGHT = ("بعد أيام من تسليم فرنسا لمصر أول ثلاث طائرات من 24 طائرة رافال اشترتها القاهرة أخيرا، "
                "استقبل الرئيس المصري عبدالفتاح السيسي وزير الدفاع الفرنسي.")


def test_a_capital_after_a_verb_of_hosting_or_witnessing_is_the_place():
    assert codes(PARIS_HOSTS, "2015-07-22", source="aleqtisadiya").get("باريس") is None
    assert codes(CAIRO_HOSTED, "2015-07-21", source="aawsat").get("القاهرة") is None


def test_a_capital_after_lil_asima_or_a_quotation_mark_after_the_place_word_is_the_place():
    assert codes(SANAA, "2015-07-31", source="aawsat").get("صنعاء") is None
    assert codes(MUSCAT, "2015-07-26", source="alyaum").get("مسقط") is None


def test_a_capital_that_acts_stays_its_government():
    assert codes(CAIRO_BOUGHT, "2015-07-26", source="aawsat").get("القاهرة") == "EGYGOV"
