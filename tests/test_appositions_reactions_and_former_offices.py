"""Classes of held-out 36: a name apposed to a source ends its sentence ("…, selon le directeur de
l'Ifop, Paul Morin."); an incise after an adverbial phrase ("« … », autant pour les élèves que pour les
parents, juge X", "loin des …", "pour faire respecter …"), "par téléphone" and "s'excuse X"; "a dit à
l'AFP Paul Morin" where the model ran the outlet into the name; a bullet after a full stop opens a
sentence; "…, qui a déclaré au Figaro : « … »" is the relative's person; "l'ancien président" is the
one former president the article names; the subject of a quoted predicate in the first person is not
the incise's "il"; a report that is a short lead and a quotation is stored once; a headline's outlet is
nobody's target; lists of reactions and criticism naming nobody are their speaker's (ACCUSE, one
actor); the speaker of a quotation whose cue is a trigger is its source; a tribute goes to the dead.

The last tests are guards from an independent review of the first version: an addressee does not
speak the quotation after its relative clause, an outlet's edition is not cut in two, an admission or a
warning is no criticism, "tourné au fiasco" is, an attempt and a killing are two events, and "l'ancien
président" is nobody when two former presidents are named.

Every sentence here was written for these tests; names are invented, but for the presidents of the
knowledge table.
"""

from __future__ import annotations

import pytest
from quotes_support import quote_pipeline, quote_with, run, speaker_name  # noqa: F401 (fixture)


def _events(article, etype):
    names = {e.id: e.name for e in article.entities}
    return [sorted((p.role, names.get(p.entity)) for p in e.participants) for e in article.events if e.type == etype]


@pytest.mark.parametrize("text", [
    'Paul Girard est candidat. La situation reste "fragmentée", selon le directeur adjoint de l\'Ifop, Louis Morin.',
    "Paul Girard est candidat. La situation reste fragmentée, selon le directeur adjoint de l'Ifop, Louis Morin.",
])
def test_a_name_apposed_to_a_source_at_the_end_of_the_sentence_speaks(quote_pipeline, text):
    a = run(quote_pipeline, text)
    assert {speaker_name(a, q) for q in a.quotes} == {"Louis Morin"}


@pytest.mark.parametrize("aside", ["autant pour les élèves que pour leurs parents", "loin des dérives de la fête",
                                   "notamment pour les familles", "pour faire respecter ces consignes"])
def test_an_incise_after_an_adverbial_phrase(quote_pipeline, aside):
    a = run(quote_pipeline, f'Le ministre Paul Girard a parlé. "C\'est une bonne chose", {aside}, estime Julie '
                            'Marchal, directrice d\'une école.')
    assert speaker_name(a, quote_with(a, "bonne chose")) == "Julie Marchal"


@pytest.mark.parametrize("incise", ["raconte par téléphone à l'AFP Alejandro Valenzuela, capitaine",
                                    "s'excuse Alejandro Valenzuela, l'infirmier"])
def test_a_means_of_telling_and_an_apology_before_the_speaker(quote_pipeline, incise):
    a = run(quote_pipeline, f'Le ministre Paul Girard a parlé. "Nous sommes isolés", {incise}.')
    assert speaker_name(a, quote_with(a, "isolés")) == "Alejandro Valenzuela"


def test_a_name_the_model_ran_into_the_outlet_after_a_cue(quote_pipeline):
    a = run(quote_pipeline, 'Le ministre Paul Girard a parlé. "Nous sommes prudents", a de son côté dit à l\'AFP '
                            'Filinto Lima, directeur d\'une association.')
    assert speaker_name(a, quote_with(a, "prudents")) == "Filinto Lima"


def test_a_bullet_after_a_full_stop_opens_a_sentence(quote_pipeline):
    a = run(quote_pipeline, 'Ces dossiers sont complets, selon des représentants des agriculteurs.• RÉFORME : Le '
                            'ministre Paul Girard a appelé les syndicats à "prendre leurs responsabilités".')
    assert [a.text[s.start:s.end].split()[0] for s in a.sentences] == ["Ces", "•"]


