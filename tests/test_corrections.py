"""Corrections by hand — merge, split, rename, type — logged with time and reason, reversible, and
kept when the corpus is re-linked; the same operations through the service, the API (token) and the
command line, on a real SQLite store."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from chronique.cli.main import main
from chronique.corpus import Corpus
from chronique.errors import UsageError
from chronique.server import Settings, create_app

from web_support import sample_articles, seed_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def corpus(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    seed_store(url, sample_articles())
    with Corpus.open(url) as c:
        yield c


def eid(corpus, name: str) -> int:
    return corpus.find_entities(name, limit=1)[0]["id"]


def test_rename_is_logged_kept_by_relinking_and_undone(corpus):
    before = dt.datetime.now(dt.timezone.utc).isoformat()[:19]
    renamed = corpus.rename_entity(eid(corpus, "Sophie Marchand"), "Sophie Marchand (Force Rail)", reason="homonyme")
    assert renamed["name"] == "Sophie Marchand (Force Rail)"
    log = corpus.list_corrections()["items"]
    assert [(c["kind"], c["reason"], c["undone"]) for c in log] == [("rename", "homonyme", None)]
    assert log[0]["created"][:19] >= before and log[0]["payload"]["old_name"] == "Sophie Marchand"
    corpus.relink()
    assert corpus.get_entity(eid(corpus, "Marchand"))["name"] == "Sophie Marchand (Force Rail)"
    undone = corpus.undo_correction(renamed["correction"], reason="erreur")
    assert corpus.get_entity(eid(corpus, "Marchand"))["name"] == "Sophie Marchand"
    corpus.relink()
    assert corpus.get_entity(eid(corpus, "Marchand"))["name"] == "Sophie Marchand"
    log = {c["id"]: c for c in corpus.list_corrections()["items"]}
    assert log[renamed["correction"]]["undone_by"] == undone["correction"]
    assert log[undone["correction"]]["kind"] == "undo" and log[undone["correction"]]["reason"] == "erreur"
    with pytest.raises(UsageError):
        corpus.undo_correction(renamed["correction"], reason="encore")


def test_retype_changes_the_entity_and_its_mentions(corpus):
    force_rail = eid(corpus, "Force Rail")
    corpus.retype_entity(force_rail, "MISC", reason="un syndicat fictif")
    assert corpus.list_entities(type="MISC")["items"][0]["name"] == "Force Rail"
    assert corpus.store.scalar("SELECT count(*) FROM mentions WHERE entity_id = ? AND type <> 'MISC'", (force_rail,)) == 0
    corpus.relink()
    assert [e["name"] for e in corpus.list_entities(type="MISC")["items"]] == ["Force Rail"]
    with pytest.raises(UsageError):
        corpus.retype_entity(eid(corpus, "Force Rail"), "XYZ", reason="mauvais type")


def test_merge_then_split_then_undo_both(corpus):
    regie, force_rail = eid(corpus, "Régie des transports de Valcourt"), eid(corpus, "Force Rail")
    before = corpus.stats()["entities"]
    merged = corpus.merge_entities(regie, [force_rail], reason="même employeur")
    assert corpus.stats()["entities"] == before - 1
    corpus.relink()
    assert corpus.stats()["entities"] == before - 1  # the merge rule is obeyed again
    split = corpus.split_entity(eid(corpus, "Régie des transports de Valcourt"), ["Force Rail"], reason="deux acteurs")
    assert split["name"] == "Force Rail" and corpus.stats()["entities"] == before
    corpus.undo_correction(split["correction"], reason="test")
    assert corpus.stats()["entities"] == before - 1
    corpus.undo_correction(merged["correction"], reason="test")
    assert corpus.stats()["entities"] == before
    corpus.relink()
    assert corpus.stats()["entities"] == before
    assert {c["kind"] for c in corpus.list_corrections()["items"]} == {"merge", "split", "undo"}


def test_the_cli_records_its_merges(corpus, capsys):
    url = corpus.url
    assert main(["merge", "Régie des transports de Valcourt", "Force Rail", "--reason", "essai", "--db", url]) == 0
    assert "correction 1" in capsys.readouterr().out
    assert main(["corrections", "--db", url]) == 0
    assert "essai" in capsys.readouterr().out
    assert main(["corrections", "--db", url, "--undo", "1", "--reason", "retour"]) == 0
    assert main(["corrections", "--db", url, "--format", "jsonl"]) == 0
    assert '"undone_by": 2' in capsys.readouterr().out


@pytest.fixture
def app_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'api.db'}"
    seed_store(url, sample_articles())
    return url


def test_the_api_corrects_behind_the_token(app_url):
    with TestClient(create_app(Settings(db_url=app_url, token="jeton"))) as c:
        marchand = c.get("/api/v1/entities", params={"q": "Marchand"}).json()["items"][0]["id"]
        body = {"kind": "rename", "entity": marchand, "name": "S. Marchand", "reason": "abréviation"}
        assert c.post("/api/v1/corrections", json=body).status_code == 401
        assert c.post("/api/v1/corrections", json=body, headers={"Authorization": "Bearer faux"}).status_code == 401
        assert c.post("/api/v1/corrections", json={**body, "reason": ""},
                      headers={"Authorization": "Bearer jeton"}).status_code == 422
        done = c.post("/api/v1/corrections", json=body, headers={"Authorization": "Bearer jeton"})
        assert done.status_code == 200 and done.json()["name"] == "S. Marchand"
        log = c.get("/api/v1/corrections").json()
        assert log["total"] == 1 and log["items"][0]["reason"] == "abréviation"
        undo = c.post(f"/api/v1/corrections/{done.json()['correction']}/undo", json={"reason": "non"},
                      headers={"Authorization": "Bearer jeton"})
        assert undo.status_code == 200
        assert c.get(f"/api/v1/entities/{marchand}").json()["name"] == "Sophie Marchand"
    with TestClient(create_app(Settings(db_url=app_url))) as c:  # no token set: read-only
        assert c.post("/api/v1/corrections", json=body, headers={"Authorization": "Bearer jeton"}).status_code == 403
        assert c.post(f"/entities/{marchand}/corriger", data={**body, "token": "jeton"}).status_code == 403


@pytest.mark.postgres
def test_corrections_and_browse_on_postgres():
    from corpus_fixtures import empty_pg_url_or_skip

    url = empty_pg_url_or_skip()
    seed_store(url, sample_articles())
    with Corpus.open(url) as corpus:
        marchand = eid(corpus, "Marchand")
        renamed = corpus.rename_entity(marchand, "S. Marchand", reason="pg")
        corpus.retype_entity(eid(corpus, "Force Rail"), "MISC", reason="pg")
        corpus.relink()
        assert corpus.get_entity(eid(corpus, "Marchand"))["name"] == "S. Marchand"
        corpus.undo_correction(renamed["correction"], reason="pg")
        assert corpus.get_entity(eid(corpus, "Marchand"))["name"] == "Sophie Marchand"
        assert corpus.list_corrections()["total"] == 3
        assert [e["name"] for e in corpus.browse("entities", type="PER", sort="name")["items"]] == \
            ["Antoine Roussel", "Julien Lefort", "Sophie Marchand"]
        assert corpus.browse("articles", sort="title")["total"] == 3
        assert corpus.browse("stories", sort="size")["items"]
        profile = corpus.entity_profile(eid(corpus, "Marchand"))
        assert sum(w["articles"] for w in profile["weeks"]) == 2 and profile["co_occurring"]
