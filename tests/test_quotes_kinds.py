"""Quote error kinds found on both dev sets after issue 16's first round, each tested on sentences of
SaudiNewsNet articles from days other than the reserved fresh-reading days (docs/fresh-reading.md)
beside the dev sentence that showed it (named in a comment).

Documents run the text core only, with explicit "entities" layers where a test is about linking,
so the quote stage is tested apart from the entity stages.
"""
from pathlib import Path

import pytest

from rasd.eval.documents import evaluate
from rasd.quotes.direct import find_marked
from rasd.quotes.lexicon import load_lexicon
from rasd.resources import Resources
from rasd.shared import shared_path

from test_quotes_speakers import analyse, quote, said  # noqa: E402  (one way to build a test document)

LEX = load_lexicon(Resources.default())


def listed(doc):
    return [(q.label, q.text, q.get("speaker_text")) for q in doc.layer("quotes")]


def linked(text, fragment, name, label="PER"):
    """The entity of the quote holding ``fragment`` in ``text``, where ``name`` is entity e1."""
    return said(analyse(text, ("e1", label, name, name)), fragment)[0]


# --- a sentence that opens with وأن carries on the report before it ----------------------------

@pytest.mark.parametrize("text, first, second, speaker", [
    # SaudiNewsNet 2015-07-21 (asharq al-awsat): وأكد أوباما أن … . وأن وزارة الدفاع …
    ("وأكد أوباما أن شرطة «إف بي آي» ستتولى التحقيق في الهجوم. وأن وزارة الدفاع اتخذت كل الإجراءات "
     "اللازمة لحماية المنشآت.", "ستتولى التحقيق", "وزارة الدفاع اتخذت", "أوباما"),
    # 2015-07-21: وقالت صحيفة «واشنطن بوست» … إنه كان يتعاطى مخدرات. وإنه كان يتناول أدوية …
    ("وقالت صحيفة «واشنطن بوست»، حسب أصدقاء عبد العزيز، إنه كان يتعاطى مخدرات. وإنه كان يتناول أدوية "
     "للإحباط والتوتر والقلق.", "يتعاطى مخدرات", "يتناول أدوية", "صحيفة «واشنطن بوست»"),
    # 2015-07-21: وتضيف كريبنر أن «…». وأن نحو 800 مليون شخص …
    ("وتضيف كريبنر أن «هناك قرابة 1500 بركان نشط محتمل بمختلف أرجاء العالم في أي سنة من السنوات». وأن "
     "نحو 800 مليون شخص يعيشون في نطاق 62 ميلا من كل بركان.", "1500 بركان", "800 مليون شخص", "كريبنر"),
    # dev (march14-hezbollah): مؤكدا أنه لن يسمح … بأعمال شغب. وأن السراي الحكومي خط أحمر …
    ("وحذر الجيش في بيان رسمي كل المتظاهرين من مغبة محاولة الاقتراب من السراي، مؤكدا أنه لن يسمح "
     "للمتظاهرين بافتعال صدامات معه. وأن السراي الحكومي خط أحمر مثل بقية مؤسسات الدولة.",
     "لن يسمح", "السراي الحكومي خط أحمر", "الجيش"),
])
def test_a_sentence_opening_with_wa_anna_continues_the_report_before(text, first, second, speaker):
    doc = analyse(text, ("e1", "PER", speaker, speaker))
    assert said(doc, first) == said(doc, second)
    assert quote(doc, second).get("cue").text == quote(doc, first).get("cue").text
    assert said(doc, second)[1] == speaker


def test_wa_anna_after_a_sentence_with_no_report_is_no_quote():
    # 2015-07-21: يتوقع أن يكون الإصدار … . وأن يكون المقر في لندن (the narrator's expectation)
    doc = analyse("يتوقع أن يكون الإصدار في مطلع العام المقبل. وأن يكون المقر في لندن.")
    assert doc.layer("quotes") == []


def test_wa_in_before_kana_is_even_if_not_a_continuation():
    # وإن كان "even if" after a reported sentence opens the narrator's own clause (2015-07-21: وإن
    # كانت هذه الصحون … لا تشغل سيدة الدار)
    doc = analyse("وقالت الطاهية إن المطبخ اللبناني غني بالمقبلات. وإن كانت هذه الصحون لا تشغل سيدة الدار "
                  "خلال الأشهر العادية.")
    assert [q.text for q in doc.layer("quotes")] == ["المطبخ اللبناني غني بالمقبلات"]


# --- quotation marks --------------------------------------------------------------------------

@pytest.mark.parametrize("line, inner", [
    # 2015-07-25 (okaz): وزاد «لم يؤخذ … بـ «بوفيه الطعام المفتوح»، الذي … لشركات الحج.
    ("وزاد «لم يؤخذ في الحسبان أثناء التسجيل الإلكتروني سكن العمالة، أو بعض المساحات الأخرى المتعلقة بـ "
     "«بوفيه الطعام المفتوح»، الذي تلجأ له بعض شركات الحج، وبالتالي فإن التسجيل الإلكتروني فيه ضرر "
     "لشركات الحج.", "بوفيه الطعام المفتوح"),
    # dev (march14-hezbollah): وقال "هذه الأحداث … عناصر "التيار الوطني الحر" على الأرض …
    ('وقال "هذه الأحداث المتكررة تحظى بغطاء سياسي واضح، تحسبا لوقوع صدامات مع متظاهري عناصر '
     '"التيار الوطني الحر" على الأرض تزامنا مع انعقاد جلسة مجلس الوزراء.', "التيار الوطني الحر"),
])
def test_an_unclosed_quotation_around_a_short_name_keeps_running(line, inner):
    direct = [m for m in find_marked(line, LEX) if m.kind == "direct" and not m.nested]
    assert len(direct) == 1
    assert inner in line[direct[0].start:direct[0].end] and direct[0].end >= len(line) - 1


def test_an_unclosed_quotation_around_a_complete_one_is_still_a_stray_mark():
    # 2015-07-21: «قال مايك …: «لقد أسأت …». (the outer opener is stray; the inner is the speech)
    line = "«قال مايك هاكابي في مقابلة: «لقد أسأت إلى الشعب الأمريكي كثيرا بهذا الاتفاق السيئ»."
    direct = [m for m in find_marked(line, LEX) if m.kind == "direct"]
    assert [line[m.start:m.end] for m in direct] == ["لقد أسأت إلى الشعب الأمريكي كثيرا بهذا الاتفاق السيئ"]
    assert not direct[0].nested


