"""Trigger words in a sense that is no act (rasd.events.not_acts). Real SaudiNewsNet sentences of
ordinary days (never the fresh-reading days); the sentences that prompted the rules come from the
precision sample E of docs/events.md, the others from other days."""

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.resources import Resources

UNGATED = Pipeline(config={"events": {"topic_gate": False}})
# the same without the not_acts rows: what the lexicon and the roles read there
NO_RULE = Pipeline(config={"events": {"topic_gate": False}},
                   resources=Resources.default().with_data({"events/not_acts.tsv": ""}))


def events(text, pipe=UNGATED, published="2015-08-01"):
    doc = pipe(Document(text, meta={"published": published}))
    return [(e.label, e.text, e.get("source_text")) for e in doc.layer("events")]


@pytest.mark.parametrize("text, typ", [
    # aleqtisadiya 2015-08-01 (sample E): a rank among exporters, not a seizure
    ("وتحتل الإمارات المركز الأول في قائمة الدول المصدرة للنفط الخام إلى اليابان، إذ قفزت صادراتها "
     "بنسبة 42.2 في المائة على أساس سنوي.", "COERCE"),
    # aawsat 2015-08-08: a lead in the polls
    ("ومنذ بدء حملته الانتخابية يونيو (حزيران) الماضي، احتل ترامب الطليعة في استطلاعات الرأي.", "COERCE"),
    # aawsat 2015-08-07: the top of a trading table (صدارة, never a place)
    ("واحتل سهم «مجمع الضليل الصناعي العقاري» صدارة قيم التداول.", "COERCE"),
    # aawsat 2015-07-31 (sample E): a graphologist's conclusions, not an agreement
    ("احترس.. خط يدك يكشف أسرار شخصيتك\nهل فكرت يوما أن خط يدك أو شكل توقيعك على الأوراق يمكن أن يكشف "
     "جوانب مهمة من شخصيتك؟ هذا ما أوضحته جريدة «هافنغتون بوست» الأميركية نقلا عن ديفيد ديويت، المتخصص في "
     "علم تحليل الشخصية عن طريق خط اليد.\nفقد قام ديويت بتحليل خط اليد لعدد من الأشخاص، فتوصل إلى عدد من "
     "الاستنتاجات المثيرة للاهتمام، وقال ديويت إنه إذا كان خط يد الشخص صغير الحجم، فهذا يدل على أنه شخص منطو.",
     "AGREE"),
    # alwatan 2015-08-01 (sample E): the insurgency names the Houthi group
    ("التمرد يكافئ قياداته بالرتب العسكرية\n في مؤشر يؤكد تدهور الأوضاع داخل المؤسسة العسكرية اليمنية التي "
     "عرفت في السابق برسوخها، قبل أن يجنح الرئيس المخلوع علي عبدالله صالح إلى تعمد إضعافها، بدأت جماعة التمرد "
     "الحوثي في ارتكاب فضيحة عسكرية جديدة، حيث ضمت عددا من قادتها المدنيين للجيش.\n وأكدت مصادر صحفية داخل "
     "العاصمة صنعاء، أن زعيم التمرد، عبدالملك الحوثي منح عشرات الرتب العليا لقادة منضوين في صفوف ميليشيات "
     "الحركة المسلحة.", "REJECT"),
    # alwatan 2015-08-03 (sample E): a standing insurgency, with a possessive pronoun
    ("ويُعتقد أن الملا منصور يؤيد عملية السلام مع الحكومة الأفغانية، بينما سيواصل المعارضون له تمردهم وتشددهم.",
     "REJECT"),
    # aawsat 2015-07-31 (sample E): ending the occupation is the call, not a seizure of the day
    ("مسؤول فلسطيني يدعو «رعاة فيينا» إلى التدخل في الصراع الفلسطيني - الإسرائيلي\nدعا عضو اللجنة "
     "التنفيذية لمنظمة التحرير الفلسطينية، أحمد مجدلاني، الدول الكبرى التي بلورت الاتفاق مع إيران في فيينا، "
     "إلى التدخل لإنهاء الاحتلال الإسرائيلي ورعاية المفاوضات الفلسطينية - الإسرائيلية.", "COERCE"),
])
def test_a_rank_a_conclusion_or_a_standing_condition_is_no_act(text, typ):
    assert typ in {e[0] for e in events(text, NO_RULE)}  # what the rules read without the rows
    assert typ not in {e[0] for e in events(text)}


def test_the_call_to_end_the_occupation_is_still_a_request():
    text = ("مسؤول فلسطيني يدعو «رعاة فيينا» إلى التدخل في الصراع الفلسطيني - الإسرائيلي\nدعا عضو اللجنة "
            "التنفيذية لمنظمة التحرير الفلسطينية، أحمد مجدلاني، الدول الكبرى التي بلورت الاتفاق مع إيران في فيينا، "
            "إلى التدخل لإنهاء الاحتلال الإسرائيلي ورعاية المفاوضات الفلسطينية - الإسرائيلية.")
    assert "REQUEST" in {e[0] for e in events(text)}


