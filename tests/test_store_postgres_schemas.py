"""Stores in several schemas of one PostgreSQL database (``options=-csearch_path=X,public``, as
``scripts/ray-scale.sh`` and ``bench-writer.py`` do): the extensions the migrations create live in
the first schema that needed them; every later store still finds them (a real server, or a skip)."""

from __future__ import annotations

import psycopg

from chronique.store import open_store
from corpus_fixtures import empty_pg_url_or_skip


def _in_schema(url: str, schema: str) -> str:
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema},public"


def test_stores_in_two_schemas_share_the_extensions_of_the_first():
    url = empty_pg_url_or_skip()
    plain = "postgresql://" + url.split("://", 1)[1]
    with psycopg.connect(plain, autocommit=True) as conn:
        for name in ("store_a", "store_b"):
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
            conn.execute(f"CREATE SCHEMA {name}")
        conn.execute("DROP EXTENSION IF EXISTS unaccent CASCADE")
        conn.execute("DROP EXTENSION IF EXISTS pg_trgm CASCADE")
    try:
        for name in ("store_a", "store_b"):
            store = open_store(_in_schema(url, name))
            try:
                assert store.schema_version() > 0
                assert store.search_articles("État") == []  # the French configuration works there
            finally:
                store.close()
        with psycopg.connect(plain) as conn:
            homes = dict(conn.execute("SELECT e.extname, n.nspname FROM pg_extension e "
                                      "JOIN pg_namespace n ON n.oid = e.extnamespace "
                                      "WHERE e.extname IN ('unaccent', 'pg_trgm')").fetchall())
        assert homes == {"unaccent": "store_a", "pg_trgm": "store_a"}
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            for name in ("store_a", "store_b"):
                conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
