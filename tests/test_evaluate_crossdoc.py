"""The cross-document scorer (``chronique evaluate --corpus``): B-cubed stories, pairwise persons,
first-name merges, and the gold files' checks, on hand-built clusterings and invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronique.errors import FormatError
from chronique.evaluate.crossdoc import (CrossdocGold, bcubed, different_first_names, load_gold, map_occurrences,
                                         person_scores, story_scores)


def test_bcubed_one_cluster_for_everything():
    gold = {"a": 1, "b": 1, "c": 2}
    s = bcubed({"a": 9, "b": 9, "c": 9}, gold, "abc")
    assert s["precision"] == pytest.approx(5 / 9, abs=1e-4)
    assert s["recall"] == 1.0
    assert s["f1"] == pytest.approx(10 / 14, abs=1e-4)


def test_bcubed_missing_articles_are_alone_and_perfect_match_is_one():
    gold = {"a": 1, "b": 1, "c": 2}
    assert bcubed({"a": 5, "b": 5, "c": 6}, gold, "abc")["f1"] == 1.0
    alone = bcubed({}, gold, "abc")
    assert alone["precision"] == 1.0 and alone["recall"] == pytest.approx((0.5 + 0.5 + 1) / 3, abs=1e-4)


def _gold(stories: dict[str, str], occurrences=()) -> CrossdocGold:
    ids = sorted(stories)
    return CrossdocGold(ids, {a: f"2020-01-0{i + 1}" for i, a in enumerate(ids)}, stories, list(occurrences))


def test_story_scores_count_singletons_and_the_baseline():
    gold = _gold({"a": "s1", "b": "s1", "c": "s2"})
    out = story_scores({"a": 1, "b": 2, "c": 3}, gold, {"a", "b", "c"})
    assert out["singletons"] == {"system": 3, "gold": 1, "system_only": 2}
    assert out["bcubed"] == out["baseline_one_per_story"]
    assert out["stories"] == {"system": 3, "gold": 2}


def test_person_pairs_only_across_articles():
    occ = [("Le Pen", "a", "Marine Le Pen"), ("Marine Le Pen", "a", "Marine Le Pen"),
           ("Le Pen", "b", "Marine Le Pen"), ("Le Pen", "c", "Jean-Marie Le Pen")]
    gold = _gold({"a": "s", "b": "s", "c": "t"}, occ)
    # the system puts every Le Pen together
    system = {("Le Pen", "a"): 1, ("Marine Le Pen", "a"): 1, ("Le Pen", "b"): 1, ("Le Pen", "c"): 1}
    out = person_scores(system, gold, {"a", "b", "c"})
    # gold pairs across articles: (a,b) twice for Marine = 2; system: 5 cross-article pairs of the 6
    assert out["pairwise"]["tp"] == 2 and out["pairwise"]["fp"] == 3 and out["pairwise"]["fn"] == 0
    assert out["different_first_name_merges"] == 1
    assert out["different_first_name_examples"] == [["Jean-Marie Le Pen", "Marine Le Pen"]]


def test_person_not_found_is_its_own_entity():
    occ = [("Macron", "a", "Emmanuel Macron"), ("Macron", "b", "Emmanuel Macron")]
    out = person_scores({("Macron", "a"): 4}, _gold({"a": "s", "b": "t"}, occ), {"a", "b"})
    assert out["pairwise"]["tp"] == 0 and out["pairwise"]["fn"] == 1 and out["found"] == 1


def test_different_first_names():
    assert different_first_names("Marine Le Pen", "Jean-Marie Le Pen")
    assert not different_first_names("George Floyd", "Floyd")
    assert not different_first_names("G. Bush", "George Bush")


def test_map_occurrences_prefers_the_exact_person_mention():
    entities = {"a": [(7, "ORG", ["Rassemblement national de Le Pen"]), (3, "PER", ["Marine Le Pen", "Le Pen"]),
                      (5, "PER", ["Jean-Marie Le Pen"])]}
    out = map_occurrences([("Le Pen", "a", "x"), ("Marion", "a", "y")], entities)
    assert out == {("Le Pen", "a"): 3, ("Marion", "a"): None}


def _write_corpus(root: Path, stories: dict, persons: dict | None = None) -> Path:
    (root / "gold").mkdir(parents=True)
    (root / "articles.jsonl").write_text("".join(json.dumps({"id": a, "published": "2020-01-01", "text": "x"}) + "\n"
                                                 for a in ("a", "b")), encoding="utf-8")
    (root / "gold" / "stories.json").write_text(json.dumps(stories), encoding="utf-8")
    if persons is not None:
        (root / "gold" / "persons.json").write_text(json.dumps(persons), encoding="utf-8")
    return root


def test_load_gold_names_the_bad_file(tmp_path):
    good = {"format": "chronique crossdoc/1", "articles": ["a", "b"],
            "stories": [{"id": "1", "headline": "h", "articles": ["a", "b"]}]}
    gold = load_gold(_write_corpus(tmp_path / "ok", good, {"format": "chronique crossdoc-persons/1", "names": [
        {"surface": "X", "occurrences": [{"article": "a", "person": "X Y"}, {"article": "b", "person": None},
                                         {"article": "b", "person": "?"}]}]}))
    assert gold.occurrences == [("X", "a", "X Y")] and gold.stories == {"a": "1", "b": "1"}
    twice = dict(good, stories=[{"id": "1", "articles": ["a"]}, {"id": "2", "articles": ["a", "b"]}])
    with pytest.raises(FormatError, match="two stories"):
        load_gold(_write_corpus(tmp_path / "twice", twice))
    missing = dict(good, stories=[{"id": "1", "articles": ["a"]}])
    with pytest.raises(FormatError, match="in no story"):
        load_gold(_write_corpus(tmp_path / "missing", missing))
    with pytest.raises(FormatError, match="stories.json"):
        load_gold(_write_corpus(tmp_path / "format", dict(good, format="other")))


def test_evaluate_corpus_end_to_end(tmp_path, capsys, pipeline):
    """Three invented articles through the real pipeline and store, scored from the command line."""
    from chronique.cli.main import main

    corpus = tmp_path / "crossdoc"
    (corpus / "gold").mkdir(parents=True)
    articles = [
        {"id": "a", "published": "2019-10-01", "title": "Incendie de l'usine Lubrizol à Rouen",
         "text": "L'usine Lubrizol a brûlé à Rouen. Agnès Buzyn, ministre de la Santé, s'est rendue sur place."},
        {"id": "b", "published": "2019-10-03", "title": "Lubrizol : Agnès Buzyn rassure les habitants de Rouen",
         "text": "À Rouen, Agnès Buzyn a assuré que l'incendie de l'usine Lubrizol ne menaçait pas la santé."},
        {"id": "c", "published": "2019-10-04", "title": "Tempête en Bretagne",
         "text": "Une tempête a privé des milliers de foyers d'électricité en Bretagne."},
    ]
    (corpus / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                                           encoding="utf-8")
    (corpus / "gold" / "stories.json").write_text(json.dumps({
        "format": "chronique crossdoc/1", "articles": ["a", "b", "c"],
        "stories": [{"id": "1", "headline": "Lubrizol", "articles": ["a", "b"]},
                    {"id": "2", "headline": "Tempête", "articles": ["c"]}]}), encoding="utf-8")
    (corpus / "gold" / "persons.json").write_text(json.dumps({
        "format": "chronique crossdoc-persons/1", "names": [{"surface": "Agnès Buzyn", "occurrences": [
            {"article": "a", "person": "Agnès Buzyn"}, {"article": "b", "person": "Agnès Buzyn"}]}]}),
        encoding="utf-8")
    assert main(["evaluate", "--corpus", str(corpus), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ingest"]["added"] == 3
    assert result["all"]["stories"]["bcubed"]["f1"] == 1.0
    assert result["all"]["stories"]["baseline_one_per_story"]["f1"] < 1.0
    assert result["all"]["persons"]["pairwise"]["tp"] == 1 and result["all"]["persons"]["found"] == 2
    assert main(["evaluate", "--corpus", str(tmp_path / "missing")]) == 1
    assert "articles.jsonl" in capsys.readouterr().err
