"""Constructions found by the counted error map of issue 15 (dev articles, events-snn build part):
each test reads real sentences from SaudiNewsNet articles (dev, dev-own or the events-snn build
part) through the default pipeline, as ``rasd analyze`` runs it."""
from rasd.eval.events import DEFAULT, analyse


def _events(text, typ=None, pipeline=DEFAULT):
    doc = analyse(text, pipeline, published="2015-08-07")
    return [(e.text, e.attrs.get("source_text") or "", e.attrs.get("target_text") or "")
            for e in doc.layer("events") if typ is None or e.label == typ]


def test_title_chain_opening_with_waw_is_the_subject_of_the_verb_before_it():
    # وزير begins with و: it was stripped as a conjunction, the chain was not seen as titles and
    # the minister became the object of his own condemnation (events-snn build snn-0294, okaz;
    # the same statement in the dev article justice-minister-warning)
    for text in ("شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني، العمل الإرهابي الآثم "
                 "الذي استهدف مسجدا في مقر قوات الطوارئ الخاصة بمنطقة عسير أثناء قيام مجموعة من منسوبي قوات "
                 "الطوارئ أداء صلاة الظهر أمس، ونتج عنه استشهاد عدد من منسوبي القوات وإصابة آخرين.",
                 "شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني العمل الإرهابي الآثم، "
                 "الذي استهدف مسجداً في مقر قوات الطوارئ الخاصة بمنطقة عسير."):
        evs = _events(text, "ACCUSE")
        assert any(w == "شجب" and "الصمعاني" in s and "الصمعاني" not in t for w, s, t in evs), evs


def test_a_meeting_with_no_counterpart_named_codes_no_consultation():
    # a visit to patients (events-snn build snn-0015, aawsat) and a talk to students (dev-own
    # shoukry-gulf-nuclear) name no party met: PLOVER's CONSULT is an act between two parties
    for text in ("فقد زار الأمير مشاري بن سعود، أمير منطقة الباحة، عددًا من المرضى المنومين في مستشفى الملك فهد في "
                 "الباحة، وهنأهم بعيد الْفِطْر المبارك، وقدم لهم باقات الورد بهذه المناسبة، داعيًا الله أن يمنّ عليهم "
                 "بالصحة العافية.",
                 "أكد وزير الخارجية المصري سامح شكري على قوة ومتانة العلاقات المصرية الخليجية ، حيث أشار شكري في لقاء "
                 "مع طلبة الكلية الحربية بالقاهرة إلى جولته الخليجية الأخيرة ودورها في تعزيز العلاقات بين مصر ودول "
                 "الخليج"):
        assert _events(text, "CONSULT") == [], text
    # with the counterpart named the meeting stays (dev lavrov-meshaal)
    evs = _events("قال مسؤول من حركة حماس إن وزير الخارجية الروسي سيرجي لافروف اجتمع مع رئيس مكتبها السياسي خالد "
                  "مشعل اليوم الاثنين ووجه له الدعوة لزيارة موسكو.", "CONSULT")
    assert any(("لافروف" in s or "الروسي" in s) and "مشعل" in t for _w, s, t in evs), evs


def test_circumstantial_participle_is_done_by_the_clause_doer_on_the_phrase_after_it():
    # واعدا الأهالي: the residents were promised, the mayor promised (dev-own mandaq-villages-darkness;
    # the genitive rule made the residents the doer)
    evs = _events("من جانبه أوضح رئيس بلدية المندق المهندس ناصر العلياني سلّم لإحدى الشركات وهو بالفعل متأخر وقد تم "
                  "توجيه عدة انذارات له بالاضافة إلى الاجتماع به أكثر من مرة، واعدًا الاهالي بأن العمل سينتهي قريبا",
                  "AGREE")
    assert any("العلياني" in s and "الاهالي" in t for _w, s, t in evs), evs


def test_a_prayer_or_a_counted_accused_is_no_participle_act():
    # داعيا الله أن يشفي: a prayer (events-snn build snn-0407, alriyadh); (431) متهما: "accused
    # persons", a counted noun (snn-0265, aljazirah)
    assert _events("واطمأن سمو أمير منطقة عسير على صحة المصابين والخدمات الطبية المقدمة لهم، داعياً الله تعالى أن "
                   "يشفي المصابين، وأن يحفظ بلادنا من كل شر ومكروه.", "REQUEST") == []
    assert _events("وأخيراً لا ننسى جهود رجال الأمن على مختلف مستوياتهم وقطاعاتهم على الجهود التي بذلوها في القبض على "
                   "(431) متهماً قبل تنفيذ مخططاتهم الإجرامية والإرهابية التي خططوا لها مع تنظيم داعش.", "ACCUSE") == []


