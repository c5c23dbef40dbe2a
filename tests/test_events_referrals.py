"""The venue of a referral or a charge is not the accused (issue 15, dev error kind "target
wrong"): real sentences of ordinary SaudiNewsNet days through the default pipeline, as ``rasd
analyze`` runs it."""
from rasd.eval.events import DEFAULT, analyse


def _accusations(text, published):
    doc = analyse(text, DEFAULT, published=published)
    return [(e.text, e.attrs.get("source_text") or "", e.attrs.get("target_text") or "")
            for e in doc.layer("events") if e.label == "ACCUSE"]


def test_court_or_prosecution_a_case_is_referred_to_is_not_the_accused():
    # before the rule each of these named the prosecution or the court as the one accused
    for published, text, doer in (
            ("2015-07-31", "وقالت الوزارة إنها أحالت القضية للنيابة العامة.", "الوزارة"),
            ("2015-07-26", "وأحالت الحكومة المقبوض عليهم إلى النيابة العامة وتسجيل أقوالهم، بينما تستمر أعمال البحث "
                           "والتحري للكشف عن المزيد من تفاصيل القضية.", "الحكومة"),
            ("2015-07-26", "واحال مجلس الامن الدولي ملف دارفور للمحكمة الجنائية الدولية في العام 2005.", "مجلس الامن"),
            ("2015-07-21", "وكانت السلطات الكويتية أحالت الموقوفين الـ 50 إلى النيابة، وتم إخلاء سبيل بعضهم والاكتفاء "
                           "بإحالة 29 شخصاً منهم كمتورطين رئيسيين.", "السلطات الكويتية")):
        evs = _accusations(text, published)
        assert any(doer in s for _w, s, _t in evs), (text, evs)  # the referring authority stays the doer
        assert not any(w in t for _w, _s, t in evs for w in ("النيابة", "المحكمة")), (text, evs)


def test_investigation_commission_reached_by_a_referral_is_not_the_accused():
    # هيئة التحقيق والادعاء العام: a two-word venue (هيئة alone names any commission)
    evs = _accusations("واوضح الناطق الامني بمنطقة المدينة المنورة العميد فهد الغنام، أنه تمت إحالة قضية المركبة التي "
                       "غرقت بشرم ينبع الى هيئة التحقيق والادعاء العام.", "2015-07-22")
    assert evs and not any("هيئة" in t for _w, _s, t in evs), evs


def test_a_court_that_tries_someone_stays_the_doer():
    # the rule reads only a venue reached by إلى/لـ/على: a court as the subject of a trial is its
    # doer (events-snn build part, gold ACCUSE المحكمة الخاصة -> حسين حبري)
    evs = _accusations("أرجئت محاكمة الرئيس التشادي السابق حسين حبري المتهم بارتكاب \"جرائم حرب وجرائم تعذيب وجرائم "
                       "ضد الانسانية\" أمس الى السابع من سبتمبر لافساح المجال أمام المحامين لدرس الملف، كما أعلنت "
                       "المحكمة الخاصة التي تحاكمه في السنغال أمس الثلاثاء.", "2015-07-22")
    assert any(w == "تحاكمه" and "المحكمة الخاصة" in s for w, s, _t in evs), evs
