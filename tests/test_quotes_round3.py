"""Quote error kinds of the third round (issue 16: a fresh reading of unseen SaudiNewsNet articles
counted fragments, duplicates, words that are no speech and speakers that are no speaker phrase),
each tested on sentences of SaudiNewsNet articles from days other than the reserved fresh-reading
days (docs/fresh-reading.md), named in a comment.

Documents run the text core only, with explicit "entities" layers where a test is about linking.
"""
import pytest

from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)


def listed(doc):
    return [(q.label, q.text, q.get("speaker_text")) for q in doc.layer("quotes")]


# --- a reported clause that runs on into its quotation is one quote -----------------------------

@pytest.mark.parametrize("text, whole, speaker", [
    # SaudiNewsNet 2015-07-27 (asharq al-awsat): أكد … الصبري ان تعز "لم تعرف الهدنة …"
    ('وفي تعز، أكد عضو "المكتب الاعلامي للمقاومة" عبد العزيز الصبري ان تعز "لم تعرف الهدنة إلا من طرف '
     'واحد؛ وهو الطيران أما ميليشيات الحوثي فلم توقف عملياتها". واتهم المتمردين بمواصلة عملياتهم.',
     'تعز "لم تعرف الهدنة', "عبد العزيز الصبري"),
    # 2015-07-27 (asharq al-awsat): وقال كليتشدار أوغلو إن إردوغان «يتلاعب …»
    ("وقال كليتشدار أوغلو إن إردوغان «يتلاعب بمستقبل تركيا (...) مستقبل تركيا لا يمكن أن يكون رهينة أقوال "
     "شخص واحد».", "إردوغان «يتلاعب", "كليتشدار أوغلو"),
    # 2015-07-27 (asharq al-awsat): مضيفا أن هذا الأمر «سينعكس …»
    ("وتساءل غروس عن نظام الاحتراف، مضيفا أن هذا الأمر «سينعكس بشكل إيجابي على كرة القدم السعودية».",
     "هذا الأمر «سينعكس", "غروس"),
    # 2015-07-27 (asharq al-awsat): وقال كي مون في بيان …، انه يناشد "كل الاطراف …"
    ('وقال كي مون في بيان أصدره في ساعة متأخرة من ليلة أمس، انه يناشد "كل الاطراف التحلي بأقصى درجات ضبط '
     'النفس اذا حدثت حالات انتهاك منفردة وتجنب التصعيد".', 'يناشد "كل الاطراف', "كي مون"),
])
def test_a_clause_running_on_into_its_quotation_is_one_quote(text, whole, speaker):
    doc = analyse(text, ("e1", "PER", speaker, speaker))
    q = quote(doc, whole)  # one quote holds both the clause's first words and the quotation
    assert len(doc.layer("quotes")) == 1, listed(doc)
    assert q.label == "direct"
    assert said(doc, whole)[0] == "e1"


def test_a_quotation_right_after_the_complementiser_is_still_the_whole_quote():
    # 2015-08-02 (asharq al-awsat): وقال ستيفن غرينبرغ عضو مؤتمر الرؤساء إن «…»
    doc = analyse("وقال ستيفن غرينبرغ عضو مؤتمر الرؤساء إن «الإشكاليات المرتبطة بالاتفاق حول البرنامج النووي "
                  "الإيراني معقدة وتداعياتها كبيرة على اليهود في أميركا الشمالية».")
    assert listed(doc) == [("direct", "الإشكاليات المرتبطة بالاتفاق حول البرنامج النووي الإيراني معقدة "
                            "وتداعياتها كبيرة على اليهود في أميركا الشمالية", "ستيفن غرينبرغ عضو مؤتمر الرؤساء")]


# --- a quotation after a colon is the cue's quote, once -------------------------------------------

def test_a_quotation_after_a_colon_is_one_quote_of_that_cue():
    # SaudiNewsNet 2015-08-02 (3alyoum): وقال هزازي عبر تغريدة له: ” تم اختراق حسابي …”. وتابع … بقوله: “…”
    doc = analyse("وقال هزازي عبر تغريدة له: ” تم اختراق حسابي ومن فعل هذا الفعل لاينسى ان هناك رقيب عتيد”. "
                  "وتابع في تغريدة أخرى بقوله: “حسبي الله ونعم الوكيل”.", ("e1", "PER", "نايف هزازي", "هزازي"))
    assert [(q.text, q.get("cue").text) for q in doc.layer("quotes")] == [
        ("تم اختراق حسابي ومن فعل هذا الفعل لاينسى ان هناك رقيب عتيد", "وقال"),
        ("حسبي الله ونعم الوكيل", "بقوله")]


