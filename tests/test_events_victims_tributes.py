"""Events done to a person (a victim named alone), tributes in an obituary, deployments of forces,
addressees of a request, and the words that look like triggers without being one.

Every sentence here was written for these tests; names are invented.
"""

from __future__ import annotations

from events_support import names, of_type, run


# -- a victim named alone: what was done to them is an attack --
def test_a_person_shot_by_someone_unnamed_is_the_victim(analyze):
    art = run(analyze, "Léa Morvan, 17 ans, a été abattue par un policier à Lille.")
    [ev] = of_type(art, "ASSAULT")
    assert names(art, ev, "target") == {"Léa Morvan"}


def test_a_person_poisoned_is_the_victim(analyze):
    art = run(analyze, "Les médecins ont établi que l'opposant Pavel Orlov avait été empoisonné en Russie.")
    [ev] = of_type(art, "ASSAULT")
    assert names(art, ev, "target") == {"Pavel Orlov"}


def test_the_poisoning_of_a_person_names_the_victim(analyze):
    art = run(analyze, "Moscou doit s'expliquer sur l'empoisonnement de l'opposant Pavel Orlov.")
    [ev] = of_type(art, "ASSAULT")
    assert names(art, ev, "target") == {"Pavel Orlov"}


def test_violating_a_treaty_or_felling_game_is_no_attack(analyze):
    art = run(analyze, "La Moldavie a violé l'accord signé avec la Roumanie. Le chasseur Paul Girard a abattu "
                       "un sanglier.")
    assert not of_type(art, "ASSAULT")


def test_the_weapon_of_an_attack_is_no_partner(analyze):
    art = run(analyze, "Trois laboratoires ont conclu à son empoisonnement avec un agent neurotoxique de type "
                       "Novitchok, selon Greta Lindqvist.")
    assert not of_type(art, "AGREE")  # "conclure à": a finding, no agreement
    for ev in of_type(art, "ASSAULT"):
        assert "Novitchok" not in names(art, ev)


def test_a_deal_concluded_with_someone_is_still_an_agreement(analyze):
    art = run(analyze, "Le groupe Valmonde a conclu un accord avec la Pologne mardi.")
    assert of_type(art, "AGREE")


def test_the_victim_the_parse_hangs_on_the_agent_of_a_killing(analyze):
    art = run(analyze, "L'assassinat en janvier par Washington du général Farid Kassem a choqué la région.")
    [ev] = of_type(art, "ASSAULT")
    assert names(art, ev, "source") == {"Washington"} and names(art, ev, "target") == {"Farid Kassem"}


def test_a_masculine_pronoun_is_not_the_woman_named_last(analyze):
    art = run(analyze, "Pavel Orlov est hospitalisé à Berlin, où selon le gouvernement d'Anna Richter les "
                       "médecins ont établi « sans équivoque » qu'il avait été empoisonné en Russie.")
    [ev] = of_type(art, "ASSAULT")
    assert names(art, ev) == {"Pavel Orlov"}


# -- deployments move forces --
def test_deploying_troops_is_a_mobilisation(analyze):
    art = run(analyze, "L'Inde a déployé mercredi des centaines de militaires en renfort dans la zone.")
    [ev] = of_type(art, "MOBILIZE")
    assert names(art, ev) == {"Inde"}


def test_deploying_a_channel_s_teams_or_vehicles_is_not(analyze):
    art = run(analyze, "La chaîne TéléSud déploiera également des équipes à Lisbonne. Le patron d'Aérovia, "
                       "Jörg Haller, veut déployer les premiers véhicules à Paris.")
    assert not of_type(art, "MOBILIZE")


# -- whom a request addresses --
def test_a_capital_asked_to_act_is_the_addressee(analyze):
    art = run(analyze, "Le ministre Igor Sokolov a demandé à Berlin de fournir des preuves.")
    [ev] = of_type(art, "REQUEST")
    assert names(art, ev, "target") == {"Berlin"}


def test_one_s_own_side_is_no_addressee_of_a_letter(analyze):
    art = run(analyze, "« Tu vas nous manquer », a écrit de son côté le premier secrétaire du parti Paul Girard.")
    assert not of_type(art, "CONSULT")


def test_travel_costs_are_no_visit(analyze):
    art = run(analyze, "Les dépenses recouvrent des surcoûts de déplacement de M. Paul Girard par avion.")
    assert not of_type(art, "CONSULT")


# -- tributes in an obituary --
OBITUARY = ("Paul Girard est mort mardi à Nantes à l'âge de 88 ans. « C'était un homme de cœur et un "
            "bâtisseur », a déclaré à l'AFP la députée Marie Lenoir. « Nantes perd un grand maire », a "
            "estimé de son côté le sénateur Hugo Lambert.")


def test_what_others_say_in_an_obituary_is_a_tribute_to_the_dead(analyze):
    art = run(analyze, OBITUARY, title="Décès de Paul Girard, ancien maire de Nantes")
    tributes = {frozenset(names(art, ev, "source")) for ev in of_type(art, "SUPPORT")
                if names(art, ev, "target") == {"Paul Girard"}}
    assert tributes == {frozenset({"Marie Lenoir"}), frozenset({"Hugo Lambert"})}


