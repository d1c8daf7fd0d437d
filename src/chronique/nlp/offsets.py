"""Character offsets of the shared ``Doc``'s tokens, computed once per article for every stage."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc

_KEY = "chronique.token_starts"


def token_starts(doc: Doc) -> list[int]:
    """Start offset of every token, in order (cached on the ``Doc``: stages share one list)."""
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = doc.user_data[_KEY] = doc.to_array([IDX]).ravel().tolist() if len(doc) else []
    return starts


def token_index_at(doc: Doc, offset: int) -> int:
    """Index of the token covering character ``offset`` (or the last one starting before it); -1 before the first."""
    return bisect_right(token_starts(doc), offset) - 1
