"""An injury joined by و/ف to a killing or an attack just before it is that act's toll, not a second
attack (``stage._injury_of_the_act_before``, word class ``injury_words``; branch evprec7).

PLOVER codes one event per act and its casualties as counts of it. The dev reading found the
wounded of a killing coded as attacks of their own (kurds-barracks: «مقتل جنديين وجرح 31 آخرين», the
victims' army as "attacker"); the same construction, on sentences of ordinary SaudiNewsNet days,
gave a second ASSAULT with a wrong target (نحو، آخرين) or a wrong doer in 37 of 38 cases.
"""
from __future__ import annotations

from conftest import dev_text, event_texts


def _triggers(text: str, published: str) -> list[str]:
    return [trigger for _, trigger, _, _ in event_texts(text, published)]


def test_the_wounded_after_a_killing_are_its_toll():
    # 2015-08-01, aawsat
    text = ("في موضوع آخر، قالت مصادر في محافظة حضرموت إن سبعة من الجنود اليمنيين قتلوا وجرح نحو 50 آخرين أمس "
            "في هجوم انتحاري نفذه مسلحون يعتقد بانتمائهم لتنظيم «القاعدة في جزيرة العرب».")
    assert event_texts(text, "2015-08-01") == [("ASSAULT", "قتلوا", "مسلحون", "الجنود اليمنيين")]


def test_a_wounding_verb_after_the_killers_verb_adds_no_attack():
    # 2015-08-06, aawsat (a background line on the settlers' violence)
    assert event_texts("قتل بوبر 7 عمال فلسطينيين وأصاب 11 آخرين بجراح.", "2015-08-06") == [
        ("ASSAULT", "قتل", "بوبر", "7 عمال فلسطينيين")]


def test_the_wounded_after_a_killing_noun_are_the_attacks_toll():
    # 2015-08-02, aleqtisadiya (a headline)
    text = "مقتل جنديين تركيين وجرح 24 آخرين في هجوم انتحاري على مركز للدرك نسب للمتمردين الاكراد"
    assert "جرح" not in _triggers(text, "2015-08-02")
    assert "هجوم انتحاري" in _triggers(text, "2015-08-02")


def test_the_dev_toll_is_no_attack_by_the_victims_army():
    # the dev line that prompted the rule (kurds-barracks)
    line = next(s for s in dev_text("kurds-barracks").splitlines() if "مقتل جنديين وجرح" in s)
    assert not [e for e in event_texts(line, "2015-07-27") if e[1] == "جرح"]


def test_a_wounding_that_opens_the_clause_stays_the_act():
    # 2015-07-26 (a witness quoted): the wounding comes first, joined to nothing before it, and
    # stays the event
    text = 'وقال احدهم محمد شيخ مؤمن "اصاب صاروخ شاحنة وقتل ستة مدنيين منهم طفلان. رأيت سبعة اشخاص آخرين مصابين بجروح خطرة".'
    assert "اصاب" in _triggers(text, "2015-07-26")


def test_the_wounded_of_a_second_strike_are_its_toll():
    # 2015-08-02, alriyadh: «وقتل 8 مسلحين وجرح 9 آخرين» after the second strike: the killing stays
    text = ("وقالت مصادر محلية وفي المقاومة الشعبية ل\"الرياض\" ان 3 حوثيين قتلوا على متن دبابة دمرتها إحدى غارات "
            "الطيران في جبهة الجفينة جنوب غربي المحافظة، بينما اعطبت غارة أخرى 4 أطقم عسكرية للحوثيين وقتل 8 "
            "مسلحين وجرح 9 آخرين على متنها في الجبهة ذاتها .")
    triggers = _triggers(text, "2015-08-02")
    assert "جرح" not in triggers and "قتل" in triggers