# --- نقل reports only with its source after عن -------------------------------------------------

@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-08-02 (aleqtisadiya): خدمات نقل الشحنات الصغيرة …، وأن كثيرين …
    "وقالت المفوضة إن كثيرا من الشركات تعتمد بشدة على خدمات نقل الشحنات الصغيرة وبسرعة وبتكلفة معقولة، "
    "وأن كثيرين من العملاء يعتمدون على هذه الخدمات.",
    # 2015-07-31: ولن يعترض أي منتمٍ لهذين الناديين على نقل المباراة، خصوصاً وأن …
    "ولن يعترض أي منتمٍ لهذين الناديين على نقل المباراة، خصوصاً وأن توقيت إقامة المباراة قد لا يتناسب مع "
    "طقس الرياض.",
])
def test_naql_with_no_source_after_an_is_the_noun_transfer(text):
    doc = analyse(text)
    assert all(q.get("cue").text != "نقل" for q in doc.layer("quotes")), listed(doc)


@pytest.mark.parametrize("text, fragment, speaker", [
    # SaudiNewsNet 2015-07-31: ونقلت مجلة (كيكر) الألمانية عن ديتر هيكينج … قوله "…"
    ('ونقلت مجلة (كيكر) الألمانية عن ديتر هيكينج المدير الفني لفولفسبورج قوله "لقد تدربوا (الأربعاء) '
     'وسوف يتحدد مصير مشاركتهم في المباراة من عدمه في اللحظة الأخيرة".', "لقد تدربوا", "ديتر هيكينج"),
    # the construction of the lexicon note (نقلت وكالة رويترز عن مصدر مطلع أن …)
    ("ونقلت وكالة رويترز عن مصدر مطلع أن الاجتماع سيعقد الأسبوع المقبل في جدة.", "الاجتماع سيعقد",
     "مصدر مطلع"),
])
def test_naql_reports_its_source_after_an(text, fragment, speaker):
    doc = analyse(text, ("e1", "PER", speaker, speaker))
    assert said(doc, fragment)[1].startswith(speaker)


# --- a noun that takes a name speaks for the body named after it ---------------------------------

@pytest.mark.parametrize("text, fragment, speaker_name, name", [
    # SaudiNewsNet 2015-07-23 (asharq al-awsat): وقالت وكالة أنباء الأناضول إن … (the agency's full name)
    ("وقالت وكالة أنباء الأناضول إن السلطات التركية حجبت موقع «تويتر» لمنع نشر صور تفجير مدينة سروج.",
     "السلطات التركية حجبت", "الأناضول", "الأناضول"),
    # 2015-08-03 (asharq al-awsat): وقالت صحيفة «نيويورك تايمز» موضحة: «…» (not the reporter named before)
    ("وقال الصحافي دان لاموث إن الخطة كانت جاهزة. وقالت صحيفة «نيويورك تايمز» موضحة: «كانت المؤامرة طموحا "
     "ودؤوبا وقد استمرت أشهرا طويلة».", "كانت المؤامرة", "نيويورك تايمز", "نيويورك تايمز"),
    # 2015-08-07: أوضحت وكالة «نوفوستي» أن …
    ("وأوضحت وكالة «نوفوستي» الروسية أن الاجتماع سيعقد في موسكو الأسبوع المقبل.", "الاجتماع سيعقد",
     "نوفوستي", "نوفوستي"),
])
def test_a_name_head_speaks_for_the_organisation_named_after_it(text, fragment, speaker_name, name):
    doc = analyse(text, ("o1", "ORG", name, name), ("p1", "PER", "دان لاموث", "دان لاموث"))
    assert said(doc, fragment)[0] == "o1"



# --- a definite back-reference (الصحيفة، الوكالة) to a body named earlier with its name in marks ----

