"""Attribution cases: incises past a medium or an occasion, organisations as "il/elle", charges and
bill titles without speaker, "pour X" as a source, fragments inside reports, acting verbs.

Every sentence here was written for these tests; names and organisations are invented.
"""

from __future__ import annotations

import pytest

from quotes_support import only, quote_pipeline, run, speaker_name  # noqa: F401 (fixture)


def _quote(article, words):
    return next(q for q in article.quotes if q.kind != "indirect" and words in q.text)


# -- 1. a setting complement ("sur Twitter", "lors d'une conférence") before a postposed subject --
def test_incise_skips_a_medium_before_the_subject(quote_pipeline):
    text = ("Des élus ont réagi mardi. « Une décision injuste et brutale pour nos agriculteurs », a affirmé "
            "sur Twitter la sénatrice de l'Aude Martine Lavergne.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "décision injuste")) == "Martine Lavergne"


def test_incise_skips_an_occasion_with_a_complement(quote_pipeline):
    text = ("« Nous ne laisserons pas fermer cette usine », a de son côté déclaré lors d'une conférence de "
            "presse le maire de Rodez Paul Ferrand.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "laisserons pas")) == "Paul Ferrand"


# -- 2. "le ministère", "la banque": the organisation named in full before -------------------------
def test_definite_organisation_noun_is_the_organisation_named_before(quote_pipeline):
    text = ("Le ministère de la Santé a publié mardi un bilan. Selon le ministère, « la situation reste "
            "préoccupante » dans plusieurs régions.")
    a = run(quote_pipeline, text)
    q = _quote(a, "situation reste")
    assert q.speaker.text == "le ministère"
    assert speaker_name(a, q) == "ministère de la Santé"


# -- 3. a pronoun for an organisation that is the subject just before ----------------------------
def test_pronoun_stands_for_the_organisation_subject_before(quote_pipeline):
    text = ("Mardi, la Banque de France a de son côté estimé que le chômage devrait dépasser 10 % fin 2021. "
            "Et il faudra, selon elle, attendre 2023 pour revenir au niveau d'avant-crise.")
    a = run(quote_pipeline, text)
    reports = only(a, "indirect")
    assert [speaker_name(a, q) for q in reports] == ["Banque de France", "Banque de France"]
    assert reports[1].speaker.text == "elle"


def test_pronoun_after_a_person_subject_is_still_the_person(quote_pipeline):
    text = "La ministre Anne Girard a rencontré les syndicats. Selon elle, la réforme sera votée avant l'été."
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert speaker_name(a, q) == "Anne Girard"


# -- 4. a subject cut short by the parse is the whole name the entity layer knows ----------------
def test_speaker_is_the_whole_entity_not_a_first_name(quote_pipeline):
    text = ("Un « choc sévère ». C'est ainsi que Bruno Le Maire a décrit mardi les effets de la crise sur "
            "le tourisme.")
    a = run(quote_pipeline, text)
    reports = only(a, "indirect")
    assert reports
    for q in reports:
        assert q.speaker.text == "Bruno Le Maire"
        assert speaker_name(a, q) == "Bruno Le Maire"


# -- 5. the wording of a charge or of a legal text is nobody's words ------------------------------
def test_quoted_charge_after_a_conviction_has_no_speaker(quote_pipeline):
    text = ("Le journaliste Karim Saadi a été condamné à trois ans de prison pour « atteinte à la sécurité "
            "de l'Etat », a annoncé son avocat Marc Dupuis.")
    a = run(quote_pipeline, text)
    assert not [q for q in a.quotes if q.kind != "indirect" and "atteinte" in q.text]


def test_quoted_charge_after_accusation_de_has_no_speaker(quote_pipeline):
    text = ("Selon le parquet, il est poursuivi sous l'accusation d'« espionnage au profit d'une puissance "
            "étrangère ».")
    a = run(quote_pipeline, text)
    assert not [q for q in a.quotes if q.kind == "partial"]


def test_wording_of_a_bill_has_no_speaker(quote_pipeline):
    text = ("Les sénateurs ont voté un projet de loi d'urgence « portant diverses mesures de soutien aux "
            "entreprises », a indiqué le ministre Paul Girard.")
    a = run(quote_pipeline, text)
    assert not [q for q in a.quotes if q.kind == "partial"]


def test_a_quoted_reason_without_charge_keeps_its_speaker(quote_pipeline):
    text = "Le maire Paul Girard a dit qu'il avait agi pour « protéger les habitants du quartier »."
    a = run(quote_pipeline, text)
    (q,) = only(a, "partial")
    assert speaker_name(a, q) == "Paul Girard"


# -- 6. a fragment without a cue inside someone's inverted report is theirs ----------------------
def test_fragment_inside_an_inverted_report_takes_its_speaker(quote_pipeline):
    text = ("Comme « plusieurs témoins doivent encore être entendus » dans ce dossier, le procès pourrait "
            "être reporté à l'automne, a estimé l'avocat Jean Morel.")
    a = run(quote_pipeline, text)
    q = _quote(a, "plusieurs témoins")
    assert q.kind == "partial"
    assert speaker_name(a, q) == "Jean Morel"


def test_quoted_noun_inside_a_report_stays_a_term(quote_pipeline):
    text = "Le préfet Louis Marchand a affirmé que les « zones blanches » seraient couvertes d'ici à 2022."
    a = run(quote_pipeline, text)
    assert not only(a, "partial")


# -- 7. "Pour X, …" opening a clause reports X's view, like "selon X" -----------------------------
def test_pour_a_named_person_is_a_source(quote_pipeline):
    text = "Pour le député Paul Girard, cette réforme va « pénaliser les plus modestes »."
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert ind.cue.lemma == "pour"
    assert speaker_name(a, ind) == "Paul Girard"
    assert speaker_name(a, _quote(a, "pénaliser")) == "Paul Girard"


def test_pour_a_pronoun_is_a_source(quote_pipeline):
    text = "La présidente Hélène Roux a répondu aux syndicats. Pour elle, la négociation est terminée."
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "indirect") if q.cue.lemma == "pour"] == ["Hélène Roux"]


