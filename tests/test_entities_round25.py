"""Issue #14, round 25 (branch ents24): a particle or pronoun found by the tagger alone is never a
name («أم» "or", «لي» "to me"), and a given name in an idiom is no person («حسن الجوار», «حسن
الظن»); docs/entities.md, "Round 25" (fresh reading 10's common words taken
as names). Every sentence is a real SaudiNewsNet sentence of a day other than the fresh reading
ones."""

from entities_support import analyse


def texts(text, published, **meta):
    """The text of every mention of the document."""
    doc = analyse(text, published, **meta)
    return [m.text for e in doc.entities for m in e.mentions]


# 2015-07-27 aawsat (an opinion column on Syria's future): «أم» "or" opening two questions
OR_QUESTIONS = ("أم أن مسار سوريا هو التقسيم على أساس طائفي يكون الساحل فيه للعلويين، وجبل العرب "
                "للدروز، إلى آخر التقسيمة الطائفية التي يعرفها الجميع؟ أم أن مستقبل سوريا هو الـ(status "
                "quo anti) أي كما كانت قبل الثورة السورية؟ أن يعود النظام القديم ببعض التعديلات؟")
# 2015-08-01 aleqtisadiya (a column in memory of a businessman): «لي» "to me"
TOLD_ME = ("أعرف أنه في مرات كثيرة انكشف للحزن، وانكشف لمرارة خيبة المسعى، وانكشف لعدم تحقق المأمول، "
           "إلا أنه لم ينكشف يوما عن ثبات العزيمة، وثبات الإرادة، وحسن الظن بالله! \n كان يقول لي إن "
           "جيله كان قدره أن يكون أطهر، وأقوى، وأقدر على النجاح من الأجيال التي تلته، لأن الفقر خير معلم.")
# 2015-07-27 aawsat (a singer on his song): «لي» "of mine"
A_SONG_OF_MINE = ("«لا شك أن هذه العبارة اشتهرت على لسان الرئيس الراحل ياسر عرفات، رحمه الله (..) منذ كنت "
                  "أسمعها على لسانه، وأنا أفكر في أن تكون عنوانًا لأغنية لي، ومنذ سنوات وأنا أحلم بأن ترى "
                  "النور، والحمد لله أنها خرجت للنور أخيرًا، وأطلقتها من فلسطين.")


def test_the_particle_am_or_opening_a_question_is_no_organisation():
    got = texts(OR_QUESTIONS, "2015-07-27", source="aawsat")
    assert "أم" not in got
    assert "سوريا" in got  # the names of the same sentences stay


def test_the_preposition_li_to_me_is_no_person():
    got = texts(TOLD_ME, "2015-08-01", source="aleqtisadiya")
    assert "لي" not in got


def test_li_of_mine_after_a_noun_is_no_person_and_the_named_person_stays():
    got = texts(A_SONG_OF_MINE, "2015-07-27", source="aawsat")
    assert "لي" not in got
    assert "ياسر عرفات" in got


# 2015-07-27 aawsat (Morocco and Algeria): «حسن الجوار» good neighbourliness
NEIGHBOURLINESS = ("ويرى العمراني أنه لبناء المغرب الكبير الذي سيشكل رافعة حقيقية للاقتصاد والتنمية، يجب على "
                   "الجزائر أن تنخرط بحسن نية إلى جانب المغرب من أجل بناء علاقة قوية مع هذا البلد، تقوم على "
                   "أساس حسن الجوار والاحترام المتبادل، من أجل تشييد فضاء للسلم والازدهار المتقاسم داخل "
                   "المنطقة المتوسطية.")


def test_good_neighbourliness_is_an_idiom_not_a_person_named_hasan():
    got = texts(NEIGHBOURLINESS, "2015-07-27", source="aawsat")
    assert "حسن الجوار" not in got and "حسن" not in got
    assert "الجزائر" in got and "المغرب" in got  # the names of the same sentence stay


def test_good_faith_in_god_is_an_idiom_not_a_person_named_hasan():
    got = texts(TOLD_ME, "2015-08-01", source="aleqtisadiya")
    assert "حسن الظن" not in got and "حسن" not in got




# 2015-08-01 aleqtisadiya (spam and cyber revenge): Blue Security, «شركة بلو سيكيوريتي»
BLUE_SECURITY = ("في محاولة علنية نادرة للانتقام، حاولت شركة بلو سيكيوريتي الإسرائيلية قلب الطاولة منذ ما "
                 "يقارب عقد من الزمان، من خلال الاستجابة لرسائل البريد الإلكتروني غير المرغوبة مع طوفان من "
                 "المرور الإلكتروني المصمم لعرقلة المهاجمين.")


def test_a_firms_name_after_sharika_keeps_its_first_letter_ba():
    got = texts(BLUE_SECURITY, "2015-08-01", source="aleqtisadiya")
    assert "بلو سيكيوريتي" in got and "لو سيكيوريتي" not in got
