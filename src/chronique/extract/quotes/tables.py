"""Word tables for attribution: determiners, titles, role and source nouns.

Plain data; every table is exercised by the tests. Words are lower-case. Pronouns, honorifics,
first names and calendar words come from ``lang.fr``.
"""

from __future__ import annotations

from ...lang.fr.calendar import WEEKDAY_NAMES
from ...lang.fr.honorifics import FORMER_WORDS, HONORIFICS  # noqa: F401 (FORMER_WORDS read here by the cast)
from ...lang.fr.person_nouns import ROLE_NOUNS
# (REFLEXIVE_CLITICS: a pronominal verb describes its subject, "se dit « inquiète »", or means another thing)
from ...lang.fr.pronouns import (FIRST_PERSON_SINGULAR, REFLEXIVE_CLITICS, STRESSED_PRONOUNS,  # noqa: F401 (read here)
                                 SUBJECT_PRONOUNS)

# Quotation marks: opener -> closer. Straight double quotes open and close alike.
PAIRED_MARKS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
STRAIGHT_MARK = '"'
# Closing quotation marks: an incise follows one, the title of a work ends with one.
CLOSING_MARKS = frozenset(PAIRED_MARKS.values()) | {STRAIGHT_MARK}

# Determiners that make a noun phrase a definite, resolvable designation ("le ministre").
DEFINITE_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les"})
# Determiners of an unnamed source ("un proche", "son entourage", "des responsables").
INDEFINITE_DETERMINERS = frozenset({
    "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "plusieurs", "certains", "certaines",
    "quelques", "nombre", "de", "d'", "d’", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
    "cet", "cette", "ce", "ces", "aucun", "aucune", "divers", "diverses", "deux", "trois",
})

# Titles written before a name; they belong to the speaker's words but not to the name.
NAME_TITLES = frozenset(HONORIFICS) | {"saint", "sainte"}

# Nouns naming a media outlet: "le quotidien" is the last outlet the article named.
MEDIA_NOUNS = frozenset({
    "quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "chaîne", "radio", "site",
    "média", "titre", "agence", "rédaction", "confrère", "station", "télévision", "journaux", "newsletter",
})
# Verbs of making or publishing a document: "la vidéo qu'ils ont diffusée", "la présentation qu'en fait
# le magazine" — its maker speaks (not "le rapport qu'a commandé le ministre").
MAKER_VERBS = frozenset({"faire", "publier", "diffuser", "rédiger", "écrire", "envoyer", "signer", "tweeter",
                         "poster", "présenter", "dévoiler", "réaliser", "tourner", "mettre", "livrer"})
# Nouns of a company's branch in a country ("sa filiale française"): the company named after that country.
SUBSIDIARY_NOUNS = frozenset({"filiale", "branche"})
# The kinds of outlet (``knowledge/media.tsv``) a media noun names; the others name any outlet.
_PRINT = frozenset({"quotidien", "hebdomadaire", "mensuel"})
MEDIA_NOUN_KINDS = {
    "quotidien": frozenset({"quotidien"}), "journal": _PRINT, "journaux": _PRINT,
    "hebdomadaire": frozenset({"hebdomadaire"}), "magazine": frozenset({"hebdomadaire", "mensuel"}),
    "mensuel": frozenset({"mensuel"}), "chaîne": frozenset({"chaîne"}), "télévision": frozenset({"chaîne"}),
    "radio": frozenset({"radio"}), "station": frozenset({"radio"}), "site": frozenset({"site"}),
    "agence": frozenset({"agence"}),
}

# Role phrases that name the same office (an earlier "le président de la République X" resolves
# a later "le chef de l'État").
ROLE_SYNONYMS = (
    frozenset({"président de la république", "chef de l'état", "président", "locataire de l'élysée",
               "président français", "chef des armées"}),
    frozenset({"premier ministre", "chef du gouvernement", "locataire de matignon", "première ministre"}),
)
# Nouns that name the same office as another, whatever complement follows ("l'édile" is "le maire
# de la commune" named before).
ROLE_NOUN_SYNONYMS = {"édile": "maire"}

