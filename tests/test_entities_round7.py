"""Issue #14, round 7 (branch ents7): error kinds read on a second sample of 25 articles of
2015-08-03, 2015-08-07 and 2015-07-25 (docs/entities.md, "Round 7"), each tested on real
SaudiNewsNet sentences; never the fresh-reading days."""

from entities_support import analyse

from rasd.entities import resolve


def mentions(text, published, **meta):
    """Every mention text of the document (names and nominal mentions)."""
    return [m.text for e in analyse(text, published, **meta).entities for m in e.mentions]


# 2015-07-26 (aljazirah): "any citizen" is anyone, not a group of citizens the news tells of
ANY_CITIZEN = ("مما لا ريب فيه أن حماية الوطن واجب كل مواطن, وحين يقول أي مواطن إن الوطن بيته "
               "الأول فيجب عليه أن يحافظ على أمنه وسلامته.")
# 2015-08-03 (aleqtisadiya): "against any attackers", beside the forces the article names
ANY_ATTACKERS = ("قرر الرئيس باراك أوباما السماح باستخدام القوة الجوية للدفاع عن مقاتلي المعارضة "
                 "السورية الذين دربهم الجيش الأمريكي في مواجهة أي مهاجمين حتى لو كانوا من القوات "
                 "الموالية للرئيس السوري بشار الأسد.")
# 2015-07-26 (aawsat): a counted group with a determiner of its own stays a group
COUNTED = "وأعلنت الشرطة أن مسلحين قتلوا ثلاثة جنود في هجوم على نقطة تفتيش."


def test_any_or_every_before_a_class_noun_names_no_group():
    assert mentions(ANY_CITIZEN, "2015-07-26", source="aljazirah") == []
    got = mentions(ANY_ATTACKERS, "2015-08-03", source="aleqtisadiya")
    assert "مهاجمين" not in got
    assert "الجيش الأمريكي" in got and "بشار الأسد" in got  # the named actors stay


def test_a_counted_group_without_any_or_every_stays_an_actor():
    assert "ثلاثة جنود" in mentions(COUNTED, "2015-07-26", source="aawsat")


# 2015-07-22 (sabq) and 2015-08-07 (alriyadh): للنيل من "to harm", ل fused before the article
HARM_SABQ = "- مؤامرات إرهاب العدو باتت تستهدف الشعب السعودي وتسعى للنيل من أمن الوطن واستقراره."
HARM_ALRIYADH = ("وأكد وقوف دولة الكويت الكامل إلى جانب المملكة في وجه الإرهاب الذي يسعى خائباً للنيل "
                 "من أمن وأمان دول الخليج والمنطقة.")
# 2015-08-07 (alriyadh): the Nile as a place, no phrase around it
NILE_PLACE = "وتقع المدينة على ضفاف النيل في جنوب البلاد."


def test_a_listed_name_with_a_proclitic_inside_its_common_phrase_is_no_name():
    assert "للنيل" not in mentions(HARM_SABQ, "2015-07-22", source="sabq")
    got = mentions(HARM_ALRIYADH, "2015-08-07", source="alriyadh")
    assert "للنيل" not in got and "الكويت" in got


def test_the_nile_outside_the_phrase_stays_a_place():
    assert "النيل" in mentions(NILE_PLACE, "2015-08-07", source="alriyadh")


# 2015-08-03 (alriyadh): an injured ligament, the adjective in quotation marks
LIGAMENT = ("وكان اللاعب قد شارك مع الفريق الأول لكرة القدم ولكن إصابة الرباط \"المتصالب\" أبعدته "
            "عن الملاعب.")
# 2015-08-01 (aawsat): the same injury with its usual adjective
LIGAMENT_0801 = ("وإلى جوار القحطاني يحضر منصور الحربي مدافع فريق الأهلي وأحد ضحايا إصابة الرباط "
                 "الصليبي في الموسم الماضي.")
# Rabat the capital after a verb of travel
RABAT = "ووصل الوفد إلى الرباط أمس في زيارة رسمية للمغرب."


def test_the_ligament_after_a_noun_of_injury_is_no_capital():
    assert "الرباط" not in mentions(LIGAMENT, "2015-08-03", source="alriyadh")
    assert "الرباط" not in mentions(LIGAMENT_0801, "2015-08-01", source="aawsat")
    assert "الرباط" in mentions(RABAT, "2015-08-03", source="alriyadh")


