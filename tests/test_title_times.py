"""A title without a name is the office-holder at the time of its sentence: the publication day,
unless a past year dates the title's clause, its sentence or its paragraph (rasd.entities.resolve,
titles pass 2). Real SaudiNewsNet sentences of July 2015, never the fresh-reading days."""

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def person(text, title, published="2015-07-25"):
    doc = ENTITIES(Document(text, meta={"published": published}))
    assert doc.check_spans() == []
    return next(e for e in doc.entities if any(m.text == title for m in e.mentions))


def test_a_title_in_a_paragraph_opened_by_a_past_year_is_that_years_holder():
    # aawsat 2015-07-25 («العلاقات الأميركية التركية.. في الميزان»): the paragraph tells of 2011,
    # when Davutoglu was Turkey's foreign minister, not Cavusoglu (minister at publication)
    text = ("بعد ظهور المعارضة السورية في أوائل عام 2011، حاولت تركيا، في البداية، مد يدها إلى نظام الأسد. "
            "وأوصته بإجراء الإصلاحات على أمل أن تستفيد من تأثيرها الاقتصادي الجديد على سوريا. لكن، لم "
            "يتجاوب الرئيس الأسد مع هذه المناشدة. بل أرسل دباباته إلى المدن السورية، للمرة الأولى، وذلك "
            "بعد ساعات فقط من زيارة وزير الخارجية التركي إلى دمشق».")
    e = person(text, "وزير الخارجية التركي")
    assert e.attrs["name_en"] == "Ahmet Davutoglu"


def test_the_same_title_without_a_past_year_is_the_holder_at_publication():
    text = "وذلك بعد ساعات فقط من زيارة وزير الخارجية التركي إلى دمشق."
    assert person(text, "وزير الخارجية التركي").attrs["name_en"] == "Mevlut Cavusoglu"


def test_a_year_in_another_clause_of_a_long_sentence_does_not_date_the_title():
    # okaz 2015-07-25: the award year (2007) is another clause's; «أقول إن برنامج خادم الحرمين
    # الشريفين» speaks of today
    text = ("لم أسافر لخارج المملكة إلا بعد حصولي على جائزة (وزارة الخارجية الأمريكية العالمية لشجاعة "
            "المرأة عام 2007م) نظير قيامي بكسر حاجز الصمت والتوعية بقضية سرطان الثدي في الشرق الأوسط، "
            "وكانوا يسألونني حتى عن لغتي الإنجليزية التي أجدتها بإتقان والحمد لله هنا في المملكة، ولذلك "
            "أقول إن برنامج خادم الحرمين الشريفين للابتعاث الخارجي هو أكبر نقلة حدثت في تاريخنا المعاصر.")
    assert person(text, "خادم الحرمين الشريفين").attrs["name_en"] == "Salman bin Abdulaziz"


def test_then_far_from_the_title_is_another_clauses_time():
    # aawsat 2015-07-21: «في حينها» belongs to «كشف عنها الملك», the president is Obama
    text = ("وحرص الملك سلمان بن عبد العزيز لدى اجتماعه مع الرئيس الأميركي على طرح كل القضايا العربية "
            "والإقليمية، التي كشف عنها الملك في حينها عبر تغريدة له عبر حسابه في «تويتر».")
    assert person(text, "الرئيس الأميركي", published="2015-07-21").attrs["name_en"] == "Barack Obama"


def test_then_right_after_a_title_leaves_it_without_todays_holder():
    # aawsat 2015-08-02: the 1990 summit; «الرئيس الأميركي آنذاك» is not Obama (president at
    # publication), and with no year named the title stays unlinked
    text = ("قبل تلك القمة كانت الولايات المتحدة في صف السعودية، وكانت أرسلت بضعة آلاف من جنودها إلى "
            "أراضي المملكة بعد دعوة الملك فهد وتفاهمه مع الرئيس الأميركي آنذاك جورج بوش (الأب)، وحينها "
            "استغل رئيس الوفد العراقي طه رمضان القمة لإعلان خطاب من الرئيس العراقي صدام حسين.")
    e = person(text, "الرئيس الأميركي", published="2015-08-02")
    assert e.attrs.get("name_en") != "Barack Obama" and e.name == "الرئيس الأميركي"  # a title entity, no person
    # aawsat 2015-07-21: «وزير الخارجية الإيراني حينها علي أكبر صالحي» in spring 2013, not Zarif
    text = ("وبعد فترة وجيزة من توليها قيادة المفاوضات مع إيران، توجهت شيرمان إلى ألماتي (في كازاخستان) في "
            "ربيع 2013، حيث التقت ضمن مجموعة الدول الخمس زائد واحد وزير الخارجية الإيراني حينها علي أكبر "
            "صالحي، وكبير المفاوضين الإيرانيين حسين جليلي.")
    e = person(text, "وزير الخارجية الإيراني", published="2015-07-21")
    assert e.attrs.get("name_en") != "Mohammad Javad Zarif" and e.name == "وزير الخارجية الإيراني"


def test_then_after_a_title_whose_holder_the_article_named_before_is_him():
    # aawsat 2015-08-01: the state of emergency of July 2015; «وقتها» is a month before publication
    # and the article has just named the president
    text = ("وفي الرابع من يوليو، وبعد ثمانية أيام من الهجوم على فندق سوسة الذي خلف عشرات القتلى، معظمهم "
            "سياح من بريطانيا، أعلن الرئيس الباجي قائد السبسي حالة الطوارئ في البلاد لثلاثين يوما.\n\n "
            "وقال الرئيس التونسي وقتها إن إعلان حالة الطوارئ يعود إلى «المخاطر المحدقة بالبلاد والوضع "
            "الإقليمي، وامتداد الإرهاب إلى الكثير من البلدان العربية الشقيقة».")
    e = person(text, "الرئيس التونسي", published="2015-08-01")
    assert e.attrs["name_en"] == "Beji Caid Essebsi"


def test_a_past_year_in_what_the_title_holder_says_does_not_date_him():
    # a past year inside the reported clause (after إن/أن: ``clause-opener``) is the time of what
    # is said, not of the speaker. No such sentence with an unnamed title occurs on the twelve
    # build days (searched over every article), so the pair is built on the shape the session-28
    # review found: the first gave Davutoglu (the 2010 minister) before the fix
    said = "وقال وزير الخارجية التركي إن العلاقات لن تعود إلى ما كانت عليه عام 2010."
    assert person(said, "وزير الخارجية التركي").attrs["name_en"] == "Mevlut Cavusoglu"
    # the year before the cue still dates the title's clause
    dated = "وفي عام 2010 قال وزير الخارجية التركي إن العلاقات جيدة."
    assert person(dated, "وزير الخارجية التركي").attrs["name_en"] == "Ahmet Davutoglu"