def test_an_unclosed_quotation_ends_at_a_stop_glued_to_the_next_sentence():
    # dev (march14-hezbollah): … مصلحته العليا.من جهة ثانية، فرض الجيش … وأكد مصدر عسكري أن …
    long_speech = "هذه الأحداث المتكررة تحظى بغطاء سياسي واضح من حزب الله الذي يكسر هيبة الدولة " * 8
    text = ('وقال "' + long_speech + "وصولا إلى الإساءة إلى مصلحته العليا.من جهة ثانية، فرض الجيش اللبناني "
            "إجراءات أمنية مشددة، وأكد مصدر عسكري رفيع أن الجيش جاهز لكل الاحتمالات.")
    doc = analyse(text)
    assert quote(doc, "الإساءة إلى مصلحته").text.endswith("مصلحته العليا.")
    assert said(doc, "الجيش جاهز")[1] == "مصدر عسكري رفيع"


@pytest.mark.parametrize("text, first, second, speaker", [
    # dev (anbar-us-advice): وقال سعيد مموزيني …: «رغم … موصليا. / وبحسب المعلومات … مصيرهم». وأضاف مموزيني
    ("وقال سعيد مموزيني، مسؤول إعلام الحزب الديمقراطي الكردستاني في الموصل، لـ«الشرق الأوسط»: «رغم منع "
     "التنظيم لمراسم صلاة العيد في الموصل، فإن مواطني المدينة تحدوا التنظيم وأقاموا صلاة عيد الفطر.\n\n"
     "وبحسب المعلومات الواردة إلينا ساق (داعش) المعتقلين إلى جهة مجهولة، ولم يتبين حتى الآن مصيرهم». "
     "وأضاف مموزيني: «اندلعت اشتباكات بين مواطنين من الموصل ومسلحي (داعش)».",
     "رغم منع التنظيم", "ساق (داعش) المعتقلين", "سعيد مموزيني"),
    # 2015-07-22 (al-madina): قال العلامة ابن رجب …: "فإن النبي … / وفي "صحيح البخاري" … الناس".
    ('قال العلامة ابن رجب في كتابه (جامع العلوم والحكم): "فإن النبي صلى الله عليه وسلم لم يكن له وقت '
     "معين يقص على أصحابه فيه غير خطبته الراتبة في الجمع والأعياد، وإنما كان يذكرهم أحيانا.\n"
     'وفي "صحيح البخاري" عن ابن عباس قال: حدث الناس في كل جمعة مرة، فإن أبيت، فمرتين، ولا تمل الناس".\n'
     "هذا، ولم يرد في كتاب ولا سنة أنهم كانوا يجعلون الأفراح مناسبات للوعظ.",
     "لم يكن له وقت", "ولا تمل الناس", "العلامة ابن رجب"),
])
def test_a_quotation_left_open_at_a_paragraph_end_is_closed_in_the_next(text, first, second, speaker):
    doc = analyse(text, ("e1", "PER", speaker, speaker))
    assert said(doc, first)[1] == said(doc, second)[1] == speaker
    assert quote(doc, second).label == "direct"


@pytest.mark.parametrize("raw, expected", [
    # 2015-07-21 (wire text as a scraper leaves it): the marks written as HTML references
    ("قال الوزير &quot;نحن هنا لنبقى في هذا البلد مهما حدث&quot;. وأضاف: &#8220;لن نغادر أبدا من هنا&#8221; ثم غادر.",
     ["نحن هنا لنبقى في هذا البلد مهما حدث", "لن نغادر أبدا من هنا"]),
    # the dev headline (libya-ship-sunk): a scare quote of three words in references is a term
    ("ليبيا: طائرات عسكرية تُغرق سفينة &#8220;تحمل مقاتلين وذخيرة&#8221; وتهاجم أخرى", []),
])
def test_quotation_marks_written_as_html_references_are_read(raw, expected):
    doc = analyse(raw)
    assert [q.text for q in doc.layer("quotes")] == expected
    for q in doc.layer("quotes"):
        assert "&" not in q.text and ";" not in q.text
        assert q.get("speaker_text") == "الوزير"


@pytest.mark.parametrize("text, name", [
    # dev-own (hilali-security-laxity): في مقاله المعنون بـ”أمن الوطن أولا”
    ("في تعليق له على الحادث الإرهابي والذي حذر منه في مقاله المعنون بـ”أمن الوطن أولا” المنشور بصحيفة "
     "مكة قبل أسبوعين.", "أمن الوطن أولا"),
    # 2015-07-26 (asharq al-awsat): تقرير … بعنوان «دعم إماراتي متواصل لليمن»
    ("ووفقًا لتقرير لمركز الإمارات للدراسات والبحوث بعنوان «دعم إماراتي متواصل لليمن»، قال المركز إن "
     "الدعم الإماراتي لليمن يندرج ضمن رؤية شاملة.", "دعم إماراتي متواصل لليمن"),
    # 2015-08-03: مقالاً … تحت عنوان: «يجب ألا نسمح للإرهاب بأن ينتصر»
    ("كما نشر رفلين مقالاً في صحيفة «يديعوت أحرونوت» تحت عنوان: «يجب ألا نسمح للإرهاب بأن ينتصر»، دعا "
     "فيه إسرائيل إلى محاسبة النفس.", "يجب ألا نسمح للإرهاب"),
    # 2015-08-06: أجرى المركز دراسة: "الثروة السمكية في المملكة.. الواقع والطموحات"، بينت …
    ('وفي عام 2013 أجرى المركز دراسة: "الثروة السمكية في المملكة.. الواقع والطموحات"، بينت الأهمية '
     "الاقتصادية للثروة السمكية.", "الثروة السمكية"),
    # 2015-07-22: في المنطقة المسماة «مسبح ام عنم»
    ("تمكنت الفرق من انقاذ حدث من الغرق خلال ممارسته السباحة في المنطقة المسماة «مسبح ام عنم الكبير» كما "
     "انقذت شابا.", "مسبح ام عنم"),
])
def test_the_title_of_a_work_in_quotation_marks_is_a_name(text, name):
    doc = analyse(text)
    assert not [q for q in doc.layer("quotes") if name in q.text], listed(doc)
    assert [t for t in doc.layer("quote_terms") if name in t.text]


