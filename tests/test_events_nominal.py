"""Actors without proper names (rasd.entities.nominal): descriptions of actors become nominal
entities with CAMEO codes (country + sector), on real sentences of SaudiNewsNet (July-August 2015,
never the fresh-reading days) and of the dev articles."""

import pytest

from rasd.document import Document
from rasd.entities.nominal import NominalActors
from rasd.pipeline import Pipeline
from rasd.resources import Resources
from rasd.text.lemma import lemma_word

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def described(text, published="2015-07-26"):
    """{mention text: (entity name, code, country)} of the nominal mentions of ``text``."""
    doc = ENTITIES(Document(text, meta={"published": published}))
    assert doc.check_spans() == []
    return {m.text: (e.name, e.attrs.get("code"), e.attrs.get("country"))
            for e in doc.entities for m in e.mentions if m.get("kind") == "nominal"}


def test_unnamed_gunmen_are_an_unidentified_armed_group():
    text = ("في محافظة المحويت وفي حادثة غير مسبوقة، نفذ مسلحون مجهولون هجوما مسلح على نقطة تابعة "
            "لميليشيات الحوثي بمديرية الخبت المحاذية لمديرية القناوص.")
    got = described(text)
    assert got["مسلحون مجهولون"][1] == "UAF"
    assert "مسلح" not in got  # هجوما مسلح: an adjective of the attack, no actor
    # a group word before a name is the named organisation, one mention: its name (round 24)
    doc = ENTITIES(Document(text, meta={"published": "2015-07-26"}))
    houthi = [e for e in doc.entities if e.name == "جماعة الحوثي"]
    assert [m.text for e in houthi for m in e.mentions] == ["الحوثي"]


def test_nationality_adjective_gives_the_country_of_a_delegation_and_security_forces():
    got = described("من جهتها، قالت جماعة حركة أحرار الشام السورية إنها كانت تجري محادثات مع وفد إيراني تتعلق "
                    "بمدينة الزبداني لكن المفاوضات توقفت.")
    assert got["وفد إيراني"][1:] == ("IRNGOV", "IRN")
    got = described("أحبطت قوات الأمن المصرية بشمال سيناء محاولة تسلل 17 شخصًا إلى الأراضي الفلسطينية المحتلة.")
    assert got["قوات الأمن المصرية"][1:] == ("EGYCOP", "EGY")  # the genitive الأمن makes the forces police


def test_plural_and_dual_nationality_adjectives():
    got = described("وكان المسؤولان التونسيان قد التقيا المنسق الأوروبي لشؤون محاربة الإرهاب.")
    assert got["المسؤولان التونسيان"][1] == "TUNGOV"
    got = described("وقال مسؤولون يابانيون إن الحكومة ستطلب توضيحا من واشنطن.")
    assert got["مسؤولون يابانيون"][1] == "JPNGOV"


def test_counted_people_are_actors_only_when_counted():
    got = described("ويأتي بعد ستة أيام من تفجير انتحاري قتل ثلاثة رجال شرطة عند نقطة تفتيش على مشارف المدينة.")
    assert got["ثلاثة رجال شرطة"][1] == "COP"
    assert "ثلاثة رجال" not in got
    # men uncounted are no actor; men of religion are the clergy
    assert not any("رجال" in k for k in described("نساء رجال من إلى فترة التقديم للمتقدمين والمتقدمات مستمرة."))
    assert described("وقال إن رجال الدين في البلاد لهم رأي آخر.")["رجال الدين"][1] == "REL"


def test_nationality_adjective_on_an_act_is_a_mention_of_the_country():
    got = described("وأدت الغارات التركية على مواقع للتنظيم في سوريا، إلى مقتل تسعة متطرفين مسلحين.")
    assert got["التركية"][1:] == ("TUR", "TUR")
    assert got["تسعة متطرفين مسلحين"][1] == "RAD"


def test_a_people_named_by_its_nationality_noun_is_the_country():
    got = described("وأفرج عن الإستونيين والأتراك بعد مفاوضات طويلة.")
    assert got["الأتراك"][:2] == ("تركيا", "TUR")


def test_possessive_takes_the_owner_country_but_allies_are_not_the_owner():
    got = described("قال الجيش الأمريكي إن الولايات المتحدة وحلفاءها قصفوا أهدافا تابعة لتنظيم الدولة "
                    "الإسلامية في العراق، وأكدت السعودية أن قواتها ستواصل عملياتها.")
    assert got["حلفاءها"][1:] == (None, None)
    assert got["قواتها"][1:] == ("SAUMIL", "SAU")


def test_possessive_of_an_organisation_is_the_organisation():
    text = "وقال تنظيم داعش إن قواته سيطرت على المدينة."
    doc = ENTITIES(Document(text, meta={"published": "2015-07-26"}))
    isis = [e for e in doc.entities if any(m.text == "قواته" for m in e.mentions)]
    assert isis and any(m.get("kind", "name") == "name" for m in isis[0].mentions)


