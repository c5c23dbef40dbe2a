"""Acts that are no facts of the day (issue 15, third precision round, docs/events.md "Precision
sample G"): an act inside what a party denies, a past act placed by a word of earlier time, an act
named as what is urged or intended. Real SaudiNewsNet sentences of ordinary days (never the
fresh-reading days 2015-07-23, 07-24, 08-04, 08-09)."""

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline

DEFAULT = Pipeline()
# negated events kept, the detector off: the context is what is tested, not the detector's call
KEEP = Pipeline(config={"events": {"keep_negated": True, "detector": "off"}})


def events(text, pipe=DEFAULT, published="2015-08-02"):
    doc = pipe(Document(text, meta={"published": published}))
    return [(e.label, e.text, e.get("source_text"), e.get("context")) for e in doc.layer("events")]


# alriyadh 2015-08-02
ERDOGAN = 'ونفى اردوغان بقوة ان تكون تركيا تساعد تنظيم داعش، متهما "قوى سوداء" بنشر دعاية اعلامية خاطئة حول بلاده.'
# aawsat 2015-07-21
SIDA = "وينفي سيدا أن يكون «التقسيم» قد طرح على قيادات المعارضة في اجتماعاتها مع ممثلين للمجتمع الدولي."
# alriyadh 2015-08-07: «لا صحة لـ» twelve words before the act denied (beyond the reach of a negation)
EMBASSY = ("أكدت مساء أمس الأربعاء سفارة خادم الحرمين الشريفين لدى الأردن بأنه لا صحة لما يتم تداوله بمواقع "
           "التواصل الاجتماعي تويتر ومواقع على الانترنت عن مقتل مواطن سعودي ثلاثيني في منطقة إربد شمال الأردن "
           "يوم أمس الأول.")


def test_an_act_inside_a_denial_is_no_event_and_the_denial_stays_reject():
    got = events(ERDOGAN)
    assert ("REJECT", "نفى", "اردوغان", None) in got
    assert not [e for e in got if e[0] == "AID"]


@pytest.mark.parametrize("text, trigger", [
    (ERDOGAN, "تساعد"),
    (SIDA, "اجتماعاتها"),
    (EMBASSY, "مقتل"),
])
def test_a_denied_act_is_negated_where_negated_events_are_kept(text, trigger):
    got = [e for e in events(text, KEEP) if e[1] == trigger]
    assert got and all(e[3] == "negated" for e in got)
    assert not [e for e in events(text) if e[1] == trigger]


def test_a_verb_with_wa_after_a_denial_without_a_complement_opens_its_own_clause():
    # aawsat 2015-07-21: they deny any involvement, and accuse the Ukrainian military
    text = "لكن موسكو والمتمردين ينفون نفيا قاطعا أي تورط في تحطم الطائرة وتتهمان في المقابل العسكريين الأوكرانيين."
    got = [e for e in events(text, KEEP) if e[1] == "تتهمان"]
    assert got and all(e[3] is None for e in got)


def test_a_relative_clause_that_describes_the_denier_is_not_denied():
    # aawsat 2015-07-21: the talks are where Fabius was strict, not what he denies
    text = ("ونفى فابيوس الذي اعتبر من الصارمين خلال المحادثات النووية مع ايران ان يكون موقفه الشديد سينعكس "
            "سلبا على المؤسسات الفرنسية عندما ستحاول توقيع عقود في ايران.")
    got = [e for e in events(text, KEEP) if e[1] == "المحادثات"]
    assert got and all(e[3] != "negated" for e in got)


