"""Issue #14, round 15 (branch ents15): a soldier's rank before his name is no army, and
settlements are no settlers (docs/entities.md, "Round 15"). Each rule is tested on real
SaudiNewsNet sentences of days other than the fresh-reading ones (2015-07-31, 2015-08-01,
2015-08-06)."""

from entities_support import analyse


def entities(text, published, **meta):
    """(label, code, mention texts) of every entity of the document."""
    return [(e.label, e.attrs.get("code"), [m.text for m in e.mentions])
            for e in analyse(text, published, **meta).entities]


def mentions(text, published, **meta):
    return [m for e in entities(text, published, **meta) for m in e[2]]


# -- a rank right before a name is that man's rank: no army (SAUMIL) --------------------------
# 2015-08-01 (sabq): the two border guards killed in Asir
BORDER_GUARDS = ("يُذكر أن العريف أحمد المجايشي والجندي أول محمد العمري وزميلهما الجندي أول حسن ناصر "
                 "بشيري من منسوبي حرس الحدود بمركز المسيال بقطاع ظهران الجنوب بمنطقة عسير استشهدوا، "
                 "أمس الجمعة")
# 2015-07-31 (aljazirah): the soldier killed near Qatif, the rank alone (no ordinal)
QATIF = ("تعرضت إحدى دوريات الأمن لإطلاق نار من سيارة ، مما نتج منه استشهاد الجندي سامي معوض عوض الله "
         "الحربي ، موضحا أنه تم القبض على شخصين للاشتباه بعلاقتهما بالجريمة.")
# 2015-08-06 (aljazirah): the joint forces' statement
JAZAN = ("أعلنت قيادة القوات المشتركة في بيان لها أمس استشهاد الجندي أول يحيى متعب الشامري -رحمه الله- "
         "من منسوبي القوات البرية بعد إصابته بمقذوف بقطاع جيزان")


def test_a_rank_before_a_name_is_no_army_mention():
    for text, day, source in ((BORDER_GUARDS, "2015-08-01", "sabq"), (QATIF, "2015-07-31", "aljazirah"),
                              (JAZAN, "2015-08-06", "aljazirah")):
        found = entities(text, day, source=source)
        assert not any(m.endswith("الجندي") for e in found for m in e[2]), found
        assert any(e[0] == "PER" for e in found), found  # the man himself is still read
    # the bodies beside him keep their codes
    codes = {m: e[1] for e in entities(JAZAN, "2015-08-06", source="aljazirah") for m in e[2]}
    assert codes.get("القوات البرية") == "SAUMIL", codes
    border = {m: e[1] for e in entities(BORDER_GUARDS, "2015-08-01", source="sabq") for m in e[2]}
    assert border.get("حرس الحدود") == "SAUCOP", border


# 2015-07-31 (aawsat): soldiers with no name after them stay an actor (the rule needs a person's
# name right after the rank)
TURKISH_SOLDIERS = ("وقال الجيش التركي في بيان إن تنظيم حزب العمال الكردستاني المحظور قتل ثلاثة جنود أتراك "
                    "في هجوم على كتيبة للجيش في إقليم شرناق بجنوب شرقي البلاد، أمس.")


def test_soldiers_without_a_name_stay_an_actor():
    found = entities(TURKISH_SOLDIERS, "2015-07-31", source="aawsat")
    assert any((e[1] or "").endswith("MIL") and "ثلاثة جنود" in e[2] for e in found), found


# -- settlements are places, not settlers -----------------------------------------------------
# 2015-07-31 (okaz): building settlements
BUILDING = ("ويذهب نتنياهو المتطرف إلى مزيد من بناء المستوطنات في الضفة متجاهلا كل قواعد السلام.")
# 2015-08-01 (alyaum): the settlers who wrote on the walls act: they stay an actor
WROTE = ('وكتب المستوطنون على الجدران شعار "تدفيع الثمن". و"انتقام" ورسموا نجمة داود.')


def test_settlements_are_no_settlers_the_settlers_stay():
    assert not any("مستوطنات" in m for m in mentions(BUILDING, "2015-07-31", source="okaz"))
    found = entities(WROTE, "2015-08-01", source="alyaum")
    assert any(e[1] and e[1].endswith("CVL") and "المستوطنون" in e[2] for e in found), found


