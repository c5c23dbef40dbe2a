"""Descriptions that name no actor are not nominal mentions (rasd.entities.nominal): feminine
adjectives, adverbs, the genitive of a body's name, a participle, a device; and a described
actor's span keeps the ل of لل and leaves a preposition out. Real sentences of SaudiNewsNet
(July-August 2015, never the fresh-reading days)."""

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def nominal(text, published="2015-07-26"):
    """{mention text: code} of the nominal mentions of ``text``."""
    doc = ENTITIES(Document(text, meta={"published": published}))
    assert doc.check_spans() == []
    return {m.text: e.attrs.get("code") for e in doc.entities for m in e.mentions if m.get("kind") == "nominal"}


def test_a_feminine_adjective_written_with_ta_marbuta_is_no_possessive_group():
    # ة is normalised to ه, but مسلحة is "armed" (fem.), not مسلح + ه "his gunmen"
    for text in ("ولم يؤكد المتحدث باسم الجيش البوروندي الكولونيل غاسبار باراتوزا المعارك، مكتفيا بالقول إن "
                 "«مجموعة مسلحة هاجمت موقعا للجيش».",
                 "من جهة أخرى ذكر تقرير إخباري أن مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود من "
                 "قوات الدرك التركية، أثناء عودتهم إلى بيوتهم في ولاية موش، شرقي تركيا.",
                 'وقالت اجهزة الامن ان هذه المجموعة مسؤولة عن عدة جرائم. وقالت إن المقاتلين كانوا مرتبطين '
                 '"بمنظمة ارهابية دولية".'):
        got = nominal(text)
        assert not any(m.endswith(("مسلحة", "مسؤولة", "ارهابية")) for m in got), got
    got = nominal("من جهة أخرى ذكر تقرير إخباري أن مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود من "
                  "قوات الدرك التركية")
    assert got["ثلاثة جنود"] == "MIL"  # a counted group stays


def test_an_uncounted_nisba_in_the_accusative_is_an_adverb():
    got = nominal("وثمة شيء آخر غاية في الأهمية هو أنه مع أن الدول تحارب «داعش» إعلاميا وعسكريا، تظل المعركة "
                  "المهملة نسبيا معركة للقضاء على آيديولوجية التطرف.")
    assert "إعلاميا" not in got and "وعسكريا" not in got and "عسكريا" not in got


def test_an_adjective_after_a_noun_with_a_fused_preposition_and_article_is_no_actor():
    got = nominal("أعرب الأزهر الشريف عن استنكاره الشديد للهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة "
                  "أبها في المملكة العربية السعودية.")
    assert "الإرهابي" not in got
    got = nominal("وأكدت المصادر أن عناصر المقاومة بدأت تدريباتهم للتصدي للهجوم المسلح، ومواجهة العدو.")
    assert "المسلح" not in got


def test_the_genitive_of_a_council_is_part_of_its_name_not_a_group():
    got = nominal("واجتمع الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
                  "وزير الدفاع السعودي مع جعجع مساء أمس.")
    assert "الوزراء" not in got
    got = nominal("ومثل كبار المسؤولين في الإدارة خلال الأيام الأخيرة أمام لجان في مجلسي النواب والشيوخ.")
    assert "النواب" not in got and got["المسؤولين"] == "GOV"


def test_the_participle_alqadi_stipulating_is_no_judge():
    got = nominal("جاءت نتيجة قرارها التاريخي في 15 أغسطس 1971 القاضي بوقف تعاملها مع نظام النقد العالمي.")
    assert "القاضي" not in got
    assert nominal("وقد أمر القاضي بإيداعها السجن موجها إليها تهمة محاولة قتل ابنها.")["القاضي"] == "JUD"


def test_devices_are_no_state_agencies():
    got = nominal("تقدم موبايلي باقات بيانات فقط أو مع أي من أجهزة الجيل الرابع التي توفرها كجهاز USB وجهاز "
                  "الراوتر 4G.", "2015-08-03")
    assert not any(m.startswith(("أجهزة", "جهاز")) for m in got), got
    assert nominal("وقالت أجهزة الأمن إن هذه المجموعة مسؤولة عن عدة جرائم.")["أجهزة الأمن"] == "COP"


def test_a_preposition_before_a_described_body_stays_outside_and_the_l_of_lil_inside():
    got = nominal("لم تعلن أي جهة مسؤوليتها عن الهجوم على الفور، لكن مصدرا في الشرطة قال لوسائل إعلام محلية.")
    assert "الشرطة" in got and "في الشرطة" not in got
    got = nominal("زار الأمير محمد بن سلمان الوحدات المتقدمة للقوات المسلحة بالمنطقة الجنوبية.")
    assert "للقوات المسلحة" in got and "لقوات المسلحة" not in got


def test_a_striker_in_a_sport_article_is_no_armed_attacker():
    got = nominal("أتم رئيس نادي الدرعية ياسر الموسى عدة صفقات لتدعيم الفريق قبل الدوري، ثم تعاقد مع لاعب المزاحمية "
                  "حامد المقاطي، ومهاجم الصفا أحمد الخضير، والحارس عدنان السلمان بعد المباراة والفوز بهدف.",
                  "2015-08-08")
    assert not any("مهاجم" in m for m in got), got
    assert nominal("وقتل مهاجمون مجهولون ثلاثة جنود في هجوم على نقطة تفتيش.")["مهاجمون مجهولون"] == "UAF"


def test_the_ministry_after_a_named_ministry_is_that_ministry():
    text = ("أعلنت وزارة الصحة، عن تسجيل حالة إصابة واحدة بفيروس كورونا في الرياض الأسبوع الماضي، ووفقاً لمركز "
            "القيادة والتحكم في الوزارة، فإن المصاب وافد يبلغ من العمر 32 عاما. وأوضحت الوزارة أنه لم يتم تسجيل "
            "أي حالات وفيات.")
    doc = ENTITIES(Document(text, meta={"published": "2015-07-25", "source": "sabq"}))
    moh = next(e for e in doc.entities if e.name == "وزارة الصحة")
    assert [m.text for m in moh.mentions if m.get("kind") == "nominal"] == ["الوزارة", "الوزارة"]
    assert moh.attrs["code"] == "SAUGOV"


def test_a_body_referred_back_to_keeps_its_adjective():
    text = ("تنطلق مساء اليوم ورشة العمل التي تنظمها الرئاسة العامة لرعاية الشباب. وتأتي الورشة ضمن خطة شاملة "
            "موجهة للشباب تعكف الرئاسة العامة لإعلانها في المرحلة المقبلة.")
    doc = ENTITIES(Document(text, meta={"published": "2015-08-08", "source": "alriyadh"}))
    gps = next(e for e in doc.entities if e.name == "الرئاسة العامة لرعاية الشباب")
    assert [m.text for m in gps.mentions if m.get("kind") == "nominal"] == ["الرئاسة العامة"]


def test_a_system_with_a_plain_adjective_is_no_regime():
    got = nominal("وعندما يراجع المواطن الجهات المختصة يفاجأ بأنه قد صدر اليوم نظام جديد يلغي بعض ما كان في "
                  "الماضي.", "2015-07-25")
    assert not any(m.startswith("نظام") for m in got), got
    got = nominal("ودعا المجتمع الدولي إلى التحرك بعد أن قصف النظام السوري المدينة.")
    assert got["النظام السوري"] == "SYRGOV" and got["المجتمع الدولي"] == "IGO"