def test_organ_of_an_organisation_after_the_verb_is_its_subject():
    # الأمانة العامة لرابطة العالم الإسلامي: the organisation in لـ was read as the object (events-snn
    # build snn-0231, alyaum; dev-own mwl-condemns-asir-attack)
    for text in ("أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف مجموعة من منسوبي "
                 "قوات الطوارئ الخاصة بمنطقة عسير، وقت أدائهم صلاة الظهر جماعة في مسجد مقر القوات.",
                 "دانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف مسجداً في مقر قوات "
                 "الطوارئ الخاصة بمنطقة عسير، ونتج عنه استشهاد عددٍ من منسوبي القوات وإصابة آخرين"):
        evs = _events(text, "ACCUSE")
        assert any("رابطة العالم الإسلامي" in s for _w, s, _t in evs), evs


def test_the_condemner_is_no_party_to_the_act_condemned():
    # the ranker made the condemning body the target of the attack it condemns (events-snn build
    # snn-0231 alyaum and snn-0294 okaz; dev justice-minister-warning)
    cases = (("أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف مجموعة من منسوبي "
              "قوات الطوارئ الخاصة بمنطقة عسير، وقت أدائهم صلاة الظهر جماعة في مسجد مقر القوات.", "رابطة"),
             ("شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني، العمل الإرهابي الآثم الذي استهدف "
              "مسجدا في مقر قوات الطوارئ الخاصة بمنطقة عسير أثناء قيام مجموعة من منسوبي قوات الطوارئ أداء صلاة الظهر "
              "أمس، ونتج عنه استشهاد عدد من منسوبي القوات وإصابة آخرين.", "المجلس"))
    for text, condemner in cases:
        evs = [e for e in _events(text, "ASSAULT") if e[0] == "العمل الإرهابي"]
        assert evs and not any(condemner in s or condemner in t for _w, s, t in evs), evs


def test_the_attack_told_after_a_verb_of_harm_is_an_event_and_the_counted_dead_no_doer():
    # قتل شخصان … بانفجار: the explosion is the attack (it was dropped as the verb's object) and the
    # two dead are its victims, not the doers of the killing (events-snn build snn-0020, aawsat)
    evs = _events("وفي بغداد قتل شخصان وأصيب خمسة آخرون بانفجار في الحي الصناعي بقضاء أبوغريب.", "ASSAULT")
    # one attack is kept (its trigger قتل or بانفجار: which of the two carries it depends on the
    # shipped role ranker), with the dead as its target
    assert any(w in ("قتل", "بانفجار") and "شخص" in (t or "") for w, _s, t in evs), evs
    assert not any("شخص" in (s or "") for _w, s, _t in evs), evs
    # the dual of a victim word is never a doer (openeventdata build split, PROTEST sentences)
    evs = _events("قال شهود عيان ان شخصين على الاقل قتلا واصيب سبعة اخرون في شرق افغانستان امس، خلال اشتباكات بين "
                  "الشرطة ومتظاهرين يحتجون على مقتل مدنيين على أيدي القوات الاميركية.")
    assert not any("شخصين" in s for _w, s, _t in evs), evs


def test_a_reception_codes_the_guest_visiting_the_host_across_titles_place_and_day():
    # the host's own titles and offices are his (خادم الحرمين الشريفين الملك سلمان; ولي العهد نائب
    # رئيس مجلس الوزراء وزير الداخلية: ولي and وزير begin with و, no conjunction), and the guest's
    # titles come after the place and the day (events-snn build snn-0259 3alyoum, snn-0109 alyaum)
    cases = (("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا بالدرعية، اليوم السبت، "
              "فخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية والوفد المرافق له.", "السيسي", "خادم الحرمين"),
             ("استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير "
              "الداخلية - حفظه الله - في قصر سموه بجدة مساء اليوم معالي وزير الخارجية المصري سامح شكري.",
              "وزير الخارجية المصري", "محمد بن نايف"))
    for text, guest, host in cases:
        evs = _events(text, "CONSULT")
        assert any(guest in s for _w, s, _t in evs) and all(host in t for _w, _s, t in evs), evs
    # a group subject is no title-bearer: the title and name after it are the object (dev-own
    # rouhani-khamenei-threats)
    evs = _events("هدد نواب محافظون الرئيس روحاني بإلغاء الاتفاق النووي إذا لم ترد حكومته على تهديدات وزير الخارجية "
                  "الأمريكي جون كيري والرئيس الأمريكي أوباما.", "THREATEN")
    assert any(w == "هدد" and "روحاني" in t for w, _s, t in evs), evs


