"""The departments table: well formed, unique, and read by the entity layer."""

from __future__ import annotations

import pytest

from chronique.errors import FormatError
from chronique.knowledge.departments import load


def test_every_department_once_with_its_code_and_region():
    rows = load()
    assert len(rows) == 101
    assert len({d.code for d in rows}) == len(rows) and len({d.name for d in rows}) == len(rows)
    assert all(d.region for d in rows)


def test_a_malformed_row_names_its_line(tmp_path):
    bad = tmp_path / "departments.tsv"
    bad.write_text("# comment\n27\tEure\n", encoding="utf-8")
    with pytest.raises(FormatError, match="departments.tsv:2"):
        load(bad)


def test_a_department_the_model_misses_is_a_place(analyze):
    art = analyze("Le ministre était en visite dans un collège de l'Eure et à Blois, dans le Loir-et-Cher.")
    assert {"Eure", "Loir-et-Cher"} <= {e.name for e in art.entities if e.type == "LOC"}


def test_a_name_beginning_with_a_departments_is_not_it(analyze):
    art = analyze("Le parti néonazi Aube dorée a été condamné mercredi.")
    assert not any(e.name == "Aube" and e.type == "LOC" for e in art.entities)
