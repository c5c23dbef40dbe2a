"""Issue #14, round 20 (branch ents20): a body of a listed organisation named by a head and the
organisation's name (مجلس الجامعة العربية, مجلس الاتحاد الأوروبي, برنامج الأمم المتحدة الإنمائي)
is one mention, coded as that organisation, never the organisation alone (docs/entities.md,
"Round 20"). Every sentence is a real SaudiNewsNet sentence of a day other than the fresh-reading
ones."""

from entities_support import analyse


def found(text, published, **meta):
    """mention text -> (label, code) of every mention of the document."""
    return {m.text: (e.label, e.attrs.get("code")) for e in analyse(text, published, **meta).entities
            for m in e.mentions}


# 2015-07-26 aawsat (a column on human development): the UN's development programme
UNDP = ("وذكر ما أورده تقرير التنمية البشرية للعام 2013 الصادر عن برنامج الأمم المتحدة الإنمائي "
        "تحت عنوان نهضة «الجنوب.. تقدّم بشري في عالم متنوّع»")
# 2015-07-25 aawsat (Eritrea): the UN's human rights council, with its purpose complement
UNHRC = ("وقد وصف تقرير أجراه ثلاثة خبراء مكلفين من مجلس الأمم المتحدة لحقوق الإنسان، كيفية حكم "
         "البلاد بيد من حديد")
# 2015-07-21 okaz (Syria): the Arab League's council beside the Security Council
ARAB_LEAGUE = ("والذي استقرت عليه كل الدول وصدر به قرار من مجلس الأمن ومن مجلس الجامعة العربية والذي "
               "تم تأييده على جميع المستويات")
# 2015-08-01 alriyadh (the Iran talks: P5+1 and the EU): the EU's council beside the Security
# Council
EU = ("برعاية ممثلي الدول الدائمة العضوية في مجلس الأمن، إضافة إلى ألمانيا، وسابعهم مجلس الاتحاد "
      "الأوروبي، وليس ذلك بالأمر المستغرب")


def test_a_body_named_after_its_organisation_is_one_mention_with_its_code():
    names = found(UNDP, "2015-07-26", source="aawsat")
    assert names.get("برنامج الأمم المتحدة الإنمائي") == ("ORG", "IGOUNO"), names
    assert "الأمم المتحدة" not in names, names
    names = found(UNHRC, "2015-07-25", source="aawsat")
    assert names.get("مجلس الأمم المتحدة لحقوق الإنسان") == ("ORG", "IGOUNO"), names
    names = found(ARAB_LEAGUE, "2015-07-21", source="okaz")
    assert names.get("مجلس الجامعة العربية") == ("ORG", "IGOARL"), names
    assert "الجامعة العربية" not in names, names
    assert "مجلس الأمن" in names, names
    names = found(EU, "2015-08-01", source="alriyadh")
    assert names.get("مجلس الاتحاد الأوروبي", ("",))[0] == "ORG", names
    assert "الاتحاد الأوروبي" not in names and "مجلس الأمن" in names, names


# -- guards: a country's programme, a definite council that calls on the organisation ----------
# 2015-07-21 alweeam (the Iran deal): «برنامج إيران النووي» is Iran's programme, no body; the
# Security Council stays as listed
IRAN = ("وافق مجلس الأمن الدولي اليوم الاثنين على اتفاق يحد من برنامج إيران النووي مقابل تخفيف "
        "العقوبات على الجمهورية الإسلامية")
# 2015-07-22 aawsat (EU energy diplomacy): «دعا المجلس الاتحاد الأوروبي»: the council called on
# the EU, two actors
CALLED_ON = ("وبشأن تنويع المصادر دعا المجلس الاتحاد الأوروبي إلى تقديم دعم دبلوماسي للتركيز على "
             "ممر الغاز الجنوبي")
# 2015-08-07 alwatan: «دعا مجلس التعاون إيران»: the GCC (listed whole, though التعاون is also a
# club's name) calls on Iran
GCC_IRAN = "وقد دعا مجلس التعاون إيران مرارا إلى التخلي عن سياساتها العدوانية تجاه دول المجلس والمنطقة،"


def test_a_country_programme_and_a_council_that_calls_on_the_organisation_stay_apart():
    names = found(IRAN, "2015-07-21", source="alweeam")
    assert names.get("إيران", ("",))[0] == "LOC", names
    assert not any(n.startswith("برنامج") for n in names), names
    assert "مجلس الأمن الدولي" in names, names
    names = found(CALLED_ON, "2015-07-22", source="aawsat")
    assert names.get("الاتحاد الأوروبي", ("",))[0] == "ORG", names
    assert not any("المجلس" in n for n in names), names
    names = found(GCC_IRAN, "2015-08-07", source="alwatan")
    assert names.get("مجلس التعاون", ("",))[0] == "ORG", names
    assert names.get("إيران", ("",))[0] == "LOC", names


# 2015-08-03 aawsat (the Saudi federation's board): the board of «اتحاد الكرة السعودي» is one
# mention, but «للنقاش» after the federation's adjective is "to discuss", no part of it
FEDERATION = ("قد عقد اجتماعا برئيس وأعضاء مجلس اتحاد الكرة السعودي للنقاش حول الكثير من مصالح الكرة "
              "السعودية")


def test_a_purpose_after_the_organisations_adjective_is_no_part_of_its_council():
    names = found(FEDERATION, "2015-08-03", source="aawsat")
    assert "مجلس اتحاد الكرة السعودي" in names, names
    assert not any(n.endswith("للنقاش") for n in names), names