# --- what a reporting verb governs ---------------------------------------------------------------

@pytest.mark.parametrize("text, not_quoted", [
    # dev (football-contract): وأكد الصعب أن …، وكانت إدارة النادي قدمت … على أن يستلم اللاعب …
    ("وأكد الصعب أن إدارة الطائي اجتمعت مع اللاعب، والذي أكد فيه اللاعب عدم رغبته بالعودة للنادي، وكانت "
     "إدارة النادي قدمت للاعب عرضين، الأول كلاعب هاو، والعرض الثاني كلاعب محترف على أن يستلم اللاعب السقف "
     "الأعلى.", "يستلم اللاعب"),
    # dev (russia-saudi-oil): السعودية أكدت نفس النظرة، عندها اتهمت بأنها تسعى …
    ("وهو ما يؤكد أن السعودية أكدت نفس النظرة، عندها اتهمت بأنها تسعى لخدمة الاقتصاد العالمي.", "تسعى لخدمة"),
    # 2015-08-06 (al-madina): كشف القيادي … عن اقتراب …، فيما بدا أنه بداية انقسام …
    ('كشف القيادي في حزب المؤتمر الشعبي العام، ياسر العواضي، عن اقتراب التوصل الى "حل سياسي في اليمن" '
     "بعيداً عن خيارات مليشيا الحوثي، فيما بدا أنه بداية انقسام سياسي بين حزب صالح ومليشيا الحوثي.",
     "بداية انقسام"),
    # 2015-08-06 (al-yaum): وأكد على أهمية …، حيث إن وزير الشؤون الإسلامية وجه …
    ("وأكد على أهمية توعية رجال الأمن وتبصيرهم بأمور دينهم، حيث إن وزير الشؤون الإسلامية وجه بتجهيز 43 "
     "مصلى لرجال الأمن المرابطين على الحدود.", "وزير الشؤون"),
])
def test_a_complementiser_past_a_new_clause_is_not_the_verbs(text, not_quoted):
    doc = analyse(text)
    assert not [q for q in doc.layer("quotes") if q.text.startswith(not_quoted)], listed(doc)


# --- attribution phrases -----------------------------------------------------------------------

@pytest.mark.parametrize("text, whole", [
    # dev (football-contract): حيث ذكرت ان موقفها صحيحا … وفق لوائح التسجيل والنشاط، كون اللاعب …
    ("حيث ذكرت الإدارة ان موقفها صحيحا من انتقال اللاعب وفق لوائح التسجيل والنشاط، كون اللاعب تم تنسيقه من "
     "ناديه.", "كون اللاعب تم تنسيقه"),
    # dev-own (madinah-road-paving): موضحاً أنه يجري التجهيز لبدء الأعمال حسب الأولوية في مخططات …
    ("وأضاف المهندس السيد أنه يجري التجهيز لبدء الأعمال حسب الأولوية في مخططات الملك فهد وحمراء الأسد.",
     "في مخططات الملك فهد"),
    # 2015-07-22 (al-riyadh): وقال: بحمد الله وصلت بعثة الفريق وفق خط السير المحدد مسبقا وقد أجرى …
    ("وقال: بحمد الله وصلت بعثة الفريق وفق خط السير المحدد مسبقا وقد أجرى الفريق أول تدريباته مساء اليوم.",
     "أول تدريباته"),
    # 2015-08-06: وأكد اللواء الغامدي أن لجان التصحيح تعمل وفق ضوابط محددة …
    ("وأكد اللواء الغامدي أن لجان تصحيح أوضاع الأشقاء اليمنيين المقيمين في المنطقة تعمل وفق ضوابط محددة "
     "ومهنية منظمة.", "ومهنية منظمة"),
])
def test_in_accordance_with_is_no_attribution_and_does_not_cut_the_clause(text, whole):
    doc = analyse(text)
    assert len(doc.layer("quotes")) == 1, listed(doc)
    assert whole in doc.layer("quotes")[0].text


@pytest.mark.parametrize("text", [
    # 2015-08-01 (okaz): فقد قفزت قفزة عشوائية أوصلتها، بحسب الفكر المهيمن، إلى فكر وممارسات …
    "فقد قفزت قفزة عشوائية أوصلتها، بحسب الفكر المهيمن، إلى فكر وممارسات القرن السابع.",
    # 2015-07-22: حيث إن نسب الدمج في كوريا الجنوبية يتم تحديدها بصرامة بحسب أسعار الأسهم.
    "حيث إن نسب الدمج في كوريا الجنوبية يتم تحديدها بصرامة بحسب أسعار الأسهم.",
])
def test_in_accordance_with_something_no_one_said_makes_no_quote(text):
    assert analyse(text).layer("quotes") == []


@pytest.mark.parametrize("text, fragment, source", [
    # 2015-07-26 (al-madina): وفي وقت الإطلاق، وبحسب شخص مطلع، قالت إدارة الشركة …
    ("وفي وقت الإطلاق، وبحسب شخص مطلع، قالت إدارة الشركة إن الصحيفة ستصبح صحيفة آسيوية.", "ستصبح صحيفة",
     "إدارة الشركة"),
    # 2015-08-01 (asharq al-awsat): «…»، حسب تعبير المصدر.
    ("وأعرب مصدر جنوبي عن اعتقاده أن القناعة تزايدت لدى الجنوبيين بضرورة الانفصال عن الشمال، حسب تعبير "
     "المصدر.", "القناعة تزايدت", "المصدر"),
    # dev-own (renaissance-dam-deal): ووفقًا للبيان فإن الوزراء اتفقوا …
    ("ووفقًا للبيان فإن الوزراء اتفقوا على خريطة طريق تتضمن الاتفاق على العروض المحدثة.", "الوزراء اتفقوا",
     "للبيان"),
])
def test_attribution_to_a_source_still_attributes(text, fragment, source):
    assert said(analyse(text), fragment)[1] == source


