"""French time vocabulary as data: every table here is a plain literal, each entry testable.

The detector (``patterns.py``) builds its regular expressions from these tables; the
normaliser (``normalize.py``) reads the values. Keys are lower-case and accent-bearing;
spelling variants without accents are listed explicitly (news copy often drops them).
"""

from __future__ import annotations

# Calendar words (months, weekdays, seasons, festivals) live in ``lang.fr.calendar``.
from ...lang.fr.calendar import HOLIDAYS, MONTHS, SEASON_START_MONTH, SEASONS, WEEKDAYS  # noqa: E402,F401

# Parts of the day: TIMEX3 codes (MO morning, AF afternoon, EV evening, NI night) or a clock time.
DAY_PARTS: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "apres-midi": "AF",
    "soir": "EV", "soirée": "EV", "nuit": "NI", "midi": "12:00", "minuit": "24:00",
}

# Units of durations: (TIMEX3 letter, is a time unit [PT...]).
UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True), "secondes": ("S", True),
    "minute": ("M", True), "minutes": ("M", True), "min": ("M", True),
    "heure": ("H", True), "heures": ("H", True),
    "jour": ("D", False), "jours": ("D", False), "journée": ("D", False), "journées": ("D", False),
    "semaine": ("W", False), "semaines": ("W", False),
    "mois": ("M", False),
    "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False), "années": ("Y", False),
    "décennie": ("DE", False), "décennies": ("DE", False),
    "siècle": ("CE", False), "siècles": ("CE", False),
    "trimestre": ("Q", False), "trimestres": ("Q", False),
    "semestre": ("M6", False), "semestres": ("M6", False),
}

# Nouns that are durations by themselves (value, as written in TIMEX3).
DURATION_NOUNS: dict[str, str] = {
    "septennat": "P7Y", "quinquennat": "P5Y", "demi-siècle": "P50Y", "demi-heure": "PT30M",
    "quart d'heure": "PT15M", "quart de siècle": "P25Y",
}

# Vague quantities in durations ("quelques jours" = PXD).
VAGUE_QUANTITIES: tuple[str, ...] = (
    "quelques", "plusieurs", "de longues", "de longs", "de nombreuses", "de nombreux",
    "nombre de", "bien des",
)

# Duration modifiers: phrase before the quantity -> TIMEX3 mod.
DURATION_MODS: dict[str, str] = {
    "environ": "APPROX", "près de": "APPROX", "presque": "APPROX", "quelque": "APPROX",
    "une petite": "APPROX", "un petit": "APPROX", "pas loin de": "APPROX",
    "plus de": "MORE_THAN", "au moins": "EQUAL_OR_MORE", "au minimum": "EQUAL_OR_MORE",
    "moins de": "LESS_THAN", "au plus": "EQUAL_OR_LESS", "au maximum": "EQUAL_OR_LESS",
    "à peine": "LESS_THAN", "pas moins de": "EQUAL_OR_MORE", "quasiment": "APPROX",
}

# Fuzzy parts of a period ("début mai", "mi-avril", "fin 2022") -> TIMEX3 mod.
PART_MODS: dict[str, str] = {
    "début": "START", "au début de": "START", "en début de": "START", "dès le début de": "START",
    "mi": "MID", "mi-": "MID", "à la mi-": "MID", "au milieu de": "MID", "courant": "MID",
    "fin": "END", "à la fin de": "END", "en fin de": "END", "la fin de": "END", "le début de": "START",
}

# Words after a period that move it: offset in units of that period.
RELATIVE_AFTER: dict[str, int] = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "précédent": -1, "précédente": -1,
    "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1, "à venir": 1,
}

# Deictic adverbs: offset in days from the reference date.
DEICTIC_DAYS: dict[str, int] = {
    "aujourd'hui": 0, "avant-hier": -2, "hier": -1, "demain": 1, "après-demain": 2,
}

# Anaphoric day words: offset in days from the previous date in the text.
ANAPHORIC_DAYS: dict[str, int] = {
    "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
    "le même jour": 0, "ce jour-là": 0, "ce même jour": 0, "le jour même": 0,
    "la même journée": 0,
}

# Vague references (TIMEX3 DATE with a *_REF value).
VAGUE_REFS: dict[str, str] = {
    "actuellement": "PRESENT_REF", "à présent": "PRESENT_REF", "jusqu'à présent": "PRESENT_REF",
    "désormais": "PRESENT_REF", "dorénavant": "PRESENT_REF", "maintenant": "PRESENT_REF",
    "en ce moment": "PRESENT_REF", "de nos jours": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
    "aujourd'hui encore": "PRESENT_REF", "à ce jour": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF", "jusqu'ici": "PRESENT_REF",
    "récemment": "PAST_REF", "dernièrement": "PAST_REF", "auparavant": "PAST_REF",
    "autrefois": "PAST_REF", "jadis": "PAST_REF", "naguère": "PAST_REF", "par le passé": "PAST_REF",
    "bientôt": "FUTURE_REF", "prochainement": "FUTURE_REF", "à terme": "FUTURE_REF",
    "à l'avenir": "FUTURE_REF", "dans le futur": "FUTURE_REF", "sous peu": "FUTURE_REF",
    "d'ici peu": "FUTURE_REF", "il y a peu": "PAST_REF", "depuis peu": "PAST_REF",
    "il y a longtemps": "PAST_REF", "ces jours-ci": "PRESENT_REF", "ces temps-ci": "PRESENT_REF",
}

