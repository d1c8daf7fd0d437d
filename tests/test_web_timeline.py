"""TIMEX3 values → calendar intervals with their granularity, and the SVG layout."""

from __future__ import annotations

import datetime as dt

import pytest

from chronique.web.timeline import TimelineItem, describe, layout, parse_value

D = dt.date


@pytest.mark.parametrize("value, start, end, granularity", [
    ("2023-03-08", D(2023, 3, 8), D(2023, 3, 9), "day"),
    ("2023-03-08T14:30", D(2023, 3, 8), D(2023, 3, 9), "day"),
    ("2023-03", D(2023, 3, 1), D(2023, 4, 1), "month"),
    ("2023-12", D(2023, 12, 1), D(2024, 1, 1), "month"),
    ("2019", D(2019, 1, 1), D(2020, 1, 1), "year"),
    ("199X", D(1990, 1, 1), D(2000, 1, 1), "decade"),
    ("2023-W10", D(2023, 3, 6), D(2023, 3, 13), "week"),
    ("2023-Q4", D(2023, 10, 1), D(2024, 1, 1), "quarter"),
    ("2023-H1", D(2023, 1, 1), D(2023, 7, 1), "half"),
    ("2023-WI", D(2023, 12, 1), D(2024, 3, 1), "season"),
    ("2023-06-12/2023-06-14", D(2023, 6, 12), D(2023, 6, 15), "range"),
])
def test_values_keep_their_granularity(value, start, end, granularity):
    iv = parse_value(value)
    assert (iv.start, iv.end, iv.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", ["XXXX-10-01", "PRESENT_REF", "P1Y", "PT10M", "2023-02-30", "2023-13",
                                   "2023-W60", "2023-06-14/2023-06-12", "", None, "0000"])
def test_unplaceable_values(value):
    assert parse_value(value) is None


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
    assert describe(tl.items[0].interval) == "mai 2020"


def test_empty_layout():
    tl = layout([])
    assert tl.items == () and tl.height > 0


def test_items_from_one_article():
    from chronique.web.timeline import items_from_article

    from web_support import sample_articles

    article = sample_articles()[0]  # 2 dated events, 1 other date, 1 quotation
    items = items_from_article(article, "/articles/x")
    kinds = sorted(i.kind for i in items)
    assert kinds == ["event", "event", "fact", "quote"]
    assert {i.value for i in items if i.kind == "event"} == {"2023-03-15", "2023-03"}
    assert next(i for i in items if i.kind == "quote").value == "2023-03-07"  # the publication date
    assert all(i.href == "/articles/x" for i in items)


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
