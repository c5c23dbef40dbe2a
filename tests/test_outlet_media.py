"""The outlet's own name is the outlet (rasd.entities.home, outlets.tsv's third column): «الجزيرة»
in an Al-Jazirah article is the Saudi paper, not the Qatari channel; «الوطن» in a Saudi article
is the Saudi paper Al-Watan unless its sentence names another country. Real SaudiNewsNet
sentences (July 2015, never the fresh-reading days)."""

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def codes(text, source=None):
    meta = {"published": "2015-07-24"}
    if source:
        meta["source"] = source
    doc = ENTITIES(Document(text, meta=meta))
    assert doc.check_spans() == []
    return {m.text: e.attrs.get("code") for e in doc.entities for m in e.mentions if m.get("kind") == "name"}


JAZIRAH = "من جانبها علمت «الجزيرة» أن عرض نادي الاتحاد هو الأقوى والأفضل من عروض الأندية الأخرى."
SPOKE_TO = ("وأوضح لـ«الجزيرة» المهندس سميحان الشمري، رئيس بلدية المحافظة، أنه تم تركيب الشاشة الإلكترونية لنقل "
            "المناسبات والفعاليات المقامة في محافظة طبرجل وبرامج التوعية ورسائل البلدية.")


def test_the_outlets_own_name_is_the_outlet():
    assert codes(JAZIRAH, "aljazirah")["الجزيرة"] == "SAUMED"
    assert codes(SPOKE_TO, "aljazirah")["الجزيرة"] == "SAUMED"
    # in another outlet's article, or with no outlet known, the quoted name is the channel
    assert codes(SPOKE_TO, "okaz")["الجزيرة"] == "QATMED"
    assert codes(SPOKE_TO)["الجزيرة"] == "QATMED"


def test_a_home_papers_name_without_a_country_is_that_paper():
    text = ("وقال رئيس مجلس محافظة الأنبار صباح كرحوت لـ\"الوطن\" إن مجلس المحافظة طالب رئيس الوزراء حيدر العبادي "
            "بوقف القصف على مدينة الفلوجة.")
    assert codes(text, "alwatan")["الوطن"] == "SAUMED"
    assert codes("وأكدت مصادر لـ\"الوطن\" أنه لم يتم تحديد نوعية الإصابة.", "okaz")["الوطن"] == "SAUMED"
    assert codes("وأكدت مصادر لـ\"الوطن\" أنه لم يتم تحديد نوعية الإصابة.")["الوطن"] == "MED"
