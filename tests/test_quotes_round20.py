"""Issue 16, round 20 (docs/quotes.md "Round 20 (…)"). Every sentence is from a SaudiNewsNet day
other than the reserved fresh-reading days, named in a comment.
"""
import pytest

from rasd.document import Document, Entity
from rasd.pipeline import Pipeline
from test_quotes_speakers import _QUOTES, _TEXT, said  # noqa: E402  (one way to build a test document)


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _speaker(doc, words):
    q = next(q for q in doc.layer("quotes") if words in q.text)
    return doc.entity(q.get("speaker"))


# SaudiNewsNet 2015-08-02 (article 750): the spokesman the entity stage missed, named again later
# by his family name alone
MUFARRIJ = ("أكد المتحدث الرسمي لوزارة العمل تيسير المفرج أن برنامج تأنيث محال المستلزمات النسائية ليست له "
            "علاقة بمهمات العمل. وأضاف المفرج أن على صاحب العمل والعاملة الالتزام بما ورد في عقد العمل.")
# SaudiNewsNet 2015-07-26, aawsat (article 103): a name right after the cue (round 19)
AHMADI = ("وقال سكان في العاصمة صنعاء إن طائرات التحالف الحربية نفذت غارات قرب صنعاء، وأضافوا أن قاعدة "
          "عسكرية بالقرب من المدينة كانت من بين الأهداف.\n\n وقال علي أحمدي متحدث باسم قوات المقاومة الشعبية "
          "في عدن، ان القتال مستمر بقاعدة العند.")


@pytest.mark.parametrize("text,words,name", [
    (MUFARRIJ, "برنامج تأنيث", "تيسير المفرج"),  # a title ending in the name (named.py, name_run)
    (AHMADI, "القتال مستمر", "علي أحمدي"),  # the name right after the cue (opening_run)
])
def test_a_person_the_quote_stage_adds_has_an_english_name(pipe, text, words, name):
    doc = Document(text)
    pipe(doc)
    ent = _speaker(doc, words)
    assert ent is not None and ent.name == name
    assert ent.attrs["name_en"] and ent.attrs["name_en_source"] == "transliteration"
    # every entity keeps the documented contract, the added one included
    assert all({"name_en", "name_en_source"} <= set(e.attrs) for e in doc.entities)


def test_an_entity_the_quote_stage_lengthens_is_named_in_english_by_its_new_name():
    # the entity stage's «المفرج», found only at the later «وأضاف المفرج», is made «تيسير المفرج»
    # by the title's name run
    doc = Document(MUFARRIJ, id="t")
    _TEXT(doc)
    later = MUFARRIJ.rindex("المفرج")
    ent = Entity("e1", "PER", "المفرج", [doc.span(later, later + len("المفرج"), "PER", kind="name")])
    ent.attrs.update(name_en="al-Mufarrij", name_en_source="transliteration")
    doc.set_layer("entities", [ent])
    _QUOTES(doc)
    assert ent.name == "تيسير المفرج" and said(doc, "برنامج تأنيث")[0] == "e1"
    assert len(ent.attrs["name_en"].split()) == 2 and ent.attrs["name_en_source"] == "transliteration"
