"""السعودية is the country and the feminine adjective "Saudi": right after a definite noun it is
the adjective (الأسهم السعودية, الطائرة الإغاثية السعودية), which names no place, and it then
completes the description of an actor (القوات الجوية السعودية -> SAUMIL); after a preposition or a
verb it is the country. Real SaudiNewsNet sentences of 2015-08-01 (never the fresh-reading days)."""

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def entities(text):
    doc = ENTITIES(Document(text, meta={"published": "2015-08-01", "source": "aleqtisadiya"}))
    assert doc.check_spans() == []
    return doc.entities


def names(text):
    return {m.text for e in entities(text) for m in e.mentions if m.get("kind") == "name"}


@pytest.mark.parametrize("text", [
    "سجلت الأسهم السعودية أسبوعا خاسرا بعد أن أغلقت دون مستوى 9100 نقطة بتراجع نسبته 2.3 في المائة.",
    "وصلت الطائرة الإغاثية السعودية الرابعة إلى مطار عدن الدولي، أمس، محملة بـ 10 أطنان من المستلزمات الطبية "
    "لمرضى الفشل الكلوي.",
])
def test_saudi_after_a_definite_noun_is_an_adjective(text):
    assert "السعودية" not in names(text)


def test_the_adjective_completes_an_actors_description():
    text = ("وأمر ولي ولي العهد بتأمين طائرات شحن تابعة لقيادة القوات الجوية السعودية لتسيير جسر جوي لنقل "
            "المساعدات الإغاثية والإنسانية.")
    codes = {m.text: e.attrs.get("code") for e in entities(text) for m in e.mentions}
    assert codes.get("القوات الجوية السعودية") == "SAUMIL", codes


def test_saudi_after_a_preposition_is_the_country():
    assert "السعودية" in names("وشملت هذه الدراسة 687 رجلا في السعودية والإمارات العربية، وقدمت في اجتماع جمعية "
                               "القلب الآسيوي الباسيفيكي في أبو ظبي.")
