"""Quote detection and attribution (rasd.quotes) on sentences from the dev articles.

The documents here run only the text core (normalize, sentences, tokens) and, where a test needs
them, carry explicit "entities" or "boilerplate" layers, so the quote stage is tested apart from
the entity and boilerplate stages.
"""
import json
import re
from pathlib import Path

import pytest

from rasd import Pipeline
from rasd.document import Document, Entity
from rasd.quotes.direct import find_marked
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.stage import QuotesConfig, QuotesStage
from rasd.resources import Resources

DEV = Path(__file__).parent / "fixtures" / "dev"
_TEXT = Pipeline(stages=["normalize", "sentences", "tokens"])
_QUOTES = QuotesStage(QuotesConfig(), Resources.default())
_QUOTES_AND_TERMS = QuotesStage(QuotesConfig(keep_terms=True), Resources.default())
LEX = load_lexicon(Resources.default())


def analyse(text, entities=None, boilerplate=None, keep_terms=False):
    doc = Document(text, id="t")
    _TEXT(doc)
    if entities is not None:
        doc.set_layer("entities", entities(doc) if callable(entities) else entities)
    if boilerplate is not None:
        doc.set_layer("boilerplate", boilerplate(doc))
    (_QUOTES_AND_TERMS if keep_terms else _QUOTES)(doc)
    assert doc.check_spans() == []
    return doc


def quotes(doc, kind=None):
    return [q for q in doc.layer("quotes") if kind is None or q.label == kind]


def one(doc, fragment):
    """The quote whose text contains ``fragment`` (exactly one)."""
    hits = [q for q in doc.layer("quotes") if fragment in q.text]
    assert len(hits) == 1, [(q.label, q.text) for q in doc.layer("quotes")]
    return hits[0]


def entity(doc, eid, label, name, *surfaces, nominal=()):
    """An entity with a name mention at every occurrence of each surface (and nominal ones)."""
    mentions = []
    for kind, group in (("name", surfaces), ("nominal", nominal)):
        for s in group:
            for m in re.finditer(re.escape(s), doc.text):
                mentions.append(doc.span(m.start(), m.end(), label, kind=kind))
    mentions.sort(key=lambda m: m.start)
    return Entity(eid, label, name, mentions)


# --- direct quotes -------------------------------------------------------------------------

def test_direct_quote_after_verb_and_speaker_excludes_marks():
    doc = analyse('وقال بارزاني في كلمة ألقاها في محافظة دهوك "بعد كارثة سنجار وعدت بابا شيخ '
                  '(رجل الدين الايزيدي) باني سوف أضحي بروحي من اجل الانتقام من الذين غدروا بالايزديين".')
    q = one(doc, "كارثة سنجار")
    assert q.label == "direct"
    assert q.text.startswith("بعد كارثة") and q.text.endswith("بالايزديين")
    assert q.get("speaker_text") == "بارزاني"
    assert q.get("cue").text == "وقال"
    assert q.get("sentence") == 0


def test_speaker_named_after_the_quote():
    doc = analyse("“يوم عظيم محتمل لروسيا وأوكرانيا!” كتب ترامب عن الحقيقة الاجتماعية.")
    q = one(doc, "يوم عظيم")
    assert q.text == "يوم عظيم محتمل لروسيا وأوكرانيا!"
    assert q.get("speaker_text") == "ترامب"
    assert q.get("cue").text == "كتب"


def test_founding_example_missing_closing_mark_runs_to_paragraph_end_and_continues_speaker():
    text = ("كان الاقتراح علامة مرحب بها إلى الرئيس الأوكراني فولوديمير زيلنسكي ، الذي قال إن كييف على "
            "استعداد للتفاوض ولكن يجب أن توافق موسكو على وقف إطلاق النار.\n\n"
            "“إنها علامة إيجابية على أن الروس قد بدأوا أخيرًا في التفكير في إنهاء الحرب ،” كتب عن X. "
            "“لقد كان العالم بأسره ينتظر هذا لفترة طويلة جدًا. والخطوة الأولى في إنهاء أي حرب حقًا ، لا يوجد "
            "أي فائدة من الاستمرار في الاستمرار في القتل حتى يوم واحد.\n\nوقال الرئيس الأمريكي دونالد ترامب إنه سيتم إنقاذ الأرواح.")
    doc = analyse(text, entities=lambda d: [
        entity(d, "e1", "PER", "فولوديمير زيلنسكي", "فولوديمير زيلنسكي", nominal=["الرئيس الأوكراني"]),
        entity(d, "e2", "PER", "دونالد ترامب", "دونالد ترامب", nominal=["الرئيس الأمريكي"])])
    indirect = one(doc, "كييف على استعداد")
    assert indirect.label == "indirect" and indirect.get("speaker") == "e1"  # الذي قال -> antecedent
    first = one(doc, "علامة إيجابية")
    assert first.text.endswith("إنهاء الحرب")  # the comma before the closing mark is not quoted
    assert first.get("speaker") == "e1" and first.get("cue").text == "كتب"  # كتب with no subject
    unclosed = one(doc, "العالم بأسره")
    assert unclosed.text.endswith("حتى يوم واحد.")  # no closing mark: to the end of the paragraph
    assert "ترامب" not in unclosed.text
    assert unclosed.get("speaker") == "e1"


