"""Where the speaker phrase of a cue stands in the parse: after an inverted cue, as the subject of
a cue verb, or just before it when the parse found no subject; and whether a phrase can speak.

Pure functions of the ``Doc``: token ranges ``(a, b)``, resolved to referents by ``speakers``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.fr.calendar import APPROXIMATE_COUNTS, RELATIVE_TIME_WORDS, TIME_UNITS
from ...lang.fr.honorifics import NAME_PARTICLES
from ...lang.fr.pronouns import LATTER_PHRASES
from ...lang.fr.person_nouns import (COUNTERPART_NOUNS, FAMILY_GROUP_NOUNS, FAMILY_NOUNS, ROLE_HYPERNYMS,
                                     ROLE_LOCUTIONS, TRADE_NOUNS)
from .tables import (
    ASIDE_NOUNS, BEFORE_VERB_SKIP_WORDS, CLOSING_MARKS, COMPLEMENT_MARKERS, DANGLING_WORDS, DEMONSTRATIVES,
    EPITHET_VERBS, INDEFINITE_DETERMINERS,
    LOCATIVE_PHRASES, LOCATIVE_PREPOSITIONS, MEDIA_NOUNS, NAME_TITLES, NATIONAL_BODY_NOUNS, NP_STOP_WORDS, ORGAN_NOUNS,
    ORGANISATION_NOUNS, PAIRED_MARKS, PARTITIVE_PRONOUNS, PERSON_LABELS, PRONOUN_GENDER, PUBLICATION_NOUNS,
    REFLEXIVE_CLITICS, RELATIVE_OPENERS, ROLE_NOUNS, SETTING_NOUNS_AFTER_A, SETTING_PREPOSITIONS, STRAIGHT_MARK,
    STRESSED_PRONOUNS, UNNAMED_SOURCE_NOUNS, WEEKDAYS,
)

# A speaker phrase longer than this many tokens is a misreading (calibrated on gold/dev: the
# longest real one, "un ami politique de l'ancien maire du Havre", has 9).
MAX_NP_TOKENS = 12
# Words of an aside in brackets between a role and its name ("le maire de Thionville (Moselle) Pierre Cuny").
MAX_ASIDE_TOKENS = 6


def is_pronoun_phrase(tok: Token) -> bool:
    """A one-token phrase that is a subject or stressed pronoun (``-t-il``, ``elle``, ``eux``)."""
    return tok.lower_.lstrip("-") in PRONOUN_GENDER or tok.lower_ in STRESSED_PRONOUNS


def is_complement(doc: Doc, i: int, floor: int) -> bool:
    """Token ``i`` is introduced by "de"/"à" (possibly through a determiner): "de la République";
    or names a family ("la famille Mouzin")."""
    k = i - 1
    if k >= floor and doc[k].lower_ in FAMILY_GROUP_NOUNS:
        return True
    while k >= floor and (doc[k].pos_ in ("DET", "PROPN") and doc[k].lower_ not in COMPLEMENT_MARKERS
                          or doc[k].lower_ in ("l'", "l’")):
        k -= 1
    return k >= floor and doc[k].lower_ in COMPLEMENT_MARKERS | {"au", "aux", "à"}


def _title_participle(doc: Doc, k: int, n: int) -> bool:
    """A participle inside a title: "le ministre chargé de la Ville", "la déléguée nommée par X"."""
    t = doc[k]
    return t.morph.get("VerbForm") == ["Part"] and doc[k - 1].pos_ == "NOUN" and k + 1 < n \
        and doc[k + 1].lower_ in ("de", "d'", "du", "des", "aux", "à")


def opens_setting(doc: Doc, m: int) -> bool:
    """Token ``m`` opens a complement of setting: "sur Twitter", "lors d'une conférence de presse",
    "à la sortie de la réunion", "au cours d'un point presse" (a time or place, no addressee)."""
    if m >= len(doc):
        return False
    if doc[m].lower_ in SETTING_PREPOSITIONS:
        return True
    k = m + 1 + (m + 1 < len(doc) and doc[m + 1].pos_ == "DET")
    return doc[m].lower_ in ("à", "au") and k < len(doc) and doc[k].lower_ in SETTING_NOUNS_AFTER_A


def opens_partitive(doc: Doc, j: int, limit: int) -> bool:
    """Token ``j`` opens a partitive phrase: "un de ses proches", "l'une des élues"."""
    return doc[j].lower_ in PARTITIVE_PRONOUNS and j + 2 < limit and doc[j + 1].lower_ in ("de", "d'", "d’", "des")


# Words a seat may take after a role ("au Sénat", "à l'Assemblée nationale") before an apposed name.
SEAT_TOKENS = 5


def name_run_end(doc: Doc, j: int, limit: int) -> int:
    """Where a proper name from token ``j`` ends, before ``limit``: proper nouns, then capitalised
    words and name particles ("Catherine Le Bris", "Pauline de Rugy")."""
    e = j
    while e < limit and (doc[e].pos_ == "PROPN" or e > j and (doc[e].is_title or doc[e].lower_ in NAME_PARTICLES)):
        e += 1
    return e


def postposed_np(doc: Doc, j: int, limit: int, after_preposition: bool = False) -> tuple[int, int] | None:
    """The speaker phrase starting at token ``j`` after an inverted cue (``détaille le ministre``)."""
    n = min(len(doc), limit)
    if j >= n:
        return None
    tok = doc[j]
    if tok.lower_.lstrip("-") in PRONOUN_GENDER and tok.text.startswith("-"):
        return j, j + 1
    if after_preposition and tok.lower_ in STRESSED_PRONOUNS:
        return j, j + 1  # "selon elles", "d'après lui"
    if tok.text == "«":  # a quoted name speaks: dénonce « Paris Respire »
        k = j + 1
        while k < n and doc[k].text != "»" and k - j < 6:
            k += 1
        return (j + 1, k) if k < n and doc[k].text == "»" and k > j + 1 else None
    if opens_partitive(doc, j, n):
        end = postposed_np(doc, j + 2, limit)
        return (j, end[1]) if end else None  # "confirme un de ses proches", "l'une des élues"
    if tok.lower_ not in NAME_TITLES and not tok.is_title and (
            tok.is_punct or tok.is_space or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON")):
        return None
    k = j
    seen_noun = False
    while k < n and k - j < MAX_NP_TOKENS:
        t = doc[k]
        low = t.lower_
        if t.text == "(" and k > j and (close := _bracket_before_name(doc, k)) is not None and close + 1 < n:
            return j, _name_end(doc, close + 1, n)  # "la présidente du SM (classé à gauche) Katia Dubreuil"
        if t.text == "(" and k > j and (close := _aside_close(doc, k)) == k + 2 and doc[k + 1].text[:1].isupper() \
                and _name_apposed_after(doc, close + 1, _clause_end(doc, close + 1, n)):
            k = close + 1  # "le maire (LR) du 2e arrondissement Pierre Olivier": a party, on to the name
            continue
        if t.is_space or t.is_punct and t.text not in ("-", "'", "’", "."):
            break
        if k > j + 1 and doc[k - 1].text == "-" and doc[k - 1].idx + 1 == t.idx and not doc[k - 2].whitespace_:
            k += 1  # a word hyphened to the one before is part of it ("l'UFC-Que choisir")
            seen_noun = True
            continue
        if t.text == "." and not (k > j and doc[k - 1].lower_ + "." in NAME_TITLES or low in NAME_TITLES):
            break
        if low in NP_STOP_WORDS and k > j and not (t.is_title and low in WEEKDAYS) \
                and not (low == "et" and k + 2 < n and doc[k + 1].lower_ in ("du", "de", "des", "d'")
                         and doc[k + 2].is_title) \
                and not (low == "et" and k + 1 < n and is_role_word(doc[k + 1]) and any(map(is_role_word, doc[j:k]))):
            # "de" chains stay: un proche du ministère de l'Economie ("Journal du Dimanche"), and
            # portfolios joined by "et": "le ministre chargé de la Ville et du Logement X", and two
            # roles of one person: "le député et numéro deux de LFI Adrien Quatennens"
            break
        if t.pos_ in ("VERB", "AUX") and not t.ent_type_ and k > j and not (t.pos_ == "VERB" and t.is_title) \
                and not _title_participle(doc, k, n):
            break
        if t.pos_ == "DET" and k > j and doc[k - 1].lower_ not in COMPLEMENT_MARKERS and not (
                doc[k - 1].pos_ == "NOUN" and k + 1 < n and doc[k + 1].is_title) and t.ent_iob_ != "I":
            break  # a new phrase; but "le quotidien Les Echos" names the outlet, "Le" of "Gilles Le Gendre" goes on
        if low in COMPLEMENT_MARKERS and (k + 1 >= n or doc[k + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM")):
            break
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X") or t.ent_type_:
            seen_noun = True
        k += 1
    while k > j and doc[k - 1].lower_ in DANGLING_WORDS:
        k -= 1
    if k == j or not seen_noun and not doc[j].is_title:
        return None
    if k < n and doc[k].lower_ in ("au", "aux", "à") \
            and (any(is_role_word(t) or t.lower_ in COUNTERPART_NOUNS for t in doc[j:k])
                 or any(r in doc[j:k].text.lower() for r in ROLE_LOCUTIONS)):
        apposed = _name_after_seat(doc, k, n)
        if apposed is not None:
            return j, apposed
    return j, _quoted_name_end(doc, k, n)


def _name_after_seat(doc: Doc, k: int, n: int) -> int | None:
    """"son homologue au Sénat, Bruno Retailleau": after a role, its seat ("au Sénat", "à l'Assemblée
    nationale": capitalised, no person) and the name apposed to it, closing the phrase — the end of
    that name; else None (not "a dit le ministre à Marine Le Pen, Jordan Bardella restant …").
    Without the comma, a field and the name closing the phrase ("la tête de liste des Républicains
    aux européennes François-Xavier Bellamy", "le ministre délégué aux Transports Jean Dupont")."""
    comma = next((c for c in range(k + 1, min(n, k + SEAT_TOKENS)) if doc[c].text == ","), None)
    if comma is None:
        name = next((m for m in range(k + 2, min(n, k + SEAT_TOKENS)) if doc[m].ent_type_ == "PER"), None)
        field = doc[k + 1:name] if name is not None else ()
        if name is None or doc[name - 1].ent_type_ == "PER" or not any(t.pos_ in ("NOUN", "ADJ") for t in field) \
                or any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ") or is_role_word(t)
                       or t.lower_ in PERSON_LABELS for t in field):
            return None  # (a person addressed: "a répondu le ministre à la députée X", "au maire de Lyon X")
        end = _name_end(doc, name, n)
        return end if end - name > 1 and (end >= n or doc[end].is_punct) else None
    if comma + 1 >= n or doc[comma + 1].ent_type_ != "PER" \
            or not doc[k + 1 + (doc[k + 1].pos_ == "DET")].text[:1].isupper() \
            or any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PER" for t in doc[k + 1:comma]):
        return None
    end = _name_end(doc, comma + 1, n)
    return end if end >= n or doc[end].is_punct else None


def _quoted_name_end(doc: Doc, k: int, limit: int) -> int:
    """Past a short capitalised name in quotation marks right after a noun of organisation or
    outlet ("le syndicat « Jeunes Médecins »"), else ``k``."""
    noun = doc[k - 1]
    if noun.lemma_.lower() not in ORGANISATION_NOUNS and noun.lower_ not in MEDIA_NOUNS \
            or k + 1 >= limit or doc[k].text not in ("«", '"', "“") or not doc[k + 1].is_title:
        return k
    close = next((m for m in range(k + 1, min(limit, k + 8)) if doc[m].text in ("»", '"', "”")), None)
    return close + 1 if close is not None else k


def relative_que_subject(verb: Token) -> Token | None:
    """"… que confirme le maire": after a relative "que" object, the noun phrase after the verb is
    its subject (the parser calls it a second object, and the noun before "que" the subject)."""
    if not any(c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)


# Prepositions of a setting fronted before the subject ("Au PS, le sénateur …", "Chez LR, le député …").
SETTING_OPENERS = frozenset({"au", "aux", "à", "chez", "dans", "en"})


def time_span(tok: Token) -> bool:
    """A subject the parse made of a span of time before or after something ("Une quinzaine de jours
    plus tard, X a répondu", "Un mois à peine après"), or a weekday ("Vendredi, dans l'émission …, le
    ministre a dénoncé"): when, not who (not "les 34 mois d'enquête")."""
    if tok.lower_ in WEEKDAYS:
        return True
    lemma = tok.lemma_.lower()
    after = tok.right_edge.i + 1
    return tok.pos_ == "NOUN" and (lemma in TIME_UNITS or lemma in APPROXIMATE_COUNTS and any(
        c.dep_ == "nmod" and c.lemma_.lower() in TIME_UNITS for c in tok.children)) \
        and after < len(tok.doc) and tok.doc[after].lower_ in RELATIVE_TIME_WORDS


def subject_np(verb: Token) -> tuple[int, int] | None:
    """The subject phrase of a (preposed) cue verb, climbing coordinations and gerunds."""
    node = verb
    for _ in range(4):
        inverted = relative_que_subject(node)
        if inverted is not None:
            return trim_subject(inverted)
        # ("Il y confiait son angoisse : « … »": "il" before "y" read as impersonal; a speech verb never is)
        # (not the noun of an aside the parser took for the subject: "a, de son côté, dit")
        subjects = [c for c in node.children if (c.dep_ in ("nsubj", "nsubj:pass") or c.dep_ == "expl:subj"
                                                 and c.lower_ in ("il", "elle")) and c.i < verb.i + 1
                    and not (c.lower_ in ASIDE_NOUNS and any(x.dep_ == "case" for x in c.children))
                    and not time_span(c)]
        # (of two, not a quoted title: "dans l'émission « Les 4 Vérités », le ministre a dénoncé")
        subj = next((c for c in subjects if not _quoted_title(c)), subjects[0] if subjects else None)
        if subj is None:
            # "X a de son côté estimé": the parser may hang the subject on the auxiliary.
            subj = next((g for c in node.children if c.dep_.startswith("aux") and c.i < verb.i
                         for g in c.children if g.dep_ in ("nsubj", "nsubj:pass") and g.i < c.i), None)
        if subj is None:
            # "X, mis en examen dans …, a parlé de": ... or on a participle inserted before the verb.
            subj = next((g for c in node.children if c.dep_ == "advcl" and c.i < verb.i
                         and c.morph.get("VerbForm") == ["Part"] and c.morph.get("Tense") != ["Pres"]
                         for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if subj is not None:
            a, b = trim_subject(subj)
            doc = verb.doc
            if doc[a].lower_ in SETTING_OPENERS:
                if b < verb.i and doc[b].text == ",":
                    # "Au PS, le sénateur X a considéré …" read with "PS" as the subject: the setting
                    # fronted before the comma, and the subject after it (not the verb's clitics)
                    end = verb.i
                    while end > b + 1 and (doc[end - 1].pos_ == "AUX" or doc[end - 1].lower_ in REFLEXIVE_CLITICS):
                        end -= 1
                    return postposed_np(doc, b + 1, end) or (a, b)
                # "Dans la Syrie en guerre, le doyen … X évoque": the setting hung on the subject
                after = _after_fronted_comma(doc, a, subj)
                if after > a:
                    return after, b
            return a, b
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i < node.i \
                and any(c.dep_ in ("aux", "aux:tense") for c in node.children):
            # "Une députée, X, s'était illustrée en déclarant : …": a finite verb the parse hangs
            # on its subject, as if a clause describing it
            return trim_subject(node.head)
        if node.dep_ in ("ROOT",) or node.head is node:
            break
        if node.dep_ not in ("conj", "xcomp", "advcl", "nmod", "acl", "obl:mod", "obl", "parataxis", "ccomp"):
            break
        if node.dep_ == "conj" and node.head.dep_ == "ccomp" and (
                any(c.dep_ == "ccomp" for c in node.children) or node.lemma_.lower() in EPITHET_VERBS):
            # "X estime que Y a fait … et prédit que …", "X a considéré que Y … et a jugé « bref »
            # le délai": a verb reporting a clause or an epithet of its own, hung on the reported
            # verb by the parser, goes with the verb that reports it.
            node = node.head
        node = node.head
    return None


def _apposed_to_name(tok: Token) -> Token | None:
    """The name whose apposition holds ``tok`` ("Eurostat" for "Union" in "Eurostat, organisme de
    statistiques de l'Union européenne"), climbing the parse leftwards; None if there is none."""
    t = tok
    while t.head.i < t.i:
        if t.dep_ == "appos" and t.head.pos_ == "PROPN":
            return t.head
        t = t.head
    return None


def relative_antecedent(qui: Token) -> Token:
    """What a subject "qui" stands for: a name written right before it ("le client de
    l'Australie qui dit …": the parser often hangs the relative on the head noun instead) —
    unless that name lies in the apposition of another name, which the relative then describes —,
    else the noun the relative clause hangs on."""
    doc = qui.doc
    prev = doc[qui.i - 1] if qui.i > 0 else None
    if prev is not None and prev.text == ",":
        # "Al-Azhar, basée au Caire, qui …": past a participle between commas, to the name before it
        comma = next((k for k in range(qui.i - 2, max(0, qui.i - 8), -1) if doc[k].text == ","), None)
        if comma is not None and comma > 0 and "Part" in doc[comma + 1].morph.get("VerbForm"):
            prev = doc[comma - 1]
    if prev is not None and prev.text == "," and qui.i > 1:
        place = doc[qui.i - 2]
        if _located(place) and place.head.dep_ == "acl" and "Part" in place.head.morph.get("VerbForm") \
                and place.head.head.i < place.head.i:
            return place.head.head  # "l'agence basée à Amsterdam, qui …": the agency, not the city
    named = _apposed_to_name(prev) if prev is not None and (prev.pos_ == "PROPN" or prev.ent_type_) else None
    if named is not None:
        return named  # "Eurostat, organisme de statistiques de l'Union européenne qui constate": Eurostat
    if prev is not None and (prev.pos_ == "PROPN" or prev.ent_type_ in ("PER", "ORG", "LOC")):
        if _located(prev):
            # "X, directrice d'une école près d'Oslo qui reconnaît …": a place where something is
            # does not speak; the person the phrase describes, named before it in the sentence, does
            person = next((t for t in reversed(doc[prev.sent.start:prev.i]) if t.ent_type_ == "PER"), None)
            if person is not None:
                prev = person
        for _ in range(4):  # "Paul Girard qui": from the surname to the head of the name
            if prev.dep_ not in ("flat:name", "flat") or prev.head.i >= prev.i:
                break
            prev = prev.head
        return prev
    return qui.head.head


def _located(name: Token) -> bool:
    """A place name in a complement of location ("près d'Oslo", "à Lyon", "en Bretagne")."""
    doc = name.doc
    before = tuple(t.lower_ for t in doc[max(0, name.i - 2):name.i])
    return name.ent_type_ == "LOC" and bool(before) and (before[-1] in LOCATIVE_PREPOSITIONS
                                                         or before in LOCATIVE_PHRASES)


def _quoted_title(tok: Token) -> bool:
    """A noun phrase between quotation marks of its own ("« Les 4 Vérités »")."""
    doc, a, b = tok.doc, tok.left_edge.i, tok.right_edge.i
    opened = a > 0 and (doc[a - 1].text in PAIRED_MARKS or doc[a - 1].text == STRAIGHT_MARK)
    return opened and any(t.text in CLOSING_MARKS for t in doc[tok.i + 1:b + 2])


def trim_subject(subj: Token) -> tuple[int, int]:
    """The words of a subject that name it: its noun phrase without relative clause or verb."""
    doc = subj.doc
    if subj.pos_ == "PRON":
        if subj.lower_ in ("qui",) and subj.head.dep_ == "acl:relcl":
            return trim_subject(relative_antecedent(subj))
        if opens_partitive(doc, subj.i, len(doc)) and (np := postposed_np(doc, subj.i, len(doc))) is not None:
            # "Un des amis de l'agent a témoigné", "l'une des élues a dit": the whole partitive phrase
            return subj.i - (subj.i > 0 and doc[subj.i - 1].lower_ in ("l'", "l’")), np[1]
        return subj.i, subj.i + 1
    a = subj.left_edge.i
    b = subj.i + 1
    if doc[a].lower_ in RELATIVE_OPENERS and a < subj.i:
        a += 1  # "La ville, dont le maire a dénoncé …": the mayor
    if doc[a].pos_ == "VERB" and doc[a].head.i == subj.i:
        # "Rappelant qu'elle « … », l'ancienne avocate a dit": a participle's clause the parse hung
        # on the subject, before a comma
        a = _after_fronted_comma(doc, a, subj)
    # Extend to the right over the noun phrase (adjectives, de-complements, apposed name),
    # stopping at a comma, a relative clause or the verb.
    k = b
    last = subj.right_edge.i
    while k <= last:
        t = doc[k]
        if t.text == "(" and (close := _bracket_before_name(doc, k)) is not None:
            k = _name_end(doc, close + 1, len(doc))  # "le maire de Thionville (Moselle) Pierre Cuny"
            break
        if t.text == "(" and (close := _aside_close(doc, k)) == k + 2 and doc[k + 1].text[:1].isupper() \
                and close < last and _name_apposed_after(doc, close + 1, last + 1):
            k = close + 1  # "Le président (LREM) de l'Assemblée nationale Richard Ferrand": a party, on to the name
            continue
        if _spaced_dash(t) and (named := _name_between_dashes(doc, k)) is not None:
            return named  # "Le maire de Nice - Christian Estrosi - a dénoncé": the name apposed
        if t.text in (",", "(", ":", ";") or _spaced_dash(t) or t.dep_ in ("acl:relcl", "acl") \
                or t.pos_ in ("VERB", "AUX") or t.lower_ in RELATIVE_OPENERS and t.head.dep_ == "acl:relcl" \
                or _opens_time_adverbial(doc, k) or _setting_after_incise_subject(t, subj):
            break
        k += 1
    b = max(b, k)
    while b < len(doc) and doc[b].ent_iob_ == "I" and doc[b].ent_type_ == "PER":
        b += 1  # a name is not cut where the parse made its last word the verb ("… Ségolène | Royal estime")
    named = _name_after_dash_aside(doc, b)
    if named is not None:  # "Le conseiller de Paris - X l'a été - Yves Contassot dit": the name speaks
        return named
    # ", Jérôme Salomon," right after a role: the apposed name is part of the subject.
    if b + 1 < len(doc) and doc[b].text == "," and (doc[b + 1].pos_ == "PROPN" or doc[b + 1].ent_type_ == "PER"):
        k = b + 1
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].ent_type_ == "PER") and k - b < 5:
            k += 1
        b = k
    # Start after a leading comma/quotation mark picked up by the parse.
    while a < subj.i and doc[a].is_punct and doc[a].text != "«":
        a += 1
    # "une recommandation de X, …, qui demandait": the relative's antecedent is X, not "de X".
    while a < subj.i and doc[a].dep_ == "case" and doc[a].lower_ in COMPLEMENT_MARKERS:
        a += 1
    return a, b


def _name_after_dash_aside(doc: Doc, k: int) -> tuple[int, int] | None:
    """The person's name right after an aside between spaced dashes opening at token ``k`` and
    right before the verb ("le conseiller de Paris - M. X l'a été jusqu'en 2014 - Yves Contassot dit")."""
    if k >= len(doc) or not _spaced_dash(doc[k]):
        return None
    close = next((j for j in range(k + 1, min(len(doc) - 1, k + 3 * MAX_ASIDE_TOKENS)) if _spaced_dash(doc[j])), None)
    if close is None or doc[close + 1].ent_type_ != "PER":
        return None
    end = _name_end(doc, close + 1, len(doc))
    return (close + 1, end) if end < len(doc) and doc[end].pos_ in ("VERB", "AUX") else None


def _setting_after_incise_subject(t: Token, subj: Token) -> bool:
    """A setting the parse hung on an incise's subject: "a déclaré le chef de l'État | devant la presse"
    (not a preposed subject's complement: "la rapporteure du projet de loi sur les retraites, X")."""
    return t.lower_ in SETTING_PREPOSITIONS and t.lower_ != "en" and subj.pos_ == "NOUN" and subj.i > subj.head.i


def _name_between_dashes(doc: Doc, k: int) -> tuple[int, int] | None:
    """A person's name alone between the spaced dash at ``k`` and the next one."""
    if k + 1 >= len(doc) or doc[k + 1].ent_type_ != "PER":
        return None
    end = _name_end(doc, k + 1, len(doc))
    return (k + 1, end) if end < len(doc) and _spaced_dash(doc[end]) else None


def _spaced_dash(t: Token) -> bool:
    """A dash opening an aside ("Un employé de Veolia - le prestataire - a expliqué"), not a hyphen."""
    return t.text in ("-", "–", "—") and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _after_fronted_comma(doc: Doc, a: int, subj: Token) -> int:
    """The token after the last comma between ``a`` and the subject's head: where the subject's own
    words begin when the parse hung a fronted phrase on it; ``a`` when there is no comma."""
    return next((k + 1 for k in range(subj.i - 1, a, -1) if doc[k].text == ","), a)


def _opens_time_adverbial(doc: Doc, k: int) -> bool:
    """A weekday, or "ce"/"cette" before one, after a subject's noun ("a estimé l'eurodéputé ce
    vendredi 31 janvier"): the time of the verb, not part of the description."""
    t = doc[k]
    if t.lower_ in WEEKDAYS:
        return doc[k - 1].pos_ != "ADP"
    return t.lower_ in ("ce", "cette") and k + 1 < len(doc) and doc[k + 1].lower_ in WEEKDAYS


def _name_apposed_after(doc: Doc, a: int, b: int) -> bool:
    """A person's name apposed to the role in tokens ``[a, b)``, none coordinated (not "L'avocat (LR)
    de Paul Girard", nor "Le député (LR) du Var et le sénateur X")."""
    span = doc[a:b]
    return any(x.ent_type_ == "PER" and x.dep_ == "appos" for x in span) and not any(x.pos_ == "CCONJ" for x in span)


def _clause_end(doc: Doc, k: int, limit: int) -> int:
    """The first punctuation mark from token ``k`` on (or ``limit``)."""
    return next((m for m in range(k, limit) if doc[m].is_punct), limit)


def _aside_close(doc: Doc, k: int) -> int | None:
    """The closing bracket of a short aside opening at ``k`` ("(Moselle)", "(LR)"), else None."""
    return next((j for j in range(k + 1, min(k + MAX_ASIDE_TOKENS + 2, len(doc) - 1)) if doc[j].text == ")"), None)


def _bracket_before_name(doc: Doc, k: int) -> int | None:
    """The closing bracket of a short aside opening at ``k`` when a person's name follows it, else None."""
    close = _aside_close(doc, k)
    return close if close is not None and doc[close + 1].ent_type_ == "PER" else None


def _name_end(doc: Doc, k: int, limit: int) -> int:
    """The end of the person's name starting at token ``k``."""
    while k < limit and (doc[k].pos_ == "PROPN" or doc[k].ent_type_ == "PER"):
        k += 1
    return k


def np_before(doc: Doc, i: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase right before token ``i`` (``Bruno Le Maire promet``), when the parse found no subject."""
    k = i - 1
    while k >= floor and (doc[k].lower_ in BEFORE_VERB_SKIP_WORDS or doc[k].pos_ == "ADV"):
        k -= 1
    if k > floor and _spaced_dash(doc[k]):  # "Un employé de Veolia - le prestataire - a expliqué"
        k = next((j - 1 for j in range(k - 1, max(floor, k - MAX_ASIDE_TOKENS * 3) - 1, -1) if _spaced_dash(doc[j])), k)
    end = k + 1
    while k >= floor and end - k <= MAX_NP_TOKENS and not doc[k].is_punct and (
            doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or doc[k].lower_ in COMPLEMENT_MARKERS
            or doc[k].ent_type_ or doc[k].lower_ in NAME_TITLES):
        k -= 1
    a = k + 1
    while a < end and doc[a].lower_ in COMPLEMENT_MARKERS:
        a += 1
    if a >= end or not any(t.pos_ in ("PROPN", "NOUN") or t.ent_type_ for t in doc[a:end]):
        return None
    return a, end


def word_start(tok: Token) -> int:
    """Where the word of a token starts past the hyphens of an inverted clitic ("-t-il" → "t-il")."""
    return tok.idx + len(tok.text) - len(tok.text.lstrip("-"))


def names_speaker(tok: Token) -> bool:
    """The head of a subject names who may speak: a name, a role, a trade or an organisation ("la patiente
    aurait évoqué", "le ministre assurait"; not "la mort de X révélait")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG") or is_role_word(tok) \
        or tok.lemma_.lower() in SPEAKING_GROUP_NOUNS or tok.lemma_.lower() in ORGANISATION_NOUNS


def is_role_word(tok: Token) -> bool:
    """A noun of a person's role, also held before ("ministre", "ex-eurodéputé"), or of a kind of
    office in the singular ("la magistrate"; "les magistrats" are a court)."""
    words = {tok.lower_, tok.lemma_.lower()}
    return bool(words & ROLE_NOUNS) or tok.lower_ in ROLE_HYPERNYMS \
        or any(w.startswith("ex-") and w[3:] in ROLE_NOUNS for w in words)


# Trades and situations whose plural is a group that speaks ("ont indiqué les pompiers"); not
# children ("les enfants ont repris l'école").
SPEAKING_GROUP_NOUNS = TRADE_NOUNS - {"enfant"}
# ... and companies, unqualified ("ces groupes ont affirmé …", not "les groupes sanguins").
SPEAKING_BARE_GROUP_NOUNS = frozenset({"groupe"})


def plausible_speaker(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` can name someone who speaks (not "la disparition de cette taxe")."""
    if a >= b:
        return False
    words = doc[a:b]
    first = words[0]
    if first.lower_.lstrip("-") in PRONOUN_GENDER or first.lower_ in STRESSED_PRONOUNS and b - a == 1 \
            or any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return True
    if first.text == "«" or " ".join(t.lower_ for t in words) in LATTER_PHRASES:
        return True  # ("ce dernier a assuré que …": the person named last)
    if len(words) > 1 and words[1].lower_ in ("un", "une") and first.lower_ in ("l'", "l’"):
        return True  # "l'une de ses enquêtrices"
    # The head is the first noun ("la même source": not "même"), else an adjective used as one.
    head = next((t for t in words if t.pos_ == "NOUN" and t.lower_ not in NAME_TITLES), None) \
        or next((t for t in words if t.pos_ == "ADJ" and t.lower_ not in NAME_TITLES), None)
    if head is None:
        return False
    h = head.lower_
    if is_role_word(head) or h in PERSON_LABELS or h in UNNAMED_SOURCE_NOUNS or h in MEDIA_NOUNS or h in FAMILY_NOUNS \
            or h in ORGANISATION_NOUNS or h in PUBLICATION_NOUNS or h in NATIONAL_BODY_NOUNS or h in ORGAN_NOUNS \
            or head.lemma_.lower() in SPEAKING_GROUP_NOUNS and head.morph.get("Number") == ["Plur"] \
            or head.lemma_.lower() in SPEAKING_BARE_GROUP_NOUNS and head.morph.get("Number") == ["Plur"] \
            and not any(c.dep_ in ("amod", "nmod") for c in head.children):
        return True  # (a country's or an organisation's organ speaks for it: "la présidence ukrainienne";
        # people of a trade or a situation speak as one: "ont rapporté les pompiers")
    # An indefinite or possessive phrase is an unnamed source ("une source gouvernementale").
    return first.lower_ in INDEFINITE_DETERMINERS and first.lower_ not in DEMONSTRATIVES