def test_the_relative_clause_whose_verb_brings_the_quotation_speaks(quote_pipeline):
    a = run(quote_pipeline, "Le ministre Paul Girard a fustigé les critiques du député Louis Morin, qui a déclaré "
                            "mardi au Figaro : « Les usines ferment les unes après les autres. »")
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [speaker_name(a, q) for q in direct] == ["Louis Morin"]


def test_a_relative_clause_whose_verb_has_its_content_does_not_speak_the_quotation(quote_pipeline):
    a = run(quote_pipeline, "Le ministre Paul Girard a répondu à Louis Morin, qui l'accusait de mentir : « Je ne "
                            "mens jamais. »")
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [speaker_name(a, q) for q in direct] == ["Paul Girard"]


def test_the_former_president_is_the_former_president_of_the_republic_the_article_names(analyze):
    a = analyze("Interrogé sur la critique de François Hollande, le ministre Paul Girard a dénoncé l'amertume de "
                "l'ancien président. « Je suis serein », a répondu l'ancien président.", published="2018-04-26")
    names = {e.id: e.name for e in a.entities}
    quote = next(q for q in a.quotes if "serein" in q.text)
    assert names[quote.speaker.entity] == "François Hollande"


def test_a_headlines_outlet_is_no_target(analyze):
    a = analyze("Paul Girard sur Europe 1 : « On n'a pas fini »\n\nLe ministre Paul Girard était l'invité de "
                "Louis Morin sur Europe 1 jeudi. Il a dénoncé « l'amertume » de ses adversaires.",
                published="2018-04-26")
    assert all(("target", "Europe 1") not in e for e in _events(a, "ACCUSE"))


@pytest.mark.parametrize("text, speaker", [
    ("- Louis Morin, député de la Nièvre : « Je pèse mes mots : c'est une faute historique » (sur iTélé).",
     "Louis Morin"),
    ("- Julie Marchal, sénatrice : cette décision est « autoritaire et disproportionnée ».", "Julie Marchal"),
])
def test_a_reaction_without_a_cue_blaming_a_decision_is_a_criticism(analyze, text, speaker):
    a = analyze("Loi Travail : l'interdiction de manifester suscite des réactions\n\nLe gouvernement a interdit "
                "la manifestation de jeudi. " + text, published="2016-06-22")
    assert [("source", speaker)] in _events(a, "ACCUSE")


def test_a_criticism_naming_nobody_is_told_once_and_not_beside_one_that_names_someone(analyze):
    a = analyze("Le gouvernement a interdit la manifestation. « C'est un scandale », a déclaré Louis Morin. "
                "« Cette décision est honteuse », a ajouté Louis Morin. « Paul Girard est irresponsable », a "
                "estimé Julie Marchal. « C'est une faute », a-t-elle ajouté.", published="2016-06-22")
    accuse = _events(a, "ACCUSE")
    assert accuse.count([("source", "Louis Morin")]) == 1
    assert [("source", "Julie Marchal")] not in accuse


@pytest.mark.parametrize("text", [
    "« Le projet s'essouffle, faute de volonté politique », a déclaré Louis Morin.",
    "Louis Morin a promis d'assumer cette victoire « sans arrogance ».",
    "Louis Morin a dit qu'il prenait ce remède au mépris des recommandations.",
])
def test_words_of_blame_used_as_none_are_no_criticism(analyze, text):
    a = analyze(text, published="2020-06-30")
    assert _events(a, "ACCUSE") == []


def test_the_speaker_of_a_criticism_is_its_source_whatever_the_parse_of_the_inversion(analyze):
    a = analyze("Les élus critiquent le raid. « Le président Paul Girard amène notre nation au bord d'une guerre "
                "illégale avec l'Iran, sans l'approbation du Congrès », a ainsi fustigé le sénateur démocrate "
                "Louis Morin.La nouvelle a fait bondir les cours du pétrole.", published="2020-01-03")
    assert [("source", "Louis Morin"), ("target", "Paul Girard")] in _events(a, "ACCUSE")


