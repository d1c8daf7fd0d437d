"""RSS 0.9x/1.0/2.0 and Atom feeds read with feedparser: the items, each a page to fetch.

feedparser reads broken feeds as far as it can (as browsers do); a feed from which no item can
be read is a ``FormatError`` naming the parser's complaint. An item without a link is reported on
its own. The item's date is kept as the fallback publication date of its page.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Iterator

from ..errors import FetchError, FormatError, InputError
from .urls import normal_url

# Content types a feed is served with (servers use all of these, text/html for some old ones).
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "text/plain", "text/html")


@dataclass(frozen=True)
class FeedItem:
    url: str                 # normal form
    title: str | None
    published: str | None    # YYYY-MM-DD, UTC


def read_feed(data: bytes, source: str) -> Iterator[FeedItem | InputError]:
    """The items of the feed in ``data``, in the feed's order; ``source`` names the feed."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"broken feed ({_first_line(problem)})" if problem else "no items in the feed"
        yield FormatError(reason, source)
        return
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    broken = f" in a broken feed ({_first_line(problem)})" if problem else ""
    for number, entry in enumerate(entries, 1):
        name = f"{source} item {number}"
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not link:
            yield FormatError(f"item without a link{broken}", name)
            continue
        try:
            url = normal_url(link)
        except FetchError as err:
            yield FetchError(err.reason, f"{name} ({link})")
            continue
        yield FeedItem(url=url, title=(entry.get("title") or "").strip() or None, published=_date(entry))


def _date(entry) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.timezone.utc).date().isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def _first_line(problem: object) -> str:
    text = str(problem).strip()
    return text.splitlines()[0] if text else type(problem).__name__
