"""A fetched web page as a ``RawArticle``: main text, title and date as for an ``.html`` file.

The article's id and ``url`` are the page's canonical address (``<link rel="canonical">`` or
``og:url``, when it is a web address) in normal form, else the address it was fetched from after
redirects: the same article reached by two addresses is one article. The page's own date
(htmldate, from its metadata) is ``published`` with ``published_from`` "html"; a page without one
takes its feed item's date ("feed").
"""

from __future__ import annotations

from ..errors import FetchError
from .charset import decode_declared
from .fetch import Answer
from .html import raw_from_html
from .raw import RawArticle
from .urls import article_id_for_url, normal_url

HTML_TYPES = ("text/html", "application/xhtml+xml")


def raw_from_page(answer: Answer, *, from_feed: bool = False, feed_published: str | None = None) -> RawArticle:
    raw = raw_from_html(decode_declared(answer.body, answer.content_type, answer.url), answer.url)
    url = canonical_url(raw.url) or answer.final_url
    if raw.published:
        published, origin = raw.published, "html"
    else:
        published, origin = feed_published, "feed" if feed_published else None
    return RawArticle(text=raw.text, source=answer.url, id=article_id_for_url(url), title=raw.title,
                      published=published, published_from=origin, url=url, outlet=raw.outlet,
                      format="rss" if from_feed else "html", title_in_text=False)


def canonical_url(declared: str | None) -> str | None:
    """The page's declared address in normal form; None when absent or not a web address."""
    if not declared:
        return None
    try:
        return normal_url(declared)
    except FetchError:
        return None
