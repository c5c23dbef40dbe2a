"""A call on whoever meets a condition or wishes to apply is an announcement, not a demand made of
a party (issue 15, precision sample G "domestic notices", docs/events.md "Misread words, eligibility
notices"): the object named by ممن (of those who), الراغبين (those wishing to) or من يرغب. Real
SaudiNewsNet sentences of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline

PIPE = Pipeline()


def requests(text, published):
    doc = PIPE(Document(text, meta={"published": published}))
    return [(e.text, e.get("target_text")) for e in doc.layer("events") if e.label == "REQUEST"]


@pytest.mark.parametrize("text, published", [
    # almadina 2015-07-22 (sample G row 73; the same notice in alwatan, row 88, and on 2015-07-21)
    ("ودعت المديرية العامة للجوازات الإخوة اليمنيين ممن تنطبق عليهم شروط الحصول على هوية زائر، إلى سرعة "
     "مراجعة مراكز التصحيح واستيفاء متطلبات التصحيح.", "2015-07-22"),
    # 3alyoum 2015-07-26
    ("ودعت المدينة الراغبين بالانضمام لكادر أعضاء هيئة البحث العلمي بالمدينة ممن تنطبق عليهم الشروط, التقديم "
     "على الوظائف المذكورة عبر الموقع الإلكتروني للمدينة.", "2015-07-26"),
    # alweeam 2015-07-21
    ("ودعت الوزارة من يرغب في التقدم على تلك الوظائف ممن يحملون المؤهلات المطلوبة الدخول على نظام التوظيف "
     "الإلكتروني عبر البوابة الإلكترونية لوزارة الصحة.", "2015-07-21"),
    # aleqtisadiya 2015-08-03
    ("ودعت الشركة المساهمين فيها الراغبين في ترشيح أنفسهم إلى تقديم طلبات الترشيح لإدارة الشركة.", "2015-08-03"),
])
def test_a_call_on_the_eligible_is_a_notice(text, published):
    assert requests(text, published) == []


def test_a_call_on_a_party_stays_a_request():
    # the residents of a town are no public of a notice (notices.tsv), and nothing restricts them
    assert requests("ودعا بحاح أهالي المدينة إلى العودة إليها.", "2015-08-02") == [("دعا", "أهالي")]


def test_a_condition_inside_what_is_asked_does_not_silence_the_call():
    # ممن past the preposition of what is asked belongs to the thing asked (notices.object_public)
    from rasd.events.notices import Notices
    from rasd.resources import Resources
    from rasd.text.normalize import normalize
    notices = Notices.load(Resources())
    norm = [normalize(w) for w in "دعت الحكومة الفصائل إلى العفو عمن تنطبق عليهم الشروط".split()]
    assert not notices.object_public("REQUEST", 1, norm)
    norm = [normalize(w) for w in "دعت المديرية العامة للجوازات الإخوة اليمنيين ممن تنطبق عليهم".split()]
    assert notices.object_public("REQUEST", 1, norm)