def test_a_headline_saying_the_person_died_makes_an_obituary_too(analyze):
    art = run(analyze, OBITUARY, title="Paul Girard, ancien maire de Nantes, est décédé à 88 ans")
    assert len([ev for ev in of_type(art, "SUPPORT") if names(art, ev, "target") == {"Paul Girard"}]) == 2


def test_no_tribute_without_a_death_in_the_headline_nor_after_a_killing(analyze):
    for title in ("Paul Girard, ancien maire de Nantes, publie ses mémoires",
                  "Mort de Paul Girard, tué par balle à Nantes"):
        art = run(analyze, OBITUARY, title=title)
        assert not [ev for ev in of_type(art, "SUPPORT") if ev.mode == "tribute"], title


def test_the_reported_announcement_of_the_death_is_no_tribute(analyze):
    art = run(analyze, "Paul Girard est mort mardi à Nantes, à l'âge de 88 ans, a annoncé sa femme, Claire Girard.",
              title="Mort de Paul Girard, ancien maire de Nantes")
    assert not of_type(art, "SUPPORT")


def test_a_story_recalling_a_death_is_no_obituary(analyze):
    text = ("Quatre ans après la mort de Paul Girard, l'enquête piétine. « Nous voulons la vérité », a déclaré "
            "à l'AFP la députée Marie Lenoir.")
    art = run(analyze, text, title="Mort de Paul Girard : ce que contiennent les expertises")
    assert not [ev for ev in of_type(art, "SUPPORT") if ev.mode == "tribute"]


# -- what is done to someone, told by a participle or a noun --
def test_an_arrest_told_by_a_participle_opening_the_sentence(analyze):
    art = run(analyze, "Arrêté le 19 novembre à Tokyo, Pierre Lemoine fait l'objet de quatre chefs d'accusation.")
    [ev] = of_type(art, "COERCE")
    assert names(art, ev, "target") == {"Pierre Lemoine"}


def test_the_person_indicted_undergoes_it(analyze):
    art = run(analyze, "Jean Morel avait été inculpé en juillet pour trafic de mineurs.")
    [ev] = of_type(art, "COERCE")
    assert names(art, ev, "target") == {"Jean Morel"}


def test_charges_and_an_arrest_asked_for_are_no_act(analyze):
    art = run(analyze, "Marie Lenoir devra répondre de six chefs d'accusation. Pour les manifestants, ce n'est pas "
                       "assez : ils réclament l'arrestation de Paul Girard, a dit Hugo Lambert.")
    assert not of_type(art, "COERCE") and not [ev for ev in of_type(art, "ACCUSE") if ev.trigger.text == "accusation"]


def test_who_read_a_complaint_is_no_party_to_it_and_a_university_is_an_organisation(analyze):
    art = run(analyze, "Dans une plainte consultée par l'AFP, Adèle Dumont accuse l'université de Miami de lui "
                       "décerner un diplôme dévalué.")
    assert {(e.name, e.type) for e in art.entities} >= {("université de Miami", "ORG")}
    [ev] = of_type(art, "ACCUSE")
    assert names(art, ev) == {"Adèle Dumont", "université de Miami"}


# -- guards: what the rules above must leave alone --
def test_guards_of_the_victim_deployment_addressee_and_participle_rules(analyze):
    war = run(analyze, "L'Ukraine est en guerre avec la Russie depuis 2022.")
    assert [names(war, ev) for ev in of_type(war, "ASSAULT")] == [{"Russie"}]
    for text in ("Visiblement abattu, Jean Morel a reconnu sa défaite.",
                 "Le magazine avait violé la vie privée de Claire Vasseur.",
                 "Cette affaire empoisonne la vie de Jean Morel."):
        assert not of_type(run(analyze, text), "ASSAULT"), text
    assert not of_type(run(analyze, "TF1 a déployé des équipes à Kiev pour suivre l'arrivée des soldats russes."),
                       "MOBILIZE")
    lyon = run(analyze, "La ministre Anne Roux a demandé à Lyon aux maires de fermer les écoles.")
    assert all("Lyon" not in names(lyon, ev, "target") for ev in of_type(lyon, "REQUEST"))
    deal = run(analyze, "L'accord obtenu par la France avec l'Iran a été salué.")
    assert any("France" in names(deal, ev) for ev in of_type(deal, "AGREE"))
    decree = run(analyze, "Arrêté préfectoral à l'appui, le maire de Nice Paul Girard a interdit le rassemblement.")
    assert not of_type(decree, "COERCE")


def test_the_doctor_telling_the_death_pays_no_tribute(analyze):
    art = run(analyze, "Paul Girard est mort mardi à Nantes à l'âge de 88 ans. « Il a succombé à un arrêt cardiaque », "
                       "a précisé son médecin, le docteur Luc Armand.", title="Décès de Paul Girard, ancien maire de Nantes")
    assert not of_type(art, "SUPPORT")
