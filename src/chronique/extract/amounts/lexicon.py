"""Amount lexicons, as data: currencies, scale words, units and the contexts that rule a number out.

Every key is lower-case; look-ups fold case first. Each entry is exercised by
``tests/test_amounts_lexicon.py``.
"""

from __future__ import annotations

from ...knowledge.currencies import shared_currency_names
from ...lang.fr.calendar import MONTH_SPELLINGS, WEEKDAY_NAMES
from ...lang.fr.numbers import APPROX_HEDGES as _APPROX_HEDGES, APPROX_NUMBER_NOUNS as _APPROX_NUMBER_NOUNS, ONE_TO_TEN

# Currency words and symbols → ISO 4217. Plural and singular both listed: the text decides.
CURRENCIES: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR",
    "dollar": "USD", "dollars": "USD", "$": "USD", "usd": "USD", "us$": "USD",
    "dollars américains": "USD", "dollars canadiens": "CAD", "dollars australiens": "AUD",
    # plain "livres" is as often books as pounds: only the unambiguous forms count
    "livre sterling": "GBP", "livres sterling": "GBP", "£": "GBP", "gbp": "GBP",
    "yen": "JPY", "yens": "JPY", "¥": "JPY",
    "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
    "franc suisse": "CHF", "francs suisses": "CHF", "chf": "CHF",
    "franc": "FRF", "francs": "FRF",
    "franc cfa": "XOF", "francs cfa": "XOF",
    "rouble": "RUB", "roubles": "RUB",
    "roupie": "INR", "roupies": "INR",
    "hryvnia": "UAH", "hryvnias": "UAH",
    "reais": "BRL", "réals": "BRL",
    "bitcoin": "BTC", "bitcoins": "BTC",
    # names several countries' currencies share ("riyals", "dinars"): the first country's here, the
    # article's country in the stage (``knowledge/currencies.tsv``)
    **shared_currency_names(),
}

# Currencies named by an ambiguous word, taken as money only after a scale and "de"
# ("100 millions de livres" is pounds; "12 livres" may well be books).
SCALED_CURRENCIES: dict[str, str] = {"livre": "GBP", "livres": "GBP"}

# Scale words after a number ("8,5 millions"), and the abbreviations used before a currency ("12 M€").
SCALES: dict[str, int] = {
    "mille": 1_000,
    "million": 1_000_000, "millions": 1_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000,
    "billion": 1_000_000_000_000, "billions": 1_000_000_000_000,
    "md": 1_000_000_000, "mds": 1_000_000_000, "mrd": 1_000_000_000, "mrds": 1_000_000_000,
    "m": 1_000_000, "k": 1_000,
}
# Abbreviated scales only count directly before a currency symbol or word ("12 M€", "3 Mds d'euros").
ABBREVIATED_SCALES = frozenset({"md", "mds", "mrd", "mrds", "m", "k"})

PERCENT_WORDS = ("%", "pour cent", "pourcent", "pour-cent")

# Measure units: the amount's kind is "measure", its unit the word as written.
MEASURE_UNITS = frozenset({
    "km", "kilomètre", "kilomètres", "m", "mètre", "mètres", "cm", "centimètres", "mm", "millimètres",
    "km²", "m²", "m2", "km2", "hectare", "hectares", "ha",
    "kg", "kilo", "kilos", "kilogrammes", "g", "grammes", "tonne", "tonnes", "t",
    "litre", "litres", "l", "hectolitres", "baril", "barils",
    "degré", "degrés", "°", "°c", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "watts",
    "km/h", "mph", "nœuds", "pieds", "miles", "mégawatts", "gigawatts",
    "octets", "go", "mo", "to", "ch", "cv", "chevaux", "microgrammes", "milligrammes", "microns",
    "millimètre", "nanomètres", "décibels", "db", "nm", "newton-mètres",
})
# Words completing a measure unit ("mètres carrés", "mètres cubes").
MEASURE_QUALIFIERS = frozenset({"carré", "carrés", "cube", "cubes", "celsius", "fahrenheit"})

