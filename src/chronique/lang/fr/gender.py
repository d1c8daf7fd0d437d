"""Grammatical gender, with spaCy's morphology codes, so that a token's ``Gender`` compares as is."""

from __future__ import annotations

MASC = "Masc"
FEM = "Fem"
BOTH = "Both"  # a first name given to both: known, but says nothing


def compatible(a: str | None, b: str | None) -> bool:
    """Two genders agree when they are equal or either is unknown."""
    return a is None or b is None or a == b


# Noun endings the masculine and the feminine share ("le/la journaliste", "un/une sociologue",
# "l'épidémiologiste", "l'analyste", "l'ex-ministre"): the tagger's gender on such a noun is a guess, its determiner or
# adjective tells.
EPICENE_ENDINGS = ("iste", "yste", "logue", "aire", "graphe", "crate", "ète", "naute", "iatre", "ique", "ministre", "parole",
                   "juge")


def epicene_form(word: str) -> bool:
    return word.lower().endswith(EPICENE_ENDINGS)
