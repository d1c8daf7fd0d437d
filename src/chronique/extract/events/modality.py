"""Modality of an event: negated, attempted, hypothetical, planned or asserted, from the parse."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx

# Links through which a governing verb shapes its dependant ("doit rencontrer", "a tenté de
# bloquer", "prévoit de se rendre"); also the noun trigger's verb ("a tenté une incursion").
GOVERNED_DEPS = frozenset({"xcomp", "obl:arg", "ccomp", "obj", "obl", "obl:mod", "nsubj", "nsubj:pass"})
NE_WORDS = frozenset({"ne", "n'", "n’"})
NEGATION_DEPS = GOVERNED_DEPS - {"obl", "obl:mod"}


def _governors(trigger: Token, deps: frozenset[str] = GOVERNED_DEPS) -> list[Token]:
    """The trigger's governing verbs (or nouns), nearest first, at most three links up through ``deps``."""
    out, t = [], trigger
    for _ in range(3):
        if t.dep_ not in deps or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            break
        out.append(t)
    return out


def _negation_scope(trigger: Token) -> list[Token]:
    """The trigger and the governors whose negation denies it: through arguments ("n'a pas signé
    l'accord", "aucune réunion n'a eu lieu"), not through adjuncts ("n'a pas souri pendant la
    réunion": the meeting took place)."""
    return [trigger] + _governors(trigger, NEGATION_DEPS)


def _negated(tok: Token) -> bool:
    kids = {c.lower_ for c in tok.children}
    return bool(kids & NE_WORDS) and bool(kids & lx.NEGATION_WORDS | kids & {"plus", "rien"}) \
        or bool(kids & lx.NEGATIVE_DETERMINERS)


def _future(tok: Token) -> bool:
    if "Fut" in tok.morph.get("Tense") and tok.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_.startswith("aux") and "Fut" in c.morph.get("Tense") for c in tok.children)


def _purpose(tok: Token) -> bool:
    """An infinitive of purpose ("pour sanctionner X", "afin de rencontrer Y")."""
    if tok.pos_ not in ("VERB", "AUX") or "Inf" not in tok.morph.get("VerbForm"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in lx.PURPOSE_MARKS for c in tok.children) \
        or tok.head.lower_ in lx.PURPOSE_MARKS


def _conditional(tok: Token) -> bool:
    return "Cnd" in tok.morph.get("Mood") or any(
        c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood") for c in tok.children)


def _called_for(trigger: Token) -> bool:
    """A noun the parser hangs on the addressee of a call or threat: "exige de X un embargo",
    "menace la Russie de sanctions" (the noun is an nmod of X, X an argument of the verb)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nmod":
        return False
    addressee = trigger.head
    return addressee.dep_ in GOVERNED_DEPS and addressee.head.lemma_ in lx.CALL_GOVERNORS


def modality_of(trigger: Token, text: str) -> str:
    chain = [trigger] + _governors(trigger)
    if any(_negated(t) for t in _negation_scope(trigger)) or any(g.lemma_ in lx.REFUSAL_GOVERNORS for g in chain[1:]):
        return "negated"
    sent_end = trigger.sent.end_char
    tail = text[trigger.idx:min(sent_end, trigger.idx + 120)].lower()
    for gov in chain[1:]:
        if gov.lemma_ in lx.ATTEMPT_GOVERNORS:
            return "attempted"
    if any(cue in tail for cue in lx.FAILURE_CUES):
        return "attempted"
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") for c in t.children):
            return "hypothetical"
    for gov in chain[1:]:
        if gov.lemma_ in lx.HYPOTHETICAL_GOVERNORS and _conditional(gov):
            return "hypothetical"
    if trigger.lemma_ in lx.HYPOTHETICAL_GOVERNORS and _conditional(trigger):
        return "hypothetical"
    for gov in chain[1:]:
        if gov.lemma_ in lx.PLANNED_GOVERNORS:
            return "planned"
    purpose = next((t for t in chain if _purpose(t)), None)
    if purpose is not None:
        # an aim shares the modality of the act it is the aim of: "a reçu X pour signer un accord"
        # reports the signing; "exhorte Y à agir pour punir Z" calls for a punishment
        goal_of = purpose.head.head if purpose.head.lower_ in lx.PURPOSE_MARKS else purpose.head
        if goal_of.i != purpose.i and modality_of(goal_of, text) == "planned":
            return "planned"
    if _called_for(trigger):
        return "planned"
    if any(_future(t) for t in chain):
        return "planned"
    if trigger.pos_ == "NOUN":
        near = [c.lower_ for c in trigger.children] + [t.lower_ for t in chain[1:]]
        near += [c.lower_ for t in chain[1:] for c in t.children]
        if any(w in lx.PLANNED_NOUN_CUES for w in near):
            return "planned"
    return "asserted"
