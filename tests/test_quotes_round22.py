"""Issue 16, round 22 (docs/quotes.md "Round 22 (…)"). Every sentence is from a SaudiNewsNet day
other than the reserved fresh-reading days, named in a comment.
"""
import pytest

from conftest import quote_and_speaker
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


_quote = quote_and_speaker


# SaudiNewsNet 2015-07-22, aawsat (article 21): «وأضاف» after a commissioner brought in by
# «وتوقع» in its own sentence; the European statement quoted before was carried
AVRAMOPOULOS = ("وقال بيان أوروبي إن الوزراء اتفقوا على الكيفية التي يمكن من خلالها التعامل مع تدفق "
                "اللاجئين في 28 دولة بالاتحاد الأوروبي في غضون عامين. وتوقع أفراموبولوس أن يكون هناك حل "
                "قبل نهاية العام الحالي لإيجاد مأوى للباقين ويزيد عددهم على 7 آلاف شخص، وأضاف: «لقد حققنا "
                "في الأشهر الأخيرة أكثر مما حققناه في العقد الماضي».")
# SaudiNewsNet 2015-07-22, aawsat (article 66): «وقالت إنها» after «وتباهت تسيبي لفني» in the
# sentence before; the minister quoted before her was carried
LIVNI = ("وقالت وزيرة القضاء اييلت شكيد، بعد التصويت، إنه «تم اليوم تحقيق العدالة. طوال سنوات تهرب "
         "المخربون من العقاب والمسؤولية».\n\n وتباهت تسيبي لفني من المعارضة بأنها كانت أول من طرح فكرة "
         "هذا التعديل في القانون. وقالت إنها كانت قد بادرت لذلك في أعقاب انتفاضة القدس.")
# SaudiNewsNet 2015-07-22, aawsat (article 35): the minister named after «أبلغ» is its object, not
# a new subject: «وقال:» goes on with the mayor
SAIDA = ("رئيس بلدية صيدا محمد السعودي، أعلن أنه أبلغ وزير البيئة محمد المشنوق، رفضه شخصيا استقبال "
         "أي نفايات من خارج صيدا. وقال: «طلبت وزارة البيئة استقبال كل النفايات».")
# SaudiNewsNet 2015-08-03, alriyadh (article 680): the paper the experts spoke to, «ل"الرياض"»,
# was the speaker of «إلا أنهم أكدوا»
RIYADH = ("ونفوا خلال حديثهم ل\"الرياض\" وجود أي تأثيرات ملموسة بداخل الأسواق العالمية تجاه موافقة "
          "لجنة الطاقة على مشروع السماح بالتصدير للخام الأميركي، إلا أنهم أكدوا أن الولايات المتحدة "
          "الأميركية ستعد أحد المنافسين القادمين.")


def test_a_person_brought_in_by_a_verb_of_no_report_is_the_subject_of_the_next_continuation(pipe):
    q, ent = _quote(pipe, AVRAMOPOULOS, "لقد حققنا")
    assert ent is not None and ent.name == "أفراموبولوس"


def test_a_person_brought_in_in_the_sentence_before_is_the_subject_of_a_pronoun_cue(pipe):
    q, ent = _quote(pipe, LIVNI, "بادرت لذلك")
    assert ent is not None and ent.name == "تسيبي لفني"
    q, ent = _quote(pipe, LIVNI, "تحقيق العدالة")
    assert ent is not None and ent.name == "اييلت شكيد"  # the first quote keeps its speaker


def test_a_name_after_the_subject_is_an_object_and_never_a_new_subject(pipe):
    q, ent = _quote(pipe, SAIDA, "طلبت وزارة البيئة")
    assert ent is not None and ent.name == "محمد السعودي"


def test_an_outlet_after_a_preposition_written_apart_is_never_the_speaker(pipe):
    q, ent = _quote(pipe, RIYADH, "المنافسين القادمين")
    assert ent is None or "الرياض" not in ent.name
