"""Comparison forms of French text. One ``fold`` and its named variants, each for one use.

- ``fold``: lowercase, no accents, straight apostrophes — the key of every word table;
- ``fold_words``: ``fold`` with punctuation, hyphens and apostrophes turned into single spaces —
  the key of names ("Jean-Marc Ayrault" = "jean marc ayrault");
- ``fold_same_length``: accents off and straight apostrophes, one character for one, so that
  offsets found in the folded text hold in the original;
- ``squeeze``: lowercase and single spaces, accents kept — for tables whose keys keep accents.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NAME_SEPARATORS = re.compile(r"[\s\-‐‑–—'’ʼ`´.,;:()\[\]«»\"“”]+")
_SPACES = re.compile(r"\s+")
_SAME_LENGTH = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŸ’",
                             "aaaaaaceeeeiiiinooooouuuuyoaAAAAAACEEEEIIIINOOOOOUUUUY'")


def strip_accents(text: str) -> str:
    """``text`` without combining marks (``É`` → ``E``); other characters as they are."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=200_000)  # words repeat: each distinct form is folded once per process
def fold(text: str) -> str:
    """Lowercase without accents or typographic apostrophes."""
    return strip_accents(text.replace("’", "'").replace("‘", "'").lower())


@lru_cache(maxsize=65536)
def fold_words(text: str) -> str:
    """Lowercase, no accents (compatibility forms decomposed), punctuation → single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NAME_SEPARATORS.sub(" ", bare.casefold()).strip()


def fold_same_length(text: str) -> str:
    """Accents off, curly apostrophes straight, same length (offsets keep their meaning)."""
    return text.translate(_SAME_LENGTH)


def squeeze(text: str) -> str:
    """Lowercase, straight apostrophes, non-breaking hyphens plain, single spaces; accents kept."""
    return _SPACES.sub(" ", text.lower().replace("’", "'").replace("‑", "-")).strip()