def test_pour_a_purpose_or_a_time_is_no_source(quote_pipeline):
    for text in ("Pour la première fois, la rentrée aura lieu un lundi.",
                 "Pour les enfants, la cantine sera gratuite dès septembre.",
                 "Il a acheté des fleurs pour sa mère, qui est malade."):
        a = run(quote_pipeline, text)
        assert not [q for q in a.quotes if q.cue is not None and q.cue.lemma == "pour"], text


# -- 8. "…, X, pour qui « … »": the antecedent of the relative speaks ------------------------------
def test_pour_qui_gives_the_quotation_to_the_name_before(quote_pipeline):
    text = ("« Nous attendons des actes », a déclaré sur France Inter la maire de Lille Claire Martin, "
            "pour qui « les promesses ne suffisent plus ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Nous attendons")) == "Claire Martin"
    assert speaker_name(a, _quote(a, "promesses ne suffisent")) == "Claire Martin"


def test_pour_qui_after_a_phrase_ending_on_a_place_gives_the_whole_phrase(quote_pipeline):
    text = ("Les détenus libérés reprendront les armes, selon un officier rebelle installé au Soudan, "
            "pour qui « personne ne doit en douter ».")
    a = run(quote_pipeline, text)
    q = _quote(a, "personne ne doit")
    assert q.speaker.text == "un officier rebelle installé au Soudan" and q.speaker.entity is None
    # guard: a person's name after a preposition is still the antecedent
    a = run(quote_pipeline, "Il a rendu hommage à Jacques Lenoir, pour qui « la France est une idée ».")
    assert speaker_name(a, _quote(a, "la France est")) == "Jacques Lenoir"


def test_pour_after_quoted_words_inside_a_sentence_is_no_source(quote_pipeline):
    text = ("Les rebelles relâchés constituent une « menace en suspens » pour les autorités locales, "
            "estime Jonas Vettrup.")
    a = run(quote_pipeline, text)
    assert not [q for q in a.quotes if q.cue is not None and q.cue.lemma == "pour"]
    assert {speaker_name(a, q) for q in a.quotes} == {"Jonas Vettrup"}
    # the noun phrase after "une", quoted once, is the judgement of the source named after
    assert [q.text for q in only(a, "partial")] == ["menace en suspens"]
    # guard: after a quoted sentence, "Pour X," opens a new clause and gives X's view
    a = run(quote_pipeline, "« Nous partirons demain. » Pour le ministre Paul Girard, cette décision est "
                            "une erreur.")
    assert [speaker_name(a, q) for q in a.quotes if q.cue is not None and q.cue.lemma == "pour"] == ["Paul Girard"]


def test_an_impersonal_il_est_ecrit_goes_on_with_the_document_quoted_before(quote_pipeline):
    text = ("La newsletter féministe Les Vigilantes relance son appel. « Les écarts restent grands », peut-on "
            "lire dans la newsletter. « La lutte est sérieuse », est-il également écrit.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["Les Vigilantes", "Les Vigilantes"]
    # the document named after the impersonal verb speaks
    a = run(quote_pipeline, "La romancière Ilsa Moor publie un conte. « Le livre paraîtra en mai », est-il "
                            "indiqué dans un communiqué.")
    assert only(a, "direct")[0].speaker.text == "un communiqué"
    # guard: an active "a-t-il ajouté" is a man's words
    a = run(quote_pipeline, "« Nous partirons », a dit Paul Girard. « La lutte est sérieuse », a-t-il ajouté.")
    assert [speaker_name(a, q) for q in only(a, "direct")] == ["Paul Girard", "Paul Girard"]


# -- 9. a quoted heading repeats words its paragraph attributes ----------------------------------
def test_heading_repeating_a_quotation_takes_its_speaker(quote_pipeline):
    text = ("Le syndicaliste Paul Girard a rencontré la ministre Hélène Roux lundi.\n\n"
            "« Une réforme sans aucune concertation »\n\n"
            "« Nous refusons une réforme sans aucune concertation avec les salariés », écrit mardi le "
            "secrétaire général Marc Dubreuil dans une lettre ouverte.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Une réforme sans")) == "Marc Dubreuil"


# -- 10. kind: a quotation coordinated with a whole utterance is one too ---------------------------
def test_quotation_coordinated_with_an_utterance_is_direct(quote_pipeline):
    text = ("« La décision était prévisible » et « personne ne pourra dire qu'il ne savait pas », a ajouté "
            "le sénateur Marc Dubreuil.")
    a = run(quote_pipeline, text)
    assert [q.kind for q in a.quotes if q.kind != "indirect"] == ["direct", "direct"]
    assert {speaker_name(a, q) for q in a.quotes} == {"Marc Dubreuil"}


def test_fragments_coordinated_in_the_writers_sentence_stay_partial(quote_pipeline):
    text = "Le ministre Paul Girard a évoqué un « plan ambitieux » et « des mesures fortes » pour l'emploi."
    a = run(quote_pipeline, text)
    assert [q.kind for q in a.quotes if q.kind != "indirect"] == ["partial", "partial"]


# -- 11. the writer's clause holding a charge is reported by the inverted cue ----------------------
def test_clause_with_a_quoted_charge_is_reported_by_the_inverted_cue(quote_pipeline):
    text = ("Le militant a été condamné à deux ans de prison pour « trouble à l'ordre public », a déclaré "
            "samedi à l'AFP son avocat Marc Dupuis.")
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert ind.text.startswith("Le militant a été condamné")
    assert speaker_name(a, ind) == "Marc Dupuis"


