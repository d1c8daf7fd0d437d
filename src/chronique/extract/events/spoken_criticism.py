"""Criticism told by speech alone: "« C'est une erreur de Paul Girard », a estimé X", "X a jugé que
le choix de Y était « irresponsable »". A quotation or reported speech whose words hold a word of
blame (``lang.fr.evaluation.BLAME_LEMMAS``) and name a person or organisation other than the
speaker is the speaker's criticism of them (ACCUSE, mode "spoken criticism"), once per speaker and
target in an article; events a trigger already tells are not told twice."""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.fr.evaluation import BLAME_LEMMAS
from .actors import Resolver
from .draft import _Draft
from .interviews import is_outlet

TARGET_TYPES = ("PER", "ORG")


def spoken_criticism_drafts(doc: Doc, resolver: Resolver, told: list[set[str]]) -> list[_Draft]:
    drafts: list[_Draft] = []
    seen = list(told)
    for quote in resolver.quotes:
        if quote.cue is None or quote.speaker is None or quote.speaker.entity is None:
            continue
        words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if words is None or not any(t.lemma_.lower() in BLAME_LEMMAS or t.lower_ in BLAME_LEMMAS for t in words):
            continue
        speaker = quote.speaker.entity
        if is_outlet(resolver.index.by_id[speaker]):
            continue  # "révèle L'Express": the outlet reports, it does not blame
        named = [e for _, e in resolver.index.mentions_in(quote.start, quote.end)
                 if e.type in TARGET_TYPES and e.id != speaker]
        target = next((e for e in named if e.type == "PER"), named[0] if named else None)
        if target is None or any({speaker, target.id} <= ids for ids in seen):
            continue
        seen.append({speaker, target.id})
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if cue is None:
            continue
        d = _Draft("ACCUSE", "spoken criticism", cue.root, quote.cue.start, quote.cue.end, quote.cue.lemma)
        d.roles = {speaker: "source", target.id: "target"}
        drafts.append(d)
    return drafts