@pytest.mark.parametrize("text, before, after", [
    # dev-own (unhcr-mediterranean-migrants): …، بحسب المفوضية، ولا يشمل هذا الرقم …
    ("وشهدت الفترة ذاتها مقتل أو فقدان 2100 شخص في البحر المتوسط، بحسب المفوضية، ولا يشمل هذا الرقم "
     "الأشخاص الذين فقدوا أول من أمس قبالة ليبيا.", "مقتل أو فقدان", "لا يشمل"),
    # 2015-08-01 (asharq al-awsat): …، حسبما أفاد مسؤول في الشركة …
    ("قضت محكمة مصرية على رئيس الوزراء الأسبق بالسجن خمس سنوات، حسب مسؤول في المحكمة، وسيبقى طليقا "
     "لحين النظر في الطعن.", "بالسجن خمس سنوات", "سيبقى طليقا"),
])
def test_an_attribution_between_commas_attributes_the_clause_before_it(text, before, after):
    doc = analyse(text, ("e1", "ORG", "المفوضية", "المفوضية"))
    assert quote(doc, before).get("cue").text in ("بحسب", "حسب")
    assert not [q for q in doc.layer("quotes") if after in q.text], listed(doc)


@pytest.mark.parametrize("text, fragment, speaker", [
    # dev (sadiq-mosque-trial): لأن المسجد بحسب زعمه “يقوم بتشييع أهل السنة …”
    ("وقال عيدان “إن الهدف كان فقط هدم المسجد وليس قتل المصلين”، لأن المسجد بحسب زعمه “يقوم بتشييع أهل "
     "السنة ويساهم في دعم قوات الحشد الشعبي في العراق”.", "يقوم بتشييع", "عيدان"),
    # 2015-08-06 (asharq al-awsat): وحسب قوله، «…»
    ("وقال نتنياهو إنه يجب فحص الاتفاق حسب مضمونه. وأضاف أن الاتفاق سيء، وحسب قوله «مضت الأيام التي لم "
     "يتمكن فيها الشعب اليهودي من التحدث من أجل نفسه».", "مضت الأيام", "نتنياهو"),
])
def test_according_to_his_words_is_the_person_the_pronoun_refers_to(text, fragment, speaker):
    assert linked(text, fragment, speaker) == "e1"


# --- بين "he explained", unvoweled like بين "between" --------------------------------------------

@pytest.mark.parametrize("text, fragment, speaker", [
    # 2015-07-21 (al-eqtisadiya): وبين المسؤول الهندي، أن بلاده تقدر …
    ("وبين المسؤول الهندي، أن بلاده تقدر كل ما تقوم به السعودية من خلال أجهزتها الأمنية.", "بلاده تقدر",
     "المسؤول الهندي"),
    # 2015-07-22 (al-yaum): وحول اتخاذ الإجراءات الأمنية …، بين الزيادي أن ذلك يأتي …
    ("وحول اتخاذ الإجراءات الأمنية في الضبط والمتابعة، بين الزيادي أن ذلك يأتي تأكيداً على احترافية العمل "
     "الأمني.", "ذلك يأتي", "الزيادي"),
    # dev-own (madinah-road-paving): وفي نفس السياق بين المهندس السيد أنه سيتم …
    ("وفي نفس السياق بين المهندس السيد أنه سيتم البدء في أعمال ربط طرق الخدمة بجسر السلام.", "سيتم البدء",
     "المهندس السيد"),
    # dev-own (ahsa-eservices), written with its shadda: وبيّن الملحم أن …
    ("وبيّن الملحم أن النظام يهدف لإتاحة الفرصة للمستفيدين للتواصل إلكترونياً مع الأمانة.", "النظام يهدف",
     "الملحم"),
])
def test_bayyana_at_a_clause_start_is_a_reporting_verb(text, fragment, speaker):
    assert said(analyse(text), fragment)[1] == speaker


@pytest.mark.parametrize("text", [
    # 2015-07-22 (aleqtisadiya): المتعارف عليها بين الكثيرين بأن …
    "وهو ما قد يتعارض مع الافتراضات الشعبية المتعارف عليها بين الكثيرين بأن الأطعمة المالحة تسبب العطش.",
    # 2015-08-06 (al-madina): المؤتمر الذي انعقد … بين سامح شكري، وزير الخارجية المصري، وبين عادل الجبير …
    "هي المؤتمر الصحافي الذي انعقد في السعودية، بين سامح شكري، وزير الخارجية المصري، وبين عادل الجبير، "
    "وزير الخارجية السعودي، وكيف أنهما صوت واحد.",
    # 2015-08-06 (al-jazirah): ولم نستطع تجاوز المسافة … أو بين التقدم والتدهور …
    "ولم نستطع تجاوز المسافة بين «الثبات والتطور» أو بين التقدم والتدهور ليضاف الكلام إلى الأحلام، ولو بعثوا "
    "لظنوا أنهم لم يرحلوا.",
    # 2015-07-26 (al-jazirah): وأن معناها أن أي كلام "سلبي" بين من تساوت رتبهم لا يعتد به …
    'ومعناها أن أي كلام "سلبي" بين من تساوت رتبهم لا يعتد به، بل إن "شهادة الأقران تطوى وتروى".',
    # 2015-08-07 (al-madina): عاش في منزل … وبين إخوة رجال يتهامسون في أن النساء …
    "عاش في منزل صغير منذ اليوم الأول لزواجهما، وبين إخوة رجال يتهامسون في أن النساء ذوات ألسن ونكد.",
])
def test_bayna_between_is_no_reporting_verb(text):
    assert not [q for q in analyse(text).layer("quotes") if q.get("cue").text.endswith("بين")]


# --- subjects and objects --------------------------------------------------------------------------

@pytest.mark.parametrize("text, fragment, issuer, addressee", [
    # dev (march14-hezbollah): عقدت الأمانة العامة … أصدرت بيانا دعت فيه حزب الله "للعودة …"
    ('عقدت الأمانة العامة لقوى 14 آذار اجتماعها الأسبوعي في مقرها الدائم في الأشرفية أمس، وبعد الاجتماع '
     'أصدرت بيانا دعت فيه حزب الله "للعودة إلى لبنان بشروط الدولة، لاسيما بعد عودة إيران إلى المجتمع '
     'الدولي بشروطه".', "للعودة إلى لبنان", "قوى 14 آذار", "حزب الله"),
    # 2015-08-03 (asharq al-awsat): كما نشر رفلين مقالاً … تحت عنوان: «…»، دعا فيه إسرائيل … . وقال إنه …
    ("كما نشر رفلين مقالاً في صحيفة «يديعوت أحرونوت» تحت عنوان: «يجب ألا نسمح للإرهاب بأن ينتصر»، دعا فيه "
     "إسرائيل والمجتمع الإسرائيلي إلى محاسبة النفس على الأفعال. وقال إنه يجب على القيادة الإسرائيلية أن "
     "تعبر بصوت واضح عن إدانة الإرهاب.", "يجب على القيادة", "رفلين", "إسرائيل"),
    # 2015-07-31 (asharq al-awsat): أطلق نداءً في 27 يوليو …، دعا فيه الأطباء اليمنيين …، مشيرا إلى أن …
    ("وكان مركز الملك سلمان أطلق نداءً في 27 يوليو (تموز) الحالي، دعا فيه الأطباء اليمنيين المتخصصين الذين "
     "يعيشون خارج اليمن إلى الإسهام في تقديم الخدمات الطبية، مشيرا إلى أن المركز يسعى حثيثا في توفير "
     "المتطلبات الأساسية.", "المركز يسعى", "مركز الملك سلمان", "الأطباء اليمنيين"),
])
def test_after_in_which_the_person_called_on_is_not_the_speaker(text, fragment, issuer, addressee):
    doc = analyse(text, ("e1", "ORG", issuer, issuer), ("e2", "ORG", addressee, addressee))
    assert said(doc, fragment)[0] == "e1"


