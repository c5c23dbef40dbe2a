"""Issue #14, round 19 (branch ents19): a facility named after a person (مطار الملك فهد الدولي,
مستشفى الملك فيصل التخصصي, قاعة الشيخ راشد) is one mention, never the person alone
(docs/entities.md, "Round 19"). Every sentence is a real SaudiNewsNet sentence of a day other
than the fresh-reading ones."""

from entities_support import analyse


def found(text, published, **meta):
    """mention text -> label of every mention of the document."""
    return {m.text: e.label for e in analyse(text, published, **meta).entities for m in e.mentions}


# 2015-07-27 3alyoum (عين اليوم): an airport named after a king, then its city
AIRPORT = ("أحبط جمرك مطار الملك عبدالعزيز الدولي بجدة محاولة سيدتين لتهريب كمية من حبوب "
           "“الزاناكس” بلغ عددها")
# 2015-07-27 (Qassim, Al-Othaim's Eid visits): a hospital with its adjective
HOSPITAL = ("نفذت شركة العثيم برنامجا لمعايدة المرضى في عدد من المستشفيات بمناسبة عيد الفطر المبارك "
            "شمل مستشفى الملك فهد التخصصي ومستشفى بريدة المركزي")
# 2015-07-27: a hall named after the king (Mawhiba's summer programme)
HALL = ('مؤسسة الملك عبدالعزيز للموهبة والإبداع "موهبة" بمشاركة 140 موهوبا من مختلف مدارس العاصمة، '
        "وذلك في قاعة الملك سلمان بمقر المدارس.")
# 2015-07-27: a street named after a sheikh with his name chain
STREET = ("وتقع معظم الوحدات الجديدة على شارع الشيخ محمد بن زايد، حيث تحتضن المنطقة العالمية "
          "للإنتاج الإعلامي 26% من إجمالي المعروض الجديد")


def test_a_facility_named_after_a_person_is_one_mention():
    names = found(AIRPORT, "2015-07-27", source="3alyoum")
    assert names.get("مطار الملك عبدالعزيز الدولي") == "LOC", names
    names = found(HOSPITAL, "2015-07-27", source="alriyadh")
    assert names.get("مستشفى الملك فهد التخصصي") == "LOC", names
    assert "مستشفى الملك" not in names and "فهد" not in names, names
    names = found(HALL, "2015-07-27", source="alriyadh")
    assert names.get("قاعة الملك سلمان") == "LOC", names
    assert "سلمان" not in names, names
    names = found(STREET, "2015-07-27", source="alriyadh")
    assert names.get("شارع الشيخ محمد بن زايد") == "LOC", names


# 2015-08-02 (the Saudi league's stadiums): the prince's family name is part of the stadium's name
STADIUM = ("مرجعاً سموه قرار إقامة المباريات على ملعب الأمير عبدالله الفيصل بجدة إلى انتهاء مرحلة "
           "الفحص")
# 2015-07-26 3alyoum: «بالخرج» ("in al-Kharj") is no part of the road's name
ROAD = "شاهد ..السيطرة على حريق بكوبري على طريق الملك عبدالله بالخرج"


def test_a_facility_takes_the_persons_family_name_but_not_the_town_after_it():
    names = found(STADIUM, "2015-08-02", source="alriyadh")
    assert names.get("ملعب الأمير عبدالله الفيصل") == "LOC", names
    assert "عبدالله الفيصل" not in names, names
    names = found(ROAD, "2015-07-26", source="3alyoum")
    assert names.get("طريق الملك عبدالله") == "LOC" and names.get("الخرج") == "LOC", names


# -- guards: a place inside a hospital or airport stays the name; a king who acts is the king ----
# 2015-07-31 3alyoum (health deputy's tour): «مستشفى نجران العام» -> نجران, as the gold marks it
NAJRAN = "وتفقد مستشفى نجران العام الجديد الواقع في حي الشرفة"
# 2015-07-27: «مستشفى الشيخ زويد المركزي لتلقي العلاج»: الشيخ زويد is a town; لتلقي is "to be treated"
ZUWEID = ("حيث أصيب في الفخذ الأيمن، وتم نقله إلى مستشفى الشيخ زويد المركزي لتلقي العلاج، وإخطار "
          "الجهات المعنية.")


def test_a_place_inside_a_hospital_and_a_king_who_acts_keep_their_names():
    names = found(NAJRAN, "2015-07-31", source="3alyoum")
    assert names.get("نجران") == "LOC" and not any(m.startswith("مستشفى") for m in names), names
    names = found(ZUWEID, "2015-07-27", source="alyaum")
    assert "مستشفى الشيخ زويد المركزي" in names and not any("لتلقي" in m for m in names), names
    names = found("وصل الملك فهد إلى المطار", "2015-07-27")
    assert not any(m.startswith("المطار") for m in names) and "فهد" in " ".join(names), names
    names = found("استقبل الملك سلمان في قصره ولي العهد", "2015-07-27")
    assert "سلمان" in " ".join(names), names
