"""HTML pages: main text, title and publication date through trafilatura.

The date is the page's own metadata only (``<meta>`` tags, JSON-LD, ``<time>``, the URL, as
htmldate reads them without its "extensive search"): a year found in the body is no publication
date. A page without one is left undated, and the pipeline infers its date from the text, with
evidence. What trafilatura and htmldate log while reading a page is passed on as debug messages
of this module naming the page (``chronique -v``), not printed as anonymous warnings.
"""

from __future__ import annotations

import logging
import re
import threading
from contextlib import contextmanager
from typing import Iterator

import trafilatura

from ..errors import EmptyInputError, FormatError
from .metadata import latest_published
from .raw import RawArticle

log = logging.getLogger(__name__)

# Fewer words than this outside scripts, styles and navigation is a page without an article
# (a JavaScript shell, a cookie wall): its ``<noscript>`` line must not pass as a text.
MIN_HTML_WORDS = 8
# libxml2 stops building the tree at 256 nested elements (lxml's ``huge_tree`` only moves that
# to 2048), and the text below is lost. A page that nested deeper (generated markup, a hostile
# page) is read again with its layout containers removed: they carry no text of their own.
DEEP_NESTING_ERROR = "Excessive depth"
_LAYOUT_TAGS = re.compile(
    r"</?(?:div|span|font|center|section|article|main|b|i|u|em|strong|small|big|sub|sup|blockquote|"
    r"table|thead|tbody|tfoot|tr|td|th|ul|ol|li|dl|dt|dd|figure|figcaption|abbr|cite|q|s|mark)\b[^<>]*>",
    re.IGNORECASE)
_BLOCK_TAGS = re.compile(r"^</?(?:div|section|article|main|blockquote|table|tr|ul|ol|li|dl|dt|dd|figure)\b",
                         re.IGNORECASE)
_REPEATED_BREAKS = re.compile(r"<br>(?:\s*<br>)+")
# Loggers whose records are passed on under this module's name, with the page they are about.
THIRD_PARTY_LOGGERS = ("trafilatura", "htmldate", "justext", "courlan")


def raw_from_html(html: str, source: str) -> RawArticle:
    with _naming(source):
        document = _extract(html, source)
        if _words(document) < MIN_HTML_WORDS and _nested_too_deep(html):
            log.debug("%s: nested deeper than the HTML parser goes; read again without layout tags", source)
            document = _extract(flatten_layout(html), source)
    words = _words(document)
    if words < MIN_HTML_WORDS:
        raise EmptyInputError(f"no article text found in the HTML ({words} words outside scripts and navigation)",
                              source)
    date = getattr(document, "date", None)
    return RawArticle(
        text=document.text, source=source, title=getattr(document, "title", None) or None,
        published=date or None, url=getattr(document, "url", None) or None,
        outlet=getattr(document, "sitename", None) or None, format="html", title_in_text=False,
    )


def _extract(html: str, source: str):
    date_params = {"original_date": True, "extensive_search": False,
                   "max_date": latest_published().isoformat()}
    try:
        return trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True,
            date_extraction_params=date_params,
        )
    except Exception as err:  # a third-party parser on arbitrary bytes: report, never crash the batch
        raise FormatError(f"cannot parse the HTML ({type(err).__name__})", source) from err


def _words(document) -> int:
    text = getattr(document, "text", None) if document is not None else None
    return len(text.split()) if text else 0


def _nested_too_deep(html: str) -> bool:
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except Exception:  # noqa: BLE001 - unparsable is not "too deep"; the first error stands
        return False
    return any(DEEP_NESTING_ERROR in entry.message for entry in parser.error_log)


def flatten_layout(html: str) -> str:
    """``html`` without its layout containers (``div``, ``span``, tables, lists…): block ones
    become line breaks, inline ones nothing. Paragraphs, headings, scripts and the head stay."""
    flat = _LAYOUT_TAGS.sub(lambda m: "<br>" if _BLOCK_TAGS.match(m.group()) else "", html)
    return _REPEATED_BREAKS.sub("<br>", flat)  # thousands of nested blocks: one break, not thousands


# -- third-party log records, named ----------------------------------------------------------------
_current = threading.local()


class _NamedRecords(logging.Handler):
    """Re-logs a third-party record as a debug message of this module that names the page."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed third-party record is dropped, not raised
            return
        log.debug("%s: %s: %s", getattr(_current, "source", "<html>"), record.name, message)


_HANDLER = _NamedRecords()
for _name in THIRD_PARTY_LOGGERS:
    _logger = logging.getLogger(_name)
    _logger.addHandler(_HANDLER)
    _logger.propagate = False


@contextmanager
def _naming(source: str) -> Iterator[None]:
    previous = getattr(_current, "source", None)
    _current.source = source
    try:
        yield
    finally:
        _current.source = previous
