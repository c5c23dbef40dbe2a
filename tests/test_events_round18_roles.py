"""Round 18 of roles (issue 15): retaking ground is ASSAULT, a place adverbial names no party.

Real sentences of ordinary SaudiNewsNet days (never 2015-07-23, 07-24, 08-04, 08-09), run through
the default pipeline as users run it. The role rules of the round (the reporter, a title's own
name, "managed to") have their rows in tests/test_event_roles.py.
"""
from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text, day):
    doc = pipeline(Document(text, meta={"published": day}))
    return doc, [(e.label, doc.text[e.start:e.end], e.get("source_text"), e.get("target_text"))
                 for e in doc.layer("events")]


def test_ground_taken_in_a_sentence_of_liberation_is_assault(pipeline):
    # alwatan 2015-08-06: the resistance retakes two positions from the rebels
    _, events = _events(pipeline, "كما سيطر مقاتلو المقاومة على موقعي سوداء غراب والأجردي، وتحريرهما من قبضة "
                                  "المتمردين.", "2015-08-06")
    at = [e for e in events if e[1] == "سيطر"]
    assert at and all(e[0] == "ASSAULT" for e in at), events
    assert any("المقاومة" in (e[2] or "") for e in at), events


def test_the_seizure_that_made_a_place_the_enemys_stays_coerce(pipeline):
    # alyaum 2015-08-06: «الذين سيطروا عليها منذ آذار» describes the Houthis who held the base: their
    # seizure, told in a relative clause, is no retaking
    _, events = _events(pipeline, "وفي عدن المحررة، أكدت وزارة الدفاع اليمنية المعترف بها دوليا ان قوات الشرعية "
                                  "الموالية للرئيس عبدربه منصور هادي استعادت قاعدة العند الجوية في جنوب البلاد من "
                                  "ايدي المتمردين الحوثيين الذين سيطروا عليها منذ آذار/مارس.", "2015-08-06")
    assert not [e for e in events if e[1] == "سيطروا" and e[0] == "ASSAULT"], events


def test_a_seizure_with_no_retaking_told_stays_coerce(pipeline):
    # aawsat 2015-07-21: no word of liberation in the sentence
    _, events = _events(pipeline, "وسيطر الموالون للحكومة على مطار عدن بعد أن شنوا هجوما ضد الحوثيين الثلاثاء.",
                        "2015-07-21")
    at = [e for e in events if e[1] == "وسيطر" or e[1] == "سيطر"]
    assert at and all(e[0] == "COERCE" for e in at), events


def test_the_outskirts_of_a_place_are_no_target(pipeline):
    # aawsat 2015-07-26: «على مشارف دار سعد» says where the shelled quarters are
    _, events = _events(pipeline, "وافاد مواطنون ان المتمردين الحوثيين قصفوا أحياء سكنية على مشارف دار سعد ما اوقع "
                                  "ضحايا بين المدنيين.", "2015-07-26")
    shelling = [e for e in events if e[1] == "قصفوا"]
    assert shelling and all(e[3] != "مشارف" for e in shelling), events
    assert any("أحياء" in (e[3] or "") for e in shelling), events


def test_nearness_and_distance_name_no_party_of_a_blast(pipeline):
    # aljazirah 2015-08-06: neither «مقربة» nor the country across the border nor Seoul, 50 km away,
    # is what the blast struck
    _, events = _events(pipeline, "وقع الانفجار قرب بلدة باجو على مقربة من الحدود مع كوريا الشمالية وعلى مسافة حوالي "
                                  "50 كيلومترا شمالي سول.", "2015-08-06")
    blast = [e for e in events if e[1] == "الانفجار"]
    assert blast, events
    assert all(e[3] not in ("مقربة", "كوريا الشمالية", "سول") for e in blast), events
