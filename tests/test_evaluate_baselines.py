"""The naïve baselines of ``chronique evaluate`` (``evaluate/baselines.py``)."""

from __future__ import annotations

from chronique.evaluate.baselines import NaiveQuoteStage, quote_baseline_stages
from chronique.extract.quotes import QuoteStage


def test_naive_baseline_takes_the_nearest_person_before(nlp):
    from chronique.extract.entities import EntityStage
    from chronique.extract.time.stage import TimeStage
    from chronique.ingest import RawArticle
    from chronique.pipeline import Pipeline

    pipeline = Pipeline(stages=[EntityStage(), TimeStage(), NaiveQuoteStage()], nlp=nlp)
    text = "Emmanuel Macron a reçu Olaf Scholz. « Nous sommes d'accord », a dit le président français."
    article = pipeline.analyze(RawArticle(text=text, source="<t>", title="T", title_in_text=False))
    (q,) = article.quotes
    assert q.text == "Nous sommes d'accord" and q.speaker.text == "Olaf Scholz"


def test_baseline_replaces_only_the_quotation_stage():
    stages = quote_baseline_stages()
    quotes = [s for s in stages if s.name == "quotes"]
    assert len(quotes) == 1 and isinstance(quotes[0], NaiveQuoteStage) and not isinstance(quotes[0], QuoteStage)
    assert NaiveQuoteStage.requires == QuoteStage.requires and NaiveQuoteStage.assigns == QuoteStage.assigns
    assert len(stages) > 1
