"""Issue #14 and #16, round 14 (branch ents14): generic nominals and their codes, bare role nouns
linked to the person the article named with them, places coded as governments
(docs/entities.md, "Round 14"). Each rule is tested on real SaudiNewsNet sentences of days other
than the fresh-reading ones (2015-07-31, 2015-08-06)."""

from entities_support import analyse
from rasd.document import Document
from rasd.pipeline import Pipeline


def entities(text, published, **meta):
    """(label, code, mention texts) of every entity of the document."""
    return [(e.label, e.attrs.get("code"), [m.text for m in e.mentions])
            for e in analyse(text, published, **meta).entities]


def entity_of(text, published, mention, **meta):
    """(label, code, mention texts) of the entity with that mention, else None."""
    return next((e for e in entities(text, published, **meta) if mention in e[2]), None)


# -- a count or an indefinite plural of ordinary people keeps its mention, no code --------------
# 2015-07-31 (3alyoum): the victims of a landslide in Nepal
NEPAL = ("وذكرت الشرطة في نيبال اليوم أن 15 شخصًا لقوا حتفهم في حي لوملي بمنطقة كاسكي بعدما طمر "
         "انهيار أرضي منازلهم ، وتوقعت فقدان 29 شخصًا آخرين في المنطقة.")
# 2015-07-31 (aljazirah): five Palestinians arrested
HEBRON = ("كما اعتقلت قوات الاحتلال الإسرائيلي خمسة فلسطينيين بينهم طفلان من مدينة الخليل جنوب الضفة "
          "الغربية")
# 2015-07-31 (sabq): the travellers an airport serves
TRAVELLERS = ("وطرح خدمات جديدة تساهم في رفع مستوى وكفاءة الخدمات المقدمة للمسافرين من مواطنين ومقيمين "
              "وزائرين.")
# 2015-07-31 (alwatan): citizens who act (the nominative plural, a subject)
CIRCULATED = ("ومع زيادة نسبة الحوادث على الطريق وارتفاع عدد الوفيات والإصابات لعابريه، تداول مواطنون "
              "بمواقع التواصل الاجتماعي المختلفة صورا وتغريدات")


def test_a_count_of_unnamed_people_is_a_mention_without_a_code():
    for text, source, mention in ((NEPAL, "3alyoum", "15 شخصًا"), (NEPAL, "3alyoum", "29 شخصًا"),
                                  (HEBRON, "aljazirah", "خمسة فلسطينيين")):
        found = entity_of(text, "2015-07-31", mention, source=source)
        assert found is not None, mention  # kept: an event may need the victims
        assert not found[1], found  # no CVL, no PSE
    # the named force beside them keeps its code
    assert entity_of(HEBRON, "2015-07-31", "قوات الاحتلال الإسرائيلي", source="aljazirah")[1] == "ISRMIL"


def test_an_indefinite_plural_after_a_preposition_has_no_code_a_subject_keeps_it():
    found = entity_of(TRAVELLERS, "2015-07-31", "مواطنين", source="sabq")
    assert found is None or not found[1], found
    assert entity_of(CIRCULATED, "2015-07-31", "مواطنون", source="alwatan")[1] == "SAUCVL"


# -- the whole class and the generic singular are no actor --------------------------------------
# 2015-08-06 (aleqtisadiya): the interior ministry's warning to all citizens
ALL_CITIZENS = "أوضحت وزارة الداخلية أنه على المواطنين كافة عدم التعامل مع مجهولي الهوية"
# 2015-07-31 (aleqtisadiya): every citizen and resident
EVERY_CITIZEN = "داعيا جميع المواطنين والمقيمين التعاون مع الجهات الأمنية"
# 2015-07-31 (okaz): "the citizen" of an economist's general statement
THE_CITIZEN = ("طالب خبير اقتصادي بضرورة وضع آلية محددة تعزز استمرارية استفادة المواطن من أسعار المشتقات "
               "النفطية المخفضة")
# 2015-07-31 (alwatan): a named citizen speaks
NAMED_CITIZEN = ('وقال المواطن حمد سعد "منذ سنين ونحن نطالب بتعديل هذا الطريق الذي يحمل اسما غاليا علينا".')


def test_the_whole_class_and_the_generic_singular_are_no_entities():
    for text, source, published in ((ALL_CITIZENS, "aleqtisadiya", "2015-08-06"),
                                    (EVERY_CITIZEN, "aleqtisadiya", "2015-07-31"),
                                    (THE_CITIZEN, "okaz", "2015-07-31")):
        found = [ms for _, _, ms in entities(text, published, source=source)]
        assert not any("المواطن" in m or "المواطنين" in m for ms in found for m in ms), found
    # the ministry beside them stays
    assert entity_of(ALL_CITIZENS, "2015-08-06", "وزارة الداخلية", source="aleqtisadiya")[1] == "SAUGOV"
    # a citizen named after the noun is a man of the story: his title stays
    assert any("المواطن" in ms for _, _, ms in entities(NAMED_CITIZEN, "2015-07-31", source="alwatan"))


# -- a bare role noun is the one person the article named with it -------------------------------
# 2015-07-31 (aljazirah): a lecture's researcher, named once, then «الباحث»
RESEARCHER = ("وفي ختام المحاضرة ألقى عدد من الحاضرين المداخلات الشعرية والنثرية، ومن ثم عقب عليها الباحث "
              "الدكتور عبدالرحمن بن صالح الخميس، بما منح المحاضرة المزيد من الأضواء. وأشار الباحث إلى "
              "ثلاثة أمور على قدر من الأهمية. وقد أوضح الباحث أن من يقرأ في الشعر الذي واكب عاصفة الحزم "
              "سيلاحظ ذلك.")
