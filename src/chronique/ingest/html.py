"""HTML pages: main text, title and publication date through trafilatura."""

from __future__ import annotations

import trafilatura

from ..errors import EmptyInputError, FormatError
from .raw import RawArticle

# Fewer words than this outside scripts, styles and navigation is a page without an article
# (a JavaScript shell, a cookie wall): its ``<noscript>`` line must not pass as a text.
MIN_HTML_WORDS = 8


def raw_from_html(html: str, source: str) -> RawArticle:
    try:
        document = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True,
        )
    except Exception as err:  # a third-party parser on arbitrary bytes: report, never crash the batch
        raise FormatError(f"cannot parse the HTML ({type(err).__name__})", source) from err
    text = getattr(document, "text", None) if document is not None else None
    words = len(text.split()) if text else 0
    if words < MIN_HTML_WORDS:
        raise EmptyInputError(f"no article text found in the HTML ({words} words outside scripts and navigation)",
                              source)
    date = getattr(document, "date", None)
    return RawArticle(
        text=text, source=source, title=getattr(document, "title", None) or None,
        published=date or None, url=getattr(document, "url", None) or None,
        outlet=getattr(document, "sitename", None) or None, format="html", title_in_text=False,
    )
