"""Claims of responsibility and the instruments of an attack (issue 15, round 14). A claim in the
sentence after an attack told with no doer makes the claimant its doer (``claimed``); a claim of a
new act, or a third party's blame, claims nothing told before; the announcer of a claim may stand
far before the claim word; an explosive device is not an attack's target, nor is the object of a
relative clause on its doer. Real
SaudiNewsNet text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def _events(text: str, published: str) -> list[tuple]:
    """(type, trigger, source text, target text, context) through the default events settings."""
    from rasd.eval.events import DEFAULT, analyse

    doc = analyse(text, DEFAULT, published=published)
    return [(e.label, e.text, e.attrs.get("source_text") or "", e.attrs.get("target_text") or "",
             e.attrs.get("context")) for e in doc.layer("events")]


def test_a_claim_in_the_next_sentence_names_the_doer_of_the_attack_told_before():
    # aawsat 2015-07-21: the Sousse killing had no doer; ISIS claims "the two attacks" next
    got = _events("وفي تونس قتل 37 شخصا على الأقل في هجوم استهدف فندقين بمدينة سوسة. "
                  "وأعلن تنظيم داعش مسؤوليته عن الهجومين.", "2015-07-21")
    assert ("ASSAULT", "قتل", "تنظيم داعش", "37 شخصا", "claimed") in got, got
    # the hotels were the doer before (the subject of استهدف was misread); now the claimant
    assert not [e for e in got if e[2] == "فندقين"], got


def test_a_claim_of_a_new_act_claims_nothing_told_before():
    # aawsat 2015-07-21: a list of attacks; ISIS claims the Cairo car bomb, not the N'Djamena blast
    got = _events("فجر انتحاري يرتدي برقعا نسائيا نفسه، وقتل 14 شخصا في نجامينا (تشاد). تبنى تنظيم داعش "
                  "انفجار سيارة مفخخة قرب القنصلية الإيطالية في القاهرة (مصر).", "2015-07-21")
    assert not [e for e in got if e[1] in ("فجر", "قتل") and "داعش" in e[2]], got


def test_blame_by_a_third_party_is_no_claim_of_the_acts_told_before():
    # alyaum 2015-08-01: a military source blames al-Qaeda for the car bomb; the Tihama
    # resistance's attacks on the Houthis in the sentence before are not al-Qaeda's
    got = _events("وتشن مقاومة تهامة بين فترة وأخرى هجمات مسلحة على تجمعات وآليات تابعة للحوثيين، أدت إلى مقتل "
                  "وإصابة العشرات منهم. من جهة أخرى، قتل تسعة جنود من القوات الموالية للرئيس اليمني عبدربه منصور "
                  "هادي، الجمعة، في هجوم بسيارة مفخخة في جنوب شرق اليمن، على ما أعلن مصدر عسكري محملاً تنظيم "
                  "القاعدة المسؤولية.", "2015-08-01")
    assert not [e for e in got if e[1] == "هجمات" and "القاعدة" in e[2]], got


def test_the_announcer_of_a_claim_stands_before_its_channel():
    # alweeam 2015-08-06: «موقع تويتر» stands right before «مسؤوليته»; the claimant is the
    # subject of أعلن (Twitter was the doer before)
    got = event_texts("أعلن تنظيم داعش الارهابي في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن التفجير "
                      "الانتحاري بمسجد قوات الطوارىء في عسير", "2015-08-06")
    assert [e[2] for e in got if e[0] == "ASSAULT"] == ["تنظيم داعش"], got


def test_a_car_bomb_is_not_the_target_of_its_blast():
    # almadina 2015-07-21: the car bomb was the target of the claimed blast
    got = event_texts("فيما، تبنى تنظيم «داعش» الارهابي مساء الاثنين عملية تفجير سيارة مفخخة شمال العاصمة اليمنية "
                      "صنعاء.", "2015-07-21")
    assert ("ASSAULT", "تفجير", "تنظيم", "") in got, got
    assert not [e for e in got if "مفخخة" in e[3]], got


def test_an_explosive_vest_is_not_the_target_of_the_bomber():
    # aawsat 2015-07-25: «فجر سترته الناسفة» made the vest the target
    got = event_texts("وقال علي الحسيني، رئيس بلدية طوز خورماتو، ومصدران بالشرطة، إن مهاجمًا انتحاريًا فجر سترته "
                      "الناسفة في حمام سباحة، كان يستحم فيه عشرات من الرجال والأطفال وسط حرارة الجو اللافحة.",
                      "2015-07-25")
    assert got and not [e for e in got if "الناسفة" in e[3]], got


def test_the_object_of_a_relative_clause_on_the_doer_is_no_target():
    # aawsat 2015-08-08: «التحالف العربي الذي تقوده السعودية»: Saudi Arabia leads the coalition, it
    # is not what the coalition shelled
    got = event_texts("في هذه الأثناء، قصفت قوات التحالف العربي الذي تقوده السعودية مواقع الحوثيين والقوات الموالية "
                      "للرئيس اليمني السابق علي صالح، في تعز تمهيدا لتقدم القوات الموالية للرئيس هادي.", "2015-08-08")
    assert [e for e in got if e[1] == "قصفت"] and not [e for e in got if e[1] == "قصفت" and e[3] == "السعودية"], got
    # aawsat 2015-07-27: «حركة الشباب التي تريد فرض تفسيرها المتشدد»: the hard-line reading is no victim
    got = event_texts("وقتلت حركة الشباب التي تريد فرض تفسيرها المتشدد في الصومال عضوا بالبرلمان وحارسه الشخصي "
                      "ومسؤولا بمكتب رئيس الوزراء في هجومين أول من أمس.", "2015-07-27")
    assert [e for e in got if e[1] == "قتلت"] and not [e for e in got if e[3] == "المتشدد"], got


def test_what_an_attack_struck_is_not_its_doer():
    # aawsat 2015-08-06: «الغارات التركية استهدفت الناشطين الاكراد»: the raids, not the Kurdish
    # activists nor the adjective's Turkey taken as the raids' subject, struck them
    got = event_texts("غير ان المراقبين يؤكدون ان الغارات التركية استهدفت الناشطين الاكراد أكثر مما استهدفت "
                      "المتطرفين.", "2015-08-06")
    assert not [e for e in got if e[1] == "استهدفت" and e[2] in ("التركية", "الناشطين الاكراد")], got
    # alriyadh 2015-08-01: the act noun's own doer is the verb's (Boko Haram's attacks hit markets)
    got = event_texts("والهجوم الانتحاري هو الاخير في سلسلة هجمات لبوكو حرام استهدفت اسواقاً مزدحمة، نفذت العديد "
                      "منها فتيات انتحاريات، في نيجيريا وتشاد والكاميرون.", "2015-08-01")
    assert ("ASSAULT", "استهدفت", "بوكو حرام", "اسواقاً") in got, got


def test_the_announcer_reach_counts_words_not_quotation_marks():
    # sabq 2015-07-21 (round 15 of roles): six quotation marks put أعلنت 18 tokens, 12 words, before
    # the claim word; «تويتر», the channel, was the doer and the claimant the target. The
    # described «جماعة» before the name in marks is the name (ولاية سيناء)
    got = event_texts('وأعلنت جماعة "ولاية سيناء" جناح تنظيم "داعش" في مصر في بيان على "تويتر" مسؤوليتها عن '
                      'الهجوم.', "2015-07-21")
    assert [(e[2], e[3]) for e in got if e[0] == "ASSAULT"] == [("ولاية سيناء", "")], got
