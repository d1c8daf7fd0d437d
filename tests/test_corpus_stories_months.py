"""Stories over months: evidence that grows with the gap, a recalled event as the strongest link,
headline labels, arcs, and manual merge/split kept by relink (service, CLI). Real stores (SQLite, PostgreSQL),
hand-built articles (corpus_helpers)."""

from __future__ import annotations

import pytest

from chronique.cli.main import main
from chronique.corpus.stories import arcs, gap_days, needed_score
from chronique.errors import UsageError
from corpus_fixtures import corpus, store_url  # noqa: F401 - fixtures (SQLite, and PostgreSQL when set up)
from corpus_helpers import make_article


def _stories(corpus) -> set[tuple[str, ...]]:
    return {tuple(s["articles"]) for s in corpus.export("stories")}


def test_needed_score_grows_with_the_gap():
    scores = [needed_score(g) for g in (0, 7, 30, 90, 365)]
    assert scores == sorted(scores) and scores[0] < scores[-1]
    assert gap_days("2020-03-01", "2020-01-01", "2020-01-31") == 30
    assert gap_days("2020-01-10", "2020-01-01", "2020-01-31") == 0
    assert gap_days("2019-12-25", "2020-01-01", "2020-01-31") == 7


def test_arcs_cut_at_long_silences():
    out = arcs(["2020-01-01", "2020-01-05", None, "2020-03-01", "2020-01-10"])
    assert out == [{"start": "2020-01-01", "end": "2020-01-10", "n_articles": 3},
                   {"start": "2020-03-01", "end": "2020-03-01", "n_articles": 1}]


_FIRE = [("e1", "ORG", "Lubrizol", ["Lubrizol"]), ("e2", "LOC", "Rouen", ["Rouen"])]


def _fire(aid: str, day: str, text: str, title: str):
    return make_article(aid, day, text, title=title, entities=_FIRE)


def test_a_weak_follow_up_joins_days_later_but_not_months_later(corpus):
    # a2 and a3 share the story's two entities and hardly a word: enough two days later, not a year later
    corpus.add_article(_fire("a1", "2019-10-01", "L'incendie de l'usine Lubrizol à Rouen inquiète les riverains, "
                             "qui réclament des analyses de l'air.", "Incendie à Rouen"))
    corpus.add_article(_fire("a2", "2019-10-03", "À Rouen, Lubrizol publie ses comptes annuels.", "Comptes annuels"))
    corpus.add_article(_fire("a3", "2020-09-03", "Lubrizol nomme un directeur pour son site de Rouen.",
                             "Nomination chez un chimiste"))
    assert _stories(corpus) == {("a1", "a2"), ("a3",)}


def test_a_recalled_event_links_whatever_the_gap(corpus):
    ents = [("e1", "PER", "Emmanuel Macron", ["Emmanuel Macron"]), ("e2", "PER", "Xi Jinping", ["Xi Jinping"])]
    first = make_article("c1", "2019-10-01", "Emmanuel Macron s'est entretenu au téléphone avec Xi Jinping le "
                         "1er octobre sur le commerce.", title="Un appel entre Paris et Pékin", entities=ents,
                         timexes=[("t1", "le 1er octobre", "2019-10-01")],
                         events=[("v1", "CONSULT", "phone", "entretenu", ["e1", "e2"], "t1", "asserted")])
    later = make_article("c2", "2020-01-10", "Des vins bordelais seront exportés. Emmanuel Macron s'était "
                         "entretenu avec Xi Jinping le 1er octobre.", title="Vins français en Chine", entities=ents,
                         timexes=[("t1", "le 1er octobre", "2019-10-01")],
                         events=[("v1", "CONSULT", "phone", "entretenu", ["e1", "e2"], "t1", "asserted")])
    corpus.add_article(first)
    corpus.add_article(later)
    assert _stories(corpus) == {("c1", "c2")}
    story = corpus.list_stories()["items"][0]
    assert story["label"] in {"Un appel entre Paris et Pékin", "Vins français en Chine"}


