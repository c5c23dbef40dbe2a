"""The pluperfect (كان X قد فعل Y): the subject stands between كان and قد, so the noun right after
the verb is its object, never its doer (issue 15, dev error kind "source wrong"): real sentences of
ordinary SaudiNewsNet days through the default pipeline, as ``rasd analyze`` runs it."""
from rasd.eval.events import DEFAULT, analyse


def _events(text, published, typ):
    doc = analyse(text, DEFAULT, published=published)
    return [(e.text, e.attrs.get("source_text") or "", e.attrs.get("target_text") or "")
            for e in doc.layer("events") if e.label == typ]


def test_the_noun_after_a_pluperfect_verb_is_its_object():
    # before: the one criticised, asked or arrested was made the doer
    for published, typ, text, doer, done_to in (
            ("2015-07-22", "ACCUSE", "وكان إردوغان قد انتقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو، لأنه «تجرأ» وحضر "
                                     "مسيرة تضامنية في باريس، بعد أعمال القتل التي وقعت في مجلة «شارلي إبدو».",
             "إردوغان", "الإسرائيلي"),
            ("2015-07-21", "REQUEST", "وكان خان قد طالب المحكمة العليا بتشكيل لجنة مستقلة من الخبراء للنظر في دعاوى "
                                      "صحيفة نيويورك تايمز حول شركة اكساكت.", "خان", "المحكمة"),
            ("2015-08-02", "REQUEST", "وكان مسؤول في اقليم كردستان العراقي قد طالب تركيا بوقف غاراتها الجوية على متمردي "
                                      "حزب العمال الكردستاني المتمركزين في أراضيه داعيا خلال زيارته واشنطن الى حل سلمي "
                                      "للنزاع.", "مسؤول", "تركيا"),
            ("2015-07-21", "COERCE", "وكانت السلطات في منطقة منغوليا الداخلية بشمال الصين قد اعتقلت هؤلاء السائحين "
                                     "وأغلبهم من كبار السن في مطلع الأسبوع الماضي.", "السلطات", "السائحين")):
        evs = _events(text, published, typ)
        assert any(doer in s and done_to in t for _w, s, t in evs), (text, evs)
        assert not any(done_to in s for _w, s, _t in evs), (text, evs)
