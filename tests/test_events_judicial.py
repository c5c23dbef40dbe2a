"""Judicial acts as ACCUSE, round 11 (issue 15): a noun of charging whose pronoun is the one
charged. Real sentences of ordinary SaudiNewsNet days through the default pipeline, as ``rasd
analyze`` runs it."""
from rasd.eval.events import DEFAULT, analyse


def _accusations(text, published):
    doc = analyse(text, DEFAULT, published=published)
    return [(e.text, e.attrs.get("source_text") or "", e.attrs.get("target_text") or "")
            for e in doc.layer("events") if e.label == "ACCUSE"]


def test_the_one_charged_in_a_charge_noun_with_bi_is_never_its_doer():
    # «عقب اتهامهم بالفساد»: they were charged; before the rule the sentence's earlier subject
    # (فيفا، جوزيه ماريا مارين) was made the accuser (aleqtisadiya and alyaum 2015-07-21)
    for published, text in (
            ("2015-07-21", "وغاب ديل نيرو عن الجمعية العمومية لـ \"فيفا\" في أيار (مايو) الماضي في زيوريخ بعدما رحل عن "
                           "سويسرا بعد فترة قصيرة من القبض على سلفه جوزيه ماريا مارين ضمن سبعة شخصيات بارزة في فندق "
                           "بسويسرا عقب اتهامهم بالفساد."),
            ("2015-07-21", "وغاب ديل نيرو عن الجمعية العمومية للفيفا في مايو أيار الماضي في زيوريخ بعدما رحل عن سويسرا "
                           "بعد فترة قصيرة من القبض على سلفه جوزيه ماريا مارين ضمن سبع شخصيات بارزة في فندق بسويسرا "
                           "عقب اتهامهم بالفساد.")):
        evs = _accusations(text, published)
        assert not any(w == "اتهامهم" and ("مارين" in s or "فيفا" in s) for w, s, _t in evs), evs


def test_charge_noun_with_li_keeps_its_owner_as_the_accuser():
    # «في اتهامه للمشروع الصفوي بالوقوف خلف تنظيم داعش»: with لـ after the noun the pronoun's owner
    # accuses, and the rule leaves him the doer (alwatan 2015-08-08)
    evs = _accusations("واستند القرشي في اتهامه للمشروع الصفوي بالوقوف خلف تنظيم داعش بطرحه عدة تساؤلات، قال فيها "
                       "\"من يمد هذا التنظيم بالسلاح؟ لماذا لم تفجر داعش في إيران؟ لماذا لم تفجر مساجد إيرانية؟ لماذا لم "
                       "يساندوا الأحواز على سبيل المثال؟\".", "2015-08-08")
    assert any(w == "اتهامه" and "القرشي" in s for w, s, _t in evs), evs



# Round 16 (docs/events.md "Round 16"): a count after لـ following a charging verb and its charge
# noun names the ones charged; «متهما» is itself a trigger word, so no actor covered it before.
def test_a_count_after_lam_is_the_one_charged():
    # alweeam 2015-08-06 (the Kuwait mosque bombing trial)
    text = ("يذكر أن النيابة العامة قد وجهت اتهامات متفرقة لتسعة وعشرين متهما بالاشتراك في عملية التفجير، "
            "تصل عقوبة بعضها الي الإعدام")
    got = [(src, tgt) for trig, src, tgt in _accusations(text, "2015-08-06") if trig == "وجهت"]
    assert got == [("النيابة العامة", "تسعة وعشرين متهما")]


def test_a_count_of_time_after_lam_with_no_charge_noun_is_no_one_charged():
    # alyaum 2015-07-27: an ambassador recalled «for three months» (no charge noun between)
    text = ("واستدعت عمان سفيرها لثلاثة اشهر وحذرت مع الفلسطينيين وجزء من الاسرة الدولية من اي تعديل في "
            "الوضع القائم")
    assert all(tgt != "ثلاثة اشهر" for _, _, tgt in _accusations(text, "2015-07-27"))
