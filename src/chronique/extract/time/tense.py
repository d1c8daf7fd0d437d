"""The tense of the clause that governs a time expression, read from the spaCy parse.

Returns ``"past"``, ``"present"`` or ``"future"`` (or ``None`` when no verb governs it).
Rules, in order: auxiliary + participle (passé composé, plus-que-parfait) is past;
"aller" + infinitive is future; future and conditional morphology is future; passé simple
and imparfait are past; a bare participle ("annoncé mercredi, ...") is past.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...lang.fr.calendar import MONTHS
from .lexicon import DEADLINE_WORDS, FUTURE_STEMS, STATIVE_VERBS

AUX_DEPS = ("aux", "aux:tense", "aux:pass", "cop")
# Verbs whose infinitive complement is in the future of the verb ("prévoit de se rendre jeudi").
PROSPECTIVE_VERBS = frozenset({"aller", "devoir", "prévoir", "compter", "envisager", "espérer",
                               "vouloir", "projeter", "promettre", "annoncer", "souhaiter", "apprêter",
                               "pouvoir", "préparer", "décider", "proposer", "s'apprêter"})
# Participles that announce rather than report ("la réunion prévue jeudi").
PROSPECTIVE_PARTICIPLES = frozenset({"prévoir", "programmer", "attendre", "envisager", "planifier", "fixer"})
# Nouns of a part of a year: "la fin de 2025" is a time, not a thing named by its year.
PART_OF_YEAR_NOUNS = frozenset({"fin", "début", "milieu", "courant", "mois", "année", "printemps", "été", "automne",
                                "hiver", "semestre", "trimestre", "moitié", "partie", "cours", "quinzaine", "semaine",
                                "jour", "journée", "nuit", "soirée", "matinée", "week-end"})
MAX_CLIMB = 6  # head steps from the expression to its verb (deeper is another clause)


# French conditional endings all carry the future's "r" ("concernerait", "serait", "aurions"):
# a form tagged conditional without it is an imperfect the tagger misread ("concernait").
CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
IMPERFECT_ENDING = re.compile(r"(?:ais|ait|ions|iez|aient)$")


def _morph(tok: Token, key: str) -> str:
    vals = tok.morph.get(key)
    return vals[0] if vals else ""


def _tense_mood(tok: Token) -> tuple[str, str]:
    """The token's (Tense, Mood), corrected where the tagger confuses imperfect and conditional:
    a "conditional" without the conditional ending is an imperfect ("concernait"), an
    "imperfect" made of the future stem and an imperfect ending is a conditional ("concernerait"
    = concerner + ait; "déclarait" is not déclarer + ait)."""
    tense, mood = _morph(tok, "Tense"), _morph(tok, "Mood")
    if mood == "Cnd" and not CONDITIONAL_ENDING.search(tok.lower_):
        return "Imp", "Ind"
    if tense == "Imp" and mood != "Cnd" and _conditional_form(tok):
        return "Pres", "Cnd"
    return tense, mood


def _conditional_form(tok: Token) -> bool:
    m = IMPERFECT_ENDING.search(tok.lower_)
    lemma = tok.lemma_.lower()
    if m is None or len(lemma) < 3:
        return False
    stem = FUTURE_STEMS.get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
    return tok.lower_[:m.start()] == stem


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
        tense, mood = _tense_mood(aux)
        if aux.dep_ in ("aux", "aux:tense"):
            if aux.lemma_ not in ("avoir", "être"):  # a modal parsed as auxiliary: "pourra être"
                if label := _label(tense, mood):
                    return label
                continue
            if tense == "Fut":
                # a future perfect looks back as often as ahead ("juillet n'aura pas fait exception"):
                # no tense, the nearest occurrence
                return None
            if _morph(aux, "VerbForm") == "Inf":
                continue
            return "past"  # a (conditional) perfect: "a déclaré", "avait dit", "aurait rencontré"
    for aux in auxes:  # passive auxiliary or copula: its own tense
        if label := _label(*_tense_mood(aux)):
            return label
    form, (tense, mood) = _morph(verb, "VerbForm"), _tense_mood(verb)
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
    return _label(tense, mood)


def _label(tense: str, mood: str) -> str | None:
    """The clause tense a finite form's morphology gives (a conditional looks ahead)."""
    if tense == "Fut" or mood == "Cnd":
        return "future"
    if tense in ("Imp", "Past"):
        return "past"
    if tense == "Pres":
        return "present"
    return None


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """Tense of the clause governing the characters ``start:end`` of ``doc``; None for a year that
    names a thing rather than dates the clause ("l'élection présidentielle de 2017", "la loi de
    2016": held before or after the article, whatever its verb's tense)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if _noun_complement(span.root):
        return None
    words = [t.lower_ for t in doc[max(0, span.start - 5):span.start] if not t.is_punct]
    if tuple(words[-3:]) in DEADLINE_WORDS:
        return "future"  # "organisé « au plus tard au mois de janvier 2021 »": a deadline ahead
    verb = governing_verb(span.root)
    if verb is None:
        return None
    return verb_tense(verb)


def _noun_complement(tok: Token) -> bool:
    """A year or a month after "de" completing a noun: "l'élection présidentielle de 2017", "les
    élections régionales de mars 2021" (not a part of the year: "à la fin de 2025", "au printemps de
    2026")."""
    return tok.dep_ == "nmod" and tok.head.pos_ in ("NOUN", "ADJ") and (tok.like_num or tok.lower_ in MONTHS) \
        and tok.head.lemma_.lower() not in PART_OF_YEAR_NOUNS \
        and any(c.dep_ == "case" and c.lower_ == "de" for c in tok.children)


def _lemmas(tok: Token) -> set[str]:
    """The token's lemma, and the -er infinitive of its form: the lemmatiser gives a verb that is
    also a noun its noun lemma ("reste", "compte", "demeure")."""
    low = tok.lower_
    out = {tok.lemma_.lower()}
    if low.endswith("e"):
        out.add(low + "r")
    elif low.endswith("ent"):
        out.add(low[:-2] + "r")
    return out


def clause_is_stative(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb governing ``start:end`` is a stative one in the simple present
    ("reposent", "compte"): with it "aujourd'hui" means nowadays."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = governing_verb(span.root)
    if verb is None or not _lemmas(verb) & STATIVE_VERBS:
        return False
    if any(c.dep_ in AUX_DEPS for c in verb.children):
        return False  # a compound tense or a passive is an event
    return _morph(verb, "VerbForm") == "Fin" and _tense_mood(verb) == ("Pres", "Ind")
