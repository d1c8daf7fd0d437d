"""The stage pipeline: declarations checked at build time, results checked at run time, one parse."""

from __future__ import annotations

import pytest

from chronique.article import Article, Timex
from chronique.errors import PipelineError
from chronique.extract import Stage, default_stages
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


def test_a_failing_stage_leaves_its_layers_empty_and_the_rest_runs(nlp, caplog):
    counter = CountsDocs()
    article = Pipeline([Broken(), counter], nlp=nlp).analyze(RawArticle(TEXT, "<t>", title_in_text=False))
    assert article.amounts == () and article.text == TEXT
    assert len(counter.docs) == 1
    assert "'broken' failed" in caplog.text
