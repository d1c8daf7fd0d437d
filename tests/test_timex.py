"""TIMEX3 values → calendar intervals (both ends inclusive), and intervals → French labels."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronique.lang.fr.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, SEASON_NAMES
from chronique.timex import (
    GRANULARITY_NAMES, Interval, day_interval, day_label, french_label, month_label, parse_timex, value_label,
)


@pytest.mark.parametrize("value, start, end, granularity", [
    # days and times (a time is placed on its day)
    ("2023-03-08", "2023-03-08", "2023-03-08", "day"),
    ("2024-02-29", "2024-02-29", "2024-02-29", "day"),
    ("2023-03-08T14:30", "2023-03-08", "2023-03-08", "time"),
    ("2023-03-08T14:30:15.5+01:00", "2023-03-08", "2023-03-08", "time"),
    ("2023-03-08T09", "2023-03-08", "2023-03-08", "time"),
    ("2023-03-08T24:00", "2023-03-08", "2023-03-08", "time"),
    ("2020-03-08TEV", "2020-03-08", "2020-03-08", "time"),
    ("2020-03-08TMO", "2020-03-08", "2020-03-08", "time"),
    # ISO weeks: Monday to Sunday; week dates; weekends
    ("2023-W10", "2023-03-06", "2023-03-12", "week"),
    ("2023-W01", "2023-01-02", "2023-01-08", "week"),
    ("2020-W53", "2020-12-28", "2021-01-03", "week"),
    ("2023-W10-3", "2023-03-08", "2023-03-08", "day"),
    ("2023-W10-WE", "2023-03-11", "2023-03-12", "weekend"),
    # months, quarters, halves
    ("2023-03", "2023-03-01", "2023-03-31", "month"),
    ("2024-02", "2024-02-01", "2024-02-29", "month"),
    ("2023-12", "2023-12-01", "2023-12-31", "month"),
    ("2023-Q1", "2023-01-01", "2023-03-31", "quarter"),
    ("2023-Q4", "2023-10-01", "2023-12-31", "quarter"),
    ("2023-H1", "2023-01-01", "2023-06-30", "half"),
    ("2023-H2", "2023-07-01", "2023-12-31", "half"),
    # meteorological seasons; winter runs into the next year
    ("2023-SP", "2023-03-01", "2023-05-31", "season"),
    ("2023-SU", "2023-06-01", "2023-08-31", "season"),
    ("2023-FA", "2023-09-01", "2023-11-30", "season"),
    ("2023-AU", "2023-09-01", "2023-11-30", "season"),
    ("2023-WI", "2023-12-01", "2024-02-29", "season"),
    ("2022-WI", "2022-12-01", "2023-02-28", "season"),
    # years, decades, centuries
    ("2023", "2023-01-01", "2023-12-31", "year"),
    ("199X", "1990-01-01", "1999-12-31", "decade"),
    ("199", "1990-01-01", "1999-12-31", "decade"),
    ("19XX", "1900-01-01", "1999-12-31", "century"),
    ("20", "2000-01-01", "2099-12-31", "century"),
    # ranges: first day of the left side to the last day of the right side
    ("2023-06-12/2023-06-14", "2023-06-12", "2023-06-14", "range"),
    ("2019/2023", "2019-01-01", "2023-12-31", "range"),
    ("2023-03/2023-05", "2023-03-01", "2023-05-31", "range"),
    ("2023-03-08/2023-03-08", "2023-03-08", "2023-03-08", "range"),
    (" 2023-03 ", "2023-03-01", "2023-03-31", "month"),
])
def test_values_become_intervals(value, start, end, granularity):
    iv = parse_timex(value)
    assert (iv.start, iv.end, iv.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", [
    None, "", "   ", "n'importe quoi",
    # unanchored, references, durations, sets
    "XXXX-03-08", "XXXX-03", "XXXX-WXX-2", "XXXX-XX-XX", "XXXX-XX-XXTNI", "XXXX-SU",
    "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3D", "PT2H", "P1Y", "PXY",
    # impossible dates and times
    "2023-02-30", "2023-13", "2023-00", "2023-13-01", "2021-W53", "2023-W00", "2023-W60", "2023-W10-8",
    "2023-Q5", "2023-H3", "2023-XX", "2023-03-08T25:00", "2023-03-08T24:30", "2023-03-08T14:60",
    "2023-03-08TXX", "2023-03-08T", "0000", "000X", "00XX", "9999-WI",
    # malformed
    "2023-3-8", "23-03-08", "2023/03/08", "2023-03-08/", "/2023-03-08", "2023-06-14/2023-06-12",
    "2023/2024/2025", "2023-03-08x", "x2023", "2023-W10-WEX", "12345", "1", "2023-03-08" + "0" * 60,
])
def test_values_without_a_place_on_the_calendar(value):
    assert parse_timex(value) is None


def test_clock_time_is_kept_for_the_label():
    assert parse_timex("2023-03-08T14:30").clock == "14:30"
    assert parse_timex("2023-03-08T09").clock == "09:00"
    assert parse_timex("2020-03-08TEV").clock == "EV"
    assert parse_timex("2023-03-08").clock is None


@pytest.mark.parametrize("value, label", [
    ("2023-03-08", "8 mars 2023"),
    ("2023-03-01", "1er mars 2023"),
    ("2023-03-08T14:30", "8 mars 2023 à 14 h 30"),
    ("2023-03-08T09:00", "8 mars 2023 à 9 h"),
    ("2020-03-08TEV", "8 mars 2020"),
    ("2023-W10", "semaine du 6 mars 2023"),
    ("2023-W10-WE", "week-end du 11 mars 2023"),
    ("2023-03", "mars 2023"),
    ("2023-02", "février 2023"),
    ("2023-Q1", "1er trimestre 2023"),
    ("2023-Q3", "3e trimestre 2023"),
    ("2023-H2", "2e semestre 2023"),
    ("2023-SP", "printemps 2023"),
    ("2023-SU", "été 2023"),
    ("2023-FA", "automne 2023"),
    ("2023-AU", "automne 2023"),
    ("2023-WI", "hiver 2023-2024"),
    ("2023", "2023"),
    ("199X", "années 1990"),
    ("19XX", "XXe siècle"),
    ("20XX", "XXIe siècle"),
    ("2023-06-12/2023-06-14", "du 12 au 14 juin 2023"),
    ("2023-06-01/2023-07-03", "du 1er juin au 3 juillet 2023"),
    ("2022-12-28/2023-01-03", "du 28 décembre 2022 au 3 janvier 2023"),
    ("2023-03/2023-05", "de mars à mai 2023"),
    ("2022-12/2023-02", "de décembre 2022 à février 2023"),
    ("2019/2023", "de 2019 à 2023"),
    ("2023-03-08/2023-03-08", "8 mars 2023"),
])
def test_french_labels(value, label):
    assert value_label(value) == label


def test_labels_of_values_without_an_interval():
    assert value_label("PRESENT_REF") is None and value_label(None) is None


def test_month_and_season_words_come_from_lang_fr():
    assert [month_label(m) for m in range(1, 13)] == list(MONTH_NAMES)
    assert [month_label(m, short=True) for m in range(1, 13)] == list(MONTH_ABBREVIATIONS)
    assert day_label(dt.date(2023, 2, 3), year=False, short=True) == f"3 {MONTH_ABBREVIATIONS[1]}"
    assert {value_label(f"2023-{code}").split()[0] for code in SEASON_NAMES} == set(SEASON_NAMES.values())


def test_every_granularity_has_a_name():
    values = ["2023-03-08", "2023-03-08T10:00", "2023-W10", "2023-W10-WE", "2023-03", "2023-Q1", "2023-H1",
              "2023-SU", "2023", "199X", "19XX", "2019/2023"]
    assert {parse_timex(v).granularity for v in values} == set(GRANULARITY_NAMES)


def test_stored_bounds_and_publication_days():
    assert Interval.from_bounds("2023-03-01", "2023-03-31", "month") == parse_timex("2023-03")
    assert Interval.from_bounds("2023-03-07T10:00:00", None) == Interval("2023-03-07", "2023-03-07", "range")
    assert Interval.from_bounds("2023-03-08", "2023-03-01") is None
    assert Interval.from_bounds(None, "2023-03-01") is None and Interval.from_bounds("mars", "mars") is None
    assert day_interval("2023-03-07T10:00:00+01:00") == parse_timex("2023-03-07")
    assert day_interval("hier") is None and day_interval(None) is None


def test_interval_arithmetic():
    march, day = parse_timex("2023-03"), parse_timex("2023-03-12")
    assert march.overlaps(day) and day.overlaps(march) and march.days_apart(day) == 0
    assert not parse_timex("2023-04-02").overlaps(march)
    assert parse_timex("2023-04-02").days_apart(march) == march.days_apart(parse_timex("2023-04-02")) == 2
    assert march.days == 31 and march.first == dt.date(2023, 3, 1) and march.after == dt.date(2023, 4, 1)
    assert day.is_point and not march.is_point and parse_timex("2023-03-08T10:00").is_point


def test_a_day_sorts_inside_its_month():
    values = ["2023-04", "2023-03-31", "2023-03", "2023-Q1", "2023-03-01"]
    ordered = sorted(values, key=lambda v: (parse_timex(v).start, parse_timex(v).end))
    assert ordered == ["2023-Q1", "2023-03-01", "2023-03", "2023-03-31", "2023-04"]


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31)))
def test_every_date_shape_round_trips(day):
    iso = day.isoformat()
    assert parse_timex(iso) == Interval(iso, iso, "day")
    for value, granularity in ((iso[:7], "month"), (iso[:4], "year"), (f"{iso}T12:00", "time")):
        iv = parse_timex(value)
        assert iv.granularity == granularity and iv.start <= iso <= iv.end
    year, week, weekday = day.isocalendar()
    assert parse_timex(f"{year:04d}-W{week:02d}-{weekday}") == Interval(iso, iso, "day")
    week_iv = parse_timex(f"{year:04d}-W{week:02d}")
    assert week_iv.days == 7 and week_iv.first.isoweekday() == 1 and week_iv.start <= iso <= week_iv.end
    assert french_label(parse_timex(iso)).endswith(f"{MONTH_NAMES[day.month - 1]} {day.year}")


@given(st.text(max_size=30))
def test_any_text_gives_an_interval_or_none(text):
    iv = parse_timex(text)
    assert iv is None or (iv.start <= iv.end and iv.granularity in GRANULARITY_NAMES and french_label(iv))
