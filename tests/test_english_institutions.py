"""English names of institutions translated from their shape (rasd.entities.english_institutions,
english/institutions_en.tsv), on institution names of real SaudiNewsNet sentences (July-August
2015, never the fresh-reading days)."""

import pytest

from rasd.document import Document
from rasd.entities.english import TRANSLATION, load_english_names
from rasd.pipeline import Pipeline
from rasd.resources import Resources

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


@pytest.fixture(scope="module")
def english():
    return load_english_names(Resources())


@pytest.mark.parametrize("arabic, expected", [
    ("وزارة الشؤون البلدية والقروية", "Ministry of Municipal and Rural Affairs"),
    ("وزارة العمل والتنمية الاجتماعية", "Ministry of Labor and Social Development"),
    ("المديرية العامة للسجون", "General Directorate for Prisons"),
    ("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "King Salman Center for Relief and Humanitarian Works"),
    ("جامعة الملك عبدالعزيز", "King Abdulaziz University"),
    ("وزارة الخارجية التركية", "Turkish Ministry of Foreign Affairs"),
    ("اللجنة الوطنية الروسية لمكافحة الارهاب", "Russian National Committee for Combating Terrorism"),
    ("المحكمة الجزائية المتخصصة", "Specialized Criminal Court"),
    ("الجمعية الوطنية لحقوق الإنسان", "National Society for Human Rights"),
    ("مجلس الشورى", "Shura Council"),
    ("جامعة تبوك", "Tabuk University"),  # a listed place as the namesake, by its English name
    ("بورصة أمستردام", "Amsterdam Stock Exchange"),
    ("الرئاسة العامة لرعاية الشباب", "General Presidency for Youth Welfare"),  # a construct is a compound
    ("هيئة السوق المالية", "Capital Market Authority"),
])
def test_institution_names_are_translated_in_english_order(english, arabic, expected):
    assert english.translated(arabic) == expected


def test_a_name_with_an_unknown_word_is_not_half_translated(english):
    assert english.translated("المجلس التنسيقي لحجاج الداخل") is None  # التنسيقي is not listed
    assert english.translated("وزارة") is None and english.translated("الشرطة") is None


def test_the_pipeline_marks_translated_names():
    doc = ENTITIES(Document("يشار إلى أن وزارة الخارجية بالتعاون مع وزارة الحج أصدرت أكثر من خمسة ملايين تأشيرة "
                            "عمرة من مختلف الجنسيات خلال موسم العمرة لهذا العام.", meta={"published": "2015-07-21"}))
    got = {e.name: (e.attrs["name_en"], e.attrs["name_en_source"]) for e in doc.entities}
    assert got["وزارة الحج"] == ("Ministry of Hajj", TRANSLATION)


def test_a_university_named_after_a_king_keeps_its_whole_name():
    # the tagger cut the name to الملك عبدالله للعلوم; the institution's shape restores it
    doc = ENTITIES(Document("استكملت «سفيرات الحزم» جدول زياراتهن بمتحف ومعرض العلوم والتقنية بجامعة الملك عبدالله "
                            "للعلوم والتقنية (كاوست) وكان في استقبالهن.", meta={"published": "2015-07-31"}))
    names = {e.name: e.attrs["name_en"] for e in doc.entities}
    assert names["جامعة الملك عبدالله للعلوم والتقنية"] == "King Abdullah University for Science and Technology"


def test_a_stock_exchange_named_after_its_city_is_one_organisation():
    doc = ENTITIES(Document("وارتفع سهم أو.سي.آي إن.في للكيماويات المدرجة في بورصة أمستردام 17 في المئة.",
                            meta={"published": "2015-07-21"}))
    got = {e.name: (e.label, e.attrs["name_en"]) for e in doc.entities}
    assert got["بورصة أمستردام"] == ("ORG", "Amsterdam Stock Exchange")
    assert "أمستردام" not in got  # not the city inside the exchange's name
    doc = ENTITIES(Document("وأشار المتحدث إلى غرفة العمليات في الرياض.", meta={"published": "2015-07-21"}))
    assert all(not e.name.startswith("غرفة") for e in doc.entities)  # the operations room is no chamber


def test_the_cooperation_council_alone_is_the_gcc():
    doc = ENTITIES(Document("هناك مسؤولون يمنيون طالبوا بالانضمام لمجلس التعاون، وهناك أنباء تحدثت عن ذلك.",
                            meta={"published": "2015-07-21", "source": "aawsat"}))
    gcc = next(e for e in doc.entities if e.label == "ORG" and e.attrs.get("code") == "IGOGCC")
    assert gcc.attrs["name_en"] == "Gulf Cooperation Council"


# --- round ennames3: a head with a place, party and cup names, well-known bodies ------------------

@pytest.mark.parametrize("text, published, name, expected", [
    # 2015-07-27, aawsat: an area noun and a listed place between the head and nothing else: not
    # «Majlas Mahafezat al-Anbar» (reading 10's kind)
    ("إلى ذلك، قال فالح العيساوي، نائب رئيس مجلس محافظة الأنبار، إن استعادة جامعة الأنبار تمت بدعم من "
     "غارات مكثفة من طيران التحالف الذي تقوده الولايات المتحدة.", "2015-07-27",
     "مجلس محافظة الأنبار", "Anbar Provincial Council"),
    # 2015-08-06, 3alyoum: منطقة is "Regional"
    ("أبدى عدد من النشطاء على مواقع التواصل الاجتماعي سعادتهم إزاء خلو محكمة منطقة حائل من دعاوي عقوق "
     "الوالدين.", "2015-08-06", "محكمة منطقة حائل", "Hail Regional Court"),
    # 2015-07-27, aawsat: a party named by its adjective: not «Al-Hazb al-Jamhuri»
    ("ففي حين يقف الحزب الجمهوري إلى جانب إسرائيل بالكامل تقريبا، مستغلا الموضوع من أجل الإضرار بأوباما، "
     "تسعى إسرائيل لتجنيد قوى من معسكر أوباما نفسه.", "2015-07-27", "الحزب الجمهوري", "Republican Party"),
    # 2015-08-06, 3alyoum: a cup with its nationality (MISC): not «Kas al-Subar al-Farnasya»
    ("وقال نادي سان جيرمان بموقعه على الإنترنت أمس الثللاثاء إن المهاجم السويدي تعرض للإصابة خلال المباراة "
     "التي فاز فيها فريقه 2-صفر على أولمبيك ليون ليحرز لقب كأس السوبر الفرنسية يوم السبت الماضي.",
     "2015-08-06", "كأس السوبر الفرنسية", "French Super Cup"),
    # 2015-07-27, aawsat: التعليم العالي is Higher Education (the adjective عالي): not «Wazarat
    # al-Taalim al-Ali»
    ("فذلك يتوقف على المجموع الذي حصل عليه الطلاب في الثانوية العامة ليتم توجيههم إلى الكلية المناسبة "
     "فيما بعد عبر ما يعرف بمكتب التنسيق، التابع لوزارة التعليم العالي، حينها لا تكون القدرات الشخصية "
     "عاملاً حاسمًا.", "2015-07-27", "وزارة التعليم العالي", "Ministry of Higher Education"),
    # 2015-08-06, 3alyoum: التكنولوجيا is Technology, like التقنية
    ("يذكر أن زيارة الوفد جاءت ضمن جولة تقوم بها الشركة في المملكة تضم عدداً من المدن الاقتصادية وجامعة "
     "الملك عبدالله للعلوم والتكنولوجيا .", "2015-08-06", "جامعة الملك عبدالله للعلوم والتكنولوجيا",
     "King Abdullah University for Science and Technology"),
    # 2015-07-27, aawsat: a body with an English name of its own, listed whole
    ("لكن هذه المساعي أحبطت بسبب تهديد جورج تينيت، مدير وكالة الاستخبارات المركزية (سي آي إيه) وقتها "
     "بالاستقالة.", "2015-07-27", "وكالة الاستخبارات المركزية", "Central Intelligence Agency"),
])
def test_institutions_of_a_place_parties_and_cups_are_composed_in_english(text, published, name, expected):
    doc = ENTITIES(Document(text, meta={"published": published}))
    got = {e.name: (e.attrs["name_en"], e.attrs["name_en_source"]) for e in doc.entities}
    assert got[name] == (expected, TRANSLATION)


@pytest.mark.parametrize("arabic, expected", [
    ("الحزب الديمقراطي الكردستاني", "Kurdistan Democratic Party"),  # adjectives in reverse order
    ("مجلس محافظة نينوى", "Nineveh Provincial Council"),
    ("كأس السوبر السعودي", "Saudi Super Cup"),  # a whole name with a nationality after it
    # an adjective after a namesake qualifies the head, not the person (2015-07-27, 3alyoum: «أحبط
    # جمرك مطار الملك عبدالعزيز الدولي بجدة محاولة سيدتين»)
    ("مطار الملك عبدالعزيز الدولي", "King Abdulaziz International Airport"),
])
def test_composed_names_read_in_english_order(english, arabic, expected):
    assert english.translated(arabic) == expected


def test_an_area_noun_needs_a_listed_place():
    names = load_english_names(Resources())
    assert names.translated("مجلس المحافظة") is None  # no place named: transliterated
    assert names.translated("مجلس محافظة كذا وكذا") is None