def test_founding_example_quote_split_by_english_word_gives_two_quotes_of_one_speaker():
    text = ("“يوم عظيم محتمل لروسيا وأوكرانيا!” كتب ترامب عن الحقيقة الاجتماعية. “فكر في مئات الآلاف من "
            "الأرواح التي سيتم إنقاذها لأن هذا لا ينتهي أبدًا” Bloodbath “نأمل أن ينتهي. سيكون الأمر جديدًا "
            "تمامًا ، وأفضل بكثير ، العالم. أسبوع كبير قادم!”")
    doc = analyse(text)
    a = one(doc, "فكر في")
    b = one(doc, "نأمل أن")
    assert a.text.endswith("أبدًا") and "Bloodbath" not in a.text + b.text
    assert b.text.endswith("قادم!")
    assert a.get("speaker_text") == b.get("speaker_text") == "ترامب"


def test_reversed_marks_are_read_by_position():
    doc = analyse("وقال بوتين ”اقتراحنا ، كما يقولون ، على الطاولة“. ”القرار متروك الآن للسلطات الأوكرانية“.")
    assert [q.text for q in quotes(doc)] == ["اقتراحنا ، كما يقولون ، على الطاولة",
                                             "القرار متروك الآن للسلطات الأوكرانية"]
    assert all(q.get("speaker_text") == "بوتين" for q in quotes(doc))
    # a reporting verb inside the quotation (كما يقولون) is the speaker's word, not a cue
    assert all(q.get("cue") is None or q.get("cue").text == "وقال" for q in quotes(doc))


def test_spaced_ascii_marks_with_a_term_inside_and_a_second_quote_after_participle():
    text = ('وقال كيري في المؤتمر الذي عقد في العاصمة القطرية الدوحة " المبادرة الخليجية هي أساس كل حل '
            'سياسي في اليمن، والولايات المتحدة ستقدم دعماً للقضاء على " داعش " والقضاء عليها سيكون بعمل '
            'ساسي واقتصادي"، مشيرا إلى أن " سياسة الولايات المتحدة في سوريا واضحة وأن بشار الأسد فاقد للشرعية". ')
    doc = analyse(text)
    first = one(doc, "المبادرة الخليجية")
    assert "داعش" in first.text and first.text.endswith("واقتصادي")  # " داعش " does not split it
    second = one(doc, "سياسة الولايات المتحدة")
    assert second.label == "direct" and second.get("cue").text == "مشيرا"
    assert first.get("speaker_text") == second.get("speaker_text") == "كيري"
    assert len(quotes(doc)) == 2  # no empty indirect quote between أن and the quotation


def test_multi_sentence_quote_stays_one_quote():
    doc = analyse("وقال بوتين “لم تكن روسيا هي التي قطعت المفاوضات في عام 2022. كانت كييف”. "
                  "“روسيا مستعدة للتفاوض دون أي شروط مسبقة.”")
    q = one(doc, "لم تكن روسيا")
    assert q.text == "لم تكن روسيا هي التي قطعت المفاوضات في عام 2022. كانت كييف"
    assert one(doc, "روسيا مستعدة").get("speaker_text") == "بوتين"


def test_quote_continued_in_next_paragraph_keeps_the_speaker():
    doc = analyse('وقال الناطق باسم الحكومة يوشيهيدي سوغا "امتنع عن الادلاء باي تعليق".\n'
                  '"لكن اذا كان الامر صحيحا وبصفتنا حلفاء، سيكون الامر مؤسفا جدا".')
    q = one(doc, "بصفتنا حلفاء")
    assert q.get("speaker_text") == "الناطق باسم الحكومة يوشيهيدي سوغا"
    assert q.get("cue") is None and q.get("sentence") == 1


def test_quote_inside_reported_speech_is_kept_with_the_same_speaker():
    doc = analyse("وقال ماي وكازنوف إن مئات من المهاجرين «يواجهون مجازفات أكثر خطورة من أى وقت سابق» بدخول مناطق "
                  "آمنة حول ميناء كاليه.")
    outer = one(doc, "مئات من المهاجرين")
    inner = [q for q in quotes(doc, "direct") if q.text == "يواجهون مجازفات أكثر خطورة من أى وقت سابق"]
    assert outer.label == "indirect" and outer.text.endswith("ميناء كاليه")
    assert inner and inner[0].get("speaker_text") == outer.get("speaker_text") == "ماي وكازنوف"