@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-07-23: وذكرت صحيفة "بيلد" الألمانية أن … واعتبرت الصحيفة الألمانية أن …
    ('وذكرت صحيفة "بيلد" الألمانية أن فابيو باراتيتشي المدير الرياضي ليوفنتوس سيلتقي مسؤولي شالكه. '
     "واعتبرت الصحيفة الألمانية أن شالكه سيحاول أن يحصل على مبلغ أكبر.", "شالكه سيحاول", "بيلد"),
    # 2015-08-07: وقالت صحيفة "ديلي ميل" البريطانية إن … وتساءلت الصحيفة …، موردة الإجابة بقولها إن …
    ('وقالت صحيفة "ديلي ميل" البريطانية إن الإرهابيين هذه المرة يستهدفون رجال الأمن. وتساءلت الصحيفة عن '
     "الهدف من ذهاب الإرهابي إلى المسجد، موردة الإجابة بقولها إن العدد الأكبر من الضحايا هو الهدف.",
     "العدد الأكبر", "ديلي ميل"),
])
def test_the_paper_refers_back_to_the_paper_named_in_marks(text, fragment, name):
    doc = analyse(text, ("o1", "ORG", name, name))
    assert said(doc, fragment)[0] == "o1"


def test_a_paper_named_in_marks_after_its_head_is_the_speaker():
    # SaudiNewsNet 2015-08-07: أما صحيفة "الجارديان" البريطانية فأكدت في تقرير … أن …
    doc = analyse('أما صحيفة "الجارديان" البريطانية فأكدت في تقرير عبر موقعها الإلكتروني أن الهجمات الأخيرة '
                  "موجهة ضد السلطات السعودية.", ("o1", "ORG", "الجارديان", "الجارديان"))
    assert said(doc, "الهجمات الأخيرة")[0] == "o1"


# --- خاصة أن، خصوصا أن، علما بأن: a justification, not the clause a verb governs ---------------------

@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-08-03 (asharq al-awsat): … يعتبر أول تحد يواجهه «الملا أختر»، خاصة أن …
    "ويرى مراقبون أن الخلاف قائم، فانشقاق بعض أعضاء حركة طالبان يعتبر أول تحد يواجهه «الملا أختر»، خاصة أن "
    "الحركة منقسمة بشأن محادثات سلام مع الحكومة الأفغانية.",
    # 2015-08-07: إن الفرق الميدانية تتابع هذه المخالفات على مدار الساعة …، خاصةً وأن مكة المكرمة تشهد …
    "وقال المتحدث إن الفرق الميدانية تتابع هذه المخالفات على مدار الساعة وإزالتها أولاً بأول خاصةً وأن مكة "
    "المكرمة تشهد حالياً ارتفاعاً في درجات الحرارة.",
    # 2015-07-31: طالب خبير اقتصادي بضرورة وضع آلية محددة …، خصوصا أن العمالة الوافدة …
    "وطالب خبير اقتصادي بضرورة وضع آلية محددة تعزز استفادة المواطن من أسعار المشتقات النفطية المخفضة، خصوصا "
    "أن العمالة الوافدة تعتبر المستفيد الأول من بقاء الدعم.",
])
def test_especially_as_opens_no_reported_clause(text):
    doc = analyse(text)
    assert not any(q.text.startswith(("الحركة منقسمة", "مكة المكرمة", "العمالة الوافدة"))
                   for q in doc.layer("quotes")), listed(doc)


# --- a colon between digits writes a time, not speech --------------------------------------------

def test_a_colon_in_a_time_introduces_no_speech():
    # SaudiNewsNet 2015-07-27 (asharq al-awsat): أعلن وقفا لاطلاق النار اعتبارا من الساعة 11:59 مساء …
    doc = analyse("وكان التحالف بقيادة السعودية قد أعلن وقفا لاطلاق النار اعتبارا من الساعة 11:59 مساء أمس "
                  "(الأحد) (20:59 بتوقيت غرينتش) لمدة خمسة أيام للسماح بوصول مساعدات انسانية.")
    assert listed(doc) == []
    # (constructed guard) a colon after the speaker still introduces speech past a score written with one
    doc = analyse("وقال المدرب بعد الفوز 2:1 على الهلال: الفريق قدم مباراة كبيرة.")
    assert listed(doc) == [("direct", "الفريق قدم مباراة كبيرة", "المدرب")]


