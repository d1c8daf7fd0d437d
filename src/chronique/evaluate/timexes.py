"""Time expressions and publication-date inference.

A system timex answers a gold timex when its text matches the gold ``text`` or one of its
``alt_text`` by the span rule. A gold timex marked ``split_ok`` is also found when several
system timexes, close together, each lie inside it and cover at least half of it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..article import Article, Timex
from .gold import label, optional, published_accept, published_value, texts
from .matching import match
from .normalise import norm, span_match
from .scores import CategoryScore

# Largest gap (characters) between the pieces of a split timex beyond the gold string's length:
# room for the spaces and small words ("du", "au") a system leaves out between pieces.
SPLIT_SLACK = 8


def value_ok(gold_value: str | None, system_value: str | None) -> bool:
    """Equal TIMEX3 values, case aside."""
    return bool(gold_value) and (gold_value or "").upper() == (system_value or "").upper()


def score_timexes(gold: dict[str, Any], article: Article) -> CategoryScore:
    cat = CategoryScore()
    prf = cat.prf("detection")
    type_acc = cat.ratio("type_accuracy")
    value_acc = cat.ratio("value_accuracy")
    cat.metrics.setdefault("not_timex_hits", 0)
    golds = [t for t in gold.get("timexes", []) if isinstance(t, dict) and texts(t)]
    system = list(article.timexes)

    def score(g: dict[str, Any], s: Timex) -> float:
        if not any(span_match(t, s.text) for t in texts(g)):
            return 0
        exact = any(norm(t) == norm(s.text) for t in texts(g))
        return 1.0 + 2.0 * value_ok(g.get("value"), s.value) + exact + 0.5 * (g.get("type") == s.type)

    pairs = match(golds, system, score)
    used = set(pairs.values())
    found: dict[int, list[Timex]] = {gi: [system[si]] for gi, si in pairs.items()}
    for gi, g in enumerate(golds):
        if gi not in found and g.get("split_ok"):
            pieces = _split_pieces(g, system, used)
            if pieces:
                found[gi] = [system[si] for si in pieces]
                used.update(pieces)
    for gi, g in enumerate(golds):
        hits = found.get(gi)
        if not hits:
            if not optional(g):
                prf.fn += 1
                cat.misses.append(f"{label(g)} {g.get('type')} {g.get('value')}")
            continue
        prf.tp += 1
        if g.get("type"):
            ok = any(h.type == g["type"] for h in hits)
            type_acc.add(ok)
            if not ok:
                cat.errors.append(f"type: {label(g)} is {g['type']}, system says {hits[0].type}")
        if g.get("value"):
            ok = any(value_ok(g["value"], h.value) for h in hits) or (
                len(hits) > 1 and "/".join(h.value for h in hits).upper() == g["value"].upper())
            value_acc.add(ok)
            if not ok:
                cat.errors.append(f"value: {label(g)} is {g['value']}, system says "
                                  f"{', '.join(h.value for h in hits)} ({hits[0].text!r})")
    not_timexes = [t for t in gold.get("not_timexes", []) if isinstance(t, str)]
    for si, s in enumerate(system):
        if si in used:
            continue
        prf.fp += 1
        why = ""
        if any(span_match(t, s.text) for t in not_timexes):
            cat.count("not_timex_hits")
            why = " (listed in not_timexes)"
        cat.false_positives.append(f"{s.text!r} {s.type} {s.value}{why}")
    return cat


def _split_pieces(g: dict[str, Any], system: list[Timex], used: set[int]) -> list[int]:
    for text in texts(g):
        whole = norm(text)
        pieces = [si for si, s in enumerate(system) if si not in used and norm(s.text) and norm(s.text) in whole]
        if not pieces:
            continue
        start = min(system[si].start for si in pieces)
        end = max(system[si].end for si in pieces)
        covered = sum(len(norm(system[si].text)) for si in pieces)
        if end - start <= len(text) + SPLIT_SLACK and 2 * covered >= len(whole):
            return pieces
    return []


# -- publication date -----------------------------------------------------------------------
def score_published(gold: dict[str, Any], undated: Article | None) -> CategoryScore:
    """Inference of the publication date on an article analysed without one: exact (one of
    ``published.accept``), within one day and within seven, over all articles; exact, within one
    day and the year right over the articles given a value."""
    cat = CategoryScore()
    value = published_value(gold)
    accept = published_accept(gold)
    if not value and not accept:
        return cat
    produced = undated.published.value if undated is not None else None
    cat.ratio("produced").add(bool(produced))
    exact = bool(produced) and produced[:10] in accept
    true_dates = accept + ([value] if value else [])
    near = bool(produced) and _within_days(produced, true_dates, 1)
    cat.ratio("exact_all").add(exact)
    cat.ratio("within_1_day_all").add(near)
    cat.ratio("within_7_days_all").add(bool(produced) and _within_days(produced, true_dates, 7))
    if produced:
        cat.ratio("exact_of_produced").add(exact)
        cat.ratio("within_1_day_of_produced").add(near)
        cat.ratio("year_right_of_produced").add(any(produced[:4] == d[:4] for d in true_dates))
        if not exact:
            cat.errors.append(f"published {value}, inferred {produced}"
                              + (f" ({undated.published.source})" if undated else ""))
    else:
        cat.misses.append(f"published {value}: nothing inferred")
    return cat


def _within_days(produced: str, accept: list[str], days: int) -> bool:
    try:
        day = dt.date.fromisoformat(produced[:10])
    except ValueError:
        return False
    for a in accept:
        try:
            if abs((dt.date.fromisoformat(a[:10]) - day).days) <= days:
                return True
        except ValueError:
            continue
    return False
