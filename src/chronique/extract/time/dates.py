"""Calendar arithmetic for TIMEX3 values: French number, month and weekday words, the
tense-aware choice of a weekday's date or a month's year, shifts and period values.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from text_to_num import text2num

from ...lang.fr.fold import squeeze
from .lexicon import DAY_PARTS, MONTHS, PART_MODS, SEASON_START_MONTH, UNITS, WEEKDAYS

DAY_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
MONTH_RE = re.compile(r"^(\d{4})-(\d\d)")
YEAR_RE = re.compile(r"^(\d{4})")
WEEK_RE = re.compile(r"^(\d{4})-W(\d\d)$")
# Weekday window for present-tense clauses: the nearest occurrence within this many days.
PRESENT_WEEKDAY_WINDOW = 3
# A date written with a weekday whose year is not given takes the nearest year (this far back at
# most) where the weekday is right: "mercredi 11 avril" is 2018 when published in 2020.
WEEKDAY_YEAR_SPAN = 6
# A day and month within this many days of the publication keep their year whatever weekday is written with them.
WEEKDAY_SLIP_DAYS = 7
# A day and month this close to the publication date stays in its year whatever the tense: "l'AMF a
# calé le discours le 22 novembre" (published 14 November) schedules a coming day, it does not
# recall last year's.
TENSE_SLACK_DAYS = 21
# Two-digit years at or above this are 19xx ("octobre 98"), below it 20xx.
TWO_DIGIT_PIVOT = 40




def lookup(table: dict, s: str):
    return table.get(squeeze(s))


def month_num(s: str) -> int | None:
    k = squeeze(s)
    return MONTHS.get(k) or MONTHS.get(k + ".")


def weekday_num(s: str) -> int | None:
    return WEEKDAYS.get(squeeze(s).rstrip("s")) or WEEKDAYS.get(squeeze(s))


def parse_number(s: str) -> float | None:
    """'12' -> 12, '1,5' -> 1.5, 'vingt-cinq' -> 25, 'cinq ou six' -> 5; None for vague words."""
    s = squeeze(s)
    s = s.split(" ou ")[0].strip()
    if not s:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    if s in ("un", "une"):
        return 1.0
    try:
        return float(text2num(s.replace(" et ", "-et-").replace(" ", "-"), "fr"))
    except (ValueError, TypeError, AttributeError):
        try:
            return float(text2num(s, "fr"))
        except (ValueError, TypeError, AttributeError):
            return None


def fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def day_str(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def parse_day(value: str) -> date | None:
    m = DAY_RE.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def weekday_date(ref: date, wd: int, tense: str | None, rel: str | None) -> date:
    """The date of ISO weekday ``wd`` that the tense (or "dernier"/"prochain") points to."""
    back = (ref.isoweekday() - wd) % 7          # 0..6 days back to the last such day
    fwd = (wd - ref.isoweekday()) % 7           # 0..6 days forward to the next one
    if rel in ("past", "last"):
        return ref - timedelta(days=back or 7)
    if rel == "next":
        return ref + timedelta(days=fwd or 7)
    if tense == "past":
        return ref - timedelta(days=back)
    if tense == "future":
        return ref + timedelta(days=fwd)
    if back <= PRESENT_WEEKDAY_WINDOW:
        return ref - timedelta(days=back)
    return ref + timedelta(days=fwd)


def rel_direction(rel: str | None) -> str | None:
    if not rel:
        return None
    r = squeeze(rel)
    if r.startswith(("dernier", "dernière", "passé", "précédent")):
        return "last"
    if r.startswith(("prochain", "suivant", "à venir")):
        return "next"
    return None


def resolve_month_day(ref: date, month: int, day: int | None, tense: str | None, rel: str | None) -> int:
    """Year of a month (and day) written without one, so that the clause's tense holds."""
    target = (month, day or 1)
    now = (ref.month, ref.day if day else 1)
    direction = rel or ({"past": "past", "future": "future"}.get(tense or ""))
    if direction in ("last",):
        return ref.year if target < now else ref.year - 1
    if direction == "next":
        return ref.year if target > now else ref.year + 1
    near = day is not None and _days_apart(ref, month, day) <= TENSE_SLACK_DAYS
    if direction == "past":
        return ref.year if target <= now or near else ref.year - 1
    if direction == "future":
        return ref.year if target >= now or near else ref.year + 1
    # present / unknown: the nearest occurrence (within six months)
    diff = (month - ref.month)
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


def _days_apart(ref: date, month: int, day: int) -> int:
    """Days between ``ref`` and that month and day in ``ref``'s year."""
    try:
        return abs((date(ref.year, month, day) - ref).days)
    except ValueError:  # 29 February of a common year
        return abs((date(ref.year, month, 28) - ref).days)


