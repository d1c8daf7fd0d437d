"""A name candidate: a token span, its character span and the evidence gathered on its type."""

from __future__ import annotations

from dataclasses import dataclass, field

# Type weights: how much one piece of evidence counts in the vote over an entity's mentions
# (calibrated on gold/dev: a cue or a table hit outweighs one model label, a title decides).
W_MODEL = 1.0
W_CUE = 2.0
W_TABLE = 3.0
W_TITLE = 4.0


@dataclass
class Cand:
    i: int                      # first token
    j: int                      # end token (exclusive)
    cs: int                     # first character
    ce: int                     # end character (may cut inside the last token)
    votes: dict[str, float] = field(default_factory=dict)
    title: tuple[int, int] | None = None   # token span of the attached role phrase
    gender: str | None = None
    weak: bool = False          # a capitalised common word: kept only if the article confirms it
    acronym_of: "Cand | None" = None
    source: str = "model"
    needs_long_form: bool = False   # an acronym the model missed: kept only if it spells a name here

    def vote(self, label: str, weight: float) -> None:
        self.votes[label] = self.votes.get(label, 0.0) + weight
