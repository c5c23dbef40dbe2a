"""Events precision round 23 (issue 15, branch evprec11): the leftovers of round 21, on real
SaudiNewsNet sentences of 2015-08-01 and 2015-08-02 (never a reserved day). Each change's test
fails on main 9af1b7a; each guard passes on both."""

import pytest

from rasd.text.tokens import tokenize
from rasd.events.triggers import detect

from events_support import LEX


def trigger_types(text):
    return {(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)}


# ---------------------------------------------------------------- توعد is not ت + وعد

def test_the_bare_verb_tawaad_is_a_threat_not_a_promise():
    # 2015-08-01 · alriyadh: the new commander of the force against Boko Haram vows to crush it
    text = ("قتل 16 شخصاً في نيجيريا في هجومين منفصلين في شمال شرق البلاد أحدهما نفذته انتحارية والآخر "
            "شنه مقاتلو بوكو حرام على سكان إحدى القرى، فيما توعد قائد القوة الدولية الجديدة لقتال الجماعة "
            "أمس بالقضاء على التمرد \"قريبا\".")
    found = trigger_types(text)
    assert ("THREATEN", "توعد") in found
    assert ("AGREE", "توعد") not in found


@pytest.mark.parametrize("text, typ, word", [
    # 2015-08-02 · the British prime minister's promise stays a promise (the shorter form is the word)
    ("ووعد كاميرون \"بتعزيز السياج وبمزيد من الموارد ومزيد من الفرق المزودة بالكلاب\" لمساعدة الشرطة "
     "الفرنسية في عملياتها لضبط اللاجئين.", "AGREE", "وعد"),
    # 2015-08-02 · a conjugated توعدت was a threat before and stays one
    ("فيما توعدت وزارة التعليم المدارس الخاصة التي ترفع الرسوم دون موافقتها، طالب عدد من إدارات "
     "التعليم المواطنين بإبلاغها عن أي مخالفات تقوم بها المدارس الخاصة بهذا الخصوص.", "THREATEN", "توعدت"),
])
def test_promises_and_conjugated_threats_keep_their_type(text, typ, word):
    assert (typ, word) in trigger_types(text)
