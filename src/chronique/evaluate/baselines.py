"""The naïve baselines the stages are measured against (``chronique evaluate --quotes-baseline``).

Quotations: every « … » span is a quotation; its speaker is the nearest PER entity found by spaCy
before it. No indirect speech, no pronouns, no roles: what one gets in ten lines. A baseline is
an evaluation device, not an extractor: it lives here, above the pipeline it plugs into, and the
extractors never see it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..article import Article, Quote, Speaker
from ..extract import Stage, default_stages
from ..pipeline import Pipeline

_GUILLEMETS = re.compile(r"«\s*([^«»]*?)\s*»")


class NaiveQuoteStage(Stage):
    name = "quotes"
    requires = ("entities", "timexes")  # where the real quotation stage runs
    assigns = ("quotes",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        people = [e for e in doc.ents if e.label_ == "PER"]
        quotes = []
        for m in _GUILLEMETS.finditer(article.text):
            if not m.group(1):
                continue
            before = [e for e in people if e.end_char <= m.start()]
            speaker = None
            if before:
                e = before[-1]
                speaker = Speaker(text=e.text, start=e.start_char, end=e.end_char,
                                  entity=_entity_id(article, e.start_char, e.end_char))
            quotes.append(Quote(id=f"q{len(quotes) + 1}", kind="direct", text=m.group(1),
                                start=m.start(1), end=m.end(1), speaker=speaker))
        return article.with_layers(quotes=tuple(quotes))


def _entity_id(article: Article, start: int, end: int) -> str | None:
    for e in article.entities:
        for m in e.mentions:
            if m.start <= start and end <= m.end:
                return e.id
    return None


def quote_baseline_stages() -> list[Stage]:
    """The default stages with the quotation stage replaced by the naïve baseline."""
    return [NaiveQuoteStage() if s.name == "quotes" else s for s in default_stages()]


def quote_baseline_pipeline() -> Pipeline:
    """A pipeline scoring the quotation baseline."""
    return Pipeline(stages=quote_baseline_stages())


__all__ = ["NaiveQuoteStage", "quote_baseline_pipeline", "quote_baseline_stages"]
