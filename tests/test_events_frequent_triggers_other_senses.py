"""The most frequent triggers in an everyday sense (issue 15, round 15, docs/events.md "Round 15"):
«ترحيل» of waste, curricula or a penalty read as deportation, «رفض التعليق» (a source declining to
comment or to be named) read as REJECT, «احتل مكانة/عناوين الصحف» read as a seizure, «منع الحمل،
منع الإصابة» (contraception, preventing an illness) read as COERCE, «أقر قانونا» (adopting a law)
read as CONCEDE. Real SaudiNewsNet sentences of ordinary days (never 2015-07-23, 07-24, 08-04,
08-09), each with its outlet and day; beside each, a real act with the same word that stays."""

import pytest

from rasd.document import Document
from rasd.events.not_acts import NotActs
from rasd.events.types import Trigger
from rasd.pipeline import Pipeline
from rasd.resources import Resources
from rasd.text.normalize import normalize

PIPE = Pipeline()


def events(text, published):
    doc = PIPE(Document(text, meta={"published": published}))
    return [(e.label, e.text) for e in doc.layer("events")]


@pytest.mark.parametrize("text, published, trigger", [
    # aawsat 2015-08-01: sending Beirut's waste abroad
    ("ويبدو أن خيار ترحيل النفايات إلى دول أخرى عبر شركات خاصة يتقدم على غيره من الحلول المطروحة، حتى لو "
     "تم اعتماده لمرحلة انتقالية فقط", "2015-08-01", ("COERCE", "ترحيل")),
    # aawsat 2015-08-01 (a headline): the noun with a glued لـ
    ("لبنان ينتظر عروضًا دولية لترحيل نفاياته التي بدأت تهدد مطار بيروت", "2015-08-01", ("COERCE", "لترحيل")),
    # sabq 2015-08-03: carrying the players' suspensions over to the domestic matches
    ("وحول إجراء اتحاد الكرة القادم بخصوص تلك القضية، قال المعيبد: نعمل على إيجاد حل سريع ونظامي خلال 24 "
     "ساعة من الآن وهناك خيار ترحيل العقوبات المفروضة على اللاعبين ليتم تطبيقها مع أول مباراة محلية للفريقين",
     "2015-08-03", ("COERCE", "ترحيل")),
    # 3alyoum 2015-07-27: a company declining to comment
    ("كما رفضت أبل التعليق قائلة إن التحقيق لا يزال مستمرا.", "2015-07-27", ("REJECT", "رفضت")),
    # aleqtisadiya 2015-07-25: an officer declining to be named
    ("وقال الضابط، الذي رفض الكشف عن هويته، لوكالة الأنباء الألمانية إن \"سيارتين عسكريتين يقودهما "
     "انتحاريان فجرا نفسيهما بداخل ثكنات للجيش العراقي والحشد الشعبي قبل ظهر أمس\"", "2015-07-25",
     ("REJECT", "رفض")),
    # aleqtisadiya 2015-07-27: a phrase that "occupied the headlines"
    ("ضاعت جهود رئيس الوزراء السوفياتي هباء وهو يحاول تفسير جملته الشهيرة التي احتلت عناوين الصحف والمجلات "
     "وأدت إلى برودة العلاقات بين روسيا والغرب", "2015-07-27", ("COERCE", "احتلت")),
    # aawsat 2015-08-06: the canal "holds a large place" in memory
    ("قناة السويس تحتل مكانا كبيرا في الذاكرة المصرية والعربية والدولية حتى، من مؤسس مصر الحديثة محمد علي "
     "باشا، من وقته بدأت الفكرة", "2015-08-06", ("COERCE", "تحتل")),
    # aawsat 2015-08-06 (a headline): contraceptive pills
    ("حبوب منع الحمل قد تقي من سرطان الرحم", "2015-08-06", ("COERCE", "منع")),
    # alriyadh 2015-08-01: a vaccine that prevents lung infections
    ("لقاح التهاب المكوِّرات الرئوية: ويساعد هذا اللقاح في منع الإصابة بالتهابات الرئة، ويجب إعطاء اللقاح "
     "للمرضى الذين يعانون من أمراض كبد مزمنة.", "2015-08-01", ("COERCE", "منع")),
    # aleqtisadiya 2015-07-27: a council adopting remote trials
    ("ويأتي ذلك بعد أن أقر المجلس الأعلى للقضاء أقر إجازة تقنية المحاكمات عن بُعْدٍ، وعلى ضوئه أكملت وزارة "
     "العدل متطلبات إطلاق هذه الخدمة", "2015-07-27", ("CONCEDE", "أقر")),
])
def test_a_frequent_trigger_in_its_everyday_sense_gives_no_event(text, published, trigger):
    got = events(text, published)
    assert trigger not in got, got


