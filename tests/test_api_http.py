"""Contract tests over HTTP against a real ``chronique serve`` process on a free loopback port."""

from __future__ import annotations

import httpx
import pytest

from chronique.article import validate

from web_support import Server, sample_articles, seed_store, xss_article

TOKEN = "http-test-token"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('http') / 'corpus.db'}"
    seed_store(url, sample_articles())
    return url


@pytest.fixture(scope="module")
def server(db_url):
    # The model loads in the background while the other tests run; on a busy machine that can
    # take a while, hence the generous analysis time limit.
    srv = Server(db_url, token=TOKEN, warm=True, extra_env={"CHRONIQUE_ANALYZE_TIMEOUT": "300"}).wait()
    yield srv
    log = srv.stop()
    assert "Traceback" not in log, log


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def is_error(response, status):
    body = response.json()
    return response.status_code == status and set(body) == {"error"} and \
        set(body["error"]) == {"code", "message", "details"}


def test_serve_prints_its_loopback_address(server):
    assert f"http://127.0.0.1:{server.port}/" in server.banner


def test_health_and_spec(http):
    health = http.get("/api/v1/health").json()
    assert health["status"] == "ok" and health["corpus"]["articles"] == 3 and health["read_only"] is False
    spec = http.get("/api/v1/openapi.json")
    assert spec.status_code == 200 and spec.json()["openapi"].startswith("3.")


def test_every_list_endpoint_pages(http):
    for path in ("/api/v1/articles", "/api/v1/entities", "/api/v1/quotes", "/api/v1/events", "/api/v1/stories"):
        r = http.get(path, params={"limit": 1})
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        page = r.json()
        assert page["limit"] == 1 and len(page["items"]) == 1 and page["total"] >= 1
        assert is_error(http.get(path, params={"limit": "many"}), 422)


def test_errors_share_one_shape(http):
    assert is_error(http.get("/api/v1/articles/absent"), 404)
    assert is_error(http.get("/api/v1/unknown"), 404)
    assert is_error(http.put("/api/v1/quotes"), 405)
    assert is_error(http.get("/api/v1/quotes", params={"since": "not-a-date"}), 422)
    too_big = http.post("/api/v1/analyze", content=b"x" * 2_100_000, headers={"content-type": "application/json"})
    assert is_error(too_big, 413)


def test_ingest_over_http_with_the_token(http):
    payload = xss_article().to_json()
    assert is_error(http.post("/api/v1/articles", json=payload), 401)
    r = http.post("/api/v1/articles", json=[payload], headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json()["added"] == 1, r.text
    stored = http.get("/api/v1/articles/test-xss-1").json()
    assert validate(stored) == [] and stored["title"] == payload["title"]
    assert http.get("/api/v1/health").json()["corpus"]["articles"] == 4


def test_pages_are_html_and_errors_are_pages(http):
    for path in ("/", "/articles/test-greve-1", "/quotes", "/timeline", "/stories/1", "/search?q=grève"):
        r = http.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), path
        assert '<html lang="fr">' in r.text
    missing = http.get("/articles/absent")
    assert missing.status_code == 404 and "Page introuvable" in missing.text


def test_read_only_server_refuses_ingest(db_url):
    srv = Server(db_url).wait()
    try:
        r = httpx.post(srv.url + "/api/v1/articles", json={"text": "Bonjour."},
                       headers={"Authorization": "Bearer anything"})
        assert is_error(r, 403) and r.json()["error"]["code"] == "read_only"
        assert "read-only" in srv.banner
    finally:
        srv.stop()


@pytest.mark.slow
def test_analyze_over_http(http):
    text = ("La maire de Lille, Martine Aubry, a inauguré samedi une nouvelle ligne de tramway. "
            "« C'est un grand jour pour la métropole », a-t-elle déclaré.")
    r = http.post("/api/v1/analyze", json={"text": text, "published": "2021-06-12"}, timeout=320)
    assert r.status_code == 200, r.text
    assert validate(r.json()) == [] and r.json()["published"] == {"value": "2021-06-12", "source": "given"}


def test_serve_refuses_a_bad_port():
    import subprocess
    import sys

    from web_support import REPO

    done = subprocess.run([sys.executable, "-m", "chronique.cli.main", "serve", "--port", "70000"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "70000" in done.stderr


def test_accepted_connections_do_not_wait_for_nagle():
    """Keep-alive responses must not sit ~40 ms behind Nagle: accepted sockets inherit TCP_NODELAY."""
    import socket

    from chronique.cli.serve import listening_socket

    server = listening_socket("127.0.0.1", 0)
    server.listen(1)
    client = socket.create_connection(server.getsockname())
    accepted, _ = server.accept()
    try:
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        for s in (accepted, client, server):
            s.close()
