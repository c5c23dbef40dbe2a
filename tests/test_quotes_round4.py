"""Quote speakers of the fourth round (issue 16: on unseen news a named source that exists as an
entity is too often left unlinked), each kind tested on sentences of SaudiNewsNet articles from days
other than the reserved fresh-reading days (docs/fresh-reading.md), named in a comment.

Documents run the text core only, with explicit "entities" layers where a test is about linking;
where the entity stage cuts a name short, the test gives the cut mention it makes.
"""
import pytest

from test_quotes_speakers import analyse, said  # noqa: E402  (one way to build a test document)


def speakers(doc):
    return [(q.get("speaker"), q.get("speaker_text")) for q in doc.layer("quotes")]


# --- فضيلته is an honorific pronoun (its ف is no conjunction) ------------------------------------

def test_fadilatuhu_continues_the_person_like_other_honorifics():
    # SaudiNewsNet 2015-08-01 (article 1078): … الشيخ تركي بن عبد الله الشليل، أن … وأضاف فضيلته: أن …
    doc = analyse("أوضح المتحدث الرسمي للرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ تركي بن عبد الله "
                  "الشليل، أن قضايا التحرش تدخل ضمن القضايا التي تعالجها الرئاسة. وأضاف فضيلته: أن الرئاسة العامة "
                  "تستقبل البلاغات التي تدخل ضمن اختصاصاتها النوعية.",
                  ("e1", "PER", "تركي بن عبد الله الشليل", "تركي بن عبد الله الشليل"),
                  ("o1", "ORG", "الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر",
                   "للرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر"))
    assert said(doc, "تستقبل البلاغات")[0] == "e1"


def test_fadilatuhu_as_subject_of_the_clause_is_the_preacher_named_before():
    # SaudiNewsNet 2015-08-01 (article 1147): ودعا فضيلته في خطبة الجمعة … وخاطبهم قائلا «…»
    doc = analyse("وحذر إمام وخطيب المسجد الحرام فضيلة الشيخ الدكتور عبدالرحمن السديس، من فتن الشبهات. ودعا فضيلته في "
                  "خطبة الجمعة أمس بالمسجد الحرام، الشباب للانتقال من الأزمات إلى وعي الأزمات، وخاطبهم قائلا «يا "
                  "شباب الأمة تمسكوا بقيم الدين وخلقه الرصين ولا تغرنكم الثقافات المستوردة».",
                  ("e1", "PER", "عبدالرحمن السديس", "عبدالرحمن السديس"),
                  ("l1", "LOC", "المسجد الحرام", "المسجد الحرام"))
    assert said(doc, "تمسكوا بقيم الدين")[0] == "e1"


# --- a title whose preposition follows an adjective (المشرف العام على …) -------------------------

@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-08-01 (okaz, article 1099)
    ("أكد لـ«عكاظ» المشرف العام على الفريق الاتحادي منصور البلوي المتواجد في مدينة ميلانو الايطالية ، ان النجم "
     "الغاني الدولي مبارك واكاسو لاعب اتحادي.", "النجم الغاني", "منصور البلوي"),
    # 2015-08-02 (article 541)
    ("وأوضح المشرف العام على البرنامج وعضو هيئة الخبراء في جامعة هارفارد الدكتور مساعد الأحمد أن الخريجين "
     "والخريجات تمكنوا خلال هذه المدة القصيرة من تكوين قاعدة معرفية قوية.", "الخريجين والخريجات", "مساعد الأحمد"),
])
def test_a_title_with_an_adjective_before_its_preposition_runs_on_to_the_name(text, fragment, name):
    doc = analyse(text, ("e1", "PER", name, name), ("o1", "ORG", "جامعة هارفارد", "جامعة هارفارد"))
    entity, phrase = said(doc, fragment)
    assert entity == "e1" and name in phrase and phrase.startswith("المشرف العام على")


