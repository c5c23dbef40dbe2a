"""Round 19 of roles (issue 15): a call's counterpart, verb agreement against the victim as doer,
the meeting of one who arrived.

Real sentences of ordinary SaudiNewsNet days (never 2015-07-23, 07-24, 08-04, 08-09), run through
the default pipeline as users run it. The new rules (``the_counterpart_follows_with``,
``the_visitor_meets_after_arriving``) have their rows in tests/test_event_roles.py; the agreement
checks (``carries_a_plural_subject``, ``feminine_past_before_a_man``) guard the rules that read a
subject after a verb and the argument ranker.
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
    return [(e.label, doc.text[e.start:e.end], e.get("source_text"), e.get("target_text"))
            for e in doc.layer("events")]


def test_a_call_made_by_the_doer_has_the_one_after_maa_as_counterpart(pipeline):
    # alriyadh 2015-07-25: «أجراه الرئيس الإيراني» stands between the call and its counterpart
    events = _events(pipeline, "جاء ذلك خلال اتصال هاتفي أجراه الرئيس الإيراني مع نظيره الفرنسي عشية زيارة يقوم بها "
                               "وزير الخارجية الفرنسي إلى طهران.", "2015-07-25")
    call = [e for e in events if e[1].startswith("اتصال")]
    assert call and call[0][0] == "CONSULT", events
    assert "الإيراني" in call[0][2] and "نظيره الفرنسي" in call[0][3], events


def test_the_name_after_a_counterpart_noun_is_the_one_called(pipeline):
    # alwatan 2015-08-08: the Egyptian minister's call with his Norwegian counterpart
    events = _events(pipeline, "وقال وزير الخارجية سامح شكري، في اتصال هاتفي مع نظيره النرويجى بورج بريند، إنه يجب أن "
                               "توفر الدول والمنظمات الدولية المانحة المساعدات.", "2015-08-08")
    call = [e for e in events if e[1].startswith("اتصال")]
    assert call and "بريند" in (call[0][3] or ""), events


def test_a_call_received_from_someone_is_the_callers(pipeline):
    # aawsat 2015-07-31: «تلقاه من» after the call: the Turkish president called the king
    events = _events(pipeline, "وقال خادم الحرمين الشريفين، خلال اتصال هاتفي تلقاه من الرئيس التركي رجب طيب إردوغان، "
                               "إن العمليات الإرهابية التي تعرضت لها أنقرة تؤكد خطر الإرهاب.", "2015-07-31")
    call = [e for e in events if e[1].startswith("اتصال")]
    assert call, events
    assert "إردوغان" in call[0][2] and "خادم الحرمين" in call[0][3], events


def test_a_call_with_a_newspaper_stays_no_consultation(pipeline):
    # alwatan 2015-08-07: an interview by telephone
    events = _events(pipeline, "وعلق المتحدث الأمني اللواء منصور التركي في اتصال هاتفي مع \"الوطن\" على ذلك بالقول: "
                               "\"قد يكون هناك أكثر من شخص\".", "2015-08-07")
    assert not [e for e in events if e[0] == "CONSULT"], events
