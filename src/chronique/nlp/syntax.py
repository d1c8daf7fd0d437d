"""Reading the parse: questions about a token's place in the dependency tree."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lang.fr.gender import epicene_form
from ..lang.fr.honorifics import NAME_PARTICLES
from ..lang.fr.person_nouns import PERSON_NOUN_GENDER
from ..lang.fr.pronouns import IMPERSONAL_PASSIVE_VERBS, IMPERSONAL_VERBS

# Dependencies through which a word belongs to a clause or an agent inside a phrase, not to its
# head ("le veuf d'une femme … relayée par X", "le président d'un club financé par X").
CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "obl:agent"})


def in_clause(t: Token, a: int, b: int) -> bool:
    """Token ``t`` of the phrase of tokens ``[a, b)`` hangs on it through a participle, a
    relative clause or an agent: X in "une théorie relayée par X" is not what the phrase names."""
    while a <= t.head.i < b and t.head.i != t.i:
        if t.dep_ in CLAUSE_DEPS:
            return True
        t = t.head
    return False


def impersonal_verb(verb: Token) -> bool:
    """"il y a", "il faut", "il s'agit": a verb whose "il" stands for no one."""
    lemma = verb.lemma_.lower()
    return lemma in IMPERSONAL_VERBS or lemma == "avoir" and any(c.lower_ == "y" for c in verb.children) \
        or lemma == "agir" and any(c.lower_ in ("s'", "s’", "se") for c in verb.children)


def impersonal_passive_subject(t: Token) -> bool:
    """"il avait été décidé que …", "il est prévu de fermer": the "il" of an impersonal passive,
    which designates nobody (not "il est accusé d'avoir …")."""
    return t.lower_ == "il" and t.dep_ == "nsubj:pass" and t.head.lemma_.lower() in IMPERSONAL_PASSIVE_VERBS \
        and any(c.dep_ in ("ccomp", "xcomp") and c.i > t.head.i
                and any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’", "de", "d'", "d’") for m in c.children)
                for c in t.head.children)


def is_present_participle(t: Token) -> bool:
    """"accusant", "expliquant": the present participle, with or without "en" (also a verb the tagger
    gave no form, or read as an adjective heading a clause, as it does for some capitalised ones:
    "Reconnaissant « … », la reine …")."""
    form = t.morph.get("VerbForm")
    return form == ["Part"] and t.morph.get("Tense") == ["Pres"] \
        or not form and (t.pos_ == "VERB" or t.pos_ == "ADJ" and t.dep_ == "advcl") and t.lower_.endswith("ant")


# Particles inside a person's name ("Yves de Gaulle", "Ursula von der Leyen"); not the articles and
# "des"/"du" that join a name to a body ("Paul Martin des Républicains").
_INNER_PARTICLES = NAME_PARTICLES - {"la", "le", "des", "du"}


def closes_apposition(doc: Doc, i: int, limit: int = 8) -> bool:
    """The capitalised name starting at token ``i`` is closed by the sentence's end or by a comma that
    opens no description of its own: "Selon le ministre, Paul Martin, la menace …" (the minister), not
    "Selon son avocat, Paul Martin, mis en examen mardi, n'a …" nor "…, Paul Martin, âgé de 40 ans, …"
    (the clause's subject)."""
    k = i
    while k < len(doc) and k - i < limit and (doc[k].text[:1].isupper() or doc[k].lower_ in _INNER_PARTICLES
                                              and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
        k += 1  # ("Yves de Gaulle": the particle inside the name)
    if k >= len(doc) or doc[k].text in (".", ";"):
        return True  # "…, selon le directeur de l'Ifop, Frédéric Dabi.": the sentence ends with the name
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    after = doc[k + 1]
    return not (is_past_participle(after) or after.pos_ == "ADJ")


def is_past_participle(t: Token) -> bool:
    """"mis", "interrogée": a verb's past participle (not an adjective the parser tagged ADJ)."""
    return t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Part"] and t.morph.get("Tense") == ["Past"]


def is_infinitive(verb: Token) -> bool:
    """An infinitive, or a past infinitive ("avoir rencontré")."""
    return "Inf" in verb.morph.get("VerbForm") or any("Inf" in a.morph.get("VerbForm") for a in verb.children
                                                        if a.dep_.startswith("aux"))


def morph_gender(tok: Token) -> str | None:
    """The grammatical gender spaCy gives a token, if any."""
    return (tok.morph.get("Gender") or [None])[0]


def noun_gender(tok: Token) -> str | None:
    """The gender a noun's own form says: a listed person noun's ("avocate", which the tagger reads
    as masculine after "son"), none for a form both genders share ("journaliste"), else the tagger's."""
    return PERSON_NOUN_GENDER.get(tok.lower_) or (None if epicene_form(tok.text) else morph_gender(tok))
