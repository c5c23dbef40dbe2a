"""Issue #14, round 12 (branch ents12): a foreign name's own first letter ف/ك read as a clitic,
words of verse read as names, a name inside a longer proper name (docs/entities.md, "Round 12").
Each rule is tested on real SaudiNewsNet sentences of days other than the fresh-reading ones."""

from entities_support import analyse


def mentions(text, published, **meta):
    return [m.text for e in analyse(text, published, **meta).entities for m in e.mentions]


# -- a transliterated name's first ف/ك is the name's, not a clitic ------------------------------
# 2015-08-06 (aawsat): Kabul, not ك + ابل
KABUL = ("وفي العاصمة الأفغانية كابل، تتناقل وسائل إعلام محلية الأخبار التي تتحدث عن وقوع اشتباكات "
         "دموية بين فصائل مختلفة في حركة طالبان على خلفية تعيين زعيم جديد لها")
# 2015-07-26 (alyaum): a Guinean player
ZAYATI = ("أكملت إدارة نادي الرائد برئاسة عبداللطيف الخضير، عقد المحترفين الأجانب الذين سيمثلون "
          "فريقها الكروي الأول، خلال الموسم القادم، وذلك بتعاقدها مع قائد ومدافع المنتخب الغيني ونادي "
          "شيفيلد وينزداي الإنجليزي كميل زاياتي ( ٣٠ عاما ) لمدة موسم واحد")
# 2015-07-21 (aawsat): Kofi Annan (the splitter read ك + وفي "loyal")
ANNAN = ("وقال جيمي فولر المؤسس المشارك لمجموعة «فيفا جديد الآن» في مؤتمر صحافي بزيوريخ أمس: "
         "«نحن ندعو كوفي أنان للخوض في هذه الفوضى وتولي مسؤولية عملية الإصلاح».")
# 2015-07-21 (aawsat): Ford, not ف + ورد "was mentioned"
FORD = ("ومعظم الشركات العالمية للسيارات - وآخرها شركة فورد الأميركية - تتنافس اليوم على تطوير "
        "كل أوجه التكنولوجيا المتعلقة بها")


def test_foreign_name_keeps_its_first_letter_kaf_or_fa():
    assert "كابل" in mentions(KABUL, "2015-08-06", source="aawsat")
    assert "كميل زاياتي" in mentions(ZAYATI, "2015-07-26", source="alyaum")
    assert "كوفي أنان" in mentions(ANNAN, "2015-07-21", source="aawsat")
    got = mentions(FORD, "2015-07-21", source="aawsat")
    assert any(m.startswith("فورد") for m in got) and "ورد" not in got


# 2015-08-06 (aawsat): "then Washington moves slowly": ف is the conjunction
WASHINGTON = ("خصوصًا في ظل ضعف وتشتت المعارضة المعتدلة. فواشنطن تتحرك ببطء في عمليات تدريب "
              "المعارضة، وتتخوف من انضمام بعض من تدربهم إلى الحركات المتطرفة")
# 2015-07-26 (3alyoum): "such as the ministry of commerce": ك is the preposition
MINISTRY = ("وينفذ هذه الآلية فريق عمل مكون من الجهات المختصة كوزارة التجارة والصناعة، والهيئة "
            "السعودية للمواصفات والمقاييس والجودة، ومصلحة الجمارك العامة")
# 2015-07-21 (aawsat): "for the opera house": ف before a construct of two Arabic nouns
OPERA = ("وفي مونت كارلو، هناك جزء للفنون مهم، فدار الأوبرا الشهيرة التي تحتضن عشرات الآلاف من "
         "القطع الذهبية، تحتضن سنويا عروضا شهيرة")
# 2015-07-21 (aawsat): "such as al-Aqsa mosque": ك before the article
AQSA = ("كيف سيكون المشهد حال الاقتراب من موقع وموضع يمثل قُدسيّة خاصة للعالم الإسلامي "
        "كالمسجد الأقصى؟")


def test_real_clitic_fa_or_kaf_before_a_name_still_splits():
    assert "واشنطن" in mentions(WASHINGTON, "2015-08-06", source="aawsat")
    got = mentions(MINISTRY, "2015-07-26", source="3alyoum")
    assert any(m.startswith("وزارة التجارة") for m in got) and not any(m.startswith("كوزارة") for m in got)
    assert not any(m.startswith("فدار") for m in mentions(OPERA, "2015-07-21", source="aawsat"))
    assert not any(m.startswith("كالمسجد") for m in mentions(AQSA, "2015-07-21", source="aawsat"))


