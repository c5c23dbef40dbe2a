"""Positions, gatherings and vehicles are hit, never the doer (issue 15, branch evroles4, round 9:
the seventh fresh reading's «الغارات استهدفت تجمعا لآلات وأفراد من مليشيا الحوثي», fragments as
roles). Real SaudiNewsNet text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def test_a_gathering_struck_is_no_doer():
    # aljazirah 2015-08-01 (the coalition's raids on ISIS gatherings)
    got = event_texts("نفذ الائتلاف الدولي بقيادة أميركية أمس، 17 غارة جوية استهدفت تجمعات لتنظيم داعش في محافظة "
                      "الأنبار.", "2015-08-01")
    assert all(e[2] != "تجمعات" for e in got), got


def test_positions_of_a_side_are_no_doer():
    # alriyadh 2015-08-06: «عشرات الغارات استهدفت مواقع الحوثين وقوات صالح» — the positions were
    # made the doer and Saleh's forces the target
    got = event_texts("وقالت مصادر محلية ان عشرات الغارات استهدفت مواقع الحوثين وقوات صالح في شدا والظاهر.",
                      "2015-08-06")
    assert all(not e[2].startswith("مواقع") for e in got), got


def test_a_subject_before_the_positions_stays_the_doer():
    # aljazirah 2015-07-25: the Turkish F-16s shelled ISIS positions
    got = event_texts("وقال مكتب رئيس الوزراء في بيان إن مقاتلات تركية إف-16 قصفت مواقع لتنظيم داعش داخل سوريا "
                      "في وقت مبكر أمس الجمعة.", "2015-07-25")
    assert [e for e in got if e[1] == "قصفت" and e[2] == "مقاتلات تركية" and e[3] == "تنظيم داعش"], got


def test_the_bases_of_those_subjected_to_raids_name_them_as_the_target():
    # aawsat 2015-08-02 (the wire story of the dev article turkey-gendarmerie-attack): the PKK
    # fighters «الذين يتعرضون لغارات مكثفة يشنها الطيران التركي على قواعدهم» — «قواعدهم» was the target
    got = event_texts("سجل تصعيد جديد في دوامة العنف في تركيا اليوم (الاحد)، مع وقوع عملية انتحارية استهدفت مركزًا "
                      "للدرك وأوقعت قتيلين و24 جريحًا ونسبت إلى مقاتلي حزب العمال الكردستاني؛ الذين يتعرضون لغارات "
                      "مكثفة يشنها الطيران التركي على قواعدهم في العراق.", "2015-08-02")
    raids = [e for e in got if e[1] == "لغارات"]
    assert raids and raids[0][2] == "الطيران التركي" and raids[0][3] == "مقاتلي حزب العمال الكردستاني", got


def test_a_place_after_fi_is_not_the_one_subjected():
    # aawsat 2015-08-06: Narges Mohammadi, «من أبرز ناشطات حقوق الإنسان في إيران التي تعرضت للاعتقال»
    # — a first version of this round made Iran the one arrested
    got = event_texts("لأن محمدي تعتبر من أبرز ناشطات حقوق الإنسان في إيران التي تعرضت للاعتقال عدة مرات من قبل "
                      "السلطات الإيرانية.", "2015-08-06")
    assert all(e[3] != "إيران" for e in got), got