# -- 12. verbs that act rather than speak with a noun object ----------------------------------------
def test_acting_verbs_with_a_noun_object_are_no_report(quote_pipeline):
    for text in ("Le gouvernement anticipe la suppression de 5 000 postes dans la fonction publique.",
                 "Le tribunal a condamné trois prévenus à des peines de prison ferme.",
                 "Le bureau du parti a prononcé deux exclusions depuis janvier."):
        a = run(quote_pipeline, text)
        assert not only(a, "indirect"), text


def test_acting_verbs_with_a_clause_still_report(quote_pipeline):
    text = "Le ministre Paul Girard anticipe que le chômage dépassera 10 % à la fin de l'année."
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert speaker_name(a, ind) == "Paul Girard"


# -- 13. a gerund speaks for the subject of the main clause, not of a subordinate one --------------
def test_gerund_fragment_belongs_to_the_main_subject(quote_pipeline):
    text = ("Le ministère de la Culture a vivement réagi vendredi au fait que la Commission a présenté le "
            "peintre Paul Girard comme un Italien, déplorant « une grave erreur ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "grave erreur")) == "ministère de la Culture"


def test_gerund_after_a_simple_clause_keeps_its_subject(quote_pipeline):
    text = "La syndicaliste Anne Girard a quitté la réunion, dénonçant « un simulacre de dialogue »."
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "simulacre")) == "Anne Girard"


# -- 14. "selon la même source": the source named just before -------------------------------------
def test_the_same_source_is_the_last_source(quote_pipeline):
    text = ("Les ventes ont reculé de 5 %, a indiqué le ministère de l'Agriculture. Les exportations ont "
            "progressé de 2 %, selon la même source.")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in only(a, "indirect")] == ["ministère de l'Agriculture"] * 2


# -- 15. "Pour X," right after a quotation still opens a clause ------------------------------------
def test_pour_after_a_closing_mark_reports_the_clause(quote_pipeline):
    text = ("« Nous irons jusqu'au bout », a lancé le syndicaliste Paul Girard. Pour lui, la direction "
            "« n'a rien compris » aux attentes des salariés.")
    a = run(quote_pipeline, text)
    reports = [q for q in only(a, "indirect") if q.cue.lemma == "pour"]
    assert [speaker_name(a, q) for q in reports] == ["Paul Girard"]
    assert speaker_name(a, _quote(a, "rien compris")) == "Paul Girard"


# -- an utterance set in the writer's clause without a cue: the clause's subject speaks ----------
def test_an_utterance_object_of_the_clause_is_the_subjects_words(quote_pipeline):
    text = ("Martine Lavergne a ironisé sur le scrutin. Elle a encouragé ses abonnés à respecter « les consignes "
            "du préfet. Restez chez vous et n'allez pas voter demain ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Restez chez vous")) == "Martine Lavergne"


def test_a_title_in_the_writers_clause_stays_without_speaker(quote_pipeline):
    a = run(quote_pipeline, "Martine Lavergne a relu « Les Misérables » pendant les vacances.")
    assert not [q for q in a.quotes if "Misérables" in q.text and q.speaker is not None]


def test_an_inverted_pronoun_spelt_with_an_apostrophe(quote_pipeline):
    a = run(quote_pipeline, "Paul Ferrand était présent. « Je ne connaissais pas le tracé », a-t'il commenté.")
    assert speaker_name(a, _quote(a, "tracé")) == "Paul Ferrand"


def test_a_slogan_named_inside_a_report_keeps_no_speaker(quote_pipeline):
    text = ("Le parti a défilé derrière la banderole « Europe first » samedi à Paris, a expliqué Paul Ferrand "
            "à la presse réunie devant le siège.")
    a = run(quote_pipeline, text)
    assert [q.speaker for q in a.quotes if q.text == "Europe first"] in ([], [None])


