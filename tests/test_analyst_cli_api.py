"""One vocabulary for the command line and the API: since/until, q, limit/offset, format; unknown
query parameters refused; the API lists and documents itself offline; --version; whole ids;
progress lines; the French pretty summary that says what it leaves out."""

from __future__ import annotations

import io
import json
import re
import warnings

import pytest

from chronique import __version__
from chronique.article import Article, Published, Timex
from chronique.cli.main import main
from chronique.cli.progress import LOADING, Progress, duration_label
from chronique.cli.summary import MAX_ITEMS, summarise
from chronique.server import Settings, create_app

from web_support import build, sample_articles, seed_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LONG_ID = "agence-france-presse/2023/03/07/greve-transports-valcourt-conducteurs"


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('vocab') / 'corpus.db'}"
    articles = sample_articles()
    first = articles[0]
    seed_store(url, [Article.from_json({**first.to_json(), "id": LONG_ID}), *articles[1:]])
    return url


@pytest.fixture(scope="module")
def client(url):
    with TestClient(create_app(Settings(db_url=url))) as c:
        yield c


@pytest.mark.parametrize("path, bad", [("/api/v1/quotes", "sine"), ("/api/v1/quotes", "date_from"),
                                       ("/api/v1/articles", "query"), ("/api/v1/entities", "name"),
                                       ("/api/v1/timeline", "from"), ("/api/v1/health", "x")])
def test_unknown_query_parameters_are_refused_with_the_accepted_ones(client, path, bad):
    r = client.get(path, params={bad: "2030-01-01"})
    assert r.status_code == 422, (path, bad)
    error = r.json()["error"]
    assert error["code"] == "unknown_parameter" and bad in error["message"]
    accepted = error["details"][0]["accepted"]
    spec = client.get("/api/v1/openapi.json").json()["paths"][path]["get"]
    assert accepted == sorted(p["name"] for p in spec.get("parameters", ()) if p["in"] == "query")


def test_since_and_until_filter_everywhere(client):
    everything = client.get("/api/v1/quotes").json()["total"]
    assert client.get("/api/v1/quotes", params={"since": "2030-01-01"}).json()["total"] == 0 < everything
    march = client.get("/api/v1/articles", params={"since": "2023-03-01", "until": "2023-03-31"}).json()
    assert {a["published"][:7] for a in march["items"]} == {"2023-03"}
    bad = client.get("/api/v1/stories", params={"since": "2023-05-01", "until": "2023-01-01"})
    assert bad.status_code == 422 and "since" in bad.json()["error"]["message"]


def test_the_api_lists_its_endpoints(client):
    listed = client.get("/api/v1/").json()
    paths = {(e["method"], e["path"]) for e in listed["endpoints"]}
    spec = client.get(listed["openapi"]).json()["paths"]
    assert paths == {(m.upper(), p) for p, ops in spec.items() for m in ops}
    assert ("GET", "/api/v1/quotes") in paths and ("POST", "/api/v1/corrections") in paths
    quotes = next(e for e in listed["endpoints"] if e["path"] == "/api/v1/quotes")
    assert {"since", "until", "q", "limit", "offset"} <= set(quotes["query"])


