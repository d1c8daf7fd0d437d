"""TIMEX3 values for detected candidates, resolved against a reference date and the clause tense.

``normalize(cand, text, ref, tense, prev)`` returns ``(type, value, mod, anchor)`` or ``None``
when the candidate turns out not to be a time expression. ``ref`` is the publication date
(``None``: relative values stay underspecified, e.g. ``XXXX-10-01``); ``prev`` is the last
resolved timex that anaphora lean on ("la veille", "le même mois", "en soirée").

This module dispatches on the candidate's kind; each family of expressions has its own module:
``normalize_calendar`` (dates, days, months, years, seasons, holidays, weekdays),
``normalize_relative`` (deictic, relative and anaphoric expressions), ``normalize_clock`` (times
of day) and ``normalize_durations`` (durations and sets); ``normalize_anchor`` holds what they
share (``Prev``, the anchors).
"""

from __future__ import annotations

from datetime import date

from .dates import duration_value, parse_number, resolve_month_day, weekday_date
from .normalize_anchor import PUBLISHED, STATE, Prev, Value
from .normalize_calendar import (normalize_century, normalize_date, normalize_day_range, normalize_decade,
                                 normalize_holiday, normalize_month, normalize_rentree, normalize_season,
                                 normalize_weekday, normalize_year, normalize_year_range)
from .normalize_clock import (normalize_clock, normalize_daypart_phrase, normalize_night_of, normalize_noon,
                              normalize_this_daypart)
from .normalize_durations import (normalize_duration, normalize_duration_noun, normalize_longtemps,
                                  normalize_set_every, normalize_set_word)
from .normalize_relative import (normalize_ago_in, normalize_anaphoric, normalize_deictic, normalize_later,
                                 normalize_part_of_period, normalize_rel_period, normalize_rel_period_pre,
                                 normalize_same_period, normalize_this_period, normalize_vague)
from .patterns import Candidate

# Callers (the stage, the tests) import these from here.
__all__ = ["NORMALIZERS", "PUBLISHED", "STATE", "Prev", "duration_value", "normalize", "parse_number",
           "resolve_month_day", "weekday_date"]

# The normalizer of each candidate kind (the kinds of patterns.py); another kind is no timex.
NORMALIZERS = {
    "vague": normalize_vague,
    "date": normalize_date,
    "numeric_date": normalize_date,
    "day_range": normalize_day_range,
    "month": normalize_month,
    "year": normalize_year,
    "year_range": normalize_year_range,
    "decade": normalize_decade,
    "century": normalize_century,
    "season": normalize_season,
    "rentree": normalize_rentree,
    "weekday": normalize_weekday,
    "night_of": normalize_night_of,
    "part_of_period": normalize_part_of_period,
    "holiday": normalize_holiday,
    "deictic": normalize_deictic,
    "this_daypart": normalize_this_daypart,
    "daypart_phrase": normalize_daypart_phrase,
    "this_period": normalize_this_period,
    "rel_period": normalize_rel_period,
    "rel_period_pre": normalize_rel_period_pre,
    "anaphoric": normalize_anaphoric,
    "same_period": normalize_same_period,
    "ago": normalize_ago_in,
    "in": normalize_ago_in,
    "later": normalize_later,
    "clock": normalize_clock,
    "clock_colon": normalize_clock,
    "noon": normalize_noon,
    "duration": normalize_duration,
    "duration_noun": normalize_duration_noun,
    "longtemps": normalize_longtemps,
    "set_every": normalize_set_every,
    "set_word": normalize_set_word,
}


def normalize(c: Candidate, text: str, ref: date | None, tense: str | None,
              prev: Prev | None) -> Value | None:
    normalizer = NORMALIZERS.get(c.kind)
    if normalizer is None:
        return None
    return normalizer(c, text, ref, tense, prev)