def test_incise_skips_a_date_before_the_speaker(quote_pipeline):
    text = ("Le député Marc Lenoir soutient la démarche. « J'aimerais qu'il soit entendu », a plaidé dimanche "
            "21 janvier sur BFMTV le député de la Nièvre.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "soit entendu")) == "Marc Lenoir"


def test_a_relative_clause_does_not_govern_the_fragment_after_it(quote_pipeline):
    text = ("Claire Vautrin critique son ancien parti. Elle estime que le maire Paul Roux, qui a appelé à "
            "voter pour la majorité, « a donné le coup de grâce » à la droite, et prédit que les cadres suivront "
            "« pour sauver leur siège ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "coup de grâce")) == "Claire Vautrin"
    assert speaker_name(a, _quote(a, "sauver leur siège")) == "Claire Vautrin"


def test_a_quoted_epithet_is_the_words_of_who_gives_it(quote_pipeline):
    text = ("La présidence a qualifié l'ouvrage de « mensonger ». Le texte, jugé « liberticide » par le sénateur "
            "Marc Lenoir, a été voté.")
    a = run(quote_pipeline, text)
    speakers = {q.text: (speaker_name(a, q) or "") for q in a.quotes if q.kind == "partial"}
    assert speakers["liberticide"] == "Marc Lenoir" and speakers["mensonger"].lower() == "la présidence"


def test_a_document_of_a_body_named_before_speaks_for_it(quote_pipeline):
    text = ("Le ministère de l'Économie a publié un arrêté. Mais selon un communiqué du ministère, le texte "
            "« n'a rien de définitif ».")
    a = run(quote_pipeline, text)
    (ind,) = only(a, "indirect")
    assert speaker_name(a, ind) == "ministère de l'Économie"


def test_a_quoted_qualifier_inside_reported_speech_is_the_sources_words(quote_pipeline):
    text = "Emmanuel Macron a annoncé jeudi sa volonté de réduire « fortement » le nombre de décorations."
    a = run(quote_pipeline, text)
    q = _quote(a, "fortement")
    assert q.kind == "partial" and speaker_name(a, q) == "Emmanuel Macron"


def test_a_quoted_noun_inside_reported_speech_stays_a_term(quote_pipeline):
    a = run(quote_pipeline, "Le ministre Paul Girard a annoncé la fin des « gilets jaunes » sur les ronds-points.")
    assert not any("gilets jaunes" in q.text and q.kind != "indirect" for q in a.quotes)


def test_an_epithet_verb_coordinated_after_a_reported_clause_keeps_the_reporter(quote_pipeline):
    text = ("Le Conseil constitutionnel a considéré que certaines dispositions pouvaient « inciter les "
            "opérateurs à retirer les contenus », et a jugé « particulièrement bref » le délai imposé.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "particulièrement bref")) == "Conseil constitutionnel"


def test_an_outlet_noun_opening_the_body_is_the_outlet_named_after(quote_pipeline):
    text = ("Le quotidien explique que la presse ne sera pas conviée à la cérémonie. Emmanuel Macron veut "
            "une cérémonie sobre, écrit encore Le Figaro.")
    a = run(quote_pipeline, text)
    first = min((q for q in a.quotes if q.kind == "indirect"), key=lambda q: q.start)
    assert speaker_name(a, first) == "Le Figaro"


def test_the_object_of_a_gerund_after_a_quotation_is_not_its_speaker(quote_pipeline):
    text = "La députée Olivia Grégoire a parlé. « Il y a dix niches », énumérant certaines niches fiscales."
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "dix niches")) in (None, "Olivia Grégoire")


def test_an_office_of_a_place_is_the_person_who_just_spoke(quote_pipeline):
    text = ("« Il faut agir », a déclaré mercredi Damien Abad sur CNews. « La porte restera ouverte », a "
            "ajouté le député de l'Ain.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "porte restera")) == "Damien Abad"


def test_an_office_of_a_place_with_no_one_to_hold_it_stays_unresolved(quote_pipeline):
    a = run(quote_pipeline, "« La porte restera ouverte », a ajouté le maire de Nice.")
    assert speaker_name(a, _quote(a, "porte restera")) == "le maire de Nice"


def test_a_kind_noun_stands_for_the_organisation_of_that_kind_named_before(quote_pipeline):
    text = ("La CGT a publié un communiqué contre le Front national. « Elles instrumentalisent la colère "
            "sociale », écrit le syndicat dirigé par Philippe Martinez.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "instrumentalisent")) == "CGT"


@pytest.mark.parametrize("text, words", [
    ("« Il ne faut pas se démobiliser », a souligné mardi Jean Castex. Pour endiguer l'épidémie, « il est "
     "indispensable que les gens se fassent tester ».", "indispensable"),
    ("« Le second tour appelle un rassemblement », a déclaré Thomas Cazenave. Il s'agit d'« unir nos forces ».",
     "unir nos forces"),
])
def test_a_fragment_that_reads_as_speech_continues_the_speaker(quote_pipeline, text, words):
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, words)) in ("Jean Castex", "Thomas Cazenave")


def test_a_title_or_a_name_in_quotes_gets_no_continued_speaker(quote_pipeline):
    text = ("« Nous irons jusqu'au bout », a déclaré Jean Castex. Il était l'invité de l'émission « Vous avez la "
            "parole » sur France 2.")
    a = run(quote_pipeline, text)
    assert all(speaker_name(a, q) is None for q in a.quotes if "avez la parole" in q.text)


# -- an incise inside the quotation marks (the marks around it lost) ---------------------------------
def test_incise_inside_the_marks_attributes_and_cuts_the_quotation(quote_pipeline):
    text = ("Plusieurs députés ont réagi. « Ces messages stigmatisent des milliers de gens, explique Paul Ferrand "
            "au Courrier picard. Il ne faut pas laisser croire que tout le groupe pense ainsi. »")
    a = run(quote_pipeline, text)
    first, second = _quote(a, "Ces messages"), _quote(a, "Il ne faut pas")
    assert first.text == "Ces messages stigmatisent des milliers de gens"
    assert "explique" not in second.text and second.text.startswith("Il ne faut pas")
    assert speaker_name(a, first) == speaker_name(a, second) == "Paul Ferrand"
    assert first.cue is not None and first.cue.lemma == "expliquer"


def test_incise_closing_the_quotation_cuts_nothing(quote_pipeline):
    text = "« Nous ne céderons sur rien, a déclaré Paul Ferrand. »"
    a = run(quote_pipeline, text)
    quotes = [q for q in a.quotes if q.kind != "indirect"]
    assert len(quotes) == 1 and quotes[0].text.startswith("Nous ne céderons sur rien")


# -- the addressee of an answer is not its speaker --------------------------------------------------
def test_journalist_addressed_by_a_role_noun_is_not_the_speaker(quote_pipeline):
    text = ("Interrogé lundi sur RMC, l'épidémiologiste Marc Lenoir a, à l'inverse, répondu au journaliste "
            "Paul Girard : « D'un point de vue sanitaire, oui, le masque protège. »")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "point de vue sanitaire")) == "Marc Lenoir"
    assert all(speaker_name(a, q) != "Paul Girard" for q in a.quotes)