def test_short_quotation_inside_reported_speech_stays_in_the_clause_as_a_term():
    doc = analyse('وأفادت مصادر كردية أن عشرة مدنيين بينهم "عدد كبير من الاطفال" قتلوا وأصيب 15 آخرون في '
                  'قصف في نهاية الأسبوع للطيران التركي في محيط قرية زركال.')
    q = quotes(doc)
    assert [x.label for x in q] == ["indirect"] and q[0].text.endswith("قرية زركال")
    assert q[0].get("speaker_text") == "مصادر كردية" and q[0].get("speaker") is None  # anonymous
    assert [t.text for t in doc.layer("quote_terms")] == ["عدد كبير من الاطفال"]


def test_names_and_scare_quotes_are_terms_not_speech():
    doc = analyse('تعهد رئيس اقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام من تنظيم "داعش" '
                  'المتطرف. كشفت مصادر يمنية مطلعة لـ«الشرق الأوسط» عن «تمرد» داخل قيادات قوات «الحرس الجمهوري».')
    assert quotes(doc) == []
    assert [t.text for t in doc.layer("quote_terms")] == ["داعش", "الشرق الأوسط", "تمرد", "الحرس الجمهوري"]
    kept = analyse(doc.text, keep_terms=True)
    assert {q.label for q in quotes(kept)} == {"term"}


def test_mid_sentence_quotation_without_a_cue_is_not_speech():
    doc = analyse('ونشر موقع ويكيليكس لائحة تضم "35 هدفا سريا" لوكالة الامن القومي الاميركية في اليابان" بينها '
                  'اعضاء في الحكومة.')
    assert quotes(doc) == []  # a citation, and a stray closing mark with no reporting verb after it


# --- indirect quotes -----------------------------------------------------------------------

def test_indirect_quote_excludes_complementiser_and_links_speaker_entity():
    text = "وقال الرئيس الأمريكي دونالد ترامب إنه سيتم إنقاذ مئات الآلاف من الأرواح إذا انتهى “حمام الدم” للحرب."
    doc = analyse(text, entities=lambda d: [
        entity(d, "e1", "PER", "دونالد ترامب", "دونالد ترامب", nominal=["الرئيس الأمريكي"])])
    q = one(doc, "مئات الآلاف")
    assert q.label == "indirect"
    assert q.text == "سيتم إنقاذ مئات الآلاف من الأرواح إذا انتهى “حمام الدم” للحرب"
    assert q.get("speaker") == "e1" and q.get("cue").text == "وقال"


def test_speaker_by_title_links_through_nominal_mention():
    text = ("اقترح الرئيس الروسي فلاديمير بوتين يوم الأحد محادثات مباشرة.\n\n"
            "قال رئيس الكرملين إن المحادثات يجب أن تتناول الأسباب الجذرية للحرب وأنه سيتحدث إلى الرئيس التركي "
            "تاييب أردوغان في وقت لاحق من يوم الأحد حول تسهيل المفاوضات ، والتي قال إن قد يؤدي إلى وقف إطلاق النار.")
    doc = analyse(text, entities=lambda d: [
        entity(d, "e1", "PER", "فلاديمير بوتين", "فلاديمير بوتين", nominal=["الرئيس الروسي", "رئيس الكرملين"]),
        entity(d, "e2", "PER", "تاييب أردوغان", "تاييب أردوغان", nominal=["الرئيس التركي"])])
    q = one(doc, "الأسباب الجذرية")
    assert q.get("speaker") == "e1" and q.get("speaker_text") == "رئيس الكرملين"
    # the clause ends where "، والتي قال إن" begins; that object relative is no quote of its own
    assert q.text.endswith("حول تسهيل المفاوضات")
    assert len(quotes(doc)) == 1


@pytest.mark.parametrize("sentence, speaker, start", [
    ("وقالت وزيرة الداخلية البريطانية تريزا ماي إن مئات من المهاجرين يواجهون مجازفات.", "وزيرة الداخلية البريطانية تريزا ماي", "مئات"),
    ("لكن المسؤولين الروس قالوا إنهم ليسوا ضد طموحات كييف للانضمام إلى الاتحاد الأوروبي.", "المسؤولين الروس", "ليسوا"),
    ("لكن الجيش نفى أن يكون استهدف منطقة مأهولة.", "الجيش", "يكون"),
    ("وتقول روسيا إنه ينبغي ألا تعزل الحركة.", "روسيا", "ينبغي"),
    ("واعلن مفاوضو الدول ال12 حول هذه الاتفاقية انهم لم يتوصلوا الى اتفاق نهائي.", "مفاوضو الدول ال12", "لم"),
    ("وأشار المتحدث إلى أن الشركة أدخلت التعديلات اللازمة على الطائرات.", "المتحدث", "الشركة"),
    ("وشددت الوزارة على أن الحدود ستبقى مغلقة حتى إشعار آخر.", "الوزارة", "الحدود"),
])
def test_verb_forms_agreement_and_word_order(sentence, speaker, start):
    q = quotes(analyse(sentence))
    assert len(q) == 1 and q[0].label == "indirect"
    assert q[0].get("speaker_text") == speaker
    assert q[0].text.startswith(start)