# --- "in which" after a statement: its issuer speaks, not the words of the issuing clause ---------

@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-07-31: وقد أصدرت وزارة الداخلية اليوم بيانًا قالت فيه: …
    ("وقد أصدرت وزارة الداخلية اليوم بيانًا قالت فيه: إن الجاني اعترف بتهريب كمية من الهيروين.",
     "الجاني اعترف", "وزارة الداخلية"),
    # 2015-08-03: أصدرت الإدارة العامة للعلاقات العامة والإعلام بإمارة منطقة مكة المكرمة بيانا صحفيا أعلنت فيه أن …
    ("أصدرت الإدارة العامة للعلاقات العامة والإعلام بإمارة منطقة مكة المكرمة بيانا صحفيا أعلنت فيه أن وزارة "
     "النقل تعكف على تنفيذ عدد من المشروعات.", "وزارة النقل تعكف", "الإدارة العامة للعلاقات العامة والإعلام"),
    # 2015-07-31: وأصدر البيت الأبيض بيانا عن الاتصال الهاتفي، قال فيه إن …
    ("وأصدر البيت الأبيض بيانا عن الاتصال الهاتفي، قال فيه إن الرئيسين ناقشا تعميق التعاون.", "الرئيسين ناقشا",
     "البيت الأبيض"),
])
def test_the_issuer_of_a_statement_speaks_in_it(text, fragment, name):
    doc = analyse(text, ("o1", "ORG", name, name))
    entity, phrase = said(doc, fragment)
    assert entity == "o1" and name.startswith(phrase)  # the phrase is the name, not أصدرت … or … بيانا


# --- verbs read as nouns: ألمح (a verb of saying), صار/أصبح/بات (auxiliaries) ------------------------

def test_alma7a_is_a_verb_so_the_participle_after_it_takes_its_subject():
    # SaudiNewsNet 2015-07-23: وألمح الخويطر إلى عدم تحديد تاريخ محدد …، موضحاً أن …
    doc = analyse("وألمح الخويطر إلى عدم تحديد تاريخ محدد من أجل التشغيل الفعلي لقطار الشمال، موضحاً أن هناك عدة "
                  "عوامل طارئة من شأنها تأخير الانطلاق.", ("e1", "PER", "سليمان الخويطر", "الخويطر"))
    assert said(doc, "عوامل طارئة") == ("e1", "الخويطر")


def test_alma7a_reports_a_clause():
    # SaudiNewsNet 2015-07-31: وألمحوا إلى أن الكرة السعودية وأنديتها ربما تجد …
    doc = analyse("وقال المدربون إن الوضع صعب. وألمحوا إلى أن الكرة السعودية وأنديتها ربما تجد في المستقبل صعوبة.")
    assert quote(doc, "الكرة السعودية").get("cue").text == "وألمحوا"


def test_an_auxiliary_before_the_subject_is_no_part_of_it():
    # SaudiNewsNet 2015-07-31 (asharq al-awsat): وصار الرئيس بشار الأسد يهدد من أن …
    doc = analyse("اتهم النظام فورًا فصائل إرهابية، وصار الرئيس بشار الأسد يهدد من أن أي مواجهة سيخوضها ستكون مع "
                  "الإرهاب.", ("e1", "PER", "بشار الأسد", "بشار الأسد"))
    assert said(doc, "أي مواجهة") == ("e1", "الرئيس بشار الأسد")


# --- وفقا لـ: the و is the word's own ---------------------------------------------------------------

@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-07-31: … توفي مساء أمس الثلاثاء عن 65 عاما …، وفقا لوكالة رويترز.
    ("وتشمل أصول كولشيك مجموعة سيتيش للكيماويات وشركات أخرى، وفقا لوكالة رويترز.", "أصول كولشيك", "رويترز"),
    # 2015-07-31: ووفقاً لصحيفة “ديلي ميل” البريطانية، فقد اضطر سائقو السيارات …
    ("ووفقاً لصحيفة “ديلي ميل” البريطانية، فقد اضطر سائقو السيارات إلى التخفيف من السرعة.", "سائقو السيارات",
     "ديلي ميل"),
])
def test_wifqan_li_attributes_to_the_agency_named(text, fragment, name):
    doc = analyse(text, ("o1", "ORG", name, name))
    assert said(doc, fragment)[0] == "o1"


