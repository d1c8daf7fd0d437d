"""Every entry of the amount lexicons, each on a sentence of its own through the real pipeline."""

from __future__ import annotations

import pytest

from chronique.extract.amounts import lexicon as lx
from chronique.lang.fr.numbers import NUMBER_WORDS, parse_words

ABBREVIATION_SPELLING = {"md": "Md", "mds": "Mds", "mrd": "Mrd", "mrds": "Mrds", "m": "M", "k": "k"}


def found(analyze, text):
    art = analyze(text, published="2024-03-05", title="Titre")
    return art.amounts


@pytest.mark.parametrize("word, code", sorted(lx.CURRENCIES.items()))
def test_currency(analyze, word, code):
    got = found(analyze, f"Le contrat vaut 12 {word} au total.")
    assert [(a.value, a.unit, a.kind) for a in got] == [(12, code, "money")]


@pytest.mark.parametrize("word, factor", sorted(lx.SCALES.items()))
def test_scale(analyze, word, factor):
    if word in lx.ABBREVIATED_SCALES:
        text = f"Le projet coûte 3 {ABBREVIATION_SPELLING[word]}€ au total."
    elif word == "mille":
        text = "Le projet coûte 3 mille euros au total."
    else:
        text = f"Le projet coûte 3 {word} d'euros au total."
    got = found(analyze, text)
    assert [(a.value, a.unit) for a in got] == [(3 * factor, "EUR")]


@pytest.mark.parametrize("word", lx.PERCENT_WORDS)
def test_percent_sign(analyze, word):
    got = found(analyze, f"Le taux atteint 12 {word} cette année.")
    assert [(a.value, a.unit, a.kind) for a in got] == [(12, "%", "percent")]


@pytest.mark.parametrize("unit", sorted(lx.MEASURE_UNITS - lx.TIME_UNITS))
def test_measure_unit(analyze, unit):
    got = found(analyze, f"La sonde indique 12 {unit} exactement.")
    assert [(a.value, a.kind) for a in got] == [(12, "measure")]


@pytest.mark.parametrize("word", sorted(lx.MEASURE_QUALIFIERS))
def test_measure_qualifier(analyze, word):
    got = found(analyze, f"La pièce fait 12 mètres {word} environ.")
    assert [a.unit for a in got] == [f"mètres {word}"]


@pytest.mark.parametrize("unit", sorted(lx.TIME_UNITS))
def test_time_units_make_durations_not_amounts(analyze, unit):
    assert found(analyze, f"Il a attendu 12 {unit} devant la porte.") == ()


@pytest.mark.parametrize("month", sorted(lx.MONTHS))
def test_months_make_dates_not_amounts(analyze, month):
    assert found(analyze, f"Il est arrivé le 12 {month} dernier.") == ()


@pytest.mark.parametrize("day", sorted(lx.WEEKDAYS))
def test_weekday_after_a_number_is_not_its_unit(analyze, day):
    got = found(analyze, f"Le nombre de malades a chuté à 12 {day} dernier.")
    assert [(a.value, a.unit) for a in got] == [(12, "malades")]


@pytest.mark.parametrize("noun", sorted(lx.LABEL_NOUNS))
def test_label_nouns_name_a_number(analyze, noun):
    got = found(analyze, f"Le texte cite le {noun} 12 candidats.")
    assert [a for a in got if a.value == 12] == []


@pytest.mark.parametrize("noun", sorted(lx.NOT_COUNT_NOUNS))
def test_nouns_that_are_not_counted(analyze, noun):
    got = found(analyze, f"Il a noté 12 {noun} hier.")
    assert [a for a in got if a.unit == noun] == []


@pytest.mark.parametrize("cue", lx.APPROX_CUES)
def test_approximation_cue(analyze, cue):
    sep = "" if cue.endswith(("'", "’")) else " "
    number = "un million de lettres" if sep == "" else "1200 lettres"
    got = found(analyze, f"Il a reçu {cue}{sep}{number} cette année.")
    assert [a.approx for a in got] == [True], [(a.text, a.approx) for a in got]


@pytest.mark.parametrize("word", sorted(lx.NOT_AMOUNT_BEFORE - lx.WEAK_BEFORE))
def test_words_that_make_a_bare_number_a_date_or_a_factor(analyze, word):
    got = found(analyze, f"Le nombre de cas a atteint 12 hier, puis {word} 15.")
    assert [a for a in got if a.value == 15] == []


@pytest.mark.parametrize("adj", sorted(lx.PRENOMINAL))
def test_prenominal_adjectives_are_skipped(analyze, adj):
    got = found(analyze, f"Il a vu 12 {adj} voitures.")
    assert [a.unit for a in got] == ["voitures"]


@pytest.mark.parametrize("noun", sorted(lx.APPOSITIVE_NOUNS))
def test_appositive_nouns_complete_the_unit(analyze, noun):
    got = found(analyze, f"Ils ont étudié 12 dossiers {noun} cette année.")
    assert [a.unit for a in got] == [f"dossiers {noun}"]


@pytest.mark.parametrize("noun", sorted(lx.COUNT_NOUNS))
def test_count_nouns_lend_their_complement(analyze, noun):
    got = found(analyze, f"Le {noun} des victimes a atteint 12 hier.")
    assert [(a.value, a.unit) for a in got] == [(12, "victimes")]


@pytest.mark.parametrize("word", NUMBER_WORDS)
def test_number_words_parse(word):
    assert parse_words(word) is not None
