"""A flat, read-only view of the tokens of one ``Doc``: the attributes the rules read, computed once.

spaCy ``Token`` objects are created on every access; the rules look at neighbours many times, so
the stage builds these lists once per article (one pass, O(n)).
"""

from __future__ import annotations

import re

from spacy.attrs import IDX, ORTH, POS, SENT_START
from spacy.tokens import Doc

from .tables import fold

# Characters after which a capital says nothing about a name: sentence ends, quotation
# openers, colons, dashes and brackets.
OPENING_CHARS = frozenset(".!?…«“\"(:;-–—[\n»”")
_LETTER = re.compile(r"[^\W\d_]")


class Tokens:
    __slots__ = ("doc", "string", "text", "lower", "key", "pos", "start", "end", "initial", "cap", "n", "lowercase_words")

    def __init__(self, doc: Doc):
        self.doc = doc
        text = self.string = doc.text  # Doc.text re-joins every token on each access: read it once
        # one array read instead of a Token object per token; one string look-up per distinct form
        arr = doc.to_array([ORTH, POS, IDX, SENT_START]).tolist() if len(doc) else []
        strings, names = doc.vocab.strings, {}
        for h, p, _, _ in arr:
            if h not in names:
                names[h] = strings[h]
            if p not in names:
                names[p] = strings[p] if p else ""
        self.text = [names[r[0]] for r in arr]
        self.lower = [t.lower() for t in self.text]
        self.key = [fold(t) for t in self.lower]
        self.pos = [names[r[1]] for r in arr]
        self.start = [r[2] for r in arr]
        self.end = [r[2] + len(t) for r, t in zip(arr, self.text)]
        self.n = len(self.text)
        sent_start = [r[3] == 1 for r in arr]
        self.cap = [bool(t) and t[0].isupper() for t in self.text]
        initial = [False] * self.n
        for i in range(self.n):
            if i == 0 or sent_start[i]:
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
        # words this article also writes in lowercase: evidence that a capitalised occurrence
        # at a sentence start is the common word ("Coronavirus : ..." beside "le coronavirus")
        self.lowercase_words = {self.lower[i] for i in range(self.n) if not self.cap[i] and not initial[i]}

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and bool(_LETTER.search(self.text[i]))

    def is_acronym(self, i: int) -> bool:
        t = self.text[i]
        if not self.cap[i] or len(t) < 2 or not t[1].isupper():
            return False
        letters = [c for c in t if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and not any(c.isdigit() for c in t)

    def span_text(self, i: int, j: int) -> str:
        return self.string[self.start[i]:self.end[j - 1]] if j > i else ""
