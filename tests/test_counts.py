"""Counts of people and things for PLOVER's killed / injured / size (rasd.events.counts)."""
import pytest

from conftest import dev_text
from rasd.document import Document
from rasd.events.counts import QuantityFinder, find_quantities, plover_counts
from rasd.resources import Resources


def q(text):
    """[(surface, kind, value, unit, approx)] of the quantities in ``text``."""
    return [(x.text, x.kind, x.value, x.unit, x.approx) for x in find_quantities(text)]


@pytest.mark.parametrize("text,expected", [
    ("قتل ثمانية أشخاص في الهجوم", [("ثمانية أشخاص", "killed", 8, "شخص", False)]),
    ("أسفر الهجوم عن إصابة شخص واحد", [("شخص واحد", "injured", 1, "شخص", False)]),
    ("أعلن الجيش مقتل 12 جنديا", [("12 جنديا", "killed", 12, "جندي", False)]),
    ("قتل ١٥ شخصا في الانفجار", [("١٥ شخصا", "killed", 15, "شخص", False)]),
    ("قتل خمسة وعشرون شخصا في القصف", [("خمسة وعشرون شخصا", "killed", 25, "شخص", False)]),
    ("قتل أحد عشر جنديا", [("أحد عشر جنديا", "killed", 11, "جندي", False)]),
    ("اعتقلت الشرطة 20 شخصا", [("20 شخصا", "arrested", 20, "شخص", False)]),
    ("سقط 5 قتلى و10 جرحى", [("5 قتلى", "killed", 5, "قتيل", False), ("10 جرحى", "injured", 10, "جريح", False)]),
    ("قتل 3 أشخاص وإصابة 7", [("3 أشخاص", "killed", 3, "شخص", False), ("7", "injured", 7, None, False)]),
])
def test_numbers_with_their_noun_and_cue(text, expected):
    assert q(text) == expected


def test_approximate_counts():
    assert q("جرح العشرات في الاشتباكات") == [("العشرات", "injured", 10, None, True)]
    assert q("خرج آلاف المتظاهرين إلى الشوارع") == [("آلاف المتظاهرين", "size", 1000, "متظاهر", True)]
    assert q("شارك عشرات الآلاف من المحتجين") == [("عشرات الآلاف من المحتجين", "size", 10000, "محتج", True)]
    assert q("قتل ما لا يقل عن 49 شخصا") == [("ما لا يقل عن 49 شخصا", "killed", 49, "شخص", True)]


def test_scale_words_multiply():
    assert q("وصل ٣ آلاف لاجئ") == [("٣ آلاف لاجئ", "size", 3000, "لاجئ", False)]
    assert q("بلغوا 400 ألف نازح") == [("400 ألف نازح", "size", 400000, "نازح", False)]
    assert q("شارك 1,500 متظاهر") == [("1,500 متظاهر", "size", 1500, "متظاهر", False)]


def test_materiel_gives_size_with_its_unit():
    text = dev_text("istanbul-talks")
    sizes = [(x.value, x.unit) for x in find_quantities(text) if x.kind == "size"]
    assert (524, "طائرة") in sizes and (45, "طائرة") in sizes


def test_duals_count_two_but_sound_plurals_do_not():
    assert q("مما أدى إلى مقتل شخصين") == [("شخصين", "killed", 2, "شخص", False)]
    assert q("سقط قتيلين في الاشتباك") == [("قتيلين", "killed", 2, "قتيل", False)]
    assert q("واستهدف الانفجار مصلين كانوا يتوجهون الى المسجد") == []
    assert q("ويتعاون مقاتلين من عدة دول") == []


def test_kurds_barracks_tolls():
    text = dev_text("kurds-barracks")
    got = [(x.text, x.kind, x.value) for x in find_quantities(text)]
    assert ("أكثر من خمسين قتيلا", "killed", 50) in got
    assert ("جنديين", "killed", 2) in got
    assert ("31 آخرين", "injured", 31) in got
    assert ("عشرة مدنيين", "killed", 10) in got  # the cue verb قتلوا comes after the noun
    assert ("15 آخرون", "injured", 15) in got
    assert ("هجومان", "count", 2) in got
    assert not any(v == 4 for _, _, v in got)  # إصابات أربعة منهم: a part of the 31


def test_barzani_tolls_and_what_is_not_a_count():
    text = dev_text("barzani-isis")
    got = {(x.text, x.kind, x.value) for x in find_quantities(text)}
    assert ("1280 شخصا", "killed", 1280) in got
    assert ("280", "killed", 280) in got  # توفي 280
    assert ("400 ألف نازح", "size", 400000) in got
    assert not any(v in (2014,) for _, _, v in got)  # عام 2014 is a date


def test_durations_money_and_percentages_are_not_quantities():
    assert q("هدنة 72 ساعة خلال الاحتفالات التي تحدد 80 عامًا") == []
    assert q("800 مليار دولار موازنات العراق النفطية") == []
    assert q("ارتفعت الأسعار 5 في المائة") == []
    assert q("وخصص أحد أقسامه لمن لقوا حتفهم") == []


