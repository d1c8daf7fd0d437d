"""The seats-of-power table: well formed, each form one seat, looked up whatever the case, accents
or article."""

from __future__ import annotations

import pytest

from chronique.errors import FormatError
from chronique.knowledge.seats import load, seat
from chronique.lang.fr.fold import fold


def test_no_form_names_two_seats():
    forms = [fold(f) for s in load() for f in s.forms]
    assert len(forms) == len(set(forms))
    assert all(s.country and s.power and s.forms for s in load())


@pytest.mark.parametrize("words, power", [("Matignon", "Premier ministre"), ("le Château", "présidence de la République"),
                                          ("l'Elysée", "présidence de la République"), ("la place Beauvau", "ministère de l'Intérieur")])
def test_a_seat_is_found_by_any_of_its_forms(words, power):
    assert seat(words).power == power


def test_a_city_is_no_seat():
    assert seat("Lyon") is None and seat("Paris") is None


def test_a_malformed_row_names_its_line(tmp_path):
    bad = tmp_path / "seats.tsv"
    bad.write_text("# comment\nFR\tMatignon\n", encoding="utf-8")
    with pytest.raises(FormatError, match="seats.tsv:2"):
        load(bad)



def test_a_nickname_needs_its_capital():
    assert seat("au château".split(" ", 1)[1]) is None and seat("le Château").power == "présidence de la République"
