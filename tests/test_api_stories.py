"""Correcting stories over the REST API (bearer token), and their arcs and key entities in the
pages, in process over a real SQLite store."""

from __future__ import annotations

import json
import warnings

from chronique.api import Settings, create_app
from chronique.corpus import Corpus
from corpus_helpers import make_article

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "story-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _seed(url: str) -> tuple[int, int]:
    fire = [("e1", "ORG", "Lubrizol", ["Lubrizol"]), ("e2", "LOC", "Rouen", ["Rouen"])]
    text = "L'incendie de l'usine Lubrizol à Rouen inquiète les riverains, qui réclament des analyses de l'air."
    with Corpus.open(url) as c:
        c.add_article(make_article("a1", "2019-10-01", text, title="Incendie à Rouen", entities=fire))
        c.add_article(make_article("a2", "2019-10-02", text.replace("riverains", "habitants"),
                                   title="Incendie à Rouen, suite", entities=fire))
        c.add_article(make_article("b1", "2019-10-02", "La tempête a privé des milliers de foyers d'électricité "
                                   "en Bretagne.", title="Tempête en Bretagne",
                                   entities=[("e1", "LOC", "Bretagne", ["Bretagne"])]))
        ids = {tuple(s["articles"]): s["id"] for s in c.export("stories")}
    return ids[("a1", "a2")], ids[("b1",)]


def test_merge_and_split_stories_over_the_api(tmp_path):
    url = f"sqlite:///{tmp_path / 'api-stories.db'}"
    fire, storm = _seed(url)
    with TestClient(create_app(Settings(db_url=url, token=TOKEN))) as c:
        assert c.post(f"/api/v1/stories/{fire}/merge", json={"others": [storm]}).status_code == 401
        merged = c.post(f"/api/v1/stories/{fire}/merge", json={"others": [storm]}, headers=AUTH)
        assert merged.status_code == 200, merged.text
        assert merged.json()["n_articles"] == 3 and merged.json()["arcs"]
        assert c.get(f"/api/v1/stories/{storm}").status_code == 404
        split = c.post(f"/api/v1/stories/{fire}/split", json={"articles": ["b1"]}, headers=AUTH)
        assert split.status_code == 200 and split.json()["label"] == "Tempête en Bretagne"
        bad = c.post(f"/api/v1/stories/{fire}/split", json={"articles": ["nope"]}, headers=AUTH)
        assert bad.status_code == 400 and "nope" in bad.text
        assert c.post(f"/api/v1/stories/{fire}/merge", json={"others": []}, headers=AUTH).status_code == 422
        listed = c.get("/api/v1/stories").json()["items"]
        assert {s["label"] for s in listed} == {"Incendie à Rouen", "Tempête en Bretagne"} or \
            {s["label"] for s in listed} == {"Incendie à Rouen, suite", "Tempête en Bretagne"}
        assert all("key_entities" in s for s in listed)


def test_story_corrections_are_refused_on_a_read_only_server(tmp_path):
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    fire, storm = _seed(url)
    with TestClient(create_app(Settings(db_url=url))) as c:
        assert c.post(f"/api/v1/stories/{fire}/merge", json={"others": [storm]}, headers=AUTH).status_code == 403


def test_story_page_shows_arcs_and_list_shows_key_entities(tmp_path):
    url = f"sqlite:///{tmp_path / 'arcs.db'}"
    fire, _ = _seed(url)
    with Corpus.open(url) as c:
        c.add_article(make_article(
            "a3", "2020-09-26", "Un an après l'incendie de l'usine Lubrizol à Rouen, les riverains réclament "
            "toujours des analyses de l'air.", title="Incendie à Rouen : un an après",
            entities=[("e1", "ORG", "Lubrizol", ["Lubrizol"]), ("e2", "LOC", "Rouen", ["Rouen"])]))
        assert [a["id"] for a in c.get_story(fire)["articles"]] == ["a1", "a2", "a3"]
    from chronique.server import Settings as ServerSettings, create_app as create_server

    with TestClient(create_server(ServerSettings(db_url=url))) as client:
        page = client.get(f"/stories/{fire}").text
        assert "Périodes d'activité" in page
        assert "du 2019-10-01 au 2019-10-02 (2)" in page and "le 2020-09-26 (1)" in page
        assert "Lubrizol, Rouen" in client.get("/").text


def test_story_rules_keep_their_reason_and_survive_relinking(tmp_path):
    url = f"sqlite:///{tmp_path / 'reasons.db'}"
    fire, storm = _seed(url)
    with TestClient(create_app(Settings(db_url=url, token=TOKEN))) as c:
        merged = c.post(f"/api/v1/stories/{fire}/merge", json={"others": [storm], "reason": "même crise"}, headers=AUTH)
        assert merged.status_code == 200 and merged.json()["n_articles"] == 3
        assert c.post(f"/api/v1/stories/{fire}/merge", json={"others": [fire]}, headers=AUTH).status_code == 400
    with Corpus.open(url) as corpus:
        rules = corpus.store.query("SELECT kind, payload FROM story_rules")
        assert [(r["kind"], json.loads(r["payload"])["reason"]) for r in rules] == [("merge", "même crise")]
        corpus.relink()
        assert [len(s["articles"]) for s in corpus.export("stories")] == [3]
