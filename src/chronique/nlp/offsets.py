"""Character offsets of the shared ``Doc``'s tokens, and other per-article readings of its arrays,
computed once per article for every stage."""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, TypeVar

from spacy.attrs import IDX
from spacy.tokens import Doc

T = TypeVar("T")


def per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """``compute(doc)``, cached on the ``Doc`` under ``key`` (the stages share one parse)."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = compute(doc)
    return value


def token_starts(doc: Doc) -> list[int]:
    """Start offset of every token, in order."""
    return per_doc(doc, "chronique.token_starts", lambda d: d.to_array([IDX]).ravel().tolist() if len(d) else [])


def token_index_at(doc: Doc, offset: int) -> int:
    """Index of the token covering character ``offset`` (or the last one starting before it); -1 before the first."""
    return bisect_right(token_starts(doc), offset) - 1
