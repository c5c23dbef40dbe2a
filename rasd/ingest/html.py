"""Main text and metadata of a news page, with trafilatura.

trafilatura (maintained, Apache-2.0) removes navigation, share buttons, related links and
footers by structure and link density, which works the same for right-to-left pages. Its
extracted text becomes the document text; the title, date, author, site name, URL and language
become document metadata.
"""
from __future__ import annotations

import re

# Fewer characters than this is a caption or an error page, not an article.
MIN_TEXT_CHARS = 50


def extract(html: bytes | str, url: str | None = None) -> tuple[str, dict] | None:
    """(text, meta) of the page's main article, or None when it has none."""
    import trafilatura

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
