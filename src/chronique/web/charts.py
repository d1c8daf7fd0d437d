"""Small server-drawn charts (SVG, no script): an entity's mentions per week."""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import Markup, escape

from ..lang.fr.format import format_number
from ..timex import day_label, month_label

WIDTH, HEIGHT, MARGIN_X, TOP, AXIS_ROOM = 1000, 160, 44, 14, 26
TICK_EVERY_UNITS = 90  # a month label at most every this many units: never overlapping


def weekly_svg(weeks: list[dict[str, Any]]) -> Markup:
    """Bars of mentions per week (``corpus.entity_stats.mentions_per_week``), months on the axis."""
    if not weeks:
        return Markup('<p class="muted">Aucune mention datée.</p>')
    peak = max(w["mentions"] for w in weeks) or 1
    usable = WIDTH - 2 * MARGIN_X
    bar = usable / len(weeks)
    axis_y = HEIGHT - AXIS_ROOM
    plot = axis_y - TOP
    out = [f'<div class="chart weekly" data-weeks="{len(weeks)}"><svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
           f'aria-label="Mentions par semaine"><text class="scale" x="4" y="{TOP + 4}">{format_number(peak)}</text>'
           f'<line class="axis" x1="{MARGIN_X}" x2="{WIDTH - MARGIN_X}" y1="{axis_y}" y2="{axis_y}"></line>']
    last_tick = -TICK_EVERY_UNITS
    for i, w in enumerate(weeks):
        x = MARGIN_X + i * bar
        monday = dt.date.fromisoformat(w["week"])
        if w["mentions"]:
            h = plot * w["mentions"] / peak
            title = (f"semaine du {day_label(monday)} : {format_number(w['mentions'])} mentions dans "
                     f"{format_number(w['articles'])} article{'s' if w['articles'] > 1 else ''}")
            out.append(f'<rect class="bar" x="{x + 0.5:.1f}" y="{axis_y - h:.1f}" width="{max(1.0, bar - 1):.1f}" '
                       f'height="{h:.1f}"><title>{escape(title)}</title></rect>')
        if monday.day <= 7 and x - last_tick >= TICK_EVERY_UNITS:  # the first week of a month
            last_tick = x
            label = month_label(monday.month, monday.year, short=True)
            out.append(f'<text class="tick" x="{x:.1f}" y="{axis_y + 17}">{escape(label)}</text>')
    out.append("</svg></div>")
    return Markup("".join(out))


__all__ = ["weekly_svg"]
