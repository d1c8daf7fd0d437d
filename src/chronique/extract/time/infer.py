"""Inference of an article's publication date from its time expressions, their tenses and the
office holders it names.

Clues (``Clue``) are read from the detected candidates before normalisation: explicit dates
(with their clause tense: a past date is on or before publication, a future one on or after),
"ce/aujourd'hui + weekday" (publication is that weekday), bare weekdays with their tense, and
years mentioned. Windows of time (``Constraint``, each with a weight: what a day outside it
costs) come from years in past-tense clauses (publication is not before), era markers
("covid": not before 2020) and office holders named with a title (``knowledge``: one window per
term, moved by "ancien", "élu", "nouveau", "futur"...).

Candidate days around the dates the text writes are judged: first by the weight of the
constraints they break (a day that breaks a firm one, weight 1, is never returned), then by
how well they fit the dated clues (each clue without a year read relative to the candidate: a
past "le 3 juillet" is the last 3 July before it). When the best days of several years fit
the text about equally, the years of the batch or corpus (``YearPrior``) choose among those
years only, and only when one of them clearly dominates; otherwise the date stays unknown
rather than a guessed year. So the prior never moves a date the text decides: an article gets
the same date alone, in a batch and in a corpus of other years, or no date alone and a date
the text allows in a batch. The estimate (``Estimate``) is a day, an interval (earliest,
latest) and a confidence, with the evidence; ``Published`` carries the interval in its own field.
Constants were tuned on gold/dev, French TimeBank dev and the even-numbered half of the
OrangeSum sample (``chronique evaluate --dates FILE --split dev``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...article import Published
from ...lang.fr.calendar import DEADLINE_WORDS
from .dates import month_num, weekday_num
from .knowledge import Window, office_clues
from .lexicon import ERA_MARKERS
from .patterns import Candidate
from .prior import YearPrior

# Years tried when nothing bounds them: the office table starts in 1995; next year at most.
FIRST_YEAR = 1995
LAST_YEAR = date.today().year + 1
# Days a news article is published after the past events it dates (and before future ones).
MAX_LAG_DAYS = 10
# Typical distance, in days, between publication and the nearest dated event: a future one is
# announced about two days ahead (French TimeBank dev: future dates named with their weekday lie
# 1-3 days after publication); a past one is reported the same day by wire and online copy (the
# print press of French TimeBank runs it a day later: 0-2 days).
FUTURE_LEAD = 1
PAST_LAG = 0
# Fit weights, calibrated on gold/dev (weekday agreement matters most, recency next).
W_SAME_DAY = 3.0       # "ce jeudi 12 mars" / "aujourd'hui" in a present clause
W_ORDER = 1.0          # an explicit date on the right side of the candidate
W_LAG = 0.25           # per day of distance from an explicit date (penalty)
W_WEEKDAY = 1.0        # a weekday clue consistent with the candidate
NEAR_DAYS = 7          # a date given with its weekday is at most this far from publication
FAR_DAYS = 35          # ... and never this far (OrangeSum dev half: past ones 0-12 days, future ones up to 30)
LAG_CAP = 3.0          # no single date clue outweighs all the others
W_MENTION = 1.0        # the latest year the text mentions, by the tense of its clause (weak: it only ranks tied years)
# publication year minus the latest year mentioned -> weight (share of OrangeSum dev articles, scaled)
MENTION_FIT: dict[str, dict[int, float]] = {
    "future": {-1: 1.0, 0: 0.45, -2: 0.2},
    "past": {1: 1.0, 0: 0.4, 2: 0.5},
    "other": {0: 1.0, 1: 0.55, 2: 0.55},
}
# Constraint weights: what a publication day outside the window costs. A day costing more than
# MAX_BROKEN is never returned: one office window (0.8 at most) may give way to a written date,
# a past-tense year or an era word may not. A year in a past-tense clause is a lower bound (wrong
# for 3 % of OrangeSum articles); years in future-tense clauses are no upper bound (conditionals
# report the past: wrong for 41 %). Office windows weigh what ``knowledge.WEIGHTS`` says; two of
# them that share no day (a misread title) are both dropped. A date written with its weekday is
# FIRM: a day that breaks it costs 1.
FIRM = 1.0
MAX_BROKEN = 0.85
W_PAST_YEAR = 0.9
W_ERA = 0.9
# Ties. Days whose fit is within TIE_MARGIN of the best are as likely as it; when such days lie
# in several periods (more than PERIOD_DAYS apart) the text does not decide between them, and
# the batch's years decide only if the likeliest period's year has PRIOR_SHARE of their weight.
# OrangeSum dev half (1,200 articles): the year is right for 93 % of the dates given (PRIOR_SHARE
# 0.5: 91 %, 0.4: 88 %; the old prior-weighted score: 72 %).
TIE_MARGIN = 1.0
PERIOD_DAYS = 60
PRIOR_SHARE = 0.6
PRIOR_MIN_SHARE = 0.02  # ... and only a year where the batch has articles (not 2014 in a batch of 2016-2020)
TIE_TEMPERATURE = 0.5  # inside the tie, a period's prior weight times exp(fit difference / this)
# Confidence: a year the text does not write is at most YEAR_GUESS_CONFIDENCE sure; the
# interval holds the days within INTERVAL_MARGIN of the best one's fit.
YEAR_GUESS_CONFIDENCE = 0.45
INTERVAL_MARGIN = 1.0
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


@dataclass(frozen=True)
class Constraint:
    """Publication lies in one of ``windows``; a day outside costs ``weight``."""
    windows: tuple[Window, ...]
    weight: float
    reason: str

    def allows(self, day: date) -> bool:
        return any(lo <= day and (hi is None or day <= hi) for lo, hi in self.windows)


@dataclass(frozen=True)
class Estimate:
    """A publication day with its interval and confidence, or none (``day`` None), and why."""
    day: date | None
    earliest: date | None
    latest: date | None
    confidence: float | None
    evidence: tuple[str, ...]

    def published(self) -> Published:
        if self.day is None:
            return Published(value=None, source="unknown", evidence=self.evidence)
        return Published(value=self.day.isoformat(), source="inferred", confidence=self.confidence,
                         evidence=self.evidence, interval=(self.earliest.isoformat(), self.latest.isoformat()))


def clues_from(cands: list[tuple[Candidate, str | None]], text: str = "") -> list[Clue]:
    out: list[Clue] = []
    for c, tense in cands:
        g = c.groups
        if _after_deadline_word(text, c.start):
            tense = "future"  # "a demandé des économies d'ici à 2022": 2022 was still to come
        if c.kind == "date":
            day = 1 if g["day"].lower() in ("1er", "premier") else int(g["day"])
            month = month_num(g["month"])
            year = int(g["year"]) if g.get("year") and len(g["year"]) == 4 else None
            wd = weekday_num(g["wd"]) if g.get("wd") else None
            if wd and year and (written := _date_or_none(year, month, day)) and written.isoweekday() != wd:
                wd = None  # "samedi 6 janvier 2019", a Sunday: a slip of the weekday, the written year holds
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


def _after_deadline_word(text: str, start: int) -> bool:
    """The time expression at ``start`` follows "d'ici à", "à l'horizon", "jusqu'en"."""
    before = " ".join(text[max(0, start - 20):start].lower().replace("’", "'").split())
    return before.endswith(DEADLINE_WORDS)


def constraints_from(clues: list[Clue], text: str) -> list[Constraint]:
    """The windows the text sets on its publication, each with its weight."""
    out = []
    past = [(c.year, c.month or 1, c.day or 1, c.text) for c in clues
            if c.kind in ("year", "date") and c.year and c.tense == "past" and _date_or_none(c.year, c.month or 1, c.day or 1)]
    if past:
        y, m, d, words = max(past)
        out.append(Constraint(((date(y, m, d), None),), W_PAST_YEAR,
                              f"'{words}' in a past-tense clause: published on or after {date(y, m, d).isoformat()}"))
    eras = {}
    for m in ERA_RE.finditer(text):
        eras.setdefault(ERA_MARKERS[m.group(0).lower()], m.group(0))
    if eras:
        day, word = max(eras.items())
        out.append(Constraint(((date.fromisoformat(day), None),), W_ERA, f"'{word}' is used from {day} on"))
    found = office_clues(text)
    for o in found:
        clash = [other for other in found if other is not o and not _overlap(o.windows, other.windows)]
        if clash:
            out.append(Constraint(o.windows, 0.0, f"{o.describe()}; cannot hold with '{clash[0].text}': ignored"))
        else:
            out.append(Constraint(o.windows, o.weight, o.describe()))
    return out


def _overlap(a: tuple[Window, ...], b: tuple[Window, ...]) -> bool:
    """Do two unions of windows share a day?"""
    return any(lo1 <= (hi2 or date.max) and lo2 <= (hi1 or date.max) for lo1, hi1 in a for lo2, hi2 in b)


def _date_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


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


def _candidate_days(dated: list[Clue], prior: YearPrior | None) -> set[date]:
    """Days around every date the text writes, in its year or, without one, in every year tried."""
    years = set(range(FIRST_YEAR, LAST_YEAR + 1)) | ({y for y in prior.counts if prior.counts[y] > 0} if prior else set())
    out: set[date] = set()
    for clue in dated:
        for y in ([clue.year] if clue.year else sorted(years)):
            if (d := _date_or_none(y, clue.month, clue.day)) is not None:
                out.update(d + timedelta(days=k) for k in range(-MAX_LAG_DAYS, MAX_LAG_DAYS + 1))
    return out


def _judge(cand: date, dated: list[Clue], weekdays: list[Clue], constraints: list[Constraint],
           mention_fit: dict[int, float]) -> tuple[float, float]:
    """(weight of the constraints the candidate breaks, how well it fits the clues)."""
    cost = sum(c.weight for c in constraints if not c.allows(cand))
    fit = 0.0
    nearest = None  # distance to the dated clue publication is nearest to, as its tense allows
    for clue in dated:
        d = _resolve(clue, cand)
        if d is None:
            cost += FIRM
            continue
        lag = (cand - d).days
        if clue.weekday and (d.isoweekday() != clue.weekday or abs(lag) > FAR_DAYS):
            cost += FIRM  # "samedi 3 février": a year where it is a Saturday, and not long ago
        elif clue.weekday and abs(lag) > NEAR_DAYS:
            fit -= LAG_CAP  # a date given with its weekday is near publication
        if clue.deictic and clue.tense != "future":
            fit += W_SAME_DAY if lag == 0 else -min(LAG_CAP, W_LAG * abs(lag))
            continue
        if clue.tense == "past":
            cost += FIRM * (lag < 0)
            dist = abs(lag - PAST_LAG)
        elif clue.tense == "future":
            cost += FIRM * (lag > 0)
            dist = abs(-lag - FUTURE_LEAD)
        else:  # present (often historic) or no verb
            dist = abs(lag)
        nearest = dist if nearest is None else min(nearest, dist)
    # past events may be old and future ones far: publication is near one of them, not all
    if nearest is not None:
        fit += W_ORDER - min(LAG_CAP, W_LAG * nearest)
    for clue in weekdays:
        back = (cand.isoweekday() - clue.weekday) % 7
        if clue.deictic and clue.tense not in ("past", "future"):
            fit += W_SAME_DAY if back == 0 else 0
        elif clue.tense == "past":
            fit += W_WEEKDAY * (1 - back / 7) if back > 0 else W_WEEKDAY * 0.8
        elif clue.tense == "future":
            fwd = (clue.weekday - cand.isoweekday()) % 7
            fit += W_WEEKDAY * (1 - fwd / 7) if fwd > 0 else W_WEEKDAY * 0.5
        else:
            fit += W_WEEKDAY * (1 - min(back, 7 - back) / 4)
    fit += W_MENTION * mention_fit.get(cand.year, 0.0)
    return cost, fit


def _periods(days: list[tuple[float, date]]) -> list[list[tuple[float, date]]]:
    """``days`` grouped into periods: runs of days less than PERIOD_DAYS apart."""
    groups: list[list[tuple[float, date]]] = []
    for fit, d in sorted(days, key=lambda fd: fd[1]):
        if groups and (d - groups[-1][-1][1]).days <= PERIOD_DAYS:
            groups[-1].append((fit, d))
        else:
            groups.append([(fit, d)])
    return groups


def estimate_publication(cands: list[tuple[Candidate, str | None]], text: str, title: str = "",
                         prior: YearPrior | None = None) -> Estimate:
    """The most likely publication day, its interval and confidence, or no day, with the evidence."""
    clues = clues_from(cands, text)
    constraints = constraints_from(clues, f"{title}\n{text}")
    # one clue per distinct date reading (a date repeated in the text says nothing more); a date
    # written with its year but no weekday is mostly history (OrangeSum dev: 1 in 120 within a
    # day of publication): only a bound, unless it is the latest year the text writes and the
    # text speaks of this week too ("il s'est exprimé mercredi")
    latest = max((c.year for c in clues if c.year), default=None)
    recent = any(c.kind == "weekday" for c in clues)
    dated = list({(c.day, c.month, c.year, c.weekday, c.tense, c.deictic): c for c in clues
                  if c.kind == "date" and _date_or_none(c.year or 2000, c.month, c.day)
                  and (not c.year or c.weekday or c.deictic or (recent and c.year == latest))}.values())
    weekdays = [c for c in clues if c.kind == "weekday" and c.weekday]
    candidates = _candidate_days(dated, prior)
    if not candidates:
        return Estimate(None, None, None, None, tuple(c.reason for c in constraints))
    mention_fit = _mention_fit(clues)
    judged = [(*_judge(d, dated, weekdays, constraints, mention_fit), d) for d in candidates]
    least = min(cost for cost, _, _ in judged)
    evidence = [c.reason for c in constraints]
    if least > MAX_BROKEN:  # every day contradicts some clue (a misread tense, a wrong era word): no date
        return Estimate(None, None, None, None,
                        (*evidence, "no day agrees with every clue: the date is left unknown"))
    pool = [(fit, d) for cost, fit, d in judged if abs(cost - least) < 1e-9]
    best_fit = max(fit for fit, _ in pool)
    periods = _periods([(fit, d) for fit, d in pool if fit >= best_fit - TIE_MARGIN])
    chosen, by_prior = periods[0], False
    if len(periods) > 1:
        years = [max(p)[1].year for p in periods]
        if len(set(years)) > 1:
            fits = [max(p)[0] for p in periods]
            weights = [prior.weight(y) * math.exp((f - best_fit) / TIE_TEMPERATURE) if prior else 0.0
                       for y, f in zip(years, fits)]
            top = max(range(len(periods)), key=lambda i: (weights[i], max(periods[i])))
            if not weights[top] or weights[top] < PRIOR_SHARE * sum(weights) \
                    or prior.share(years[top]) < PRIOR_MIN_SHARE:
                listed = ", ".join(str(y) for y in sorted(set(years)))
                return Estimate(None, None, None, None,
                                (*evidence, f"the text fits {listed} about equally: the year is left unknown"))
            chosen, by_prior = periods[top], True
        else:
            chosen = max(periods, key=max)
    fit, best = max(chosen, key=lambda fd: (fd[0], -fd[1].toordinal()))
    inside = {d for f, d in pool if f >= fit - INTERVAL_MARGIN and abs((d - best).days) <= PERIOD_DAYS}
    others = [f for f, d in pool if abs((d - best).days) > PERIOD_DAYS]
    margin = fit - max(others) if others else fit
    written = any(c.year for c in dated)
    confidence = 0.35 + min(0.5, max(0.0, margin) * 0.15) + (0.1 if written else 0.0)
    if not written and (by_prior or others):
        confidence = min(confidence, YEAR_GUESS_CONFIDENCE)  # the year itself was only bounded
    confidence *= 1 - least  # a weak window the day had to break
    for c in constraints:
        if c.weight and not c.allows(best):
            evidence.append(f"{c.reason.split(':')[0]}: does not fit the other clues, ignored")
    for clue in dated:
        d = _resolve(clue, best)
        rel = {"past": "on or after that day", "future": "on or before that day"}.get(
            clue.tense or "", "that day" if clue.deictic or clue.tense == "present" else "near that day")
        evidence.append(f"'{clue.text}' ({clue.tense or 'no tense'} clause) = {d.isoformat() if d else '?'}: "
                        f"published {rel}")
    for clue in weekdays:
        evidence.append(f"'{clue.text}' ({clue.tense or 'no tense'}) fits a publication on {best.strftime('%A')}")
    if by_prior:
        evidence.append(f"year {best.year}: the text allows several years equally; the batch's years choose it")
    return Estimate(best, min(inside), max(inside), round(min(confidence, 0.95), 2), tuple(evidence))


def infer_published(cands: list[tuple[Candidate, str | None]], text: str, title: str = "",
                    prior: YearPrior | None = None) -> Published:
    """The most likely publication date (``source`` "inferred"), or an unknown one without clues."""
    return estimate_publication(cands, text, title, prior).published()
