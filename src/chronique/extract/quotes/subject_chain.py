"""Who a pronoun speaker is: the ongoing subject chain (centering), then the most recent person.

``-t-il``, ``elle``, ``selon eux``: walking back over sentences, a speaker already attributed or a
person in main-subject position is the best antecedent; a person elsewhere in a sentence
(complement, object, relative clause) is a weaker one. A plural pronoun first looks for a plural
human subject ("Les infirmières ont manifesté. Selon elles, …").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...article import Entity
from ..entities.tables import is_media_name
from ...lang.fr.gender import compatible
from ...lang.fr.names import SOURCE_PREPOSITIONS
from ...lang.fr.person_nouns import TRADE_NOUNS
from ...lang.fr.pronouns import FIRST_PERSON_WORDS
from ...nlp.offsets import per_doc
from ...nlp.syntax import morph_gender, noun_gender
from .article_cast import ANTECEDENT_WINDOW, ArticleCast
from .cues import verb_cue
from .referent import Referent
from .speaker_phrases import is_role_word, opens_setting, trim_subject, word_start
from .tables import (CLOSING_MARKS, DEFINITE_DETERMINERS, DEMONSTRATIVES, HUMAN_GROUP_NOUNS, MEDIA_NOUNS,
                     ORGANISATION_HEAD_NOUNS, ORGANISATION_NOUNS, PAIRED_MARKS, PRONOUN_GENDER, PUBLICATION_NOUNS,
                     ROLE_NOUNS, SETTING_MAX_TOKENS, STRAIGHT_MARK, STRESSED_PRONOUNS, UNNAMED_SOURCE_NOUNS)

# Sentences searched back for an unnamed person, described, as a pronoun's antecedent.
DESCRIBED_SUBJECT_SENTENCES = 3
# How far before a pronoun (characters, a paragraph) an unnamed speaker keeps it from a person named after.
UNNAMED_SPEAKER_WINDOW = 600
# ("un jeune homme a ouvert la porte … « … », a-t-il raconté": someone introduced, never named)
_DESCRIBING_DETERMINERS = DEFINITE_DETERMINERS | DEMONSTRATIVES | frozenset({"un", "une"})
_DESCRIBED_PERSON_NOUNS = ROLE_NOUNS | TRADE_NOUNS
# Speaking subjects that are no person: "Le gouvernement a annoncé", "Un communiqué a précisé".
_NOT_PERSON_NOUNS = ORGANISATION_NOUNS | ORGANISATION_HEAD_NOUNS | PUBLICATION_NOUNS | MEDIA_NOUNS
# Dependencies of a name hung on the noun of its kind ("l'association de consommateurs UFC").
NAME_COMPLEMENT_DEPS = frozenset({"nmod", "appos", "flat:name"})
# Opening quotation marks, between a name and the quoted predicate it is the subject of.
QUOTE_MARK_TOKENS = frozenset(PAIRED_MARKS) | {STRAIGHT_MARK}

# A person outside main-subject position (complement, object, relative clause) is a weaker
# antecedent of "il/elle" than the subject chain: it counts as this many sentences farther back
# (calibrated on gold/dev and hand-written cases: 2 lets a subject one or two sentences back win
# over a nearer "du ministre Y").
NON_SUBJECT_PENALTY = 2
# ... by the role of the name (``subject_role``): a person whose office another name completes
# ("le ministre X de Jacques Chirac") is farther still.
ROLE_PENALTY = {"subject": 0, "genitive": 1, "other": NON_SUBJECT_PENALTY, "served": NON_SUBJECT_PENALTY + 1}
# How many sentences back a plural pronoun ("selon elles") looks for a plural subject.
PLURAL_SENTENCES_BACK = 3
_PLURAL_PRONOUNS = ("ils", "elles", "eux")
# How far back (characters) the unnamed plural speaker of a quotation goes on as "ils"/"elles".
PLURAL_SPEAKER_WINDOW = 600
# How many sentences (the pronoun's own included) a singular pronoun looks back for an organisation
# as main subject ("La Banque de France prévoit … Selon elle, …"): the sentence just before at most.
ORG_SUBJECT_SENTENCES = 2
# Plural nouns that can be what "ils/elles" stands for: people, or bodies made of people.
_PLURAL_SPEAKER_NOUNS = HUMAN_GROUP_NOUNS | UNNAMED_SOURCE_NOUNS | ROLE_NOUNS | ORGANISATION_NOUNS
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")

History = list[tuple[int, Referent]]  # speakers resolved so far, by attribution offset
# (start, end, entity id, history referent or None): the antecedent a search settles on.
Antecedent = tuple[int, int, "str | None", "Referent | None"]


def name_head(tok: Token) -> Token:
    """Climb from a name token to the noun it names or is apposed to ("Le sénateur Marc X" → sénateur)."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("flat:name", "flat", "appos") and t.head is not t or _surname_read_as_verb(t):
            t = t.head
        else:
            break
    return t


def _split_name_subject(tok: Token) -> bool:
    """"le Premier ministre Boris | Johnson a qualifié": the parse hung the first name on the title
    and made the last word of the name the main subject."""
    doc = tok.doc
    k = tok.i + 1
    while k < min(len(doc), tok.i + 4) and doc[k].pos_ == "PROPN":
        if doc[k].dep_ in _SUBJECT_DEPS:
            return is_main_subject(doc[k])
        k += 1
    return False