# Verbs giving a word's meaning: the quoted words after them are terms ("signifie « tricheur »").
GLOSS_VERBS = frozenset({"signifier", "désigner", "traduire", "équivaloir"})
# Parts of speech of a word that carries meaning: a content made only of others says nothing.
CONTENT_TAGS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "PRON"})
# Verbs whose direct complement is a name ("une collection qui s'appellera « Raison de plus »").
NAMING_VERBS = frozenset({"appeler", "nommer", "dénommer", "surnommer", "baptiser", "intituler", "renommer"})
# Nouns that name something put between quotation marks: the quotation is a name, not speech
# (le plan « France 2030 », l'opération « Sentinelle », le collectif « Paris Respire »).
NAMING_NOUNS = frozenset({
    "plan", "opération", "collectif", "association", "mouvement", "programme", "projet", "loi", "livre",
    "ouvrage", "roman", "film", "série", "trilogie", "saga", "feuilleton", "émission", "chanson", "album",
    "slogan", "mot", "terme",
    "expression", "hashtag", "dispositif", "label", "marque", "campagne", "festival", "spectacle",
    "pièce", "tableau", "exposition", "rapport", "note", "doctrine", "concept", "formule", "surnom",
    "sobriquet", "baptisé", "baptisée", "intitulé", "intitulée", "surnommé", "surnommée", "appelé",
    "appelée", "dénommé", "dénommée", "nommé", "nommée", "dit", "dite", "affaire", "groupe", "parti",
    "liste", "site", "application", "appli", "magazine", "journal", "journaux", "titre", "rubrique",
    "réseau", "compte", "page", "stade", "phase", "niveau", "pacte", "réforme", "charte", "manifeste",
    "pétition", "tribune", "initiative", "prix", "trophée", "concours", "jeu", "podcast", "documentaire",
    "banderole", "pancarte", "affiche", "devise", "logo", "autocollant",
    "quartier", "cité", "place", "rue", "salle", "bateau", "navire", "fonds", "fondation", "club",
    "équipe", "brigade", "unité", "commission", "mission", "comité", "cellule", "plateforme", "opérations",
    "catégorie", "statut", "régime", "contrat", "pass", "passe", "bouclier", "chèque", "prime", "ticket",
})

# Nouns of a work's title, which may follow an adjective and a colon ("un ouvrage au titre évocateur :
# « Ce que je ne pouvais pas dire »"): the quotation after them is the title (not "dans l'émission : « … »").
WORK_TITLE_NOUNS = frozenset({"titre", "intitulé"})
# Naming nouns whose quotation is a name even when it holds a verb ("le slogan « On ne lâche rien »",
# "le hashtag « Je suis Charlie »"; not "la campagne", which may be an election's).
SLOGAN_NOUNS = frozenset({"slogan", "hashtag", "devise", "mot-clé"})

# Words opening a relative clause: a noun phrase ends before them ("le candidat X | qui a lancé").
RELATIVE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
# Forms of "être" before an inverted impersonal "il" and a participle of saying ("», est-il précisé").
IMPERSONAL_ETRE_FORMS = frozenset({"est", "était"})
# Reflexive verbs of self-description: "X se veut « très ferme »", "elle se montre « confiante »" —
# the quoted words that describe the subject are the subject's.
SELF_DESCRIPTION_VERBS = frozenset({"vouloir", "montrer", "sentir"})

# Nouns of unnamed sources that stay unnamed even when definite ("l'entourage du ministre").
UNNAMED_SOURCE_NOUNS = frozenset({
    "entourage", "proche", "proches", "source", "sources", "cabinet", "services", "équipe", "camp",
    "clan", "collaborateurs", "conseillers", "responsables", "spécialistes", "experts", "observateurs",
    "autorités", "enquêteurs", "syndicats", "opposants", "manifestants", "habitants", "riverains",
    "témoins", "élus", "députés", "sénateurs", "ministres", "scientifiques", "chercheurs", "médecins",
    "militants", "salariés", "familles", "avocats", "partisans", "gouvernement", "exécutif", "opposition",
    "majorité", "direction", "parquet", "police", "gendarmerie", "préfecture", "mairie", "ministère",
    "syndicat", "entreprise", "groupe", "organisateurs", "auteurs", "internautes", "utilisateurs",
})

# Words that end a speaker noun phrase read after a cue ("déclare-t-il au micro de BFMTV").
NP_STOP_WORDS = frozenset({
    "à", "au", "aux", "auprès", "sur", "dans", "pour", "lors", "en", "devant", "face", "avec", "chez",
    "après", "avant", "depuis", "pendant", "par", "dès", "jusqu'", "vers", "contre", "selon", "qui",
    "que", "qu'", "dont", "où", "et", "ou", "mais", "car", *WEEKDAY_NAMES, "hier", "aujourd'hui", "demain", "ce", "cette", "cet", "ces",
    "mi-", "ensuite", "alors", "encore", "aussi", "également", "toutefois", "cependant", "pourtant",
    "lui-même", "elle-même", "non", "ne", "n'", "y", "-t-il", "-t-elle", "soir", "matin",
})

# Forms of "avoir" as the auxiliary of a compound past ("a dit", "avaient tweeté").
AVOIR_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ayant"})

