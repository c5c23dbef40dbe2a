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

from conftest import event_rows
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


_events = event_rows


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


def test_a_plural_verb_has_no_subject_after_it(pipeline):
    # aawsat 2015-08-07 (the statement of the Council of Senior Scholars): the Kharijites killed
    # Uthman and now kill security men; neither is the doer
    events = _events(pipeline, "فقد قتلوا عثمان رضي الله عنه وهو يقرأ القرآن وقتلوا عليا رضي الله عنه وهو يصلي والآن "
                               "يقتلون رجال الأمن الساهرين على أمن البلاد وحدوده وثغوره وهم يصلون.", "2015-08-07")
    assert not [e for e in events if "عثمان" in (e[2] or "") or "رجال الأمن" in (e[2] or "")], events


def test_a_plural_verb_makes_the_colonel_after_it_the_one_abducted(pipeline):
    # aawsat 2015-07-31: masked men abducted the colonel
    events = _events(pipeline, "ونقل «مكتب أخبار سوريا» عن الناشط الإعلامي المعارض أبو سالم الحلبي، أن «مجموعة من "
                               "الملثمين اختطفوا العقيد نديم الحس قائد الفرقة على أطراف مدينة أعزاز مع 16 مقاتلاً من "
                               "عناصر الفرقة».", "2015-07-31")
    assert not [e for e in events if "نديم" in (e[2] or "")], events


def test_a_singular_verb_whose_lemma_ends_in_waw_nun_keeps_its_subject(pipeline):
    # 3alyoum 2015-08-07: «يتعاون» is تعاون, no plural suffix: FIFA cooperates with the authorities
    events = _events(pipeline, "وقالت متحدثة باسم الفيفا الذي يتخذ من زوريخ مقرا له ان الفيفا يتعاون مع السلطات ولن "
                               "يعلق على التحقيقات الجارية.", "2015-08-07")
    assert any(e[1] == "يتعاون" and "الفيفا" in (e[2] or "") for e in events), events


def test_a_feminine_verb_makes_the_activist_after_it_the_one_abducted(pipeline):
    # aawsat 2015-08-02: the Houthi militias abducted an activist
    events = _events(pipeline, "وقالت مصادر خاصة لـ«الشرق الأوسط» إن الميليشيات الحوثية اختطفت الناشط في الثورة "
                               "الشبابية بمدرية القناوص محمد مشخري وأودعته سجن إدارة الأمن بالمديرية دون معرفة "
                               "الأسباب، كما اختطفت رئيس فرع حزب الإصلاح بمديرية الحجيلة التابعة لمحافظة الحديدة حسن "
                               "صغير عصيبة، أمس، واقتادته لجهة مجهولة، بالإضافة إلى اختطافهم الناشط في الحراك التهامي "
                               "نجيب عبد الله أحمد بس من منزله بحارة الحوك في الحديدة، وناصر السيد إسماعيل مطهر من أمام "
                               "منزله بالقرب من مستشفى الثورة في الحديدة.", "2015-08-02")
    assert not [e for e in events if (e[2] or "").startswith("الناشط")], events
    # and the abduction is there, the militias its doer (since round 22's adjective rule)
    assert any(e[1] == "اختطفت" and "الميليشيات" in (e[2] or "") and "الناشط" in (e[3] or "") for e in events), events


def test_a_feminine_verb_keeps_a_woman_minister_as_its_subject(pipeline):
    # alyaum 2015-08-03: وزيرة agrees with هاجمت
    events = _events(pipeline, "كما هاجمت وزيرة الثقافة الإسرائيلية، المتطرفة -ميري ريغيف-، الشعب الفلسطيني، داعية "
                               "لدعم الاستيطان.", "2015-08-03")
    assert any(e[1] == "هاجمت" and "ريغيف" in (e[2] or "") for e in events), events


def test_a_plural_copula_is_no_doer(pipeline):
    # alwatan 2015-08-01: snipers «كانوا يستهدفون رجال المقاومة»
    events = _events(pipeline, "وأضاف المركز أن الثوار استهدفوا ثلاثة قناصة كان يتمركزون فوق سطح أحد الفنادق بجولة "
                               "الحوض، كما تم استهدف اثنين من القناصة في حي الجحملية، حيث كانوا يستهدفون رجال "
                               "المقاومة ومنازل المواطنين.", "2015-08-01")
    assert not [e for e in events if e[2] in ("كانوا", "رجال المقاومة")], events
    assert any(e[1] == "استهدفوا" and e[2] == "الثوار" for e in events), events  # the clause's own act stays


def test_the_minister_who_visited_is_the_one_who_met(pipeline):
    # aawsat 2015-07-31: Fabius visited Iran and met Rouhani and Zarif (the host was read as the visitor)
    events = _events(pipeline, "لا يبدو أن وزير الخارجية الفرنسي لوران فابيوس الذي زار إيران يوم أول من أمس "
                               "(الأربعاء)، والتقى الرئيس حسن روحاني، ونظيره محمد جواد ظريف، ومسؤولين آخرين، قد نجح في "
                               "زحزحة مواقف طهران من أزمات الشرق الأوسط.", "2015-07-31")
    met = [e for e in events if e[1] == "والتقى" or e[1] == "التقى"]
    assert met and all("الفرنسي" in (e[2] or "") or "فابيوس" in (e[2] or "") for e in met), events
    assert any("روحاني" in (e[3] or "") for e in met), events


def test_the_one_who_arrived_met_the_hosts(pipeline):
    # almadina 2015-08-08: Soleimani arrived in Moscow and met Putin
    events = _events(pipeline, "وبحسب قناة فوكس نيوز أن سليماني وصل إلى موسكو يوم 24 يوليو تموز والتقى بالرئيس الروسي "
                               "فلاديمير بوتين ووزير الدفاع الروسي سيرجي شويجو قبل أن يغادر روسيا بعد ذلك بثلاثة أيام.",
                     "2015-08-08")
    assert any(e[0] == "CONSULT" and "سليماني" in (e[2] or "") and "بوتين" in (e[3] or "") for e in events), events


def test_a_meeting_not_joined_to_the_arrival_keeps_its_roles(pipeline):
    # aljazirah 2015-07-25 (guard): «وعقب وصوله اجتمع» opens a clause of its own; the visitor is
    # told after it («الذي وصل محافظة اربيل») and stays the source
    events = _events(pipeline, "وعقب وصوله اجتمع رئيس اقليم كردستان مسعود بارزاني مع وزير الدفاع الامريكي آشتون كارتر "
                               "الذي وصل محافظة اربيل أمس الجمعة بعد زيارة لبغداد.", "2015-07-25")
    assert any(e[1] == "اجتمع" and "وزير الدفاع" in (e[2] or "") and "كردستان" in (e[3] or "") for e in events), events
