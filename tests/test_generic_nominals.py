"""A class noun used of people in general (خدمات للمواطنين، حقوق الطلاب) is no actor: it is kept out
of the entity layer, so it takes no code either; the same noun as the doer or addressee of an act
or a speech stays (rasd.entities.nominal, classes class_noun ... speech_noun of
nominal_actors.tsv). Real sentences of SaudiNewsNet 2015-07-22, 07-26 and 08-02 (never the
fresh-reading days)."""

import pytest

from rasd.config import DEFAULT_STAGES
from rasd.document import Document
from rasd.entities.nominal import load_nominal_data
from rasd.pipeline import Pipeline
from rasd.resources import Resources
from rasd.text.normalize import normalize

# what the entities stage reads, before the bystanders stage prunes the descriptions that take no
# part in a quote or an event (round 21: tests/test_entities_round21.py)
PIPE = Pipeline(stages=DEFAULT_STAGES[:DEFAULT_STAGES.index("bystanders")])


def nominal(text, source="alriyadh"):
    """{mention text: code} of the nominal mentions of ``text`` in a Saudi outlet's article."""
    doc = PIPE(Document(text, meta={"published": "2015-07-26", "source": source}))
    assert doc.check_spans() == []
    return {m.text: e.attrs.get("code") for e in doc.entities for m in e.mentions if m.get("kind") == "nominal"}


@pytest.mark.parametrize("text, noun", [
    # purpose or benefit with a fused ل
    ("وأكد البكري أن من أولوياته كمحافظ لعدن خلال الشهرين القادمين هو دعم المقاومة في عدن ورعاية أسر "
     "الشهداء والجرحى وتثبيت الأمن والاستقرار وتفعيل الخدمات الأساسية للمواطنين.", "للمواطنين"),
    ("وأشار الوزير الامريكي إلى أن واشنطن ملتزمة بقوة بدعم علاقاتها بمصر، مؤكدا ثقة بلاده في أن مصر "
     "لديها كل ما يدعمها بقوة وكل ما يدعم الحقوق الأساسية للمواطنين.", "للمواطنين"),
    ("تواصل الأندية الموسمية التابعة للإدارة العامة للتعليم بمنطقة الرياض فعالياتها التي تقدمها للطلاب "
     "والطالبات خلال الإجازة الصيفية عبر عديد من البرامج التي تستهويهم وتلبي رغباتهم المختلفة.", "للطلاب"),
    # the genitive of a noun of service or protection
    ("وشدد على عدم وجود حل عسكري لهذا الصراع، وأشار إلى ضرورة تمسّك جميع الأطراف بمبدأ حماية المدنيين.",
     "المدنيين"),
])
def test_a_class_noun_of_purpose_benefit_or_service_is_no_entity(text, noun):
    got = nominal(text)
    assert noun not in got, got


def test_the_addressee_of_a_speech_stays_an_actor():
    # the verb of saying (the quotes area's list) right before, or with its subject between
    assert "للصحافيين" in nominal("وقال بحاح للصحافيين عقب وصوله إلى عدن إن عودته «جزء من تحرير عدن وتطبيع "
                                  "الحياة فيها، وسأبدأ بزيارة الجرحى».")
    # a noun of speech with a fused ب
    assert "للصحافيين" in nominal("وقد حرص كلاهما على الامتناع عن الإدلاء بتصريحات للصحافيين «خوفا من بروز "
                                  "الخلافات العميقة بين الطرفين».")


def test_a_class_noun_as_the_subject_of_a_speech_stays_with_its_code():
    got = nominal("ويقول سكان داخل المدينتين إن تنظيم داعش أصدر تعليمات بإعدام كل من يحاول الهرب.")
    assert "سكان" in got, got


def test_a_specific_group_after_a_demonstrative_or_before_a_relative_stays():
    # the same purpose phrase as in the generic sentence above, made specific
    base = "وتفعيل الخدمات الأساسية للمواطنين."
    assert "للمواطنين" not in nominal(base)
    assert "للمواطنين" in nominal("وتفعيل الخدمات الأساسية للمواطنين الذين عادوا إلى عدن.")
    assert "الجنود" in nominal("وأكد أن الخدمات تقدم لهؤلاء الجنود.")


def test_every_class_noun_is_a_group_head_and_the_context_words_load():
    data = load_nominal_data(Resources.default())
    g = data.generic
    groups = {h.canonical for heads in data.heads.values() for h in heads if h.cls == "group"}
    forms = {w for w, heads in data.heads.items() if any(h.cls == "group" for h in heads)}
    assert g.class_nouns and g.class_nouns <= forms
    assert {h.canonical for w in g.class_nouns for h in data.heads[w]} & groups
    assert normalize("هؤلاء") in g.demonstratives and normalize("قال") in g.saying
    assert normalize("حقوق") in g.benefit_nouns and normalize("حول") in g.prepositions
