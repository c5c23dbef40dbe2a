"""Issue #14, round 13 (branch ents13): titles and ranks read as names, family names «آل X»
(docs/entities.md, "Round 13"; rasd/entities/name_titles.py). Each rule is tested on real
SaudiNewsNet sentences of days other than the fresh-reading ones."""

from entities_support import analyse


def people(text, published, **meta):
    """(mention text, entity name) of every PER mention."""
    doc = analyse(text, published, **meta)
    return [(m.text, e.name) for e in doc.entities if e.label == "PER" for m in e.mentions]


# 2015-07-26 (aljazirah): a heritage essay on two books of Sira, signed by a descendant of the
# family آل الشيخ; «الشيخ» is the title of the two scholars it speaks of, never the author
ESSAY = ("أما الكتاب الثاني فهو لابن الشيخ محمَّد بن عبدالوهاب، وهو العالم النحرير الشيخ عبدالله، "
         "وكتابه أطول من كتاب أبيه. وقد ابتدأ الشيخ عبدالله مباشرة في ذكر النسب النبوي. "
         "واستطرد الشيخ في ذكر ما تلا بدرًا من غزوات.\n"
         "- عبدالمحسن بن عبدالعزيز بن عبدالرحمن آل الشيخ\n")


def test_bare_title_is_not_the_surname_of_a_house_name():
    got = people(ESSAY, "2015-07-26", source="aljazirah")
    assert ("الشيخ", ) not in {(t,) for t, _ in got}
    assert "عبدالمحسن بن عبدالعزيز بن عبدالرحمن آل الشيخ" in [t for t, _ in got]


# 2015-08-07 (aleqtisadiya): the mufti, named in full, then by his family name with its آل
MUFTI = ("وقال الشيخ عبدالعزيز آل الشيخ مفتي عام السعودية، رئيس هيئة كبار العلماء، إن هذا العمل هو "
         "منهج الأعداء في الإجرام والإفساد واختراق صفوف الأمة. \nوأضاف آل الشيخ: \"أن المصاب مصاب "
         "الجميع\". \nمن جهته، أبان الشيخ الدكتور عبدالرحمن السند الرئيس العام لهيئة الأمر بالمعروف "
         "أن هذا العمل إجرام.")


def test_house_name_alone_is_the_person_named_in_full():
    got = people(MUFTI, "2015-08-07", source="aleqtisadiya")
    texts = [t for t, _ in got]
    assert "الشيخ" not in texts
    assert ("آل الشيخ", "عبدالعزيز آل الشيخ") in got


# 2015-08-03 (alweeam): the family name after the deceased's full name is his
ATIYAN = ("استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير أسرة الشيخ سعيد "
          "بن عبدالله آل عطيان الذي وافته المنية الأربعاء الماضي.\nوقدمت أسرة الشيخ آل عطيان خلال "
          "الاستقبال شكرها وتقديرها لسمو الأمير فيصل بن خالد على تعازيه ومواساته لهم")


def test_house_name_after_a_title_is_that_man():
    got = people(ATIYAN, "2015-08-03", source="alweeam")
    names = {e for t, e in got if t == "آل عطيان"}
    assert names and all("سعيد" in e for e in names)


# 2015-08-08 (aleqtisadiya): three UAE soldiers, each named after his rank «العريف أول»
SOLDIERS = ("نعت القيادة العامة للقوات المسلحة في الامارات ثلاثة من جنودها وهم الشهيد العريف أول جمعة "
            "جوهر الحمادي والشهيد العريف أول خالد محمد الشحي والشهيد العريف أول فاهم سعيد الحبسي الذين "
            "قدموا ارواحهم فداء للواجب الوطني")
# 2015-07-21 (almadina): civil-defence men named after their ranks
CIVIL_DEFENCE = ("ووصف الجندي أول عبدالله الهزاع والجندي أول عقيل البصري والعريف حسين السالم العمل خلال "
                 "أيام العيد بأنه واجب. \n وقال وكيل الرقيب حسين الوعيد: جميعنا يدًا بيد لحماية الأنفس")


def test_a_rank_is_no_part_of_the_name_and_no_name_alone():
    for text, day, src in ((SOLDIERS, "2015-08-08", "aleqtisadiya"), (CIVIL_DEFENCE, "2015-07-21", "almadina")):
        texts = [t for t, _ in people(text, day, source=src)]
        assert texts, text
        assert not any(t.startswith(("العريف", "الجندي", "وكيل", "الرقيب")) or t.endswith("أول") for t in texts), texts
    assert "خالد محمد الشحي" in [t for t, _ in people(SOLDIERS, "2015-08-08", source="aleqtisadiya")]


