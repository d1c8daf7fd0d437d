"""Every entry of the cleaner's tables does what the table says (``ingest/layout_lexicon.py``)."""

from __future__ import annotations

import pytest

from chronique.ingest.dateline import split_dateline
from chronique.ingest.layout_lexicon import (
    AGENCIES, LEADING_FURNITURE_PREFIXES, MONTHS, NOT_PLACES, NOT_SUBHEADING_PREFIXES,
)
from chronique.ingest.subheading import looks_like_subheading

SENTENCE = "Le gouvernement a présenté mercredi son budget."


@pytest.mark.parametrize("agency", sorted(AGENCIES))
def test_every_agency_signs_a_dateline_after_a_capitalised_place(agency):
    assert split_dateline(f"Strasbourg ({agency}) - {SENTENCE}") == (f"Strasbourg ({agency})", SENTENCE)


@pytest.mark.parametrize("word", sorted(NOT_PLACES))
def test_no_rubric_word_is_taken_for_a_place(word):
    assert split_dateline(f"{word} - {SENTENCE}") == (None, f"{word} - {SENTENCE}")


@pytest.mark.parametrize("month", MONTHS)
def test_every_month_reads_as_a_dateline_date(month):
    assert split_dateline(f"Lyon, 4 {month} - {SENTENCE}") == ("Lyon", SENTENCE)


@pytest.mark.parametrize("prefix", NOT_SUBHEADING_PREFIXES)
def test_credit_and_navigation_lines_are_never_subheadings(prefix):
    line = (prefix + " Jean Martin").replace("  ", " ")
    assert not looks_like_subheading(line[0].upper() + line[1:])


@pytest.mark.parametrize("prefix", LEADING_FURNITURE_PREFIXES)
def test_page_furniture_is_dropped_from_the_top(prefix):
    from chronique.ingest.clean import clean
    from chronique.ingest.raw import RawArticle

    raw = RawArticle(text=f"{prefix.capitalize()} 3 mars 2023\n{SENTENCE}", source="<t>", title="Titre",
                     title_in_text=False)
    assert clean(raw, known_word=lambda w: True).text == SENTENCE