def test_two_noun_phrases_after_in_which_are_subject_and_object():
    # 2015-07-21 (asharq al-awsat): بيان دعت فيه «أوبك» المنتجين خارجها إلى تحمل العبء …
    doc = analyse("وجاء هذا الخطاب بالتزامن مع بيان دعت فيه «أوبك» المنتجين خارجها إلى تحمل العبء. وقالت إن "
                  "السوق ستستعيد توازنها.", ("e1", "ORG", "أوبك", "أوبك"))
    assert said(doc, "السوق ستستعيد")[0] == "e1"


@pytest.mark.parametrize("text, fragment, phrase", [
    # dev (football-contract): ومن جانب آخر، اكد نادي الرائد سلامة مواقفهم النظامية …، وانه لا خوف …
    ("ومن جانب آخر، اكد نادي الرائد سلامة مواقفهم النظامية والقانونية، وانه لا خوف على مصير الشيك المرهون.",
     "لا خوف", "نادي الرائد"),
    # 2015-07-21 (asharq al-awsat): إذ أكد البعض ضرورة عودته بعد …
    ("وأكد الجمهور ضرورة عودته بعد فض نادي أم صلال عقده، وأنه سيعود إلى الملاعب قريبا.", "سيعود إلى",
     "الجمهور"),
])
def test_a_possessed_noun_after_the_subject_is_the_verbs_object(text, fragment, phrase):
    assert said(analyse(text), fragment)[1] == phrase


def test_a_name_ending_like_a_pronoun_stays_in_the_phrase():
    # 2015-08-06 (al-yaum): وقال مدير مطار عدن طارق عبده إن …; 2015-08-01: رئيس النادي هذيل آل شرمه
    doc = analyse("وقال مدير مطار عدن طارق عبده إن طائرة مدنية حطت في المطار. وقال رئيس النادي هذيل آل شرمه إن "
                  "الفريق جاهز.", ("e1", "LOC", "عدن", "عدن"))
    assert said(doc, "طائرة مدنية")[1] == "مدير مطار عدن طارق عبده"
    assert said(doc, "الفريق جاهز")[1] == "رئيس النادي هذيل آل شرمه"


def test_a_title_resolves_only_to_an_office_of_the_same_body():
    # dev (football-contract): نادي الرائد is not نادي الفتح (named earlier with its president)
    doc = analyse("تواصل مع رئيس نادي الفتح احمد الراشد. ومن جانب آخر، اكد نادي الرائد أنه لا خوف على مصير "
                  "الشيك.", ("e1", "ORG", "نادي الفتح", "نادي الفتح"), ("e2", "PER", "احمد الراشد", "احمد الراشد"))
    assert said(doc, "لا خوف")[0] is None
    # 2015-08-06: وزير الخارجية is not وزير الداخلية
    doc = analyse("واستقبل وزير الداخلية الأمير محمد بن نايف الوفد. وقال وزير الخارجية إن الزيارة ناجحة.",
                  ("e1", "PER", "محمد بن نايف", "محمد بن نايف"))
    assert said(doc, "الزيارة ناجحة")[0] is None


def test_a_title_chain_stops_at_an_object():
    # dev (football-contract): عقد … سعد الصعب مؤتمرا صحفيا لتوضيح … هداف الفريق حمد الجهيم …: الصعب
    # (a surname the entity stage missed) is not the player
    doc = analyse("عقد نائب رئيس نادي الطائي سعد الصعب مؤتمرا صحفيا لتوضيح انتقال هداف الفريق حمد الجهيم إلى "
                  "نادي الفتح. وأكد الصعب أنه تواصل مع رئيس نادي الفتح.", ("e1", "PER", "حمد الجهيم", "حمد الجهيم"))
    assert said(doc, "تواصل مع") == (None, "الصعب")


@pytest.mark.parametrize("text, fragment, speaker", [
    # dev (march14-hezbollah): كما دعا البيان إلى … . وقال "…"
    ('كما دعا البيان إلى سرعة الكشف عن ملابسات قضية التشيكيين المخطوفين. وقال "هذه الأحداث المتكررة تحظى '
     'بغطاء سياسي واضح".', "الأحداث المتكررة", "البيان"),
    # 2015-07-22 (al-madina): كما طالب نائب رئيس تحرير جريدة "الشروق" … الحزب الحاكم … . وقال : "…"
    ('كما طالب نائب رئيس تحرير جريدة "الشروق" اليومية الحزب الحاكم في تونس بإصدار بيان توضيحي حول '
     'تصريحات ساركوزي. وقال : "ننتظر بياناً من حزب نداء تونس حول ما صرح به ساركوزي".', "ننتظر بياناً",
     'نائب رئيس تحرير جريدة "الشروق"'),
])
def test_the_subject_of_a_call_or_demand_is_continued_by_the_next_qala(text, fragment, speaker):
    assert said(analyse(text), fragment)[1] == speaker


def test_the_verbs_preposition_is_no_speaker():
    # 2015-07-26 (3alyoum): طالبت وزارة الخارجية الفلسطينية …، وحذرت من التعامل … . وأشارت إلى أن …
    doc = analyse("طالبت وزارة الخارجية الفلسطينية العالمين العربي والإسلامي بالتحرك العاجل، وحذرت من التعامل "
                  "مع عمليات تهويدها كأمر اعتيادي. وأشارت إلى أن القدس بحاجة ماسة لوقفة عربية.",
                  ("e1", "ORG", "وزارة الخارجية الفلسطينية", "وزارة الخارجية الفلسطينية"))
    assert said(doc, "القدس بحاجة")[0] == "e1"


