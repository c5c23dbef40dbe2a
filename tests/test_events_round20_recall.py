"""Round 20 of events recall (issue 15, branch evrec6): acts of political news the lexicon and the
morphology missed. Counted by hand on 40 political articles of 2015-07-31 and 2015-08-06
(docs/events.md, "Round 20"); every sentence below is a real SaudiNewsNet sentence of a day that is
not reserved, with its outlet and day.

- The past dual feminine (اتفقتا، هاجمتا، توصلتا): two states or two helicopters are a feminine
  dual, and ``تا`` was no subject suffix, so the verb was no trigger at all.
- «فجر أمس» is the dawn: the blocking row is the bare noun's, so a verb with a subject suffix
  (فجروا أمس، فجرت أمس) is the bombing it says.
- A joint press conference with a counterpart (مؤتمر صحافي مشترك مع) and a session or round of
  dialogue (جلسات الحوار) are meetings of two parties (CONSULT)."""

import pytest

from conftest import event_tuples, has_event
from events_support import LEX
from rasd.events.triggers import detect
from rasd.text.tokens import tokenize


def triggers(text):
    return [(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)]


@pytest.mark.parametrize("text, published, typ, trigger, source, target", [
    # aawsat 2015-07-31: the US and Turkey agreed on a safe zone
    ("أعلن مسؤولون أميركيون، بعد جدل استمر سنوات، أن الولايات المتحدة وتركيا اتفقتا على تأسيس «منطقة أمنة» "
     "داخل الأراضي السورية، تكون نواة لحشد «المعارضة المعتدلة».", "2015-07-31", "AGREE", "اتفقتا",
     "الولايات المتحدة", "تركيا"),
    # aawsat 2015-08-06: the US and Russia reached an agreement on a draft resolution
    ("قال مسؤول أميركي، اليوم (الخميس)، إنّ الولايات المتحدة وروسيا توصلتا إلى اتفاق على مسودة قرار في الامم "
     "المتحدة.", "2015-08-06", "AGREE", "توصلتا", "الولايات المتحدة", "روسيا"),
    # okaz 2015-07-21: two American helicopters attacked an Afghan army checkpoint
    ("وقال محمد رحيم أمين حاكم منطقة بركي براك حيث حصلت الغارة: إن مروحيتين أمريكيتين هاجمتا حاجزا للجيش "
     "الأفغاني.", "2015-07-21", "ASSAULT", "هاجمتا", "مروحيتين", "الجيش الأفغاني"),
])
def test_a_past_dual_feminine_verb_is_its_event(text, published, typ, trigger, source, target):
    assert has_event(event_tuples(text, published), typ, trigger, source, target)


def test_the_dual_feminine_suffix_gives_the_lemma_and_keeps_other_words():
    assert "اتفق" in LEX.keys.verb["اتفقتا"]
    assert "التقي" in LEX.keys.verb["التقتا"]  # a defective verb drops its last letter (weak_drop)
    # the imperfect dual is تتفقان: an imperfect prefix keeps تا (a past-only suffix)
    assert "اتفق" not in LEX.keys.verb["تتفقتا"]


@pytest.mark.parametrize("text", [
    # aawsat 2015-08-02: «وقتا» is "a time", no verb
    "- أعتقد أن ذلك هو الوقت المناسب، كما أعتقد أن وقتا طويلا للغاية قد انقضى من دون حل للمشكلة القبرصية.",
    # aleqtisadiya 2015-07-27: the same noun, a sports club's afternoon
    "قضى النصر والاتحاد أمس وقتا في مسبح، ما بين تدريبات وسباحة حرة، وكرة ماء.",
])
def test_a_noun_ending_in_ta_is_no_trigger(text):
    assert not [t for t in triggers(text) if t[1].endswith("تا")]