def test_the_body_a_supervisor_heads_is_not_the_supervisor():
    # (a guard for the rule above: the phrase now runs through على, so the body after it must not
    # become the speaker)
    # SaudiNewsNet 2015-08-01 (article 184): … الفالح مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة
    # التنمية … وبين المشرف العام على وكالة التنمية في إمارة المنطقة أن …
    doc = analyse("وأوضح الدكتور هشام الفالح مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة التنمية في الإمارة "
                  "أنه تم نقل ثمانية ملايين معتمر. وبين المشرف العام على وكالة التنمية في إمارة المنطقة أن خمس شركات "
                  "تولت مهمة النقل في موسم العام الحالي.",
                  ("e1", "PER", "هشام الفالح", "هشام الفالح"), ("o1", "ORG", "وكالة التنمية", "وكالة التنمية"),
                  ("l1", "LOC", "مكة المكرمة", "مكة المكرمة"))
    assert said(doc, "خمس شركات")[0] != "o1"


# --- a speaker phrase does not stop inside an entity's name --------------------------------------

@pytest.mark.parametrize("text, fragment, body, name", [
    # SaudiNewsNet 2015-08-02 (article 685)
    ("أوضح المتحدث الرسمي للرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ تركي بن عبدالله الشليل أن "
     "قضايا التحرش تدخل ضمن القضايا التي تعالجها الرئاسة.", "قضايا التحرش",
     "للرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر", "تركي بن عبدالله الشليل"),
    # 2015-08-07 (article 552)
    ("وأوضح المتحدث الرسمي لهيئة الأمر بالمعروف والنهي عن المنكر بالمنطقة الشرقية الشيخ دبيخي بن سليمان الدبيخي "
     "أن الفتاة كانت برفقة والدتها.", "الفتاة كانت", "هيئة الأمر بالمعروف والنهي عن المنكر",
     "دبيخي بن سليمان الدبيخي"),
])
def test_a_preposition_inside_a_body_name_does_not_end_the_speaker_phrase(text, fragment, body, name):
    doc = analyse(text, ("o1", "ORG", body, body), ("e1", "PER", name, name))
    entity, phrase = said(doc, fragment)
    assert entity == "e1" and phrase.endswith(name)


# --- a family name alone is the person whose name it ended, also when the entity was cut ---------

def test_a_surname_continuing_a_cut_name_is_that_person():
    # SaudiNewsNet 2015-08-01 (article 742): المحامي ريان مفتي … وأكد مفتي أنه … (the entity stage made ريان)
    doc = analyse('من ناحيته، أكد المستشار القانوني المحامي ريان مفتي صحة مجريات القضية، وقال إن "واقعة حصول الأب '
                  'على حكم واجب التنفيذ شابها تحايل وتلاعب". وأكد مفتي أنه "في هذه الحالات يحق للزوجة الرفع '
                  'للمحكمة العليا".', ("e1", "PER", "ريان", "ريان"))
    assert said(doc, "يحق للزوجة")[0] == "e1"


def test_a_two_word_family_name_is_the_person_it_ended():
    # SaudiNewsNet 2015-08-02 (article 362): وقال حسين آل فويّز … ولفت آل فويز النظر إلى أنه … (entity حسين)
    doc = analyse('وقال حسين آل فويّز - أحد الحرفيين - إنه يعمل في المهن البحرية المتعلقة بصناعة شباك الصيد. '
                  'ولفت آل فويز النظر إلى أنه قام بتدريب عدد من الشباب على كيفية صناعة غزل الشباك.',
                  ("e1", "PER", "حسين", "حسين"))
    assert said(doc, "قام بتدريب")[0] == "e1"
    # 2015-08-01 (article 111): الشيخ عبد العزيز آل الشيخ … وشدد آل الشيخ على أن … (the full name)
    doc = analyse("من جانبه حذر الشيخ عبد العزيز آل الشيخ مفتي عام السعودية من تساهل بعض القضايا، مبينًا أن الشريعة "
                  "الإسلامية نصت على تحريم ذلك. وشدد آل الشيخ على أن الإسلام حريص على إقامة مجتمع فاضل.",
                  ("e1", "PER", "عبد العزيز آل الشيخ", "عبد العزيز آل الشيخ"))
    assert said(doc, "حريص على إقامة")[0] == "e1"


