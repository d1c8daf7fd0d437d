"""The REST API in-process (ASGI test client) over a real SQLite store: shapes, filters, errors, limits."""

from __future__ import annotations

import warnings

import pytest

from chronique.api import Settings, create_app
from chronique.article import validate

from web_support import sample_articles, seed_store, xss_article

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-test-token"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'corpus.db'}"
    seed_store(url, sample_articles() + [xss_article()])
    return url


@pytest.fixture(scope="module")
def client(db_url):
    with TestClient(create_app(Settings(db_url=db_url))) as c:
        yield c


def assert_error(response, status: int, code: str | None = None):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def test_openapi_spec_is_served_under_the_version(client):
    spec = client.get("/api/v1/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/v1/analyze", "/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/entities",
                 "/api/v1/entities/{entity_id}", "/api/v1/quotes", "/api/v1/events", "/api/v1/stories",
                 "/api/v1/stories/{story_id}", "/api/v1/timeline", "/api/v1/search"):
        assert path in paths, path
    assert not any(p.startswith("/articles") for p in paths)  # web pages stay out of the API spec
    assert "ErrorResponse" in spec["components"]["schemas"]


def test_lists_share_one_page_shape_and_bounds(client):
    for path in ("articles", "entities", "quotes", "events", "stories"):
        page = client.get(f"/api/v1/{path}", params={"limit": 2}).json()
        assert set(page) == {"items", "total", "limit", "offset"} and page["limit"] == 2
        assert len(page["items"]) <= 2 and page["total"] >= len(page["items"])
        assert_error(client.get(f"/api/v1/{path}", params={"limit": 0}), 422, "validation_error")
        assert_error(client.get(f"/api/v1/{path}", params={"limit": 10_000}), 422, "validation_error")
        assert_error(client.get(f"/api/v1/{path}", params={"offset": -1}), 422, "validation_error")


