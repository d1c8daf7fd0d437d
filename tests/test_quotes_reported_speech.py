"""Reported speech and speakers: the error classes found on unseen articles, each on French
sentences written for these tests (real spaCy model)."""

from __future__ import annotations

import pytest

from quotes_support import only, quote_pipeline, run, speaker_name  # noqa: F401 (fixture)


def cues(article) -> list[str]:
    return [q.cue.text for q in only(article, "indirect")]


# -- uses of a speech verb that report nothing ------------------------------------------------
@pytest.mark.parametrize("text", [
    # pronominal verbs with another meaning
    "Le chien est arrivé de Lille. Il s'appelle Max et pourrait bientôt devenir le meilleur détecteur du pays.",
    "Le gouvernement s'attend à une hausse. Elle s'explique par la reprise de la consommation des ménages.",
    # the infinitive's subject is not the subject of "voir"
    "Après la brouille entre deux ministres, le gouvernement voit s'opposer en coulisses deux autres de ses membres.",
    # perception, study, meaning or intention without a clause
    "Le ministre Jean Morel a observé les nouveaux radars installés sur l'autoroute.",
    "Les experts de l'ONU ont analysé pourquoi les prix augmentent si vite.",
    "La hausse des taxes sur le carburant vers les Pays-Bas signifie une baisse du pouvoir d'achat des ménages.",
    "D'après Le Monde, le ministre Jean Morel souhaiterait reporter la réforme de deux ans.",
    # products and services: a speech verb's other sense, with a noun object or an offer
    "Le constructeur Valmont propose une nouvelle gamme de vélos électriques pour la rentrée.",
    "Le moteur V8 de la Valmont Turbo, développant 560 ch, a été dévoilé mardi par Paul Girard.",
    # a purpose infinitive of a passive: the test does not confirm anything
    "Un contrôle sanguin est effectué dans la foulée pour confirmer que le résultat est fiable.",
    # a bare number is not something said
    "Le gouvernement compte 12 gagnants. En comparaison, le rapport en annonçait 14.",
])
def test_speech_verbs_that_report_nothing(quote_pipeline, text):
    a = run(quote_pipeline, text)
    reported = [c for c in cues(a) if c.lower() not in ("d'après", "selon")]
    assert reported == [], a.quotes


def test_an_offering_verb_with_a_clause_or_an_infinitive_still_reports(quote_pipeline):
    a = run(quote_pipeline, "Le ministre Jean Morel a reçu les syndicats. Il a proposé que la réforme soit reportée.")
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "proposer" and speaker_name(a, q) == "Jean Morel"
    a = run(quote_pipeline, "Le ministre Jean Morel propose de relever l'âge légal de départ à 64 ans.")
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "proposer" and q.text.startswith("de relever")


def test_perception_verb_with_a_clause_still_reports(quote_pipeline):
    a = run(quote_pipeline, "Le ministre Jean Morel a visité le chantier. Il a observé que les travaux avançaient bien.")
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "observer" and q.text.startswith("que les travaux")
    assert speaker_name(a, q) == "Jean Morel"


def test_assurer_reports_an_infinitive_but_not_a_noun_object(quote_pipeline):
    a = run(quote_pipeline, "Le maire Paul Girard assure ne pas vouloir se représenter en mars.")
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "assurer" and speaker_name(a, q) == "Paul Girard"
    a = run(quote_pipeline, "Le ministre a présenté le chien. Dans un premier temps, il pourrait servir aux hôpitaux, "
                            "en assurant un double rôle pour les patients.")
    assert only(a, "indirect") == []


# -- a quotation is its own report ------------------------------------------------------------
def test_selon_after_a_quotation_attributes_the_quotation_only(quote_pipeline):
    a = run(quote_pipeline, "Le chômage baisse enfin, « une excellente nouvelle » selon l'économiste Paul Girard.")
    assert only(a, "indirect") == []
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Paul Girard"