def test_the_object_of_the_narrators_inference_is_no_speaker():
    # 2015-07-22 (al-yaum): … مما يؤكد حضور التفكير المستقبلي … . وبين أن هذه التطورات …
    doc = analyse("وأشار ماكس ديفينبو إلى قدرة هذه الاجهزة الجديدة على تحقيق أعلى معدلات الاستخلاص، مما يؤكد حضور "
                  "التفكير المستقبلي في أعمال التنقيب. وبين أن هذه التطورات تأتي في إطار خطة ارامكو.",
                  ("e1", "PER", "ماكس ديفينبو", "ماكس ديفينبو"))
    assert said(doc, "هذه التطورات")[0] == "e1"


# --- sources and subjects, continued ----------------------------------------------------------------

@pytest.mark.parametrize("text, fragment, source", [
    # dev (anbar-us-advice): علمت «الشرق الأوسط» من مصدر أمني مسؤول أن «…»
    ("علمت «الشرق الأوسط» من مصدر أمني مسؤول أن «توقف المعارك جاء إثر نصيحة أميركية مفادها أن تنظيم داعش "
     "انسحب كثيرا».", "توقف المعارك", "مصدر أمني مسؤول"),
    # 2015-07-21 (al-watan): وعلمت "الوطن" من مصادر مطلعة أن …
    ('وعلمت "الوطن" من مصادر مطلعة أن اللجنة يترأسها نائب وزير الصحة.', "اللجنة يترأسها", "مصادر مطلعة"),
    # 2015-07-23 (al-madina): وعلمت المدينة، من مصادر مطلعة أن …
    ("وعلمت المدينة، من مصادر مطلعة أن سداد قيمة بوليصة التأمين سيكون مقدما.", "سداد قيمة", "مصادر مطلعة"),
])
def test_what_the_paper_learned_from_a_source_is_the_sources(text, fragment, source):
    assert said(analyse(text), fragment)[1] == source


def test_learned_with_no_source_reports_nothing():
    # "when I learned that" is no report
    assert analyse("وعندما علمت أن الأمر جدي غادرت المكان مسرعة.").layer("quotes") == []


def test_a_dash_between_two_adjectives_does_not_open_a_clause():
    # dev-own (sellal-madrid-libya): … للاجتماع الجزائري - الإسباني رفيع المستوى قال سلال: «…»
    doc = analyse("وفي كلمة ألقاها خلال افتتاح الدورة السادسة للاجتماع الجزائري - الإسباني رفيع المستوى قال سلال: "
                  "«بلدي متمسك بحل سياسي في إطار حل شامل بين جميع الأطراف الليبية».")
    assert said(doc, "بلدي متمسك")[1] == "سلال"


@pytest.mark.parametrize("text, fragment, speaker", [
    # dev-own (makkah-hospital-dismissals): وقد أكدت ذلك والدتها وأفادت بأن …
    ("وقد أكدت ذلك والدتها وأفادت بأن توقف التنفس قد حدث قبل نصف ساعة في منزلها.", "توقف التنفس", "والدتها"),
    # 2015-07-21 (al-weeam): … . أوضح ذلك مدير فعاليات عيد الرياض …، وأضاف أن …
    ("أوضح ذلك مدير فعاليات عيد الرياض المهندس إبراهيم الهويمل، وأضاف أن الفعاليات ستستمر أسبوعا.",
     "الفعاليات ستستمر", "مدير فعاليات عيد الرياض المهندس إبراهيم الهويمل"),
    # 2015-07-21 (asharq al-awsat): أكد ذلك سلطان اللويحق رئيس مجلس إدارة …، مشيرا إلى أن …
    ("أكد ذلك سلطان اللويحق، مشيرا إلى أن السوق العقارية تشهد حركة ملحوظة.", "السوق العقارية", "سلطان اللويحق"),
])
def test_after_that_as_object_the_subject_follows(text, fragment, speaker):
    assert said(analyse(text), fragment)[1] == speaker


@pytest.mark.parametrize("text, fragment, person", [
    # dev-own (lion-killer-house-vandalized): وتلقى بالمر (55 عاما) تهديدات … . وقال إنه "في غاية الندم" …
    ("وقال زاليسكو إن المنزل كان خاليا وقت الحادث. وتلقى بالمر (55 عاما) تهديدات عبر وسائل التواصل الاجتماعي "
     'وأوقفت الشرطة محتجين خارج مكتبه. وقال إنه "في غاية الندم" لقتل سيسل.', "غاية الندم", "بالمر"),
    # 2015-07-22 (al-yaum): وأعرب وزير المالية تارو آسو عن استيائه من هذه الفضيحة. وقال :"…"
    ('وأشار ملخص تقرير لجنة التحقيق إلى أن "الممارسات المحاسبية غير المناسبة تمت واستمرت في كثير من قطاعات '
     'الشركة". وأعرب وزير المالية تارو آسو عن استيائه من هذه الفضيحة. وقال :"قد نفقد الثقة في الأسواق '
     'المالية وفي بورصة طوكيو".', "قد نفقد الثقة", "تارو آسو"),
    # 2015-08-01 (al-madina): صادق رئيس الوحدة هشام مرسي على صحة الأخبار … . وقال: "…"
    ('وذكر الاتحاد السعودي لكرة القدم أن الشكاوى قيد الدراسة. صادق رئيس الوحدة هشام مرسي على صحة الأخبار التي '
     'انفردت بها "دنيا الرياضة" الأسبوع الماضي.\nوقال: "الباعور والذوادي وصلا إلى مصر من أجل التوقيع للوحدة".',
     "الباعور والذوادي", "هشام مرسي"),
])
def test_qala_after_a_story_about_a_person_is_that_persons(text, fragment, person):
    doc = analyse(text, ("e1", "PER", person, person), ("e2", "PER", "زاليسكو", "زاليسكو"))
    assert said(doc, fragment)[0] == "e1"


