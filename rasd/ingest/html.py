"""Main text and metadata of a news page, with trafilatura.

trafilatura (maintained, Apache-2.0) removes navigation, share buttons, related links and
footers by structure and link density, which works the same for right-to-left pages. Its
extracted text becomes the document text; the title, date, author, site name, URL and language
become document metadata.

Pages nested deeper than the HTML parser builds (libxml2 stops at 256 levels and drops what is
deeper: the article of a page of 300 nested <div>s, whatever the reason for them) are flattened
first: elements below ``MAX_DEPTH`` lose their tags, not their text (``flatten``).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Fewer characters than this is a caption or an error page, not an article.
MIN_TEXT_CHARS = 50
# libxml2 (lxml, trafilatura's parser) keeps 256 levels of elements; real news pages use 20-40.
# Below this depth tags are dropped and their text kept, with a line break for each block.
MAX_DEPTH = 200
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())
_RAW = frozenset({"script", "style", "textarea", "title"})
_BLOCK = frozenset("p div li h1 h2 h3 h4 h5 h6 tr section article blockquote header footer ul ol table td".split())


def extract(html: bytes | str, url: str | None = None) -> tuple[str, dict] | None:
    """(text, meta) of the page's main article, or None when it has none."""
    import trafilatura

    if nesting_depth(html) > MAX_DEPTH:
        html = flatten(html)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=True)
    if doc is None:
        return None
    text = (getattr(doc, "text", None) or "").strip()
    title = getattr(doc, "title", None)
    # trafilatura repeats the headline as the first line; the title is metadata, drop it there.
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    text = re.sub(r"\n{3,}", "\n\n", text)
    if len(text) < MIN_TEXT_CHARS:
        return None
    meta = {
        "title": title,
        "published": getattr(doc, "date", None),
        "author": getattr(doc, "author", None),
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "url": getattr(doc, "url", None) or url,
        "language": getattr(doc, "language", None),
    }
    return text, {k: v for k, v in meta.items() if v}


def nesting_depth(html: bytes | str) -> int:
    """An upper bound of the element nesting of a page, from its tags alone (one linear scan;
    unclosed tags count as open, so a page of unclosed <p>s reads deep and is flattened, which
    keeps its text)."""
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    depth = deepest = 0
    for m in _TAG.finditer(data):
        if m.group(3) or m.group(2).lower() in _VOID:
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


class _Flattener(HTMLParser):
    """Re-writes a page with the tags of elements deeper than ``limit`` dropped (their text and
    entity references kept, a <br> where a block ends), streaming: no depth limit of its own."""

    def __init__(self, limit: int):
        super().__init__(convert_charrefs=False)
        self.limit = limit
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, written)

    def handle_starttag(self, tag, attrs):
        if tag.encode() in _VOID:
            if len(self.stack) < self.limit or tag == "br":
                self.out.append(self.get_starttag_text() or f"<{tag}>")
            return
        keep = len(self.stack) < self.limit or tag in _RAW
        if keep:
            self.out.append(self.get_starttag_text() or f"<{tag}>")
        self.stack.append((tag, keep))

    def handle_startendtag(self, tag, attrs):
        if len(self.stack) < self.limit:
            self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag):
        if not any(t == tag for t, _ in self.stack):
            return  # a stray end tag
        while self.stack:
            t, written = self.stack.pop()
            if written:
                self.out.append(f"</{t}>")
            elif t in _BLOCK and self.out and self.out[-1] != "<br>":
                self.out.append("<br>")
            if t == tag:
                break

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")


def flatten(html: bytes | str, limit: int = MAX_DEPTH // 2) -> str:
    """The page with no element nested deeper than ``limit`` (see _Flattener)."""
    if isinstance(html, bytes):
        from trafilatura.utils import decode_file

        html = decode_file(html)
    f = _Flattener(limit)
    f.feed(html)
    f.close()
    for t, written in reversed(f.stack):
        if written:
            f.out.append(f"</{t}>")
    return "".join(f.out)