def year_of(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lstrip("'’")
    y = int(s)
    if len(s) == 2:
        y += 1900 if y >= TWO_DIGIT_PIVOT else 2000
    return y


def part_mod(part: str | None) -> str | None:
    if not part:
        return None
    k = squeeze(part).rstrip("-").strip()
    for key, mod in sorted(PART_MODS.items(), key=lambda kv: -len(kv[0])):
        if k == key.rstrip("-").strip():
            return mod
    if k.startswith("mi") or "milieu" in k:
        return "MID"
    if "fin" in k:
        return "END"
    if "début" in k:
        return "START"
    return None


def daypart_code(dp: str | None) -> str | None:
    if not dp:
        return None
    k = squeeze(dp)
    code = DAY_PARTS.get(k)
    if code:
        return code
    for word, c in DAY_PARTS.items():
        if word in k:
            return c
    if "journée" in k:
        return "DT"
    return None


def with_daypart(day: str, dp: str | None) -> tuple[str, str]:
    code = daypart_code(dp)
    if not code:
        return "DATE", day
    return "TIME", f"{day}T{code}"


def daypart_mod(dp: str | None) -> str | None:
    if not dp:
        return None
    k = squeeze(dp)
    if "début" in k:
        return "START"
    if "fin" in k:
        return "END"
    if "milieu" in k:
        return "MID"
    return None


def duration_value(n: float | None, unit: str) -> str:
    letter, is_time = UNITS.get(squeeze(unit), ("X", False))
    if letter == "DE":
        letter, n = "Y", (n * 10 if n is not None else None)
    elif letter == "CE":
        letter, n = "Y", (n * 100 if n is not None else None)
    elif letter == "Q":
        letter, n = "M", (n * 3 if n is not None else None)
    elif letter == "M6":
        letter, n = "M", (n * 6 if n is not None else None)
    q = "X" if n is None else fmt_num(n)
    return f"PT{q}{letter}" if is_time else f"P{q}{letter}"


def shift(ref: date, n: float, unit: str) -> str:
    """``ref`` moved by ``n`` units, written at the unit's granularity."""
    letter, is_time = UNITS.get(squeeze(unit), ("D", False))
    k = int(n)
    if letter in ("Y", "DE", "CE"):
        mult = {"Y": 1, "DE": 10, "CE": 100}[letter]
        return f"{ref.year + k * mult:04d}"
    if letter in ("M", "Q", "M6") and not is_time:
        mult = {"M": 1, "Q": 3, "M6": 6}[letter]
        y, m = add_months(ref.year, ref.month, k * mult)
        return f"{y:04d}-{m:02d}"
    if letter == "W":
        d = ref + timedelta(weeks=k)
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if letter == "D":
        return day_str(ref + timedelta(days=k))
    return day_str(ref)  # hours, minutes: the day is as precise as we can be without a clock


def period_value(ref: date, p: str, k: int) -> str | None:
    p = squeeze(p)
    if p.startswith("semaine"):
        iso = (ref + timedelta(weeks=k)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if p.startswith("week"):
        iso = (ref + timedelta(weeks=k)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    if p == "mois":
        y, m = add_months(ref.year, ref.month, k)
        return f"{y:04d}-{m:02d}"
    if p in ("an", "année", "ans", "années"):
        return f"{ref.year + k:04d}"
    if p == "trimestre":
        y, m = add_months(ref.year, ref.month, 3 * k)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if p == "semestre":
        y, m = add_months(ref.year, ref.month, 6 * k)
        return f"{y:04d}-H{(m - 1) // 6 + 1}"
    if p == "siècle":
        return f"{(ref.year // 100) + k:02d}"
    if p == "décennie":
        return f"{(ref.year // 10) + k:03d}"
    return None


def season_year(ref: date, code: str, tense: str | None, rel: str | None, det: str) -> int:
    start = SEASON_START_MONTH[code]
    # the season running or most recently begun in ref's year
    in_or_after = ref.month >= start or (code == "WI" and ref.month <= 2)
    current_year = ref.year if ref.month >= start else ref.year - (1 if code == "WI" else 0)
    if rel == "last":
        return current_year - 1 if ref.month >= start or code == "WI" else ref.year - 1
    if rel == "next":
        return ref.year + 1 if ref.month >= start else ref.year
    if squeeze(det) in ("cet", "ce", "cette"):
        return ref.year if code != "WI" or ref.month >= 12 else current_year
    if tense == "past":
        return ref.year if in_or_after and code != "WI" else ref.year - 1
    return ref.year
