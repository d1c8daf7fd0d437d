"""The acronym table of organisations (knowledge/organisations.tsv) and its use by linking."""

from __future__ import annotations

import pytest

from chronique.errors import FormatError
from chronique.knowledge.organisations import canonical_key, load, name_key, organisation, organisation_names


def test_every_form_names_one_organisation_and_keys_agree():
    orgs = load()
    assert len(orgs) >= 25
    for org in orgs:
        for form in org.forms():
            assert organisation(name_key(form)) == org, form
            assert canonical_key(name_key(form)) == org.key


@pytest.mark.parametrize("a, b", [("LR", "Les Républicains"), ("les républicains", "LR"), ("Otan", "OTAN"),
                                  ("Daech", "le groupe État islamique"), ("LREM", "La République en marche"),
                                  ("l'Union européenne", "UE")])
def test_acronyms_and_full_names_share_a_key(a, b):
    assert canonical_key(name_key(a)) == canonical_key(name_key(b))


def test_unlisted_names_keep_their_own_key():
    assert canonical_key(name_key("Les Verts de Lyon")) == "verts de lyon"
    assert organisation(name_key("PSA")) is None


def test_a_malformed_row_is_named(tmp_path):
    bad = tmp_path / "orgs.tsv"
    bad.write_text("# comment\nLR\tLes Républicains\t\nonly one cell\n", encoding="utf-8")
    with pytest.raises(FormatError, match="orgs.tsv:3"):
        load(bad)


def test_kinds_name_parties_and_unions():
    assert organisation(name_key("CGT")).kind == "syndicat"
    assert organisation(name_key("Les Républicains")).kind == "parti"
    assert organisation(name_key("OTAN")).kind == ""


def test_organisations_without_an_acronym_are_known_by_their_full_names():
    assert "ufc-que choisir" in organisation_names() and "reporters sans frontieres" in organisation_names()
    assert all(o.name for o in load()) and any(not o.acronym for o in load())
