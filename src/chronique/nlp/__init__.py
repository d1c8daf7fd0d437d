"""The one spaCy model every stage shares, with Chronique's own sentence boundaries."""

from .model import MODEL_NAME, load_nlp
from .offsets import token_index_at, token_starts
from .sentences import set_sentence_starts

__all__ = ["MODEL_NAME", "load_nlp", "set_sentence_starts", "token_index_at", "token_starts"]
