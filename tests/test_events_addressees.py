"""The one a call or demand addresses, named by a bare noun phrase (issue 15, branch evrec4, the
sixth fresh reading's «a call/demand … (REQUEST: طالب/دعا الأحزاب إلى التوحد قبل …)» with the
addressed party missed). Real SaudiNewsNet sentences of ordinary days (never 2015-07-23, 07-24,
08-04, 08-09)."""
from conftest import event_texts


def _requests(text, published):
    return [(trigger, source, target) for label, trigger, source, target in event_texts(text, published)
            if label == "REQUEST"]


def test_the_noun_phrase_after_the_caller_and_before_ila_is_the_one_addressed():
    # aawsat 2015-07-31: Obama called on the world to change its view of Africa
    got = _requests("ودعا أوباما العالم إلى تغيير «نظرته إلى أفريقيا»، والأخذ بـ«التطور التاريخي» الذي أنجز، "
                    "والتخلي عن الصور المسبقة عن قارة تعاني من الفقر والحرب.", "2015-07-31")
    assert [e for e in got if e[1] == "أوباما" and e[2] == "العالم"], got
    # aljazirah 2015-07-31: Beijing called on Rangoon (an unlinked capital) to be reasonable
    got = _requests("وكانت وسائل الاعلام الصينية نددت بالاحكام ودعت بكين رانغون الى «التعقل» في المسألة، وذلك "
                    "في الوقت الذي تشهد فيه العلاقات بين البلدين توترا منذ فترة.", "2015-07-31")
    assert [e for e in got if e[1] == "بكين" and e[2] == "رانغون"], got
    # aawsat 2015-07-25: Hammoud called on the scholars of the nation
    got = _requests("ودعا حمود علماء الأمة والمرجعيات الدينية إلى تعبئة الجماهير الإسلامية والعربية وحثها على "
                    "الخروج بمسيرات عامة.", "2015-07-25")
    assert [e for e in got if e[2].startswith("علماء")], got


def test_an_adjective_of_the_caller_is_not_the_one_addressed():
    # aawsat 2015-07-31: «الثاني» is part of the Pope's name, «المعارض» the party's adjective
    got = _requests("وقد دعا البابا يوحنا بولس الثاني إلى اليوبيل الاخير في عام 2000.", "2015-07-31")
    assert all(e[2] != "الثاني" for e in got), got
    got = _requests("على صعيد آخر ذي صلة، طالب حزب اليسار الألماني المعارض بعقد جلسة استثنائية للجنة الشؤون "
                    "الخارجية في البرلمان.", "2015-07-31")
    assert all(e[2] != "المعارض" for e in got), got


def test_the_act_asked_for_is_not_the_one_addressed():
    # openeventdata build split (AAW_ARB_20080628.0036-15): «طالبين توجيه ضربة عسكرية» — the strike is
    # what is asked for; a light-verb noun (توجيه) opens the act, not an addressee
    got = _requests("وكانت وزيرة الخارجية تسيبي لفني، ووزير الدولة حاييم رامون، قد توجها الى أولمرت وباراك "
                    "طالبين توجيه ضربة عسكرية الى مطلقي الصواريخ في قطاع غزة.", "2008-06-28")
    assert all(not e[2].startswith("توجيه") for e in got), got
