"""The stage interface: each extractor declares the layers it requires and assigns.

A stage is called with the article built so far and the one spaCy ``Doc`` parsed from
``article.text``; it returns a new article in which only its ``assigns`` layers changed.
``Pipeline`` checks the declarations when it is built and the result after every call.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from spacy.tokens import Doc

from ..article import Article

# Layers an article has before any stage runs (set by ingestion, cleaning and the parse).
BASE_LAYERS = frozenset({"text", "title", "dateline", "published", "source", "blocks", "sentences", "doc"})
LAYERS = frozenset({"published", "entities", "quotes", "timexes", "amounts", "events"})


class Stage(ABC):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def __call__(self, article: Article, doc: Doc) -> Article:
        """Return ``article`` with the ``assigns`` layers filled from ``doc``."""

    def __repr__(self) -> str:
        return f"<stage {self.name}: {','.join(self.requires)} -> {','.join(self.assigns)}>"
