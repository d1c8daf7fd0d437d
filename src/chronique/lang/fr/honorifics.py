"""Honorifics and titles written before a person's name, and the particles of family names.

``HONORIFICS`` are the forms written right before a name ("M. Scholz", "Mme Merkel", "Me Veil"),
lowercase as written, with the gender they say (None: either). ``NAME_TITLES`` are the folded
words (``fold_words``) a name key drops when linking ("le président", "Dr", "saint").
"""

from __future__ import annotations

from .fold import fold_words
from .gender import FEM, MASC

HONORIFICS: dict[str, str | None] = {
    "m.": MASC, "mm.": MASC, "monsieur": MASC, "messieurs": MASC, "mr": MASC, "mr.": MASC,
    "sir": MASC, "lord": MASC,
    "mme": FEM, "mme.": FEM, "mmes": FEM, "mlle": FEM, "mlles": FEM, "madame": FEM,
    "mademoiselle": FEM, "mrs": FEM, "mrs.": FEM, "ms": FEM, "lady": FEM,
    "me": None, "maître": None, "dr": None, "dr.": None, "pr": None, "pr.": None, "mgr": None,
    "docteur": None, "professeur": None,
}
# Honorifics that name a trade, masculine and feminine: "Me Dupont" is a lawyer, whom "l'avocat" (or
# "l'avocate") designates later; "le Pr Dupont" is "le professeur".
HONORIFIC_ROLES: dict[str, tuple[str, str]] = {"me": ("avocat", "avocate"), "maître": ("avocat", "avocate"),
                                               "mgr": ("évêque", "évêque"), "pr": ("professeur", "professeure"),
                                               "dr": ("docteur", "docteure")}
MASCULINE_HONORIFICS = frozenset(h for h, g in HONORIFICS.items() if g == MASC)
FEMININE_HONORIFICS = frozenset(h for h, g in HONORIFICS.items() if g == FEM)

# Folded titles that precede a name and say nothing about gender (dropped from linking keys).
TITLE_WORDS = frozenset("""
le la les l du de des president presidente ministre premier premiere chancelier chanceliere
general generale colonel commandant capitaine docteur dr pr professeur maitre me mgr saint sainte
senateur senatrice depute deputee maire secretaire porte parole juge procureur procureure roi reine
prince princesse pape cardinal eveque abbe pere soeur sir lord lady dame
""".split())
# Folded honorifics with a gender ("m", "mme"), as linking keys see them.
FOLDED_GENDER: dict[str, str] = {fold_words(h): g for h, g in HONORIFICS.items() if g is not None}

# Words that belong to the family name when they precede its last word ("Charles de Gaulle").
NAME_PARTICLES = frozenset("de du des d la le van von der den di da dos das del della ben bin ibn al el abu mac".split())

# Words before a title that make it a former office ("l'ancien ministre", "l'ex-président").
FORMER_WORDS = frozenset({"ancien", "ancienne", "anciens", "ex", "ex-", "précédent", "précédente"})
# Words before a title that keep it current ("le nouveau chancelier", "l'actuel président").
CURRENT_WORDS = frozenset({"nouveau", "nouvel", "nouvelle", "actuel", "actuelle"})
# Articles and contracted prepositions that may open a title (folded: "au numéro un", "du président").
TITLE_OPENERS = frozenset({"le", "la", "l", "les", "au", "aux", "du", "des", "cet", "cette", "ce"})