def test_a_quotation_after_a_short_lead_is_not_stored_again_as_reported_speech(quote_pipeline):
    a = run(quote_pipeline, 'Somme toute, "il y a une incertitude jamais vue", estime Louis Morin. En France, "il y '
                            'a 750.000 naissances par an", prévient Paul Girard. Il a dit que "tout va bien".')
    assert [(q.kind, q.text) for q in a.quotes if q.kind == "indirect"] == [("indirect", 'que "tout va bien"')]


@pytest.mark.parametrize("tribute", [
    "Louis Morin a salué le président « capable de s'opposer à la guerre en Irak ».",
    "Julie Marchal a rendu hommage à un « grand serviteur de la France ».",
])
def test_a_tribute_goes_to_the_dead_not_to_a_place_of_its_words(analyze, tribute):
    a = analyze("Mort de Paul Girard\n\nL'ancien ministre Paul Girard est mort jeudi à 86 ans. " + tribute,
                published="2019-09-26")
    support = _events(a, "SUPPORT")
    assert support and all(("target", "Paul Girard") in e and ("target", "Irak") not in e
                           and ("target", "France") not in e for e in support)


def test_an_obituary_told_with_a_euphemism(analyze):
    a = analyze("EN DIRECT. Paul Girard est mort\n\nPaul Girard, ancien ministre, s'en est allé ce jeudi à l'âge "
                "de 86 ans. Julie Marchal a rendu hommage à un « grand serviteur de la France ».",
                published="2019-09-26")
    assert [("source", "Julie Marchal"), ("target", "Paul Girard")] in _events(a, "SUPPORT")


def test_the_subject_of_a_quoted_predicate_in_the_first_person_is_not_its_speaker(quote_pipeline):
    a = run(quote_pipeline, "L'ancien président Paul Girard a expliqué qu'il ne répliquerait pas à Louis Morin. "
                            "Louis Morin « a été un bon ministre. Je ne me donnerai pas le ridicule de l'attaquer », "
                            "a-t-il déclaré.")
    assert speaker_name(a, quote_with(a, "ridicule")) == "Paul Girard"


# Guards from the review of these rules (each a misfire of a first version; all pass on the code before them).

@pytest.mark.parametrize("text, speaker", [
    ("Le ministre Paul Girard a répondu au député Louis Morin, qui protestait : « Vous n'avez rien compris. »",
     "Paul Girard"),
    ("« Les élections auront lieu », a confié au Monde Afrique Amadou Diallo, opposant.", "Amadou Diallo"),
])
def test_an_addressee_and_an_outlets_edition_do_not_speak(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("text", [
    "« J'ai commis une erreur », a reconnu le maire de Tours, Louis Morin.",
    "« Il faut éviter toute dérive », a prévenu le préfet, Louis Morin.",
    "« La route est dangereuse à cet endroit », a expliqué le maire, Louis Morin.",
])
def test_an_admission_and_a_warning_are_no_criticism(analyze, text):
    assert _events(analyze(text, published="2020-05-05"), "ACCUSE") == []


def test_a_fiasco_is_still_blame(analyze):
    a = analyze("« Sous Paul Girard, la réforme a tourné au fiasco », a estimé la députée Julie Marchal.",
                published="2020-05-05")
    assert [("source", "Julie Marchal"), ("target", "Paul Girard")] in _events(a, "ACCUSE")


def test_an_attempt_and_a_killing_of_one_person_are_two_events(analyze):
    a = analyze("Paul Girard avait déjà tenté de tuer Louis Morin en 2018. Louis Morin a été tué mardi par Marc "
                "Leroy, selon la police.", published="2020-05-05")
    assert len([e for e in a.events if e.type == "ASSAULT"]) == 2


def test_the_former_president_is_nobody_when_two_former_presidents_are_named(analyze):
    a = analyze("Barack Obama a publié ses mémoires. Il y évoque sa relation avec François Hollande. L'ancien "
                "président y raconte aussi son enfance à Hawaï.", published="2020-11-17")
    hollande = next(e for e in a.entities if e.name == "François Hollande")
    assert all(m.kind == "name" for m in hollande.mentions)
