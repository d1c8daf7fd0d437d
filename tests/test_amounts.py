"""Amounts through the real pipeline: French number formats, words, scales, currencies, units,
and the numbers that are not amounts."""

from __future__ import annotations

import pytest


def amounts(analyze, text):
    art = analyze(text, published="2024-03-05", title="Titre")
    assert not art.check_offsets()
    return [(a.text, a.value, a.unit, a.kind) for a in art.amounts]


@pytest.mark.parametrize("text, expected", [
    ("L'armée a envoyé 12 000 soldats vers la frontière.", ("12 000 soldats", 12000, "soldats", "count")),
    ("La commune a reçu 839.000 euros de subventions.", ("839.000 euros", 839000, "EUR", "money")),
    ("Le club a dépensé 1,15 million de dollars cet hiver.", ("1,15 million de dollars", 1150000, "USD", "money")),
    ("La région compte 8,5 millions d'habitants.", ("8,5 millions d'habitants", 8500000, "habitants", "count")),
    ("Les ventes ont progressé de 10% sur un an.", ("10%", 10, "%", "percent")),
    ("Les prix ont bondi de +20% en un mois.", ("+20%", 20, "%", "percent")),
    ("On dénombre 4500 cas dans le pays.", ("4500 cas", 4500, "cas", "count")),
    ("Cinq policiers ont été blessés lors de la soirée.", ("Cinq policiers", 5, "policiers", "count")),
    ("Il a réuni vingt-trois témoins au tribunal.", ("vingt-trois témoins", 23, "témoins", "count")),
    ("La banque a perdu 300 millions de yens en bourse.", ("300 millions de yens", 300000000, "JPY", "money")),
    ("Le billet coûte 45 € au guichet.", ("45 €", 45, "EUR", "money")),
    ("La rançon atteint $5 selon la police.", ("$5", 5, "USD", "money")),
    ("Le marché pèse 2 milliards de livres sterling.", ("2 milliards de livres sterling", 2e9, "GBP", "money")),
    ("La taxe représente 12 pour cent du prix.", ("12 pour cent", 12, "%", "percent")),
    ("Le camion transportait 40 tonnes de sable.", ("40 tonnes", 40, "tonnes", "measure")),
    ("Le parcours fait six kilomètres.", ("six kilomètres", 6, "kilomètres", "measure")),
    ("Le club a été vendu 100 millions de livres.", ("100 millions de livres", 1e8, "GBP", "money")),
    ("Elle a lu 12 livres cet été.", ("12 livres", 12, "livres", "count")),
    ("Le bâtiment occupe 300 mètres carrés en centre-ville.", ("300 mètres carrés", 300, "mètres carrés", "measure")),
    ("L'accord a été signé par 27 pays membres de l'Union.", ("27 pays membres", 27, "pays membres", "count")),
    ("Les ventes reculent (- 10,6 %) sur un an.", ("- 10,6 %", -10.6, "%", "percent")),
    ("La cinquantaine de militaires a été secourue.", ("La cinquantaine de militaires", 50, "militaires", "count")),
    ("Le tableau a dépassé le million d'euros aux enchères.", ("le million d'euros", 1e6, "EUR", "money")),
    # a nationality, or a common noun written with a capital, counted
    ("Au moins 40 Français sont morts dans l'explosion.", ("40 Français", 40, "Français", "count")),
    ("Trois millions d'Américains ont voté.", ("Trois millions d'Américains", 3e6, "Américains", "count")),
    ("La force compte 13.000 Casques bleus au Mali.", ("13.000 Casques", 13000, "Casques", "count")),
    # the inhabitants of a town or a people, counted
    ("Le maire a écrit aux quelque 1.000 Salvetois de la commune.", ("1.000 Salvetois", 1000, "Salvetois", "count")),
    ("Une cinquantaine de Tchétchènes étaient présents.",
     ("Une cinquantaine de Tchétchènes", 50, "Tchétchènes", "count")),
    # a lexicalised compound is the unit; an ordinary complement is not
    ("Seules 2 lignes de métro circulent.", ("2 lignes de métro", 2, "lignes de métro", "count")),
    ("Onze anciens chefs de gouvernement ont signé.", ("Onze anciens chefs de gouvernement", 11, "chefs de gouvernement", "count")),
    ("L'hôpital a traité 18 cas de cancer.", ("18 cas", 18, "cas", "count")),
])
def test_formats_and_units(analyze, text, expected):
    got = amounts(analyze, text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Le sommet du G20 s'ouvre à Rome.",
    "L'Airbus A380 a atterri sans encombre.",
    "Le Premier ministre a utilisé l'article 49-3 de la Constitution.",
    "Le CAC 40 a reculé dans la matinée.",
    "Le Covid-19 circule encore en Europe.",
    "Le pays est passé au stade 3 de l'épidémie.",
    "La grippe H1N1 avait frappé en 2009.",
    "Il est né le 10 avril 1975 à Lyon.",
    "La réunion commence à 14 heures précises.",
    "Un homme de 40 ans a été interpellé.",
    "Il a été condamné à deux ans de prison.",
    "Le chantier a duré trois semaines.",
    "Il a terminé 3e de la course.",
    "Un homme et une femme ont été entendus.",
    "Le 60e anniversaire du traité a été célébré.",
    "Il a restauré une Porsche modèle 911 de 1990.",
    "Les deux se sont parlé longuement.",
    "La plage des Trois Moutons a rouvert.",
    "Les deux tiers des électeurs et les trois quarts des maires ont voté.",
    "Les campagnes de 2012 m'ont convaincu.",
])
def test_not_amounts(analyze, text):
    assert amounts(analyze, text) == []


