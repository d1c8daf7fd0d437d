"""The store interface: one small SQL surface shared by SQLite and PostgreSQL.

Callers write portable SQL with ``?`` placeholders and go through ``query`` / ``execute`` /
``insert`` inside ``transaction()``; the dialect translates placeholders, numbers rows,
runs migrations and implements full-text search (``search_articles`` / ``search_quotes``),
the only part whose SQL differs. Rows come back as plain dicts.
"""

from __future__ import annotations

import logging
import re
import threading
from abc import ABC, abstractmethod
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from ..errors import StoreError
from .migrations import MIGRATIONS

log = logging.getLogger(__name__)

Row = dict[str, Any]


class Store(ABC):
    """A connection to one corpus database. Statements and transactions hold ``lock`` (re-entrant),
    so one store may be shared by threads; a transaction excludes other threads until it ends."""

    dialect: str = ""
    url: str = ""

    def __init__(self) -> None:
        self._depth = 0
        self.lock = threading.RLock()

    # -- dialect hooks -------------------------------------------------------------------
    @abstractmethod
    def _raw_execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    @abstractmethod
    def _raw_executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def _raw_write(self, sql: str, params: Sequence[Any] = ()) -> None:
        """A statement whose result nobody reads (PostgreSQL queues it inside ``pipeline()``)."""
        self._raw_execute(sql, params)

    @abstractmethod
    def _begin(self) -> None: ...

    @abstractmethod
    def _commit(self) -> None: ...

    @abstractmethod
    def _rollback(self) -> None: ...

    @abstractmethod
    def _ddl(self, version: int, sql: str) -> list[str]:
        """The statements of one migration, placeholders filled, FTS statements appended."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def search_articles(self, text: str, limit: int = 20, offset: int = 0) -> list[Row]:
        """Article ids ranked by full-text relevance: rows ``{id, title, published, snippet, rank}``."""

    @abstractmethod
    def search_quotes(self, text: str, limit: int = 20, offset: int = 0,
                      ids_only: bool = False) -> list[Row]:
        """Quote rows ranked by full-text relevance (``{id}`` only when ``ids_only``)."""

    @abstractmethod
    def index_article_text(self, article_id: str, title: str | None, text: str) -> None:
        """Add one article to the full-text index (a no-op where the index is a generated column)."""

    @abstractmethod
    def unindex_article_text(self, article_id: str) -> None: ...

    @abstractmethod
    def index_quote_text(self, quote_id: int, text: str) -> None: ...

    @abstractmethod
    def unindex_quote_texts(self, quote_ids: list[int]) -> None: ...

    # -- portable API --------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One atomic unit of work; nested calls join the outer transaction."""
        with self.lock:
            outer = self._depth == 0
            if outer:
                self._begin()
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self._rollback()
                raise
            self._depth -= 1
            if outer:
                self._commit()

    @contextmanager
    def pipeline(self) -> Iterator["Store"]:
        """Inside a transaction: send ``execute`` and ``executemany`` without waiting for their
        outcome, so that a run of writes costs one round trip to the server instead of one each
        (PostgreSQL's pipeline mode; nothing changes on SQLite, which has no round trips). A
        failed write is reported by a later statement, or when the block ends, as ``StoreError``:
        the enclosing transaction rolls back all of it, as it would have otherwise."""
        yield self

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self.lock:  # one connection may serve several threads (web server): one statement at a time
            return self._raw_execute(sql, params) or []

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return next(iter(row.values())) if row else None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self.lock:
            self._raw_write(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.lock:
                self._raw_executemany(sql, rows)

    def entity_name_like(self, alias: str = "e") -> str:
        """An SQL condition on the entities table aliased ``alias``: its folded name (``name_key``)
        matches the LIKE pattern bound to its one ``?`` ("%hidalgo%"). PostgreSQL answers it from a
        trigram index (migration 8); SQLite overrides it with its trigram table."""
        return f"{alias}.name_key LIKE ?"

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Bulk-load rows into ``table`` (a staging table: no ``RETURNING``, no conflict handling).
        Plain inserts here; PostgreSQL streams them with ``COPY``."""
        marks = ", ".join("?" * len(columns))
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def lookups_by_index(self) -> None:
        """Inside a transaction of the linking writer: plan its look-ups (all indexed, bounded by
        the article's size) as index scans. PostgreSQL's cost model otherwise scans tables of up
        to a few thousand pages whole (``entities``, ``term_df``, ``minhash_signatures``), and
        linking an article then costs more as the store grows. Nothing to do on SQLite."""

    @contextmanager
    def reserved_ids(self) -> Iterator["Store"]:
        """Inside a transaction of one writer: ``insert`` may give the new row an id it reserved
        beforehand instead of reading it back, so that the insert is a write like any other (sent
        without waiting in ``pipeline()``). The ids are the ones the rows would have got (no gap
        is left when nobody else inserts meanwhile). Nothing changes on SQLite."""
        yield self

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's ``id`` (the SQL must end with ``RETURNING id``)."""
        with self.lock:
            rows = self._raw_execute(sql, params)
        if not rows:
            raise StoreError("insert returned no id")
        return int(rows[0]["id"])

    def insert_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[int]:
        """``insert`` of several rows, in order; their ids. Inside ``reserved_ids`` (PostgreSQL):
        one statement for all of them."""
        return [self.insert(sql, row) for row in rows]

    def bump(self, counter: str, by: int = 1) -> None:
        self.execute("INSERT INTO counters (name, value) VALUES (?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value", (counter, by))

    # -- migrations ----------------------------------------------------------------------
    def applied_versions(self) -> set[int]:
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                     "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        return {r["version"] for r in self.query("SELECT version FROM schema_migrations")}

    def migrate(self) -> list[int]:
        """Apply missing migrations in order; returns the versions applied now."""
        import datetime as dt

        with self.transaction():
            done = self.applied_versions()
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                for statement in self._ddl(version, sql):
                    self.execute(statement)
                self.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                             (version, name, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
            log.info("store %s: applied migration %d (%s)", self.dialect, version, name)
            applied.append(version)
        return applied

    def schema_version(self) -> int:
        return max(self.applied_versions() or {0})


def split_statements(sql: str) -> list[str]:
    """Split a migration on ``;`` at line ends (the procedural blocks keep theirs inside a line)."""
    return [s.strip() for s in sql.split(";\n") if s.strip().rstrip(";").strip()]


# A user's search, in both back ends: the words between double quotes ("…", «…», “…”) form a
# phrase (adjacent, in order), and so do words joined by a hyphen or an apostrophe (États-Unis,
# aujourd'hui); every phrase or single word must match. Nothing else is syntax, so any string
# is a valid query.
_QUOTED = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')
_COMPOUND = re.compile(r"\w+(?:[-‐'’]\w+)*")
_WORD = re.compile(r"\w+")


class Phrase(NamedTuple):
    words: tuple[str, ...]
    written: str  # as typed (hyphens kept): PostgreSQL's parser reads "COVID-19" as covid, -19


def fts_phrases(text: str) -> list[Phrase]:
    """The phrases of a user's search (a single word is a phrase of one)."""
    phrases: list[Phrase] = []
    rest, pos = [], 0
    for m in _QUOTED.finditer(text):
        rest.append(text[pos:m.start()])
        inside = next(g for g in m.groups() if g is not None)
        words = tuple(_WORD.findall(inside))
        if words:
            phrases.append(Phrase(words, inside.strip()))
        pos = m.end()
    rest.append(text[pos:])
    for chunk in rest:
        phrases.extend(Phrase(tuple(_WORD.findall(m.group())), m.group()) for m in _COMPOUND.finditer(chunk))
    return phrases


def fts_query(text: str) -> str | None:
    """The search in FTS5's MATCH syntax, every phrase in double quotes (``"etats unis" "reforme"``),
    so that no word is an operator. None if the search has no word."""
    phrases = fts_phrases(text)
    return " ".join('"' + " ".join(p.words) + '"' for p in phrases) if phrases else None