# Sets: phrase -> value ("chaque année" P1Y).
SET_WORDS: dict[str, str] = {
    # adverbs only: the adjectives ("la vie quotidienne", "les quotidiens", "le mensuel") are
    # mostly not recurrences
    "quotidiennement": "P1D", "journellement": "P1D", "hebdomadairement": "P1W",
    "mensuellement": "P1M", "annuellement": "P1Y",
    "tous les jours": "P1D", "chaque jour": "P1D", "tous les ans": "P1Y", "chaque année": "P1Y",
    "chaque an": "P1Y", "tous les mois": "P1M", "chaque mois": "P1M", "toutes les semaines": "P1W",
    "chaque semaine": "P1W", "chaque matin": "TMO", "chaque soir": "TEV", "tous les soirs": "TEV",
    "tous les matins": "TMO", "chaque nuit": "TNI", "toutes les nuits": "TNI",
    "par jour": "P1D", "par an": "P1Y", "par mois": "P1M", "par semaine": "P1W", "par heure": "PT1H",
    "par année": "P1Y",
}

# Period nouns usable with "ce/cette", "dernier", "prochain": TIMEX3 granularity.
PERIODS: dict[str, str] = {
    "semaine": "W", "mois": "M", "an": "Y", "année": "Y", "week-end": "WE", "weekend": "WE",
    "trimestre": "Q", "semestre": "H", "siècle": "C", "décennie": "DE",
}

# Names that contain a date or a number but are not time expressions; any candidate overlapping
# one of these is dropped. Regular-expression fragments (case-insensitive).
NOT_TIME_NAMES: tuple[str, ...] = (
    r"\bmai\s+68\b", r"\bmai\s+1968\b", r"\bG\s?\d{1,2}\b", r"\bCAC\s?40\b", r"\b49[.\-‑]3\b",
    r"\bCovid[\s\-‑]?19\b", r"\bSRAS[\s\-‑]?CoV[\s\-‑]?2\b",
    r"\bAgenda\s+20\d\d\b", r"\bEuro\s+20\d\d\b", r"\bVision\s+20\d\d\b", r"\bHorizon\s+20\d\d\b",
    r"\bRoland[\s\-‑]Garros\b", r"\bLigue\s+1\b", r"\bFrance\s+[2-5]\b", r"\bTF1\b", r"\bM6\b",
    r"\b(?:Windows|iPhone|PS|Galaxy|Paris)\s+\d{1,4}\b", r"\b(?:loi|article|décret)\s+(?:n°\s*)?\d",
    r"\bA\d{1,3}\b", r"\bRN\s?\d+\b",
)

# Head nouns before "de demain" / "d'hier" that make it a real date ("la réunion de demain");
# after other nouns the phrase is a metaphor ("l'Europe de demain", "les métiers de demain").
EVENT_NOUNS_BEFORE_DEICTIC: frozenset[str] = frozenset({
    "réunion", "séance", "vote", "match", "rencontre", "rendez-vous", "audience", "conseil",
    "grève", "manifestation", "élection", "scrutin", "sommet", "édition", "journée", "soirée",
    "matinée", "débat", "annonce", "discours", "allocution", "conférence", "interview",
    "entretien", "attentat", "accident", "incendie", "déclaration", "propos", "mobilisation",
    "défilé", "marche", "épreuve", "course", "étape", "finale", "demi-finale", "cérémonie",
    "réunions", "matchs", "votes", "élections", "manifestations", "annonces", "déclarations",
})

# Nouns after which "de N ans" is an age, not a duration ("un homme de 40 ans").
AGE_NOUNS: frozenset[str] = frozenset({
    "homme", "femme", "garçon", "fille", "enfant", "adolescent", "adolescente", "jeune", "bébé",
    "personne", "retraité", "retraitée", "père", "mère", "fils", "patient", "patiente", "victime",
    "conducteur", "conductrice", "suspect", "suspecte", "individu", "sexagénaire", "quadragénaire",
    "hommes", "femmes", "garçons", "filles", "enfants", "adolescents", "jeunes", "personnes",
    "retraités", "victimes", "suspects", "individus", "joueur", "joueuse", "étudiant", "étudiante",
    "militant", "militante", "élève", "élèves", "mineur", "mineure", "mineurs", "fillette",
    "garçonnet", "dame", "monsieur", "frère", "sœur", "soeur", "cadet", "aîné", "aînée", "petit",
    "petite", "ado", "salarié", "salariée", "agriculteur", "policier", "gendarme", "soldat",
    "candidat", "candidate", "président", "ministre", "député", "maire", "acteur", "actrice",
    "chanteur", "chanteuse", "pilote", "médecin", "mannequin", "cheval", "chien",
})

