"""Web addresses: which are fetched, their one normal form (courlan), the article id they give.

The normal form drops what does not name the document: tracking parameters (``utm_*``,
``fbclid``…), the fragment, default ports, letter case in the host, and sorts the query, so
that an article reached from two feeds or with two campaigns' parameters is read once.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urldefrag, urlsplit

from courlan import normalize_url

from ..errors import FetchError
from .readers import MAX_ID_CHARS

FETCHED_SCHEMES = ("http", "https")


def is_web_address(text: str) -> bool:
    """Written as a web address (any scheme with ``://``), as opposed to a file name."""
    return "://" in text[:16]


def normal_url(url: str) -> str:
    """``url`` in its normal form; ``FetchError`` for anything but an ``http``/``https`` address."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as err:
        raise FetchError(f"not a valid address: {err}", url) from None
    if parts.scheme.lower() not in FETCHED_SCHEMES:
        raise FetchError(f"only http and https addresses are fetched, not {parts.scheme or 'a bare name'!r}",
                         url)
    if not parts.hostname:
        raise FetchError("no host in the address", url)
    try:
        # strict=False keeps the query parameters that select the document (``?id=3``)
        return urldefrag(normalize_url(url.strip(), strict=False, trailing_slash=True)).url
    except Exception as err:  # noqa: BLE001 - courlan on arbitrary text: report, never crash the batch
        raise FetchError(f"not a valid address ({type(err).__name__})", url) from None


def article_id_for_url(url: str) -> str:
    """The article id of a page: its normal address, or a digest of it when too long for an id."""
    if len(url) <= MAX_ID_CHARS:
        return url
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()
