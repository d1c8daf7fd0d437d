"""Cross-article entities: namesakes that never merge, names alone that need context, office
titles that are no names, organisations' acronyms. Real stores (SQLite, PostgreSQL), hand-built articles."""

from __future__ import annotations

from chronique.corpus.entities import is_person_name
from corpus_fixtures import corpus, store_url  # noqa: F401 - fixtures (SQLite, and PostgreSQL when set up)
from corpus_helpers import make_article


def _people(corpus) -> list[str]:
    return sorted(e["name"] for e in corpus.list_entities(type="PER")["items"])


def test_a_first_name_alone_does_not_join_another_george(corpus):
    corpus.add_article(make_article(
        "a1", "2020-05-30", "George Floyd est mort à Minneapolis. George avait 46 ans.",
        entities=[("e1", "PER", "George Floyd", ["George Floyd", "George"]),
                  ("e2", "LOC", "Minneapolis", ["Minneapolis"])]))
    corpus.add_article(make_article(
        "a2", "2020-06-01", "Le prince George a fêté son anniversaire à Londres.",
        entities=[("e1", "PER", "prince George", ["prince George"]), ("e2", "LOC", "Londres", ["Londres"])]))
    assert len(_people(corpus)) == 2
    floyd = corpus.find_entities("George Floyd")[0]
    assert [a["id"] for a in corpus.get_entity(floyd["id"])["articles"]] == ["a1"]


def test_different_first_names_never_merge(corpus):
    for aid, name in (("a1", "Marine Le Pen"), ("a2", "Jean-Marie Le Pen"), ("a3", "Marion Le Pen")):
        corpus.add_article(make_article(aid, "2019-10-01", f"{name} était à Nanterre.", entities=[
            ("e1", "PER", name, [name]), ("e2", "LOC", "Nanterre", ["Nanterre"])]))
    assert _people(corpus) == ["Jean-Marie Le Pen", "Marine Le Pen", "Marion Le Pen"]


def test_a_surname_alone_needs_company(corpus):
    corpus.add_article(make_article(
        "a1", "2019-10-01", "Agnès Buzyn a visité l'usine Lubrizol à Rouen.",
        entities=[("e1", "PER", "Agnès Buzyn", ["Agnès Buzyn"]), ("e2", "ORG", "Lubrizol", ["Lubrizol"])]))
    corpus.add_article(make_article(
        "a2", "2019-10-02", "À Rouen, Mme Buzyn est revenue chez Lubrizol.",
        entities=[("e1", "PER", "Mme Buzyn", ["Mme Buzyn"]), ("e2", "ORG", "Lubrizol", ["Lubrizol"])]))
    corpus.add_article(make_article(
        "a3", "2019-10-03", "La chanteuse Buzyn sort un disque.",
        entities=[("e1", "PER", "Buzyn", ["Buzyn"])]))
    buzyn = corpus.find_entities("Agnès Buzyn")[0]
    assert [a["id"] for a in corpus.get_entity(buzyn["id"])["articles"]] == ["a2", "a1"]
    assert len(_people(corpus)) == 2


def test_an_office_title_is_no_name_of_the_person(corpus):
    assert not is_person_name("ministre des Solidarités et de la Santé")
    assert is_person_name("Valéry Giscard d'Estaing") and is_person_name("le président Emmanuel Macron")
    corpus.add_article(make_article(
        "a1", "2019-10-01", "Agnès Buzyn était à Rouen.", entities=[("e1", "PER", "Agnès Buzyn", ["Agnès Buzyn"])]))
    corpus.add_article(make_article(
        "a2", "2019-10-13", "La ministre des Solidarités et de la Santé, Agnès Buzyn, renonce.",
        entities=[("e1", "PER", "Agnès Buzyn", ["ministre des Solidarités et de la Santé", "Agnès Buzyn"])]))
    assert _people(corpus) == ["Agnès Buzyn"]


def test_acronym_and_full_name_of_an_organisation_join(corpus):
    corpus.add_article(make_article(
        "a1", "2019-10-02", "Les électeurs LR favorables à une alliance.", entities=[("e1", "ORG", "LR", ["LR"])]))
    corpus.add_article(make_article(
        "a2", "2019-10-12", "Christian Jacob prend la tête des Républicains.",
        entities=[("e1", "ORG", "Républicains", ["Républicains"])]))
    orgs = corpus.list_entities(type="ORG")["items"]
    assert [(o["name"], o["n_articles"]) for o in orgs] == [("Les Républicains", 2)]
