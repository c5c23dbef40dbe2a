"""Issue #14, round 11 (branch ents11): institution names cut at their coordinated second part
«و…», judicial bodies and firefighters coded with the wrong sector, and a people noun with a
possessive taken into an organisation (docs/entities.md, "Round 11"). Each rule is tested on real
SaudiNewsNet sentences of days other than the fresh-reading ones (2015-07-21, 07-22, 07-27,
07-31, 08-03, 08-06, 08-07)."""

from entities_support import analyse


def entities(text, published, **meta):
    """(label, code, mention texts) of every entity of the document."""
    return [(e.label, e.attrs.get("code"), [m.text for m in e.mentions])
            for e in analyse(text, published, **meta).entities]


def mentions(text, published, **meta):
    return [m for _, _, ms in entities(text, published, **meta) for m in ms]


# -- a head and one noun take a coordinated noun of their field ---------------------------------
# 2015-07-22 (sabq): the Department of Zakat and Income
ZAKAT = ("تمويل معاشات الضمان الاجتماعي تشمل وزارة الشؤون الاجتماعية، ومصلحة الزكاة والدخل، ووزارة "
         "المالية .. فأين تبرعات رجال الأعمال")
# 2015-08-03 (alriyadh): the justice ministry's agency for seizure and enforcement
ENFORCEMENT = ("جاء ذلك خلال الزيارة التي قام بها الصمعاني لوكالة الحجز والتنفيذ، اطلع خلالها على سير "
               "العمل")
# 2015-08-06 (alriyadh): a college of King Abdulaziz University
COLLEGE = ("وحصل الشهري على درجة الماجستير في إدارة الأعمال بكلية الاقتصاد والإدارة من جامعة الملك "
           "عبدالعزيز")
# 2015-07-21 (alweeam, aleqtisadiya): the tourism commission under its two names
TOURISM = "فيما أعلن نائب رئيس هيئة السياحة والتراث الوطني ،حمد آل الشيخ أسماء الفائزين"
TOURISM_OLD = ("وبين مدير عام فرع هيئة السياحة والآثار بالمنطقة أمين عام مجلس التنمية السياحية صالح "
               "بن")
# 2015-07-31 (alriyadh): the transport ministry and the food and drug authority
TRANSPORT = ("ويقوم فرع وزارة النقل والطرق بالشرقية باستبدال فواصل التمدد على جسر إسكان الدمام والتي "
             "باتت تشكل خطرا على حياة السائقين.")
SFDA = ("مضيفا أنه وفقاً لتقديرات هيئة الغذاء والدواء لا تقل المصانع السعودية عن 450 مصنعا، وأتوقع أن "
        "العدد الحقيقي أكبر")
# 2015-07-21 (aawsat): a purpose of two coordinated places
JUBAIL_YANBU = ("قرر مجلس الوزراء الموافقة على إضافة ممثل من الهيئة الملكية للجبيل وينبع إلى تشكيل "
                "اللجنة الوطنية")
# 2015-07-21 (aawsat): -ون is no plural after و in a genitive (the broadcasting authority)
BROADCASTING = ("أكد منتج مسلسل «أوراق التوت» الفنان ماجد العبيد أن هيئة الإذاعة والتلفزيون السعودي "
                "أصبحت قادرة على تقديم أعمالها")


def test_a_name_runs_through_its_coordinated_field_noun():
    assert ("ORG", "SAUGOV", ["مصلحة الزكاة والدخل"]) in entities(ZAKAT, "2015-07-22", source="sabq")
    assert "وكالة الحجز والتنفيذ" in mentions(ENFORCEMENT, "2015-08-03", source="alriyadh")
    got = entities(COLLEGE, "2015-08-06", source="alriyadh")
    assert ("ORG", "SAUEDU", ["كلية الاقتصاد والإدارة"]) in got
    assert "هيئة السياحة والتراث الوطني" in mentions(TOURISM, "2015-07-21", source="alweeam")
    assert "هيئة السياحة والآثار" in mentions(TOURISM_OLD, "2015-07-21", source="aleqtisadiya")
    assert "وزارة النقل والطرق" in mentions(TRANSPORT, "2015-07-31", source="alriyadh")
    assert "هيئة الغذاء والدواء" in mentions(SFDA, "2015-07-31", source="alriyadh")
    assert "هيئة الإذاعة والتلفزيون السعودي" in mentions(BROADCASTING, "2015-07-21", source="aawsat")