# -- a quotation opening the story before anyone speaks: the headline's person ----------------------
def test_opening_quotation_is_the_headline_persons(quote_pipeline):
    text = ("« Le président a pris tout le pouvoir de l'Assemblée » car « le député est élu avec lui ». Invité "
            "dimanche sur France 3, l'ancien ministre Marc Lenoir est revenu sur les institutions.")
    a = run(quote_pipeline, text, title="Marc Lenoir veut réformer l'Assemblée")
    assert speaker_name(a, _quote(a, "a pris tout le pouvoir")) == "Marc Lenoir"


def test_opening_quotation_without_a_person_in_the_headline_keeps_no_speaker(quote_pipeline):
    text = ("« Le président a pris tout le pouvoir de l'Assemblée. » Invité dimanche sur France 3, l'ancien "
            "ministre Marc Lenoir est revenu sur les institutions.")
    a = run(quote_pipeline, text, title="Les institutions en débat")
    assert _quote(a, "a pris tout le pouvoir").speaker is None


# -- "dit t-il": the euphonic t written apart --------------------------------------------------------
def test_gerund_after_an_inverted_pronoun_speaks_for_it(quote_pipeline):
    text = ("Le député Marc Lenoir distribue des fromages. Parce « chaque député est un morceau de la France », "
            "dit t-il pour expliquer sa démarche, avançant qu'il a des soutiens de « tous les bords politiques ».")
    a = run(quote_pipeline, text)
    report = next(q for q in a.quotes if q.kind == "indirect" and "soutiens" in q.text)
    assert speaker_name(a, report) == "Marc Lenoir"


# -- a description, then the name it describes between commas ---------------------------------------
def test_apposed_name_after_a_description_speaks(quote_pipeline):
    text = ("« Combien faudra-t-il de médecins agressés pour que l'État réagisse ? », a réagi un syndicat de "
            "médecins, la FMSL, dans un communiqué.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Combien faudra")) == "FMSL"


# -- a name holding a particle ("Le", "La") ends a postposed speaker phrase, not the particle -------
def test_postposed_speaker_name_with_a_particle_after_an_affiliation(quote_pipeline):
    text = "« Ce débat n'a aucun sens », a jugé le patron des sénateurs LR Pierre-Yves Le Borgn sur France Inter."
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "débat")) == "Pierre-Yves Le Borgn"


# -- a title with a participle and joined portfolios before the name it titles ----------------------
def test_postposed_title_with_a_participle_and_portfolios_ends_on_its_name(quote_pipeline):
    text = ("Autour de lui, le directeur de cabinet du Premier ministre, Marc Lenoir, suit les chantiers. « C'est de "
            "très bonne politique », a de son côté commenté sur BFMTV le ministre chargé de la Ville et du Logement "
            "Paul Girard.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "bonne politique")) == "Paul Girard"


# -- a quoted predicate after an organisation's name: its words -------------------------------------
def test_quoted_predicate_after_an_organisation_is_its_words(quote_pipeline):
    text = ("L'Ordre des avocats « appelle chaque confrère menacé » à « porter plainte », alors que seuls 30 % "
            "l'ont fait l'an dernier.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "appelle chaque")) == "Ordre des avocats"


# -- A quotation opening on the participle of an auxiliary written before it -------------------
def test_a_quoted_participle_after_an_auxiliary_is_the_words_of_its_subject(quote_pipeline):
    text = ("Le maire, Paul Girard, a lui aussi « condamné l'attaque terroriste de Barcelone » "
            "et a assuré que « la ville fera tout ce qui est nécessaire ».")
    a = run(quote_pipeline, text)
    assert [speaker_name(a, q) for q in a.quotes if q.kind == "partial"] == ["Paul Girard", "Paul Girard"]


def test_a_quoted_participle_after_a_common_noun_subject_stays_unattributed(quote_pipeline):
    a = run(quote_pipeline, "L'enquête a « permis d'établir les faits ».")
    assert [q.speaker for q in a.quotes] == [None]


@pytest.mark.parametrize("text, words", [
    ("La ministre Claire Morel a affirmé lundi que la réouverture était un « espoir ».", "espoir"),
    ("Le député Paul Girard a assuré que des « sanctions » seraient prises.", "sanctions"),
])
def test_a_noun_quoted_once_in_reported_speech_is_the_sources(quote_pipeline, text, words):
    a = run(quote_pipeline, text)
    q = _quote(a, words)
    assert q.kind == "partial" and speaker_name(a, q) in ("Claire Morel", "Paul Girard")


def test_a_quoted_word_the_article_uses_again_is_a_label(quote_pipeline):
    text = ("Le député Paul Girard a estimé que la mesure visait les « zadistes ». Les zadistes occupent "
            "le site depuis mai.")
    a = run(quote_pipeline, text)
    assert not any(q.text == "zadistes" for q in a.quotes)


def test_fragments_after_an_adverbial_phrase_and_coordinated_share_the_source(quote_pipeline):
    text = ("L'évêque Paul Girard exhorte les croyants, dans un message lu samedi, à « ouvrir leur cœur aux "
            "migrants », dénonçant au passage « l'égoïsme » et « la peur » de ceux qui ferment les frontières.")
    a = run(quote_pipeline, text)
    for words in ("l'égoïsme", "la peur"):
        q = _quote(a, words)
        assert q.kind == "partial" and speaker_name(a, q) == "Paul Girard"


def test_a_gerund_opening_the_sentence_speaks_for_the_subject_after_it(quote_pipeline):
    text = ("Le ministre Paul Girard était à Lyon. Évoquant un homme « dépourvu de toute arrogance », "
            "le ministre a estimé que le pays lui devait beaucoup.")
    a = run(quote_pipeline, text)
    q = _quote(a, "dépourvu de toute arrogance")
    assert speaker_name(a, q) == "Paul Girard"


def test_a_short_prepositional_phrase_before_the_incise_keeps_its_speaker(quote_pipeline):
    text = ("Le ministre a été interrogé par France Info. « Nous n'avons rien retenu » à ce sujet, a déclaré "
            "la présidente de la commission, Claire Morel, lors d'un point de presse.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Nous n'avons rien retenu")) == "Claire Morel"


def test_a_statement_noun_after_a_quotation_names_its_owner(quote_pipeline):
    text = ("« Il faut tout revoir. » Cette phrase du député Paul Girard, citée par Le Monde, a fait réagir "
            "la ministre Claire Morel.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Il faut tout revoir.")) == "Paul Girard"


