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
from ...lang.fr.first_names import name_gender
from ...lang.fr.gender import FEM, MASC, compatible
from ..entities.tables import is_media_name
from ..quotes.tables import MEDIA_NOUNS
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
    for tok in doc:
        if tok.lower_.rstrip("s").rstrip("e") not in lx.INTERVIEWED_PARTICIPLES or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].lower_ != "par":
            continue
        # "Interviewé par l'hebdomadaire, X dénonce …", "X, interrogé par Le Parisien, …" (the parser
        # often reads a participle opening the sentence as a noun: the words are read instead)
        words = doc[tok.i + 2:min(len(doc), tok.i + 5)]
        outlet = next((e for w in words for e in resolver.entities_of(w, tok, subject=True) if is_outlet(e)), None)
        if outlet is None and any(w.lower_ in MEDIA_NOUNS for w in words[:2]):
            # "par l'hebdomadaire": the outlet named last
            outlet = next((e for _, e in resolver.index.mentions_before(tok.idx, limit=40) if is_outlet(e)), None)
        person = _interviewee(doc, tok, resolver)
        if outlet is None or person is None or (person.id, outlet.id) in seen:
            continue
        seen.add((person.id, outlet.id))
        d = _Draft("CONSULT", "interview", tok, tok.idx, tok.idx + len(tok.text), "interviewer")
        d.roles = {person.id: "source", outlet.id: "participant"}
        drafts.append(d)
    return drafts


def _interviewee(doc: Doc, tok: Token, resolver: Resolver) -> Entity | None:
    """Who an "interviewé par" participle is about: the person named right before its comma ("X,
    interrogé par …"), or, opening the sentence, the subject after its comma."""
    k = tok.i - 1
    if k >= 0 and doc[k].text == ",":
        # the person the clause is about, not one named in a complement of their title ("Nathan
        # Stern, directeur des études d'Altivia, interrogé par …")
        for m, e in resolver.index.mentions_before(doc[k].idx, limit=4):
            if m.start < tok.sent.start_char:
                break
            j = doc.char_span(m.start, m.end, alignment_mode="expand")
            if j is not None and j.start > 0 and doc[j.start - 1].lower_ in OF_WORDS:
                continue
            return e if e.type == "PER" else None
        return None
    if not tok.is_sent_start:
        return None
    comma = next((t.i for t in doc[tok.i:tok.sent.end] if t.text == ","), None)
    if comma is None:
        return None
    # the participle agrees with its person: "Interrogée par Le Point, c'est … que la Première dame a …"
    gender = FEM if tok.lower_.rstrip("s").endswith("e") else MASC
    for subj in (t for t in doc[comma + 1:tok.sent.end] if t.dep_ == "nsubj"):
        people = [e for e in resolver.entities_of(subj, subj, subject=True)
                  if e.type == "PER" and compatible(name_gender(e.name), gender)]
        if people:
            return people[0]
    return None


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
