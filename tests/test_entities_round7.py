"""Issue #14, round 7 (branch ents7): error kinds read on a second sample of 25 articles of
2015-08-03, 2015-08-07 and 2015-07-25 (docs/entities.md, "Round 7"), each tested on real
SaudiNewsNet sentences; never the fresh-reading days."""

from entities_support import analyse


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