def test_pagination_walks_without_overlap(client):
    first = client.get("/api/v1/articles", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/v1/articles", params={"limit": 2, "offset": 2}).json()
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == min(4, first["total"])


def test_article_is_the_stored_chronique_article(client):
    data = client.get("/api/v1/articles/test-greve-1").json()
    assert data["schema"] == "chronique/article/1" and validate(data) == []
    assert data["text"].startswith("Les conducteurs")
    assert_error(client.get("/api/v1/articles/does-not-exist"), 404, "not_found")


def test_filters_narrow_the_lists(client):
    marchand = client.get("/api/v1/entities", params={"q": "Marchand", "type": "PER"}).json()["items"]
    assert [e["name"] for e in marchand] == ["Sophie Marchand"]
    eid = str(marchand[0]["id"])
    quotes = client.get("/api/v1/quotes", params={"entity": eid}).json()["items"]
    assert {q["speaker_name"] for q in quotes} == {"Sophie Marchand"} and len(quotes) == 2
    by_name = client.get("/api/v1/quotes", params={"speaker": "Sophie Marchand"}).json()["items"]
    assert {q["id"] for q in by_name} == {q["id"] for q in quotes}
    march = client.get("/api/v1/quotes", params={"speaker": "Marchand", "until": "2023-03-10"}).json()["items"]
    assert [q["published"] for q in march] == ["2023-03-07"]
    words = client.get("/api/v1/quotes", params={"q": "victoire"}).json()["items"]
    assert [q["text"] for q in words] == ["C'est une victoire pour les conducteurs"]
    agree = client.get("/api/v1/events", params={"type": "AGREE"}).json()["items"]
    assert [e["type"] for e in agree] == ["AGREE"]
    may = client.get("/api/v1/articles", params={"since": "2023-05-01"}).json()["items"]
    assert [a["id"] for a in may] == ["test-crue-1"]
    assert client.get("/api/v1/articles", params={"entity": eid}).json()["total"] == 2
    assert_error(client.get("/api/v1/events", params={"type": "NOPE"}), 422, "validation_error")
    assert_error(client.get("/api/v1/quotes", params={"since": "2023-02-30"}), 422, "validation_error")
    assert_error(client.get("/api/v1/quotes", params={"since": "2023-05-01", "until": "2023-01-01"}),
                 422, "validation_error")


def test_entity_story_timeline_and_search(client):
    eid = client.get("/api/v1/entities", params={"q": "Marchand"}).json()["items"][0]["id"]
    entity = client.get(f"/api/v1/entities/{eid}").json()
    assert entity["name"] == "Sophie Marchand" and entity["aliases"] and len(entity["articles"]) == 2
    assert_error(client.get("/api/v1/entities/999999"), 404, "not_found")
    story_id = client.get("/api/v1/articles/test-greve-1").status_code and \
        next(a["story"] for a in client.get("/api/v1/articles").json()["items"] if a["id"] == "test-greve-1")
    story = client.get(f"/api/v1/stories/{story_id}").json()
    assert {a["id"] for a in story["articles"]} == {"test-greve-1", "test-greve-2"}
    assert_error(client.get("/api/v1/stories/not-a-number"), 404, "not_found")
    items = client.get("/api/v1/timeline", params={"entity": str(eid)}).json()["items"]
    assert items and all({"kind", "start", "end", "granularity", "value", "period", "label"} <= set(i) for i in items)
    assert [i["start"] for i in items] == sorted(i["start"] for i in items)
    window = client.get("/api/v1/timeline", params={"since": "2023-03-01", "until": "2023-03-31"}).json()
    granularities = {i["granularity"] for i in window["items"]}
    assert "month" in granularities and "day" in granularities  # "mars 2023" stays a month
    periods = {i["value"]: i["period"] for i in window["items"]}
    assert periods.get("2023-03") == "mars 2023" and periods.get("2023-03-15") == "15 mars 2023"
    assert_error(client.get("/api/v1/timeline", params={"entity": "1", "story": "1"}), 422)
    found = client.get("/api/v1/search", params={"q": "grève"}).json()
    assert set(found) == {"q", "articles", "entities", "quotes", "stories"}
    assert {a["id"] for a in found["articles"]} >= {"test-greve-1", "test-greve-2"}
    assert_error(client.get("/api/v1/search"), 422, "validation_error")


def test_unknown_routes_and_methods_use_the_error_shape(client):
    assert_error(client.get("/api/v1/nothing-here"), 404, "not_found")
    assert_error(client.delete("/api/v1/articles"), 405, "method_not_allowed")
    assert_error(client.post("/api/v1/analyze", content=b"{not json", headers={"content-type": "application/json"}),
                 422, "validation_error")


def test_ingest_is_refused_without_a_configured_token(client):
    assert_error(client.post("/api/v1/articles", json={"text": "Bonjour."}), 403, "read_only")


def test_ingest_needs_the_bearer_token_when_configured(db_url):
    with TestClient(create_app(Settings(db_url=db_url, token=TOKEN))) as c:
        err = assert_error(c.post("/api/v1/articles", json=xss_article().to_json()), 401, "unauthorized")
        assert err["code"] == "unauthorized"
        assert_error(c.post("/api/v1/articles", json={}, headers={"Authorization": "Bearer wrong"}), 401)
        ok = c.post("/api/v1/articles", json=xss_article().to_json(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200, ok.text
        assert ok.json()["results"][0]["id"] == "test-xss-1" and ok.json()["failed"] == 0
        broken = dict(xss_article().to_json(), text="changed text")  # offsets no longer match
        bad = c.post("/api/v1/articles", json=broken, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert bad["failed"] == 1 and bad["results"][0]["error"]["code"] == "bad_input"


def test_body_size_limit_answers_413_before_reading(db_url):
    with TestClient(create_app(Settings(db_url=db_url, max_body_bytes=1000))) as c:
        err = assert_error(c.post("/api/v1/analyze", json={"text": "x" * 5000}), 413, "payload_too_large")
        assert "1,000" in err["message"]

        def chunks():  # no Content-Length: the limit applies while streaming
            for _ in range(10):
                yield b"x" * 500

        assert_error(c.post("/api/v1/analyze", content=chunks(), headers={"content-type": "application/json"}),
                     413, "payload_too_large")


def test_time_limit_answers_503_for_a_slow_analysis(db_url):
    import time

    def slow(text, title, published):
        time.sleep(1.0)
        raise AssertionError("the request should have timed out first")

    with TestClient(create_app(Settings(db_url=db_url, analyze_timeout_s=0.2), analyze=slow)) as c:
        assert_error(c.post("/api/v1/analyze", json={"text": "Un texte."}), 503, "timeout")


@pytest.fixture(scope="module")
def analyzing_client(db_url, analyze):
    app = create_app(Settings(db_url=db_url), analyze=lambda text, title, published: analyze(text, published, title))
    with TestClient(app) as c:
        yield c


@pytest.mark.slow
def test_analyze_returns_a_valid_article(analyzing_client):
    text = ("Le ministre de l'Économie, Bruno Lemaire, a annoncé jeudi à Bercy un plan de 3 milliards d'euros. "
            "« Nous devons agir vite », a-t-il déclaré devant les députés.")
    r = analyzing_client.post("/api/v1/analyze", json={"text": text, "title": "Un plan pour l'industrie",
                                                      "published": "2024-02-01"})
    assert r.status_code == 200, r.text
    data = r.json()
    assert validate(data) == [] and data["schema"] == "chronique/article/1"
    assert data["title"] == "Un plan pour l'industrie" and data["published"]["value"] == "2024-02-01"
    assert data["text"] == text and data["entities"]


@pytest.mark.slow
def test_analyze_rejects_bad_input_with_the_error_shape(analyzing_client):
    assert_error(analyzing_client.post("/api/v1/analyze", json={"text": ""}), 422, "validation_error")
    english = "The committee will publish its final report on the new railway line next week, officials said."
    assert_error(analyzing_client.post("/api/v1/analyze", json={"text": english}), 422, "not_french")
    assert_error(analyzing_client.post("/api/v1/analyze", json={"text": "Bonjour", "published": "hier"}), 422)


def test_settings_from_the_environment(monkeypatch):
    from chronique.errors import UsageError

    monkeypatch.setenv("CHRONIQUE_TOKEN", "")
    monkeypatch.setenv("CHRONIQUE_ANALYZE_TIMEOUT", "90")
    settings = Settings.from_env("sqlite:///x.db")
    assert settings.token is None and settings.analyze_timeout_s == 90 and settings.db_url == "sqlite:///x.db"
    assert "tok" not in repr(Settings(token="tok"))  # the token never shows in logs
    monkeypatch.setenv("CHRONIQUE_ANALYZE_TIMEOUT", "soon")
    with pytest.raises(UsageError):
        Settings.from_env()


def test_articles_of_one_story(client):
    story = next(a["story"] for a in client.get("/api/v1/articles").json()["items"] if a["id"] == "test-greve-1")
    page = client.get("/api/v1/articles", params={"story": story}).json()
    assert {a["id"] for a in page["items"]} == {"test-greve-1", "test-greve-2"}
    assert_error(client.get("/api/v1/articles", params={"story": 0}), 422, "validation_error")
