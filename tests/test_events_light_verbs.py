"""Acts told by a light verb and its noun, the two senses of هاجم, and place names spelt like verbs
(issue 15, branch evrec3). Real SaudiNewsNet sentences of ordinary days (never the fresh-reading
days); each names its outlet and day."""

import pytest

from conftest import event_tuples, has_event
from events_support import LEX
from rasd.events.triggers import detect
from rasd.text.tokens import tokenize


def triggers(text):
    return [(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)]


@pytest.mark.parametrize("text, published, source, target", [
    # aawsat 2015-07-21: officials "attacked" a prime minister for his stance
    ("وقد هاجم المسؤولون الإيرانيون رئيس الوزراء الإسرائيلي بنيامين نتنياهو لمعارضته الشديدة للاتفاق النووي، "
     "الذي أشاد به كثيرون في إيران.", "2015-07-21", "المسؤولون الإيرانيون", "نتنياهو"),
    # aawsat 2015-07-27: a minister "attacked" another minister's words
    ("هاجم الوزير يوفال شتاينتس المسؤول في الحكومة الإسرائيلية عن الملف الإيراني، أقوال وزير الخارجية "
     "الأميركي جون كيري، التي انتقد فيها إسرائيل وحذرها من وضع نفسها في عزلة شديدة.", "2015-07-27",
     "شتاينتس", ""),
])
def test_hajama_with_an_official_or_a_government_as_object_is_a_verbal_attack(text, published, source, target):
    evs = event_tuples(text, published)
    assert has_event(evs, "ACCUSE", "هاجم", source, target)
    assert not any(t == "ASSAULT" and "هاجم" in trig for t, trig, _s, _g in evs)


@pytest.mark.parametrize("text, trigger", [
    # aawsat 2015-07-31: the armed subject after the verb names a party
    ("عندما هاجمت عناصر حزب الاتحاد الديمقراطي (أكراد سوريا) مقاتلي «داعش»، وسيطرت على القرية الحدودية تل أبيض.",
     "هاجمت"),
    # alriyadh 2015-08-01
    ("وهاجم مقاتلو حزب العمال الكردستاني مفوضية مدينة بوزانتي، فعمد عناصر الشرطة إلى الرد عليهم.", "وهاجم"),
    # alweeam 2015-08-01
    ("هاجم مسلحين تابعين لحزب كوملة الكردستاني الإيراني ليلة السبت، ثكنة عسكرية لجنود الحرس الثوري الإيراني "
     "قرب مدينة مريوان غربي إيران.", "هاجم"),
])
def test_hajama_by_armed_men_of_a_party_stays_a_physical_attack(text, trigger):
    found = triggers(text)
    assert ("ASSAULT", trigger.removeprefix("و")) in found or ("ASSAULT", trigger) in found
    assert not [t for t in found if t[0] == "ACCUSE"]


def test_hajama_by_a_force_stays_a_physical_attack_even_on_a_party():
    # aawsat 2015-07-22: the security forces beat the party's supporters with sticks
    text = "وحدثت فوضى خلال الاحتجاج وأطلقت قوات الأمن الغاز المسيل للدموع وهاجمت أنصار الحزب المعارض بالعصي."
    assert ("ASSAULT", "هاجمت") in triggers(text)
    assert ("ACCUSE", "هاجمت") not in triggers(text)


def test_hajama_with_no_political_object_stays_a_physical_attack():
    # aawsat 2015-07-21: fighters attacked two military vehicles
    text = ("وقالت مصادر صحافية في محافظة إب: «إن مقاتلي المقاومة الشعبية هاجموا عربتين عسكريتين تحملان مسلحي "
            "الحوثي وجنود من القوات الموالية لصالح».")
    assert ("ASSAULT", "هاجموا") in triggers(text)


@pytest.mark.parametrize("text", [
    # aawsat 2015-07-21: a campaign chief named Chad, not "praised"
    "ومن بين المرشحين الآخرين السيناتور تيد كروز وهو من الأعضاء المؤسسين للمجموعة، علاوة على أن رئيس حملته، "
    "تشاد سويت، من أعضائها السابقين.",
    # aawsat 2015-07-21: donors, Chad joined by و (not "and she praises")
    "تؤمنها جهات مانحة عدة هي فرنسا وبلجيكا وهولندا والولايات المتحدة والاتحاد الأفريقي والاتحاد الأوروبي وتشاد.",
    # aawsat 2015-07-21: the dictator before leaving Chad
    "ويقول المحامي الأميركي ريد برودي بأن الديكتاتور السابق حرص على «إفراغ الخزائن» قبل مغادرته تشاد وتمكن من "
    "بناء «شبكة حماية» له في السنغال.",
])
def test_a_country_name_spelt_like_a_verb_is_no_trigger(text):
    assert not [t for t in triggers(text) if t[1].endswith("تشاد")]


