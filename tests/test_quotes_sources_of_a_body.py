"""An unnamed source of a named body (entities round 21: مصادر إيرانية مطلعة IRN, مصدر عسكري في وزارة
الدفاع اليمني YEMMIL) is the linked speaker of its words and of the «المصدر/المصادر» that carry them on,
and it does none of the acts it reports (session 29). Real sentences of non-reserved days."""
from __future__ import annotations

from rasd import analyze


def _speakers(text: str, published: str):
    d = analyze(text, published=published).to_dict()
    names = {e["id"]: e["name"] for e in d["entities"]}
    return [(q["speaker_text"], names.get(q.get("speaker"))) for q in d["quotes"]], d


def test_a_source_of_a_named_country_is_the_linked_speaker_and_its_continuations_too():
    # aljazirah 2015-07-26
    text = ("أعلنت مصادر إيرانية مطلعة أمس السبت: إن وزير الخارجية الإيراني محمد جواد ظريف سيقوم يوم غد الأحد "
            "بزيارة إلى دول المنطقة تشمل الكويت وقطر والعراق. وقالت المصادر الإيرانية: إن مباحثات وزير الخارجية "
            "الإيراني مع هذه الدول تتعلق بالتطورات الإقليمية إضافة إلى شرح مواد الاتفاق النووي بين إيران "
            "والسداسية الدولية.")
    got, d = _speakers(text, "2015-07-26")
    assert got and all(entity == "مصادر إيرانية مطلعة" for _, entity in got), got
    # the source reports Zarif's visit and does not make it
    visits = [e for e in d["events"] if e["type"] == "CONSULT"]
    assert all("مصادر" not in (e.get("source_text") or "") for e in visits), visits


def test_a_military_source_of_a_ministry_is_linked_and_is_no_doer_of_the_looting_it_reports():
    # aleqtisadiya 2015-08-02
    text = ("أكد لـ\"الاقتصادية\" مصدر عسكري في وزارة الدفاع اليمني أن أحد المسؤولين الحوثيين قام بنهب نصف مليار "
            "ريال يمني من خزينة وزارة الدفاع اليمنية، فيما قام قيادي آخر بنهب 200 مليون ريال يمني من الخزينة "
            "ذاتها، وأشار المصدر إلى أن القيادات الحوثية بدأت بعد تحرير عدن في سلسلة من عمليات النهب والسرقة من "
            "مختلف الممتلكات الحكومية والوزارات والجهات الرسمية.")
    got, d = _speakers(text, "2015-08-02")
    assert got and all(entity == "مصدر عسكري" for _, entity in got), got
    assert all("مصدر" not in (e.get("source_text") or "") for e in d["events"]), d["events"]


def test_local_sources_of_no_body_stay_unlinked():
    # aawsat 2015-07-25: «مصادر محلية» names no body or nationality, so no actor
    got, _ = _speakers("من جهة ثانية، أكدت مصادر محلية لـ«الشرق الأوسط» أن «مواجهات اندلعت بين مسلحي المقاومة "
                       "الشعبية والمسلحين الحوثيين وأنصار صالح، في مأرب الواقعة وسط البلاد».", "2015-07-25")
    assert got and all(entity is None for _, entity in got), got
