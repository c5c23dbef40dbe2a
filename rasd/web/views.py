"""Small helpers the templates use: links with query strings, Arabic labels (English kept for the
tooltip), outlet names, colours.

Event types, contexts and entity labels come from ``rasd.ontology`` (the one place that spells
them); what is only presentation (colours, the words of this interface) lives here.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from ..ontology import CONTEXT, CONTEXTS, ENTITY_LABEL_AR, EVENT_COUNTS, EVENT_TYPE, PLOVER_TYPES, context_label, type_label

HERE = Path(__file__).resolve().parent

# Cooperation in greens/blues, conflict in oranges/reds, so the timeline reads like the network.
TYPE_COLOR = {
    "AGREE": "#1b7837", "CONSULT": "#4393c3", "SUPPORT": "#5aae61", "CONCEDE": "#a6dba0",
    "COOPERATE": "#2166ac", "AID": "#92c5de", "RETREAT": "#80cdc1",
    "REQUEST": "#fdb863", "ACCUSE": "#e08214", "REJECT": "#b35806", "THREATEN": "#d6604d",
    "PROTEST": "#f4a582", "SANCTION": "#c51b7d", "MOBILIZE": "#8c510a", "COERCE": "#b2182b", "ASSAULT": "#67001f",
}
SIDE_COLOR = {"cooperation": "#2166ac", "conflict": "#b2182b", "other": "#767676"}
DARK_TEXT = "#1d1d1f"

LABEL_AR = dict(ENTITY_LABEL_AR)
LABEL_EN = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other name"}
SIDE_AR = {"cooperation": "تعاون", "conflict": "نزاع", "other": "أخرى"}
KIND_AR = {"direct": "مباشر", "indirect": "غير مباشر"}
KIND_EN = {"direct": "direct quote", "indirect": "indirect (reported) speech"}
# PLOVER modes (how an act was carried out) as the events stage writes them (the lexicons in
# rasd/resources/events/ and modes.tsv); an unknown one is shown as written.
MODE_AR = {
    "abduct": "اختطاف", "access": "وصول", "aerial": "جوي", "allege": "ادعاء", "arrest": "اعتقال",
    "assassinate": "اغتيال", "assist": "مساندة", "attack": "هجوم", "ban": "حظر", "beat": "ضرب",
    "boycott": "مقاطعة", "ceasefire": "وقف إطلاق النار", "change": "تغيير", "cleansing": "تطهير عرقي",
    "curfew": "حظر تجول", "demo": "تظاهرة", "deny": "منع", "deport": "ترحيل", "destroy": "تدمير",
    "disapprove": "استنكار", "disarm": "نزع سلاح", "discontinue": "قطع", "drone": "طائرة مسيرة",
    "ease": "تخفيف", "expel": "طرد", "explosives": "متفجرات", "firearms": "أسلحة نارية",
    "heavy-weapons": "أسلحة ثقيلة", "hunger": "إضراب عن الطعام", "investigate": "تحقيق", "meet": "لقاء",
    "obstruct": "عرقلة", "phone": "هاتفي", "police": "شرطي", "primitive": "أسلحة بدائية",
    "pro_autocracy": "تأييد سلطة", "relations": "علاقات", "release": "إطلاق سراح", "resign": "استقالة",
    "restrict": "تقييد", "return": "إعادة", "riot": "شغب", "seize": "احتجاز", "sexual": "عنف جنسي",
    "strike": "إضراب", "suicide-attack": "هجوم انتحاري", "targeted": "استهداف محدد", "third-party": "طرف ثالث",
    "troops": "قوات", "violence": "عنف", "visit": "زيارة", "withdraw": "انسحاب", "wounded": "إصابات",
    "yield": "استسلام", "threat": "تهديد", "grant": "منحة", "mediate": "وساطة",
    "weapons": "أسلحة", "cyber": "اختراق إلكتروني", "martial-law": "طوارئ أو حظر تجول", "withhold": "حجب",
}
# Boilerplate kinds (rasd.text.boilerplate) and machine-translation flag kinds (rasd.text.mtflags).
BOILERPLATE_AR = {
    "byline": "اسم الكاتب", "caption": "تعليق صورة", "contact": "بيانات اتصال", "credit": "حقوق الصورة",
    "dateline": "مكان الخبر وتاريخه", "navigation": "روابط تنقل", "read-more": "اقرأ أيضاً",
    "related-headline": "عنوان خبر ذي صلة", "share": "أزرار المشاركة", "tags": "وسوم", "timestamp": "وقت النشر",
    "boilerplate": "نص هامشي", "advert": "إعلان", "copyright": "حقوق النشر", "social": "حسابات التواصل",
    "end-marker": "علامة نهاية الخبر",
}
FLAG_AR = {"latin-in-arabic": "حروف لاتينية وسط العربية", "mt": "أثر ترجمة آلية", "untranslated": "كلمة لم تُترجم",
           "calque": "ترجمة حرفية", "html-entity": "رمز HTML متبقٍ من النسخ"}
COUNT_AR = {"killed": "قتلى", "injured": "جرحى", "size": "العدد"}
COUNT_EN = {"killed": "killed", "injured": "injured", "size": "size (people involved)"}
FILTER_AR = {"q": "بحث", "source": "المصدر", "since": "من", "until": "إلى", "entity": "كيان", "type": "نوع الحدث",
             "speaker": "المتحدث", "country": "البلد", "location": "المكان", "dates": "حسب", "label": "النوع",
             "code": "الرمز", "day": "اليوم", "sort": "الترتيب"}
FILTER_KEYS = ("source", "since", "until", "entity", "type", "speaker", "country", "location")


@lru_cache(maxsize=1)
def outlets() -> dict[str, tuple[str, str]]:
    """slug -> (Arabic name, English name), from data/outlets.tsv."""
    out = {}
    with open(HERE / "data" / "outlets.tsv", encoding="utf-8") as f:
        for row in csv.reader((ln for ln in f if ln.strip() and not ln.startswith("#")), delimiter="\t"):
            out[row[0].lower()] = (row[1], row[2])
    return out


def outlet_name(slug: str | None) -> str:
    """An outlet's display name (الشرق الأوسط for aawsat); an unknown one as stored."""
    if not slug:
        return ""
    return outlets().get(str(slug).lower(), (str(slug), ""))[0]