@pytest.mark.parametrize("text, typ, trigger", [
    # alyaum 2015-07-27: a seizure (the verb with a place as object)
    ("واحتلت اسرائيل القدس الشرقية واعلنت ضمها في 1967 في خطوة لم يعترف بها المجتمع الدولي.", "COERCE", "احتلت"),
    # aawsat 2015-08-07: settlers taking flats
    ("وكان أعضاء في منظمة «إلعاد» قد احتلوا 25 شقة سكنية هناك في شهر سبتمبر (أيلول) الماضي.", "COERCE", "احتلوا"),
    # alwatan 2015-08-07: reaching an agreement
    ("وأعلن وزير الخارجية الأميركي جون كيري في وقت سابق أمس أنه توصل إلى اتفاق مع نظيره الروسي سيرجي لافروف.",
     "AGREE", "توصل"),
])
def test_a_seizure_or_an_agreement_reached_is_still_an_event(text, typ, trigger):
    assert (typ, trigger) in {e[:2] for e in events(text)}


# A verbal noun that is the aim, frame or plan of another act (second precision sample, sample F of
# docs/events.md): governed by a word of plan or frame, or carrying the لـ of purpose while it
# governs its own object.
@pytest.mark.parametrize("text, typ, trigger", [
    # aawsat 2015-07-27 (sample F): the alliance was founded to confront Boko Haram
    ("وتشارك الكاميرون مع التشاد والنيجر ونيجيريا في حلف عسكري أنشئ مطلع 2015 للتصدي لجماعة بوكو حرام التي "
     "تمكنت رغم إضعافها من تنفيذ عمليات عنيفة في منطقة بحيرة تشاد خلال الأسابيع الماضية وأثبتت أنها لا تزال "
     "قادرة على التخريب.", "ASSAULT", "للتصدي"),
    # 3alyoum 2015-08-07 (sample F): camps to hold asylum seekers, a standing policy's aim
    ("وتعهدت أستراليا بمنع طالبي اللجوء من الوصول إلى شواطئها حيث كانت ترد قوارب على أعقابها إلى اندونيسيا "
     "وترسل الذين لا تستطيع ردهم إلى معسكرات في بابوا غينيا الجديدة وناورو في جنوب المحيط الهادي لاحتجازهم "
     "لفترات طويلة.", "COERCE", "لاحتجازهم"),
    # aawsat 2015-07-26 (sample E): the plan to take Fallujah, not its taking
    ("وأضاف لـ«الشرق الأوسط»، أن «عشرات العائلات تمكنت من الخروج من مدينة الفلوجة خلال الأيام القليلة الماضية "
     "عبر ممر الفلاحات والصقلاوية، ونحن ننتظر خروج المزيد منهم، لكون أن عملية دخول قواتنا لتنفيذ المرحلة الأخيرة "
     "من خطة تحرير مدينة الفلوجة مرتبطة بخروج هذه العائلات المحاصرة».", "ASSAULT", "تحرير"),
    # aawsat 2015-08-06 (sample E): the frame of years of cooperation, not a cooperation of the day
    ("يذكر أن قاعدة العند تعد من أهم القواعد العسكرية في اليمن، فهي تحوي معسكرات ومطارا عسكريا وقوات كبيرة "
     "جوية وبرية، وكانت البحرية الأميركية تستخدمها، خلال السنوات الماضية، في إطار التعاون بين اليمن والولايات "
     "المتحدة في محاربة الإرهاب.", "COOPERATE", "التعاون"),
])
def test_an_act_named_as_the_aim_frame_or_plan_of_another_is_no_act(text, typ, trigger):
    assert (typ, trigger) in {e[:2] for e in events(text, NO_RULE, "2015-08-02")}  # read without the rows
    assert (typ, trigger) not in {e[:2] for e in events(text, published="2015-08-02")}


@pytest.mark.parametrize("text, typ, trigger", [
    # alyaum 2015-08-02 (sample F): the meetings named inside خلال took place (خلال is not a governor)
    ("وقال بكر إنه تلقّى تطمينات خلال اجتماعات مع مسؤولين أمريكيين الأسبوع الماضي على أن الاتفاق الأمريكي مع "
     "تركيا يتعلق فقط بقتال داعش وليس حزب العمال الكردستاني.", "CONSULT", "اجتماعات"),
    # alriyadh 2015-08-07 (sample F): the لـ marks the object of the condemnation: the bombing took place
    ("كما تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً "
     "اليوم من صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد نائب القائد الأعلى النائب الأول لرئيس "
     "مجلس الوزراء بمملكة البحرين أعرب خلاله عن إدانته للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة "
     "عسير.", "ASSAULT", "للتفجير الإرهابي"),
    # aawsat 2015-08-02: تعرض لـ "was subjected to": the shelling took place
    ("أما مسؤول إدارة الاتصالات عبد الباسط الفقيه، فشدد على استعادة خدمة الإنترنت «في القريب العاجل» بعد إصلاح "
     "كابلات في مدينة دار سعد بشمال عدن سبق أن تعرضت لقصف مدفعي من قبل ميليشيات الحوثي وصالح.", "ASSAULT", "لقصف"),
    # okaz, events-snn build part: the equipment was used to demolish: the purpose was carried out
    ("وقال الأسودي في تصريحات لـ«عكاظ»: نعد برنامجا إغاثيا لكل الجمهورية، سنعمل على إعادة البنية التحتية إضافة "
     "إلى أعمال الإغاثة المستمرة»، مشيرا إلى أن «الحوثي استخدم معدات لتهديم البنى التحتية وممتلكات الأهالي في "
     "تعز منفذا نفس المخطط السوري لتدمير المدينة».", "ASSAULT", "لتهديم"),
])
def test_an_act_that_took_place_stays_beside_a_preposition(text, typ, trigger):
    assert (typ, trigger) in {e[:2] for e in events(text, published="2015-08-02")}
