"""``chronique ingest URL… --feed …``, web archives and ``chronique watch`` into a real SQLite
store, against a real HTTP server on 127.0.0.1: every article once, each failure named, a re-run
retrying only what failed, a watch that reads only new items and stops cleanly on Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from web_fixtures import LocalSite, Route, article_page, rss, sample_articles, write_warc

from chronique.cli.main import main

pytestmark = pytest.mark.slow
FAST = ("--host-delay", "0", "--timeout", "2")


def run_cli(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def rows(db: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db.removeprefix("sqlite:///")) as con:
        return con.execute(sql).fetchall()


@pytest.fixture
def news_site():
    articles = sample_articles()[:4]
    with LocalSite() as site:
        site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /prive/\n", content_type="text/plain")
        for i, a in enumerate(articles):
            # the last page has no date of its own: its feed item's date is used
            site.page(f"/art/{i}.html", a["title"], a["text"], a.get("published") if i < 3 else None)
        site.routes["/art/broken.html"] = Route(b"erreur", status=500, content_type="text/plain")
        items = [(site.url(f"/art/{i}.html?utm_source=rss"), a["title"], "Mon, 06 Nov 2023 09:00:00 +0000")
                 for i, a in enumerate(articles)]
        items += [(site.url("/art/0.html?utm_medium=social#top"), "encore 0", None),   # same page again
                  (site.url("/art/missing.html"), "404", None),
                  (site.url("/prive/x.html"), "robots", None),
                  (site.url("/art/broken.html"), "500", None)]
        site.routes["/feed.xml"] = Route(rss(items).encode(), content_type="application/rss+xml", validators=True)
        site.articles = articles
        yield site


def test_feed_and_pages_each_article_once_failures_named_and_retried(news_site, tmp_path, capsys):
    site, db = news_site, f"sqlite:///{tmp_path / 'web.db'}"
    code, out, err = run_cli(capsys, "ingest", "--db", db, "--feed", site.url("/feed.xml"),
                             site.url("/art/1.html"), "ftp://127.0.0.1/x", "--json", *FAST)
    report = json.loads(out)
    assert code == 1 and report["added"] + report["duplicates"] == 4 and report["failed"] == 4
    for reason in ("HTTP 404", "robots.txt", "HTTP 500", "only http and https"):
        assert reason in err
    # fetched at their normal address, tracking parameters dropped; named twice, fetched once
    assert all("utm" not in path for path in site.hits)
    assert site.hits["/art/0.html"] == 1 and site.hits["/art/1.html"] == 1
    stored = {r[0]: json.loads(r[1]) for r in rows(db, "SELECT url, json FROM articles")}
    assert sorted(stored) == sorted(site.url(f"/art/{i}.html") for i in range(4))
    dated = stored[site.url("/art/0.html")]["published"]
    assert dated["value"] == site.articles[0]["published"] and dated["evidence"] == ["html"]
    assert stored[site.url("/art/3.html")]["published"] == {"value": "2023-11-06", "source": "metadata",
                                                            "evidence": ["feed"]}
    failed = dict(rows(db, "SELECT url, reason FROM fetch_state WHERE status = 'failed'"))
    assert set(failed) == {site.url(p) for p in ("/art/missing.html", "/prive/x.html", "/art/broken.html")}

    # the broken page is repaired; a re-run fetches the failed addresses only
    site.page("/art/broken.html", "Réparée", site.articles[0]["text"].replace("Macron", "Borne") + " Fin.")
    before = dict(site.hits)
    code, out, err = run_cli(capsys, "ingest", "--db", db, "--feed", site.url("/feed.xml"), "--json", *FAST)
    report = json.loads(out)
    fetched = {p: n - before.get(p, 0) for p, n in site.hits.items() if n != before.get(p, 0)}
    assert set(fetched) == {"/feed.xml", "/robots.txt", "/art/missing.html", "/art/broken.html"}
    assert report["web"]["feeds_unchanged"] == 0 and report["web"]["items_known"] == 4
    assert report["web"]["retried"] == 3 and report["failed"] == 2 and code == 1  # 404 and robots.txt again
    assert rows(db, f"SELECT status FROM fetch_state WHERE url = '{site.url('/art/broken.html')}'") == [("done",)]
    assert len(rows(db, "SELECT id FROM articles")) == 5

    # a page named again is asked for with its ETag: 304, nothing analysed
    code, out, _ = run_cli(capsys, "ingest", "--db", db, site.url("/art/2.html"), "--json", *FAST)
    report = json.loads(out)
    assert code == 0 and report["web"]["pages_unchanged"] == 1 and report["added"] == 0


def test_web_archive_pages_skipped_records_and_truncation(tmp_path, capsys):
    articles = sample_articles()[:3]
    records = [("warcinfo", "", "application/warc-fields", b"software: test\r\n")]
    for i, a in enumerate(articles):
        page = article_page(a["title"], a["text"], a["published"] if i == 0 else None).encode("utf-8")
        records += [("request", f"https://exemple.fr/{i}", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
                    ("response", f"https://exemple.fr/{i}?utm_source=x", "text/html; charset=utf-8", page)]
    records.append(("response", "https://exemple.fr/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"))
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, records)
    db = f"sqlite:///{tmp_path / 'warc.db'}"
    code, out, err = run_cli(capsys, "ingest", "--db", db, str(warc), "--json")
    report = json.loads(out)
    assert code == 0, err
    assert report["added"] + report["duplicates"] == 3 and report["failed"] == 0 and report["skipped"] == 5
    assert report["skipped_by"] == {"warcinfo record": 1, "request record": 3, "not HTML (image/png)": 1}
    stored = {r[0]: json.loads(r[1]) for r in rows(db, "SELECT id, json FROM articles")}
    assert sorted(stored) == [f"https://exemple.fr/{i}" for i in range(3)]
    assert stored["https://exemple.fr/0"]["published"]["evidence"] == ["html"]
    assert stored["https://exemple.fr/1"]["published"] == {"value": "2023-10-15", "source": "metadata",
                                                            "evidence": ["warc"]}
    assert stored["https://exemple.fr/1"]["source"]["format"] == "warc"

    # the same archive cut in the middle of its last page: the pages before it, one error for the cut
    plain = tmp_path / "crawl.warc"
    write_warc(plain, records[:-1], gzip=False)
    data = plain.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.rindex(b"</article>")])
    code, out, err = run_cli(capsys, "ingest", "--db", f"sqlite:///{tmp_path / 'cut.db'}", str(cut), "--json")
    report = json.loads(out)
    assert code == 1 and report["failed"] == 1 and report["added"] + report["duplicates"] == 2
    assert "truncated web archive" in err and "cut.warc#7" in err


def test_watch_polls_new_items_only_and_stops_on_ctrl_c(tmp_path):
    articles = sample_articles()[:2]
    with LocalSite() as site:
        for i, a in enumerate(articles):
            site.page(f"/art/{i}.html", a["title"], a["text"], a["published"])
        feed = [(site.url("/art/0.html"), articles[0]["title"], None)]
        site.routes["/feed.xml"] = Route(lambda: rss(feed).encode(), content_type="application/rss+xml",
                                         validators=True)
        db = f"sqlite:///{tmp_path / 'watch.db'}"
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        # Ctrl-C as a terminal sends it: a suite run in the background inherits SIGINT ignored
        proc = subprocess.Popen([sys.executable, "-m", "chronique.cli.main", "watch", site.url("/feed.xml"),
                                 "--every", "1s", "--db", db, *FAST], stderr=subprocess.PIPE, text=True, env=env,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        lines = []
        try:
            lines.append(_next_poll_line(proc))
            assert "poll 1: 1 feeds (0 unchanged), 1 items, 1 new articles" in lines[-1]
            lines.append(_next_poll_line(proc))
            assert "poll 2: 1 feeds (1 unchanged), 0 items, 0 new articles" in lines[-1]
            feed.append((site.url("/art/1.html"), articles[1]["title"], None))
            lines.append(_next_poll_line(proc))
            assert "poll 3: 1 feeds (0 unchanged), 2 items, 1 new articles, 1 known, 0 failed" in lines[-1]
            proc.send_signal(signal.SIGINT)
            rest = proc.communicate(timeout=60)[1]
        finally:
            proc.kill() if proc.poll() is None else None
        assert proc.returncode == 0 and "stopped after" in rest, rest
        assert site.hits["/art/0.html"] == 1 and site.hits["/art/1.html"] == 1
        assert len(rows(db, "SELECT id FROM articles")) == 2

        # restarted, it knows both items: one poll, nothing fetched but the feed (304)
        done = subprocess.run([sys.executable, "-m", "chronique.cli.main", "watch", site.url("/feed.xml"),
                               "--polls", "1", "--db", db, *FAST], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "1 feeds (1 unchanged)" in done.stderr
        assert site.hits["/art/0.html"] == 1 and site.hits["/art/1.html"] == 1


def _next_poll_line(proc, timeout: float = 120) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        line = proc.stderr.readline()
        if " poll " in line:
            return line
        if not line and proc.poll() is not None:
            raise AssertionError("watch ended early")
    raise AssertionError("no poll line")


def test_analyze_reads_a_web_archive_and_counts_what_it_skipped(tmp_path, capsys):
    a = sample_articles()[0]
    warc = tmp_path / "one.warc.gz"
    write_warc(warc, [("request", "https://exemple.fr/0", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
                      ("response", "https://exemple.fr/0", "text/html", article_page(a["title"], a["text"]).encode())])
    code, out, err = run_cli(capsys, "analyze", str(warc))
    article = json.loads(out)
    assert code == 0 and article["id"] == "https://exemple.fr/0" and article["source"]["format"] == "warc"
    assert "1 archive records skipped" in err