# -- a plural verb or participle is no name ----------------------------------------------------
# 2015-07-21 (aawsat): "delegates signed" and "still blame (Labour)" were read as persons
DELEGATES = ("بعد شهور من التفاوض. ووقع مندوبون عن البرلمان المعترف به دوليا (مجلس النواب الذي "
             "ينعقد في شرق البلاد) الاتفاق.")
BLAME = ("فغالبية الناخبين لا يزالون يلومون (العمّال) على تداعيات الأزمة المالية العالمية وفضّلوا "
         "وضع ثقتهم في المحافظين للمرة الثانية")
# 2015-07-26 (aawsat): "bankers ruled out"
BANKERS = "واستبعد مصرفيون أن توافق العائلات على قيام \"بيرسون\" ببيع حصتها الى طرف ثالث."


def test_plural_verb_or_participle_is_no_name():
    assert "مندوبون" not in mentions(DELEGATES, "2015-07-21", source="aawsat")
    assert "يلومون" not in mentions(BLAME, "2015-07-21", source="aawsat")
    assert "مصرفيون" not in mentions(BANKERS, "2015-07-26", source="aawsat")


# 2015-07-21 (aawsat) and 2015-08-02 (alriyadh): foreign names of the same ending stay
NAPOLEON = ("وكذلك أحد المنازل التي سكنها الإمبراطور الفرنسي نابليون بونابرت، وقبل أن تذهب إلى "
            "موناكو، ستشاهد حتما شاطئ نيس")
ANDERSON = ("قال وكيل مغنية الكانتري الأمريكية لين أندرسون إن المغنية التي اشتهرت في السبعينيات "
            "بأغنية(Rose Garden) أو(حديقة الورد) توفيت بأزمة قلبية في مستشفى في ناشفيل عن 67 عاما.\n"
            "وقال الوكيل مارك لوجسدون إن أندرسون التي عادت في الآونة الأخيرة من رحلة في إيطاليا")


def test_foreign_names_ending_like_a_plural_stay():
    assert "نابليون بونابرت" in mentions(NAPOLEON, "2015-07-21", source="aawsat")
    assert "أندرسون" in mentions(ANDERSON, "2015-08-02", source="alriyadh")


# -- a head noun before a name makes a longer proper name --------------------------------------
# 2015-08-02 (aleqtisadiya): the Cairo citadel of Taiz, not Egypt's capital
CITADEL = ("وذكرت مصادر محلية أن أحياء والجمهوري، والنقطة الرابعة، والإخوة، قد تعرضت لقصف مدفعي من "
           "قلعة القاهرة. كما تعرضت قرى سهرة والحيمة والتعزية القريبة من")
# 2015-07-22 (aljazirah): the Central African Republic, not the continent
CAR = "منظمة التعاون الإسلامي تختتم حملتها للتضامن مع المعوزين في أفريقيا الوسطى"


def test_castle_before_a_name_and_central_africa_are_one_name():
    got = mentions(CITADEL, "2015-08-02", source="aleqtisadiya")
    assert "قلعة القاهرة" in got and "القاهرة" not in got
    got = mentions(CAR, "2015-07-22", source="aljazirah")
    assert "أفريقيا الوسطى" in got and "أفريقيا" not in got


# 2015-07-31 (aawsat): Fort William, a place named after a person
FORT_WILLIAM = ("كما أنّ موقعها مناسب لاستكشاف المرتفعات، بما في ذلك أوبان وقلعة ويليام. زد على ذلك أنّ "
                "فندق جزيرة إريسكا هو عبارة عن")
# 2015-07-25 (alwatan): "the market's committee, Prince Khalid al-Faisal": a definite head is no construct
MARKET_CHAIR = ("إلى تزامن الدورة التاسعة مع الرؤية التي أطلقها مستشار خادم الحرمين الشريفين أمير منطقة "
                "مكة المكرمة رئيس اللجنة الإشرافية للسوق الأمير خالد الفيصل، والتي بدأت تلوح في الأفق")


def test_castle_before_a_person_names_the_castle():
    got = mentions(FORT_WILLIAM, "2015-07-31", source="aawsat")
    assert "قلعة ويليام" in got and "ويليام" not in got
    assert "خالد الفيصل" in mentions(MARKET_CHAIR, "2015-07-25", source="alwatan")


