"""A resolved speaker, and the agreement rules shared by every resolution step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...nlp.syntax import morph_gender, noun_gender


# Entity types that can speak (a country speaks through its government: "Israël a affirmé").
SPEAKER_TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Referent:
    """A resolved speaker: the words naming it, where, and the entity (None for unnamed sources)."""
    text: str
    start: int
    end: int
    entity: str | None
    gender: str | None = None
    person: bool | None = None  # False for organisations and outlets: never the antecedent of "il"


def phrase_gender(doc, a: int, b: int) -> str | None:
    """The gender a description ``[a, b)`` gives its referent: its determiner's (not an elided "l'",
    which shows none: "l'analyste"), else an adjective's before any complement ("l'ancienne
    ministre"), else its head noun's."""
    first = doc[a]
    if first.pos_ == "DET" and morph_gender(first) and first.lower_ not in ("l'", "l’"):
        return morph_gender(first)
    head = None
    for t in doc[a:b]:
        if t.pos_ == "ADP":
            break
        if t.pos_ == "ADJ" and morph_gender(t):
            return morph_gender(t)
        if t.pos_ == "NOUN" and head is None:
            head = t
    return noun_gender(head) if head is not None else None


_HYPHEN_SPACES = re.compile(r" ?- ?")


def norm_phrase(s: str) -> str:
    """Lower-case, straight apostrophes, single spaces, none after an elided article nor around a
    hyphen: the key under which phrases are compared, whether written from the text ("l'État",
    "Alpes-Maritimes") or joined from tokens ("l' État", "Alpes - Maritimes")."""
    return _HYPHEN_SPACES.sub("-", " ".join(s.lower().replace("’", "'").split()).replace("' ", "'"))
