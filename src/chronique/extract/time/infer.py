"""Inference of an article's publication date from its time expressions and their tenses.

Clues (``Clue``) are read from the detected candidates before normalisation:
explicit dates (with their clause tense: a past date is on or before publication, a future
one on or after), "ce/aujourd'hui + weekday" (publication is that weekday), bare weekdays with
their tense (publication is a few days after a past one, before a future one), years
mentioned (publication is not before a past-tense year), era markers (lower bounds) and office
holders named with their title (the span of their term, ``knowledge``). A year no clue writes
comes from the years of the article's neighbours when the caller knows them (``YearPrior``).
Candidate days around the dates the text writes are scored, each clue without a year being
read relative to the candidate (a past "le 3 juillet" is the last 3 July before it), so the
clues stay consistent with one another; a day that a clue proves impossible is never returned
(when every day is, the date stays unknown). Constants were tuned on gold/dev, French TimeBank dev and
the even-numbered half of the OrangeSum sample (``chronique evaluate --dates FILE --split dev``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...article import Published
from .dates import month_num, weekday_num
from .knowledge import GRACE_DAYS, office_clues
from .lexicon import ERA_MARKERS
from .patterns import Candidate
from .prior import YearPrior

# Search window for a year written nowhere: years tried around the lower bound.
YEAR_SPAN = 12
# Days a news article is published after the past events it dates (and before future ones).
MAX_LAG_DAYS = 10
# Typical distance, in days, between publication and the nearest dated event: a future one is
# announced about two days ahead (French TimeBank dev: future dates named with their weekday lie
# 1-3 days after publication); a past one is reported the same day by wire and online copy (the
# print press of French TimeBank runs it a day later: 0-2 days).
FUTURE_LEAD = 1
PAST_LAG = 0
# Score weights, calibrated on gold/dev (weekday agreement matters most, recency next).
W_SAME_DAY = 3.0       # "ce jeudi 12 mars" / "aujourd'hui" in a present clause
W_ORDER = 1.0          # an explicit date on the right side of the candidate
W_LAG = 0.25           # per day of distance from an explicit date (penalty)
W_WEEKDAY = 1.0        # a weekday clue consistent with the candidate
NEAR_DAYS = 7          # a date given with its weekday is at most this far from publication
FAR_DAYS = 35          # ... and never this far (OrangeSum dev half: past ones 0-12 days, future ones up to 30)
YEAR_GUESS_CONFIDENCE = 0.45  # ceiling when no clue writes the year (it came from bounds)
LAG_CAP = 3.0          # no single date clue outweighs all the others
W_PRIOR = 1.0          # the batch's likeliest year (weights scaled to 0..1)
MAX_YEARS = 30         # candidate years tried at most (the latest ones)
W_MENTION = 1.0        # the latest year the text mentions, by the tense of its clause
# publication year minus the latest year mentioned -> weight (share of OrangeSum dev articles, scaled)
MENTION_FIT: dict[str, dict[int, float]] = {
    "future": {-1: 1.0, 0: 0.45, -2: 0.2},
    "past": {1: 1.0, 0: 0.4, 2: 0.5},
    "other": {0: 1.0, 1: 0.55, 2: 0.55},
}
REL_TENSE = {"dernier": "past", "dernière": "past", "passé": "past", "passée": "past",
             "prochain": "future", "prochaine": "future"}
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
            tense = REL_TENSE.get((g.get("rel") or "").lower(), tense)  # "le 17 mars dernier" is past
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


def _bounds(clues: list[Clue], text: str) -> tuple[date | None, date | None, list[str]]:
    """Earliest and latest possible publication day, with the reasons."""
    evidence = []
    # a year in a past-tense clause is a lower bound (wrong for 3 % of OrangeSum articles); years in
    # future-tense clauses are no upper bound (conditionals report the past: wrong for 41 %)
    past = [c.year for c in clues if c.kind in ("year", "date") and c.year and c.tense == "past"]
    low = date(max(past), 1, 1) if past else None
    if low:
        evidence.append(f"year {low.year} in a past-tense clause: published in or after {low.year}")
    for m in ERA_RE.finditer(text):
        d = date.fromisoformat(ERA_MARKERS[m.group(0).lower()])
        if low is None or d > low:
            low = d
            evidence.append(f"'{m.group(0)}' is used from {d.isoformat()} on")
    high = None
    offices = office_clues(text)
    o_low = max((o.start for o in offices), default=None)
    o_high = min((o.end + timedelta(days=GRACE_DAYS) for o in offices if o.end), default=None)
    if offices and (o_high is None or (o_low <= o_high and (low is None or low <= o_high))):
        for o in offices:
            evidence.append(f"'{o.text}': in office from {o.start.isoformat()}"
                            + (f" to {o.end.isoformat()}" if o.end else ""))
        low = max(low, o_low) if low else o_low
        high = o_high
    elif offices:
        evidence.append("office holders named with titles that cannot all be current: ignored")
    return low, high, evidence


def _date_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _candidate_years(clues: list[Clue], low: date | None, high: date | None, prior: YearPrior | None) -> list[int]:
    """Years the publication may fall in: within the bounds, over the batch's years when known."""
    span = prior.span() if prior else None
    first = low.year if low else (span[0] if span else None)
    if first is None and high is None:
        return sorted({c.year for c in clues if c.year})  # only what the text writes
    if first is None:
        first = high.year - YEAR_SPAN
    last = high.year if high else max(first + YEAR_SPAN - 1, span[1] if span else first)
    years = range(max(first, last - MAX_YEARS + 1), last + 1)
    inside = [y for y in years if span and span[0] <= y <= span[1]]
    if not inside:
        return list(years)
    # the batch's years, and any other year where a written weekday fits its date
    fits = {y for c in clues if c.kind == "date" and c.weekday and not c.year for y in years
            if (d := _date_or_none(y, c.month, c.day)) and d.isoweekday() == c.weekday}
    return sorted(set(inside) | fits)