# Nouns after which a number is a duration, a time, an age or a date: not an amount.
TIME_UNITS = frozenset({
    "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "journée", "journées",
    "heure", "heures", "h", "minute", "minutes", "min", "mn", "seconde", "secondes", "s",
    "siècle", "siècles", "décennie", "décennies", "nuit", "nuits", "trimestre", "trimestres",
    "semestre", "semestres", "week-end", "week-ends", "millénaire", "millénaires", "printemps", "étés",
    "hivers", "automnes",
})
MONTHS = MONTH_SPELLINGS
WEEKDAYS = frozenset(WEEKDAY_NAMES)
# Nouns that label a number rather than count with it ("article 49", "stade 3", "page 12").
LABEL_NOUNS = frozenset({
    "article", "articles", "alinéa", "stade", "niveau", "phase", "page", "pages", "chapitre", "tome",
    "numéro", "n°", "no", "acte", "saison", "épisode", "ligne", "route", "rue", "avenue", "boulevard",
    "quai", "chambre", "salle", "porte", "terminal", "vol", "groupe", "catégorie", "type", "version",
    "classe", "zone", "étape", "round", "manche", "match", "journée", "division", "bus", "tram",
    "métro", "rer", "autoroute", "départementale", "nationale", "covid", "section", "point",
    "paragraphe", "lot", "case", "note", "score", "dossier", "décret", "loi", "fois", "modèle",
    "lignes", "tramway", "tramways", "trams", "routes", "terminaux", "salles", "étapes",
})
# Nouns that follow a number without being what it counts: addresses, scores, ordinal uses.
# Nouns that name sums of money: "40 milliards de dépenses" is an amount of money, not a count
# of expenses. It takes the currency last named in the article, else the one below.
MONEY_NOUNS = frozenset({
    "dépenses", "recettes", "économies", "investissements", "dette", "dettes", "déficit", "déficits",
    "subventions", "aides", "crédits", "impôts", "taxes", "bénéfices", "pertes", "revenus", "fonds",
    "financements", "prêts", "emprunts", "dividendes", "salaires", "dons", "amendes", "indemnités",
    "cotisations", "prélèvements", "allègements", "baisses d'impôts", "ventes", "exportations", "importations",
})
DEFAULT_CURRENCY = "EUR"  # French-language news: a sum with no currency named anywhere is in euros
# Hundredths of a currency, counted in it: "57 centimes" is 0.57 EUR ("centimes d'euro", "cents d'euro").
SUBUNITS: dict[str, str] = {"centime": "EUR", "centimes": "EUR", "cents d'euro": "EUR", "cent d'euro": "EUR"}

NOT_COUNT_NOUNS = frozenset({
    "rue", "avenue", "boulevard", "place", "impasse", "allée", "chemin", "route", "fois", "contre",
    "heure", "heures", "h", "reprises", "sur", "pour",
    "tiers", "quart", "quarts", "cinquième", "cinquièmes", "dixième", "dixièmes",  # fractions: "les deux tiers des …"
})

# Words just before a number that make it approximate.
APPROX_CUES: tuple[str, ...] = (
    "environ", "près de", "pres de", "plus de", "moins de", "quelque", "presque", "autour de",
    "au moins", "au plus", "jusqu'à", "jusqu’à", "approximativement", "à peu près", "grosso modo",
    "une bonne", "pas moins de", "quasiment", "plus d'", "plus d’", "moins d'", "moins d’",
)

# Words just before a number that make it a date, an hour, a rank or an age.
NOT_AMOUNT_BEFORE = frozenset({
    "le", "du", "au", "l'", "l’", "depuis", "dès", "des", "âgé", "âgée", "âgés", "âgées", "agé", "agée",
    "à", "vers", "en", "fin", "début", "mi", "printemps", "été", "automne", "hiver",
    "par",  # "divisé par deux": a factor
    *WEEKDAY_NAMES,
})
# Those of NOT_AMOUNT_BEFORE that do not block a number followed by a counted noun
# ("le 4500 cas" is odd, but "des 26 pays", "à 15 jeudi" or "en 2 ans" decide on the noun).
WEAK_BEFORE = frozenset({"le", "du", "au", "l'", "l’", "des", "à", "en", "vers", "depuis", "dès"})

