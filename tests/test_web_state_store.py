"""The fetch state and the export filters on both stores (SQLite and PostgreSQL): what a run
remembers of each address, and which rows each filter keeps. No language model: articles are
built by hand and outcomes are reported through ``WebSources.on_article`` as ``Corpus.ingest``
reports them."""

from __future__ import annotations

import pytest
from corpus_fixtures import corpus, store_url  # noqa: F401 - fixtures
from corpus_helpers import make_article
from web_fixtures import LocalSite, Route, rss

from chronique.corpus.web_sources import WebSources, failed_addresses
from chronique.errors import FetchError
from chronique.ingest.fetch import Fetcher, FetchSettings
from chronique.ingest.raw import RawArticle

TEXT = ("Le gouvernement a présenté mercredi à Paris un projet de loi sur l'énergie. "
        "Les députés examineront le texte en commission la semaine prochaine, a précisé le ministre.")


def test_fetch_state_done_failed_and_feed_validators(corpus):
    with LocalSite() as site, Fetcher(FetchSettings(timeout=2, host_delay=0)) as fetcher:
        site.page("/a.html", "A", TEXT)
        site.page("/b.html", "B", TEXT.replace("mercredi", "jeudi"))
        site.routes["/feed.xml"] = Route(rss([(site.url("/a.html"), "A", None), (site.url("/b.html"), "B", None),
                                              (site.url("/gone.html"), "C", None)]).encode(),
                                         content_type="application/rss+xml", validators=True)
        web = WebSources(corpus.store, fetcher)
        got = list(web.items(feeds=[site.url("/feed.xml")]))
        raws = [g for g in got if isinstance(g, RawArticle)]
        assert [r.id for r in raws] == [site.url("/a.html"), site.url("/b.html")]
        assert isinstance(got[-1], FetchError) and "HTTP 404" in got[-1].reason
        web.on_article("added", raws[0].id)  # b.html was fetched, never stored (the run was stopped)
        assert [f["url"] for f in failed_addresses(corpus.store)] == [site.url("/gone.html")]

        again = WebSources(corpus.store, fetcher)
        got = list(again.items(feeds=[site.url("/feed.xml")]))
        # the feed has a failed item: read in full; a.html is done, b.html and gone.html are tried again
        assert [getattr(g, "id", None) or g.source for g in got] == [site.url("/b.html"), site.url("/gone.html")]
        assert again.report.items_known == 1 and again.report.retried == 1
        again.on_article("added", site.url("/b.html"))
        site.routes["/gone.html"] = site.routes["/a.html"]
        third = WebSources(corpus.store, fetcher)
        assert [g.id for g in third.items(feeds=[site.url("/feed.xml")])] == [site.url("/gone.html")]
        third.on_article("duplicate", site.url("/gone.html"))
        fourth = WebSources(corpus.store, fetcher)
        assert list(fourth.items(feeds=[site.url("/feed.xml")])) == [] and fourth.report.feeds_unchanged == 1
        assert failed_addresses(corpus.store) == []


def test_export_filters_on_both_stores(corpus):
    ents = [("e1", "PER", "Olaf Scholz", ["Olaf Scholz"]), ("e2", "LOC", "Ukraine", ["Ukraine"])]
    corpus.add_article(make_article(
        "c1", "2023-10-12", "« Nous restons unis », a déclaré Olaf Scholz le 12 octobre à propos de l'Ukraine.",
        entities=ents, quotes=[("q1", "Nous restons unis", "e1", "Olaf Scholz")]))
    corpus.add_article(make_article(
        "c2", "2023-11-02T18:30:00+01:00", "« L'aide continuera », a promis Olaf Scholz en novembre.",
        entities=ents[:1], quotes=[("q1", "L'aide continuera", "e1", "Olaf Scholz")]))
    corpus.add_article(make_article("c3", "2023-12-01", "Le gazoduc reste fermé, indique l'opérateur.",
                                    entities=[("e1", "LOC", "Berlin", ["opérateur"])]))

    def ids(what="articles", **kw):
        key = "id" if what == "articles" else "article"
        return sorted({r[key] for r in corpus.export(what, **kw)})

    assert ids() == ["c1", "c2", "c3"]
    assert ids(since="2023-11-01") == ["c2", "c3"] and ids(until="2023-11-02") == ["c1", "c2"]
    assert ids(entity="Olaf Scholz") == ["c1", "c2"] and ids(entity="Ukraine") == ["c1"]
    assert ids(query="gazoduc") == ["c3"] and ids(query="aide", since="2023-10-13") == ["c2"]
    assert ids("quotes", until="2023-10-31") == ["c1"] and ids("quotes", entity="Nobody Known") == []
    story = corpus.export("stories").__next__()["id"]
    assert ids(story=story) == sorted(a for a in ("c1", "c2", "c3") if a in next(
        s for s in corpus.export("stories") if s["id"] == story)["articles"])
    assert [e["name"] for e in corpus.export("entities", query="gazoduc")] == ["Berlin"]
    with pytest.raises(Exception, match="PLOVER"):
        corpus.export("quotes", layout="plover")
