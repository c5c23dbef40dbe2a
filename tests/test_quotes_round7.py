"""Titles resolved to the person the article named, seventh round (issue 16: "right referent but
unlinked", the largest pool of the sample of docs/quotes.md "Issue 16, sixth round"). A definite
role noun (المتحدث، المسؤول) after a person named with that title is that person, unless the
phrase names another body or an unnamed bearer of the title came in between; a title's body may
stand in marks after a preposition written apart (بـ”فنون الباحة”). Every sentence is from a
SaudiNewsNet day other than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-07-21, asharq al-awsat (article 193)
ANNAN = (
    "وقال بيجان فارنودي المتحدث باسم مؤسسة كوفي أنان إن الأمين العام السابق للأمم المتحدة ليس الشخص الذي "
    "يمكنه أن يقدم المساعدة في هذا المجال، وإنه يتعين على كرة القدم البحث عن شخص آخر لتقديم المساعدة "
    "المرجوة. وأضاف المتحدث قوله: «نعرف بوجود محادثات وتكهنات لكن في واقع الأمر فإن السيد أنان لم تصل "
    "إليه أي عروض رسمية من أي طرف في هذا الصدد، كما أنه لا ينوي إضافة أي ارتباط جديد إلى برنامجه المزدحم "
    "بالفعل».")

# SaudiNewsNet 2015-07-31, asharq al-awsat (article 334)
WHITE_HOUSE = (
    "وقال إيريك شولتز، المتحدث باسم البيت الأبيض، إن واشنطن على دراية بتقارير عن وفاة الملا عمر، وإنها "
    "تراها تقارير «ذات مصداقية». وجاء ذلك بعدما أكّد المتحدث باسم الاستخبارات الأفغانية حسيب صديقي نبأ "
    "الوفاة، وقال إن الملا عمر توفي في أحد مستشفيات كراتشي في أبريل (نيسان) 2013 في ظروف غامضة.")
WHITE_HOUSE_ENTITIES = (("e1", "PER", "إيريك شولتز", "إيريك شولتز"), ("e2", "ORG", "البيت الأبيض", "البيت الأبيض"))

# SaudiNewsNet 2015-07-26, asharq al-awsat (article 126)
IMF = (
    "ونقلت وكالة الأنباء الألمانية عن متحدث باسم الصندوق ومقره واشنطن قوله: «لقد تلقينا خطابا من السلطات "
    "اليونانية يشير إلى مساعيها للحصول على قرض جديد من صندوق النقد الدولي». وأضاف المتحدث: «سنبحث مع "
    "السلطات اليونانية ومع شركائنا الأوروبيين توقيت وطرق المناقشات الخاصة بالطلب اليوناني».")


def test_the_spokesman_is_the_person_named_before_with_that_title():
    doc = analyse(ANNAN, ("e1", "PER", "بيجان فارنودي", "بيجان فارنودي"))
    assert said(doc, "نعرف بوجود محادثات") == ("e1", "المتحدث")


def test_a_spokesman_of_another_body_is_not_the_one_named_before():
    # the Afghan intelligence's spokesman (his name unknown to the entity stage) is not the White House's
    doc = analyse(WHITE_HOUSE, *WHITE_HOUSE_ENTITIES)
    assert said(doc, "دراية بتقارير")[0] == "e1"
    assert said(doc, "توفي في أحد مستشفيات كراتشي")[0] != "e1"


def test_the_spokesman_after_an_unnamed_one_stays_unnamed():
    # two real passages of two articles in a row: the White House's spokesman is named first, then
    # an unnamed spokesman of the Fund is brought in (عن متحدث باسم الصندوق): وأضاف المتحدث is him
    doc = analyse(WHITE_HOUSE.split(" وجاء ذلك")[0] + "\n" + IMF, *WHITE_HOUSE_ENTITIES)
    assert said(doc, "سنبحث مع السلطات اليونانية")[0] is None


def test_a_title_runs_on_through_its_body_in_marks_after_a_preposition_written_apart():
    # SaudiNewsNet 2015-07-31, 3alyoum (article 99)
    text = ("وأوضح منسق لجنة الفنون التشكيلية بـ”فنون الباحة” تركي بن سعود أن ورشة رسوم الأطفال التي أقامتها "
            "الجمعية بغابة رغدان بمشاركة مجموعة من فناني وفنانات المنطقة من التشكيليين والخطاطين في الفعالية "
            "التي تأتي ضمن فعاليات صيف 36.")
    doc = analyse(text, ("e1", "PER", "تركي بن سعود", "تركي بن سعود"))
    assert said(doc, "ورشة رسوم الأطفال")[0] == "e1"


def test_an_entity_named_only_by_a_source_noun_is_no_speaker_to_link():
    # SaudiNewsNet 2015-07-21, asharq al-awsat (article 146): the entity stage tagged المسؤولين as an
    # organisation; "the officials in the banks" are an unnamed source (sources.tsv), not that entity
    text = ("ووفقا للمسؤولين قي المصارف فإنه قد يكون هناك قدر قليل من عدم الانتظام في الخدمة بعد فترة التوقف "
            "التي استمرت لثلاثة أسابيع.")
    doc = analyse(text, ("e1", "ORG", "المسؤولين", "للمسؤولين"))
    assert said(doc, "قدر قليل من عدم الانتظام")[0] is None