def test_materiel_and_events_keep_their_own_kind_next_to_casualty_cues():
    assert q("ان 13 شخصا قتلوا في هجومين انتحاريين") == [
        ("13 شخصا", "killed", 13, "شخص", False), ("هجومين", "count", 2, "هجوم", False)]


def test_plover_counts_and_restriction_to_a_stretch():
    text = "قتل ثمانية أشخاص وأصيب 20 آخرون. وفي حادث آخر قتل 3 جنود."
    assert plover_counts(find_quantities(text)) == {"killed": 8, "injured": 20}
    first = text.index(".") + 1
    assert [x.value for x in find_quantities(text, start=first)] == [3]


def test_stage_layer_and_boilerplate():
    text = "قتل ثمانية أشخاص في الهجوم\nشارك آلاف المتظاهرين"
    doc = Document(text)
    doc.set_layer("boilerplate", [doc.span(text.index("\n") + 1, len(text), "related-headline")])
    QuantityFinder.shared(Resources.default()).add_layer(doc)
    layer = doc.layer("quantities")
    assert [(s.text, s.label, s.get("value"), s.get("cue")) for s in layer] == [("ثمانية أشخاص", "killed", 8, "قتل")]
    assert not doc.check_spans()
    assert doc.to_dict()["quantities"][0]["kind"] == "killed"


def test_no_arabic_or_empty_input():
    assert find_quantities("") == []
    assert find_quantities("12 people were killed") == []
    assert find_quantities(None) == []


def test_counts_joined_by_and_share_the_cue_and_add_up():
    text = "حادثًا إرهابيًا، ذهب ضحيتها 6 جنود و4 شرطيين، إضافة إلى إصابة 8 جنود و24 شرطيًا"
    qs = find_quantities(text)
    assert [(x.text, x.kind, x.joined) for x in qs] == [
        ("6 جنود", "killed", False), ("4 شرطيين", "killed", True),
        ("8 جنود", "injured", False), ("24 شرطيًا", "injured", True)]
    assert plover_counts(qs) == {"killed": 10, "injured": 32}


@pytest.mark.parametrize("text,expected", [
    ("سبق- الدمام: لقي ٧ أشخاص مصرعهم، وأصيب 29 آخرون", [("٧ أشخاص", "killed", 7), ("29 آخرون", "injured", 29)]),
    ("لقي شخصان مصرعهما وأصيب 4 آخرون في حادث مروري", [("شخصان", "killed", 2), ("4 آخرون", "injured", 4)]),
    ("يحتجزون ما لا يقل عن 1500 معتقل من محافظات عدن", [("ما لا يقل عن 1500 معتقل", "size", 1500)]),
    ("تستهدفها المشاريع ويقطنها 1.742.000 نسمة.", [("1.742.000 نسمة", "size", 1742000)]),
    ("أكد أن عدد الإصابات بلغ 46 إصابة وصفت بين الخطيرة والمتوسطة", [("46 إصابة", "injured", 46)]),
    ("وقبل انطلاق مونديال البرازيل 2014 الشخص الاكثر معارضة", []),
    ("منهم (9) حالات وفاة و(39) حالة يتلقون العلاج", []),
    ("فتوفي في 30 مايو 1988، أو بعد 22 سنة", []),
])
def test_saudinewsnet_sentences(text, expected):
    assert [(x.text, x.kind, x.value) for x in find_quantities(text)] == expected


def test_quantities_read_like_layer_spans():
    x = find_quantities("أعلن الجيش مقتل 12 جنديا")[0]
    assert (x.label, x.get("value"), x.get("unit"), x.get("nope", 0)) == ("killed", 12, "جندي", 0)


# --- the finder's data --------------------------------------------------------------------------

def test_one_of_is_a_word_class_of_the_finder():
    # أحد without a noun (لم يصب أحد) is a pronoun, not a count of one
    text = "قتل أحد في الحادث"
    assert find_quantities(text) == []
    classes = Resources.default().text("dates", "wordclasses.tsv").replace("one_of\tأحد\t", "# ")
    res = Resources.default().with_data({"dates/wordclasses.tsv": classes})
    assert [(x.text, x.kind, x.value) for x in QuantityFinder.shared(res).find(text)] == [("أحد", "killed", 1)]
    assert find_quantities(text) == []  # the shipped data, unchanged


def test_starts_number_reads_the_number_words():
    finder = QuantityFinder.shared(Resources.default())
    assert finder.starts_number("ثلاثة") and finder.starts_number("وعشرات") and finder.starts_number("١٢")
    assert not finder.starts_number("الجنود")


def test_a_corrupt_counts_file_is_an_error_naming_it():
    from rasd.errors import ModelError

    with pytest.raises(ModelError, match=r"dates/counts.json is corrupt \(no section 'nouns', 'cues_before'"):
        QuantityFinder.shared(Resources.default().with_data({"dates/counts.json": "{}"}))
    with pytest.raises(ModelError, match=r"dates/numbers.json is corrupt"):
        QuantityFinder.shared(Resources.default().with_data({"dates/numbers.json": "[1,"}))
