"""Amounts whose unit or value comes from context: an implicit currency, a repeated number, a
count noun after the number, collective number nouns, and proportions that are not counts.
Sentences are our own."""

from __future__ import annotations

import pytest

from chronique.extract.amounts import lexicon as lx


def amounts(analyze, text, title="Titre"):
    art = analyze(text, published="2024-03-05", title=title)
    assert not art.check_offsets()
    return [(a.text, a.value, a.unit) for a in art.amounts]


# -- a bare scaled number takes the currency of a nearby sum of money ------------------------
def test_bare_billions_take_the_currency_of_the_previous_sentence(analyze):
    got = amounts(analyze, "La taxe a rapporté 7 milliards d'euros l'an dernier. Ce montant dépasse "
                           "de 1 milliard celui de 2018.")
    assert ("1 milliard", 1e9, "EUR") in got


def test_bare_billions_take_the_currency_named_later_in_the_same_sentence(analyze):
    got = amounts(analyze, "Cela fait 3 milliards de plus qu'en 2017, où la collecte avait rapporté "
                           "14 milliards de dollars.")
    assert ("3 milliards", 3e9, "USD") in got


def test_bare_billions_in_the_first_sentence_take_the_currency_of_the_title(analyze):
    got = amounts(analyze, "Le total dépasse de 4 milliards le record de 2016.",
                  title="La collecte atteint 30 milliards de dollars")
    assert got == [("4 milliards", 4e9, "USD")]


def test_a_later_sentence_does_not_name_the_currency(analyze):
    got = amounts(analyze, "Il voulait lever un fonds de 5 milliards. La société a perdu 90 millions "
                           "d'euros l'an dernier.")
    assert [a for a in got if a[1] == 5e9] == []


# -- a bare number names its unit through a repetition or "le nombre de" ----------------------
def test_a_repeated_number_takes_the_unit_of_its_first_mention(analyze):
    got = amounts(analyze, "Ils ne sont plus que 212 sénateurs centristes. Une élue est partie hier. "
                           "La présidente a confirmé le départ. Le groupe tombe ainsi à 212 au Sénat.")
    assert got.count(("212", 212, "sénateurs")) == 1


def test_a_small_repeated_number_is_not_taken_for_the_same_amount(analyze):
    got = amounts(analyze, "Le club a recruté 3 joueurs. La météo était mauvaise. Le vent soufflait. "
                           "Le match a fini à 3 partout.")
    assert [a for a in got if a[0] == "3"] == []


def test_count_noun_after_the_number(analyze):
    got = amounts(analyze, "Le ministre a chiffré hier à 150 000 le nombre de postes menacés.")
    assert got == [("150 000", 150000, "postes")]


# -- collective number nouns ------------------------------------------------------------------
@pytest.mark.parametrize("noun, value", sorted(lx.APPROX_NUMBER_NOUNS.items()))
def test_collective_number_noun(analyze, noun, value):
    art = analyze(f"Le parti a enregistré une {noun} de départs depuis sa création.", published="2024-03-05",
                  title="Titre")
    got = [(a.value, a.unit, a.approx) for a in art.amounts]
    assert got == [(value, "départs", True)], [(a.text, a.value) for a in art.amounts]


def test_collective_number_nouns_need_a_number_and_a_counted_noun(analyze):
    assert amounts(analyze, "Les voyageurs ont été placés en quarantaine à leur arrivée.") == []
    assert amounts(analyze, "Des dizaines de personnes attendaient devant la mairie.") == []
    assert amounts(analyze, "Il a attendu une quinzaine de jours avant de répondre.") == []


def test_two_hundreds_and_money(analyze):
    got = amounts(analyze, "Deux centaines de manifestants ont réclamé une centaine d'euros de prime.")
    assert ("Deux centaines de manifestants", 200, "manifestants") in got
    assert ("une centaine d'euros", 100, "EUR") in got


