"""An anonymous source reports; it does no act, even where the entity recognizer took only its
adjective (مصدر أمني مسؤول -> مسؤول) as a described actor (issue 15, dev error kind "source
wrong"): real sentences of ordinary SaudiNewsNet days through the default pipeline."""
from rasd.eval.events import DEFAULT, analyse


def _sources(text, published):
    doc = analyse(text, DEFAULT, published=published)
    return [(e.label, e.text, e.attrs.get("source_text") or "") for e in doc.layer("events")]


def test_the_adjective_of_an_anonymous_source_is_no_doer():
    # before: AGREE اتفاق by مسؤول, REQUEST المطالبات by مسؤول (the tweeters' demands)
    for published, text in (
            ("2015-07-22", "وأما موقف المملكة من هذا الاتفاق فلقد صرح مصدر مسؤول بان المملكة كانت دائماً مع أهمية وجود "
                           "اتفاق حيال برنامج إيران النووي، يضمن منع إيران من الحصول على السلاح النووي بأي شكل من "
                           "الأشكال."),
            ("2015-07-25", "بدورها حاولت “عين اليوم” التقصي عن حقائق تلك المطالبات التي طرحها المغردون من خلال الوسم "
                           "وكشف مصدر مسؤول أن تلك المطالبات قد تم الرفع بها للجهات ذات الاختصاص في وقت سابق.")):
        evs = _sources(text, published)
        assert not any("مسؤول" in s for _l, _w, s in evs), (text, evs)


def test_described_officials_who_are_no_anonymous_source_still_act():
    evs = _sources("هناك مسؤولون يمنيون طالبوا بالانضمام لمجلس التعاون، وهناك أنباء تحدثت أيضا عن البدء في العمل على "
                   "مشروع الانضمام.", "2015-07-21")
    assert any(label == "REQUEST" and "مسؤولون يمنيون" in s for label, _w, s in evs), evs