# Adverbs allowed between an inverted cue and its subject ("précise ainsi Paul Durand"); asides of
# several words ("pour sa part", "de son côté") are ``ASIDE_PHRASES``.
CUE_ADVERBS = frozenset({
    "ainsi", "encore", "également", "aussi", "alors", "pourtant", "donc", "enfin", "même", "toutefois",
    "cependant", "notamment", "plus", "ensuite", "d'ailleurs", "d’ailleurs", "volontiers", "simplement",
    "sobrement", "clairement", "fermement", "déjà", "aujourd'hui", "hier", *WEEKDAY_NAMES, "soir", "matin", "dernier",
    "de", "bien", "là", "ici", "lui",
    "-t", "t", "-", "tout", "récemment", "immédiatement", "aussitôt",
})

# Verbs that carry the speech verb of an incise as an infinitive ("», voulait croire un ministre",
# "», a tenu à rappeler X", "», s'est contenté de déclarer Y"): lemmas, followed maybe by "à"/"de".
INCISE_SEMI_AUXILIARIES = frozenset({"vouloir", "tenir", "devoir", "pouvoir", "souhaiter", "venir", "contenter",
                                     "borner", "empresser", "manquer"})
# Pronouns opening a partitive speaker phrase: "confirme un de ses proches", "l'une des élues".
PARTITIVE_PRONOUNS = frozenset({"un", "une", "l'un", "l'une", "l’un", "l’une"})

# Subject pronouns and their gender (None: either); stressed pronouns after a source preposition.
PRONOUN_GENDER = SUBJECT_PRONOUNS

# Adjectives of a field that make "l'agence" a public body, not a news agency ("l'agence sanitaire").
AGENCY_FIELD_ADJECTIVES = frozenset({
    "sanitaire", "spatiale", "nucléaire", "environnementale", "météorologique", "alimentaire", "européenne",
    "régionale", "anticorruption", "antidopage",
})
# Nouns of a publication: "un article du Point" is Le Point speaking.
PUBLICATION_NOUNS = frozenset({
    "article", "communiqué", "rapport", "étude", "enquête", "note", "dépêche", "document", "interview",
    "entretien", "éditorial", "tribune", "lettre", "courrier", "tweet", "message", "post", "billet",
    "publication", "chronique", "reportage", "sondage", "bilan", "point", "vidéo", "présentation", "texto",
    "courriel",
    # figures a body publishes: "selon les chiffres du ministère", "les estimations d'Ipsos"
    "chiffre", "chiffres", "estimation", "estimations", "donnée", "données", "comptage", "décompte",
    "statistique", "statistiques", "projection", "projections", "baromètre", "calcul", "calculs", "relevé",
})
# The writers of a text the article quotes ("insistent les auteurs" of an op-ed), by lemma.
WRITER_NOUNS = frozenset({"auteur", "auteure", "autrice", "signataire", "rédacteur", "rédactrice"})

# Bodies that speak for their country when a nationality qualifies them ("le gouvernement britannique").
NATIONAL_BODY_NOUNS = frozenset({"gouvernement", "exécutif", "diplomatie", "autorités", "dirigeants", "pouvoir",
                                 "régime", "présidence", "chancellerie"})

# Heads of unnamed organisations ("le gouvernement", "la direction"): never the antecedent of "il".
ORGANISATION_NOUNS = frozenset({
    "gouvernement", "exécutif", "opposition", "majorité", "direction", "parquet", "police", "gendarmerie",
    "préfecture", "mairie", "ministère", "syndicat", "entreprise", "groupe", "cabinet", "services",
    "équipe", "camp", "clan", "parti", "association", "collectif", "société", "institut", "agence",
    "autorités", "armée", "justice", "tribunal", "cour", "conseil", "commission", "assemblée", "sénat",
    "organisation", "fédération", "confédération", "centrale", "ong", "structure",
})

# Verbs giving a thing or person an epithet: the quoted epithet is the words of who gives it
# ("X a qualifié l'ouvrage de « mensonger »", "un texte jugé « liberticide » par ses détracteurs").
EPITHET_VERBS = frozenset({"qualifier", "juger", "traiter", "taxer"})
# How many tokens the quoted epithet may stand after its verb (an object and a setting between).
EPITHET_WINDOW = 8
# Verbs too vague to introduce reported speech whose quoted complement is still the speaker's
# wording ("a parlé de « coup d'État judiciaire »").
NAMING_SPEECH_VERBS = frozenset({"parler"})

