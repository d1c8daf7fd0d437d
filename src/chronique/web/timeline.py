"""The visual timeline: TIMEX3 values → intervals on a time axis → an SVG layout.

A value keeps its granularity: ``2023-03`` is the whole of March (a bar), ``2023-03-08`` a day
(a dot), ``2023-W10`` a week, ``2023-Q1`` a quarter, ``2019`` a year, ``A/B`` a range.
Values with no anchor on the calendar (``XXXX-10-01``, ``PAST_REF``, durations) are not placed.
The layout is computed here and drawn by ``templates/_timeline.html``; nothing here is HTML.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

# Drawing size in SVG user units (the SVG scales to the page width).
WIDTH = 1000
MARGIN_X = 40
ROW_HEIGHT = 22
AXIS_HEIGHT = 34
# A point (a day or less) is drawn as a dot; anything longer as a bar at least this wide.
MIN_BAR_WIDTH = 4
# Rows available before items are folded into the last one (keeps the SVG readable).
MAX_ROWS = 40
# Label text beside each mark: at most this many characters, about this wide per character
# (11 px sans-serif, measured on the rendered page) — used to keep labels from overlapping.
LABEL_CHARS = 55
CHAR_WIDTH = 6.0
INSIDE_LABEL_MIN_WIDTH = 120  # bars at least this wide show their label inside

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}  # [first, after-last) months

POINT_GRANULARITIES = ("day", "time", "hour", "minute", "second")
GRANULARITY_LABELS = {"time": "heure", "day": "jour", "week": "semaine", "month": "mois", "quarter": "trimestre",
                      "season": "saison", "half": "semestre", "year": "année", "decade": "décennie",
                      "range": "période"}
MONTHS_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


@dataclass(frozen=True)
class Interval:
    start: dt.date
    end: dt.date  # exclusive
    granularity: str


def _month_start(year: int, month: int) -> dt.date:
    """First day of ``month`` (which may run past 12 into the next years)."""
    return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def parse_value(value: str | None) -> Interval | None:
    """The calendar interval of a TIMEX3 value, or None when it cannot be placed."""
    if not value or len(value) > 60:
        return None
    try:
        if "/" in value:
            left, right = value.split("/", 1)
            a, b = parse_value(left), parse_value(right)
            if a is None or b is None or b.end <= a.start:
                return None
            return Interval(a.start, b.end, "range")
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return Interval(day, day + dt.timedelta(days=1), "day")
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return Interval(_month_start(year, month), _month_start(year, month + 1), "month") if 1 <= month <= 12 else None
        if m := _YEAR.match(value):
            year = int(m[1])
            return Interval(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year") if year >= 1 else None
        if m := _DECADE.match(value):
            year = int(m[1]) * 10
            return Interval(dt.date(year, 1, 1), dt.date(year + 10, 1, 1), "decade") if year >= 1 else None
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Interval(monday, monday + dt.timedelta(days=7), "week")
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            return Interval(_month_start(year, 3 * q - 2), _month_start(year, 3 * q + 1), "quarter")
        if m := _HALF.match(value):
            year, h = int(m[1]), int(m[2])
            return Interval(_month_start(year, 6 * h - 5), _month_start(year, 6 * h + 1), "half")
        if m := _SEASON.match(value):
            first, after = SEASON_MONTHS[m[2]]
            return Interval(_month_start(int(m[1]), first), _month_start(int(m[1]), after), "season")
    except (ValueError, OverflowError):  # 2023-02-30, week 54, year 0...
        return None
    return None


@dataclass(frozen=True)
class TimelineItem:
    """One thing to place: an event or a quotation, dated by a TIMEX3 value."""

    kind: str  # "event" | "quote" | "fact"
    label: str
    value: str
    href: str | None = None
    detail: str = ""
    # The store's own normalisation when there is one: ISO dates (end inclusive) and granularity.
    start: str | None = None
    end: str | None = None
    granularity: str | None = None

    def interval(self) -> Interval | None:
        if self.start and self.end and self.granularity:
            try:
                first = dt.date.fromisoformat(self.start[:10])
                last = dt.date.fromisoformat(self.end[:10])
            except ValueError:
                return parse_value(self.value)
            if last >= first:
                return Interval(first, last + dt.timedelta(days=1), self.granularity)
        return parse_value(self.value)


@dataclass(frozen=True)
class PlacedItem:
    item: TimelineItem
    interval: Interval
    x: float
    width: float
    y: float
    is_point: bool
    label: str = ""  # shortened label drawn beside the mark ("" when there is no room)
    label_x: float = 0.0
    label_anchor: str = "start"  # SVG text-anchor: right of the mark, or "end" (left of it)

    @property
    def granularity_label(self) -> str:
        return GRANULARITY_LABELS.get(self.interval.granularity, self.interval.granularity)

    @property
    def period(self) -> str:
        """The interval in words, e.g. ``mars 2023`` or ``8 mars 2023``."""
        return describe(self.interval)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Layout:
    items: tuple[PlacedItem, ...]
    ticks: tuple[Tick, ...]
    width: int
    height: int
    axis_y: float
    unplaced: tuple[TimelineItem, ...]
    start: dt.date | None = None
    end: dt.date | None = None


def describe(iv: Interval) -> str:
    s = iv.start
    last = iv.end - dt.timedelta(days=1)
    if iv.granularity == "day":
        return f"{s.day} {MONTHS_FR[s.month - 1]} {s.year}"
    if iv.granularity == "month":
        return f"{MONTHS_FR[s.month - 1]} {s.year}"
    if iv.granularity == "year":
        return str(s.year)
    if iv.granularity == "decade":
        return f"années {s.year}"
    return f"{s.day} {MONTHS_FR[s.month - 1]} {s.year} – {last.day} {MONTHS_FR[last.month - 1]} {last.year}"


def _ticks(start: dt.date, end: dt.date, scale) -> list[Tick]:
    """Year ticks on long spans, month ticks on shorter ones, day ticks on a few weeks."""
    days = (end - start).days
    ticks = []
    if days > 3 * 365:
        step = max(1, days // 365 // 10)
        for year in range(start.year + (start.month > 1 or start.day > 1), end.year + 1, step):
            ticks.append(Tick(scale(dt.date(year, 1, 1)), str(year)))
    elif days > 62:
        month = _month_start(start.year, start.month + (start.day > 1))
        step = max(1, days // 30 // 12)
        while month <= end:
            label = MONTHS_FR[month.month - 1] + (f" {month.year}" if month.month == 1 or not ticks else "")
            ticks.append(Tick(scale(month), label))
            month = _month_start(month.year, month.month + step)
    else:
        step = max(1, days // 10)
        day = start
        while day <= end:
            ticks.append(Tick(scale(day), f"{day.day} {MONTHS_FR[day.month - 1]}"))
            day += dt.timedelta(days=step)
    return ticks


def layout(items: Iterable[TimelineItem]) -> Layout:
    """Place every datable item on one axis; rows are assigned so that bars never overlap."""
    placed_raw: list[tuple[TimelineItem, Interval]] = []
    unplaced: list[TimelineItem] = []
    for item in items:
        iv = item.interval()
        (placed_raw.append((item, iv)) if iv else unplaced.append(item))
    if not placed_raw:
        return Layout((), (), WIDTH, AXIS_HEIGHT + ROW_HEIGHT, AXIS_HEIGHT / 2, tuple(unplaced))
    placed_raw.sort(key=lambda p: (p[1].start, p[1].end))
    lo = min(iv.start for _, iv in placed_raw)
    hi = max(iv.end for _, iv in placed_raw)
    pad = max(1, (hi - lo).days // 20)
    lo, hi = lo - dt.timedelta(days=pad), hi + dt.timedelta(days=pad)
    span_days = max(1, (hi - lo).days)
    usable = WIDTH - 2 * MARGIN_X

    def scale(day: dt.date) -> float:
        return MARGIN_X + usable * (day - lo).days / span_days

    row_ends: list[float] = []  # right edge (with a gap) of what is drawn last in each row
    out: list[PlacedItem] = []
    for item, iv in placed_raw:
        x0, x1 = scale(iv.start), scale(iv.end)
        is_point = iv.granularity in POINT_GRANULARITIES or (iv.end - iv.start).days <= 1
        width = max(MIN_BAR_WIDTH, x1 - x0)
        if is_point:
            x0, width = (x0 + x1) / 2, 0.0
        mark_left, mark_right = (x0 - 6, x0 + 6) if is_point else (x0, x0 + width)
        label = _clip(item.label, LABEL_CHARS)
        room_right, room_left = WIDTH - (mark_right + 4), mark_left - 4
        if not is_point and width >= INSIDE_LABEL_MIN_WIDTH:  # a wide bar carries its label inside
            anchor, label_x = "start", x0 + 4
            label = _clip(item.label, min(LABEL_CHARS, int((width - 8) / CHAR_WIDTH)))
            left, right = mark_left, mark_right
        elif room_right >= min(len(label) * CHAR_WIDTH, room_left):  # to the right of the mark
            anchor, label_x = "start", mark_right + 4
            label = _clip(item.label, min(LABEL_CHARS, int(room_right / CHAR_WIDTH)))
            left, right = mark_left, label_x + len(label) * CHAR_WIDTH
        else:  # near the right edge: to the left of the mark
            anchor, label_x = "end", mark_left - 4
            label = _clip(item.label, min(LABEL_CHARS, int(room_left / CHAR_WIDTH)))
            left, right = label_x - len(label) * CHAR_WIDTH, mark_right
        row = next((r for r, edge in enumerate(row_ends) if edge <= left), None)
        if row is None and len(row_ends) < MAX_ROWS:
            row = len(row_ends)
            row_ends.append(right + 8)
        if row is None:  # no free row left: fold into the last one, without a label
            row, label = MAX_ROWS - 1, ""
        row_ends[row] = max(row_ends[row], right + 8 if label else mark_right + 2)
        out.append(PlacedItem(item, iv, x0, width, AXIS_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2, is_point,
                              label, label_x, anchor))
    height = AXIS_HEIGHT + len(row_ends) * ROW_HEIGHT + 8
    return Layout(tuple(out), tuple(_ticks(lo, hi, scale)), WIDTH, height, AXIS_HEIGHT - 8,
                  tuple(unplaced), lo, hi)


def items_from_article(article, href: str | None = None) -> list[TimelineItem]:
    """What one article places in time: its events dated by a timex, its other dates (as facts),
    and its quotations at the publication date."""
    timex = {t.id: t for t in article.timexes}
    names = {e.id: e.name for e in article.entities}
    out: list[TimelineItem] = []
    for ev in article.events:
        t = timex.get(ev.time or "")
        if t is None:
            continue
        who = ", ".join(names.get(p.entity, p.entity) for p in ev.participants)
        out.append(TimelineItem("event", f"{ev.type} « {ev.trigger.text} »" + (f" — {who}" if who else ""),
                                t.value, href, detail=t.text))
    used = {ev.time for ev in article.events}
    for t in article.timexes:
        if t.id not in used and t.type in ("DATE", "TIME"):
            out.append(TimelineItem("fact", f"« {t.text} »", t.value, href, detail=t.value))
    if article.published.value:
        for q in article.quotes:
            who = names.get(q.speaker.entity or "", q.speaker.text) if q.speaker else "?"
            out.append(TimelineItem("quote", f"{who} : « {_clip(q.text)} »", article.published.value[:10], href,
                                    detail="date de publication"))
    return out


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    if width < 4:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def sorted_values(values: Sequence[str]) -> list[str]:
    """Values in calendar order; unplaceable ones last."""
    far = dt.date.max
    return sorted(values, key=lambda v: (parse_value(v) or Interval(far, far, "")).start)