def _surname_read_as_verb(t: Token) -> bool:
    """"Guillaume Larrivé" parsed as a first name subject of a verb "Larrivé": the capitalised word
    right after it, inside a sentence, is the rest of the name."""
    h = t.head
    return t.dep_ in _SUBJECT_DEPS and h.i == t.i + 1 and h.pos_ == "VERB" and h.text[:1].isupper() \
        and t.pos_ == "PROPN" and not h.is_sent_start


def _aside_source(t: Token) -> bool:
    """The subject of an aside naming a source: "Comme le révèle Le Parisien, il a tenu …"."""
    return any(c.dep_ == "mark" and c.lower_ == "comme" for c in t.head.children)


def _reported_subject(doc: Doc, t: Token) -> bool:
    """The subject of a clause reported by an incise after it ("un homme a ouvert la porte, rapporte le
    journal"): the sentence is about them."""
    h = t.head
    return t.dep_ in _SUBJECT_DEPS and h.dep_ in ("ccomp", "parataxis") and h.head.i > h.i \
        and verb_cue(doc, h.head.i) is not None


def is_main_subject(t: Token) -> bool:
    """The subject of the main clause (or the first word of the sentence, not a complement)."""
    if t.dep_ in _SUBJECT_DEPS or _inverted_after_que(t):
        h = t.head
        if h.dep_ == "conj" and opens_que_clause(t):
            return False  # "X indique que l'humoriste porte …", the clause parsed as a conjunct
        # "Interrogée par X, la présidente affirme …": the parser hangs the finite verb on the participle.
        # "Une incompréhension que partage le député X.": in a sentence without a verb of its own,
        # the subject of the relative clause on its noun is the sentence's subject.
        # "Plus tôt dans la journée, X a annoncé …" parsed with "tôt" as root: the verb hangs as "dep".
        return h.dep_ in ("ROOT", "conj", "parataxis") or h.head is h \
            or h.dep_ == "advcl" and h.morph.get("VerbForm") == ["Fin"] \
            or h.dep_ == "dep" and h.pos_ in ("VERB", "AUX") and h.head.dep_ == "ROOT" \
            and h.head.pos_ not in ("VERB", "AUX") \
            or h.dep_ == "acl:relcl" and h.head.dep_ == "ROOT" and h.head.pos_ == "NOUN"
    return t.is_sent_start and t.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg", "obj", "iobj")


# How far before a name the speech verb of its incise may stand ("a indiqué à l'AFP X": 3 tokens).
INCISE_SUBJECT_REACH = 6
# … or after a setting ("a commenté à la sortie de la réunion à Bercy X": 9 tokens).
SETTING_INCISE_REACH = INCISE_SUBJECT_REACH + SETTING_MAX_TOKENS


def incise_subject(tok: Token) -> bool:
    """A name right after the speech verb of an incise ("», a indiqué à l'AFP Santiago Ortez"): the
    speaker, the topic that a following "il" continues, however the parser hung it."""
    doc = tok.doc
    marks = _closing_marks(doc)
    j = bisect_left(marks, tok.i)
    mark = marks[j - 1] if j else -1
    if mark < tok.i - SETTING_INCISE_REACH - 4 or mark + 1 >= tok.i or doc[mark + 1].text != ",":
        return False  # (no quotation closes with a comma just before: no incise, and no cue to look up)
    k = tok.i - 1  # the cue, after "», " (a punctuation mark between it and the name ends the search)
    while k > mark + 1 and tok.i - k <= SETTING_INCISE_REACH and verb_cue(doc, k, incise=True) is None:
        if doc[k].is_punct and doc[k].text != "'":
            return False
        k -= 1
    if k <= mark + 1 or tok.i - k > SETTING_INCISE_REACH or verb_cue(doc, k, incise=True) is None \
            or tok.i - k > INCISE_SUBJECT_REACH and not opens_setting(doc, k + 1):
        return False
    while k > 0 and doc[k - 1].pos_ in ("AUX", "ADV") or k > 0 and doc[k - 1].lower_ in ("a", "avait", "ont"):
        k -= 1
    return k == mark + 2  # only auxiliaries and adverbs between "», " and the cue


_CLOSING_HASHES = numpy.array(sorted(get_string_id(m) for m in CLOSING_MARKS), dtype=numpy.uint64)


def _closing_marks(doc: Doc) -> list[int]:
    """Indexes of the tokens that are closing quotation marks."""
    return per_doc(doc, "chronique.closing_marks", lambda d: numpy.flatnonzero(
        numpy.isin(d.to_array([ORTH]).ravel(), _CLOSING_HASHES)).tolist() if len(d) else [])


def opens_que_clause(t: Token) -> bool:
    """The phrase of ``t`` comes right after "que"."""
    i = t.left_edge.i
    return i > 0 and t.doc[i - 1].lower_ in ("que", "qu'", "qu’")


def opens_reported_clause(t: Token) -> bool:
    """The phrase of ``t`` begins what someone says: right after "que", or after a source phrase
    opening the sentence ("Selon lui, l'accusé est « coupable »", "D'après elle, …")."""
    if opens_que_clause(t):
        return True
    doc, i = t.doc, t.left_edge.i
    start = doc[i].sent.start
    elided = doc[start].lower_ in ("d'", "d’")  # "d'après", not "Après la réunion, le ministre …"
    start += elided
    return i - start > 1 and doc[i - 1].text == "," and doc[start].lower_ in SOURCE_PREPOSITIONS \
        and (elided or doc[start].lower_ == "selon") and not any(x.text == "," for x in doc[start:i - 1])


