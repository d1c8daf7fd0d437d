"""What the parse says about a trigger's form: a past participle standing without its auxiliary,
and the verb a noun trigger depends on."""

from __future__ import annotations

from spacy.tokens import Token


def _bare_participle(tok: Token) -> bool:
    """A past participle used without an auxiliary (an adjective-like "Qualifié de …, X")."""
    return "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


# Prepositions of a circumstance (time, concession): a noun completing the noun of such a phrase is
# no act of the clause's subject (the phrase's own noun may be: "n'a pas souri pendant la réunion").
CIRCUMSTANCE_CASES = frozenset({"avant", "après", "depuis", "pendant", "durant", "lors", "malgré", "dès"})


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun trigger depends on, at most two links up ("a tenu jeudi son sommet")."""
    t = tok
    for _ in range(2):
        if t.head.i == t.i or t.dep_ in ("acl:relcl", "advcl", "parataxis", "conj"):
            return None
        if t.i != tok.i and t.dep_ in ("obl", "obl:mod") \
                and any(c.dep_ == "case" and c.lower_ in CIRCUMSTANCE_CASES for c in t.children):
            return None  # "s'est exprimé avant l'interdiction de la manifestation": no act of the subject
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None
