"""Chronique: read French news at scale.

>>> import chronique
>>> article = chronique.analyze("Olaf Scholz a reçu mercredi Emmanuel Macron à Berlin.", published="2023-03-08")
>>> article.to_json()["schema"]
'chronique/article/1'
"""

import logging
from typing import TYPE_CHECKING, Any

from .errors import (
    ChroniqueError, EmptyInputError, EncodingError, FormatError, InputError, LanguageError,
    PipelineError, StageError, StoreError, TooLargeError, UsageError,
)

if TYPE_CHECKING:
    from .analysis import analyze, analyze_many
    from .article import Article

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Loaded on first use: ``import chronique`` (and ``chronique --help``) must not load spaCy.
_LAZY = {"analyze": "analysis", "analyze_many": "analysis", "Article": "article"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__version__ = "0.1.0"

__all__ = sorted([
    "Article", "ChroniqueError", "EmptyInputError", "EncodingError", "FormatError", "InputError",
    "LanguageError", "PipelineError", "StageError", "StoreError", "TooLargeError", "UsageError", "analyze",
    "analyze_many",
])
