"""Sentence boundaries set before the parser runs.

The parser of ``fr_core_news_md`` splits badly around French quotation marks and headline
lines: a lone ``«`` closing a sentence, 80-token "sentences" across a subheading. We decide
every token's ``is_sent_start`` ourselves (start or not) from punctuation, quotation marks
and line breaks; the parser respects those preset values.

This runs on every article before the parse, so it works on the token array (hashes) and
only looks at strings around the few terminators and line breaks.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc

TERMINATORS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
# Marks that close what a terminator ends: `travailler. »` ends after the ».
CLOSERS = frozenset({"»", "”", '"', ")", "]", "’", "'"})
OPENERS = frozenset({"«", "“", '"', "(", "[", "-", "–", "—", "‹", "•"})  # (a bullet opens an item)
QUOTE_OPENERS = frozenset({"«", "“", '"'})
_TERMINATOR_CHARS = frozenset(".!?…")


def _is_initial(text: str) -> bool:
    """A capital letter and its stop in one token ("D.", "J."): an initial, or a line's letter ending a sentence."""
    return len(text) == 2 and text[1] == "." and text[0].isupper()


def _is_terminator(text: str) -> bool:
    return text in TERMINATORS or (len(text) > 1 and set(text) <= _TERMINATOR_CHARS)


def _starts_sentence(text: str) -> bool:
    if text in OPENERS:
        return True
    first = text[0]
    return first.isupper() or first.isdigit()


def set_sentence_starts(doc: Doc) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    arr = doc.to_array([ORTH, SPACY])
    orths = arr[:, 0]
    trailing_space = arr[:, 1]
    strings = doc.vocab.strings
    # One string look-up per distinct token form, not per token.
    texts = {h: strings[h] for h in np.unique(orths).tolist()}
    token_text = [texts[h] for h in orths.tolist()]
    starts = np.full(n, -1, dtype=np.int64)  # SENT_START: 1 a start, -1 not a start
    starts[0] = 1
    for i, text in enumerate(token_text):
        if text.isspace():
            if "\n" in text and i + 1 < n:
                starts[i + 1] = 1  # a line break always ends a sentence
            continue
        if _is_initial(text) and i + 1 < n and token_text[i + 1] in QUOTE_OPENERS and trailing_space[i] \
                and i > 0 and not token_text[i - 1].istitle():
            starts[i + 1] = 1  # "dans le RER D. « La personne … »" (not "Kevin M. « ne comprend pas »")
            continue
        if not _is_terminator(text):
            continue
        j = i + 1
        while j < n and token_text[j] in CLOSERS:
            # A straight quote touching the next word after a space opens a quotation instead.
            if token_text[j] == '"' and trailing_space[j - 1] and not trailing_space[j]:
                break
            j += 1
        while j < n and token_text[j].isspace() and "\n" not in token_text[j]:
            j += 1
        if j < n and not token_text[j].isspace() and _starts_sentence(token_text[j]):
            starts[j] = 1
    for i, text in enumerate(token_text):
        if i and text.isspace():
            starts[i] = -1  # whitespace belongs to the sentence before
    # spaCy reads attribute arrays as uint64: -1 goes through as its two's complement.
    doc.from_array([SENT_START], starts.view(np.uint64).reshape(-1, 1))
    return doc
