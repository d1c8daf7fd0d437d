"""The target of criticism or praise aimed at an act named by a bare noun: "Le Défenseur des
droits a demandé le retrait du texte. Une démarche que soutient X." — X supports the one who made
the demand. The act's author is the speaker or actor the article reported last before the
sentence (``lexicon.ACT_NOUNS``; a noun with a named complement, "la décision de Y", is read by
the argument rules instead)."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .actors import Resolver, case_of
from .draft import _Draft

# The author is looked for this many sentences back at most.
LOOKBACK_SENTENCES = 2


def act_noun(verb: Token) -> Token | None:
    """The bare act noun the verb is aimed at: its object ("salue cette initiative"), its "de"
    complement ("se réjouit de ce geste"), or the noun its relative clause qualifies ("une démarche
    que soutient X")."""
    for c in verb.children:
        if c.pos_ == "NOUN" and (c.dep_ == "obj" or c.dep_.startswith("obl") and case_of(c) in ("de", "du", "des")):
            noun = c
            break
        if c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’") and verb.dep_ == "acl:relcl":
            noun = verb.head
            break
    else:
        return None
    if noun.lower_ not in lx.ACT_NOUNS or any(c.dep_ == "nmod" for c in noun.children):
        return None
    return noun


def act_author(d: _Draft, resolver: Resolver, drafts: list[_Draft]) -> str | None:
    """The entity reported last as speaking or acting in the sentences before ``d``'s (a quoted
    speaker, an event's source, a named main subject), other than ``d``'s own participants."""
    sent = d.head.sent
    doc = d.head.doc
    first = sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lo, hi = doc[first].idx, sent.start_char
    candidates: list[tuple[int, str]] = []
    for q in resolver.quotes:
        if q.speaker is not None and q.speaker.entity and lo <= q.start < hi:
            candidates.append((max(q.start, q.speaker.start), q.speaker.entity))
    for o in drafts:
        if lo <= o.start < hi:
            candidates += [(o.start, e) for e, role in o.roles.items() if role == "source"]
    for tok in doc[first:sent.start]:
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
            entity = resolver.index.entity_at(tok.idx)
            if entity is not None and entity.type in ("PER", "ORG"):
                candidates.append((tok.idx, entity.id))
    for _, entity in sorted(candidates, reverse=True):
        if entity not in d.roles:
            return entity
    return None
