"""Named entities: spaCy's NER corrected by rules, variants resolved to one entity per referent."""

from .stage import EntityStage

__all__ = ["EntityStage"]