# Words just before "N ans" that make it an age ("âgé de", "à 65 ans" as retirement age).
AGE_CUES: tuple[str, ...] = (
    "âgé de", "âgée de", "agé de", "agée de", "agés de", "agées de", "âgés de", "âgées de", "l'âge de", "âge de", "à", "jusqu'à",
    "ses", "leurs", "mes", "tes", "nos", "vos", "fête ses", "les moins de", "les plus de",
    "aux moins de", "aux plus de", "des moins de", "des plus de", "ses quelque",
)

# Well-known era markers: a word that proves the article was written on or after a day.
# Used only as a lower bound on an inferred publication date (never as the answer itself);
# dates are the first days the word was in common French news use (conservative).
ERA_MARKERS: dict[str, str] = {
    "covid": "2020-01-01", "covid-19": "2020-01-01", "coronavirus": "2020-01-01", "confinement": "2020-01-01",
    "crise sanitaire": "2020-01-01",
    "déconfinement": "2020-04-01", "gilets jaunes": "2018-10-20", "brexit": "2012-06-01",
    "euro": "1999-01-01", "euros": "1999-01-01", "€": "1999-01-01", "twitter": "2006-07-01",
    "facebook": "2004-02-04", "instagram": "2010-10-06", "tiktok": "2018-08-02", "smartphone": "2007-01-01",
    "smartphones": "2007-01-01", "emmanuel macron": "2012-05-15",
}


# Words after "une année", "une semaine", "un mois" that judge the period instead of measuring
# it ("une année record", "une semaine noire"): the phrase names a period, not a duration. A
# quotation mark right after ("une année « record »") counts as such a word.
PERIOD_QUALIFIERS: frozenset[str] = frozenset({
    "record", "records", "noire", "noir", "blanche", "blanc", "difficile", "compliquée", "compliqué",
    "exceptionnelle", "exceptionnel", "historique", "charnière", "faste", "catastrophique", "terrible",
    "décisive", "décisif", "mouvementée", "mouvementé", "particulière", "particulier", "sombre",
    "horrible", "électorale", "électoral", "folle", "fou", "meurtrière", "meurtrier", "chargée",
    "chargé", "sans", "riche", "calme", "tendue", "tendu", "agitée", "agité", "mitigée", "mitigé",
})
# Stative verbs: in the present, "aujourd'hui" with them means "nowadays" (PRESENT_REF: "ses
# cendres reposent aujourd'hui à Belgrade"), not the day of publication ("il se rend aujourd'hui à
# Berlin"). Lemmas, as spaCy gives them. Not "être": "il est aujourd'hui à Berlin" is the day.
STATIVE_VERBS: frozenset[str] = frozenset({
    "reposer", "vivre", "habiter", "rester", "demeurer", "exister", "appartenir", "posséder",
    "compter", "représenter", "constituer", "incarner", "symboliser", "sembler", "paraître",
    "ressembler", "dépendre", "occuper", "justifier", "connaître", "savoir", "régner", "dominer",
    "subsister", "perdurer", "survivre", "manquer", "valoir", "coûter", "peser", "figurer",
    "trouver", "situer", "détenir", "abriter",
})
# Words before "l'année passée/dernière" that make it a comparison with the year before the
# period under discussion ("une hausse de 50 % par rapport à l'année passée" in a report on 2019).
COMPARISON_CUES: tuple[str, ...] = (
    "par rapport à", "comparé à", "comparée à", "comparativement à", "en comparaison de", "contre",
    "que", "qu'",
)
# Irregular future/conditional stems (regular ones are the infinitive, less the final "e" of -re
# verbs): with them a form tagged imperfect is recognised as a conditional ("serait", "pourrait").
FUTURE_STEMS: dict[str, str] = {
    "être": "ser", "avoir": "aur", "faire": "fer", "pouvoir": "pourr", "devoir": "devr", "aller": "ir",
    "venir": "viendr", "devenir": "deviendr", "revenir": "reviendr", "tenir": "tiendr", "obtenir": "obtiendr",
    "maintenir": "maintiendr", "vouloir": "voudr", "falloir": "faudr", "savoir": "saur", "voir": "verr",
    "valoir": "vaudr", "envoyer": "enverr", "mourir": "mourr", "courir": "courr", "recevoir": "recevr",
    "percevoir": "percevr", "apercevoir": "apercevr", "pleuvoir": "pleuvr", "asseoir": "assiér",
}

# Words before a date that make it a deadline ahead of the writing, whatever the clause's tense:
# "organisé « au plus tard au mois de janvier 2021 »", "au plus tôt en 2027".
DEADLINE_WORDS = frozenset({("au", "plus", "tard"), ("au", "plus", "tôt")})
