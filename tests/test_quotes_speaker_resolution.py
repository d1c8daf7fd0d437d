"""Who speaks: pronouns through the subject chain, outlets addressed, "selon", documents and their
producers, definite roles (real spaCy model).

Every sentence here was written for these tests; names are invented.
"""

from __future__ import annotations

import pytest



from quotes_support import only, quote_pipeline, run, speaker_name  # noqa: F401 (fixture)


def indirect_with_cue(article, lemma):
    return [q for q in only(article, "indirect") if q.cue.lemma == lemma]


# -- 1. pronouns follow the subject chain, not the last name mentioned ------------------------
def test_pronoun_follows_the_subject_chain_not_a_complement(quote_pipeline):
    text = ("Le sénateur Marc Dubreuil a décidé de quitter le parti lundi. Il a choisi de siéger comme "
            "non-inscrit. Il explique ce départ par l'annonce du Premier ministre Laurent Farge qui veut "
            "réduire les dotations. « Je ne peux plus cautionner cette politique », estime-t-il.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert q.speaker.text == "il"
    assert speaker_name(a, q) == "Marc Dubreuil"
    (ind,) = indirect_with_cue(a, "expliquer")
    assert speaker_name(a, ind) == "Marc Dubreuil"


def test_pronoun_of_indirect_speech_prefers_the_subject_over_the_object(quote_pipeline):
    text = ("La députée Claire Moreau a quitté la commission des finances. Elle a rencontré la ministre "
            "Sophie Lambert mardi. Elle affirme que le texte sera rejeté.")
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, "affirmer")
    assert speaker_name(a, ind) == "Claire Moreau"


def test_pronoun_still_takes_the_only_compatible_person(quote_pipeline):
    # The subject is a woman: "il" can only be the man named as object.
    text = "Sophie Lambert a rencontré Paul Girard lundi. « Nous avons trouvé un terrain d'entente », a-t-il dit."
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"


# -- 2. the outlet the statement is made to is not the speaker -------------------------------
@pytest.mark.parametrize("text", [
    "« Nous ne céderons pas », a confié au Parisien Paul Girard.",
    "« Nous ne céderons pas », a déclaré à Libération Paul Girard.",
    "« Nous ne céderons pas », a déclaré Paul Girard au Monde.",
    "Paul Girard était furieux. « Nous ne céderons pas », a-t-il confié au Parisien.",
])
def test_outlet_addressed_is_not_the_speaker(quote_pipeline, text):
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"


def test_interviewed_by_an_outlet_the_subject_speaks(quote_pipeline):
    a = run(quote_pipeline, "Interrogé par Le Point, Paul Girard a assuré que la mairie ne fermerait pas l'école.")
    (ind,) = indirect_with_cue(a, "assurer")
    assert speaker_name(a, ind) == "Paul Girard"


# -- 3. the subject of the speech verb, not the nearest name ---------------------------------
def test_object_of_the_speech_verb_is_not_the_speaker(quote_pipeline):
    a = run(quote_pipeline, "Sophie Lambert regrette que Paul Girard ait « réduit le budget de la culture ».")
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Sophie Lambert"
    b = run(quote_pipeline, "Paul Girard accuse Sophie Lambert de « mentir aux électeurs ».")
    (q,) = only(b, "partial")
    assert speaker_name(b, q) == "Paul Girard"


# -- 4. reported speech that was missed ------------------------------------------------------
def test_selon_with_a_plural_pronoun_takes_the_group_subject(quote_pipeline):
    text = "Les infirmières ont manifesté jeudi devant l'hôpital. Selon elles, les effectifs sont insuffisants."
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, "selon")
    assert ind.text.startswith("les effectifs")
    assert ind.speaker.entity is None and ind.speaker.text == "Les infirmières"


def test_selon_lui_resolves_the_pronoun(quote_pipeline):
    text = "Le maire Paul Girard a visité le chantier. Selon lui, les travaux prendront deux ans."
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, "selon")
    assert speaker_name(a, ind) == "Paul Girard"


def test_postposed_cue_with_clitic_reports_the_clause_before(quote_pipeline):
    text = ("Le ministre Paul Girard a présenté le plan mardi. Les mesures seront détaillées le 10 juin, "
            "a-t-il précisé.")
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, "préciser")
    assert ind.text == "Les mesures seront détaillées le 10 juin"
    assert speaker_name(a, ind) == "Paul Girard"


@pytest.mark.parametrize("text, lemma, starts", [
    ("Paul Girard a ensuite déploré que les crédits aient baissé.", "déplorer", "que les crédits"),
    ("Paul Girard dit craindre de nouvelles coupes dans le budget.", "dire", "craindre"),
    ("Paul Girard affirme vouloir négocier avec les syndicats.", "affirmer", "vouloir"),
    ("Paul Girard a indiqué à l'AFP : les négociations reprendront lundi.", "indiquer", "les négociations"),
])
def test_indirect_frames(quote_pipeline, text, lemma, starts):
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, lemma)
    assert ind.text.startswith(starts)
    assert speaker_name(a, ind) == "Paul Girard"


def test_selon_lequel_takes_the_document_and_its_producer(quote_pipeline):
    text = "Le ministère a reçu une étude de l'Insee, selon laquelle le chômage baisse, puis l'a publiée mardi."
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, "selon")
    assert ind.text == "le chômage baisse"
    assert ind.speaker.text.startswith("une étude")
    assert speaker_name(a, ind) == "Insee"


# -- 5. documents speak for their producer ---------------------------------------------------
def test_a_document_mentioned_again_is_its_producer(quote_pipeline):
    text = ("Une étude de l'Insee publiée mardi porte sur les salaires. L'étude souligne que les écarts "
            "se réduisent.")
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, "souligner")
    assert ind.speaker.text == "L'étude"
    assert speaker_name(a, ind) == "Insee"


def test_a_document_without_producer_keeps_its_phrase(quote_pipeline):
    a = run(quote_pipeline, "Le rapport publié mardi porte sur les salaires. Le rapport souligne que les écarts "
                            "se réduisent.")
    (ind,) = indirect_with_cue(a, "souligner")
    assert ind.speaker.text == "Le rapport" and ind.speaker.entity is None


def test_experts_of_a_body_speak_for_it(quote_pipeline):
    a = run(quote_pipeline, "Les experts du Conseil de sécurité estiment que la situation empire.")
    (ind,) = indirect_with_cue(a, "estimer")
    assert ind.speaker.text == "Les experts du Conseil de sécurité"
    assert speaker_name(a, ind) == "Conseil de sécurité"


# -- 6. not reported speech ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Téhéran soutient le régime syrien contre les rebelles.",
    "Le parti appuie Sophie Lambert dans cette élection.",
    "Des frappes ont visé la ville sans que l'armée confirme ou ne démente.",
    "Paul Girard a quitté la salle sans préciser ses intentions.",
    "Paul Girard a refusé de confirmer l'information.",
    "L'armée n'a ni confirmé ni démenti ces informations.",
])
def test_support_and_unasserted_verbs_are_not_speech(quote_pipeline, text):
    a = run(quote_pipeline, text)
    assert only(a, "indirect") == []


def test_soutenir_with_a_clause_is_speech(quote_pipeline):
    a = run(quote_pipeline, "Paul Girard soutient que la réforme est injuste.")
    (ind,) = indirect_with_cue(a, "soutenir")
    assert ind.text.startswith("que la réforme")


def test_name_in_the_genitive_of_the_subject_beats_an_earlier_speaker(quote_pipeline):
    text = ("« Nous refusons la division », a déclaré Paul Girard à la presse. La position de Marc Dubreuil "
            "sera connue après une rencontre avec Sophie Lambert. « J'y vais sans a priori », a-t-il déclaré.")
    a = run(quote_pipeline, text)
    last = only(a, "direct")[-1]
    assert last.text.startswith("J'y vais")
    assert speaker_name(a, last) == "Marc Dubreuil"


def test_definite_role_as_subject_carries_the_chain(quote_pipeline):
    text = ("Le rapport a été commandé par Paul Girard, ministre de la Santé. Le lendemain, le ministre "
            "a reçu les syndicats dans son bureau avec Marc Dubreuil. Il a estimé que la réforme était prête.")
    a = run(quote_pipeline, text)
    (ind,) = indirect_with_cue(a, "estimer")
    assert speaker_name(a, ind) == "Paul Girard"


def test_antecedent_of_a_relative_is_not_introduced_by_de(quote_pipeline):
    text = ("Tout est parti d'une lettre de Paul Girard, maire de la ville, qui réclamait la fermeture du "
            "pont. Il a ensuite affirmé que les travaux étaient urgents.")
    a = run(quote_pipeline, text)
    for ind in only(a, "indirect"):
        assert speaker_name(a, ind) == "Paul Girard"
        assert not ind.speaker.text.startswith("de ")


def test_negated_hesitation_still_asserts(quote_pipeline):
    a = run(quote_pipeline, "Paul Girard n'a pas hésité à critiquer les arrestations de militants.")
    (ind,) = indirect_with_cue(a, "critiquer")
    assert speaker_name(a, ind) == "Paul Girard"