def test_a_family_name_two_people_continued_names_nobody():
    # (constructed guard, the shape of a father and son: 2015-08-01 article 742's names) both names were cut
    doc = analyse("وقال المحامي ريان مفتي إن القضية انتهت. وقال والده سامي مفتي إن الحكم سيستأنف. وأكد مفتي أن "
                  "الجلسة تأجلت.", ("e1", "PER", "ريان", "ريان"), ("e2", "PER", "سامي", "سامي"))
    assert said(doc, "الجلسة تأجلت")[0] is None


# --- a statement, report or study named by its noun alone: its issuer speaks ---------------------

@pytest.mark.parametrize("text, fragment, issuer, surfaces", [
    # SaudiNewsNet 2015-08-01 (article 958): وأفادت الدراسة التي أجراها باحثون من جامعة شيفيلد … أن …
    ("أكدت دراسة بريطانية أن تعدد الزوجات يطيل من عمر الرجل. وأفادت الدراسة التي أجراها باحثون من جامعة شيفيلد "
     "البريطانية أن الزواج بامرأة ثانية يمنح الرجل ثقة في النفس.", "الزواج بامرأة", "جامعة شيفيلد البريطانية",
     ("جامعة شيفيلد البريطانية",)),
    # 2015-08-02 (article 268): وأشار التقرير الذي أصدرته شركة الأبحاث "البن كابيتال" إلى أن …
    ('وأشار التقرير الذي أصدرته شركة الأبحاث "البن كابيتال" إلى أن "النمو السكاني القوي يسهم في ارتفاع الطلب على '
     'العقارات السكنية والتجارية".', "النمو السكاني", "البن كابيتال", ("البن كابيتال",)),
])
def test_a_study_or_report_speaks_for_the_body_that_made_it(text, fragment, issuer, surfaces):
    doc = analyse(text, ("o1", "ORG", issuer, *surfaces))
    assert said(doc, fragment)[0] == "o1"


@pytest.mark.parametrize("text, fragment, issuer, kind", [
    # SaudiNewsNet 2015-08-01 (article 222): وأشار التقرير الأسبوعي للبورصة المصرية … وأفاد التقرير أن …
    ("وأشار التقرير الأسبوعي للبورصة المصرية إلى ارتفاع أحجام قيم التداولات. ونوه إلى أن تعاملات المستثمرين "
     "المصريين استحوذت على 92.89 في المائة من إجمالي تعاملات السوق. وأفاد التقرير أن تعاملات المستثمرين الأجانب "
     "غير العرب سجلت صافي شراء.", "الأجانب غير العرب", "للبورصة المصرية", "ORG"),
    # 2015-08-01 (article 87): وقالت الحركة في بيان نشرته على موقعها الإلكتروني إن «…». وتابع البيان أن …
    ("وقالت الحركة في بيان نشرته على موقعها الإلكتروني إن «مجلس الشورى القيادي اجتمع مع علماء البلد والشيوخ». "
     "وتابع البيان أن الملا منصور، وهو أيضا من إثنية البشتون «اعتبر أهلا لحمل المسؤوليات».", "الملا منصور",
     "الحركة", "ORG"),
    # 2015-08-01 (article 73): وجاء في بيان صادر عن مكتب نتنياهو … وأضاف البيان أن «…»
    ("وجاء في بيان صادر عن مكتب نتنياهو، في أعقاب العملية: «يعبر رئيس الوزراء نتنياهو عن صدمته». وأضاف البيان "
     "أن «الحكومة الإسرائيلية موحدة برفضها القاطع لأعمال شنيعة».", "موحدة برفضها", "نتنياهو", "PER"),
])
def test_the_statement_named_again_speaks_for_its_issuer(text, fragment, issuer, kind):
    doc = analyse(text, ("x1", kind, issuer, issuer))
    assert said(doc, fragment) == ("x1", said(doc, fragment)[1])
    assert said(doc, fragment)[1] in ("التقرير", "البيان")