# --- كما ذكرت صحيفة X: "as X said" attributes the clause beside it -------------------------------------

@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-07-31 (asharq al-awsat): وكان الجنرال أباه مسؤولاً عن …، كما أعلن لوكالة الصحافة الفرنسية المتحدث …
    ("وكان الجنرال أباه مسؤولاً عن العمليات في منطقة دلتا النيجر النفطية الاستراتيجية في جنوب نيجيريا، كما أعلن "
     "لوكالة الصحافة الفرنسية المتحدث باسم الجيش النيجيري كريس أولوكولاد.", "الجنرال أباه", "كريس أولوكولاد"),
    # 2015-07-31: وكما يقول المهندس محمد القاووق، فإن الحديث يجري عن مد 11 خط سكة حديدية …
    ("وكما يقول المهندس محمد القاووق، فإن الحديث يجري عن مد 11 خط سكة حديدية إسرائيلية في الضفة الغربية.",
     "الحديث يجري", "محمد القاووق"),
])
def test_kama_before_a_verb_of_saying_attributes_the_clause_beside_it(text, fragment, name):
    doc = analyse(text, ("e1", "PER", name, name))
    assert said(doc, fragment)[0] == "e1"


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-08-03: كما دعت الأمانة العامة لجامعة الدول العربية، منظمات المجتمع المدني … إلى … ("also")
    "كما دعت الأمانة العامة لجامعة الدول العربية، منظمات المجتمع المدني العاملة في مجال حقوق الإنسان إلى تشكيل "
    "لجان مختصة.",
    # 2015-07-31: كان على فريق العمل، كما يقول رئيسه شلدون ستوبساك، البحث عن كل لقطة … (a parenthesis)
    "كان على فريق العمل، كما يقول رئيسه شلدون ستوبساك، البحث عن كل لقطة متوفرة، متحركة أو ثابتة.",
])
def test_kama_as_also_or_inside_a_parenthesis_makes_no_quote(text):
    assert listed(analyse(text)) == []


# --- a title followed between commas by a person's name: apposition -----------------------------------

@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-07-24 (3alyoum): أكد المتحدث الرسمي باسم رئاسة الجمهورية، خالد شواني، في تصريحات … أن …
    ("أكد المتحدث الرسمي باسم رئاسة الجمهورية، خالد شواني، في تصريحات نقلتها صحيفة «الشرق الأوسط» أن تصريحات "
     "المالكي شخصية لا تمثل الموقف الرسمي.", "تصريحات المالكي", "خالد شواني"),
    # 2015-08-03: قال مدير فرع وزارة العمل بمنطقة الحدود الشمالية، حامد العازمي، إن …
    ("قال مدير فرع وزارة العمل بمنطقة الحدود الشمالية، حامد العازمي، إن الفرع يستقبل طلبات المراجعين يوميا.",
     "الفرع يستقبل", "حامد العازمي"),
])
def test_a_title_names_the_person_in_apposition_after_it(text, fragment, name):
    doc = analyse(text, ("e1", "PER", name, name))
    assert said(doc, fragment)[0] == "e1"


def test_an_agency_named_in_marks_after_its_nisba_is_the_speaker_and_the_back_reference():
    # SaudiNewsNet 2015-07-24 (3alyoum): وقالت وكالة الأنباء الصينية “شينخوا” … إن … / وبحسب الوكالة فإن …
    doc = analyse("وقالت وكالة الأنباء الصينية “شينخوا” اليوم الثلاثاء إن السفينة كانت متجهة من شرق إلى وسط الصين. "
                  "وبحسب الوكالة فإن فرق الإنقاذ تواجه صعوبة بالغة.", ("o1", "ORG", "شينخوا", "شينخوا"))
    assert said(doc, "السفينة كانت")[0] == "o1"
    assert said(doc, "فرق الإنقاذ")[0] == "o1"


