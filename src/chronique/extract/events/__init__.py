"""Events: PLOVER-typed interactions between named entities, with time, place and modality."""

from .stage import EventStage, find_events

__all__ = ["EventStage", "find_events"]
