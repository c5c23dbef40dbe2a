"""Acts told by a light verb and its noun, the two senses of هاجم, and place names spelt like verbs
(issue 15, branch evrec3). Real SaudiNewsNet sentences of ordinary days (never the fresh-reading
days); each names its outlet and day."""

import pytest

from events_support import LEX
from rasd.events.triggers import detect
from rasd.text.tokens import tokenize


def triggers(text):
    return [(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)]


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