def test_people_of_a_trade_speak_as_a_group(quote_pipeline):
    a = run(quote_pipeline, "Dans la Loire, 124 personnes ont été évacuées, ont indiqué les pompiers.")
    (q,) = only(a, "indirect")
    assert q.speaker.text == "les pompiers" and q.speaker.entity is None


def test_pour_a_counted_group_gives_its_view(quote_pipeline):
    a = run(quote_pipeline, "Pour les deux principaux syndicats de juges, le ministre cherche à affaiblir la justice.")
    (q,) = only(a, "indirect")
    assert q.speaker.text == "les deux principaux syndicats de juges"
    # guard: a price or a count of anything else opens no view
    for text in ("Pour 2 euros, le ministre vend la réforme.",
                 "Pour les 40 ans du Parti socialiste, Paul Girard a prononcé un discours."):
        assert only(run(quote_pipeline, text), "indirect") == [], text


# -- held-out 22: gerunds after incises, fragments in reports, glosses, colons, relatives --
def test_a_gerund_after_an_incise_reports_for_the_incise_speaker(quote_pipeline):
    text = ("« Ils ne sont plus des membres actifs », a expliqué le palais, ajoutant que le couple avait "
            "donné son accord au remboursement.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "indirect")
    assert q.speaker.text == "le palais" and q.text.startswith("que le couple")
    text = "Paul Girard est excédé. « On m'a livré 14 pizzas », renchérit-il, précisant qu'il refuse ces commandes."
    (q,) = only(run(quote_pipeline, text), "indirect")
    assert q.text.startswith("qu'il refuse")
    # guard: a gerund whose clause's subject is a thing reports nothing
    assert only(run(quote_pipeline, "Une chute des ventes, rappelant que la crise dure, a été observée."),
                "indirect") == []


def test_a_gerund_after_an_inverted_clitic_speaks_for_it(quote_pipeline):
    text = ("Paul Girard a été interrogé. « Il y a un vrai sujet », a-t-il reconnu, en promettant des mesures "
            "pour inventer « une réponse immédiate ».")
    (q,) = only(run(quote_pipeline, text), "indirect")
    assert q.speaker.text == "il" and q.text.startswith("des mesures")


@pytest.mark.parametrize("text, words, speaker", [
    ("Le président Paul Girard a dit vendredi avoir « la conscience tranquille » sur sa gestion.",
     "la conscience tranquille", "Paul Girard"),
    ("Dans une lettre ouverte, ces groupes ont affirmé être « fortement préoccupés » par le texte.",
     "fortement préoccupés", "ces groupes"),
    ("Les parents avaient appelé mardi au « calme » après les menaces.", "calme", "Les parents"),
    ("L'ancien député Paul Girard a parlé lundi de « parfait coup d'État judiciaire ».",
     "parfait coup d'État judiciaire", "Paul Girard"),
    ("Elle souligne que « Harry restera un membre cher ». Reconnaissant « les défis » auxquels ils ont dû faire "
     "face, la reine affirme soutenir « leur souhait ».", "les défis", "la reine"),
])
def test_a_fragment_a_speech_verb_governs_is_the_speakers(quote_pipeline, text, words, speaker):
    a = run(quote_pipeline, text)
    q = _quote(a, words)
    assert q.kind == "partial" and speaker_name(a, q) == speaker


def test_a_name_given_in_a_report_stays_a_name(quote_pipeline):
    text = ("Claire Morel annonce qu'elle va diriger une collection qui s'appellera « Raison de plus ».")
    assert not any(q.text == "Raison de plus" for q in run(quote_pipeline, text).quotes)


def test_a_gloss_between_a_quotation_and_its_incise(quote_pipeline):
    text = ("« Il a la même forme que les autres shed », ces toits en dents de scie des anciennes usines, "
            "souligne l'architecte Pierre Lynde.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "la même forme")) == "Pierre Lynde"
    # guard: a clause between them is no gloss
    a = run(quote_pipeline, "« Nous gagnerons », la foule applaudit, dit Paul Girard.")
    assert speaker_name(a, _quote(a, "Nous gagnerons")) != "Paul Girard"


def test_a_thing_described_before_a_colon_does_not_speak(quote_pipeline):
    text = ("« On m'a livré 14 pizzas », raconte Paul Girard. Une situation qui dure et qui tourne au "
            "cauchemar : « Je n'en dors plus ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Je n'en dors plus")) == "Paul Girard"
    # guard: a person described by a relative clause before the colon speaks
    a = run(quote_pipeline, "Le ministre Paul Girard, qui a été clair : « Nous ne céderons pas ».")
    assert speaker_name(a, _quote(a, "Nous ne céderons pas")) == "Paul Girard"


def test_a_setting_hung_on_the_subject_is_not_the_speaker(quote_pipeline):
    text = ("Dans la Syrie en guerre, le doyen de la faculté de médecine de Damas Noubough al-Awa évoque une "
            "situation « terrifiante ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "terrifiante")) == "Noubough al-Awa"


def test_a_subject_hung_on_an_inserted_participle(quote_pipeline):
    text = ("Le procès a fait réagir. Du côté du RN, l'ancien eurodéputé Paul Girard, mis en examen dans "
            "l'affaire des emplois présumés fictifs du parti, a parlé lundi de « coup d'État judiciaire ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "coup d'État judiciaire")) == "Paul Girard"


def test_a_role_in_an_incise_after_a_named_subject_before_the_quotation(quote_pipeline):
    text = ("Paul Girard a critiqué l'émission de Marc Lenoir. Un peu plus tard, Paul Girard a insisté sur "
            "Twitter, « je tiens à m'en excuser », a écrit le maire de Nice. L'émission de Marc Lenoir "
            "sera diffusée vendredi.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "je tiens à m'en excuser")) == "Paul Girard"


@pytest.mark.parametrize("verb", ["s'enthousiasme", "s'émerveille"])
def test_more_incise_verbs(quote_pipeline, verb):
    a = run(quote_pipeline, f"« C'est magnifique », {verb} Paul Girard, père de famille.")
    assert speaker_name(a, _quote(a, "C'est magnifique")) == "Paul Girard"


def test_quoted_letters_are_nobodys_words(quote_pipeline):
    text = ("L'Officiel des prénoms révèle que l'heure est aux prénoms courts, avec une terminaison en « a » "
            "pour les filles ou « ia », et en « o » pour les garçons.")
    a = run(quote_pipeline, text)
    assert not [q for q in a.quotes if q.kind != "indirect"]


@pytest.mark.parametrize("text, words, speaker", [
    ("Les syndicats ont dénoncé ce qu'ils appellent « une provocation inacceptable ».",
     "une provocation inacceptable", "Les syndicats"),
    ("Le gouvernement, qui a tranché : « Il n'y aura pas de report ».", "Il n'y aura pas de report",
     "Le gouvernement"),
    ("Interrogé sur RTL, Paul Girard a répondu « ok » sans plus de commentaire.", "ok", "Paul Girard"),
])
def test_guards_of_held_out_22_classes_keep_speech(quote_pipeline, text, words, speaker):
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, words)) == speaker


@pytest.mark.parametrize("text, words", [
    ("Paul Girard a refusé de parler de « l'affaire » lors de la conférence.", "l'affaire"),
    ("Le ministre Paul Girard a dit avoir lu « le rapport Borloo » avec attention.", "le rapport Borloo"),
])
def test_guards_of_held_out_22_classes_keep_terms(quote_pipeline, text, words):
    assert not any(q.text == words for q in run(quote_pipeline, text).quotes)


def test_an_unqualified_plural_group_speaks_a_qualified_one_does_not(quote_pipeline):
    a = run(quote_pipeline, "Les groupes sanguins rares, selon l'étude, indiquent que le risque est plus faible.")
    assert all(q.speaker is None or "groupes" not in q.speaker.text for q in a.quotes)


# -- held-out 23: party positions beside a mandate, fronted participles, reports after "Selon", seats --
def test_a_party_position_leaves_the_mandate_open(quote_pipeline):
    text = ("« Il ne faut pas se tromper », a lancé Paul Girard, délégué général du parti. "
            "« Elle doit être respectueuse des sensibilités », a ajouté le député de Lyon.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Elle doit être respectueuse")) == "Paul Girard"


def test_a_participle_clause_before_the_subject_is_not_the_speaker(quote_pipeline):
    text = ("Julie Garnier a appelé les électeurs à voter. Rappelant qu'elle \"détest(ait) la politique\", "
            "l'ancienne avocate de Chicago a dit s'attendre à ce que son message ne soit pas entendu par tous: "
            "\"nous vivons dans un pays divisé\".")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "détest(ait) la politique")) == "Julie Garnier"
    assert speaker_name(a, _quote(a, "nous vivons dans un pays divisé")) == "Julie Garnier"


