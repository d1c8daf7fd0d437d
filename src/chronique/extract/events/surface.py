"""Two-actor events the parser missed: "Xavier Bertrand étrille Jean-Luc Mélenchon".

Headlines and terse leads put a present-tense verb between two names, and the tagger often reads
the verb as part of the first name or as an adjective ("critique"). When a word spelled as the
present tense of a trigger verb (an -er verb of the lexicon, third person) is not tagged as a
verb and stands right after a mention of a person or organisation, with another one after it
(directly, or as the complement of the object: "critique les positions de X"), and the first name
opens its clause, the first acts on the second. Only verbs whose lexicon entry needs nothing but a
source and a target qualify, and the stage's other checks (blocked contexts, questions) apply.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..entities.index import EntityIndex
from . import lexicon as lx

# Lexicon conditions a surface reading can satisfy (a named source and a named object).
SURFACE_CONDITIONS = frozenset({"", "entity-obj", "entity-target", "person-target"})
ACTOR_TYPES = frozenset({"PER", "ORG"})
# Words allowed between the verb and the second name: adverbs, a determiner, one noun and "de"
# ("critique vivement les positions de X", "dénonce l'attitude de X").
MAX_OBJECT_GAP_TOKENS = 5
GAP_POS = frozenset({"ADV", "DET", "NOUN", "ADP"})
OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})  # the only prepositions: "les positions de X"


def _forms() -> dict[str, tuple[str, str | None, str, str]]:
    """Present-tense third-person spelling → (lemma, type, mode, condition)."""
    out: dict[str, tuple[str, str | None, str, str]] = {}
    for lemma, pos, etype, mode, cond in lx.TRIGGERS:
        if pos != "VERB" or " " in lemma or not lemma.endswith("er") or cond not in SURFACE_CONDITIONS:
            continue
        stem = lemma[:-2]
        for form in (stem + "e", stem + "ent"):
            out.setdefault(form, (lemma, etype, mode, cond))
    return out


FORMS = _forms()


def surface_event(tok: Token, index: EntityIndex):
    """(lemma, type, mode, source entity, target entity) when ``tok`` is a trigger verb the parser
    missed between two named actors, else None."""
    if tok.pos_ in ("VERB", "AUX") or tok.lower_ not in FORMS:
        return None
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].is_punct:
        return None
    before = index.mention_at(doc[tok.i - 1].idx)
    if before is None or before[1].type not in ACTOR_TYPES or not _opens_clause(doc, tok.i - 1, before[0].start):
        return None  # "Un sondage Ifop critique pour X": the name is a complement, not the subject
    for j in range(tok.i + 1, min(len(doc), tok.i + 2 + MAX_OBJECT_GAP_TOKENS)):
        hit = index.mention_at(doc[j].idx)
        if hit is not None:
            target = hit[1]
            if target.type not in ACTOR_TYPES or target.id == before[1].id:
                return None
            lemma, etype, mode, _ = FORMS[tok.lower_]
            return lemma, etype, mode, before[1], target
        w = doc[j]
        if w.pos_ not in GAP_POS or w.is_punct or w.pos_ == "ADP" and (
                w.lower_ not in OF_WORDS or doc[j - 1].pos_ != "NOUN"):
            return None
    return None


def _opens_clause(doc: Doc, last: int, start: int) -> bool:
    """Nothing but a sentence start or a colon before the name that starts at character ``start``
    and ends with token ``last`` ("LR : X critique Y")."""
    k = last
    while k > 0 and doc[k - 1].idx >= start:
        k -= 1
    return doc[k].is_sent_start or k > 0 and doc[k - 1].text in (":", "\n")


def interviewed_by(tok: Token, index: EntityIndex):
    """(person, outlet) when ``tok`` is a participle that says an outlet interviewed someone: opening
    its sentence, the subject after its comma ("Interrogée dimanche sur France 3, Sibeth X a …",
    "Interviewé par Le Parisien, X …"), or after a comma, the person named before it ("X, interviewé
    par Le Monde, a …"; not one of a complement: "l'avocat de X, interviewé …"); else None."""
    doc = tok.doc
    if tok.lower_ not in lx.INTERVIEW_PARTICIPLES:
        return None
    opening = tok.i == tok.sent.start
    if not opening and not (tok.i >= 2 and doc[tok.i - 1].text == ","):
        return None
    cases = lx.INTERVIEW_CASES | ({"par"} if tok.lower_ in lx.INTERVIEWED_BY_PARTICIPLES else set())
    comma = next((t.i for t in doc[tok.i + 1:tok.sent.end] if t.text == ","), tok.sent.end if not opening else None)
    if comma is None:
        return None
    outlet = None
    for t in doc[tok.i + 1:comma]:
        hit = index.mention_at(t.idx)
        if hit is not None and hit[1].type == "ORG" and (doc[t.i - 1].lower_ in cases or t.i >= 2 and doc[t.i - 1].pos_ == "DET"
                                                         and doc[t.i - 2].lower_ in cases):
            outlet = hit[1]
            break
    if outlet is None:
        return None
    if opening:
        hit = index.mention_at(doc[comma + 1].idx) if comma + 1 < tok.sent.end else None
    else:
        before = index.mentions_before(doc[tok.i - 1].idx, limit=1)
        hit = before[0] if before and before[0][0].end == doc[tok.i - 2].idx + len(doc[tok.i - 2].text) else None
        if hit is not None:
            first = doc.char_span(hit[0].start, hit[0].end, alignment_mode="expand")
            if first is None or first.start > 0 and doc[first.start - 1].lower_ in OF_WORDS:
                return None  # "l'avocat de Marc Lenoir, interviewé …": the lawyer, not Marc Lenoir
    if hit is None or hit[1].type != "PER":
        return None  # the one interviewed is the person the participle is about
    return hit[1], outlet