# --- a quotation that is one entity's name is no quote ------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # SaudiNewsNet 2015-07-24 (3alyoum): وكتبوا رسالة تعقيبية صديقي القديم الشاعر “المرابط ولد المجتبى”
    ("وكان من أبرز الذين تفاعلوا وكتبوا رسالة تعقيبية صديقي القديم الشاعر “المرابط ولد المجتبى” الذي درس معي.",
     "المرابط ولد المجتبى"),
    # 2015-07-31: تعرضت لإطلاق نار من سيارة، مما نتج عنه استشهاد الجندي “سامي معوض عوض الله الحربي”
    ("وقال الناطق إن الدورية تعرضت لإطلاق نار من سيارة، مما نتج عنه استشهاد الجندي “سامي معوض عوض الله الحربي”.",
     "سامي معوض عوض الله الحربي"),
])
def test_a_quotation_that_is_one_name_is_a_term(text, name):
    doc = analyse(text, ("e1", "PER", name, name))
    assert all(q.text != name for q in doc.layer("quotes")), listed(doc)
    assert any(t.text == name for t in doc.layer("quote_terms"))


def test_the_words_of_a_name_in_marks_are_no_complementiser():
    # SaudiNewsNet 2015-07-23: حسبما صرّحت شركة "آبل" …؛ وفقاً لما جاء في موقع شبكة "سي إن إن" الأمريكية
    doc = analyse('وقال مساعد الوزير قبل ثلاثة أسابيع على محطة الـ«سي إن إن» إنّ إيران لا ترى الأسد رئيسًا مدى الحياة.',
                  ("o1", "ORG", "سي إن إن", "سي إن إن"))
    assert quote(doc, "إيران لا ترى").text.startswith("إيران")


def test_a_statement_noun_after_a_complete_name_is_the_object():
    # SaudiNewsNet 2015-07-24 (3alyoum): استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي وقالت إنها …
    org = "الأمانة العامة لمنظمة التعاون الإسلامي"
    doc = analyse("من جهتها، استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي وقالت إنها تنافي الواقع.",
                  ("o1", "ORG", org, org), ("p1", "PER", "نوري المالكي", "المالكي"))
    assert said(doc, "تنافي الواقع") == ("o1", org)


def test_a_relative_with_a_resumptive_after_its_verb_is_its_object():
    # SaudiNewsNet 2015-07-24 (3alyoum): وحول إحدى تصريحاتها عبر وسائل الإعلام التي قالت من خلالها إنها …
    doc = analyse("وعلّقت بلقيس على ألبومها بقولها: “أنا زي ما أنا”. وحول إحدى تصريحاتها عبر وسائل الإعلام التي قالت من "
                  "خلالها إنها عاشت أسوأ أيامها إبان خطبتها، أكدت أنها بالفعل عاشت أسوأ أيامها فنياً.",
                  ("p1", "PER", "بلقيس", "بلقيس"))
    assert said(doc, "إبان خطبتها") == ("p1", "بلقيس")
    assert said(doc, "فنياً") == ("p1", "بلقيس")


def test_one_word_and_a_colon_before_a_quotation_continue_the_speaker():
    # SaudiNewsNet 2015-07-24 (3alyoum): وأضاف: “…”. / وواصل: “أضف إلي ذلك …”. / واستطرد: ” لاحظوا …”
    doc = analyse("قال الإعلامي فيصل القاسم: “إن الانسان لن يشعر بقيمة الأشياء إلا إذا دفع ثمنها”.\n وواصل: “أضف إلي ذلك "
                  "أن الأنظمة في تلك البلدان عملت على تكريس الخلافات بين الطوائف”.\n واستطرد: ” لاحظوا الآن كيف يعتاش "
                  "الطغاة على التناحرات الداخلية”.", ("p1", "PER", "فيصل القاسم", "فيصل القاسم"))
    assert said(doc, "أضف إلي ذلك")[0] == "p1"
    assert said(doc, "لاحظوا الآن")[0] == "p1"


def test_a_time_adverb_and_comma_between_verb_and_subject():
    # SaudiNewsNet 2015-08-07 (aleqtisadiya): قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون …، إن …
    doc = analyse('قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون عضو مجلس الشورى في السعودية، إن العمل الإجرامي '
                  "الجبان الذي وقع في عسير أمس، دليل عجز المنظمات الإرهابية.",
                  ("p1", "PER", "عبدالله السعدون", "عبدالله السعدون"), ("o1", "ORG", "الاقتصادية", "الاقتصادية"))
    assert said(doc, "العمل الإجرامي")[0] == "p1"