def test_inverted_clitic_after_a_quotation_does_not_report_what_follows(quote_pipeline):
    text = "Sophie Lambert a publié une vidéo. « Nous sommes fiers de ce pays » avait-elle écrit, une photo accompagnant le message."
    a = run(quote_pipeline, text)
    assert only(a, "indirect") == []
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Sophie Lambert"


def test_support_verb_with_a_proposition_is_kept(quote_pipeline):
    a = run(quote_pipeline, "La ministre soutient une baisse des cotisations pour les artisans.")
    assert [q.cue.lemma for q in only(a, "indirect")] == ["soutenir"]


def test_the_postposed_subject_after_que_is_the_chains_next_subject(quote_pipeline):
    text = ("« Je demande l'annulation du scrutin », réclame Paul Ferrand sur son compte. Une incompréhension que "
            "partage également le député européen Marc Lenoir. « Le ministre a raison. Mais le maintien du vote "
            "est-il cohérent ? », s'interroge-t-il sur ses réseaux sociaux.")
    a = run(quote_pipeline, text)
    q = next(q for q in a.quotes if "maintien du vote" in q.text)
    assert speaker_name(a, q) == "Marc Lenoir"


def test_a_lawyer_is_not_the_client_named_in_the_phrase_nor_the_judge_after_it(quote_pipeline):
    a = run(quote_pipeline, "L'avocat de Paul Ferrand a dénoncé la décision du juge Marc Lenoir.")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.speaker.text == "L'avocat de Paul Ferrand" and q.speaker.entity is None


