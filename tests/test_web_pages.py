"""The web pages in-process over a real SQLite store: every page renders, and nothing is unescaped."""

from __future__ import annotations

import warnings
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from chronique.server import Settings, create_app

from web_support import XSS_NAME, XSS_TITLE, sample_articles, seed_store, xss_article

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


class PageScan(HTMLParser):
    """Every element and attribute of a page, as the browser's parser sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def scan(html: str) -> PageScan:
    page = PageScan()
    page.feed(html)
    page.close()
    return page


def assert_no_live_markup(html: str) -> PageScan:
    """Only our own script, no event-handler attribute, no element the article could have injected."""
    page = scan(html)
    scripts = [attrs for tag, attrs in page.elements if tag == "script"]
    assert scripts == [{"src": "/static/app.js", "defer": None}], scripts
    for tag, attrs in page.elements:
        assert tag not in ("img", "b", "iframe", "object", "embed"), (tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").lstrip().lower().startswith("javascript:"), (tag, name, value)
    return page


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'corpus.db'}"
    seed_store(url, sample_articles() + [xss_article()])
    with TestClient(create_app(Settings(db_url=url))) as c:
        yield c


@pytest.fixture(scope="module")
def ids(client):
    def entity(name):
        return str(client.get("/api/v1/entities", params={"q": name}).json()["items"][0]["id"])

    articles = {a["id"]: a for a in client.get("/api/v1/articles").json()["items"]}
    return {"marchand": entity("Marchand"), "xss_entity": entity("Piège"),
            "strike_story": str(articles["test-greve-1"]["story"]), "xss_story": str(articles["test-xss-1"]["story"])}


def get_page(client, path):
    r = client.get(path)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_every_page_renders_in_french(client, ids):
    for path in ("/", "/articles/test-greve-1", f"/entities/{ids['marchand']}", "/quotes",
                 f"/stories/{ids['strike_story']}", "/timeline", f"/timeline?entity={ids['marchand']}",
                 "/search?q=gr%C3%A8ve", "/analyser"):
        html = get_page(client, path)
        assert '<html lang="fr">' in html and "Chronologie" in html, path
        assert_no_live_markup(html)


def test_article_page_highlights_every_layer(client):
    page = scan(get_page(client, "/articles/test-greve-1"))
    classes = " ".join(attrs.get("class") or "" for _, attrs in page.elements)
    for layer in ("hl-PER", "hl-ORG", "hl-LOC", "hl-quote", "hl-speaker", "hl-timex", "hl-amount", "hl-event"):
        assert layer in classes, layer
    tips = [attrs["data-tip"] for _, attrs in page.elements if "data-tip" in attrs]
    assert "Locuteur : Sophie Marchand" in tips
    assert "Date : mars 2023" in tips and "Date : 15 mars 2023" in tips
    hrefs = [attrs["data-href"] for _, attrs in page.elements if "data-href" in attrs]
    assert hrefs and all(h.startswith("/entities/") for h in hrefs)
    # the side panel lists the facts, with links to the corpus-wide entities
    links = [attrs.get("href") for tag, attrs in page.elements if tag == "a"]
    assert any(h and h.startswith("/stories/") for h in links)


def test_entity_page_has_aliases_quotes_articles_and_timeline(client, ids):
    html = get_page(client, f"/entities/{ids['marchand']}")
    assert "Nous ne reculerons pas devant la direction" in html and "C&#39;est une victoire" in html
    page = scan(html)
    assert sum(1 for tag, a in page.elements if tag == "a" and (a.get("href") or "").startswith("/articles/")) >= 2
    assert any(tag == "svg" for tag, _ in page.elements)
    assert any(tag == "rect" and "bar" in (a.get("class") or "") for tag, a in page.elements)  # mentions per week


def test_timeline_draws_a_month_as_a_band(client):
    html = get_page(client, "/timeline?since=2023-03-01&until=2023-03-31")
    page = scan(html)
    # the month-long event is imprecise: a band over the whole month, and listed as such
    assert any(tag == "rect" and "band" in (attrs.get("class") or "") for tag, attrs in page.elements)
    assert any(tag == "li" and "vague" in (attrs.get("class") or "") for tag, attrs in page.elements)
    text = "".join(page.text)
    assert "date imprécise" in text and "mars 2023" in text  # periods in French words (chronique.timex)


def test_event_dates_read_as_french_periods(client):
    html = get_page(client, "/articles/test-greve-1")  # its events: 2023-03-15 and 2023-03
    assert '<span class="muted" title="2023-03-15">15 mars 2023</span>' in html
    assert '<span class="muted" title="2023-03">mars 2023</span>' in html


def test_quote_explorer_filters(client):
    html = get_page(client, "/quotes?speaker=Roussel")
    assert "La situation reste préoccupante" in html and "victoire" not in html
    html = get_page(client, "/quotes?q=victoire&since=2023-03-01&until=2023-03-31")
    assert "victoire" in html and "préoccupante" not in html
    html = get_page(client, "/quotes?since=n%27importe")  # a bad date in a form is ignored, not a 500
    assert "citation(s)" in html


def test_pages_carry_a_strict_content_security_policy(client):
    r = client.get("/articles/test-xss-1")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_missing_objects_give_a_french_404_page(client):
    for path in ("/articles/absent", "/entities/999999", "/stories/999999", "/stories/abc"):
        r = client.get(path)
        assert r.status_code == 404 and "Page introuvable" in r.text and r.headers["content-type"].startswith("text/html")


def test_injected_markup_is_never_live(client, ids):
    """Title, text, entity names, quote text and speaker carry <script>, <img onerror> and
    attribute-breaking quotes; every page that shows them must show them as text."""
    paths = ["/", "/articles/test-xss-1", f"/entities/{ids['xss_entity']}", "/quotes", "/quotes?speaker=Pi%C3%A8ge",
             f"/stories/{ids['xss_story']}", "/timeline?since=2023-04-01&until=2023-04-30",
             f"/timeline?entity={ids['xss_entity']}", "/search?q=" + quote("Piège"), "/search?q=" + quote("script"),
             "/search?q=" + quote('<script>alert(1)</script>'), "/quotes?q=" + quote('" onmouseover="x')]
    for path in paths:
        assert_no_live_markup(get_page(client, path))
    article = get_page(client, "/articles/test-xss-1")
    visible = "".join(scan(article).text)
    assert XSS_TITLE in visible  # shown, as text
    assert XSS_NAME in visible and "</span><b>gras</b>" in visible
    assert "&lt;script&gt;window.__pwned=4&lt;/script&gt;" in article


@pytest.mark.slow
def test_analyser_form_renders_the_result_escaped(tmp_path, analyze):
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'empty.db'}"),
                     analyze=lambda text, title, published: analyze(text, published, title))
    text = "Le préfet <script>alert(1)</script> a réuni les maires de Bretagne lundi à Rennes."
    with TestClient(app) as c:
        r = c.post("/analyser", data={"text": text, "title": '"><img src=x onerror=alert(1)>',
                                  "published": "2024-01-15"})
    assert r.status_code == 200, r.text[:500]
    page = assert_no_live_markup(r.text)
    assert "Le préfet <script>alert(1)</script> a réuni" in "".join(page.text)
