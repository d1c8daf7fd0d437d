"""Amounts: matched by span (text or ``alt_text``), scored on (value, unit)."""

from __future__ import annotations

import math
from typing import Any

from ..article import Amount, Article
from .gold import label, optional, texts
from .matching import match
from .normalise import norm, span_match
from .scores import CategoryScore

# Unit spellings that mean the same unit (the schema asks for ISO 4217 codes and '%').
UNIT_SYNONYMS = {
    "€": "eur", "euro": "eur", "euros": "eur",
    "$": "usd", "dollar": "usd", "dollars": "usd",
    "£": "gbp", "livre": "gbp", "livres": "gbp",
    "pourcent": "%", "pour cent": "%", "pourcents": "%",
}
# Relative tolerance on values: absorbs float noise (1,15 million → 1149999.9999), not errors.
VALUE_TOLERANCE = 1e-6


def unit_key(unit: str | None) -> str:
    """A unit folded for comparison: synonyms, case, and a plural ``s``/``x`` (``soldat`` = ``soldats``)."""
    u = norm(unit)
    u = UNIT_SYNONYMS.get(u, u)
    if len(u) > 3 and u[-1] in "sx":
        u = u[:-1]
    return u


def value_ok(gold_value: Any, system_value: float) -> bool:
    try:
        g = float(gold_value)
    except (TypeError, ValueError):
        return False
    return math.isclose(g, float(system_value), rel_tol=VALUE_TOLERANCE, abs_tol=VALUE_TOLERANCE)


def _full(g: dict[str, Any], s: Amount) -> bool:
    return value_ok(g.get("value"), s.value) and unit_key(g.get("unit")) == unit_key(s.unit)


def score_amounts(gold: dict[str, Any], article: Article) -> CategoryScore:
    cat = CategoryScore()
    full = cat.prf("amounts")          # span + value + unit: the headline score
    detection = cat.prf("detection")   # span only
    golds = [a for a in gold.get("amounts", []) if isinstance(a, dict) and texts(a)]
    system = list(article.amounts)

    def score(g: dict[str, Any], s: Amount) -> float:
        if not any(span_match(t, s.text) for t in texts(g)):
            return 0
        return 1.0 + 2.0 * _full(g, s)

    pairs = match(golds, system, score)
    full_sys: set[int] = set()
    for gi, g in enumerate(golds):
        si = pairs.get(gi)
        if si is None:
            if not optional(g):
                detection.fn += 1
                full.fn += 1
                cat.misses.append(f"{label(g)} = {g.get('value')} {g.get('unit')}")
            continue
        s = system[si]
        detection.tp += 1
        if _full(g, s):
            full.tp += 1
            full_sys.add(si)
        else:
            if not optional(g):
                full.fn += 1
            cat.errors.append(f"{label(g)} is {g.get('value')} {g.get('unit')}, system says {s.value:g} {s.unit}")
    matched = set(pairs.values())
    for si, s in enumerate(system):
        if si not in matched:
            detection.fp += 1
            cat.false_positives.append(f"{s.text!r} = {s.value:g} {s.unit}")
        if si not in full_sys:
            full.fp += 1
    return cat
