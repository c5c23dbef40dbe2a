"""Taking a place back is done against the party it is taken from (issue 15, round 12): the party
after «من» (or «من قبضة/سيطرة») is the target, not the place taken nor a word of the doer's
description. Real SaudiNewsNet text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def test_the_party_a_city_is_liberated_from_is_the_target():
    # aawsat 2015-07-22: «للرئيس اليمني» (the resistance's loyalty) was the target
    got = event_texts("واصلت المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور تقدمها شمالاً بعدما حررت مدينة "
                      "عدن، كبرى مدن الجنوب اليمني، من الحوثيين والمقاتلين الموالين للرئيس السابق علي عبد الله "
                      "صالح.", "2015-07-22")
    assert [e[3] for e in got if e[1] == "حررت"] == ["الحوثيين"], got


def test_the_holder_after_from_the_grip_of_is_the_target():
    # alwatan 2015-08-06: «من قبضة المتمردين»; «الأهالي» of the next clause was the target
    got = event_texts("وما إن أعلنت المقاومة الشعبية والجيش الوطني الموالي للشرعية، عن تحرير مدينة الحوطة من قبضة "
                      "المتمردين، حتى بدأ كثير من الأهالي في التوجه إليها، وتفقد منازلهم وأملاكهم، بعد أن كانوا "
                      "ممنوعين من العودة إليها من الحوثيين.", "2015-08-06")
    # the event must stay, with the group it was taken from as its target
    assert [e[3] for e in got if e[1] == "تحرير"] == ["المتمردين"], got


def test_the_holder_after_from_the_grip_of_a_named_group():
    # alriyadh 2015-08-07: the Christians of Nineveh ask for their areas to be freed from ISIS; the
    # liberation had no target
    got = event_texts("طالب المئات من مسيحيي محافظة نينوى أمس، بتحرير مناطقهم من قبضة تنظيم \"داعش\".",
                      "2015-08-07")
    assert [e[3] for e in got if e[1] == "بتحرير"] == ["داعش"], got
