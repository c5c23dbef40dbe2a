"""In an article about sport, a place that the article makes a club once (نادي روما, a listed
club) is the club at its other occurrences (ولم يحدد روما: the club decided), unless a preposition
or a place word makes it the place there (عودتهم إلى روما). One sense per discourse (Gale, Church
and Yarowsky 1992). Real SaudiNewsNet text of 2015-07-26 (never the fresh-reading days)."""

from rasd.document import Document
from rasd.pipeline import Pipeline

ENTITIES = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "ner", "gazetteer", "entities"])

ROMA = ("منع 5 من لاعبي روما من دخول إندونيسيا\n"
        "شعرت جماهير كرة القدم في إندونيسيا بسعادة كبيرة لمتابعة نادي روما الإيطالي في جاكرتا لأول مرة بعد وصوله "
        "لاعبيه، الجمعة، للاستعداد للموسم الجديد، لكن بالنسبة لمسؤولي المطار ربما لم يكن الأمر كذلك.\n"
        "وأبلغ مسؤولون النادي الإيطالي أنه لن يتم السماح بدخول خمسة من لاعبيه إلى إندونيسيا بعد وصول البعثة إلى "
        "جاكرتا لأول مرة في تاريخ النادي استعدادا لبرنامج من الأحداث بمشاركة روما وإندونيسيا.\n"
        "واللاعبون الخمسة هم سيدو دومبيا وجرفينيو وفيكتور ايبارو وادم ليايتش وأنطونيو سانابريا وبدلا من السماح "
        "بدخولهم للاشتراك في منافسات البرنامج تقرر عودتهم إلى روما.\n"
        "ولم يحدد روما سبب عدم السماح لهذا الخماسي بدخول إندونيسيا.\n"
        "ويخوض روما آخر فترة من الاستعداد الخارجي للموسم الجديد بعدما شارك في كأس الأبطال الدولية الودية في "
        "أستراليا حيث فاز هناك على ريال مدريد بركلات الترجيح وخسر أمام مانشستر سيتي بالطريقة ذاتها.\n")


def labels_at(text, word):
    doc = ENTITIES(Document(text, meta={"published": "2015-07-26", "source": "aawsat"}))
    return {m.start: e.label for e in doc.entities for m in e.mentions if m.text == word}


def test_a_club_once_is_the_club_elsewhere_in_a_sport_article():
    got = labels_at(ROMA, "روما")
    assert got[ROMA.index("ولم يحدد روما") + len("ولم يحدد ")] == "ORG"
    assert got[ROMA.index("نادي روما") + len("نادي ")] == "ORG"


def test_after_a_preposition_it_stays_the_place():
    got = labels_at(ROMA, "روما")
    assert got[ROMA.index("عودتهم إلى روما") + len("عودتهم إلى ")] == "LOC"
