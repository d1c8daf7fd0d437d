"""The corpus commands: in-process on a store seeded with hand-built articles, and a real
``chronique ingest`` subprocess killed with SIGKILL mid-way and run again."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus_helpers import make_article

from chronique.cli.main import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path):
    from chronique.corpus import Corpus

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    ents = [("e1", "PER", "Olaf Scholz", ["Olaf Scholz"]), ("e2", "LOC", "Ukraine", ["Ukraine"])]
    with Corpus.open(url) as corpus:
        corpus.add_article(make_article(
            "c1", "2023-10-12", "« Nous restons unis », a déclaré Olaf Scholz le 12 octobre à propos de l'Ukraine.",
            title="Scholz et l'Ukraine", entities=ents, quotes=[("q1", "Nous restons unis", "e1", "Olaf Scholz")],
            timexes=[("t1", "le 12 octobre", "2023-10-12")]))
        corpus.add_article(make_article(
            "c2", "2023-11-02", "« L'aide continuera », a promis Olaf Scholz en novembre, pensant à l'Ukraine.",
            title="L'aide à l'Ukraine continuera", entities=ents,
            quotes=[("q1", "L'aide continuera", "e1", "Olaf Scholz")], timexes=[("t1", "en novembre", "2023-11")]))
    return url


def run_cli(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_entities_entity_and_search(db, capsys):
    code, out, _ = run_cli(capsys, "entities", "--db", db, "--type", "PER")
    assert code == 0 and "Olaf Scholz" in out and "Ukraine" not in out
    code, out, _ = run_cli(capsys, "entity", "Scholz", "--db", db, "--json")
    entity = json.loads(out)
    assert entity["name"] == "Olaf Scholz" and entity["n_articles"] == 2
    code, out, _ = run_cli(capsys, "search", "aide", "--db", db, "--json")
    kinds = {json.loads(line)["hit"] for line in out.splitlines()}
    assert {"article", "quote"} <= kinds
    code, _, err = run_cli(capsys, "entity", "Personne Inconnue", "--db", db)
    assert code == 1 and "no entity" in err


def test_quotes_filters(db, capsys):
    code, out, _ = run_cli(capsys, "quotes", "--db", db, "--speaker", "Olaf Scholz", "--json")
    assert [json.loads(l)["text"] for l in out.splitlines()] == ["L'aide continuera", "Nous restons unis"]
    code, out, _ = run_cli(capsys, "quotes", "--db", db, "--since", "2023-11-01", "--json")
    assert [json.loads(l)["article"] for l in out.splitlines()] == ["c2"]
    code, out, _ = run_cli(capsys, "quotes", "--db", db, "--until", "2023-10-31", "--query", "unis", "--json")
    assert [json.loads(l)["article"] for l in out.splitlines()] == ["c1"]
    code, out, _ = run_cli(capsys, "quotes", "--db", db, "--speaker", "Nobody Here", "--json")
    assert code == 0 and out == ""


def test_stories_and_timeline(db, capsys):
    code, out, _ = run_cli(capsys, "stories", "--db", db, "--json")
    stories = [json.loads(l) for l in out.splitlines()]
    assert len(stories) == 1 and stories[0]["n_articles"] == 2
    code, out, _ = run_cli(capsys, "timeline", "--entity", "Olaf Scholz", "--db", db, "--json")
    items = [json.loads(l) for l in out.splitlines()]
    assert [i["start"] for i in items] == sorted(i["start"] for i in items)
    assert {i["kind"] for i in items} == {"quote", "fact"}
    code, out2, _ = run_cli(capsys, "timeline", "--story", str(stories[0]["id"]), "--db", db, "--json")
    assert len(out2.splitlines()) == len(items)
    code, out, _ = run_cli(capsys, "timeline", "--entity", "Olaf Scholz", "--db", db)
    assert code == 0 and "12 octobre 2023" in out  # periods in French (chronique.timex)


def test_export_formats(db, capsys, tmp_path):
    code, out, _ = run_cli(capsys, "export", "--db", db, "--what", "quotes")
    rows = [json.loads(l) for l in out.splitlines()]
    assert set(rows[0]) == {"id", "article", "text", "kind", "speaker", "speaker_name", "speaker_text", "cue",
                         "sentence", "title", "url", "published", "published_source"}
    code, out, _ = run_cli(capsys, "export", "--db", db, "--what", "entities", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert {r["name"] for r in table} == {"Olaf Scholz", "Ukraine"}
    assert json.loads(table[0]["mentions"])[0]["article"] in {"c1", "c2"}
    target = tmp_path / "stories.parquet"
    code, _, _ = run_cli(capsys, "export", "--db", db, "--what", "stories", "--format", "parquet", "-o", str(target))
    import pyarrow.parquet as pq

    assert code == 0 and pq.read_table(target).num_rows == 1
    code, _, err = run_cli(capsys, "export", "--db", db, "--what", "events", "--format", "parquet")
    assert code == 2 and "--output" in err


def test_merge_and_split_commands(db, capsys):
    code, out, _ = run_cli(capsys, "merge", "Olaf Scholz", "Ukraine", "--db", db)
    assert code == 0 and "merged" in out
    code, out, _ = run_cli(capsys, "entities", "--db", db, "--json")
    assert len(out.splitlines()) == 1
    code, out, _ = run_cli(capsys, "split", "Olaf Scholz", "--alias", "Ukraine", "--db", db)
    assert code == 0 and "Ukraine" in out
    code, out, _ = run_cli(capsys, "merge", "Olaf Scholz", "Personne Inconnue", "--db", db)
    assert code == 2
    code, _, err = run_cli(capsys, "relink", "--db", db)
    assert code == 0 and "re-linked 2 articles" in err
    code, out, _ = run_cli(capsys, "entities", "--db", db, "--json")
    assert sorted(json.loads(l)["name"] for l in out.splitlines()) == ["Olaf Scholz", "Ukraine"]


def test_db_defaults_to_env_then_chronique_db(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CHRONIQUE_DB", raising=False)
    assert run_cli(capsys, "entities")[0] == 0
    assert (tmp_path / "chronique.db").exists()
    monkeypatch.setenv("CHRONIQUE_DB", f"sqlite:///{tmp_path / 'other.db'}")
    assert run_cli(capsys, "stories")[0] == 0
    assert (tmp_path / "other.db").exists()


# -- a real ingest, killed and resumed ----------------------------------------------------------------
TOWNS = ["Lyon", "Lille", "Nantes", "Rennes", "Dijon", "Brest", "Metz", "Nancy", "Tours", "Caen"]
TOPICS = [("la rénovation de la gare", "travaux"), ("un nouveau tramway", "transports"),
          ("le budget des écoles", "éducation"), ("une piscine municipale", "sport")]


def _inputs(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            town = TOWNS[i % len(TOWNS)]
            topic, theme = TOPICS[i % len(TOPICS)]
            text = (f"Le conseil municipal de {town} a voté mardi {topic}, un projet de {theme} attendu depuis "
                    f"{2000 + i % 20}. Le maire de {town}, Paul Durand-{i}, a salué « une étape importante » pour "
                    f"les habitants. Les travaux commenceront au printemps selon la mairie de {town}.")
            f.write(json.dumps({"id": f"town-{i}", "published": f"2024-03-{1 + i % 28:02d}",
                                "title": f"{town} : {topic}", "text": text}, ensure_ascii=False) + "\n")
        f.write('{"id": "broken", "title": "sans texte"}\n')


def _counts(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        counts = {"articles": q("SELECT count(*) FROM articles"),
                  "fts": q("SELECT count(*) FROM articles_fts"),
                  "mentions": q("SELECT count(*) FROM mentions"),
                  "entity_articles": q("SELECT COALESCE(sum(n_articles), 0) FROM entities"),
                  "distinct_links": q("SELECT count(*) FROM (SELECT DISTINCT article_id, entity_id FROM mentions "
                                      "WHERE is_dup = 0)"),
                  "story_articles": q("SELECT COALESCE(sum(n_articles), 0) FROM stories"),
                  "with_story": q("SELECT count(*) FROM articles WHERE dup_of IS NULL AND story_id IS NOT NULL"),
                  "quotes": q("SELECT count(*) FROM quotes"),
                  "errors": q("SELECT count(*) FROM ingest_errors")}
    finally:
        conn.close()
    # every stored article is whole: its index rows, entity counts and story counts agree
    assert counts["fts"] == counts["articles"]
    assert counts["entity_articles"] == counts["distinct_links"]
    assert counts["story_articles"] == counts["with_story"]
    return counts


def test_ingest_killed_mid_way_leaves_a_consistent_store_and_resumes(tmp_path):
    n = 80
    source = tmp_path / "towns.jsonl"
    _inputs(source, n)
    db_path = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "chronique.cli.main", "ingest", str(source), "--db", f"sqlite:///{db_path}"]
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if db_path.exists():
                try:
                    conn = sqlite3.connect(db_path, timeout=1)
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                    conn.close()
                except sqlite3.OperationalError:
                    continue
                if stored >= 5:
                    break
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    partial = _counts(db_path)
    assert 5 <= partial["articles"] < n
    done = subprocess.run(cmd + ["--json"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr      # the broken line is reported...
    report = json.loads(done.stdout)
    assert report["unchanged"] == partial["articles"]     # ...already stored articles are not analysed again
    # (the template texts are alike: some are stored as near-duplicates of others)
    assert report["added"] + report["duplicates"] == n - partial["articles"]
    final = _counts(db_path)
    assert final["articles"] == n
    again = subprocess.run(cmd + ["--json"], env=env, capture_output=True, text=True, timeout=600)
    assert json.loads(again.stdout)["unchanged"] == n
    assert _counts(db_path)["mentions"] == final["mentions"]
