"""The API and pages served over PostgreSQL (the same contract as over SQLite), when a server is
configured (``CHRONIQUE_TEST_PG_URL``; ``scripts/run-tests.sh`` starts one)."""

from __future__ import annotations

import httpx
import pytest

from chronique.article import validate

from web_support import Server, sample_articles, seed_store, xss_article

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server():
    from corpus_fixtures import empty_pg_url_or_skip

    url = empty_pg_url_or_skip()
    seed_store(url, sample_articles() + [xss_article()])
    srv = Server(url).wait()
    yield srv
    log = srv.stop()
    assert "Traceback" not in log, log


def test_lists_article_and_search_over_postgres(server):
    with httpx.Client(base_url=server.url, timeout=30) as http:
        assert http.get("/api/v1/health").json()["corpus"]["articles"] == 4
        for path in ("articles", "entities", "quotes", "events", "stories"):
            page = http.get(f"/api/v1/{path}", params={"limit": 2}).json()
            assert page["limit"] == 2 and page["items"]
        assert validate(http.get("/api/v1/articles/test-greve-1").json()) == []
        found = http.get("/api/v1/search", params={"q": "grève"}).json()
        assert {a["id"] for a in found["articles"]} >= {"test-greve-1", "test-greve-2"}
        quotes = http.get("/api/v1/quotes", params={"speaker": "Marchand", "since": "2023-03-20"}).json()
        assert [q["text"] for q in quotes["items"]] == ["C'est une victoire pour les conducteurs"]
        missing = http.get("/api/v1/entities/987654")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_pages_over_postgres(server):
    with httpx.Client(base_url=server.url, timeout=30) as http:
        eid = http.get("/api/v1/entities", params={"q": "Marchand"}).json()["items"][0]["id"]
        for path in ("/", "/articles/test-xss-1", f"/entities/{eid}", "/quotes", f"/timeline?entity={eid}",
                     "/search?q=Valcourt"):
            r = http.get(path)
            assert r.status_code == 200 and "<script>window" not in r.text, path
