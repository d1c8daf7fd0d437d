"""Two-actor events the parser missed: "Xavier Bertrand étrille Jean-Luc Mélenchon".

Headlines and terse leads put a present-tense verb between two names, and the tagger often reads
the verb as part of the first name or as an adjective ("critique"). When a word spelled as the
present tense of a trigger verb (an -er verb of the lexicon, third person) is not tagged as a
verb and stands right after a mention of a person or organisation, with another one after it
(directly, or as the complement of the object: "critique les positions de X"), the first acts on
the second. Only verbs whose lexicon entry needs nothing but a source and a target qualify.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.index import EntityIndex
from . import lexicon as lx

# Lexicon conditions a surface reading can satisfy (a named source and a named object).
SURFACE_CONDITIONS = frozenset({"", "entity-obj", "entity-target", "person-target"})
ACTOR_TYPES = frozenset({"PER", "ORG"})
# Words allowed between the verb and the second name: adverbs, a determiner, one noun and "de"
# ("critique vivement les positions de X", "dénonce l'attitude de X").
MAX_OBJECT_GAP_TOKENS = 5
GAP_POS = frozenset({"ADV", "DET", "NOUN", "ADP"})


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
    if before is None or before[1].type not in ACTOR_TYPES:
        return None
    for j in range(tok.i + 1, min(len(doc), tok.i + 2 + MAX_OBJECT_GAP_TOKENS)):
        hit = index.mention_at(doc[j].idx)
        if hit is not None:
            target = hit[1]
            if target.type not in ACTOR_TYPES or target.id == before[1].id:
                return None
            lemma, etype, mode, _ = FORMS[tok.lower_]
            return lemma, etype, mode, before[1], target
        if doc[j].pos_ not in GAP_POS or doc[j].is_punct:
            return None
    return None
