"""A continent after compass words is a region of its own (جنوب شرق آسيا, شرق إفريقيا, غرب
أفريقيا: one LOC mention), not the continent; a fused و/ب stays outside, and a country named so
(جنوب أفريقيا) stays the country. Real SaudiNewsNet sentences of 2015-07-26 and 2015-08-01 (never
the fresh-reading days)."""

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def names(text):
    doc = ENTITIES(Document(text, meta={"published": "2015-07-26", "source": "aleqtisadiya"}))
    assert doc.check_spans() == []
    return {m.text: (e.label, e.attrs.get("code")) for e in doc.entities for m in e.mentions
            if m.get("kind") == "name"}


@pytest.mark.parametrize("text, region, continent", [
    ("وكل سنة يغادر آلاف الشبان النيباليين بلدهم بحثا عن وظائف في الهند وجنوب شرق آسيا ودول الخليج، وأصبحت "
     "الأموال التي يقومون بتحويلها إلى عائلاتهم أكثر أهمية منذ الزلزال.", "جنوب شرق آسيا", "آسيا"),
    ("وتتوقع كينيا وهي أكبر اقتصاد في شرق إفريقيا نموا اقتصاديا بنسبة 6.5 في المائة.", "شرق إفريقيا", "إفريقيا"),
    ("وأضافت: «إذا أثبت اللقاح فعاليته، ستتغير قواعد اللعبة في التعامل مع الوباء الحالي في غرب أفريقيا بالإضافة "
     "إلى تفش للمرض في المستقبل».", "غرب أفريقيا", "أفريقيا"),
])
def test_a_continent_after_compass_words_is_a_region(text, region, continent):
    got = names(text)
    assert got.get(region, ("",))[0] == "LOC", got
    assert continent not in got


def test_south_africa_stays_the_country():
    assert names("وقال إن جنوب أفريقيا ستشارك في القمة.").get("جنوب أفريقيا") == ("LOC", "ZAF")
