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


# SaudiNewsNet 2015-07-22, aawsat (article 73): Ban Ki-moon quoted, then the opposition leader
# brought in by a verb of no report (لم يسحب), whom «لكنه يقول» goes back to
RWASA = ("دعا الأمين العام للأمم المتحدة بان كي مون السلطات البوروندية إلى «القيام بكل ما بوسعها عمله من أجل "
         "فرض الأمن وإجراء الانتخابات الرئاسية بشكل سلمي».\n\n ودعا إلى أن: «جميع الأطراف إلى الامتناع عن القيام "
         "بأي نوع من أعمال العنف التي يمكن أن تزعزع استقرار بوروندي والمنطقة».\n\n ولم يسحب المعارض الرئيسي له "
         "أغاتون رواسا رسميا ترشحه، لكنه يقول إنه لم يقم بحملة ويعترض مسبقا على شرعية الانتخابات طالبا تأجيلها.")
# SaudiNewsNet 2015-08-08, aleqtisadiya (article 246): «اعتذر» brings in the player; the club
# named in his clause is no speaker
DI_MARIA = ("اعتذر الجناح الأرجنتيني انخيل دي ماريا المنضم إلى باريس سان جيرمان بطل دوري كرة القدم في فرنسا "
            "إلى جماهير فريقه السابق مانشستر يونايتد عن أدائه المتواضع مع النادي الإنجليزي، لكنه أكد أن ذلك "
            "لم يكن سببه تقصيرا من جانبه شخصيا.")
# SaudiNewsNet 2015-07-25, aawsat (article 177; the paragraph's «نعمت زاده» written in full, as the
# article writes him elsewhere, so that the entity stage finds him): the first clause's subject is the minister quoted
# just before; the last speaker's fuller phrase goes on (not «الوزير الخوض», the verb's object joined)
NEMAT = ("من جانب آخر، أكد محمد رضا نعمت زاده أن بلاده تتوقع الانضمام مجددًا إلى نظام جمعية الاتصالات المالية "
         "العالمية بين البنوك، المعروفة بـ«سويفت». وقال في مؤتمر صحافي عقده في فيينا إن «رفع العقوبات عن طهران "
         "سيسهل على الشركات الأجنبية المشاركة في عمليات الخصخصة المقررة لشركات إيرانية مملوكة للدولة».\n"
         "وبينما رفض الوزير الخوض في التفاصيل، إلا أنه أكد أن شركة النفط الوطنية الإيرانية لن تباع.")


def test_but_he_says_goes_back_to_the_subject_of_the_sentences_first_clause(pipe):
    doc = Document(RWASA)
    pipe(doc)
    ent = _speaker(doc, "لم يقم بحملة")
    assert ent is not None and ent.name == "أغاتون رواسا"
    assert _speaker(doc, "جميع الأطراف").name == "بان كي مون"  # his own words keep their speaker


def test_but_he_affirmed_after_a_verb_of_no_report_is_its_subject_not_a_noun_of_its_object(pipe):
    doc = Document(DI_MARIA)
    pipe(doc)
    ent = _speaker(doc, "تقصيرا من جانبه")
    assert ent is not None and ent.name == "انخيل دي ماريا"


def test_but_he_affirmed_keeps_the_last_speaker_when_the_first_clause_is_that_speaker(pipe):
    doc = Document(NEMAT)
    pipe(doc)
    q = next(q for q in doc.layer("quotes") if "شركة النفط" in q.text)
    assert q.get("speaker_text") != "الوزير الخوض"
    assert doc.entity(q.get("speaker")) is not None and "نعمت" in doc.entity(q.get("speaker")).name


# SaudiNewsNet 2015-08-03 (article 591): the historian named in the sentence before; «بشدة» is how
# he denied it, not a part of his name
BIX = ("وتحدث هربرت بيكس ، الحاصل عل جائزة بوليتزر لعام 2001 وصاحب كتاب \"هيروهيتو وصناعة اليابان الحديثة\" "
       "الأستاذ الفخري بجامعة بينجهامتون في نيويورك عن القنبلتين وتأثيرهما على اليابان.\n ونفى بيكس بشدة أن "
       "يكون التدمير الذري الذي حدث في المدينتين ضروريا لإنهاء الصراع خلال هذه الفترة ، وقال إن الحرب كانت "
       "ستنتهي لا محالة حتى دون استخدام السلاح النووي.")


def test_a_bi_phrase_after_the_speakers_name_is_not_part_of_the_speaker(pipe):
    doc = Document(BIX)
    pipe(doc)
    q = next(q for q in doc.layer("quotes") if "التدمير الذري" in q.text)
    assert q.get("speaker_text") == "بيكس" and doc.entity(q.get("speaker")).name == "هربرت بيكس"


# SaudiNewsNet 2015-08-02 (article 808): the agency quoted, then the party brought in by «أما …
# فتحدث»; «إلا أنه أقر» is the party's (before: no speaker)
PKK = ("ونقلت وكالة أنباء الأناضول أن الغارات التركية أسفرت خلال أسبوع عن مقتل حوالى 260 عنصرا من حزب العمال "
       "وإصابة حوالي 400 آخرين، من بينهم ضحايا سقطوا في تركيا كما في العراق. ولم تنقل الوكالة معلوماتها عن أي "
       "مصدر محدد.\n أما حزب العمال بالعراق فتحدث عن مقتل خمسة أشخاص فقط قبل غارات أمس، إلا أنه أقر بأن "
       "الاتصال محدود أو غير متوافر تماما مع بعض المناطق التي استهدفتها الغارات التركية.")
# SaudiNewsNet 2015-08-02 (article 699): «من جهة اخرى» with no comma; the words up to «تركيا» are
# a clause, not a subject: the Kurdish official quoted before goes on
KURD = ("وأكد مصطفى ان هذا الفصل الجديد من النزاع بين المتمردين الاكراد وتركيا لا يساعد مطلقا حكومة الاقليم "
        "في الجهود التي تبذلها لمواجهة مشكلة تدفق اللاجئين.\nمن جهة اخرى رحب المسؤول الكردي بقرار تركيا "
        "الانضمام الى الحملة الجوية التي يشنها التحالف الدولي بقيادة الولايات المتحدة ضد تنظيم داعش، ولكنه "
        "أوضح أن نزاع تركيا مع حزب العمال الكردستاني هو قضية مختلفة.")


def test_but_it_admitted_goes_back_to_the_party_the_sentence_opens_with(pipe):
    doc = Document(PKK)
    pipe(doc)
    q = next(q for q in doc.layer("quotes") if "الاتصال محدود" in q.text)
    assert q.get("speaker_text") == "حزب العمال"


def test_a_clause_before_a_place_name_is_no_first_clause_subject(pipe):
    doc = Document(KURD)
    pipe(doc)
    q = next(q for q in doc.layer("quotes") if "قضية مختلفة" in q.text)
    assert q.get("speaker_text") == "مصطفى"