# Organs that speak for their organisation: "la direction de Presstalis", "la présidence de la
# région" say what the organisation says.
ORGAN_NOUNS = frozenset({"direction", "présidence", "état-major", "administration", "conseil", "bureau", "siège"})
# Wings of a party, which speak for it: "la droite populiste de l'UDC", "l'aile gauche du PS" — not of a
# chamber (``entities.tables.CHAMBER_HEADS``: "la droite du Sénat").
WING_NOUNS = frozenset({"droite", "gauche", "aile"})

# People named by a plural common noun, antecedents of "ils/elles" ("Les infirmières ont manifesté.
# Selon elles, …"); lemmas or forms, checked with ROLE_NOUNS and UNNAMED_SOURCE_NOUNS.
HUMAN_GROUP_NOUNS = frozenset({
    "infirmier", "infirmière", "soignant", "soignante", "enseignant", "enseignante", "agriculteur",
    "agricultrice", "éleveur", "éleveuse", "employé", "employée", "ouvrier", "ouvrière", "étudiant",
    "étudiante", "lycéen", "lycéenne", "parent", "élève", "policier", "policière", "gendarme", "pompier",
    "commerçant", "commerçante", "retraité", "retraitée", "chauffeur", "patient", "patiente", "victime",
    "citoyen", "citoyenne", "électeur", "électrice", "habitant", "habitante", "résident", "résidente",
    "travailleur", "travailleuse", "salarié", "salariée", "syndicaliste", "militant", "militante",
    "manifestant", "manifestante", "grévistes", "gréviste", "usager", "usagère", "consommateur",
    "consommatrice", "chercheur", "chercheuse", "scientifique", "expert", "experte", "juriste",
    "magistrat", "magistrate", "avocat", "avocate", "médecin", "député", "députée", "sénateur",
    "sénatrice", "élu", "élue", "ministre", "dirigeant", "dirigeante", "responsable", "auteur", "autrice",
    "sondé", "sondée", "personne", "femme", "homme", "jeune", "enfant", "famille", "riverain", "riveraine",
})

# Document nouns that name the same document ("un rapport de l'ONU" … "l'étude explique"): a
# definite one speaks for the producer of the last document of its group.
DOCUMENT_SYNONYMS = (
    frozenset({"rapport", "étude", "document", "enquête", "note", "analyse", "texte", "bilan"}),
)

# Verbs that mean support, not speech, when their object is a person or a group ("Téhéran
# soutient le régime syrien", "appuie Sophie Lambert"); with a clause they report ("soutient que …").
SUPPORT_VERBS = frozenset({"soutenir", "appuyer"})
# Verbs that act on someone when their object is a person or a group ("a félicité X", "a invité
# Y à déjeuner", "recadre le ministre"): an event with a target, not reported speech. With a
# clause or a thing as object ("a salué la décision") they still report.
PERSON_OBJECT_VERBS = SUPPORT_VERBS | {"féliciter", "saluer", "inviter", "remercier", "recadrer", "fustiger",
                                       "critiquer", "attaquer", "épingler"}
# Objects of a support verb that are groups of people or political bodies ("soutient le régime").
GROUP_OBJECT_NOUNS = frozenset({
    "régime", "rebelle", "insurgé", "milice", "opposant", "candidat", "candidate", "camp",
    "peuple", "population", "allié", "pays", "état", "équipe", "club", "mouvement", "coalition",
})
# Subordinators that frame a verb as not (yet) asserted: "sans que l'armée confirme",
# "avant qu'il annonce", "sans préciser".
NON_ASSERTIVE_SUBORDINATORS = frozenset({"sans", "avant"})
# Verbs whose infinitive complement was not uttered: "a refusé de confirmer", "évite de commenter".
NON_ASSERTIVE_GOVERNORS = frozenset({"refuser", "éviter", "hésiter", "renoncer", "se garder"})

# People speaking for a document or a body: "les auteurs du rapport", "les experts du Conseil de
# sécurité" are resolved to the producer of that document / that body.
DOCUMENT_AUTHOR_NOUNS = frozenset({"auteurs", "auteur", "experts", "rédacteurs", "signataires", "rapporteurs"})
# Participles of publishing before the outlet that carried a piece of its own ("un article publié dans
# Le Parisien"): the outlet speaks through it (not an op-ed, whose signatories speak).
PUBLISHING_VERBS = frozenset({"publier", "paraître"})
OUTLET_PIECE_NOUNS = frozenset({"article", "enquête", "reportage", "éditorial", "dépêche"})
# The author of a work, named by a possessive after the work ("ce conte …, selon son auteure"): the
# person the story is about — only with a work named in its sentence or the one before ("son auteur"
# of a stabbing is someone else).
WORK_AUTHOR_NOUNS = frozenset({"auteur", "auteure", "autrice", "réalisateur", "réalisatrice"})
WORK_NOUNS = frozenset({"livre", "conte", "roman", "film", "série", "chanson", "album", "ouvrage", "pièce", "œuvre",
                        "essai", "documentaire", "spectacle", "saga", "recueil", "chapitre", "tome", "bande"})