def _inverted_after_que(t: Token) -> bool:
    """"… que partage le député X": after a relative "que", the noun phrase after the verb is its
    subject, though the parser often calls it a second object."""
    h = t.head
    return t.dep_ == "obj" and t.i > h.i and any(
        c.lower_ in ("que", "qu'", "qu’") and c.dep_ == "obj" and c.i < h.i for c in h.children)


def _named_work(head: Token, name: Token) -> bool:
    """``head`` is a title in quotation marks that the name completes ("« Le Mépris » de X")."""
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "punct" and c.text in CLOSING_MARKS and head.i < c.i < name.i for c in head.children)


# Words of a role that may stand between a colon and the name it reveals (": l'ancien président X").
REVEALED_ROLE_TOKENS = 4


def _revealed_subject(tok: Token) -> bool:
    """"Un autre démocrate est de plus en plus présent : l'ancien président Barack Obama.": a name
    ending its sentence after a colon (and a role), in a sentence without object whose subject is
    an indefinite common noun, is who that subject is."""
    doc = tok.doc
    k = tok.i - 1  # (the colon first: a cheap test, and rare)
    while k > max(0, tok.i - 1 - REVEALED_ROLE_TOKENS) and not doc[k].is_sent_start \
            and doc[k].pos_ in ("DET", "ADJ", "NOUN") and doc[k].is_lower:
        k -= 1
    if k <= 0 or doc[k].text != ":" or doc[k].is_sent_start:
        return False
    sent = tok.sent
    if k <= sent.start or not all(t.ent_type_ == "PER" or t.is_punct for t in doc[tok.i:sent.end]) \
            or any(c.dep_ == "obj" for c in sent.root.children):
        return False  # (": l'ancien président X" after an object is that object: "a reçu un invité : X")
    return any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "NOUN" and c.i < k
               and any(d.dep_ == "det" and d.lower_ in ("un", "une") for d in c.children)
               and not any(x.pos_ == "PROPN" for x in c.subtree) for c in sent.root.children)


def _cleft_subject(tok: Token) -> bool:
    """"C'est Thierry Solère qui est monté au créneau", "c'était l'ancien ministre, Eric Woerth, qui
    défendait …": the name a cleft puts forward is who its sentence is about."""
    t = name_head(tok)
    head = t.head if t.dep_ == "appos" else t
    if head.dep_ != "ROOT":
        return False
    kids = list(head.children)
    # (an act of theirs: not "Ce n'est pas X qui …", nor "C'est X qui a été visé par …")
    return any(c.dep_ == "cop" for c in kids) and not any(c.lower_ in ("ne", "n'", "n’") for c in kids) \
        and any(c.lower_ in ("c'", "c’", "ce") and c.dep_ in ("nsubj", "expl:subj") for c in kids) \
        and any(c.dep_ == "acl:relcl" and any(g.lower_ == "qui" and g.dep_ == "nsubj" for g in c.children)
                and not any(g.dep_ == "aux:pass" for g in c.children) for c in kids)


def subject_role(tok: Token) -> str:
    """``Le sénateur X a décidé``: X (apposed to the subject) is the "subject" of the main clause;
    ``La position de X devrait …``: X is the "genitive" of that subject (still the topic, less so);
    ``l'annonce du ministre Y qui …`` / ``a rencontré Y``: "other"."""
    t = name_head(tok)
    if is_main_subject(t) or incise_subject(tok) or _revealed_subject(tok) or _split_name_subject(tok) \
            or _cleft_subject(tok):
        return "subject"
    if t.dep_ == "nmod" and t.head.dep_ in _SUBJECT_DEPS and not _named_work(t.head, t) and is_main_subject(t.head):
        return "genitive"
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ == "nmod" and (t.head.pos_ == "PROPN" or is_role_word(t.head) or _named_work(t.head, t)):
        # "l'ancien ministre X de Jacques Chirac", "« Le Mépris » de Jean-Luc Godard": the one
        # served, the author of a work, not the topic
        return "served"
    return "other"


def _of_men(head: Token) -> bool:
    """"Des associations de gériatres … ont-ils souligné": a group of bodies named after the people
    in them ("de" and a plural noun not feminine), which French calls "ils"."""
    return any(c.dep_ == "nmod" and c.pos_ == "NOUN" and c.morph.get("Number") == ["Plur"]
               and c.morph.get("Gender") != ["Fem"] and any(x.lower_ in ("de", "d'", "d’") for x in c.children)
               for c in head.children)


# Words of narration (outside quotations) after an attribution within which "Selon lui" is still
# its speaker's.
SPEAKER_GOES_ON_TOKENS = 40


