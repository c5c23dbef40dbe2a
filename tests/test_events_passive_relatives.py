"""Passive verbs in bodies and relative clauses (issue 15, branch evroles4, round 9: the seventh
fresh reading's «a victim of a passive made the doer», «هشام بركات، الذي قتل في تفجير سيارة»). A
violent or arrest verb that news writes unvocalised in the passive, after a relative pronoun or a
bare subject and followed by nothing but a preposition or the next passive, has the antecedent as
the one acted on. Real SaudiNewsNet text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def test_the_antecedent_of_a_relative_passive_killing_is_no_killer():
    # okaz 2015-07-21: the wanted man «الذي قتل في ١٧ رمضان الماضي» was killed, he killed no one
    got = event_texts("كشفت تغريدات حساب على تويتر تعود إلى المطلوب الأمني المنتمي إلى تنظيم «داعش» الإرهابي "
                      "يوسف الغامدي الذي قتل في ١٧ رمضان الماضي بعد مداهمته من قبل قوات الأمن في الطائف.",
                      "2015-07-21")
    assert all(not (e[0] == "ASSAULT" and e[1] == "قتل" and e[2] == "يوسف الغامدي") for e in got), got


def test_a_detainee_killed_is_no_doer():
    # aawsat 2015-07-27: «محمد، المحتجز الذي قتل في كوهات العام الماضي»
    got = event_texts("مثلاً، اعترف محمد، المحتجز الذي قتل في كوهات العام الماضي، لأسرته بأنه قضى ثمانية "
                      "أشهر مع مقاتلي «طالبان».", "2015-07-27")
    assert all(not (e[0] == "ASSAULT" and "محمد" in e[2]) for e in got), got


def test_a_killer_in_a_relative_clause_with_an_object_stays_the_doer():
    # almadina 2015-07-22: «محمد يوسف عبدالعزيز الذي قتل 5 جنود أمريكيين الخميس الماضى» — the verb
    # has its object after it, so it is active and the antecedent killed
    got = event_texts("أكدت وسائل إعلامية أمريكية أن محمد يوسف عبدالعزيز الذي قتل 5 جنود أمريكيين الخميس الماضى "
                      "لم يكن من أنصار تنظيم «داعش».", "2015-07-22")
    assert [e for e in got if e[0] == "ASSAULT" and e[2] == "محمد يوسف عبدالعزيز"], got


def test_a_bare_subject_killed_and_others_arrested_are_the_victims():
    # the dev article tunisia-terror-law's form, seen in lists of casualties on other days
    # (alwatan 2015-08-03: «قتل شخصان وأصيب خمسة آخرون بانفجار»): «إن جهاديا قتل واعتقل 16 شخصا»
    # — a jihadist was killed and sixteen arrested, the jihadist arrested no one
    got = event_texts('وأعلنت وزارة الداخلية التونسية، الجمعة، إن جهاديا قتل واعتقل 16 شخصا بشبهة "الإرهاب"، '
                      "كما تم ضبط كميات من الأسلحة خلال سلسلة عمليات لقوات الأمن التونسية في منطقة بنزرت.",
                      "2015-07-25")
    assert all(e[2] != "جهاديا" for e in got), got
    assert all(not (e[0] == "ACCUSE" and e[3] == "جهاديا") for e in got), got


def test_a_day_word_between_an_active_arrest_and_its_object_keeps_the_doer():
    # aawsat 2015-07-25 (Taiwan): «أن الشرطة اعتقلت أمس طلابا» — a first version of this round read
    # «اعتقلت أمس» as a passive and made the police the arrested
    got = event_texts("ذكرت وكالة الأنباء المركزية التايوانية، أن الشرطة اعتقلت أمس طلابا كانوا يتظاهرون ضد "
                      "التغييرات في المناهج الدراسية بالمدارس.", "2015-07-25")
    assert [e for e in got if e[0] == "COERCE" and e[2] == "الشرطة" and e[3] == "طلابا"], got
