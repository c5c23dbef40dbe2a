"""The two sides of a clash (issue 15, branch evclash, round 10): a clash noun (اشتباكات، معارك،
اقتتال، مواجهات) has as source and target the sides its sentence names after بين, never the dead it
counts nor a party the ranker guesses. Real SaudiNewsNet text of ordinary days (never 2015-07-23,
07-24, 08-04, 08-09)."""
from conftest import event_texts


def clashes(got, trigger):
    return [e for e in got if e[0] == "ASSAULT" and e[1] == trigger]


def test_sides_after_between_with_a_place_of_the_first_side():
    # aawsat 2015-07-21: citizens of Mosul fought ISIS gunmen at a cemetery; «مواطنين» was the target
    got = event_texts("وأضاف مموزيني: «اندلعت اشتباكات بين مواطنين من الموصل ومسلحي (داعش) في مقبرة وادي عقاب "
                      "(غرب الموصل)».", "2015-07-21")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("مواطنين من الموصل", "داعش")], got


def test_sides_after_between_further_on_and_the_dead_are_no_side():
    # aawsat 2015-07-22 (the wire story of the dev article saleh-mutiny): «قتلى وجرحى» was the target
    got = event_texts("وأشارت المصادر إلى سقوط قتلى وجرحى في اقتتال داخلي نشب داخل معسكرين لـ«الحرس الجمهوري»، في "
                      "غرب العاصمة وجنوبها أمس وأول من أمس، بين ضباط وأفراد موالين لصالح وجماعة الحوثي.",
                      "2015-07-22")
    assert [(e[2], e[3]) for e in clashes(got, "اقتتال")] == [("ضباط وأفراد موالين لصالح", "جماعة الحوثي")], got


def test_a_second_side_not_joined_to_the_first_name():
    # alriyadh 2015-07-25: «مليشيا الحوثي وصالح» against «المقاومة»; the ranker made the militia the target
    got = event_texts("وشهدت مدينة تعز اشتباكات عنيفة بين مليشيا الحوثي وصالح والمقاومة والجيش الموالي للشرعية في "
                      "عدد من المناطق.", "2015-07-25")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("مليشيا الحوثي", "المقاومة")], got


def test_the_dead_counted_before_a_clash_are_no_target():
    # aawsat 2015-07-21 (alwatan 07-22 the same): two tribes, neither an actor; «قتلى» was the target
    got = event_texts("قال مسؤولون، اليوم (الثلاثاء)، إن العشرات سقطوا قتلى في اشتباكات بين قبيلتين في أكبر مدن "
                      "الجنوب الليبي.", "2015-07-21")
    assert all(e[3] != "قتلى" for e in clashes(got, "اشتباكات")), got


def test_a_party_near_a_clash_that_names_no_side_is_no_target():
    # aawsat 2015-07-21 (the dev article anbar-us-advice's own day and outlet; the same form is read
    # on 07-25 below): the battles stopped after the Iraqi forces' advance, no side named
    got = event_texts("بينما تضاربت الأنباء حول دواعي توقف معارك الأنبار، بعد التقدم الذي حققته القوات العراقية "
                      "باتجاه مدينتي الرمادي والفلوجة.", "2015-07-21")
    assert all(e[3] != "القوات العراقية" for e in clashes(got, "معارك")), got


def test_the_two_sides_right_after_between_stay():
    # aawsat 2015-07-22: the earlier rule (sides_of_a_clash) still reads the adjacent form
    got = event_texts("وقد تمكن الأسير من الفرار وهو مقيد اليدين، عندما اندلعت اشتباكات بين الحوثيين وقوات "
                      "المقاومة.", "2015-07-22")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("الحوثيين", "قوات المقاومة")], got


def test_between_of_another_act_is_not_the_clash_s():
    # a clash noun, then another act whose بين is its own: «انسحب … من أجل التمركز بين السكان»
    # (aawsat 2015-07-21, the dev article's sentence): the residents are no side of the battles
    got = event_texts("وقال المصدر إن توقف المعارك جاء إثر نصيحة أميركية مفادها أن تنظيم داعش انسحب كثيرا من أجل "
                      "التمركز بين السكان في المدن.", "2015-07-21")
    assert all("السكان" not in (e[2], e[3]) for e in clashes(got, "المعارك")), got


