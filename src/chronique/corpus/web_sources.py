"""Pages and feeds into the corpus, with what was fetched remembered in the store.

``WebSources.items(pages, feeds)`` yields one ``RawArticle`` or error per page for
``Corpus.ingest``; ``on_article`` (passed on by the caller) and ``finish`` record the outcome of
each address in ``fetch_state``:

- an address whose article was stored is ``done``: a feed's item that is done is not fetched
  again (so ``watch`` reads only new items), a page named again is asked for with its
  ``ETag``/``Last-Modified`` (304: unchanged, nothing analysed);
- an address that failed (fetch, HTTP status, robots.txt, not HTML, no text, not French…) is
  ``failed`` with its reason, reported, and tried again by the next run;
- an address fetched but not stored when the run was stopped has no outcome yet: the next run
  fetches it again. Nothing is lost and nothing done is redone.

A feed itself is remembered with its validators, so an unchanged feed costs one 304.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..errors import FetchError, InputError, TooLargeError
from ..ingest.feeds import FEED_TYPES, FeedItem, read_feed
from ..ingest.fetch import Fetcher
from ..ingest.pages import HTML_TYPES, raw_from_page
from ..ingest.raw import RawArticle
from ..ingest.readers import display_name
from ..ingest.urls import is_web_address, normal_url
from ..store import Store

log = logging.getLogger(__name__)

DONE, FAILED = "done", "failed"
STORED = ("added", "replaced", "unchanged", "duplicate")  # ``Corpus.ingest`` statuses of a stored article


@dataclass
class WebReport:
    """What one run did with the web: counts of feeds and addresses (articles are in IngestReport)."""

    feeds: int = 0
    feeds_unchanged: int = 0     # answered 304
    items: int = 0               # feed items seen
    items_known: int = 0         # done in an earlier run: not fetched
    pages_fetched: int = 0
    pages_unchanged: int = 0     # answered 304
    retried: int = 0             # failed in an earlier run, tried again

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class WebSources:
    store: Store
    fetcher: Fetcher
    report: WebReport = field(default_factory=WebReport)

    def __post_init__(self) -> None:
        self._asked: dict[str, list[str]] = {}  # article id -> the addresses that gave it
        self._seen: set[str] = set()          # addresses handled in this run
        # address -> (ETag, Last-Modified, article id, feed) of a page fetched and not yet stored
        self._pending: dict[str, tuple[str | None, str | None, str, str | None]] = {}

    # -- what to ingest -------------------------------------------------------------------------
    def items(self, pages: Iterable[str] = (), feeds: Iterable[str] = ()) -> Iterator[RawArticle | InputError]:
        for feed in feeds:
            yield from self._feed(feed)
        for page in pages:
            try:
                url = normal_url(page)
            except FetchError as err:
                yield err
                continue
            yield from self._page(url, known_validators=True)

    def _feed(self, feed: str) -> Iterator[RawArticle | InputError]:
        self.report.feeds += 1
        if is_web_address(feed):
            try:
                url = normal_url(feed)
            except FetchError as err:
                yield err
                return
            try:
                state = self._state(url)
                # a feed with items that failed is read again in full, to retry them
                retry = self.store.scalar("SELECT COUNT(*) FROM fetch_state WHERE feed = ? AND status = ?",
                                          (url, FAILED))
                answer = self.fetcher.get(url, accept=FEED_TYPES, **({} if retry else _validators(state)))
            except InputError as err:
                self._set(url, "feed", FAILED, reason=err.reason)
                yield err
                return
            if answer.not_modified:
                self.report.feeds_unchanged += 1
                self._set(url, "feed", DONE, etag=answer.etag or state.get("etag"),
                          last_modified=answer.last_modified or state.get("last_modified"))
                return
            data, name = answer.body, url
        else:
            url = name = display_name(feed)
            limit = self.fetcher.settings.max_bytes
            try:
                with open(feed, "rb") as stream:
                    data = stream.read(limit + 1)
            except OSError as err:
                yield InputError(f"cannot read the feed: {err.strerror or err}", name)
                return
            if len(data) > limit:
                yield TooLargeError(f"feed over the {limit:,}-byte limit", name)
                return
        for item in read_feed(data, name):
            if isinstance(item, InputError):
                yield item
                continue
            self.report.items += 1
            yield from self._item(item, url)
        if is_web_address(feed):
            self._set(url, "feed", DONE, etag=answer.etag, last_modified=answer.last_modified)

    def _item(self, item: FeedItem, feed: str) -> Iterator[RawArticle | InputError]:
        if item.url in self._seen:
            return
        if self._state(item.url).get("status") == DONE:
            self.report.items_known += 1
            self._seen.add(item.url)
            return
        yield from self._page(item.url, feed=feed, feed_published=item.published)

    def _page(self, url: str, *, known_validators: bool = False, feed: str | None = None,
              feed_published: str | None = None) -> Iterator[RawArticle | InputError]:
        if url in self._seen:
            return
        self._seen.add(url)
        state = self._state(url)
        if state.get("status") == FAILED:
            self.report.retried += 1
        validators = _validators(state) if known_validators and state.get("status") == DONE else {}
        try:
            answer = self.fetcher.get(url, accept=HTML_TYPES, **validators)
        except InputError as err:
            self._set(url, "page", FAILED, reason=err.reason, feed=feed)
            yield err.with_source(url) if err.source != url else err
            return
        if answer.not_modified:
            self.report.pages_unchanged += 1
            self._set(url, "page", DONE, article_id=state.get("article_id"), etag=answer.etag or state.get("etag"),
                      last_modified=answer.last_modified or state.get("last_modified"), feed=state.get("feed"))
            return
        self.report.pages_fetched += 1
        try:
            raw = raw_from_page(answer, from_feed=feed is not None, feed_published=feed_published)
        except InputError as err:
            self._set(url, "page", FAILED, reason=err.reason, feed=feed)
            yield err.with_source(url)
            return
        self._asked.setdefault(raw.id, []).append(url)
        self._pending[url] = (answer.etag, answer.last_modified, raw.id, feed)
        yield raw

    # -- outcomes -------------------------------------------------------------------------------
    def on_article(self, status: str, name: str) -> None:
        """``Corpus.ingest``'s per-input callback: a stored article marks its address done, a
        failed one (named by its address) failed."""
        if status in STORED and name in self._asked:
            for url in self._asked.pop(name):
                etag, last_modified, article_id, feed = self._pending.pop(url, (None, None, name, None))
                self._set(url, "page", DONE, article_id=article_id, etag=etag, last_modified=last_modified, feed=feed)
        elif status == "failed" and name in self._pending:
            feed = self._pending.pop(name)[3]
            self._set(name, "page", FAILED, reason="analysis failed (see the run's errors)", feed=feed)

    def finish(self, errors: list[dict[str, str]]) -> None:
        """Give the addresses that failed in analysis their reason (from the run's report)."""
        for err in errors:
            source = err.get("source", "")
            if is_web_address(source) and self._state(source).get("status") == FAILED:
                with self.store.transaction():
                    self.store.execute("UPDATE fetch_state SET reason = ? WHERE url = ?", (err.get("reason"), source))

    # -- the store ------------------------------------------------------------------------------
    def _state(self, url: str) -> dict[str, Any]:
        row = self.store.one("SELECT status, article_id, feed, etag, last_modified FROM fetch_state WHERE url = ?",
                             (url,))
        return dict(row) if row else {}

    def _set(self, url: str, kind: str, status: str, *, article_id: str | None = None, etag: str | None = None,
             last_modified: str | None = None, reason: str | None = None, feed: str | None = None) -> None:
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self.store.transaction():
            self.store.execute(
                "INSERT INTO fetch_state (url, kind, status, article_id, feed, etag, last_modified, reason, attempts, "
                "checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (url) DO UPDATE SET "
                "kind = excluded.kind, status = excluded.status, article_id = excluded.article_id, "
                "feed = coalesce(excluded.feed, fetch_state.feed), etag = excluded.etag, "
                "last_modified = excluded.last_modified, reason = excluded.reason, "
                "attempts = fetch_state.attempts + 1, checked_at = excluded.checked_at",
                (url, kind, status, article_id, feed, etag, last_modified, reason, now))


def _validators(state: dict[str, Any]) -> dict[str, str | None]:
    return {"etag": state.get("etag"), "last_modified": state.get("last_modified")}


def failed_addresses(store: Store, kind: str | None = None) -> list[dict[str, Any]]:
    """Addresses whose last attempt failed, with their reason: what the next run retries."""
    sql = "SELECT url, kind, reason, attempts, checked_at FROM fetch_state WHERE status = ?"
    params: list[Any] = [FAILED]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return [dict(r) for r in store.query(sql + " ORDER BY url", params)]


def run_with_sources(ingest: Callable[..., Any], sources: WebSources, items: Iterable[Any], **kwargs: Any) -> Any:
    """``ingest(items, on_article=…)`` with ``sources`` told of each outcome; the ingest report."""
    outer = kwargs.pop("on_article", None)

    def on_article(status: str, name: str) -> None:
        sources.on_article(status, name)
        if outer:
            outer(status, name)

    report = ingest(items, on_article=on_article, **kwargs)
    sources.finish(report.errors)
    return report
