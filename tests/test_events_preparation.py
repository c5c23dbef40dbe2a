"""الاستعداد with the article is preparation or an everyday readiness, no AGREE (``not_acts.tsv``, kind
state, branch evprec7); a party's readiness told with its pronoun or without the article stays AGREE.

Of 28 AGREE events on الاستعداد in six ordinary SaudiNewsNet days (2015-07-21 … 08-06), 25 were no
event: a school year, a summit or the Hajj prepared for, a hospital ready to receive the injured."""
from conftest import event_texts


def _agree(text, published):
    return [(w, s) for t, w, s, _g in event_texts(text, published) if t == "AGREE"]


def test_preparing_a_summit_is_no_agreement():
    # 2015-08-06, aawsat
    text = ("بدأت الأمانة العامة لمنظمة التعاون الإسلامي في الاستعداد لعقد قمة إسلامية استثنائية لبحث التطورات التي "
            "تشهدها القضية الفلسطينية والقدس الشريف والمسجد الأقصى المبارك؛ وذلك بعد أن رحبت المملكة المغربية "
            "باستضافتها.")
    assert _agree(text, "2015-08-06") == []


def test_preparing_the_school_year_is_no_agreement():
    # 2015-07-27, okaz
    text = ("وأوضح منصور بن ابراهيم الحسين عضو لجنة الاستعداد مشرف الاعلام التربوي، ان الاجتماع سيناقش آخر المستجدات "
            "في اعمال الاستعداد للعام الدراسي المقبل، ومناقشة ما لم يتم انجازه حتى الآن والحلول المناسبة لسرعة انجازه.")
    assert _agree(text, "2015-07-27") == []


def test_a_hospital_ready_to_receive_the_injured_agrees_to_nothing():
    # 2015-08-02, okaz
    text = ("من جهته، بين مدير مستشفى الملك خالد بنجران الدكتور عبده الزبيدي، أن المستشفى على كامل الاستعداد "
            "لاستقبال وعلاج كافة الإصابات والمرضى.")
    assert _agree(text, "2015-08-02") == []


def test_the_governments_preparations_for_the_elections_are_no_agreement():
    # 2015-08-01, aawsat: the event the evprec7 reading found once «مراقبون إن الحكومة» gave the
    # government back as the reported clause's subject
    text = ("وقال مراقبون إن الحكومة تبدي جدية هذه المرة في إجراءات الاستعداد للانتخابات، مشيرين إلى قرار اللجنة "
            "العليا للانتخابات البرلمانية فتح باب التقدم لطلبات متابعة الانتخابات.")
    assert _agree(text, "2015-08-01") == []


def test_a_party_stating_its_readiness_still_agrees():
    # 2015-08-01, aawsat: the bloc «أعربت عن استعدادها لدعم ترشيح نيربية» (a pronoun: the party's own)
    text = ("وأوضحت مصادر الائتلاف أن «الكتلة الديمقراطية» أعربت عن استعدادها لدعم ترشيح نيربية، فيما يدعم كل من "
            "المجالس المحلية ومنتدى رجال الأعمال ترشيح منافسه.")
    assert ("استعدادها", "الكتلة الديمقراطية") in _agree(text, "2015-08-01")
