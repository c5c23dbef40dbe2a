"""Nominal acts the lexicon lacked (issue 15, branch evnom): verbal nouns (masdar) of verbs the
curated lexicon already has, each with the frame that makes the noun an act done rather than a
topic: the verb of expressing right before it
and a counterpart after it (أعرب عن تضامنه مع), the goods confiscated after it, the word that makes
a stand a protest. Real SaudiNewsNet sentences of ordinary days (never the fresh-reading days);
each names its outlet and day."""

import pytest

from conftest import event_tuples, has_event
from events_support import LEX
from rasd.events.triggers import detect
from rasd.text.tokens import tokenize


def triggers(text):
    return [(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)]


def test_shelling_in_the_accusative_is_an_assault_trigger():
    # aleqtisadiya 2015-07-27: «the quarter sees shelling and clashes»
    text = ("وأشار المرصد إلى أن\" حي جوبر يشهد منذ صباح اليوم قصفاً واشتباكات بين قوات النظام المدعمة "
            "بقوات الدفاع الوطني وحزب الله اللبناني من جهة، والفصائل الإسلامية وجبهة النصرة من جهة أخرى.\"")
    assert ("ASSAULT", "قصفاً") in triggers(text)


@pytest.mark.parametrize("text, published, source, target", [
    # alriyadh 2015-08-08
    ("وأعربت الجزائر عن تضامنها مع الشعب والحكومة في المملكة ضد الإرهاب البشع المتجرد من كل القيم "
     "الإنسانية والدينية، مقدمة التعازي لأسر الشهداء.", "2015-08-08", "الجزائر", ""),
    # (the counterpart «الشعب والحكومة في المملكة» is no actor the roles reach: target left open)
])
def test_solidarity_expressed_with_a_party_is_support(text, published, source, target):
    assert has_event(event_tuples(text, published), "SUPPORT", "تضامن", source, target)


@pytest.mark.parametrize("text", [
    # aawsat 2015-07-21: a slogan the voters chose, not solidarity expressed
    "واعتبر أن الناخبين اليونانيين عبروا عن اختيارهم «أوروبا التضامن والديمقراطية».",
    # aawsat 2015-07-21: an aim of a gathering
    "قالت مصادر كردية سورية لـ«الشرق الأوسط»، إن انتحاريين اثنين اخترقا تجمعًا لطلاب جامعيين، أكراد وأتراك، "
    "في المركز الثقافي بهدف التضامن مع مدينة كوباني.",
])
def test_solidarity_as_a_slogan_or_an_aim_is_no_trigger(text):
    assert not [t for t in triggers(text) if t[0] == "SUPPORT"]


def test_confiscation_of_named_goods_is_coercion():
    # aawsat 2015-07-21: the army seized weapons after the attack on its positions
    text = "وأضاف نفس المصدر أن «ثمانية مهاجمين قتلوا في كيروهورا، واثنين في كاتو، كما تمت مصادرة أسلحة»."
    assert ("COERCE", "مصادرة") in triggers(text)


def test_a_ban_on_confiscation_is_no_trigger():
    # aawsat 2015-07-21: a clause of a charter (Magna Carta), told as history
    text = ("فلقد نصت على الحرية المطلقة للكنيسة في إنجلترا بلا أي تدخل من قبل الملك إضافة إلى حظر مصادرة "
            "ممتلكاتها على الإطلاق.")
    assert not [t for t in triggers(text) if t[0] == "COERCE"]


@pytest.mark.parametrize("text", [
    # alwatan 2015-07-27
    "وكان عشرات الجنود نفذوا وقفة احتجاجية أمام مبني المجمع الحكومي الشهر الماضي، احتجاجا علي نهب حقوقهم.",
    # aawsat 2015-07-21
    "نظم نحو 400 صحافي وقفة أمام نادي الصحافة بإسلام آباد للضغط على الحكومة كي تسمح لتلفزيون «بول تي في» "
    "بإطلاق بثه الاعتيادي.",
])
def test_a_protest_vigil_is_a_protest_trigger(text):
    assert ("PROTEST", "وقفة") in triggers(text)


def test_a_stand_that_is_no_vigil_is_no_trigger():
    # aawsat 2015-07-21: «calls for a serious pause to study the causes»
    text = "«مجرد أن يتقاتل الطارقي والتباوي فهذا يعني وقوع أمر جلل يتطلب وقفة جادة لدراسة المسببات التي أدت لهذا الأمر."
    assert not [t for t in triggers(text) if t[0] == "PROTEST"]
