"""The analyst's pages in-process over a real SQLite store: browse pages with filters, sorts,
paging and honest totals; the grouped timeline; the entity profile; French labels; escaping."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import warnings

import pytest

from chronique.corpus import Corpus
from chronique.server import Settings, create_app

from test_web_pages import assert_no_live_markup, get_page, scan
from web_support import XSS_NAME, XSS_TITLE, build, sample_articles, seed_store, xss_article

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def filler(i: int):
    """Short invented articles, so that lists run over more than one page (words drawn at random,
    so that no two are near-duplicates)."""
    rng = random.Random(i)
    words = " ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))
                     for _ in range(30))
    return build(f"fill-{i:02d}", f"Conseil municipal de Brenaud n°{i}", f"2023-06-{i % 28 + 1:02d}",
                 [f"Le conseil de Brenaud a parlé de {words}."], entities=[("Brenaud", "LOC", ["Brenaud"])])


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('analyst') / 'corpus.db'}"
    seed_store(url, sample_articles() + [xss_article()] + [filler(i) for i in range(25)])
    return url


@pytest.fixture(scope="module")
def client(url):
    with TestClient(create_app(Settings(db_url=url))) as c:
        yield c


def entity_id(client, name: str) -> str:
    return str(client.get("/api/v1/entities", params={"q": name}).json()["items"][0]["id"])


def test_navigation_links_the_browse_pages(client):
    nav = re.search(r"<nav>(.*?)</nav>", get_page(client, "/"), re.S).group(1)
    for path in ("/articles", "/entities", "/stories", "/quotes", "/timeline", "/corrections"):
        assert f'href="{path}"' in nav, path


def test_articles_page_pages_with_an_honest_total(client, url):
    with Corpus.open(url) as corpus:
        stored = corpus.stats()["articles"]
    html = get_page(client, "/articles")
    assert f'data-total="{stored}"' in html
    first = scan(html)
    rows = [a["href"] for t, a in first.elements if t == "a" and (a.get("href") or "").startswith("/articles/")]
    assert len(rows) == 20  # one page
    assert 'rel="next"' in html and f"sur {stored}" in html
    second = get_page(client, "/articles?offset=20")
    rows2 = [a["href"] for t, a in scan(second).elements if t == "a" and (a.get("href") or "").startswith("/articles/")]
    assert len(rows2) == stored - 20 and not set(rows) & set(rows2)


def test_articles_sort_and_filters(client):
    oldest = get_page(client, "/articles?sort=oldest")
    assert oldest.index("test-greve-1") < oldest.index("fill-")
    assert "selected" in re.search(r'<option value="oldest"[^>]*>', oldest).group(0)
    march = get_page(client, "/articles?since=2023-03-01&until=2023-03-31")
    assert 'data-total="2"' in march and "test-greve-2" in march and "test-crue-1" not in march
    found = get_page(client, "/articles?q=Valcourt")
    assert "test-greve-1" in found and "fill-" not in found
    marchand = entity_id(client, "Marchand")
    by_entity = get_page(client, f"/articles?entity={marchand}")
    assert 'data-total="2"' in by_entity and "mentionnant Sophie Marchand" in by_entity
    assert get_page(client, "/articles?sort=nimporte&since=pas-une-date")  # bad form values are dropped, not a 500


def test_entities_page_filters_by_type_and_sorts_by_name(client):
    html = get_page(client, "/entities?type=PER&sort=name")
    names = re.findall(r'<a href="/entities/\d+">([^<]+)</a>', html)
    assert names and names == sorted(names, key=str.lower)
    assert "Valcourt" not in names and "personne" in html
    assert 'data-total="4"' in html  # Sophie Marchand, Julien Lefort, Antoine Roussel, the XSS one
    assert 'data-total="1"' in get_page(client, "/entities?q=marchand")
    assert_no_live_markup(get_page(client, "/entities"))


def test_stories_page_filters_by_size(client):
    big = get_page(client, "/stories?min=2&sort=size")
    total = int(re.search(r'data-total="(\d+)"', big).group(1))
    sizes = [int(n) for n in re.findall(r"</a></td><td>(\d+)</td>", big)]
    assert total == len(sizes) >= 1 and all(n >= 2 for n in sizes) and sizes == sorted(sizes, reverse=True)
    assert "aucune histoire ne correspond" in get_page(client, "/stories?min=1000").lower()


def test_home_and_search_link_to_everything(client, url):
    with Corpus.open(url) as corpus:
        stored = corpus.stats()["articles"]
    home = get_page(client, "/")
    assert 'id="all-articles"' in home and f"Voir tous les articles ({stored})" in home
    search = get_page(client, "/search?q=Brenaud")
    assert "les 20 premiers" in search  # a cap is never shown as a total
    assert 'href="/articles?q=Brenaud"' in search


def test_browse_pages_escape_article_text(client):
    for path in ("/articles?sort=oldest", "/articles?q=militant", "/entities?type=PER", "/stories"):
        html = get_page(client, path)
        page = assert_no_live_markup(html)
        text = "".join(page.text)
        assert XSS_TITLE in text or XSS_NAME in text or path == "/stories", path


def test_article_page_offers_layer_toggles_and_french_labels(client):
    html = get_page(client, "/articles/test-greve-2")
    layers = re.findall(r'data-layer="(\w+)"', html)
    assert layers == ["PER", "ORG", "LOC", "MISC", "quote", "speaker", "timex", "amount", "event"]
    assert 'data-only="quote"' in html
    assert "AGREE" not in "".join(scan(html).text)  # codes stay in attributes, French is shown
    assert "Accord" in html and "citation partielle" in html
    greve1 = get_page(client, "/articles/test-greve-1")
    assert "2 millions €" in greve1 and "30 %" in greve1 and "2e+06" not in greve1


def test_indirect_speech_is_shown_as_reported(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    text = "Le maire Paul Ravel a affirmé que la piscine rouvrirait en juin."
    seed_store(url, [build("ind-1", "Piscine", "2023-05-02", [text],
                           entities=[("Paul Ravel", "PER", ["Paul Ravel"])],
                           quotes=[("indirect", "la piscine rouvrirait en juin", "Paul Ravel", "Paul Ravel")])])
    with TestClient(create_app(Settings(db_url=url))) as c:
        for path in ("/articles/ind-1", "/quotes"):
            html = get_page(c, path)
            assert "la piscine rouvrirait en juin" in html
            assert "« la piscine rouvrirait en juin" not in html, path
            assert "discours rapporté" in html


def test_timeline_groups_by_period_with_presets(client):
    marchand = entity_id(client, "Marchand")
    html = get_page(client, f"/timeline?entity={marchand}&group=week")
    assert 'data-grouping="week"' in html and "semaine du" in html
    assert 'id="presets"' in html and "preset=30j" in html
    by_month = get_page(client, f"/timeline?entity={marchand}&group=month")
    assert '<section class="period" id="g-2023-03-01">' in by_month
    picked = get_page(client, "/timeline?nom=Marchand")
    assert "Chronologie : Sophie Marchand" in picked
    corpus_wide = get_page(client, "/timeline")
    assert "30 jours jusqu'à la dernière date connue" in corpus_wide  # the window is said, not silent


def test_timeline_names_vague_items_with_their_period_and_sentence(client):
    html = get_page(client, "/timeline?nom=Roussel&preset=tout")
    vague = re.search(r'<li class="item-\w+ vague">(.*?)</li>', html, re.S)
    assert vague, "the week-long decline of the flood is an imprecise item"
    assert "semaine du 1er mai 2023" in vague.group(1) and "date imprécise" in vague.group(1)
    assert "<blockquote class=\"sentence\">" in vague.group(1)


def test_entity_page_profile(client):
    marchand = entity_id(client, "Marchand")
    html = get_page(client, f"/entities/{marchand}")
    assert 'class="chart weekly"' in html and "Mentions par semaine" in html
    co = re.search(r'<ul class="co" id="co-occurring">(.*?)</ul>', html, re.S).group(1)
    assert "Force Rail" in co and "2 articles en commun" in co
    assert_no_live_markup(get_page(client, f"/entities/{entity_id(client, 'Piège')}"))


def test_loosely_dated_items_are_listed_under_their_own_period(client):
    html = get_page(client, "/timeline?since=2023-03-01&until=2023-04-30&group=week")
    vague = re.search(r'<section class="period vague" id="g-2023-03-01-imprecis">(.*?)</section>', html, re.S)
    assert vague, "an event dated 'mars 2023' is not a week's event"
    assert "mars 2023" in vague.group(1) and "Consultation — Julien Lefort" in vague.group(1)
    weeks = re.findall(r'<section class="period" id="g-([\d-]+)">', html)
    assert weeks and all(dt.date.fromisoformat(w).weekday() == 0 for w in weeks)  # weeks start on Monday
    assert "Consultation — Julien Lefort" not in "".join(
        re.findall(r'<section class="period" id="g-[\d-]+">.*?</section>', html, re.S))


def test_list_pages_offer_the_exports_with_their_filters(client):
    html = get_page(client, "/articles?since=2023-06-03&until=2023-06-05&q=Brenaud")
    links = re.findall(r'href="(/api/v1/export/articles\?[^"]+)"', html)
    assert links and all("since=2023-06-03" in a and "until=2023-06-05" in a and "q=Brenaud" in a for a in links)
    got = client.get(links[0].replace("&amp;", "&"))
    assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
    days = [json.loads(line)["published"]["value"][:10] for line in got.text.splitlines()]
    assert days and all("2023-06-03" <= d <= "2023-06-05" for d in days)
    for page, what in (("/entities", "entities"), ("/stories", "stories"), ("/quotes", "quotes")):
        assert f"/api/v1/export/{what}?" in get_page(client, page), page


def test_the_export_endpoint_streams_csv_and_plover_and_refuses_what_it_cannot(client):
    csv_text = client.get("/api/v1/export/quotes", params={"format": "csv"}).text
    header = csv_text.splitlines()[0].split(",")
    assert {"speaker_name", "cue", "sentence", "published_source"} <= set(header)
    plover = client.get("/api/v1/export/events", params={"format": "plover"})
    assert plover.status_code == 200
    assert client.get("/api/v1/export/quotes", params={"format": "plover"}).status_code == 422
    assert client.get("/api/v1/export/secrets").status_code == 422
    assert client.get("/api/v1/export/quotes", params={"sine": "2030-01-01"}).status_code == 422
