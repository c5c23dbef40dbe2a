"""A nationality adjective right after a nominal act names the state that did it (issue 15, roles:
"نصيحة أميركية، غارات روسية، ضربات جوية سعودية"). CAMEO and PETRARCH code such a phrase as the
country's government or armed forces; before `roles.nationality_adjective_names_the_doer` the act
had no doer (and was dropped) or took a wrong one (the informant of نصيحة أميركية).

Sentences are real, through the default pipeline: SaudiNewsNet articles of 2015-07-21, 07-27 and
08-02 (outlet and day beside each; never the days kept for fresh readings). Each positive case
failed before the change; the negative ones pin its limits (agreement, conflicts named by place).
"""
from __future__ import annotations

import pytest

from conftest import event_tuples, has_event

from rasd.document import Document
from rasd.pipeline import Pipeline

DOERS = [
    # aawsat, 2015-07-27: Turkish shelling, a manner adjective (الجوي) between act and country
    ("2015-07-27", "لكن القصف الجوي التركي لمواقع ميليشيا حزب العمال الكردستاني يهدد بانعكاسات داخلية.",
     "ASSAULT", "القصف", "التركي", "حزب العمال"),
    # aawsat, 2015-08-02: Iraq's accusations against Kuwait (a 1990 chronology)
    ("2015-08-02", "* 29 يوليو 1990: دعت السعودية العراق والكويت إلى عقد مباحثات في جدة، للتوصل إلى حل "
     "بشأن الاتهامات العراقية للكويت.", "ACCUSE", "الاتهامات", "العراقية", "الكويت"),
    # aawsat, 2015-07-21: American military aid to Israel
    ("2015-07-21", "وتبلغ قيمة المساعدات العسكرية الأميركية المقدمة إلى إسرائيل 3 مليارات دولار أميركي سنويا، "
     "بالإضافة إلى دعم مشاريع أخرى بما في ذلك منظومة القبة الحديدية المضادة للصواريخ.",
     "AID", "المساعدات", "الأميركية", "إسرائيل"),
    # aawsat, 2015-07-27: indefinite act, indefinite feminine adjective
    ("2015-07-27", "وصلت مساعدات سعودية واماراتية جديدة، اليوم (الاثنين)، إلى مدينة عدن جنوب اليمن، تزامناً "
     "مع زيارة وفد من الأمم المتحدة للمدينة.", "AID", "مساعدات", "سعودية", ""),
]


@pytest.mark.parametrize("day, text, typ, trigger, source, target", DOERS)
def test_a_nationality_adjective_after_a_nominal_act_names_its_doer(day, text, typ, trigger, source, target):
    events = event_tuples(text, day)
    assert has_event(events, typ, trigger, source, target), events


def test_the_state_is_coded_by_the_acts_class():
    # the same two sentences: shelling is the army's (TURMIL), aid the government's (USAGOV)
    pipe = Pipeline()
    shelling = pipe(Document(DOERS[0][1], meta={"published": "2015-07-27"}))
    aid = pipe(Document(DOERS[2][1], meta={"published": "2015-07-21"}))
    assert [e.get("source_code") for e in shelling.layer("events") if e.text == "القصف"] == ["TURMIL"]
    assert [e.get("source_code") for e in aid.layer("events") if e.text == "المساعدات"] == ["USAGOV"]


def test_an_informants_report_of_advice_names_the_adviser_not_the_informant():
    # aawsat, 2015-07-21 (also a dev article): the security source reports "American advice"
    text = ("علمت «الشرق الأوسط» من مصدر أمني مسؤول أن «توقف المعارك جاء إثر نصيحة أميركية مفادها أن تنظيم "
            "داعش انسحب كثيرا من أجل التمركز بين السكان في المدن».")
    events = event_tuples(text, "2015-07-21")
    assert has_event(events, "REQUEST", "نصيحة", "أميركية", ""), events
    assert not has_event(events, "REQUEST", "نصيحة", "مسؤول", ""), events


NOT_DOERS = [
    # aawsat, 2015-07-21: the adjective agrees with مراكز (the centres), not with الاعتقال
    ("2015-07-21", "وتعيش هي وابنتها دينا ذات الخمسة أعوام، وابنها يوسان البالغ من العمر ثلاث سنوات، على "
     "بساط في ساحة أحد مراكز الاعتقال الليبية.", "الليبية"),
    # aleqtisadiya, 2015-08-02: البريطاني is the office's, not the investigations'
    ("2015-08-02", "بدأ مكتب التحقيقات البريطاني المختص في جرائم النصب والاحتيال، تحقيقات واسعة النطاق بشأن "
     "أنشطة التنقيب عن النفط والغاز التي تقوم بها شركة سوما البريطانية في مناطق النزاع في الصومال.", "البريطاني"),
    # aawsat, 2015-07-27: a conflict named by its place (الحرب السورية), and an earlier nominal doer
    # that a joined verb does not share (والغزو العراقي …، وتصدت: the Gulf states confronted)
    ("2015-07-27", "دول الخليج، بالتعاون مع الولايات المتحدة، تجاوزت كل المحن الخطيرة منذ الخمسينات، فهي واجهت "
     "المد الناصري في الستينات، والبعثي العراقي في السبعينات، والتحرش الشيوعي اليمني الجنوبي في نفس العقد، "
     "والإيراني منذ الثمانينات، والغزو العراقي في التسعينات، وتصدت للتهديدات الإيرانية في مطلع القرن الجديد.",
     "تصدت"),

    # aawsat, 2015-08-02: a war recalled by its name as background (place_bound_acts: الغزو), an
    # anniversary, not an act the article reports
    ("2015-08-02", "ومن خلال أعين وأفكار وذاكرة هؤلاء الأشخاص سنعيش الأحداث في الذكرى الخامسة والعشرين للغزو "
     "العراقي.", "العراقي"),
]

@pytest.mark.parametrize("day, text, word", NOT_DOERS)
def test_an_adjective_of_another_noun_names_no_doer(day, text, word):
    events = event_tuples(text, day)
    if word == "تصدت":
        assert not any(trig == word and "العراقي" in src for _, trig, src, _ in events), events
    else:
        assert not any(word in src for _, _, src, _ in events), events
