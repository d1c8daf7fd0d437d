"""Hostile or unlucky inputs (issue #19): file names that are not UTF-8 or hold a newline,
impossible and out-of-range publication dates, a gzip bomb, ids that URLs cannot carry.

One ``chronique analyze`` and one ``chronique ingest`` run over a folder holding all of them
and good articles beside them (the model loads once per run): every good article comes out,
every bad input has one error line naming it, and nothing is lost because of another item.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import sqlite3
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from chronique.errors import FormatError, TooLargeError, UsageError
from chronique.ingest.metadata import normalise_published, parse_published
from chronique.ingest.readers import MAX_INPUT_BYTES, display_name, gunzip_bounded, read_bytes, read_file

CLI = Path(sys.executable).with_name("chronique")

# Three good articles, each with its own text (inputs without id are told apart by their content).
LATIN_NAMED = ("Le ministre de l'Économie a présenté mercredi à Paris un budget en hausse de 3 %, a-t-il "
               "précisé devant les députés. « Nous tiendrons nos engagements », a déclaré le ministre.")
NEWLINE_NAMED = ("La maire de Lyon a inauguré jeudi une nouvelle ligne de tramway. « C'est un jour important "
                 "pour les habitants », a-t-elle déclaré devant la presse.")
PLAIN = ("Les syndicats de la SNCF ont appelé à la grève mardi prochain. « Nous ne céderons pas », a "
         "déclaré le secrétaire général de la CGT-Cheminots devant la gare de Lyon.")
# A day and a month without a year: the year comes from the batch's dated articles.
UNDATED = ("Le conseil municipal de Nantes a voté le 12 mars le budget de la ville. « Les impôts "
           "n'augmenteront pas », a assuré le maire devant les élus.")

DEEP_TEXT = ("Le préfet de la Gironde a ordonné samedi l'évacuation de trois communes menacées par "
             "l'incendie. « La situation reste grave », a indiqué la préfecture dans un communiqué.")
# A page without date metadata whose body names a year (htmldate's extensive search took it).
YEAR_IN_BODY = ("Le ministre a annoncé mardi la fermeture de l'usine de Florange, ouverte en 2019. "
                "« Nous accompagnerons chaque salarié », a-t-il déclaré devant les syndicats.")

LATIN_NAME = os.fsdecode(b"x-\xe9.txt")          # Latin-1 bytes: not UTF-8
NEWLINE_NAME = "a\nb.txt"
BAD_EMPTY_NAME = os.fsdecode(b"vide-\xe9\nfin.txt")  # both, on an input that fails


def write_bomb(path: Path, decompressed: int) -> None:
    """A .jsonl.gz whose JSON lines add up to ``decompressed`` bytes, compressed as a stream."""
    line = (json.dumps({"id": "bombe", "text": "a" * 1000}) + "\n").encode()
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    with open(path, "wb") as f:
        for _ in range(decompressed // len(line)):
            f.write(comp.compress(line))
        f.write(comp.flush())


def deep_page(depth: int, text: str) -> str:
    return ("<html><head><title>Incendie</title></head><body>" + "<div><span>" * depth + f"<p>{text}</p>"
            + "</span></div>" * depth + "</body></html>")


def run(command: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), command, *args], capture_output=True, timeout=600,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8", **(env or {})))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    (d / LATIN_NAME).write_text(LATIN_NAMED, "utf-8")
    (d / NEWLINE_NAME).write_text(NEWLINE_NAMED, "utf-8")
    (d / BAD_EMPTY_NAME).write_bytes(b"")
    write_bomb(d / "bombe.jsonl.gz", 60_000_000)
    lines = [{"id": "futur", "text": PLAIN.replace("mardi", "vendredi"), "published": "3000-01-01"},
             {"id": "fevrier", "text": PLAIN.replace("mardi", "jeudi"), "published": "2020-02-30"},
             {"id": "pas-une-date", "text": PLAIN.replace("mardi", "lundi"), "published": "not a date"},
             {"id": "sans-date", "text": UNDATED},
             {"id": "a/b", "text": PLAIN},
             {"id": "ligne\ncassee", "text": PLAIN.replace("SNCF", "RATP")}]
    (d / "lot.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    (d / "profond.html").write_text(deep_page(1000, DEEP_TEXT), "utf-8")
    (d / "sans-meta.html").write_text(f"<html><head><title>Usine</title></head><body><p>{YEAR_IN_BODY}</p>"
                                      f"</body></html>", "utf-8")
    (d / "coquille.html").write_text("<html><body><div><script>var a = 1;</script></div></body></html>", "utf-8")
    return d


@pytest.fixture(scope="module")
def analysed(folder):
    proc = run("analyze", str(folder))
    return proc, proc.stderr.decode("utf-8").splitlines()


@pytest.fixture(scope="module")
def ingested(folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile-db") / "corpus.db"
    proc = run("ingest", str(folder), "--db", f"sqlite:///{db}", env={"LC_ALL": "C.UTF-8"})
    with sqlite3.connect(db) as conn:
        ids = {row[0] for row in conn.execute("SELECT id FROM articles")}
        errors = [row[0] for row in conn.execute("SELECT source FROM ingest_errors")]
    return proc, proc.stderr.decode("utf-8").splitlines(), ids, errors


def one_line_for(lines: list[str], name: str) -> str:
    found = [line for line in lines if name in line]
    assert len(found) == 1, lines
    return found[0]


# -- 1. file names -------------------------------------------------------------------------------
def test_names_that_are_not_utf8_or_hold_a_newline_are_shown_escaped_on_one_line():
    assert display_name(LATIN_NAME) == "x-\\xe9.txt"
    assert display_name(NEWLINE_NAME) == "a\\nb.txt"
    assert display_name("été\u2028\x07.txt") == "été\\u2028\\x07.txt"
    assert display_name("\ud800") == "\\ud800"  # a surrogate no file system wrote


def test_analyze_prints_every_good_article_as_valid_utf8_whatever_the_file_names(analysed, folder):
    proc, _ = analysed
    articles = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]  # strict UTF-8
    paths = {a["source"].get("path") for a in articles}
    assert str(folder / "x-\\xe9.txt") in paths and str(folder / "a\\nb.txt") in paths
    assert {"sans-date", "a/b"} <= {a["id"] for a in articles}
    assert proc.returncode == 1


def test_a_failed_input_with_a_hostile_name_gets_one_error_line_naming_it(analysed, ingested):
    for lines, command in ((analysed[1], "analyze"), (ingested[1], "ingest")):
        line = one_line_for(lines, "vide-\\xe9\\nfin.txt")
        assert line.startswith(f"chronique {command}: ") and line.endswith("empty input")


def test_ingest_stores_every_good_article_without_a_traceback(ingested):
    proc, lines, ids, errors = ingested
    assert "Traceback" not in proc.stderr.decode("utf-8")
    assert proc.returncode == 1
    assert {"sans-date", "a/b"} <= ids and len(ids) == 6, ids  # + two .txt and two .html named by their files
    assert any(e.endswith("vide-\\xe9\\nfin.txt") for e in errors), errors
    assert one_line_for(lines, "near-duplicates").startswith("6 added")


# -- 5. publication dates --------------------------------------------------------------------------
@pytest.mark.parametrize("line, reason", [
    ("lot.jsonl:1", "published '3000-01-01' is outside the accepted range 1800-01-01 to"),
    ("lot.jsonl:2", "published '2020-02-30' is not a day of the calendar"),
    ("lot.jsonl:3", "published 'not a date' is not a date"),
])
def test_impossible_and_out_of_range_dates_are_reported(analysed, line, reason):
    assert reason in one_line_for(analysed[1], line + ":")


def test_a_refused_date_does_not_drag_the_inferred_dates_of_the_batch(analysed):
    articles = {a["id"]: a for a in map(json.loads, analysed[0].stdout.decode("utf-8").splitlines())}
    published = articles["sans-date"]["published"]
    assert not (published.get("value") or "").startswith("3000"), published


@pytest.mark.parametrize("value", ["3000-01-01", "1799-12-31", "2020-02-30", "2023-03-08T25:00:00", "mardi"])
def test_parse_published_refuses_dates_outside_1800_to_tomorrow_and_impossible_ones(value):
    with pytest.raises(ValueError, match="published"):
        parse_published(value)
    assert normalise_published(value) is None


def test_parse_published_accepts_tomorrow_and_1800():
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert parse_published(tomorrow) == tomorrow
    assert parse_published("1800-01-01") == "1800-01-01"
    assert parse_published("08/03/2023") == "2023-03-08"


def test_the_python_api_and_the_cli_refuse_a_year_3000_publication_date(tmp_path):
    import chronique

    with pytest.raises(UsageError, match="outside the accepted range"):
        chronique.analyze("Le ministre a parlé mercredi.", published="3000-01-01")
    (tmp_path / "a.txt").write_text(PLAIN, "utf-8")
    for command in ("analyze", "ingest"):
        proc = run(command, "--published", "3000-01-01", str(tmp_path / "a.txt"),
                   *(["--db", f"sqlite:///{tmp_path / 'c.db'}"] if command == "ingest" else []))
        assert proc.returncode == 2 and b"outside the accepted range" in proc.stderr and proc.stdout == b""


def test_the_http_api_refuses_a_year_3000_or_impossible_publication_date(tmp_path):
    import warnings

    from chronique.server import Settings, create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    def never(**kwargs):
        raise AssertionError("an invalid date must be refused before the analysis")

    with TestClient(create_app(Settings(db_url=f"sqlite:///{tmp_path / 'c.db'}"), analyze=never)) as client:
        for value, reason in (("3000-01-01", "outside the accepted range"), ("2020-02-30", "not a day")):
            r = client.post("/api/v1/analyze", json={"text": PLAIN, "published": value})
            assert r.status_code == 422 and reason in json.dumps(r.json()["error"]["details"])
        page = client.post("/analyser", content="text=Un+texte&published=3000-01-01",
                           headers={"content-type": "application/x-www-form-urlencoded"})
        assert page.status_code == 422 and "date de publication invalide" in page.text


# -- 6. gzip bomb ------------------------------------------------------------------------------------
def test_a_gzip_bomb_is_refused_as_it_is_decompressed(folder, analysed):
    bomb = folder / "bombe.jsonl.gz"
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    try:
        (err,) = read_file(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(err, TooLargeError) and "once decompressed" in err.reason
    assert peak < 3 * MAX_INPUT_BYTES  # never the 60 MB it holds
    assert "once decompressed" in one_line_for(analysed[1], "bombe.jsonl.gz")


def test_gzip_under_the_limit_is_read_and_broken_gzip_is_reported(tmp_path):
    data = gzip.compress((json.dumps({"id": "g", "text": PLAIN}) + "\n").encode())
    assert gunzip_bounded(data, "g.jsonl.gz").startswith(b'{"id": "g"')
    (tmp_path / "g.jsonl.gz").write_bytes(data)
    (raw,) = read_file(tmp_path / "g.jsonl.gz")
    assert raw.id == "g"
    with pytest.raises(FormatError, match="broken gzip"):
        gunzip_bounded(data[:-12] + b"garbage!" * 3, "b.jsonl.gz")


# -- 8. ids that URLs cannot carry -------------------------------------------------------------------
@pytest.mark.parametrize("ident, reason", [
    ("ligne\ncassee", "cannot be part of a URL"), ("..", "cannot be part of a URL"),
    ("x" * 201, "over the 200-character limit"), ("  ", "blank"),
])
def test_ids_no_url_can_address_are_refused_at_ingest_with_a_clear_message(ident, reason):
    (err,) = read_bytes(json.dumps({"id": ident, "text": PLAIN}).encode(), "f.jsonl", ".jsonl")
    assert isinstance(err, FormatError) and reason in err.reason and "\n" not in err.reason


def test_an_id_with_a_slash_is_kept(analysed):
    assert "lot.jsonl:6" in one_line_for(analysed[1], "cannot be part of a URL")
    ids = [json.loads(line)["id"] for line in analysed[0].stdout.decode("utf-8").splitlines()]
    assert "a/b" in ids


# -- 4. HTML dates come from the page's metadata, never from its body ----------------------------------
def test_a_page_without_date_metadata_is_undated_not_dated_by_a_year_of_its_body(analysed, folder):
    articles = {a["source"].get("path"): a for a in map(json.loads, analysed[0].stdout.decode("utf-8").splitlines())}
    published = articles[str(folder / "sans-meta.html")]["published"]
    assert published["source"] in ("inferred", "unknown") and not (published.get("value") or "").startswith("2019-01")
    (raw,) = read_bytes(f"<html><body><p>{YEAR_IN_BODY}</p></body></html>".encode(), "p.html", ".html")
    assert raw.published is None


def test_a_page_with_date_metadata_keeps_it():
    page = ('<html><head><meta property="article:published_time" content="2023-03-07T10:00:00+01:00"></head>'
            f"<body><p>{YEAR_IN_BODY}</p></body></html>")
    (raw,) = read_bytes(page.encode(), "p.html", ".html")
    assert raw.published == "2023-03-07"


def test_an_undated_page_gets_its_date_inferred_with_evidence(pipeline):
    from chronique.ingest import RawArticle

    text = "Le ministre a annoncé le 7 mars 2023 la fermeture de l'usine, a-t-il déclaré jeudi 9 mars 2023."
    (raw,) = read_bytes(f"<html><body><p>{text}</p></body></html>".encode(), "p.html", ".html")
    assert isinstance(raw, RawArticle) and raw.published is None
    (article,) = pipeline.analyze_stream([raw])
    assert article.published.source == "inferred" and article.published.value.startswith("2023-03")
    assert article.published.evidence


# -- 9. deeply nested HTML, third-party warnings -------------------------------------------------------
@pytest.mark.parametrize("depth", [253, 254, 300, 3000, 50_000])
def test_deeply_nested_html_keeps_its_text(depth):
    (raw,) = read_bytes(deep_page(depth, DEEP_TEXT).encode(), "p.html", ".html")
    assert raw.text.strip() == DEEP_TEXT


def test_only_error_lines_naming_their_input_reach_stderr(analysed, folder):
    paths = {json.loads(line)["source"].get("path") for line in analysed[0].stdout.decode("utf-8").splitlines()}
    assert str(folder / "profond.html") in paths
    assert "no article text found" in one_line_for(analysed[1], "coquille.html")
    # besides the error lines, only the progress log a slow machine prints ("chronique analyze : modèle chargé …")
    assert all(line.startswith(("chronique analyze: ", "chronique analyze : ")) for line in analysed[1]), analysed[1]
    assert any(line.startswith("chronique analyze: ") for line in analysed[1])
