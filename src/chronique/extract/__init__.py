"""Extractors: one stage per layer, run in order on one shared spaCy parse.

Adding an extractor is one module plus one line in ``default_stages``.
"""

from __future__ import annotations

from .stage import Stage


def default_stages() -> list[Stage]:
    from .entities import EntityStage
    from .time import TimeStage
    from .quotes import QuoteStage
    from .amounts import AmountStage
    from .events import EventStage

    return [
        EntityStage(),
        TimeStage(),
        QuoteStage(),
        AmountStage(),
        EventStage(),
    ]


__all__ = ["Stage", "default_stages"]
