"""Amounts: money (ISO 4217), percentages, measures and counts with their counted noun."""

from .stage import AmountStage, find_amounts

__all__ = ["AmountStage", "find_amounts"]
