"""Roles the article attaches to a name: ``le ministre de l'Intérieur Paul Durand``,
``Olivier Véran, le ministre de la Santé``. Read once per article, they let a later definite
role (``le ministre``) be resolved to the person holding it."""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.fr.gender import MASC
from ...lang.fr.names import SOURCE_PREPOSITIONS
from ...lang.fr.person_nouns import FAMILY_GROUP_NOUNS
from ...nlp.syntax import closes_apposition
from .referent import norm_phrase, phrase_gender
from .tables import COMPLEMENT_MARKERS, DANGLING_WORDS, EPICENE_ROLE_NOUNS, ROLE_NOUNS

# A role phrase is read over fewer tokens than this: a longer stretch before or after a name is
# a clause, not a title (and the bound keeps the scan short).
MAX_ROLE_TOKENS = 14
# Participles by which a person takes a role: "X est élu président", "Y a été nommée ministre".
TAKING_VERBS = frozenset({"élire", "réélire", "nommer", "désigner", "investir", "choisir"})


def role_before(doc: Doc, i: int) -> tuple[str, str | None] | None:
    """``le ministre de l'Intérieur`` right before the name at token ``i`` (a comma between is allowed)."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in FAMILY_GROUP_NOUNS:
        return None  # "l'avocat de la famille Mouzin": the family's name, not a titled person
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or doc[j].pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None  # "la visite du X": a complement, not a title
    end = j + 1
    comma = end < i
    while j >= 0 and not doc[j].is_sent_start and doc[j].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN", "PUNCT") \
            and doc[j].text not in (",", ".", ":", ";", "«", "»", "(", ")") and end - j < MAX_ROLE_TOKENS:
        if doc[j].pos_ == "DET" and (j == 0 or doc[j - 1].lower_ not in COMPLEMENT_MARKERS):
            if comma and j > 0 and not closes_apposition(doc, i) \
                    and (doc[j - 1].lower_ in SOURCE_PREPOSITIONS
                         or doc[j - 1].pos_ == "ADP" and not _ends_sentence(doc, i)):
                # "Selon l'avocat de X, Paul Durand n'a …", "Face au milliardaire républicain, Joe
                # Biden a …": a fronted complement, then the clause's subject
                return None
            return role_phrase(doc, j, end)
        j -= 1
    if j >= 0 and doc[j].pos_ == "DET" and doc[j].is_sent_start:
        return role_phrase(doc, j, end)
    return None


def _ends_sentence(doc: Doc, i: int) -> bool:
    """The capitalised name starting at token ``i`` ends its sentence ("… avec le ministre, Paul Girard.")."""
    k = i
    while k < len(doc) and doc[k].text[:1].isupper():
        k += 1
    return k >= len(doc) or doc[k].text in (".", ";", "!", "?") or doc[k].is_sent_start


def role_after(doc: Doc, i: int) -> tuple[str, str | None] | None:
    """``Olivier Véran, le ministre de la Santé`` / ``X, directrice générale de l'ARS``: the role
    apposed after the name ending just before token ``i``."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    if j >= len(doc) or doc[j].pos_ not in ("DET", "NOUN"):
        return None
    k = _role_words_end(doc, j)
    if k < len(doc) and doc[k].text not in (",", ".", ";", ")", "»", ":") and not doc[k].is_space:
        return None  # ", le porte-parole a assuré": the subject of the next clause
    if k > j and any(doc[x].pos_ == "NOUN" for x in range(j, k)):
        return role_phrase(doc, j, k)
    return None


def role_phrase(doc: Doc, a: int, b: int) -> tuple[str, str | None] | None:
    """The normalised role words of tokens ``[a, b)`` (without determiner) and their gender,
    when the head noun is a role noun."""
    toks = list(doc[a:b])
    if not toks or not any(t.pos_ == "NOUN" for t in toks):
        return None
    if toks[0].pos_ == "DET":
        toks = toks[1:]
    head = next((t for t in toks if t.pos_ == "NOUN"), None)
    if head is None or head.lower_ not in ROLE_NOUNS and head.lemma_.lower() not in ROLE_NOUNS:
        return None
    while toks and toks[-1].lower_ in DANGLING_WORDS:
        toks = toks[:-1]
    gender = phrase_gender(doc, a, b)  # "l'épidémiologiste suédois": the adjective's
    if gender == MASC and head.lower_ in EPICENE_ROLE_NOUNS:
        gender = None  # "le ministre Camille Renaud": the masculine of the office says nothing of its holder
    return norm_phrase(" ".join(t.text for t in toks)), gender


def _role_words_end(doc: Doc, j: int) -> int:
    """Where the words of a role that starts at token ``j`` end (nouns, adjectives, their
    complements, two roles joined by "et"), before a comma or a stop."""
    k = j
    while k < len(doc) and k - j < MAX_ROLE_TOKENS and (doc[k].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN")
                                                        or _joins_roles(doc, k, j)) and doc[k].text not in (",", "."):
        k += 1
    return k


def _joins_roles(doc: Doc, k: int, first: int) -> bool:
    """``X, médecin généticien et président de la Ligue``: "et" between two roles (the second may
    be tagged an adjective: "président du Conseil et immunologiste")."""
    return doc[k].lower_ == "et" and k > first and k + 1 < len(doc) \
        and (doc[k + 1].pos_ in ("NOUN", "DET") or doc[k + 1].lower_ in ROLE_NOUNS)


def role_taken(doc: Doc, i: int) -> tuple[str, str | None] | None:
    """``X est élu président de la République``, ``X a été nommée ministre``: the role the clause
    after the name ending just before token ``i`` says the person takes."""
    k = i
    while k < len(doc) and k - i < 4 and doc[k].pos_ in ("AUX", "ADV"):
        k += 1
    if k == i or k >= len(doc) or doc[k].lemma_.lower() not in TAKING_VERBS or "Part" not in doc[k].morph.get("VerbForm"):
        return None
    end = _role_words_end(doc, k + 1)
    return role_phrase(doc, k + 1, end) if end > k + 1 else None
