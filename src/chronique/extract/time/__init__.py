"""Time expressions (TIMEX3) and publication-date inference for French news."""

from .stage import TimeStage

__all__ = ["TimeStage"]