def test_a_purpose_of_two_coordinated_places_is_one_name():
    got = mentions(JUBAIL_YANBU, "2015-07-21", source="aawsat")
    assert "الهيئة الملكية للجبيل وينبع" in got and "ينبع" not in got


# 2015-07-31 (aawsat): after an adjective the coordinated noun is another body
MALAYSIA = ("كما سيتوجه مسؤولون من وكالة النقل الماليزية والخطوط الجوية الماليزية إلى تولوز.")
# 2015-08-06 (sabq), 2015-07-27 (aljazirah): a plural after و is another party
INTERIOR_AND_OTHERS = ("ينتظر أبناء وأسرة أحد المسؤولين بمحافظة جدة؛ تدخل وزارة الداخلية والجهات المختصة "
                       "لكشف مدى تورط ثلاثة مقيمين")
INTERIOR_AND_SECURITY = ("إن ما قامت به وزارة الداخلية والجهات الأمنية من متابعة ورصد للمجرمين")
# 2015-07-21 (aleqtisadiya): two ministries, each with its head
TWO_MINISTRIES = ("وهو مبلغ أعلى من موازنة مشروعات وزارة الصحة ووزارة التربية والتعليم والمؤسسة العامة "
                  "للشباب")

# 2015-08-07 (okaz): a joint statement of the health ministry and the Guard's health affairs
JOINT_STATEMENT = ("كشفت وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني في بيان مشترك، تسجيل حالات لفيروس "
                   "متلازمة الشرق الأوسط")

# 2015-08-07 (3alyoum), 2015-08-06 (aawsat): the cabinet, a council of persons, and another body
CABINET_AND_COURT = ("موضحاً أنه لو صدر قرار كهذا فسيصدر من مجلس الوزراء والمقام السامي وليس من وزارة "
                     "الصحة.")
CABINET_AND_PARLIAMENT = ("مقابل تقليل بعض من صلاحياته وتوزيعها على مجلس الوزراء والبرلمان، وانتخاب الرئيس "
                          "في البرلمان")


def test_a_coordinated_body_or_party_stays_apart():
    for text, day, source in ((CABINET_AND_COURT, "2015-08-07", "3alyoum"),
                              (CABINET_AND_PARLIAMENT, "2015-08-06", "aawsat")):
        got = mentions(text, day, source=source)
        assert "مجلس الوزراء" in got and not any("مجلس الوزراء و" in m for m in got)
    got = mentions(JOINT_STATEMENT, "2015-08-07", source="okaz")
    assert "وزارة الصحة" in got and not any("والشؤون" in m for m in got)
    got = mentions(MALAYSIA, "2015-07-31", source="aawsat")
    assert "وكالة النقل الماليزية" in got and not any("والخطوط" in m for m in got)
    assert "وزارة الداخلية" in mentions(INTERIOR_AND_OTHERS, "2015-08-06", source="sabq")
    assert "وزارة الداخلية" in mentions(INTERIOR_AND_SECURITY, "2015-07-27", source="aljazirah")
    got = mentions(TWO_MINISTRIES, "2015-07-21", source="aleqtisadiya")
    assert "وزارة الصحة" in got and "وزارة التربية والتعليم" in got


# -- sectors: judicial bodies JUD, firefighters GOV ---------------------------------------------
# 2015-07-22 (alweeam): the Supreme Judicial Council
JUDICIAL_COUNCIL = "أقام المجلس الأعلى للقضاء حفل المعايدة صباح يوم الاربعاء 6/10/1436هـ في مقره الصيفي"
# 2015-07-21 (aawsat): the Bureau of Investigation and Public Prosecution beside the council
BUREAU = ("ورئيس المحكمة العليا ورئيس هيئة التحقيق والادعاء العام وأعضاء المجلس الأعلى للقضاء.")
# 2015-07-21 (aawsat, a report on Aden): firefighters are no army
FIREMEN = ("التي يخشى من أضرارها على المناطق السكنية، وذلك رغم تمكن قوات الإطفاء من إخماد الحريق")