def test_participle_cue_ends_the_previous_clause_and_keeps_the_speaker():
    doc = analyse("قال الزعيم الروسي إنه لا يستبعد أن موسكو وكييف سيتفقان على وقف إطلاق النار خلال المفاوضات "
                  "في تركيا ، قائلين إن المحادثات ستكون الخطوة الأولى نحو سلام.")
    a = one(doc, "لا يستبعد")
    b = one(doc, "الخطوة الأولى")
    assert a.text.endswith("في تركيا")
    assert b.get("cue").text == "قائلين" and b.get("speaker_text") == "الزعيم الروسي"


def test_participle_speaker_is_the_subject_named_earlier_in_the_sentence():
    text = ("من جانبه، أقر عبد الملك الحوثي، زعيم الحوثيين، بالهزيمة في مدينة عدن.\n\n"
            "وعلى وقع الهزائم في المدن الجنوبية رحب الحوثي بالحلول السياسية، قائلا إنها «متاحة وممكنة ونحن "
            "نرحب بكل جهد ومسعى في هذا السياق».")
    doc = analyse(text, entities=lambda d: [entity(d, "e1", "PER", "عبد الملك الحوثي", "عبد الملك الحوثي", "الحوثي")])
    q = one(doc, "متاحة وممكنة")
    assert q.label == "direct" and q.get("speaker") == "e1"
    assert len(quotes(doc)) == 1  # إنها followed only by the quotation: no empty indirect quote


def test_preposition_governed_by_the_verb_is_not_part_of_the_speaker():
    q = quotes(analyse("وحذرت السفارة الأميركية من أن هذه القمة قد تكون هدفا محتملا للإرهابيين."))
    assert len(q) == 1 and q[0].get("speaker_text") == "السفارة الأميركية"



@pytest.mark.parametrize("text, speaker", [
    ("وأكد وزير الخارجية الأمريكي جون كيري أهمية الدور المصري، وقال إن البلدين سيواصلان الحوار.",
     "وزير الخارجية الأمريكي جون كيري"),
    ("وأبلغت المتحدثة باسم الوزارة الصحافيين أن الاجتماع تأجل إلى الأسبوع المقبل.", "المتحدثة باسم الوزارة"),
    ("ونقل التلفزيون عنه أن الحكومة ستعلن قرارها غدا.", "التلفزيون"),
])
def test_the_object_after_the_subject_is_not_part_of_the_speaker(text, speaker):
    # sentences written for the test, on the pattern of speakers Rasd ran into object phrases
    q = quotes(analyse(text))
    assert q and q[0].get("speaker_text") == speaker, [(x.get("speaker_text"), x.text) for x in q]

def test_participle_with_no_named_subject_takes_the_first_person_of_its_sentence():
    text = ("وينتقد أحد المسافرين قلة الموظفات العاملات في جسر الملك فهد، مشيرا الى أنه لا يتوافر سوى عدد "
            "قليل منهن في بعض المسارات.")
    doc = analyse(text, entities=lambda d: [entity(d, "e1", "PER", "أحد المسافرين", "أحد المسافرين"),
                                            entity(d, "e2", "PER", "فهد", "فهد")])
    assert quotes(doc)[0].get("speaker") == "e1"


def test_implicit_subject_continues_the_last_speaker():
    text = ("وقال بوتين إن روسيا قد اقترحت العديد من وقف إطلاق النار.\n\n"
            "حافظ بوتين على ظروفه لإنهاء الحرب على الرغم من الضغط من ترامب.\n\n"
            "في يونيو / حزيران ، قال إن أوكرانيا يجب أن تسقط رسميًا آمالها في الانضمام إلى الناتو.\n\n"
            "وأضاف أن روسيا مستعدة للتفاوض.")
    doc = analyse(text)
    assert one(doc, "تسقط رسميًا").get("speaker_text") == "بوتين"
    assert one(doc, "مستعدة للتفاوض").get("speaker_text") == "بوتين"


def test_implicit_subject_agrees_with_the_verb():
    doc = analyse("وقال بوتين إن روسيا مستعدة للتفاوض. وقالت الوزارة إن الوفد سيصل غدا. وأضاف أن المحادثات "
                  "ستكون مباشرة. وأضافت أن الوفد يضم عشرة أعضاء.")
    assert one(doc, "ستكون مباشرة").get("speaker_text") == "بوتين"
    assert one(doc, "عشرة أعضاء").get("speaker_text") == "الوزارة"


