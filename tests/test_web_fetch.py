"""Fetching pages and feeds from a real local HTTP server: limits, robots.txt, redirects, delays,
conditional requests, charsets, feeds and addresses (no language model, no other host)."""

from __future__ import annotations

import pytest
from web_fixtures import SLOW_SECONDS, LocalSite, Route, article_page, atom, rss

from chronique.errors import FetchError, FormatError, TooLargeError
from chronique.ingest.feeds import FeedItem, read_feed
from chronique.ingest.fetch import USER_AGENT, Fetcher, FetchSettings
from chronique.ingest.pages import HTML_TYPES, raw_from_page
from chronique.ingest.urls import article_id_for_url, normal_url

TEXT = ("Le gouvernement a présenté mercredi à Paris un projet de loi sur l'énergie. "
        "Les députés examineront le texte en commission la semaine prochaine, a précisé le ministre.")


@pytest.fixture(scope="module")
def site():
    with LocalSite() as s:
        s.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        s.page("/a.html", "Projet de loi sur l'énergie", TEXT, "2023-10-11")
        s.page("/private/secret.html", "Secret", TEXT)
        s.routes["/r1"] = Route(status=302, headers={"Location": "/r2"})
        s.routes["/r2"] = Route(status=301, headers={"Location": "/a.html"})
        s.routes["/loop1"] = Route(status=302, headers={"Location": "/loop2"})
        s.routes["/loop2"] = Route(status=302, headers={"Location": "/loop1"})
        s.routes["/to-ftp"] = Route(status=302, headers={"Location": "ftp://127.0.0.1/x"})
        s.routes["/to-private"] = Route(status=302, headers={"Location": "/private/secret.html"})
        s.routes["/slow"] = Route(article_page("Lent", TEXT).encode(), delay=SLOW_SECONDS)
        s.routes["/huge-declared"] = Route(b"x" * 300_000)
        s.routes["/huge-stream"] = Route(stream_bytes=2_000_000)
        s.routes["/500"] = Route(b"oops", status=500, content_type="text/plain")
        s.routes["/image.png"] = Route(b"\x89PNG\r\n\x1a\n", content_type="image/png")
        s.routes["/latin1-said-utf8"] = Route(article_page("Été à Nîmes", TEXT).encode("cp1252"),
                                              content_type="text/html; charset=utf-8")
        s.routes["/utf8-said-latin1"] = Route(article_page("Été à Nîmes", TEXT).encode("utf-8"),
                                              content_type="text/html; charset=iso-8859-1")
        s.routes["/koi8"] = Route(article_page("Été", TEXT).replace("Été", "Привет").encode("koi8-r", "replace"),
                                  content_type="text/html; charset=koi8-r")
        yield s


def fetcher(**kw) -> Fetcher:
    return Fetcher(FetchSettings(**({"timeout": 1.0, "host_delay": 0.0, "max_bytes": 200_000} | kw)))


def test_page_with_validators_and_304(site):
    with fetcher() as f:
        answer = f.get(site.url("/a.html"), accept=HTML_TYPES)
        assert answer.etag and answer.last_modified and b"Projet de loi" in answer.body
        again = f.get(site.url("/a.html"), accept=HTML_TYPES, etag=answer.etag)
        assert again.not_modified and again.body == b""
    raw = raw_from_page(answer)
    assert raw.published == "2023-10-11" and raw.published_from == "html"
    assert raw.id == raw.url == site.url("/a.html") and "semaine prochaine" in raw.text
    assert USER_AGENT in site.agents


def test_robots_txt_is_obeyed_also_after_a_redirect(site):
    with fetcher() as f:
        for path in ("/private/secret.html", "/to-private"):
            with pytest.raises(FetchError, match="robots.txt"):
                f.get(site.url(path), accept=HTML_TYPES)
    assert "/private/secret.html" not in site.hits
    with fetcher(obey_robots=False) as f:
        assert f.get(site.url("/private/secret.html"), accept=HTML_TYPES).body


def test_robots_txt_server_error_forbids_the_host():
    with LocalSite() as s:
        s.routes["/robots.txt"] = Route(b"down", status=503, content_type="text/plain")
        s.page("/a.html", "Titre", TEXT)
        with fetcher() as f, pytest.raises(FetchError, match="robots.txt could not be read"):
            f.get(s.url("/a.html"), accept=HTML_TYPES)
        assert "/a.html" not in s.hits
        del s.routes["/robots.txt"]  # a missing robots.txt (404) allows everything
        with fetcher() as f:
            assert f.get(s.url("/a.html"), accept=HTML_TYPES).body


def test_redirects_followed_limited_and_checked(site):
    with fetcher() as f:
        answer = f.get(site.url("/r1"), accept=HTML_TYPES)
        assert answer.final_url == site.url("/a.html") and answer.url == site.url("/r1")
        with pytest.raises(FetchError, match="redirect loop"):
            f.get(site.url("/loop1"), accept=HTML_TYPES)
        with pytest.raises(FetchError, match="only http and https"):
            f.get(site.url("/to-ftp"), accept=HTML_TYPES)
    with fetcher(max_redirects=1) as f, pytest.raises(FetchError, match="more than 1 redirects"):
        f.get(site.url("/r1"), accept=HTML_TYPES)


@pytest.mark.parametrize("path, error, reason", [
    ("/slow", FetchError, "timed out"),
    ("/huge-declared", TooLargeError, "announced"),
    ("/huge-stream", TooLargeError, "body over"),
    ("/500", FetchError, "HTTP 500"),
    ("/missing", FetchError, "HTTP 404"),
    ("/image.png", FetchError, "content type 'image/png'"),
])
def test_each_failure_named_with_its_reason(site, path, error, reason):
    with fetcher() as f, pytest.raises(error, match=reason) as caught:
        f.get(site.url(path), accept=HTML_TYPES)
    assert caught.value.source == site.url(path)