def test_circumstantial_participle_takes_its_object_named_or_described():
    # مطالبا بكين: Beijing is asked, Obama asks (openeventdata build split AAW_ARB_20080316.0030-25;
    # the genitive rule made Beijing the asker)
    evs = _events("وندد باراك اوباما المرشح لتمثيل الحزب الديمقراطي الاميركي في السباق الى البيت الابيض، بالقمع العنيف "
                  "الذي تمارسه السلطات الصينية حيال المتظاهرين في التيبت، مطالبا بكين بمنح هذه المنطقة حكما ذاتيا "
                  "حقيقيا.", "REQUEST")
    assert any(w == "مطالبا" and "اوباما" in s and "بكين" in t for w, s, t in evs), evs
    # داعيا المستثمرين: a described object is the target (dev-own tabuk-tourism-closures)
    evs = _events("وقال الخريصي إن الطاقة الاستيعابية لمرافق الإيواء السياحي في منطقة تبوك كبيرة ولن تتأثر بإغلاق أي "
                  "منشأة مخالفة، داعياً المستثمرين الذين لم يستوفوا متطلبات الترخيص لمنشآتهم إلى المبادرة", "REQUEST")
    assert any("الخريصي" in s and "المستثمرين" in t for _w, s, t in evs), evs


def test_a_hamzated_imperfect_reaches_its_verb_entry():
    # يؤيد is written يويد once normalised; the morphology gives it the key ايد, but the lexicon's
    # letter prefilter knew no و seat and skipped the word (events-snn build snn-0520, aawsat)
    evs = _events("وقال جيرمي بن عمي، رئيس منظمة «جي ستريت» المعتدلة، إنه يؤيد الاتفاق، لكنه يعي أن «المعركة ستكون "
                  "تاريخية..", "SUPPORT")
    assert any(w == "يؤيد" and "جيرمي" in s for w, s, _t in evs), evs


def test_the_one_tried_is_no_accuser():
    # محاكمة الرئيس التشادي: the genitive and the possessor of a trial are the one tried, not the one
    # accusing (events-snn build snn-0244 alyaum: the court's تحاكمه stays; dev morsi-trial headline)
    text = ("أرجئت محاكمة الرئيس التشادي السابق حسين حبري المتهم بارتكاب \"جرائم حرب وجرائم تعذيب وجرائم ضد "
            "الانسانية\" أمس الى السابع من سبتمبر لافساح المجال أمام المحامين لدرس الملف، كما أعلنت المحكمة الخاصة "
            "التي تحاكمه في السنغال أمس الثلاثاء.")
    evs = _events(text, "ACCUSE")
    assert not any("حبري" in s or "التشادي" in s for _w, s, _t in evs), evs
    assert any(w == "تحاكمه" and "المحكمة" in s for w, s, _t in evs), evs
    assert not any("مرسي" in s for _w, s, _t in _events("«الضغط» يغيب «مرسي» عن محاكمته بقضية التخابر", "ACCUSE"))


def test_a_meeting_or_visit_noun_with_no_verb_of_holding_near_is_a_consultation():
    # زياراتهم، زيارته: a visit told by its noun alone, with the visitor as its possessor and the
    # visited after إلى/ل (events-snn build snn-0518, aawsat; SaudiNewsNet 2015-07-23)
    evs = _events("ويتوقع أن يرفع المعارضون الإسرائيليون من عدد زياراتهم إلى الولايات المتحدة لتعزيز مجهودات «اللوبي».",
                  "CONSULT")
    assert any("المعارضون" in s and "الولايات المتحدة" in t for _w, s, t in evs), evs
    evs = _events("وأعرب مالكولم هونلاين، وهو من أبرز الشخصيات في الكونغرس، عن معارضته الشخصية للاتفاق خلال زيارته "
                  "الأخيرة لإسرائيل مع رئيس مؤتمر الرؤساء الجديد للمنظمات اليهودية.", "CONSULT")
    assert any("هونلاين" in s and "إسرائيل" in t for _w, s, t in evs), evs


def test_bare_clashes_in_war_reporting_are_an_attack():
    # المواجهات بين X و Y with no adjective: armed clashes (events-snn build snn-0276, snn-0565;
    # SaudiNewsNet 2015-07-23, Taiz)
    evs = _events("وفي تعز استمرت المواجهات بين المقاومة والحوثين وقوات صالح في مناطق متفرقة في المدينة فيما استمر "
                  "انقطاع الانترنت والاتصالات في المدينة.", "ASSAULT")
    assert any(w == "المواجهات" and "المقاومة" in s for w, s, _t in evs), evs
    assert any(w == "المواجهات" for w, _s, _t in _events(
        "إلى ذلك أكدت مصادر داخل حزب الله مصرع ستة من مقاتلي الحزب خلال المواجهات الدائرة في بلدة الزبداني السورية، "
        "وإصابة أربعة آخرين، اثنان منهم في حالة حرجة.", "ASSAULT"))


