"""HTML pages: main text, title and publication date through trafilatura."""

from __future__ import annotations

import trafilatura

from ..errors import EmptyInputError
from .raw import RawArticle


def raw_from_html(html: str, source: str) -> RawArticle:
    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise EmptyInputError("no article text found in the HTML", source)
    date = getattr(document, "date", None)
    return RawArticle(
        text=text, source=source, title=getattr(document, "title", None) or None,
        published=date or None, url=getattr(document, "url", None) or None,
        outlet=getattr(document, "sitename", None) or None, format="html", title_in_text=False,
    )