@pytest.mark.parametrize("text", [
    # dev (japan-spying): وقال موقع ويكيليكس ان … . وقد عاد ابي الى الحكم … . واكد ان "…" (background)
    'وقال موقع ويكيليكس ان انشطة التجسس تعود الى الولاية الاولى لابي في 2006. وقد عاد ابي الى الحكم في اواخر '
    '2012. واكد ان "الوثائق تثبت عمق المراقبة الاميركية للحكومة اليابانية".',
    # a verb that carries a report on (وأضاف) after the same story keeps the last speaker
    'وقال موقع ويكيليكس ان انشطة التجسس تعود الى الولاية الاولى لابي في 2006. وعاد ابي الى الحكم في اواخر '
    '2012. وأضاف ان "الوثائق تثبت عمق المراقبة الاميركية للحكومة اليابانية".',
])
def test_background_or_a_continuing_verb_keeps_the_last_speaker(text):
    doc = analyse(text, ("e1", "ORG", "ويكيليكس", "موقع ويكيليكس"), ("e2", "PER", "ابي", "ابي"))
    assert said(doc, "الوثائق تثبت")[0] == "e1"


def test_a_word_inside_a_name_is_not_a_title():
    # 2015-08-06 (al-eqtisadiya): آنا ماريا بردوان ابن جلدتها فيكتور بيتوركا … وقالت … بردوان …
    doc = analyse("هاجمت السمسارة الرومانية آنا ماريا بردوان ابن جلدتها فيكتور بيتوركا، واصفة إياه بالعدو لها. "
                  'وقالت بردوان من مقر إقامتها في لاس فيجاس "في الواقع أنا سعيدة للغاية بإقالته من تدريب الفريق".',
                  ("e1", "PER", "آنا ماريا بردوان", "آنا ماريا بردوان"), ("e2", "PER", "فيكتور بيتوركا", "فيكتور بيتوركا"))
    assert said(doc, "أنا سعيدة")[0] != "e2"


@pytest.mark.parametrize("text, fragment, speaker", [
    # dev-own (sellal-madrid-libya), 2015-07-22 (asharq al-awsat): قال سلال: «…»، بحسب وكالة الأنباء الجزائرية.
    ("وفي كلمة ألقاها خلال افتتاح الدورة السادسة للاجتماع رفيع المستوى قال سلال: «بلدي متمسك بحل سياسي في "
     "إطار حل شامل بين جميع الأطراف الليبية»، بحسب وكالة الأنباء الجزائرية.", "بلدي متمسك", "سلال"),
    # 2015-07-21 (sabq): قال الرئيس الأمريكي باراك أوباما إن … "…"، حسب موقع هيئة الإذاعة البريطانية
    ('قال الرئيس الأمريكي باراك أوباما إن منتقدي الاتفاق النووي مع إيران على خلاف في الرأي مع نحو "99 في '
     'المائة من العالم، إضافة إلى غالبية خبراء الطاقة النووية"، حسب موقع هيئة الإذاعة البريطانية "بي بي سي".',
     "منتقدي الاتفاق", "الرئيس الأمريكي باراك أوباما"),
])
def test_an_agency_credited_for_a_report_is_not_its_speaker(text, fragment, speaker):
    doc = analyse(text)
    assert said(doc, fragment)[1] == speaker
    assert not [q for q in doc.layer("quotes") if q.get("cue").text in ("بحسب", "حسب")], listed(doc)


@pytest.mark.parametrize("text, fragment, issuer", [
    # 2015-07-21 (asharq al-awsat): قال تقرير صدر عن المفوضية الأوروبية ببروكسل، إن …
    ("قال تقرير صدر عن المفوضية الأوروبية ببروكسل، إن النمو في منطقة اليورو سيتحسن العام المقبل.",
     "النمو في منطقة", "المفوضية الأوروبية"),
    # 2015-07-21 (al-eqtisadiya): وأكد بيان صادر عن المقاومة أن …
    ("وأكد بيان صادر عن المقاومة الشعبية أن القوات سيطرت على المطار.", "القوات سيطرت", "المقاومة الشعبية"),
    # 2015-07-21: وقال بيان لوزارة الداخلية … إن … (a generic head and the name after it, as before)
    ("وقال بيان لوزارة الداخلية تلقت «الشرق الأوسط» نسخة منه إن قوات الأمن اعتقلت المشتبه به.", "قوات الأمن",
     "وزارة الداخلية"),
])
def test_a_statement_speaks_for_whoever_issued_it(text, fragment, issuer):
    assert linked(text, fragment, issuer, "ORG") == "e1"


@pytest.mark.parametrize("text, fragment, speaker", [
    # dev-own (rouhani-khamenei-threats): وفي سياق آخر كرر روحاني مزاعم أنه لولا إيران …
    ("وفي سياق آخر كرر روحاني مزاعم أنه لولا إيران لسقطت بغداد وكردستان العراق بيد داعش.", "لولا إيران",
     "روحاني"),
    # 2015-07-21 (asharq al-awsat): وظهر … بنيامين نتنياهو …، وكرر قوله بأن الاتفاق «خطأ تاريخي».
    ("وظهر على قناة «سي إن إن» أيضا بنيامين نتنياهو، رئيس وزراء إسرائيل، وكرر قوله بأن الاتفاق «خطأ تاريخي» "
     "لا يمكن قبوله.", "الاتفاق", "بنيامين نتنياهو"),
    # 2015-07-21 (al-eqtisadiya): وجدد البرقان تأكيده على أن أندية: التعاون، الشباب … لا توجد عليها شكاوى
    ("وجدد البرقان تأكيده على أن أندية التعاون والشباب والخليج لا توجد عليها شكاوى.", "لا توجد عليها", "البرقان"),
    # 2015-07-22 (asharq al-awsat): وجدد عباس التأكيد على أن الإغلاق «مؤقت».
    ("وجدد عباس التأكيد على أن الإغلاق مؤقت حتى انتهاء العمليات العسكرية.", "الإغلاق مؤقت", "عباس"),
])
def test_repeated_or_renewed_with_what_was_said_reports_it(text, fragment, speaker):
    assert linked(text, fragment, speaker) == "e1"


def test_renewing_a_contract_reports_nothing():
    # جدد also "renewed": with no complementiser it is no cue (weak)
    assert analyse("وجدد النادي عقد اللاعب لثلاثة مواسم مقبلة.").layer("quotes") == []