# Pre-nominal adjectives that may stand between a number and its noun ("deux autres membres").
PRENOMINAL = frozenset({
    "autres", "nouveaux", "nouvelles", "premiers", "premières", "derniers", "dernières", "petits",
    "petites", "grands", "grandes", "jeunes", "vieux", "seuls", "seules", "gros", "grosses",
    "bons", "bonnes", "mauvais", "hauts", "hautes", "anciens", "anciennes", "principaux",
    "principales",
})

# Nouns that stand in apposition after a counted noun, forming one unit ("28 cas types",
# "27 pays membres", "12 mesures phares"); the tagger often calls them adjectives.
APPOSITIVE_NOUNS = frozenset({
    "types", "type", "clés", "clefs", "membres", "pilotes", "témoins", "phares", "modèles", "records",
    "limites", "cibles", "tests", "relais", "sœurs", "mères", "fantômes", "satellites",
})

# Nouns whose complement a later bare number counts ("le nombre des contaminations … à 15").
COUNT_NOUNS = frozenset({"nombre", "total", "bilan", "chiffre"})
# ... and the superlatives of quantity ("le pays déplorant le plus de morts, à plus de 160.000").
SUPERLATIVE_QUANTITIES = frozenset({"plus", "moins"})
# Words allowed between such a superlative's noun phrase and its number ("…, à plus de 160.000").
SUPERLATIVE_LINKS = frozenset({"à", "avec", "soit", "plus", "moins", "de", "d'", "d’", "près", "environ",
                               "quelque", "presque", "au"})

# Collective number nouns: "une douzaine de départs" is about 12 departures, "un millier de
# manifestants" about 1000. Read only with a determiner or a number word before them and
# "de" after ("une quarantaine de personnes", never "en quarantaine"); "des dizaines de" has no value.
APPROX_NUMBER_NOUNS = _APPROX_NUMBER_NOUNS
APPROX_HEDGES = _APPROX_HEDGES

# Number words that open a proportion ("un cas sur quatre", "deux Français sur trois"): the number
# after "sur" is a denominator, not a count of anything. Digits are kept ("343 élus sur 577" gives
# the size of the whole, which news readers read as an amount).
PROPORTION_NUMERATORS = frozenset(ONE_TO_TEN)
# A denominator written in digits up to this ("1 train sur 2", "8 TGV sur 10") makes a proportion,
# not a count; a larger one is the size of the whole ("343 élus sur 577"), which readers count.
PROPORTION_MAX_DENOMINATOR = 10

# Words before a number that make it a factor ("multiplié par 4 ou 5"): the factor and the number
# paired with it are no amounts.
FACTOR_BEFORE = frozenset({"par"})

# Lexicalised compounds counted as one unit ("2 lignes de métro", "11 chefs de gouvernement"), by
# the head's lemma and the bare complement; a noun with an ordinary complement keeps its head alone
# ("18 millions de cas de cancer": cas).
COMPOUND_UNITS = frozenset({
    "ligne métro", "ligne rer", "ligne bus", "ligne tram", "ligne tramway", "bureau vote", "chef état",
    "chef gouvernement", "demandeur emploi", "demandeur asile", "point vente", "salle classe",
    "gardien paix", "arrêt travail", "lit réanimation", "mise examen", "garde vue", "chef entreprise",
})
# Action nouns that count what their complement names: "5 000 suppressions de postes", "300
# créations d'emplois". The unit keeps the complement (the count is of posts, not of acts).
NOUNS_WITH_COMPLEMENT = frozenset({
    "suppressions", "suppression", "créations", "création", "destructions", "destruction", "pertes",
    "ouvertures", "fermetures", "fermeture", "ouverture",
})
