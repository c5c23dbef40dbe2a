"""Well-known Saudi officials and bodies of 2015-2025 (curated.tsv) and titles in apposition right
after a name, on real SaudiNewsNet sentences (July-August 2015, never the fresh-reading days)."""

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def entities(text, published="2015-07-21", **meta):
    doc = ENTITIES(Document(text, meta={"published": published, **meta}))
    assert doc.check_spans() == []
    return doc.entities


def test_a_title_right_after_a_name_with_a_space_is_that_persons():
    ents = entities("كما بعث الأمير محمد بن نايف بن عبد العزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، "
                    "ببرقية تهنئة للرئيس خوان مانويل سانتوس رئيس جمهورية كولومبيا.")
    mbn = next(e for e in ents if e.name == "محمد بن نايف")
    assert mbn.attrs["code"] == "SAUGOV" and mbn.attrs["name_en"] == "Mohammed bin Nayef"
    assert "ولي العهد" in [m.text for m in mbn.mentions]


def test_a_title_before_an_honorific_and_a_name_is_the_next_mans_not_the_previous():
    ents = entities("ونقل ولي ولي العهد تحيات خادم الحرمين الشريفين الملك سلمان بن عبد العزيز القائد الأعلى لكافة "
                    "القوات العسكرية, وولي العهد الأمير محمد بن نايف وتهنئتهما لأبناء القوات المسلحة.")
    mbn = next(e for e in ents if e.name == "محمد بن نايف")
    salman = next(e for e in ents if e.name == "سلمان بن عبد العزيز")
    assert "ولي العهد" in [m.text for m in mbn.mentions]
    assert "ولي العهد" not in [m.text for m in salman.mentions]
    # ولي ولي العهد is no title of the king
    assert not any(m.text == "ولي ولي العهد" for m in salman.mentions)


def test_civil_defense_is_a_named_body_coded_by_the_outlets_country():
    ents = entities("باشرت فرق الدفاع المدني والهلال الاحمر السعودي حادثًا مأساويًا راح ضحيته مواطن في العقد "
                    "الخامس من عمره وإصابة آخر.", source="sabq")
    cd = next(e for e in ents if e.name == "الدفاع المدني")
    assert cd.label == "ORG" and cd.attrs["code"] == "SAUGOV" and cd.attrs["name_en"] == "Civil Defense"
    assert not any(m.text == "المدني" for e in ents for m in e.mentions)


def test_a_ministry_with_two_portfolios_is_named_whole():
    for text, name, english in (
            ("أعلنت وزارة الثقافة والإعلام أمس عن برنامج جديد لدعم الأندية الأدبية.", "وزارة الثقافة والإعلام",
             "Ministry of Culture and Information"),
            ("وأكدت وزارة البترول والثروة المعدنية أن الإنتاج ارتفع خلال الشهر الماضي.",
             "وزارة البترول والثروة المعدنية", "Ministry of Petroleum and Mineral Resources")):
        ents = entities(text, source="alriyadh")
        e = next(e for e in ents if e.label == "ORG")
        assert (e.name, e.attrs["code"], e.attrs["name_en"]) == (name, "SAUGOV", english)
