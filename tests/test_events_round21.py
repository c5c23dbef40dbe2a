"""Events precision round 21 (issue 15, branch evprec10): the not-event kinds of reading 10, on
real SaudiNewsNet sentences of 2015-07-27 and 2015-08-03 (the research days), 2015-07-21 and
2015-07-26 (never a reserved day). Each change's test fails on main 08d0053; each guard passes on
both."""

import pytest

from rasd.document import Document
from rasd.events.stage import _long_before
from rasd.pipeline import Pipeline

DEFAULT = Pipeline()


def events(text, published, pipe=DEFAULT):
    doc = pipe(Document(text, meta={"published": published}))
    return [(e.label, e.text, e.get("source_text"), e.get("context"), e.get("date")) for e in doc.layer("events")]


# ---------------------------------------------------------------- a year-only date (kind 1a)

@pytest.mark.parametrize("value, published, old", [
    ("2014", "2015-07-27", True),          # a bare past year: background, whatever its day
    ("2014", "2015-01-03", True),
    ("2009/2014", "2015-07-27", True),     # an interval that ends in a past year
    ("2015", "2015-07-27", False),         # this year: the act may be news
    ("2014/2015", "2015-07-27", False),
    ("2014-12-31", "2015-01-05", False),   # a day keeps the week rule across the new year
    ("2015-07-20", "2015-07-27", False),   # a date of the last week is news
    ("2015-07-19", "2015-07-27", True),    # eight days back: background
    ("2015-06", "2015-07-27", True),       # last month
    ("2015-07-20/2015-07-26", "2015-07-27", False),
])
def test_a_year_before_the_publication_year_is_long_before(value, published, old):
    assert _long_before(value, published) is old


@pytest.mark.parametrize("text, trigger, published", [
    # 2015-07-27 · aleqtisadiya · 257: the Hong Kong sit-in of 2014
    ("في العام الماضي، احتل المتظاهرون - الذين يرمز إليهم بالمظلات التي استخدموها للدفاع عن أنفسهم ضد "
     "الغاز المسيل للدموع - أجزاء من هونج كونج لأسابيع احتجاجا على النظام الانتخابي المقترح.", "احتل", "2015-07-27"),
    # 2015-08-03 · alyaum · 1018: al-Bashir's call of early 2014
    ("ودعا الرئيس عمر البشير الى حوار وطني أوائل العام الماضي لكن لم يتم إحراز تقدم يذكر.", "دعا", "2015-08-03"),
    # 2015-07-27 · aawsat · 144: the UN's call of 2014, told in someone's words
    ("ودعت الأمم المتحدة في 2014 إلى تبني تدابير لمنع تدفق المقاتلين الذين قدرت أعدادهم من كل الجنسيات "
     "والمناطق، بما بين 25 ألفا و31 ألف شخص، وفق لابورد.", "دعت", "2015-07-27"),
])
def test_an_act_dated_by_a_past_year_is_historical(text, trigger, published):
    got = [e for e in events(text, published) if e[1] == trigger]
    assert got and all(e[3] == "historical" for e in got)


@pytest.mark.parametrize("text, trigger, published", [
    # 2015-07-27 · aleqtisadiya · 257: «في وقت سابق هذا العام», this year's protest stays as it was
    ("حشد من المحتجين أثناء اعتصامهم في الوسط التجاري في هونج كونج في وقت سابق هذا العام، اعتراضا على "
     "نظام الانتخابات في الإقليم التابع للصين.", "حشد", "2015-07-27"),
    # 2015-08-03 · aawsat · 164: a date of the last week is news
    ("وكانت تركيا نفذت، السبت الماضي، ضربات جوية على مواقع لحزب العمال الكردستاني في شمال العراق.", "ضربات", "2015-08-03"),
])
def test_an_act_of_this_year_or_last_week_is_not_made_historical_by_its_date(text, trigger, published):
    got = [e for e in events(text, published) if e[1] == trigger]
    assert got and all(e[3] != "historical" for e in got)