# -- a definite bank head before a name: the bank, not the club الأهلي --------------------------
# 2015-07-25 (aleqtisadiya) and 2015-07-22 (alyaum)
KUWAIT_BANK = ("ونجح البنك الأهلي الكويتي في النصف الأول من السنة الحالية في إبرام اتفاقية مع بنك "
               "(بيريوس - اليونان) للاستحواذ على نسبة 98.5 في المائة")
NCB = ("أكد منصور الميمان رئيس مجلس إدارة البنك الأهلي أن اهتمام البنك برعاية ودعم الأيتام يأتي "
       "إيمانا بأهمية دورنا الريادي في مجال المسؤولية الاجتماعية")


def test_bank_head_makes_the_bank_name():
    got = mentions(KUWAIT_BANK, "2015-07-25", source="aleqtisadiya")
    assert "البنك الأهلي الكويتي" in got and "الأهلي" not in got
    got = mentions(NCB, "2015-07-22", source="alyaum")
    assert "البنك الأهلي" in got and "الأهلي" not in got


# -- an organisation span ends before the nationality adjective after a foreign name -------------
# 2015-08-02 (3alyoum): the magazine, then "American"
PC_WORLD = ("ونقلت مجلة “بي سي وورلد” PC World الأمريكية، عن تقرير منشور بالنسخة المدفوعة من صحيفة "
            "“وول ستريت جورنال”، يشير إلى أن الإصدار القادم من نظارة جوجل الذكية سيكون موجها")
# 2015-07-27 (alyaum): a listed name that holds the adjective keeps it
ARAMCO = ("ستؤسس عجلة أرامكو السعودية العملاقة لصناعات وطنية وتنمية موارد بشرية وتطوير مدينة "
          "اقتصادية في جازان")


def test_org_span_ends_before_a_nationality_adjective():
    got = mentions(PC_WORLD, "2015-08-02", source="3alyoum")
    assert "PC World" in got and "PC World الأمريكية" not in got
    assert "أرامكو السعودية" in mentions(ARAMCO, "2015-07-27", source="alyaum")


# -- words of verse: a stricter bar for the tagger inside a poem --------------------------------
# 2015-08-08 (alriyadh): a Nabati poem, one hemistich a line, signed by the poet on the last line
POEM = "\n".join([
    "ألا يا بحر يا سعد منهو على شاطيك",
    "على شان من هاضت هجوسي على شانه",
    "على شان خلي يوم رجله تمشت فيك",
    "تدوس الثرى وتلاعب الريح طربانة",
    "تقول أعطني جوك وانا يا بحر بعطيك",
    "هجوس يدونها زمانك بديوانه",
    "هجوس الحبيب اللي مزاجه تعلك فيك",
    "لقى جوك الرايق وصرت اروع اوطانه",
    "وأنا أقول ياخلي هذى هاجسي ينبيك",
    "عن اللي يدك الصدر ثم فج بيبانه",
    "هذا قول من ترجم معاناته وهوشاريك",
    "وعن اللي يدور بخاطره عبر لسانه",
    "حمدي بن حمود العتيبي",
])
# 2015-07-22 (almadina): a column set in short lines names صدام حسين, then صدام alone
COLUMN = "\n".join([
    "* ومن قبلِ هؤلاء كلِّهم",
    "كان الرئيسُ العراقي",
    "صدام حسين يرى بأن",
    "«طريقَ القدسِ يمرُّ عبر الكويت»",
    "حينما احتلَّها واغتصب أرضَها في",
    "وضَحِ النهارِ..",
    "وهو نفس الاتجاه لصدام من قبل..",
    "وصدام خيرُ مثالٍ...",
    "على أن الطريق ذاتها",
    "تمر من عقول هؤلاء",
])


def test_words_of_a_poem_are_no_names_but_its_poet_is():
    got = mentions(POEM, "2015-08-08", source="alriyadh")
    for verse_word in ("على شاطيك", "بعطيك", "هجوس الحبيب", "هاجسي ينبيك", "بيبانه"):
        assert verse_word not in got
    assert "حمدي بن حمود العتيبي" in got


def test_a_name_given_in_full_stays_in_short_lines():
    got = mentions(COLUMN, "2015-07-22", source="almadina")
    assert "صدام حسين" in got and "صدام" in got
