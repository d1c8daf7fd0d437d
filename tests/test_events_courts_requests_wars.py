"""Events of courts, releases, letters, requests and wars: each rule
with a sentence where it fires and one where it must not (invented sentences)."""

from __future__ import annotations

from events_support import names, of_type, run


def test_court_sentence_is_a_sanction(analyze):
    art = run(analyze, "Le militant Hugo Lambert a été condamné mardi à trois ans de prison ferme.")
    [ev] = of_type(art, "SANCTION")
    assert "Hugo Lambert" in names(art, ev)


def test_moral_condemnation_is_not_a_sentence(analyze):
    art = run(analyze, "Camille Renaud a condamné fermement les propos de Hugo Lambert.")
    assert not of_type(art, "SANCTION")


def test_asked_release_is_a_request_not_a_release(analyze):
    art = run(analyze, "La Belgique réclame la libération de Hugo Lambert.")
    assert of_type(art, "REQUEST")
    assert not of_type(art, "CONCEDE")


def test_request_of_an_act_needs_no_addressee(analyze):
    art = run(analyze, "Camille Renaud et Hugo Lambert demandent le retrait du projet de loi.")
    [ev] = of_type(art, "REQUEST")
    assert names(art, ev, "source") == {"Camille Renaud", "Hugo Lambert"}
    assert not of_type(art, "RETREAT")  # the withdrawal is asked for, not reported


def test_plain_demand_still_needs_an_addressee(analyze):
    art = run(analyze, "Camille Renaud a demandé la parole pendant la séance.")
    assert not of_type(art, "REQUEST")


def test_release_of_a_person(analyze):
    art = run(analyze, "Le journaliste Hugo Lambert a été libéré jeudi.")
    [ev] = of_type(art, "CONCEDE")
    assert names(art, ev) == {"Hugo Lambert"}


def test_freeing_funds_is_not_a_release(analyze):
    art = run(analyze, "Camille Renaud a libéré des crédits pour les hôpitaux de Lyon.")
    assert not of_type(art, "CONCEDE")


def test_participle_after_a_name_takes_it_as_target(analyze):
    art = run(analyze, "Hugo Lambert, arrêté en juin par la police, a été relâché.")
    [ev] = of_type(art, "COERCE")
    assert names(art, ev, "target") == {"Hugo Lambert"}


def test_possessive_names_the_person_and_the_denouncer_does_not_arrest(analyze):
    art = run(analyze, "Hugo Lambert enseignait à Lyon. Son arrestation a été dénoncée par la Belgique.")
    [ev] = of_type(art, "COERCE")
    assert names(art, ev) == {"Hugo Lambert"}


def test_trial_before_a_court(analyze):
    art = run(analyze, "Le procès aura lieu en mai devant la Cour de cassation.")
    [ev] = of_type(art, "ACCUSE")
    assert names(art, ev) == {"Cour de cassation"}


def test_hearing_needs_a_body_before(analyze):
    assert of_type(run(analyze, "Camille Renaud a parlé lors d'une audition devant le Sénat."), "CONSULT")
    assert not of_type(run(analyze, "Camille Renaud a raté l'audition du conservatoire."), "CONSULT")


def test_contract_signed_with_a_country(analyze):
    art = run(analyze, "Des contrats de blé signés en 2019 avec le Maroc et la Tunisie ont été annulés.")
    [ev] = of_type(art, "COOPERATE")
    assert "Maroc" in names(art, ev)


def test_war_between_two_countries(analyze):
    art = run(analyze, "La guerre entre le Pérou et l'Équateur a éclaté en 1995.")
    [ev] = of_type(art, "ASSAULT")
    assert {"Pérou", "Équateur"} & names(art, ev)


def test_departures_of_two_people_are_two_events(analyze):
    art = run(analyze, "Hugo Lambert s'est retiré de la course lundi. Le départ de Camille Renaud a suivi.")
    retreats = of_type(art, "RETREAT")
    assert len(retreats) == 2
    assert {frozenset(names(art, e)) & {"Hugo Lambert", "Camille Renaud"} for e in retreats} == \
        {frozenset({"Hugo Lambert"}), frozenset({"Camille Renaud"})}


def test_demonstrative_event_noun_is_not_a_new_event(analyze):
    art = run(analyze, "Hugo Lambert explique ce départ par la crise.")
    assert not of_type(art, "RETREAT")


def test_letter_to_a_person(analyze):
    art = run(analyze, "Camille Renaud a adressé une lettre à Hugo Lambert.")
    [ev] = of_type(art, "CONSULT")
    assert names(art, ev) == {"Camille Renaud", "Hugo Lambert"}


def test_plural_pronoun_takes_the_coordinated_subject_before(analyze):
    art = run(analyze, "Camille Renaud et Julie Garnier rejettent le projet. Mardi, elles ont adressé "
                       "une lettre à Hugo Lambert.")
    [ev] = of_type(art, "CONSULT")
    assert names(art, ev, "source") == {"Camille Renaud", "Julie Garnier"}


def test_plural_pronoun_without_a_plural_subject_names_no_one(analyze):
    art = run(analyze, "Camille Renaud rejette le projet. Mardi, ils ont adressé une lettre à Hugo Lambert.")
    for ev in of_type(art, "CONSULT"):
        assert "Camille Renaud" not in names(art, ev, "source")


def test_support_committee_is_not_an_act_of_support(analyze):
    art = run(analyze, "Le comité de soutien de Hugo Lambert s'est réuni à Lyon.")
    assert not of_type(art, "SUPPORT")


def test_a_call_to_do_something_is_a_request_to_those_called(analyze):
    art = run(analyze, "Le député Thierry Vannier appelle la CGT à revenir à la table des négociations.")
    [ev] = of_type(art, "REQUEST")
    assert names(art, ev, "source") == {"Thierry Vannier"} and names(art, ev, "target") == {"CGT"}


def test_names_the_parser_hangs_as_a_predicate_are_the_called(analyze):
    art = run(analyze, "L'Organisation mondiale du tourisme appelle le Brésil et le Pérou à ne pas relâcher les mesures.")
    [ev] = of_type(art, "REQUEST")
    assert names(art, ev, "target") == {"Brésil", "Pérou"}
