"""The sample story (samples/story/story.jsonl) through the REAL pipeline and the corpus.

The per-article extractors are still improving, so each test checks what the corpus makes of what
the pipeline actually finds, and says so when a needed layer is missing (skip with the reason)
instead of pretending."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "story" / "story.jsonl"


@pytest.fixture(scope="module")
def story_corpus(tmp_path_factory, pipeline):
    from chronique.corpus import Corpus

    corpus = Corpus.open(f"sqlite:///{tmp_path_factory.mktemp('story') / 'story.db'}")
    report = corpus.ingest_paths([str(SAMPLE)])
    assert report.added == 4 and report.failed == 0
    yield corpus
    corpus.close()


def _person(corpus, name):
    found = [e for e in corpus.find_entities(name, type="PER") if e["name"] == name]
    assert found, f"{name} not found; people: {[e['name'] for e in corpus.list_entities(type='PER')['items']]}"
    return corpus.get_entity(found[0]["id"])


def test_variants_of_one_person_are_one_entity(story_corpus):
    scholz = _person(story_corpus, "Olaf Scholz")
    assert scholz["n_articles"] == 3
    assert {a["id"] for a in scholz["articles"]} == {"story-1", "story-2", "story-3"}
    aliases = {a["alias"] for a in scholz["aliases"]}
    assert {"Olaf Scholz", "Scholz"} <= aliases
    # every article-local entity named with "Scholz" ("M. Scholz", "Scholz", "Olaf Scholz") is linked to it
    for article_id in ("story-1", "story-2", "story-3"):
        article = story_corpus.get_article(article_id)
        local = {e["id"]: e for e in article["json"]["entities"]}
        for link in article["entities"]:
            if any("Scholz" in m["text"] for m in local[link["local_id"]]["mentions"]):
                assert link["entity"] == scholz["id"], (article_id, link)
    assert [e["name"] for e in story_corpus.list_entities(type="PER")["items"]].count("Olaf Scholz") == 1


def test_namesakes_stay_apart(story_corpus):
    emmanuel = _person(story_corpus, "Emmanuel Macron")
    brigitte = _person(story_corpus, "Brigitte Macron")
    assert emmanuel["id"] != brigitte["id"]
    assert {a["id"] for a in brigitte["articles"]} == {"story-2"}
    assert "story-4" not in {a["id"] for a in emmanuel["articles"]}
    assert not any(a["alias"].startswith("Brigitte") for a in emmanuel["aliases"])


def test_follow_ups_form_one_story_and_the_unrelated_article_another(story_corpus):
    stories = {tuple(s["articles"]): s for s in story_corpus.export("stories")}
    assert ("story-1", "story-2", "story-3") in stories
    assert ("story-4",) in stories
    story = stories[("story-1", "story-2", "story-3")]
    assert (story["start"], story["end"]) == ("2023-10-12", "2023-11-16")
    # labelled by the headline of its most central article, with its key entities beside it
    titles = {a["title"] for a in story_corpus.get_story(story["id"])["articles"]}
    assert story["label"] in titles
    assert {"Olaf Scholz", "Emmanuel Macron"} <= set(story_corpus.get_story(story["id"])["key_entities"])


def test_the_call_and_its_recollections_are_one_event(story_corpus):
    events = story_corpus.list_events(entity="Olaf Scholz", limit=100)["items"]
    calls = [e for e in events if any(m["article"] == "story-1" for m in e["mentions"])
             and {"Emmanuel Macron", "Olaf Scholz"} <= {p["name"] for p in e["participants"]}]
    if not calls:
        pytest.skip("the event extractor does not (yet) find the Macron–Scholz call in story-1: "
                    f"{[(e['type'], [p['name'] for p in e['participants']]) for e in events]}")
    merged = max(calls, key=lambda e: len(e["mentions"]))
    assert len({m["article"] for m in merged["mentions"]}) >= 2, merged
    assert merged["start"] == "2023-10-12"


def test_timeline_is_in_time_order_and_points_to_sentences(story_corpus):
    items = story_corpus.timeline(entity="Olaf Scholz")["items"]
    assert items
    keys = [(i["start"], i["end"]) for i in items]
    assert keys == sorted(keys)
    for item in items:
        article = story_corpus.get_article(item["article"])
        start, end = item["offsets"]
        assert item["sentence"] and article["text"][start:end] in item["sentence"]
    assert any(i["start"] == "2023-10-12" and i["article"] == "story-1" for i in items)
