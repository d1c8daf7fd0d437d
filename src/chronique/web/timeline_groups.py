"""The readable timeline: items grouped by day, week, month or year, drawn as a histogram
(one column per period, stacked by kind) with the uncertainty of imprecise dates drawn as bands,
and listed period by period with their French label, resolved date and sentence.

One row per item stops being readable past a few dozen items and an outlier ("en 1990") used to
stretch the axis over decades: here the axis covers the range asked for, or else the central 90 %
of the items, and what falls outside is counted and named, never silently dropped.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..timex import GRANULARITY_NAMES, Interval, POINT_GRANULARITIES, day_label, month_label
from .timeline import TimelineItem

GROUPINGS = {"day": "jour", "week": "semaine", "month": "mois", "year": "année"}
# Automatic grouping: the finest one giving at most this many columns.
MAX_COLUMNS = 60
# Range presets of the timeline page: name → days back from the latest item (None: everything).
PRESETS = {"7j": (7, "7 jours"), "30j": (30, "30 jours"), "3m": (91, "3 mois"), "1a": (365, "1 an"),
           "tout": (None, "tout")}
# Without a range, the axis covers the items between these quantiles of their dates.
FOCUS_QUANTILES = (0.05, 0.95)
FOCUS_MIN_ITEMS = 20  # below this, every item is shown: an outlier is then easy to see anyway
# Drawing, in SVG user units (the SVG scales to the page width; fonts are 13 units, ~13 px at 1000 px).
WIDTH, HEIGHT, MARGIN_X, TOP, AXIS_ROOM, BAND_ROOM = 1000, 240, 44, 16, 40, 26
KINDS = (("event", "événements"), ("quote", "citations"), ("fact", "faits datés"))
TICK_CHAR_WIDTH = 7.5  # 13-unit sans-serif, measured in Chromium: labels are placed so that they never overlap


def bucket_start(day: dt.date, grouping: str) -> dt.date:
    if grouping == "week":
        return day - dt.timedelta(days=day.weekday())
    if grouping == "month":
        return day.replace(day=1)
    if grouping == "year":
        return day.replace(month=1, day=1)
    return day


def next_bucket(start: dt.date, grouping: str) -> dt.date:
    if grouping == "week":
        return start + dt.timedelta(days=7)
    if grouping == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if grouping == "year":
        return start.replace(year=start.year + 1)
    return start + dt.timedelta(days=1)


def bucket_label(start: dt.date, grouping: str, short: bool = False) -> str:
    if grouping == "week":
        return f"sem. du {day_label(start, year=False, short=True)}" if short else f"semaine du {day_label(start)}"
    if grouping == "month":
        return month_label(start.month, start.year, short=short)
    if grouping == "year":
        return str(start.year)
    return day_label(start, year=not short, short=short)


def auto_grouping(first: dt.date, last: dt.date) -> str:
    days = (last - first).days + 1
    for grouping, per in (("day", 1), ("week", 7), ("month", 30.4)):
        if days / per <= MAX_COLUMNS:
            return grouping
    return "year"


@dataclass
class Dated:
    item: TimelineItem
    interval: Interval

    @property
    def precise(self) -> bool:
        return self.interval.granularity in POINT_GRANULARITIES

    @property
    def first(self) -> dt.date:
        return self.interval.first


@dataclass
class Group:
    start: dt.date
    label: str
    items: list[Dated] = field(default_factory=list)
    vague: bool = False  # items dated more loosely than the grouping: listed under their own period

    def count(self, kind: str) -> int:
        return sum(1 for d in self.items if d.item.kind == kind)


@dataclass
class Grouped:
    grouping: str
    groups: list[Group]
    first: dt.date | None
    last: dt.date | None
    before: int = 0  # items dated before the axis
    after: int = 0
    undated: list[TimelineItem] = field(default_factory=list)
    bands: list[Dated] = field(default_factory=list)  # imprecise items: drawn over their whole interval

    @property
    def n_items(self) -> int:
        return sum(len(g.items) for g in self.groups)


def _quantile(days: list[dt.date], q: float) -> dt.date:
    return days[min(len(days) - 1, max(0, int(q * (len(days) - 1))))]


def group_items(items: list[TimelineItem], grouping: str | None = None, since: dt.date | None = None,
                until: dt.date | None = None) -> Grouped:
    """``items`` in periods of ``grouping`` (None: chosen from the span) on [since, until] (None:
    the items' central range)."""
    dated, undated = [], []
    for item in items:
        iv = item.interval()
        (dated.append(Dated(item, iv)) if iv else undated.append(item))
    if not dated:
        return Grouped(grouping or "day", [], None, None, undated=undated)
    days = sorted(d.first for d in dated)
    lo = since or (_quantile(days, FOCUS_QUANTILES[0]) if len(days) >= FOCUS_MIN_ITEMS else days[0])
    hi = until or (_quantile(days, FOCUS_QUANTILES[1]) if len(days) >= FOCUS_MIN_ITEMS else days[-1])
    grouping = grouping if grouping in GROUPINGS else auto_grouping(lo, hi)
    groups: dict[dt.date, Group] = {}
    out = Grouped(grouping, [], lo, hi, undated=undated)
    for d in sorted(dated, key=lambda d: (d.first, d.interval.end)):
        if d.first < lo:
            out.before += 1
            continue
        if d.first > hi:
            out.after += 1
            continue
        if _coarser(d, grouping):  # "en mars" in weeks: a band over March, listed as "mars 2023"
            out.bands.append(d)
            key = (d.first, d.interval.end)
            groups.setdefault(key, Group(d.first, d.item.period or bucket_label(d.first, grouping), vague=True)
                              ).items.append(d)
            continue
        start = bucket_start(d.first, grouping)
        groups.setdefault(start, Group(start, bucket_label(start, grouping))).items.append(d)
        if not d.precise:
            out.bands.append(d)
    out.groups = sorted(groups.values(), key=lambda g: (g.start, not g.vague))
    return out


def _coarser(d: Dated, grouping: str) -> bool:
    """Does the item's date span more than one period of the grouping?"""
    return bucket_start(d.interval.first, grouping) != bucket_start(d.interval.after - dt.timedelta(days=1), grouping)


def histogram_svg(grouped: Grouped) -> Markup:
    """Columns per period stacked by kind, labelled axis, bands for imprecise dates; text escaped."""
    if not grouped.groups or grouped.first is None or grouped.last is None:
        return Markup('<div class="timeline"><p class="muted">Aucun élément daté sur cette période.</p></div>')
    g = grouped.grouping
    columns = []
    day = bucket_start(grouped.first, g)
    while day <= grouped.last:
        columns.append(day)
        day = next_bucket(day, g)
    by_start = {grp.start: grp for grp in grouped.groups if not grp.vague}  # vague items: bands only
    usable = WIDTH - 2 * MARGIN_X
    col_w = usable / len(columns)
    plot_h = HEIGHT - TOP - AXIS_ROOM - BAND_ROOM
    peak = max([len(grp.items) for grp in by_start.values()] or [1])
    axis_y = TOP + plot_h
    out = [f'<div class="timeline histogram" data-grouping="{g}" data-columns="{len(columns)}">',
           '<div class="timeline-legend">' + "".join(
               f'<i class="k-{k}"></i>{label} ' for k, label in KINDS)
           + '<i class="k-band"></i>date imprécise (toute la période possible)</div>',
           f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Chronologie par {GROUPINGS[g]}">',
           f'<text class="scale" x="4" y="{TOP + 4}">{peak}</text>'
           f'<line class="axis" x1="{MARGIN_X}" x2="{WIDTH - MARGIN_X}" y1="{axis_y}" y2="{axis_y}"></line>']
    # a tick label every few columns, so that the longest label fits before the next one
    widest = max(len(bucket_label(c, g, True)) for c in columns) * TICK_CHAR_WIDTH + 10
    every = max(1, math.ceil(widest / col_w))
    for i, start in enumerate(columns):
        x = MARGIN_X + i * col_w
        grp = by_start.get(start)
        if grp:
            y = axis_y
            title = f"{grp.label} : " + ", ".join(f"{grp.count(k)} {label}" for k, label in KINDS if grp.count(k))
            out.append(f'<a href="#g-{start.isoformat()}" class="col"><title>{escape(title)}</title>')
            for kind, _ in KINDS:
                n = grp.count(kind)
                if n:
                    h = plot_h * n / peak
                    y -= h
                    out.append(f'<rect class="k-{kind}" x="{x + 1:.1f}" y="{y:.1f}" width="{max(1.0, col_w - 2):.1f}"'
                               f' height="{h:.1f}"></rect>')
            if col_w >= 18:
                out.append(f'<text class="count" x="{x + col_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">'
                           f'{len(grp.items)}</text>')
            out.append("</a>")
        if i % every == 0:
            out.append(f'<text class="tick" x="{x + 2:.1f}" y="{axis_y + 16}">{escape(bucket_label(start, g, True))}</text>'
                       f'<line class="tickline" x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y}" y2="{axis_y + 5}"></line>')
    span = (next_bucket(columns[-1], g) - columns[0]).days or 1
    band_y = axis_y + AXIS_ROOM - 14
    for d in grouped.bands:
        x0 = MARGIN_X + usable * max(0, (d.interval.first - columns[0]).days) / span
        x1 = MARGIN_X + usable * min(span, (d.interval.after - columns[0]).days) / span
        label = f"{d.item.label} — {d.item.period or ''} (précision : {GRANULARITY_NAMES.get(d.interval.granularity, '?')})"
        out.append(f'<rect class="band" x="{x0:.1f}" y="{band_y}" width="{max(2.0, x1 - x0):.1f}" height="10">'
                   f'<title>{escape(label)}</title></rect>')
    out.append("</svg></div>")
    return Markup("".join(out))


__all__ = ["GROUPINGS", "Grouped", "PRESETS", "auto_grouping", "bucket_label", "bucket_start", "group_items",
           "histogram_svg"]
