"""Hostile ids over HTTP (issue #19): ids past 2**63 or written in Unicode digits, junk that is
no id, article ids holding a '/', and the security headers of the 500 page."""

from __future__ import annotations

import dataclasses
import re
import warnings
from urllib.parse import quote

import httpx
import pytest

from chronique.corpus.service import parse_id
from chronique.corpus.view import CorpusView
from chronique.server import Settings, create_app

from web_support import Server, sample_articles, seed_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HUGE = str(2**63)
UNICODE_DIGITS = ["²", "①", "٣"]
JUNK_IDS = ["'", "-", " ", "-1", "été", "0", "Marchand", "1.0", "+1"]


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('ids') / 'corpus.db'}"
    articles = sample_articles()
    articles.append(dataclasses.replace(articles[2], id="crue/2023?version=1#fin"))
    seed_store(url, articles)
    return url


@pytest.fixture(scope="module")
def client(db_url):
    with TestClient(create_app(Settings(db_url=db_url)), raise_server_exceptions=False) as c:
        yield c


def test_parse_id_takes_ascii_digits_within_64_bits_only():
    assert parse_id("42") == 42 and parse_id(42) == 42 and parse_id(str(2**63 - 1)) == 2**63 - 1
    for junk in [HUGE, "0", "-1", "", " 1", True, None, *UNICODE_DIGITS]:
        assert parse_id(junk) is None, junk


# -- 2. no 500 on huge or Unicode-digit ids ---------------------------------------------------------
@pytest.mark.parametrize("ident", [HUGE, *UNICODE_DIGITS])
def test_huge_and_unicode_digit_entity_ids_are_404_not_500(client, ident):
    for path in (f"/api/v1/entities/{quote(ident)}", f"/entities/{quote(ident)}", f"/api/v1/stories/{quote(ident)}",
                 f"/stories/{quote(ident)}"):
        r = client.get(path)
        assert r.status_code == 404, (path, r.status_code)
        assert "content-security-policy" in r.headers


@pytest.mark.parametrize("ident", [HUGE, *UNICODE_DIGITS])
def test_huge_and_unicode_digit_ids_in_filters_never_give_500(client, ident):
    for path in ("articles", "quotes", "events", "stories", "timeline"):
        r = client.get(f"/api/v1/{path}", params={"entity": ident})
        # a well-formed id that cannot exist names nothing; Unicode digits are no id at all
        assert r.status_code == (200 if ident == HUGE else 422), (path, r.text)
        if r.status_code == 200:
            assert r.json()["items"] == []
    for params in ({"speaker": ident}, {"story": ident}):
        assert client.get("/api/v1/quotes" if "speaker" in params else "/api/v1/timeline",
                          params=params).status_code == 200
    for page, params in (("/timeline", {"entity": ident}), ("/quotes", {"speaker": ident}),
                         ("/timeline", {"story": ident})):
        r = client.get(page, params=params)
        assert r.status_code == 200 and "content-security-policy" in r.headers


def test_an_unexpected_error_is_a_500_page_with_the_security_headers(db_url):
    class Broken(CorpusView):
        def entity(self, entity_id):
            raise RuntimeError("a bug")

    view = Broken(db_url)
    try:
        with TestClient(create_app(Settings(db_url=db_url), corpus=view), raise_server_exceptions=False) as c:
            for path, ctype in (("/entities/1", "text/html"), ("/api/v1/entities/1", "application/json")):
                r = c.get(path)
                assert r.status_code == 500 and r.headers["content-type"].startswith(ctype)
                assert "default-src 'self'" in r.headers["content-security-policy"]
                assert r.headers["x-content-type-options"] == "nosniff"
            assert c.get("/api/v1/entities/1").json()["error"]["code"] == "internal_error"
    finally:
        view.close()


# -- 3. an id is an id -------------------------------------------------------------------------------
@pytest.mark.parametrize("junk", JUNK_IDS)
def test_junk_entity_ids_are_404_never_a_fuzzy_match(client, junk):
    r = client.get(f"/api/v1/entities/{quote(junk, safe='')}")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found", r.text
    assert client.get(f"/entities/{quote(junk, safe='')}").status_code == 404


def test_names_are_searched_with_their_own_parameter(client):
    (found,) = client.get("/api/v1/entities", params={"q": "Marchand"}).json()["items"]
    assert client.get(f"/api/v1/entities/{found['id']}").json()["name"] == "Sophie Marchand"
    r = client.get("/api/v1/articles", params={"entity": "Marchand"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    assert client.get("/api/v1/articles", params={"entity": found["id"]}).json()["total"] == 2
    assert client.get("/api/v1/quotes", params={"speaker": "Marchand"}).json()["total"] == 2


# -- 8. ids holding '/' ---------------------------------------------------------------------------------
SLASHED = "crue/2023?version=1#fin"


def test_an_article_id_with_a_slash_is_reachable_and_linked_encoded(client):
    r = client.get(f"/api/v1/articles/{quote(SLASHED, safe='')}")
    assert r.status_code == 200 and r.json()["id"] == SLASHED
    page = client.get(f"/articles/{quote(SLASHED, safe='')}")
    assert page.status_code == 200 and "Crue de la Morvelle" in page.text
    home = client.get("/").text
    assert f'href="/articles/{quote(SLASHED, safe="")}"' in home
    assert not re.search(r'href="/articles/crue/', home)


def test_a_real_server_decodes_the_slash_of_an_id(db_url):
    server = Server(db_url).wait()
    try:
        for path in (f"/api/v1/articles/{quote(SLASHED, safe='')}", f"/articles/{quote(SLASHED, safe='')}"):
            r = httpx.get(server.url + path, timeout=30)
            assert r.status_code == 200, (path, r.status_code)
        for ident in [HUGE, "²", "été", "-1"]:
            r = httpx.get(f"{server.url}/api/v1/entities/{quote(ident, safe='')}", timeout=30)
            assert r.status_code == 404 and "content-security-policy" in r.headers
    finally:
        log = server.stop()
    assert "Traceback" not in log, log
