"""A circumstantial participle (الحال: داعيا، مطالبة، محذرا) is done by the subject of the main
clause, never by a noun inside a reported clause or a quotation before it, nor by its own object
(issue 15, branch evprec6: «أكد الأمين العام … داعياً دول المنطقة إلى …» gave the states as doer).
Real SaudiNewsNet sentences of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09), read through
the default pipeline."""
from conftest import event_texts


def _events(text, published, typ="REQUEST"):
    return [(trigger, source, target) for label, trigger, source, target in event_texts(text, published)
            if label == typ]


def test_a_feminine_participle_after_a_comma_is_the_commissions_call_on_the_community():
    # aawsat 2015-07-26: the addressee (the international community) was made the doer, read as
    # the genitive of the noun داعية "preacher"
    got = _events("بدورها، أعلنت مفوضية حقوق الإنسان في العراق، أن عدد النازحين من الفلوجة بلغ أكثر من 70 "
                  "ألف شخص أغلبهم من النساء والأطفال، مشيرة إلى أن تنظيم داعش نفذ حملة إعدامات جماعية بحق "
                  "الكثير من المدنيين الذين خالفوا تعليماته، داعية المجتمع الدولي إلى اعتبار ما قام به "
                  "التنظيم من جرائم وانتهاكات بمثابة جرائم ضد الإنسانية.", "2015-07-26")
    assert [e for e in got if e[0] == "داعية"], got
    assert all(e[1] != "المجتمع الدولي" for e in got), got
    assert ("داعية", "مفوضية حقوق الإنسان في العراق", "المجتمع الدولي") in got, got


def test_a_feminine_participle_addressing_a_ministry_does_not_make_it_the_doer():
    # aleqtisadiya 2015-08-03 (recruitment offices): the labour ministry is asked, it asks no one
    got = _events("وتأكيدا على ذلك، أجمع أغلبية مكاتب الاستقدام خلال الجولة على أنه لا تتوفر عمالة منزلية نسائية "
                  "بنجلادشية حتى الآن، كما تصل عدد التأشيرات التي لديها في انتظار الحصول على عمالة إلى 200 تأشيرة "
                  "على أقل تقدير، داعية وزارة العمل إلى التوجه إلى دول أخرى باستطاعتها سد العجز في سوق العمالة "
                  "المنزلية في المملكة في الوقت الحالي.", "2015-08-03")
    assert all(e[1] != "وزارة العمل" for e in got), got


def test_the_subject_inside_a_reported_clause_is_not_the_participles_doer():
    # aawsat 2015-07-31: the speaker of وأضاف calls on the traders, not the relief planes
    got = _events("وأضاف أن طائرات الإغاثة التي هبطت الأيام الماضية في مطار عدن أدت لكسر الحاجز النفسي لدى "
                  "السكان وعودة الحياة لطبيعتها، داعيا التجار اليمنيين لمعاودة نشاطهم في تلبية احتياجات السوق "
                  "المحلية.", "2015-07-31")
    assert all("طائرات" not in e[1] for e in got), got
    # aljazirah 2015-08-01: the mufti calls, not Islam (the subject of the reported clause)
    got = _events("وأفاد سماحته بأن الإسلام نهى أن يحكم القاضي لأحد أقاربه خوفًا من أن يتهم بالمحاباة، داعياً "
                  "إلى أن نتقي الله في أنفسنا ونبتعد عن المعاصي وعن كل ذريعة تؤدي إليها.", "2015-08-01")
    assert all(e[1] != "الإسلام" for e in got), got


def test_an_actor_inside_a_quotation_or_an_earlier_participles_clause_is_not_the_doer():
    # aawsat 2015-07-26: Daesh is named inside the spokesman's quotation; it calls on no one
    got = _events("وأشار رسول إلى «أن القوات الأمنية المشتركة تؤكد لأبناء شعبنا المحاصرين في المناطق التي ما "
                  "زالت تحت سيطرة تنظيم داعش أن الأيام المقبلة ستشهد استهداف مقار العصابات الإرهابية ومناطق "
                  "تجمعهم ومخازن أسلحتهم»، داعيا إياهم إلى الابتعاد عن تلك الأماكن.", "2015-07-26")
    assert all(e[1] != "تنظيم داعش" for e in got), got
    # aawsat 2015-07-25: the PKK is named inside «معتبرا أن …»; it warns no one
    got = _events("وإذ شدد المصدر على أن المنطقة الآمنة عند الحدود السورية «أمر لا بد منه» أشار إلى أن تركيا "
                  "سوف تقوم بعزل حدودها عن مناطق نفوذ تنظيم داعش وتنظيم «بي واي دي» (الكردي السوري) "
                  "الإرهابيين، معتبرا أن التنظيم الأخير لا يختلف عن تنظيم «الكردستاني» في كونه خطرا على الأمن "
                  "القومي التركي، محذرا قادة هذا التنظيم من الأحلام الانفصالية.", "2015-07-25", "THREATEN")
    assert all(e[1] != "الكردستاني" for e in got), got


def test_the_main_clauses_subject_still_does_the_participle():
    # aawsat 2015-07-31: the parliament pledges and calls on the UN
    got = _events("وتعهد البرلمان بمحاسبة كل من تسول له نفسه المساس بأرواح وأملاك وحريات المواطنين، دون ضمان "
                  "محاكمة عادلة، داعيا الأمم المتحدة وبعثتها في ليبيا إلى الاضطلاع بدورها الإنساني لوقف هذه "
                  "الأحكام.", "2015-07-31")
    assert ("داعيا", "البرلمان", "الأمم المتحدة") in got, got
    # alyaum 2015-08-03: the Israeli culture minister calls for backing the settlements
    got = _events("كما هاجمت وزيرة الثقافة الإسرائيلية، المتطرفة -ميري ريغيف-، الشعب الفلسطيني، داعية لدعم "
                  "الاستيطان.", "2015-08-03")
    assert [e for e in got if e[0] == "داعية" and e[1] == "ميري ريغيف"], got