def test_a_new_statement_with_no_issuer_stops_the_search():
    # (constructed guard on the shape of 2015-08-01 article 73) a statement introduced with no issuer
    # (أصدر … بيانا is Rivlin's) is another statement: the noun alone after it is not Netanyahu's office's
    doc = analyse("وجاء في بيان صادر عن مكتب نتنياهو أن الحكومة ترفض الإرهاب. وتداولت المواقع بيانا آخر جاء فيه "
                  "أن الجرحى نقلوا إلى المستشفى. وأضاف البيان أن الطفل توفي متأثرا بجراحه.",
                  ("x1", "PER", "نتنياهو", "نتنياهو"))
    assert said(doc, "الطفل توفي")[0] is None


def test_the_subject_of_an_issuing_verb_speaks_in_its_statement():
    # SaudiNewsNet 2015-07-31: وقد أصدرت وزارة الداخلية اليوم بيانًا … (the earlier round's sentence, here the
    # noun is taken up again by a later cue)
    doc = analyse("وأصدرت وزارة الداخلية بيانا حول الحادثة. وأوضح البيان أن الجاني اعترف بتهريب كمية من الهيروين.",
                  ("o1", "ORG", "وزارة الداخلية", "وزارة الداخلية"))
    assert said(doc, "الجاني اعترف")[0] == "o1"


# --- an abstraction that "says" something is the writer's rhetoric, no quote ---------------------

@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-08-01 (article 409): ويقول لنا التاريخ إن المغرب …
    "ويقول لنا التاريخ إن المغرب حينما انسحب من المتوسط انغلق على نفسه وغرق في الفتن الداخلية.",
    # 2015-08-02 (article 614): المنطق يقول أن الأهلي …
    "المنطق يقول أن الأهلي يليق به أن يكون بطلاً للدوري، لكن كرة القدم لا تعترف بالضرورة بلغة المنطق.",
    # 2015-08-03 (article 338): ولكن الواقع يقول، إن المدير المعين …
    "لوائح نظام التعليم الجامعي تقول، إن مجلس الجامعة يتخذ القرارات، ولكن الواقع يقول، إن المدير المعين "
    "يستطيع أن يضع جميع اللوائح في درج مكتبه.",
])
def test_history_logic_or_reality_saying_something_is_no_quote(text):
    doc = analyse(text)
    assert not [q for q in doc.layer("quotes") if q.get("speaker_text") and
                q.get("speaker_text").split()[0] in ("التاريخ", "المنطق", "الواقع")], speakers(doc)


def test_a_person_reporting_what_reality_says_is_still_quoted():
    # (constructed guard) the abstraction inside a reported clause does not undo the report around it
    doc = analyse("وقال الوزير إن الواقع يقول إن الأسعار ارتفعت.", ("e1", "PER", "الوزير", "الوزير"))
    assert said(doc, "الأسعار ارتفعت")[1] == "الوزير"


@pytest.mark.parametrize("text, fragment, issuer", [
    # SaudiNewsNet 2015-08-01 (article 547): أكدت دراسة أعدتها شركة "إي.واي" الاستشارية، أن …
    ('أكدت دراسة أعدتها شركة "إي.واي" الاستشارية، أن البنوك الإسلامية تحتاج إلى التركيز على عدد قليل من الأسواق.',
     "البنوك الإسلامية تحتاج", "إي.واي"),
    # 2015-08-06 (article 374): وقالت دراسة أعدها مركز القاهرة للدراسات الاقتصادية …، إنه «…»
    ("وقالت دراسة أعدها مركز القاهرة للدراسات الاقتصادية عن مشروع القناة الجديدة، حصلت «الشرق الأوسط» على نسخة "
     "منها، إنه «تم تدعيم البنية الأساسية وتنمية العلاقات التشابكية».", "تدعيم البنية", "مركز القاهرة للدراسات الاقتصادية"),
])
def test_a_study_made_by_a_named_body_still_speaks_for_it(text, fragment, issuer):
    # (a guard: دراسة is a noun that takes a name, name_heads, so these were linked before this round;
    # the issuer search for statements must not undo it)
    doc = analyse(text, ("o1", "ORG", issuer, issuer))
    assert said(doc, fragment)[0] == "o1"