# -- roles held beside an office, party labels, former roles ---------------------------------
def test_a_seat_or_a_party_after_a_role_describes_the_person_named_before(quote_pipeline):
    text = ("Les niches fiscales sont visées, comme l'a confirmé Hélène Vasseur, porte-parole du groupe "
            "Renaissance. « Au moins onze coûtent moins de 15 millions », assure la membre de la commission des "
            "finances. « Ce n'est qu'une source de financement », ajoute la députée Renaissance.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["Hélène Vasseur", "Hélène Vasseur"]


def test_a_definite_label_or_former_role_is_the_person_the_story_is_about(quote_pipeline):
    text = ("Ce ne sera pas Paul Ravel. L'ex-eurodéputé a affirmé dimanche qu'il ne serait pas ministre, une "
            "décision prise avec le président Marc Tissier. L'écologiste a estimé que cette décision était la bonne.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "indirect")] == ["Paul Ravel", "Paul Ravel"]


def test_the_direction_of_a_company_speaks_for_the_company(quote_pipeline):
    text = ("Le distributeur Valpresse est en difficulté. Après un conseil d'administration réuni lundi, la "
            "direction de Valpresse a estimé que cette offre était « réaliste ».")
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert speaker_name(a, ind) == "Valpresse"


def test_a_role_opening_the_text_is_the_person_of_the_headline(quote_pipeline):
    text = ("Le député écologiste dénonce la politique du gouvernement, qui « va trop loin ». Porté par le "
            "ministre de l'Intérieur Gérard Vallin, le projet de loi a été transmis jeudi. Son collègue Marc Lenoir "
            "a réagi dimanche.")
    a = run(quote_pipeline, text, title="Immigration : « Vallin va trop loin », s'agace Lenoir")
    (ind,) = [q for q in only(a, "indirect") if q.cue.lemma == "dénoncer"]
    assert speaker_name(a, ind) == "Marc Lenoir"


def test_a_pronoun_speaker_is_who_the_cast_layer_says(quote_pipeline):
    """The subject chain of the cast layer (main clauses), not the last speaker of a subordinate one."""
    text = ("Le député Paul Ravel soutient la démarche. Il a par ailleurs dénoncé un discours contre les "
            "associations, alors que Marc Tissier a notamment appelé les associations à la « responsabilité ». "
            "« On ne réglera pas le problème ainsi », a-t-il assuré.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Ravel"


def test_the_company_noun_speaks_for_the_organisation_just_named(quote_pipeline):
    text = ("Des séjours gratuits seront offerts, a indiqué Vacances Bleues à l'AFP. L'entreprise à statut "
            "associatif précise que les soignants « pourront partir dès juillet ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, only(a, "partial")[-1]) == "Vacances Bleues"


@pytest.mark.parametrize("text, speaker", [
    # the speech verb carried by a semi-auxiliary, the subject after a weekday
    ("Le Premier ministre Paul Morin reste populaire. « Il est fort politiquement », voulait croire lundi "
     "un ministre.", "un ministre"),
    ("La ministre Anne Roux a présenté son plan. « Rien n'est décidé », a tenu à préciser Marc Lenoir.",
     "Marc Lenoir"),
    ("La juge Sabine Morel a entendu le suspect. « La sérénité s'impose », s'est contenté de déclarer "
     "Me Vincent Carel, son avocat.", "Vincent Carel"),
    # the addressee an agency in capitals, then the name
    ("La juge Sabine Morel a entendu le suspect. « Il faut qu'il parle », a déclaré mardi à l'AFP Eric "
     "Lemoine, le père de la victime.", "Eric Lemoine"),
    # a role with its organisation (and its acronym), then the name apposed to it
    ("Le directeur général de l'OMS, Paul Tedor, a parlé de crise. « La chute est inégalée », a estimé mardi "
     "le directeur général de l'Organisation mondiale du commerce (OMC), Roberto Azeva.", "Roberto Azeva"),
    # a partitive phrase: one of his relatives is not him
    ("Le Premier ministre Paul Morin reste populaire. « Il est capable d'évoluer », confirme un de ses proches.",
     "un de ses proches"),
    # a partitive phrase after a setting, then the name apposed to it with its title
    ("Le père de la fillette, Eric Moulin, a parlé mardi. « Le tueur voudra reprendre la main », a de son côté "
     "dit sur BFM TV un de ses avocats, Me Didier Sevan.", "Didier Sevan"),
    # the speaker's state between commas before the name
    ("La ministre Anne Roux a annoncé l'annulation du pèlerinage. « Mon espoir était si grand », a réagi, "
     "attristée, Nour Hamidi, une Indonésienne de 68 ans.", "Nour Hamidi"),
    # a demonstrative on any noun points back to the person just talked about
    ("Les moyens manquent, souligne Nadia Kerbal de la CGT-Santé. « Il faut organiser les visites », "
     "ajoute cette aide-soignante.", "Nadia Kerbal"),
    # on a noun of an outlet, to the outlet named last
    ("Le ministre aurait menti, selon la Gazette de Lausanne. « Il savait tout depuis mars », affirme "
     "ce journal suisse.", "Gazette de Lausanne"),
])
def test_the_speaker_an_incise_names_speaks(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    assert speaker_name(a, only(a, "direct")[-1]) == speaker


def test_the_speaker_of_an_incise_is_the_topic_a_following_pronoun_continues(quote_pipeline):
    text = ("Le médecin Paul Girard a alerté sur la situation. « Les lits manquent », a indiqué à l'AFP "
            "Santiago Ortez, infirmier aux urgences. Il a également souligné que les malades étaient jeunes. "
            "« La courbe augmente », a-t-il expliqué.")
    a = run(quote_pipeline, text)
    assert a.entity(only(a, "direct")[0].speaker.entity).type == "PER"   # a person, though Santiago is a city
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["Santiago Ortez", "Santiago Ortez"]



def test_a_lead_names_the_role_that_a_later_apposition_gives_a_name(quote_pipeline):
    text = ("La présidente de l'Association des maires ruraux rappelle qu'aucune école ne fermera.\n\n"
            "Les écoles rouvriront lundi dans tout le pays, a annoncé le gouvernement, qui a consulté les élus "
            "pendant plusieurs semaines avant de fixer la date et les règles sanitaires. Les syndicats "
            "d'enseignants demandent des moyens supplémentaires pour accueillir les élèves dans de bonnes "
            "conditions. Le ministre Paul Girard a promis des recrutements. Les parents d'élèves restent "
            "inquiets et réclament des tests, des masques et des classes moins chargées dans les communes "
            "les plus touchées, tandis que plusieurs régions envisagent de prolonger les cours à distance "
            "jusqu'à l'été. « Nous serons prêts », assure Claire Sorel, médecin et présidente de "
            "l'Association des maires ruraux.")
    a = run(quote_pipeline, text)
    first = min(a.quotes, key=lambda q: q.start)
    assert speaker_name(a, first) == "Claire Sorel"


@pytest.mark.parametrize("text", [
    "« Nous accueillerons 5.000 pèlerins », en raison de la pandémie de coronavirus, a indiqué Paul Girard.",
    "« La situation est difficile », a récemment admis, au cours d'une visite au Sahel, le ministre Paul Girard.",
])
def test_an_incise_past_a_phrase_between_commas(quote_pipeline, text):
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes] == ["Paul Girard"]


def test_the_new_or_elected_holder_is_the_person_the_article_says_took_the_office(quote_pipeline):
    text = ("Le président américain Donald Tramp a salué la victoire. Paul Girard est élu président de la "
            "République. Le président élu, dans son premier discours, a déclaré : « je ne méconnais aucune "
            "des difficultés ».")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes if q.kind == "direct"] == ["Paul Girard"]


def test_the_adjective_of_an_epicene_role_gives_the_gender(quote_pipeline):
    """"l'épidémiologiste suédois": the tagger's feminine on "épidémiologiste" is a guess; the
    adjective says the man, so "elle" (the country) is not him and "il" is."""
    text = ("Le chercheur Marc Dubreuil a publié une étude mardi. L'épidémiologiste suédois Lars Ekdahl rejette "
            "la comparaison. La Suède a choisi une approche originale : elle n'a pas confiné sa population. "
            "« Les différences finales seront minces », pronostique-t-il.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Lars Ekdahl"


def _dated(pipeline, text, published="2016-05-29"):
    from chronique.ingest import RawArticle

    return pipeline.analyze(RawArticle(text=text, source="<test>", published=published, title_in_text=False))


def test_an_office_holder_of_the_day_is_not_a_description_of_another_role(quote_pipeline):
    """knowledge/offices.tsv: Manuel Valls was Prime Minister on 2016-05-29; "le leader
    syndical" is the other man."""
    a = _dated(quote_pipeline, "Manuel Valls a téléphoné dimanche à Philippe Martinez. « C'est un bon signe », "
                               "a commenté le leader syndical.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Philippe Martinez"


def test_a_role_of_an_organisation_stays_with_its_holder(quote_pipeline):
    a = _dated(quote_pipeline, "Le leader de la CGT a reçu un appel, raconte Philippe Martinez. « C'est un bon signe », "
                               "a-t-il dit. Laurent Berger défend la loi. « Il faut maintenir l'article 2 », a déclaré le "
                               "patron de la CFDT. « Nous allons continuer », a ajouté le secrétaire général de la CGT.")
    by_role = {q.speaker.text: speaker_name(a, q) for q in only(a, "direct") if q.speaker.text.startswith("le ")}
    assert by_role == {"le patron de la CFDT": "Laurent Berger", "le secrétaire général de la CGT": "Philippe Martinez"}


def test_ex_and_ancienne_name_the_same_former_office(quote_pipeline):
    a = _dated(quote_pipeline, "L'ancienne ministre Aurélie Filippetti a écrit au président. Le député Marc Dubreuil a "
                               "signé. « Le pays ne veut pas de cette loi », a dit l'ex-ministre.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Aurélie Filippetti"


@pytest.mark.parametrize("text, speakers", [
    # a role apposed between a description and the name
    ("Marine Durand a réagi. De son côté, sa nièce, la députée FN du Vaucluse, Marion Leclerc, a déclaré : "
     "« Ils tuent nos enfants. »", ["Marion Leclerc"]),
    # an aside before a postposed subject; a description after the speaker's own quotation
    ("François Morel a parlé. « Il faut nous opposer à la guerre des religions ! », estime quant à lui Jean Dulac "
     "sur Facebook. « Ces meurtres frappent la paix », « La liberté doit rester notre repère », clame le "
     "cofondateur du Parti de gauche. Pierre Lanvin, secrétaire national du PCF, a tweeté.",
     ["Jean Dulac", "Jean Dulac", "Jean Dulac"]),
    # the mayor of another town is not the mayor named before
    ("Hubert Wallon, le maire de Saint-Étienne-du-Rouvray, a parlé le matin. « Nous aurions pu être alertés », a "
     "plaidé François Baudin. « Les services ont été désorganisés », a estimé le maire de Pau.",
     ["François Baudin", "François Baudin"]),
    # a former office is not the one a man holds now
    ("Hervé Molin, président UDI de la région Normandie, a fait part de sa sidération. Nicolas Sarlat s'est "
     "exprimé sur Twitter. « Nous devons être impitoyables », a affirmé l'ancien président.", ["Nicolas Sarlat"]),
])
def test_descriptions_between_names(quote_pipeline, text, speakers):
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes if q.kind != "indirect"] == speakers


def test_the_subject_of_a_relative_que_clause_is_not_its_antecedent(quote_pipeline):
    a = run(quote_pipeline, "L'ex-candidat NPA à l'élection présidentielle, Philippe Poutou, n'éprouve aucun \"regret\" "
                            "après le décès lundi du \"milliardaire\" Pierre Moulin, qu'il qualifie de \"délinquant\".",
            title="Philippe Poutou : \"Moulin ce délinquant est mort. Sans regret\"")
    assert {speaker_name(a, q) for q in a.quotes if "délinquant" in q.text} == {"Philippe Poutou"}


@pytest.mark.parametrize("text, speaker", [
    ("« Les troupes sont entrées en Syrie », a annoncé le président Paul Girard mercredi. Selon ses mots, cette opération "
     "vise « les terroristes ».", "Paul Girard"),
    ("« Il faut des tests », souligne pour l'AFP l'épidémiologiste Dominique Costagliola.", "Dominique Costagliola"),
])
def test_own_words_and_an_outlet_addressed(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    assert {speaker_name(a, q) for q in a.quotes} == {speaker}


@pytest.mark.parametrize("role, name", [("l'immunologue", "Paul Girard"), ("la climatologue", "Claire Girard"),
                                        ("le psychiatre", "Paul Girard")])
def test_a_learned_profession_given_before_the_name_designates_that_person(quote_pipeline, role, name):
    text = (f"Selon {role} {name}, la situation s'améliore. « Le pic est passé », a déclaré mardi "
            f"le ministre Marc Lenoir. « La baisse va durer », poursuit {role}.")
    a = run(quote_pipeline, text)
    q = next(q for q in only(a, "direct") if "baisse" in q.text)
    assert speaker_name(a, q) == name


def test_two_roles_joined_by_et_are_both_the_persons(quote_pipeline):
    # the tagger reads "immunologiste" as an adjective; it is the second role of the apposition
    text = ("Si l'immunologue Paul Girard estime que la situation s'améliore, il reste prudent. « Le pic est "
            "passé », a déclaré mardi Paul Girard, président du Conseil scientifique et immunologiste. "
            "Selon le président du conseil scientifique, « la baisse va durer ».")
    a = run(quote_pipeline, text)
    q = next(q for q in a.quotes if "baisse" in q.text and q.kind != "indirect")
    assert speaker_name(a, q) == "Paul Girard"


def test_a_name_after_a_place_complement_is_the_speaker_not_a_complement(quote_pipeline):
    text = "Le député Les Républicains de la Manche Paul Girard a estimé que la réforme était trop timide."
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert speaker_name(a, ind) == "Paul Girard"


def test_a_place_before_a_speaking_relative_is_not_its_antecedent(quote_pipeline):
    text = ("« Les commandes repartent », dit à l'AFP Claire Morel, directrice d'une usine textile près "
            "de Lyon qui reconnaît toutefois que « la reprise » reste « fragile ».")
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert speaker_name(a, ind) == "Claire Morel"


def test_a_speech_verb_the_tagger_could_not_place_still_introduces_a_fragment(quote_pipeline):
    # "a tweeté": both words tagged X by the model
    text = ("Paul Girard, secrétaire national du Parti communiste (PCF), a tweeté sa \"consternation face à "
            "l'abominable assassinat du maire de Lyon.")
    a = run(quote_pipeline, text)
    q = next(q for q in a.quotes if q.text.startswith("consternation"))
    assert speaker_name(a, q) == "Paul Girard"


def test_a_possessive_subject_after_a_sentence_final_cue_is_the_source(quote_pipeline):
    # "son", "sa" are no adverbs between a cue and its subject: the phrase names the source
    text = ("Le chanteur Paul Girard est mort vendredi à l'âge de 88 ans, a annoncé son agent.\n\n"
            "Il avait enregistré la trilogie « Les Voyages » en 1970.")
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert ind.speaker.text == "son agent"
    assert not any(q.text == "Les Voyages" and q.speaker is not None for q in a.quotes)


# -- organisations spoken for by their leadership, statements by their owner --------------------------
@pytest.mark.parametrize("text, speaker", [
    ("Le groupe Valdor a publié ses résultats. « Nous sommes satisfaits », a déclaré la direction.", "Valdor"),
    ("Les Républicains ont exclu Paul Marchal. La direction du parti a indiqué que la décision était définitive.",
     "Les Républicains"),
    ("Le Monde a publié l'enquête. La direction du journal a assuré que les faits étaient établis.", "Le Monde"),
])
def test_the_leadership_speaks_for_its_organisation(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes if q.kind != "partial"] == [speaker]


@pytest.mark.parametrize("text, kind, speaker", [
    # a statement named by its owner is the owner's words
    ("Sur la radio, la réaction d'Anne Roux, sénatrice de Paris, est plus tranchée : « C'est dommage pour "
     "l'écologie ».", "direct", "Anne Roux"),
    # an update of a body is its words
    ("Le vaccin est l'un des neuf entrés dans la dernière phase des essais, selon le dernier point de l'OMS.",
     "indirect", "OMS"),
    # a source cut inside an outlet's name is the outlet
    ("Le ministre invite les maires à dîner à l'Élysée, selon Le Canard enchaîné.", "indirect", "Le Canard enchaîné"),
])
def test_a_phrase_naming_its_source_speaks_for_it(quote_pipeline, text, kind, speaker):
    a = run(quote_pipeline, text)
    (q,) = only(a, kind)
    assert speaker_name(a, q) == speaker


# -- a pronoun before anyone is named: the first person the text then names as a subject -------------
def test_a_leads_pronoun_is_the_person_the_body_then_introduces(quote_pipeline):
    a = run(quote_pipeline, "« Nous avons le droit de protéger nos enfants », s'est-il insurgé.\n\n"
                            "Au Sénat, après un débat avec Anne Roux mardi, le sénateur Paul Marchal a pris la parole.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Marchal"   # not Anne Roux, named first but as a complement


def test_a_long_phrase_after_a_quotation_opening_its_sentence_keeps_the_incise(quote_pipeline):
    a = run(quote_pipeline, "Le dialogue reprend. « Le sujet sera de raviver les accords » pour la paix dans "
                            "l'est de la Moldavie, estime Paul Marchal, analyste au centre Valdor.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Marchal"
    # inside a sentence, the incise reports the whole sentence, the quotation with it
    a = run(quote_pipeline, "Au final, l'ambiance reste bonne, si bien que « nous envoyons des messages » dans "
                            "le reste du Chili, assure Paul Marchal.")
    assert [q.kind for q in a.quotes] == ["indirect", "partial"]


def test_a_ministers_cabinet_speaks_for_the_ministry_the_article_names(quote_pipeline):
    a = run(quote_pipeline, "Le ministère des Sports a démenti lundi. « Cette accusation est fausse », a réagi le cabinet "
                            "de la ministre française des Sports. « Nous attendons des excuses », poursuit-il.")
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["ministère des Sports"] * 2
    # no such ministry named: the cabinet stays a group of people
    a = run(quote_pipeline, "« Cette accusation est fausse », a réagi le cabinet de la ministre des Sports.")
    (q,) = only(a, "direct")
    assert q.speaker.entity is None


def test_an_epicene_role_after_an_elided_article_keeps_no_gender(quote_pipeline):
    a = run(quote_pipeline, "« La paix est possible », estime Paul Marchal, analyste au centre Valdor. "
                            "« Il y a une vraie chance », ajoute l'analyste.")
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["Paul Marchal", "Paul Marchal"]


# -- 15th session: who a role, a kind of organisation or an unnamed subject stands for ---------
def test_a_role_given_far_on_to_one_person_is_theirs(quote_pipeline):
    filler = " ".join(["Les habitants du village discutent beaucoup de cette affaire depuis des semaines."] * 25)
    text = (f"Mais le maire appelle au calme. {filler} "
            "Le maire, Thibault Morel, estime que la situation est apaisée.")
    a = run(quote_pipeline, text)
    [first] = [q for q in a.quotes if q.text.startswith("au calme")]
    assert speaker_name(a, first) == "Thibault Morel"


def test_a_pronoun_after_a_kind_of_organisation_is_that_organisation(quote_pipeline):
    text = ("L'association de consommateurs UFC-Que Choisir avait alerté sur cette situation. "
            "Dans une enquête, elle révélait que les prix montaient.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "UFC-Que Choisir"


@pytest.mark.parametrize("text", [
    "Le groupe Renault a publié ses comptes. Selon elle, la situation est grave.",
    "L'association, proche de Greenpeace, a protesté. Selon elle, la situation est grave.",
    "Le syndicat, qui représente des salariés de la CGT, a protesté. Selon lui, la situation est grave.",
])
def test_an_organisation_is_no_antecedent_without_its_kind_noun_agreeing(quote_pipeline, text):
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert q.speaker is not None and q.speaker.entity is None


def test_the_president_of_a_body_of_doctors_is_the_doctor(quote_pipeline):
    text = ("Jean-Paul Hamelin, président de la Fédération des médecins de France, est inquiet. "
            "Le médecin généraliste s'est exprimé à la radio pour appeler les Français à rester chez eux.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "Jean-Paul Hamelin"


def test_a_pronoun_after_an_unnamed_described_subject_is_that_description(quote_pipeline):
    text = ("Un médecin est hospitalisé à Paris. Après la consultation, le médecin a repris le cours de "
            "son existence. « Je ne savais rien », témoigne-t-il auprès de la radio.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert q.speaker.entity is None and q.speaker.text == "le médecin"


def test_an_organisation_introduced_by_its_kind_is_what_the_kind_points_back_to(quote_pipeline):
    text = ("Deux offres concernent le groupe, a précisé le syndicat SGJ-FO dans un communiqué. "
            "« Les risques sur l'emploi sont certains », s'inquiète le syndicat.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "SGJ-FO"


def test_chairing_a_body_does_not_stop_a_member_of_parliament_being_the_deputy(quote_pipeline):
    text = ("Emmanuel Macron s'est engagé à ne pas toucher aux 62 ans, a rappelé Corinne Vidal. Par ailleurs, "
            "Corinne Vidal, présidente du groupe de travail sur la réforme des retraites, a envoyé à ses "
            "collègues un projet de tribune. La députée de Haute-Garonne rappelle l'engagement de campagne "
            "d'Emmanuel Macron.")
    a = run(quote_pipeline, text)
    [q] = [q for q in only(a, "indirect") if q.text.startswith("l'engagement")]
    assert speaker_name(a, q) == "Corinne Vidal"


@pytest.mark.parametrize("text", [
    "Une indifférence que confirme le maire, Paul Durand, estimant que ses administrés « se moquent "
    "complètement » de la présence du groupe.",
    "Une incompréhension que partage le député Paul Durand, estimant que la réforme est « injuste ».",
])
def test_after_a_relative_que_the_subject_follows_the_verb(quote_pipeline, text):
    a = run(quote_pipeline, text)
    assert a.quotes and all(speaker_name(a, q) == "Paul Durand" for q in a.quotes)


@pytest.mark.parametrize("text, title", [
    ("Paul Durand est mis en examen. L'avocat de Paul Durand a déclaré que son client était innocent.", "Titre"),
    ("Le veuf d'une femme au centre d'une théorie relayée par Donald Trump a appelé le patron du réseau "
     "social à intervenir.", "Donald Trump relaie une théorie"),
])
def test_a_relative_of_someone_is_not_them_nor_the_protagonist(quote_pipeline, text, title):
    a = run(quote_pipeline, text, title=title)
    (q,) = only(a, "indirect")
    assert q.speaker is not None and q.speaker.entity is None


def test_a_name_between_commas_before_its_verb_speaks_when_the_parse_found_no_subject(quote_pipeline):
    text = ("Le Premier ministre sortant Marc Dubreuil a reconnu sa défaite. Trois ans après avoir pris les rênes "
            "du parti conservateur, Nikos Andreou, perçu comme un réformateur, proche des milieux d'affaires, a "
            "promis de « relancer l'économie » et de « laisser la crise derrière nous ».")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "partial")] == ["Nikos Andreou", "Nikos Andreou"]


def test_an_office_title_with_accents_is_the_office_the_holder_holds(quote_pipeline):
    from chronique.ingest import RawArticle

    text = ("Lundi, Emmanuel Macron a annoncé une aide de 20 millions d'euros. Le président a souligné la "
            "« double peine » de la destruction de la forêt. Il a enfin confirmé la présence du chef Tukano, "
            "invité par des ONG près de Biarritz.")
    a = quote_pipeline.analyze(RawArticle(text=text, source="<test>", title="Titre", title_in_text=False,
                                          published="2019-08-26"))
    assert a.quotes and all(speaker_name(a, q) == "Emmanuel Macron" for q in a.quotes)


@pytest.mark.parametrize("text", [
    "« Les affaires reprennent », avait lancé, lors d'une cérémonie dimanche à l'aéroport, le ministre Paul Verhoeven.",
    "« Back in business » (« Les affaires reprennent »), avait lancé le ministre Paul Verhoeven.",
])
def test_the_incise_past_a_setting_or_a_translation_names_the_speaker(quote_pipeline, text):
    a = run(quote_pipeline, text)
    assert a.quotes and all(speaker_name(a, q) == "Paul Verhoeven" for q in a.quotes)


def test_a_quotation_of_several_sentences_takes_the_incise_after_the_next_one(quote_pipeline):
    text = ("La ministre du Travail Claire Fabre a parlé dimanche. Le dispositif sera prolongé, a assuré le "
            "ministre de l'Économie Paul Morel. « Le but, c'est d'éviter les licenciements. Mon objectif, c'est "
            "qu'on évite les licenciements », afin d'« éviter la casse sociale », a-t-elle souligné.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes if q.kind != "indirect"] == ["Claire Fabre", "Claire Fabre"]


def test_short_quotations_listed_before_an_incise_are_the_speakers(quote_pipeline):
    a = run(quote_pipeline, "« Aucun service dans un aéroport vide », « quelle débâcle », « tous à Amsterdam », "
                            "a écrit lundi Mme Van Dijk.")
    assert [q.text for q in a.quotes] == ["Aucun service dans un aéroport vide", "quelle débâcle", "tous à Amsterdam"]
    assert {speaker_name(a, q) for q in a.quotes} == {"Van Dijk"}


@pytest.mark.parametrize("text, speaker", [
    ("Paul Martin a réagi. Ce dernier a déclaré que la réforme sera votée.", "Paul Martin"),
    ("La réforme sera votée en 2020, a encore indiqué Paul Martin.", "Paul Martin"),
    ("Les négociations devraient durer « quelques mois » pour une mise en place du projet, a ensuite ajouté "
     "Claire Fabre.", "Claire Fabre"),
])
def test_reported_speech_with_a_latter_subject_or_an_adverb_in_the_verb_group(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == speaker


def test_a_bare_time_word_between_the_verb_and_que_leaves_the_report(quote_pipeline):
    a = run(quote_pipeline, "Paul Martin a assuré mi-mars que la future réforme ne toucherait pas à l'âge légal.")
    (q,) = only(a, "indirect")
    assert q.text.startswith("que la future réforme") and speaker_name(a, q) == "Paul Martin"


@pytest.mark.parametrize("text, speaker", [
    ("Jean-Paul Hamelin, président de la Fédération des médecins de France, est inquiet. « Il faut arrêter le "
     "pays », a martelé le praticien lui-même infecté.", "Jean-Paul Hamelin"),
    ("Paul Martin est arrivé. « Nous partons », a déclaré le texte.", "le texte"),
])
def test_an_unknown_noun_of_a_person_speaking_is_the_person_talked_about(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Les syndicats ont été reçus au ministère de l'Intérieur, qui a promis de mettre en place un nouveau système.",
     "ministère de l'Intérieur"),
    ("Le pays compte 143 cas pour 100.000 habitants, d'après un calcul de l'AFP à partir de données officielles.",
     "AFP"),
])
def test_a_source_past_its_preposition_or_a_calculation_of_a_body(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == speaker


# -- a person named inside the quotation is not the pronoun speaker of it -----------------------
def test_a_person_named_in_the_quotation_is_not_its_pronoun_speaker(quote_pipeline):
    a = run(quote_pipeline, "Jacques Dupont a parlé à Paul Martin. « Les propos de Jacques Dupont sont graves », "
                            "a-t-il dit.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Martin"


def test_the_person_an_office_serves_is_no_pronoun_antecedent(quote_pipeline):
    a = run(quote_pipeline, "Une décision a poussé le conseiller Paul Martin de Jacques Dupont à partir. "
                            "« Je pars », a-t-il dit.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Martin"


def test_a_name_after_a_bracketed_aside_completes_the_role(quote_pipeline):
    a = run(quote_pipeline, "Le maire PS de Lille (Nord) Paul Martin a annoncé sa mise en retrait du parti.")
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "Paul Martin"


def test_a_subject_under_a_verbless_root_is_the_main_subject():
    import spacy

    from chronique.extract.quotes.subject_chain import is_main_subject

    # "Plus tôt, Paul Martin a annoncé …" as the model sometimes reads it: "tôt" the root, the verb its "dep"
    words = ["Plus", "tôt", ",", "Paul", "Martin", "a", "annoncé", "son", "départ", "."]
    heads = [1, 1, 1, 6, 3, 6, 1, 8, 6, 1]
    deps = ["advmod", "ROOT", "punct", "nsubj", "flat:name", "aux:tense", "dep", "det", "obj", "punct"]
    pos = ["ADV", "ADV", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = spacy.tokens.Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert is_main_subject(doc[3])


def test_a_person_after_the_cue_says_the_verbless_statement_before_it(quote_pipeline):
    a = run(quote_pipeline, "Parmi les sites choisis, aucun château mais une grande variété de lieux peu connus, "
                            "a annoncé le ministre de la Culture Paul Martin.")
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "Paul Martin"
    assert q.text.startswith("Parmi les sites choisis")


def test_whom_something_is_revealed_to_is_no_statement(quote_pipeline):
    a = run(quote_pipeline, "Le film de Paul Martin, avec Julie Durand, le révèle au grand public.")
    assert not only(a, "indirect")


def test_the_author_of_a_work_named_is_no_pronoun_antecedent(quote_pipeline):
    a = run(quote_pipeline, "\"Peu m'importe de faire des choses non commerciales\", déclarait Michel Garnier aux "
                            "Cahiers du cinéma. \"Je préfère les prototypes aux séries.\" \"Le Mépris\" de Jean-Luc "
                            "Bardin (1963), le révèle au grand public. Dans ce film, il joue un scénariste, chapeau "
                            "sur la tête \"pour faire comme Dean Martin\".")
    q = next(q for q in only(a, "partial") if q.text.startswith("pour faire"))
    assert speaker_name(a, q) == "Michel Garnier"


def test_an_incise_after_the_infinitive_that_completes_the_quotation(quote_pipeline):
    a = run(quote_pipeline, "Paul Martin a visité un hôpital. \"Mais le maire a été attentif\" à limiter les "
                            "contacts, a précisé la mairie de Lyon.")
    (q,) = a.quotes
    assert q.speaker is not None and "mairie" in q.speaker.text


def test_an_unnamed_family_member_is_not_the_person_the_story_is_about(quote_pipeline):
    a = run(quote_pipeline, "Léa Dumas avait disparu en 2017 lors d'un mariage. « Ça fait un an qu'elle nous a "
                            "quittés », a résumé la mère de l'enfant. « C'est un moment très difficile », a poursuivi "
                            "le père.", title="Léa Dumas : la famille attend la vérité")
    for q in only(a, "direct"):
        assert q.speaker is not None and q.speaker.entity is None, q.speaker


def test_what_someone_reports_with_faire_etat_de(quote_pipeline):
    a = run(quote_pipeline, "La préfecture de police de Lyon a fait état de 32 interpellations.")
    (q,) = only(a, "indirect")
    assert q.text.startswith("de 32 interpellations") and "préfecture" in q.speaker.text


def test_a_name_after_the_cue_in_its_object_is_no_postposed_speaker(quote_pipeline):
    a = run(quote_pipeline, "Paul Martin, 45 ans, a annoncé la nomination de Julie Durand à la tête du club.")
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "Paul Martin"


def test_a_father_of_a_family_is_the_person_talked_about(quote_pipeline):
    a = run(quote_pipeline, "Marc Durand, 42 ans, a été licencié en mars. « Je ne comprends pas cette décision », "
                            "confie le père de famille.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Marc Durand"


def test_a_speaker_naming_himself_in_the_quotation(quote_pipeline):
    a = run(quote_pipeline, "Paul Martin a répondu aux questions des journalistes. « Moi, Paul Martin, je ne "
                            "démissionnerai jamais », a-t-il lancé.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Martin"


def test_a_negated_faire_etat_reports_nothing(quote_pipeline):
    a = run(quote_pipeline, "Aucun témoin n'a fait état de coups de feu.")
    assert not only(a, "indirect")


def test_il_before_y_with_a_speech_verb_is_its_subject(quote_pipeline):
    a = run(quote_pipeline, "Michel Garnier a publié un livre. Il y confiait son angoisse : « On voudrait que ça ne "
                            "s'arrête jamais ».")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Michel Garnier"


def test_a_country_s_presidency_speaks_for_it(quote_pipeline):
    a = run(quote_pipeline, "L'Ukraine et le Bélarus se disputent. La présidence ukrainienne a appelé les autorités "
                            "bélarusses à « cesser d'exacerber » cette crise.")
    (q,) = only(a, "partial")
    assert q.speaker is not None and q.speaker.text == "La présidence ukrainienne"


def test_a_setting_closed_by_a_comma_before_the_postposed_speaker(quote_pipeline):
    a = run(quote_pipeline, "« Il faut agir », a estimé lors d'un point presse, la responsable du département Pollution "
                            "de l'air à l'EEA, Catherine Dupont.")
    (q,) = only(a, "direct")
    assert q.speaker is not None and q.speaker.text.startswith("la responsable")


def test_a_plural_pronoun_is_never_one_person_named_later(quote_pipeline):
    a = run(quote_pipeline, "« La porte est fermée », dénoncent-ils. Paul Martin a pourtant reçu les syndicats "
                            "mardi.")
    (q,) = only(a, "direct")
    assert q.speaker is None or q.speaker.entity is None


def test_a_setting_after_a_to_before_a_postposed_speaker(quote_pipeline):
    a = run(quote_pipeline, "Paul Martin a annoncé la fin du régime spécial. « C'est un recul », a commenté à la "
                            "sortie de la réunion à Bercy Julie Durand, secrétaire générale de la CGT. « Des milliers "
                            "d'agents perdront leurs droits », souligne-t-elle.")
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["Julie Durand", "Julie Durand"]


def test_an_addressee_after_a_is_no_setting(quote_pipeline):
    a = run(quote_pipeline, "« C'est un recul », a confié à l'AFP Julie Durand.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Julie Durand"


def test_an_honorific_after_the_addressee_opens_the_speaker(quote_pipeline):
    a = run(quote_pipeline, "« Le dossier est vide », a déclaré à l'AFP Me Karim Benali, un avocat de la défense.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Karim Benali"


def test_the_presidency_alone_is_the_seat_named_last(quote_pipeline):
    a = run(quote_pipeline, "L'Élysée a salué l'accord lundi. Vladimir Poutine a reçu Paul Martin au Kremlin. La "
                            "rencontre a duré deux heures, a précisé la présidence.")
    (q,) = [q for q in only(a, "indirect") if q.speaker.text == "la présidence"]
    assert speaker_name(a, q) == "Kremlin"


def test_the_presidency_alone_is_the_head_of_states_office_the_article_names(quote_pipeline):
    a = run(quote_pipeline, "La réforme sera reportée, a annoncé jeudi l'Élysée. Le président a reçu mercredi le "
                            "président de la Fédération française de pétanque Marc Dutour, a précisé la présidence.")
    assert [speaker_name(a, q) for q in only(a, "indirect")] == ["Élysée", "Élysée"]


def test_an_unattributed_statement_speaks_for_the_clauses_subject(quote_pipeline):
    a = run(quote_pipeline, "Les associations de riverains réclament « une loi ambitieuse », selon un communiqué "
                            "publié mardi.")
    (q,) = only(a, "partial")
    assert q.speaker is not None and q.speaker.text.startswith("Les associations")


def test_a_reported_fact_is_not_its_subjects_statement(quote_pipeline):
    a = run(quote_pipeline, "Marie Durand est décédée lundi, selon un communiqué.")
    assert all(speaker_name(a, q) != "Marie Durand" for q in a.quotes)


def test_a_source_phrase_is_not_the_name_after_it_and_its_participle(quote_pipeline):
    a = run(quote_pipeline, "Selon l'avocat de la victime, Marc Lenoir, mis en examen mardi, n'a rien avoué.")
    assert all(speaker_name(a, q) != "Marc Lenoir" for q in a.quotes)


# -- held-out 18's classes -------------------------------------------------------------------
def test_a_name_glued_after_a_place_of_a_title_is_the_speaker(quote_pipeline):
    # the model reads "République de Nantes Paul Martinet" as one place
    text = ("Le parquet a requis la mise en examen de trois suspects, a annoncé samedi le procureur de la "
            "République de Rennes Eric Lambert. « L'enquête va se poursuivre », a conclu le procureur.")
    a = run(quote_pipeline, text)
    assert "Eric Lambert" in {e.name for e in a.entities if e.type == "PER"}
    assert {speaker_name(a, q) for q in a.quotes} == {"Eric Lambert"}


def test_a_hyphenated_surname_after_a_portfolio_is_whole(quote_pipeline):
    text = "« On est libre d'écrire un roman », a écrit le ministre de la Justice Eric Dupond-Lavigne."
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Eric Dupond-Lavigne"


def test_quoted_words_inside_a_report_are_its_speakers_not_the_channels(quote_pipeline):
    text = ("Les parents de Julie Garnier demandent une requalification des faits pour « assassinat » et "
            "« viol », selon Le Figaro. Le président Paul Girard a appelé la sénatrice samedi pour lui faire "
            "part de sa « condamnation claire de toute forme de racisme », a indiqué l'Elysée.")
    a = run(quote_pipeline, text)
    speakers = {q.text: q.speaker.text for q in only(a, "partial")}
    assert speakers["assassinat"] == speakers["viol"] == "Les parents de Julie Garnier"
    (condemnation,) = [q for q in only(a, "partial") if q.text.startswith("condamnation")]
    assert speaker_name(a, condemnation) == "Paul Girard"


def test_on_at_a_seat_of_power_is_that_power(quote_pipeline):
    text = ("L'Élysée prend ses distances avec l'avocat Paul Girard. « Il raconte n'importe quoi », "
            "s'agace-t-on au Château. « Le dialogue continue », indique-t-on à Matignon. « Il fait beau », "
            "dit-on à Lyon.")
    a = run(quote_pipeline, text)
    by_text = {q.text: q for q in only(a, "direct")}
    assert speaker_name(a, by_text["Il raconte n'importe quoi"]) == "Élysée"
    assert by_text["Le dialogue continue"].speaker.text == "Matignon"
    assert by_text["Il fait beau"].speaker is None  # a city is no seat of power


def test_the_maker_of_a_document_in_a_relative_clause_speaks(quote_pipeline):
    text = ("Le magazine Valeurs Actuelles publie un récit. La députée y « expérimente la responsabilité "
            "des Africains », selon la présentation qu'en fait le magazine.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Valeurs Actuelles"


def test_an_outlet_noun_points_to_the_outlet_of_the_gazetteer_named_last(quote_pipeline):
    text = ("Contacté par Le Lab, l'Élysée n'a pas réagi. Puis le Journal du dimanche conteste le démenti de "
            "l'avocat. « Son démenti n'a pas lieu d'être », écrit l'hebdomadaire.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Journal du dimanche"


def test_a_fronted_participle_of_blame_is_the_main_subjects(quote_pipeline):
    text = ("Réprouvant vivement un « cortège de haines », l'association SOS Racisme a indiqué étudier "
            "des suites judiciaires.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "SOS Racisme"


def test_assumer_is_an_incise(quote_pipeline):
    text = ("Paul Girard lance un média. Le média proposera des vidéos. « C'est le projet de ma vie », "
            "assume Paul Girard.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"


def test_le_professeur_is_the_professor_who_spoke_last(quote_pipeline):
    text = ("« Il m'a sauvé deux doigts », sourit la patiente, tournée vers le Pr Marc Lenoir. « Le but est de "
            "pouvoir faire machine arrière », souligne le professeur. « On reste vigilants », rappelle le Pr Paul "
            "Girard, chef du service de réanimation. « Nous sommes dans une phase de montée en charge », souligne "
            "M. Girard. « C'est une dynamique de flux permanente », assume le professeur.")
    a = run(quote_pipeline, text)
    by_text = {q.text: speaker_name(a, q) for q in only(a, "direct")}
    assert by_text["Le but est de pouvoir faire machine arrière"] == "Marc Lenoir"
    assert by_text["C'est une dynamique de flux permanente"] == "Paul Girard"


@pytest.mark.parametrize("before, speaker", [
    ("Samedi soir, des militants de l'association Respect Égalité sont entrés dans les locaux.", None),
    ("La CGT a quitté la réunion.", "CGT"),
    ("Marc Lenoir et Julie Garnier, licenciés par Renault en mai, ont saisi les prud'hommes.", None),
])
def test_a_plural_pronoun_is_never_one_person(quote_pipeline, before, speaker):
    text = f"« Tout mon soutien », a tweeté Paul Girard. {before} « Nous irons jusqu'au bout », ont-ils écrit."
    a = run(quote_pipeline, text)
    (q,) = [q for q in only(a, "direct") if q.text.startswith("Nous irons")]
    assert q.speaker is not None and (speaker_name(a, q) if q.speaker.entity else None) == speaker


def test_an_organisation_the_model_cuts_at_its_hyphen_speaks_whole(quote_pipeline):
    text = ("L'étude démontre l'incapacité des dispositions actuelles, plaide encore l'UFC-Que choisir, qui "
            "demande leur interdiction. « C'est grave », a dit l'association.")
    a = run(quote_pipeline, text)
    assert "UFC-Que choisir" in {e.name for e in a.entities if e.type == "ORG"}
    assert {speaker_name(a, q) for q in a.quotes} == {"UFC-Que choisir"}


def test_a_subsidiary_of_a_country_is_the_company_named_after_it(quote_pipeline):
    text = ("Le groupe Meubla est visé par une enquête. Meubla France n'a pas réagi lundi. Sa filiale française "
            "assure que « l'éthique » est « prioritaire ».")
    a = run(quote_pipeline, text)
    assert {speaker_name(a, q) for q in a.quotes} == {"Meubla France"}


@pytest.mark.parametrize("text, speaker", [
    ("Jean Lassalle a été réélu député. Réélu dans les Pyrénées-Atlantiques, le Béarnais l'assure : « Je suis "
     "populaire ! »", "Jean Lassalle"),
    ("Marc Lenoir a quitté le club. « Je suis content », dit le Québécois.", "Marc Lenoir"),
    ("Le quotidien régional a enquêté. « C'est un scandale », affirme le Parisien.", "Parisien"),
])
def test_an_inhabitants_name_after_le_is_the_person_talked_about(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == speaker


def test_figures_put_forward_by_a_body_named_by_its_kind_are_its(quote_pipeline):
    text = ("Le bruit est un fléau, selon l'Agence européenne de l'environnement. Selon les chiffres mis en avant "
            "par l'agence européenne, quelque « 113 millions de personnes » souffrent de nuisances sonores.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Agence européenne de l'environnement"


def test_le_ministre_is_not_the_prime_minister(quote_pipeline):
    # a "Premier ministre" is another office than "le ministre": the minister the headline names
    text = ("Dans un entretien au Journal du Dimanche, le ministre chargé de la Ruralité tente de rassurer les "
            "maires. Le ministre rappelle les mesures annoncées par le Premier ministre Paul Girard. Au lendemain "
            "de la mobilisation, Marc Lenoir joue l'apaisement. « Nous entendons les inquiétudes », insiste le "
            "ministre chargé de la Ruralité.")
    a = run(quote_pipeline, text, title="« Nous entendons les inquiétudes », assure Marc Lenoir")
    assert {speaker_name(a, q) for q in only(a, "direct")} == {"Marc Lenoir"}


def test_a_third_person_subject_of_words_in_the_first_person_is_talked_about(quote_pipeline):
    text = ("Paul Girard a défendu sa femme Claire Girard. « Elle travaille avec moi depuis toujours », a-t-il "
            "déclaré. Elle « me faisait remonter les demandes des gens ». Elle l'a fait « bénévolement » et "
            "« en 1997 j'ai remplacé un collaborateur par elle ».")
    a = run(quote_pipeline, text)
    partials = {q.text: speaker_name(a, q) for q in only(a, "partial")}
    assert partials["me faisait remonter les demandes des gens"] == "Paul Girard"
    assert partials["en 1997 j'ai remplacé un collaborateur par elle"] == "Paul Girard"


def test_a_third_person_subject_of_a_quoted_predicate_still_speaks(quote_pipeline):
    # guards: without a first person in the words, the subject says them; a person named in the
    # sentence who feels what the words say speaks them, in the first person
    a = run(quote_pipeline, "Paul Girard a pris la parole mardi. Il « refuse de céder » aux syndicats.")
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Paul Girard"
    a = run(quote_pipeline, "Mais au collège, Jean-Baptiste, en 5ème, qui a trouvé les cours « un peu compliqués », "
                            "se sent « libéré de revoir enfin des gens à qui je peux parler ».")
    q = next(q for q in only(a, "partial") if "je peux" in q.text)
    assert speaker_name(a, q) == "Jean-Baptiste"


def test_selon_opening_the_next_sentence_is_not_the_quotations_source(quote_pipeline):
    text = ("Le candidat Paul Girard a lancé lors d'un meeting : « J'adore ce site ! » Selon la police, "
            "ces documents ont été volés.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"


@pytest.mark.parametrize("adverbial", ["d'ailleurs", "en effet", "par ailleurs", "une nouvelle fois"])
def test_an_adverbial_phrase_inside_the_incise(quote_pipeline, adverbial):
    a = run(quote_pipeline, f"« La réforme a du plomb dans l'aile », a {adverbial} reconnu Paul Girard.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"


def test_words_describing_the_subject_of_a_reflexive_verb_are_theirs(quote_pipeline):
    a = run(quote_pipeline, "Marc Lenoir, qui se veut « très ferme contre les casseurs », appelle au calme.")
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Marc Lenoir"


def test_selon_a_pronoun_after_a_report_is_not_a_second_statement(quote_pipeline):
    a = run(quote_pipeline, "Dimanche, Claire Moreau a estimé que la mobilisation avait été « un très grand "
                            "succès », selon elle.")
    (ind,) = only(a, "indirect")
    assert ind.text.startswith("que la mobilisation") and speaker_name(a, ind) == "Claire Moreau"


def test_a_mandate_is_held_beside_a_party_position(quote_pipeline):
    text = ("Marc Lenoir a jugé « scandaleux » le cumul des fonctions. Le chef de file écologiste voit dans "
            "cette candidature une démission. « Il ne s'occupera pas de vous », a estimé l'eurodéputé ce "
            "vendredi sur une radio. Chez les insoumis, le député Paul Girard a retweeté la une.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Marc Lenoir"
    assert q.speaker.text == "l'eurodéputé"  # the description stops before its verb's time


def test_relying_on_a_report_is_no_speech(quote_pipeline):
    a = run(quote_pipeline, "La ministre s'appuie sur les propositions contenues dans un rapport du centre.")
    assert only(a, "indirect") == []


def test_a_report_named_with_a_possessive_is_the_bodys(quote_pipeline):
    text = ("Tel est le constat dressé par l'Organisation mondiale du tourisme (OMT), dans son rapport publié "
            "mercredi. Le reflux est « partiellement compensé par une hausse en Espagne », souligne le rapport. "
            "Le rapport indique par ailleurs que les recettes ont encore augmenté.")
    a = run(quote_pipeline, text)
    assert {speaker_name(a, q) for q in a.quotes} == {"Organisation mondiale du tourisme"}


def test_the_author_of_the_work_is_the_person_of_the_story(quote_pipeline):
    text = ("Claire Lenoir a mis en ligne un conte pour les enfants. Il traite de « la vérité et l'abus de "
            "pouvoir », selon son auteure.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Claire Lenoir"
    # guard: without a work, "son auteur" of an attack is someone else
    a = run(quote_pipeline, "Le policier Marc Lenoir a été blessé au couteau. Son auteur a affirmé qu'il avait eu peur.")
    assert speaker_name(a, only(a, "indirect")[0]) != "Marc Lenoir"


def test_a_person_introducing_words_in_a_relative_clause(quote_pipeline):
    text = ("Ces révélations ont suscité les éloges du candidat Marc Lenoir qui a lancé lors d'un meeting : "
            "« J'adore ce site ! »")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Marc Lenoir"
    # guards: the main clause's speaker comes first; a text that provides is nobody's voice of its own
    a = run(quote_pipeline, "Paul Girard a réagi aux propos de Claire Moreau, qui avait dénoncé la réforme : "
                            "« C'est une honte. »")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"
    a = run(quote_pipeline, "Le ministre a présenté un texte qui prévoit : « Les loyers seront gelés ».")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) != "texte"


def test_an_article_published_in_an_outlet_is_the_outlets(quote_pipeline):
    a = run(quote_pipeline, "Claire Moreau agace les ministres, avec qui « les rapports sont glaciaux », selon un "
                            "article publié dans Le Parisien mardi.")
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Le Parisien"
    # guard: an op-ed speaks for its signatories, not the paper
    a = run(quote_pipeline, "Selon une tribune publiée dans Le Monde, les maires sont « très inquiets ».")
    assert all(speaker_name(a, q) != "Le Monde" for q in a.quotes)


def test_a_fronted_setting_is_not_the_subject(quote_pipeline, nlp):
    from spacy.tokens import Doc

    from chronique.extract.quotes.speaker_phrases import subject_np

    # the parse the model gives in some contexts: the party of "Au PS, …" as the subject
    words = ["Au", "PS", ",", "le", "sénateur", "Marc", "Lenoir", "a", "considéré", "que", "tout", "va", "."]
    heads = [1, 8, 8, 4, 1, 4, 5, 8, 8, 11, 11, 8, 8]
    deps = ["case", "nsubj", "punct", "det", "appos", "appos", "flat:name", "aux:tense", "ROOT", "mark", "nsubj",
            "ccomp", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    a, b = subject_np(doc[8])
    assert doc[a:b].text == "le sénateur Marc Lenoir"
    # through the pipeline: a country fronted with "en" is not who worries (nor the verb's clitic)
    a = run(quote_pipeline, "Au Portugal, la situation inquiète. Et en Espagne, des autorités médicales "
                            "s'inquiètent d'une possible seconde vague, en raison du relâchement général.")
    assert [q.speaker.text for q in only(a, "indirect")] == ["des autorités médicales"]
    # guard: the same sentence as the model reads it
    a = run(quote_pipeline, "Au PS, le sénateur Marc Lenoir a considéré que le ministre était « déjà en campagne ».")
    assert {speaker_name(a, q) for q in a.quotes} == {"Marc Lenoir"}


def test_a_report_of_a_body_whose_name_the_parse_hangs_below_its_first_word(quote_pipeline):
    text = ("Selon un rapport du Centre d'études des migrations, qui paraît jeudi, les départs ont doublé. "
            "« Les filières se sont professionnalisées », selon le rapport. Le rapport estime que "
            "les contrôles restent rares.")
    a = run(quote_pipeline, text)
    assert {speaker_name(a, q) for q in a.quotes} == {"Centre d'études des migrations"}


def test_a_role_with_an_aside_in_brackets_before_the_name_after_the_cue(quote_pipeline):
    text = ("« Nous ne signerons pas », a déclaré lundi le président de la Fédération des pêcheurs "
            "(FDP, classée à droite) Paul Lemoine devant la préfecture.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Lemoine"
    # guard: an aside followed by no name leaves the role as it is
    a = run(quote_pipeline, "« Nous partons », a dit le maire (LR) de la ville.")
    assert only(a, "direct")[0].speaker.text == "le maire"


def test_mettre_en_avant_introduces_the_words_of_two_speakers(quote_pipeline):
    text = ("Paul Lemoine critique la réforme. « Rien n'a été négocié », ont mis en avant Claire Roux "
            "et Anne Vidal.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Claire Roux"


def test_an_organisation_noun_with_its_name_in_quotation_marks(quote_pipeline):
    text = "« Les internes sont en première ligne », alertait le 26 février le syndicat « Jeunes Internes »."
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Jeunes Internes"


def test_an_inverted_pronoun_goes_on_with_the_organisation_just_quoted(quote_pipeline):
    text = ("Le parquet de Nantes a ouvert une enquête mardi. « Nous appelons tout témoin », détaille le parquet "
            "dans un communiqué. Les allégations portent « sur des faits graves », ajoute-t-il.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes if q.kind != "indirect"] == ["parquet de Nantes"] * 2
    # guards: a person named or described as a subject since takes over
    a = run(quote_pipeline, text.replace("Les allégations portent", "Le député Paul Girard conteste. Il dénonce"))
    assert speaker_name(a, only(a, "partial")[0]) == "Paul Girard"
    a = run(quote_pipeline, "Le parquet de Nantes a ouvert une enquête. « Nous appelons tout témoin », détaille "
                            "le parquet dans un communiqué. Le suspect, âgé de 30 ans, a été placé en garde à vue. "
                            "« Je suis innocent », affirme-t-il.")
    assert speaker_name(a, only(a, "direct")[1]) != "parquet de Nantes"
    # a feminine body is no "il"
    text = ("La préfecture de la Loire a ouvert une cellule de crise. « Nous appelons au calme », détaille la "
            "préfecture dans un communiqué. Les dégâts portent « sur des centaines de maisons », ajoute-t-il.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, only(a, "direct")[0]) == "préfecture de la Loire"  # (the body is known)
    assert speaker_name(a, only(a, "partial")[0]) != "préfecture de la Loire"


def test_a_relative_after_the_apposition_of_a_name_describes_that_name(quote_pipeline):
    text = ("D'après les derniers chiffres d'Eurostat, organisme de statistiques de l'Union européenne qui "
            "constate que le chômage recule, les ministres se félicitent.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "indirect") if q.text.startswith("que le chômage")] == ["Eurostat"]
    # guard: a name right before "qui" after a common noun is still the antecedent
    a = run(quote_pipeline, "Le client de l'Australie qui dit que le contrat est rompu a protesté.")
    assert speaker_name(a, only(a, "indirect")[0]) == "Australie"


def test_the_noun_of_an_aside_is_never_the_subject():
    # the parse of "Hugo Lambert, le président du parti, a, de son côté dit …" as the model gave it on a
    # held-out article: "côté" is a second subject of "dit", before the true one in the clause's order
    import spacy
    from spacy.tokens import Doc

    from chronique.extract.quotes.speaker_phrases import subject_np
    words = ["de", "son", "côté", "Hugo", "Lambert", "a", "dit", "qu'", "il", "part"]
    heads = [2, 2, 6, 6, 3, 6, 6, 9, 9, 6]
    deps = ["case", "det", "nsubj", "nsubj", "flat:name", "aux:tense", "ROOT", "mark", "nsubj", "ccomp"]
    pos = ["ADP", "DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "SCONJ", "PRON", "VERB"]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert doc[slice(*subject_np(doc[6]))].text == "Hugo Lambert"


def test_a_bracketed_party_between_a_role_and_its_complement_keeps_the_name(quote_pipeline):
    text = ("Le président (LREM) de l'Assemblée nationale Hugo Lambert a pour sa part estimé qu'il n'était "
            "pas « raisonnable » de voter.")
    a = run(quote_pipeline, text)
    assert {speaker_name(a, q) for q in a.quotes} == {"Hugo Lambert"}
    # guard: a name in the role's complement is not the speaker, nor is the party
    a = run(quote_pipeline, "L'avocat (LR) de Paul Girard a estimé que la loi était injuste.")
    assert not {speaker_name(a, q) for q in a.quotes} & {"LR", "Paul Girard"}


def test_wealth_or_fame_excludes_no_office_holder(analyze):
    # "le milliardaire républicain" is the president the article talks about, not his rival named last
    text = ("Le sénateur de l'Ohio Julien Garnier se dit prêt à financer sa campagne. Il a évoqué le combat qu'il "
            "mène face au démocrate Paul Girard. « Nous avons plus d'argent », a assuré le milliardaire républicain.")
    a = analyze(text, published="2020-09-09")
    assert speaker_name(a, only(a, "direct")[0]) == "Julien Garnier"


def test_a_role_in_a_fronted_complement_is_not_the_name_after_it(analyze):
    text = ("Julien Garnier se dit prêt à financer sa campagne. « Nous avons plus d'argent », a assuré le "
            "milliardaire républicain. Dans un contraste saisissant avec le milliardaire républicain, Paul Girard lui, "
            "n'a qu'un déplacement prévu.")
    a = analyze(text, published="2020-09-09")
    assert speaker_name(a, only(a, "direct")[0]) == "Julien Garnier"
    # guard: a role after a preposition, apposed to a name that ends the sentence, is that name's
    a = analyze("Hugo Lambert a porté plainte contre le maire de Lyon, Paul Girard. Marc Dupont a réagi. « Je suis "
                "serein », a déclaré le maire de Lyon.")
    assert speaker_name(a, only(a, "direct")[0]) == "Paul Girard"


def test_a_name_after_a_colon_reveals_an_indefinite_subject(analyze):
    text = ("Julien Garnier n'a qu'un déplacement prévu. Un autre démocrate est de plus en plus présent : l'ancien "
            "président Paul Girard. Mardi, il a publié une vidéo. « Je ferai tout ce que je pourrai », a-t-il promis.")
    a = analyze(text, published="2020-09-09")
    assert speaker_name(a, only(a, "direct")[0]) == "Paul Girard"
    # guards: a name after a colon that ends on an object is that object; without the colon the name
    # is a complement, and the subject before goes on
    a = analyze("Le ministre Julien Garnier a reçu un invité de marque : l'ancien président Paul Girard. « Tout va "
                "bien », a-t-il dit.", published="2020-09-09")
    assert speaker_name(a, only(a, "direct")[0]) == "Julien Garnier"
    a = analyze(text.replace(" : l'ancien président Paul Girard.", ", dit l'ancien président Paul Girard."),
                published="2020-09-09")
    assert speaker_name(a, only(a, "direct")[0]) == "Julien Garnier"


def test_a_document_made_by_an_agent_speaks_for_it_when_named_again(quote_pipeline):
    text = ("Des enfants dorment à la rue, selon une enquête publiée jeudi par la Fédération des amis du logement. "
            "« Parmi eux, 300 ont moins de trois ans », note le document.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, only(a, "direct")[0]) == "Fédération des amis du logement"
    # guard: the agent of a participle further down is not the document's maker
    a = run(quote_pipeline, "Les familles souffrent, selon une enquête réalisée auprès des familles suivies par la "
                            "Croix-Rouge. « Tout va mal », note le document.")
    assert speaker_name(a, only(a, "direct")[0]) != "Croix-Rouge"
    # nor a body that consulted the document
    a = run(quote_pipeline, "Les chiffres sont graves, selon un rapport confidentiel consulté par l'AFP. « La situation "
                            "est explosive », note le document.")
    assert speaker_name(a, only(a, "direct")[0]) != "AFP"
    # a note's star after the noun does not hide the agent
    a = run(quote_pipeline, "Le mouvement reste suivi, révèle un sondage* réalisé par Ipsos pour Le Monde.")
    assert speaker_name(a, only(a, "indirect")[0]) == "Ipsos"


def test_the_edile_is_the_mayor_named_before(quote_pipeline):
    text = ("Deux résidents ont été hospitalisés, a rapporté le maire de la commune, Hugo Lambert. L'Agence "
            "régionale de santé a confirmé les cas. « Nous avons été très stricts », a expliqué l'édile.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, only(a, "direct")[0]) == "Hugo Lambert"


def test_a_capitalised_trade_is_a_description_of_the_person(quote_pipeline):
    text = ("Il est accusé de violences par une Youtubeuse spécialisée dans le théâtre. Julie Garnier a affirmé "
            "avoir porté plainte. « J'ai été frappée en mars », a indiqué la Youtubeuse qui a publié des photos.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, only(a, "direct")[0]) == "Julie Garnier"
    assert "Youtubeuse" not in {e.name for e in a.entities}


def test_an_aside_between_an_incise_verb_and_its_subject(quote_pipeline):
    text = ("« Combien serons-nous ? », s'interroge un responsable. « La partie va se jouer », se félicite à "
            "l'inverse Hugo Lambert, un ancien ministre.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["un responsable", "Hugo Lambert"]


def test_a_name_with_a_particle_closes_the_apposition_of_a_fronted_source(quote_pipeline):
    text = ("Mais pour le petit-fils du général, Hugo de Lambert, « cette querelle est complètement imbécile », "
            "dit-on.")
    a = run(quote_pipeline, "Le débat fait rage. " + text)
    assert {speaker_name(a, q) for q in a.quotes if q.kind == "partial"} == {"Hugo de Lambert"}
