"""Nouns that designate a person by role, office, trade or kinship ("le ministre", "son fils")."""

from __future__ import annotations

from .gender import FEM, MASC

# Kin beyond parents and spouses ("son neveu", "sa belle-fille"): a role, a standing held beside
# any office, and a relation to someone.
KIN_NOUNS = frozenset({
    "neveu", "nièce", "cousin", "cousine", "oncle", "tante", "petit-fils", "petite-fille", "gendre",
    "belle-fille", "beau-père", "belle-mère", "veuve", "veuf",
})

# Members of someone's family: "la mère de l'enfant", "le père" speak as themselves, not as the
# person the story is about ("fille" and "femme" also mean a girl and a woman; a spouse, "l'épouse
# du chef de l'État", is often the person the story is about: not listed).
FAMILY_NOUNS = KIN_NOUNS | frozenset({"père", "mère", "frère", "sœur", "soeur", "fils", "grand-père",
                                      "grand-mère", "parent", "parents"})

# A family named by its surname ("la famille Mouzin", "le clan Kennedy"): the name is the family's,
# and "l'avocat de la famille Mouzin" is none of its members.
FAMILY_GROUP_NOUNS = frozenset({"famille", "clan", "dynastie", "couple"})

# Words that make a description an unnamed suspect ("l'auteur présumé", "le tireur supposé"): no
# one the article named before, unless it gave them that role.
ALLEGED_WORDS = frozenset({"présumé", "présumée", "présumés", "présumées", "supposé", "supposée"})

# Nouns of a person known by another's role ("son homologue au Sénat, X", "son successeur").
COUNTERPART_NOUNS = frozenset({"homologue", "successeur", "prédécesseur", "collègue"})

# Words of expertise that any learned profession has: "le toxicologue X …, insiste le spécialiste".
EXPERTISE_NOUNS = frozenset({"spécialiste", "expert", "experte", "scientifique", "chercheur", "chercheuse",
                             "universitaire"})
# Learned professions quoted as experts ("poursuit l'immunologue").
LEARNED_NOUNS = EXPERTISE_NOUNS | frozenset({
    "médecin", "professeur", "professeure", "épidémiologiste", "infectiologue", "virologue", "économiste",
    "immunologue", "immunologiste", "épidémiologue", "microbiologiste", "biologiste", "généticien",
    "généticienne", "pneumologue", "cardiologue", "cancérologue", "oncologue", "urgentiste", "psychiatre",
    "pédiatre", "pédopsychiatre", "psychologue", "climatologue", "glaciologue", "géologue", "sismologue",
    "volcanologue", "criminologue", "démographe", "géographe", "anthropologue", "ethnologue", "linguiste",
    "juriste", "constitutionnaliste", "politiste", "analyste", "stratège", "astronome", "astrophysicien",
    "astrophysicienne", "physicien", "physicienne", "chimiste", "mathématicien", "mathématicienne",
    "statisticien", "statisticienne", "météorologue", "météorologiste", "vétérinaire", "archéologue",
    "paléontologue", "neurologue", "dermatologue", "gynécologue", "anesthésiste", "radiologue", "addictologue",
    "nutritionniste", "toxicologue", "pharmacologue", "généraliste", "sociologue", "politologue", "historien",
    "historienne", "philosophe",
})
# Nouns of a person's role: a definite "le/la + ROLE" is resolved to the person holding it.
ROLE_NOUNS = LEARNED_NOUNS | frozenset({
    "ministre", "président", "présidente", "chef", "cheffe", "porte-parole", "directeur", "directrice", "secrétaire",
    "maire", "député", "députée", "sénateur", "sénatrice", "candidat", "candidate", "dirigeant", "dirigeante", "leader",
    "patron", "patronne", "pdg", "avocat", "avocate", "procureur", "procureure", "juge", "préfet", "préfète",
    "ambassadeur", "ambassadrice", "chancelier", "chancelière", "roi", "reine", "prince", "princesse", "pape",
    "souverain", "monarque", "commissaire", "gouverneur", "élu", "élue", "épouse", "mari", "femme", "homme", "fils",
    "fille", "frère", "sœur", "mère", "père", "compagnon", "compagne", "entraîneur", "sélectionneur", "joueur",
    "joueuse", "attaquant", "capitaine", "chanteur", "chanteuse", "acteur", "actrice", "animateur", "animatrice",
    "journaliste", "auteur", "autrice", "écrivain", "écrivaine", "édile", "locataire", "hôte", "numéro", "fondateur",
    "fondatrice", "vice-président", "vice-présidente", "rapporteur", "rapporteure", "conseiller", "conseillère",
    "délégué", "déléguée", "coprésident", "coprésidente", "ex-président", "ex-ministre", "ancien", "ancienne", "dame",
    "première", "premier", "tribun", "benjamin", "doyen", "doyenne", "star", "champion", "championne", "pilote",
    "entrepreneur", "milliardaire", "président-directeur", "maître", "ténor", "figure", "cadre", "garde", "intéressé",
    "intéressée", "principal", "principale", "ex-premier", "député-maire", "duc", "duchesse", "comte", "comtesse",
    "baron", "baronne", "émir", "cheikh", "président-élu", "eurodéputé", "eurodéputée", "parlementaire", "adjoint",
    "adjointe", "ex-député", "ex-députée", "ex-maire", "membre", "cofondateur", "cofondatrice",
}) | KIN_NOUNS

