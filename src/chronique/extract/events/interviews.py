"""Interviews told by the attribution of what was said: "a déclaré X sur France Inter", "a-t-elle
confié au Parisien", "estime Y dans un entretien au JDD", "a affirmé Z au micro de RTL". The
speaker and the outlet met (CONSULT, mode "interview"), once per speaker and outlet in an article,
however many of the speaker's words the outlet carried. A person gives interviews; an institution that
"a confirmé à Franceinfo" answered a question, no meeting.

The outlet must hang, in the parse, from the cue of an attributed quotation or reported speech,
by a case word of ``lexicon.INTERVIEW_CASES`` ("sur", "à", "dans") or through a noun of
``lexicon.INTERVIEW_PATH_NOUNS`` ("au micro de", "dans les colonnes de"); "selon Le Monde" or "cité
par Le Monde" name a channel that reported the words, not an interview.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...article import Entity
from ..entities.tables import is_media_name
from . import lexicon as lx
from .actors import Resolver
from .draft import _Draft
from .surface import OF_WORDS

# How far up the parse an outlet may hang below the cue ("a déclaré" ← "dans" "un entretien"
# ← "au" "Parisien": two steps).
MAX_DEPTH = 3


def is_outlet(entity: Entity) -> bool:
    return entity.type == "ORG" and is_media_name(entity.name)


def interview_drafts(doc: Doc, resolver: Resolver) -> list[_Draft]:
    drafts: list[_Draft] = []
    seen: set[tuple[str, str]] = set()
    for quote in resolver.quotes:
        if quote.cue is None or quote.speaker is None or quote.speaker.entity is None:
            continue
        speaker = resolver.index.by_id.get(quote.speaker.entity)
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if speaker is None or cue is None or is_outlet(speaker) or speaker.type != "PER":
            continue
        outlet = _outlet_of(cue.root, resolver)
        if outlet is None or (speaker.id, outlet.id) in seen:
            continue
        seen.add((speaker.id, outlet.id))
        d = _Draft("CONSULT", "interview", cue.root, quote.cue.start, quote.cue.end, quote.cue.lemma)
        d.roles = {speaker.id: "source", outlet.id: "participant"}
        drafts.append(d)
    return drafts


def _outlet_of(cue: Token, resolver: Resolver) -> Entity | None:
    sent = cue.sent
    for mention, entity in resolver.index.mentions_in(sent.start_char, sent.end_char):
        if not is_outlet(entity):
            continue
        span = cue.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and _hangs_from(span.root, cue):
            return entity
    return None


def _hangs_from(word: Token, cue: Token) -> bool:
    """``word`` is a complement of ``cue`` brought by an interview case word, directly or through
    an interview noun ("au micro de RTL", "dans un entretien publié par Le Point")."""
    for _ in range(MAX_DEPTH):
        case = next((c.lemma_.lower() for c in word.children if c.dep_ == "case"), None)
        head = word.head
        if head is word:
            return False
        if head == cue:
            return case in lx.INTERVIEW_CASES
        if case in OF_WORDS and head.lemma_.lower() in lx.INTERVIEW_PATH_NOUNS:
            word = head
            continue
        if case in ("par", "à", "au") and head.dep_ == "acl" and head.head.lemma_.lower() in lx.INTERVIEW_NOUNS:
            word = head.head  # "dans un entretien publié par Le Point", "accordé au Parisien"
            continue
        if case not in lx.INTERVIEW_CASES or head.lemma_.lower() not in lx.INTERVIEW_PATH_NOUNS:
            return False
        word = head
    return False