def test_later_mention_without_country_joins_the_described_entity():
    doc = ENTITIES(Document("واعتقلت الشرطة المصرية خمسة مسلحين. وقالت الشرطة إن التحقيق جار.",
                            meta={"published": "2015-07-26"}))
    police = [e for e in doc.entities if e.attrs.get("code") == "EGYCOP"]
    assert len(police) == 1 and [m.text for m in police[0].mentions] == ["الشرطة المصرية", "الشرطة"]
    doc = ENTITIES(Document("وتجمع متظاهرون أمام السفارة. وردد المتظاهرين هتافات.", meta={"published": "2015-07-26"}))
    protesters = [e for e in doc.entities if e.attrs.get("code") == "OPP"]
    assert len(protesters) == 1 and len(protesters[0].mentions) == 2


def test_clitics_stay_outside_the_mention():
    got = described("وأطلق مسلحون النار على المتظاهرين وللمتظاهرين الحق في التجمع، وحلفاؤها.")
    assert "المتظاهرين" in got and "للمتظاهرين" in got  # لل keeps the article's ل
    assert not any(k.startswith("و") for k in got)


def test_region_adjective_codes_a_bloc():
    got = described("جاء ذلك بعد ساعات من طلب الزعماء الأوروبيين يوم السبت في كييف أن يوافق الرئيس الروسي.")
    assert got["الزعماء الأوروبيين"][1] == "EURGOV"


def test_entities_stay_numbered_in_reading_order():
    doc = ENTITIES(Document("هاجم مسلحون مجهولون مركزا للشرطة في بغداد أمس.", meta={"published": "2015-07-26"}))
    starts = [min(m.start for m in e.mentions) for e in doc.entities]
    assert starts == sorted(starts) and [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(starts) + 1)]


def test_vocabulary_codes_follow_the_petrarch_agent_dictionary():
    """Every sector code the file says it took from UniversalPetrarch is the dictionary's own."""
    res = Resources.default()
    agents = {r[0]: r[1] for r in res.table("gazetteers", "petrarch_agents.tsv", 2)}
    for cls, forms, code, note in (r[:4] for r in res.table("gazetteers", "nominal_actors.tsv", 4)):
        if not note.startswith("petrarch") or cls not in ("group", "body", "qualified", "person"):
            continue
        key = note.split()[1] if len(note.split()) > 1 and note.split()[1] in agents else None
        keys = [key] if key else [lemma_word(f) for f in forms.split("|")]
        assert any(agents.get(k) == code for k in keys), (forms, code, [agents.get(k) for k in keys])


def test_missing_vocabulary_file_is_a_model_error(tmp_path):
    from events_support import resources_without
    from rasd.errors import ModelError

    with pytest.raises(ModelError, match="nominal_actors.tsv"):
        NominalActors.from_resources(resources_without(tmp_path, "gazetteers/nominal_actors.tsv"))


def test_a_definite_group_noun_refers_back_to_the_organisation_named_with_it():
    text = ("وأفاد المرصد السوري لحقوق الإنسان بأن مخلوف قتل جراء استهدافه من قبل تنظيم داعش في ريف محافظة "
            "حمص. كما تمكن التنظيم في اليوم ذاته من قتل 4 ضباط آخرين.")
    doc = ENTITIES(Document(text, meta={"published": "2015-07-21"}))
    isis = [e for e in doc.entities if any(m.text == "داعش" for m in e.mentions)]
    assert isis and "التنظيم" in [m.text for m in isis[0].mentions]
    # with no organisation named with the word, it refers to nobody
    assert "التنظيم" not in described("كما تمكن التنظيم في اليوم ذاته من قتل 4 ضباط آخرين.")


@pytest.mark.parametrize("text", [
    "كثر الحديث عن تنظيم «داعش» المتطرف وعن سبل محاربته.",
    "وتشن بريطانيا ضربات ضد متشددي تنظيم \"داعش\" المتطرف في العراق، ولكن حتى الآن اقتصرت مشاركتها في سوريا "
    "على تنظيم رحلات استطلاع جوية لجمع معلومات.",
], ids=["guillemets", "straight-quotes"])
def test_an_adjective_after_a_quoted_name_is_no_actor(text):
    # تنظيم "داعش" المتطرف: "the extremist" describes the name before it, past its closing quote
    got = described(text)
    assert not any(m.startswith("المتطرف") for m in got), got


def test_a_description_is_named_in_english_by_its_words():
    # not transliterated like a name ("Maslahun Majhulun"): nationality, modifiers, complement, head
    doc = ENTITIES(Document("وفي حادثة غير مسبوقة، نفذ مسلحون مجهولون هجوما على نقطة أمنية، فيما وصل وفد إيراني "
                            "إلى بغداد وخرج متظاهرون في البصرة.", meta={"published": "2015-07-26"}))
    english = {e.name: e.attrs.get("name_en") for e in doc.entities}
    assert english["مسلحون مجهولون"] == "unidentified gunmen"
    assert english["وفد إيراني"] == "Iranian delegation"
    assert english["متظاهرون"] == "protesters"


def test_every_head_complement_and_modifier_has_its_english():
    # nominal_english.tsv covers the words of nominal_actors.tsv, so no description falls back
    from rasd.entities.nominal import load_nominal_data

    data = load_nominal_data(Resources.default())
    heads = {h.canonical for hs in data.heads.values() for h in hs}
    assert heads <= set(data.english["head"]), heads - set(data.english["head"])
    assert set(data.complements) <= set(data.english["complement"]), set(data.complements) - set(data.english["complement"])
    assert set(data.modifiers) <= set(data.english["modifier"]), set(data.modifiers) - set(data.english["modifier"])
