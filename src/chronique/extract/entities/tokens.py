"""A flat, read-only view of the tokens of one ``Doc``: the attributes the rules read, computed once.

spaCy ``Token`` objects are created on every access; the rules look at neighbours many times, so
the stage builds these lists once per article (one pass, O(n)).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .tables import fold

# Characters after which a capital says nothing about a name: sentence ends, quotation
# openers, colons, dashes and brackets.
OPENING_CHARS = frozenset(".!?…«“\"(:;-–—[\n»”")
_LETTER = re.compile(r"[^\W\d_]")


class Tokens:
    __slots__ = ("doc", "text", "lower", "key", "pos", "start", "end", "initial", "cap", "n")

    def __init__(self, doc: Doc):
        self.doc = doc
        text = doc.text
        self.text = [t.text for t in doc]
        self.lower = [t.lower() for t in self.text]
        self.key = [fold(t) for t in self.text]
        self.pos = [t.pos_ for t in doc]
        self.start = [t.idx for t in doc]
        self.end = [t.idx + len(t) for t in doc]
        self.n = len(self.text)
        self.cap = [bool(t) and t[0].isupper() for t in self.text]
        initial = [False] * self.n
        for i, tok in enumerate(doc):
            if tok.is_sent_start or i == 0:
                initial[i] = True
                continue
            j = self.start[i] - 1
            while j >= 0 and text[j] == " ":
                j -= 1
            if j < 0 or text[j] in OPENING_CHARS:
                initial[i] = True
            elif j == self.start[i] - 1 and text[j].islower():
                initial[i] = True  # glued to the word before ("apaisementInterrogé"): a lost break
        self.initial = initial

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and bool(_LETTER.search(self.text[i]))

    def is_acronym(self, i: int) -> bool:
        t = self.text[i]
        letters = [c for c in t if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    def span_text(self, i: int, j: int) -> str:
        return self.doc.text[self.start[i]:self.end[j - 1]] if j > i else ""