def test_short_quotation_naming_something_before_the_speech():
    doc = analyse("كما أعلنت رئيسة «اتحاد جمعيات الصحافيين الإسبان» يوم الثلاثاء أن ثلاثة صحافيين إسبان فقدوا في سورية.")
    q = quotes(doc)
    assert [(x.label, x.text) for x in q] == [("indirect", "ثلاثة صحافيين إسبان فقدوا في سورية")]
    assert q[0].get("speaker_text") == "رئيسة «اتحاد جمعيات الصحافيين الإسبان»"
    doc = analyse("وقالت إلسا غونزاليس في تصريح إلى محطة التلفزيون العامة الإسبانية «تي في أي»، «في الوقت "
                  "الحاضر بإمكاننا فقط التحدث عن اختفاء».")
    assert [x.text for x in quotes(doc)] == ["في الوقت الحاضر بإمكاننا فقط التحدث عن اختفاء"]


def test_short_quotation_inside_reported_speech_is_a_name():
    doc = analyse("وكانت جماعة سلفية متشددة في غزة اعلنت في ايار/مايو انها اطلقت قذيفتي هاون على موقع تابع "
                  "لكتائب “عز الدين القسام” جنوب قطاع غزة.")
    q = quotes(doc)
    assert [x.label for x in q] == ["indirect"]
    assert q[0].get("speaker_text") == "جماعة سلفية متشددة في غزة"  # the subject of كانت
    assert [t.text for t in doc.layer("quote_terms")] == ["عز الدين القسام"]


@pytest.mark.parametrize("text, speaker", [
    ("وكان خامنئي قد قال لأنصاره إن السياسة الأمريكية في المنطقة تختلف عن الإيرانية.", "خامنئي"),
    ("وأوضح الأمير علي أنه سيقوم باستشارة الاتحادات الوطنية الأسبوع المقبل.", "الأمير علي"),
])
def test_subject_before_kana_and_names_like_function_words(text, speaker):
    q = quotes(analyse(text))
    assert len(q) == 1 and q[0].get("speaker_text") == speaker


def test_auxiliary_verb_is_not_a_speaker():
    doc = analyse("وقال المدرب إن الفريق جاهز للمباراة. ومضى يقول «إدين هازارد لديه القدرة على صناعة الفارق».")
    assert one(doc, "صناعة الفارق").get("speaker_text") == "المدرب"


def test_addressee_between_verb_and_speaker():
    q = quotes(analyse('وأوضحت لـ "الاقتصادية" مصادر خاصة، أن تأخر تأشيرة اللاعب حجة لتمهيد انتقاله.'))
    assert len(q) == 1 and q[0].get("speaker_text") == "مصادر خاصة"


def test_embedded_direct_quote_at_clause_end_is_direct_only():
    doc = analyse('وأضاف المسؤول أن "السيد وزير الخارجية (الروسي) وجه الدعوة لقيادة الحركة (حماس) لزيارة موسكو '
                  'وقبلت الحركة الدعوة وسيحدد الموعد لاحقا."')
    q = quotes(doc)
    assert [x.label for x in q] == ["direct"]
    assert q[0].get("speaker_text") == "المسؤول" and q[0].get("cue").text == "وأضاف"


def test_colon_introduces_speech_with_or_without_marks():
    doc = analyse("وتابع: «لا توجد حسابات ختامية حتى نعرف كيف أنفقت».\nوقال المتحدث: الوضع تحت السيطرة تماما.")
    assert [(q.label, q.text) for q in quotes(doc)] == [
        ("direct", "لا توجد حسابات ختامية حتى نعرف كيف أنفقت"), ("direct", "الوضع تحت السيطرة تماما")]


@pytest.mark.parametrize("sentence, speaker, start, end", [
    ("ووفقا لاحصائيات حكومة الاقليم، فان 1280 شخصا قتل خلال هجوم المتطرفين على مدينة سنجار.",
     "احصائيات حكومة الاقليم", "1280", "مدينة سنجار"),
    ("وقتل ثلاثة مدنيين في القصف، بحسب مصادر طبية.", "مصادر طبية", "وقتل", "في القصف"),
    ("وتنمية مهاراتهم، وحسب تقرير نشرته الصحف، فقد سجلت الجمعية خلال رمضان أكثر من ألف ساعة عمل.",
     "تقرير نشرته الصحف", "سجلت", "ساعة عمل"),
])
def test_attribution_phrases(sentence, speaker, start, end):
    q = quotes(analyse(sentence))
    assert len(q) == 1 and q[0].label == "indirect"
    assert q[0].get("speaker_text") == speaker
    assert q[0].text.startswith(start) and q[0].text.endswith(end)
    assert q[0].get("speaker") is None


def test_attribution_after_a_direct_quote():
    q = quotes(analyse("«الوضع تحت السيطرة تماما في المدينة»، بحسب المتحدث باسم الشرطة."))
    assert [(x.label, x.text, x.get("speaker_text")) for x in q] == [
        ("direct", "الوضع تحت السيطرة تماما في المدينة", "المتحدث باسم الشرطة")]