# Written works whose "auteurs" or "signataires" are theirs, not a group quoted before ("une étude", "une pétition").
WRITTEN_WORK_NOUNS = PUBLICATION_NOUNS | WORK_NOUNS | {"pétition"}
# Endings of nouns of a person by age ("la quinquagénaire", "le trentenaire").
AGE_NOUN_ENDINGS = ("génaire", "tenaire")
# Verbs of an answer: their speaker is not the one answered ("a répondu le médecin de 52 ans").
REPLY_VERBS = frozenset({"répondre", "rétorquer", "répliquer", "riposter", "objecter"})

# Words that introduce a complement: a name after them is not the head ("un proche du ministre X").
COMPLEMENT_MARKERS = frozenset({"de", "du", "des", "d'", "d’"})
# Words a noun phrase may not end on once trimmed ("le porte-parole de la" → "le porte-parole").
DANGLING_WORDS = COMPLEMENT_MARKERS | DEFINITE_DETERMINERS | REFLEXIVE_CLITICS | {"et"}  # ("un calcul s'|appuyant sur")
# Role nouns whose masculine form is used for women too ("le ministre", "le juge"): a masculine
# determiner before them says nothing of the holder's gender (a feminine one does).
EPICENE_ROLE_NOUNS = frozenset({
    "ministre", "porte-parole", "secrétaire", "juge", "chef", "maire", "médecin", "professeur", "responsable",
    "pdg", "leader", "numéro", "garde", "préfet", "procureur", "rapporteur", "commissaire", "député", "sénateur",
})
# Nouns and nominalised adjectives that label a person by party, camp or standing ("cette libérale",
# "le centriste", "l'élue"): with a demonstrative or definite determiner, the person just talked about.
PERSON_LABELS = frozenset({
    "libéral", "libérale", "centriste", "socialiste", "écologiste", "communiste", "gaulliste", "insoumis",
    "insoumise", "macroniste", "républicain", "républicaine", "conservateur", "conservatrice", "progressiste",
    "élu", "élue", "sortant", "sortante", "frondeur", "frondeuse", "souverainiste", "nationaliste",
    "populiste", "démocrate", "travailliste", "militante", "militant", "opposant", "opposante",
    "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "trentenaire",
    "intéressé", "intéressée", "principal", "principale", "homme", "femme", "ex-ministre", "ex-président",
    "ex-présidente", "ancienne", "ancien",
})
# Demonstrative determiners: "cette source", "ce proche" point back to the speaker just mentioned.
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
# Prepositions of a place where something is ("à Lyon", "en Bretagne", "dans le Var", "près d'Oslo").
LOCATIVE_PREPOSITIONS = frozenset({"à", "en", "dans", "au", "aux"})
LOCATIVE_PHRASES = frozenset({("près", "de"), ("près", "d'"), ("près", "d’")})
# "selon ses mots", "selon leurs propos": a possessive on these nouns means the speaker's own words.
POSSESSIVE_DETERMINERS = frozenset({"son", "sa", "ses", "leur", "leurs"})
OWN_WORDS_NOUNS = frozenset({"mots", "propos", "termes", "dires", "paroles", "explications"})
# Nouns that name a statement just quoted: "« … » Cette phrase du maire de Saint-Denis, …" — the
# complement owns the words.
STATEMENT_NOUNS = OWN_WORDS_NOUNS | {
    "phrase", "déclaration", "déclarations", "formule", "tweet", "message", "sortie", "citation", "remarque",
    "saillie", "confidence", "confidences", "affirmation", "réaction", "réponse", "réplique", "commentaire",
}
# Weekday names: they end a speaker phrase, except capitalised inside a name ("Journal du Dimanche").
WEEKDAYS = frozenset(WEEKDAY_NAMES)
# Nouns of a group around someone ("le clan Philippe", "l'entourage de X"): the group speaks, not that person.
SURROUNDING_GROUP_NOUNS = frozenset({"clan", "camp", "entourage", "équipe", "cabinet", "famille", "proches",
                                     "partisans", "fidèles"})
