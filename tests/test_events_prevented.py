"""The one prevented is the target of منع, not its doer (issue 15, branch evprec6: «the doer named
in the clause missed for منع»). منع takes the one prevented as its object and the act kept from after
من; a single phrase between منع and من was read as the verb's subject or the noun's genitive doer.
Real SaudiNewsNet sentences of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def _coerce(text, published):
    return [(trigger, source, target) for label, trigger, source, target in event_texts(text, published)
            if label == "COERCE"]


def test_the_one_kept_from_entering_is_the_target():
    # 3alyoum 2015-07-25 (a headline): single Saudi men are barred from Kuwait, they bar no one
    got = event_texts("منع العزاب السعوديين من دخول الكويت!", "2015-07-25")
    assert all(e[2] != "العزاب السعوديين" for e in got), got
    # aawsat 2015-07-27: Israel is the one to be kept from stating its position
    got = event_texts("وأكدت المصادر السياسية أن محاولات منع إسرائيل من إبداء موقفها من الاتفاق لن تثنيها عن "
                      "مواصلة التأكيد أن الاتفاق السيئ يعرض أمنها للخطر.", "2015-07-27")
    assert all(e[2] != "إسرائيل" for e in got), got


def test_the_genitive_of_the_noun_of_preventing_is_the_one_prevented():
    # aawsat 2015-07-27: the intervention aims at keeping Daesh fighters out of Turkey
    got = event_texts("وعلى الرغم من أن المسؤولين في الحكومة التركية أكدوا أن مثل هذا التدخل يهدف إلى منع مقاتلي "
                      "«داعش» من دخول أراضي تركيا، اعتبر محللون أن هدف العملية الحقيقي هو دحر المقاتلين الأكراد "
                      "وطردهم بعيدًا عن الحدود.", "2015-07-27")
    assert all(e[2] != "مقاتلي" for e in got if e[1] == "منع"), got
    # aleqtisadiya 2015-07-26: Turkey kept 1,800 terrorists out; they are not the doers
    got = _coerce("أعلن وزير الخارجية التركي مولود جاويش أوغلو عن نجاح الوحدات الأمنية في توقيف نحو 2000 شخص "
                  "بتهمة الانضمام إلى جماعات إرهابية، ومنع 1800 إرهابي من دخول البلاد، مشيرا إلى أن تركيا تخوض "
                  "حربا ضد الإرهاب وخصوصا إرهاب \"داعش\".", "2015-07-26")
    assert [e for e in got if e[0] == "منع" and e[2] == "1800 إرهابي"], got
    assert all(e[1] != "1800 إرهابي" for e in got), got


def test_a_subject_and_an_object_before_min_keep_their_roles():
    # aawsat 2015-07-26: the Houthis (subject) barred the port's chairman (object)
    got = _coerce("منذ إحكام سيطرتهم على مدينة الحديدة الواقعة غرب اليمن ومينائها، ثاني أكبر ميناء في البلاد، "
                  "في ديسمبر (كانون الأول) الماضي إثر بسط سلطتهم على العاصمة صنعاء في سبتمبر (أيلول)، منع "
                  "الحوثيون رئيس مجلس إدارة ميناء الحديدة القبطان محمد إسحاق من دخول الميناء، مما دعا كل "
                  "الموظفين والعمال للدخول في إضراب عن العمل احتجاجا.", "2015-07-26")
    assert [e for e in got if e[0] == "منع" and e[1] == "الحوثيون"], got



def test_the_one_prevented_after_a_noun_of_purpose_is_no_doer():
    # alweeam 2015-07-21: the Houthi forces are the ones the resistance seeks to stop
    got = event_texts("وتسعى المقاومة لمنع قوات الحوثيين من السيطرة على عدن وهي آخر مدينة لا تزال حكومة الرئيس عبد "
                      "ربه منصور هادي تسيطر عليها.", "2015-07-21")
    assert all(e[2] != "قوات الحوثيين" for e in got if e[1] == "لمنع"), got
