"""A statement stands for the party that issued it (issue 15, round 12): «اتهم بيان أصدرته وزارة
الخارجية الأميركية»، «وأدان البيان» after «بيان صادر عن وزارة الخارجية». The verb of speech has the
statement as its subject, so without this rule it had no doer and its event was dropped. Real
SaudiNewsNet text of ordinary days (never 2015-07-23, 07-24, 08-04, 08-09)."""
from conftest import event_texts


def test_the_issuer_named_after_the_statement_is_the_doer():
    # aawsat 2015-08-07: the State Department's statement accuses the Iranian regime; no event before
    got = event_texts("اتهم بيان أصدرته وزارة الخارجية الأميركية، النظام الإيراني بمواصلة اضطهاد وقمع القوميات "
                      "العربية والكردية والأذرية والبلوشية وأقليات دينية مثل المسيحية والبهائية.", "2015-08-07")
    assert ("ACCUSE", "اتهم", "وزارة الخارجية الأميركية", "النظام الإيراني") in got, got


def test_the_statement_told_before_stands_for_its_issuer():
    # alriyadh 2015-07-26: «بيان صادر عن وزارة الخارجية», then «وأدان البيان»: the ministry condemns
    got = event_texts('وحذر بيان صادر عن وزارة الخارجية من التعامل مع "عمليات التهويد الإسرائيلية لمدينة القدس '
                      'ومقدساتها الإسلامية والمسيحية بشكل اعتيادي ومألوف". وأدان البيان "اقتحام المستوطنين '
                      'المتطرفين تحت حماية قوات الاحتلال المسجد الأقصى من جهة باب المغاربة لتأمين اقتحامات '
                      'المستوطنين واحتفالاتهم بما يسمى ذكرى خراب الهيكل المزعوم".', "2015-07-26")
    assert [(e[0], e[2]) for e in got if e[1] == "أدان"] == [("ACCUSE", "وزارة الخارجية")], got



def test_a_party_in_what_the_statement_says_is_not_its_issuer():
    # alweeam 2015-07-26: the Bahraini community's statement (told paragraphs before) «أفاد … أن دول
    # مجلس التعاون …»: the GCC is what it says, not who issued it; before the session-28 review mend
    # the GCC was made the doer of «كما طالب البيان المجتمع الدولي»
    got = event_texts("وأفاد البيان أن دول مجلس التعاون كافة لن تألو جهدا في اتخاذ إجراءات صارمة في مواجهة هذه "
                      "التدخلات غير المسئولة وفي مقدمتها التحرك لفضح التدخلات الفارسية ودعمها للإرهاب في البحرين "
                      "والمنطقة. كما طالب البيان المجتمع الدولي بتحمل مسئولياته بدلا من منح إيران امتيازات تساعدها "
                      "في تنفيذ مخططها الرامي إلى تفتيت وتمزيق المنطقة.", "2015-07-26")
    # (the issuer is out of reach here, so the demand has no named doer and is not kept)
    assert not [e for e in got if "مجلس التعاون" in (e[2] or "")], got
