"""The article contract (``chronique/article/1``): data model, serialisation, validation."""

from .model import (
    Amount, Article, Block, Cue, Entity, Event, Mention, Participant, Published, Quote,
    SCHEMA_ID, Sentence, Source, Speaker, StageFailure, Timex, Trigger, content_id,
)
from .validate import schema, validate

__all__ = [
    "Amount", "Article", "Block", "Cue", "Entity", "Event", "Mention", "Participant",
    "Published", "Quote", "SCHEMA_ID", "Sentence", "Source", "Speaker", "StageFailure", "Timex", "Trigger",
    "content_id", "schema", "validate",
]