# 2015-08-06 (alriyadh): Mourinho, «مدرب تشيلسي» after his name, then «المدرب البرتغالي»
MOURINHO = ("قال البرتغالي جوزيه مورينيو مدرب تشيلسي بطل الدوري الإنجليزي الممتاز لكرة القدم إن خلافاته "
            "السابقة مع مالك النادي رومان ابراموفيتش قد انتهت. ويرى مورينيو أن المنافسة ستكون بين نفس "
            "الأندية المعتادة، وقال المدرب البرتغالي \"الخمسة الكبار كما هم الخمسة الكبار\".")
# 2015-08-06 (aawsat): two coaches named with «المدرب»; the Dutch one is van Gaal
COACHES = ("وأنفق المدرب الهولندي لويس فان غال ما يقارب 77 مليون جنيه إسترليني بهدف تعزيز صفوف الفريق. "
           "وارتفع حجم إنفاق يونايتد منذ رحيل المدرب الاسكوتلندي ديفيد مويز قبيل نهاية موسم 2013. "
           "«لقد بنى المدرب منطقة خط الوسط لدرجة أننا أصبحنا أقوياء». لكن المدرب الهولندي تعهد بالعودة "
           "إلى تشكيلة 3 - 3 - 4 التي حققت النجاح.")


def test_a_bare_role_noun_joins_the_one_person_named_with_it():
    doc = analyse(RESEARCHER, "2015-07-31", source="aljazirah")
    person = next(e for e in doc.layer("entities") if e.label == "PER")
    assert [m.text for m in person.mentions if m.get("kind") == "nominal"] == ["الباحث", "الباحث"]
    doc = Pipeline()(Document(MOURINHO, meta={"published": "2015-08-06", "source": "alriyadh"}))
    person = next(e for e in doc.layer("entities") if "مورينيو" in e.name)
    assert "المدرب البرتغالي" in [m.text for m in person.mentions]
    # the quote's speaker is now linked to him
    assert any(q.get("speaker") == person.id and q.get("speaker_text") == "المدرب البرتغالي"
               for q in doc.layer("quotes"))


def test_a_role_two_people_hold_links_only_by_its_nationality():
    doc = analyse(COACHES, "2015-08-06", source="aawsat")
    by_mention = {m.text: e for e in doc.layer("entities") for m in e.mentions}
    assert "المدرب" not in by_mention  # either coach
    assert by_mention["المدرب الهولندي"].name.startswith("لويس")


# -- places and brands read as states -----------------------------------------------------------
# 2015-08-06 (aawsat): a Yemeni district named with its governorate
MALHAN = ("وقتل عضو الأمانة العامة لحزب الحق اليمني في مديرية ملحان محافظة المحويت، مع اثنين من "
          "مرافقيه.")
# 2015-08-06 (aleqtisadiya): Saudia's short name in quotation marks
SAUDIA = ("تدشن «الخطوط السعودية» اليوم الخميس صالة الفرسان الجديدة في مطار الأمير محمد بن عبد العزيز "
          "الدولي في المدينة المنورة. وأوضح المتحدث الرسمي باسم الخطوط السعودية أن تدشين الصالة الجديدة "
          "يعد نقلة نوعية في الخدمات المقدمة لضيوف \"السعودية\" في مطار الأمير محمد بن عبد العزيز الدولي "
          "الجديد، بتصاميم مميزة تعكس الهوية الجديدة لـ \"السعودية\"، وتتوافق مع خصوصية المدينة المنورة.")


def test_a_district_before_a_proper_name_is_a_place_not_a_government():
    label, code, _ = entity_of(MALHAN, "2015-08-06", "مديرية ملحان", source="aawsat")
    assert (label, code) == ("LOC", None)
    # a directorate before a field noun stays an organisation
    label, _, _ = entity_of("وأعلنت مديرية الأمن في محافظة عدن القبض على متهمين.", "2015-08-06",
                            "مديرية الأمن", source="aawsat")
    assert label == "ORG"


def test_the_quoted_short_name_of_an_airline_is_the_airline_not_the_country():
    label, code, ms = entity_of(SAUDIA, "2015-08-06", "الخطوط السعودية", source="aleqtisadiya")
    assert (label, code) == ("ORG", "SAUBUS") and ms.count("السعودية") == 2
    assert not any(lab == "LOC" and "السعودية" in ms for lab, _, ms in entities(SAUDIA, "2015-08-06",
                                                                                   source="aleqtisadiya"))
    # the country unquoted stays the country
    assert entity_of("وأكدت السعودية دعمها للشرعية في اليمن.", "2015-08-06", "السعودية",
                     source="aleqtisadiya")[0] == "LOC"


# 2015-08-01 (alyaum): Hamas's spokesman, his office's body a mention of the movement, and the
# Israeli army's spokesman named with «المتحدث» later in the report
SPOKESMEN = ('كما دعت حركة حماس في قطاع غزة الى "يوم غضب" وإلى "الرد بقوة وبكافة اشكال المقاومة على هذا '
             'العدو الاسرائيلي وهذه الجرائم الصهيونية".\nوشدد المتحدث باسم الحركة فوزي برهوم على ان "هذه '
             'الجريمة تستدعي قرارات دولية رادعة ضد العدوان الاسرائيلي".\nكما اعتبر المتحدث العسكري اللفتنانت '
             'كولونيل بيتر لينر ان "هذا الهجوم ضد مدنيين عمل ارهابي وحشي".')


def test_a_role_before_a_body_and_a_name_is_that_mans_title_not_a_link():
    doc = analyse(SPOKESMEN, "2015-08-01", source="alyaum")
    second = SPOKESMEN.index("المتحدث باسم الحركة")
    assert not any(m.start == second for e in doc.entities for m in e.mentions if e.label == "PER")
