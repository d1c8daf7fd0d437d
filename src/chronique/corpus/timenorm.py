"""TIMEX3 values → sortable spans: ``2023-10`` is the span 2023-10-01..2023-10-31 (granularity month).

Timelines sort by span start, then by span end, so that a day sorts inside the month that holds it
and a whole month sorts before its days' successors; events are merged when their spans overlap.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Span:
    start: str          # ISO date, inclusive
    end: str            # ISO date, inclusive
    granularity: str    # day / week / month / quarter / season / year / decade / range / time

    def overlaps(self, other: "Span") -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (dt.date.fromisoformat(self.end) - dt.date.fromisoformat(self.start)).days + 1


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+)?")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")

# Seasons as month ranges (northern hemisphere, meteorological seasons).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def _month_span(year: int, first: int, last: int, granularity: str) -> Span:
    if last > 12:  # winter runs into the next year
        end_year, last = year + 1, last - 12
    else:
        end_year = year
    end_day = calendar.monthrange(end_year, last)[1]
    return Span(dt.date(year, first, 1).isoformat(), dt.date(end_year, last, end_day).isoformat(), granularity)


@lru_cache(maxsize=8192)
def span_of(value: str | None) -> Span | None:
    """The calendar span of a TIMEX3 value, or None for durations, sets, references and unanchored values."""
    if not value:
        return None
    value = value.strip()
    try:
        if "/" in value:
            a, b = (span_of(v) for v in value.split("/", 1))
            if a and b and a.start <= b.end:
                return Span(a.start, b.end, "range")
            return None
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return Span(day, day, "time" if m[4] else "day")
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return _month_span(y, mo, mo, "month")
        if m := _YEAR.match(value):
            return Span(f"{m[1]}-01-01", f"{m[1]}-12-31", "year")
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Span(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week")
        if m := _QUARTER.match(value):
            q = int(m[2])
            return _month_span(int(m[1]), 3 * q - 2, 3 * q, "quarter")
        if m := _HALF.match(value):
            h = int(m[2])
            return _month_span(int(m[1]), 6 * h - 5, 6 * h, "half")
        if m := _SEASON.match(value):
            first, last = SEASON_MONTHS[m[2]]
            return _month_span(int(m[1]), first, last, "season")
        if m := _DECADE.match(value):
            return Span(f"{m[1]}0-01-01", f"{m[1]}9-12-31", "decade")
    except ValueError:
        return None
    return None


def date_span(iso: str | None) -> Span | None:
    """The day of a publication date (a datetime keeps its date)."""
    if not iso:
        return None
    return span_of(iso[:10])


def days_between(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def shift(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=days)).isoformat()
