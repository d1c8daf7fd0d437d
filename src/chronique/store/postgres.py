"""PostgreSQL back end (psycopg 3): generated ``tsvector`` columns, French stems with accents folded."""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence

from ..errors import StoreError
from ..extras import require
from .base import Row, Store, fts_phrases, split_statements
from .migrations import FTS_POSTGRES
from .migrations import PG_TEXT_SEARCH_CONFIG as TS_CONFIG


def _pg_sql(sql: str) -> str:
    """``?`` placeholders → ``%s`` (our SQL has no literal ``?`` or ``%``)."""
    return sql.replace("%", "%%").replace("?", "%s")


_IN_LIST = re.compile(r"(?<!NOT )\bIN \((\?(?:\s*,\s*\?)*)\)", re.I)


def any_arrays(sql: str, params: Sequence[Any]) -> tuple[str, Sequence[Any]]:
    """``x IN (?, ?, …)`` → ``x = ANY(?)`` with the list's values as one array parameter, when
    they are all strings or all integers: one statement text whatever the list's length, so that
    psycopg prepares it once and the server stops parsing and planning it for every article."""
    if "IN (?" not in sql.upper().replace("IN(?", "IN (?"):
        return sql, params
    params = list(params)
    parts, values, pos, at = [], [], 0, 0
    for m in _IN_LIST.finditer(sql):
        before = sql[pos:m.start()]
        values += params[at:at + before.count("?")]
        at += before.count("?")
        n = m.group(1).count("?")
        items = params[at:at + n]
        kinds = {type(v) for v in items}
        if kinds <= {str} or kinds <= {int}:
            parts.append(before + "= ANY(?)")
            values.append(items)
        else:
            parts.append(before + m.group(0))
            values += items
        at += n
        pos = m.end()
    parts.append(sql[pos:])
    return "".join(parts), values + params[at:]


_INSERT_VALUES = re.compile(r"\s*INSERT INTO (\w+) \(([^()]*)\) VALUES \(([^()]*)\)(.*)", re.S)
_UPDATE_TARGET = re.compile(r"ON CONFLICT \(([^()]*)\) DO UPDATE", re.I)
# Parameters per multi-row statement: psycopg caches the parsing of statements of up to 50
# parameters (``MAX_CACHED_STATEMENT_PARAMS``) and parses longer ones again each time, which
# costs more than the extra statements (pipelined) save.
MAX_PARAMS = 50


_INSERT_RETURNING_ID = re.compile(r"\s*INSERT INTO (\w+) \(([^()]*)\) VALUES \((.*)\) RETURNING id\s*", re.S)
# Ids reserved per round trip by ``reserved_ids`` (the unused ones are given back at the end).
ID_BLOCK = 128


class _IdBlocks:
    """Ids taken from each table's identity sequence in blocks (``nextval`` over a series: one
    round trip per block), handed out in order; ``release`` sets each sequence back to its first
    unused id, unless another session drew from it meanwhile (then the unused ids are a gap)."""

    def __init__(self, store: "PostgresStore"):
        self.store = store
        self.free: dict[str, list[int]] = {}

    def take(self, table: str) -> int:
        free = self.free.setdefault(table, [])
        if not free:
            rows = self.store.query("SELECT nextval(pg_get_serial_sequence(?, 'id')) AS id "
                                    "FROM generate_series(1, ?)", (table, ID_BLOCK))
            free.extend(sorted((int(r["id"]) for r in rows), reverse=True))
        return free.pop()

    def release(self) -> None:
        for table, free in self.free.items():
            if free:
                self.store.execute(
                    "SELECT setval(pg_get_serial_sequence(?, 'id'), ?, false) "
                    "WHERE pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass) = ?",
                    (table, free[-1], table, free[0]))
        self.free = {}


