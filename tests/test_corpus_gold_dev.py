"""Across the dev gold articles, the people and outlets that recur come out as one global entity each."""

from __future__ import annotations

import json

import pytest

from chronique.corpus import Corpus
from chronique.ingest import RawArticle


@pytest.fixture(scope="module")
def corpus(gold_dev_dir, tmp_path_factory):
    raws = []
    for gold_file in sorted(gold_dev_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        text_file = gold_dev_dir / gold["doc"]
        raws.append(RawArticle(text=text_file.read_text("utf-8"), source=str(text_file),
                               id=text_file.stem, published=gold["published"]["value"]))
    db = tmp_path_factory.mktemp("golddev") / "corpus.db"
    with Corpus.open(f"sqlite:///{db}") as c:
        report = c.ingest(raws)
        assert report.failed == 0 and report.added == len(raws)
        yield c


@pytest.mark.parametrize("name, type_, n_articles", [
    ("Emmanuel Macron", "PER", 4),
    ("Edouard Philippe", "PER", 2),
    ("BFMTV", "ORG", 2),
    ("Parisien", "ORG", 2),
])
def test_a_recurring_entity_is_one_global_entity(corpus, name, type_, n_articles):
    items = [e for e in corpus.list_entities(text=name, limit=100)["items"]
             if name.lower() in e["name"].lower() and e["type"] == type_]
    assert len(items) == 1, items
    assert items[0]["n_articles"] == n_articles


def test_namesakes_stay_apart(corpus):
    names = {e["name"] for e in corpus.list_entities(text="Macron", limit=100)["items"]}
    assert {"Emmanuel Macron", "Brigitte Macron"} <= names
