"""What the text says about who uttered a quotation: the ``Attribution`` record, and its ``Cue``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...article import Cue


@dataclass
class Attribution:
    """What the text says about who uttered a quotation (speaker phrase not yet resolved)."""
    # incise | intro | governed | selon | predicate | relayed | continue | orphan | term | none, or "on": an
    # incise's lone "-on" ("poursuit-on"), the organisation quoted just before or nobody
    how: str
    np: tuple[int, int] | None      # token range of the speaker phrase
    cue: Cue | None
    offset: int                     # where the attribution is read (orders resolution)


def make_cue(doc: Doc, i: int, end: int, lemma: str) -> Cue:
    span = doc[i:end]
    return Cue(text=span.text, lemma=lemma, start=span.start_char, end=span.end_char)
