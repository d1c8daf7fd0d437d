"""Name keys and time spans used by cross-article linking (pure functions, no store)."""

from __future__ import annotations

import pytest

from chronique.lang.fr.names import fold, given_compatible, person_name
from chronique.timex import parse_timex as span_of


@pytest.mark.parametrize("a, b", [("Édouard Philippe", "Edouard Philippe"), ("ÉDOUARD PHILIPPE", "édouard philippe"),
                                  ("Jean-Luc Mélenchon", "Jean Luc Melenchon"), ("L’Oréal", "L'Oreal")])
def test_fold_ignores_accents_case_and_punctuation(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("text, key, surname, given, gender", [
    ("M. Scholz", "scholz", "scholz", (), "Masc"),
    ("Mme Borne", "borne", "borne", (), "Fem"),
    ("le président Emmanuel Macron", "emmanuel macron", "macron", ("emmanuel",), None),
    ("Charles de Gaulle", "charles de gaulle", "de gaulle", ("charles",), None),
    ("George H. W. Bush", "george h w bush", "bush", ("george", "h", "w"), None),
])
def test_person_name_parts(text, key, surname, given, gender):
    p = person_name(text)
    assert (p.key, p.surname, p.given, p.gender) == (key, surname, given, gender)


@pytest.mark.parametrize("a, b, same", [
    ("Olaf Scholz", "Scholz", True),
    ("Hillary Clinton", "Bill Clinton", False),
    ("George W. Bush", "George H. W. Bush", False),
    ("George Bush", "George W. Bush", True),
    ("G. Bush", "George Bush", True),
    ("Brigitte Macron", "Emmanuel Macron", False),
    ("Emannuel Macron", "Emmanuel Macron", True),
    ("Marion Le Pen", "Marine Le Pen", False),
])
def test_given_names_compatibility(a, b, same):
    assert given_compatible(person_name(a).given, person_name(b).given) is same


@pytest.mark.parametrize("value, start, end, granularity", [
    ("2023-10-12", "2023-10-12", "2023-10-12", "day"),
    ("2023-10", "2023-10-01", "2023-10-31", "month"),
    ("2024-02", "2024-02-01", "2024-02-29", "month"),
    ("2023", "2023-01-01", "2023-12-31", "year"),
    ("2023-W02", "2023-01-09", "2023-01-15", "week"),
    ("2023-Q4", "2023-10-01", "2023-12-31", "quarter"),
    ("2023-WI", "2023-12-01", "2024-02-29", "season"),
    ("2023-10-12T14:30", "2023-10-12", "2023-10-12", "time"),
    ("2023-06-12/2023-06-14", "2023-06-12", "2023-06-14", "range"),
])
def test_timex_values_become_spans(value, start, end, granularity):
    s = span_of(value)
    assert (s.start, s.end, s.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", [None, "", "P1Y", "PRESENT_REF", "XXXX-10-01", "2023-13", "n'importe quoi"])
def test_values_without_a_calendar_span(value):
    assert span_of(value) is None


def test_a_day_lies_inside_its_month():
    assert span_of("2023-10-12").overlaps(span_of("2023-10"))
    assert not span_of("2023-11-02").overlaps(span_of("2023-10"))
