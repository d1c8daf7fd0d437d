"""Grammatical gender, with spaCy's morphology codes, so that a token's ``Gender`` compares as is."""

from __future__ import annotations

MASC = "Masc"
FEM = "Fem"
BOTH = "Both"  # a first name given to both: known, but says nothing


def compatible(a: str | None, b: str | None) -> bool:
    """Two genders agree when they are equal or either is unknown."""
    return a is None or b is None or a == b
