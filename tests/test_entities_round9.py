"""Issue #14, round 9 (branch ents9): names the entity stage missed or cut, found by the quotes
helper's speakers left without an entity (docs/entities.md, "Round 9"). Each rule is tested on
real SaudiNewsNet sentences of days other than the fresh-reading ones (2015-07-22, 07-25, 07-27,
07-31, 08-06, 08-08)."""

from entities_support import analyse


def entities(text, published, **meta):
    """(label, code, mention texts) of every entity of the document."""
    return [(e.label, e.attrs.get("code"), [m.text for m in e.mentions])
            for e in analyse(text, published, **meta).entities]


def mentions(text, published, **meta):
    return [m for _, _, ms in entities(text, published, **meta) for m in ms]


# -- the Syrian Observatory for Human Rights, and its short form after it ----------------------
# 2015-07-22 (almadina): full name, then "the Observatory's director"
SOHR_DIRECTOR = ("قتل 18 شخصًا وأصيب العشرات بجروح أمس الثلاثاء في سقوط صاروخ مصدره قوات النظام السوري "
                 "على حي شعبي في وسط مدينة حلب في شمال سوريا، بحسب ما ذكر المرصد السوري لحقوق الإنسان، "
                 "وقال مدير المرصد رامي عبدالرحمن لوكالة فرانس برس: «سقط الصاروخ على حي المغاير».")
# 2015-07-27 (aawsat): the spelling الانسان without hamza
SOHR_NO_HAMZA = ("بعد عملية دامت شهرا ، قال المرصد السوري لحقوق الانسان إن وحدات حماية الشعب الكردية "
                 "انتزعت اليوم (الاثنين) السيطرة على بلدة صرين في شمال سوريا.")
# 2015-07-22 (aleqtisadiya): a weather model, "the European observatory": no SOHR in the article
EUROPEAN_MODEL = ("تشير النماذج العددية للتنبؤات الجوية طويلة المدى إلى موسم مطري مميز في بعض مناطق "
                  "السعودية حيث يشير المرصد الأوروبي في توقعاته الأخيرة إلى أمطار فوق المعدل.")
# 2015-07-22 (aleqtisadiya): the short form alone opens the sentence: any observatory
LONE_OBSERVATORY = "ونشر المرصد صورا ظهر فيها أشخاص تجمعوا حول مبان مدمرة، وبعضها استحال ركاما."


def test_the_syrian_observatory_is_an_ngo_and_its_short_form_after_it_the_same_entity():
    got = [x for x in entities(SOHR_DIRECTOR, "2015-07-22", source="almadina") if "المرصد" in x[2]]
    assert got == [("ORG", "NGOHRI", ["المرصد السوري لحقوق الإنسان", "المرصد"])]
    assert ("ORG", "NGOHRI", ["المرصد السوري لحقوق الانسان"]) in entities(
        SOHR_NO_HAMZA, "2015-07-27", source="aawsat")


def test_the_short_form_observatory_with_no_full_name_before_it_is_no_entity():
    assert not any("المرصد" in m for m in mentions(EUROPEAN_MODEL, "2015-07-22", source="aleqtisadiya"))
    assert not any("المرصد" in m for m in mentions(LONE_OBSERVATORY, "2015-07-22", source="aleqtisadiya"))


# -- a two-word given name (عبد الله, ضيف الله) is never cut at الله ---------------------------
# 2015-08-08 (aleqtisadiya)
THAQAFI = ("بدوره، أوضح مدير عام تعليم جدة عبد الله بن أحمد الثقفي, أن الحقائق تتجلى بعد هذا التفجير "
           "الإرهابي الآثم.")
# 2015-07-22 (aljazirah) and 2015-07-25 (sabq): ضيف الله written in two words
SALIHI = ("ورعى محافظ الرس محمد بن عبد الله العساف الاحتفال، بحضور أعضاء مجلس أهالي الرس، والأعيان "
          "من كبار العائلات يتقدمهم الشيخ منصور المالك، والشيخ ضيف الله الصالحي، وعدد كبير من الوجهاء.")
SAMHAN = ("وتضم الفعاليات من المنشدين فهد مطر ، حامد الضبعان ، ومن الشعراء صالح الشادي ، سعيد بن مانع ، "
          "فهد الشهراني ، عبدالله البلعاسي ، ضيف الله السمحان ونجوم قناة بداية شجاع الدوسري.")


def test_a_name_the_tagger_began_at_allah_takes_the_first_word_of_its_compound():
    assert "عبد الله بن أحمد الثقفي" in mentions(THAQAFI, "2015-08-08", source="aleqtisadiya")
    got = mentions(SALIHI, "2015-07-22", source="aljazirah")
    assert "ضيف الله الصالحي" in got and "محمد بن عبد الله العساف" in got
    assert "ضيف الله السمحان" in mentions(SAMHAN, "2015-07-25", source="sabq")


# -- a kinship noun ends a name; "son of" alone is none ---------------------------------------
# 2015-07-31 (sabq): Lafi, Mishal's brother
LAFI = ("وقال لافي شقيق مشعل إن شقيقه \"حالياً فاقد للوعي ومنوّم بقسم العناية المركزة بمستشفى طبرجل "
        "منذ أكثر من ثلاثة أشهر وحالته لم تتحسّن بعد\".")
# 2015-08-06 (3alyoum, alyaum): "the pilot's cousin", "the martyr's cousin"
COUSIN = ("وقال ابن عم الطيار الدكتور عبدالله العقيل: إن جثمان مازن وصل إلى المدينة المنورة إضافة إلى "
          "جثامين الأسرة المتوفاة من عائلة بن لادن ودفنوا جميعًا في مقابر البقيع.")
COUSIN2 = ("من جانبه قال ابن عم الشهيد حسن ناصر بشيري: إن الشهيد له أربعة أشقاء أحدهم يعمل في قوة "
           "الطوارئ بنجران.")


def test_a_kinship_noun_inside_a_person_span_ends_the_name():
    got = mentions(LAFI, "2015-07-31", source="sabq")
    assert "لافي" in got and "لافي شقيق مشعل" not in got


def test_son_of_alone_is_no_person():
    assert "ابن" not in mentions(COUSIN, "2015-08-06", source="3alyoum")
    assert "ابن" not in mentions(COUSIN2, "2015-08-06", source="alyaum")
    assert "عبدالله العقيل" in mentions(COUSIN, "2015-08-06", source="3alyoum")