def test_judicial_bodies_are_coded_jud():
    assert ("ORG", "SAUJUD", ["المجلس الأعلى للقضاء"]) in entities(JUDICIAL_COUNCIL, "2015-07-22", source="alweeam")
    got = entities(BUREAU, "2015-07-21", source="aawsat")
    assert ("ORG", "SAUJUD", ["هيئة التحقيق والادعاء العام"]) in got
    assert ("ORG", "SAUJUD", ["المجلس الأعلى للقضاء"]) in got


def test_firefighters_are_a_civil_service_not_the_military():
    got = entities(FIREMEN, "2015-07-21", source="aawsat")
    assert [c for _, c, ms in got if ms == ["قوات الإطفاء"]] == ["SAUGOV"]


# -- a people noun with a possessive is no part of an organisation ------------------------------
# 2015-08-07 (aawsat): "this homeland's citizens" after the CPVPV is named
CITIZENS = ("وأدان الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر، التفجير الإرهابي، مبينًا أن ذلك "
            "يعد جرمًا عظيمًا وعدوانًا كبيرًا يستهدف رجال أمننا الذين يعملون لخدمة هذا الوطن وأمنه "
            "وراحة مواطنيه")
# 2015-07-31 (aawsat): Chinese cities' population after the Chinese authorities
RESIDENTS = ("وأن السلطات الصينية تعهدت خلال برنامج ضخم للاستثمار في البنية التحتية، بأنها ستوفر طُرقا "
             "يمكن من خلالها أن تستوعب المدن الكبرى المزدحمة عدد كاف من حجم سكانها الضخم.")


def test_citizens_of_a_possessive_are_people_not_the_organisation():
    got = entities(CITIZENS, "2015-08-07", source="aawsat")
    assert ("ORG", "SAUCVL", ["مواطنيه"]) in got
    assert not any("مواطنيه" in ms and len(ms) > 1 for _, _, ms in got)
    got = entities(RESIDENTS, "2015-07-31", source="aawsat")
    assert ("ORG", "CHNCVL", ["سكانها"]) in got


# -- a delegation at a tournament is a team's, not a government's -------------------------------
# 2015-07-31 (alyaum): the Saudi archery team at the world championship
ARCHERY = ("البقمي يتأهل للدور المقبل في عالمية الدنمارك للسهام\n"
           " تأهل لاعب المنتخب السعودي للسهام معيض البقمي للمرحلة الأولى لمنافسات قوس البكرة في بطولة "
           "العالم التي تحتضن منافساتها الدنمارك والتي شاركت السعودية فيها بفئتي القوس الاولمبي والبكره .\n"
           "وشهدت منافسات القوس الاولمبي وصول الرامي اُبي عرفات للمركز 182 والرامي فارس العتيبي للمركز 190 "
           "ثم الرامي عبدالإله بن علي في المركز 191 وبذلك يغادر الرماة هذه المنافسة لعدم حصولهم على مقعد "
           "ضمن الـ 104 الاولى .\n"
           "من جانب آخر قام رئيس الاتحاد السعودي ابراهيم الدوسري ورئيس الوفد السعودي المشارك في البطولة "
           "عبدالله الحواس بزيارة للسفير السعودي لدى الدنمارك محمد العقيل")
# 2015-07-25 (almadina): a delegation of state officials stays the government's
OFFICIAL_DELEGATION = ("ويضم الوفد المرافق لسموه ، معالي المستشار بالديوان الملكي ، الأستاذ أحمد الخطيب ، "
                       "والمستشار بالديوان الملكي")


