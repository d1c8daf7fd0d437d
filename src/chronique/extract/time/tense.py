"""The tense of the clause that governs a time expression, read from the spaCy parse.

Returns ``"past"``, ``"present"`` or ``"future"`` (or ``None`` when no verb governs it).
Rules, in order: auxiliary + participle (passé composé, plus-que-parfait) is past;
"aller" + infinitive is future; future and conditional morphology is future; passé simple
and imparfait are past; a bare participle ("annoncé mercredi, ...") is past.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

AUX_DEPS = ("aux", "aux:tense", "aux:pass", "cop")
# Verbs whose infinitive complement is in the future of the verb ("prévoit de se rendre jeudi").
PROSPECTIVE_VERBS = frozenset({"aller", "devoir", "prévoir", "compter", "envisager", "espérer",
                               "vouloir", "projeter", "promettre", "annoncer", "souhaiter", "apprêter",
                               "pouvoir", "préparer", "décider", "proposer", "s'apprêter"})
# Participles that announce rather than report ("la réunion prévue jeudi").
PROSPECTIVE_PARTICIPLES = frozenset({"prévoir", "programmer", "attendre", "envisager", "planifier", "fixer"})
MAX_CLIMB = 6  # head steps from the expression to its verb (deeper is another clause)


def _morph(tok: Token, key: str) -> str:
    vals = tok.morph.get(key)
    return vals[0] if vals else ""


def governing_verb(tok: Token) -> Token | None:
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or any(c.dep_ in AUX_DEPS for c in tok.children):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    if verb.lemma_ in PROSPECTIVE_PARTICIPLES and _morph(verb, "VerbForm") == "Part":
        return "future"  # "(était) prévue en 2023": a planned date, whatever the auxiliary's tense
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS]
    for aux in auxes:
        tense, mood = _morph(aux, "Tense"), _morph(aux, "Mood")
        if aux.dep_ in ("aux", "aux:tense"):
            if aux.lemma_ not in ("avoir", "être"):  # a modal parsed as auxiliary: "pourra être"
                if tense == "Fut" or mood == "Cnd":
                    return "future"
                if tense in ("Imp", "Past"):
                    return "past"
                if tense == "Pres":
                    return "present"
                continue
            if tense == "Fut":
                return "future"
            if _morph(aux, "VerbForm") == "Inf":
                continue
            return "past"  # a (conditional) perfect: "a déclaré", "avait dit", "aurait rencontré"
    for aux in auxes:  # passive auxiliary or copula: its own tense
        tense, mood = _morph(aux, "Tense"), _morph(aux, "Mood")
        if tense == "Fut" or mood == "Cnd":
            return "future"
        if tense in ("Imp", "Past"):
            return "past"
        if tense == "Pres":
            return "present"
    form, tense, mood = _morph(verb, "VerbForm"), _morph(verb, "Tense"), _morph(verb, "Mood")
    if verb.lemma_ in ("aller",) and tense in ("Pres", "Imp") and any(
            c.dep_ == "xcomp" and _morph(c, "VerbForm") == "Inf" for c in verb.children):
        return "future"
    # an infinitive, or a participle whose auxiliary is one ("pourra être présentée", "avoir dit"):
    # the clause takes the tense of the verb it depends on
    if form == "Inf" or any(_morph(a, "VerbForm") == "Inf" for a in auxes):
        if any(c.lower_ == "avant" for c in verb.children):
            return "future"  # "avant de quitter ses fonctions le 30 octobre": after the main event
        head = verb.head
        if head is not verb and depth < 2:
            if head.lemma_ in PROSPECTIVE_VERBS:
                return "future"
            if head.lemma_ == "venir":
                return "past"
            return verb_tense(head, depth + 1)
        return None
    if form == "Part" and tense == "Past":
        if verb.lemma_ in PROSPECTIVE_PARTICIPLES:
            return "future"  # "prévue le 15 septembre"
        return "past"
    if tense == "Fut" or mood == "Cnd":
        return "future"
    if tense in ("Imp", "Past"):
        return "past"
    if tense == "Pres":
        return "present"
    return None


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """Tense of the clause governing the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    if verb is None:
        return None
    return verb_tense(verb)
