"""Two kinds of mentions that are not acts of the day (issue 15, branch evprec6), on real
SaudiNewsNet sentences of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09), read through the
default pipeline: the imperfect of سيطر "controls" tells a standing state (the past سيطرت "took
control" stays the act), and عدم with a fused preposition (لعدم، بعدم) negates as عدم does."""
from conftest import event_texts


def _events(text, published):
    return [(label, trigger, source) for label, trigger, source, _ in event_texts(text, published)]


def test_the_imperfect_of_control_with_a_long_subject_is_a_standing_state():
    # aawsat 2015-07-25: the Kurdish units hold two thirds of the border strip (a map of control)
    got = _events("ومن كوباني، تنقطع حدود السيطرة من جرابلس إلى صوران أعزاز (شمال حلب)، التي يسيطر عليها "
                  "«داعش»، فيما تسيطر قوات الجيش السوري الحر و«جبهة النصرة» على مساحة من الشريط الحدودي.",
                  "2015-07-25")
    assert not [e for e in got if e[1] == "تسيطر"], got
    # 3alyoum 2015-07-27: the Houthis control the ports and airports
    got = _events("إذ يسيطرون بشكل كامل (باستثناء عدن) على موانئ ومطارات البلاد ومنافذها البرية.", "2015-07-27")
    assert not [e for e in got if e[1] == "يسيطرون"], got


def test_taking_control_stays_an_act():
    # aawsat 2015-07-25: the past سيطرت, the resistance took strategic positions
    got = _events("ففي تعز، الواقعة إلى الجنوب من العاصمة صنعاء، سيطرت المقاومة على مواقع استراتيجية بين "
                  "ميناء المخاء وعاصمة المحافظة، بعد اشتباكات عنيفة بين الجانبين.", "2015-07-25")
    assert ("COERCE", "سيطرت", "المقاومة") in got, got


def test_a_cause_under_a_fused_negation_is_no_act():
    # aawsat 2015-07-21: dismissed «for not abiding by the group's policy»: no agreement
    got = _events("وأعلنت «لجنة المتابعة والإشراف العليا» التابعة للجبهة في بيان عزل صلاح حماه (أبو محمد) "
                  "«لعدم التزامه بسياسة الجماعة وضوابطها»، دون تقديم تفاصيل أكثر.", "2015-07-21")
    assert not [e for e in got if e[1] == "التزامه"], got
    # aawsat 2015-07-31: the army justifies its stand «by not recognising» the Tripoli authorities
    got = _events("وقال إن قوات الجيش لن تسلم سيف الإسلام القذافي إلى طرابلس، مبررا هذا الموقف بعدم الاعتراف "
                  "بشرعية السلطات في طرابلس، وأن المحاكمة أجريت تحت فوهات البنادق.", "2015-07-31")
    assert not [e for e in got if e[1] == "الاعتراف"], got
