"""Uses of a speech verb that report no speech: support of someone, an utterance framed as not
made, a pronominal use with another meaning, an infinitive whose subject is someone else, a
purpose clause of a passive, a perception or intention without a clause.

Each test takes the cue verb token (and its lexicon base form) and says "not a report".
"""

from __future__ import annotations

from spacy.tokens import Token

from .tables import (
    GROUP_OBJECT_NOUNS, HUMAN_GROUP_NOUNS, NON_ASSERTIVE_GOVERNORS, NON_ASSERTIVE_SUBORDINATORS, ORGANISATION_NOUNS,
    OWN_SUBJECT_GOVERNORS, PRONOMINAL_NON_SPEECH, PURPOSE_MARKERS, REFLEXIVE_CLITICS, ROLE_NOUNS, WEEKDAYS,
)

_NEGATIONS = frozenset({"pas", "jamais", "ne", "n'", "n’"})
_QUE = frozenset({"que", "qu'", "qu’"})
# How far back (tokens) a "sans"/"avant" may frame the verb.
_FRAME_WINDOW = 8


def supports_someone(verb: Token) -> bool:
    """The object of ``soutenir`` is a person or a group (a name, "le régime", "les rebelles"),
    not a clause or a proposition."""
    for c in verb.children:
        if c.dep_ not in ("obj", "xcomp", "dep") or c.i < verb.i or c.pos_ in ("VERB", "AUX", "ADJ") \
                or c.lower_ in WEEKDAYS:
            continue  # (the parser often reads a name object as xcomp or dep, and a weekday as object)
        if c.pos_ == "PROPN" or c.ent_type_ in ("PER", "ORG", "LOC") or c.pos_ == "PRON":
            return True
        lemma = c.lemma_.lower()
        return lemma in ORGANISATION_NOUNS or lemma in HUMAN_GROUP_NOUNS or lemma in ROLE_NOUNS \
            or lemma in GROUP_OBJECT_NOUNS
    return False


def not_asserted(t: Token) -> bool:
    """``sans que l'armée confirme ou ne démente``, ``avant qu'il annonce``, ``sans préciser``,
    ``a refusé de confirmer``: the verb is framed as not having been uttered."""
    doc = t.doc
    verb = t.head if t.dep_ == "conj" and t.head.i < t.i else t
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NON_ASSERTIVE_GOVERNORS:
        # "n'a pas hésité à critiquer": the negated governor asserts it after all.
        return not any(c.lower_ in _NEGATIONS for c in verb.head.children)
    k = verb.i - 1
    floor = max(verb.sent.start, verb.i - _FRAME_WINDOW)
    while k >= floor and doc[k].text not in (",", ";", ":", "«", "»", "."):
        low = doc[k].lower_
        if low in NON_ASSERTIVE_SUBORDINATORS or low == "ni":  # "n'a ni confirmé ni démenti"
            return True
        if low in _QUE and k > floor and doc[k - 1].lower_ in NON_ASSERTIVE_SUBORDINATORS:
            return True
        k -= 1
    return False


def pronominal_other_meaning(verb: Token, base: str) -> bool:
    """``le chien s'appelle Rex``, ``la reprise s'annonce difficile``: a reflexive clitic turns the
    speech verb into another verb."""
    if base not in PRONOMINAL_NON_SPEECH:
        return False
    if any(c.lower_ in REFLEXIVE_CLITICS for c in verb.children if c.i < verb.i):
        return True
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return prev is not None and prev.lower_ in REFLEXIVE_CLITICS


def infinitive_of_another_subject(verb: Token) -> bool:
    """``le gouvernement voit s'opposer deux ministres``: the infinitive's subject is not the
    subject of voir/entendre/laisser/faire."""
    return verb.morph.get("VerbForm") == ["Inf"] and verb.head is not verb \
        and verb.head.lemma_.lower() in OWN_SUBJECT_GOVERNORS


def purpose_of_passive(verb: Token) -> bool:
    """``un test est effectué pour confirmer que …``: the passive subject of the main verb is not
    the one who confirms."""
    if verb.morph.get("VerbForm") != ["Inf"] or verb.head is verb:
        return False
    doc = verb.doc
    marked = any(c.lower_ in PURPOSE_MARKERS for c in verb.children if c.i < verb.i) \
        or verb.i > 0 and doc[verb.i - 1].lower_ in PURPOSE_MARKERS
    head = verb.head
    # (the parser also gives "aux:pass" to "être" of motion verbs: "est venu pour confirmer")
    passive = head.morph.get("Voice") == ["Pass"] or any(c.dep_ == "nsubj:pass" for c in head.children)
    return marked and passive