def test_a_delegation_in_a_sport_article_has_no_government_code():
    got = entities(ARCHERY, "2015-07-31", source="alyaum")
    assert ("ORG", "SAU", ["الوفد السعودي"]) in got
    assert ("PER", None, ["عبدالله الحواس"]) in got  # its head holds no government office
    assert ("ORG", "SAUGOV", ["الوفد"]) in entities(OFFICIAL_DELEGATION, "2015-07-25", source="almadina")


# -- a person named with his office takes its code ----------------------------------------------
# 2015-07-31 (alriyadh): two ministers; the code holds on the later mentions
MINISTERS = ("وزيرا العمل والعدل يناقشان آلية نقل القضاء العمالي     التقى وزير العمل د. مفرج بن سعد "
             "الحقباني أمس وزير العدل د. وليد بن محمد الصمعاني في مقر وزارة العمل بالرياض. وقال الصمعاني إن")
# 2015-08-07 (alwatan): the spokesman of a ministry
SPOKESMAN = ("\"الوطن\" تواصلت مع المتحدث الرسمي لوزارة التعليم مبارك العصيمي قبل نحو شهرين، وأرسلت له")
# 2015-08-07 (aljazirah): a university's director and a vice-rector
RECTORS = ("واتفق وكيل جامعة نجران الدكتور محمد علي الألمعي مع مدير جامعة المجمعة الدكتور خالد المقرن")
# 2015-07-31 (aawsat): the spokesman of the Turkish foreign ministry, a foreign body
TURKEY = ("وضعت تركيا رسميا أمس قاعدتها الجوية في إنجرليك (جنوب) أمام الولايات المتحدة وحلفائها. وقال "
          "المتحدث باسم الخارجية التركية تانجو بيليتش إن")
# 2015-08-07 (aawsat): the office after the name, with commas
AFTER_NAME = ("من جانبه، دعا الشيخ فهد الماجد، الأمين العام لهيئة كبار العلماء، إلى")
# 2015-08-07 (alyaum): a foreign minister with his nationality
THAI = ("نقلت صحيفة بانكوك بوست، أمس الخميس، عن وزير الصحة العامة التايلاندي راجاتا راجاتانافين قوله: إن "
        "تايلاند")


def codes(text, published, source):
    return {ms[0]: c for _, c, ms in entities(text, published, source=source)}


def test_an_official_named_with_his_office_takes_its_code():
    got = entities(MINISTERS, "2015-07-31", source="alriyadh")
    assert ("PER", "SAUGOV", ["وليد بن محمد الصمعاني", "الصمعاني"]) in got
    assert [c for _, c, ms in got if ms[0] == "مفرج بن سعد الحقباني"][0].startswith("SAUGOV")
    assert codes(SPOKESMAN, "2015-08-07", "alwatan")["مبارك العصيمي"] == codes(
        SPOKESMAN, "2015-08-07", "alwatan")["وزارة التعليم"]
    got = codes(RECTORS, "2015-08-07", "aljazirah")
    assert got["محمد علي الألمعي"] == got["خالد المقرن"] == "SAUEDU"
    assert codes(TURKEY, "2015-07-31", "aawsat")["تانجو بيليتش"] == "TURGOV"
    assert codes(AFTER_NAME, "2015-08-07", "aawsat")["فهد الماجد"] == "SAUREL"
    assert codes(THAI, "2015-08-07", "alyaum")["راجاتا راجاتانافين"] == "THAGOV"


# 2015-07-21 (aawsat): a minister of a Sudanese state; the sentence names Khartoum, no Saudi code
KHARTOUM = ("يدرسون الطب بجامعة العلوم الطبية والتكنولوجيا المملوكة لوزير الصحة بولاية الخرطوم مأمون حميدة "
            "مارس الماضي")
# 2015-07-25 (alriyadh): a title before another man's name is his (the visitor's), not the host's
VISIT = ("وصل وزير الدفاع الأميركي آشتون كارتر إلى بغداد حيث التقى برئيس الوزراء العراقي حيدر العبادي")