def multirow_insert(sql: str, rows: list[tuple]) -> tuple[str, int] | None:
    """``INSERT … VALUES (?, …) [ON CONFLICT …]`` for several rows as one statement with one
    ``VALUES`` list per row (and the rows per statement), when that does what inserting them one
    by one does: no ``RETURNING``; for ``DO UPDATE``, no two rows with the same conflict key (one
    statement may not update a row twice); no column that is NULL in every row (its type would be
    read as text). None otherwise."""
    m = _INSERT_VALUES.fullmatch(sql)
    if m is None or len(rows) < 2 or "RETURNING" in m.group(4).upper():
        return None
    columns = [c.strip() for c in m.group(2).split(",")]
    if "DO UPDATE" in m.group(4).upper():
        target = _UPDATE_TARGET.search(m.group(4))
        names = [c.strip() for c in target.group(1).split(",")] if target else []
        if not names or any(c not in columns for c in names):
            return None
        at = [columns.index(c) for c in names]
        if len({tuple(r[i] for i in at) for r in rows}) < len(rows):
            return None
    if any(all(r[i] is None for r in rows) for i in range(len(rows[0]))):
        return None
    per = max(1, MAX_PARAMS // max(1, len(rows[0])))
    n = min(per, len(rows))
    values = ", ".join([f"({m.group(3)})"] * n)
    return f"INSERT INTO {m.group(1)} ({m.group(2)}) VALUES {values}{m.group(4)}", n


def _values(sql_values: str) -> list[str]:
    """The expressions of a ``VALUES (…)`` list, split at top-level commas."""
    out, depth, quoted, cur = [], 0, False, ""
    for ch in sql_values:
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch in "()":
            depth += 1 if ch == "(" else -1
        elif not quoted and depth == 0 and ch == ",":
            out.append(cur.strip())
            cur = ""
            continue
        cur += ch
    return out + [cur.strip()]


def unnest_insert(sql: str, rows: list[tuple], types: dict[str, str]) -> tuple[str, list[list]] | None:
    """``INSERT … VALUES (?, …) [ON CONFLICT …]`` for any number of rows as one statement, whose
    parameters are one array per ``?`` column (``INSERT … SELECT … FROM unnest(?::type[], …)``):
    one statement text whatever the rows (prepared once by psycopg), when that does what inserting
    them one by one does: no ``RETURNING``; for ``DO UPDATE``, no two rows with the same conflict
    key; every value a ``?`` or a constant. ``types``: the table's column types. None otherwise."""
    m = _INSERT_VALUES.fullmatch(sql)
    if m is None or len(rows) < 2 or "RETURNING" in m.group(4).upper():
        return None
    columns = [c.strip() for c in m.group(2).split(",")]
    values = _values(m.group(3))
    if len(values) != len(columns) or any(c not in types for c in columns):
        return None
    if any("?" in v and v != "?" for v in values) or len(rows[0]) != values.count("?"):
        return None
    if "DO UPDATE" in m.group(4).upper():
        target = _UPDATE_TARGET.search(m.group(4))
        names = [c.strip() for c in target.group(1).split(",")] if target else []
        params = [c for c, v in zip(columns, values) if v == "?"]
        if not names or any(c not in params for c in names):
            return None
        at = [params.index(c) for c in names]
        if len({tuple(r[i] for i in at) for r in rows}) < len(rows):
            return None
    casts, arrays, selected = [], [], []
    for column, value in zip(columns, values):
        if value == "?":
            selected.append(f"u.c{len(casts)}")
            casts.append(f"CAST(? AS {types[column]}[])")
            uniform = _ARRAY_CASTS.get(types[column])
            arrays.append([v if v is None or uniform is None else uniform(v) for v in (r[len(arrays)] for r in rows)])
        else:
            selected.append(value)
    names = ", ".join(f"c{j}" for j in range(len(casts)))
    return (f"INSERT INTO {m.group(1)} ({m.group(2)}) SELECT {', '.join(selected)} FROM "
            f"unnest({', '.join(casts)}) AS u({names}){m.group(4)}", arrays)


# Python values made uniform per array (psycopg refuses a list of ints and floats mixed).
_ARRAY_CASTS = {"double precision": float, "real": float, "bigint": int, "integer": int, "smallint": int,
                "text": str}


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str):
        super().__init__()
        psycopg = require("psycopg", "postgres", "a PostgreSQL store")
        from psycopg.rows import dict_row

        self._psycopg = psycopg
        self.url = url
        dsn = "postgresql://" + url.split("://", 1)[1]
        try:
            self.conn = psycopg.connect(dsn, autocommit=True, row_factory=dict_row)
        except psycopg.Error as err:
            raise StoreError(f"cannot connect to PostgreSQL: {err}") from err
        self._pipelined = False
        self._ids: _IdBlocks | None = None
        self._types: dict[str, dict[str, str]] = {}
        self._by_index = False  # lookups_by_index in this transaction
        self.statements_sent = 0  # statements sent to the server (scripts/bench-writer.py)

    def _raw_execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self.statements_sent += 1
        sql, params = any_arrays(sql, params)
        try:
            cur = self.conn.execute(_pg_sql(sql), tuple(params))
            if self._pipelined:  # the description arrives with the rows: fetching waits for them
                return self._fetch_pipelined(cur)
            return cur.fetchall() if cur.description else None
        except self._psycopg.Error as err:
            raise StoreError(f"postgresql: {err} in {sql.strip()[:120]!r}") from err

    def _fetch_pipelined(self, cur) -> list[Row] | None:
        try:
            return cur.fetchall()
        except self._psycopg.ProgrammingError as err:
            if err.sqlstate is None:  # psycopg's own "the last operation didn't produce a result"
                return None
            raise

    def _raw_write(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.statements_sent += 1
        try:
            self.conn.execute(_pg_sql(sql), tuple(params))
        except self._psycopg.Error as err:
            raise StoreError(f"postgresql: {err} in {sql.strip()[:120]!r}") from err

    @contextmanager
    def pipeline(self) -> Iterator["PostgresStore"]:
        """psycopg's pipeline mode: writes are queued and sent in one go; a query flushes the queue
        and waits for its own rows only. ``COPY`` is not allowed inside (libpq)."""
        with self.lock:
            if self._pipelined:
                yield self
                return
            self._pipelined = True
            try:
                with self.conn.pipeline():
                    yield self
            except self._psycopg.Error as err:
                raise StoreError(f"postgresql: {err} (in a pipeline of writes)") from err
            finally:
                self._pipelined = False

    def lookups_by_index(self) -> None:
        if self._depth and not self._by_index:  # SET LOCAL lasts until the transaction ends
            self._by_index = True
            self.execute("SET LOCAL enable_seqscan = off")

    @contextmanager
    def reserved_ids(self) -> Iterator["PostgresStore"]:
        with self.lock:
            if self._ids is not None:
                yield self
                return
            self._ids = ids = _IdBlocks(self)
            try:
                yield self
                ids.release()  # after a failure the transaction is aborted: the unused ids stay a gap
            finally:
                self._ids = None

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """``INSERT … VALUES (…) RETURNING id``: inside ``reserved_ids``, with a reserved id and
        nothing read back."""
        m = _INSERT_RETURNING_ID.fullmatch(sql) if self._ids is not None else None
        if m is None:
            return super().insert(sql, params)
        with self.lock:
            new = self._ids.take(m.group(1))
            self._raw_write(f"INSERT INTO {m.group(1)} (id, {m.group(2)}) VALUES (?, {m.group(3)})", (new, *params))
        return new

    def insert_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[int]:
        m = _INSERT_RETURNING_ID.fullmatch(sql) if self._ids is not None and len(rows) > 1 else None
        if m is None:
            return super().insert_many(sql, rows)
        with self.lock:
            ids = [self._ids.take(m.group(1)) for _ in rows]
            self._raw_executemany(f"INSERT INTO {m.group(1)} (id, {m.group(2)}) VALUES (?, {m.group(3)})",
                                  [(new, *row) for new, row in zip(ids, rows)])
        return ids

    def _raw_executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        try:
            table = _INSERT_VALUES.match(sql)
            one = unnest_insert(sql, rows, self._column_types(table.group(1))) if table and len(rows) > 1 else None
            if one is not None:  # one statement whatever the rows
                self.statements_sent += 1
                self.conn.execute(_pg_sql(one[0]), one[1])
                return
            many = multirow_insert(sql, rows)
            if many is not None:  # one statement (one round trip, or one message in a pipeline)
                statement, n = many
                for i in range(0, len(rows), n):
                    chunk = rows[i:i + n]
                    self.statements_sent += 1
                    self.conn.execute(_pg_sql(statement if len(chunk) == n else multirow_insert(sql, chunk)[0]
                                              if len(chunk) > 1 else sql),
                                      [v for r in chunk for v in r])
                return
            self.statements_sent += len(rows)
            with self.conn.cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)
        except self._psycopg.Error as err:
            raise StoreError(f"postgresql: {err} in {sql.strip()[:120]!r}") from err

    def _column_types(self, table: str) -> dict[str, str]:
        """Column name -> SQL type of ``table`` (read once per connection)."""
        if table not in self._types:
            rows = self._raw_execute("SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute "
                                     "WHERE attrelid = CAST(? AS regclass) AND attnum > 0 AND NOT attisdropped",
                                     (table,)) or []
            self._types[table] = {r["attname"]: r["type"] for r in rows}
        return self._types[table]

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """``COPY table (columns) FROM STDIN``: one round trip for a whole batch of rows."""
        self.statements_sent += 1
        with self.lock:
            try:
                with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(tuple(row))
            except self._psycopg.Error as err:
                raise StoreError(f"postgresql: {err} in COPY {table}") from err

    def _begin(self) -> None:
        self.conn.execute("BEGIN")
        self._by_index = False

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except self._psycopg.Error:
            pass

    def close(self) -> None:
        try:
            self.conn.close()
        except self._psycopg.Error:
            pass

    def _ddl(self, version: int, sql: str) -> list[str]:
        filled = sql.format(pk="BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", int="BIGINT", blob="BYTEA")
        return split_statements(filled) + split_statements(FTS_POSTGRES.get(version, ""))

    # -- full text (the tsvector columns are generated: indexing is automatic) ------------------
    # Index and queries go through one configuration (French stems, accents folded: migration 2).
    @staticmethod
    def _tsquery(text: str) -> tuple[str, list[str]] | None:
        """A tsquery expression and its parameters: every phrase of the search (``fts_phrases``) as
        its words or as written. PostgreSQL's parser reads a hyphen before digits as a minus sign
        ("COVID-19" → covid, -19), so a phrase with a number is also tried hyphenated."""
        phrases = fts_phrases(text)
        if not phrases:
            return None
        parts, params = [], []
        for phrase in phrases:
            forms = [" ".join(phrase.words), phrase.written]
            if any(w[0].isdigit() for w in phrase.words[1:]):
                forms.append("-".join(phrase.words))
            forms = list(dict.fromkeys(forms))
            parts.append("(" + " || ".join([f"phraseto_tsquery('{TS_CONFIG}', ?)"] * len(forms)) + ")")
            params += forms
        return " && ".join(parts), params

    def search_articles(self, text: str, limit: int = 20, offset: int = 0) -> list[Row]:
        q = self._tsquery(text)
        if q is None:
            return []
        expr, params = q
        return self.query(
            f"SELECT id, title, published, ts_headline('{TS_CONFIG}', text, query, "
            "'StartSel=[,StopSel=],MaxWords=14,MinWords=6') AS snippet, -ts_rank(tsv, query) AS rank "
            f"FROM articles, (SELECT {expr} AS query) q WHERE tsv @@ query "
            "ORDER BY rank LIMIT ? OFFSET ?", (*params, limit, offset))

    def search_quotes(self, text: str, limit: int = 20, offset: int = 0, ids_only: bool = False) -> list[Row]:
        q = self._tsquery(text)
        if q is None:
            return []
        expr, params = q
        return self.query(f"SELECT id FROM quotes, (SELECT {expr} AS query) q WHERE tsv @@ query "
                          "ORDER BY ts_rank(tsv, query) DESC LIMIT ? OFFSET ?", (*params, limit, offset))

    def index_article_text(self, article_id: str, title: str | None, text: str) -> None:
        pass

    def unindex_article_text(self, article_id: str) -> None:
        pass

    def index_quote_text(self, quote_id: int, text: str) -> None:
        pass

    def unindex_quote_texts(self, quote_ids: list[int]) -> None:
        pass
