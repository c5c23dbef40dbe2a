"""Issue #14, round 8 (branch ents8): error kinds read on a third sample of 25 articles of
2015-08-08 and 2015-07-21 (docs/entities.md, "Round 8"): adjectives read as places or peoples,
group words that are attributes or predicates. Each rule is tested on real SaudiNewsNet sentences
of the sample's days and of 2015-07-26 and 2015-08-01; never the fresh-reading days."""

from entities_support import analyse


def mentions(text, published, **meta):
    """Every mention text of the document (names and nominal mentions)."""
    return [m.text for e in analyse(text, published, **meta).entities for m in e.mentions]


def codes(text, published, **meta):
    """Mention text -> its entity's code."""
    return {m.text: e.attrs.get("code") for e in analyse(text, published, **meta).entities for m in e.mentions}


# -- a nisba after a definite noun is its adjective, no place ---------------------------------
# 2015-08-08 (okaz): "the Senegalese capital Dakar"; the model took the adjective for a place
DAKAR = ("وقال التوفيق، في كلمة إلى فعاليات مؤتمر «الإسلام والسلام» في العاصمة السنيغالية داكار: "
         "«آن الأوان لإسماع صوت الإسلام».")
# 2015-08-01 (aawsat): the cruciate ligament (الرباط الصليبي)
CRUCIATE = ("تترقب الجماهير السعودية عودة كثير من الأسماء والنجوم للميادين الخضراء بعد طول غياب لأسباب "
            "متفاوتة بين الإصابة بالرباط الصليبي التي كانت ظاهرة بارزة في الموسم الماضي.")
# 2015-07-21 (aleqtisadiya) and 2015-07-26 (3alyoum): السعودية after a definite noun with لل
SAUDI_MARKET = ("وقال إن بلاده لا تشجع على عدم توفير العمالة المنزلية الكافية للسوق السعودية. "
                "وأكد أن مهمة الحكومة تتركز في حفظ حقوق مواطنيها.")
SAUDI_STANDARDS = "ضبط وحجز 943 ثلاجة مخالفة للمواصفات السعودية"
# 2015-08-01 (3alyoum): a listed region whose name ends like a nisba stays a place
EASTERN = ("غيرت الرحلات القادمة إلى الرياض وجهتها إلى مطار الدمام بالمنطقة الشرقية، بسبب الغبار.")


def test_a_nisba_the_model_took_for_a_place_after_a_definite_noun_is_an_adjective():
    got = mentions(DAKAR, "2015-08-08", source="okaz")
    assert "السنيغالية" not in got and "داكار" in got
    assert not any("الصليبي" in m for m in mentions(CRUCIATE, "2015-08-01", source="aawsat"))


def test_saudi_after_a_definite_noun_with_the_preposition_l_is_an_adjective():
    assert "السعودية" not in mentions(SAUDI_MARKET, "2015-07-21", source="aleqtisadiya")
    assert "السعودية" not in mentions(SAUDI_STANDARDS, "2015-07-26", source="3alyoum")


def test_a_listed_place_ending_like_a_nisba_stays_a_place():
    got = mentions(EASTERN, "2015-08-01", source="3alyoum")
    assert "المنطقة الشرقية" in got and "الرياض" in got


# -- a nationality after a definite noun completes it, no people of its own ------------------
# 2015-07-21 (aleqtisadiya): the German DAX index
DAX = "وانخفض كاك 40 الفرنسي 0.7 في المائة وتراجع مؤشر داكس الألماني بنسبة 1.12 بالمئة."
# 2015-07-26 (aawsat): Turkish officials, one description
TURKISH_OFFICIALS = ("وكان آدم كاراهان قال لصحيفة «حرييت» إن «رضا ضراب قام بتهريب شحنات ضخمة من الذهب إلى "
                     "خارج البلاد، وكان يقوم بمنح بعض الساسة والمسؤولين الأتراك 4 في المائة من أرباح "
                     "عملية بيع الذهب».")
# 2015-08-01 (aawsat): "supportive of the Kurds": the object of a preposition is the people
PRO_KURDISH = ("في ما ترى فيه السلطات الإسلامية المحافظة مؤشرا إضافيا على «التواطؤ» بين حزب العمال "
               "الكردستاني وحزب الشعوب الديمقراطية المؤيد للأكراد.")


def test_a_nationality_after_a_name_is_no_people():
    got = codes(DAX, "2015-07-21", source="aleqtisadiya")
    assert "الألماني" not in got and "DEU" not in got.values()


def test_a_nationality_after_a_description_joins_it():
    got = codes(TURKISH_OFFICIALS, "2015-07-26", source="aawsat")
    assert got.get("المسؤولين الأتراك") == "TURGOV"
    assert "الأتراك" not in got