@pytest.mark.parametrize("text, fragment", [
    # SaudiNewsNet 2015-08-03 (article 130): أصدر الاتحاد السعودي للكرة الطائرة بيانا إعلاميا … وأكد البيان أن …
    ("أصدر الاتحاد السعودي للكرة الطائرة بيانا إعلاميا على خلفية ما أثير مؤخرًا على مواقع التواصل الاجتماعي. "
     "وأكد البيان أن نتائج التحقيق أشارت أولا أن الحفل جرى في إحدى السفن السياحية.", "نتائج التحقيق"),
    # 2015-08-02 (article 129): وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا إعلاميا … وأكد البيان أن …
    ("وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا إعلاميا حول الحفل. وأكد البيان أن نتائج التحقيق أشارت "
     "إلى أن الحفل جرى في إحدى السفن السياحية.", "نتائج التحقيق"),
])
def test_the_subject_of_an_issuing_verb_a_few_words_back_speaks_in_its_statement(text, fragment):
    # the entity stage cuts the federation's name (الاتحاد السعودي للكرة)
    doc = analyse(text, ("o1", "ORG", "الاتحاد السعودي للكرة", "الاتحاد السعودي للكرة"))
    assert said(doc, fragment)[0] == "o1"


# --- scripture cited in a sermon: "the name is mentioned" is no report, and the citer goes on -------

MUFTI = ("e1", "PER", "عبدالعزيز آل الشيخ", "عبدالعزيز آل الشيخ")


def test_a_name_mentioned_in_scripture_is_no_speaker():
    # SaudiNewsNet 2015-08-06 (article 722): … قال الله تعالى // ومن أظلم ممن منع مساجد الله أن يذكر فيها
    # اسمه وسعى في خرابها أولئك ما كان لهم أن يدخلوها … // … وأضاف سماحته : …
    doc = analyse("وقال مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ في مداخلة مع قناة الإخبارية : المصاب مصاب الجميع "
                  "وأسأل الله أن يتقبل الشهداء , قال الله تعالى // ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه "
                  "وسعى في خرابها أولئك ما كان لهم أن يدخلوها إلا خائفين // , هذا عمل إجرامي ومشين . "
                  "وأضاف سماحته : هذه الأحداث لن تبعدنا عن مبادئنا بل سنكون أشد قوة .", MUFTI)
    assert not [s for s in speakers(doc) if s[1] and s[1].startswith("اسم")], speakers(doc)
    assert said(doc, "لن تبعدنا")[0] == "e1"


def test_the_preacher_goes_on_after_the_scripture_he_cites():
    # SaudiNewsNet 2015-08-07 (article 69): وأكد سماحته أن … قال الله تعالى: ((…)). ونوه إلى …
    # ((… ومساجد يذكر فيها اسم الله كثيرا …)). وأفاد أن …
    doc = analyse("وحذر مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ المسلمين من فئة نبتت بين أظهر المسلمين. وأكد سماحته "
                  "أن هذه الفئة من المفسدين، قال الله تعالى: ((ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه وسعى في "
                  "خرابها)). ونوه إلى وجوب احترام دور العبادة، ((ولولا دفع الله الناس بعضهم ببعض لهدمت صوامع وبيع "
                  "وصلوات ومساجد يذكر فيها اسم الله كثيرا ولينصرن الله من ينصره)). وأفاد أن هذه الفتن والمحن ستزيد "
                  "المواطنين ثباتاً واستقامة على الحق.", MUFTI)
    assert said(doc, "ستزيد المواطنين")[0] == "e1"


