"""A person called again by the given name alone: tenth round of issue 16 (docs/quotes.md "Issue
16, tenth round"). News names a person in full once (رامي السيد اليافعي، العميد متقاعد سعد العسيري)
and then often by the first name (ولفت رامي، وقال العميد سعد); the entity stage links a surname
alone to the full name but leaves a given name alone unlinked or makes it a one-word entity of its
own. The one person named before with that first name speaks; a person named only later does not
count, and two earlier persons sharing the name leave the speaker unlinked. Every sentence is from a
SaudiNewsNet day other than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-06, alyaum/ain alyoum (article 131)
RAMI = (
    "“نتغدى أرز وماء لنتذوق طعم الانتصار القريب” هذه العبارات كانت آخر رسائل الشهيد جمال علي الكبدي اليافعي "
    "الذي استشهد يوم أمس في قاعدة العند وهو يتصدى لفلول الحوثي والمخلوع صالح.\n"
    "وقال رامي السيد اليافعي لـ”عين اليوم” إن الشهيد جمال أحد أفراد لواء سلمان الحزم وكان من المتحمسين "
    "للمشاركة في تحرير الجنوب.\n"
    "ولفت رامي إلى أن جمال كان مقيمًا في السعودية غير أن نداء الواجب دفعه لترك كل شيء والانضمام لإخوانه في "
    "لواء سلمان الحزم.\n")
RAMI_ENTITIES = (("e1", "PER", "رامي السيد اليافعي", "رامي السيد اليافعي"),
                 ("e2", "PER", "جمال علي الكبدي اليافعي", "جمال علي الكبدي اليافعي"))

# SaudiNewsNet 2015-08-02, aawsat (article 153)
SAAD = (
    "يقول العميد متقاعد سعد العسيري، الذي كان من ضمن المشاركين في القوات البرية السعودية، إن تلك الحرب جمعت "
    "قوات عربية شتى. وقال العميد سعد في استذكار للتضحيات التي ضربتها القوات معًا، إن تلك الحرب حققت الهدف. "
    "وسرد الكاتب الكويتي سعد الحرمل في حديث ممتلئ بالدعوات للراحل الملك فهد.")
SAAD_ENTITIES = (("e1", "PER", "سعد العسيري", "سعد العسيري"), ("e2", "PER", "سعد الحرمل", "سعد الحرمل"),
                 ("e3", "PER", "فهد", "الملك فهد"))

# SaudiNewsNet 2015-07-22, alriyadh (article 1080)
AMNA = (
    "وتؤكد د. آمنة كريم أن للألعاب النارية مخاطر متنوعة وعديدة وتؤثر على الصحة النفسية قبل الجسدية. "
    "وأوضحت د. آمنة أن الضوء والحرارة التي تصدر من الألعاب النارية، تلحق ضرراً بالعين والجلد.")


def test_a_given_name_alone_is_the_person_named_before_in_full():
    doc = analyse(RAMI, *RAMI_ENTITIES)
    assert said(doc, "جمال كان مقيمًا") == ("e1", "رامي")


def test_a_given_name_after_a_form_of_address_is_that_person():
    doc = analyse(AMNA, ("e1", "PER", "آمنة كريم", "آمنة كريم"))
    assert said(doc, "تلحق ضرراً")[0] == "e1"


def test_a_person_of_the_same_given_name_named_only_later_does_not_count():
    doc = analyse(SAAD, *SAAD_ENTITIES)
    assert said(doc, "حققت الهدف")[0] == "e1"


def test_two_persons_named_before_with_that_given_name_leave_the_speaker_unlinked():
    # the same sentences with a second Rami named first (the full names of both are the article's):
    # nothing says which one «رامي» is
    doc = analyse("وكان رامي الكبدي في قاعدة العند.\n" + RAMI, *RAMI_ENTITIES,
                  ("e3", "PER", "رامي الكبدي", "رامي الكبدي"))
    assert said(doc, "جمال كان مقيمًا")[0] is None


# --- a family name alone, when the entity stage split its bearer in two ------------------------

# SaudiNewsNet 2015-07-27, alyaum/ain alyoum (article 26)
ABURUKBA = (
    "وتنظمه كل من الغرفة التجارية الصناعية بجدة وAME مكتب د. إيهاب حسن أبوركبة وبشراكة إستراتيجية مع وزارة "
    "العمل.\n"
    "وأعرب رئيس المنتدى الدكتور إيهاب بن حسن أبوركبة عن سعادته لحرص وزير العمل ورعايته الكريمة للمنتدى، "
    "مؤكداً أن حرص وزارة العمل على مواصلة دعم هذا المنتدى استشعاراً لأهمية تطوير ممارسات الموارد البشرية.\n"
    "وأوضح أبوركبة أن المنتدى عزز في نسخه الست الماضية لبناء الشراكة الإستراتيجية بين القطاعين العام "
    "والخاص.\n")


def test_a_family_name_alone_is_the_one_person_the_entity_stage_split_in_two():
    # the entity stage's reading of the article: two entities for one man
    doc = analyse(ABURUKBA, ("e1", "PER", "إيهاب حسن أبوركبة", "إيهاب حسن أبوركبة"),
                  ("e2", "PER", "إيهاب أبوركبة", "إيهاب بن حسن أبوركبة"))
    assert said(doc, "المنتدى عزز")[0] == "e2"  # the fuller name: both are the same man


def test_a_family_name_alone_stays_unlinked_between_two_people_of_one_given_name():
    # the same sentences where the two names differ in the middle (cousins: محمد سعد …، محمد فهد …):
    # two people, and nothing says which one speaks
    doc = analyse(ABURUKBA.replace("مكتب د. إيهاب حسن أبوركبة", "مكتب د. إيهاب سعد أبوركبة"),
                  ("e1", "PER", "إيهاب سعد أبوركبة", "إيهاب سعد أبوركبة"),
                  ("e2", "PER", "إيهاب حسن أبوركبة", "إيهاب بن حسن أبوركبة"))
    assert said(doc, "المنتدى عزز")[0] is None
