"""Small helpers the templates use: links with query strings, labels in Arabic, colours."""
from __future__ import annotations

from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from .svg import PLOVER_TYPES, TYPE_COLOR, color_of, side_of

LABEL_AR = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
SIDE_AR = {"cooperation": "تعاون", "conflict": "نزاع", "other": "أخرى"}
KIND_AR = {"direct": "مباشر", "indirect": "غير مباشر"}
FILTER_AR = {"q": "بحث", "source": "المصدر", "since": "من", "until": "إلى", "entity": "كيان", "type": "نوع الحدث",
             "speaker": "المتحدث"}
FILTER_KEYS = ("source", "since", "until", "entity", "type", "speaker")


def link(path: str, params: dict | None = None, **more) -> str:
    """``path?query`` from params (empty values dropped); ``more`` overrides (None removes)."""
    p = {k: v for k, v in (params or {}).items()}
    p.update(more)
    p = {k: v for k, v in p.items() if v not in (None, "", [])}
    return path + ("?" + urlencode(p) if p else "")


def entity_link(name: str | None, label: str | None = None) -> str:
    if not name:
        return "#"
    return link("/entity", {"name": name, "label": label})


def doc_link(doc_id) -> str:
    return "/doc/" + quote(str(doc_id), safe="")


def marked(snippet: str | None, open_mark: str = "\ue000", close_mark: str = "\ue001") -> Markup:
    """Escape a snippet whose matches are wrapped in private-use marks, then turn the marks into
    ``<mark>``: the text is escaped first, so only our own tags are ever HTML."""
    s = str(escape(snippet or ""))
    return Markup(s.replace(open_mark, "<mark>").replace(close_mark, "</mark>"))


def safe_url(url: str | None) -> str | None:
    """An article's URL as a link target only if it is http(s): never javascript: or data:."""
    u = str(url or "").strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def template_globals() -> dict:
    return {"PLOVER_TYPES": PLOVER_TYPES, "TYPE_COLOR": TYPE_COLOR, "color_of": color_of, "side_of": side_of,
            "LABEL_AR": LABEL_AR, "SIDE_AR": SIDE_AR, "KIND_AR": KIND_AR, "FILTER_AR": FILTER_AR,
            "FILTER_KEYS": FILTER_KEYS, "link": link, "entity_link": entity_link, "doc_link": doc_link,
            "marked": marked, "safe_url": safe_url}


def template_filters() -> dict:
    return {"marked": marked}