def test_only_http_and_https_are_fetched():
    with fetcher() as f:
        for url in ("file:///etc/passwd", "ftp://127.0.0.1/a", "javascript:alert(1)", "http://"):
            with pytest.raises(FetchError):
                f.get(url, accept=HTML_TYPES)


def test_wrong_declared_charset_is_read_right(site):
    with fetcher() as f:
        for path in ("/latin1-said-utf8", "/utf8-said-latin1"):
            raw = raw_from_page(f.get(site.url(path), accept=HTML_TYPES))
            assert raw.title == "Été à Nîmes", path
        assert raw_from_page(f.get(site.url("/koi8"), accept=HTML_TYPES)).title == "Привет"


def test_per_host_delay_between_requests(site):
    waits: list[float] = []
    clock = iter(range(10_000))
    f = Fetcher(FetchSettings(timeout=1.0, host_delay=2.5), clock=lambda: float(next(clock)) * 0.1,
                sleep=waits.append)
    with f:
        f.get(site.url("/a.html"), accept=HTML_TYPES)
        f.get(site.url("/r2"), accept=HTML_TYPES)
    # robots.txt, /a.html, /r2, /a.html: each request after the first waited for the host
    assert len(waits) == 3 and all(0 < w <= 2.5 for w in waits)


def test_addresses_normalised_and_tracking_dropped():
    assert normal_url("HTTP://Exemple.FR:80/a?utm_source=rss&b=2&a=1#haut") == "http://exemple.fr/a?a=1&b=2"
    assert normal_url("https://exemple.fr/a?fbclid=x&id=3") == "https://exemple.fr/a?id=3"
    long = "https://exemple.fr/" + "x" * 300
    assert article_id_for_url(long).startswith("url-") and len(article_id_for_url(long)) < 200


def test_rss_and_atom_items(site):
    items = list(read_feed(rss([(site.url("/a.html?utm_medium=rss"), "A", "Wed, 11 Oct 2023 08:00:00 +0200"),
                                ("", "Sans lien", None), ("ftp://x/y", "FTP", None)]).encode(), "feed.xml"))
    assert items[0] == FeedItem(site.url("/a.html"), "A", "2023-10-11")
    assert isinstance(items[1], FormatError) and "without a link" in items[1].reason
    assert isinstance(items[2], FetchError) and "only http" in items[2].reason
    entries = list(read_feed(atom([("https://exemple.fr/b", "B", "2023-10-12T23:30:00-02:00")]).encode(), "atom"))
    assert entries == [FeedItem("https://exemple.fr/b", "B", "2023-10-13")]
    rss10 = ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
             'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>T</title></channel>'
             '<item rdf:about="https://exemple.fr/c"><title>C</title><link>https://exemple.fr/c</link></item></rdf:RDF>')
    assert [i.url for i in read_feed(rss10.encode(), "rss10")] == ["https://exemple.fr/c"]


def test_broken_feed_is_one_clear_error():
    (err,) = read_feed(b"<rss><channel><title>oops</titl", "broken.xml")
    assert isinstance(err, FormatError) and err.source == "broken.xml" and "broken feed" in err.reason
    (err,) = read_feed(b"\x89PNG\r\n", "image.png")
    assert isinstance(err, FormatError)


def test_broken_feeds_reported_by_the_command_and_the_batch_goes_on(site, tmp_path, capsys):
    from chronique.cli.main import main

    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<rss><channel><title>oops</titl")
    site.routes["/broken-feed.xml"] = Route(b"<feed><entry>", content_type="application/atom+xml")
    code = main(["ingest", "--db", f"sqlite:///{tmp_path / 'f.db'}", "--feed", str(broken), "--feed",
                 site.url("/broken-feed.xml"), "--feed", site.url("/image.png"), "--feed", str(tmp_path / "none.xml"),
                 "--host-delay", "0", "--timeout", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{broken}: broken feed" in err
    assert f"{site.url('/broken-feed.xml')} item 1: item without a link in a broken feed" in err
    assert "content type 'image/png'" in err and "none.xml: cannot read the feed" in err
    assert "4 failed" in err


def test_fetch_option_help_states_the_real_defaults():
    from chronique.cli.main import build_parser

    text = build_parser()._subparsers._group_actions[0].choices["ingest"].format_help()
    d = FetchSettings()
    assert f"default {d.timeout:g} s" in text and f"default {d.host_delay:g} s" in text
    assert f"default {d.max_bytes:,} bytes" in text


def test_robots_rules_for_our_agent_by_name():
    with LocalSite() as s:
        s.routes["/robots.txt"] = Route(b"User-agent: Chronique\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
                                        content_type="text/plain")
        s.page("/a.html", "Titre", TEXT)
        with fetcher() as f, pytest.raises(FetchError, match="forbidden by the site's robots.txt"):
            f.get(s.url("/a.html"), accept=HTML_TYPES)


@pytest.mark.parametrize("text, seconds", [("90", 90), ("90s", 90), ("10m", 600), ("1.5h", 5400), ("1d", 86400)])
def test_watch_durations(text, seconds):
    from chronique.cli.web_common import duration

    assert duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "-5m", "10 minutes", "m"])
def test_bad_durations_are_usage_errors(text):
    import argparse

    from chronique.cli.web_common import duration

    with pytest.raises(argparse.ArgumentTypeError):
        duration(text)