def test_no_office_no_code_and_no_other_mans_title():
    got = codes(KHARTOUM, "2015-07-21", "aawsat")
    assert not (got.get("مأمون حميدة") or "").startswith("SAU")
    got = codes(VISIT, "2015-07-25", "alriyadh")
    assert got["وزير الدفاع الأميركي"] == "USAGOV" and got["رئيس الوزراء العراقي"] == "IRQGOV"


# -- a national Red Crescent is no part of the ICRC ---------------------------------------------
# 2015-07-21 (aawsat): the Saudi Red Crescent Authority and its president
SAUDI_RED_CRESCENT = ("الشكر والتقدير للأمير فيصل بن عبد الله بن عبد العزيز رئيس هيئة الهلال الأحمر السعودي، "
                      "على الجهود الملموسة بمنطقة المدينة المنورة")
# 2015-07-31 (alriyadh): the International Movement, one name
MOVEMENT = "تنسيق المعنية بشئون الهجرة في الحركة الدولية للصليب الأحمر والهلال الأحمر."
# 2015-07-22 (alriyadh): the Emirati Red Crescent is not the Saudi one
EMIRATI = ("وصل باخرة إماراتية تحمل آلاف الأطنان من المساعدات المقدمة من الهلال الأحمر الإماراتي. وفي تعز "
           "قصف المتمردون الحوثيون")


def test_a_national_red_crescent_is_not_the_icrc():
    got = entities(SAUDI_RED_CRESCENT, "2015-07-21", source="aawsat")
    assert ("ORG", "SAUHLH", ["هيئة الهلال الأحمر السعودي"]) in got
    assert codes(SAUDI_RED_CRESCENT, "2015-07-21", "aawsat")["فيصل بن عبد الله بن عبد العزيز"] == "SAUHLH"
    assert ("ORG", "NGOHLH", ["الحركة الدولية للصليب الأحمر والهلال الأحمر"]) in entities(MOVEMENT, "2015-07-31",
                                                                                     source="alriyadh")
    got = codes(EMIRATI, "2015-07-22", "alriyadh")
    assert got["الهلال الأحمر"] not in ("NGOHLH", "SAUHLH")


# -- places where they are places ---------------------------------------------------------------
# 2015-08-01 (aljazirah), 2015-08-03 (alriyadh): a capital in a list of governorates or airports
GOVERNORATES = ("وتشمل المحافظات المتضررة عدن، والضالع، والمحويت، وعمران، وذمار، وحجة، والحديدة، ولحج، "
                "وصنعاء، وصعدة، وشبوة، وتعز. وأشار البيان إلى أن اليمن كانت حتى قبل")
AIRPORTS = ("طرح مقترح يتضمن تخصيص ثلاث منافذ جوية وهي مطارات عدن وسيئون وصنعاء، إضافة إلى تخصيص منافذ "
            "الطوال والوديعة البرية")
# 2015-07-27 (aawsat): the US state after ولاية, not the Caucasian country
GEORGIA_STATE = ("وحدثت الوفاة داخل مركز للرعاية في مدينة دولوث بولاية جورجيا شرق الولايات المتحدة.")
# 2015-07-26 (okaz): the country in a draw's group stays the country
GEORGIA_COUNTRY = ("المجموعة الرابعة: ويلز، النمسا، صربيا، جمهورية إيرلندا، مولدافيا، جورجيا. - المجموعة "
                   "الخامسة: رومانيا، الدنمارك، بولندا")


def test_a_capital_listed_with_towns_is_a_place():
    for text, day, source in ((GOVERNORATES, "2015-08-01", "aljazirah"), (AIRPORTS, "2015-08-03", "alriyadh")):
        got = codes(text, day, source)
        assert got["صنعاء"] is None and got["عدن"] is None


def test_georgia_after_state_is_the_us_state():
    got = analyse(GEORGIA_STATE, "2015-07-27", source="aawsat").entities
    georgia = next(e for e in got if e.mentions[0].text == "جورجيا")
    assert georgia.attrs.get("country") == "USA" and not georgia.attrs.get("code")
    assert codes(GEORGIA_COUNTRY, "2015-07-26", "okaz")["جورجيا"] == "GEO"
