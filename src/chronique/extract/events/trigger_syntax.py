"""What the parse says about a trigger's form: a past participle standing without its auxiliary,
and the verb a noun trigger depends on."""

from __future__ import annotations

from spacy.tokens import Token


def _bare_participle(tok: Token) -> bool:
    """A past participle used without an auxiliary (an adjective-like "Qualifié de …, X")."""
    return "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun trigger depends on, at most two links up ("a tenu jeudi son sommet")."""
    t = tok
    for _ in range(2):
        if t.head.i == t.i or t.dep_ in ("acl:relcl", "advcl", "parataxis", "conj"):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None
