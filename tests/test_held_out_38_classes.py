"""Classes of held-out 38 (OrangeSum dispatches of 150 to 300 words): run-in subheadings glued to
the next sentence by scraping (a question, a heading in capitals with a spaced "?", a heading opening
on a number after a stop); hundredths of a currency and rates per inhabitants; a week counted back
from a week; a weekday written with a date days from the publication; outlets after a contraction
("du Parisien"), a witness named by a first name after an outlet, organisations of the knowledge table
typed as such, a first name given with an age, no possessive inside a name; and attribution: an
inverted incise before a colon, a partitive subject ("Un des amis de l'agent"), the speaker of a
speech verb inside "selon X", a weekday is no subject, "poursuit-on" after an organisation, the agent
of "une information révélée par X", a role said with more detail than before, people named in a
quotation are not the pronoun of its incise, a reported report has its own speaker, "faire part de",
and "cette structure" for the organisation named before; an event's partner the parse hangs on a time
("s'entretenir dans l'après-midi avec X").

A question opening on "Et" goes on with the prose (the glue read it as a heading before too). The
last tests are guards found on the 600 OrangeSum articles of the same-output check: a slogan in
capitals is no heading, numbered questions stay whole, a thing that "reveals" is no speaker, a generic
"on" is nobody, and a date between an inverted cue and its subject does not hide the subject.

Every sentence here was written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from quotes_support import only, quote_pipeline, quote_with, run, speaker_name  # noqa: F401 (fixture)

from chronique.ingest.clean import clean
from chronique.ingest.raw import RawArticle
from chronique.ingest.vocab import known_word_checker


@pytest.fixture(scope="module")
def cleaned(nlp):
    known = known_word_checker(nlp.vocab)
    return lambda text: clean(RawArticle(text=text, source="<t>", title="Titre", title_in_text=False), known)


def subheadings(c):
    return [c.text[b.start:b.end] for b in c.blocks if b.kind == "subheading"]


# -- cleaning -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, heading", [
    ('Il a quitté le parti de sa fille, Marine Dupuis. Paul Lenoir, trop "jeune" pour mener la liste ?Dans un '
     'autre registre, il a critiqué le choix.', 'Paul Lenoir, trop "jeune" pour mener la liste ?'),
    ('Faut-il parler "d\'un manque d\'actions des militants" ? LES RALLIEMENTS AU PRÉSIDENT EN CAUSE ? Leur analyse '
     'est partagée.', "LES RALLIEMENTS AU PRÉSIDENT EN CAUSE ?"),
    ("Aucun autre cas n'a été signalé depuis.53 DÉCÈS EN 2015L'affaire n'a pas été ébruitée.", "53 DÉCÈS EN 2015"),
    ('"Cela fait des morts", a déploré le ministre.+3,9% de mortsLes chiffres font état d\'une hausse.',
     "+3,9% de morts"),
])
def test_a_run_in_subheading_glued_to_its_section(cleaned, text, heading):
    assert heading in subheadings(cleaned(text))


def test_a_run_of_questions_is_prose(cleaned):
    c = cleaned("Pourra-t-il convaincre les membres de la convention pour le climat ?Et est-il l'homme de la "
                "situation ?Le président a tranché.")
    assert subheadings(c) == []


def test_a_quoted_slogan_in_capitals_is_no_heading(cleaned):
    c = cleaned('La majorité s\'est effondrée.\n\n"SIX MORE YEARS !" (six années de plus), a tweeté son président.')
    assert subheadings(c) == [] and '"SIX MORE YEARS !" (six années de plus)' in c.text


def test_numbered_questions_stay_whole(cleaned):
    c = cleaned("2. Sur quelle île Napoléon a-t-il fini sa vie?3. Quel est le plus long fleuve de France?4. Qui a "
                "prononcé l'appel du 18 juin?")
    assert subheadings(c) == [] and "vie?3. Quel est" in c.text


# -- amounts and time -----------------------------------------------------------------------------

def test_hundredths_of_a_currency(analyze):
    a = analyze("La commission passe de 57 centimes à 89 centimes d'euro par retrait.", published="2020-02-12")
    assert [(m.value, m.unit) for m in a.amounts] == [(0.57, "EUR"), (0.89, "EUR")]


def test_a_rate_per_inhabitants_is_one_amount(analyze):
    a = analyze("La grippe a représenté 85 pour 100.000 habitants. On compte 398 cas pour 100.000 habitants, contre "
                "326 la semaine précédente.", published="2020-01-15")
    units = [(m.value, m.unit) for m in a.amounts]
    assert (85, "pour 100.000 habitants") in units and (398, "cas pour 100.000 habitants") in units
    assert all(m.value != 100000 for m in a.amounts)


def test_the_week_before_a_week(analyze):
    a = analyze("La semaine passée, la grippe a progressé par rapport à la semaine précédente.", published="2020-01-15")
    assert [t.value for t in a.timexes] == ["2020-W02", "2020-W01"]


@pytest.mark.parametrize("published, sentence, value", [
    ("2020-02-12", "Les banques appliquent le nouveau tarif depuis mardi 12 février.", "2020-02-12"),
    ("2020-05-02", "Le mercredi 11 avril, le ministre avait signé le décret.", "2018-04-11"),  # (guard)
])
def test_a_weekday_written_with_a_date_days_from_the_publication(analyze, published, sentence, value):
    assert [t.value for t in analyze(sentence, published=published).timexes] == [value]


# -- entities -------------------------------------------------------------------------------------

def _entities(article):
    return {(e.name, e.type) for e in article.entities}


def test_an_outlet_after_a_contraction_and_a_witness_after_an_outlet(analyze):
    a = analyze('Une étudiante est morte, selon les informations du Parisien. "J\'ai entendu un gros boum", raconte '
                'au Parisien Marie-Laure, d\'Achères (Yvelines).', published="2017-06-29")
    assert ("Marie-Laure", "PER") in _entities(a)
    assert any(e.type == "ORG" and "Parisien" in e.name and len(e.mentions) == 2 for e in a.entities)
    assert speaker_name(a, quote_with(a, "gros boum")) == "Marie-Laure"


def test_an_outlet_after_a_contraction_is_no_demonym_of_a_place_named(analyze):
    a = analyze("Une étudiante est morte de la méningite à Paris, selon les informations du Parisien. Les Parisiens "
                "s'inquiètent.", published="2017-06-29")
    assert [e.type for e in a.entities if e.name == "Parisien"] == ["ORG"]


def test_organisations_of_the_knowledge_table_are_organisations(analyze):
    a = analyze("Les policiers du Raid sont intervenus à l'hôpital. L'ARS assure que la situation était sous contrôle.",
                published="2019-05-22")
    assert {("Raid", "ORG"), ("ARS", "ORG")} <= _entities(a)


def test_a_first_name_given_with_an_age_is_a_person(analyze):
    a = analyze("Selon l'autopsie, les deux enfants, Marie, 5 ans, et Vincent, 7 ans, sont décédés.",
                published="2019-08-05")
    assert {("Marie", "PER"), ("Vincent", "PER")} <= _entities(a)


@pytest.mark.parametrize("sentence, name", [
    ("Il a quitté toute responsabilité au sein du Rassemblement national de sa fille.", "Rassemblement national"),
    ("Ancien responsable de la CFDT puis d'En Marche dès sa création, Paul Lenoir rejoint l'Élysée.", "En Marche"),
])
def test_no_name_holds_a_possessive(analyze, sentence, name):
    assert name in {e.name for e in analyze(sentence, published="2019-02-01").entities}


# -- quotations and reported speech ---------------------------------------------------------------

def test_an_inverted_incise_before_a_colon(quote_pipeline):
    a = run(quote_pipeline, 'Le père a été écroué, a précisé le procureur de Nîmes, Éric Morel. Selon l\'autopsie, '
                            'les deux enfants, Marie, 5 ans, et Vincent, 7 ans, "sont décédés d\'asphyxie", a souligné '
                            'le magistrat: "Les médecins légistes tendent à privilégier une asphyxie médicamenteuse".')
    assert speaker_name(a, quote_with(a, "médecins légistes")) == "Éric Morel"


@pytest.mark.parametrize("subject", ["Un des amis de l'agent", "L'une des voisines"])
def test_a_partitive_subject_speaks(quote_pipeline, subject):
    a = run(quote_pipeline, '"Il a perdu tous ses acquis", explique la journaliste de la radio. '
                            f'{subject} a témoigné au micro de la radio : "Il n\'a aucun souvenir de sa famille".')
    assert speaker_name(a, quote_with(a, "aucun souvenir")) == subject


def test_a_speech_verb_inside_selon_has_its_own_speaker(quote_pipeline):
    a = run(quote_pipeline, 'Selon Le Parisien, la patiente aurait évoqué "divers problèmes personnels". Selon RTL, '
                            'Richard Sautour, blessé au ventre, aurait cette fois déclaré aux enquêteurs qu\'une note '
                            'avait été glissée sous sa porte.')
    assert speaker_name(a, only(a, "partial")[0]) == "la patiente"
    assert speaker_name(a, next(q for q in only(a, "indirect") if q.text.startswith("qu'une note"))) \
        == "Richard Sautour"


def test_a_weekday_is_no_subject(quote_pipeline):
    a = run(quote_pipeline, 'Le ministre de l\'Intérieur, Paul Girard, a parlé. Vendredi, dans l\'émission "Les 4 '
                            'Vérités", le ministre de l\'Intérieur a dénoncé la multiplication des actes de vandalisme '
                            'contre les radars, estimant que ces dégradations favorisaient les accidents.')
    report = next(q for q in only(a, "indirect") if q.text.startswith("la multiplication"))
    assert speaker_name(a, report) == "Paul Girard"


def test_on_goes_on_after_an_organisation(quote_pipeline):
    a = run(quote_pipeline, '"C\'est une cérémonie festive", fait savoir la mairie, contactée par le quotidien. '
                            '"Ce n\'est pas la première fois que le maire danse. C\'est un non-événement", poursuit-on.')
    assert speaker_name(a, quote_with(a, "première fois")) == "la mairie"


def test_the_agent_of_a_revealed_information(quote_pipeline):
    a = run(quote_pipeline, "Elle est soupçonnée d'avoir scotché des enfants, selon une information révélée lundi "
                            "23 janvier par le Dauphiné Libéré.")
    assert speaker_name(a, only(a, "indirect")[0]) == "Dauphiné Libéré"


def test_a_role_said_with_more_detail(quote_pipeline):
    a = run(quote_pipeline, '"Nous avons été bloqués", a expliqué le député PS Patrick Lenoir. De son côté, Hervé '
                            'Marin a estimé qu\'il n\'y avait "pas de motifs" au blocage. "Les Syriens sont déçus, '
                            'mais notre voyage fait bouger les choses", a poursuivi le député PS des Bouches-du-Rhône.')
    assert speaker_name(a, quote_with(a, "Syriens")) == "Patrick Lenoir"


def test_people_named_in_a_quotation_are_not_its_incise_pronoun(quote_pipeline):
    a = run(quote_pipeline, 'Jean Dupuis ne fait pas l\'unanimité. Alors que le ministre de l\'Éducation nationale a '
                            'récemment déclaré que le voile "n\'était pas souhaitable dans notre société", Paul Karim est '
                            'monté au créneau. Interrogé sur les antennes de la radio ce mardi 22 octobre, l\'humoriste '
                            'proche de Louis Garnier n\'a pas été tendre avec le ministre du gouvernement de Luc Morel. '
                            '"On a un ministre de l\'Éducation nationale qui n\'est même pas éduqué. Jean Dupuis, j\'en '
                            'pense pas le plus grand bien. Moi, si j\'étais lui, j\'éviterais de venir ici", a-t-il lancé.')
    assert speaker_name(a, quote_with(a, "plus grand bien")) == "Paul Karim"


def test_a_reported_report_has_its_own_speaker(quote_pipeline):
    a = run(quote_pipeline, '"Les banques se veulent rassurantes", écrivent Les Échos, soulignant que Michel Garnier, '
                            'président du groupement, assurait qu\'"il ne devrait pas y avoir de répercussion".')
    assert speaker_name(a, only(a, "partial")[0]) == "Michel Garnier"


def test_faire_part_de_tells_the_quotations(quote_pipeline):
    a = run(quote_pipeline, 'L\'Alliance du commerce fait part en outre "de ses vives inquiétudes quant à l\'impact '
                            'des manifestations", et de "la perte d\'attractivité de la France".')
    assert {speaker_name(a, q) for q in a.quotes} == {"Alliance du commerce"}
    assert only(a, "indirect") == []


def test_this_structure_is_the_organisation_named_before(quote_pipeline):
    a = run(quote_pipeline, "Dans un communiqué, l'Alliance du commerce a estimé que les ventes baissent. Cette "
                            "structure représente 26.000 magasins. Selon elle, la reprise est menacée.")
    assert speaker_name(a, next(q for q in only(a, "indirect") if q.text.startswith("la reprise"))) \
        == "Alliance du commerce"


# -- events ---------------------------------------------------------------------------------------

def test_a_partner_the_parse_hangs_on_a_time(analyze):
    a = analyze("Le président Paul Girard doit s'entretenir dans l'après-midi avec le coordinateur du Haut Comité "
                "des négociations, Riyad Hijab.", published="2016-12-12")
    names = {e.id: e.name for e in a.entities}
    consults = [{names.get(p.entity) for p in e.participants} for e in a.events if e.type == "CONSULT"]
    assert any({"Paul Girard", "Riyad Hijab"} <= people for people in consults)


# -- guards ---------------------------------------------------------------------------------------

def test_a_thing_that_reveals_is_no_speaker(quote_pipeline):
    a = run(quote_pipeline, 'L\'Iran, lui, a jugé, par la voix de son guide Ali Karimi, que la mort de Paul Floyd '
                            'révélait "la nature de l\'Amérique".')
    assert speaker_name(a, quote_with(a, "la nature")) != "la mort de Paul Floyd"


def test_a_generic_on_is_nobody(quote_pipeline):
    a = run(quote_pipeline, "La voiture est belle. Enfin on notera qu'une finition deux tons sera proposée en option.")
    assert all(q.speaker is None or q.speaker.text != "on" for q in a.quotes)


def test_a_date_between_an_inverted_cue_and_its_subject(quote_pipeline):
    a = run(quote_pipeline, 'S\'il est vrai que la France ne manquait pas de masques, le stock ne comprenait que "117 '
                            'millions de masques" et "aucun stock stratégique", avait détaillé le 21 mars le ministre de '
                            'la Santé Paul Véran lors d\'un point presse.')
    assert speaker_name(a, only(a, "partial")[0]) == "Paul Véran"