def test_a_people_after_a_preposition_stays_a_people():
    assert codes(PRO_KURDISH, "2015-08-01", source="aawsat").get("للأكراد") == "KUR"


# -- a nisba read as a construct plural of a group word ----------------------------------------
# 2015-08-08 (3alyoum): "an Israeli population centre": سكاني is no construct of سكان
POPULATION = ("وقبل ساعات من الغارة قال الجيش الإسرائيلي إن صاروخا أطلق من قطاع غزة سقط خارج تجمع "
              "سكاني إسرائيلي قرب الحدود مع غزة لكنه لم يتسبب في حدوث أضرار.")
# 2015-08-01 (aleqtisadiya): "student counselling": a construct takes no article
COUNSELLING = ("قال الدكتور عزام الدخيل وزير التعليم إنه سوف يتم تخصيص العمل في الإرشاد الطلابي في "
               "المدارس للبنين والبنات للمتخصصين في مجال الدراسات النفسية والاجتماعية.")
# 2015-07-26 (aawsat): a construct plural before a definite nationality noun stays a group
IRANIAN_OFFICIALS = ("وأوضحت وزارة الخارجية البحرينية، أمس، أن مملكة البحرين أدانت، بشدة، استمرار "
                     "التصريحات العدائية من قبل مسؤولي الإيرانيين تجاه البحرين.")


def test_a_nisba_is_no_construct_plural_of_a_group_word():
    got = mentions(POPULATION, "2015-08-08", source="3alyoum")
    assert not any("سكاني" in m for m in got) and "الجيش الإسرائيلي" in got
    assert not any("الطلابي" in m for m in mentions(COUNSELLING, "2015-08-01", source="aleqtisadiya"))


def test_a_construct_plural_before_a_definite_noun_stays_a_group():
    assert any(m.startswith("مسؤولي") for m in mentions(IRANIAN_OFFICIALS, "2015-07-26", source="aawsat"))


# -- "a responsible source", "he was in charge of": no officials --------------------------------
# 2015-07-21 (aawsat) and 2015-07-26 (aawsat): مسؤول as the adjective of مصدر
SECURITY_SOURCE = ("بعد التقدم الذي حققته القوات العراقية باتجاه مدينتي الرمادي والفلوجة، علمت «الشرق "
                   "الأوسط» من مصدر أمني مسؤول أن «توقف المعارك جاء إثر نصيحة أميركية».")
CLUB_SOURCE = ("كشف مصدر هلالي مسؤول لـ«الشرق الأوسط» أن مشكلة الحوالات البنكية المتعلقة برواتب "
               "اللاعبين المحترفين جارٍ معالجتها حاليا.")
# 2015-07-26 (aawsat): a body after "a source in" stays the body
SOURCE_IN = "وقال مصدر في مقاومة أبين لـ«الشرق الأوسط» إن على قوات التحالف «وقف تمدد الحوثيين في أبين»."
# 2015-07-21 (aawsat): the predicate of كان
PREDICATE = ("ويعد من أوائل المنتمين للتنظيم المتطرف، وقبيل مصرعه كان مسؤولاً عن قطاع «الصيدلة» لدى "
             "«داعش» في سوريا.")
# 2015-08-01 (aawsat): a definite subject after كان stays an actor
SUBJECT = ("وكانت السلطات النيجيرية قد عينت أول من أمس الجنرال آليا أباه قائدا جديدا للقوة "
           "العسكرية.")


def test_responsible_after_a_source_is_its_adjective():
    got = mentions(SECURITY_SOURCE, "2015-07-21", source="aawsat")
    assert "مسؤول" not in got and "القوات العراقية" in got
    assert "مسؤول" not in mentions(CLUB_SOURCE, "2015-07-26", source="aawsat")


def test_a_body_after_a_source_in_stays_an_actor():
    assert "مقاومة أبين" in mentions(SOURCE_IN, "2015-07-26", source="aawsat")


def test_an_accusative_group_word_after_kana_is_a_predicate():
    got = mentions(PREDICATE, "2015-07-21", source="aawsat")
    assert "مسؤولاً" not in got and "داعش" in got
    assert "السلطات النيجيرية" in mentions(SUBJECT, "2015-08-01", source="aawsat")


# -- a capital as a place keeps no government code ----------------------------------------------
# 2015-07-21 (aawsat): "in the state of Khartoum", the place word with its preposition
KHARTOUM = ("وتسلل تسعة طلاب بريطانيين من أصول سودانية يدرسون الطب بجامعة العلوم الطبية والتكنولوجيا "
            "المملوكة لوزير الصحة بولاية الخرطوم مأمون حميدة مارس الماضي، إلى سوريا.")