# 2015-08-06 (alriyadh): two princes of آل سعود in one article: «آل سعود» alone may be either
# or the family, so it joins neither (guard)
PRINCES = ("رفع خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الشكر. وحضر صاحب السمو الملكي "
           "الأمير نايف بن عبد العزيز آل سعود الحفل. وتحدث عن تاريخ آل سعود في المنطقة.")


def test_house_name_shared_by_two_people_joins_neither():
    got = people(PRINCES, "2015-08-06", source="alriyadh")
    assert not any(t == "آل سعود" and e != "آل سعود" for t, e in got)


# -- a formula or God taken into the end of a name (rasd/entities/name_tails.py) ---------------
# 2015-07-21 (almadina): "the employee Suad al-Harbi asked God to protect ..."
HARBI = ("وسألت الموظفة سعاد الحربي الله أن يحفظ رجال أمننا الأبطال الذين يدركون قيمة هذا الوطن "
         "فنذروا أنفسهم للدفاع عنه")
# 2015-07-21 (alwatan): the family name الجار الله (a theophoric given name with the article)
JARALLAH = ("إلى ذلك، أوضح الجار الله أن المهرجان يحتوي على خمس صالات تسوق للمؤسسات والشركات "
            "والمصانع الوطنية. وقال مدير المهرجان إبراهيم محمد الجار الله إن الإقبال كبير")
# 2015-07-22 (alriyadh): the Prophet's name and the blessing said after it
HIJRA = ("وفي القاعة الثانية \"قاعة التراث الإسلامي\" يتجول الزائر في مرحلة هجرة الرسول محمد صلى الله "
         "عليه وسلم إلى المدينة المنورة، وعهد الخلفاء الراشدين")


def all_mentions(text, published, **meta):
    return [m.text for e in analyse(text, published, **meta).entities for m in e.mentions]


def test_god_after_a_definite_noun_is_no_part_of_the_name():
    got = all_mentions(HARBI, "2015-07-21", source="almadina")
    assert "سعاد الحربي" in got and not any(m.endswith("الله") for m in got)


def test_theophoric_family_name_keeps_god():
    got = all_mentions(JARALLAH, "2015-07-21", source="alwatan")
    assert any(m.endswith("الجار الله") for m in got)


def test_blessing_after_the_prophets_name_is_no_name():
    got = all_mentions(HIJRA, "2015-07-22", source="alriyadh")
    assert not any("صلى" in m for m in got)
    assert "المدينة المنورة" in got


# -- a name's first ب after a place head in construct (rasd/entities/name_edges.py) -------------
# 2015-07-26 (alriyadh) and 2015-07-31 (alyaum): the Turkish town Bolu, read ب + ولو "even if"
BOLU = [("الدولي كامل زاياتي (٣٠ عاماً) في مدينة بولو التركية حيث مقر المعسكر الإعدادي للفريق",
         "2015-07-26", "alriyadh"),
        ("وكان اللاعب قد التحق بمعسكر الفريق بمدينة بولو التركية، فجر أمس.", "2015-07-31", "alyaum")]
# 2015-07-22 (aawsat): a place whose ب the splitter leaves alone stays whole (guard)
BURAYDAH = ("وأوضح أن الحريق اندلع في مستودع بمدينة بريدة أمس، وباشرته فرق الدفاع المدني")


def test_first_ba_of_a_place_after_its_head_is_the_names():
    for text, day, src in BOLU:
        got = all_mentions(text, day, source=src)
        assert "بولو" in got and "ولو" not in got, got
    assert "بريدة" in all_mentions(BURAYDAH, "2015-07-22", source="aawsat")


# 2015-07-27 (aljazirah): a column to the UN envoy «ولد الشيخ»; «الشيخ» of «الشاب الشيخ» ("the
# young and the old") is no one's name, though ولد الشيخ ends with it
ENVOY = ("ولا غرابة في أن يتفق علي صالح مع الحوثيين، على تدمير البنية التحتية وقتل المواطن اليمني "
         "الطفل المرأة الشاب الشيخ ولم يتركوا شيئاً إلا ودمروه. \nوقال المبعوث الأممي إسماعيل ولد الشيخ "
         "أحمد إن المشاورات مستمرة. \nبعد كل هذا يا ولد الشيخ ماذا ننتظر منكم؟")


def test_title_after_a_link_to_the_father_is_no_surname():
    got = people(ENVOY, "2015-07-27", source="aljazirah")
    assert "الشيخ" not in [t for t, _ in got]
    assert any(t.startswith("إسماعيل ولد الشيخ") for t, _ in got)
