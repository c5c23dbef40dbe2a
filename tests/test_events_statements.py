"""Statements as events (issue 15, branch evrec4, the sixth fresh reading's «missed statements» and
«an earlier act named as the object of a statement»). Real SaudiNewsNet sentences of ordinary days
(never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def test_a_stated_refusal_with_its_pronoun_is_the_speakers_noun():
    # alwatan 2015-07-27: «رفضه» after «كرر الأسد خلال اللقاء» is "his refusal" (the object of
    # كرر), not the verb "he refused it" with no subject of its own, so Assad is its doer
    got = event_texts('وكرر الأسد خلال اللقاء رفضه للحل السياسي، ووصفه بأنه "عديم المعنى".', "2015-07-27")
    assert [e for e in got if e[0] == "REJECT" and e[2] == "الأسد"], got


def test_a_refusal_after_its_stating_verb_keeps_its_doer_and_target():
    # alwatan 2015-07-25: the alliance rejects al-Maliki's statements (read before as a verb, and
    # still right as the noun)
    got = event_texts("أكد تحالف القوى العراقية رفضه تصريحات نائب رئيس الجمهورية نوري المالكي ضد المملكة "
                      "العربية السعودية ووصفها بأنها غير مسؤولة وتسيء إلى علاقات العراق مع محيطه العربي.",
                      "2015-07-25")
    assert [e for e in got if e[0] == "REJECT" and e[2] == "تحالف القوى العراقية"], got


def test_an_agreement_the_speaker_judges_is_not_his_act():
    # aawsat 2015-07-22: Netanyahu talks about the nuclear deal; he made no agreement
    got = event_texts("وقال نتنياهو إن الاتفاق ليس كافيا لمنع الجمهورية الإسلامية من الحصول على أسلحة نووية "
                      "يمكن أن تستخدم في استهداف إسرائيل.", "2015-07-22")
    assert not [e for e in got if e[0] == "AGREE"], got
    # okaz 2015-07-25: the EU's foreign minister judges the deal; no new AGREE by the EU
    got = event_texts("وكانت وزيرة خارجية الاتحاد الأوروبي أكدت أن الاتفاق النووي مع إيران سوف يحد من قدراتها "
                      "على الحصول على السلاح النووي.", "2015-07-25")
    assert not [e for e in got if e[0] == "AGREE"], got


def test_the_dropped_subject_of_a_stance_verb_is_not_an_actor_of_the_clause_before():
    # aawsat 2015-08-06: «كما أكدا رفضهما» — the two sides (الجانبان, no actor) refuse; «وحدة
    # العراق», a genitive of the clause before, is not the owner of «رفضهما»
    got = event_texts("وأكد الجانبان على أهمية وحدة العراق وأمنه وضرورة إشراك كافة مكونات شعبه في العملية "
                      "السياسية ليكونوا يدًا واحدة في الدفاع عن ترابه وبناء مؤسساته والحفاظ على استقلاله، كما "
                      "أكدا رفضهما القاطع لمحاولات تدخل إيران في الشؤون الداخلية للدول العربية.", "2015-08-06")
    assert all(e[2] != "وحدة العراق" for e in got), got


def test_a_negated_acceptance_of_anything_is_a_refusal_with_its_subject():
    # aleqtisadiya 2015-07-22: «لن تقبل أي محاولة» — Tehran refuses (قبل took only a listed object,
    # and the negation between the subject and the verb hid the subject)
    got = event_texts("قال المفاوض النووي الايراني الكبير عباس عراقجي اليوم إن طهران لن تقبل أي محاولة لتمديد "
                      "العقوبات المتعلقة ببرنامجها النووي.", "2015-07-22")
    assert [e for e in got if e[0] == "REJECT" and e[2] == "طهران"], got
    assert not [e for e in got if e[0] == "AGREE"], got


def test_a_singular_stance_verb_keeps_the_subject_before_it():
    # aawsat 2015-07-27 (events-snn build part): «قوات المعارضة «جددت هجومها على بلدة جوبر»» — the
    # opposition forces renewed their attack; only a dual or plural verb (كما أكدا) carries its subject
    got = event_texts("وفي ظل الهجوم على الزبداني الذي دخل يومه العشرين، فتحت قوات المعارضة السورية أربع جبهات "
                      "متوازية لتخفيف الضغط عن المدينة، حيث أفاد ناشطون بأن قوات المعارضة «جددت هجومها على بلدة "
                      "جوبر في دمشق»، بالتوازي مع إطلاق هجمات ضد مدينة درعا، واستمرار حملة القصف الذي يستهدف "
                      "بلدتي كفريا والفوعة بريف إدلب، فضلا عن إطلاق صواريخ باتجاه القرداحة.", "2015-07-27")
    assert [e for e in got if e[0] == "ASSAULT" and e[2] == "قوات المعارضة"], got


def test_the_subject_after_a_singular_stance_verb_owns_the_noun():
    # 3alyoum and aleqtisadiya 2015-08-06: «كما أكد الجانبان رفضهما» — the two sides (no actor) refuse; the owner is not
    # looked for before أكد (وحدة العراق)
    got = event_texts("وأكد الجانبان على أهمية وحدة العراق وأمنه وضرورة إشراك كافة مكونات شعبه في العملية "
                      "السياسية، كما أكد الجانبان رفضهما القاطع لمحاولات تدخل إيران في الشؤون الداخلية للدول "
                      "العربية.", "2015-08-06")
    assert all(e[2] != "وحدة العراق" for e in got), got


def test_a_standing_disagreement_with_la_is_no_refusal():
    # 3alyoum 2015-07-31: experts "do not agree with the hypothesis" — a view, not a refusal by a party
    got = event_texts("ولكن بعض خبراء الطيران لا يتفقون مع فرضية ان هذه قطعة من حطام الطائرة المفقودة، اذ يقول "
                      "بعضهم انها قد تكون قطعة من حطام طائرة ايرباص.", "2015-07-31")
    assert not [e for e in got if e[0] == "REJECT"], got