@pytest.mark.parametrize("text, fragment, subject", [
    # 2015-07-26 (asharq al-awsat): ونقل تلفزيون «فوكس» … تصريحات لقادة ديمقراطيين في الكونغرس تفيد بأنهم …
    ("ونقل تلفزيون «فوكس» اليميني أول من أمس تصريحات لقادة ديمقراطيين في الكونغرس تفيد بأنهم سيصوتون على "
     "الاتفاق حسب ما يخدم مصلحة البلاد.", "سيصوتون على", "تصريحات لقادة ديمقراطيين في الكونغرس"),
    # 2015-07-26 (al-madina): … تلقت معلومات موثقة تؤكد أن زعيم الحركة قتل …
    ("وأعلنت الجبهة أنها تلقت معلومات موثقة تؤكد أن زعيم الحركة قتل قبل فترة.", "زعيم الحركة قتل",
     "معلومات موثقة"),
])
def test_information_that_confirms_is_the_verbs_subject(text, fragment, subject):
    doc = analyse(text, ("e1", "ORG", "فوكس", "فوكس"))
    assert [q.get("speaker_text") for q in doc.layer("quotes") if q.text.startswith(fragment)] == [subject]


def test_a_statement_as_the_occasion_is_not_the_subject():
    # dev (lavrov-meshaal): وفي بيان صدر في غزة قال المسؤول بحماس إن …
    doc = analyse("وفي بيان صدر في غزة قال المسؤول بحماس إن وفدا يقوده مشعل أطلع لافروف على الأوضاع في القطاع.")
    assert said(doc, "وفدا يقوده")[1] == "المسؤول بحماس"


@pytest.mark.parametrize("text", [
    # 2015-08-01 (al-riyadh): بتسجيل لاعبين جدد سواء محليين أوأجانب …، واعدا جماهير نجران بأن …
    "وأكد آل شرمه أن ناديه سيقوم بتسجيل لاعبين جدد سواء محليين أوأجانب في القريب العاجل، واعدا جماهير نجران "
    "بأن الفريق سيقدم موسما مختلفا.",
    # 2015-07-22 (al-yaum): … بالزيارة والعناق الذي يجدد المحبة، والجيل الشباب … لا بد أن يضحي …
    "وأوضح د. باقادر أن بهجة العيد تتطلب الزيارة والعناق الذي يجدد المحبة، والجيل الشباب سيكبر غداً، لذلك لا بد "
    "أن يضحي من أجل زيارة أقاربه.",
])
def test_new_and_renews_are_no_reporting_verbs(text):
    doc = analyse(text)
    assert not [q for q in doc.layer("quotes") if q.get("cue").text in ("جدد", "يجدد")], listed(doc)


@pytest.mark.parametrize("text, fragment", [
    # 2015-07-22 (al-jazirah): وكتبت صحيفة صباح الموالية للحكومة في افتتاحيتها أن «…»
    ("وكتبت صحيفة صباح الموالية للحكومة في افتتاحيتها أن «هذا الهجوم الإرهابي هو عمل انتقامي ضد التزام تركيا "
     "مكافحة الإرهاب».", "عمل انتقامي"),
    # 2015-07-21 (asharq al-awsat): وذكرت وكالة رويترز أن …
    ("وذكرت وكالة رويترز أن الشرطة اعتقلت رجلين في مدينة بريشيا.", "الشرطة اعتقلت"),
])
def test_a_paper_or_agency_after_a_weak_verb_is_its_subject(text, fragment):
    assert (said(analyse(text), fragment)[1] or "").startswith(("صحيفة", "وكالة"))


# --- floors on the dev sets (a little under the measured figures; raise them when a change improves
# them, never lower them to let a change pass) --------------------------------------------------------

DEV_OWN = Path(__file__).parent / "fixtures" / "dev-own"
# tests/fixtures/dev-own (the set grew, not the scores fell)
DEV_OWN_FLOORS = {"quotes": 0.95, "attributed": 0.86}   # 42 articles since 2026-12-08: 0.970 / 0.872 (the 32 before: 0.963 / 0.902; the 24: 0.977 / 0.930)
# ../shared/eval/dev, 25 articles: measured found 0.988, attributed 0.932
SHARED_DEV_FLOORS = {"quotes": 0.975, "attributed": 0.92}


def test_quote_scores_on_dev_own_stay_above_their_floors():
    summary = evaluate(DEV_OWN)["summary"]
    for metric, floor in DEV_OWN_FLOORS.items():
        assert summary[metric]["f1"] >= floor, (metric, summary[metric])


@pytest.mark.shared("eval", "dev")
def test_quote_scores_on_the_shared_dev_set_stay_above_their_floors():
    summary = evaluate(shared_path("eval", "dev"))["summary"]
    for metric, floor in SHARED_DEV_FLOORS.items():
        assert summary[metric]["f1"] >= floor, (metric, summary[metric])


# --- an honorific subject (معاليه، سموه) is a person named before, not an organisation ------------

@pytest.mark.parametrize("text, fragment", [
    # dev (justice-minister-warning): وأدان معاليه باسمه وباسم … المجلس الأعلى للقضاء …، مشيرا إلى أن
    ("وقال وزير العدل الدكتور وليد الصمعاني إن العمل مجرم. وأدان معاليه باسمه وباسم جميع منسوبي وأعضاء "
     "المجلس الأعلى للقضاء هذا العمل الإجرامي الخبيث، مشيرا إلى أن القضاء في المملكة سيقف بقوة في وجه كل مفسد.",
     "القضاء في المملكة"),
    # SaudiNewsNet 2015-07-25 (okaz): وثمن سموه للجنة العليا للمعرض …، مشيراً إلى أن موافقة …
    ("وقدم الأمير تركي بن محمد بن فهد الشكر لأمير المنطقة على رعاية المعرض. وثمن سموه للجنة العليا للمعرض "
     "المتابعة الدائمة لتحضيرات المعرض، مشيراً إلى أن موافقة أعضاء اللجنة العليا للمعرض جاءت لما تمثله المنطقة.",
     "موافقة أعضاء"),
])
def test_an_honorific_subject_continues_the_person_not_an_organisation_in_its_sentence(text, fragment):
    person = "وليد الصمعاني" if "الصمعاني" in text else "تركي بن محمد بن فهد"
    org = "المجلس الأعلى للقضاء" if "القضاء" in text else "اللجنة العليا للمعرض"
    doc = analyse(text, ("e1", "PER", person, person), ("e2", "ORG", org, org))
    assert said(doc, fragment)[0] == "e1"