def test_the_verb_inside_an_attribution_phrase_makes_no_second_quote():
    # SaudiNewsNet 2015-08-08 (aleqtisadiya): أما الآن، بحسب ما يقول المعلقون، فإن … على أنها أسواق "ناشئة" …
    doc = analyse('أما الآن، بحسب ما يقول المعلقون، فإن خريطة العالم الذهنية هي التي في حاجة ماسة إلى إصلاح شامل، ولا '
                  'سيما عندما يتعلق الأمر بممارسة تصنيف البلدان على أنها أسواق "ناشئة" أو "متقدمة".')
    assert [q.get("cue").text for q in doc.layer("quotes")] == ["بحسب"]


def test_after_kana_subject_qad_the_words_after_the_verb_are_its_object():
    # SaudiNewsNet 2015-08-08 (aleqtisadiya): وكانت "الاقتصادية" قد كشفت الثغرة الموجودة …، وأشارت إلى أن …
    doc = analyse('وكانت "الاقتصادية" قد كشفت الثغرة الموجودة في لائحة الانضباط، وأشارت إلى أن اتحاد القدم السعودي قد '
                  "يجري تعديلا عليها.", ("o1", "ORG", "الاقتصادية", "الاقتصادية"))
    assert said(doc, "اتحاد القدم") == ("o1", "الاقتصادية")
    # 2015-08-07: وكانت وكالة الإعلام الروسية قد نقلت … عن بدر جاموس … قوله، إن … (نقل: the source after عن)
    doc = analyse("وكانت وكالة الإعلام الروسية قد نقلت البارحة الأولى عن بدر جاموس عضو الائتلاف الوطني قوله، إن الائتلاف "
                  "تلقى دعوة لمحادثات.", ("p1", "PER", "بدر جاموس", "بدر جاموس"))
    assert said(doc, "تلقى دعوة")[0] == "p1"


@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-08-08 (asharq al-awsat): وطبقا لما أعلنه ناصر الحاسي المتحدث باسم سلاح الجو الليبي، فإن …
    ("وطبقا لما أعلنه ناصر الحاسي المتحدث باسم سلاح الجو الليبي، فإن طائرات تابعة للجيش هاجمت سفينة صغيرة كانت "
     "تحاول الرسو في ميناء درنة.", "طائرات تابعة", "ناصر الحاسي"),
    # 2015-08-07: … بحسب ما ذكرته وكالة يونهاب للأنباء
    ("وسيتم تأخير الساعات في كوريا الشمالية 30 دقيقة، بحسب ما ذكرته وكالة يونهاب للأنباء.", "تأخير الساعات",
     "يونهاب للأنباء"),
])
def test_the_source_of_an_attribution_is_the_subject_of_ma_with_its_verb(text, fragment, name):
    doc = analyse(text, ("e1", "PER", name, name))
    assert said(doc, fragment)[0] == "e1"


@pytest.mark.parametrize("text, fragment, name", [
    # SaudiNewsNet 2015-08-08 (aleqtisadiya): لكن البروفيسور بول ليتل من جامعة "ساوثمبتون" والذي قاد فريق البحث أوضح أنه …
    ('يغسل معظم الناس أيديهم 5 أو 6 مرات يوميا لكن البروفيسور بول ليتل من جامعة "ساوثمبتون" والذي قاد فريق البحث '
     "أوضح أنه إذا زاد عدد مرات غسل الأيدي فسيكون لذلك تأثير مهم.", "زاد عدد مرات", "بول ليتل"),
    # 2015-07-31: إلا ان وزير الأمن الداخلي جلعاد اردان الذي قدم التشريع اكد في السابق ان القانون مهم …
    ("ويستهدف القانون الفلسطينيين تحديدا، إلا ان وزير الأمن الداخلي جلعاد اردان الذي قدم التشريع اكد في السابق ان "
     "القانون مهم.", "القانون مهم", "جلعاد اردان"),
])
def test_a_subject_with_a_relative_clause_before_the_verb(text, fragment, name):
    doc = analyse(text, ("e1", "PER", name, name))
    entity, phrase = said(doc, fragment)
    assert entity == "e1" and not phrase.startswith("ان ")