@pytest.mark.parametrize("paragraph_break", [
    "\n",  # SaudiNewsNet 2015-08-07 (article 69)
    "\n\n",  # 2015-08-07 (article 324, another paper's copy of the sermon, paragraphs apart)
])
def test_a_verb_inside_double_brackets_of_a_verse_is_no_cue(paragraph_break):
    # … وقال الله عن يوسف عليه السلام: ((ولقد همت به وهم بها لولا أن رأى برهان ربه …)). وبين أن …
    doc = analyse("وحذر مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ من الفواحش، قال جل وعلا:((والذين إذا فعلوا فاحشة "
                  "أو ظلموا أنفسهم ذكروا الله فاستغفروا لذنوبهم))، وقال الله عن يوسف عليه السلام: ((ولقد همت به وهم "
                  "بها لولا أن رأى برهان ربه كذلك لنصرف عنه السوء والفحشاء إنه من عبادنا المخلصين))." + paragraph_break
                  + "وبين أن المؤمن يسيطر على نفسه أمام مغريات الدنيا.", MUFTI)
    assert not [s for s in speakers(doc) if s[1] and s[1].startswith(("برهان", "الله فاستغفروا"))], speakers(doc)
    assert said(doc, "يسيطر على نفسه")[0] == "e1"


@pytest.mark.parametrize("text, fragment", [
    # SaudiNewsNet 2015-08-01 (article 974): قال تعالى: "ولقد كرمنا بني آدم"، وقال: "إن أكرمكم عند الله أتقاكم".
    ('فالإسلام جعل الناس سواسية لا فضل لأحدهم على الآخر إلا بالتقوى عند الله، قال تعالى: "ولقد كرمنا بني آدم"، '
     'وقال: "إن أكرمكم عند الله أتقاكم".', "أكرمكم"),
    # 2015-08-07 (article 1235): قال تعالى: وَأَحسِنوا إِنَ اللَّهَ يحِب المحسِنِين، وقال: وَقولُوا لِلنَّاسِ حسناً.
    ("النصوص في ذلك مطلقة تستوعب كل احد، قال تعالى: وَأَحسِنوا إِنَ اللَّهَ يحِب المحسِنِين، وقال: وَقولُوا "
     "لِلنَّاسِ حسناً.", "لِلنَّاسِ"),
])
def test_a_bare_qala_after_cited_scripture_goes_on_with_the_citation(text, fragment):
    # (a guard for the rule above: قال with no subject is part of the citation, not the citer's words)
    doc = analyse(text)
    assert {q.get("speaker_text") for q in doc.layer("quotes") if fragment in q.text} == {"تعالى"}, speakers(doc)


def test_a_plural_noun_ending_the_last_speakers_title_is_not_his_surname():
    # SaudiNewsNet 2015-08-07 (article 1200): أكد الدكتور قيس المبارك عضو هيئة كبار العلماء أن … ففي الحديث:
    # "لكل غادر لواءٌ يوم القيامة" قال العلماء: … (the scholars of old, not al-Mubarak)
    doc = analyse('أكد الدكتور قيس المبارك عضو هيئة كبار العلماء أن من أعظم الذنوب قتل النفس، ففي الحديث: "لكل غادر '
                  'لواءٌ يوم القيامة" قال العلماء: ذلك أنه لما كان الغدر مستتراً ناسب أن يفضح الغادر.',
                  ("e1", "PER", "قيس المبارك", "قيس المبارك"),
                  ("o1", "ORG", "هيئة كبار العلماء", "هيئة كبار العلماء"))
    cited = [(q.get("speaker"), q.get("speaker_text")) for q in doc.layer("quotes") if q.get("cue").text == "قال"]
    assert cited == [(None, "العلماء")], speakers(doc)