def test_the_docs_page_works_offline(client):
    r = client.get("/api/v1/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]  # no exemption any more
    html = r.text
    assert "<script" not in html and not re.search(r'(src|href)="https?://', html)
    for path in client.get("/api/v1/openapi.json").json()["paths"]:
        assert path in html, path


def test_cli_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.strip() == f"chronique {__version__}"


def test_cli_tables_show_whole_ids_and_speak_the_api_vocabulary(url, capsys):
    assert main(["quotes", "--db", url, "--q", "reculerons"]) == 0
    out = capsys.readouterr().out
    assert LONG_ID in out  # never cut: it can be pasted back
    assert main(["quotes", "--db", url, "--since", "2023-03-20", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["published"] >= "2023-03-20" for r in rows)
    assert main(["entities", "--db", url, "--q", "marchand", "--json"]) == 0
    assert [json.loads(line)["name"] for line in capsys.readouterr().out.splitlines()] == ["Sophie Marchand"]
    assert main(["entities", "--db", url, "--name", "marchand", "--format", "jsonl"]) == 0  # the old name still works
    assert "Sophie Marchand" in capsys.readouterr().out


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_without_a_terminal_logs_total_rate_and_time_left():
    stream, clock = io.StringIO(), Clock()
    bar = Progress("ingest", 1000, stream=stream, interactive=False, clock=clock, every_s=30)
    clock.now = 12.0  # the model loads
    bar.update()
    for _ in range(99):
        clock.now += 0.5
        bar.update()
    clock.now += 1
    bar.update()
    lines = stream.getvalue().splitlines()
    # the first line after 30 s: 37 articles, 36 in the 18 s since the first (the load is not counted)
    assert lines[0] == "chronique ingest : 37/1\u202f000 articles (4 %), 2 art./s, reste environ 8 min"
    bar.close()
    assert stream.getvalue().splitlines()[-1].endswith("fini en 1 min")


def test_a_short_run_prints_nothing_and_a_slow_load_is_said():
    stream, clock = io.StringIO(), Clock()
    bar = Progress("analyze", None, stream=stream, interactive=False, clock=clock, every_s=30)
    for _ in range(5):
        clock.now += 1
        bar.update()
    bar.close()
    assert stream.getvalue() == ""  # stderr keeps only the error lines of a short batch
    slow = Progress("analyze", 3, stream=stream, interactive=False, clock=clock, every_s=30)
    clock.now += 45
    slow.update()
    assert stream.getvalue().splitlines() == ["chronique analyze : modèle chargé en 45 s"]


def test_on_a_terminal_the_bar_says_the_model_is_loading():
    stream = io.StringIO()
    bar = Progress("ingest", 10, stream=stream, interactive=True)
    assert LOADING in stream.getvalue()
    bar.update()
    bar.close()


@pytest.mark.parametrize("seconds, text", [(37, "37 s"), (420, "7 min"), (5400, "1 h 30 min")])
def test_duration_label(seconds, text):
    assert duration_label(seconds) == text


def test_pretty_summary_says_what_it_leaves_out():
    text = " ".join(f"Le {d} mars." for d in range(1, 21))
    timexes = []
    for d in range(1, 21):
        start = text.index(f"{d} mars")
        timexes.append(Timex(f"t{d}", "DATE", f"{d} mars", start, start + len(f"{d} mars"), f"2023-03-{d:02d}", None,
                             "published"))
    article = Article(id="a", text=text, language="fr", published=Published("2023-03-21", "given"),
                      timexes=tuple(timexes))
    summary = summarise(article)
    assert f"… et {20 - MAX_ITEMS} autres" in summary
    assert "1er mars 2023" in summary and "2023-03-01" not in summary


def test_pretty_summary_is_french():
    summary = summarise(sample_articles()[0])
    assert "2 millions €" in summary and "2e+06" not in summary
    assert "Protestation — Force Rail" in summary and "PROTEST" not in summary
    assert "citation directe" in summary and "[direct]" not in summary
    reported = build("r", "T", "2023-05-02", ["Paul Ravel a dit que la piscine rouvrirait."],
                     entities=[("Paul Ravel", "PER", ["Paul Ravel"])],
                     quotes=[("indirect", "la piscine rouvrirait", "Paul Ravel", "Paul Ravel")])
    line = next(li for li in summarise(reported).splitlines() if "piscine" in li)
    assert "«" not in line and "discours rapporté" in line


def test_the_api_sorts_and_filters_as_the_pages_do(client):
    oldest = client.get("/api/v1/articles", params={"sort": "oldest"}).json()["items"]
    dates = [a["published"] for a in oldest]
    assert dates == sorted(dates)
    names = [e["name"] for e in client.get("/api/v1/entities", params={"sort": "name", "type": "PER"}).json()["items"]]
    assert names == sorted(names, key=str.lower) and len(names) >= 3
    big = client.get("/api/v1/stories", params={"min_articles": 2}).json()
    assert big["items"] and all(s["n_articles"] >= 2 for s in big["items"])
    bad = client.get("/api/v1/articles", params={"sort": "au-hasard"})
    assert bad.status_code == 422
