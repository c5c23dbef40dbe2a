"""Issue #14, round 12 (branch ents12): a foreign name's own first letter ف/ك read as a clitic,
words of verse read as names, a name inside a longer proper name (docs/entities.md, "Round 12").
Each rule is tested on real SaudiNewsNet sentences of days other than the fresh-reading ones."""

from entities_support import analyse


def mentions(text, published, **meta):
    return [m.text for e in analyse(text, published, **meta).entities for m in e.mentions]


# -- a transliterated name's first ف/ك is the name's, not a clitic ------------------------------
# 2015-08-06 (aawsat): Kabul, not ك + ابل
KABUL = ("وفي العاصمة الأفغانية كابل، تتناقل وسائل إعلام محلية الأخبار التي تتحدث عن وقوع اشتباكات "
         "دموية بين فصائل مختلفة في حركة طالبان على خلفية تعيين زعيم جديد لها")
# 2015-07-26 (alyaum): a Guinean player
ZAYATI = ("أكملت إدارة نادي الرائد برئاسة عبداللطيف الخضير، عقد المحترفين الأجانب الذين سيمثلون "
          "فريقها الكروي الأول، خلال الموسم القادم، وذلك بتعاقدها مع قائد ومدافع المنتخب الغيني ونادي "
          "شيفيلد وينزداي الإنجليزي كميل زاياتي ( ٣٠ عاما ) لمدة موسم واحد")
# 2015-07-21 (aawsat): Kofi Annan (the splitter read ك + وفي "loyal")
ANNAN = ("وقال جيمي فولر المؤسس المشارك لمجموعة «فيفا جديد الآن» في مؤتمر صحافي بزيوريخ أمس: "
         "«نحن ندعو كوفي أنان للخوض في هذه الفوضى وتولي مسؤولية عملية الإصلاح».")
# 2015-07-21 (aawsat): Ford, not ف + ورد "was mentioned"
FORD = ("ومعظم الشركات العالمية للسيارات - وآخرها شركة فورد الأميركية - تتنافس اليوم على تطوير "
        "كل أوجه التكنولوجيا المتعلقة بها")


def test_foreign_name_keeps_its_first_letter_kaf_or_fa():
    assert "كابل" in mentions(KABUL, "2015-08-06", source="aawsat")
    assert "كميل زاياتي" in mentions(ZAYATI, "2015-07-26", source="alyaum")
    assert "كوفي أنان" in mentions(ANNAN, "2015-07-21", source="aawsat")
    got = mentions(FORD, "2015-07-21", source="aawsat")
    assert any(m.startswith("فورد") for m in got) and "ورد" not in got


# 2015-08-06 (aawsat): "then Washington moves slowly": ف is the conjunction
WASHINGTON = ("خصوصًا في ظل ضعف وتشتت المعارضة المعتدلة. فواشنطن تتحرك ببطء في عمليات تدريب "
              "المعارضة، وتتخوف من انضمام بعض من تدربهم إلى الحركات المتطرفة")
# 2015-07-26 (3alyoum): "such as the ministry of commerce": ك is the preposition
MINISTRY = ("وينفذ هذه الآلية فريق عمل مكون من الجهات المختصة كوزارة التجارة والصناعة، والهيئة "
            "السعودية للمواصفات والمقاييس والجودة، ومصلحة الجمارك العامة")
# 2015-07-21 (aawsat): "for the opera house": ف before a construct of two Arabic nouns
OPERA = ("وفي مونت كارلو، هناك جزء للفنون مهم، فدار الأوبرا الشهيرة التي تحتضن عشرات الآلاف من "
         "القطع الذهبية، تحتضن سنويا عروضا شهيرة")
# 2015-07-21 (aawsat): "such as al-Aqsa mosque": ك before the article
AQSA = ("كيف سيكون المشهد حال الاقتراب من موقع وموضع يمثل قُدسيّة خاصة للعالم الإسلامي "
        "كالمسجد الأقصى؟")


def test_real_clitic_fa_or_kaf_before_a_name_still_splits():
    assert "واشنطن" in mentions(WASHINGTON, "2015-08-06", source="aawsat")
    got = mentions(MINISTRY, "2015-07-26", source="3alyoum")
    assert any(m.startswith("وزارة التجارة") for m in got) and not any(m.startswith("كوزارة") for m in got)
    assert not any(m.startswith("فدار") for m in mentions(OPERA, "2015-07-21", source="aawsat"))
    assert not any(m.startswith("كالمسجد") for m in mentions(AQSA, "2015-07-21", source="aawsat"))