def _two_stories(corpus):
    text = "L'incendie de l'usine Lubrizol à Rouen inquiète les riverains, qui réclament des analyses de l'air."
    corpus.add_article(_fire("a1", "2019-10-01", text, "Incendie à Rouen"))
    corpus.add_article(_fire("a2", "2019-10-02", text.replace("riverains", "habitants"), "Incendie à Rouen, suite"))
    corpus.add_article(make_article("b1", "2019-10-02", "La tempête a privé des milliers de foyers d'électricité "
                                    "en Bretagne.", title="Tempête en Bretagne",
                                    entities=[("e1", "LOC", "Bretagne", ["Bretagne"])]))
    ids = {tuple(s["articles"]): s["id"] for s in corpus.export("stories")}
    return ids[("a1", "a2")], ids[("b1",)]


def test_merge_and_split_stories_survive_relink(corpus):
    fire, storm = _two_stories(corpus)
    merged = corpus.merge_stories(fire, [storm])
    assert merged["n_articles"] == 3 and [a["id"] for a in merged["articles"]] == ["a1", "a2", "b1"]
    assert corpus.get_story(storm) is None
    corpus.relink()
    assert _stories(corpus) == {("a1", "a2", "b1")}
    story = next(iter(s["id"] for s in corpus.export("stories")))
    new = corpus.split_story(story, ["a2"])
    assert [a["id"] for a in new["articles"]] == ["a2"] and new["label"] == "Incendie à Rouen, suite"
    corpus.relink()
    assert _stories(corpus) == {("a1", "b1"), ("a2",)}


def test_story_corrections_refuse_bad_requests(corpus):
    fire, storm = _two_stories(corpus)
    with pytest.raises(UsageError, match="no story"):
        corpus.merge_stories(fire, [999])
    with pytest.raises(UsageError, match="has no article b1"):
        corpus.split_story(fire, ["b1"])
    with pytest.raises(UsageError, match="leaves it empty"):
        corpus.split_story(fire, ["a1", "a2"])
    assert _stories(corpus) == {("a1", "a2"), ("b1",)}


def test_cli_story_merge_and_split(corpus, capsys):
    fire, storm = _two_stories(corpus)
    url = corpus.url
    assert main(["story", "merge", str(fire), str(storm), "--db", url]) == 0
    assert "merged into story" in capsys.readouterr().out
    assert main(["story", "split", str(fire), "--article", "b1", "--db", url]) == 0
    assert "Tempête en Bretagne" in capsys.readouterr().out
    assert main(["story", "split", str(fire), "--article", "nope", "--db", url]) == 2
    assert "has no article nope" in capsys.readouterr().err


def test_story_linking_reads_indexes_only(corpus):
    from chronique.corpus import stories

    if not corpus.url.startswith("sqlite"):
        pytest.skip("query plans are read from SQLite")
    _two_stories(corpus)
    for name in ("EVENT_STORIES_SQL", "ENTITY_STORIES_SQL", "TERM_STORIES_SQL", "RECENT_MEMBERS_SQL", "STORIES_SQL"):
        sql = getattr(stories, name).replace("{marks}", "?,?")
        params = ("1", "2") if "?,?" in sql else ("1",)
        plan = " | ".join(r["detail"] for r in corpus.store.query("EXPLAIN QUERY PLAN " + sql, params))
        scans = [step for step in plan.split(" | ") if step.startswith("SCAN") and "USING" not in step]
        assert not scans and ("INDEX" in plan or "PRIMARY KEY" in plan), (name, plan)
        assert "FOR ORDER BY" not in plan and "PART OF ORDER BY" not in plan, (name, plan)   # no sort of a story
        assert "LIMIT" in sql or "id IN (?,?)" in sql, name


def test_removing_an_article_rebuilds_its_story(corpus):
    fire, _ = _two_stories(corpus)
    assert corpus.delete_article("a1")
    story = corpus.get_story(fire)
    assert story["n_articles"] == 1 and story["label"] == "Incendie à Rouen, suite"
    assert story["start"] == story["end"] == "2019-10-02"
    assert corpus.delete_article("a2") and corpus.get_story(fire) is None