def test_sides_after_a_place_phrase_not_the_place():
    # alriyadh 2015-07-25: «خطوط التماس» (the front lines) was the target
    got = event_texts("هذا فيما اندلعت اشتباكات عنيفة على خطوط التماس بين المقاومة ومليشيا الحوثي وصالح في حي "
                      "الجمهوري والمجلية جنوبي المدينة.", "2015-07-25")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("المقاومة", "مليشيا الحوثي")], got


def test_a_side_is_not_read_as_the_owner_of_the_other():
    # aawsat 2015-07-22: «بين الجيش النيجيري النظامي وجماعة بوكو حرام» — a first version took Boko
    # Haram, joined by و, as the owner of «الجيش» and made it both sides
    got = event_texts("ومعظم هؤلاء اللاجئين الذين وصلوا إلى الكاميرون ليستقروا على الحدود مع نيجيريا، نيجيريون فروا "
                      "من المعارك في شمال شرقي نيجيريا بين الجيش النيجيري النظامي وجماعة بوكو حرام.", "2015-07-22")
    assert all(not (e[2] and e[2] == e[3]) for e in clashes(got, "المعارك")), got


def test_the_subject_of_the_clause_fights_the_side_after_with():
    # aawsat 2015-07-22: the resistance advanced after clashes with the Houthi gunmen (no doer before)
    got = event_texts("وفي محافظة تعز الواقعة وسط البلاد، حققت المقاومة أمس تقدمًا في غرب المدينة بعد اشتباكات مع "
                      "المسلحين الحوثيين، وباتت على بعد 400 متر من السيطرة على الخط العام.", "2015-07-22")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("المقاومة", "المسلحين الحوثيين")], got


def test_the_dead_counted_before_a_clash_with_are_not_its_doer():
    # alriyadh 2015-07-22: «قتل ١٠ من الحوثيين وقوات صالح في مواجهات مع المقاومة» — the first
    # actor of the clause is the dead counted (من الحوثيين): no doer is read from them
    got = event_texts("هذا فيما قتل ١٠ من الحوثيين وقوات صالح في مواجهات مع المقاومة في مناطق مختلفة من مدينة "
                      "تعز.", "2015-07-22")
    assert all(e[2] == "" for e in clashes(got, "مواجهات")), got


def test_the_dead_of_a_headline_clash_with_are_no_side():
    # aawsat 2015-08-07 headline: the 3 rebels killed were made the doer of the clashes
    got = event_texts("مقتل 3 متمردين أكراد في اشتباكات مع قوات الأمن التركية", "2015-08-07")
    assert all(e[2] != "3 متمردين" for e in clashes(got, "اشتباكات")), got


def test_the_fallen_named_after_a_nationality_is_no_side():
    # 3alyoum 2015-08-07 headline: «الخثعمي» (killed) was made the doer
    got = event_texts("مصرع السعودي الخثعمي في اشتباكات مع قوات الأسد بريف حمص", "2015-08-07")
    assert all(e[2] != "الخثعمي" for e in clashes(got, "اشتباكات")), got


# Round 12: «بين X وX' من جهة، وY من جهة أخرى» — X' is X's ally, Y the side they fight (37 sentences
# of this form with a clash noun on the ordinary days; side_marks in resources/events/wordclasses.tsv).

def test_the_side_after_from_one_side_is_the_other_not_the_ally():
    # alyaum 2015-07-26 (aljazirah the same day): «قوات صالح» fights beside the Houthis; it was the target
    got = event_texts("وفي سياق آخر، قالت المصادر: إن اشتباكات عنيفة اندلعت بين الحوثيين وقوات صالح من جهة، "
                      "والمقاومة الشعبية من جهة أخرى في جبهة \"عكد\" بمحافظة أبين، بعد محاولة الحوثيين التقدم نحو "
                      "المنطقة، حيث دفعت بتعزيزات عسكرية من منطقة \"مكيراس\" بمدينة البيضاء الواقعة وسط اليمن "
                      "باتجاه جبهة عكد ولودر في أبين.", "2015-07-26")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("الحوثيين", "المقاومة الشعبية")], got


