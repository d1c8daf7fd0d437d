"""Storage behind one interface, chosen by URL.

    sqlite:///chronique.db        a file relative to the working directory (the default)
    sqlite:////abs/path/c.db      an absolute path
    sqlite:///:memory:            a throw-away database
    postgresql://user:pw@host/db  PostgreSQL (``postgres://`` accepted)

A bare path (``corpus.db``) is taken as a SQLite file. ``open_store`` applies pending
migrations before returning.
"""

from __future__ import annotations

import os

from ..errors import UsageError
from .base import Row, Store

DEFAULT_URL = "sqlite:///chronique.db"
ENV_VAR = "CHRONIQUE_DB"


def default_url() -> str:
    return os.environ.get(ENV_VAR) or DEFAULT_URL


def open_store(url: str | None = None, migrate: bool = True) -> Store:
    url = url or default_url()
    if url.startswith("sqlite://"):
        from .sqlite import SQLiteStore

        path = url[len("sqlite://"):]
        if path.startswith("/"):
            path = path[1:]  # sqlite:///rel.db → rel.db ; sqlite:////abs.db → /abs.db
        if not path:
            raise UsageError(f"no file name in {url!r}")
        store: Store = SQLiteStore(path, url)
    elif url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        from .postgres import PostgresStore

        store = PostgresStore(url)
    elif "://" not in url:
        from .sqlite import SQLiteStore

        store = SQLiteStore(url, f"sqlite:///{url}")
    else:
        raise UsageError(f"unknown store URL {url!r} (expected sqlite:///FILE or postgresql://...)")
    if migrate:
        store.migrate()
    return store


__all__ = ["DEFAULT_URL", "Row", "Store", "default_url", "open_store"]
