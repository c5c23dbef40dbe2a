"""Issue #14, round 18 (branch ents18): a listed organisation inside a longer body's name
(docs/entities.md, "Round 18"). Every sentence is a real SaudiNewsNet sentence of a day other than
the fresh-reading ones."""

from entities_support import analyse


def found(text, published, **meta):
    """mention text -> (label, code) of every mention of the document."""
    return {m.text: (e.label, e.attrs.get("code")) for e in analyse(text, published, **meta).entities
            for m in e.mentions}


# -- a UN body named «منظمة/هيئة الأمم المتحدة» + a definite purpose complement is one name ----------
# 2015-07-22 aleqtisadiya (the same in almadina, alyaum): FAO was cut to «منظمة الأمم المتحدة»
FAO = ('جددت منظمة الأمم المتحدة للأغذية والزراعة "فاو"، تحذيرها من مخاوف عودة إنفلونزا الطيور، إذا '
       'لم يتم التدخل في الوقت المناسب لوقف تفشي الفيروس H5N1 شديد الضراوة في غرب إفريقيا')
# 2015-07-31 aljazirah: UNESCO after لـ, three coordinated fields
UNESCO = ("أصدرت سفارة خادم الحرمين الشريفين بمصر تقريراً عن ضمّ لجنة التراث العالمي التابعة لمنظمة "
          "الأمم المتحدة للتربية والعلوم والثقافة (يونسكو) الرسوم الصخرية في منطقة حائل بالمملكة")
# 2015-07-26 aljazirah: UNIDO, a purpose with its adjective
UNIDO = ("المنحة السادسة، وقدرها 300 ألف دولار أمريكي، تقدم لمنظمة الأمم المتحدة للتنمية الصناعية، "
         "وتهدف لتشجيع الإنتاجية والقدرة التنافسية لسلاسل مصائد الأسماك في كولومبيا")


def test_a_un_body_with_a_definite_purpose_is_one_name():
    names = found(FAO, "2015-07-22", source="aleqtisadiya")
    assert names.get("منظمة الأمم المتحدة للأغذية والزراعة") == ("ORG", "IGOUNO"), names
    assert "منظمة الأمم المتحدة" not in names, names
    names = found(UNESCO, "2015-07-31", source="aljazirah")
    assert names.get("منظمة الأمم المتحدة للتربية والعلوم والثقافة", ("",))[0] == "ORG", names
    names = found(UNIDO, "2015-07-26", source="aljazirah")
    assert names.get("منظمة الأمم المتحدة للتنمية الصناعية", ("",))[0] == "ORG", names


# -- guards: an infinitive of purpose after the UN, and names that are not «head + listed name» ------
# 2015-07-26 alyaum: «لشرح الموقف» is "to explain the position", not a body's field
EXPLAIN = ("وأفاد أن وزارة النقل الأردنية ممثلة بالهيئة، خاطبت رئيس منظمة الطيران المدني الدولي "
           "والمنبثقة عن منظمة الأمم المتحدة لشرح الموقف الأردني الرافض لإنشاء المطار .")
# 2015-07-26 aawsat: «لتطبيق السلام», "to implement peace"
IMPLEMENT = ("كانت قوات النخبة السعودية تعمل ضمن منظومة أممية ترعاها هيئة الأمم المتحدة لتطبيق السلام "
             "و«إعادة الأمل» وفق تسمية المهمة السعودية")
# 2015-07-21 alwatan: «مجلس الأمن» is listed whole; «للتصويت» is "for a vote" (الأمن is no name)
VOTE = ("ويكون أمام اللجنة 35 يوما على الأقل للنظر في الشكوى، التي ترفع قراراتها إلى مجلس الأمن "
        "للتصويت عليها.")
# 2015-08-07 aawsat: «للخلاف», "because of the dispute"
# 2015-07-25 alriyadh: «مجلس التعاون» is listed and so is «التعاون» (a club): not the same
# organisation, so «للكويت» ("to Kuwait") stays outside the GCC's name
GCC = ("وأكد مدير إدارة الإعلام الأمني في وزارة الداخلية الكويتية العميد عادل الحشاش في تصريح له "
       'لصحيفة "الوطن" الكويتية أن دخول مواطني دول مجلس التعاون للكويت يسير بصورة طبيعية')
DISPUTE = ("ثم بسبب تعطل مجلس الأمن للخلاف بين الولايات المتحدة وروسيا، بحيث تعسر بل استحال استصدار "
           "قرار واضح حتى في الشأن الإنساني.")


def test_an_infinitive_of_purpose_after_the_un_stays_outside_its_name():
    names = found(EXPLAIN, "2015-07-26", source="alyaum")
    assert "منظمة الأمم المتحدة" in names and not any("لشرح" in m for m in names), names
    names = found(IMPLEMENT, "2015-07-26", source="aawsat")
    assert "هيئة الأمم المتحدة" in names and not any("لتطبيق" in m for m in names), names


def test_a_listed_council_keeps_its_place_before_a_purpose_word():
    for text, day, src, council in ((VOTE, "2015-07-21", "alwatan", "مجلس الأمن"),
                                    (DISPUTE, "2015-08-07", "aawsat", "مجلس الأمن"),
                                    (GCC, "2015-07-25", "alriyadh", "مجلس التعاون")):
        names = found(text, day, source=src)
        assert council in names, names
        assert not any(m.startswith(council + " ل") for m in names), names
