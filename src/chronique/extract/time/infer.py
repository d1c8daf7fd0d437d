"""Inference of an article's publication date from its time expressions and their tenses.

Clues (``Clue``) are read from the detected candidates before normalisation:
explicit dates (with their clause tense: a past date is on or before publication, a future
one on or after), "ce/aujourd'hui + weekday" (publication is that weekday), bare weekdays with
their tense (publication is a few days after a past one, before a future one), years
mentioned (publication is not before a past-tense year) and era markers (lower bounds).
Candidate dates around the explicit dates are scored; a candidate that a clue proves
impossible is never returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...article import Published
from .lexicon import ERA_MARKERS
from .dates import month_num, weekday_num
from .patterns import Candidate

# Search window for a year written nowhere: years tried around the lower bound.
YEAR_SPAN = 12
# Days a news article is published after the past events it dates (and before future ones).
MAX_LAG_DAYS = 10
# Score weights, calibrated on gold/dev (weekday agreement matters most, recency next).
W_SAME_DAY = 3.0       # "ce jeudi 12 mars" / "aujourd'hui" in a present clause
W_ORDER = 1.0          # an explicit date on the right side of the candidate
W_LAG = 0.25           # per day of distance from an explicit date (penalty)
W_WEEKDAY = 1.0        # a weekday clue consistent with the candidate
NEAR_DAYS = 7          # a date given with its weekday is at most this far from publication
YEAR_GUESS_CONFIDENCE = 0.45  # ceiling when no clue writes the year (it came from bounds)
LAG_CAP = 3.0          # no single date clue outweighs all the others
ERA_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(ERA_MARKERS, key=len, reverse=True))
                    + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Clue:
    kind: str            # "date" | "weekday" | "year"
    text: str
    tense: str | None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    deictic: bool = False  # "ce", "aujourd'hui": the day of publication itself


def clues_from(cands: list[tuple[Candidate, str | None]]) -> list[Clue]:
    out: list[Clue] = []
    for c, tense in cands:
        g = c.groups
        if c.kind == "date":
            day = 1 if g["day"].lower() in ("1er", "premier") else int(g["day"])
            month = month_num(g["month"])
            year = int(g["year"]) if g.get("year") and len(g["year"]) == 4 else None
            wd = weekday_num(g["wd"]) if g.get("wd") else None
            pre = (g.get("pre") or "").lower()
            out.append(Clue("date", g["t"], tense, day, month, year, wd, pre in ("ce", "cette")))
        elif c.kind == "weekday" and not g.get("rel"):
            pre = (g.get("pre") or "").lower()
            out.append(Clue("weekday", g["t"], tense, weekday=weekday_num(g["wd"]), deictic=pre == "ce"))
        elif c.kind == "deictic" and g.get("wd"):
            out.append(Clue("weekday", g["t"], "present", weekday=weekday_num(g["wd"]), deictic=True))
        elif c.kind == "year" and not g.get("part") and not g.get("rel"):
            out.append(Clue("year", g["t"], tense, year=int(g["year"])))
        elif c.kind == "month" and g.get("year") and len(g["year"]) == 4:
            out.append(Clue("year", g["t"], tense, year=int(g["year"]), month=month_num(g["month"])))
    return out


def _bounds(clues: list[Clue], text: str) -> tuple[int | None, int | None, list[str]]:
    """Lowest and highest possible publication year, with the reasons."""
    evidence = []
    past = [c.year for c in clues if c.kind in ("year", "date") and c.year and c.tense == "past"]
    future = [c.year for c in clues if c.kind in ("year", "date") and c.year and c.tense == "future"]
    low = max(past) if past else None
    if low:
        evidence.append(f"year {low} in a past-tense clause: published in or after {low}")
    for m in ERA_RE.finditer(text):
        y = ERA_MARKERS[m.group(0).lower()]
        if low is None or y > low:
            low = y
            evidence.append(f"'{m.group(0)}' is used from {y} on")
    high = min(future) if future else None
    if high is not None and (low is None or high >= low):
        evidence.append(f"year {high} in a future-tense clause: published in or before {high}")
    else:
        high = None
    return low, high, evidence


def _date_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _years_for(clue: Clue, low: int | None, high: int | None, dated_year: int | None) -> list[int]:
    if clue.year:
        return [clue.year]
    if dated_year is not None and not clue.weekday:
        return [dated_year]  # "le 10 avril" beside "le 11 avril 2018": the same year
    if low is None and high is None:
        return []
    if high is not None and not clue.weekday:
        return [max(high - 1, low or high - 1)]  # future years named are usually next year's
    start = low if low is not None else high - YEAR_SPAN
    years = list(range(start, (high or start + YEAR_SPAN - 1) + 1))
    if clue.weekday:
        years = [y for y in years if (dd := _date_or_none(y, clue.month, clue.day)) and dd.isoweekday() == clue.weekday]
        return years[:1]  # the earliest year at or after the bound where the weekday fits
    return [start]


def _violations(cand: date, anchors: list[tuple[Clue, date]]) -> int:
    bad = 0
    for clue, d in anchors:
        if clue.tense == "past" and d > cand:
            bad += 1
        elif clue.tense == "future" and d < cand:
            bad += 1
    return bad


def infer_published(cands: list[tuple[Candidate, str | None]], text: str, title: str = "") -> Published:
    """The most likely publication date (``source`` "inferred"), or an unknown one without clues."""
    clues = clues_from(cands)
    low, high, evidence = _bounds(clues, f"{title}\n{text}")
    anchors: list[tuple[Clue, date]] = []
    full_years = [c.year for c in clues if c.kind == "date" and c.year and (low is None or c.year >= low)]
    dated_year = max(full_years) if full_years else None
    for clue in clues:
        if clue.kind != "date":
            continue
        for y in _years_for(clue, low, high, dated_year):
            d = _date_or_none(y, clue.month, clue.day)
            if d:
                anchors.append((clue, d))
                break
    if not anchors:
        return Published(value=None, source="unknown")
    candidates: set[date] = set()
    for clue, d in anchors:
        for k in range(-MAX_LAG_DAYS, MAX_LAG_DAYS + 1):
            candidates.add(d + timedelta(days=k))
    weekdays = [c for c in clues if c.kind == "weekday" and c.weekday]

    # a date written with its weekday ("jeudi 23 août") is near publication: news names the weekday
    # only within a week or so; when there is one, it (not the latest past event) sets the distance
    near = [d for c, d in anchors if c.weekday]
    latest_past = None if near else max((d for c, d in anchors if c.tense == "past" and not c.deictic),
                                        default=None)
    earliest_future = min((d for c, d in anchors if c.tense == "future"), default=None)

    def score(cand: date) -> float:
        s = 0.0
        for clue, d in anchors:
            lag = (cand - d).days
            if clue.deictic and clue.tense != "future":
                s += W_SAME_DAY if lag == 0 else -min(LAG_CAP, W_LAG * abs(lag))
            elif clue.tense == "present":  # historic present is common: a weak pull only
                s -= min(1.0, W_LAG * abs(lag))
            elif clue.tense == "past":
                # past events may be old: only the most recent one says how close publication is
                s += (W_ORDER - (min(LAG_CAP, W_LAG * max(0, lag - 1)) if d == latest_past else 0)) if lag >= 0 else -10
            elif clue.tense == "future":
                s += (W_ORDER - (min(LAG_CAP, W_LAG * max(0, -lag - 1)) if d == earliest_future else 0)) if lag <= 0 else -10
            else:
                s -= min(1.0, W_LAG * abs(lag))
        for d in near:
            if abs((cand - d).days) > NEAR_DAYS:
                s -= LAG_CAP
        for clue in weekdays:
            back = (cand.isoweekday() - clue.weekday) % 7
            if clue.deictic and clue.tense not in ("past", "future"):
                s += W_SAME_DAY if back == 0 else 0
            elif clue.tense == "past":
                s += W_WEEKDAY * (1 - back / 7) if back > 0 else W_WEEKDAY * 0.8
            elif clue.tense == "future":
                fwd = (clue.weekday - cand.isoweekday()) % 7
                s += W_WEEKDAY * (1 - fwd / 7) if fwd > 0 else W_WEEKDAY * 0.5
            else:
                s += W_WEEKDAY * (1 - min(back, 7 - back) / 4)
        return s

    ranked = sorted(candidates, key=lambda c: (_violations(c, anchors), -score(c), c))
    best = ranked[0]
    nviol = _violations(best, anchors)
    best_score = score(best)
    runner = next((c for c in ranked[1:] if _violations(c, anchors) == nviol), None)
    margin = best_score - score(runner) if runner else best_score
    confidence = 0.35 + min(0.5, max(0.0, margin) * 0.15) + (0.1 if any(c.year for c, _ in anchors) else 0.0)
    if not any(c.year for c, _ in anchors):
        confidence = min(confidence, YEAR_GUESS_CONFIDENCE)  # the year itself was only bounded
    if nviol:
        confidence = min(confidence, 0.3)
    for clue, d in anchors:
        rel = {"past": "on or after that day", "future": "on or before that day"}.get(
            clue.tense or "", "that day" if clue.deictic or clue.tense == "present" else "near that day")
        evidence.append(f"'{clue.text}' ({clue.tense or 'no tense'} clause) = {d.isoformat()}: published {rel}")
    for clue in weekdays:
        evidence.append(f"'{clue.text}' ({clue.tense or 'no tense'}) fits a publication on {best.strftime('%A')}")
    return Published(value=best.isoformat(), source="inferred", confidence=round(min(confidence, 0.95), 2),
                     evidence=tuple(evidence))
