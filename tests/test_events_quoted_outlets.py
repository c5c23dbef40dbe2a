"""A news outlet named in quotation marks after its head word (قناة «المسيرة»، وكالة «دوغان»، صحيفة
"آس") reports acts and does none (issue 15: "no media outlet as the doer of any event";
``stage.quoted_outlet``, branch evprec7). The recognizer takes the name without its head word, so
the head-word test of ``is_doer`` missed it: on 1,100 sentences of six ordinary SaudiNewsNet days
naming an outlet so, 17 events had the outlet as doer, all of them wrong."""
from rasd.eval.events import DEFAULT, analyse, non_doer_events

from conftest import event_texts


def _sources(text, published):
    return [source for _t, _w, source, _g in event_texts(text, published)]


def test_the_agency_that_reports_an_attack_accuses_no_one():
    # 2015-07-26, aawsat: before, «دوغان» ACCUSE the rebel group of the destruction it reported
    text = ("وداهمت جماعة متمردة أخرى محطة للطاقة الحرارية مملوكة للقطاع الخاص قرب الحدود العراقية، ودمرت سيارات "
            "وخطفت 15 عاملا، حسبما أوردت وكالة «دوغان» للأنباء.")
    evs = event_texts(text, "2015-07-26")
    assert "دوغان" not in [s for _t, _w, s, _g in evs]
    assert ("ASSAULT", "خطفت", "جماعة", "عاملا") in evs


def test_a_newspaper_in_quotation_marks_agrees_to_nothing():
    # 2015-08-02, aljazirah: before, AGREE الاتفاق by «آس» (the paper that reported the transfer)
    text = ("ووفقاً لصحيفة «آس» الإسبانية، تم الاتفاق بين سرقسطة والريال على انتقال فاييخو مدافع المنتخب الإسباني "
            "للشباب تحت 19 عاماً، على أن يلعب الموسم المقبل في سرقسطة ثم ينتقل بعدها إلى سانتياجو برنابيو.")
    assert "آس" not in _sources(text, "2015-08-02")


def test_a_newspaper_between_straight_quotes_accuses_no_one():
    # 2015-07-21, sabq: before, ACCUSE المتهمين by "ذا ناشيونال"
    text = ("وذكرت صحيفة \"ذا ناشيونال\" الإماراتية، التي تصدر باللغة الإنجليزية، أن المتهمين قد قابلا في سبتمبر من "
            "العام الماضي تاجرين سعوديين، حيث عرضا عليهما صفقة شراء أغنام صومالية بقيمة 100 درهم للرأس الواحدة.")
    assert "ذا ناشيونال" not in _sources(text, "2015-07-21")


def test_the_dev_channel_that_admits_the_mines_accuses_no_one():
    # dev-own abyan-zinjibar-recaptured, the line that showed the kind: قناة «المسيرة» of the Houthis
    text = ("في غضون ذلك، اعترفت قناة «المسيرة» التابعة لجماعه الحوثي بأن مسلحيها زرعوا الألغام الأرضية قبل أن "
            "انسحابهم من المواقع التي كانوا يسيطرون عليها.")
    assert "المسيرة" not in _sources(text, "2015-07-26")


def test_a_group_named_in_quotation_marks_still_acts():
    # 2015-08-01, aawsat: «جبهة النصرة» and «فجر ليبيا» follow no outlet's head word
    assert "جبهة النصرة" in _sources("وتبنت «جبهة النصرة» أمس، خطف المجموعة، واصفة إياهم بـ«وكلاء لتمرير مشاريع "
                                     "ومصالح أميركا في المنطقة».", "2015-08-01")
    text = ("كما اعتبر تنظيم «فجر ليبيا»، الذي حارب من أجل إسقاط نظام معمر القذافي، أن هذا الاتفاق يفتح الطريق أمام "
            "عودة «النظام الشمولي»، ودعا إلى حوار في ليبيا دون وساطة أجنبية.")
    assert "فجر ليبيا" in _sources(text, "2015-08-01")


def test_the_outlet_count_sees_a_quoted_outlet(monkeypatch):
    # the measure of the "no outlet as doer" test (rasd.eval.events.non_doer_events) counts
    # such an event where the stage makes one: here the stage is made blind to quoted outlets
    from rasd.events import stage

    text = ("وداهمت جماعة متمردة أخرى محطة للطاقة الحرارية مملوكة للقطاع الخاص قرب الحدود العراقية، ودمرت سيارات "
            "وخطفت 15 عاملا، حسبما أوردت وكالة «دوغان» للأنباء.")
    monkeypatch.setattr(stage, "quoted_outlet", lambda *a: False)
    doc = analyse(text, DEFAULT, published="2015-07-26")
    monkeypatch.undo()
    assert [e.attrs.get("source_text") for e in non_doer_events(doc)] == ["دوغان"]
