"""What the parse says about a trigger's form: a past participle standing without its auxiliary,
and the verb a noun trigger depends on."""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import fronted_noun_participle


def _bare_participle(tok: Token) -> bool:
    """A past participle used without an auxiliary (an adjective-like "Qualifié de …, X")."""
    return ("Part" in tok.morph.get("VerbForm") or fronted_noun_participle(tok)) \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def fronted_participle_subject(tok: Token) -> Token | None:
    """"Critiqué par X, Y a répondu", "Arrêté en 1996, Y sera jugé": a bare past participle opening
    its sentence (after adverbs: "Pas retenu par X, Y …") is said of the subject of the clause
    after its comma: that phrase's head, else None."""
    if not _bare_participle(tok) or "Pres" in tok.morph.get("Tense"):
        return None
    doc, sent = tok.doc, tok.sent
    opening = [t for t in doc[sent.start:tok.i + 1] if not t.is_punct]
    if any(t.pos_ != "ADV" for t in opening[:-1]) or not opening[0].text[:1].isupper():
        return None
    comma = next((t.i for t in doc[tok.i + 1:sent.end] if t.text == ","), None)
    # past a time or a circumstance set off by commas: "Interpellé par la police, mardi soir, X …"
    while comma is not None and comma + 1 < sent.end and (doc[comma + 1].pos_ in ("ADP", "ADV")
                                                         or doc[comma + 1].dep_ in ("obl", "obl:mod")):
        comma = next((t.i for t in doc[comma + 1:sent.end] if t.text == ","), None)
    if comma is None or comma + 1 >= sent.end or any(
            x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in doc[tok.i + 1:comma]):
        return None  # (not "Très critiqué - des manifestants ont appelé à sa démission - il a …")
    t = doc[comma + 1]
    while t.dep_ in ("det", "amod", "nummod") and t.i < t.head.i < sent.end:
        t = t.head  # "le maire X", "l'attaquant du Real": the noun the phrase is about
    return t


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
