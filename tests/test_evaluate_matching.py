"""The string-matching rules of gold/FORMAT.md, one rule at a time."""

from __future__ import annotations

import pytest

from chronique.evaluate.matching import match
from chronique.evaluate.normalise import (
    norm, norm_quote, phrase_match, quote_match, same_stem, span_match,
)


# -- normalisation -----------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("L’Assemblée nationale", "l'assemblée nationale"),          # curly apostrophe, case
    ("aujourd\u02bchui", "aujourd'hui"),                          # modifier-letter apostrophe
    ("10\u00a0000\u202feuros", "10 000 euros"),                   # no-break and narrow no-break spaces
    ("  la   Banque\tde\nFrance ", "la banque de france"),         # white space collapsed
    ("ﬁnances", "finances"),                                      # NFKC ligature
    ("Ｐａｒｉｓ", "paris"),                                        # NFKC full-width letters
    ("« Oui »", "“oui”"),                                         # every quotation mark folded
    ("Elysée", "ELYSÉE"),
])
def test_norm_folds_equivalent_spellings(a, b):
    assert norm(a) == norm(b)


@pytest.mark.parametrize("a, b", [
    ("Élysée", "Elysee"),          # accents are meaningful in French: not folded
    ("l'État", "l État"),          # an apostrophe is not a space
])
def test_norm_keeps_real_differences(a, b):
    assert norm(a) != norm(b)


def test_norm_of_nothing_is_empty():
    assert norm(None) == "" and norm("") == "" and norm(" \u00a0 ") == ""


# -- span rule (entities, timexes, amounts) ----------------------------------------------------
@pytest.mark.parametrize("system, gold", [
    ("Parisien", "Le Parisien"),            # contained, 8 of 11 characters
    ("Le Parisien", "Parisien"),            # either way round
    ("mercredi", "mercredi"),
    ("le 3 mars", "3 mars"),
    ("PARIS", "Paris"),
    ("Assemblée\u00a0nationale", "Assemblée nationale"),
    ("l’Élysée", "l'Élysée"),
    ("abcd", "abcd efg"),                   # exactly half is enough
])
def test_span_match_accepts_containment_with_half_overlap(system, gold):
    assert span_match(system, gold)


@pytest.mark.parametrize("system, gold", [
    ("PS", "Université d'été du PS"),       # contained but far less than half
    ("Macron", "Brigitte Macron"),          # 6 of 15: two people sharing a name stay apart
    ("abc", "abcdefgh"),                    # just under half
    ("a déclaré mercredi", "mercredi"),     # system span too wide
    ("mardi", "mercredi"),                  # overlap without containment
    ("elle", "Estelle"),                    # contained inside a word: a pronoun is not the name
    ("Lyon", ""),
    ("", ""),
])
def test_span_match_rejects(system, gold):
    assert not span_match(system, gold)


# -- quote rule --------------------------------------------------------------------------------
@pytest.mark.parametrize("system, gold", [
    ("« Nous n’irons pas plus loin. »", "Nous n'irons pas plus loin"),
    ("Nous n'irons pas plus loin", "« Nous n'irons pas plus loin »"),
    ("“Nous n'irons pas plus loin…”", "nous n'irons pas plus loin"),
    ("\u00abNous\u00a0n'irons pas plus loin !\u00bb", "Nous n'irons pas plus loin"),
    ('"scandaleuse",', "scandaleuse"),
])
def test_quote_match_is_exact_after_stripping_marks_and_punctuation(system, gold):
    assert quote_match(system, gold)


@pytest.mark.parametrize("system, gold", [
    ("Nous n'irons pas", "Nous n'irons pas plus loin"),          # a fragment is not the quote
    ("Nous n'irons pas plus loin, a-t-il dit", "Nous n'irons pas plus loin"),
    ("Nous n’irons pas plus loin", "Nous n'irons pas plus près"),
    ("« »", ""),
])
def test_quote_match_rejects_other_text(system, gold):
    assert not quote_match(system, gold)


def test_norm_quote_keeps_inner_quotation_marks():
    assert norm_quote("« un « LBD » parlementaire »") == 'un "lbd" parlementaire'


# -- unnamed sources ---------------------------------------------------------------------------
@pytest.mark.parametrize("gold, system, ok", [
    ("un proche d'Edouard Philippe", "Un proche", True),          # the head of the phrase
    ("un proche d'Edouard Philippe", "un proche d’Edouard Philippe", True),
    ("un proche d'Edouard Philippe", "Edouard Philippe", False),  # the name inside is not the speaker
    ("des responsables", "des responsables américains", True),
    ("son entourage", "l'entourage", True),                       # determiners aside
    ("son entourage", "il", False),
    ("des syndicats", "", False),
])
def test_phrase_match(gold, system, ok):
    assert phrase_match(gold, system) is ok


def test_same_stem_joins_forms_of_one_verb_only():
    assert same_stem("annoncé", "annonce")
    assert same_stem("déclaré", "déclarer")
    assert not same_stem("rappelle", "rapporte")
    assert not same_stem("dit", "dire")  # too short to guess: exact forms only


# -- one-to-one matching -----------------------------------------------------------------------
def test_match_uses_each_system_item_once():
    golds = ["mercredi", "mercredi"]
    assert len(match(golds, ["mercredi"], lambda g, s: float(g == s))) == 1
    assert len(match(golds, ["mercredi", "mercredi"], lambda g, s: float(g == s))) == 2


def test_match_is_maximal_not_merely_greedy():
    # Gold 0 prefers system 0 but can take system 1; gold 1 can only take system 0.
    weights = {(0, 0): 5.0, (0, 1): 1.0, (1, 0): 1.0}
    pairs = match([0, 1], [0, 1], lambda g, s: weights.get((g, s), 0.0))
    assert pairs == {0: 1, 1: 0}


def test_match_prefers_better_pairs_among_equal_counts():
    weights = {(0, 0): 1.0, (0, 1): 3.0}
    assert match([0], [0, 1], lambda g, s: weights.get((g, s), 0.0)) == {0: 1}
