"""TIMEX3 values of durations ("pendant trois ans", "une décennie") and sets ("chaque lundi",
"tous les ans"); a judged period ("une année « record »") is no duration."""

from __future__ import annotations

import re
from datetime import date

from .dates import duration_value, lookup, parse_number, squeeze, weekday_num
from .lexicon import DURATION_MODS, DURATION_NOUNS, PERIOD_QUALIFIERS, SET_WORDS
from ...lang.fr.numbers import APPROX_NUMBER_NOUNS
from .normalize_anchor import Prev, Value
from .patterns import Candidate

# an opening quotation mark ("« record »", '"record"'), not a closing one ('"Je me donne un an",')
QUALIFIER_AFTER = re.compile(r"\s*(?:(?P<q>«|[\"“](?=[^\W\d_]))|(?P<w>[^\W\d_]+)\b)")


def normalize_duration(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    if _characterises(c, text, g):
        return None
    n = _quantity(g)
    if g.get("half") and n is not None:
        n += 0.5
    mod = lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
    if g.get("approx"):
        mod = mod or "APPROX"
    return "DURATION", duration_value(n, g["u"]), mod, None


def normalize_duration_noun(c: Candidate, text: str, ref: date | None, tense: str | None,
                            prev: Prev | None) -> Value | None:
    g = c.groups
    mod = lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
    return "DURATION", lookup(DURATION_NOUNS, g["n"]), mod, None


def normalize_longtemps(c: Candidate, text: str, ref: date | None, tense: str | None,
                        prev: Prev | None) -> Value | None:
    return "DURATION", "PXY", None, None


def normalize_set_every(c: Candidate, text: str, ref: date | None, tense: str | None,
                        prev: Prev | None) -> Value | None:
    g = c.groups
    if g.get("wd"):
        return "SET", f"XXXX-WXX-{weekday_num(g['wd'])}", None, None
    wd = weekday_num(g["u"])
    if wd:
        return "SET", f"XXXX-WXX-{wd}", None, None
    n = parse_number(g["q"]) if g.get("q") else 1.0
    return "SET", duration_value(n or 1.0, g["u"]), None, None


def normalize_set_word(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    v = lookup(SET_WORDS, g["t"])
    if v is None:
        return None
    return "SET", (f"XXXX-XX-XX{v}" if v.startswith("T") else v), None, None


def _characterises(c: Candidate, text: str, g: dict) -> bool:
    """'une année « record »', 'une semaine noire': a judged period, not a measured duration."""
    if squeeze(g.get("q", "")) not in ("un", "une") or g.get("mod") or g.get("approx"):
        return False
    m = QUALIFIER_AFTER.match(text, c.end)
    return bool(m and (m.group("q") or squeeze(m.group("w")) in PERIOD_QUALIFIERS))


def _quantity(g: dict) -> float | None:
    if g.get("approx"):
        return float(APPROX_NUMBER_NOUNS[squeeze(g["approx"])])
    q = g.get("q", "")
    return parse_number(q)
