"""The article contract (``chronique/article/1``): data model, serialisation, validation."""

from .model import (
    NAME_KINDS, Amount, Article, Block, Cue, Entity, Event, Mention, Participant, Published, Quote,
    SCHEMA_ID, Sentence, Source, Speaker, StageFailure, Timex, Trigger, content_id, new_entity_id,
)
from .validate import schema, validate

__all__ = [
    "Amount", "Article", "Block", "Cue", "Entity", "Event", "Mention", "Participant",
    "Published", "Quote", "SCHEMA_ID", "Sentence", "Source", "Speaker", "StageFailure", "Timex", "Trigger",
    "NAME_KINDS", "content_id", "new_entity_id", "schema", "validate",
]