def test_a_verb_that_is_no_place_name_still_triggers():
    # aawsat 2015-07-21: أشاد "praised" is read as before
    text = "الذي أشاد به كثيرون في إيران بوصفه نقطة تحول."
    assert ("SUPPORT", "أشاد") in triggers(text)


def test_a_meeting_held_with_several_parties_is_one_event_for_each():
    # aawsat 2015-08-02: عقد بحاح اجتماعًا مع …
    evs = event_tuples("وعقد بحاح اجتماعًا مع السلطات المحلية وقادة الجيش والمقاومة.", "2015-08-02")
    for target in ("السلطات المحلية", "الجيش", "المقاومة"):
        assert has_event(evs, "CONSULT", "اجتماع", "بحاح", target)


def test_a_meeting_held_told_in_the_indefinite_accusative_is_an_act():
    # alweeam 2015-07-21: عقد اجتماعا … مع نظيره التركي
    text = ("وقال مسؤولون إسرائيليون إن جولد – وهو مستشار قديم لنتنياهو – عقد اجتماعا لم يعلن عنه مع نظيره "
            "التركي فريدون سينيرلي اوغلو في روما الشهر الماضي لاستطلاع سبل تحسين العلاقات.")
    assert ("CONSULT", "اجتماعا") in triggers(text)


def test_contacts_made_are_an_act_whatever_preposition_names_the_other_side():
    # aawsat 2015-07-21: أجرى اتصالات هاتفية مع …; and contacts made with ب
    assert ("CONSULT", "اتصالات") in triggers(
        "أن داود أوغلو أجرى اتصالات هاتفية مع رؤساء مكاتب الحزب بمناسبة عيد الفطر.")
    # aawsat 2015-08-02: أجرى اتصالا ب…: the call is Kerry's, Shoukry the one called
    evs = event_tuples("وسيترأس كيري الجانب الأميركي في جلسات الحوار الاستراتيجي، بينما يترأس الجانب المصري نظيره "
                       "سامح شكري.\nوقبيل مغادرته واشنطن، أجرى كيري اتصالا بشكري مساء الخميس الماضي، لمراجعة آخر "
                       "اللمسات التحضيرية لجلسات الحوار.", "2015-08-02")
    assert has_event(evs, "CONSULT", "اتصالا", "كيري", "شكري")
    # aawsat 2015-07-21: contacts as a traffic, with no light verb and no counterpart, are none
    assert ("CONSULT", "الاتصالات") not in triggers(
        "وهي تعمل على رصد حركة الاتصالات ضمن بقعة جغرافية محددة لكنها واسعة نسبيًا.")



@pytest.mark.parametrize("text", [
    # aawsat 2015-07-21: contacts as the purpose of a trip (لإجراء): no act yet (branch evprec4 drops
    # verbal nouns governed by prepositions of purpose; the light-verb row must not bring them back)
    "وفي الأسبوع الماضي، أيضا، جاءت إلى واشنطن سمانثا باور، سفيرة الولايات المتحدة لدى الأمم المتحدة، لإجراء "
    "اتصالات مع البيت الأبيض والخارجية، وسط أخبار بأن الرئيس أوباما يستعجل مجلس الأمن للموافقة على الاتفاق.",
    # sabq 2015-07-21: residents making their phone calls
    "وقال عددٌ من الأهالي إن أكثر من 50 ألف نسمة يعانون ضعف تغطية الشبكة بالمركز؛ ما يجبر الأهالي على اللجوء "
    "إلى المناطق العالية لإجراء اتصالاتهم المهمة.",
    # aawsat 2015-07-21: a meeting as the aim of a trip (بهدف عقد اجتماع)
    "وتوجّه المبعوث الخاص، قبل بكين، إلى القاهرة بهدف عقد اجتماع مع الأمين العام لجامعة الدول العربية نبيل العربي.",
])
def test_contacts_or_a_meeting_as_a_purpose_are_no_consultation(text):
    assert not [e for e in event_tuples(text, "2015-07-21") if e[0] == "CONSULT"]