# 2015-07-26 (3alyoum): "every citizen and resident", "to every extremist"
EVERY_CITIZEN = "فليتعاون الجميع من أجل دحر هذه الفئة المتطرفة ، فليكن كل مواطن ومقيم هو رجل الأمن الأول."
EVERY_EXTREMIST = "وهذه رسالة لداعش ولكل متطرف وعابث بأنهم لن يهنأوا ولن يجدوا مايسرهم."
# 2015-08-01 (alwatan): "every extremist fears art"
EVERY_EXTREMIST_0801 = "كل متطرف يخشى الفن، وقد سبق القصبي الفنان الكبير عادل إمام في فيلمه \"الإرهابي\"."
# 2015-07-26 (aawsat): أي before a name's genitive is "that is", the fighters stay
THAT_IS = "لم يحتفظوا (أي مقاتلي داعش) إلا بالنساء الشابات»."
# 2015-07-26 (aawsat): كل يوم after a definite group is an adverb of time
EVERY_DAY = ("بدأ قطب العقارات والملياردير الفاحش الثراء في جذب اهتمام آلاف المواطنين كل يوم تقريبا، "
             "وخصوصا عندما هاجم المهاجرين المكسيكيين بكلمات قاسية.")


def test_every_before_an_indefinite_class_noun_names_no_group():
    assert "مواطن" not in mentions(EVERY_CITIZEN, "2015-07-26", source="3alyoum")
    assert "متطرف" not in mentions(EVERY_EXTREMIST, "2015-07-26", source="3alyoum")
    assert "متطرف" not in mentions(EVERY_EXTREMIST_0801, "2015-08-01", source="alwatan")


def test_that_is_before_a_named_group_and_every_day_after_one_keep_the_group(monkeypatch):
    # the nominal reader's own output: since round 24 the entity keeps the name «داعش» for the
    # fighters' description around it, so the collapse is switched off to see the group
    monkeypatch.setattr(resolve, "_one_mention_per_span", lambda *args: None)
    assert "مقاتلي داعش" in mentions(THAT_IS, "2015-07-26", source="aawsat")
    monkeypatch.undo()
    assert "داعش" in mentions(THAT_IS, "2015-07-26", source="aawsat")
    assert "آلاف المواطنين" in mentions(EVERY_DAY, "2015-07-26", source="aawsat")


# 2015-08-06 (aljazirah; alriyadh has the same sentence): "the officials of each workshop"
EACH_WORKSHOP = ("حيث يقوم الكشاف من خلال كتيب شخصي فيه جميع المتطلبات بالمرور على ورش عملية بالمخيم، "
                 "ويقوم مسؤولي كل ورشة بالختم له في كتابه الشخصي.")


def test_a_head_in_construct_with_every_names_no_group():
    assert mentions(EACH_WORKSHOP, "2015-08-06", source="aljazirah") == []


# 2015-07-26 (aljazirah): بقوة "strongly" before the authorities it urges
STRONGLY = ("«نحن نتابع من كثب التطورات في قرية سوسيا في الضفة الغربية، ونحث بقوة السلطات الإسرائيلية "
            "على الامتناع عن القيام بأي عمليات هدم في القرية».")
# 2015-08-06 (aleqtisadiya): "to strongly support China"
STRONGLY_0806 = ("وطلبت من الولايات المتحدة أن تدعم بقوة الصين في حربها ضد مساعي القوى الإرهابية في تركستان "
                 "الشرقية وأن تنسق معها.")
# 2015-07-22 (aleqtisadiya, alweeam): a force with a sector adjective stays a force
SECURITY_FORCE = "وأفاد مصدر أمني عراقي بأن قوة أمنية طوقت مكان الحادث."
MILITARY_FORCE = "وقالت المصادر إن “قوة عسكرية من قيادة عمليات الجزيرة والبادية تسللت إلى منطقة جبة”."


def test_bi_quwwa_strongly_is_an_adverb_no_force():
    assert not any("قوة" in m for m in mentions(STRONGLY, "2015-07-26", source="aljazirah"))
    got = mentions(STRONGLY_0806, "2015-08-06", source="aleqtisadiya")
    assert not any("قوة" in m for m in got) and "الصين" in got


def test_a_force_with_a_sector_adjective_stays_a_force():
    assert "قوة أمنية" in mentions(SECURITY_FORCE, "2015-07-22", source="aleqtisadiya")
    assert "قوة عسكرية" in mentions(MILITARY_FORCE, "2015-07-22", source="alweeam")


