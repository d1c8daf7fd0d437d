"""What the form of a speech verb says: passive, adjectival participle, first or second person,
gerund, and the subject a gerund speaks for."""

from __future__ import annotations

from ...nlp.syntax import is_present_participle
from .speaker_phrases import relative_que_subject, time_span, trim_subject
from .tables import CLOSING_MARKS, PRONOUN_GENDER

# How many heads a gerund climbs to find the subject of its clause (as in ``indirect``).
GERUND_HOPS = 4


def is_passive(verb) -> bool:
    """``elle est accusée d'« avoir menti »``: the subject did not say it."""
    if any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in verb.children):
        return True
    # The parser marks some past participles passive after "a-t-il", or a subject passive ("Le
    # porte-parole de X a également assuré que …"), or a weekday an auxiliary ("a vendredi assuré"):
    # the avoir auxiliary says otherwise.
    return (verb.morph.get("Voice") == ["Pass"] or any(c.dep_ == "nsubj:pass" for c in verb.children)) \
        and not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children)


def is_adjectival(verb) -> bool:
    """``les plafonds proposés la semaine dernière``: a participle describing a noun."""
    return verb.dep_ in ("acl", "amod") and verb.morph.get("VerbForm") == ["Part"]


def first_or_second_person(verb) -> bool:
    """``notons une augmentation``: the writer addressing the reader, not a report."""
    return verb.morph.get("Person") in (["1"], ["2"])


def is_gerund(verb) -> bool:
    """``…, expliquant que …`` / ``en expliquant``: a present participle set off by a comma or "en",
    which tells what the subject of its clause does (not a participle describing a noun)."""
    return is_present_participle(verb) \
        and (verb.is_sent_start or verb.i > 0 and verb.doc[verb.i - 1].lower_ in (",", "en"))


def coordinated_gerund(verb) -> bool:
    """"…, affirmant qu'il … et appelant à …": a present participle after "et"/"ou" whose nearest
    participle above it in the parse is a gerund (not "les salariés gagnant peu et travaillant …")."""
    if verb.i == 0 or verb.doc[verb.i - 1].lower_ not in ("et", "ou") or not is_present_participle(verb):
        return False
    above = next((a for a in verb.ancestors if is_present_participle(a)), None)
    return above is not None and is_gerund(above)


def split_euphonic_t(doc, m: int) -> bool:
    """Token ``m`` is the euphonic t written apart ("précise t-il" for "précise-t-il"), its pronoun after it."""
    return doc[m].lower_ == "t" and m + 1 < len(doc) and doc[m + 1].text.startswith("-")


def _is_inverted_pronoun(token) -> bool:
    """"-il", "-t-elle": a subject pronoun written after its verb."""
    return token.text.startswith("-") and token.lower_.lstrip("-").removeprefix("t-") in PRONOUN_GENDER


def inverted_clitic(verb) -> int | None:
    """The subject pronoun written after its verb ("dit-il", "précise-t-elle", and "dit t-il" with
    the euphonic t apart), or after its auxiliary ("a-t-il reconnu"): its token index, else None."""
    doc = verb.doc
    k = verb.i - 1
    if k > 0 and _is_inverted_pronoun(doc[k]) and (doc[k - 1].lower_ == "-t" or doc[k - 1].pos_ == "AUX"):
        return k
    k = verb.i + 1
    if k < len(doc) and (doc[k].lower_ == "-t" or split_euphonic_t(doc, k)):
        k += 1
    if k < len(doc) and _is_inverted_pronoun(doc[k]):
        return k
    return None


def _postposed_subject(node, gerund):
    """The subject after an incise's verb ``node`` ("», a estimé le ministre X, assurant …"), read by
    the parser as its object, before the gerund that hangs on it; None when ``node`` is no incise."""
    doc = node.doc
    k = node.i - 1
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    if k > 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].text not in CLOSING_MARKS:
        return None  # an incise follows a quotation's closing mark (not "X est arrivé, a rencontré Y, …")
    return next((c for c in node.children if c.dep_ in ("nsubj", "obj") and node.i < c.i < gerund.i), None)


def gerund_subject(verb) -> tuple[int, int] | None:
    """``X a réagi au fait que Y a …, déplorant « … »``: a gerund speaks for the subject of the
    clause it hangs on — not for the subject of a reported or subordinate clause on the way, which
    the parse often makes its head."""
    if not (is_gerund(verb) or coordinated_gerund(verb)):
        return None
    doc = verb.doc
    if verb.i > 1 and doc[verb.i - 1].text == "," and _is_inverted_pronoun(doc[verb.i - 2]):
        return verb.i - 2, verb.i - 1  # "», renchérit-il, précisant que …" (hung by the parse on the quotation)
    node = verb.head
    for _ in range(GERUND_HOPS):
        # Skip reported and subordinate clauses ("que Y a présenté …"): their subject is not the one acting.
        if node.dep_ != "ccomp" and not any(c.dep_ == "mark" for c in node.children):
            clitic = inverted_clitic(node)
            if clitic is not None:
                return clitic, clitic + 1  # "…, dit-il pour expliquer sa démarche, avançant que …"
            inverted = relative_que_subject(node)
            if inverted is not None:
                return trim_subject(inverted)  # "Une indifférence que confirme le maire, X, estimant que …"
            postposed = _postposed_subject(node, verb)
            if postposed is not None:
                # "« … », a expliqué le palais, ajoutant que …": the incise's subject, not the
                # quotation the parse may make the verb's subject
                return trim_subject(postposed)
            # a gerund opening the sentence speaks for the subject after it ("Évoquant X, le ministre a …")
            subj = next((c for c in node.children if (c.i < verb.i or verb.is_sent_start)
                         and (c.dep_ in ("nsubj", "nsubj:pass") and not time_span(c)
                              or c.dep_ == "expl:subj" and c.lower_.lstrip("-") in PRONOUN_GENDER)), None)
            if subj is not None:
                return trim_subject(subj)
        if node.head is node:
            break
        node = node.head
    return None