# Of those, the staff that speaks for a minister's ministry ("le cabinet de la ministre des Armées").
MINISTRY_STAFF_NOUNS = frozenset({"cabinet"})
# Words skipped between a subject and its verb when the parse found no subject
# ("Bruno Le Maire a déjà promis", "X n'a pas encore dit").
BEFORE_VERB_SKIP_WORDS = frozenset({
    "a", "ont", "avait", "avaient", "aurait", "auraient", "ne", "n'", "n’", "pas", "aussi", "également", "lui",
    "leur", "se", "s'", "s’", "y", "en", "bien", "déjà", "encore", "d'", "d’", "abord", "ensuite", "enfin",
    "toutefois", "pourtant", "alors",
})

# Verbs that report speech only with a que-clause or a colon (or as an inverted cue): with a noun
# phrase, an infinitive or an indirect question they describe a perception, a study, a meaning or
# an intention ("a observé les radars", "ont analysé pourquoi", "souhaiterait reporter la réforme",
# "la hausse signifie une baisse") rather than an utterance.
CLAUSE_ONLY_VERBS = frozenset({
    "observer", "constater", "noter", "remarquer", "relever", "analyser", "examiner",
    "signifier", "souhaiter", "espérer", "prévoir",
    # With a noun object these act rather than speak: "anticipe la suppression de postes", "a
    # prononcé trois exclusions", "a condamné six prévenus", "ne reconnaît pas la double nationalité".
    "anticiper", "prononcer", "condamner", "reconnaître",
    # Products: "un V8 développant 560 ch", "a dévoilé la voiture", "ne communique pas sur la puissance".
    "développer", "dévoiler", "communiquer",
    # Works and documents: "a écrit ses plus grands succès", "interprètent en duo", "a transmis le communiqué".
    "écrire", "interpréter", "transmettre",
    # "a lancé un plan", "lance un appel": an act; "a lancé qu'il était responsable": a report.
    "lancer",
})
# Of those, the ones that report without quotation marks only with a clause or a colon, whichever
# side their subject stands ("…, lance une campagne de sensibilisation" is no incise).
CLAUSE_ALWAYS_VERBS = frozenset({"lancer"})
# Verbs that name someone when their object is a pronoun: "elle l'appelle bébé", "qu'il appellerait son
# épouse" (not "appelle les salariés à manifester", "appelle à la grève").
NAMING_VERBS = frozenset({"appeler", "surnommer"})
# Verbs that report speech with a clause or an infinitive ("assure ne pas le faire") but not with a
# noun-phrase object, where they mean providing or preventing ("en assurant un double rôle",
# "garantit un revenu", "prévenir les risques").
NO_NOUN_OBJECT_VERBS = frozenset({"assurer", "prévenir", "garantir", "proposer"})  # "propose une gamme"
# Cues whose content is a "de" complement ("a fait état de trois nouveaux cas"), which the parse
# hangs on the cue's noun, not on the verb.
DE_CONTENT_CUES = frozenset({"faire état"})
# Speech verbs that mostly tell a feeling ("s'inquiète de", "se réjouit de"): under "selon X" the
# outlet reports the feeling, the feeling is no report of its own.
FEELING_VERBS = frozenset({"inquiéter", "alarmer", "réjouir", "féliciter", "émouvoir", "indigner", "offusquer",
                           "étonner", "désoler", "agacer", "irriter"})
# Pronominal uses of speech verbs that say nothing: "s'appelle Rex" (is named), "la reprise
# s'annonce difficile", "la tendance se confirme", "le calendrier se précise", "s'explique par",
# "deux ministres s'opposent" (clash).
PRONOMINAL_NON_SPEECH = frozenset({"appeler", "annoncer", "confirmer", "préciser", "expliquer", "opposer", "appuyer"})
# Verbs whose infinitive complement has its own subject, not theirs: in "le gouvernement voit
# s'opposer deux ministres" or "fait dire au ministre", the subject of voir/faire is not the speaker.
OWN_SUBJECT_GOVERNORS = frozenset({"voir", "entendre", "regarder", "écouter", "laisser", "faire", "sentir"})
# Words introducing a purpose infinitive: "un test est effectué pour confirmer que …" (the
# passive subject of the main verb does not speak).
PURPOSE_MARKERS = frozenset({"pour", "afin"})

# Verbs of passing on someone else's words: after a quotation that a clause before it already
# attributes ("X monte au créneau : « … », rapporte Le Parisien"), their subject relays, X spoke.
RELAY_VERBS = frozenset({"rapporter", "relayer", "relater", "citer"})
# Adverbs of degree after which a cue's form is an adjective ("une idée bien précise", "un avis très partagé").
DEGREE_ADVERBS = frozenset({"très", "bien", "plus", "moins", "si", "assez", "trop", "fort"})
# Nouns of a source that only tells what it learnt ("selon les informations du Parisien").
CHANNEL_NOUNS = frozenset({"information", "informations", "révélations", "confrères"})

