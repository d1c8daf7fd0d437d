"""Data the cleaner reads: news agencies, words that are not dateline places, months, credit lines.

Each table is a plain literal so that it can be read, extended and tested entry by entry
(``tests/test_clean_lexicon.py``).
"""

from __future__ import annotations

from ..lang.fr.calendar import MONTH_SPELLINGS, WEEKDAY_NAMES

# Agencies that sign a dateline: ``Paris (AFP) -``. A capitalised (not upper-case) place is only
# taken as a dateline when its parenthesis names one of these or when a date follows the place,
# so that ``Emmanuel Macron (LREM) - ...`` at the start of a body is left alone.
AGENCIES = frozenset({
    "AFP", "Reuters", "AP", "Associated Press", "Agence France-Presse", "Kyodo", "dpa", "DPA",
    "ANSA", "EFE", "Belga", "ATS", "Keystone-ATS", "Xinhua", "TASS", "Tass", "RIA Novosti",
    "Interfax", "Bloomberg", "APS", "MAP", "Anadolu", "Yonhap", "PTI", "UPI", "CP", "Notimex",
    "PAP", "CTK", "APA", "Ukrinform", "Agence Europe", "Sipa", "AFP/Reuters", "Reuters/AFP",
    "APM", "AEF", "Agence Belga", "Agence Ecofin", "IRNA", "WAFA", "Lusa",
})

# Upper-case words that open a body like a dateline (``URGENT :``) but name no place.
NOT_PLACES = frozenset({
    "URGENT", "EXCLUSIF", "ALERTE", "FLASH", "INFO", "INFOS", "VIDEO", "VIDÉO", "PHOTOS", "PHOTO",
    "DIRECT", "EN DIRECT", "TRIBUNE", "ANALYSE", "DÉCRYPTAGE", "DECRYPTAGE", "ENQUÊTE", "ENQUETE",
    "INTERVIEW", "ENTRETIEN", "REPORTAGE", "ÉDITO", "EDITO", "ÉDITORIAL", "EDITORIAL", "OPINION",
    "CHRONIQUE", "PORTRAIT", "COMMUNIQUÉ", "COMMUNIQUE", "MISE À JOUR", "MAJ", "BREAKING",
    "LIVE", "RÉCIT", "RECIT", "ZOOM", "FOCUS", "QUESTION", "RÉPONSE", "REPONSE", "NOTE",
    "ATTENTION", "IMPORTANT", "RAPPEL", "AVERTISSEMENT", "AVIS", "ERRATUM", "POLITIQUE",
    "ÉCONOMIE", "ECONOMIE", "SOCIÉTÉ", "SOCIETE", "MONDE", "FRANCE INFO", "SPORT", "CULTURE",
    # Rubric kickers of French news sites (``INSOLITE - Un cygne a...``), seen in OrangeSum.
    "FAIT DIVERS", "FAITS DIVERS", "FAIT-DIVERS", "FAITS-DIVERS", "INSOLITE", "SONDAGE", "TESTEZ-VOUS",
    "QUIZ", "JACKPOT", "MÉTÉO", "METEO", "SANTÉ", "SANTE", "ACCIDENT", "VOL", "JUSTICE", "ÉLECTIONS",
    "ELECTIONS", "PRÉSIDENTIELLE", "PRESIDENTIELLE", "LÉGISLATIVES", "LEGISLATIVES", "MUNICIPALES",
    "EUROPÉENNES", "EUROPEENNES", "RÉGIONALES", "REGIONALES", "TWITTER", "FACEBOOK", "INSTAGRAM",
    "YOUTUBE", "HUMOUR", "PEOPLE", "TÉLÉ", "TELE", "TV", "MÉDIAS", "MEDIAS", "IMBROGLIO", "FAME",
    "POLÉMIQUE", "POLEMIQUE", "SCANDALE", "CLASH", "BUZZ", "INTERNATIONAL", "ENVIRONNEMENT",
    "ÉCOLOGIE", "ECOLOGIE", "CLIMAT", "ÉDUCATION", "EDUCATION", "SÉCURITÉ", "SECURITE",
    "TERRORISME", "IMMIGRATION", "EMPLOI", "RETRAITES", "CORONAVIRUS", "COVID-19", "CONFINEMENT",
    "GILETS JAUNES", "RÉACTION", "REACTION", "RÉACTIONS", "REACTIONS", "TÉMOIGNAGE", "TEMOIGNAGE",
    "HOMMAGE", "NÉCROLOGIE", "NECROLOGIE", "CONSOMMATION", "AUTO", "TECH", "HIGH-TECH", "SCIENCES",
    "BOURSE", "FOOTBALL", "RUGBY", "TENNIS", "CYCLISME", "FORMULE 1", "JEUX",
    # Party acronyms open kickers too (``LREM - Le nouveau président...``).
    "LREM", "LAREM", "MODEM", "EELV", "LFI", "PCF", "UDI", "NPA", "UMP", "RN", "FN", "PS", "LR",
})

# A capitals phrase holding one of these words as a word of its own is a rubric
# (``LIGUE DES CHAMPIONS``, ``APPEL À TÉMOINS``), not a place: places join such words
# with hyphens (``AIX-EN-PROVENCE``, ``BOULOGNE-SUR-MER``).
NOT_PLACE_WORDS = frozenset({"DE", "DES", "DU", "À", "A", "AU", "AUX", "ET", "EN", "SUR", "POUR", "PAR", "AVEC", "D'", "L'"})

MONTHS = tuple(sorted(MONTH_SPELLINGS, key=len, reverse=True))

WEEKDAYS = WEEKDAY_NAMES

# Lines that are short and unpunctuated like a subheading but are credits, bylines or
# navigation left by scraping: they stay paragraphs. Compared case-insensitively with the
# start of the line.
NOT_SUBHEADING_PREFIXES = (
    "par ", "avec ", "de notre ", "lire aussi", "à lire aussi", "a lire aussi", "lire la suite",
    "voir aussi", "à voir aussi", "photo", "crédit", "credit", "source", "(", "[", "copyright",
    "©", "mis à jour", "publié le", "publié ", "modifié le", "propos recueillis", "traduit ",
    "envoyé spécial", "envoyée spéciale", "correspondant", "correspondante", "suivez", "partager",
    "http", "www.",
)

# Short lines at the top of a body that are page furniture, not text (``Publié le 13 juillet 2023``):
# dropped before the dateline is looked for. Compared case-insensitively with the line's start.
LEADING_FURNITURE_PREFIXES = (
    "publié le", "publié à", "mis à jour le", "mis à jour à", "modifié le", "actualisé le",
    "temps de lecture", "lecture :", "partager", "abonnés", "réservé aux abonnés",
)
# Longer than this, a line that starts like furniture is a sentence of the article.
MAX_FURNITURE_CHARS = 80