def outlet_en(slug: str | None) -> str:
    return outlets().get(str(slug or "").lower(), ("", str(slug or "")))[1] or str(slug or "")


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (Arabic name, English name): the Arabic from the project's country
    gazetteer (rasd/resources/gazetteers/countries.tsv, its shortest Arabic name: السعودية, not
    the official long form), the English from the map outlines (Natural Earth)."""
    import json
    en = {k: v["name"] for k, v in json.loads((HERE / "data" / "world.json").read_text(encoding="utf-8")).items()}
    ar: dict[str, str] = {}
    gaz = HERE.parent / "resources" / "gazetteers" / "countries.tsv"
    if gaz.is_file():
        for line in gaz.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) >= 3 and cols[2]:
                ar[cols[0]] = min(cols[2].split("|"), key=len)
    return {k: (ar.get(k, en.get(k, k)), en.get(k, k)) for k in set(en) | set(ar)}


def side_of(event_type: str | None) -> str:
    t = EVENT_TYPE.get(str(event_type or "").upper())
    return t.side if t else "other"


def color_of(event_type: str | None) -> str:
    return TYPE_COLOR.get(str(event_type or "").upper(), "#767676")


def _lum(hex_color: str) -> float:
    r, g, b = (int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    f = lambda c: c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4  # noqa: E731
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    la, lb = sorted((_lum(a), _lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(bg: str) -> str:
    """White or near-black text, whichever reads better on ``bg`` (AA asks 4.5:1)."""
    return "#ffffff" if contrast(bg, "#ffffff") >= contrast(bg, DARK_TEXT) else DARK_TEXT


def type_ar(t: str | None) -> str:
    return type_label(t or "", "ar")


def type_en(t: str | None) -> str:
    et = EVENT_TYPE.get(str(t or "").upper())
    return f"{et.name}: {et.label_en} ({et.quad})" if et else str(t or "")


def mode_ar(m) -> str:
    return MODE_AR.get(str(m or ""), str(m or ""))


def labelled(ar: str, en: str, cls: str = "") -> Markup:
    """Arabic text with its English in a tooltip."""
    return Markup('<span class="{}" title="{}">{}</span>').format(cls, en, ar)


def link(path: str, params: dict | None = None, **more) -> str:
    """``path?query`` from params (empty values dropped); ``more`` overrides (None removes)."""
    p = {k: v for k, v in (params or {}).items()}
    p.update(more)
    p = {k: v for k, v in p.items() if v not in (None, "", [])}
    return path + ("?" + urlencode(p) if p else "")


def entity_link(name: str | None, label: str | None = None) -> str:
    return link("/entity", {"name": name, "label": label}) if name else ""


def doc_link(doc_id, sentence: int | None = None, q: str | None = None) -> str:
    """The reader of an article by its own id (``doc`` column), at a sentence, with query words lit."""
    url = "/doc/" + quote(str(doc_id), safe="")
    if q:
        url += "?" + urlencode({"hl": q})
    if sentence is not None:
        url += f"#s{int(sentence)}"
    return url


def marked(snippet: str | None, open_mark: str = "\ue000", close_mark: str = "\ue001") -> Markup:
    """Escape a snippet whose matches are wrapped in private-use marks, then turn the marks into
    ``<mark>``: the text is escaped first, so only our own tags are ever HTML."""
    s = str(escape(snippet or ""))
    return Markup(s.replace(open_mark, "<mark>").replace(close_mark, "</mark>"))


def safe_url(url: str | None) -> str | None:
    """An article's URL as a link target only if it is http(s): never javascript: or data:."""
    u = str(url or "").strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def country_name(code: str | None) -> str:
    """A country's Arabic name by its ISO alpha-3 code (the code itself when unknown)."""
    return _countries().get(str(code or ""), (str(code or ""), ""))[0]