@pytest.mark.parametrize("text, published, event", [
    # aawsat 2015-08-06: a deportation told with the same noun
    ("وبعد فراره من ليبيا في 2011 ظل الساعدي قيد الإقامة الجبرية في نيامي عاصمة النيجر حتى ترحيله، علما "
     "بأنه قضى بعض الوقت يلعب كرة القدم في إيطاليا", "2015-08-06", ("COERCE", "ترحيله")),
    # aawsat 2015-07-27: a state refusing another's request
    ("فشلت لأن الولايات المتحدة رفضت منحها التقنية والخبرات، مع أن الطبوغرافية الإيرانية مماثلة لجارتها "
     "الخليجية.", "2015-07-27", ("REJECT", "رفضت")),
    # aawsat 2015-07-27: a militia arresting street vendors (the headquarters «الذي تحتله» the Houthis
    # hold is a standing state in a relative clause, no event since round 21)
    ("كما قامت الميلشيا باعتقال البائعين المتجولين من سوق حي باب مشرف، واستحداثهم لنقاط تفتيش في الشوارع "
     "الرئيسية بمدينة الحديدة ومنها في شاع زايد جوار مقر التجمع اليمني للإصلاح، المقر الذي تحتله جماعة "
     "الحوثي المسلحة، وطلب من سائقي السيارات التي تمر من أمامهم النقطة إبراز بطاقاتهم", "2015-07-27",
     ("COERCE", "باعتقال")),
    # aawsat 2015-07-27: the police stopping buses
    ("بالإضافة إلى ذلك، منعت الشرطة الإسرائيلية الحافلات المتوجه إلى مدينة القدس من مدن وقرى البلدات "
     "العربية الأخرى في الداخل الفلسطيني من الوصول إلى مدينة القدس", "2015-07-27", ("COERCE", "منعت")),
    # 3alyoum 2015-08-06: an admission (أقر بأن) stays CONCEDE
    ("وأقر أوباما بأن إيران قد تستخدم قسمًا من الأموال التي ستستعيدها إثر رفع العقوبات عنها لتمويل "
     "“تنظيمات إرهابية”", "2015-08-06", ("CONCEDE", "أقر")),
])
def test_the_act_with_the_same_word_stays(text, published, event):
    got = events(text, published)
    assert event in got, got


def _protest_noun_is_no_act(text, noun):
    """NotActs on the sentence's own tokens, the trigger being the noun ``noun`` read as PROTEST: no
    sentence of the ordinary days holding «هذه التظاهرة» gets that trigger from today's lexicon and
    detector (docs/events.md "Round 15"), so the rule is tested where the events stage calls it."""
    doc = PIPE(Document(text, meta={"published": "2015-08-02"}))
    tokens = list(doc.layer("tokens"))
    k = next(i for i, t in enumerate(tokens) if t.text == noun)
    trig = Trigger(tokens[k].start, tokens[k].end, "PROTEST", "demonstrate", k, k, "n", "test", "تظاهره")
    return NotActs.load(Resources.default()).matches("PROTEST", trig, tokens, [normalize(t.text) for t in tokens])


def test_this_demonstration_pointing_back_to_a_festival_is_no_act():
    # aawsat 2015-08-02: «هذه التظاهرة» is the Oussou festival named before
    assert _protest_noun_is_no_act(
        "وبخصوص عودة المهرجان إلى النشاط من جديد، قال على المرموري أمين عام جمعية مهرجان أوسو في تصريح "
        "لـ«الشرق الأوسط» إن هذه التظاهرة غابت لسنوات لأسباب أمنية من جهة، ومادية من جهة ثانية", "التظاهرة")


def test_the_demonstration_without_a_demonstrative_stays_an_act():
    # aawsat 2015-08-02: a march in Basra
    assert not _protest_noun_is_no_act("وسارت التظاهرة باتجاه مبنى الحكومة المحلية", "التظاهرة")


# Round 16 (docs/events.md "Round 16"): رفض + a verbal noun of telling + the name (ذكر/نشر/الكشف عن
# اسمه) is a source declining to be named; the name alone is no row (a real refusal: رفض وضع اسمه).
@pytest.mark.parametrize("text, published", [
    # aawsat 2015-07-27
    ("وقد رفض المسؤول الكشف عن اسمه بسبب الحساسيات الدبلوماسية", "2015-07-27"),
    # okaz 2015-07-21
    ("المسؤول العراقي الذي رفض ذكر اسمه قال إن رئيس الأركان الأمريكي طالب رئيس الوزراء العراقي بالحفاظ على "
     "التزامه بإبقاء الولايات المتحدة على علم بالنشاطات الإيرانية داخل الأراضي العراقية", "2015-07-21"),
    # aawsat 2015-07-31: the plural
    ("وقال المسؤولون، الذين رفضوا نشر أسمائهم ووظائفهم، لصحيفة «واشنطن بوست»، أمس الاثنين، إن الاتفاق "
     "«يتوقع أن يزيد كثيرا من مدى وسرعة مواجهة الولايات المتحدة لداعش»", "2015-07-31"),
])
def test_declining_to_be_named_gives_no_rejection(text, published):
    got = events(text, published)
    assert not [e for e in got if e[0] == "REJECT"], got


def _refusal_is_no_act(text):
    """NotActs on the sentence's own tokens, the trigger being its رفض read as REJECT (the guard's
    sentence gets no REJECT from today's detector, so the rule is tested where the stage calls it)."""
    doc = PIPE(Document(text, meta={"published": "2015-07-31"}))
    tokens = list(doc.layer("tokens"))
    k = next(i for i, t in enumerate(tokens) if t.text == "رفض")
    trig = Trigger(tokens[k].start, tokens[k].end, "REJECT", "reject", k, k, "v", "test", "رفض")
    return NotActs.load(Resources.default()).matches("REJECT", trig, tokens, [normalize(t.text) for t in tokens])


def test_refusing_to_lend_ones_name_is_not_declining_to_be_named():
    # aawsat 2015-07-31: a minister refusing to put his name as a sponsor: a real refusal
    assert not _refusal_is_no_act("حتى إنه رفض وضع اسمه كراعٍ لمعرض فني")
    # alwatan 2015-08-06: the formula itself, through the same call
    assert _refusal_is_no_act("وقال المصدر الذي رفض الكشف عن اسمه لاعتبارات أمنية إن قيادة الحزب تشعر بالقلق")