def test_source_given_by_a_clause_after_the_attribution():
    q = quotes(analyse("وقصف الجيش الليبي سفينة قبالة درنة، وفق ما أعلن متحدثون عسكريون."))
    assert len(q) == 1 and q[0].get("speaker_text") == "متحدثون عسكريون"
    assert q[0].text == "وقصف الجيش الليبي سفينة قبالة درنة"


@pytest.mark.parametrize("sentence, speaker", [
    ("وقال له المسؤول إن الاجتماع كان مثمرا.", "المسؤول"),
    ("كشف من جهته العقيد تركي الشهري أن الدوريات رصدت المقطع.", "العقيد تركي الشهري"),
    # a plural verb after its subject: what follows the verb is its object, not the speaker
    ("وأكد الفقهاء على الحكم، فذكروا كثيرا من الآثار أن إخراجها نقدا جائز.", None),
])
def test_words_between_verb_and_subject_and_plural_verbs(sentence, speaker):
    q = quotes(analyse(sentence))
    assert len(q) == 1
    assert q[0].get("speaker_text") == speaker or (speaker is None and "الآثار" not in (q[0].get("speaker_text") or ""))


def test_a_place_inside_the_speakers_description_is_not_the_speaker():
    text = "وقال المهندس إبراهيم الهويمل مدير فعاليات عيد الرياض إن الساحة شهدت عددا من الفعاليات."
    doc = analyse(text, entities=lambda d: [entity(d, "e1", "LOC", "الرياض", "الرياض"),
                                            entity(d, "e2", "PER", "إبراهيم الهويمل", "إبراهيم الهويمل")])
    assert quotes(doc)[0].get("speaker") == "e2"
    doc = analyse(text, entities=lambda d: [entity(d, "e1", "LOC", "الرياض", "الرياض")])
    assert quotes(doc)[0].get("speaker") is None
    assert quotes(doc)[0].get("speaker_text") == "المهندس إبراهيم الهويمل مدير فعاليات عيد الرياض"


def test_particles_before_the_verb_are_not_its_subject():
    q = quotes(analyse("أما رئيس المفوضية فقد أكد أن نتائج الاستفتاء ستحترم بكل الأحوال."))
    assert len(q) == 1 and q[0].get("speaker_text") != "فقد"


def test_noun_spelled_like_a_verb_is_not_a_cue():
    # رأي (opinion) normalises like رأى (he saw); only the verb is written with final ى
    assert quotes(analyse("وفي رأي آخر أن الاتفاقية لم تختلف كثيرا.")) == []
    assert len(quotes(analyse("ورأى الوزير أن الاتفاقية لم تختلف كثيرا."))) == 1
    # يدعى (is called) is not يدعي (claims)
    assert quotes(analyse("وقال أحد السكان ويدعى آبا إن القرية دمرت بالكامل."))[0].get("cue").text == "وقال"


def test_coordinated_complementiser_after_the_verbs_object():
    q = quotes(analyse("فقد أعلن تنظيم داعش مسؤوليته عن الاعتداء على المسجد وأن منفذ الهجوم هو أبو سليمان الموحد."))
    assert len(q) == 1 and q[0].text == "منفذ الهجوم هو أبو سليمان الموحد"
    assert q[0].get("speaker_text").startswith("تنظيم داعش")


def test_quoted_source_after_an():
    q = quotes(analyse("ونقلت وكالة رويترز عن مصدر مطلع أن المحادثات ستستأنف الأسبوع المقبل."))
    assert len(q) == 1 and q[0].get("speaker_text") == "مصدر مطلع"
    assert q[0].get("cue").text == "ونقلت"


def test_anonymous_source_keeps_text_without_entity_even_when_it_names_one():
    text = "قال مسؤول من حركة حماس إن وزير الخارجية الروسي اجتمع مع مشعل. وقال مسؤول طلب عدم نشر اسمه إن الاجتماع كان مثمرا."
    doc = analyse(text, entities=lambda d: [entity(d, "e1", "ORG", "حماس", "حماس")])
    a = one(doc, "اجتمع مع مشعل")
    b = one(doc, "كان مثمرا")
    assert a.get("speaker") is None and a.get("speaker_text") == "مسؤول من حركة حماس"
    # the clause saying the source asked not to be named is no part of the speaker (issue 16)
    assert b.get("speaker") is None and b.get("speaker_text") == "مسؤول"


# --- no speaker, not a quote, bad input ----------------------------------------------------

def test_quote_with_no_speaker_anywhere_keeps_null_speaker():
    doc = analyse("“نحن نقدم سلطات KYIV لاستئناف المفاوضات بالفعل يوم الخميس ، في اسطنبول.”")
    q = one(doc, "نحن نقدم")
    assert q.get("speaker") is None and q.get("speaker_text") is None and q.get("cue") is None


