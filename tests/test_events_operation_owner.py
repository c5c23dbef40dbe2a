"""The owner of an operation does the acts told in it (issue 15, branch evroles4, round 9: the
seventh fresh reading's doer-less raids and acts whose owner the sentence names; the dev article
tunisia-terror-law). «في عملية للقوات الخاصة»: the acts of the sentence that name no doer are the
operation owner's; a ministry reporting its own forces' operation accuses no one. Real SaudiNewsNet
text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def test_the_forces_whose_operation_killed_are_the_doer():
    # aawsat 2015-07-31
    got = event_texts("وأعلنت قيادة عمليات الأنبار عن تحرير طريق مهم وحيوي شمالي الرمادي من سيطرة تنظيم داعش "
                      "فيما تم قتل 11 مسلحًا غرب المدينة في عمليات للقوات الأمنية المشتركة ومتطوعي العشائر.",
                      "2015-07-31")
    assert [e for e in got if e[1] == "قتل" and "قوات الأمنية" in e[2].replace("للقوات", "قوات")], got


def test_a_ministry_telling_its_forces_operation_accuses_no_one():
    # alyaum 2015-07-26 (the dev article's sentence, also almadina 2015-07-25 and aljazirah
    # 2015-07-26): the extremist was killed and sixteen arrested by the security forces
    got = event_texts('وأعلنت وزارة الداخلية التونسية، الجمعة، إن جهاديا قتل واعتقل 16 شخصا بشبهة "الإرهاب"، '
                      "كما تم ضبط كميات من الأسلحة خلال سلسلة عمليات لقوات الأمن التونسية في منطقة بنزرت في "
                      "شمال تونس.", "2015-07-26")
    assert ("ASSAULT", "قتل", "قوات الأمن التونسية", "جهاديا") in got, got
    assert [e for e in got if e[0] == "COERCE" and e[2] == "قوات الأمن التونسية" and e[3] == "16 شخصا"], got
    assert all(e[0] != "ACCUSE" for e in got), got


def test_an_operation_faced_is_not_the_one_the_act_was_done_in():
    # aawsat 2015-07-21 (okaz the same): the Houthis face the loyal forces' operation and shelled
    # Aden — the loyal forces are not the shellers
    got = event_texts("وكان الحوثيون الذين يواجهون عملية للقوات الموالية للحكومة اليمنية الشرعية تجري بدعم من "
                      "طيران التحالف العربي بقيادة السعودية، قصفوا في وقت سابق من يوم الأحد الماضي أحد أحياء "
                      "شمال عدن.", "2015-07-21")
    assert all("القوات الموالية" not in e[2] for e in got if e[1] == "قصفوا"), got
