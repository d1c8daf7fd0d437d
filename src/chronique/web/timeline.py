"""The visual timeline: timeline items → intervals on a time axis → an SVG layout.

Intervals come from ``chronique.timex`` (the one TIMEX3 reader): a value keeps its granularity,
``2023-03`` is the whole of March (a bar), ``2023-03-08`` a day (a dot), ``2023-W10`` a week,
``2023-Q1`` a quarter, ``2019`` a year, ``A/B`` a range. Values with no anchor on the calendar
(``XXXX-10-01``, ``PAST_REF``, durations) are not placed. Periods are labelled by
``timex.french_label``. The layout is computed here and drawn by ``timeline_svg``; nothing here
is HTML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from ..corpus.timeline import clip, item_interval
from ..timex import GRANULARITY_NAMES, Interval, day_label, french_label, month_label

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


@dataclass(frozen=True)
class TimelineItem:
    """One thing to place: an event, a quotation or a dated fact, dated by a TIMEX3 value."""

    kind: str  # "event" | "quote" | "fact"
    label: str
    value: str
    href: str | None = None
    detail: str = ""
    # The store's own normalisation when there is one: ISO dates (end inclusive) and granularity.
    start: str | None = None
    end: str | None = None
    granularity: str | None = None
    sentence: str = ""  # the sentence it comes from (stored items)
    article_title: str = ""
    period: str = ""  # the interval in French ("semaine du 6 mars 2023")

    def interval(self) -> Interval | None:
        return item_interval({"value": self.value, "start": self.start, "end": self.end,
                              "granularity": self.granularity})

    @classmethod
    def from_item(cls, item: dict[str, Any], href: str | None = None) -> "TimelineItem":
        """From a corpus timeline item (``chronique.corpus.timeline``)."""
        detail = item.get("detail") or item.get("article_title") or item.get("sentence") or ""
        return cls(item.get("kind") or "event", item.get("label") or "", item.get("value") or "", href,
                   detail[:160], item.get("start"), item.get("end"), item.get("granularity"),
                   item.get("sentence") or "", item.get("article_title") or "", item.get("period") or "")


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
        return GRANULARITY_NAMES.get(self.interval.granularity, self.interval.granularity)

    @property
    def period(self) -> str:
        """The interval in words, e.g. ``mars 2023`` or ``8 mars 2023``."""
        return french_label(self.interval)


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


def _month_start(year: int, month: int) -> dt.date:
    """First day of ``month`` (which may run past 12 into the next years)."""
    return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


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
            year = month.year if month.month == 1 or not ticks else None
            ticks.append(Tick(scale(month), month_label(month.month, year, short=True)))
            month = _month_start(month.year, month.month + step)
    else:
        step = max(1, days // 10)
        day = start
        while day <= end:
            ticks.append(Tick(scale(day), day_label(day, year=False, short=True)))
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
    lo = min(iv.first for _, iv in placed_raw)
    hi = max(iv.after for _, iv in placed_raw)
    pad = max(1, (hi - lo).days // 20)
    lo, hi = lo - dt.timedelta(days=pad), hi + dt.timedelta(days=pad)
    span_days = max(1, (hi - lo).days)
    usable = WIDTH - 2 * MARGIN_X

    def scale(day: dt.date) -> float:
        return MARGIN_X + usable * (day - lo).days / span_days

    row_ends: list[float] = []  # right edge (with a gap) of what is drawn last in each row
    out: list[PlacedItem] = []
    for item, iv in placed_raw:
        x0, x1 = scale(iv.first), scale(iv.after)
        is_point = iv.is_point
        width = max(MIN_BAR_WIDTH, x1 - x0)
        if is_point:
            x0, width = (x0 + x1) / 2, 0.0
        mark_left, mark_right = (x0 - 6, x0 + 6) if is_point else (x0, x0 + width)
        label = clip(item.label, LABEL_CHARS)
        room_right, room_left = WIDTH - (mark_right + 4), mark_left - 4
        if not is_point and width >= INSIDE_LABEL_MIN_WIDTH:  # a wide bar carries its label inside
            anchor, label_x = "start", x0 + 4
            label = clip(item.label, min(LABEL_CHARS, int((width - 8) / CHAR_WIDTH)))
            left, right = mark_left, mark_right
        elif room_right >= min(len(label) * CHAR_WIDTH, room_left):  # to the right of the mark
            anchor, label_x = "start", mark_right + 4
            label = clip(item.label, min(LABEL_CHARS, int(room_right / CHAR_WIDTH)))
            left, right = mark_left, label_x + len(label) * CHAR_WIDTH
        else:  # near the right edge: to the left of the mark
            anchor, label_x = "end", mark_left - 4
            label = clip(item.label, min(LABEL_CHARS, int(room_left / CHAR_WIDTH)))
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
