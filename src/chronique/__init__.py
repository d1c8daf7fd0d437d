"""Chronique: read French news at scale.

>>> import chronique
>>> article = chronique.analyze("Olaf Scholz a reçu mercredi Emmanuel Macron à Berlin.", published="2023-03-08")
>>> article.to_json()["schema"]
'chronique/article/1'
"""

import logging

from .analysis import analyze, analyze_many
from .article import Article
from .errors import (
    ChroniqueError, EmptyInputError, EncodingError, FormatError, InputError, LanguageError,
    PipelineError, StoreError, TooLargeError, UsageError,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = sorted([
    "Article", "ChroniqueError", "EmptyInputError", "EncodingError", "FormatError", "InputError",
    "LanguageError", "PipelineError", "StoreError", "TooLargeError", "UsageError", "analyze",
    "analyze_many",
])