def test_currency_carries_to_a_later_scale_in_the_sentence(analyze):
    got = amounts(analyze, "L'État touchera 2,4 milliards d'euros en 2021, et 2,9 milliards en 2022.")
    assert ("2,4 milliards d'euros", 2.4e9, "EUR", "money") in got
    assert ("2,9 milliards", 2.9e9, "EUR", "money") in got
    assert all(a[1] not in (2021, 2022) for a in got)


def test_elliptical_count_takes_the_noun_of_the_sentence(analyze):
    got = amounts(analyze, "Le nombre de nouvelles infections a chuté à 12 lundi, dont seulement trois à Lyon.")
    assert ("12", 12, "infections", "count") in got
    assert ("trois", 3, "infections", "count") in got


def test_ratio_and_previous_count(analyze):
    got = amounts(analyze, "Sur les 30 projets retenus, seuls 12 sur 30 ont abouti. Le rapport en promettait 20.")
    assert ("12 sur 30", 12, "projets", "count") in got
    assert ("20", 20, "projets", "count") in got


def test_paired_number_takes_the_unit_or_is_excluded_with_it(analyze):
    got = amounts(analyze, "Entre 5 et 8% des électeurs hésitent. Ils devront travailler jusqu'à 64 et non 62 ans.")
    assert ("5", 5, "%", "percent") in got and ("8%", 8, "%", "percent") in got
    assert all(a[1] not in (62, 64) for a in got)


def test_approximation_cues(analyze):
    art = analyze("Environ 300 manifestants et plus de 5% des votants, mais 12 élus.", title="T")
    approx = {a.value: a.approx for a in art.amounts}
    assert approx == {300: True, 5: True, 12: False}


def test_article_un_is_not_an_amount_but_un_million_is(analyze):
    got = amounts(analyze, "Un homme a gagné un million d'euros au loto.")
    assert got == [("un million d'euros", 1e6, "EUR", "money")]


def test_bare_numbers_without_context_are_left_out(analyze):
    assert amounts(analyze, "Il a répondu 42 sans hésiter.") == []


@pytest.mark.parametrize("text, expected", [
    # a participle after an elliptical number is a predicate: the noun comes from context
    ("Les gendarmes ont analysé 13 vidéos, neuf filmées par un témoin.", [("13 vidéos", 13, "vidéos", "count"),
                                                                         ("neuf", 9, "vidéos", "count")]),
    # after two or more a counted noun is plural
    ("Les quelque 4.000 vivant au Liban sont inquiets.", []),
    # "M." is an honorific, not metres
    ("Le décret dont avait bénéficié en août 2018 M. Dupont a été annulé.", []),
])
def test_predicates_singulars_and_honorifics(analyze, text, expected):
    assert amounts(analyze, text) == expected


