"""An event being assembled: the ``_Draft`` a trigger starts (type, mode, trigger span, roles,
place), and ``_Found``, what reading the trigger's arguments has found so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ...article import Entity


@dataclass
class _Draft:
    type: str
    mode: str | None
    head: Token
    start: int
    end: int
    lemma: str
    roles: dict[str, str] = field(default_factory=dict)   # entity id → role
    place: str | None = None


@dataclass
class _Found:
    """The state the sections of ``arguments._arguments`` share: the words hanging off the
    trigger, and what they named."""
    d: _Draft
    kids: list[Token]
    is_verb: bool
    partner: bool = False
    outlet: bool = False        # the partner is an outlet given an interview: someone must give it
    before: bool = False
    undergoers: list[Entity] = field(default_factory=list)
    obj_ents: list[Entity] = field(default_factory=list)
    source_found: bool = False
    source_toks: list[Token] = field(default_factory=list)

    def add(self, ents: list[Entity], role: str) -> None:
        d = self.d
        for e in ents:
            if e.id not in d.roles or d.roles[e.id] == "participant" and role != "participant":
                d.roles[e.id] = role