def test_dismissing_an_official_is_a_sanction():
    # أقال: as إعفاء from a post (events-snn build snn-0081, alyaum; SaudiNewsNet 2015-07-23, Juba)
    evs = _events("أقالت رئيسة كوريا الجنوبية باك جون هاي اليوم الثلاثاء وزير الصحة والرعاية الاجتماعية مون هيونج بيو "
                  "بعد الانتقادات التي وجهت له.", "SANCTION")
    assert any(w == "أقالت" and "كوريا" in s for w, s, _t in evs), evs
    evs = _events("يذكر أنّ الحرب الأهلية اندلعت في ديسمبر 2013 في العاصمة جوبا، عندما أقال الرئيس سلفا كير، وهو من "
                  "قبيلة الدينكا، نائبه السابق رياك مشار الذي ينتمي إلى قبيلة النوير.", "SANCTION")
    assert any(w == "أقال" and "سلفا كير" in s for w, s, _t in evs), evs


def test_a_military_advance_towards_or_against_someone_is_an_attack():
    # تقدمت القوات باتجاه، تقدما على حساب، تقدما ضد (events-snn build snn-0345, snn-0425;
    # SaudiNewsNet 2015-07-22, Aden and Ramadi); progress in talks is no attack
    for text, doer in (("قال مصدر عسكري الأحد أن القوات الموالية للشرعية تقدمت باتجاه مقر الرئاسة في قطاع من مدينة "
                        "عدن ما زال يسيطر عليه المتمردون الحوثيون.", "القوات الموالية"),
                       ("وقال قائد مقاتلي عشائر محافظة الأنبار غسان العيثاوي، للصحافيين أمس، إن العشرات من عناصر "
                        "التنظيم الإرهابي قتلوا في عمليات تطهير مدينة الرمادي، مؤكدا أن القوات العراقية المشتركة "
                        "تتقدم باتجاه منطقة البوعيثة وجزيرة الأنبار.", "القوات العراقية")):
        # the lexicon and the roles, without the detector (which scores these described doers
        # within a few hundredths of its threshold, so that a retrained model flips them)
        evs = _events(text, "ASSAULT", pipeline=False)
        assert any(w.startswith("ت") and "قدم" in w and doer in s for w, s, _t in evs), evs
    assert any(w == "تقدما" for w, _s, _t in _events(
        "في غضون ذلك، أحرزت المقاومة الشعبية تقدما في محافظة شبوة، جنوب شرقي اليمن، على حساب قوات المتمردين "
        "وحلفائهم.", "ASSAULT"))
    assert _events("وقال الرئيس إن المفاوضات حققت تقدما نحو الحل.", "ASSAULT") == []


def test_seizing_with_ala_is_coercion():
    # استولى على، الاستيلاء على: PLOVER COERCE seize (SaudiNewsNet
    # 2015-07-23, Taiz and the Jufaina front; events-snn build snn-0096)
    for text, word in (("لكن الصبري أضاف أن المقاومة الشعبية حققت انتصارات عدة خلال اليومين الأخيرين واستولت على مواقع "
                        "كانت تسيطر عليها ميليشيات الحوثي خلف السجن المركزي.", "استولت"),
                       ("وقالت مصادر في المقاومة الشعبية إن الحوثيين والموالين لصالح شنوا هجمات عنيفة على مواقع "
                        "المقاومة والجيش في جبهتي الجفينه وصرواح في محاولة منهم للتقدم والاستيلاء على تلك المواقع.",
                        "الاستيلاء")):
        assert any(w == word for w, _s, _t in _events(text, "COERCE")), text


def test_a_call_received_is_the_callers_and_a_call_made_the_makers():
    # protocol news (SaudiNewsNet 2015-07-27, alriyadh/aawsat wording): تلقى … اتصالا من Y is Y's
    # call; أجرى … اتصالا مع Y is the subject's
    got = _events("تلقى الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس اليمني عبد ربه منصور هادي.", "CONSULT")
    assert [(s, t) for _w, s, t in got] == [("عبد ربه منصور هادي", "محمد بن سلمان")]
    made = _events("أجرى الأمير محمد بن سلمان اتصالا هاتفيا مع الرئيس اليمني عبد ربه منصور هادي.", "CONSULT")
    assert [(s, t) for _w, s, t in made] == [("محمد بن سلمان", "عبد ربه منصور هادي")]
