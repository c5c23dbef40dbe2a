"""Issue 16, round 19 (docs/quotes.md "Round 19 (…)"): a person's name right after the cue that
the entity stage did not tag («وقال علي أحمدي متحدث باسم …»), which left the previous speaker
carried or the phrase unlinked. Every sentence is from a SaudiNewsNet day other than the reserved
fresh-reading days, named in a comment.
"""
from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)

# SaudiNewsNet 2015-07-26, aawsat (article 103): residents quoted, then a spokesman named with no
# entity (the entity stage found only the forces and Aden); «سكان» was carried to his words
AHMADI = ("وقال سكان في العاصمة صنعاء إن طائرات التحالف الحربية نفذت غارات قرب صنعاء، وأضافوا أن قاعدة "
          "عسكرية بالقرب من المدينة كانت من بين الأهداف.\n\n وقال علي أحمدي متحدث باسم قوات المقاومة الشعبية "
          "في عدن، ان القتال مستمر بقاعدة العند.")
# SaudiNewsNet 2015-07-27, almadina (article 578): buyers quoted one after another, the second
# with no entity
AIDAROUS = ("في جانب آخر يرى عاصم حسين- أحد المشترين- أن تطور وسرعان إنتاج الأجهزة الذكية يجعل من قرار "
            "الشراء صعبًا، ويضيف علي العيدروس أن موعد إصدار الأجهزة المترقبة مثل الآيفون يجعل المستهلك "
            "يؤخر الشراء.")
# SaudiNewsNet 2015-08-03, alyaum (article 1034): a hadith; the rare word after «عمر» is a verb
OMAR = ("في صحيح مسلم عن نافع بن عبدالحارث الخزاعي وكان عامل عمر على مكة أنه لقيه بعسفان فقال له: من "
        "استخلفت؟ فقال: استخلفت ابن أبزى مولى لنا، فقال عمر استخلفت مولى؟ قال: إنه قارئ لكتاب الله عالم "
        "بالفرائض.")


def _person(doc, name):
    return [e for e in doc.layer("entities") if e.label == "PER" and e.name == name]


def test_a_name_after_the_cue_that_the_entity_stage_missed_is_the_speaker_not_the_residents():
    doc = analyse(AHMADI, ("e1", "ORG", "قوات المقاومة الشعبية", "قوات المقاومة الشعبية"), ("e2", "LOC", "عدن", "عدن"))
    entity, phrase = said(doc, "القتال مستمر")
    (person,) = _person(doc, "علي أحمدي")
    assert entity == person.id and phrase.startswith("علي أحمدي")
    assert said(doc, "قاعدة عسكرية")[1] == "سكان"  # the residents keep their own words


def test_a_given_name_and_a_family_name_after_the_cue_are_the_speaker():
    doc = analyse(AIDAROUS, ("e1", "PER", "عاصم حسين", "عاصم حسين"))
    (person,) = _person(doc, "علي العيدروس")
    assert said(doc, "موعد إصدار الأجهزة") == (person.id, "علي العيدروس")


def test_a_rare_word_that_is_no_family_name_after_a_given_name_makes_no_person():
    doc = analyse(OMAR)
    assert not [e for e in doc.layer("entities") if e.name.startswith("عمر ")]
    assert quote(doc, "قارئ لكتاب الله").get("speaker") is None


def test_a_name_the_entity_stage_found_is_not_made_twice():
    doc = analyse(AIDAROUS, ("e1", "PER", "عاصم حسين", "عاصم حسين"), ("e2", "PER", "علي العيدروس", "علي العيدروس"))
    assert len(doc.layer("entities")) == 2
    assert said(doc, "موعد إصدار الأجهزة")[0] == "e2"
