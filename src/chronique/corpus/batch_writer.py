"""Storing a stream of analysed articles in batches: the one linking writer of a scaled-out ingest.

Analysis scales out (``chronique.cluster`` runs it on Ray actors); linking stays in one writer fed
by the stream, in input order, so the store ends exactly as after a local ingest of the same inputs
(entity, story and event ids included): cross-article linking reads what the articles before it
wrote, and one writer is the simplest way to keep that true (docs/SCALING.md).

What batching changes is the cost of writing: one transaction per ``WRITE_BATCH`` articles instead
of one per article, and the article rows (their text and JSON, most of the bytes) bulk-loaded into a
staging table (``COPY`` on PostgreSQL) and moved into ``articles`` with ``INSERT … SELECT … ON
CONFLICT (id) DO NOTHING`` when their turn to be linked comes. A killed job loses at most the batch
in flight; the rows already committed are whole articles, and a re-run skips them (idempotent). When
one article of a batch fails to store, the batch is rolled back and written again article by
article, so that only that article is reported failed.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Callable

from ..article import Article
from ..errors import InputError, StoreError
from .linker import Linker, content_hash
from .timestamps import utc_now

log = logging.getLogger(__name__)

# Articles per transaction. 64 articles are ~200 KB of rows: one COPY, one commit; larger batches
# gain nothing measurable and lose more work when a job is killed.
WRITE_BATCH = 64
STAGING = "article_staging"
STAGED_COLUMNS = ("id", "raw_hash", "content_hash", "title", "published", "published_source", "outlet", "url",
                  "source", "text", "json", "n_words")
_STAGING_DDL = (f"CREATE TEMP TABLE IF NOT EXISTS {STAGING} (id TEXT PRIMARY KEY, raw_hash TEXT, "
                "content_hash TEXT, title TEXT, published TEXT, published_source TEXT, outlet TEXT, url TEXT, "
                "source TEXT, text TEXT, json TEXT, n_words INTEGER)")


class _StagedLinker(Linker):
    """``Linker`` whose article row comes from the staging table the batch was copied into."""

    def _write_article_row(self, article: Article, raw_hash: str, chash: str, published: str | None,
                           dup: str | None) -> None:
        cols = ", ".join(STAGED_COLUMNS)
        moved = self.store.query(
            f"INSERT INTO articles ({cols}, dup_of, ingested_at) SELECT {cols}, ?, ? FROM {STAGING} WHERE id = ? "
            "ON CONFLICT (id) DO NOTHING RETURNING id", (dup, utc_now(), article.id))
        if not moved:  # another writer stored it since this batch looked: let the article-by-article pass decide
            raise StoreError(f"article {article.id!r} was stored by another writer meanwhile")


def _staged_row(article: Article, raw_hash: str) -> tuple:
    published = article.published.value[:10] if article.published.value else None
    return (article.id, raw_hash, content_hash(article), article.title, published, article.published.source,
            article.source.outlet, article.source.url, article.source.path, article.text, article.dumps(),
            len(article.text.split()))


@dataclass
class WriteTimes:
    """Seconds spent storing and linking, per written batch: ``(articles, seconds)`` in stream order."""

    batches: list[tuple[int, float]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(s for _, s in self.batches)


class BatchWriter:
    """Stores analysed articles for ``Corpus`` (``corpus.ingest_report``): ``add`` them in stream
    order, then ``flush``. ``report`` is an ``IngestReport``; ``record_error(report, err, article_id)``
    records a failed input (``Corpus._record_error``); ``on_article(status, name)`` is called per article."""

    def __init__(self, store, report, record_error: Callable, on_article: Callable[[str, str], None] | None = None,
                 batch_size: int = WRITE_BATCH):
        self.store = store
        self.report = report
        self.record_error = record_error
        self.on_article = on_article
        self.batch_size = batch_size
        self.linker = _StagedLinker(store)
        self.plain = Linker(store)
        self.times = WriteTimes()
        self._pending: list[tuple[Article, str]] = []
        self._ids: set[str] = set()
        with store.transaction():
            store.execute(_STAGING_DDL)

    def add(self, article: Article, raw_hash: str) -> None:
        if article.id in self._ids:  # the same id twice in one batch: the second replaces the first, in order
            self.flush()
        self._pending.append((article, raw_hash))
        self._ids.add(article.id)
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        batch, self._pending, self._ids = self._pending, [], set()
        if not batch:
            return
        start = time.perf_counter()
        try:
            statuses = self._write_batch(batch)
        except Exception as err:  # one bad article must not lose the others: write them one by one
            log.info("batch of %d articles rolled back (%s); writing them one by one", len(batch), err)
            statuses = [self._write_one(article, raw_hash) for article, raw_hash in batch]
        self.times.batches.append((len(batch), time.perf_counter() - start))
        for (article, _), status in zip(batch, statuses):
            if status is not None:
                self._count(article, status)

    def _write_batch(self, batch: list[tuple[Article, str]]) -> list[str]:
        store, statuses = self.store, []
        with store.transaction():
            store.execute(f"DELETE FROM {STAGING}")
            store.copy_rows(STAGING, STAGED_COLUMNS, (_staged_row(a, h) for a, h in batch))
            # writes go without waiting for the server; reads still wait; new rows' ids are reserved
            # in blocks instead of read back one by one
            with store.reserved_ids(), store.pipeline(), self.linker.rules_fixed():
                for article, raw_hash in batch:
                    statuses.append(self.linker.add(article, raw_hash=raw_hash))
                store.execute(f"DELETE FROM {STAGING}")
        return statuses

    def _write_one(self, article: Article, raw_hash: str) -> str | None:
        name = article.source.path or article.id
        try:
            return self.plain.add(article, raw_hash=raw_hash)
        except Exception as err:
            log.warning("%s: storing article %s failed: %s", name, article.id, err)
            self.record_error(self.report, InputError(f"cannot store: {err}", name), article_id=article.id)
            if self.on_article:
                self.on_article("failed", name)
            return None

    def _count(self, article: Article, status: str) -> None:
        self.report.count_stored(status, article, article.source.path or article.id)
        if self.on_article:
            self.on_article(status, article.id)


def stored_inputs(store) -> tuple[dict[str, str], set[str]]:
    """What is stored already, for skipping inputs before analysis (``Linker.is_stored`` for a whole
    stream): article id -> raw hash, and the raw hashes (inputs without an id match by content)."""
    rows = store.query("SELECT id, raw_hash FROM articles")
    return {r["id"]: r["raw_hash"] for r in rows}, {r["raw_hash"] for r in rows}
