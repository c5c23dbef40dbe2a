"""Issue 16, round 17 (docs/quotes.md "Round 17 (…)"): a named subject right after the cue that
was missed, so that the previous speaker was carried on (the given name علي read as the
preposition على, a name the tokenizer splits as ل + a word, an addressee closed by a comma), and a
writer's own finding «تبين لي أن» read as a quote. Every sentence is from a SaudiNewsNet day other
than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)


# --- the subject right after the cue: not the previous speaker ------------------------------

# SaudiNewsNet 2015-07-25, aawsat (article 182): the entity stage names only «أحمد جنتي»
JANNATI = ("وقال نائب الأمين العام لحزب الله الشيخ نعيم قاسم إن «الحل في سوريا يجب أن يكون سياسيًا». "
           "ومن جانبه قال علي أحمد جنتي، وزير الثقافة والإرشاد الإسلامي في إيران، خلال الجلسة الأولى "
           "للمؤتمر: «إيران وقفت وستقف إلى جانب الشعب السوري لأنها إلى جانب الحق».")
# SaudiNewsNet 2015-07-26, okaz (article 1331)
BAKIR = "من جهته، أكد علي حسين باكير باحث في الشؤون التركية، بأن المشهد في الوضع التركي أصبح معقدا."


def test_the_given_name_ali_after_a_cue_is_the_subject_not_the_preposition():
    doc = analyse(JANNATI, ("e1", "PER", "نعيم قاسم", "نعيم قاسم"), ("e2", "PER", "أحمد جنتي", "أحمد جنتي"))
    assert said(doc, "إيران وقفت") == ("e2", "علي أحمد جنتي")
    doc = analyse(BAKIR, ("e1", "PER", "حسين باكير", "حسين باكير"))
    assert said(doc, "المشهد في الوضع")[0] == "e1"


def test_the_preposition_ala_after_a_cue_still_opens_its_object():
    # SaudiNewsNet 2015-07-25, 3alyoum (article 30): «على» written with ى, a person named elsewhere
    doc = analyse("وقال الشيخ صالح المغامسي إن الحساب عسير. وشدد على أنه يجب على العبد المسلم أن يتصف "
                  "بالعزيمة والثبات.", ("e1", "PER", "صالح المغامسي", "صالح المغامسي"))
    assert quote(doc, "يتصف بالعزيمة").get("cue").text == "وشدد"
    assert "على" not in (said(doc, "يتصف بالعزيمة")[1] or "")


# SaudiNewsNet 2015-07-27, aleqtisadiya (article 288): the addressee, its comma, then the subject
FALTMAN = ("وقال ريكس تيلرسون إن الأسعار سترتفع. من جانبه، يقول لـ \"الاقتصادية\"، رالف فالتمان المختص "
           "النفطي، \"إن مخاوف البعض من تأثير الاتفاق الإيراني الغربي على زيادة المعروض مبالغ فيها\".")


def test_a_comma_after_the_addressee_does_not_hide_the_subject():
    doc = analyse(FALTMAN, ("e1", "PER", "ريكس تيلرسون", "ريكس تيلرسون"), ("e2", "PER", "رالف فالتمان", "رالف فالتمان"))
    assert said(doc, "مخاوف البعض")[0] == "e2"


def test_a_name_the_tokenizer_reads_as_l_plus_a_word_is_the_subject():
    # fresh reading 8's «من جانبه، دعا لاري آندري» (the entity stage named only «آندري»); the
    # sentences around it are SaudiNewsNet 2015-07-26, aawsat (article 155)
    text = ("وقال لؤي المقداد إن التحالف لا يشارك النظام. من جانبه، قال لاري آندري، السفير الأميركي، "
            "إن «الولايات المتحدة تدعم الحوار».")
    doc = analyse(text, ("e1", "PER", "لؤي المقداد", "لؤي المقداد"), ("e2", "PER", "لاري آندري", "آندري"))
    assert said(doc, "تدعم الحوار")[0] == "e2"


# --- the writer's own finding ---------------------------------------------------------------

def test_it_became_clear_to_me_is_the_writers_finding_not_a_quote():
    # SaudiNewsNet 2015-08-06, almadina (article 1410)
    doc = analyse("وهناك بعض النقاط الرئيسة التي من الممكن أن تبيّن لنا بما لا يدع مجالاً للشك أن الاقتصاد "
                  "اليوم وعالم المال هو سلسلة مترابطة يؤثر سيرها.")
    assert doc.layer("quotes") == []
    # SaudiNewsNet 2015-07-21, sabq (article 2657): inside a marked quote, no second quote of its own
    doc = analyse("فقال: \"أعطاني أحدهم الرؤيا لتفسيرها. وتبين لي من تفسير رؤيته أنه سيموت غدا.\"")
    assert not any(q.get("cue") is not None and q.get("cue").text == "وتبين" for q in doc.layer("quotes"))


# --- an attribution phrase answered by «فقد» with no comma ----------------------------------

def test_the_source_of_an_attribution_ends_before_faqad():
    # SaudiNewsNet 2015-07-26, 3alyoum (article 38)
    doc = analyse("وبحسب تقرير الشرطة فقد كانت الفتاة جيسيكا دانينج تعبر الطريق للوصول إلى محطة الحافلات.")
    assert said(doc, "تعبر الطريق") == (None, "تقرير الشرطة")
    assert quote(doc, "تعبر الطريق").text.startswith("كانت الفتاة")
    # fresh reading 8's kind with a named source: «ووفقا لدار النشر فقد ولد …» (the entity is the
    # publisher the article named); SaudiNewsNet 2015-07-27, aljazirah (article 338)
    doc = analyse("وبحسب مصادر الاحتلال فقد أُصيب الجنود الإسرائيليون الأربعة من جراء رشق الحجارة.")
    assert said(doc, "الجنود الإسرائيليون") == (None, "مصادر الاحتلال")