@pytest.mark.parametrize("text", [
    # a fragment inside a longer clause of the writer
    "Au Japon, un procès peut durer « entre deux et trois ans » et les accusés sont presque toujours condamnés "
    "selon l'avocat Paul Girard.",
    # a quoted noun, not someone's words
    "Un « marchandage » indigne d'une démocratie, selon le député Paul Girard.",
])
def test_selon_after_a_fragment_reports_the_writer_sentence(quote_pipeline, text):
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "selon" and speaker_name(a, q) == "Paul Girard"
    assert q.text.startswith(("Au Japon", "Un « marchandage »"))


@pytest.mark.parametrize("text", [
    "Le maire Paul Girard a prévenu : « Nous ne céderons sur rien ».",
    "Le maire Paul Girard a prévenu : « Nous ne céderons sur rien », a-t-il dit.",
])
def test_colon_introduced_quotation_is_not_also_reported_speech(quote_pipeline, text):
    a = run(quote_pipeline, text)
    assert only(a, "indirect") == []
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"


def test_cue_relaying_a_quotation_with_its_own_incise_reports_nothing(quote_pipeline):
    text = ("Le maire Paul Girard a quitté ses fonctions. « Je dois me soigner. Je ne pourrai pas assumer mes mandats "
            "», avait-il écrit dans un communiqué, rappelle un article du Monde.")
    a = run(quote_pipeline, text)
    assert only(a, "indirect") == [], a.quotes


# -- gerunds ----------------------------------------------------------------------------------
def test_gerund_carries_the_report_not_the_verb_it_hangs_on(quote_pipeline):
    a = run(quote_pipeline, "Le maire Paul Girard a présenté son budget. Il conclut en expliquant qu'il ne "
                            "changera rien à son programme.")
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "expliquer" and q.text.startswith("qu'il ne changera")
    assert speaker_name(a, q) == "Paul Girard"


