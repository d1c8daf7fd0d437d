"""A flat, read-only view of the tokens of one ``Doc``: the attributes the rules read, computed once.

spaCy ``Token`` objects are created on every access; the rules look at neighbours many times, so
the stage builds these lists once per article (one pass, O(n)).
"""

from __future__ import annotations

import re

from spacy.attrs import IDX, LENGTH, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc

from .tables import fold

# Characters after which a capital says nothing about a name: sentence ends, quotation
# openers, colons, dashes and brackets.
OPENING_CHARS = frozenset(".!?…«“\"(:;-–—[\n»”")
_LETTER = re.compile(r"[^\W\d_]")
# Where a token after an opening character (and spaces) may start, and at the text's start.
_AFTER_OPENING = re.compile("^ *|[" + "".join(re.escape(c) for c in sorted(OPENING_CHARS)) + "] *")
UNKNOWN = object()  # a per-token result not computed yet


def _acronym(t: str) -> bool:
    """A capitalised token in capitals: "SNCF", "LR", "CGT" (not "M4", "Le")."""
    if len(t) < 2 or not t[1].isupper():
        return False
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not any(c.isdigit() for c in t)


class Tokens:
    __slots__ = ("doc", "string", "text", "lower", "key", "pos", "start", "end", "initial", "cap", "n", "lowercase_words",
                 "_ent_of", "head_ends", "acronym")

    def __init__(self, doc: Doc, text: str | None = None):
        """``text``: the text ``doc`` was parsed from, when the caller has it (the article's):
        the tokens are then cut from it rather than looked up one by one in the string store."""
        self.doc = doc
        self._ent_of: list[int] | None = None
        # one array read instead of a Token object per token
        if len(doc):
            # (row by row: the columns of the transposed array, read at once, measurably raise
            # the resident memory the parse of later batches leaves behind)
            columns = [list(c) for c in zip(*doc.to_array([ORTH, POS, IDX, SENT_START, SPACY, LENGTH]).tolist())]
        else:
            columns = [[] for _ in range(6)]
        orth, pos, idx, sent_start, spacy, length = columns
        strings = doc.vocab.strings
        if text is not None and len(text) == (idx[-1] + length[-1] + spacy[-1] if idx else 0):
            # spaCy's tokens are slices of the text: each token and its space, no more
            self.string = text
            self.text = [text[s:s + n] for s, n in zip(idx, length)]
        else:
            names = {h: strings[h] for h in set(orth)}  # one string look-up per distinct form
            self.text = [names[h] for h in orth]
            # Doc.text, without the Token object per token it costs: each token and its space
            self.string = "".join([t + " " if ws else t for t, ws in zip(self.text, spacy)])
        text = self.string
        names = {p: strings[p] if p else "" for p in set(pos)}
        self.pos = [names[p] for p in pos]
        self.lower = [t.lower() for t in self.text]
        # (a lower-case ASCII word is its own folded form: no accent, no curly apostrophe)
        keys = {low: low if low.isascii() else fold(low) for low in set(self.lower)}
        self.key = [keys[low] for low in self.lower]
        self.start = idx
        self.end = [s + n for s, n in zip(idx, length)]
        self.n = n = len(self.text)
        self.cap = [bool(t) and t[0].isupper() for t in self.text]
        # a sentence start, or after an opening character and spaces, or at the start of the text
        after_opening = {m.end() for m in _AFTER_OPENING.finditer(text)}
        initial = [ss == 1 or s in after_opening for ss, s in zip(sent_start, idx)]
        if n:
            initial[0] = True
        for i, (s, e) in enumerate(zip(idx[1:], self.end), 1):
            if s == e and not initial[i] and text[s - 1].islower():
                initial[i] = True  # glued to the word before ("apaisementInterrogé"): a lost break
        self.initial = initial
        # words this article also writes in lowercase: evidence that a capitalised occurrence
        # at a sentence start is the common word ("Coronavirus : ..." beside "le coronavirus")
        self.lowercase_words = {low for low, cap, ini in zip(self.lower, self.cap, initial) if not cap and not ini}
        self.head_ends: list = [UNKNOWN] * self.n  # ``roles.head_end`` of each token, once asked
        self.acronym = [cap and _acronym(t) for cap, t in zip(self.cap, self.text)]

    def entity_of(self) -> list[int]:
        """For every token, the index of the model entity (``doc.ents``) covering it, -1 for none."""
        if self._ent_of is None:
            ent_of = [-1] * self.n
            for k, ent in enumerate(self.doc.ents):
                for t in range(ent.start, ent.end):
                    ent_of[t] = k
            self._ent_of = ent_of
        return list(self._ent_of)

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and bool(_LETTER.search(self.text[i]))

    def is_acronym(self, i: int) -> bool:
        return self.acronym[i]

    def span_text(self, i: int, j: int) -> str:
        return self.string[self.start[i]:self.end[j - 1]] if j > i else ""