def test_the_subject_of_a_report_after_selon_does_not_take_the_chain(quote_pipeline):
    text = ("Le tribunal a condamné Paul Girard à la prison à vie. Paul Girard était absent. « La peine est "
            "juste », a estimé le juge Marc Petit. Selon lui, l'accusé est coupable. « Ce n'est pas un "
            "événement fortuit », a-t-il expliqué.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Ce n'est pas un événement fortuit")) == "Marc Petit"


def test_a_surname_read_as_a_verb_is_no_main_subject(quote_pipeline):
    text = ("Paul Girard est de retour d'un voyage en Israël avec le député de l'Yonne, Guillaume Larrivé. Et pour "
            "le député de Nice, l'État hébreu est un modèle : « Israël est un pays qui vit avec le terrorisme », "
            "explique-t-il.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Israël est un pays")) == "Paul Girard"


def test_a_name_split_by_the_parse_after_its_title_is_the_subject(quote_pipeline):
    text = ("« La peine est juste », a estimé le juge Marc Petit. Dans un communiqué diffusé après l'énoncé de "
            "la peine, le Premier ministre Boris Johnson a qualifié l'attentat d'« acte lâche ». Il a assuré que "
            "les victimes ne seraient « jamais oubliées ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "jamais oubliées")) == "Boris Johnson"


def test_a_subject_pronoun_after_the_quotation_opens_a_clause_not_an_incise(quote_pipeline):
    text = ("Paul Girard a donné quelques conseils à Julien Morel. Si l'ancien Premier ministre reconnaît chez "
            "Julien Morel « une intuition très forte », il veut toutefois mettre en garde le président.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "une intuition très forte")) == "Paul Girard"
    # guard: an incise with its pronoun after the verb
    a = run(quote_pipeline, "Paul Girard est arrivé. « Nous sommes prêts », a-t-il déclaré.")
    assert speaker_name(a, _quote(a, "Nous sommes prêts")) == "Paul Girard"


def test_an_agency_named_by_its_noun_is_the_agency_not_a_news_agency(quote_pipeline):
    text = ("L'Agence européenne des médicaments a recommandé jeudi un antiviral au sein de l'Union européenne. "
            "« Le remdesivir est le premier médicament », a annoncé l'agence.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Le remdesivir")) == "Agence européenne des médicaments"
    # guard: after a news agency, the news agency
    a = run(quote_pipeline, "Paul Girard a parlé à l'AFP. « Nous sommes prêts », a confirmé l'agence.")
    assert speaker_name(a, _quote(a, "Nous sommes prêts")) == "AFP"


def test_a_participle_coordinated_with_a_gerund_reports_for_the_main_subject(quote_pipeline):
    text = ("Julie Garnier a dénoncé lundi le manque d'empathie de Paul Girard, affirmant qu'il n'était pas le bon "
            "président et appelant à élire Marc Petit le 3 novembre.")
    a = run(quote_pipeline, text)
    [report] = [q for q in a.quotes if q.kind == "indirect" and "élire" in q.text]
    assert speaker_name(a, report) == "Julie Garnier"


def test_a_dont_gloss_between_the_quotation_and_its_incise(quote_pipeline):
    text = ("Outre les 22 personnes tuées, « 237 ont été blessées physiquement », dont 28 très gravement, avait "
            "souligné le procureur Marc Petit au cours du procès et « un total de 670 personnes ont été "
            "traumatisées ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "237 ont été blessées physiquement")) == "Marc Petit"
    assert speaker_name(a, _quote(a, "un total de 670 personnes")) == "Marc Petit"


@pytest.mark.parametrize("incise, speaker", [
    ("a fustigé son homologue au Sénat, Paul Girard", "Paul Girard"),
    ("a déclaré le président du groupe à l'Assemblée nationale, Marc Petit", "Marc Petit"),
])
def test_a_name_apposed_after_the_seat_of_a_role(quote_pipeline, incise, speaker):
    a = run(quote_pipeline, f"« Elle exige du courage », {incise}.")
    assert speaker_name(a, _quote(a, "Elle exige du courage")) == speaker


@pytest.mark.parametrize("text, words, wrong", [
    ("« Vous mentez », a répondu le ministre à Marine Le Pen, Jordan Bardella restant silencieux.", "Vous mentez",
     "Jordan Bardella"),
    ("« Il faut agir », a dit le ministre à Paul Girard, Julie Garnier et Marc Petit.", "Il faut agir",
     "Julie Garnier"),
    ("L'Agence régionale de santé a recensé douze cas. Le préfet a confirmé ces chiffres à l'AFP. « La situation est "
     "sous contrôle », a indiqué l'agence de presse.", "La situation", "Agence régionale de santé"),
    ("L'Agence spatiale européenne a lancé un satellite. Selon l'agence Reuters, le lancement a réussi. « Tout "
     "s'est bien passé », rapporte l'agence.", "Tout s'est bien passé", "Agence spatiale européenne"),
    ("Paul Girard, délégué syndical CGT chez Renault, a dénoncé les licenciements. « Nous refusons ce plan », a "
     "ajouté le sénateur de la Sarthe.", "Nous refusons", "Paul Girard"),
    ("Paul Girard, cofondateur de Mediapart, a critiqué la loi. « Elle est liberticide », a estimé le député de "
     "Seine-Saint-Denis.", "Elle est liberticide", "Paul Girard"),
])
def test_guards_of_held_out_23_classes(quote_pipeline, text, words, wrong):
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, words)) != wrong


