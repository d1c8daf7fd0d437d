"""The SVG layout of timeline items (their intervals come from ``chronique.timex``, tested in test_timex)."""

from __future__ import annotations

import pytest

from chronique.timex import french_label
from chronique.web.timeline import TimelineItem, layout


@pytest.mark.parametrize("value, granularity, is_point", [
    ("2023-03-08", "day", True), ("2023-03-08T14:30", "time", True), ("2023-03", "month", False),
    ("2023-W10", "week", False), ("2023-WI", "season", False), ("2023-06-12/2023-06-14", "range", False),
])
def test_items_keep_their_granularity(value, granularity, is_point):
    (placed,) = layout([TimelineItem("event", "x", value)]).items
    assert (placed.interval.granularity, placed.is_point) == (granularity, is_point)


def test_month_is_a_bar_and_day_a_point_on_one_axis():
    items = [TimelineItem("event", "grève", "2023-03"), TimelineItem("quote", "déclaration", "2023-03-15"),
             TimelineItem("event", "sans date", "XXXX-03-01")]
    tl = layout(items)
    assert len(tl.items) == 2 and len(tl.unplaced) == 1
    month = next(p for p in tl.items if p.item.label == "grève")
    day = next(p for p in tl.items if p.item.label == "déclaration")
    assert not month.is_point and day.is_point
    assert month.x < day.x < month.x + month.width  # mid-March sits inside the March bar
    assert month.y != day.y  # overlapping items go to separate rows
    assert tl.ticks and all(0 <= t.x <= tl.width for t in tl.ticks)
    assert month.period == "mars 2023" and month.granularity_label == "mois"


def test_store_normalisation_wins_over_the_raw_value():
    item = TimelineItem("event", "x", "PRESENT_REF", start="2020-05-01", end="2020-05-31", granularity="month")
    tl = layout([item])
    assert tl.items[0].interval.granularity == "month"
    assert french_label(tl.items[0].interval) == tl.items[0].period == "mai 2020"


def test_empty_layout():
    tl = layout([])
    assert tl.items == () and tl.height > 0


def test_items_from_one_article():
    from chronique.corpus.timeline import article_timeline

    from web_support import sample_articles

    article = sample_articles()[0]  # 2 dated events, 1 other date, 1 quotation
    items = [TimelineItem.from_item(it, "/articles/x") for it in article_timeline(article)]
    kinds = sorted(i.kind for i in items)
    assert kinds == ["event", "event", "fact", "quote"]
    assert {i.value for i in items if i.kind == "event"} == {"2023-03-15", "2023-03"}
    assert next(i for i in items if i.kind == "quote").value == "2023-03-07"  # the publication date
    assert all(i.href == "/articles/x" for i in items)
    periods = {p.item.value: p.period for p in layout(items).items}
    assert periods["2023-03"] == "mars 2023" and periods["2023-03-15"] == "15 mars 2023"


def test_svg_escapes_labels_and_keeps_only_local_links():
    from markupsafe import Markup

    from chronique.web.timeline_svg import timeline_svg

    items = [TimelineItem("quote", '<script>x()</script> " onload="y', "2023-03-08", "javascript:alert(1)"),
             TimelineItem("event", "grève", "2023-03", "/articles/a%20b")]
    svg = timeline_svg(layout(items))
    assert isinstance(svg, Markup)
    assert "<script>" not in svg and "javascript:" not in svg and '" onload="' not in svg
    assert 'href="/articles/a%20b"' in svg and 'data-granularity="month"' in svg and "<rect" in svg
    assert "Aucun élément daté" in timeline_svg(layout([]))