class SubjectChain:
    """Pronoun resolution for one article.

    ``resolve_span`` resolves a definite role that is the subject of a sentence ("Le président du
    Conseil a pris la parole.") when it is a candidate antecedent.
    """

    def __init__(self, cast: ArticleCast, history: History, resolve_span: Callable[[int, int], Referent | None]):
        self.cast = cast
        self.doc = cast.doc
        self.history = history
        self._resolve_span = resolve_span

    def resolve_pronoun(self, i: int) -> Referent | None:
        tok = self.doc[i]
        word = tok.lower_.lstrip("-")
        gender = PRONOUN_GENDER.get(word, STRESSED_PRONOUNS.get(word))
        start = word_start(tok)
        end = tok.idx + len(tok.text)
        here = self.cast.text[start:end]
        if word in _PLURAL_PRONOUNS:
            group = self._plural_topic(i, gender) or self._plural_speaker_before(start, gender)
            if group is not None:
                return group
            # never one person: the organisation that is the subject just before ("Les syndicats FO
            # et Solidaires ont claqué la porte. « … », ont-ils écrit"), else nobody named
            org = self._organisation_subject(i, gender, plural=True)
            return Referent(here, start, end, org, gender, False) if org else Referent(here, start, end, None, gender, True)
        if i > 0 and self.doc[i - 1].lower_ in SOURCE_PREPOSITIONS and (last := self._speaker_just_before(i, gender)):
            return Referent(here, start, end, last.entity, last.gender or gender, True)
        if word != "on":
            matrix = self._matrix_subject(tok, gender)
            if matrix is not None:
                return Referent(here, start, end, matrix.id, self.cast.gender.get(matrix.id) or gender,
                                matrix.type == "PER")
            org = self._organisation_subject(i, gender)
            if org is not None:
                return Referent(here, start, end, org, gender, False)
        # "on" is generic: recency only.
        # "… le décès de X, qu'il qualifie de délinquant": "il" is not the antecedent of "que".
        exclude = self._quoted_people(i)
        if (relative := self._relative_object_antecedent(tok)) is not None:
            exclude |= {relative}
        topic = self._topic(i, start, gender, frozenset(exclude)) if word != "on" else None
        if topic is not None:
            _, _, eid, ref = topic
            if ref is not None:
                if ref.entity is None:
                    return ref  # an unnamed source: its own phrase says who it is
                return Referent(here, start, end, ref.entity, ref.gender or gender, True)
            return Referent(here, start, end, eid, self.cast.gender.get(eid) or gender, True)
        return self._recent_antecedent(here, start, end, gender, frozenset(exclude))

    def _speaker_just_before(self, i: int, gender: str | None) -> Referent | None:
        """"« … », a assuré le porte-parole de X. Selon lui, …": the person who spoke in the sentence
        before goes on speaking, whoever their words were about."""
        if not self.history:
            return None
        offset, ref = self.history[-1]
        if ref.entity is None or not ref.person or not compatible(ref.gender, gender):
            return None
        # just before: the words outside quotations since the attribution are those of one sentence,
        # and no one else has become the subject since ("Le ministre X lui a répondu. Selon lui, …")
        cast = self.cast
        narration = [k for k in range(cast.token_at(offset), i) if not cast.in_quote[k]]
        if len(narration) > SPEAKER_GOES_ON_TOKENS:
            return None
        for m, e in cast.index.mentions_in(offset, self.doc[i].idx):
            k = cast.token_at(m.start)
            if e.id != ref.entity and e.type == "PER" and not cast.in_quote[k] \
                    and is_main_subject(name_head(self.doc[k])):
                return None
        return ref

    def _quoted_people(self, i: int) -> set[str]:
        """People named inside the quotations of the sentence of token ``i``: "« Les propos de X
        sont inacceptables », a-t-il indiqué" is not X speaking of himself."""
        cast = self.cast
        a, b, _, _ = cast.sents[cast.sentence_index(i)]
        out: set[str] = set()
        k = a
        while k < b:
            if not cast.in_quote[k]:
                k += 1
                continue
            q = k
            while q > 0 and cast.in_quote[q - 1]:
                q -= 1  # a quotation that began in an earlier sentence ("« … ministre. Je … », a-t-il dit")
            while k < b and cast.in_quote[k]:
                k += 1
            last = self.doc[k - 1]
            out.update(e.id for m, e in cast.index.mentions_in(self.doc[q].idx, last.idx + len(last.text))
                       if e.type == "PER" and not self._names_the_speaker(cast.token_at(m.start)))
            subject = self._predicate_subject(q)
            if subject is not None and any(t.lower_ in FIRST_PERSON_WORDS for t in self.doc[q:k]):
                out.add(subject)  # "X « a été un bon ministre. Je ne l'attaquerai pas », a-t-il dit": not X
        return out

    def _predicate_subject(self, q: int) -> str | None:
        """The person named right before the quotation opening at token ``q`` ("X « a été … »")."""
        k = q - 1
        while k >= 0 and self.doc[k].text in QUOTE_MARK_TOKENS:
            k -= 1
        if k < 0:
            return None
        hit = self.cast.index.mention_at(self.doc[k].idx)
        end = self.doc[k].idx + len(self.doc[k].text)
        return hit[1].id if hit is not None and hit[1].type == "PER" and hit[0].end == end else None

    def _names_the_speaker(self, i: int) -> bool:
        """"« Moi, Paul Martin, je … »": a name apposed to the first person is the speaker's own."""
        k = i - 1
        while k >= 0 and self.doc[k].text == ",":
            k -= 1
        return k >= 0 and self.doc[k].lower_ in ("moi", "je", "j'", "j’")

    def _matrix_subject(self, tok: Token, gender: str | None):
        """``X a annoncé qu'il saisira …``: the subject of a "que" clause governed by a verb is, by
        default, that verb's own named subject (the entity of its phrase that agrees in gender)."""
        verb = tok.head
        if tok.dep_ not in _SUBJECT_DEPS or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB" \
                or not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in verb.children):
            return None
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.head.i), None)
        if subj is None or self.cast.in_quote[subj.i]:
            return None
        a, b = subj.left_edge, subj.right_edge
        named = [e for _, e in self.cast.index.mentions_in(a.idx, b.idx + len(b.text))
                 if e.type in ("PER", "ORG") and compatible(self.cast.gender.get(e.id), gender)]
        people = [e for e in named if e.type == "PER"]
        if not people and is_role_word(subj):
            return None  # "l'ancienne ministre de l'Éducation nationale explique qu'elle …": the minister
        # "son président Gérard Larcher": the person; "le parti de X": no single answer
        return people[-1] if people else named[0] if len(named) == 1 else None

    def _role_subject(self, a: int, b: int, gender: str | None) -> Antecedent | None:
        """``Le président du Conseil scientifique a pris la parole.``: a definite role as main subject
        of the sentence ``[a, b)``, resolved to the person holding it — or None."""
        doc, cast = self.doc, self.cast
        if doc[a].lower_ == "selon" or doc[a].lower_ in ("d'", "d’") and a + 1 < b and doc[a + 1].lower_ == "après":
            return None  # "Selon lui, l'accusé est coupable": a report's words, no one acting in the story
        for t in doc[a:b]:
            if t.dep_ not in _SUBJECT_DEPS or t.pos_ != "NOUN" or cast.in_quote[t.i] or not is_main_subject(t):
                continue
            if not (is_role_word(t) or t.lower_ in TRADE_NOUNS) or t.morph.get("Number") == ["Plur"]:
                return None  # (a trade names the person too: "l'humoriste proche de X n'a pas été tendre")
            det = doc[t.left_edge.i]
            if det.lower_ not in DEFINITE_DETERMINERS:
                return None
            if not compatible(morph_gender(det) or noun_gender(t), gender):
                return None
            np = trim_subject(t)
            s_char, e_char = doc[np[0]].idx, doc[np[1] - 1].idx + len(doc[np[1] - 1].text)
            k = bisect_left(cast.people_starts, e_char) - 1
            if k >= 0 and cast.people[k][0] >= s_char and compatible(cast.gender.get(cast.people[k][2].id), gender) \
                    and doc[cast.token_at(cast.people[k][0]) - 1].pos_ != "ADP":
                # "la présidente de la Ligue X Chantal Y": the person named in the subject phrase (not the
                # complement of "l'humoriste proche d'Emmanuel Macron").
                return (cast.people[k][0], cast.people[k][1], cast.people[k][2].id, None)
            ref = self._resolve_span(*np)
            if ref is None or ref.entity is None or not ref.person \
                    or not compatible(cast.gender.get(ref.entity), gender):  # "le président du groupe PS" is not PS
                return None
            return (s_char, e_char, ref.entity, None)
        return None

    def _organisation_subject(self, i: int, gender: str | None, plural: bool = False) -> str | None:
        """``La banque centrale a estimé … Selon elle, …``: when the nearest main subject before the
        pronoun (in its sentence or the one before) is an organisation of the pronoun's gender (any,
        for a plural one: "La Liste unie … ont-ils écrit"), the pronoun stands for it; a person or
        anything else there leaves the usual chain in charge."""
        doc, cast = self.doc, self.cast
        si = cast.sentence_index(i)
        for s in range(si, max(-1, si - ORG_SUBJECT_SENTENCES), -1):
            a, b, _, _ = cast.sents[s]
            subjects = [t for t in doc[a:min(b, i)] if t.dep_ in _SUBJECT_DEPS and not cast.in_quote[t.i]
                        and (t.head.head.dep_ in ("ROOT", "conj") if t.head.dep_.startswith("aux")
                             else is_main_subject(t))
                        and t.lower_ not in PRONOUN_GENDER and t.lower_ not in ("c'", "ce", "qui")
                        and not _aside_source(t)]
            root = doc[a].sent.root
            if not subjects and root.pos_ == "NOUN" and a <= root.i < min(b, i) and not cast.in_quote[root.i]:
                subjects = [root]  # "L'association X avait alerté …" parsed as a noun with a participle
            if not subjects:
                continue
            t = subjects[-1]
            hit = cast.index.mention_at(t.idx)
            org = hit[1] if hit is not None else self._named_organisation(t)
            if org is None or org.type != "ORG":
                return None
            det = doc[t.left_edge.i]
            det_gender = morph_gender(det) if det.pos_ == "DET" and det.i < t.i else None
            if det_gender is None:  # "l'association (de consommateurs) UFC-Que Choisir": the noun says it
                kind = t if hit is None else self.cast.kind_noun_before(hit[0].start)
                det_gender = noun_gender(kind) if kind is not None else None
            if not plural and (det_gender is None or det_gender != gender):
                return None  # "le groupe … Selon elle": the gender must say so
            if is_media_name(org.name) and any(
                    compatible(cast.gender.get(e.id), gender) and self._acting_subject(cast.token_at(e_ - 1))
                    for s_, e_, e in cast.people if t.idx < s_ < doc[i].idx):
                return None  # "Le Point publie des extraits où X dépeint … Il évoque": the author, not the outlet
            return org.id
        return None

    def _acting_subject(self, last: int) -> bool:
        """The name ending at token ``last`` is followed by its verb, outside a que-clause (what an
        outlet reports, "Le Monde révèle que le ministre X aurait menti", does not move the chain)."""
        doc = self.doc
        if last + 1 >= len(doc) or doc[last + 1].pos_ not in ("VERB", "AUX"):
            return False
        verb = doc[last + 1] if doc[last + 1].pos_ == "VERB" else doc[last + 1].head
        return not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in verb.children)

    def _named_organisation(self, head: Token) -> Entity | None:
        """"l'association de consommateurs UFC-Que Choisir": a noun of organisation with the one
        organisation's name hung on it before any comma (not "L'association, proche de X, …")."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in ORGANISATION_NOUNS:
            return None
        det = self.doc[head.left_edge.i]
        if det.lower_ in DEMONSTRATIVES and det.i < head.i:
            # "L'Alliance du commerce a estimé … Cette structure, qui rassemble …": the organisation
            # named last before it, in the sentences just before
            floor = self.cast.sents[max(0, self.cast.sentence_index(head.i) - ORG_SUBJECT_SENTENCES)][2]
            return next((e for m, e in self.cast.index.mentions_before(head.idx) if e.type == "ORG"
                         and m.start >= floor and not self.cast.in_quote[self.cast.token_at(m.start)]), None)
        named = {hit[1].id: hit[1] for c in head.children
                 if c.dep_ in NAME_COMPLEMENT_DEPS and c.i > head.i
                 and not any(t.text == "," for t in self.doc[head.i:c.i])
                 and (hit := self.cast.index.mention_at(c.idx)) is not None}
        return next(iter(named.values())) if len(named) == 1 else None

    def _main_subject_pronoun(self, a: int, b: int, gender: str | None) -> bool:
        """The sentence ``[a, b)`` has a compatible subject pronoun: it continues the chain."""
        for t in self.doc[a:b]:
            low = t.lower_.lstrip("-")
            if low in ("il", "elle") and PRONOUN_GENDER[low] == gender and t.dep_ in _SUBJECT_DEPS \
                    and (t.head.dep_ in ("ROOT", "conj") or t.head.head is t.head) and not self.cast.in_quote[t.i]:
                return True
        return False

    def topic(self, i: int, start: int, gender: str | None) -> str | None:
        """The entity a definite description at token ``i`` most likely continues (see ``_topic``)."""
        found = self.antecedent(i, start, gender)
        return found[2] if found is not None else None

    def antecedent(self, i: int, start: int, gender: str | None) -> Antecedent | None:
        """``topic`` with where the chain last mentions it: (start, end, entity, speaker referent)."""
        return self._topic(i, start, gender)

    def _relative_object_antecedent(self, tok: Token) -> str | None:
        """The entity named right before the relative "que" whose clause ``tok`` is the subject of."""
        doc = self.doc
        rel = next((c for c in tok.head.children if c.dep_ == "obj" and c.i < tok.i
                    and "Rel" in c.morph.get("PronType")), None)
        if rel is None or rel.i == 0:
            return None
        k = rel.i - 1 if doc[rel.i - 1].text != "," else rel.i - 2
        hit = self.cast.index.mention_at(doc[k].idx) if k >= 0 else None
        return hit[1].id if hit is not None else None

    def _topic(self, i: int, start: int, gender: str | None,
               exclude: frozenset[str] = frozenset()) -> Antecedent | None:
        """The best antecedent for a singular pronoun at token ``i``: walking back over sentences, a
        speaker already attributed or a person in main-subject position scores the number of sentences
        back (sentences whose subject is the same pronoun do not count: they continue the chain);
        a person elsewhere in a sentence (complement, object, relative clause) scores
        NON_SUBJECT_PENALTY more."""
        doc, cast = self.doc, self.cast
        si = cast.sentence_index(i)
        best = None  # (score, -offset, antecedent)
        distance = 0
        h = len(self.history) - 1
        while h >= 0 and self.history[h][0] > start:
            h -= 1
        for s in range(si, -1, -1):
            a, b, a_char, b_char = cast.sents[s]
            if start - a_char > ANTECEDENT_WINDOW or best is not None and best[0] < distance:
                break
            limit = start if s == si else b_char
            # Speakers attributed in this sentence: topics by definition.
            while h >= 0 and self.history[h][0] >= a_char:
                offset, ref = self.history[h]
                h -= 1
                person = ref.person or ref.person is None and ref.entity in cast.gender  # a PER entity
                if person and compatible(ref.gender, gender) and offset < limit \
                        and ref.entity not in exclude:
                    # An unnamed source ("un proche") is a weaker topic than a named person.
                    cand = (distance + (0 if ref.entity else 1), -offset, (offset, offset, ref.entity, ref))
                    if best is None or cand[:2] < best[:2]:  # never compare the referents themselves
                        best = cand
            j = bisect_left(cast.people_starts, limit) - 1
            while j >= 0 and cast.people[j][0] >= a_char:
                ms, me, e = cast.people[j]
                j -= 1
                if not compatible(cast.gender.get(e.id), gender) or e.id in exclude:
                    continue
                role = subject_role(doc[cast.token_at(ms)])
                score = distance + ROLE_PENALTY[role]
                cand = (score, -ms, (ms, me, e.id, None))
                if best is None or cand[:2] < best[:2]:  # never compare the referents themselves
                    best = cand
            if s < si:
                role_subject = self._role_subject(a, b, gender)
                if role_subject is not None and role_subject[2] not in exclude:
                    cand = (distance, -role_subject[0], role_subject)
                    if best is None or cand[:2] < best[:2]:  # never compare the referents themselves
                        best = cand
            if not (s < si and self._main_subject_pronoun(a, b, gender) or s == si):
                distance += 1
        return best[2] if best is not None else None

    def _plural_topic(self, i: int, gender: str | None) -> Referent | None:
        """``Les infirmières ont manifesté. Selon elles, …``: a plural human subject of the sentences
        just before (an unnamed source, its own phrase) — or None to fall back to people."""
        doc, cast = self.doc, self.cast
        si = cast.sentence_index(i)
        for s in range(si, max(-1, si - PLURAL_SENTENCES_BACK), -1):
            a, b, _, _ = cast.sents[s]
            # In the pronoun's own sentence an object will do too ("Si la surprise gagne les
            # syndicats, c'est que selon eux …"); before it, only subjects carry the chain.
            deps = _SUBJECT_DEPS + ("obj",) if s == si else _SUBJECT_DEPS
            for t in doc[a:min(b, i)]:
                if t.dep_ not in deps or t.pos_ != "NOUN" or cast.in_quote[t.i]:
                    continue
                if t.morph.get("Number") != ["Plur"] or not compatible(morph_gender(t), gender):
                    continue
                if t.dep_ != "obj" and not (t.head.dep_ in ("ROOT", "conj", "parataxis") or t.head.head is t.head):
                    continue
                if not {t.lower_, t.lemma_.lower()} & _PLURAL_SPEAKER_NOUNS:
                    if t.dep_ == "obj":
                        continue
                    return None  # "Les mesures seront …": not people, the chain is broken
                x, y = t.left_edge.i, t.i + 1
                while x < t.i and (doc[x].is_punct or doc[x].pos_ not in ("DET", "ADJ", "NUM", "NOUN")):
                    x += 1
                while y < b and doc[y].dep_ == "amod" and doc[y].head.i == t.i:
                    y += 1  # "les organisations syndicales"
                span = doc[x:y]
                # "les médecins" of "Quatorze médecins de renom", as introduced (their complements too:
                # "les médecins de l'hôpital de Lyon" are others)
                same = self._resolve_span(x, max(y, t.right_edge.i + 1))
                if same is not None and same.entity is None and same.start < span.start_char:
                    return same
                return Referent(span.text, span.start_char, span.end_char, None, gender, True)
        return None

    def _plural_speaker_before(self, start: int, gender: str | None) -> Referent | None:
        """"« … », ont expliqué les administrateurs. « … », ont-ils précisé": the last speaker before,
        when it is an unnamed plural source within ``PLURAL_SPEAKER_WINDOW`` characters."""
        last = next(((offset, ref) for offset, ref in reversed(self.history) if offset <= start), None)
        if last is None or last[0] < start - PLURAL_SPEAKER_WINDOW:
            return None
        ref = last[1]
        words = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        head = next((t for t in words if t.pos_ == "NOUN"), None) if words is not None else None
        if ref.entity is not None or head is None or "Plur" not in head.morph.get("Number"):
            return None  # (not "le porte-parole des agriculteurs": one man)
        if not compatible(ref.gender, gender) and not (gender == "Masc" and _of_men(head)):
            return None
        return ref

    def _recent_antecedent(self, here: str, start: int, end: int, gender: str | None,
                           exclude: frozenset[str] = frozenset()) -> Referent:
        """The most recent compatible speaker or person before a singular pronoun, none of ``exclude``."""
        cast = self.cast
        best_offset, best = -1, None
        for offset, ref in reversed(self.history):
            if offset > start or not ref.person or ref.entity in exclude:
                continue
            if compatible(ref.gender, gender):
                best_offset, best = offset, ref
                break
        j = bisect_left(cast.people_starts, start) - 1
        while j >= 0 and cast.people[j][0] > best_offset and start - cast.people[j][0] < ANTECEDENT_WINDOW:
            s, _, e = cast.people[j]
            if compatible(cast.gender.get(e.id), gender) and e.id not in exclude:
                if s > best_offset:
                    return Referent(here, start, end, e.id, cast.gender.get(e.id) or gender, True)
                break
            j -= 1
        if best is None or start - best_offset > ANTECEDENT_WINDOW * 2:
            # Nobody in the body: the person only the headline names ("Laurence Haïm quitte …" /
            # "Elle a simplement indiqué …"), when exactly one agrees.
            titled = [e for e in cast.unmentioned_people if compatible(cast.gender.get(e), gender)]
            eid = titled[0] if len(titled) == 1 and not self._thing_subject_before(start, gender) else None
            if eid is None and best is None and (j < 0 or start - cast.people[j][0] >= ANTECEDENT_WINDOW):
                eid = self._first_person_after(start, gender)
            if eid is None and best is None:
                described = self._described_subject(start, gender)
                if described is not None:
                    return described  # "le médecin a repris … « … », témoigne-t-il": nobody named
            return Referent(here, start, end, eid, cast.gender.get(eid) or gender if eid else gender, True)
        if best.entity is None:
            return best  # an unnamed source: its own phrase says who it is
        return Referent(here, start, end, best.entity, best.gender or gender, True)

    def _described_subject(self, start: int, gender: str | None) -> Referent | None:
        """The unnamed person a definite description names as the main subject of the pronoun's
        sentence or of the ones before ("le médecin", "ce chauffeur"): its phrase, no entity. Sentences
        inside a quotation are not counted."""
        doc, cast = self.doc, self.cast
        si = cast.sentence_index(cast.token_at(start))
        counted = 0
        crossed = False  # someone else became a subject since: an indefinite one is no longer the topic
        for s in range(si, -1, -1):
            a, b, _, _ = cast.sents[s]
            if counted == DESCRIBED_SUBJECT_SENTENCES:
                break
            counted += s == si or not cast.in_quote[a]
            for t in reversed(doc[a:b]):
                if t.idx >= start or cast.in_quote[t.i] or not (is_main_subject(t) or _reported_subject(doc, t)):
                    continue
                det = doc[t.left_edge.i]
                if t.pos_ != "NOUN" or t.morph.get("Number") == ["Plur"] or t.lower_ not in _DESCRIBED_PERSON_NOUNS \
                        or det.lower_ not in _DESCRIBING_DETERMINERS or det.i >= t.i:
                    crossed = crossed or t.pos_ == "PROPN" or t.lower_ in _DESCRIBED_PERSON_NOUNS \
                        or t.lower_ in _NOT_PERSON_NOUNS
                    continue
                if det.lower_ in ("un", "une") and (crossed or t.dep_ == "nsubj:pass"):
                    continue  # ("Un homme a été interpellé. Son avocat conteste. « … », a-t-il affirmé")
                g = morph_gender(det) if det.lower_ not in ("l'", "l’") else noun_gender(t)
                if not compatible(g, gender) or cast.index.mentions_in(det.idx, t.idx + len(t.text)):
                    continue
                last = t
                while last.i + 1 < b and doc[last.i + 1].dep_ == "amod" and doc[last.i + 1].head is t:
                    last = doc[last.i + 1]  # "un jeune homme chinois"
                end = last.idx + len(last.text)
                return Referent(cast.text[det.idx:end], det.idx, end, None, g or gender, True)
        return None

    def _first_person_after(self, start: int, gender: str | None) -> str | None:
        """A pronoun before anyone is named (a lead's "« … », s'est-il insurgé" over a body that
        introduces "le sénateur X a pris la parole"): the first person named after it as a subject,
        within a paragraph or so, when the gender agrees ("un débat avec Y" is not them)."""
        cast = self.cast
        if self._thing_subject_before(start, gender) or self._unnamed_speaker_before(start, gender):
            return None
        for s, _, e in cast.people[bisect_left(cast.people_starts, start):]:
            if s - start >= ANTECEDENT_WINDOW:
                break
            tok = self.doc[cast.token_at(s)]
            while tok.dep_ in ("flat:name", "appos") and tok.head.i != tok.i:
                tok = tok.head
            if tok.dep_ in _SUBJECT_DEPS:
                return e.id if compatible(cast.gender.get(e.id), gender) else None
        return None

    def _unnamed_speaker_before(self, start: int, gender: str | None) -> bool:
        """"a rapporté un voisin. Ce voisin a raconté … « … », a-t-il expliqué": a singular noun of
        the pronoun's gender, subject of a speech verb within ``UNNAMED_SPEAKER_WINDOW`` characters
        before, speaks on; the pronoun is not the person named after it."""
        doc, cast = self.doc, self.cast
        i = cast.token_at(start)
        a = cast.token_at(max(0, start - UNNAMED_SPEAKER_WINDOW))
        return any(t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and t.morph.get("Number") != ["Plur"]
                   and t.lower_ not in _NOT_PERSON_NOUNS and compatible(morph_gender(t), gender)
                   and not cast.in_quote[t.i] and verb_cue(doc, t.head.i) is not None for t in doc[a:i])

    def _thing_subject_before(self, start: int, gender: str | None) -> bool:
        """A noun of the pronoun's gender is a subject in its sentence or the one before ("Ce dîner
        était prévu … : il devait avoir lieu mardi"): what the pronoun more likely stands for."""
        doc, cast = self.doc, self.cast
        i = cast.token_at(start)
        a = cast.sents[max(0, cast.sentence_index(i) - 1)][0]
        return any(t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and t.morph.get("Number") != ["Plur"]
                   and compatible(morph_gender(t), gender) and not cast.in_quote[t.i] for t in doc[a:i])

    def new_subject_between(self, after: int, before: int) -> Referent | None:
        """A person introduced as the subject of the sentence just before a quotation, after the last
        attribution ("Le docteur Jaques Sztajnbok est là. « Il faut … »"): the quotation is theirs."""
        doc, cast = self.doc, self.cast
        j = bisect_left(cast.people_starts, before) - 1
        while j >= 0 and cast.people[j][0] > after:
            s, e_end, e = cast.people[j]
            tok = doc[cast.token_at(s)]
            subject = tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ == "ROOT" or tok.is_sent_start \
                or tok.head.dep_ in _SUBJECT_DEPS and tok.head.head.dep_ == "ROOT" or _cleft_subject(tok)
            if subject:
                sent = tok.sent
                if sent.start_char <= after:
                    return None  # the last attribution is in that very sentence: it still holds
                if sent.end_char >= before - 3 or sent.end >= len(doc) or \
                        doc[min(sent.end, len(doc) - 1)].idx >= before - 3:
                    return Referent(cast.text[s:e_end], s, e_end, e.id, cast.gender.get(e.id), True)
                return None
            j -= 1
        return None