# ---------------------------------------------------------------- a warning to the public (kind 2)

@pytest.mark.parametrize("text, published", [
    # 2015-08-03 · alwatan · 833
    ("وحذرت الإدارة العامة للدفاع المدني بمحافظة الطائف المواطنين والمقيمين وكذلك المتنزهين القادمين إلى "
     "المحافظة من التنزه في الأودية ومجاري السيول والمستنقعات التي خلفتها الأمطار.", "2015-08-03"),
    # 2015-08-03 · alweeam · 877
    ("وحذر الدفاع المدني بمنطقة جازان المواطنين والمقيمين من النزول إلى مجاري الأودية، وحثهم على الحيطة "
     "والحذر في مثل هذه التقلبات الجوية.", "2015-08-03"),
    # 2015-08-03 · okaz · 1148
    ("من جهة أخرى، حذرت وزارة العمل المواطنين وعملاء الوزارة من التعامل مع مكاتب الاستقدام غير المرخصة لها "
     "وغير المسجلة في موقع «مساند»، الخاص باستقدام العمالة المنزلية.", "2015-08-03"),
])
def test_a_warning_to_citizens_is_a_notice_not_a_threat(text, published):
    assert [e for e in events(text, published) if e[0] == "THREATEN"] == []


@pytest.mark.parametrize("text, published, target", [
    # 2015-07-27 · alriyadh · 674
    ("أوضح الدكتور محمد العامري وزير الدولة اليمني عضو مجلس الوزراء بأن الهدنة الإنسانية التي بدأت يوم أمس "
     "سيشرف عليها مراقبون دوليون لملاحظة أي خروقات أو تجاوزات من أي طرف كان، محذرا الحوثيين بأن قوات "
     "التحالف سترد على أي محاولات عدائية بالقوة ولن تتهاون في ذلك أبدا.", "2015-07-27", "الحوثيين"),
])
def test_a_warning_to_a_party_stays_a_threat(text, published, target):
    got = [e for e in events(text, published) if e[0] == "THREATEN"]
    assert got and all(e[3] != "historical" for e in got)
    doc = DEFAULT(Document(text, meta={"published": published}))
    assert target in [e.get("target_text") for e in doc.layer("events") if e.label == "THREATEN"]


# ---------------------------------------------------------------- praise with no one praised (kind 2)

@pytest.mark.parametrize("text, published", [
    # 2015-08-03 · okaz · 1190: a martyr's role praised
    ("وثمن اللواء البلوي الدور البطولي الذي قدمه الشهيد في الحفاظ على أمن هذه البلاد من أيدي الحاقدين، "
     "معربا عن حزنهم لوفاة العريف المجيشي.", "2015-08-03"),
    # 2015-07-27 · almadina · 512: thanks to one's own staff
    ("ووجه قائد حرس الحدود بمنطقة عسير اللواء سفر بن أحمد الغامدي شكره وتقديره للعاملين على جهودهم في "
     "الميدان ويقظتهم وأشار الى أن دوريات حرس الحدود تقف سداً منيعاً لمن يحاول المساس بأمن هذا البلد.", "2015-07-27"),
    # 2015-08-03 · sabq · 1277: trainers thanked
    ("وقد شكر العقيد \"الثمالي\" المدربين على جهودهم التي يبذلونها، وحثّ المتدربين على الاستفادة من البرامج "
     "التدريبية.", "2015-08-03"),
])
def test_praise_or_thanks_with_no_one_named_praised_is_a_courtesy(text, published):
    assert [e for e in events(text, published) if e[0] == "SUPPORT"] == []


