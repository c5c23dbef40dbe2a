"""Issue 16, round 21 (docs/quotes.md "Round 21 (…)"). Every sentence is from a SaudiNewsNet day
other than the reserved fresh-reading days, named in a comment.
"""
import pytest

from conftest import quote_and_speaker
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


_quote = quote_and_speaker


# SaudiNewsNet 2015-08-08 (article 930): «وكان الصافي، طالب العبادي»: العبادي, the verb's object,
# was the speaker
SAFI = ("فيما طالب ممثل المرجعية الدينية في كربلاء أحمد الصافي، رئيس الوزراء العراقي حيدر العبادي "
        "بمكافحة الفساد المالي والإداري، انطلقت في بغداد تظاهرات تطالب بتحسين الأداء الحكومي.\n"
        " وكان الصافي، طالب العبادي بأن يكون أكثر جرأة وشجاعة بمكافحة الفساد المالي والإداري والضرب "
        "بيد من حديد على العابثين بأموال الشعب.")
# SaudiNewsNet 2015-08-06 (article 2594): a body before the comma, no speaker before
JUBAIL = ("بلدية الجبيل، قالت على لسان رئيسها المهندس نايف الدويش إن المشروع القائم في شارع الخزان "
          "عبارة عن تطوير للشارع بالكامل ويشمل إعادة السفلتة والأرصفة.")
# SaudiNewsNet 2015-07-22, aawsat (article 35): a title and name before the comma; the expert
# quoted before him was carried
SAIDA = ("وقال الخبير البيئي حبيب معلوف إن الأزمة قديمة. رئيس بلدية صيدا محمد السعودي، أعلن أنه أبلغ "
         "وزير البيئة محمد المشنوق، رفضه شخصيا استقبال أي نفايات من خارج صيدا.")
# SaudiNewsNet 2015-08-06 (article 1967): an unnamed source before the comma; «الصحيفة», the
# object, was the speaker
SOURCES = ("مصادر طبية مطلعة، أبلغت الصحيفة بأن وزارة الصحة \"ستقوم بجولات مفاجئة على تلك المختبرات "
           "للتأكد من تطبيق هذه الخطوات في تلك المعامل\".")
# SaudiNewsNet 2015-07-22, aawsat (article 74): a fronted adverbial before the comma, the
# subject after the verb
GHIRONI = ("وفي دراسة نُشرت يوم السبت الماضي على موقع «Vox.eu»، قال فابيو غيروني، الاقتصادي بجامعة "
           "واشنطن، إنه قد يكون من الضروري إعادة رسملة البنوك.")


@pytest.mark.parametrize("text,words,speaker_text,name", [
    (SAFI, "أكثر جرأة", "الصافي", "الصافي"),
    (JUBAIL, "المشروع القائم", "بلدية الجبيل", "بلدية الجبيل"),
    (SAIDA, "أبلغ", "رئيس بلدية صيدا محمد السعودي", "محمد السعودي"),
])
def test_a_named_subject_fronted_before_a_comma_is_the_speaker(pipe, text, words, speaker_text, name):
    q, ent = _quote(pipe, text, words)
    assert q.get("speaker_text") == speaker_text
    assert ent is not None and ent.name.endswith(name)


def test_an_unnamed_source_fronted_before_a_comma_is_the_speaker_not_the_object(pipe):
    q, ent = _quote(pipe, SOURCES, "ستقوم بجولات")
    assert q.get("speaker_text") == "مصادر طبية مطلعة"


def test_a_fronted_adverbial_before_the_comma_leaves_the_subject_after_the_verb(pipe):
    q, ent = _quote(pipe, GHIRONI, "رسملة")
    assert ent is not None and ent.name == "فابيو غيروني"


# SaudiNewsNet 2015-08-03, aleqtisadiya (article 322): a concession (رغم …) ends in a name before
# the comma; the verb's subject follows it (a first version took «رغم وجود صندوق اللاعب»)
MUSAED = ("وردا على سؤال \"الاقتصادية\" حول موافقة وزير الشؤون الاجتماعية الدكتور ماجد القصبي على تأسيس "
          "جمعية رياضية تحت مسمى (جمعية رعاية لاعبي كرة القدم القدامى) رغم وجود صندوق اللاعب، أجاب الأمير "
          "عبدالله بن مساعد \"نشكر وزير الشؤون الاجتماعية على تبني هذا المقترح الذي سعت رعاية الشباب لإقراره\".")


def test_a_concession_ending_in_a_name_before_the_comma_is_no_fronted_subject(pipe):
    q, ent = _quote(pipe, MUSAED, "نشكر وزير")
    assert q.get("speaker_text") == "الأمير عبدالله بن مساعد"


# SaudiNewsNet 2015-08-01 (article 356): the reported clause of وأشار ran on over «وأضاف:» to the
# end of the sentence, which the colon's own quote holds
RABIE = ("وأشار الدكتور الربيّع إلى أن سوق عكاظ قام بدور فاعل في تحويل لغة العرب في لغة قريش كما معروف لدى "
         "الدارسين؛ لذا فإن من المهم جداً أن يتجه السوق إلى العناية بموضوع نشر العربية في العالم، وأضاف: سوق "
         "عكاظ في الجاهلية كان ملتقى نقدياً يتبارى فيه الشعراء ويحكم لهم وعليهم النقاد.")
# SaudiNewsNet 2015-08-02 (article 1057): the same after a participle cue (مشيراً إلى أن …، وأضاف: إن …)
NETS = ("وأوضح الصياد أن المهنة ورثها عن الآباء والأجداد، مشيراً إلى أن صناعة الشباك التي تعتمد عادة على خيوط "
        "الغزل لها اشتراطات ومواصفات، وكل شبكة تحتاج الى فترة من الزمن لإنجازها وذلك حسب نوعها وطولها، وأضاف: "
        "إن ظهور الآلات أثر على عملنا.")


@pytest.mark.parametrize("text,first,second", [
    (RABIE, "نشر العربية في العالم", "ملتقى نقدياً"),
    (NETS, "حسب نوعها وطولها", "ظهور الآلات"),
])
def test_a_reported_clause_ends_where_a_colon_cue_opens_its_own(pipe, text, first, second):
    doc = Document(text)
    pipe(doc)
    earlier = next(q for q in doc.layer("quotes") if first in q.text)
    later = next(q for q in doc.layer("quotes") if second in q.text and q is not earlier)
    assert second not in earlier.text and "وأضاف" not in earlier.text
    assert earlier.end <= later.start


# SaudiNewsNet 2015-08-02 (article 1248): «ذكر» inside the clause is "male" and the colon is the
# list's; a first version cut the reported clause at «(ذكر»
VOTERS = ("وأكد أن كل مواطن (ذكر أو أنثى) يتمتع بحق الانتخاب إذا توافرت فيه الشروط التالية: ألا يقل عمره "
          "في موعد الاقتراع عن 18 سنة هجرية.")


def test_a_bare_verb_form_inside_a_clause_before_a_list_colon_does_not_end_the_clause(pipe):
    doc = Document(VOTERS)
    pipe(doc)
    q = next(q for q in doc.layer("quotes") if "كل مواطن" in q.text)
    assert "يتمتع بحق الانتخاب" in q.text