# Generic nouns for a kind of office, and the offices they cover: "la magistrate" is the
# "procureure de Besançon" the article named, "le parlementaire" its "député du Nord".
ROLE_HYPERNYMS = {
    "magistrat": frozenset({"procureur", "procureure", "juge"}),
    "magistrate": frozenset({"procureure", "juge"}),
    "parlementaire": frozenset({"député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée"}),
    "diplomate": frozenset({"ambassadeur", "ambassadrice", "consul", "consule"}),
    "souverain": frozenset({"roi", "reine", "émir", "empereur", "impératrice", "prince", "princesse"}),
    "monarque": frozenset({"roi", "reine", "émir", "empereur", "impératrice"}),
}
# Roles said in several words, whose first word alone is none ("la tête de liste LR aux européennes X").
ROLE_LOCUTIONS = frozenset({"tête de liste"})

# Trades and situations: a definite "l'artisan", "le titulaire du Perchoir", "la détenue" saying
# something is the person the story is about (not a role another person holds: no "pour les
# enfants" source); in the plural, a group that speaks as one ("ont indiqué les pompiers").
TRADE_NOUNS = frozenset({
    "titulaire", "artisan", "artisane", "boulanger", "boulangère", "commerçant", "commerçante", "agriculteur",
    "agricultrice", "éleveur", "éleveuse", "viticulteur", "viticultrice", "vigneron", "vigneronne", "pêcheur",
    "restaurateur", "restauratrice", "cuisinier", "cuisinière", "inventeur", "inventrice", "ingénieur",
    "ingénieure", "architecte", "photographe", "réalisateur", "réalisatrice", "comédien", "comédienne",
    "humoriste", "musicien", "musicienne", "pianiste", "artiste", "styliste", "créateur", "créatrice",
    "navigateur", "navigatrice", "skipper", "aventurier", "aventurière", "alpiniste", "athlète", "cycliste",
    "coureur", "coureuse", "nageur", "nageuse", "policier", "policière", "gendarme", "pompier", "militaire",
    "soldat", "officier", "enseignant", "enseignante", "instituteur", "institutrice", "étudiant", "étudiante",
    "lycéen", "lycéenne", "élève", "infirmier", "infirmière", "chirurgien", "chirurgienne", "pharmacien",
    "pharmacienne", "chauffeur", "conducteur", "conductrice", "propriétaire", "habitant",
    "habitante", "riverain", "riveraine", "patient", "patiente", "salarié", "salariée", "ouvrier", "ouvrière",
    "employé", "employée", "syndicaliste", "manifestant", "manifestante", "suspect", "suspecte", "accusé",
    "accusée", "prévenu", "prévenue", "détenu", "détenue", "plaignant", "plaignante", "rescapé", "rescapée",
    "survivant", "survivante", "otage", "témoin", "enfant", "adolescent", "adolescente", "retraité",
    "retraitée", "marcheur", "marcheuse", "chômeur", "chômeuse", "youtubeur", "youtubeuse", "influenceur",
    "influenceuse", "blogueur", "blogueuse", "sportif", "sportive", "footballeur", "footballeuse",
    "entraîneuse", "mannequin", "écolier", "écolière", "paysan", "paysanne", "producteur", "productrice",
    "horticulteur", "horticultrice", "maraîcher", "maraîchère", "apiculteur", "apicultrice", "fleuriste",
    "pépiniériste", "coiffeur", "coiffeuse", "serveur", "serveuse", "libraire", "boucher", "bouchère",
})

# Roles one holds beside an office (a membership, a standing): "le membre de la commission", "l'élue"
# can be the spokesperson the article named, unlike "le président" or "le député".
STATUS_NOUNS = frozenset({
    "membre", "élu", "élue", "candidat", "candidate", "militant", "militante", "adhérent", "adhérente", "cadre",
    "figure", "ténor", "responsable", "dirigeant", "dirigeante", "fondateur", "fondatrice", "cofondateur",
    "cofondatrice",
    # wealth and fame, which an office holder has too ("le milliardaire républicain" is the president);
    # some are ROLE_NOUNS as well (a speaker's description)
    "milliardaire", "multimilliardaire", "magnat", "star", "vedette", "tribun", "héritier", "héritière",
}) | KIN_NOUNS