@pytest.mark.parametrize("text, published, trigger", [
    # 2015-07-27 · aleqtisadiya · 266
    ("وأشاد الرئيس الكيني أوهورو كينياتا بأوباما واصفا زيارته بأنها ناجحة وفقا لـ \"رويترز\".", "2015-07-27", "أشاد"),
    # 2015-07-27 · alweeam · 1000
    ("ثمن مسؤولون يمنيون لحكومة خادم الحرمين الشريفين – حفظه الله -, ما تقدمه من خدمات إنسانية جليلة لليمن "
     "وشعبها، ودعمها منذ البداية للشرعية اليمنية والجهد الكبير الذي بذل في سبيل إعادتها للحكومة المنتخبة، "
     "مشيدين في الوقت ذاته بالجهود الكبيرة والمميزة لمركز الملك سلمان للإغاثة والأعمال الإنسانية.", "2015-07-27", "ثمن"),
])
def test_praise_of_a_named_party_stays_support(text, published, trigger):
    assert [e for e in events(text, published) if e[0] == "SUPPORT" and e[1] == trigger]


def test_the_words_after_a_warning_are_its_subject_not_a_public_addressee():
    # 2015-07-26 · aawsat · 153: «بعدما حذره مواطن ليبي», the citizen is the one who warned
    from rasd.events.notices import Notices
    from rasd.resources import Resources
    notices = Notices.load(Resources())
    assert not notices.object_public("THREATEN", 1, ["حذره", "مواطن", "ليبي", "لم", "يذكر"])
    assert notices.object_public("REQUEST", 1, ["دعا", "المواطنين", "الى", "الالتزام"])


# ---------------------------------------------------------------- a rescue from an accident (kind 5)

@pytest.mark.parametrize("text, published", [
    # 2015-07-27 · aleqtisadiya · 218 (a headline)
    ("إنقاذ 6 عمال عالقين منذ أسبوع في قاع منجم بالصين", "2015-07-27"),
    # 2015-08-03 · sabq · 1281
    ("وقد تقرر نقل الجندي المصاب عن طريق طيران الإخلاء الطبي، صباح اليوم الاثنين، بعدما أصيب في حادث أثناء "
     "إنقاذه بعض الأطفال من الألعاب النارية في الطائف.", "2015-08-03"),
])
def test_a_rescue_from_an_accident_is_no_aid(text, published):
    assert [e for e in events(text, published) if e[0] == "AID"] == []


def test_a_rescue_from_an_armed_group_stays_aid():
    # 2015-08-03 · alyaum · 1050
    text = ("أنقذ الجيش النيجيري 178 شخصا مختطفا من أيدي جماعة \"بوكو حرام\" الإسلامية المتشددة ، حسبما ذكرت "
            "صحيفة \"بريميوم تايمز\" المحلية.")
    assert [e for e in events(text, "2015-08-03") if e[0] == "AID" and e[2] == "الجيش النيجيري"]


# ---------------------------------------------------------------- a pledge of a veto (kind 4)

def _trigger_types(text):
    from events_support import LEX
    from rasd.events.triggers import detect
    from rasd.text.tokens import tokenize
    return [(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)]


def test_a_pledge_of_a_veto_is_a_threat_not_an_agreement():
    # 2015-07-21 · aljazirah · 973
    text = ("الرئيس «أوباما» تعهد الأسبوع الماضي باستخدام حق النقض (الفيتو) إذا ما رفض الكونغرس الاتفاقية؛ "
            "وهي إشارة واضحة ألا تراجع أمام إمضاء الاتفاقية النووية.")
    assert ("THREATEN", "تعهد") in _trigger_types(text)


def test_a_pledge_not_to_extradite_to_a_death_sentence_stays_a_pledge():
    # 2015-07-21 · alweeam · 1806
    text = ("وأوضح مكتب الادعاء العام في برلين في بيان أن الإفراج عن منصور جاء بعد عدم تمكن مصر من تبديد المخاوف "
            "المتعلقة بعملية التسليم خاصة بعد تعهد ألمانيا أنها لن تسلم أي شخص لأي دولة قد يواجه فيها حكما بالإعدام.")
    assert ("THREATEN", "تعهد") not in _trigger_types(text)
