"""Issue #14, round 24 (branch ents23): a description around a name of its own entity, for the
same occurrence, is one mention — the name; a senate or a house of parliament is a legislature
(docs/entities.md, "Round 24"; fresh reading 10's nested duplicates and missed US Senate). Every sentence is a real SaudiNewsNet sentence of a day other than the fresh
reading ones."""

from entities_support import analyse


def mentions(text, published, **meta):
    """[(mention text, kind, label, code)] of every mention of the document."""
    doc = analyse(text, published, **meta)
    return [(m.text, m.get("kind"), e.label, e.attrs.get("code")) for e in doc.entities for m in e.mentions]


# 2015-08-06 alwatan (Anbar): the coalition's aircraft
AIRCRAFT = ("من ناحيته، أعلن قائد عمليات الأنبار اللواء الركن قاسم المحمدي، مقتل أربعة من إرهابيي داعش "
            "بينهم قيادي في شرق الرمادي بضربة جوية نفذها طيران التحالف الدولي استهدف وكرا للتنظيم في "
            "منطقة البوعيثة.")
# 2015-08-06 aawsat (Turkey and the PKK): the party's fighters
FIGHTERS = ("وذكرت وكالة أنباء الفرات المقربة من منظومة المجتمع الكردستاني، الذي يضم تحت جناحه حزب "
            "العمال الكردستاني وأحزابا ومنظمات سياسية أخرى في تركيا، أن مقاتلي حزب العمال الكردستاني "
            "اشتبكوا مع القوات التركية في عدة مناطق جنوب شرقي تركيا.")
# 2015-07-21 aawsat (Prince Mutaib's tour): the National Guard's forces
GUARD = ("أكد الأمير متعب بن عبد الله بن عبد العزيز، وزير الحرس الوطني، جاهزية قوات الحرس الوطني "
         "للدفاع عن الأراضي السعودية في جميع مناطق البلاد.")


def test_the_coalitions_aircraft_are_one_mention_the_coalitions_name():
    got = mentions(AIRCRAFT, "2015-08-06", source="alwatan")
    texts = [t for t, *_ in got]
    assert ("التحالف الدولي", "name") in [(t, k) for t, k, *_ in got]
    assert "طيران التحالف الدولي" not in texts  # the description is the same occurrence


def test_a_partys_fighters_are_one_mention_the_partys_name():
    got = mentions(FIGHTERS, "2015-08-06", source="aawsat")
    texts = [t for t, *_ in got]
    # the party named in the clause before, then inside its fighters' description: two names
    assert texts.count("حزب العمال الكردستاني") == 2 and "مقاتلي حزب العمال الكردستاني" not in texts
    assert ("القوات التركية", "nominal") in [(t, k) for t, k, *_ in got]  # a description with no name inside stays


def test_a_bodys_forces_are_one_mention_the_bodys_name():
    got = mentions(GUARD, "2015-07-21", source="aawsat")
    texts = [t for t, *_ in got]
    assert "قوات الحرس الوطني" not in texts
    assert texts.count("الحرس الوطني") == 2  # the minister's body, then the forces' own


def coded(text, published, **meta):
    """{mention text: (label, actor code)} of every mention of the document."""
    doc = analyse(text, published, **meta)
    return {m.text: (e.label, e.attrs.get("code")) for e in doc.entities for m in e.mentions}


# 2015-07-26 aawsat (the Iran deal in Congress): the US Senate named bare
SENATE = ("ويسعى الجمهوريون إلى الحصول على تأييد 13 من الديمقراطيين في مجلس الشيوخ، وإجمالي 67 صوتًا "
          "لازمًا لإسقاط «فيتو» الرئيس أوباما المؤكد.")
# 2015-08-06 aawsat (Greece's bailout): a lower house with its nationality
GREEK_HOUSE = ("ويأتي ذلك بعد موافقة مجلس النواب اليوناني على الشروط الصارمة الجديدة التي وضعها الدائنون "
               "الدوليون، وطلبت حكومة أثينا رسميا من صندوق النقد الدولي الحصول على تسهيل قرض جديد.")
# 2015-08-06 aawsat (Amano in Washington): the Senate with its nationality
US_SENATE = ("وألغى البرلمان الإيراني أمس اجتماعا مقررا بين رئيس الوكالة الدولية للطاقة الذرية ومجلس "
             "الشيوخ الأميركي.")


def test_a_senate_or_a_house_named_bare_is_a_body():
    assert coded(SENATE, "2015-07-26", source="aawsat")["مجلس الشيوخ"][0] == "ORG"


def test_a_house_of_parliament_with_its_nationality_is_that_countrys_legislature():
    assert coded(GREEK_HOUSE, "2015-08-06", source="aawsat")["مجلس النواب اليوناني"] == ("ORG", "GRCLEG")
    assert coded(US_SENATE, "2015-08-06", source="aawsat")["مجلس الشيوخ الأميركي"] == ("ORG", "USALEG")