# 2015-08-01 (aawsat): Washington acts (it trained them)
WASHINGTON = ("استهدفت الغارة مقاتلين من المعارضة السورية دربتهم واشنطن ضمن برنامج تقوده لبناء قوة "
              "سورية لمحاربة داعش.")


def test_a_capital_after_a_place_word_is_the_place():
    assert codes(DAKAR, "2015-08-08", source="okaz").get("داكار") != "SENGOV"
    assert codes(KHARTOUM, "2015-07-21", source="aawsat").get("الخرطوم") != "SDNGOV"


def test_a_capital_that_acts_stands_for_its_government():
    assert codes(WASHINGTON, "2015-08-01", source="aawsat").get("واشنطن") == "USAGOV"


# -- a description never repeats a name that starts after a proclitic ---------------------------
# 2015-07-21 (alweeam): بالرئاسة العامة لرعاية الشباب, one mention, no nominal الرئاسة over it
# (the name is named before, so that الرئاسة could refer back to it)
PRESIDENCY = ("اختتمت فعاليات برنامج ” الوطن عندنا غالي ” الذي نظمته وكالة شؤون الشباب (النشاطات "
              "الشبابية) بالرئاسة العامة لرعاية الشباب ، والذي استمر لمدة يومين. وتوج مدير عام النشاط "
              "الكشفي بالرئاسة العامة لرعاية الشباب الاستاذ محمد السويلم ونائبه الاستاذ صالح الهزاع "
              "الفائزين بمسابقات البرنامج الثقافية.")


def test_no_nominal_mention_repeats_a_name_after_a_proclitic():
    got = mentions(PRESIDENCY, "2015-07-21", source="alweeam")
    assert got.count("الرئاسة العامة لرعاية الشباب") == 2 and "الرئاسة" not in got


# -- tournaments named by a place: one name, no countries --------------------------------------
# 2015-07-26 (aawsat): Copa America beside the countries that played it
COPA = ("ويلعب منتخب الأرجنتين مع الإكوادور، فيما تلعب تشيلي بطلة كوبا أميركا مع البرازيل.")
# 2015-08-07 (aawsat): the Africa Cup of Nations
AFCON = ("الذي أشرف على أورييه عندما قاد ساحل العاج إلى لقب كأس أمم أفريقيا 2015 للمرة الثانية بعد "
         "لقبه الأول مع زامبيا في 2012.")


def test_a_tournament_named_by_a_place_is_one_name_and_no_country():
    got = codes(COPA, "2015-07-26", source="aawsat")
    assert "كوبا أميركا" in got and "كوبا" not in got and "أميركا" not in got
    assert got.get("تشيلي") == "CHL"
    got = codes(AFCON, "2015-08-07", source="aawsat")
    assert "كأس أمم أفريقيا" in got and "أفريقيا" not in got and "زامبيا" in got


# -- "some", "most" of a profession: the profession in general, no group ------------------------
# 2015-08-08 (aljazirah), 2015-08-01 (aawsat, aleqtisadiya)
SOME_JOURNALISTS = ("هل نسي المسؤولون المتقاعدين؟ سبق وأن كتب بعض الصحفيين جزاهم الله خيراً في جريدة "
                    "الجزيرة الموقرة.")
SOME_DOCTORS = ("وأكد بعض الأطباء النفسيين أنّ وسائل الاستجواب في ظل إدارة أوباما التي تقدم على أنّها غير "
                "قمعية وتستند إلى قواعد عمل الجيش، تطرح مشكلات أيضًا.")
MOST_LAWYERS = "في المملكة المتحدة، كما يقول لين، خلص معظم المحامين إلى أن القانون هناك مشابه للقانون الأمريكي."
# 2015-08-01 (aawsat): some of an organisation's fighters are a group of it
SOME_FIGHTERS = ("وقد تؤدي وفاة الملا عمر إلى ترسيخ الانقسامات داخل حركة طالبان، مع إعلان بعض مقاتليها "
                 "الولاء لتنظيم داعش الذي يسيطر على مناطق واسعة من سوريا والعراق.")


def test_some_or_most_of_a_profession_is_no_group():
    assert "الصحفيين" not in mentions(SOME_JOURNALISTS, "2015-08-08", source="aljazirah")
    assert not any(m.startswith("الأطباء") for m in mentions(SOME_DOCTORS, "2015-08-01", source="aawsat"))
    assert "المحامين" not in mentions(MOST_LAWYERS, "2015-08-01", source="aleqtisadiya")


def test_some_fighters_of_an_organisation_stay_a_group():
    assert "مقاتليها" in mentions(SOME_FIGHTERS, "2015-08-01", source="aawsat")
