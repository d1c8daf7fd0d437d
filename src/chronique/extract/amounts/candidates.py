"""Candidate amounts: every number of the text, in digits, in words or as a collective noun
("une douzaine"), as a ``_Cand`` the later steps extend or drop; and ``_TokenFinder``, their
way from a character offset into the parse."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...lang.fr.numbers import ARTICLE_WORDS, DIGITS_RE, WORDS_RE, parse_digits, parse_words
from ...nlp.offsets import token_index_at
from . import lexicon as lx
from .unit_patterns import _SP, CURRENCY_RE

_APPROX_QUANT = "un|une|la|le|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
# A definite article counts one: "la cinquantaine de militaires", "le millier de manifestants".
_DEFINITE = frozenset({"la", "le"})
_APPROX_NOUN = "|".join(sorted(lx.APPROX_NUMBER_NOUNS, key=len, reverse=True))
_APPROX_HEDGES = "|".join(sorted(lx.APPROX_HEDGES, key=len, reverse=True))
# "une douzaine de départs", "deux centaines de personnes", "une petite cinquantaine de personnes";
# not "une centaine de milliers" (no value)
APPROX_NOUN_RE = re.compile(
    rf"(?<![\w\-])(?P<q>{_APPROX_QUANT}){_SP}(?:(?:{_APPROX_HEDGES}){_SP})?(?P<n>{_APPROX_NOUN})s?"
    rf"(?=[ \u00a0]*(?:de|d['’]))"
    rf"(?![ \u00a0]*(?:de|d['’])[ \u00a0]*(?:milliers|millions|milliards))", re.IGNORECASE)

# "le million d'euros", "le milliard de dollars": one of the scale, counted like "un million".
DEFINITE_SCALE_RE = re.compile(rf"(?<![\w\-])(?:le|du|au){_SP}(?P<n>million|milliard)(?=[ \u00a0]*(?:de|d['’]))",
                               re.IGNORECASE)
SCALE_VALUES = {"million": 1e6, "milliard": 1e9}


@dataclass
class _Cand:
    start: int
    end: int
    value: float
    words: bool            # written in words
    scaled: bool = False
    scale: float = 1.0     # the scale word's factor ("millions": 1e6), 1 when none
    unit: str | None = None
    kind: str = "count"
    drop: bool = False
    sent: int = 0
    prev: str = ""
    sign: bool = False          # written with + or -: a change, never an elliptical count
    noun_follows: bool = False  # a noun follows that is not what it counts ("à cinq reprises")
    money_noun: bool = False    # "40 milliards de dépenses": a sum of money in an implicit currency
    approx: bool = False        # a collective number noun: "une douzaine"
    label: bool = False         # labels something ("ligne 13"), as do the numbers listed after it


class _TokenFinder:
    def __init__(self, doc: Doc):
        self.doc = doc

    def covering(self, offset: int) -> Token | None:
        i = token_index_at(self.doc, offset)
        return self.doc[i] if i >= 0 else None


def _candidates(text: str) -> list[_Cand]:
    cands: list[_Cand] = []
    for m in DIGITS_RE.finditer(text):
        value = parse_digits(m.group("num"), m.group("sign"))
        if value is not None:
            cands.append(_Cand(m.start(), m.end(), value, words=False, sign=m.group("sign") is not None))
    for m in APPROX_NOUN_RE.finditer(text):
        q = 1.0 if m.group("q").lower() in _DEFINITE else parse_words(m.group("q"))
        if q is not None:  # scaled: like "millions", the counted noun follows after "de"
            cands.append(_Cand(m.start(), m.end(), q * lx.APPROX_NUMBER_NOUNS[m.group("n").lower()],
                               words=True, scaled=True, approx=True))
    for m in DEFINITE_SCALE_RE.finditer(text):
        cands.append(_Cand(m.start(), m.end(), SCALE_VALUES[m.group("n").lower()], words=True, scaled=True,
                           scale=SCALE_VALUES[m.group("n").lower()]))
    taken = [(c.start, c.end) for c in cands]
    for m in WORDS_RE.finditer(text):
        words = m.group().lower()
        if words in ARTICLE_WORDS and not CURRENCY_RE.match(text, m.end()):
            continue  # "un", "une" alone are articles ("un euro", "un dollar" are one of a currency)
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if words in lx.SCALES or words.startswith(("cent", "cents")) and text[max(0, m.start() - 5):m.start()].lower().startswith("pour"):
            continue  # a scale word alone belongs to the number before it; "pour cent" is a percent sign
        value = parse_words(m.group())
        if value is not None:
            cands.append(_Cand(m.start(), m.end(), value, words=True,
                               scaled=any(w in lx.SCALES for w in re.split(r"[\s\-]+", words))))
    cands.sort(key=lambda c: c.start)
    return cands