def country_en(code: str | None) -> str:
    return _countries().get(str(code or ""), ("", str(code or "")))[1]


def en_name(name: str | None, extra: bool = True) -> Markup:
    """An entity's English name beside its Arabic one: always shown (``extra=False``: lists of
    entities, the entity page, the reader's panel) or only when English names are switched on
    for the whole page (``extra``: article text, tables, facets)."""
    if not name:
        return Markup("")
    return Markup('<span class="en-name{}" lang="en" dir="ltr">{}</span>').format(" extra" if extra else "", name)


def template_globals() -> dict:
    return {"PLOVER_TYPES": PLOVER_TYPES, "TYPE_COLOR": TYPE_COLOR, "color_of": color_of, "side_of": side_of,
            "LABEL_AR": LABEL_AR, "LABEL_EN": LABEL_EN, "SIDE_AR": SIDE_AR, "KIND_AR": KIND_AR, "KIND_EN": KIND_EN,
            "FILTER_AR": FILTER_AR, "FILTER_KEYS": FILTER_KEYS, "CONTEXTS": CONTEXTS, "CONTEXT": CONTEXT,
            "COUNT_AR": COUNT_AR, "COUNT_EN": COUNT_EN, "EVENT_COUNTS": EVENT_COUNTS,
            "BOILERPLATE_AR": BOILERPLATE_AR, "FLAG_AR": FLAG_AR,
            "link": link, "entity_link": entity_link, "doc_link": doc_link, "marked": marked, "safe_url": safe_url,
            "type_ar": type_ar, "type_en": type_en, "mode_ar": mode_ar, "context_label": context_label,
            "outlet_name": outlet_name, "outlet_en": outlet_en, "labelled": labelled, "country_name": country_name,
            "country_en": country_en, "en_name": en_name}


def template_filters() -> dict:
    return {"marked": marked}