def test_the_marked_sides_after_between_further_on_stand_against_the_ranker():
    # alwatan 2015-07-27: «دارت» between the clash and بين; the ranker made «قوات الجيش» (an ally of
    # the resistance) the doer and the militia was dropped
    got = event_texts("وقال شهود عيان إن مواجهات عنيفة دارت بين المقاومة الشعبية وقوات الجيش الوطني من جهة، "
                      "وميليشيات الحوثي المدعومة بفلول المخلوع من جهة أخرى.", "2015-07-27")
    assert [(e[2], e[3]) for e in clashes(got, "مواجهات")] == [("المقاومة الشعبية", "ميليشيات الحوثي")], got


def test_the_other_side_after_the_mark_with_a_second_mark_of_one_side():
    # alriyadh 2015-08-02 (alweeam, sabq 08-01 the same wire, there with «من جهة» twice): «الجيش» was
    # the target
    got = event_texts("اذ تصاعدت حدة المعارك، ليلة السبت، بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين "
                      "الحوثيين ومليشيات صالح من جهة أخرى، في محافظة تعز.", "2015-08-02")
    assert [(e[2], e[3]) for e in clashes(got, "المعارك")] == [("المقاومة الشعبية", "المتمردين الحوثيين")], got
    got = event_texts("تصاعدت حدة المعارك، ليلة السبت، بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين "
                      "الحوثيين وميليشيات علي عبد الله صالح من جهة، في محافظة تعز جنوبي اليمن، وسط تقدم للمقاومة "
                      "في محافظتي أبين ولحج، جنوبي البلاد.", "2015-08-01")
    assert [(e[2], e[3]) for e in clashes(got, "المعارك")] == [("المقاومة الشعبية", "المتمردين الحوثيين")], got


def test_a_sentence_opening_on_the_other_side_is_no_mark_of_the_first():
    # alriyadh 2015-08-06: «من جهة أخرى» opens the sentence; the Houthis and Saleh's forces fought
    got = event_texts("من جهة أخرى، اندلعت اشتباكات امس، بين مسلحي جماعة الحوثيين من جهة وقوات صالح من جهة ثانية "
                      "في معسكر الصدرين بمنطقة مريس شمال مدينة الضالع مما أسفر عن سقوط قتلى وجرحى في صفوف "
                      "الجانبين.", "2015-08-06")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("مسلحي جماعة الحوثيين", "قوات صالح")], got


# --- round 15 of roles (branch evclash2): two sides the entities read as one party, and the
# sides after a later بين against the ranker

def test_two_sides_read_as_one_described_party_are_cut_at_their_and():
    # aawsat 2015-08-03 (a PJAK statement): «مقاتلينا والجيش الإيراني» was one party, the source,
    # with no target
    got = event_texts("وإثر هذه العملية، اندلعت أول من أمس اشتباكات بين مقاتلينا والجيش الإيراني أسفرت عن مقتل "
                      "خمسة جنود إيرانيين وإصابة اثنين آخرين بجروح.", "2015-08-03")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("مقاتلينا", "الجيش الإيراني")], got


def test_a_group_and_forces_joined_after_between_are_two_sides():
    # 3alyoum 2015-08-07: «التنظيم وقوات النظام السوري» was one source, with no target
    got = event_texts("وذكرت حسابات بموقع التواصل الاجتماعي “تويتر”، مقربة من التنظيم، اليوم الخميس، أن المسؤول "
                      "الشرعي لما يُعرف لدى التنظيم بـ “ولاية دمشق” سعود بن سعدي الخثعمي– سعودي الجنسية- والملقب "
                      "بـ”أبي حسان”، لقي مصرعه خلال اشتباكات بين التنظيم وقوات النظام السوري في مدينة القريتين بريف "
                      "حمص الجنوبي الشرقي.", "2015-08-07")
    assert [(e[2], e[3]) for e in clashes(got, "اشتباكات")] == [("التنظيم", "قوات النظام السوري")], got


def test_the_sides_after_a_later_between_stand_against_the_ranker():
    # alyaum and alriyadh 2015-08-06: the ranker made «حركة الطيران المدني», the object of the verb
    # before, the doer of the clash between the Houthis and the resistance
    got = event_texts("استأنف مطار عدن الدولي جنوب اليمن اليوم الخميس حركة الطيران المدني بعد توقف حوالي أربعة "
                      "أشهر جراء المواجهات المسلحة التي دارت بين الحوثيين والمقاومة الشعبية.", "2015-08-06")
    assert [(e[2], e[3]) for e in clashes(got, "المواجهات")] == [("الحوثيين", "المقاومة الشعبية")], got
