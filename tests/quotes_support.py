"""Helpers shared by the quotation tests: a pipeline of entities, cast, time and quotes on the real model."""

from __future__ import annotations

import pytest

from chronique.extract.quotes import QuoteStage


@pytest.fixture(scope="module")
def quote_pipeline(nlp):
    from chronique.extract.cast.stage import CastStage
    from chronique.extract.entities import EntityStage
    from chronique.extract.time.stage import TimeStage
    from chronique.pipeline import Pipeline

    return Pipeline(stages=[EntityStage(), CastStage(), TimeStage(), QuoteStage()], nlp=nlp)


def run(pipeline, text, title="Titre"):
    from chronique.ingest import RawArticle

    article = pipeline.analyze(RawArticle(text=text, source="<test>", title=title, title_in_text=False))
    assert article.check_offsets() == []
    return article


def speaker_name(article, quote):
    """The entity name of the speaker, else the words naming it."""
    if quote.speaker is None:
        return None
    if quote.speaker.entity:
        return article.entity(quote.speaker.entity).name
    return quote.speaker.text


def quote_with(article, words):
    """The first quotation (of any kind) whose text holds ``words``."""
    return next(q for q in article.quotes if words in q.text)


def only(article, kind):
    return [q for q in article.quotes if q.kind == kind]
