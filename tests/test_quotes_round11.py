"""Issue 16, eleventh round (docs/quotes.md "Issue 16, eleventh round"): a military or police rank
with its qualifiers (العميد ركن طيار، المقدم بحري الدكتور) before the name. Every sentence is from a
SaudiNewsNet day other than the reserved fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-08-02, alwatan (article 759)
ASIRI = ("أكد المتحدث باسم التحالف المستشار بمكتب وزير الدفاع العميد ركن أحمد عسيري لـ\"الوطن\"، أن عدن "
         "اليوم باتت أكثر أمنا من ذي قبل.")

# SaudiNewsNet 2015-07-31, okaz (article 1963)
GHARIR = ("وأوضح المتحدث الإعلامي بقيادة حرس الحدود بمنطقة تبوك العميد بحري عبدالله بن حمد الغرير، أن "
          "الزيارة تأتي من أجل الوقوف عن كثب وتفقد سير العمل الميداني.")

# SaudiNewsNet 2015-08-03, alriyadh (article 563); the NER tags «ركن طيار» as a person
MAWALI = ("من جهته، قال المقدم ركن طيار سعود المعولي قبطان الطائرة العمانية التي قدمت لإرجاع العمانيين "
          "والمصابين إن لنا إخوة في المملكة أهل كرم وجود وإحسان وطيبة.")


def test_the_speaker_runs_through_a_ranks_qualifiers_to_the_name():
    doc = analyse(ASIRI, ("e1", "PER", "أحمد عسيري", "أحمد عسيري"))
    entity, phrase = said(doc, "عدن اليوم")
    assert entity == "e1"
    assert phrase.endswith("العميد ركن أحمد عسيري")
    doc = analyse(GHARIR, ("e1", "PER", "عبدالله الغرير", "عبدالله بن حمد الغرير"))
    entity, phrase = said(doc, "الزيارة تأتي")
    assert entity == "e1"
    assert phrase.endswith("العميد بحري عبدالله بن حمد الغرير")


def test_a_person_of_rank_words_alone_is_no_speaker():
    doc = analyse(MAWALI, ("e1", "PER", "ركن طيار", "ركن طيار"), ("e2", "PER", "سعود المعولي", "سعود المعولي"))
    assert said(doc, "لنا إخوة")[0] == "e2"
