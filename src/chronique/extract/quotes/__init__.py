"""Quotations and reported speech: direct and partial quotes, indirect speech, speakers and cues.

The naïve baseline they are measured against is ``chronique.evaluate.baselines``.
"""

from .stage import QuoteStage

__all__ = ["QuoteStage"]
