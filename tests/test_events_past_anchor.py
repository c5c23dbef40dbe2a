"""A paragraph's past date dates the acts told after it (issue 15, round 14): a column that opens a
paragraph with «في 20 مايو (أيار) 1990» and goes on without a date of its own told its acts as the
publication day's news. The acts of the 2 sentences after the date's own get that date and
``historical``; a «since» date (منذ عام 2011) or a text with no line breaks carries nothing. Real
SaudiNewsNet text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""


def _events(text: str, published: str) -> list[tuple]:
    """(type, trigger, source text, target text, context, date) through the default events settings."""
    from rasd.eval.events import DEFAULT, analyse

    doc = analyse(text, DEFAULT, published=published)
    return [(e.label, e.text, e.attrs.get("source_text") or "", e.attrs.get("target_text") or "",
             e.attrs.get("context"), e.attrs.get("date")) for e in doc.layer("events")]


# aawsat 2015-08-06: a list of attacks by Jewish extremists, one paragraph each
COLUMN = ("> في 1984، جاءت «عصابة لفتا»، التي ضمت نشطاء متطرفين أقاموا في قرية لفتا المهجرة في القدس، وتسللوا إلى "
          "الحرم القدسي حاملين عبوات ناسفة بهدف تفجير المساجد، وقد تم ضبطهم قبل تنفيذ الجريمة.\n"
          "> في 22 أبريل (نيسان) 1985، نفذ كل من داني أيزنمان وغيل فوكس وميخال هليل في القدس الشرقية، عملية "
          "إرهابية، حيث أوقفوا سيارة أجرة فلسطينية وقتلوا سائقها. وقد حكم عليهم بالسجن المؤبد، غير أنه جرى إطلاق "
          "سراحهم بعد 5 - 11 عاما.\n"
          "> في 20 مايو (أيار) 1990، نفذ المجرم عامي بوبر جريمة إرهابية مهولة؛ إذ داهم مجموعة من العمال "
          "الفلسطينيين كانوا ينتظرون عند محطة للحافلات في ريشون لتسيون، بعد انتهاء عملهم، لكي يستقلوا إحدى "
          "حافلاتها عائدين إلى بيوتهم. قتل بوبر 7 عمال فلسطينيين وأصاب 11 آخرين بجراح. وقد فرض على القاتل السجن "
          "المؤبد لسبع مرات، ثم جرى تخفيف عقوبته وتقليصها لمدة 40 سنة.")


def test_the_paragraphs_past_date_dates_the_act_of_the_next_sentence():
    got = _events(COLUMN, "2015-08-06")
    killing = [e for e in got if e[1] == "قتل" and "بوبر" in e[2]]
    assert killing and all(e[4] == "historical" and e[5] == "1990-05-20" for e in killing), got


def test_a_text_with_no_line_breaks_carries_no_past_date():
    # the same paragraph alone: one paragraph is the whole text, whose later sentences a date of
    # one sentence does not date
    got = _events(COLUMN.split("\n")[2], "2015-08-06")
    assert [e for e in got if e[1] == "قتل" and e[5] == "2015-08-06" and e[4] is None], got
