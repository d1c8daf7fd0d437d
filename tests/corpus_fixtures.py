"""The store fixture shared by the store and corpus tests: every test runs on SQLite (a temporary
file) and on PostgreSQL when ``CHRONIQUE_TEST_PG_URL`` names a server (``scripts/run-tests.sh``
starts one; with ``CHRONIQUE_TEST_PG_REQUIRED=1`` a missing server fails instead of skipping)."""

from __future__ import annotations

import os

import pytest

BACKENDS = ["sqlite", "postgresql"]


def reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect("postgresql://" + url.split("://", 1)[1], autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def pg_url_or_skip() -> str:
    """The test server's URL; skips without one, fails when CI requires one."""
    url = os.environ.get("CHRONIQUE_TEST_PG_URL")
    if not url:
        if os.environ.get("CHRONIQUE_TEST_PG_REQUIRED"):
            pytest.fail("CHRONIQUE_TEST_PG_REQUIRED is set but CHRONIQUE_TEST_PG_URL is not")
        pytest.skip("no PostgreSQL server (set CHRONIQUE_TEST_PG_URL; scripts/run-tests.sh starts one)")
    return url


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'corpus.db'}"
    return empty_pg_url_or_skip()


def empty_pg_url_or_skip() -> str:
    """The test server's URL with an empty database; skips when there is no server (fails in CI)."""
    url = pg_url_or_skip()
    try:
        reset_postgres(url)
    except Exception as err:  # noqa: BLE001 - a server that is down is a skip locally, a failure in CI
        if os.environ.get("CHRONIQUE_TEST_PG_REQUIRED"):
            raise
        pytest.skip(f"PostgreSQL at {url} unreachable: {err}")
    return url


@pytest.fixture
def corpus(store_url):
    from chronique.corpus import Corpus

    c = Corpus.open(store_url)
    yield c
    c.close()