def test_narrators_background_and_mentions_are_not_quotes():
    doc = analyse("ويذكر أن نحو 700 بريطاني سافروا الى سوريا. ذكر بوتين مسودة الصفقة 2022. ومما يذكر أيضا أن "
                  "الأمان لا يعتمد فقط على السيارة.")
    assert quotes(doc) == []


def test_text_without_arabic():
    doc = analyse('Putin said “we propose direct talks without preconditions” on Sunday. "Unbalanced')
    assert all(q.label in ("direct", "indirect") for q in quotes(doc))
    assert analyse("").layer("quotes") == []


def test_unbalanced_marks_across_a_very_long_line():
    body = " ".join(["كلمة"] * 3000)
    text = "وقال المسؤول «" + body + ". " + "جملة أخرى « و » " * 2000 + "” ثم “ نهاية"
    doc = analyse(text)
    q = quotes(doc)
    assert q and q[0].text.startswith("كلمة")
    assert len(q[0].text) < len(text) / 2  # an unclosed mark in a long line stops at its sentence
    assert len(find_marked(text, LEX)) < 3000


def test_a_line_of_marks_only_and_orphan_closers():
    assert quotes(analyse('"«»“”' * 3000)) == []
    assert quotes(analyse("»" * 20000)) == []
    # a closing mark with no opener, followed by a reporting verb: the quote began with the line
    doc = analyse("الوضع تحت السيطرة تماما في المدينة» قال المتحدث باسم الشرطة.")
    assert [(q.text, q.get("speaker_text")) for q in quotes(doc)] == [
        ("الوضع تحت السيطرة تماما في المدينة", "المتحدث باسم الشرطة")]


def test_quotes_inside_boilerplate_are_skipped():
    text = "يقول بايدن ترامب باعتباره “أحمق” من روسيا ، إن المائة يوم الأول لم تكن انتصارًا\nوقال بوتين إن روسيا مستعدة."
    doc = analyse(text, boilerplate=lambda d: [d.span(0, text.index("\n"), "related-headline")])
    assert [q.text for q in quotes(doc)] == ["روسيا مستعدة"]


def test_json_contract_of_a_quote():
    doc = analyse("وقال بوتين إن روسيا مستعدة للتفاوض.")
    d = doc.to_dict()["quotes"][0]
    assert d["kind"] == "indirect" and d["text"] == "روسيا مستعدة للتفاوض"
    assert d["speaker"] is None and d["speaker_text"] == "بوتين"
    assert d["cue"]["text"] == "وقال" and d["sentence"] == 0
    back = Document.from_dict(doc.to_dict())
    assert back.layer("quotes")[0].get("cue").text == "وقال"


# --- the stage's data: loaded once through Resources, checked, replaceable in tests -----------

def _stage(inject):
    return QuotesStage(QuotesConfig(), Resources.default().with_data(inject))


def _verbs_with(*rows):
    return Resources.default().text("quotes", "reporting_verbs.tsv") + "".join(r + "\n" for r in rows)


def test_a_reporting_verb_added_to_the_data_is_a_cue_for_that_stage_only():
    text = "وعلق المتحدث باسم الخارجية الأمريكية بأن واشنطن تدرس كل الخيارات المتاحة."
    assert quotes(analyse(text)) == []  # علق is not in the shipped list
    doc = Document(text)
    _TEXT(doc)
    _stage({"quotes/reporting_verbs.tsv": _verbs_with("علق\tعلق\tsay\tpast\tms\t")})(doc)
    q = one(doc, "واشنطن")
    assert (q.label, q.text) == ("indirect", "واشنطن تدرس كل الخيارات المتاحة")
    assert q.get("speaker_text") == "المتحدث باسم الخارجية الأمريكية" and q.get("cue").get("lemma") == "علق"
    assert quotes(analyse(text)) == []  # the shared stage still has its own data


@pytest.mark.parametrize("name", ["reporting_verbs.tsv", "attribution.tsv", "sources.tsv", "grammar.json",
                                  "wordclasses.tsv"])
def test_a_missing_data_file_is_an_error_naming_it(tmp_path, name):
    from rasd.errors import ModelError
    from rasd.resources import ROOT
    (tmp_path / "quotes").mkdir()
    for f in (ROOT / "quotes").iterdir():
        if f.name != name:
            (tmp_path / "quotes" / f.name).write_bytes(f.read_bytes())
    with pytest.raises(ModelError, match=re.escape(name)):
        QuotesStage(QuotesConfig(), Resources(tmp_path))


