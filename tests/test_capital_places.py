"""A capital in construct after a noun of a place, a building or its people (مدارس الرياض, طريق
الرياض, شوارع القاهرة, سكان الرياض) is the city, not its government (wordclasses.tsv,
place_prepositions). Real SaudiNewsNet sentences of 2015-07-26 (never the fresh-reading days)."""

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def capital(text, name):
    doc = ENTITIES(Document(text, meta={"published": "2015-07-26", "source": "alriyadh"}))
    assert doc.check_spans() == []
    return next((e.label, e.attrs.get("code")) for e in doc.entities if e.name == name)


@pytest.mark.parametrize("text, name", [
    ("وأشار إلى أن موهبة اختارت مدارس الرياض لإقامة هذا البرنامج نظراً لخبرتها المتميزة في هذا المجال.", "الرياض"),
    ("وهذا الطريق سيُخفف كثافة الحركة المرورية عن طريق الرياض/ الخرج بشكل كبير، ويبلغ طول الطريق (108) كلم.",
     "الرياض"),
    ("سواء حدث ذلك في قلب شوارع القاهرة أو في قرى نيجيريا على يد \"بوكو حرام\".", "القاهرة"),
])
def test_a_capital_after_a_noun_of_place_is_the_city(text, name):
    label, code = capital(text, name)
    assert label == "LOC" and not (code or "").endswith("GOV")


def test_a_capital_that_acts_is_still_its_government():
    label, code = capital("وقالت موسكو إنها لن تقبل بالعقوبات الجديدة.", "موسكو")
    assert code == "RUSGOV"
