"""The reader's messages in Arabic.

The library and the API speak English (their users are programs and programmers); the pages
speak Arabic. ``arabic(message)`` turns a message of the query layer, the analyser or the
framework into the Arabic the page shows, keeping the English original for the tooltip. A message
no rule knows gets a general Arabic line, never an English one.
"""
from __future__ import annotations

import re

# (pattern on the English message, Arabic template using the pattern's named groups)
RULES: list[tuple[re.Pattern, str]] = [(re.compile(p), ar) for p, ar in [
    (r"^(?:--)?(?P<w>since|until|day)\b.*?'(?P<v>[^']*)' is not a date",
     "التاريخ «{v}» غير صالح: اكتب سنة أو شهراً أو يوماً بالأرقام، مثل 2015 أو 2015-07 أو 2015-07-21"),
    (r"^unknown event type '(?P<v>[^']*)'", "نوع الحدث «{v}» غير معروف؛ اختر نوعاً من القائمة"),
    (r"^country '(?P<v>[^']*)'", "رمز البلد «{v}» غير صالح: اكتب رمزاً من ثلاثة أحرف لاتينية مثل SYR"),
    (r"^dates '(?P<v>[^']*)'", "«{v}»: اختر التصفية حسب تاريخ الحدث أو تاريخ النشر"),
    (r"^sort '(?P<v>[^']*)'", "«{v}»: رتّب حسب الصلة أو التاريخ"),
    (r"^unclosed quotation mark", "علامة تنصيص لم تُغلق في البحث؛ أغلق العبارة بعلامة مثلها"),
    (r"^OR must stand between", "يجب أن تقع OR بين كلمتين أو عبارتين"),
    (r"^NOT must be followed", "يجب أن تتبع NOT كلمةٌ أو عبارة"),
    (r"^parentheses are not supported", "الأقواس غير مدعومة في البحث؛ اكتب البدائل بـ OR (أ OR ب)"),
    (r"^the query only excludes words", "البحث يستبعد كلمات فقط؛ أضف كلمة واحدة على الأقل لتبحث عنها"),
    (r"^the query has no words", "لا كلمات للبحث عنها في الطلب"),
    (r"^query too long: at most (?P<n>\d+)", "البحث طويل جداً: {n} كلمة على الأكثر"),
    (r"^(empty query|give a query)", "اكتب كلمات للبحث أو اختر مرشحاً"),
    (r"^the entity query has no letters", "اكتب حروفاً من اسم الكيان للبحث عنه"),
    (r"^give an entity name", "اكتب اسم كيان"),
    (r"^cannot run this query", "تعذّر تنفيذ هذا البحث؛ جرّب صياغة أبسط"),
    (r"^no document '(?P<v>[^']*)'", "لا مقالة بالمعرّف «{v}» في قاعدة البيانات"),
    (r"^no entity '(?P<v>[^']*)'", "لا كيان باسم «{v}» في قاعدة البيانات"),
    (r"^no story (?P<v>\S+)", "لا قصة بالرقم {v} في قاعدة البيانات"),
    (r"^no database is open", "لم تُفتح قاعدة بيانات؛ شغّل الخادم مع قاعدة بيانات أنشأها الإدخال (ingest)"),
    (r"^this server is read-only", "هذا الخادم للقراءة فقط؛ يلزم تشغيله مع السماح بالحفظ لحفظ النصوص"),
    (r"^the text is empty", "النص فارغ؛ الصق نص خبر عربي"),
    (r"^the text has (?P<n>\d+) characters; at most (?P<m>\d+)",
     "النص طويل جداً ({n} حرفاً)؛ الحد في الطلب الواحد {m} حرف، وللملفات الطويلة أداة الإدخال"),
    (r"^(?:--)?published.*?'(?P<v>[^']*)' is not a date", "تاريخ النشر «{v}» غير صالح؛ اكتبه بالأرقام YYYY-MM-DD"),
    (r"^request body larger than", "الطلب أكبر من الحد المسموح (1 ميغابايت)"),
    (r"^bad Content-Length", "طول الطلب المعلن غير صالح"),
    (r"^cross-site request refused", "رُفض طلب الكتابة لأنه أُرسل من موقع آخر"),
    (r"^the form has expired", "انتهت صلاحية النموذج؛ أعد تحميل الصفحة ثم أرسل النص من جديد"),
    (r"^the analysis took longer than (?P<n>\d+)", "استغرق التحليل أكثر من {n} ثانية فأوقف؛ قسّم النص أو استعمل أداة الإدخال"),
    (r"^the analyser is busy", "المحلل مشغول بنص طويل آخر؛ أعد المحاولة بعد قليل"),
    (r"^the analysis pipeline cannot load|^cannot load", "تعذّر تحميل نماذج التحليل على الخادم"),
    (r"^Not Found$", "الصفحة غير موجودة"),
    (r"^Method Not Allowed$", "هذه الطريقة غير مسموحة على هذا العنوان"),
    (r"^internal error", "خطأ داخلي في الخادم؛ التفاصيل في سجل الخادم"),
    (r"^page: ", "رقم الصفحة غير صالح: اكتب عدداً صحيحاً من 1 فأكثر"),
    (r"^name: ", "اكتب اسم كيان"),
    (r"^label: ", "نوع الكيان غير صالح: PER أو ORG أو LOC أو MISC"),
    (r"^(?P<p>[a-z_]+): ", "قيمة غير صالحة في الطلب ({p})"),
]]
GENERAL = "تعذّر تنفيذ الطلب"


def arabic(message: str) -> str:
    """The Arabic line for an English message (see RULES)."""
    msg = str(message or "").strip()
    for pat, ar in RULES:
        m = pat.search(msg)
        if m:
            return ar.format(**{k: (v or "") for k, v in m.groupdict().items()})
    return GENERAL