@pytest.mark.parametrize("file, text, complaint", [
    ("reporting_verbs.tsv", "form\tlemma\tkind\tagreement\tflags\nقال\tقال\tpast\tms\t\n", "name the columns"),
    ("reporting_verbs.tsv", None, "sense 'speech'"),
    ("reporting_verbs.tsv", "form\tlemma\tsense\tkind\tagreement\tflags\nقال\tقال\tsay\tpast\tm\t\n", "agreement 'm'"),
    ("reporting_verbs.tsv", "form\tlemma\tsense\tkind\tagreement\tflags\nقال\tقال\tsay\tpast\tms\tstrong\n",
     "flag 'strong'"),
    ("grammar.json", "{not json", "quotes/grammar.json is corrupt"),
    ("grammar.json", '{"complementisers": ["أن"]}', "no entry 'complementiser_after_attribution'"),
    ("wordclasses.tsv", "kana\tكان\t\n", "'verb_prepositions' is not in quotes/wordclasses.tsv"),
])
def test_a_corrupt_data_file_is_an_error_naming_file_and_fault(file, text, complaint):
    from rasd.errors import ModelError
    if text is None:
        text = _verbs_with("علق\tعلق\tspeech\tpast\tms\t")
    with pytest.raises(ModelError, match=re.escape(complaint)) as err:
        _stage({f"quotes/{file}": text})
    assert f"quotes/{file}" in str(err.value)


def test_reporting_verbs_are_one_source_with_senses_for_other_stages():
    from rasd.quotes.lexicon import reporting_verbs
    from rasd.text.normalize import normalize
    res = Resources.default()
    verbs = reporting_verbs(res)
    assert verbs is reporting_verbs(res)  # parsed once per Resources
    assert verbs is _QUOTES.lexicon.verbs  # the quote stage reads the same table
    say, act = verbs.words(sense="say"), verbs.words(sense="act")
    assert {normalize(w) for w in ("قال", "قالت", "يقول", "أكد", "مضيفا", "مشيرة", "نقلت")} <= say
    assert {normalize(w) for w in ("دعا", "طالب", "هدد", "حذر", "تعهد", "نفى")} <= act
    assert not say & act and say | act == set(verbs.forms)
    assert verbs.words(sense="say", kinds=("past",), agreements=("ms",), lemmas=("قال", "أكد")) == {"قال", "اكد"}
    v = verbs.lookup(normalize("وأضافت"))
    assert (v.lemma, v.kind, v.agreement, v.sense) == ("أضاف", "past", "fs", "say")
    # رأي (opinion) and رأى (he saw) normalise alike: the written form decides
    assert verbs.lookup(normalize("رأى"), "رأى").lemma == "رأى" and verbs.lookup(normalize("رأي"), "رأي") is None
    assert verbs.lemma_names(sense="act") == ("حذر", "أقر", "اعترف", "تعهد", "هدد", "طالب", "نفى", "دعا")


def test_quote_record_fields_and_span_attributes_follow_the_ontology():
    import dataclasses
    from rasd.ontology import QUOTE_FIELDS
    from rasd.quotes.record import Quote
    assert [f.name for f in dataclasses.fields(Quote)] == [f for f in QUOTE_FIELDS if f != "text"]
    doc = analyse("وقال بوتين إن روسيا مستعدة للتفاوض.")
    q = doc.layer("quotes")[0]
    assert list(q.attrs) == [f for f in QUOTE_FIELDS if f not in ("kind", "start", "end", "text")]
    assert list(doc.to_dict()["quotes"][0]) == ["start", "end", "text", "kind", "speaker", "speaker_text", "cue",
                                                 "sentence"]


def test_keep_terms_is_a_pipeline_setting_and_unknown_settings_are_refused():
    from rasd.errors import PipelineError
    text = 'كشفت مصادر يمنية مطلعة عن «تمرد» داخل قيادات قوات «الحرس الجمهوري».'
    stages = ["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities", "quotes"]
    doc = Document(text)
    Pipeline(stages=stages, config={"quotes": {"keep_terms": True}})(doc)
    assert [(q.label, q.text) for q in doc.layer("quotes")] == [("term", "تمرد"), ("term", "الحرس الجمهوري")]
    with pytest.raises(PipelineError, match="keep_term"):
        Pipeline(stages=stages, config={"quotes": {"keep_term": True}})(Document(text))


# --- the dev articles, end to end without entities ------------------------------------------

def _coverage(gold, pred):
    tok = lambda s: re.findall(r"\w+", s)
    pool = {}
    for t in tok(pred):
        pool[t] = pool.get(t, 0) + 1
    g = tok(gold)
    hit = 0
    for t in g:
        if pool.get(t, 0):
            pool[t] -= 1
            hit += 1
    return hit / len(g) if g else 0.0


@pytest.mark.parametrize("name", sorted(p.name[:-4] for p in DEV.glob("*.txt")))
def test_dev_article_gold_quotes_are_found(name):
    gold = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = analyse((DEV / f"{name}.txt").read_text(encoding="utf-8"))
    preds = [q.text for q in quotes(doc)]
    for g in gold["quotes"]:
        assert any(_coverage(g["text"], p) >= 0.5 for p in preds), g["text"]
