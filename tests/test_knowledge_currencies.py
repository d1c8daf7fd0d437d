"""``knowledge/currencies.tsv``: currency names several countries share, checked as data."""

from __future__ import annotations

import re

import pytest

from chronique.errors import FormatError
from chronique.knowledge.currencies import currency_in, load, shared_currency_names


def test_every_row_has_an_iso_code_and_no_country_twice_for_one_name():
    seen: set[tuple[str, str]] = set()
    for row in load():
        assert re.fullmatch(r"[A-Z]{3}", row.code)
        for form in row.forms:
            for country in row.countries:
                assert (form, country) not in seen, (form, country)
                seen.add((form, country))


def test_every_row_is_found_from_its_country():
    for row in load():
        for form in row.forms:
            for country in row.countries:
                assert currency_in(form, ["France", country]) == row.code


def test_a_name_without_its_countries_takes_the_first_row():
    names = shared_currency_names()
    assert names["riyals"] == "SAR" and names["dinar"] == "DZD"
    assert currency_in("riyals", ["France"]) is None
    assert currency_in("euros", ["Yémen"]) is None


def test_a_malformed_row_names_its_line(tmp_path):
    path = tmp_path / "currencies.tsv"
    path.write_text("riyal|riyals\tYE\tYémen\n", encoding="utf-8")
    with pytest.raises(FormatError, match="currencies.tsv:1"):
        load(path)
