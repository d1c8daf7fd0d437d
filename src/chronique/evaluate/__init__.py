"""Measuring Chronique against gold annotations (``gold/FORMAT.md``).

``score_article(gold, article)`` scores one article (pure, testable with hand-built
articles); ``aggregate`` micro-averages; ``evaluate_dir`` runs the pipeline on a gold folder;
``render_text`` / ``CorpusScores.to_json`` report.
"""

from .report import render_text
from .runner import evaluate_dir
from .score import CATEGORIES, score_article
from .scores import PRF, ArticleScores, CategoryScore, CorpusScores, Ratio, aggregate

__all__ = ["CATEGORIES", "PRF", "ArticleScores", "CategoryScore", "CorpusScores", "Ratio", "aggregate",
           "evaluate_dir", "render_text", "score_article"]
