"""A resolved speaker, and the agreement rules shared by every resolution step."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


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


def morph_gender(tok: Token) -> str | None:
    """The grammatical gender spaCy gives a token, if any."""
    return (tok.morph.get("Gender") or [None])[0]


def norm_phrase(s: str) -> str:
    """Lower-case, straight apostrophes, single spaces, none after an elided article: the key
    under which phrases are compared, whether written from the text ("l'État") or joined from
    tokens ("l' État")."""
    return " ".join(s.lower().replace("’", "'").split()).replace("' ", "'")