def test_a_scale_word_serves_both_numbers_of_a_range(analyze):
    article = analyze("Le fonds disposerait d'entre 30 et 300 millions de dollars, selon le rapport.", title="T")
    assert [(a.value, a.unit) for a in article.amounts] == [(30_000_000, "USD"), (300_000_000, "USD")]


def test_a_scaled_sum_of_spending_is_money_in_the_articles_currency(analyze):
    euros = analyze("Le plan prévoit 40 milliards de dépenses nouvelles sur cinq ans.", title="T")
    assert [(a.value, a.unit, a.kind) for a in euros.amounts] == [(40_000_000_000, "EUR", "money")]
    dollars = analyze("Washington a promis 3 milliards de dollars. Le Congrès a voté 2 milliards "
                      "de crédits supplémentaires.", title="T")
    assert [(a.value, a.unit) for a in dollars.amounts] == [(3_000_000_000, "USD"), (2_000_000_000, "USD")]


def test_a_weekday_after_the_counted_noun_is_not_part_of_the_unit(analyze):
    assert [(v, u) for _, v, u, _ in amounts(analyze, "Le pays a comptabilisé 4.038 nouveaux cas jeudi, un record.")] \
        == [(4038, "cas")]


def test_a_year_after_a_month_is_no_count_of_what_follows(analyze):
    assert amounts(analyze, "Des combats ont opposé en juillet 2020 Arméniens et Azerbaïdjanais.") == []


@pytest.mark.parametrize("text, expected", [
    # a currency name several countries share is the one of the country the article names
    ("A Sanaa, au Yémen, un âne coûte 400 riyals.", [("400 riyals", 400, "YER", "money")]),
    ("Au Qatar, le litre d'essence coûte 2 riyals.", [("2 riyals", 2, "QAR", "money")]),
    ("En Tunisie, le pain coûte 0,2 dinar.", [("0,2 dinar", 0.2, "TND", "money")]),
    ("Le budget prévoit 3 milliards de dinars.", [("3 milliards de dinars", 3e9, "DZD", "money")]),
    # the thousands of the last number serve the numbers listed before it
    ("Un âne se vend entre 7 et 8.000 euros.", [("7", 7000, "EUR", "money"), ("8.000 euros", 8000, "EUR", "money")]),
    ("Il coûte 70, 80 ou 100.000 euros.",
     [("70", 70000, "EUR", "money"), ("80", 80000, "EUR", "money"), ("100.000 euros", 100000, "EUR", "money")]),
    ("La ville compte de 1 à 10.000 habitants par quartier.",
     [("1", 1, "habitants", "count"), ("10.000 habitants", 10000, "habitants", "count")]),
])
def test_shared_currencies_and_shared_thousands(analyze, text, expected):
    assert amounts(analyze, text) == expected


# -- held-out 22 --
@pytest.mark.parametrize("text, expected", [
    ("Les Etats-Unis restent le pays déplorant le plus de morts, à plus de 160.000.",
     ("160.000", 160000, "morts", "count")),
    ("La région compte le plus de cas d'infection (plus de 5,3 millions), surtout au Brésil.",
     ("5,3 millions", 5300000, "cas", "count")),
    ("À Paris, une petite cinquantaine de personnes se sont rassemblées.",
     ("une petite cinquantaine de personnes", 50, "personnes", "count")),
    ("Une bonne centaine de manifestants ont défilé.", ("Une bonne centaine de manifestants", 100, "manifestants", "count")),
])
def test_counts_named_by_a_superlative_or_hedged(analyze, text, expected):
    assert expected in amounts(analyze, text)


@pytest.mark.parametrize("text, bad_unit", [
    ("Le groupe a réalisé un chiffre d'affaires de 12 milliards d'euros, et le bénéfice atteint 1,5 milliard.",
     "affaires"),
    ("C'est la région qui compte le plus de cas, avec un taux d'incidence de 320.", "cas"),
])
def test_a_superlative_names_only_the_number_right_after_it(analyze, text, bad_unit):
    assert all(unit != bad_unit for _, _, unit, _ in amounts(analyze, text))
