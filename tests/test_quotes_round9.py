"""Speakers named beside a relative, and the object of a verb of describing: ninth round of issue
16 (sample of docs/quotes.md "Issue 16, ninth round"). A kinship noun after the person who speaks
(الحقباني أخ الإعلامي سعود الدوسري) introduces a relative; a kunya (أم فهد) names the speaker by a
child the entity stage may have tagged alone; the one noun or name between وصف and its ب-predicate
is what is described. Every sentence is from a SaudiNewsNet day other than the reserved
fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-08, almadina (article 599)
BROTHER = (
    "كشف الدكتور عبدالرحمن الحقباني أخ الإعلامي السعودي سعود الدوسري الذي توفي أمس الجمعة في باريس إثر "
    "نوبة قلبية عن أن أخيه بدأ حياته طالبا في تحفيظ القرآن، مطالبا المغردين بالإكثار من الدعاء لأخيه. "
    "وقال في عدة تغريدات: \"آخرتغريدة له بالقرآن الكريم وأول تعليمه بالقرآن الكريم و أول عمل له في إذاعة "
    "القرآن الكريم\".")
BROTHER_ENTITIES = (("e1", "PER", "عبدالرحمن الحقباني", "عبدالرحمن الحقباني"),
                    ("e2", "PER", "سعود الدوسري", "سعود الدوسري"))

# SaudiNewsNet 2015-07-31, sabq (article 2181)
LAFI = ("وقال لافي شقيق مشعل إن شقيقه \"حالياً فاقد للوعي ومنوّم بقسم العناية المركزة بمستشفى طبرجل منذ "
        "أكثر من ثلاثة أشهر وحالته لم تتحسّن بعد\".")

# SaudiNewsNet 2015-07-22, almadina (article 562)
UMM_FAHD = ("وأكدت أم فهد أن فعاليات الأمانة ودعمها للأسر المنتجة يمنحها عائد أفضل من مساعدات الضمان "
            "الاجتماعي.")

# SaudiNewsNet 2015-07-22, almadina (article 562), the paragraph before UMM_FAHD
UMM_FAHD_AFFIRMED = (
    "وهو ما أكدته أم فهد صاحبة إحدى أركان الأسر المنتجة بساحة العروض بحي الجزيرة، معربة عن شكرها لأمانة الرياض "
    "على إتاحة الفرصة لها، مؤكدة أن ذلك يساعد كثيرا في زيادة دخلها المادي.")

# SaudiNewsNet 2015-07-27, aljazirah (article 503)
UMM_YUSUF = (
    "في حين، تعرض أم يوسف في ركنها البهارات المفردة والمشكلة، بعد غسلها وتجفيفها وتنقيتها من الحجر، ومن ثم "
    "طحنها، مشيرة إلى أنها تستغرق في تجهيز البهارات نحو أسبوع.  وتضيف أنها تبيع في المدارس وبين جماعتها.")

# SaudiNewsNet 2015-08-08, aleqtisadiya (article 266)
PLAY = (
    "ونقلت صحيفة الغارديان عن بيركوف قوله إنه سيكون سعيدا بأداء أدوار جميع طغاة القرن العشرين. ووصف "
    "المسرحية بأنها \"أفضل كوميديا سياسية قرأتها منذ 30 عاما\".    وقال \"لا تهم شدة طغيان الشخصية إذا كان "
    "النص مكتوبا بطريقة جيدة تسمح لك بالغوص في أعماقها\".")
PLAY_ENTITIES = (("e1", "PER", "ستيفن بيركوف", "بيركوف"), ("e2", "ORG", "الغارديان", "الغارديان"))

# SaudiNewsNet 2015-08-02, aawsat (article 180)
DEBTS = ("وفي يونيو (حزيران) الماضي، بدأ الحاكم أليخاندرو غارسيا باديلا وصف الديون بأنها «لا يمكن سدادها» "
         "والترويج لـ«تجميد تفاوضي» بشأن الديون.")

# SaudiNewsNet 2015-07-27, aleqtisadiya (article 206)
FEATHER = (
    "والقى ترامب خطابا في كارولاينا الجنوبية الثلاثاء وصف فيه ليندسي غراهام بانه \"وزن ريشة\" وبانه \"لو طلب "
    "العمل في القطاع الخاص فان احدا لن يوظفه وسيكون فقيرا\".")
FEATHER_ENTITIES = (("e1", "PER", "دونالد ترامب", "ترامب"), ("e2", "PER", "ليندسي غراهام", "ليندسي غراهام"))


def test_the_person_before_a_kinship_noun_speaks_not_the_relative_after_it():
    doc = analyse(BROTHER, *BROTHER_ENTITIES)
    assert said(doc, "بدأ حياته طالبا")[0] == "e1"
    assert said(doc, "آخرتغريدة له")[0] == "e1"  # the continuation keeps him


def test_a_brother_named_before_his_kinship_noun_is_the_speaker():
    doc = analyse(LAFI, ("e1", "PER", "لافي", "لافي"), ("e2", "PER", "مشعل", "مشعل"))
    assert said(doc, "فاقد للوعي")[0] == "e1"


def test_a_kunya_is_not_the_child_it_names():
    doc = analyse(UMM_FAHD, ("e1", "PER", "فهد", "فهد"))
    assert said(doc, "فعاليات الأمانة") == (None, "أم فهد")


def test_a_kunya_before_the_subject_read_for_a_participle_is_not_the_child():
    doc = analyse(UMM_FAHD_AFFIRMED, ("e1", "PER", "فهد", "فهد"), ("e2", "ORG", "أمانة الرياض", "أمانة الرياض"))
    assert said(doc, "زيادة دخلها") == (None, "أم فهد")


def test_a_kunya_stays_unlinked_in_its_continuations():
    doc = analyse(UMM_YUSUF, ("e1", "PER", "يوسف", "يوسف"))
    assert said(doc, "تبيع في المدارس")[0] is None


def test_a_kunya_the_entity_holds_is_linked():
    doc = analyse(UMM_FAHD, ("e1", "PER", "أم فهد", "أم فهد"))
    assert said(doc, "فعاليات الأمانة")[0] == "e1"


def test_the_noun_described_is_no_speaker():
    doc = analyse(PLAY, *PLAY_ENTITIES)
    assert said(doc, "أفضل كوميديا سياسية")[0] == "e1"


def test_the_describer_before_the_verb_speaks():
    doc = analyse(DEBTS, ("e1", "PER", "أليخاندرو غارسيا باديلا", "أليخاندرو غارسيا باديلا"),
                  ("e2", "LOC", "بورتوريكو", "بورتوريكو"))
    assert said(doc, "لا يمكن سدادها")[0] == "e1"


def test_a_name_described_in_a_speech_is_not_its_speaker():
    doc = analyse(FEATHER, *FEATHER_ENTITIES)
    assert said(doc, "لو طلب العمل")[0] == "e1"


# SaudiNewsNet 2015-07-22, alriyadh (article 1006)
BLINDER = (
    "وقالت حملة كلينتون الانتخابية ان الاعفاء الضريبي سيكون متاحا فقط للشركات التي تتقاسم الارباح بشكل موسع مع "
    "العاملين. وقال آلان بليندر استاذ علم الاقتصاد بجامعة برينستون الذي يقدم المشورة لحملة كلينتون «عندما "
    "تتقاسم الشركات الارباح فان المستفيد لا يكون فقط العمال بل ايضا الشركات نفسها التي ترى ارتفاعا في "
    "الانتاجية».")


def test_a_foreign_given_name_is_no_title_of_the_one_named_before():
    # آلان normalises to الان, "the" + ان: read as a title, it was the ان after «كلينتون»
    doc = analyse(BLINDER, ("e1", "PER", "هيلاري كلينتون", "كلينتون"))
    assert said(doc, "عندما تتقاسم")[0] is None
    assert said(doc, "الاعفاء الضريبي")[0] == "e1"


# --- feminine participles of saying (مؤكدة، لافتة، مبينة): cues when their complementiser follows --

# SaudiNewsNet 2015-08-06, 3alyoum (article 92)
AUSTRALIA = ("من جهتها، أعلنت السلطات الأسترالية أنها “واثقة من أنها تبحث في المكان الصحيح” عن الطائرة، مؤكدة "
             "أنها ستعثر عليها.")

# SaudiNewsNet 2015-07-27, aljazirah (article 504)
VOLUNTEER = (
    "وبينت المتطوعة أمل ناصر أنهم تلقوا بعض التوجيهات في كيفية التعامل، كما أن مشاركتهم في العديد من الأعمال "
    "الخدمية من قبل اكتسبوا بها خبرة كبيرة، لافتة إلى أن التطوع مطلوب لخدمة وطننا الغالي وأسعى دائما للجودة في "
    "الخدمة.")

# SaudiNewsNet 2015-07-22, alriyadh (article 710)
COOK = (
    "وعن أبرز الأكلات الشعبية في المنطقة أوضحت أم عبدالعزيز أن «المرقوق» يعمل من الدقيق الناتج عن طحن القمح "
    "الجيد، حيث يتم طبخه مع اللحم والقرع والكوسة والخضار، وكذلك الفلفل والبعض يضيف «الفقع»، مبينةً أن المرأة "
    "تعمل المراهيف -القرصان- وهي كبيرة الحجم وتضعها في القدر ليتم طبخها مدة تكفي للنضج.")

def test_a_feminine_participle_before_its_complementiser_opens_a_quote():
    doc = analyse(AUSTRALIA, ("e1", "ORG", "السلطات الأسترالية", "السلطات الأسترالية"))
    q = quote(doc, "ستعثر عليها")
    assert q.get("cue").text == "مؤكدة" and q.get("speaker") == "e1"


def test_a_feminine_participle_after_its_preposition_continues_the_speaker():
    doc = analyse(VOLUNTEER, ("e1", "PER", "أمل ناصر", "أمل ناصر"))
    q = quote(doc, "التطوع مطلوب")
    assert q.get("cue").text == "لافتة" and q.get("speaker") == "e1"
    assert "التطوع مطلوب" not in quote(doc, "تلقوا بعض التوجيهات").text  # (it ran on through it)


def test_a_feminine_participle_takes_the_clause_from_a_verb_of_cooking():
    # يضيف "adds (an ingredient)" had the complementiser, and «البعض» was the speaker
    doc = analyse(COOK, ("e1", "PER", "أم عبدالعزيز", "أم عبدالعزيز"))
    assert said(doc, "المرأة تعمل المراهيف") == ("e1", "أم عبدالعزيز")


def test_a_feminine_participle_is_read_as_a_verb_only_by_the_cue_scan():
    # إجراءات أمنية مشددة (SaudiNewsNet 2015-07-25, 3alyoum article 10), معلومات مؤكدة: as adjectives
    # they must not end a title chain or read as a clause's verb, as the verb lookup would make them
    from rasd.quotes.lexicon import load_lexicon
    from rasd.resources import Resources
    from rasd.text.normalize import normalize
    lex = load_lexicon(Resources.default())
    assert lex.verb(normalize("مشددة")) is None and lex.verb(normalize("مؤكدة")) is None
    assert lex.verbs.lookup(normalize("مؤكدة")) is not None and lex.verb(normalize("مؤكدا")) is not None