def test_a_nisba_rules_out_a_title_of_another_country():
    # shortened from SaudiNewsNet 2015-07-25 (asharq al-awsat): … لوران فابيوس … وأشار الوزير البحريني إلى أن …
    doc = analyse("واستقبل وزير الخارجية الفرنسي لوران فابيوس الوفد. وقال الشيخ راشد بن عبد الله إن التدخلات مرفوضة. "
                  "وأشار الوزير البحريني إلى أن دول مجلس التعاون تعمل كمنظومة أمنية متكاملة.",
                  ("e1", "PER", "لوران فابيوس", "لوران فابيوس"), ("e2", "PER", "راشد بن عبدالله", "راشد بن عبد الله"))
    assert said(doc, "منظومة أمنية")[0] != "e1"


@pytest.mark.parametrize("text, fragment, name", [
    # shortened from SaudiNewsNet 2015-08-07: المحامي عبدالمحسن القطان … وأفاد المحامي بأن …
    ("وقال المحامي عبدالمحسن القطان إن القضية ما زالت منظورة. وأفاد المحامي بأن الجلسة المقبلة ستعقد الأسبوع المقبل.",
     "الجلسة المقبلة", "عبدالمحسن القطان"),
    # shortened from 2015-07-23: … عبدالقادر الخطيب … وتابع الخطيب: «…»
    ("وقال عبدالقادر الخطيب إن الموسم كان صعبا. وتابع الخطيب: «سنعمل على تصحيح الأخطاء في الموسم المقبل».",
     "تصحيح الأخطاء", "عبدالقادر الخطيب"),
])
def test_a_title_or_surname_alone_continues_the_last_speaker_it_names(text, fragment, name):
    doc = analyse(text, ("e1", "PER", name, name))
    assert said(doc, fragment)[0] == "e1"


def test_an_agency_addressed_before_a_comma_is_not_the_speaker():
    # SaudiNewsNet 2015-07-25 (asharq al-awsat): وأفاد شير أكبر خان، مسؤول كبير في الشرطة …، أنّ … وقال لوكالة الصحافة الفرنسية، إنّ «…»
    doc = analyse("وأفاد شير أكبر خان، مسؤول كبير في الشرطة في بلدة أبوت آباد، أنّ امرأتين وطفلاً قتلوا عندما انهار منزلهم. "
                  "وقال لوكالة الصحافة الفرنسية، إنّ «منزلاً من الطين على مشارف أبوت آباد، انهار بسبب الزلزال، مما أسفر "
                  "عن مقتل امرأتين».", ("p1", "PER", "شير أكبر خان", "شير أكبر خان"),
                  ("o1", "ORG", "فرانس برس", "وكالة الصحافة الفرنسية"))
    assert said(doc, "منزلاً من الطين")[0] == "p1"


def test_a_bare_title_after_an_unlinked_title_with_a_nisba_is_not_another_countrys_office():
    # shortened from SaudiNewsNet 2015-07-25 (asharq al-awsat): … وأشار الوزير البحريني … تابع الوزير مؤكدا على أن …
    doc = analyse("واستقبل وزير الخارجية الفرنسي لوران فابيوس الوفد. وأشار الوزير البحريني إلى أن دول مجلس التعاون تعمل "
                  "كمنظومة أمنية متكاملة. تابع الوزير مؤكدا على أن الأولوية يجب أن تكون استنكارا وطنيا.",
                  ("e1", "PER", "لوران فابيوس", "لوران فابيوس"))
    assert said(doc, "منظومة أمنية")[0] is None
    assert said(doc, "الأولوية يجب")[0] is None


def test_a_line_opening_with_a_persons_name_and_a_colon_is_their_speech():
    # SaudiNewsNet 2015-08-07: an interview's answer line, «عبدالعزيز: بقدر الصبر الذي تعطيه للفكرة …»
    doc = analyse("وأكد أهمية مواكبة الفنان لعصره بكل ما يحتويه من أساليب تعبيرية وتسويقية.\n\nعبدالعزيز: بقدر الصبر الذي "
                  "تعطيه للفكرة والعمل، تأتيك النتائج.\nالتاريخ: 24 - 10 - 2011", ("p1", "PER", "عمر عبدالعزيز", "عبدالعزيز"))
    q = quote(doc, "بقدر الصبر")
    assert (q.label, q.get("speaker")) == ("direct", "p1")
    assert not any("2011" in x.text for x in doc.layer("quotes"))  # a label line is no speech