# -- proportions ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plus de 20.000 contrôles ont eu lieu. Un dossier sur trois aboutit, contre un sur six auparavant.",
    "Sur 40 000 foyers interrogés, deux Français sur trois se disent inquiets.",
])
def test_a_proportion_denominator_is_not_a_count(analyze, text):
    got = amounts(analyze, text)
    assert not [a for a in got if a[1] in (3, 6)], got


def test_a_written_total_after_sur_stays_an_amount(analyze):
    got = amounts(analyze, "La majorité compte 343 élus sur 577 à l'Assemblée.")
    assert ("343 élus", 343, "élus") in got
    assert [a for a in got if a[1] == 577 and a[2] == "élus"], got


def test_a_collective_number_of_units_is_a_measure(analyze):
    art = analyze("Le cortège a parcouru une vingtaine de kilomètres sous la pluie.", published="2024-03-05",
                  title="Titre")
    assert [(a.value, a.unit, a.kind) for a in art.amounts] == [(20, "kilomètres", "measure")]


@pytest.mark.parametrize("noun", sorted(lx.NOUNS_WITH_COMPLEMENT))
def test_an_action_noun_keeps_its_complement_in_the_unit(analyze, noun):
    number = "12" if noun.endswith("s") else "1"
    got = amounts(analyze, f"Le groupe annonce {number} {noun} de postes dans ses usines.")
    assert got == [(f"{number} {noun} de postes", float(number), f"{noun} de postes")], got


def test_a_factor_and_its_alternative_are_not_amounts(analyze):
    got = amounts(analyze, "Le groupe multipliera par 4 ou 5 le nombre de véhicules produits en France.")
    assert got == [], got


@pytest.mark.parametrize("numerator", sorted(lx.PROPORTION_NUMERATORS))
def test_proportion_numerator(analyze, numerator):
    got = amounts(analyze, f"Parmi 500 salariés interrogés, {numerator} sur douze se disent satisfaits.")
    assert not [a for a in got if a[1] == 12], got


@pytest.mark.parametrize("word", sorted(lx.FACTOR_BEFORE))
def test_factor_word(analyze, word):
    got = amounts(analyze, f"Les ventes de 300 magasins ont été multipliées {word} 3 ou 4 en un an.")
    assert [a[1] for a in got] == [300], got


def test_space_grouped_digits_with_a_decimal_point(analyze):
    amounts = {(a.text, a.value, a.unit) for a in analyze("La version de base coûte 99 446.80 € hors options.").amounts}
    assert ("99 446.80 €", 99446.8, "EUR") in amounts


def test_one_of_a_currency_written_as_an_article(analyze):
    amounts = {(a.text, a.value, a.unit) for a in analyze("Le ticket ne coûte plus qu'un euro.").amounts}
    assert ("un euro", 1.0, "EUR") in amounts
    assert not analyze("Un homme est venu avec un ami.").amounts


def test_zero_opening_a_range_is_no_amount(analyze):
    found = {(a.text, a.unit) for a in analyze("La voiture passe de 0 à 100 km/h en 3 secondes.").amounts}
    assert ("100 km/h", "km/h") in found and not any(t == "0" for t, _ in found)
    assert ("0 %", "%") in {(a.text, a.unit) for a in analyze("Le taux est passé de 0 % à 2 %.").amounts}


def test_torque_is_a_measure(analyze):
    assert ("700 Nm", "Nm") in {(a.text, a.unit) for a in analyze("Le moteur développe 700 Nm de couple.").amounts}


def test_a_small_denominator_makes_a_proportion_not_a_count(analyze):
    found = {(a.text, a.value) for a in analyze("Sur ces lignes, 1 train sur 2 devrait circuler. "
                                                "Au total, 343 élus sur 577 ont voté.").amounts}
    assert ("1 train", 1.0) in found and ("343 élus", 343.0) in found
    assert not any(value == 2.0 for _, value in found)


def test_numbers_listed_after_a_label_are_labels(analyze):
    art = analyze("Les lignes 1 et 14 du métro circuleront, comme les tramways 1, 2, 5 et 8.")
    assert not art.amounts
