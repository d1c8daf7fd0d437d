"""Speakers named by a description: an unnamed group called again by its noun or as "les auteurs",
a person labelled by age or by where they come from, a party written with spaced hyphens after a
title, manner verbs as incises, a newspaper named like the inhabitants of a place of the article,
a pronoun after an unnamed speaker (not the person named after it), and "-elles" inverted; a
party's wing, a rank or a kind for an organisation, a learned profession, an office holder of the
article's date, and names set apart by brackets or dashes.

Every sentence here was written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from quotes_support import quote_pipeline, quote_with, run, speaker_name  # noqa: F401 (fixture)


# -- names and verbs --
def test_a_party_with_spaced_hyphens_after_a_title_is_not_the_speaker(quote_pipeline):
    text = ("Pour Marc Dufresne, la réforme est une erreur. « C'est un jeu dangereux », a déclaré "
            "l'eurodéputé Europe Écologie - Les Verts (EELV), lundi sur une radio.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "jeu dangereux")) == "Marc Dufresne"
    assert not any(e.type == "PER" and "Europe" in e.name for e in a.entities)


def test_grimacing_and_laughing_are_incises(quote_pipeline):
    text = ("Dans les clubs, « on s'adapte tant bien que mal », grimace Luca Bertoni, organisateur de "
            "soirées. Mais « tout ça, on s'en moque ! », rigole Marco Danti.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "tant bien que mal")) == "Luca Bertoni"
    assert speaker_name(a, quote_with(a, "on s'en moque")) == "Marco Danti"


def test_a_newspaper_named_like_the_inhabitants_of_a_place_of_the_article(quote_pipeline):
    text = ("Paris a des milliers de trottinettes. Le Parisien revient sur le cas d'Odile Ferrand. "
            "« Il faut fédérer les victimes », précise Le Parisien.")
    a = run(quote_pipeline, text)
    quote = quote_with(a, "fédérer les victimes")
    assert quote.speaker.entity is not None and speaker_name(a, quote) == "Le Parisien"


# -- a pronoun after an unnamed speaker --
def test_a_pronoun_after_an_unnamed_speaker_is_not_the_person_named_next(quote_pipeline):
    text = ("La victime est tombée dimanche dans un jardin, où un homme prenait un bain de soleil, a rapporté "
            "un voisin cité par une agence. Ce voisin a raconté avoir entendu un grand bruit. « Au départ j'ai "
            "cru à un clochard », a-t-il expliqué. Il a expliqué avoir vu son ami « bouleversé ». « Il prenait "
            "le soleil », a-t-il relaté. Paul Ferrandi, ancien pilote, a pointé du doigt le « manque de "
            "sécurité ».")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "prenait le soleil")).startswith(("un voisin", "Ce voisin"))


# -- a weekday read as an object --
def test_what_is_said_after_a_weekday_is_the_que_clause(quote_pipeline):
    text = "L'agence sanitaire a prévenu vendredi qu'on observait une hausse des cas."
    a = run(quote_pipeline, text)
    [q] = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text.startswith("qu'on observait")


# -- guards from an independent review: the same noun for others, an answer, a title, things named like inhabitants --
@pytest.mark.parametrize("text, words, not_speaker", [
    # an age phrase showing no gender names no one
    ("Taylor Vance a appelé à voter contre le président Donald Trent. « Nous allons voter pour vous "
     "chasser », a écrit l'artiste de 30 ans.", "vous chasser",
     "Donald Trent"),
    # ils does not go on with women alone
    ("Des infirmières ont souligné que « le manque de personnel » était grave. "
     "Ces sous-effectifs augmentent « le risque de contagion », ont-ils souligné.", "risque de contagion",
     "Des infirmières"),
    ("Deux experts ont estimé que le pont était fragile. Le tribunal a désigné trois nouveaux experts. "
     "Les experts ont conclu que « le pont aurait dû être fermé ».", "aurait dû", "Deux experts"),
    ("Un employé a dénoncé des conditions de travail indignes. La direction a licencié un employé la semaine "
     "dernière. « On m'a jeté comme un malpropre », a raconté l'employé licencié.", "malpropre", "Un employé"),
    ("Un policier a affirmé sous couvert d'anonymat que les consignes étaient floues. À Nantes, un jeune homme "
     "a été blessé. « J'ai cru qu'il était armé », a expliqué le policier qui a tiré.", "cru qu'il", "Un policier"),
    ("Des élus de l'opposition ont dénoncé mardi un passage en force. Une pétition a recueilli 10 000 "
     "signatures. « Nous exigeons un référendum », affirment les signataires.", "référendum",
     "Des élus de l'opposition"),
    ("Le maire Paul Girard a visité l'hôpital. « Il faut des moyens », a-t-il dit. « Nous manquons de tout », "
     "a répondu le médecin de 52 ans.", "manquons de tout", "Paul Girard"),
    ("Joris Valmont a rencontré le producteur Marc Lenoir à Cannes. « Ce film est un rêve », explique Marc "
     "Lenoir. « Nous ne copions personne », note le cinéaste de 44 ans.", "copions", "Marc Lenoir"),
    ("Marie Lefèvre dirige l'université depuis 2018. « Nous refusons ces coupes budgétaires », a déclaré la "
     "Sorbonne dans un communiqué.", "coupes budgétaires", "Marie Lefèvre"),
    ("L'AFP a pu consulter le rapport. Le ministère de l'Intérieur n'a pas souhaité commenter. « Le document "
     "date de mars », précise l'agence internationale.", "date de mars", "ministère de l'Intérieur"),
    # not a chamber, a company, the rival, nor a person's label
    ("« La pièce est bondée », a déclaré à l'AFP Rumki Khatun, une femme de 25 ans.", "bondée",
     "une femme de 25 ans"),
    ("« Ce texte est dangereux », a affirmé la droite du Sénat.", "dangereux", "Sénat"),
    ("Renault a présenté ses résultats. « Nous sommes inquiets », a déclaré le premier groupe de manifestants.",
     "inquiets", "Renault"),
    ("LREM a perdu la majorité absolue. « C'est un désaveu », a réagi le premier parti d'opposition.", "désaveu",
     "LREM"),
])
def test_a_description_does_not_take_someone_else(quote_pipeline, text, words, not_speaker):
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, words)) != not_speaker


def test_le_parisien_opening_a_sentence_alone_is_no_newspaper(quote_pipeline):
    a = run(quote_pipeline, "Un habitant de Paris âgé de 30 ans a été interpellé samedi à Lyon. Le Parisien a "
                            "reconnu les faits devant les enquêteurs.")
    assert not any(e.name == "Le Parisien" for e in a.entities)


# -- the speaker the article means: an unnamed group called again, a label, a description, an aside --
@pytest.mark.parametrize("text, words, speaker", [
    # a group called again by its noun is the group as introduced
    ("Douze infirmières de renom réclament, lundi, dans Le Courrier, une prime de risque. "
     "Les infirmières reconnaissent que la tâche « reste immense ».", "reste immense",
     "Douze infirmières de renom"),
    # the authors of an op ed are the group that spoke
    ("Douze infirmières de renom réclament, lundi, dans Le Courrier, une prime de risque. "
     "« Nous ne tiendrons pas un hiver de plus », insistent les auteurs.", "hiver de plus",
     "Douze infirmières de renom"),
    # a plural pronoun goes on with the group as introduced
    ("Douze infirmières de renom réclament, lundi, dans Le Courrier, une prime de risque. "
     "Les infirmières reconnaissent que la tâche est immense. « Nous tiendrons », assurent-elles.", "Nous tiendrons",
     "Douze infirmières de renom"),
    # an inverted feminine plural pronoun is an incise
    ("Les infirmières réclament une prime. « Nous tiendrons », disent-elles.", "Nous tiendrons",
     "Les infirmières"),
    # another noun is another source
    ("Douze infirmières de renom réclament, lundi, dans Le Courrier, une prime de risque. "
     "« Ce n'est pas le moment », répondent les directeurs d'hôpitaux.", "pas le moment",
     "les directeurs d'hôpitaux"),
    # a person labelled by age is the one just quoted
    ("Le film est signé de Joris Valmont. « Nos héros viennent des contes », explique "
     "Joris Valmont. « Nous ne copions personne », note le cinéaste de 44 ans.", "copions personne",
     "Joris Valmont"),
    # an age noun alone is the person just quoted
    ("La maire Odile Ferrand a visité l'école. « Tout est prêt », a-t-elle dit. "
     "« Il faut rester prudent », a insisté la quinquagénaire.", "rester prudent",
     "Odile Ferrand"),
    # an inhabitant with her age is the woman named before
    ("Josiane Kerlann a renoncé à manifester. « On reçoit des menaces », avait déclaré dans la "
     "matinée la Bretonne de 51 ans à l'origine d'une pétition.", "des menaces",
     "Josiane Kerlann"),
    # a label with an age goes to the one who was given the label
    ("La maire sortante PS Odile Ferrand l'a emporté à Lyon, Agnès Durand n'obtenant pas de siège. "
     "La socialiste de 61 ans a salué une « victoire collective ».", "victoire collective",
     "Odile Ferrand"),
    # a source described otherwise is not the source before
    ("Une source policière a indiqué que le suspect était connu. « Il avait des antécédents », a "
     "ajouté la source proche de l'enquête.", "des antécédents",
     "la source proche de l'enquête"),
    # an agency with an adjective of its field is the body named before
    ("Les enquêtes menées par Santé publique France montrent un relâchement, selon BFMTV. "
     "L'agence sanitaire a prévenu vendredi qu'on observait une « nouvelle tendance ».", "nouvelle tendance",
     "Santé publique France"),
    # the news agency is still the outlet
    ("Le ministre Paul Durand a parlé à l'AFP. « Tout va bien », a ajouté l'agence.", "Tout va bien",
     "AFP"),
    # ils goes on with associations of men that spoke
    ("Des associations de gériatres ont souligné que « le manque de personnel » était grave. "
     "Ces sous-effectifs augmentent « le risque de contagion », ont-ils souligné.", "risque de contagion",
     "Des associations de gériatres"),
    # a pronoun after an organisation that spoke still looks ahead
    ("Le gouvernement a annoncé lundi un plan de soutien pour le tourisme. Les discothèques resteront "
     "fermées. « C'est une condamnation à mort pour nos établissements », s'insurge-t-il. Le président "
     "de l'Umih, Roland Hervé, réclame un calendrier précis.", "condamnation à mort",
     "Roland Hervé"),
    # a party's wing speaks for it
    ("« Nous refusons une immigration incontrôlée », martèle la droite populiste de l'UDC depuis des mois.",
     "immigration", "UDC"),
    ("« Nous voterons contre », prévient l'aile gauche du PS.", "voterons", "PS"),
    # a party in brackets between a role and its name
    ("« L'incendie serait criminel », a indiqué le maire (LR) du 2e arrondissement Pierre Olivier.",
     "criminel", "Pierre Olivier"),
    # a learned profession, and a word of expertise for it
    ("« C'est une première », a raconté Marc Dupont, de l'université de Lyon, responsable scientifique de la "
     "mission. « La surface est rugueuse », a décrit le scientifique.", "rugueuse", "Marc Dupont"),
    ("La valeur maximale a été fixée à 200 microgrammes. Selon le toxicologue Marc Girard, interrogé vendredi, "
     "« cette molécule est bien connue », insiste le spécialiste.", "bien connue", "Marc Girard"),
    # the office holder of the article's date before a role of the same head given to someone else
    ("« Il faut se taire », a répondu le ministre des Affaires étrangères Jean-Yves Le Drian. Le chef de la "
     "diplomatie française a rappelé le rôle de la France. Mardi, Emmanuel Macron a jugé ces critiques "
     "inacceptables. « Nous avons été cohérents », a déclaré le chef de l'État devant la presse.", "cohérents",
     "Emmanuel Macron"),
    # a union of a listed confederation described by its rank; an institute by its kind
    ("« Ce rapport est un condensé d'inepties », a réagi la CGT-Cheminots. « La hausse des effectifs est "
     "légère », ajoute le premier syndicat du groupe ferroviaire.", "légère", "CGT-Cheminots"),
    ("« Une ligne d'orages s'est développée », indique Météo-France dans son bulletin. « Les vents ont atteint "
     "120 km/h », précise l'institut de prévision météorologique.", "120 km/h", "Météo-France"),
    # an outlet retelling the facts between a person's quotations does not take the next one
    ("« Je n'arrivais pas à me défaire », explique la victime, Dominique, au Parisien. Son visage a enflé, "
     "explique le quotidien. « Vous vous rendez compte, ça aurait pu être un enfant ».", "un enfant", "Dominique"),
    # an outlet's name the parse cut off its noun
    ("Le journal d'opposition Novaïa Gazeta a affirmé que l'usine rejetait les eaux usées.", "rejetait",
     "Novaïa Gazeta"),
    # a span of time is a subject of its own when no "plus tard" makes it a moment
    ("Le procureur Étienne Manteaux s'est rendu au Chili. En octobre, il avait annoncé que l'enquête était « close » "
     "et que les « 34 mois d'investigations » justifiaient « la demande d'extradition de Nicolas Zepeda ».",
     "demande d'extradition", "Étienne Manteaux"),
    # an aside between dashes is not the speaker
    ("« Il faut du calme », a dit Noël Leclerc. Le conseiller de Paris - M. Girard l'a été jusqu'en 2014 - "
     "Yves Morel dit même avoir été « au courant » de ces faits.", "au courant", "Yves Morel"),
    ("« J'ai eu peur », raconte Dominique au Parisien. Un employé de Veolia - le prestataire chargé de "
     "l'entretien - a expliqué à Dominique qu'« un bouchon » s'était formé.", "bouchon", "Un employé de Veolia"),
    # a span of time is when, not who; a named addressee closed by a comma before the speaker (held-out 29)
    ("La ministre a déclaré que le vin était un alcool. Une quinzaine de jours plus tard, Paul Girard lui avait "
     "répondu lors d'une conférence de presse, déclarant « boire du vin midi et soir ».", "midi et soir",
     "Paul Girard"),
    ("« C'est important que les élus viennent ici », s'est félicité auprès du Parisien, Rachid, un père de "
     "famille du quartier.", "élus viennent", "Rachid"),
    # guards from the review of these classes (the starting code's answers)
    ("La rapporteure du projet de loi sur les retraites, Cendra Motin, a défendu « un texte juste ».", "texte juste",
     "Cendra Motin"),
    ("Le maire de Nice - Christian Estrosi - a dénoncé « une agression inacceptable ».", "agression",
     "Christian Estrosi"),
    ("La CFDT a signé l'accord. L'Institut CGT d'histoire sociale a publié une étude. « L'accord est équilibré », "
     "a réagi le syndicat.", "équilibré", "CFDT"),
    ("Selon un sondage Ifop publié dimanche, la majorité recule. L'Institut Pasteur a publié une étude. « Le variant "
     "est plus contagieux », indique l'institut.", "variant", "Institut Pasteur"),
    ("« Cette note n'existe pas », a déclaré Éric Dupond-Moretti. Le Figaro maintient de son côté que la note "
     "existe. « Nous avons consulté le document. »", "consulté", "Le Figaro"),
])
def test_the_speaker_is_the_one_the_article_means(quote_pipeline, text, words, speaker):
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, words)) == speaker


def test_a_description_after_selon_is_a_mention_of_the_one_it_designates(quote_pipeline):
    text = ("« Je suis saoulé par ces injonctions », a déclaré Olivier Besancenot. Selon l'ancien candidat à "
            "l'élection présidentielle, « le but c'est de faire peur ».")
    a = run(quote_pipeline, text)
    person = next(e for e in a.entities if e.name == "Olivier Besancenot")
    assert any(m.kind == "nominal" and m.text.startswith("l'ancien candidat") for m in person.mentions)


# -- held-out 30 classes: a kind of office, an unnamed one introduced, a national office, a field before
# the name, a cleft, "selon lui" after a speaker, a subject the parser calls passive --
@pytest.mark.parametrize("text, words, speaker", [
    ("La procureure de Lyon Anne Mercier a pris la parole jeudi. « Ce dossier doit rester secret », a "
     "déclaré la magistrate.", "rester secret", "Anne Mercier"),
    ("« Cette visite est une provocation », a commenté un porte-parole du ministère. « Nous attendons des "
     "excuses », a ajouté le porte-parole. Le ministre a vu Paul Girard, qui s'est présenté comme le "
     "porte-parole du collectif.", "attendons des excuses", "un porte-parole du ministère"),
    ("Le président américain Donald Trent a signé un décret jeudi. Ajit Rao, le président de l'autorité de "
     "régulation des télécoms, a demandé des comptes à la plateforme. La plateforme refuse de bannir les comptes "
     "de plusieurs dirigeants étrangers depuis des années, ce que ses critiques lui reprochent. Elle peut aussi "
     "suspendre ou supprimer des comptes qui enfreignent ses règles, selon ses conditions d'utilisation. Le "
     "président a assuré qu'il « ne quitterait pas » ce réseau.", "ne quitterait pas", "Donald Trent"),
    ("« Ces propos sont inacceptables », a tweeté de son côté la tête de liste des Républicains aux européennes "
     "Paul Girard.", "inacceptables", "Paul Girard"),
    ("Éric Dumas était l'invité d'Europe 1 lundi soir. Le secrétaire général adjoint des Républicains a affirmé que "
     "si Nicolas Sarkozy \"est revenu à l'écrit, c'est une analyse profonde\". Sur RTL, c'était l'ancien ministre "
     "du Travail, Eric Wirth, qui défendait la cause de Nicolas Sarkozy. \"Il est candidat parce que la France a "
     "besoin d'être redressée.\"", "Il est candidat", "Eric Wirth"),
    ("Ce lundi, c'est Jean Dupont qui est monté au créneau. Le porte-parole de Pierre Martin a assuré sur RTL "
     "que l'ancien ministre n'avait « jamais menti ». Selon lui, ces attaques sont « diffamatoires ».",
     "diffamatoires", "Jean Dupont"),
    ("Ce lundi, c'est Jean Dupont qui est monté au créneau. Le porte-parole de Pierre Martin a également assuré "
     "que l'ancien ministre n'avait « jamais été rémunéré ».", "rémunéré", "Jean Dupont"),
    ("\"Le plus gênant, c'est la rapidité\", a dénoncé le député et numéro deux de LFI Adrien Quatennens sur "
     "Twitter. \"Je condamne ces propos\", a réagi le député LREM de Guadeloupe Olivier Serva.", "plus gênant",
     "Adrien Quatennens"),
    ("Le roman d'Agatha Christie a été rebaptisé. Olivier Faure a dénoncé ces propos, tandis que l'ex-candidate PS à "
     "la présidentielle Ségolène Royal estime que \"c'est hélas dans la droite ligne de son discours\".",
     "droite ligne", "Ségolène Royal"),
    ("Ce lundi, c'est Jean Dupont qui est monté au créneau. Le porte-parole de Pierre Martin a assuré que l'ancien "
     "ministre n'avait \"jamais été payé. Il les a données gratuitement. Il n'a reçu aucune rémunération.\" Selon "
     "lui, ces attaques sont \"diffamatoires\".", "diffamatoires", "Jean Dupont"),
])
def test_the_speaker_is_the_one_the_description_means(quote_pipeline, text, words, speaker):
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, words)) == speaker


# guards: what these classes must leave alone
@pytest.mark.parametrize("text, words, not_speaker", [
    ("« Il faut agir », a déclaré le ministre à Marine Lenoir.", "Il faut agir", "Marine Lenoir"),
    ("Le procureur Eric Gomez a annoncé une inculpation. Un policier new-yorkais a poussé une manifestante. "
     "M. Andraia lui a parlé. Le policier lui demande de « dégager la rue ».", "dégager la rue", "Eric Gomez"),
    ("« Si être un bon ministre revenait à céder, il n'y aurait plus de ministre », déclare Christophe Castel, "
     "ministre de l'Intérieur. « Nous décidons ensemble », précise le ministre.", "décidons ensemble",
     "le ministre"),
    ("Paul Girard a porté plainte. Elle est accusée par Paul Girard d'avoir « menti ».", "menti", "Elle"),
    # (the review's: two holders of a kind, an unnamed one introduced, the head of a body just named, an addressee,
    # another subject before "Selon lui")
    ("Le juge Renaud Vanier et le procureur François Morin ont été saisis. « Le dossier est vide », a assuré le "
     "magistrat.", "dossier est vide", "François Morin"),
    ("L'ambassadeur de Russie, Pierre Lévy, a été convoqué. « C'est grave », a commenté un diplomate européen. "
     "« Nous attendons », a ajouté le diplomate.", "Nous attendons", "Pierre Lévy"),
    ("Le procureur de Paris, Rémy Hertz, a saisi un juge d'instruction. « Le dossier est lourd », a dit le "
     "magistrat.", "dossier est lourd", "Rémy Hertz"),
    ("Le président brésilien Lula a reçu la banque. Le président de la banque, Ajay Banga, a déclaré : « Nous avons "
     "un accord ». « Les fonds seront débloqués », a précisé le président.", "fonds seront", "Lula"),
    ("« Nous agirons », a répondu le ministre à la députée Mathilde Panot.", "Nous agirons", "Mathilde Panot"),
    ("« Il faut dépenser », a plaidé Bruno Retailleau. Le ministre Bruno Le Maire lui a répondu. Selon lui, les "
     "caisses sont « vides ».", "vides", "Bruno Retailleau"),
])
def test_the_held_out_30_classes_leave_these_alone(quote_pipeline, text, words, not_speaker):
    a = run(quote_pipeline, text)
    assert all(speaker_name(a, q) != not_speaker for q in a.quotes if words in q.text)


def test_a_fronted_participle_does_not_hide_the_main_report(quote_pipeline):
    a = run(quote_pipeline, "Ainsi, promettant d'être \"sur le pont (...) tout l'été\", M. Girard a vendredi assuré "
                            "qu'il serait la semaine prochaine \"sûrement conduit à voir sur le terrain\".")
    [report] = [q for q in a.quotes if q.kind == "indirect"]
    assert report.text.startswith("qu'il serait") and speaker_name(a, report) == "Girard"


def test_a_relative_pronoun_is_no_source(quote_pipeline):
    a = run(quote_pipeline, "Le corps d'un journaliste a été retrouvé en Suède, pays qui lui avait accordé l'asile et "
                            "dont la police n'a pas complètement écarté la piste criminelle.")
    assert not any("piste" in q.text for q in a.quotes)


def test_a_report_ends_where_the_narrator_sets_another_view_beside_it(quote_pipeline):
    a = run(quote_pipeline, "Olivier Faure a dénoncé des propos indignes, tandis que Ségolène Royal estime que "
                            "\"c'est hélas dans la droite ligne de son discours\".")
    assert [q.text for q in a.quotes if speaker_name(a, q) == "Olivier Faure"] == ["des propos indignes"]


@pytest.mark.parametrize("text, words, speaker", [
    ("Si le Premier ministre Édouard Philippe dément une « baisse des aides sociales », il affirme vouloir un audit.",
     "baisse des aides", "Édouard Philippe"),
    ("Alain Juppé, interrogé sur une remontée de son rival Nicolas Sarkozy dans les sondages pour la primaire, juge "
     "ceux-ci \"incertains\", tout en ajoutant : \"Ils dessinent une tendance sur la durée\".", "incertains",
     "Alain Juppé"),
])
def test_a_reporting_verb_the_tagger_read_as_a_noun(quote_pipeline, text, words, speaker):
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, words)) == speaker


def test_a_judge_named_after_his_title_reports_nothing(quote_pipeline):
    a = run(quote_pipeline, "Paul Martin, juge d'instruction à Lyon, a été saisi. Le juge Dupont a confirmé la date.")
    assert not any(q.cue and q.cue.text == "juge" for q in a.quotes)