# Asides between an inverted cue and its subject ("estime quant à lui X", "a réagi de son côté X").
ASIDE_PHRASES = tuple(tuple(p.split()) for p in (
    "quant à lui", "quant à elle", "quant à eux", "quant à elles", "pour sa part", "pour leur part",
    "de son côté", "de leur côté", "à son tour", "à leur tour",
    # adverbial phrases of several tokens ("», a d'ailleurs reconnu X", "», avait en effet admis X")
    "d' ailleurs", "d’ ailleurs", "en effet", "par ailleurs", "en outre", "de nouveau", "à nouveau",
    "en revanche", "du reste", "une nouvelle fois", "une fois de plus", "d' ores et déjà", "d’ ores et déjà",
    "à l' inverse", "à l’ inverse", "au contraire",  # "», se félicite à l'inverse X"
))
# The nouns of those asides, which the parser sometimes takes for the verb's subject ("de son côté").
ASIDE_NOUNS = frozenset({"côté", "part", "tour"})
# Prepositions opening a complement of setting (medium, place, occasion) that may stand between an
# inverted cue and its postposed subject: "», a affirmé sur Twitter le député X", "a déclaré dans un
# communiqué la ministre", "a expliqué lors d'une conférence de presse le maire".
SETTING_PREPOSITIONS = frozenset({"sur", "dans", "lors", "devant", "en", "via", "depuis"})
# Means of telling after "par" ("a raconté par téléphone à l'AFP X"): a setting of one word.
MEDIUM_NOUNS = frozenset({"téléphone", "écrit", "courriel", "mail", "e-mail", "visioconférence", "sms", "vidéo"})
# Nouns after "à"/"au" that open a setting rather than an addressee ("à la sortie de la réunion",
# "à l'issue du conseil", "au cours d'un point presse").
SETTING_NOUNS_AFTER_A = frozenset({"sortie", "issue", "fin", "cours", "terme", "occasion", "lendemain", "veille",
                                   "ouverture", "clôture", "début"})
# How many tokens such a complement may hold before the subject ("lors d'une conférence de presse"
# has 5, "à la sortie de la réunion à Bercy" 7).
SETTING_MAX_TOKENS = 8
# Words of a rank between a determiner and the noun of a kind of organisation: "le premier syndicat du
# primaire", "le plus grand parti" are the organisation of that kind named last — unless the phrase
# names the other side ("le premier parti d'opposition").
RANK_WORDS = frozenset({"premier", "première", "deuxième", "second", "seconde", "troisième", "principal",
                        "principale", "plus", "grand", "grande", "puissant", "puissante"})
OTHER_SIDE_WORDS = frozenset({"opposition", "rival", "rivale", "concurrent", "concurrente", "adverse"})
# Nouns of a definite phrase that stand for an organisation the article named in full before
# ("le ministère" → "ministère de la Culture", "la banque" → "Banque de France", "le tribunal").
ORGANISATION_HEAD_NOUNS = frozenset({
    "ministère", "tribunal", "banque", "cour", "conseil", "commission", "agence", "institut", "office",
    "parquet", "préfecture", "mairie", "fédération", "confédération", "syndicat", "parti", "groupe",
    "société", "entreprise", "compagnie", "fondation", "association", "observatoire", "autorité", "direction",
    "assemblée", "sénat", "gouvernement", "caisse", "chambre", "union",
})
# Nouns of a kind of organisation that a definite or demonstrative phrase uses for the one the
# article named last ("VVF a indiqué … L'entreprise précise", "ajoute cette association").
ORGANISATION_ANAPHOR_NOUNS = frozenset({
    "entreprise", "société", "groupe", "firme", "compagnie", "enseigne", "constructeur", "opérateur",
    "association", "organisation", "ong", "fondation", "organisme", "fédération", "start-up", "fabricant",
})
# The speaker in the first person singular: words that a third person written before the
# quotation cannot be saying of themselves (« Elle « me faisait remonter … » » quotes someone else).
SPEAKER_SELF_WORDS = FIRST_PERSON_SINGULAR
# Words of the first and second person: a quoted fragment holding one is someone's words ("« unir
# nos forces »"), not a name or a term.
SPEAKER_PERSON_WORDS = SPEAKER_SELF_WORDS | frozenset({"nous", "notre", "nos", "vous", "votre", "vos", "tu", "te",
                                                       "toi", "ton", "ta", "tes", "on"})