@pytest.mark.parametrize("text, speaker", [
    ("La ministre Claire Dubois reste prudente, expliquant que la réforme sera votée en juin.", "Claire Dubois"),
    # the gerund hangs inside a reported clause: the one who is convinced explains
    ("Le député Marc Lenoir a quitté son parti. Il reste convaincu que la réforme est bonne, expliquant qu'elle va "
     "dans le bon sens.", "Marc Lenoir"),
])
def test_gerund_after_a_comma_reports_for_the_subject(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "expliquer" and speaker_name(a, q) == speaker


# -- who speaks -------------------------------------------------------------------------------
def test_outlet_relaying_a_quotation_is_not_its_speaker(quote_pipeline):
    a = run(quote_pipeline, "Le syndicaliste Paul Girard hausse le ton : « Nous ne céderons sur rien, jamais », "
                            "rapporte Le Monde.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Girard"
    # with no one else named, the outlet is the source
    a = run(quote_pipeline, "« Nous ne céderons sur rien, jamais », rapporte Le Monde.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Le Monde"


def test_quoted_predicate_is_said_by_its_subject(quote_pipeline):
    a = run(quote_pipeline, "Le sénateur Marc Lenoir a quitté son parti. Il « refuse de servir de caution à cette "
                            "politique ».")
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Marc Lenoir"
    a = run(quote_pipeline, "Le projet « ne passera pas l'hiver » sans une aide publique.")
    (q,) = only(a, "partial")
    assert q.speaker is None  # a project does not speak


def test_a_document_named_otherwise_speaks_for_its_producer(quote_pipeline):
    a = run(quote_pipeline, "Un rapport de l'OCDE a été publié mardi à Paris. L'étude explique que la dette "
                            "publique va encore augmenter.")
    (q,) = only(a, "indirect")
    assert q.speaker.text == "L'étude" and speaker_name(a, q) == "OCDE"


@pytest.mark.parametrize("text, speaker", [
    ("Les organisations patronales sont très inquiètes. Selon elles, la réforme coûtera cher aux entreprises.",
     "Les organisations patronales"),
    # an object of the same sentence will do
    ("Si la colère gagne les organisations syndicales, c'est parce que selon elles, le texte a été écrit en secret.",
     "les organisations syndicales"),
])
def test_plural_pronoun_takes_a_plural_body(quote_pipeline, text, speaker):
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert q.speaker.text == speaker and q.speaker.entity is None
    assert q.text.startswith(("la réforme coûtera", "le texte a été écrit"))  # what follows "selon elles,"


def test_plural_pronoun_after_things_stays_unresolved(quote_pipeline):
    a = run(quote_pipeline, "Les mesures seront appliquées dès lundi. Selon elles, la situation va s'améliorer.")
    (q,) = only(a, "indirect")
    assert q.speaker.text == "elles" and q.speaker.entity is None


def test_inverted_cue_with_an_addressee_before_the_speaker(quote_pipeline):
    a = run(quote_pipeline, "A court terme, le Japon tente de convaincre ses partenaires, a indiqué à l'AFP un "
                            "diplomate européen à Tokyo.")
    (q,) = only(a, "indirect")
    assert q.speaker.text == "un diplomate européen" and q.text.startswith("A court terme, le Japon tente")


def test_prefixed_role_is_a_speaker(quote_pipeline):
    a = run(quote_pipeline, "Le ministre Paul Girard a présenté le budget. L'eurodéputé écologiste Marc Lenoir "
                            "était présent. L'eurodéputé a ensuite déploré que le budget des écoles soit réduit.")
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "Marc Lenoir"


def test_relative_qui_stands_for_the_name_just_before_it(quote_pipeline):
    a = run(quote_pipeline, "La Chine est le premier client de l'Australie qui dit craindre de voir son rival "
                            "gagner des parts de marché.")
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "dire" and speaker_name(a, q) == "Australie"
    assert "craindre de voir son rival" in q.text
    # a relative on a common noun that is no one stays out
    a = run(quote_pipeline, "C'est la première mesure qui annonce un vrai changement de politique.")
    assert only(a, "indirect") == []


def test_the_outlet_of_a_report_is_the_channel_not_the_speaker(quote_pipeline):
    a = run(quote_pipeline, "Selon Le Figaro, de nombreux experts réclament une réforme du système de retraite.")
    (q,) = only(a, "indirect")
    assert q.cue.lemma == "réclamer" and q.speaker.text == "de nombreux experts"
    a = run(quote_pipeline, "Selon Le Figaro, la réforme sera votée en mars par les députés.")
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "Le Figaro"


def test_comme_with_a_compound_tense_reports_the_clause_before(quote_pipeline):
    text = ("Dans le viseur du ministère, les aides aux entreprises, comme l'a confirmé au Courrier picard Marc "
            "Lenoir, porte-parole du groupe. « Il y a plus d'une dizaine de niches inutiles », énumérant certaines.")
    a = run(quote_pipeline, text)
    report = next(q for q in a.quotes if q.kind == "indirect" and q.cue is not None and q.cue.lemma == "confirmer")
    assert report.text.startswith("Dans le viseur du ministère") and speaker_name(a, report) == "Marc Lenoir"
    assert speaker_name(a, next(q for q in a.quotes if "dizaine" in q.text)) == "Marc Lenoir"


def test_reported_speech_inside_a_quotations_marks_is_that_quotation_once(quote_pipeline):
    text = "La ministre Anne Roux a présenté la réforme. Le syndicat l'a jugée « sage et mesurée »."
    a = run(quote_pipeline, text)
    assert [(q.kind, q.text) for q in a.quotes] == [("partial", "sage et mesurée")]


def test_the_antecedent_of_qui_is_the_name_before_a_participle_between_commas(quote_pipeline):
    text = ("Les fidèles comprennent la décision, saluée par la fondation Verneuil, basée au Caire, qui l'a "
            "jugée « sage et mesurée ».")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes] == ["fondation Verneuil"]


@pytest.mark.parametrize("opener", ["tandis que", "alors que", "mais"])
def test_an_object_content_ends_where_a_contrasting_clause_begins(quote_pipeline, opener):
    text = (f"Le texte a été adopté. L'ambassadeur Paul Verdier a dénoncé « un texte inutile », {opener} le "
            f"ministre Jean Morel a promis une aide de deux millions d'euros.")
    a = run(quote_pipeline, text)
    assert all("ministre" not in q.text for q in a.quotes), [(q.kind, q.text) for q in a.quotes]
    assert [(q.kind, q.text) for q in a.quotes if "inutile" in q.text] == [("partial", "un texte inutile")]


def test_a_round_up_of_reactions_gives_each_quotation_to_the_name_that_opens_its_item(quote_pipeline):
    text = ('La décision a suscité des réactions. - La CFTC "condamne la décision (...) elle défend le droit '
            'de manifester" (communiqué). - Paul Verdier, secrétaire général adjoint du syndicat Unité police : '
            '"C\'est très regrettable d\'interdire une manifestation" (sur France Info). - Jean Morel, député de '
            'la Nièvre et chef de file des "frondeurs" : "Je considère que c\'est une faute historique" (sur '
            'iTélé). - Anne Roux, députée de Moselle : cette décision est "un acte extrêmement grave" (sur LCP).')
    a = run(quote_pipeline, text)
    said = {q.text[:12]: speaker_name(a, q) for q in a.quotes if q.kind != "indirect" and q.text != "frondeurs"}
    assert said == {"condamne la ": "CFTC", "C'est très r": "Paul Verdier", "Je considère": "Jean Morel",
                    "un acte extr": "Anne Roux"}


def test_a_colon_after_a_description_without_a_name_labels_nothing(quote_pipeline):
    text = 'La décision est jugée "historique" par les commentateurs : le texte est "mort-né".'
    a = run(quote_pipeline, text)
    assert [q.speaker for q in a.quotes if q.text == "mort-né"] in ([], [None])


def test_a_countrys_government_speaks_for_the_country_the_article_names(quote_pipeline):
    text = ("La Norvège a pris des mesures. Les retours concernent 160.000 personnes, selon le gouvernement "
            "norvégien.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes] == ["Norvège"]


@pytest.mark.parametrize("source, body", [
    ("les chiffres du ministère de l'Intérieur", "ministère de l'Intérieur"),
    ("de nouvelles estimations de l'institut Ipsos", "institut Ipsos"),
    ("un comptage de l'université Johns Hopkins", "université Johns Hopkins"),
])
def test_figures_published_by_a_body_are_its_words(quote_pipeline, source, body):
    a = run(quote_pipeline, f"La participation à midi est stable, selon {source}.")
    assert [speaker_name(a, q) for q in a.quotes] == [body]


def test_ce_dernier_is_the_person_named_last_not_the_subject_before(quote_pipeline):
    text = ('Le candidat Paul Girard a rencontré le maire Jean Morel. Ce dernier a déclaré : "Nous sommes prêts". '
            'La ministre Anne Roux a reçu Claire Sorel. Cette dernière "ne lâchera rien", a-t-elle dit.')
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes] == ["Jean Morel", "Claire Sorel"]


@pytest.mark.parametrize("text, words, speaker", [
    ('Le président Paul Girard a dénoncé, mardi 12 juin, le "cynisme" de Rome.', "cynisme", "Paul Girard"),
    ('La ministre Anne Roux avait prôné la "patience" dans la guerre.', "patience", "Anne Roux"),
    ('La Fédération des maires se dit "particulièrement inquiète" et appelle les élus à agir.',
     "particulièrement inquiète", "Fédération des maires"),
    ('Le chancelier Paul Girard a qualifié le plan de "base de négociations", estimant que les prêts devaient '
     'être discutés.', "base de négociations", "Paul Girard"),
])
def test_a_short_fragment_a_speaker_takes_as_object_or_attribute_is_theirs(quote_pipeline, text, words, speaker):
    a = run(quote_pipeline, text)
    assert [(q.text, speaker_name(a, q)) for q in a.quotes if q.kind == "partial"] == [(words, speaker)]
    assert not [q for q in a.quotes if q.kind == "indirect" and ("appelle" in q.text or "», estimant" in q.text
                                                                 or '", estimant' in q.text)]


def test_a_document_speaks_for_the_agent_of_its_participle_and_a_verbless_opener_is_no_content(quote_pipeline):
    text = ("Le parquet de Paris enquête. Par ailleurs, selon un nouveau bilan communiqué jeudi par le parquet "
            "de Paris, au moins 40 Français ont été blessés.")
    a = run(quote_pipeline, text)
    assert [(q.text, speaker_name(a, q)) for q in a.quotes] == [
        ("au moins 40 Français ont été blessés", "parquet de Paris")]


@pytest.mark.parametrize("text, content, speaker", [
    ('Ces primes versées par les communes relèvent d\'une "bonne idée", a estimé le ministre Paul Girard.',
     'Ces primes versées par les communes relèvent d\'une "bonne idée"', "Paul Girard"),
    ('Il "transfère aux régions le soin de payer", a déclaré Julie Garnier.',
     'Il "transfère aux régions le soin de payer"', "Julie Garnier"),
    ('C\'est à l\'État "de payer", le rôle des villes "n\'est pas de compenser", a affirmé l\'association Villes '
     'de France.', 'C\'est à l\'État "de payer", le rôle des villes "n\'est pas de compenser"', "Villes de France"),
])
def test_a_clause_holding_quoted_fragments_is_reported_by_the_incise_after_it(quote_pipeline, text, content, speaker):
    a = run(quote_pipeline, text)
    assert [(q.text, speaker_name(a, q)) for q in only(a, "indirect")] == [(content, speaker)]
    assert {speaker_name(a, q) for q in only(a, "partial")} == {speaker}
    # guards: a whole quotation opening the sentence is no reported speech of the writer's, nor is a
    # fragment with only its determiner, nor a clause another report holds
    for text in ('"Je pars", a dit Paul Girard. "Nous verrons", a-t-il ajouté.',
                 'Une « bonne idée », a estimé Paul Girard.'):
        assert not only(run(quote_pipeline, text), "indirect")
    a = run(quote_pipeline, "Pour Julie Garnier, la réforme est « injuste », a ajouté Paul Girard.")
    assert {speaker_name(a, q) for q in only(a, "indirect")} == {"Julie Garnier"}


@pytest.mark.parametrize("text, content", [
    ('« Nous avançons », a-t-il insisté, promettant de « trouver un mécanisme » pour les ménages.',
     'de « trouver un mécanisme » pour les ménages'),
    ('Ces primes relèvent d\'une « bonne idée », a estimé le ministre Paul Girard, assurant que la mesure '
     'serait étendue.', "que la mesure serait étendue"),
])
def test_a_gerund_after_an_incise_reports_for_the_incise_s_speaker(quote_pipeline, text, content):
    a = run(quote_pipeline, "Le ministre Paul Girard était à Lyon. " + text)
    assert [speaker_name(a, q) for q in only(a, "indirect") if q.text == content] == ["Paul Girard"]


def test_a_gerund_after_coordinated_verbs_reports_for_their_subject(quote_pipeline):
    # guard: no incise, so the object of the verb before is no postposed subject
    a = run(quote_pipeline, "Paul Girard est arrivé mardi, a rencontré les syndicats, assurant que la réforme "
                            "serait retirée.")
    assert {speaker_name(a, q) for q in only(a, "indirect")} == {"Paul Girard"}
