"""Scoring one article against its gold annotation: pure functions, no pipeline, no files."""

from __future__ import annotations

from typing import Any

from ..article import Article
from .amounts import score_amounts
from .entities import EntityAlignment, score_entities
from .events import score_events
from .layout import score_layout
from .quotes import score_indirect, score_quotes
from .scores import ArticleScores, CategoryScore
from .timexes import score_published, score_timexes

# Report order of the categories.
CATEGORIES = ("layout", "entities", "quotes", "indirect", "timexes", "published", "amounts", "events",
              "cross_document")


def score_article(gold: dict[str, Any], article: Article, undated: Article | None = None,
                  doc: str | None = None) -> ArticleScores:
    """Every category of ``gold`` scored on ``article`` (analysed with the gold publication date).

    ``undated`` is the same text analysed without a publication date; when given, the
    inference of that date is scored too (category ``published``).
    """
    align = EntityAlignment(gold.get("entities") or [], article.entities)
    cats: dict[str, CategoryScore] = {
        "layout": score_layout(gold, article),
        "entities": score_entities(gold, article, align),
        "quotes": score_quotes(gold, article, align),
        "indirect": score_indirect(gold, article, align),
        "timexes": score_timexes(gold, article),
    }
    if undated is not None:
        cats["published"] = score_published(gold, undated)
    cats["amounts"] = score_amounts(gold, article)
    cats["events"] = score_events(gold, article, align)
    if gold.get("cross_document"):
        cats["cross_document"] = CategoryScore(
            metrics={"articles_with_facts": 1},
            note="cross-document facts are not scored yet (needs the store's linking)")
    return ArticleScores(doc=doc or gold.get("doc") or article.id, categories=cats)


def empty_article(doc: str) -> Article:
    """What a failed analysis produced: nothing (every gold item counts as missed)."""
    return Article(id=doc, text="")
