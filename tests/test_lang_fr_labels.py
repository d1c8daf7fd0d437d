"""French labels for every code the layers use, and numbers written the French way."""

from __future__ import annotations

import pytest

from chronique.article.model import ENTITY_TYPES, EVENT_TYPES, MODALITIES, PUBLISHED_SOURCES, QUOTE_KINDS, ROLES
from chronique.extract.events.lexicon import TRIGGERS
from chronique.lang.fr.format import format_amount, format_number, format_quantity
from chronique.lang.fr.labels import (
    ENTITY_TYPE, EVENT_MODE, EVENT_TYPE, MODALITY, PUBLISHED_SOURCE, QUOTE_KIND, ROLE, event_label,
)
from chronique.timex import duration_label, readable_value

NBSP = "\u202f"


@pytest.mark.parametrize("codes, table", [(EVENT_TYPES, EVENT_TYPE), (MODALITIES, MODALITY), (QUOTE_KINDS, QUOTE_KIND),
                                          (ENTITY_TYPES, ENTITY_TYPE), (PUBLISHED_SOURCES, PUBLISHED_SOURCE),
                                          (ROLES, ROLE)])
def test_every_code_has_a_french_label(codes, table):
    assert set(codes) <= set(table), set(codes) - set(table)


def test_every_event_mode_of_the_lexicon_has_a_label():
    modes = {mode for _, _, _, mode, _ in TRIGGERS if mode} | {"interview", "spoken criticism", "tribute"}  # by quotes
    assert modes <= set(EVENT_MODE), modes - set(EVENT_MODE)


def test_event_label_names_the_act_and_who():
    assert event_label("CONSULT", "phone", ["Olaf Scholz", "Emmanuel Macron"]) == \
        "Entretien téléphonique — Olaf Scholz, Emmanuel Macron"
    assert event_label("PROTEST", "strike") == "Grève"  # a workers' strike, not a military one
    assert event_label("ASSAULT", "strike") == "Frappe"
    assert event_label("AGREE", None, ["A"]) == "Accord — A"


@pytest.mark.parametrize("value, text", [(1234, f"1{NBSP}234"), (2.5, "2,5"), (1234567.891, f"1{NBSP}234{NBSP}567,89"),
                                         (-0.125, "-0,12"), (10, "10"), (0, "0")])
def test_numbers_are_grouped_and_use_a_decimal_comma(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize("value, unit, text", [(2e9, "USD", "2 milliards $"), (1.5e6, "EUR", "1,5 million €"),
                                               (12.5, "%", "12,5 %"), (200, "habitants", "200 habitants"),
                                               (3e12, "EUR", "3 billions €")])
def test_amounts_read_as_french_writes_them(value, unit, text):
    assert format_amount(value, unit) == text
    assert "e+" not in format_quantity(value)


def test_approximate_amounts_say_so():
    assert format_amount(2e6, "EUR", approx=True) == "environ 2 millions €"


@pytest.mark.parametrize("value, text", [("P5Y", "5 ans"), ("P1Y", "1 an"), ("PT3H", "3 heures"), ("PT30M", "30 minutes"),
                                         ("P1M", "1 mois"), ("PXY", "des années"), ("P2W", "2 semaines")])
def test_durations_in_words(value, text):
    assert duration_label(value) == text


def test_values_without_a_calendar_place_are_still_words():
    assert readable_value("XXXX-WXX-2") == "un mardi (semaine non résolue)"
    assert readable_value("PRESENT_REF") == "maintenant"
    assert readable_value("2023-W10") == "semaine du 6 mars 2023"
    assert readable_value("n'importe") == "n'importe"