def test_a_participle_describing_a_noun_keeps_the_report_whole(quote_pipeline):
    a = run(quote_pipeline, "Julie Garnier a dénoncé la réforme, estimant que les salariés gagnant peu et travaillant "
                            "le dimanche seraient pénalisés.")
    assert any(q.kind == "indirect" and q.text.endswith("seraient pénalisés") for q in a.quotes)


def test_a_relative_after_a_located_participle_describes_the_noun(quote_pipeline):
    text = ("L'Agence européenne des médicaments a recommandé jeudi un antiviral au sein de l'Union européenne. « Le "
            "remdesivir est le premier médicament », a annoncé dans un communiqué l'agence basée à Amsterdam, qui "
            "avait estimé à la mi-mai qu'un vaccin pourrait être prêt d'ici un an dans un scénario « optimiste ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, _quote(a, "Le remdesivir")) == "Agence européenne des médicaments"
    assert speaker_name(a, _quote(a, "optimiste")) == "Agence européenne des médicaments"
    # guard: "la première qui révèle" names no speaker, "Andrew Jackson, qui soutenait l'esclavage" says nothing
    assert not [q for q in run(quote_pipeline, "C'est la première qui révèle que le vaccin est prêt.").quotes]
    a = run(quote_pipeline, "Ils ont visé la statue de l'ancien président Andrew Jackson, qui soutenait l'esclavage.")
    assert not a.quotes


def test_a_relative_clause_report_ends_where_the_main_verb_resumes(quote_pipeline):
    a = run(quote_pipeline, "Le parquet national financier, qui a demandé de la prison ferme pour Paul Girard, a été "
                            "critiqué.")
    [report] = [q for q in a.quotes if q.kind == "indirect"]
    assert report.text == "de la prison ferme pour Paul Girard"


@pytest.mark.parametrize("cleft, speaker", [
    ("c'est par ces mots que l'actrice Julie Garnier a ouvert la soirée", "Julie Garnier"),
    ("c'est en ces termes que le ministre Paul Girard a conclu", "Paul Girard"),
])
def test_a_cleft_after_a_colon_names_the_speaker(quote_pipeline, cleft, speaker):
    a = run(quote_pipeline, f"Marc Petit a parlé. « Nous sommes venus la sauver » : {cleft}.")
    assert speaker_name(a, _quote(a, "Nous sommes venus")) == speaker
