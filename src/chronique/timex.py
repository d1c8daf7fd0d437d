"""TIMEX3 values as stretches of the calendar, and those stretches in French words.

The one reader of a TIMEX3 ``value`` as an interval (the corpus links, sorts and filters by it,
the pages draw it, the CLI and the API print it) and the one French label of an interval:

    >>> parse_timex("2023-W10")
    Interval(start='2023-03-06', end='2023-03-12', granularity='week', clock=None)
    >>> french_label(parse_timex("2023-W10"))
    'semaine du 6 mars 2023'

An ``Interval`` is two ISO dates, **both inclusive**, as the store keeps them (``t_start``,
``t_end``): ISO strings sort in calendar order, so a day sorts inside the month that holds it.
``first``/``last`` give them as ``datetime.date``; ``after`` is the day after ``last`` (the
exclusive bound a drawing wants).

    value                  granularity  interval (inclusive)
    2023-03-08             day          that day
    2023-03-08T14:30       time         that day (``clock`` = "14:30"); seconds, fractions and
    2023-03-08TEV          time         a UTC offset are allowed; parts of day MO MI AF EV NI DT
    2023-W10               week         Monday to Sunday of ISO 8601 week 10 (2023-03-06..12)
    2023-W10-3             day          ISO week date: the Wednesday of that week
    2023-W10-WE            weekend      Saturday and Sunday of that ISO week
    2023-03                month        the whole month
    2023-Q1 .. Q4          quarter      Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec
    2023-H1, H2            half         Jan–Jun, Jul–Dec
    2023-SP SU FA WI       season       meteorological (northern hemisphere): spring Mar–May,
                                        summer Jun–Aug, autumn Sep–Nov (``AU`` read as ``FA``),
                                        winter 1 Dec of the year to the end of Feb of the next
    2023                   year
    199X, 199              decade       1990–1999
    19XX, 19               century      1900–1999 (TIMEX3 centuries count from the 00 year)
    A/B                    range        first day of A to last day of B (A, B any of the above
                                        except ranges, A not after B)

Everything else has no place on the calendar and gives ``None``: unanchored values
(``XXXX-03-08``, ``XXXX-WXX-2``), references (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``),
durations (``P3D``, ``PT2H``), impossible dates (``2023-02-30``, ``2023-13``, ``2021-W53``,
``T25:00``), the year 0, and any other text.

Labels (``french_label``) take month, weekday and season names from ``chronique.lang.fr.calendar``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lang.fr.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, SEASON_NAMES, WEEKDAY_NAMES

__all__ = [
    "GRANULARITY_NAMES", "Interval", "POINT_GRANULARITIES", "SEASON_MONTHS", "day_interval", "day_label",
    "duration_label", "french_label", "month_label", "parse_timex", "readable_value", "value_label",
]

# Values longer than this are not TIMEX3 values (the longest, a range of two clock times with
# offsets, is about 50 characters); refusing them early keeps the regular expressions cheap.
MAX_VALUE_CHARS = 60

# Season code -> (first month, number of months). Meteorological seasons: whole months, the
# way French news uses "l'été 2023" (June to August), winter straddling the new year.
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "AU": (9, 3), "WI": (12, 3)}
# TIMEX3 parts of the day (a time, placed on its day).
DAY_PARTS = frozenset({"MO", "MI", "AF", "EV", "NI", "DT"})

# Granularities drawn as a point (a day or less); everything else is a stretch.
POINT_GRANULARITIES = frozenset({"time", "day"})
# The granularity in words, for pages ("mois", "semaine").
GRANULARITY_NAMES: dict[str, str] = {
    "time": "heure", "day": "jour", "week": "semaine", "weekend": "week-end", "month": "mois",
    "quarter": "trimestre", "half": "semestre", "season": "saison", "year": "année", "decade": "décennie",
    "century": "siècle", "range": "période",
}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(?:(?P<h>\d{2})(?::(?P<m>\d{2})(?::\d{2}(?:[.,]\d+)?)?)?"
                   r"(?:Z|[+-]\d{2}(?::?\d{2})?)?|(?P<part>[A-Z]{2}))")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(?P<day>[1-7]|WE))?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"(\d{3})X?")
_CENTURY = re.compile(r"(\d{2})(?:XX)?")


@dataclass(frozen=True)
class Interval:
    """A stretch of the calendar: ISO dates ``start`` and ``end``, both inclusive."""

    start: str
    end: str
    granularity: str
    clock: str | None = None  # "14:30" or a part of the day ("EV") for granularity "time"

    @classmethod
    def from_bounds(cls, start: str | None, end: str | None, granularity: str = "range") -> "Interval | None":
        """The interval between two stored ISO dates (or datetimes: their date is kept), or None
        when one is missing or not a date, or ``end`` comes before ``start``."""
        try:
            first = dt.date.fromisoformat((start or "")[:10])
            last = dt.date.fromisoformat((end or start or "")[:10])
        except ValueError:
            return None
        return cls(first.isoformat(), last.isoformat(), granularity) if first <= last else None

    @property
    def first(self) -> dt.date:
        return dt.date.fromisoformat(self.start)

    @property
    def last(self) -> dt.date:
        return dt.date.fromisoformat(self.end)

    @property
    def after(self) -> dt.date:
        """The day after ``last``: the exclusive end."""
        return self.last + dt.timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_point(self) -> bool:
        return self.granularity in POINT_GRANULARITIES or self.start == self.end

    def overlaps(self, other: "Interval") -> bool:
        return self.start <= other.end and other.start <= self.end

    def days_apart(self, other: "Interval") -> int:
        """Days between the nearer ends of two intervals; 0 when they overlap."""
        if self.overlaps(other):
            return 0
        if self.end < other.start:
            return (other.first - self.last).days
        return (self.first - other.last).days


def _months(year: int, first_month: int, count: int, granularity: str) -> Interval:
    """``count`` whole months from ``first_month`` of ``year`` (running into the next year if need be)."""
    start = dt.date(year, first_month, 1)
    index = year * 12 + first_month - 1 + count  # the month after the last one
    after = dt.date(index // 12, index % 12 + 1, 1)
    return Interval(start.isoformat(), (after - dt.timedelta(days=1)).isoformat(), granularity)


def _years(first: int, count: int, granularity: str) -> Interval:
    return Interval(dt.date(first, 1, 1).isoformat(), dt.date(first + count - 1, 12, 31).isoformat(), granularity)


def _clock(m: re.Match) -> str | None:
    """The time of a ``...THH:MM`` value, checked, or its part of the day; None when impossible."""
    if m["part"]:
        return m["part"] if m["part"] in DAY_PARTS else None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


def _parse_simple(value: str) -> Interval | None:
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return Interval(day, day, "day")
    if m := _TIME.fullmatch(value):
        clock = _clock(m)
        if clock is None:
            return None
        day = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        return Interval(day, day, "time", clock)
    if m := _WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m["day"] == "WE":
            return Interval((monday + dt.timedelta(days=5)).isoformat(), (monday + dt.timedelta(days=6)).isoformat(),
                            "weekend")
        if m["day"]:
            day = (monday + dt.timedelta(days=int(m["day"]) - 1)).isoformat()
            return Interval(day, day, "day")
        return Interval(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week")
    if m := _MONTH.fullmatch(value):
        return _months(int(m[1]), int(m[2]), 1, "month")
    if m := _QUARTER.fullmatch(value):
        return _months(int(m[1]), 3 * int(m[2]) - 2, 3, "quarter")
    if m := _HALF.fullmatch(value):
        return _months(int(m[1]), 6 * int(m[2]) - 5, 6, "half")
    if m := _SEASON.fullmatch(value):
        first_month, count = SEASON_MONTHS[m[2]]
        return _months(int(m[1]), first_month, count, "season")
    if _YEAR.fullmatch(value):
        return _years(int(value), 1, "year")
    if m := _DECADE.fullmatch(value):
        return _years(int(m[1]) * 10, 10, "decade")
    if m := _CENTURY.fullmatch(value):
        return _years(int(m[1]) * 100, 100, "century")
    return None


@lru_cache(maxsize=8192)
def parse_timex(value: str | None) -> Interval | None:
    """The calendar interval of a TIMEX3 value (see the module's table), or None when it has none."""
    if not value or len(value) > MAX_VALUE_CHARS:
        return None
    value = value.strip()
    try:
        if "/" in value:
            left, right = value.split("/", 1)
            if "/" in right:
                return None
            a, b = _parse_simple(left), _parse_simple(right)
            if a is None or b is None or a.start > b.end:
                return None
            return Interval(a.start, b.end, "range")
        return _parse_simple(value)
    except (ValueError, OverflowError):  # 2023-02-30, week 53 of a 52-week year, year 0, year 10000
        return None


def day_interval(iso: str | None) -> Interval | None:
    """The day of an ISO date or datetime (a publication date), or None when it is not one."""
    if not iso:
        return None
    try:
        day = dt.date.fromisoformat(iso[:10]).isoformat()
    except ValueError:
        return None
    return Interval(day, day, "day")


# -- French labels ---------------------------------------------------------------------------------
def day_label(day: dt.date, *, year: bool = True, short: bool = False) -> str:
    """``8 mars 2023``, ``1er mars 2023`` (French writes the first of the month as an ordinal);
    ``short``: abbreviated month (``8 févr.``), for axis ticks."""
    return f"{_day_number(day)} {month_label(day.month, day.year if year else None, short=short)}"


def month_label(month: int, year: int | None = None, *, short: bool = False) -> str:
    """``mars 2023``, ``janv.`` (``short``, no ``year``)."""
    name = (MONTH_ABBREVIATIONS if short else MONTH_NAMES)[month - 1]
    return f"{name} {year}" if year is not None else name


def _day_number(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def _ordinal(n: int) -> str:
    return "1er" if n == 1 else f"{n}e"


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def _clock_label(clock: str | None) -> str:
    """`` à 14 h 30`` for a clock time; nothing for a part of the day (its words live with the
    time extractor, not here)."""
    if not clock or ":" not in clock:
        return ""
    hour, minute = clock.split(":")
    return f" à {int(hour)} h" + (f" {minute}" if minute != "00" else "")


def _range_label(first: dt.date, last: dt.date) -> str:
    """From one day to another, as French says it: whole years, whole months, or days."""
    if first == last:
        return day_label(first)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"de {first.year} à {last.year}" if first.year != last.year else str(first.year)
    if first.day == 1 and last.month != (last + dt.timedelta(days=1)).month:
        if first.year == last.year:
            return f"de {month_label(first.month)} à {month_label(last.month, last.year)}"
        return f"de {month_label(first.month, first.year)} à {month_label(last.month, last.year)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"du {_day_number(first)} au {day_label(last)}"
    if first.year == last.year:
        return f"du {day_label(first, year=False)} au {day_label(last)}"
    return f"du {day_label(first)} au {day_label(last)}"


def french_label(interval: Interval) -> str:
    """The interval in French words: ``8 mars 2023``, ``8 mars 2023 à 14 h 30``, ``semaine du
    6 mars 2023``, ``mars 2023``, ``1er trimestre 2023``, ``été 2023``, ``hiver 2023-2024``,
    ``2023``, ``années 1990``, ``XXe siècle``, ``du 12 au 14 juin 2023``."""
    first, last, granularity = interval.first, interval.last, interval.granularity
    if granularity == "day":
        return day_label(first)
    if granularity == "time":
        return day_label(first) + _clock_label(interval.clock)
    if granularity == "week":
        return f"semaine du {day_label(first)}"
    if granularity == "weekend":
        return f"week-end du {day_label(first)}"
    if granularity == "month":
        return month_label(first.month, first.year)
    if granularity == "quarter":
        return f"{_ordinal((first.month + 2) // 3)} trimestre {first.year}"
    if granularity == "half":
        return f"{_ordinal((first.month + 5) // 6)} semestre {first.year}"
    if granularity == "season":
        code = next((c for c, (m, _) in SEASON_MONTHS.items() if m == first.month and c in SEASON_NAMES), None)
        if code is not None:
            years = f"{first.year}-{last.year}" if last.year != first.year else str(first.year)
            return f"{SEASON_NAMES[code]} {years}"
    if granularity == "year":
        return str(first.year)
    if granularity == "decade":
        return f"années {first.year}"
    if granularity == "century":
        return f"{_roman(first.year // 100 + 1)}e siècle"
    return _range_label(first, last)


def value_label(value: str | None) -> str | None:
    """``french_label`` of a TIMEX3 value, or None when the value has no place on the calendar."""
    interval = parse_timex(value)
    return french_label(interval) if interval is not None else None


# A duration's units (TIMEX3 ``P…``/``PT…``) in French: (singular, plural, an unknown number of them).
DURATION_UNITS = {"Y": ("an", "ans", "des années"), "M": ("mois", "mois", "des mois"),
                  "W": ("semaine", "semaines", "des semaines"), "D": ("jour", "jours", "des jours"),
                  "H": ("heure", "heures", "des heures"), "TM": ("minute", "minutes", "des minutes"),
                  "S": ("seconde", "secondes", "des secondes"), "DE": ("décennie", "décennies", "des décennies"),
                  "CE": ("siècle", "siècles", "des siècles")}
# Values with no place on the calendar, in words.
REFERENCE_LABELS = {"PRESENT_REF": "maintenant", "PAST_REF": "dans le passé", "FUTURE_REF": "à l'avenir"}
_WEEKDAY_ONLY = re.compile(r"XXXX-WXX-([1-7])")
_DURATION = re.compile(r"P(T?)(\d+(?:[.,]\d+)?|X)(DE|CE|[YMWDHS])")


def duration_label(value: str | None) -> str | None:
    """A TIMEX3 duration in French: ``P5Y`` → "5 ans", ``PT3H`` → "3 heures", ``PXY`` → "des années";
    None for anything else."""
    m = _DURATION.fullmatch(value or "")
    if m is None:
        return None
    clock, amount, unit = m.groups()
    one, many, vague = DURATION_UNITS["TM" if clock and unit == "M" else unit]
    if amount == "X":
        return vague
    number = float(amount.replace(",", "."))
    shown = f"{number:g}".replace(".", ",")
    return f"{shown} {one if number < 2 else many}"


def readable_value(value: str | None) -> str:
    """What a page shows for a TIMEX3 value: its calendar period or duration in French, else the value."""
    weekday = _WEEKDAY_ONLY.fullmatch(value or "")
    if weekday:
        return f"un {WEEKDAY_NAMES[int(weekday.group(1)) - 1]} (semaine non résolue)"
    return (value_label(value) or duration_label(value) or REFERENCE_LABELS.get(value or "")
            or (value or ""))
