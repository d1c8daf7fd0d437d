"""French calendar words: months, weekdays, seasons and fixed-date festivals.

Keys are lowercase and accent-bearing; the spellings without accents that news copy uses are
listed too. TIMEX3 codes as values: ISO weekday numbers (Monday = 1), season codes.
"""

from __future__ import annotations

MONTH_NAMES: tuple[str, ...] = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
# Short forms for labels ("3 févr. 2024"), as the French typographic usage abbreviates them.
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)
# Every written form of a month -> its number.
MONTHS: dict[str, int] = {
    "janvier": 1, "janv.": 1, "janv": 1,
    "février": 2, "fevrier": 2, "févr.": 2, "fév.": 2,
    "mars": 3,
    "avril": 4, "avr.": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil.": 7,
    "août": 8, "aout": 8,
    "septembre": 9, "sept.": 9,
    "octobre": 10, "oct.": 10,
    "novembre": 11, "nov.": 11,
    "décembre": 12, "decembre": 12, "déc.": 12,
}
# Full month names as written, with and without accents ("février", "fevrier").
MONTH_SPELLINGS: frozenset[str] = frozenset(MONTH_NAMES) | {"fevrier", "aout", "decembre"}

WEEKDAY_NAMES: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# ISO weekday numbers (Monday = 1), as in TIMEX3 ``XXXX-WXX-1``.
WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(WEEKDAY_NAMES, start=1)}

# TIMEX3 season codes.
SEASONS: dict[str, str] = {
    "printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI",
}
# Month a season starts in (used to decide whether "l'hiver dernier" is this or last year).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_NAMES: dict[str, str] = {code: name for name, code in SEASONS.items()}

# Fixed-date festivals: (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25), "toussaint": (11, 1), "saint-valentin": (2, 14), "nouvel an": (1, 1),
    "jour de l'an": (1, 1), "saint-sylvestre": (12, 31), "réveillon de noël": (12, 24),
    "réveillon du nouvel an": (12, 31), "fête nationale": (7, 14), "fête du travail": (5, 1),
    "fête de la musique": (6, 21), "assomption": (8, 15),
}


def month_pattern() -> str:
    """A regular-expression alternation of the full month spellings (longest first)."""
    return "|".join(sorted(MONTH_SPELLINGS, key=len, reverse=True))


def weekday_pattern() -> str:
    return "|".join(WEEKDAY_NAMES)

# Units of a span of time, and nouns of an approximate count of them: "une quinzaine de jours plus tard",
# "deux semaines après" are when, never who.
TIME_UNITS: frozenset[str] = frozenset({"jour", "semaine", "mois", "an", "année", "heure", "minute", "seconde",
                                        "décennie", "siècle", "trimestre", "semestre", "nuit", "soirée", "matinée"})
APPROXIMATE_COUNTS: frozenset[str] = frozenset({"quinzaine", "dizaine", "vingtaine", "trentaine", "centaine",
                                                "huitaine", "poignée"})
# Words right after such a span that make it a moment ("plus tard", "après", "à peine après").
RELATIVE_TIME_WORDS: frozenset[str] = frozenset({"plus", "après", "avant", "auparavant", "tard", "tôt", "à"})
# Words that make the year after them a deadline or a horizon ("d'ici à 2022", "à l'horizon 2030",
# "jusqu'en 2025"): a year still to come when written, whatever the tense of the clause.
# Words before a date that put an act ahead of it, not on it ("avant le 15 août", "d'ici lundi").
BEFORE_DATE_WORDS: tuple[str, ...] = ("avant", "d'ici", "jusqu'a", "jusqu'au")
DEADLINE_WORDS: tuple[str, ...] = ("d'ici à", "d'ici", "à l'horizon", "horizon", "jusqu'en", "à l'échéance")
