"""French knowledge lives in ``chronique.lang.fr`` only, and says one thing."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from chronique.lang.fr.calendar import (
    HOLIDAYS, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SPELLINGS, MONTHS, SEASON_NAMES, SEASONS, WEEKDAY_NAMES,
    WEEKDAYS,
)
from chronique.lang.fr.first_names import FIRST_NAMES, first_name_gender, is_first_name, name_gender
from chronique.lang.fr.fold import fold, fold_same_length, fold_words, squeeze
from chronique.lang.fr.gender import BOTH, FEM, MASC, compatible
from chronique.lang.fr.honorifics import FOLDED_GENDER, HONORIFICS
from chronique.lang.fr.names import person_name
from chronique.lang.fr.numbers import APPROX_NUMBER_NOUNS, NUMBER_WORDS_TO_THOUSAND, ONE_TO_TEN, parse_words
from chronique.lang.fr.pronouns import STRESSED_PRONOUNS, SUBJECT_PRONOUNS

SRC = Path(__file__).resolve().parents[1] / "src" / "chronique"
LANG = SRC / "lang"
CALENDAR_WORD = re.compile(r"\b(?:" + "|".join(sorted({*WEEKDAY_NAMES, *MONTH_SPELLINGS} - {"mars", "mai"}, key=len, reverse=True))
                           + r")s?\b", re.IGNORECASE)


def _string_literals(path: Path):
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    for tok in tokens:
        if tok.type == tokenize.STRING and not tok.string.lstrip("rbuf").startswith(('"""', "'''")):
            yield tok.start[0], tok.string


def _is_example_sentence(literal: str) -> bool:
    """Example text (an API sample, a message) is no table of words: a sentence of five words or more."""
    return len(literal.split()) >= 5 and literal.rstrip("\"'").endswith((".", "!", "?"))


def find_calendar_words(root: Path) -> list[str]:
    """String literals (not docstrings, not comments) that spell a weekday or a month, outside lang/."""
    hits = []
    for path in sorted(root.rglob("*.py")):
        if LANG in path.parents:
            continue
        for line, literal in _string_literals(path):
            if CALENDAR_WORD.search(literal) and not _is_example_sentence(literal):
                hits.append(f"{path.relative_to(root)}:{line}: {literal[:60]}")
    return hits


def test_no_module_outside_lang_spells_a_weekday_or_a_month():
    assert find_calendar_words(SRC) == []


def test_the_checker_finds_a_spelled_weekday(tmp_path):
    (tmp_path / "bad.py").write_text('WORDS = {"lundi", "x"}\n"""Docstrings may say mardi."""\n# and comments jeudi\n'
                                     'EXAMPLE = "Elle a parlé jeudi à Paris."\n')
    assert find_calendar_words(tmp_path) == ['bad.py:1: "lundi"']


def test_no_other_fold_function():
    defined = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if LANG not in p.parents
               and re.search(r"^\s*def fold\w*\(", p.read_text(encoding="utf-8"), re.MULTILINE)]
    assert defined == []


@pytest.mark.parametrize("function, text, expected", [
    (fold, "Économie’s", "economie's"),
    (fold_words, "Jean-Marc  Ayrault", "jean marc ayrault"),
    (fold_words, "M. de Villepin", "m de villepin"),
    (fold_same_length, "Élisabeth Borne’s", "Elisabeth Borne's"),
    (squeeze, "Début  Février", "début février"),
])
def test_fold_variants(function, text, expected):
    assert function(text) == expected


def test_fold_same_length_keeps_offsets():
    text = "Hélène Dupré’s « été »"
    assert len(fold_same_length(text)) == len(text)


def test_calendar_tables_agree():
    assert [MONTHS[m] for m in MONTH_NAMES] == list(range(1, 13))
    assert len(MONTH_ABBREVIATIONS) == 12 and all(MONTHS[a] == i for i, a in enumerate(MONTH_ABBREVIATIONS, 1))
    assert {fold(m) for m in MONTH_SPELLINGS} == {fold(m) for m in MONTH_NAMES}
    assert [WEEKDAYS[d] for d in WEEKDAY_NAMES] == list(range(1, 8))
    assert all(SEASONS[SEASON_NAMES[code]] == code for code in SEASON_NAMES)
    assert all(1 <= month <= 12 and 1 <= day <= 31 for month, day in HOLIDAYS.values())


def test_one_gender_code_everywhere():
    assert set(FIRST_NAMES.values()) == {MASC, FEM, BOTH}
    assert {g for g in HONORIFICS.values() if g} == {MASC, FEM}
    assert set(FOLDED_GENDER.values()) == {MASC, FEM}
    assert {g for g in SUBJECT_PRONOUNS.values() if g} == set(STRESSED_PRONOUNS.values()) == {MASC, FEM}


@pytest.mark.parametrize("name, gender", [
    ("Sophie Martin", FEM), ("Marc Martin", MASC), ("Marie-Hélène Petit", FEM), ("Jean-Luc Morel", MASC),
    ("Camille Roux", None), ("Xyzzy Roux", None), ("", None),
])
def test_name_gender(name, gender):
    assert name_gender(name) == gender


def test_first_names_fold_accents_and_know_both_genders():
    assert first_name_gender("Edouard") == first_name_gender("Édouard") == MASC
    assert is_first_name("Dominique") and first_name_gender("Dominique") is None
    assert not is_first_name("Ministre")


@pytest.mark.parametrize("honorific, gender", [("M.", MASC), ("Mme", FEM), ("Mlle", FEM), ("Maître", None)])
def test_honorific_gender_reaches_person_names(honorific, gender):
    assert person_name(f"{honorific} Martin").gender == gender
    assert person_name(f"{honorific} Martin").surname == "martin"


def test_gender_agreement():
    assert compatible(MASC, None) and compatible(None, FEM) and compatible(FEM, FEM)
    assert not compatible(MASC, FEM)


def test_number_tables():
    assert ONE_TO_TEN[0] == "un" and ONE_TO_TEN[-1] == "dix"
    assert "million" not in NUMBER_WORDS_TO_THOUSAND and "mille" in NUMBER_WORDS_TO_THOUSAND
    assert APPROX_NUMBER_NOUNS["dizaine"] == 10 and APPROX_NUMBER_NOUNS["millier"] == 1000
    assert parse_words("vingt-trois") == 23
