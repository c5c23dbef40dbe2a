"""A title followed between commas by its holder's name: tenth round of issue 16 (docs/quotes.md
"Issue 16, tenth round"). The name may open with a form of address the entity stage leaves out of
the mention (الدكتور، اللواء، الشيخ), the title may run on past the speaker phrase to the comma
(سفير … في القاهرة،), and بان, the first word of بان كي مون, is not بأن. Every sentence is from a
SaudiNewsNet day other than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-06, okaz (article 2898)
ASIRI = ("إلى ذلك، أكد مدير الشؤون الصحية بجدة، الدكتور مبارك عسيري، أن ما صرح به المتحدث الرسمي هو "
         "الواقع للوضع الحالي، منوها إلى أنه سوف تكون هنالك زيارة للمستشفى صباح غد.")

# SaudiNewsNet 2015-08-01, alweeam (article 864)
OMARI = ("وأوضح مدير شؤون المعلمين المكلف بالادارة، الدكتور حمدان بن مانع العمري، أن المدير العام للتعليم "
         "بمنطقة الرياض شارك في إجراء المقابلات.")

# SaudiNewsNet 2015-08-06, aawsat (article 340)
QATTAN = ("كما أعلن سفير ملك السعودية في القاهرة، أحمد بن عبد العزيز قطان، أن ولي ولي العهد السعودي الأمير "
          "محمد بن سلمان سيترأس وفد المملكة في حفل افتتاح قناة السويس الجديدة.")
QATTAN_ENTITIES = (("e1", "PER", "أحمد بن عبد العزيز قطان", "أحمد بن عبد العزيز قطان"),
                   ("e2", "PER", "محمد بن سلمان", "محمد بن سلمان"))

# SaudiNewsNet 2015-07-27, aleqtisadiya (article 202)
BAN = ("رحبت الأمم المتحدة ، بالهدنة الإنسانية التي قرر تحالف دعم الشرعية في اليمن بقيادة المملكة العربية "
       "السعودية إرساءها في اليمن لمدة خمسة أيام ، ودعت المتمردين إلى احترامها. وقال الأمين العام ، بان كي "
       "مون ، في بيان: إنه حض المليشيات الحوثية والقوات المنضوية تحت لوائها على إعطاء موافقتهم على الهدنة "
       "الإنسانية.")

# SaudiNewsNet 2015-08-02, aleqtisadiya (article 209): بان is بأن here
DOVER = "وذكر النائب الفرنسي بان \"الحدود الانكليزية تقع جغرافيا في دوفر\" مثيرا مسألة مراجعة الاتفاقات."


def test_a_form_of_address_may_open_the_name_after_the_title_and_its_comma():
    doc = analyse(ASIRI, ("e1", "PER", "مبارك عسيري", "مبارك عسيري"))
    entity, phrase = said(doc, "ما صرح به المتحدث")
    assert entity == "e1"
    assert phrase.endswith("مبارك عسيري")
    doc = analyse(OMARI, ("e1", "PER", "حمدان العمري", "حمدان بن مانع العمري"))
    assert said(doc, "المدير العام للتعليم")[0] == "e1"


def test_the_title_runs_on_through_its_place_to_the_comma_before_the_name():
    doc = analyse(QATTAN, *QATTAN_ENTITIES)
    entity, phrase = said(doc, "سيترأس وفد المملكة")
    assert entity == "e1"
    assert phrase == "سفير ملك السعودية في القاهرة، أحمد بن عبد العزيز قطان"


def test_a_name_after_the_comma_of_a_clause_is_not_the_titles_holder():
    # the chain to the comma holds a verb (صرح): the comma closes a clause, the name after it is
    # not in apposition (the one after أكد مدير الشؤون الصحية بجدة is)
    doc = analyse(ASIRI.replace("بجدة،", "بجدة الذي صرح للصحيفة،"), ("e1", "PER", "مبارك عسيري", "مبارك عسيري"))
    assert all(q.get("speaker") != "e1" for q in doc.layer("quotes"))


def test_ban_the_first_word_of_a_name_is_no_complementiser():
    doc = analyse(BAN, ("e1", "PER", "بان كي مون", "بان كي مون"), ("e2", "ORG", "الأمم المتحدة", "الأمم المتحدة"))
    q = quote(doc, "حض المليشيات")
    assert q.get("speaker") == "e1"
    assert "كي مون" not in q.text


def test_ban_written_for_banna_is_still_a_complementiser():
    doc = analyse(DOVER)
    q = quote(doc, "مثيرا مسألة")  # (the indirect quote that بان governs)
    assert q.get("speaker_text") == "النائب الفرنسي"
    assert q.text.startswith('"الحدود')


# SaudiNewsNet 2015-07-27, aleqtisadiya (article 149): the entity stage's mention «أن كي مون»
OFFICE = ("وبحث رئيس الوزراء التركي أحمد داود أوغلو العمليات التركية في اتصال هاتفي مع الأمين العام للأمم المتحدة، "
          "حسبما أعلن مكتبه أمس. وأضاف المكتب أن كي مون أكد خلال الاتصال الذي جرى مساء أول من أمس دعمه لكفاح "
          "تركيا ضد الإرهاب.")

# SaudiNewsNet 2015-07-22, alyaum (article 1598)
PASSPORTS = (
    "استأنفت المديرية العامة للجوازات أمس \"الاثنين\" العمل على تصحيح أوضاع الأشقاء أبناء الجمهورية اليمنية "
    "المقيمين في المملكة بطريقة غير نظامية في جميع مراكز التصحيح بكافة مناطق المملكة. وأوضحت الجوازات أن عدد "
    "المصحح وضعهم من اليمنيين في كافة مراكز التصحيح بمناطق المملكة حتى الساعة 5:30 مساء أمس بلغ \" 354863 \" "
    "شخصا.")


def test_a_complementiser_written_with_its_hamza_stays_one_when_a_mention_opens_with_it():
    doc = analyse(OFFICE, ("e1", "PER", "بان كي مون", "أن كي مون"))
    assert said(doc, "دعمه لكفاح تركيا")[1] == "المكتب"


def test_one_word_that_ends_an_organisations_name_is_that_body():
    doc = analyse(PASSPORTS, ("e1", "ORG", "المديرية العامة للجوازات", "المديرية العامة للجوازات"))
    assert said(doc, "عدد المصحح وضعهم") == ("e1", "الجوازات")


def test_a_title_head_ending_a_bodys_name_is_not_that_body():
    # «الرئيس» ends «مكتب الرئيس» but names the president, not his office
    doc = analyse(PASSPORTS.replace("المديرية العامة للجوازات", "مكتب الرئيس").replace("الجوازات أن", "الرئيس أن"),
                  ("e1", "ORG", "مكتب الرئيس", "مكتب الرئيس"))
    assert said(doc, "عدد المصحح وضعهم")[0] != "e1"