# -- a capital after a noun of an event or thing held in the city is the place ------------------
def code_of(text, day, mention, **meta):
    return next((e[1] for e in entities(text, day, **meta) if mention in e[2]), "absent")


# 2015-08-01 (aljazirah): talks held in Cairo
CAIRO_TALKS = ("وشدد على أن مباحثات القاهرة بين ولي ولي العهد والرئيس المصري، والاتفاق على إقرار القوة "
               "العربية المشتركة من شأنه أن ينعكس إيجابيا على الاجتماع المقبل لوزراء الدفاع والخارجية")
# 2015-08-06 (almadina): the meeting held in Doha
DOHA_MEETING = ("والتي كان آخرها اجتماع الدوحة الذي ضم وزير الخارجية الأمريكي جون كيري مع نظرائه "
                "الخليجيين")
# 2015-08-01 (aawsat): Beirut's waste
BEIRUT_WASTE = "أي نبحث بترحيل نفايات بيروت ونترك النفايات تلتهم باقي المناطق اللبنانية"
# 2015-08-01 (aawsat): Tehran says: the government speaks
TEHRAN_SAYS = "وتقول طهران إنها تسعى للحصول على الطاقة الذرية لأغراض سلمية فحسب."


def test_a_capital_after_a_noun_of_an_event_held_there_is_the_place():
    assert not code_of(CAIRO_TALKS, "2015-08-01", "القاهرة", source="aljazirah")
    assert not code_of(DOHA_MEETING, "2015-08-06", "الدوحة", source="almadina")
    assert not code_of(BEIRUT_WASTE, "2015-08-01", "بيروت", source="aawsat")
    assert code_of(TEHRAN_SAYS, "2015-08-01", "طهران", source="aawsat") == "IRNGOV"


# -- a capital listed with cities, through other capitals of the list, is the city -------------
# 2015-08-01 (aljazirah): a column on Europe's cities of culture
CITIES = ("فنحن نلحظ كل ذلك الجمال في علومهم الحديثة، وفي نتاجهم الأدبي والفني، متجليا في نيويورك ولندن "
          "وباريس وبقية الاتساع المعرفي الأوروبي شرقاً وغرباً")
# 2015-08-02 (3alyoum): an airline's routes
ROUTES = ("في رحلاتها بين المملكة وكل من لوس أنجلوس ونيويورك وواشنطن ولندن وباريس والدار البيضاء وتونس "
          "والقاهرة وإسطنبول وبيروت والكويت ودبي وسنغافورة وكوالالمبور")


def test_a_capital_listed_with_cities_through_other_capitals_is_the_city():
    assert not code_of(CITIES, "2015-08-01", "باريس", source="aljazirah")
    assert not code_of(CITIES, "2015-08-01", "لندن", source="aljazirah")
    assert not code_of(ROUTES, "2015-08-02", "لندن", source="3alyoum")
    # two capitals listed only with each other are the two states (tests/test_entities.py)
    assert code_of("يستبعد أن موسكو وكييف سيتفقان قريبا", "2025-05-11", "موسكو") == "RUSGOV"


# -- «مسؤول عن»: "responsible for", no official ---------------------------------------------------
# 2015-07-27 (aawsat): a journalist's tweet accusing the president
BLAMED = ("واتهمه فيها بأنه هو المسؤول عن التفجير الذي شهدته مدينة سروج على الحدود مع سوريا.")
# 2015-08-06 (aawsat): the UN investigators
WHO_ATTACKED = ("تشكيل فريق من المحققين لتحديد المسؤول عن هجمات بغاز سام في سوريا.")
# 2015-07-21 (aleqtisadiya): the officials spoke about: عن is the verb's, the officials stay
SPOKE = "تحدث المسؤولون عن دور القسم في رصد النزاعات الطائفية حول العالم ومسبباتها"


def test_responsible_for_is_no_official():
    assert not any("المسؤول" in m for m in mentions(BLAMED, "2015-07-27", source="aawsat"))
    assert not any("المسؤول" in m for m in mentions(WHO_ATTACKED, "2015-08-06", source="aawsat"))
    assert "المسؤولون" in mentions(SPOKE, "2015-07-21", source="aleqtisadiya")
