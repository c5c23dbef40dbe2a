"""Visitor and host in meetings (issue 15, branch evroles4, round 9: the seventh fresh reading's
«التقى الرئيس المصري مبعوث الرئيس الصيني … الذي وصل القاهرة» gave the host as the source, and
«وأعرب السيسي خلال اللقاء» a second meeting with his own country). PLOVER codes the visitor as a
visit's source. Real SaudiNewsNet text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def test_the_one_met_who_visits_the_hosts_capital_is_the_source():
    # alriyadh 2015-07-26: the French defence minister «الذي يزور القاهرة» met the Egyptian premier
    got = event_texts("والتقى إبراهيم محلب، رئيس الوزراء المصري يوم السبت وزير الدفاع الفرنسي جان ايف لودريان، "
                      "الذي يزور القاهرة حاليا، وثمن محلب العلاقات الإستراتيجية المتطورة بين بلاده وفرنسا.",
                      "2015-07-26")
    met = [e for e in got if e[1] == "التقى"]
    assert met and met[0][2] == "وزير الدفاع الفرنسي" and met[0][3] == "إبراهيم محلب", got


def test_the_one_met_who_arrived_is_the_source():
    # aljazirah 2015-07-25: Carter «الذي وصل محافظة اربيل» met Barzani
    got = event_texts("وعقب وصوله اجتمع رئيس اقليم كردستان مسعود بارزاني مع وزير الدفاع الامريكي آشتون كارتر "
                      "الذي وصل محافظة اربيل أمس الجمعة بعد زيارة لبغداد.", "2015-07-25")
    met = [e for e in got if e[1] == "اجتمع"]
    assert met and met[0][2] == "وزير الدفاع الامريكي", got


def test_two_guests_of_a_third_country_keep_the_subject_as_source():
    # the dev article lavrov-meshaal (aawsat 2015-08-03): both are guests of Qatar
    got = event_texts("وفي الدوحة من المقرر أن يجتمع لافروف مع نظيره الأمريكي جون كيري الذي يزور قطر "
                      "لإجراء محادثات مع الدول الخليجية.", "2015-08-03")
    met = [e for e in got if e[1] == "يجتمع"]
    assert met and met[0][2] == "لافروف", got


def test_a_meeting_named_again_during_it_is_no_new_event():
    # alriyadh 2015-08-06: «خلال اللقاء» is the meeting told before, not one with the housing ministry
    got = event_texts("وأكد الصمعاني خلال اللقاء دعم الوزارة لاستراتيجية وزارة الإسكان في سبيل تمكين المواطن "
                      "من السكن المناسب في جميع مناطق المملكة.", "2015-08-06")
    assert all(e[0] != "CONSULT" for e in got), got
