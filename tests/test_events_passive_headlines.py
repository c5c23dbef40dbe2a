"""Passive verbs, durations and adverbs are no doers or targets (issue 15, branch evrec4, the sixth
fresh reading's «passive headlines»: a patient taken as the doer of passive verbs, a duration and a
preposition with its pronoun as targets). Real SaudiNewsNet text of ordinary days (never 2015-07-23,
07-24, 08-04, 08-09)."""
from conftest import event_texts
from events_support import LEX

from rasd.events.arguments import is_adverbial


def test_durations_and_vocalised_manner_adverbs_are_adverbial():
    # sabq 2015-08-07: «يقضي بعقوبة المتحرش جنسياً بالسجن عاماً»; alriyadh 2015-07-22: «بالسجن شهرين»
    assert is_adverbial("عاماً", LEX.words) and is_adverbial("شهرين", LEX.words)
    assert is_adverbial("جنسياً", LEX.words)


def test_nouns_that_end_like_adverbs_are_not_adverbial():
    # aawsat 2015-08-06: «اعتقلت قوات الأمن يهوديًا متطرفًا ثانيًا» — a vocalised nisba is a noun here
    assert not is_adverbial("يهوديًا", LEX.words) and not is_adverbial("سوريا", LEX.words)
    assert not is_adverbial("العام", LEX.words) and not is_adverbial("شخصاً", LEX.words)
    got = event_texts("في حين اعتقلت قوات الأمن يهوديًا متطرفًا ثانيًا.", "2015-08-06")
    assert [e for e in got if e[0] == "COERCE" and e[3].startswith("يهوديًا")], got


def test_a_preposition_with_its_pronoun_is_no_target():
    # 3alyoum 2015-07-31: «ألقي القبض عليه» — the arrest's target was the fragment «عليه أثناء
    # ممارسته التفحيط»; the pronoun's antecedent is in the sentence before, so no target
    got = event_texts("وذكر بيان لمرور منطقة عسير أنه من خلال متابعة دوريات المرور للمفحط فقد ألقي القبض عليه "
                      "أثناء ممارسته التفحيط في برحة المطل بتندحه.", "2015-07-31")
    assert [e for e in got if e[0] == "COERCE"], got
    assert all(not e[3].startswith("عليه") for e in got), got


def test_an_act_noun_with_an_adjective_stays_the_doer_phrase():
    # 3alyoum 2015-07-25: the airstrikes hit PKK targets — «الضربات الجوية» is an act noun with
    # its adjective, not "act noun + the one acted on", so it stays the doer phrase
    got = event_texts("وذكر المكتب أن الضربات الجوية أصابت أهدافا لحزب العمال الكردستاني في عدد من المواقع.",
                      "2015-07-25")
    assert all(e[2] != "أهدافا" for e in got), got
    assert [e for e in got if e[0] == "ASSAULT" and e[2] == "الضربات الجوية"], got


def test_during_it_between_a_verb_and_its_object_is_skipped():
    # openeventdata build split (AAW_ARB_20080507.0090-13): «احتلوا خلالها مبنى الإدارة» — the building is
    # the object; «خلالها» (during it) is no target and no longer ends the object phrase search
    got = event_texts("إذ نظموا مظاهرات تستمر عدة أيام احتلوا خلالها مبنى الإدارة.", "2008-05-07")
    assert [e for e in got if e[1] == "احتلوا" and e[3] == "مبنى الإدارة"], got