def _mention_fit(clues: list[Clue]) -> dict[int, float]:
    """How well each publication year fits the latest year the text mentions (OrangeSum dev: a
    latest year in a future clause is mostly next year's; in a past clause, mostly last year's)."""
    mentioned = [(c.year, c.tense) for c in clues if c.year and c.kind in ("year", "date")]
    if not mentioned:
        return {}
    latest = max(y for y, _ in mentioned)
    tenses = {t for y, t in mentioned if y == latest}
    shares = MENTION_FIT["future" if "future" in tenses else "past" if "past" in tenses else "other"]
    return {latest + k: v for k, v in shares.items()}


def _resolve(clue: Clue, pub: date) -> date | None:
    """The day a date clue names if the article is published on ``pub``: a written year is kept;
    otherwise the tense decides (past: the last such day on or before; future: the next one)."""
    if clue.year:
        return _date_or_none(clue.year, clue.month, clue.day)
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _date_or_none(y, clue.month, clue.day))]
    if clue.tense == "past":
        return max((d for d in options if d <= pub), default=None)
    if clue.tense == "future":
        return min((d for d in options if d >= pub), default=None)
    return min(options, key=lambda d: abs((d - pub).days), default=None)


def infer_published(cands: list[tuple[Candidate, str | None]], text: str, title: str = "",
                    prior: YearPrior | None = None) -> Published:
    """The most likely publication date (``source`` "inferred"), or an unknown one without clues."""
    clues = clues_from(cands)
    low, high, evidence = _bounds(clues, f"{title}\n{text}")
    # one clue per distinct date reading (a date repeated in the text says nothing more)
    dated = list({(c.day, c.month, c.year, c.weekday, c.tense, c.deictic): c for c in clues
                  if c.kind == "date" and _date_or_none(c.year or 2000, c.month, c.day)}.values())
    years = _candidate_years(clues, low, high, prior)
    candidates: set[date] = set()
    for clue in dated:
        for y in ([clue.year] if clue.year else years):
            if (d := _date_or_none(y, clue.month, clue.day)) is not None:
                candidates.update(d + timedelta(days=k) for k in range(-MAX_LAG_DAYS, MAX_LAG_DAYS + 1))
    if not candidates:
        return Published(value=None, source="unknown")
    weekdays = [c for c in clues if c.kind == "weekday" and c.weekday]
    mention_fit = _mention_fit(clues)
    top_prior = max((prior.weight(y) for y in years), default=0.0) if prior else 0.0

    def judge(cand: date) -> tuple[int, float]:
        """(clues the candidate contradicts, how well it fits the others)."""
        bad = (low is not None and cand < low) + (high is not None and cand > high)
        s = 0.0
        nearest = None  # distance to the dated clue publication is nearest to, as its tense allows
        for clue in dated:
            d = _resolve(clue, cand)
            if d is None:
                bad += 1
                continue
            lag = (cand - d).days
            if clue.weekday and (d.isoweekday() != clue.weekday or abs(lag) > FAR_DAYS):
                bad += 1  # "samedi 3 février": a year where it is a Saturday, and not long ago
            elif clue.weekday and abs(lag) > NEAR_DAYS:
                s -= LAG_CAP  # a date given with its weekday is near publication
            if clue.deictic and clue.tense != "future":
                s += W_SAME_DAY if lag == 0 else -min(LAG_CAP, W_LAG * abs(lag))
                continue
            if clue.tense == "past":
                bad += lag < 0
                dist = abs(lag - PAST_LAG)
            elif clue.tense == "future":
                bad += lag > 0
                dist = abs(-lag - FUTURE_LEAD)
            else:  # present (often historic) or no verb
                dist = abs(lag)
            nearest = dist if nearest is None else min(nearest, dist)
        # past events may be old and future ones far: publication is near one of them, not all
        if nearest is not None:
            s += W_ORDER - min(LAG_CAP, W_LAG * nearest)
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
        if top_prior:
            s += W_PRIOR * prior.weight(cand.year) / top_prior
        s += W_MENTION * mention_fit.get(cand.year, 0.0)
        return bad, s

    judged = sorted(((judge(c), c) for c in candidates), key=lambda jc: (jc[0][0], -jc[0][1], jc[1]))
    (nbad, best_score), best = judged[0]
    if nbad:  # every day contradicts some clue (a misread tense, a wrong era word): no date at all
        return Published(value=None, source="unknown",
                         evidence=(*evidence, "no day agrees with every clue: the date is left unknown"))
    runner = next((sc for (b, sc), _ in judged[1:] if not b), None)
    margin = best_score - runner if runner is not None else best_score
    written = any(c.year for c in dated)
    confidence = 0.35 + min(0.5, max(0.0, margin) * 0.15) + (0.1 if written else 0.0)
    if not written:
        confidence = min(confidence, YEAR_GUESS_CONFIDENCE)  # the year itself was only bounded
    for clue in dated:
        d = _resolve(clue, best)
        rel = {"past": "on or after that day", "future": "on or before that day"}.get(
            clue.tense or "", "that day" if clue.deictic or clue.tense == "present" else "near that day")
        evidence.append(f"'{clue.text}' ({clue.tense or 'no tense'} clause) = {d.isoformat() if d else '?'}: "
                        f"published {rel}")
    for clue in weekdays:
        evidence.append(f"'{clue.text}' ({clue.tense or 'no tense'}) fits a publication on {best.strftime('%A')}")
    if top_prior and not written:
        evidence.append(f"year {best.year}: the likeliest of the batch's years that fit")
    return Published(value=best.isoformat(), source="inferred", confidence=round(min(confidence, 0.95), 2),
                     evidence=tuple(evidence))