@pytest.mark.parametrize("text, trigger, published", [
    # aawsat 2015-08-06: "president of France at that time"
    ("وأشاد نيكولا ساركوزي رئيس فرنسا حينذاك بالعقد باعتباره دليلا على نهاية الحرب الباردة.", "أشاد", "2015-08-06"),
    # aawsat 2015-08-02, an anniversary piece: "in that crisis"
    ("السعودية في تلك الأزمة ساندت الكويت في حماية أراضيها، بل ونددت بالاقتحام العراقي.", "ساندت", "2015-08-02"),
    # alyaum 2015-08-02: "in the era of the former Iraqi president"
    ("وقّعت أنقرة وبغداد اتفاقا في عهد الرئيس العراقي السابق صدام حسين يسمح للطرفين بملاحقة المتمردين الأكراد "
     "حتى مسافة 15 كيلومترا من على جانبي الحدود.", "وقّعت", "2015-08-02"),
    # okaz 2015-07-27: "since the Persians seized"
    ("منذ أن استولى الفرس على منطقة الأهواز العربية التي تقع على الضفة الأخرى لشط العرب.", "استولى", "2015-07-27"),
    # aawsat 2015-07-21: "during his last visit"
    ("وذكرت الخارجية الإثيوبية أن التمثال لم يصل بعد رغم ثقتها في الوعد الذي قطعه وزير الخارجية الروسي سيرغي "
     "لافروف إبان زيارته الأخيرة لإثيوبيا.", "زيارته", "2015-07-21"),
])
def test_an_act_placed_at_an_earlier_time_is_historical(text, trigger, published):
    got = [e for e in events(text, KEEP, published) if e[1] == trigger]
    assert got and all(e[3] == "historical" for e in got)


def test_in_the_era_of_alone_is_no_background():
    # the present reign is also «في عهد»: only a former, late or deposed ruler places the act earlier
    # (the same alyaum 2015-08-02 sentence with the reign of the present king)
    text = ("وقّعت أنقرة وبغداد اتفاقا في عهد خادم الحرمين الشريفين الملك سلمان يسمح للطرفين بملاحقة المتمردين "
            "الأكراد حتى مسافة 15 كيلومترا من على جانبي الحدود.")
    got = [e for e in events(text, KEEP) if e[1] == "وقّعت"]
    assert got and all(e[3] is None for e in got)


@pytest.mark.parametrize("text, trigger", [
    # almadina 2015-07-21: the compliance is what is urged
    ("ولفت السفير بدر عبدالعاطي الانتباه إلى أهمية أن تتسق التصريحات الصادرة عن المسئولين بدول المنطقة مع جهود "
     "تعزيز الاستقرار في الشرق الأوسط، مطالبًا بضرورة الالتزام بنصوص ميثاق الأمم المتحدة.", "الالتزام"),
    # aawsat 2015-07-21
    ("يضيف أبو شعيب أن قادة داعش كانوا يردون بتوزيع مزيد من المطويات والكتيبات، مع التنبيه على ضرورة الالتزام "
     "بما فيها.", "الالتزام"),
])
def test_an_act_named_as_a_necessity_is_no_event(text, trigger):
    assert not [e for e in events(text, KEEP, "2015-07-21") if e[1] == trigger]


@pytest.mark.parametrize("text, trigger", [
    # aawsat 2015-07-21: the past progressive (كان + imperfect), the subject between
    ("لكن الفرق هذه المرة هو أن قوات التحالف الدولي كانت تقصف مواقع داعش بالطيران صباح مساء.", "تقصف"),
    # alriyadh 2015-07-22: the pluperfect without قد (كان + perfect)
    ("وكان تنظيم داعش هدد تركيا، بعد إغلاقها موقعه الإلكتروني باللغة التركية في مدينة الرقة السورية.", "هدد"),
])
def test_an_act_after_the_auxiliary_kana_is_historical(text, trigger):
    got = [e for e in events(text, KEEP, "2015-07-22") if e[1] == trigger]
    assert got and all(e[3] == "historical" for e in got)


def test_a_verb_in_a_relative_clause_after_a_copula_kana_stays_news():
    # alriyadh 2015-07-27: كان is a copula, the shelling of the sites is the news
    text = ("وقالت مصادر محلية إن منزل الرئيس اليمني الأسبق الذي تسيطر عليه الميليشيات الحوثية في تلك المنطقة "
            "كان ضمن المواقع التي قصفت الطائرات.")
    assert not [e for e in events(text, KEEP, "2015-07-27") if e[3] == "historical" and e[1] == "قصفت"]
    assert [e for e in events(text, KEEP, "2015-07-27") if e[1] == "قصفت"]
