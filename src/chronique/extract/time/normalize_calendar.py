"""TIMEX3 values of calendar expressions: dates and day ranges, months, years and year ranges,
decades, centuries, seasons, "la rentrée", holidays and weekdays; a missing year is resolved
against the publication date and the clause tense."""

from __future__ import annotations

import re

from datetime import date

from .dates import (
    WEEKDAY_SLIP_DAYS, WEEKDAY_YEAR_SPAN,
    day_str, month_num, part_mod, rel_direction, resolve_month_day, season_year, squeeze,
    weekday_date, weekday_num, with_daypart, year_of,
)
from .lexicon import HOLIDAYS, SEASONS
from .normalize_anchor import PUBLISHED, Prev, Value
from .patterns import Candidate, year_range_end


def normalize_date(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    k = c.kind
    day = 1 if squeeze(g["day"]) in ("1er", "1ᵉʳ", "premier") else int(g["day"])
    month = int(g["mon"]) if k == "numeric_date" else month_num(g["month"])
    if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year = year_of(g.get("year"))
    if year is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
        return (*with_daypart(f"{year:04d}-{month:02d}-{day:02d}", g.get("dp")), None, None)
    if ref is None:
        return (*with_daypart(f"XXXX-{month:02d}-{day:02d}", g.get("dp")), None, None)
    rel = rel_direction(g.get("rel"))
    wd = weekday_num(g["wd"]) if g.get("wd") else None
    y = resolve_month_day(ref, month, day, tense, rel)
    if wd and not _near(y, month, day, ref):
        # the weekday fixes the year among the neighbours of ref; a date within days of the publication
        # keeps its year, the weekday a slip of the writer ("mardi 12 février" published on Wednesday 12)
        for year in sorted(range(ref.year - WEEKDAY_YEAR_SPAN, ref.year + 2), key=lambda y: abs(y - ref.year)):
            try:
                if date(year, month, day).isoweekday() == wd:
                    return (*with_daypart(f"{year:04d}-{month:02d}-{day:02d}", g.get("dp")), None, PUBLISHED)
            except ValueError:
                pass
    return (*with_daypart(f"{y:04d}-{month:02d}-{day:02d}", g.get("dp")), None, PUBLISHED)


def _near(year: int, month: int, day: int, ref: date) -> bool:
    try:
        return abs((date(year, month, day) - ref).days) <= WEEKDAY_SLIP_DAYS
    except ValueError:
        return False


def normalize_day_range(c: Candidate, text: str, ref: date | None, tense: str | None,
                        prev: Prev | None) -> Value | None:
    g = c.groups
    month = month_num(g["month"])
    d1 = 1 if squeeze(g["d1"]) in ("1er", "premier") else int(g["d1"])
    d2 = 1 if squeeze(g["d2"]) in ("1er", "premier") else int(g["d2"])
    year = year_of(g.get("year"))
    anchor = None
    if year is None:
        if ref is None:
            return "DATE", f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}", None, None
        year, anchor = resolve_month_day(ref, month, d2, tense, None), PUBLISHED
    return "DATE", f"{year:04d}-{month:02d}-{d1:02d}/{year:04d}-{month:02d}-{d2:02d}", None, anchor


def normalize_month(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    month = month_num(g["month"])
    if not month:
        return None
    mod = part_mod(g.get("part"))
    year = year_of(g.get("year"))
    if year is not None:
        return "DATE", f"{year:04d}-{month:02d}", mod, None
    if ref is None:
        return "DATE", f"XXXX-{month:02d}", mod, None
    y = resolve_month_day(ref, month, None, tense, rel_direction(g.get("rel")))
    return "DATE", f"{y:04d}-{month:02d}", mod, PUBLISHED


def normalize_year(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    mod = part_mod(g.get("part"))
    return "DATE", g["year"], mod, None


def normalize_year_range(c: Candidate, text: str, ref: date | None, tense: str | None,
                         prev: Prev | None) -> Value | None:
    g = c.groups
    end = year_range_end(g["y1"], g["y2"])
    if end is None:
        return None
    return "DATE", f"{int(g['y1']):04d}/{end:04d}", None, None


def normalize_decade(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    d = g["dec"]
    value = d[:3] + "X" if len(d) == 4 else "19" + d[0] + "X"
    return "DATE", value, part_mod(g.get("part")), None


def normalize_century(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    n = _roman(g["roman"])
    if not n or n > 21:
        return None
    return "DATE", f"{n - 1:02d}XX", part_mod(g.get("part")), None


def normalize_season(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    code = SEASONS[squeeze(g["season"])]
    mod = part_mod(g.get("part"))
    year = year_of(g.get("year"))
    if year is not None:
        return "DATE", f"{year:04d}-{code}", mod, None
    if ref is None:
        return "DATE", f"XXXX-{code}", mod, None
    y = season_year(ref, code, tense, rel_direction(g.get("rel")), g.get("det", ""))
    return "DATE", f"{y:04d}-{code}", mod, PUBLISHED


def normalize_rentree(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    year = year_of(g.get("year"))
    if year is not None:
        return "DATE", f"{year:04d}-09", None, None
    if ref is None:
        return "DATE", "XXXX-09", None, None
    rel = rel_direction(g.get("rel"))
    y = resolve_month_day(ref, 9, None, tense, rel)
    return "DATE", f"{y:04d}-09", None, PUBLISHED


def normalize_holiday(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    month, day = HOLIDAYS[squeeze(g["h"])]
    year = year_of(g.get("year"))
    if year is not None:
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, None
    if ref is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
    y = resolve_month_day(ref, month, day, tense, None)
    return "DATE", f"{y:04d}-{month:02d}-{day:02d}", None, PUBLISHED


# "jusqu'à jeudi", "jusqu'au lundi": the weekday ends a period, whatever the tense of the clause.
UNTIL_RE = re.compile(r"jusqu['’]\s*(?:à|au)\s+(?:ce\s+)?$", re.IGNORECASE)


def normalize_weekday(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    wd = weekday_num(g["wd"])
    if not wd:
        return None
    dp = g.get("dp") or g.get("dp2")
    if ref is None:
        typ, value = with_daypart(f"XXXX-WXX-{wd}", dp)
        return typ, value, None, None
    rel = rel_direction(g.get("rel"))
    if squeeze(g.get("pre") or "") == "le" and tense == "present" and not rel and not dp:
        return "SET", f"XXXX-WXX-{wd}", None, None  # habitual: "le marché a lieu le mercredi"
    if not rel and UNTIL_RE.search(text, max(0, c.start - 12), c.start):
        # "a maintenu la vigilance jusqu'à jeudi": an end bound, the nearer of last and next such day
        back, fwd = weekday_date(ref, wd, "past", None), weekday_date(ref, wd, "future", None)
        d = back if (ref - back) < (fwd - ref) else fwd
    else:
        d = weekday_date(ref, wd, tense, rel)
    typ, value = with_daypart(day_str(d), dp)
    return typ, value, None, PUBLISHED


def _roman(s: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = vals.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None