# 2015-08-02 (alyaum) and 2015-08-03 (aljazirah): the tagger splits the minister's name after
# the feminine title into two ORG names
TITLE_0802 = ("استقبل معالي المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال "
              "الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة اليوم, معالي وزيرة الإعلام اليمنية الدكتورة "
              "نادية السقاف, وذلك بمقر المركز بالرياض .")
TITLE_0803 = ("استقبل المشرف العام على المركز الدكتور عبدالله الربيعة امس معالي وزيرة الإعلام اليمنية "
              "الدكتورة نادية السقاف وذلك بمقر المركز بالرياض .")


def test_a_name_split_by_the_tagger_after_a_title_of_address_is_one_person():
    for text, day, outlet in ((TITLE_0802, "2015-08-02", "alyaum"), (TITLE_0803, "2015-08-03", "aljazirah")):
        doc = analyse(text, day, source=outlet)
        people = {m.text: e.label for e in doc.entities for m in e.mentions}
        assert people.get("نادية السقاف") == "PER"
        assert "نادية" not in people and "السقاف" not in people


# 2015-08-02 (aleqtisadiya): "happy to represent Al-Taawoun", the first word of a quote
HAPPY = ("وقال الزيلعي الذي شارك في دقائق محدودة بالموسم الماضي \"سعيد بتمثيل التعاون وعلى الثقة التي "
         "منحت لي للانضمام للفريق\".")
# 2015-07-26 (aawsat): "a sound democratic basis"
SOUND = ("وتهدف إلى تحقيق الاحترافية في عمل أعضاء مجالس الإدارات وإدارة عمليات تضارب المصالح ووضع أساس "
         "ديمقراطي سليم للعمل الرياضي وتبني جوانب الشفافية والمساءلة.")


def test_a_given_name_that_is_an_adjective_alone_once_and_without_context_is_no_person():
    assert "سعيد" not in mentions(HAPPY, "2015-08-02", source="aleqtisadiya")
    assert "سليم" not in mentions(SOUND, "2015-07-26", source="aawsat")


# 2015-07-21 (aawsat) and 2015-07-31 (aawsat): such names in a full name after a verb of saying
KOLO = ("وقال شريف كولو الذي تمكن من الفرار من قرية كيلوا قرب مونغونو الى مايدوغوري في ولاية بورنو، ان "
        "\"مسلحي بوكو حرام جاؤوا الى قرانا ليلا، وقتلوا 43 شخصا\".")
ZOMORRODI = "وقال حميد زمردي، مخطط جيو استراتيجي: «أعلن خامنئي عن مشروع بناء إمبراطورية."


def test_such_a_name_in_a_full_name_stays_a_person():
    assert "شريف كولو" in mentions(KOLO, "2015-07-21", source="aawsat")
    assert "حميد زمردي" in mentions(ZOMORRODI, "2015-07-31", source="aawsat")


def codes(text, published, **meta):
    """Mention text -> its entity's code."""
    return {m.text: e.attrs.get("code") for e in analyse(text, published, **meta).entities for m in e.mentions}


# 2015-07-22 (aleqtisadiya, alriyadh): headlines of the regional civil defence
CIVIL_DEFENCE_JEDDAH = "مدني جدة يسيطر على حريق في شقة سكنية ويتمكن من إنقاذ ستة عمال"
CIVIL_DEFENCE_ABHA = "مدني أبها: إنقاذ طفلة سقطت من علو منحدر صخري"
# 2015-07-22 (aawsat): a civilian killed, no place after him
CIVILIAN = ("أن «شرطيا قد قتل خلال الليل من جراء انفجار قنبلة في حي موتاكورا في شمال البلاد، فيما قتل "
            "مدني بالرصاص في نياكابيغا في شرق البلاد في ظروف غامضة»، كما قال شهود.")


def test_madani_before_a_place_is_that_place_s_civil_defence():
    assert codes(CIVIL_DEFENCE_JEDDAH, "2015-07-22", source="aleqtisadiya")["مدني جدة"] == "SAUGOV"
    assert codes(CIVIL_DEFENCE_ABHA, "2015-07-22", source="alriyadh")["مدني أبها"] == "SAUGOV"


def test_a_civilian_without_a_place_after_him_is_no_office():
    assert not any(c and c.endswith("GOV") for c in codes(CIVILIAN, "2015-07-22", source="aawsat").values())