# Nouns of the people who run an organisation: "la direction" speaks for the organisation named
# last, "la direction du parti" for the one its complement stands for.
LEADERSHIP_NOUNS = frozenset({"direction", "présidence", "dirigeants", "instances", "état-major"})
# Nouns that stand for an organisation of a kind named before ("le syndicat" → CGT, "la centrale",
# "le parti", "la formation", "l'institut" → Insee), with the kind of ``knowledge/organisations.tsv`` they look for.
ORGANISATION_KINDS = {"syndicat": "syndicat", "centrale": "syndicat", "parti": "parti", "formation": "parti",
                      "institut": "institut"}
# Quotations naming a charge or an offence ("condamnée pour « espionnage »", "l'accusation de
# « … »"): the wording of the charge, nobody's words. Nouns of a charge before "de"/"d'":
CHARGE_NOUNS = frozenset({"accusation", "accusations", "chef", "chefs", "charge", "charges", "délit", "crime",
                          "motif", "inculpation", "infraction", "soupçons", "soupçon", "faits"})
# Lemmas of verbs of prosecution followed by "pour « … »":
CHARGE_VERBS = frozenset({"condamner", "inculper", "poursuivre", "accuser", "arrêter", "juger", "écrouer",
                          "interpeller", "incarcérer", "détenir", "soupçonner", "mettre", "placer", "emprisonner"})
# Nouns of a penalty or proceedings before "pour « … »" ("une peine d'un an pour « … »").
PENALTY_NOUNS = frozenset({"peine", "peines", "condamnation", "prison", "procès", "enquête", "poursuites", "mandat",
                           "amende", "garde", "détention", "sursis", "réclusion"})
# How far back (tokens) "pour « … »" looks for the verb or noun of prosecution.
CHARGE_WINDOW = 12
# Document nouns after which a quotation is the document's own wording ("un projet de loi « relatif
# à … »", "le décret « portant … »"): no one speaks.
LEGAL_TEXT_NOUNS = frozenset({"loi", "décret", "ordonnance", "arrêté", "amendement", "article", "texte",
                              "circulaire", "règlement", "directive", "résolution", "traité"})

# "Pour X, …" reports X's opinion, like "selon X", when it opens a clause and X is someone who
# speaks: a stressed pronoun, a name, a title or a noun of a speaker ("Pour lui, …", "Pour le
# syndicat, …"); not "Pour la première fois, …" nor "Pour les enfants, …".
OPINION_PREPOSITIONS = frozenset({"pour"})
# Tokens after which "pour" may open a clause (or the sentence start).
OPINION_OPENERS = frozenset({",", "mais", "et", "car", "que", "qu'", "qu’", "or",
                             ".", "!", "?", "»", "”", '"', ";", ":"})
# A closing quotation mark opens a clause only after a quoted sentence, ending on one of these
# ("« … ! » Pour lui, …"), not after quoted words inside one ("une « menace » pour les autorités").
SENTENCE_ENDS = (".", "!", "?", "…")
# The longest "X" before its comma, in tokens ("le député des Alpes-Maritimes Paul Girard" has 8).
OPINION_MAX_TOKENS = 10

# "…, X, pour qui « … »": prepositions before a relative "qui" that make its antecedent the source.
RELATIVE_SOURCE_PREPOSITIONS = frozenset({"pour", "selon"})
# Coordinators joining two quotations: "« A » et « B », a ajouté X" — B is a whole utterance when A is.
UTTERANCE_COORDINATORS = frozenset({"et", "puis", "mais"})
# Words opening a clause of its own after a comma ("…, tandis que le ministre …"): a quoted fragment
# the speech verb takes as object ("a dénoncé « un texte inutile », tandis que …") ends there, and so
# does any report at ", tandis que", ", alors que" (the narrator sets another view beside it).
CONTRAST_OPENERS = {"tandis": ("que", "qu'", "qu’"), "alors": ("que", "qu'", "qu’"), "pendant": ("que", "qu'", "qu’"),
                    "mais": None}
# "la même source", "le même responsable": a definite phrase pointing back to the last speaker.
SAME_WORDS = frozenset({"même", "mêmes"})

# Verbs of wanting or refusing whose subject a "selon un communiqué" (no author) speaks for: "les
# associations entendent obtenir …, selon un communiqué" (speech verbs count too, ``verb_cue``).
STANCE_VERBS = frozenset({"vouloir", "entendre", "souhaiter", "compter", "espérer", "refuser", "chercher",
                          "réclamer", "exiger", "demander", "appeler", "plaider"})

# A cleft sentence after a quotation's colon that names who said it ("« … » : c'est par ces mots que
# X a ouvert la soirée"), each followed by a form of "que".
CLEFT_SPEECH_OPENERS = tuple(tuple(words.split()) for words in (
    "c' est par ces mots", "c' est en ces termes", "c' est avec ces mots"))
QUE_FORMS = frozenset({"que", "qu'", "qu’"})
