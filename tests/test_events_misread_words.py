"""Words read as a root they cannot be (issue 15, fourth precision round, docs/events.md "Misread
words"): a feminine noun with a possessive read as a past verb with an object (رحلتها "her trip" as
رحّلتها "she deported her"), the passive of a verb of saying read as a form IV verb (يقال "it is
said" as "is dismissed"), a plain ا after an imperfect prefix (ناصرنا "our supporter" as نُصرّ
"we insist"), a defective verb's ا kept before ت (ودعاته "and its preachers" as دعت "called").
Real SaudiNewsNet sentences of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline

PIPE = Pipeline()
KEYS = PIPE.stage("events").lexicon.keys.verb


def events(text, published="2015-07-21"):
    doc = PIPE(Document(text, meta={"published": published}))
    return [(e.label, e.text) for e in doc.layer("events")]


@pytest.mark.parametrize("text, published, trigger", [
    # aawsat 2015-07-21 (sample G row 11; the same line in alriyadh 2015-07-22, row 77)
    ("ووفقا لـ«بوينغ» فإن القطعة المعدنية سقطت من على ارتفاع 3700 متر واخترقت سقف مصنع، في حين أكملت "
     "الطائرة رحلتها وهبطت في باريس من دون مشكلات.", "2015-07-21", "رحلتها"),
    # 3alyoum 2015-07-25 (Obama's trip to Kenya and Ethiopia)
    ("كما قال إن رحلته التي تشمل كينيا وإثيوبيا ستظهر تصميم الولايات المتحدة على محاربة “الإرهاب” في "
     "منطقة شرقي أفريقيا.", "2015-07-25", "رحلته"),
    # aawsat 2015-07-21 (sample G row 34): the passive of قال, no dismissal
    ("قبل الانطلاق إلى دير الزور استقبل هذه المجموعة القتالية، والي الأنبار وعضو المجلس العسكري ومجلس "
     "الشورى في داعش، ويدعى أبو أيمن العراقي الذي يقال: إنه قتل فيما بعد في الغارات الحربية.",
     "2015-07-21", "يقال"),
    # alriyadh 2015-08-07 (sample G row 131): "God is our supporter", no insisting
    ("فالله سبحانه ناصرنا على أعدائنا بقوته وعزته.", "2015-08-07", "ناصرنا"),
])
def test_a_misread_word_gives_no_event(text, published, trigger):
    got = events(text, published)
    assert not [e for e in got if e[1] == trigger], got


def test_a_deportation_verb_stays_coerce():
    # aawsat 2015-07-27: رحّلت with its subject, the verb the possessed noun must not block
    got = events("وفي هذا الإطار، استجوبت قوات الأمن، في المركز المذكورة، أكثر من 4500 من الأجانب، ومنعت دخول "
                 "نحو ألف منهم، كما رحلت السلطات التركية أكثر من 300 شخص.", "2015-07-27")
    assert ("COERCE", "رحلت") in got, got


def test_a_possessed_feminine_noun_is_no_past_verb_with_an_object():
    assert "رحل" not in KEYS["رحلتها"] and "رحل" not in KEYS["رحلتهم"]
    assert "قضي" not in KEYS["قضيتها"]
    assert "رحل" in KEYS["رحلت"]  # the verb itself, no pronoun
    assert "حمل" in KEYS["حملته"]  # حمّلته المسؤولية: حملة is not listed, its verb reading is common


def test_only_a_verb_of_saying_takes_the_hollow_passive():
    assert "اقال" not in KEYS["يقال"] and "اقال" not in KEYS["وسيقال"]
    assert "احال" in KEYS["يحال"]  # يحال إلى المحاكمة: form IV's passive, "is referred"
    assert "اصاب" in KEYS["يصاب"]  # "is injured"


def test_a_plain_alef_after_an_imperfect_prefix_is_no_prefix():
    assert "اصر" not in KEYS["ناصر"] and "اصر" not in KEYS["ناصرنا"]
    assert "اصر" in KEYS["يصرون"]  # they insist: the prefix is taken off (a three-letter يصر is not)
    assert "امر" in KEYS["يأمر"]  # the hamza written: the prefix is taken off


def test_a_defective_verb_drops_its_alef_before_ta():
    assert "دعا" not in KEYS["ودعاته"]  # دعاة + ه "its preachers" (aawsat 2015-07-21, sample G)
    assert "دعا" in KEYS["دعت"]
    assert "بدا" in KEYS["بدأت"]  # a hamza ا is the root's: بدأ + ت


@pytest.mark.parametrize("text, published", [
    # 3alyoum 2015-07-31 (sample G row 89)
    ("وجاءت تصريحات المسؤول الاميركي الذي طلب عدم الكشف عن هويته، اثناء مرافقته الرئيس الاميركي باراك اوباما "
     "في زيارة الى اثيوبيا.", "2015-07-31"),
    # aawsat 2015-07-25
    ("وقال رئيس المجموعة الذي طلب عدم نشر اسمه كي لا يضر بعلاقات مجموعته مع «بي إم دبليو» إن الأعمال تباطأت "
     "في الأشهر الثمانية عشر الماضية.", "2015-07-25"),
])
def test_a_source_asking_not_to_be_named_makes_no_request(text, published):
    assert not [e for e in events(text, published) if e[0] == "REQUEST"]


def test_a_request_of_a_party_stays():
    # aawsat 2015-07-31 (sample G row 99's sentence): Turkey's application is still read as a request
    got = events("بسبب موضوع طلب تركيا بالانضمام إلى الاتحاد الأوروبي", "2015-07-31")
    assert ("REQUEST", "طلب") in got, got