# Nouns of one person known through someone else: "le proche de X", "l'avocat de X", "le fils de X"
# is another person than X, who does not act when that person does (a group, "les partisans de X",
# acts for X and is left out).
RELATION_NOUNS = frozenset({
    "proche", "ami", "amie", "fils", "fille", "épouse", "mari", "femme", "frère", "sœur", "père", "mère",
    "compagnon", "compagne", "avocat", "avocate", "conseiller", "conseillère", "collaborateur",
    "collaboratrice", "adversaire", "rival", "rivale", "agent", "biographe", "assistant", "assistante",
}) | KIN_NOUNS

# Elected mandates, held beside chairing a body of an assembly, a party or an association
# ("la présidente du groupe de travail" is still "la députée").
MANDATE_NOUNS = frozenset({"député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "maire",
                           "élu", "élue", "parlementaire", "conseiller", "conseillère"})
# Words before an office noun that make it another office: "le ministre" is not the "Premier
# ministre", "le secrétaire" not the "premier secrétaire" of a party (folded, as roles are compared).
OFFICE_RANK_WORDS = frozenset({"premier", "premiere"})
# First words (folded) of the positions held in a party or a campaign beside an elected mandate:
# "le chef de file écologiste" is still "l'eurodéputé", "la porte-parole du groupe" "la députée".
PARTY_POSITION_WORDS = frozenset({"chef", "cheffe", "leader", "numero", "porte-parole", "tete", "figure",
                                  "candidat", "candidate", "secretaire"})
# ... and their first two words where the first alone says nothing of a party: "le délégué général de
# LREM" is still "le député de Paris" (not a "délégué syndical" or "interministériel").
PARTY_POSITION_PHRASES = frozenset({"delegue general", "deleguee generale"})
# Nouns of the chair of a body, folded (no accents) as roles are compared.
CHAIR_NOUNS = frozenset({"president", "presidente", "vice-president", "vice-presidente", "copresident", "copresidente"})

# Endings of nouns of a person ("praticien", "sexagénaire", "enquêteur", "militante", "Béarnais"):
# a noun of no table with one of them, speaking, is taken for a person.
PERSON_NOUN_ENDINGS = ("ien", "ienne", "aire", "eur", "euse", "trice", "iste", "ant", "ante", "ier", "ière",
                       "ais", "aise", "ois", "oise", "in", "ine", "ard", "arde")


def ranked_office(words: list[str]) -> bool:
    """Folded words of a role that open on a rank word before the office noun ("premier ministre")."""
    return len(words) > 1 and words[0] in OFFICE_RANK_WORDS


# Feminine endings of a person noun and the masculine ending each replaces ("avocate"/"avocat",
# "conseillère"/"conseiller", "directrice"/"directeur", "chanteuse"/"chanteur", "lycéenne"/"lycéen").
_FEMININE_ENDINGS = (("e", ""), ("ère", "er"), ("rice", "eur"), ("euse", "eur"), ("enne", "en"), ("onne", "on"),
                     ("anne", "an"), ("ive", "if"), ("esse", "e"), ("hesse", ""))
# Nouns whose gender is their own, with no regular other form ("la mère", "le roi", "la veuve"); not
# "chef", said of women too ("la chef de l'État").
_INHERENT_GENDER = {
    **dict.fromkeys(("père", "roi", "mari", "fils", "frère", "oncle", "neveu", "veuf", "gendre", "homme",
                     "grand-père", "beau-père", "petit-fils", "compagnon"), MASC),
    **dict.fromkeys(("mère", "reine", "épouse", "fille", "sœur", "soeur", "tante", "nièce", "veuve", "femme",
                     "grand-mère", "belle-mère", "belle-fille", "petite-fille", "dame", "compagne", "cheffe"), FEM),
}


def _person_noun_genders() -> dict[str, str]:
    nouns = ROLE_NOUNS | TRADE_NOUNS | STATUS_NOUNS | RELATION_NOUNS | MANDATE_NOUNS | FAMILY_NOUNS
    out: dict[str, str] = dict(_INHERENT_GENDER)
    for word in nouns:
        for fem, masc in _FEMININE_ENDINGS:
            if word.endswith(fem) and word[: len(word) - len(fem)] + masc in nouns:
                out[word] = FEM
                out[word[: len(word) - len(fem)] + masc] = MASC
    return out


# The gender of each listed person noun whose other gender is listed too, or whose gender is its
# own: the noun's form says it, whatever the tagger read off the determiner ("son avocate" is
# tagged masculine after "son").
PERSON_NOUN_GENDER: dict[str, str] = _person_noun_genders()
