"""Round 17 of events recall (issue 15, branch evrec5): acts of force the lexicon missed in their
verbal-noun frame. An encirclement done (قامت بمحاصرة، تمت محاصرة، يتم محاصرة) is COERCE restrict
like the verb حاصر; the bare word stays no trigger, as round 8 found it mostly the participle
(«باتت القاعدة محاصرة») or an aim (لمحاصرة الجهاديين). Real SaudiNewsNet sentences of ordinary days
(never the fresh-reading days); each names its outlet and day.

A deployment counted in soldiers, fighters or policemen (نشرت الكاميرون نحو ألفي جندي) is MOBILIZE:
the singular noun after a number (the tamyiz) joins the plurals the rows had. And a word with no
imperfect prefix is no dual imperfect (طالبان is the Taliban, not "the two demanded")."""

import pytest

from conftest import event_tuples, has_event
from events_support import LEX
from rasd.events.triggers import detect
from rasd.text.tokens import tokenize


def triggers(text):
    return [(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)]


def test_an_encirclement_after_a_light_verb_is_coercion_by_its_subject():
    # aawsat 2015-08-07 (also alyaum 2015-08-06): Peshmerga forces besieged the district
    text = "وأضاف أن قوات البيشمركة قامت بمحاصرة القضاء من جميع محاوره خشية تسلل عناصر «داعش» إليه."
    assert has_event(event_tuples(text, "2015-08-07"), "COERCE", "محاصرة", "البيشمركة", "")


@pytest.mark.parametrize("text, trigger", [
    # aawsat 2015-07-25: the counter-terrorism units besieged the mountain
    ("وبعد أن علمت الفرق المختصة بمكافحة الإرهاب بمخطط المجموعة الإرهابية، تمت محاصرة الجبل لأكثر من ثلاث "
     "ساعات، قبل أن تتم مداهمة أوكار المتطرفين.", "محاصرة"),
    # alriyadh 2015-08-08: Zinjibar being besieged
    ("وفيما يتم محاصرة زنجبار، قالت مصادر محلية ان الحوثيين وقوات صالح اطلقوا عدة صواريخ كاتيوشا على "
     "مدينة جعار في ابين.", "محاصرة"),
])
def test_an_encirclement_after_tamma_is_a_coercion_trigger(text, trigger):
    assert ("COERCE", trigger) in triggers(text)


@pytest.mark.parametrize("text", [
    # aawsat 2015-07-25: a state (the base is surrounded), the participle
    "وقد باتت القاعدة محاصرة من مختلف الاتجاهات، تقريبًا، بينما يمهد للعمليات العسكرية، طيران التحالف.",
    # 3alyoum 2015-08-07: an aim of a visa programme
    "أمريكا تشدد برنامج الإعفاء من التأشيرة لمحاصرة الجهاديين الأوروبيين",
])
def test_the_participle_or_an_aim_of_encircling_is_no_trigger(text):
    assert not [t for t in triggers(text) if t[0] == "COERCE"]


@pytest.mark.parametrize("text, published, trigger, source", [
    # aawsat 2015-07-31: Cameroon deployed about two thousand soldiers in the north
    ("ومن جهة أخرى، نشرت الكاميرون نحو ألفي جندي إضافي أمس في شمال البلاد لمحاربة جماعة بوكو حرام.",
     "2015-07-31", "نشرت", "الكاميرون"),
    # aawsat 2015-08-06: Egypt deployed ten thousand policemen
    ("ونشرت مصر عشرة آلاف شرطي عبر البلاد في وقت يواجه فيه هذا البلد حملة غير مسبوقة من هجمات المتطرفين.",
     "2015-08-06", "نشرت", "مصر"),
    # aawsat 2015-07-21 (reported by a newspaper): Iran sent 15 thousand fighters to Syria
    ("وفي هذا السياق أوردت صحيفة «الديلي ستار»، اللبنانية الصادرة باللغة الإنجليزية، أن إيران أرسلت 15 ألف "
     "مقاتل إلى سوريا محاولة التعويض عن الخسائر الأخيرة التي لحقت بقوات النظام.", "2015-07-21", "أرسلت", "إيران"),
])
def test_a_deployment_counted_in_soldiers_or_policemen_is_mobilize(text, published, trigger, source):
    assert has_event(event_tuples(text, published), "MOBILIZE", trigger, source, "")


def test_a_bulletin_with_a_policeman_after_it_is_no_deployment():
    # aawsat 2015-08-03: «نشرته الإخبارية» is the channel's news bulletin (نشر = publish)
    text = ("ونقل تلفزيون «إي بي سي» في صدر نشرته الإخبارية اتهام شرطي في جامعة سنسيناتي (ولاية أوهايو)، "
            "راي تنسنغ (أبيض) بقتل رجل أسود، هو صمويل دوبوي.")
    assert not [t for t in triggers(text) if t[0] == "MOBILIZE"]


def test_the_taliban_after_a_conjunction_is_no_demand():
    # aawsat 2015-08-03: «بين كابول وطالبان»: a word with no imperfect prefix keeps ان (the dual
    # imperfect's suffix), so it is not read as طالب
    text = ("عسكريا يمكن للجنرال دوستم الاعتماد على القوات الحكومية، حيث نشرت كابول «حوالى 5000 جندي» في "
            "فارياب، الولاية التي لطالما تمتعت بالاستقرار حتى باتت ساحة معارك شرسة بالرغم من المحاولات "
            "المؤخرة لعقد محادثات سلام بين كابول وطالبان.")
    assert not [t for t in triggers(text) if t[0] == "REQUEST"]
    assert "طالب" not in LEX.keys.verb["وطالبان"]


def test_a_dual_imperfect_stays_a_demand():
    # aleqtisadiya 2015-08-02: Britain and France (the two) demand help of the EU states
    text = "بريطانيا وفرنسا يطالبان دول الاتحاد الأوروبي بالمساعدة في أزمة المهاجرين"
    assert ("REQUEST", "يطالبان") in triggers(text)