def test_a_bombing_verb_before_yesterday_is_an_assault():
    # aawsat 2015-08-06: «our fighters blew up the gas pipeline yesterday» (a PKK source)
    text = ("بدوره، أكد مصدر مسؤول في قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني، فضل عدم الكشف عن "
            "اسمه، أن «مقاتلينا فجروا أمس أنبوب نقل الغاز بين إيران وتركيا، الذي يمر بمنطقة باكو الحدودية في جنوب "
            "شرقي تركيا».")
    assert ("ASSAULT", "فجروا") in triggers(text)
    # okaz 2015-07-21: the militias blew up gas sites yesterday
    text = ("وقال «الحاج»: «الميليشيات فجرت أمس مواقع للغاز الذي اشتعل لساعات وأدى إلى خسائر كبيرة خاصة أنه "
            "يقع أمام السجن المركزي مباشرة».")
    assert ("ASSAULT", "فجرت") in triggers(text)


@pytest.mark.parametrize("text", [
    # aawsat 2015-08-02: at dawn yesterday
    "من ناحية ثانية، أسفرت غارات للطيران التركي، فجر أمس، على قرية شمال شرقي أربيل عن مقتل وإصابة نحو 25 قرويًا.",
    # alriyadh 2015-07-27: at dawn today
    "واضاف ان «قواتنا استطاعت فجر اليوم (الاحد) من اقتحام جامعة الانبار والسيطرة عليها بالكامل».",
])
def test_the_dawn_stays_no_bombing(text):
    assert not [t for t in triggers(text) if t[1] == "فجر"]


@pytest.mark.parametrize("text, published, source, target", [
    # aawsat 2015-07-31: Fabius and Zarif's joint press conference in Tehran
    ("أتى هذا التطور في سياق ما تسعى إليه باريس، حيث أعلن فابيوس، في المؤتمر الصحافي المشترك مع نظيره محمد "
     "جواد ظريف، أن بلاده «عازمة على التعاون مع إيران في كل المجالات».", "2015-07-31", "فابيوس", "نظيره"),
    # aawsat 2015-08-08: Kerry and the Vietnamese foreign minister in Hanoi
    ("وبحسب «رويترز» قال كيري خلال مؤتمر صحافي مشترك مع وزير الخارجية الفيتنامي بام بنه مينه في هانوي: «توجد "
     "مشكلات قليلة متبقية... وأنا على ثقة بأنه سيتم حلها».", "2015-08-08", "كيري", "وزير الخارجية الفيتنامي"),
])
def test_a_joint_press_conference_with_a_counterpart_is_a_consultation(text, published, source, target):
    assert has_event(event_tuples(text, published), "CONSULT", "مؤتمر", source, target)


@pytest.mark.parametrize("text", [
    # aawsat 2015-07-27: a press conference of one party, no counterpart
    "على صعيد متصل، أعلن رئيس الوزراء التركي احمد داود اوغلو في مؤتمر صحافي عقده اليوم، ان العمليات "
    "العسكرية التركية ضد تنظيم داعش ومتمردي حزب العمال الكردستاني يمكن ان تؤدي الى\"تغيير التوازن\" قي سوريا والعراق.",
    # aawsat 2015-08-06: a newspaper's interview (حوار alone) is no meeting
    "أجرت صحيفة «الشرق الأوسط» يوم أمس (الثلاثاء) حوارا مع وزير الخارجية البريطاني فيليب هاموند يعد الأول مع "
    "صحيفة عربية منذ توليه هذا المنصب.",
])
def test_a_press_conference_alone_or_an_interview_is_no_consultation(text):
    assert not [t for t in triggers(text) if t[0] == "CONSULT"]


@pytest.mark.parametrize("text, trigger", [
    # aawsat 2015-07-31: the two Turkish parties' second session of coalition talks
    ("أجرى حزبا العدالة والتنمية والشعب الجمهوري ثاني جلسات الحوار بينهما من أجل تشكيل الحكومة الائتلافية "
     "الجديدة أول من أمس.", "جلسات الحوار"),
    # aleqtisadiya 2015-08-02: a new round of the Russia–OPEC dialogue
    ("وأوضح التقرير الذي صدر بمناسبة انطلاق جولة جديدة من الحوار بين روسيا وأوبك في موسكو نهاية الأسبوع "
     "المنصرم.", "جولة جديدة من الحوار"),
])
def test_a_session_or_round_of_dialogue_is_a_consultation_trigger(text, trigger):
    assert ("CONSULT", trigger) in triggers(text)
