"""Numbers that are not amounts, told by their context: a label ("article 5"), part of a name
("CAC 40", "Ligue 1"), or a year."""

from __future__ import annotations

import re

from ..entities.index import EntityIndex
from . import lexicon as lx
from .candidates import _Cand, _TokenFinder

LIST_SEPARATOR_RE = re.compile(r"[\s\u00a0]*(?:,|et|ou)[\s\u00a0]*")
PREV_WORD_RE = re.compile(r"([\w'’°]+)[\s\u00a0]*$")
YEAR_MIN, YEAR_MAX = 1000, 2100  # four-digit numbers in this range without a noun are years


def _check_context(c: _Cand, text: str, tokens: _TokenFinder, index: EntityIndex) -> None:
    """Rule out numbers that label something, sit inside a name, or are years."""
    if c.drop:
        return
    m = PREV_WORD_RE.search(text, max(0, c.start - 30), c.start)
    c.prev = m.group(1).lower() if m else ""
    if c.prev in lx.LABEL_NOUNS:
        c.drop = c.label = True
        return
    if c.prev in lx.MONTHS and c.value.is_integer() and YEAR_MIN <= c.value <= YEAR_MAX and not c.scaled:
        c.drop = True  # "en juillet 2020 Arméniens et Azerbaïdjanais": the year of a date, whatever follows
        return
    hit = index.mention_at(c.start)
    if hit is not None and (hit[0].start < c.start or re.match(r"[ \u00a0]+\w", text[c.end:hit[0].end])):
        c.drop = True  # "CAC 40", "Paris 2024": the number belongs to a name
        return
    tok = tokens.covering(c.start)
    if tok is not None and tok.i > 0 and c.kind != "money":
        prev = tokens.doc[tok.i - 1]
        if prev.text[:1].isupper() and prev.text.isalpha() and not prev.is_sent_start \
                and prev.idx + len(prev.text) < c.start and prev.pos_ in ("PROPN", "NOUN", "X"):
            c.drop = True  # "Ligue 1", "Boeing 737": a capitalised name followed by a number
            return
    if c.unit is None and not c.words and c.value.is_integer() and YEAR_MIN <= c.value <= YEAR_MAX \
            and not c.scaled:
        c.drop = True


def _label_lists(cands: list[_Cand], text: str) -> None:
    """"les lignes 1 et 14", "les tramways 1, 2, 5 et 8": numbers listed after a label are labels."""
    for a, b in zip(cands, cands[1:]):
        if a.label and not b.unit and LIST_SEPARATOR_RE.fullmatch(text, a.end, b.start):
            b.drop = b.label = True
