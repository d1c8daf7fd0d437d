"""Quotations and reported speech: direct and partial quotes, indirect speech, speakers and cues."""

from .baseline import NaiveQuoteStage
from .stage import QuoteStage

__all__ = ["NaiveQuoteStage", "QuoteStage"]
