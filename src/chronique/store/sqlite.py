"""SQLite back end: one file, WAL journal, FTS5 full-text index with diacritics folded."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import StoreError
from .base import Row, Store, fts_query, split_statements
from .migrations import FTS_SQLITE

# How long a writer waits for another process's lock before failing (ms); an ingest and a
# reader (web UI) may share the file.
BUSY_TIMEOUT_MS = 10_000
# Page cache of a connection (KiB; taken as pages are read): linking one article reads and updates
# index pages all over the store (term frequencies, entity keys, story indexes); with a cache
# smaller than those, each article re-read more of them from the file as the store grew (32 MiB:
# simple inserts cost up to 1.8x more over the last 1,000 of 5,000 articles than over the first).
CACHE_KIB = 262_144
# Prepared statements kept per connection (Python's default is 128): linking one article runs
# some 150 statement texts (IN lists and look-up unions of varying length), and a statement
# pushed out of the cache is parsed and planned again.
CACHED_STATEMENTS = 2048


def _dict_row(cursor: sqlite3.Cursor, row: tuple) -> Row:
    return {d[0]: v for d, v in zip(cursor.description, row)}


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str, url: str | None = None):
        super().__init__()
        self.path = path
        self.url = url or f"sqlite:///{path}"
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the database {path}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000,
                                        cached_statements=CACHED_STATEMENTS)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open {path}: {err}") from err
        self.conn.row_factory = _dict_row
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = OFF",
                       f"busy_timeout = {BUSY_TIMEOUT_MS}", f"cache_size = -{CACHE_KIB}", "temp_store = MEMORY"):
            self.conn.execute(f"PRAGMA {pragma}")

    def _raw_execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            cur = self.conn.execute(sql, tuple(params))
            return cur.fetchall() if cur.description else None
        except sqlite3.Error as err:
            raise StoreError(f"sqlite: {err} in {sql.strip()[:120]!r}") from err

    def _raw_executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as err:
            raise StoreError(f"sqlite: {err} in {sql.strip()[:120]!r}") from err

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def _ddl(self, version: int, sql: str) -> list[str]:
        filled = sql.format(pk="INTEGER PRIMARY KEY", int="INTEGER", blob="BLOB")
        return split_statements(filled) + split_statements(FTS_SQLITE.get(version, ""))

    # -- full text -------------------------------------------------------------------------
    def entity_name_like(self, alias: str = "e") -> str:
        # The FTS5 trigram table of migration 8 answers LIKE with its index (patterns of 3
        # characters or more between wildcards; shorter ones scan it, with the same result).
        return f"{alias}.id IN (SELECT rowid FROM entity_names WHERE name_key LIKE ?)"

    def search_articles(self, text: str, limit: int = 20, offset: int = 0) -> list[Row]:
        match = fts_query(text)
        if match is None:
            return []
        return self.query(
            "SELECT a.id, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, "
            "bm25(articles_fts) AS rank FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?", (match, limit, offset))

    def search_quotes(self, text: str, limit: int = 20, offset: int = 0, ids_only: bool = False) -> list[Row]:
        match = fts_query(text)
        if match is None:
            return []
        return self.query("SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts) "
                          "LIMIT ? OFFSET ?", (match, limit, offset))

    def index_article_text(self, article_id: str, title: str | None, text: str) -> None:
        self.execute("INSERT INTO articles_fts (rowid, title, text) SELECT rowid, ?, ? FROM articles WHERE id = ?",
                     (title or "", text, article_id))

    def unindex_article_text(self, article_id: str) -> None:
        self.execute("DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id = ?)", (article_id,))

    def index_quote_text(self, quote_id: int, text: str) -> None:
        self.execute("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)", (quote_id, text))

    def unindex_quote_texts(self, quote_ids: list[int]) -> None:
        self.executemany("DELETE FROM quotes_fts WHERE rowid = ?", [(q,) for q in quote_ids])
