"""The outlet's country for the national bodies an article names without one
(rasd.entities.home): a Saudi paper's وزارة الداخلية is the Saudi ministry unless the sentence or
the article names another country. Real SaudiNewsNet sentences (July-August 2015, never the
fresh-reading days)."""

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])


def codes(text, **meta):
    doc = ENTITIES(Document(text, meta={"published": "2015-07-22", **meta}))
    assert doc.check_spans() == []
    assert not any("sector" in e.attrs for e in doc.entities)  # the resolution hint never leaks
    return {e.name: (e.attrs.get("code"), e.attrs.get("country")) for e in doc.entities}


SECURITY = ("صرح المتحدث الأمني لوزارة الداخلية بأنه عند حلول موعد آذان مغرب اليوم الخميس، وأثناء قيام رجال "
            "الأمن بإحدى نقاط التفتيش الأمنية على طريق الحائر بمدينة الرياض بتوجيه قائد إحدى السيارات للتوقف، "
            "بادر من فيها بتفجيرها مما نتج عنه مقتله.")


def test_a_saudi_papers_ministry_without_a_country_is_saudi():
    assert codes(SECURITY, source="sabq")["وزارة الداخلية"] == ("SAUGOV", "SAU")
    got = codes("يشار إلى أن وزارة الخارجية بالتعاون مع وزارة الحج أصدرت أكثر من خمسة ملايين تأشيرة عمرة من "
                "مختلف الجنسيات خلال موسم العمرة لهذا العام.", source="alriyadh")
    assert got["وزارة الحج"] == ("SAUGOV", "SAU")


def test_the_outlet_is_also_read_from_the_url_and_a_country_in_the_metadata():
    assert codes(SECURITY, url="http://sabq.org/xyz")["وزارة الداخلية"][1] == "SAU"
    assert codes(SECURITY, country="SAU")["وزارة الداخلية"][1] == "SAU"


def test_without_a_known_outlet_no_country_is_guessed():
    code, country = codes(SECURITY)["وزارة الداخلية"]
    assert country is None and not (code or "").startswith("SAU")
    assert codes(SECURITY, source="unknown-blog")["وزارة الداخلية"][1] is None


def test_another_country_in_the_sentence_keeps_the_body_uncoded():
    got = codes("وفي طهران، أعلن عضو مجلس الشورى، حسين نقوي حسيني، أن البرلمان يريد الاطلاع فورًا على نص "
                "الاتفاق.", source="aawsat")
    assert all(c != "SAU" for _code, c in got.values())
    got = codes("وأوضحت وكالة أنباء الجمهورية الإسلامية الإيرانية (إرنا) أن مجلس الشورى سيعقد يومي الثلاثاء "
                "والأربعاء جلسات علنية بحضور كل النواب.", source="aawsat")
    assert all(c != "SAU" for _code, c in got.values())


def test_a_named_country_of_the_body_wins_over_the_outlet():
    got = codes("أعلنت وزارة الداخلية البحرينية أن انفجارا استهدف، الأحد، دورية للشرطة في قرية العكر الغربي قرب "
                "العاصمة المنامة من دون تسجيل إصابات.", source="okaz")
    assert got["وزارة الداخلية البحرينية"][1] == "BHR"


def nominal_codes(text, **meta):
    doc = ENTITIES(Document(text, meta={"published": "2015-07-22", **meta}))
    return {m.text: e.attrs.get("code") for e in doc.entities for m in e.mentions if m.get("kind") == "nominal"}


DEFENCE = ("أكد لـ\"الاقتصاديــة\" مســــؤول في وزارة الدفاع قيام الوزارة بتخصيص أوقاف خاصة لمنسوبي القوات "
           "المسلحة، تصب إيراداتها في مصلحة صناديق التكافل بهدف تقديم الإعانات والمساعدات والقروض لأفراد الجيش.")


def test_an_unnamed_domestic_actor_takes_the_outlets_country():
    # CAMEO codes an official, judges or soldiers of no named country with the country of the context
    got = nominal_codes(DEFENCE, source="aleqtisadiya")
    assert got["مســــؤول"] == "SAUGOV" and got["أفراد الجيش"] == "SAUMIL"
    got = nominal_codes("خادم الحرمين يأمر بتعيين وترقية 125 قاضيًا في مرفق وزارة العدل وديوان المظالم",
                        source="aawsat")
    assert got["125 قاضيًا"] == "SAUJUD"
    # without a known outlet the sector stays bare
    assert nominal_codes(DEFENCE)["مســــؤول"] == "GOV"


def test_a_region_adjective_keeps_an_unnamed_actor_without_the_outlets_country():
    # a Gulf official speaks for the Gulf states, not the Saudi paper's own country
    got = nominal_codes("مسؤول خليجي: دول المنطقة لا تزال بحاجة إلى العمالة الوافدة لبناء اقتصاداتها",
                        source="aleqtisadiya")
    assert not any((c or "").startswith("SAU") for c in got.values()), got


def test_marine_after_a_noun_is_an_adjective_not_the_navy():
    for text in ("ويأتي نحو 250 ألف برميل يوميًا منها من حقول الخفجي البحرية فيما يأتي نحو 220 ألف برميل من "
                 "الوفرة.",
                 "وقال المتحدث الرسمي في قيادة حرس الحدود بالمنطقة الشرقية: \"إنه أثناء قيام الدورية البحرية "
                 "بعملها المعتاد في الخفجي شاهدت شخصين جرفهما التيار بعيدا عن الشاطئ أثناء ممارستهم للسباحة."):
        assert "البحرية" not in nominal_codes(text, source="aleqtisadiya")
    # the navy itself stays an actor
    assert nominal_codes("وأعلنت البحرية الأمريكية أنها أرسلت سفينة إلى الخليج.")["البحرية الأمريكية"] == "USAMIL"


def test_unnamed_citizens_take_the_outlets_country():
    # CAMEO codes a country's citizens with its country (SAUCVL); SaudiNewsNet 2015-07-26 (3alyoum)
    assert nominal_codes("مواطنون يشكون سوء طريق بحر بيش", source="3alyoum")["مواطنون"] == "SAUCVL"
    assert nominal_codes("“سوق الغنم” يخنق أهالي مثلث تنومة.. والبلدية تطالبهم بشكوى رسمية",
                         source="3alyoum")["أهالي"] == "SAUCVL"
    # no outlet, no country
    assert nominal_codes("مواطنون يشكون سوء طريق بحر بيش")["مواطنون"] == "CVL"
